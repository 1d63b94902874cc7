/* sp-gml.c — GML, the Graph Modelling Language (networkx, igraph, Gephi,
 * yEd, Cytoscape and Mark Newman's data sets)
 *
 * What is read, and the choices made where GML leaves room:
 *
 * - The file is key–value pairs: keys [A-Za-z_][A-Za-z0-9_]*, values
 *   integers, reals, "strings" (which may span lines and hold &quot;
 *   &amp; &lt; &gt; &apos; and &#NNN; / &#xHH; references, decoded) or
 *   lists [ … ].  `#` starts a comment up to the end of the line.  The
 *   top level may hold Creator, Version and the like (ignored) and one
 *   `graph [ … ]`; a second graph is refused.
 * - In the graph: `directed 1` makes it directed (the default is
 *   undirected); `label` or `name` is the title; `node [ … ]` and
 *   `edge [ … ]`; other keys and lists are ignored.
 * - A node needs an `id`: an integer (igraph, Newman) or a string
 *   (networkx writes `id "a"` when asked to).  Its name is its `label`
 *   (unless that only repeats the id), else its `name` (or `naam`).  department /
 *   dept / group, role, manager and kind are the node's fields (as in
 *   GraphML, GEXF and DOT); any other scalar key is an attribute, numeric
 *   when every value given is a number (NAN, as networkx writes a missing
 *   float, is a missing value), else text.  `graphics [ x … y … ]` is the
 *   node's position (y downwards, as yEd and Gephi write it); nodes
 *   without one are placed beside the others, and when all share one
 *   point the network has no layout.  Other nested lists are skipped.
 * - An edge needs a `source` and a `target`, ids of nodes declared
 *   anywhere in the graph; `weight`, else `value` (Newman's files), is
 *   its weight, 1 when absent.  Other edge keys are not read (a note
 *   names them).
 * - networkx's `bipartite` 0/1 (igraph's `type`) marks clients, as in
 *   GraphML.
 * - A file that is not UTF-8 is read as Windows-1252 (GML is ISO 8859-1
 *   by its definition), with a note.
 *
 * The reader is one pass over the tokens with an explicit stack of lists
 * (at most GML_MAX_DEPTH deep, no recursion); ties are resolved through
 * the network's id index once the graph is read, so edges may precede
 * their nodes.  Every error is "FILE:LINE: message", and nothing is
 * returned but a whole network.
 */
#define G_LOG_DOMAIN "sp-gml"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <errno.h>
#include <math.h>
#include <string.h>

/* lists in lists: far beyond any writer (graph, node, graphics, Line,
 * point: 5) */
#define GML_MAX_DEPTH 64
/* scalar keys in one node or edge, counting a key given again: they are
 * held until its `]` */
#define GML_MAX_PAIRS 10000u

typedef enum {
  TOK_EOF,
  TOK_KEY,        /* a word starting with a letter or _ (maybe not a valid key) */
  TOK_NUMBER,     /* a word starting with a digit, + - or . (maybe not a number) */
  TOK_STRING,     /* start/len: between the quotes, undecoded */
  TOK_OPEN,
  TOK_CLOSE,
  TOK_OTHER,      /* anything else: an error where it stands */
} TokenType;

typedef struct {
  TokenType   type;
  const char *start;
  gsize       len;
  gint64      line;
} Token;

typedef enum {
  LIST_TOP,
  LIST_GRAPH,
  LIST_NODE,
  LIST_EDGE,
  LIST_GRAPHICS,   /* a node's graphics */
  LIST_OTHER,      /* skipped */
} ListKind;

typedef struct {
  ListKind kind;
  gint64   line;     /* where it opens */
  Token    key;
} Frame;

typedef struct {
  Token key;
  Token value;
} Pair;

/* a node key that becomes an attribute */
typedef struct {
  char        *name;     /* in the reader's chunk */
  gboolean     numeric;  /* every value so far is a number */
  SpAttribute *attr;
} AttrKey;

