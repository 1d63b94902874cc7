/* sp-gml.c — GML (Graph Modelling Language), as networkx, igraph, Gephi
 * and yEd write it:
 *
 *   Creator "igraph"
 *   graph [
 *     directed 1
 *     node [ id 0 label "Ann" department "Sales" graphics [ x 1.5 y 2 ] ]
 *     edge [ source 0 target 1 weight 2 ]
 *   ]
 *
 * Keys and values: integers, reals, "strings" (over several lines, with
 * &quot;-style entities) and [ lists ].  Lines starting with # are
 * comments.  A node's name is its label, else its name, else its id; its
 * other scalar keys are node fields (department, role, ...) or attributes
 * (numeric when every value is a number).  graphics x/y are positions;
 * an edge's weight (or value) is the tie's weight.  Other lists are
 * skipped, and named in a note.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "sp-io-private.h"

typedef enum { TOK_END, TOK_KEY, TOK_NUMBER, TOK_STRING, TOK_OPEN, TOK_CLOSE } TokKind;

typedef struct {
  TokKind kind;
  gint64  line;
  char   *text;   /* key, number or decoded string (owned) */
} Token;

typedef struct {
  char    *key;
  char    *value;
  gboolean is_string;
  gint64   line;
} Pair;

typedef struct {
  char      *id;
  gint64     line;
  GPtrArray *pairs;   /* Pair */
  double     x, y;
  guint8     has_x : 1, has_y : 1;
} GmlNode;

typedef struct {
  char   *source, *target;
  gint64  line;
  double  weight;
} GmlEdge;

typedef struct {
  const char *path;
  const char *pos, *end;
  gint64      line;
  Token       tok;        /* the current token */
  GArray     *nodes;      /* GmlNode */
  GArray     *edges;      /* GmlEdge */
  GHashTable *skipped;    /* key -> itself, lists not read */
  gboolean    directed;
  gboolean    have_graph;
} GmlReader;

static void
pair_free (gpointer data)
{
  Pair *p = data;

  g_free (p->key);
  g_free (p->value);
  g_free (p);
}

static void
gml_node_clear (gpointer data)
{
  GmlNode *n = data;

  g_free (n->id);
  g_clear_pointer (&n->pairs, g_ptr_array_unref);
}

static void
gml_edge_clear (gpointer data)
{
  GmlEdge *e = data;

  g_free (e->source);
  g_free (e->target);
}

/* Decodes the entities of a GML string (&quot; &amp; &lt; &gt; &apos;
 * &#N; &#xN;); an unknown one stays as written. */
static char *
decode_string (const char *s,
               gsize       len)
{
  GString *out = g_string_sized_new (len);

  for (gsize i = 0; i < len; i++)
    {
      static const struct { const char *name; char c; } named[] = {
        { "quot;", '"' }, { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "apos;", '\'' },
      };
      gboolean done = FALSE;

      if (s[i] != '&')
        {
          g_string_append_c (out, s[i]);
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (named) && !done; k++)
        {
          gsize n = strlen (named[k].name);

          if (i + 1 + n <= len && strncmp (s + i + 1, named[k].name, n) == 0)
            {
              g_string_append_c (out, named[k].c);
              i += n;
              done = TRUE;
            }
        }
      if (!done && i + 2 < len && s[i + 1] == '#')
        {
          gboolean hex = s[i + 2] == 'x' || s[i + 2] == 'X';
          gsize j = i + (hex ? 3 : 2);
          guint64 c = 0;
          gsize digits = 0;

          while (j < len && digits < 8 && (hex ? g_ascii_isxdigit (s[j]) : g_ascii_isdigit (s[j])))
            {
              c = c * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (s[j]) : g_ascii_digit_value (s[j]));
              j++, digits++;
            }
          if (digits > 0 && j < len && s[j] == ';' && c > 0 && c <= 0x10FFFF &&
              g_unichar_validate ((gunichar) c))
            {
              g_string_append_unichar (out, (gunichar) c);
              i = j;
              done = TRUE;
            }
        }
      if (!done)
        g_string_append_c (out, '&');
    }
  return g_string_free (out, FALSE);
}

