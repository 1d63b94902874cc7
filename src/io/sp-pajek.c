/* sp-pajek.c — Pajek networks (.net) and projects (.paj)
 *
 * What is read, and the choices made where Pajek leaves room:
 *
 * - `*Vertices N [N1]`, then lines `i label [x y [z]] [shape] [ic colour …]`.
 *   A node's id is its vertex number ("1", "2", …) and its name the label:
 *   ties, partitions and vectors refer to vertices by number, and labels
 *   need not be unique.  A vertex without a line (or whose label is its
 *   number) has no name and shows its number.  Labels may be quoted
 *   ("Batagelj, Vladimir") or one word; Pajek's `&#353;` character
 *   references are decoded.  With N1 the network is two-mode: the first N1
 *   vertices are people, the others clients (a note says so).
 * - x y in 0..1 are positions (Pajek's, y downwards like ours), scaled to
 *   points so that vertices lie about an inch apart; when some vertices
 *   have none they are placed beside the others (sp_io_place_missing), and
 *   when all stand on one point (files that write 0 0 for everyone) the
 *   network has no layout.  z, shapes and colours are ignored.
 * - `*Arcs` (directed), `*Edges` (undirected), `*Arcslist`, `*Edgeslist`
 *   (a vertex and the vertices it is tied to), `*Matrix` (N rows of N
 *   values, or N1 rows of N − N1 in a two-mode network; each value not 0
 *   is an arc of that weight, as igraph reads it).  A weight is the number
 *   after the two vertices, 1 when absent; what follows it (`c Blue`,
 *   `l "label"`, …) is ignored.  Any arc makes the network directed, and
 *   each edge of it is then a tie both ways (as in the CSV and GEXF
 *   readers, sp_io_add_reverse_ties); without arcs it is undirected.
 * - Relations: `*Arcs :2 "friendship"` names relation 2 and its ties, and
 *   a tie line `2: 1 5` is a tie of relation 2; each relation is a tie
 *   type, named by its name, else by its number.
 * - Projects (.paj): every `*Network NAME` in one network of the same
 *   vertices (each must declare as many), with more than one each
 *   network's ties a tie type named after it; the first network's name is
 *   the title.  `*Partition NAME` is a categorical attribute and `*Vector
 *   NAME` a numeric one (NAME without its .clu / .vec), each with one value
 *   per vertex.  `*Permutation`, `*Cluster`, `*Hierarchy` and sections
 *   Pajek does not document are skipped, with a note.
 * - A file that is not UTF-8 is read as Windows-1252 (Pajek is a Windows
 *   program), with a note.  CRLF, tabs, blank lines and `%` comments are
 *   fine.
 */
#define G_LOG_DOMAIN "sp-pajek"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

/* the positions' scale: Pajek's unit square, in points per vertex */
#define PAJEK_SPACING 72.0

typedef enum {
  TIES_ARCS,
  TIES_EDGES,
  TIES_ARCSLIST,
  TIES_EDGESLIST,
  TIES_MATRIX,
} TiesKind;

typedef struct {
  const char *path;
  SpNetwork  *network;
  char       *pos;            /* the next line */
  char       *end;
  gint64      next_line;      /* the number of the line at pos */

  /* the current line, split into words */
  gint64      line;
  GPtrArray  *words;          /* char * into the buffer */
  gboolean    star;           /* the line starts a section */
  gboolean    again;          /* the current line is to be read again */

  guint       n_vertices;     /* 0 until the first *Vertices */
  guint       n_first;        /* N1 of a two-mode network, else 0 */
  guint       n_networks;     /* *Network lines so far */
  gboolean    many_networks;  /* the file holds more than one */
  gboolean    has_vertices;   /* the current network has read its *Vertices */
  const char *network_name;   /* interned; of the current network, or NULL */
  gboolean    any_arcs;
  GArray     *undirected;     /* guint: indices of edges */
  GHashTable *relations;      /* relation number -> interned name */
  GHashTable *attr_names;     /* names taken by partitions and vectors */
  double     *px, *py;        /* Pajek's positions, per vertex */
  guint8     *given;          /* per vertex: it has x and y */
  GString    *skipped;        /* the sections skipped, ", "-separated */
} PajekReader;

/* ---- lines and words ---- */