typedef struct {
  guint    node;
  AttrKey *key;
  Token    value;
} AttrValue;

typedef struct {
  const char *source;    /* canonical ids, in the reader's chunk */
  const char *target;
  double      weight;
  gint64      line;
} PendingEdge;

typedef struct {
  const char   *path;
  SpNetwork    *network;
  const char   *p, *end;
  gint64        line;
  gint64        last_line;   /* of the last token */

  GStringChunk *chunk;
  GString      *scratch;
  GArray       *pairs;       /* Pair: the scalars of the node or edge being read */
  gboolean      has_x, has_y;
  double        x, y;        /* the current node's graphics */
  gint64        position_line;

  gboolean      seen_graph;
  gboolean      directed;
  GHashTable   *keys;        /* name -> AttrKey */
  GPtrArray    *key_order;   /* AttrKey *, owned */
  GArray       *values;      /* AttrValue */
  GArray       *edges;       /* PendingEdge */
  GArray       *px, *py;     /* double, per node */
  GArray       *given;       /* guint8, per node */
  gboolean      any_position;
  GPtrArray    *ignored;     /* edge keys not read, interned, in order */
} GmlReader;

/* ---- tokens ---- */

static gboolean
is_delimiter (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' ||
         c == '[' || c == ']' || c == '"' || c == '#' || c == '\0';
}

/* The next token; FALSE with @error set for a string without its closing
 * quote. */
static gboolean
next_token (GmlReader *r,
            Token     *tok,
            GError   **error)
{
  for (;;)
    {
      while (r->p < r->end && g_ascii_isspace (*r->p))
        {
          if (*r->p == '\n')
            r->line++;
          r->p++;
        }
      if (r->p < r->end && *r->p == '#')
        {
          const char *nl = memchr (r->p, '\n', r->end - r->p);

          r->p = nl != NULL ? nl : r->end;
          continue;
        }
      break;
    }
  tok->line = r->line;
  tok->start = r->p;
  tok->len = 0;
  if (r->p >= r->end)
    {
      tok->type = TOK_EOF;
      return TRUE;
    }
  switch (*r->p)
    {
    case '[':
      r->last_line = tok->line;
      tok->type = TOK_OPEN;
      tok->len = 1;
      r->p++;
      return TRUE;
    case ']':
      r->last_line = tok->line;
      tok->type = TOK_CLOSE;
      tok->len = 1;
      r->p++;
      return TRUE;
    case '"':
      {
        const char *start = r->p + 1;
        const char *close = memchr (start, '"', r->end - start);

        if (close == NULL)
          {
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, tok->line,
                             _("the string that starts here has no closing quote"));
            return FALSE;
          }
        for (const char *q = start; (q = memchr (q, '\n', close - q)) != NULL; q++)
          r->line++;
        r->last_line = r->line;
        tok->type = TOK_STRING;
        tok->start = start;
        tok->len = close - start;
        r->p = close + 1;
        return TRUE;
      }
    default:
      break;
    }
  if (g_ascii_isalpha (*r->p) || *r->p == '_')
    tok->type = TOK_KEY;
  else if (g_ascii_isdigit (*r->p) || *r->p == '+' || *r->p == '-' || *r->p == '.')
    tok->type = TOK_NUMBER;
  else
    tok->type = TOK_OTHER;
  r->last_line = tok->line;
  while (r->p < r->end && !is_delimiter (*r->p))
    r->p++;
  if (tok->type == TOK_OTHER && r->p == tok->start)
    r->p++;   /* a NUL byte cannot get here (sp_io_check_characters), but never stall */
  tok->len = r->p - tok->start;
  return TRUE;
}

static gboolean
token_is (const Token *tok,
          const char  *word)
{
  gsize n = strlen (word);

  return tok->len == n && memcmp (tok->start, word, n) == 0;
}

static gboolean
valid_key (const Token *tok)
{
  if (tok->type != TOK_KEY)
    return FALSE;
  for (gsize i = 1; i < tok->len; i++)
    if (!g_ascii_isalnum (tok->start[i]) && tok->start[i] != '_')
      return FALSE;
  return TRUE;
}