/* Reads the next token into r->tok. */
static gboolean
next_token (GmlReader *r,
            GError   **error)
{
  const char *p;

  g_clear_pointer (&r->tok.text, g_free);
  for (;;)
    {
      while (r->pos < r->end && g_ascii_isspace (*r->pos))
        {
          if (*r->pos == '\n')
            r->line++;
          r->pos++;
        }
      if (r->pos < r->end && *r->pos == '#')
        {
          while (r->pos < r->end && *r->pos != '\n')
            r->pos++;
          continue;
        }
      break;
    }
  r->tok.line = r->line;
  if (r->pos >= r->end)
    {
      r->tok.kind = TOK_END;
      return TRUE;
    }
  p = r->pos;
  if (*p == '[' || *p == ']')
    {
      r->tok.kind = *p == '[' ? TOK_OPEN : TOK_CLOSE;
      r->pos++;
      return TRUE;
    }
  if (*p == '"')
    {
      const char *q = p + 1;
      gint64 lines = 0;

      while (q < r->end && *q != '"')
        lines += *q++ == '\n';
      if (q >= r->end)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->tok.line,
                           _("a string that is never closed (no closing \")"));
          return FALSE;
        }
      r->tok.kind = TOK_STRING;
      r->tok.text = decode_string (p + 1, q - p - 1);
      r->line += lines;
      r->pos = q + 1;
      return TRUE;
    }
  if (g_ascii_isalpha (*p) || *p == '_')
    {
      const char *q = p;

      while (q < r->end && (g_ascii_isalnum (*q) || *q == '_'))
        q++;
      r->tok.kind = TOK_KEY;
      r->tok.text = g_strndup (p, q - p);
      r->pos = q;
      return TRUE;
    }
  if (g_ascii_isdigit (*p) || *p == '-' || *p == '+' || *p == '.')
    {
      const char *q = p;
      double value;

      while (q < r->end && !g_ascii_isspace (*q) && *q != '[' && *q != ']' && *q != '"' && *q != '#')
        q++;
      r->tok.text = g_strndup (p, q - p);
      if (!sp_io_parse_double (r->tok.text, FALSE, &value))
        {
          if (sp_io_number_too_large (r->tok.text, FALSE))
            sp_io_set_error (error, SP_ERROR_LIMIT, r->path, r->tok.line,
                             _("“%s” is out of range"), r->tok.text);
          else
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->tok.line,
                             _("“%s” is not a number (text goes in \"quotes\")"), r->tok.text);
          return FALSE;
        }
      r->tok.kind = TOK_NUMBER;
      r->pos = q;
      return TRUE;
    }
  sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->tok.line,
                   _("unexpected “%.*s”: GML holds keys, numbers, \"strings\" and [ lists ]"),
                   (int) MIN (g_utf8_next_char (p) - p, r->end - p), p);
  return FALSE;
}

/* After a key: reads its value's first token, which must be one. */
static gboolean
expect_value (GmlReader  *r,
              const char *key,
              GError    **error)
{
  if (!next_token (r, error))
    return FALSE;
  if (r->tok.kind == TOK_NUMBER || r->tok.kind == TOK_STRING || r->tok.kind == TOK_OPEN)
    return TRUE;
  sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->tok.line,
                   _("“%s” without a value"), key);
  return FALSE;
}

/* Skips the rest of a list whose [ was just read, nested lists too. */
static gboolean
skip_list (GmlReader *r,
           GError   **error)
{
  gint64 open_line = r->tok.line;
  guint depth = 1;

  while (depth > 0)
    {
      if (!next_token (r, error))
        return FALSE;
      switch (r->tok.kind)
        {
        case TOK_OPEN:
          if (++depth > SP_IO_MAX_DEPTH)
            {
              sp_io_set_error (error, SP_ERROR_LIMIT, r->path, r->tok.line,
                               _("lists nested more than %d deep"), SP_IO_MAX_DEPTH);
              return FALSE;
            }
          break;
        case TOK_CLOSE:
          depth--;
          break;
        case TOK_END:
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, open_line,
                           _("a list “[” that is never closed (no “]”)"));
          return FALSE;
        default:
          break;
        }
    }
  return TRUE;
}

/* Reads the items of a list whose [ was just read, calling @item for each
 * key with its value as the current token; returns at the closing ]. */
typedef gboolean (*ItemFunc) (GmlReader *r, const char *key, gint64 line, gpointer data, GError **error);