/* Decodes Pajek's character references (&#353; &#x161;) in place. */
static void
decode_references (char *s)
{
  char *out = s;

  while (*s != '\0')
    {
      if (s[0] == '&' && s[1] == '#')
        {
          gboolean hex = s[2] == 'x' || s[2] == 'X';
          char *digits = s + (hex ? 3 : 2), *stop = NULL;
          guint64 c = g_ascii_strtoull (digits, &stop, hex ? 16 : 10);

          if (stop != digits && *stop == ';' && stop - digits <= 8 && c > 0x1F &&
              g_unichar_validate ((gunichar) c) && c != 0xFFFE && c != 0xFFFF &&
              !(c >= 0x7F && c <= 0x9F))
            {
              out += g_unichar_to_utf8 ((gunichar) c, out);  /* never longer than the reference */
              s = stop + 1;
              continue;
            }
        }
      *out++ = *s++;
    }
  *out = '\0';
}

/* Reads the next line that is not blank nor a comment into r->words.
 * FALSE at the end of the file, or with @error set (a label without its
 * closing quote). */
static gboolean
next_line (PajekReader *r,
           gboolean    *eof,
           GError     **error)
{
  *eof = FALSE;
  if (r->again)
    {
      r->again = FALSE;
      return TRUE;
    }
  while (r->pos < r->end)
    {
      char *line = r->pos, *nl = memchr (line, '\n', r->end - line);
      char *stop = nl != NULL ? nl : r->end, *p;

      r->pos = nl != NULL ? nl + 1 : r->end;
      r->line = r->next_line++;
      *stop = '\0';
      if (stop > line && stop[-1] == '\r')
        stop[-1] = '\0';

      g_ptr_array_set_size (r->words, 0);
      p = line;
      while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
        p++;
      if (*p == '\0' || *p == '%')
        continue;
      r->star = *p == '*';
      while (*p != '\0')
        {
          if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
            {
              *p++ = '\0';
              continue;
            }
          if (*p == '"')
            {
              char *close = strchr (p + 1, '"');

              if (close == NULL)
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                                   _("the label %s has no closing quote"), p);
                  return FALSE;
                }
              *close = '\0';
              g_ptr_array_add (r->words, p + 1);
              p = close + 1;
              continue;
            }
          g_ptr_array_add (r->words, p);
          while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\f' && *p != '\v')
            p++;
        }
      return TRUE;
    }
  *eof = TRUE;
  return FALSE;
}

static const char *
word (PajekReader *r,
      guint        i)
{
  return i < r->words->len ? g_ptr_array_index (r->words, i) : NULL;
}

/* The rest of the star line after its keyword, as one string (a name). */
static char *
star_rest (PajekReader *r,
           guint        from)
{
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint i = from; i < r->words->len; i++)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, word (r, i));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
keyword_is (PajekReader *r,
            const char  *keyword)
{
  return r->star && g_ascii_strcasecmp (word (r, 0) + 1, keyword) == 0;
}

/* A whole number written as digits, at most @max; FALSE for text that is
 * not one (with *@too_large when it is digits beyond @max). */
static gboolean
parse_count (const char *s,
             guint64     max,
             guint64    *value,
             gboolean   *too_large)
{
  guint64 v = 0;

  *too_large = FALSE;
  if (s == NULL || *s == '\0')
    return FALSE;
  for (const char *p = s; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      if (v > (G_MAXUINT64 - 9) / 10)
        v = G_MAXUINT64;
      else
        v = v * 10 + (guint64) (*p - '0');
    }
  if (v > max)
    {
      *too_large = TRUE;
      return FALSE;
    }
  *value = v;
  return TRUE;
}

/* A vertex number in 1..n_vertices, or FALSE with @error set. */
static gboolean
parse_vertex (PajekReader *r,
              const char  *s,
              guint       *vertex,
              GError     **error)
{
  guint64 v = 0;
  gboolean too_large;

  if (s == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line, _("a vertex number is missing"));
      return FALSE;
    }
  if (!parse_count (s, G_MAXUINT32, &v, &too_large) && !too_large)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("“%s” is not a vertex number"), s);
      return FALSE;
    }
  if (too_large || v < 1 || v > r->n_vertices)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("vertex %s is out of range: the network has %u vertices"),
                       s, r->n_vertices);
      return FALSE;
    }
  *vertex = (guint) v - 1;
  return TRUE;
}