/* networkx writes a float's NAN and INF unquoted */
static gboolean
is_special_number (const Token *tok)
{
  static const char *const words[] = { "nan", "inf", "+inf", "-inf", "+nan", "-nan",
                                       "infinity", "+infinity", "-infinity" };

  if (tok->type != TOK_KEY && tok->type != TOK_NUMBER)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (tok->len == strlen (words[i]) && g_ascii_strncasecmp (tok->start, words[i], tok->len) == 0)
      return TRUE;
  return FALSE;
}

/* Decodes &quot; &amp; &lt; &gt; &apos; &#NNN; &#xHH; in place; other
 * text, and references to control characters, stay as they are. */
static void
decode_entities (char *s)
{
  static const struct { const char *name; char c; } named[] = {
    { "quot;", '"' }, { "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' }, { "apos;", '\'' },
  };
  char *out = s;

  while (*s != '\0')
    {
      if (s[0] == '&' && s[1] == '#')
        {
          gboolean hex = s[2] == 'x' || s[2] == 'X';
          char *digits = s + (hex ? 3 : 2), *stop = NULL;
          guint64 c;

          if (g_ascii_isxdigit (*digits))
            {
              c = g_ascii_strtoull (digits, &stop, hex ? 16 : 10);
              if (stop != digits && *stop == ';' && stop - digits <= 8 && c > 0x1F &&
                  c <= 0x10FFFF && g_unichar_validate ((gunichar) c) && c != 0xFFFE &&
                  c != 0xFFFF && !(c >= 0x7F && c <= 0x9F))
                {
                  out += g_unichar_to_utf8 ((gunichar) c, out);  /* never longer than the reference */
                  s = stop + 1;
                  continue;
                }
            }
        }
      else if (s[0] == '&')
        {
          gboolean done = FALSE;

          for (guint i = 0; i < G_N_ELEMENTS (named) && !done; i++)
            if (strncmp (s + 1, named[i].name, strlen (named[i].name)) == 0)
              {
                *out++ = named[i].c;
                s += 1 + strlen (named[i].name);
                done = TRUE;
              }
          if (done)
            continue;
        }
      *out++ = *s++;
    }
  *out = '\0';
}

/* The token's text (a string decoded) in the reader's chunk. */
static const char *
token_text (GmlReader   *r,
            const Token *tok)
{
  char *s = g_string_chunk_insert_len (r->chunk, tok->start, tok->len);

  if (tok->type == TOK_STRING)
    decode_entities (s);
  return s;
}

/* The token's text in the scratch buffer (valid until the next call). */
static const char *
scratch_text (GmlReader   *r,
              const Token *tok)
{
  g_string_truncate (r->scratch, 0);
  g_string_append_len (r->scratch, tok->start, tok->len);
  if (tok->type == TOK_STRING)
    {
      decode_entities (r->scratch->str);
      r->scratch->len = strlen (r->scratch->str);
    }
  return r->scratch->str;
}

typedef enum {
  NUM_OK,
  NUM_MISSING,     /* NAN */
  NUM_TOO_LARGE,
  NUM_NOT,
} NumResult;

/* A number token (or a string holding one, when @strings) as a double. */
static NumResult
token_number (GmlReader   *r,
              const Token *tok,
              gboolean     strings,
              double      *value)
{
  const char *text;

  if (is_special_number (tok))
    {
      const char *s = tok->start + (tok->start[0] == '+' || tok->start[0] == '-');

      return g_ascii_tolower (s[0]) == 'n' ? NUM_MISSING : NUM_TOO_LARGE;
    }
  if (tok->type != TOK_NUMBER && !(strings && tok->type == TOK_STRING))
    return NUM_NOT;
  text = scratch_text (r, tok);
  if (sp_io_parse_double (text, FALSE, value))
    return NUM_OK;
  if (sp_io_number_too_large (text, FALSE))
    return NUM_TOO_LARGE;
  if (strings && tok->type == TOK_STRING && g_ascii_strcasecmp (g_strstrip (r->scratch->str), "nan") == 0)
    return NUM_MISSING;
  return NUM_NOT;
}

/* An id (of a node, or an edge's end): an integer, written canonically
 * ("+7" and "007" are 7), or a string; NULL with @error set otherwise. */
static const char *
token_id (GmlReader   *r,
          const Token *key,
          const Token *tok,
          gboolean     in_chunk,
          GError     **error)
{
  const char *k = key->start;
  int klen = (int) key->len;

  if (tok->type == TOK_STRING)
    {
      const char *s = in_chunk ? token_text (r, tok) : scratch_text (r, tok);

      if (*s == '\0')
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line, _("%.*s is empty"), klen, k);
          return NULL;
        }
      return s;
    }
  if (tok->type == TOK_NUMBER)
    {
      const char *text = scratch_text (r, tok);
      char *stop = NULL, buf[32];
      gint64 v;

      errno = 0;
      v = g_ascii_strtoll (text, &stop, 10);
      if (stop != text && *stop == '\0' && errno == 0 && g_ascii_isdigit (text[strlen (text) - 1]))
        {
          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, v);
          return in_chunk ? g_string_chunk_insert_const (r->chunk, buf)
                          : g_string_assign (r->scratch, buf)->str;
        }
    }
  sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                   /* TRANSLATORS: %.*s: "id", "source" or "target" (GML keys) */
                   _("%.*s “%s” is neither a whole number nor a string"),
                   klen, k, scratch_text (r, tok));
  return NULL;
}