static gboolean
read_list (GmlReader *r,
           ItemFunc   item,
           gpointer   data,
           GError   **error)
{
  gint64 open_line = r->tok.line;

  for (;;)
    {
      g_autofree char *key = NULL;
      gint64 line;

      if (!next_token (r, error))
        return FALSE;
      if (r->tok.kind == TOK_CLOSE)
        return TRUE;
      if (r->tok.kind == TOK_END)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, open_line,
                           _("a list “[” that is never closed (no “]”)"));
          return FALSE;
        }
      if (r->tok.kind != TOK_KEY)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->tok.line,
                           _("a value where a key was expected"));
          return FALSE;
        }
      key = g_steal_pointer (&r->tok.text);
      line = r->tok.line;
      if (!expect_value (r, key, error) || !item (r, key, line, data, error))
        return FALSE;
    }
}

static gboolean
graphics_item (GmlReader  *r,
               const char *key,
               gint64      line,
               gpointer    data,
               GError    **error)
{
  GmlNode *n = data;

  if (r->tok.kind == TOK_OPEN)
    return skip_list (r, error);
  if (r->tok.kind == TOK_NUMBER && (g_str_equal (key, "x") || g_str_equal (key, "y")))
    {
      double v;

      sp_io_parse_double (r->tok.text, FALSE, &v);
      if (key[0] == 'x')
        n->x = v, n->has_x = TRUE;
      else
        n->y = v, n->has_y = TRUE;
    }
  return TRUE;
}

static gboolean
node_item (GmlReader  *r,
           const char *key,
           gint64      line,
           gpointer    data,
           GError    **error)
{
  GmlNode *n = data;
  Pair *p;

  if (r->tok.kind == TOK_OPEN)
    {
      if (g_str_equal (key, "graphics"))
        return read_list (r, graphics_item, n, error);
      g_hash_table_add (r->skipped, g_strdup_printf ("node %s", key));
      return skip_list (r, error);
    }
  if (g_str_equal (key, "id"))
    {
      if (n->id != NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("a node with two ids"));
          return FALSE;
        }
      n->id = g_steal_pointer (&r->tok.text);
      return TRUE;
    }
  p = g_new0 (Pair, 1);
  p->key = g_strdup (key);
  p->is_string = r->tok.kind == TOK_STRING;
  p->value = g_steal_pointer (&r->tok.text);
  p->line = line;
  g_ptr_array_add (n->pairs, p);
  return TRUE;
}

static gboolean
edge_item (GmlReader  *r,
           const char *key,
           gint64      line,
           gpointer    data,
           GError    **error)
{
  GmlEdge *e = data;

  if (r->tok.kind == TOK_OPEN)
    {
      if (!g_str_equal (key, "graphics"))
        g_hash_table_add (r->skipped, g_strdup_printf ("edge %s", key));
      return skip_list (r, error);
    }
  if (g_str_equal (key, "source") || g_str_equal (key, "target"))
    {
      char **slot = key[0] == 's' ? &e->source : &e->target;

      if (*slot != NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("an edge with two “%s”"), key);
          return FALSE;
        }
      *slot = g_steal_pointer (&r->tok.text);
    }
  else if (g_str_equal (key, "weight") || (g_str_equal (key, "value") && isnan (e->weight)))
    {
      double w;

      if (r->tok.kind != TOK_NUMBER || !sp_io_parse_double (r->tok.text, FALSE, &w))
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           _("the edge’s %s “%s” is not a number"), key, r->tok.text);
          return FALSE;
        }
      e->weight = w;
    }
  return TRUE;
}

