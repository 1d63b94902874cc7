/* sp-dot.c — Graphviz DOT through cgraph
 *
 * Node attributes: label (or name) → name, department/dept/group →
 * department, role, manager, kind; Graphviz's drawing attributes (shape,
 * color, pos, …) are ignored; any other attribute becomes a network
 * attribute, numeric when every value given is a number.  Edge attributes:
 * weight, and type (else label) for the tie type.
 *
 * cgraph is not thread-safe and reports errors through globals, so every
 * call happens under sp_graphviz_lock(), and its error function is swapped
 * for one that collects the messages instead of printing them.
 */
#define G_LOG_DOMAIN "sp-dot"

#include "sp-io-private.h"
#include "sp-graphviz-lock.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>
#include <graphviz/cgraph.h>

/* exported by libcgraph, not declared in its headers: flushes the lexer */
extern void aglexbad (void);

/* agclose() must run under the lock: only use this inside load_locked(). */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Agraph_t, agclose)

/* cgraph's messages while we hold the lock */
static GString *dot_messages;

static int
collect_message (char *message)
{
  if (dot_messages != NULL)
    g_string_append (dot_messages, message);
  return 0;
}

static gboolean
is_drawing_attribute (const char *name)
{
  static const char *const drawing[] = {
    "pos", "shape", "color", "fillcolor", "fontcolor", "fontname", "fontsize", "style",
    "width", "height", "fixedsize", "penwidth", "xlabel", "tooltip", "url", "href", "target",
    "pin", "peripheries", "margin", "image", "imagescale", "imagepos", "labelloc", "rects",
    "lp", "xlp", "bb", "sides", "skew", "distortion", "orientation", "regular", "z",
    "vertices", "nojustify", "ordering", "comment", "class", "id", "gradientangle", "area",
    "samplepoints", "layer", "sortv", "root", "showboxes", "colorscheme", "labelfontsize",
    "_draw_", "_ldraw_", "_hdraw_", "_tdraw_", "_hldraw_", "_tldraw_", NULL
  };

  for (guint i = 0; drawing[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, drawing[i]) == 0)
      return TRUE;
  return FALSE;
}

/* cgraph has no line numbers for nodes and edges: point at the first
 * place the offending text occurs. */
static gint64
line_of_text (const char *buf,
              const char *text)
{
  const char *found = text != NULL && *text != '\0' ? strstr (buf, text) : NULL;

  return found != NULL ? sp_io_line_at (buf, found) : 1;
}

/* Turns cgraph's "Error: syntax error in line 3 near 'x'" into
 * "FILE:3: syntax error near 'x'". */
static void
set_syntax_error (const char *path,
                  const char *raw_messages,
                  GError    **error)
{
  /* cgraph may quote half a character; GRegex wants valid UTF-8 */
  g_autofree char *messages = g_utf8_make_valid (raw_messages, -1);
  g_autoptr (GRegex) re = g_regex_new ("(?:Error: )?(?:[^:\\n]*: )?(.*?)in line (\\d+)(.*)",
                                       0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *first = NULL;
  const char *newline;

  if (g_regex_match (re, messages, 0, &match))
    {
      g_autofree char *before = g_match_info_fetch (match, 1);
      g_autofree char *line = g_match_info_fetch (match, 2);
      g_autofree char *after = g_match_info_fetch (match, 3);
      g_autofree char *message = NULL;

      g_strstrip (before);
      g_strstrip (after);
      /* cgraph names no token when the input ends early */
      message = g_strconcat (before, " ", *after != '\0' ? after : _("at end of file"), NULL);

      sp_io_set_error (error, SP_ERROR_PARSE, path, g_ascii_strtoll (line, NULL, 10), "%s",
                       g_strstrip (message));
      return;
    }
  newline = strchr (messages, '\n');
  first = newline != NULL ? g_strndup (messages, newline - messages) : g_strdup (messages);
  if (g_str_has_prefix (first, "Error: "))
    memmove (first, first + 7, strlen (first + 7) + 1);
  sp_io_set_error (error, SP_ERROR_PARSE, path, 1, _("syntax error: %s"),
                   *first != '\0' ? first : _("not a DOT graph"));
}

/* igraph writes NaN for a missing number */
static gboolean
is_missing (const char *value)
{
  return value == NULL || *value == '\0' || g_ascii_strcasecmp (value, "nan") == 0;
}

static gboolean
set_attribute_value (SpNetwork   *network,
                     SpAttribute *attr,
                     guint        index,
                     const char  *value,
                     const char  *path,
                     const char  *buf,
                     GError     **error)
{
  double v;

  if (attr->type == SP_ATTR_CATEGORICAL)
    sp_network_set_string (network, attr, index, value);
  else if (is_missing (value))
    ;
  else if (sp_io_parse_double (value, FALSE, &v))
    sp_network_set_numeric (network, attr, index, v);
  else
    {
      sp_io_set_value_error (error, path, line_of_text (buf, value), value, attr->name, FALSE);
      return FALSE;
    }
  return TRUE;
}

/* A character of an unquoted DOT ID (a name or a numeral). */
static gboolean
is_id_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '-' || (guchar) c >= 0x80;
}