/* ---- nodes and edges ---- */

static const Pair *
find_pair (GmlReader  *r,
           const char *key)
{
  const Pair *found = NULL;

  /* the last of a key given twice */
  for (guint i = 0; i < r->pairs->len; i++)
    if (token_is (&g_array_index (r->pairs, Pair, i).key, key))
      found = &g_array_index (r->pairs, Pair, i);
  return found;
}

static AttrKey *
attr_key (GmlReader   *r,
          const Token *key,
          GError     **error)
{
  const char *name = scratch_text (r, key);
  AttrKey *k = g_hash_table_lookup (r->keys, name);

  if (k != NULL)
    return k;
  if (!sp_io_check_attributes (r->path, key->line, r->key_order->len + 1, error))
    return NULL;
  k = g_new0 (AttrKey, 1);
  k->name = g_string_chunk_insert (r->chunk, name);
  k->numeric = TRUE;
  g_hash_table_insert (r->keys, k->name, k);
  g_ptr_array_add (r->key_order, k);
  return k;
}

/* A node's `]`: the node, its fields, attributes and position. */
static gboolean
end_node (GmlReader *r,
          gint64     open_line,
          GError   **error)
{
  const Pair *id_pair = find_pair (r, "id");
  const Pair *label = find_pair (r, "label"), *name = find_pair (r, "name");
  const char *id;
  gint index;

  if (id_pair == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, open_line, _("the node has no id"));
      return FALSE;
    }
  id = token_id (r, &id_pair->key, &id_pair->value, FALSE, error);
  if (id == NULL)
    return FALSE;
  index = sp_io_add_node (r->network, id, SP_NODE_PERSON, r->path, id_pair->key.line, error);
  if (index < 0)
    return FALSE;

  if (label == NULL)
    label = name;
  if (label == NULL)
    label = find_pair (r, "naam");   /* Dutch HR exports */
  if (label != NULL)
    {
      const char *text = scratch_text (r, &label->value);

      if (strcmp (text, sp_network_node (r->network, index)->id) != 0)
        sp_io_set_node_field (r->network, index, "name", text, r->path, label->key.line, NULL);
    }

  for (guint i = 0; i < r->pairs->len; i++)
    {
      const Pair *p = &g_array_index (r->pairs, Pair, i);
      const char *key = scratch_text (r, &p->key), *field = sp_io_node_field (key);

      if (field != NULL)
        {
          /* id, label and name are read above */
          if (strcmp (field, "id") == 0 || strcmp (field, "name") == 0)
            continue;
          if (!sp_io_set_node_field (r->network, index, field, scratch_text (r, &p->value),
                                     r->path, p->key.line, error))
            return FALSE;
        }
      else
        {
          AttrKey *k = attr_key (r, &p->key, error);
          AttrValue v = { (guint) index, k, p->value };
          double d;

          if (k == NULL)
            return FALSE;
          if (r->values->len >= SP_IO_MAX_VALUES)
            {
              sp_io_set_error (error, SP_ERROR_LIMIT, r->path, p->key.line,
                               _("too many attribute values: the limit is %u million"),
                               SP_IO_MAX_VALUES / 1000000);
              return FALSE;
            }
          if (k->numeric && token_number (r, &p->value, TRUE, &d) == NUM_NOT)
            k->numeric = FALSE;
          g_array_append_val (r->values, v);
        }
    }

  g_array_set_size (r->px, index + 1);
  g_array_set_size (r->py, index + 1);
  g_array_set_size (r->given, index + 1);
  if (r->has_x && r->has_y)
    {
      g_array_index (r->px, double, index) = r->x;
      g_array_index (r->py, double, index) = r->y;
      g_array_index (r->given, guint8, index) = TRUE;
      r->any_position = TRUE;
    }
  return TRUE;
}