/* Whether @s looks like a number (and so must be one) rather than one of
 * Pajek's drawing keywords (c, w, l, h2, …). */
static gboolean
looks_numeric (const char *s)
{
  return g_ascii_isdigit (s[0]) || s[0] == '-' || s[0] == '+' || s[0] == '.';
}

/* A weight or value: a number within ±SP_IO_MAX_NUMBER, else @error. */
static gboolean
parse_number (PajekReader *r,
              const char  *s,
              const char  *what,
              double      *value,
              GError     **error)
{
  if (sp_io_parse_double (s, FALSE, value))
    return TRUE;
  if (sp_io_number_too_large (s, FALSE))
    sp_io_set_error (error, SP_ERROR_LIMIT, r->path, r->line,
                     /* TRANSLATORS: %s: "weight" or "value"; then the number */
                     _("%s “%s” is out of range: the limit is ±%g"), what, s, SP_IO_MAX_NUMBER);
  else
    sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                     _("%s “%s” is not a number"), what, s);
  return FALSE;
}

/* ---- vertices ---- */

/* `*Vertices N [N1]`: the number of vertices, checked. */
static gboolean
parse_vertices_header (PajekReader *r,
                       guint       *n,
                       guint       *n_first,
                       GError     **error)
{
  guint64 v = 0, v1 = 0;
  gboolean too_large;
  const char *count = word (r, 1), *first = word (r, 2);

  if (count == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("*Vertices needs the number of vertices"));
      return FALSE;
    }
  if (!parse_count (count, SP_IO_MAX_NODES, &v, &too_large))
    {
      if (too_large)
        sp_io_set_error (error, SP_ERROR_LIMIT, r->path, r->line,
                         _("too many vertices: the limit is %u"), SP_IO_MAX_NODES);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                         _("the number of vertices “%s” is not a number"), count);
      return FALSE;
    }
  if (first != NULL && (!parse_count (first, v, &v1, &too_large) || v1 == 0))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("the size of the first mode “%s” is not a number from 1 to %s"),
                       first, count);
      return FALSE;
    }
  *n = (guint) v;
  *n_first = (guint) v1;
  return TRUE;
}

/* The vertex lines after `*Vertices`: labels and positions.  In a second
 * network of a project, the vertices are the first network's: their lines
 * are checked and skipped. */
static gboolean
read_vertex_lines (PajekReader *r,
                   gboolean     first_network,
                   GError     **error)
{
  gboolean eof;

  while (next_line (r, &eof, error))
    {
      guint v;
      const char *label;
      double x, y;

      if (r->star)
        {
          r->again = TRUE;
          return TRUE;
        }
      if (!parse_vertex (r, word (r, 0), &v, error))
        return FALSE;
      if (!first_network)
        continue;
      label = word (r, 1);
      if (label != NULL)
        {
          char *l = (char *) label;

          decode_references (l);
          if (*l != '\0' && strcmp (l, sp_network_node (r->network, v)->id) != 0)
            sp_network_node (r->network, v)->name = sp_network_intern (r->network, l);
        }
      if (word (r, 2) != NULL && word (r, 3) != NULL &&
          sp_io_parse_double (word (r, 2), FALSE, &x) && sp_io_parse_double (word (r, 3), FALSE, &y))
        {
          if (r->px == NULL)
            {
              r->px = g_new0 (double, r->n_vertices);
              r->py = g_new0 (double, r->n_vertices);
              r->given = g_new0 (guint8, r->n_vertices);
            }
          r->px[v] = x;
          r->py[v] = y;
          r->given[v] = TRUE;
        }
    }
  return !eof ? FALSE : TRUE;
}