/* What cgraph's lexer must never see, checked before it sees the text:
 * - nesting deeper than SP_IO_MAX_DEPTH braces: its parser recurses into
 *   subgraphs and its bison stack is bounded;
 * - a quoted string, HTML string or comment still open at the end of the
 *   file: the lexer keeps its state in globals that aglexbad() does not
 *   reset, so the next file read (in the same process) would start inside
 *   that string and fail (found by fuzzing).
 * - more than SP_IO_MAX_ATTRIBUTES distinct attribute names (the IDs
 *   before an '='): cgraph widens every object's attribute record for
 *   each new name, quadratic in their number (a 366 kB file declaring
 *   40,000 names took 22 s; with ASan's realloc, minutes).
 * The scan follows cgraph's lexer: a backslash escapes only a quote.
 * It also finds where the first graph ends (the '}' that closes its
 * body): @after is set to what follows it other than blanks, ';' and
 * comments, or NULL; agmemread() reads one graph and ignores the rest. */
static gboolean
check_dot_text (const char  *path,
                const char  *buf,
                const char **after,
                GError     **error)
{
  g_autoptr (GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *html_start = NULL;
  const char *token = NULL, *token_end = NULL;  /* the last ID, for "ID =" */
  gboolean first_done = FALSE;
  gint depth = 0;
  gint html = 0;

  *after = NULL;
  for (const char *p = buf; *p != '\0'; p++)
    {
      const char *start = p;

      if (first_done && *after == NULL && html == 0 && !g_ascii_isspace (*p) && *p != ';' &&
          *p != '#' && !(*p == '/' && (p[1] == '*' || p[1] == '/')))
        *after = p;
      if (html > 0)
        {
          if (*p == '<')
            html++;
          else if (*p == '>')
            html--;
          continue;
        }
      if (!g_ascii_isspace (*p) && *p != '"' && *p != '=' && !is_id_char (*p))
        token = NULL;
      switch (*p)
        {
        case '"':
          for (p++; *p != '\0' && *p != '"'; p++)
            if (*p == '\\' && p[1] == '"')
              p++;
          if (*p == '\0')
            {
              sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, start),
                               _("quoted string is not closed"));
              return FALSE;
            }
          token = start + 1;
          token_end = p;
          break;
        case '=':
          if (token != NULL)
            {
              g_hash_table_add (names, g_strndup (token, (gsize) (token_end - token)));
              if (!sp_io_check_attributes (path, sp_io_line_at (buf, p),
                                           g_hash_table_size (names), error))
                return FALSE;
            }
          token = NULL;
          break;
        case '/':
          if (p[1] == '*')
            {
              const char *close = strstr (p + 2, "*/");

              if (close == NULL)
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, start),
                                   _("comment is not closed"));
                  return FALSE;
                }
              p = close + 1;
            }
          else if (p[1] == '/')
            {
              p += strcspn (p, "\n");
              if (*p == '\0')
                return TRUE;
            }
          break;
        case '#':
          /* cgraph ignores the rest of the line, wherever '#' stands */
          p += strcspn (p, "\n");
          if (*p == '\0')
            return TRUE;
          break;
        case '<':
          html = 1;
          html_start = p;
          break;
        case '{':
          if (++depth > SP_IO_MAX_DEPTH)
            {
              sp_io_set_error (error, SP_ERROR_LIMIT, path, sp_io_line_at (buf, p),
                               _("subgraphs nested too deeply: the limit is %d levels"),
                               SP_IO_MAX_DEPTH);
              return FALSE;
            }
          break;
        case '}':
          if (depth > 0 && --depth == 0)
            first_done = TRUE;
          break;
        default:
          if (is_id_char (*p))
            {
              token = p;
              while (is_id_char (p[1]))
                p++;
              token_end = p + 1;
            }
          break;
        }
    }
  if (html > 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, html_start),
                       _("HTML-like label (“<…>”) is not closed"));
      return FALSE;
    }
  return TRUE;
}