/* A number a key requires (directed, weight, x, y): @error unless it is one. */
static gboolean
require_number (GmlReader   *r,
                const Token *key,
                const Token *value,
                double      *number,
                GError     **error)
{
  NumResult res = token_number (r, value, TRUE, number);
  g_autofree char *name = g_strndup (key->start, key->len);

  if (res == NUM_OK)
    return TRUE;
  if (res == NUM_TOO_LARGE)
    sp_io_set_error (error, SP_ERROR_LIMIT, r->path, key->line,
                     /* TRANSLATORS: %s: a GML key (weight, x, directed); then its value */
                     _("%s “%s” is out of range: the limit is ±%g"),
                     name, scratch_text (r, value), SP_IO_MAX_NUMBER);
  else
    sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                     _("%s “%s” is not a number"), name,
                     res == NUM_MISSING ? "NAN" : scratch_text (r, value));
  return FALSE;
}

/* An edge's `]`: the tie, resolved when the graph ends. */
static gboolean
end_edge (GmlReader *r,
          gint64     open_line,
          GError   **error)
{
  const Pair *source = find_pair (r, "source"), *target = find_pair (r, "target");
  const Pair *weight = find_pair (r, "weight");
  PendingEdge e = { NULL, NULL, 1.0, open_line };

  if (source == NULL || target == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, open_line,
                       source == NULL ? _("the edge has no source") : _("the edge has no target"));
      return FALSE;
    }
  if ((e.source = token_id (r, &source->key, &source->value, TRUE, error)) == NULL ||
      (e.target = token_id (r, &target->key, &target->value, TRUE, error)) == NULL)
    return FALSE;
  if (weight == NULL)
    weight = find_pair (r, "value");
  if (weight != NULL && !require_number (r, &weight->key, &weight->value, &e.weight, error))
    return FALSE;
  e.line = source->key.line;
  if (r->edges->len >= SP_IO_MAX_TIES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, e.line,
                       _("too many ties: the limit is %u"), SP_IO_MAX_TIES);
      return FALSE;
    }
  g_array_append_val (r->edges, e);

  for (guint i = 0; i < r->pairs->len; i++)
    {
      const Token *key = &g_array_index (r->pairs, Pair, i).key;

      if (!token_is (key, "source") && !token_is (key, "target") && !token_is (key, "weight") &&
          !token_is (key, "value") && !token_is (key, "id"))
        {
          const char *name = g_intern_string (scratch_text (r, key));

          if (r->ignored->len < 20 && !g_ptr_array_find (r->ignored, name, NULL))
            g_ptr_array_add (r->ignored, (gpointer) name);
        }
    }
  return TRUE;
}