static gboolean
read_vertices (PajekReader *r,
               GError     **error)
{
  guint n, n_first;
  gint64 line = r->line;

  if (!parse_vertices_header (r, &n, &n_first, error))
    return FALSE;
  if (r->has_vertices)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("a second *Vertices in one network"));
      return FALSE;
    }
  r->has_vertices = TRUE;
  if (r->n_networks > 1)
    {
      if (n != r->n_vertices)
        {
          sp_io_set_error (error, SP_ERROR_INVALID, r->path, line,
                           _("network “%s” has %u vertices, the first network %u: "
                             "the networks of a project must share their vertices"),
                           r->network_name, n, r->n_vertices);
          return FALSE;
        }
      return read_vertex_lines (r, FALSE, error);
    }
  if (n == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("the network has no vertices"));
      return FALSE;
    }

  r->n_vertices = n;
  r->n_first = n_first;
  for (guint i = 0; i < n; i++)
    {
      char id[16];

      g_snprintf (id, sizeof id, "%u", i + 1);
      if (sp_io_add_node (r->network, id,
                          n_first > 0 && i >= n_first ? SP_NODE_CLIENT : SP_NODE_PERSON,
                          r->path, line, error) < 0)
        return FALSE;
    }
  if (n_first > 0)
    sp_network_add_note (r->network,
                         _("%s: a two-mode network: vertices 1 to %u are people, "
                           "%u to %u clients"),
                         r->path, n_first, n_first + 1, n);
  return read_vertex_lines (r, TRUE, error);
}

/* ---- ties ---- */

/* The tie type of relation @relation (0: none) in the current network. */
static guint
tie_type (PajekReader *r,
          guint        relation)
{
  const char *name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *joined = NULL;

  if (relation > 0)
    {
      name = g_hash_table_lookup (r->relations, GUINT_TO_POINTER (relation));
      if (name == NULL)
        name = number = g_strdup_printf ("%u", relation);
    }
  if (r->many_networks && r->network_name != NULL)
    {
      if (name == NULL)
        return sp_network_tie_type (r->network, r->network_name);
      joined = g_strdup_printf ("%s: %s", r->network_name, name);
      return sp_network_tie_type (r->network, joined);
    }
  return sp_network_tie_type (r->network, name);
}

/* A relation number "2" (from ":2" or "2:"), at most 1e9. */
static gboolean
parse_relation (PajekReader *r,
                const char  *s,
                guint       *relation,
                GError     **error)
{
  guint64 v = 0;
  gboolean too_large;

  if (!parse_count (s, 1000000000, &v, &too_large) || v == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("relation “%s” is not a number from 1 to 1000000000"), s);
      return FALSE;
    }
  *relation = (guint) v;
  return TRUE;
}

static gboolean
add_tie (PajekReader *r,
         TiesKind     kind,
         guint        source,
         guint        target,
         guint        type,
         double       weight,
         GError     **error)
{
  if (!sp_io_add_tie (r->network, source, target, type, weight, r->path, r->line, error))
    return FALSE;
  if (kind == TIES_EDGES || kind == TIES_EDGESLIST)
    {
      guint index = sp_network_n_ties (r->network) - 1;

      g_array_append_val (r->undirected, index);
    }
  else
    r->any_arcs = TRUE;
  return TRUE;
}

/* The lines of a `*Matrix`: values read row by row, any number to a line. */
static gboolean
read_matrix (PajekReader *r,
             guint        type,
             GError     **error)
{
  guint rows = r->n_first > 0 ? r->n_first : r->n_vertices;
  guint cols = r->n_first > 0 ? r->n_vertices - r->n_first : r->n_vertices;
  guint col_offset = r->n_first;
  guint64 want = (guint64) rows * cols, got = 0;
  gint64 start = r->line;
  gboolean eof;

  while (got < want && next_line (r, &eof, error))
    {
      if (r->star)
        break;
      for (guint i = 0; i < r->words->len; i++)
        {
          double value;

          if (got == want)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                               _("the matrix has more than %u × %u values"), rows, cols);
              return FALSE;
            }
          if (!parse_number (r, word (r, i), _("value"), &value, error))
            return FALSE;
          if (value != 0 &&
              !add_tie (r, TIES_MATRIX, (guint) (got / cols), col_offset + (guint) (got % cols),
                        type, value, error))
            return FALSE;
          got++;
        }
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  if (got < want)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->star ? r->line : r->next_line - 1,
                       _("the matrix from line %lld ends after %llu of its %u × %u values"),
                       (long long) start, (unsigned long long) got, rows, cols);
      return FALSE;
    }
  /* the next line, whatever it is, is for the caller */
  if (next_line (r, &eof, error))
    {
      if (!r->star)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                           _("the matrix has more than %u × %u values"), rows, cols);
          return FALSE;
        }
      r->again = TRUE;
    }
  return eof;
}

/* `*Arcs`, `*Edges`, `*Arcslist`, `*Edgeslist` or `*Matrix`, with an
 * optional relation `:2 "name"`, and its lines. */