/* cgraph's lexer keeps what it buffered of the previous input (it reads
 * graph after graph from one stream) and counts lines on from there, and
 * it keeps its start condition in a global too.  Flush it, then read a
 * tiny graph until one reads cleanly, so that nothing of another file
 * leaks into this one.  (check_dot_text() already refuses what was found
 * to leave the lexer inside a string; this is the second line of defence.)
 * Called with the lock held. */
static void
reset_cgraph (void)
{
  for (guint attempt = 0; attempt < 4; attempt++)
    {
      Agraph_t *g;
      gboolean clean;

      agreseterrors ();
      aglexbad ();
      agreadline (1);
      g = agmemread ("graph{}\n");
      clean = g != NULL && agerrors () == 0;
      if (g != NULL)
        agclose (g);
      if (clean)
        break;
    }
  agreseterrors ();
  aglexbad ();
  agreadline (1);
  if (dot_messages != NULL)
    g_string_truncate (dot_messages, 0);
}

/* Everything that touches cgraph; called with the lock held. */
static SpNetwork *
load_locked (const char *path,
             const char *buf,
             GError    **error)
{
  g_autoptr (SpNetwork) network = sp_network_new ();
  g_autoptr (Agraph_t) graph = NULL;
  g_autoptr (GPtrArray) syms = g_ptr_array_new ();      /* Agsym_t of node attributes */
  g_autoptr (GPtrArray) targets = g_ptr_array_new ();   /* field name, SpAttribute or NULL */
  g_autoptr (GArray) is_field = g_array_new (FALSE, TRUE, sizeof (gboolean));
  Agsym_t *sym_weight, *sym_type, *sym_label;
  Agnode_t *n;

  reset_cgraph ();
  graph = agmemread (buf);
  if (graph == NULL || agerrors () > 0)
    {
      set_syntax_error (path, dot_messages->str, error);
      return NULL;
    }

  /* decide what each node attribute is, typing attributes by their values */
  for (Agsym_t *sym = agnxtattr (graph, AGNODE, NULL); sym != NULL; sym = agnxtattr (graph, AGNODE, sym))
    {
      const char *field = sp_io_node_field (sym->name);
      gboolean numeric = TRUE;

      if (field != NULL && strcmp (field, "id") == 0)
        field = NULL;
      if (field == NULL && is_drawing_attribute (sym->name))
        continue;
      g_ptr_array_add (syms, sym);
      if (!sp_io_check_attributes (path, 1, syms->len, error))
        return NULL;
      g_array_append_val (is_field, (gboolean) { field != NULL });
      if (field != NULL)
        {
          g_ptr_array_add (targets, (gpointer) field);
          continue;
        }
      for (n = agfstnode (graph); n != NULL && numeric; n = agnxtnode (graph, n))
        {
          const char *value = agxget (n, sym);
          double v;

          /* out of range is refused below, not read as text */
          if (!is_missing (value) && !sp_io_parse_double (value, FALSE, &v) &&
              !sp_io_number_too_large (value, FALSE))
            numeric = FALSE;
        }
      g_ptr_array_add (targets, sp_network_ensure_attribute (network, sym->name,
                                                             numeric ? SP_ATTR_NUMERIC
                                                                     : SP_ATTR_CATEGORICAL));
    }

  for (n = agfstnode (graph); n != NULL; n = agnxtnode (graph, n))
    {
      const char *id = agnameof (n);
      gint index = -1;

      /* the line is only looked for when needed: strstr() per node would
       * make a large file quadratic */
      if (sp_network_n_nodes (network) < SP_IO_MAX_NODES && sp_io_values_fit (network))
        index = sp_network_add_node (network, id, SP_NODE_PERSON, error);
      if (index < 0)
        {
          if (error != NULL && *error != NULL)
            sp_io_prefix_error (error, path, line_of_text (buf, id));
          else
            sp_io_add_node (network, id, SP_NODE_PERSON, path, line_of_text (buf, id), error);
          return NULL;
        }
      for (guint i = 0; i < syms->len; i++)
        {
          Agsym_t *sym = g_ptr_array_index (syms, i);
          const char *value = agxget (n, sym);

          if (value == NULL || *value == '\0')
            continue;
          if (g_array_index (is_field, gboolean, i))
            {
              const char *field = g_ptr_array_index (targets, i);

              /* "\N" is cgraph's default label: the node's own name */
              if (strcmp (field, "name") == 0 && strcmp (value, "\\N") == 0)
                continue;
              if (strcmp (field, "name") == 0 && sp_network_node (network, index)->name != NULL)
                continue;
              /* only a kind can be wrong; see above about the line */
              if (!sp_io_set_node_field (network, index, field, value, path,
                                         strcmp (field, "kind") == 0 ? line_of_text (buf, value) : 1,
                                         error))
                return NULL;
            }
          else if (!set_attribute_value (network, g_ptr_array_index (targets, i), index,
                                         value, path, buf, error))
            return NULL;
        }
    }

  sym_weight = agattr (graph, AGEDGE, (char *) "weight", NULL);
  sym_type = agattr (graph, AGEDGE, (char *) "type", NULL);
  sym_label = agattr (graph, AGEDGE, (char *) "label", NULL);
  for (n = agfstnode (graph); n != NULL; n = agnxtnode (graph, n))
    for (Agedge_t *e = agfstout (graph, n); e != NULL; e = agnxtout (graph, e))
      {
        gint source = sp_network_find_node (network, agnameof (agtail (e)));
        gint target = sp_network_find_node (network, agnameof (aghead (e)));
        const char *type = sym_type != NULL ? agxget (e, sym_type) : NULL;
        double weight = 1.0;

        g_assert (source >= 0 && target >= 0);
        if ((type == NULL || *type == '\0') && sym_label != NULL)
          type = agxget (e, sym_label);
        if (sym_weight != NULL)
          {
            const char *value = agxget (e, sym_weight);

            if (value != NULL && *value != '\0' && !sp_io_parse_double (value, FALSE, &weight))
              {
                sp_io_set_error (error, SP_ERROR_PARSE, path, line_of_text (buf, value),
                                 _("weight “%s” is not a number"), value);
                return NULL;
              }
          }
        if (sp_network_n_ties (network) >= SP_IO_MAX_TIES)
          {
            sp_io_add_tie (network, source, target, 0, weight, path,
                           line_of_text (buf, agnameof (agtail (e))), error);
            return NULL;
          }
        sp_network_add_tie (network, source, target, sp_network_tie_type (network, type), weight);
      }
  network->directed = agisdirected (graph);
  return g_steal_pointer (&network);
}