/* A scalar pair in list @frame. */
static gboolean
scalar (GmlReader   *r,
        Frame       *frame,
        const Token *key,
        const Token *value,
        GError     **error)
{
  Pair pair = { *key, *value };
  double number;

  switch (frame->kind)
    {
    case LIST_GRAPH:
      if (token_is (key, "directed"))
        {
          if (!require_number (r, key, value, &number, error))
            return FALSE;
          r->directed = number != 0;
        }
      else if ((token_is (key, "label") || (token_is (key, "name") && r->network->title == NULL)) &&
               value->type == TOK_STRING)
        {
          const char *title = scratch_text (r, value);

          if (*title != '\0')
            sp_network_set_title (r->network, title);
        }
      return TRUE;
    case LIST_NODE:
    case LIST_EDGE:
      if (r->pairs->len >= GML_MAX_PAIRS)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, r->path, key->line,
                           _("too many keys in one node or edge: the limit is %u"), GML_MAX_PAIRS);
          return FALSE;
        }
      g_array_append_val (r->pairs, pair);
      return TRUE;
    case LIST_GRAPHICS:
      if (token_is (key, "x") || token_is (key, "y"))
        {
          if (!require_number (r, key, value, &number, error))
            return FALSE;
          if (token_is (key, "x"))
            r->x = number, r->has_x = TRUE;
          else
            r->y = number, r->has_y = TRUE;
        }
      return TRUE;
    case LIST_TOP:
    case LIST_OTHER:
    default:
      return TRUE;
    }
}

/* What list `key [` opens inside @parent. */
static ListKind
list_kind (GmlReader   *r,
           ListKind     parent,
           const Token *key,
           GError     **error)
{
  switch (parent)
    {
    case LIST_TOP:
      if (!token_is (key, "graph"))
        return LIST_OTHER;
      if (r->seen_graph)
        {
          sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, key->line,
                           _("a second graph in one file is not supported"));
          return LIST_TOP;  /* an error */
        }
      r->seen_graph = TRUE;
      return LIST_GRAPH;
    case LIST_GRAPH:
      if (token_is (key, "node") || token_is (key, "edge"))
        {
          g_array_set_size (r->pairs, 0);
          r->has_x = r->has_y = FALSE;
          return token_is (key, "node") ? LIST_NODE : LIST_EDGE;
        }
      return LIST_OTHER;
    case LIST_NODE:
      return token_is (key, "graphics") ? LIST_GRAPHICS : LIST_OTHER;
    case LIST_EDGE:
    case LIST_GRAPHICS:
    case LIST_OTHER:
    default:
      return LIST_OTHER;
    }
}

/* ---- the whole graph ---- */