static gboolean
read_ties (PajekReader *r,
           TiesKind     kind,
           GError     **error)
{
  guint section_relation = 0, i = 1;
  gboolean eof;

  if (r->n_vertices == 0 || !r->has_vertices)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("%s before *Vertices"), word (r, 0));
      return FALSE;
    }
  /* ":2", ": 2" or ":2 name" */
  if (word (r, i) != NULL && word (r, i)[0] == ':')
    {
      const char *number = word (r, i)[1] != '\0' ? word (r, i) + 1 : word (r, ++i);

      if (number == NULL || !parse_relation (r, number, &section_relation, error))
        {
          if (number == NULL)
            sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                             _("the relation number after “:” is missing"));
          return FALSE;
        }
      i++;
      if (word (r, i) != NULL)
        {
          g_autofree char *name = star_rest (r, i);

          decode_references (name);
          if (*name != '\0')
            g_hash_table_insert (r->relations, GUINT_TO_POINTER (section_relation),
                                 (gpointer) sp_network_intern (r->network, name));
        }
    }
  if (kind == TIES_MATRIX)
    return read_matrix (r, tie_type (r, section_relation), error);

  while (next_line (r, &eof, error))
    {
      guint relation = section_relation, source, target, first = 0;
      const char *w0;

      if (r->star)
        {
          r->again = TRUE;
          return TRUE;
        }
      /* "2: 1 5": a tie of relation 2 */
      w0 = word (r, 0);
      if (w0[strlen (w0) - 1] == ':')
        {
          g_autofree char *number = g_strndup (w0, strlen (w0) - 1);

          if (!parse_relation (r, number, &relation, error))
            return FALSE;
          first = 1;
        }
      if (!parse_vertex (r, word (r, first), &source, error))
        return FALSE;
      if (kind == TIES_ARCSLIST || kind == TIES_EDGESLIST)
        {
          guint type = tie_type (r, relation);

          for (guint k = first + 1; k < r->words->len; k++)
            if (!parse_vertex (r, word (r, k), &target, error) ||
                !add_tie (r, kind, source, target, type, 1.0, error))
              return FALSE;
        }
      else
        {
          const char *w = word (r, first + 2);
          double weight = 1.0;

          if (!parse_vertex (r, word (r, first + 1), &target, error))
            return FALSE;
          if (w != NULL && looks_numeric (w) && !parse_number (r, w, _("weight"), &weight, error))
            return FALSE;
          if (!add_tie (r, kind, source, target, tie_type (r, relation), weight, error))
            return FALSE;
        }
    }
  return eof;
}

/* ---- projects ---- */

/* A network's or an attribute's name: the last part of a path, without
 * the extension Pajek gives its files. */
static char *
clean_name (const char *name,
            const char *const *extensions)
{
  const char *slash = strrchr (name, '/'), *backslash = strrchr (name, '\\');
  const char *base = MAX (slash, backslash) != NULL ? MAX (slash, backslash) + 1 : name;
  char *s = g_strstrip (g_strdup (base));
  gsize len = strlen (s);

  for (guint i = 0; extensions[i] != NULL; i++)
    {
      gsize l = strlen (extensions[i]);

      if (len > l && g_ascii_strcasecmp (s + len - l, extensions[i]) == 0)
        {
          s[len - l] = '\0';
          break;
        }
    }
  decode_references (s);
  return s;
}

static gboolean
read_network (PajekReader *r,
              GError     **error)
{
  static const char *const extensions[] = { ".net", ".paj", NULL };
  g_autofree char *rest = star_rest (r, 1);
  g_autofree char *name = clean_name (rest, extensions);

  r->n_networks++;
  if (*name == '\0')
    {
      g_free (name);
      name = g_strdup_printf (_("Network %u"), r->n_networks);
    }
  r->network_name = sp_network_intern (r->network, name);
  if (r->n_networks == 1 && *rest != '\0')
    sp_network_set_title (r->network, name);
  if (r->n_networks > 1 && !r->has_vertices && r->n_vertices == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                       _("the network before this one has no *Vertices"));
      return FALSE;
    }
  r->has_vertices = FALSE;
  /* relations are numbered anew in each network */
  g_hash_table_remove_all (r->relations);
  return TRUE;
}