static gboolean
graph_item (GmlReader  *r,
            const char *key,
            gint64      line,
            gpointer    data,
            GError    **error)
{
  if (g_str_equal (key, "node") && r->tok.kind == TOK_OPEN)
    {
      GmlNode n = { .line = line, .pairs = g_ptr_array_new_with_free_func (pair_free) };

      g_array_append_val (r->nodes, n);
      if (!read_list (r, node_item, &g_array_index (r->nodes, GmlNode, r->nodes->len - 1), error))
        return FALSE;
      if (g_array_index (r->nodes, GmlNode, r->nodes->len - 1).id == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("a node without an id"));
          return FALSE;
        }
      if (r->nodes->len > SP_IO_MAX_NODES)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, r->path, line,
                           _("too many nodes: the limit is %u"), SP_IO_MAX_NODES);
          return FALSE;
        }
      return TRUE;
    }
  if (g_str_equal (key, "edge") && r->tok.kind == TOK_OPEN)
    {
      GmlEdge e = { .line = line, .weight = NAN };
      GmlEdge *last;

      g_array_append_val (r->edges, e);
      last = &g_array_index (r->edges, GmlEdge, r->edges->len - 1);
      if (!read_list (r, edge_item, last, error))
        return FALSE;
      if (last->source == NULL || last->target == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           last->source == NULL ? _("an edge without a source")
                                                : _("an edge without a target"));
          return FALSE;
        }
      if (r->edges->len > SP_IO_MAX_TIES)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, r->path, line,
                           _("too many ties: the limit is %u"), SP_IO_MAX_TIES);
          return FALSE;
        }
      return TRUE;
    }
  if (g_str_equal (key, "directed") && r->tok.kind == TOK_NUMBER)
    {
      r->directed = g_strcmp0 (r->tok.text, "0") != 0;
      return TRUE;
    }
  if (r->tok.kind == TOK_OPEN)
    {
      g_hash_table_add (r->skipped, g_strdup (key));
      return skip_list (r, error);
    }
  return TRUE;
}

static gboolean
top_item (GmlReader  *r,
          const char *key,
          gint64      line,
          GError    **error)
{
  if (!g_str_equal (key, "graph") || r->tok.kind != TOK_OPEN)
    return r->tok.kind == TOK_OPEN ? skip_list (r, error) : TRUE;
  if (r->have_graph)
    {
      sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, line,
                       _("a second graph: Samenspel reads one graph per file"));
      return FALSE;
    }
  r->have_graph = TRUE;
  return read_list (r, graph_item, NULL, error);
}

/* Turns the nodes and edges read into @network. */
static gboolean
build (GmlReader *r,
       SpNetwork *network,
       GError   **error)
{
  g_autoptr (GHashTable) numeric = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean all_positions = r->nodes->len > 0;

  /* an attribute is numeric when every value of it is a number */
  for (guint i = 0; i < r->nodes->len; i++)
    {
      GmlNode *n = &g_array_index (r->nodes, GmlNode, i);

      all_positions &= n->has_x && n->has_y;
      for (guint k = 0; k < n->pairs->len; k++)
        {
          Pair *p = g_ptr_array_index (n->pairs, k);

          if (!g_hash_table_contains (seen, p->key))
            {
              g_hash_table_add (seen, p->key);
              g_hash_table_insert (numeric, p->key, GINT_TO_POINTER (TRUE));
            }
          if (p->is_string)
            g_hash_table_insert (numeric, p->key, GINT_TO_POINTER (FALSE));
        }
    }

  for (guint i = 0; i < r->nodes->len; i++)
    {
      GmlNode *n = &g_array_index (r->nodes, GmlNode, i);
      const char *label = NULL, *name = NULL;
      gint index = sp_io_add_node (network, n->id, SP_NODE_PERSON, r->path, n->line, error);

      if (index < 0)
        return FALSE;
      for (guint k = 0; k < n->pairs->len; k++)
        {
          Pair *p = g_ptr_array_index (n->pairs, k);
          const char *field = sp_io_node_field (p->key);

          if (g_ascii_strcasecmp (p->key, "label") == 0)
            label = p->value;
          else if (g_ascii_strcasecmp (p->key, "name") == 0)
            name = p->value;
          else if (field != NULL && !g_str_equal (field, "id"))
            {
              if (!sp_io_set_node_field (network, index, field, p->value, r->path, p->line, error))
                return FALSE;
            }
          else
            {
              gboolean num = GPOINTER_TO_INT (g_hash_table_lookup (numeric, p->key));
              SpAttribute *attr = sp_network_find_attribute (network, p->key);

              if (attr == NULL)
                {
                  if (!sp_io_check_attributes (r->path, p->line, network->attributes->len + 1, error))
                    return FALSE;
                  attr = sp_network_ensure_attribute (network, p->key,
                                                      num ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL);
                }
              if (!sp_io_values_fit (network))
                {
                  sp_io_set_error (error, SP_ERROR_LIMIT, r->path, p->line,
                                   _("too many values: %u attributes × %u nodes is more than the limit "
                                     "of %u million"),
                                   network->attributes->len, sp_network_n_nodes (network),
                                   SP_IO_MAX_VALUES / 1000000);
                  return FALSE;
                }
              if (attr->type == SP_ATTR_NUMERIC)
                sp_io_parse_double (p->value, FALSE, &attr->num[index]);
              else
                attr->str[index] = *p->value ? sp_network_intern (network, p->value) : NULL;
            }
        }
      if (label == NULL || *label == '\0')
        label = name;
      if (label != NULL && *label != '\0' &&
          !sp_io_set_node_field (network, index, "name", label, r->path, n->line, error))
        return FALSE;
    }

  network->directed = r->directed;
  for (guint i = 0; i < r->edges->len; i++)
    {
      GmlEdge *e = &g_array_index (r->edges, GmlEdge, i);
      gint s = sp_network_find_node (network, e->source);
      gint t = sp_network_find_node (network, e->target);

      if (s < 0 || t < 0)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, e->line,
                           _("the edge’s %s “%s” is no node’s id"),
                           s < 0 ? "source" : "target", s < 0 ? e->source : e->target);
          return FALSE;
        }
      if (!sp_io_add_tie (network, s, t, 0, isnan (e->weight) ? 1.0 : e->weight,
                          r->path, e->line, error))
        return FALSE;
    }

  if (all_positions)
    {
      sp_network_ensure_positions (network);
      for (guint i = 0; i < r->nodes->len; i++)
        {
          GmlNode *n = &g_array_index (r->nodes, GmlNode, i);

          network->x[i] = n->x;
          network->y[i] = n->y;  /* down, in GML (yEd) as here */
        }
      network->has_layout = TRUE;
    }
  return TRUE;
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