static gboolean
read_tokens (GmlReader *r,
             GError   **error)
{
  Frame stack[GML_MAX_DEPTH + 1];
  guint depth = 0;

  stack[0] = (Frame) { LIST_TOP, 1, { TOK_EOF, NULL, 0, 1 } };
  for (;;)
    {
      Token key, value;
      Frame *top = &stack[depth];

      if (!next_token (r, &key, error))
        return FALSE;
      if (key.type == TOK_EOF)
        {
          if (depth > 0)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, top->line,
                               _("the list “%.*s” that opens here is not closed"),
                               (int) top->key.len, top->key.start);
              return FALSE;
            }
          return TRUE;
        }
      if (key.type == TOK_CLOSE)
        {
          if (depth == 0)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                               _("“]” closes no list"));
              return FALSE;
            }
          if ((top->kind == LIST_NODE && !end_node (r, top->line, error)) ||
              (top->kind == LIST_EDGE && !end_edge (r, top->line, error)))
            return FALSE;
          depth--;
          continue;
        }
      if (!valid_key (&key))
        {
          g_autofree char *text = g_strndup (key.start, key.len);

          if (key.type == TOK_STRING || key.type == TOK_NUMBER)
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                             _("a key is missing before the value “%s”"), text);
          else if (key.type == TOK_OPEN)
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                             _("a key is missing before “[”"));
          else
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                             _("“%s” is not a key: a key is a letter or “_” and then "
                               "letters, digits or “_”"), text);
          return FALSE;
        }

      if (!next_token (r, &value, error))
        return FALSE;
      if (value.type == TOK_OPEN)
        {
          ListKind kind;

          if (depth == GML_MAX_DEPTH)
            {
              sp_io_set_error (error, SP_ERROR_LIMIT, r->path, value.line,
                               _("lists are nested too deeply: the limit is %d"), GML_MAX_DEPTH);
              return FALSE;
            }
          kind = list_kind (r, top->kind, &key, error);
          if (error != NULL && *error != NULL)
            return FALSE;
          if (kind == LIST_TOP)   /* a second graph, without an error to set */
            return FALSE;
          stack[++depth] = (Frame) { kind, key.line, key };
          continue;
        }
      if (value.type == TOK_STRING || (value.type == TOK_NUMBER) || is_special_number (&value))
        {
          if (!scalar (r, top, &key, &value, error))
            return FALSE;
          continue;
        }
      {
        g_autofree char *name = g_strndup (key.start, key.len);
        g_autofree char *text = g_strndup (value.start, value.len);

        if (value.type == TOK_KEY)
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                           _("“%s” is no value of “%s”: text needs double quotes"), text, name);
        else if (value.type == TOK_OTHER)
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, value.line,
                           _("“%s” is no value of “%s”"), text, name);
        else
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, key.line,
                           _("the value of “%s” is missing"), name);
        return FALSE;
      }
    }
}