SpNetwork *
sp_dot_load_data (const char *path,
                  const char *buf,
                  gsize       len,
                  GError    **error)
{
  g_autoptr (GString) messages = g_string_new (NULL);
  g_autoptr (SpNetwork) network = NULL;
  const char *after;
  agusererrf old_errf;

  if (!sp_io_check_text (path, buf, len, TRUE, error) ||
      !sp_io_check_characters (path, buf, len, FALSE, error) ||
      !sp_io_check_line_length (path, buf, len, error) ||
      !check_dot_text (path, buf, &after, error))
    return NULL;

  sp_graphviz_lock ();
  dot_messages = messages;
  old_errf = agseterrf (collect_message);
  network = load_locked (path, buf, error);
  agseterrf (old_errf);
  dot_messages = NULL;
  sp_graphviz_unlock ();

  /* cgraph read the first graph and stopped: what follows it would be
   * lost without a word */
  if (network != NULL && after != NULL)
    {
      gsize n = strspn (after, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
      g_autofree char *word = g_ascii_strdown (after, n);

      if (strcmp (word, "strict") == 0 || strcmp (word, "graph") == 0 ||
          strcmp (word, "digraph") == 0)
        sp_io_set_error (error, SP_ERROR_UNSUPPORTED, path, sp_io_line_at (buf, after),
                         _("a second graph in one file is not supported"));
      else
        sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, after),
                         _("syntax error: text after the end of the graph"));
      return NULL;
    }
  return g_steal_pointer (&network);
}