/* `*Partition NAME` or `*Vector NAME`, its `*Vertices N` and N values. */
static gboolean
read_values (PajekReader *r,
             gboolean     numeric,
             GError     **error)
{
  static const char *const extensions[] = { ".clu", ".vec", NULL };
  g_autofree char *rest = star_rest (r, 1);
  g_autofree char *base = clean_name (rest, extensions);
  g_autofree char *name = NULL;
  const char *keyword = numeric ? "*Vector" : "*Partition";
  gint64 header = r->line;
  guint n, n_first, got = 0;
  SpAttribute *attr;
  gboolean eof;

  if (*base == '\0')
    {
      g_free (base);
      base = g_strdup (numeric ? _("vector") : _("partition"));
    }
  name = g_strdup (base);
  for (guint k = 2; g_hash_table_contains (r->attr_names, name) ||
                    sp_io_node_field (name) != NULL; k++)
    {
      g_free (name);
      name = g_strdup_printf ("%s (%u)", base, k);
    }

  if (!next_line (r, &eof, error) || !keyword_is (r, "vertices"))
    {
      if (error == NULL || *error == NULL)
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, eof ? header : r->line,
                         _("%s needs a *Vertices line with the number of values"), keyword);
      return FALSE;
    }
  if (!parse_vertices_header (r, &n, &n_first, error))
    return FALSE;
  if (r->n_vertices == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, header, _("%s before the network"), keyword);
      return FALSE;
    }
  if (n != r->n_vertices)
    {
      sp_io_set_error (error, SP_ERROR_INVALID, r->path, r->line,
                       _("%s “%s” has %u values for a network of %u vertices"),
                       keyword, rest, n, r->n_vertices);
      return FALSE;
    }
  if (!sp_io_check_attributes (r->path, header, r->network->attributes->len + 1, error))
    return FALSE;
  if ((guint64) (r->network->attributes->len + 1) * n > SP_IO_MAX_VALUES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, header,
                       _("too many values: %u attributes × %u nodes is more than the limit "
                         "of %u million"),
                       r->network->attributes->len + 1, n, SP_IO_MAX_VALUES / 1000000);
      return FALSE;
    }
  attr = sp_network_ensure_attribute (r->network, name,
                                      numeric ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL);
  g_hash_table_add (r->attr_names, (gpointer) attr->name);

  while (got < n && next_line (r, &eof, error))
    {
      if (r->star)
        break;
      for (guint i = 0; i < r->words->len; i++)
        {
          const char *s = word (r, i);
          double value;

          if (got == n)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                               _("%s “%s” has more than %u values"), keyword, rest, n);
              return FALSE;
            }
          if (!parse_number (r, s, _("value"), &value, error))
            return FALSE;
          if (numeric)
            sp_network_set_numeric (r->network, attr, got, value);
          else if (value != floor (value))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                               _("partition value “%s” is not a whole number"), s);
              return FALSE;
            }
          else
            {
              char text[32];

              g_snprintf (text, sizeof text, "%.0f", value);
              sp_network_set_string (r->network, attr, got, text);
            }
          got++;
        }
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  if (got < n)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->star ? r->line : r->next_line - 1,
                       _("%s “%s” ends after %u of its %u values"), keyword, rest, got, n);
      return FALSE;
    }
  if (r->star)
    r->again = TRUE;
  return TRUE;
}

/* A section this reader does not use: its lines, and those of the
 * `*Vertices` that follows its header, are skipped. */
static gboolean
skip_section (PajekReader *r,
              GError     **error)
{
  gboolean eof, first = TRUE;

  if (r->skipped->len > 0)
    g_string_append (r->skipped, ", ");
  g_string_append (r->skipped, word (r, 0));
  while (next_line (r, &eof, error))
    {
      if (r->star && !(first && keyword_is (r, "vertices")))
        {
          r->again = TRUE;
          return TRUE;
        }
      first = FALSE;
    }
  return eof;
}

/* ---- the whole file ---- */

/* Counts the *Network lines, to know whether ties are typed by network. */
static guint
count_networks (const char *buf)
{
  guint n = 0;

  for (const char *p = buf; p != NULL && *p != '\0'; p = strchr (p, '\n'), p = p != NULL ? p + 1 : NULL)
    {
      while (*p == ' ' || *p == '\t')
        p++;
      if (g_ascii_strncasecmp (p, "*network", 8) == 0)
        n++;
    }
  return n;
}