SpNetwork *
sp_gml_load_data (const char *file,
                  const char *buf,
                  gsize       length,
                  GError    **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GArray) nodes = g_array_new (FALSE, TRUE, sizeof (GmlNode));
  g_autoptr (GArray) edges = g_array_new (FALSE, TRUE, sizeof (GmlEdge));
  g_autoptr (GHashTable) skipped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GmlReader r = { 0 };
  gboolean ok = TRUE;

  g_return_val_if_fail (file != NULL && buf != NULL, NULL);

  if (!sp_io_check_text (file, buf, length, TRUE, error) ||
      !sp_io_check_characters (file, buf, length, FALSE, error))
    return NULL;

  g_array_set_clear_func (nodes, gml_node_clear);
  g_array_set_clear_func (edges, gml_edge_clear);
  r.path = file;
  r.pos = buf;
  r.end = buf + length;
  if (length >= 3 && memcmp (buf, "\xEF\xBB\xBF", 3) == 0)
    r.pos += 3;
  r.line = 1;
  r.nodes = nodes;
  r.edges = edges;
  r.skipped = skipped;

  while (ok)
    {
      g_autofree char *key = NULL;
      gint64 line;

      if (!(ok = next_token (&r, error)) || r.tok.kind == TOK_END)
        break;
      if (r.tok.kind != TOK_KEY)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, file, r.tok.line,
                           r.tok.kind == TOK_CLOSE ? _("a “]” that closes no list")
                                                   : _("a value where a key was expected"));
          ok = FALSE;
          break;
        }
      key = g_steal_pointer (&r.tok.text);
      line = r.tok.line;
      ok = expect_value (&r, key, error) && top_item (&r, key, line, error);
    }
  g_clear_pointer (&r.tok.text, g_free);
  if (!ok)
    return NULL;
  if (!r.have_graph)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, MAX (r.line, 1),
                       _("no “graph [ … ]”: not a GML network"));
      return NULL;
    }

  network = sp_network_new ();
  if (!build (&r, network, error))
    return NULL;
  if (g_hash_table_size (skipped) > 0)
    {
      g_autofree const char **keys = (const char **) g_hash_table_get_keys_as_array (skipped, NULL);
      g_autofree char *list = NULL;

      g_qsort_with_data (keys, g_hash_table_size (skipped), sizeof (char *), compare_strings, NULL);
      list = g_strjoinv (", ", (char **) keys);
      sp_network_add_note (network, _("%s: skipped what Samenspel does not read: %s"), file, list);
    }
  return g_steal_pointer (&network);
}