/* Node attributes, typed now that every value is known. */
static gboolean
set_attributes (GmlReader *r,
                GError   **error)
{
  guint n = sp_network_n_nodes (r->network);

  if ((guint64) r->key_order->len * n > SP_IO_MAX_VALUES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, 1,
                       _("too many values: %u attributes × %u nodes is more than the limit "
                         "of %u million"),
                       r->key_order->len, n, SP_IO_MAX_VALUES / 1000000);
      return FALSE;
    }
  for (guint i = 0; i < r->key_order->len; i++)
    {
      AttrKey *k = g_ptr_array_index (r->key_order, i);

      k->attr = sp_network_ensure_attribute (r->network, k->name,
                                             k->numeric ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL);
    }
  for (guint i = 0; i < r->values->len; i++)
    {
      const AttrValue *v = &g_array_index (r->values, AttrValue, i);
      double d;

      if (!v->key->numeric)
        {
          sp_network_set_string (r->network, v->key->attr, v->node, scratch_text (r, &v->value));
          continue;
        }
      switch (token_number (r, &v->value, TRUE, &d))
        {
        case NUM_OK:
          sp_network_set_numeric (r->network, v->key->attr, v->node, d);
          break;
        case NUM_MISSING:
          break;
        case NUM_TOO_LARGE:
        case NUM_NOT:
        default:
          sp_io_set_value_error (error, r->path, v->value.line, scratch_text (r, &v->value),
                                 v->key->name, FALSE);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_edges (GmlReader *r,
           GError   **error)
{
  for (guint i = 0; i < r->edges->len; i++)
    {
      const PendingEdge *e = &g_array_index (r->edges, PendingEdge, i);
      gint source = sp_network_find_node (r->network, e->source);
      gint target = sp_network_find_node (r->network, e->target);

      if (source < 0 || target < 0)
        {
          sp_io_set_error (error, SP_ERROR_INVALID, r->path, e->line,
                           _("the edge’s %s “%s” is no node’s id"),
                           source < 0 ? "source" : "target", source < 0 ? e->source : e->target);
          return FALSE;
        }
      if (!sp_io_add_tie (r->network, source, target, 0, e->weight, r->path, e->line, error))
        return FALSE;
    }
  return TRUE;
}

static void
set_positions (GmlReader *r)
{
  SpNetwork *net = r->network;
  guint n = sp_network_n_nodes (net);
  double x0 = NAN, y0 = NAN;
  gboolean apart = FALSE;

  if (!r->any_position)
    return;
  for (guint i = 0; i < n && !apart; i++)
    if (g_array_index (r->given, guint8, i))
      {
        double x = g_array_index (r->px, double, i), y = g_array_index (r->py, double, i);

        if (isnan (x0))
          x0 = x, y0 = y;
        else if (x != x0 || y != y0)
          apart = TRUE;
      }
  /* one node, or all on one point: no layout */
  if (!apart)
    return;
  sp_network_ensure_positions (net);
  for (guint i = 0; i < n; i++)
    {
      net->x[i] = g_array_index (r->px, double, i);
      net->y[i] = g_array_index (r->py, double, i);
    }
  net->has_layout = TRUE;
  sp_io_place_missing (net, (const guint8 *) r->given->data, n);
}

SpNetwork *
sp_gml_load_data (const char *file,
                  const char *buf,
                  gsize       length,
                  GError    **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GString) scratch = g_string_new (NULL);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) key_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (AttrValue));
  g_autoptr (GArray) edges = g_array_new (FALSE, FALSE, sizeof (PendingEdge));
  g_autoptr (GArray) px = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr (GArray) py = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr (GArray) given = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autoptr (GPtrArray) ignored = g_ptr_array_new ();
  g_autofree char *converted = NULL;
  g_autoptr (GStringChunk) chunk = NULL;
  const char *text = buf;
  gboolean ok;
  GmlReader r = { 0 };

  g_return_val_if_fail (file != NULL && buf != NULL, NULL);

  converted = sp_io_decode_windows_1252 (buf, &length);
  if (converted != NULL)
    text = converted;
  if (!sp_io_check_text (file, text, length, TRUE, error) ||
      !sp_io_check_characters (file, text, length, FALSE, error) ||
      !sp_io_check_line_length (file, text, length, error))
    return NULL;

  network = sp_network_new ();
  chunk = g_string_chunk_new (4096);
  r.path = file;
  r.network = network;
  r.p = text;
  r.end = text + length;
  if (length >= 3 && memcmp (r.p, "\xEF\xBB\xBF", 3) == 0)
    r.p += 3;
  r.line = 1;
  r.chunk = chunk;
  r.scratch = scratch;
  r.pairs = pairs;
  r.keys = keys;
  r.key_order = key_order;
  r.values = values;
  r.edges = edges;
  r.px = px;
  r.py = py;
  r.given = given;
  r.ignored = ignored;

  ok = read_tokens (&r, error);
  if (ok && !r.seen_graph)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, MAX (r.last_line, 1),
                       _("no “graph [ … ]”: not a GML graph"));
      ok = FALSE;
    }
  if (ok && sp_network_n_nodes (network) == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, MAX (r.last_line, 1), _("the graph has no nodes"));
      ok = FALSE;
    }
  ok = ok && set_attributes (&r, error) && add_edges (&r, error);
  if (!ok)
    return NULL;

  network->directed = r.directed;
  set_positions (&r);
  {
    /* a file with a kind key says who is a client itself */
    gboolean kinds = FALSE;

    for (guint i = 0; i < sp_network_n_nodes (network) && !kinds; i++)
      kinds = sp_network_node (network, i)->kind == SP_NODE_CLIENT;
    if (!kinds)
      sp_network_apply_bipartite (network);
  }
  if (converted != NULL)
    sp_network_add_note (network, _("%s: not UTF-8, read as Windows-1252: "
                                    "check that accented names look right"), file);
  if (ignored->len > 0)
    {
      g_autoptr (GString) list = g_string_new (NULL);

      for (guint i = 0; i < ignored->len; i++)
        g_string_append_printf (list, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (ignored, i));
      sp_network_add_note (network, _("%s: edge keys Samenspel does not read: %s"),
                           file, list->str);
    }
  return g_steal_pointer (&network);
}