static void
set_positions (PajekReader *r)
{
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
  double scale = PAJEK_SPACING * sqrt ((double) r->n_vertices);
  SpNetwork *net = r->network;

  if (r->given == NULL)
    return;
  for (guint i = 0; i < r->n_vertices; i++)
    if (r->given[i])
      {
        min_x = MIN (min_x, r->px[i]);
        max_x = MAX (max_x, r->px[i]);
        min_y = MIN (min_y, r->py[i]);
        max_y = MAX (max_y, r->py[i]);
      }
  /* every vertex on one point (0 0 for all, as some programs write): no
   * layout */
  if (max_x == min_x && max_y == min_y)
    return;
  sp_network_ensure_positions (net);
  for (guint i = 0; i < r->n_vertices; i++)
    {
      net->x[i] = r->px[i] * scale;
      net->y[i] = r->py[i] * scale;
    }
  net->has_layout = TRUE;
  sp_io_place_missing (net, r->given, r->n_vertices);
}

SpNetwork *
sp_pajek_load_data (const char *file,
                    const char *buf,
                    gsize       length,
                    GError    **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GArray) undirected = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) relations = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GHashTable) attr_names = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GString) skipped = g_string_new (NULL);
  g_autofree double *px = NULL, *py = NULL;
  g_autofree guint8 *given = NULL;
  g_autofree char *text = NULL;
  gboolean converted = FALSE, eof = FALSE;
  PajekReader r = { 0 };

  g_return_val_if_fail (file != NULL && buf != NULL, NULL);

  text = sp_io_decode_windows_1252 (buf, &length);
  converted = text != NULL;
  if (text == NULL)
    text = g_strndup (buf, length);
  if (!sp_io_check_text (file, text, length, TRUE, error) ||
      !sp_io_check_characters (file, text, length, FALSE, error) ||
      !sp_io_check_line_length (file, text, length, error))
    return NULL;

  network = sp_network_new ();
  r.path = file;
  r.network = network;
  r.pos = text;
  r.end = text + length;
  if (g_str_has_prefix (r.pos, "\xEF\xBB\xBF"))
    r.pos += 3;
  r.next_line = 1;
  r.words = words;
  r.undirected = undirected;
  r.relations = relations;
  r.attr_names = attr_names;
  r.skipped = skipped;
  r.many_networks = count_networks (r.pos) > 1;

  while (next_line (&r, &eof, error))
    {
      gboolean ok;

      if (!r.star)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, file, r.line,
                           _("“%s” is outside any section: a Pajek file starts with *Vertices "
                             "or *Network"), word (&r, 0));
          return NULL;
        }
      if (keyword_is (&r, "network"))
        ok = read_network (&r, error);
      else if (keyword_is (&r, "vertices"))
        ok = read_vertices (&r, error);
      else if (keyword_is (&r, "arcs"))
        ok = read_ties (&r, TIES_ARCS, error);
      else if (keyword_is (&r, "edges"))
        ok = read_ties (&r, TIES_EDGES, error);
      else if (keyword_is (&r, "arcslist"))
        ok = read_ties (&r, TIES_ARCSLIST, error);
      else if (keyword_is (&r, "edgeslist"))
        ok = read_ties (&r, TIES_EDGESLIST, error);
      else if (keyword_is (&r, "matrix"))
        ok = read_ties (&r, TIES_MATRIX, error);
      else if (keyword_is (&r, "partition"))
        ok = read_values (&r, FALSE, error);
      else if (keyword_is (&r, "vector"))
        ok = read_values (&r, TRUE, error);
      else
        ok = skip_section (&r, error);
      px = r.px, py = r.py, given = r.given;  /* freed on every return */
      if (!ok)
        return NULL;
    }
  if (!eof)
    return NULL;
  if (r.n_vertices == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, MAX (r.line, 1),
                       _("no *Vertices: not a Pajek network"));
      return NULL;
    }

  set_positions (&r);
  network->directed = r.any_arcs;
  if (network->directed && !sp_io_add_reverse_ties (network, undirected, file, error))
    return NULL;
  if (converted)
    sp_network_add_note (network, _("%s: not UTF-8, read as Windows-1252: "
                                    "check that accented names look right"), file);
  if (skipped->len > 0)
    sp_network_add_note (network, _("%s: skipped what Samenspel does not read: %s"),
                         file, skipped->str);
  return g_steal_pointer (&network);
}
