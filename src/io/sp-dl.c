/* sp-dl.c — UCINET DL (the text format of UCINET and of igraph's
 * read_graph_dl)
 *
 *     DL N=5 [NM=2]              one-mode: 5 nodes (also "dl n = 5")
 *     DL NR=3, NC=4              two-mode: 3 rows (people), 4 columns (clients)
 *     FORMAT = FULLMATRIX        or fm; EDGELIST1 (el1); NODELIST1 (nl1)
 *     LABELS:                    the node labels, on the following lines,
 *     a, b, "c d", e, f          comma or space separated, quoted or not
 *     ROW LABELS: / COLUMN LABELS:   the two modes' labels
 *     MATRIX LABELS: / LEVEL LABELS: one name per matrix (its tie type)
 *     LABELS EMBEDDED            labels in the data (ROW / COLUMN LABELS
 *                                EMBEDDED for one side of a matrix)
 *     DATA:
 *     0 1 1 ...
 *
 * The header's keywords may share lines, in any case.  A full matrix is
 * read as a stream of values (rows may wrap; igraph's packed rows of 0/1
 * digits, "01101", are read too), NM matrices one after the other; 0 is
 * no tie, any other number the tie's weight.  An edge list has one tie a
 * line: "row column [weight]"; a node list an ego and its alters a line
 * (weight 1).  In both the matrices of NM > 1 are separated by a line
 * holding "!".  Node numbers count from 1; with embedded labels the
 * nodes are named in the data instead.
 *
 * Nodes: a label is the node's name, and its id when the labels are
 * unique; otherwise (and without labels) ids are the node numbers ("1",
 * "2"… one-mode; "r1"…, "c1"… two-mode), and a note says why.
 *
 * Direction: DL has none; a one-mode data set is undirected when every
 * matrix is symmetric (the tie i→j has the weight of j→i, in every
 * matrix), and each pair is then one tie (i ≤ j); otherwise directed, a
 * tie per non-zero cell.  Two-mode data (people × clients) is undirected.
 * The tie type is the matrix's label, else its number when NM > 1, else
 * none.
 */
#define G_LOG_DOMAIN "sp-dl"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

typedef enum {
  DL_FULLMATRIX,
  DL_EDGELIST1,
  DL_NODELIST1,
} DlFormat;

typedef struct {
  const char *p, *end;
  gint64      line;
} DlLexer;

typedef struct {
  char    *text;       /* NULL at the end of the file */
  gint64   line;
  gboolean newline;    /* the token is a line break (data mode only) */
  gboolean quoted;
} DlToken;

typedef struct {
  guint  matrix;
  guint  source;       /* node index */
  guint  target;
  double weight;
  gint64 line;
} DlEntry;

typedef struct {
  const char *path;
  const char *buf;
  DlLexer     lex;
  DlFormat    format;
  gint64      n, nm, nr, nc;   /* -1 when not given */
  gboolean    two_mode;
  gboolean    row_embedded, col_embedded;
  GPtrArray  *row_labels;      /* char *, or NULL; the labels of one-mode too */
  GPtrArray  *col_labels;
  GPtrArray  *matrix_labels;
  gint64      row_labels_line, col_labels_line, matrix_labels_line;
  guint       n_rows, n_cols;  /* nodes of each side (one-mode: N and N) */
  guint       col_offset;      /* index of the first column node (0 one-mode) */
  SpNetwork  *network;
  GArray     *entries;         /* DlEntry */
  GHashTable *by_label;        /* embedded labels: label -> index + 1 (rows) */
  GHashTable *by_col_label;    /* two-mode columns */
} DlReader;

static void
token_clear (DlToken *t)
{
  g_clear_pointer (&t->text, g_free);
}

/* The next token.  @header: '=' and ':' are tokens of their own; else
 * line breaks are (newline TRUE).  Commas and blanks separate tokens. */
static void
dl_next (DlLexer *lex,
         gboolean header,
         DlToken *t)
{
  const char *start;

  t->text = NULL;
  t->newline = FALSE;
  t->quoted = FALSE;
  for (;;)
    {
      while (lex->p < lex->end && (*lex->p == ' ' || *lex->p == '\t' || *lex->p == ',' ||
                                   *lex->p == '\r' || *lex->p == '\f' || *lex->p == '\v'))
        lex->p++;
      if (lex->p >= lex->end)
        {
          t->line = lex->line;
          return;
        }
      if (*lex->p == '\n')
        {
          t->line = lex->line;
          lex->p++;
          lex->line++;
          if (!header)
            {
              t->newline = TRUE;
              t->text = g_strdup ("\n");
              return;
            }
          continue;
        }
      break;
    }
  t->line = lex->line;
  if (*lex->p == '"' || *lex->p == '\'')
    {
      char quote = *lex->p++;
      const char *close;

      start = lex->p;
      close = memchr (start, quote, lex->end - start);
      /* a quote is closed on its line; else it is a character of the label */
      if (close != NULL && memchr (start, '\n', close - start) == NULL)
        {
          t->text = g_strndup (start, close - start);
          t->quoted = TRUE;
          lex->p = close + 1;
          return;
        }
      lex->p = start - 1;
    }
  start = lex->p;
  if (header && (*lex->p == '=' || *lex->p == ':'))
    {
      lex->p++;
      t->text = g_strndup (start, 1);
      return;
    }
  while (lex->p < lex->end && strchr (" \t\r\n\f\v,", *lex->p) == NULL &&
         !(header && (*lex->p == '=' || *lex->p == ':')))
    lex->p++;
  t->text = g_strndup (start, lex->p - start);
}

static gboolean
token_is (const DlToken *t,
          const char    *word)
{
  return t->text != NULL && !t->quoted && g_ascii_strcasecmp (t->text, word) == 0;
}

/* Whether a header keyword starts at @lex (after the token @t just read):
 * the end of a label list. */
static gboolean
keyword_starts (const DlToken *t,
                const DlLexer *lex)
{
  DlLexer peek = *lex;
  DlToken next = { 0 };
  gboolean yes = FALSE;
  static const char *const assigned[] = { "n", "nm", "nr", "nc", "format", "diagonal", NULL };
  static const char *const sided[] = { "row", "col", "column", "matrix", "level", NULL };

  if (t->text == NULL || t->quoted)
    return FALSE;
  dl_next (&peek, TRUE, &next);
  for (guint i = 0; assigned[i] != NULL && !yes; i++)
    yes = token_is (t, assigned[i]) && token_is (&next, "=");
  for (guint i = 0; sided[i] != NULL && !yes; i++)
    yes = token_is (t, sided[i]) && token_is (&next, "labels");
  if (!yes)
    yes = (token_is (t, "data") || token_is (t, "labels")) && token_is (&next, ":");
  if (!yes)
    yes = token_is (t, "labels") && token_is (&next, "embedded");
  token_clear (&next);
  return yes;
}

/* "= VALUE" after a keyword; the value in @value (taken). */
static gboolean
read_assignment (DlReader   *r,
                 const char *keyword,
                 gint64      line,
                 char      **value,
                 GError    **error)
{
  DlToken t = { 0 };

  dl_next (&r->lex, TRUE, &t);
  if (!token_is (&t, "="))
    {
      token_clear (&t);
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("“%s” without “=”"), keyword);
      return FALSE;
    }
  token_clear (&t);
  dl_next (&r->lex, TRUE, &t);
  if (t.text == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("“%s=” without a value"), keyword);
      return FALSE;
    }
  *value = t.text;
  return TRUE;
}

static gboolean
read_count (DlReader   *r,
            const char *keyword,
            gint64      line,
            gint64     *count,
            GError    **error)
{
  g_autofree char *value = NULL;
  guint64 v;

  if (!read_assignment (r, keyword, line, &value, error))
    return FALSE;
  if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT32, &v, NULL))
    {
      if (strspn (value, "0123456789") == strlen (value) && strlen (value) > 0 && value[0] != '0')
        sp_io_set_error (error, SP_ERROR_LIMIT, r->path, line,
                         _("too many nodes: the limit is %u"), SP_IO_MAX_NODES);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                         _("%s=“%s” is not a positive whole number"), keyword, value);
      return FALSE;
    }
  if (*count >= 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("%s= given twice"), keyword);
      return FALSE;
    }
  *count = (gint64) v;
  return TRUE;
}

/* After "LABELS:": the labels up to the next keyword. */
static gboolean
read_labels (DlReader   *r,
             GPtrArray **labels,
             GError    **error)
{
  DlToken t = { 0 };

  if (*labels != NULL)
    g_ptr_array_unref (*labels);
  *labels = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      DlLexer before = r->lex;

      dl_next (&r->lex, TRUE, &t);
      if (t.text == NULL)
        return TRUE;
      if (keyword_starts (&t, &r->lex))
        {
          r->lex = before;
          token_clear (&t);
          return TRUE;
        }
      if ((*labels)->len >= SP_IO_MAX_NODES)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, r->path, t.line,
                           _("too many nodes: the limit is %u"), SP_IO_MAX_NODES);
          token_clear (&t);
          return FALSE;
        }
      g_ptr_array_add (*labels, g_steal_pointer (&t.text));
    }
}

static gboolean
read_header (DlReader *r,
             GError  **error)
{
  DlToken t = { 0 };

  dl_next (&r->lex, TRUE, &t);
  if (!token_is (&t, "dl"))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, t.line,
                       _("not a UCINET DL file: it does not start with “DL”"));
      token_clear (&t);
      return FALSE;
    }
  token_clear (&t);
  for (;;)
    {
      gint64 line;
      gboolean ok = TRUE;

      dl_next (&r->lex, TRUE, &t);
      line = t.line;
      if (t.text == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("no “DATA:” line"));
          return FALSE;
        }
      if (token_is (&t, "data"))
        {
          token_clear (&t);
          dl_next (&r->lex, TRUE, &t);
          if (!token_is (&t, ":"))
            {
              token_clear (&t);
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("“DATA” without “:”"));
              return FALSE;
            }
          token_clear (&t);
          return TRUE;
        }
      if (token_is (&t, "n"))
        ok = read_count (r, "N", line, &r->n, error);
      else if (token_is (&t, "nm"))
        ok = read_count (r, "NM", line, &r->nm, error);
      else if (token_is (&t, "nr"))
        ok = read_count (r, "NR", line, &r->nr, error);
      else if (token_is (&t, "nc"))
        ok = read_count (r, "NC", line, &r->nc, error);
      else if (token_is (&t, "format") || token_is (&t, "diagonal"))
        {
          g_autofree char *value = NULL;
          gboolean format = token_is (&t, "format");

          ok = read_assignment (r, format ? "FORMAT" : "DIAGONAL", line, &value, error);
          if (ok && format)
            {
              if (g_ascii_strcasecmp (value, "fullmatrix") == 0 || g_ascii_strcasecmp (value, "fm") == 0)
                r->format = DL_FULLMATRIX;
              else if (g_ascii_strcasecmp (value, "edgelist1") == 0 || g_ascii_strcasecmp (value, "el1") == 0)
                r->format = DL_EDGELIST1;
              else if (g_ascii_strcasecmp (value, "nodelist1") == 0 || g_ascii_strcasecmp (value, "nl1") == 0)
                r->format = DL_NODELIST1;
              else
                {
                  sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, line,
                                   _("format “%s” is not supported: Samenspel reads FULLMATRIX, "
                                     "EDGELIST1 and NODELIST1"), value);
                  ok = FALSE;
                }
            }
          else if (ok && g_ascii_strcasecmp (value, "present") != 0)
            {
              sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, line,
                               _("DIAGONAL = “%s” is not supported"), value);
              ok = FALSE;
            }
        }
      else if (token_is (&t, "labels"))
        {
          token_clear (&t);
          dl_next (&r->lex, TRUE, &t);
          if (token_is (&t, "embedded"))
            r->row_embedded = r->col_embedded = TRUE;
          else if (token_is (&t, ":"))
            {
              r->row_labels_line = line;
              ok = read_labels (r, &r->row_labels, error);
            }
          else
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                               _("“LABELS” without “:” or “EMBEDDED”"));
              ok = FALSE;
            }
        }
      else if (token_is (&t, "row") || token_is (&t, "col") || token_is (&t, "column") ||
               token_is (&t, "matrix") || token_is (&t, "level"))
        {
          gboolean row = token_is (&t, "row");
          gboolean matrix = token_is (&t, "matrix") || token_is (&t, "level");
          g_autofree char *word = g_ascii_strup (t.text, -1);

          token_clear (&t);
          dl_next (&r->lex, TRUE, &t);
          if (token_is (&t, "labels"))
            {
              token_clear (&t);
              dl_next (&r->lex, TRUE, &t);
            }
          if (token_is (&t, "embedded") && !matrix)
            {
              if (row)
                r->row_embedded = TRUE;
              else
                r->col_embedded = TRUE;
            }
          else if (token_is (&t, ":"))
            {
              if (matrix)
                {
                  r->matrix_labels_line = line;
                  ok = read_labels (r, &r->matrix_labels, error);
                }
              else if (row)
                {
                  r->row_labels_line = line;
                  ok = read_labels (r, &r->row_labels, error);
                }
              else
                {
                  r->col_labels_line = line;
                  ok = read_labels (r, &r->col_labels, error);
                }
            }
          else
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                               _("“%s LABELS” without “:”"), word);
              ok = FALSE;
            }
        }
      else
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           _("unknown keyword “%s” in the header"), t.text);
          ok = FALSE;
        }
      token_clear (&t);
      if (!ok)
        return FALSE;
    }
}

/* The header's counts, checked against each other and the labels. */
static gboolean
check_header (DlReader *r,
              GError  **error)
{
  if (r->n >= 0 && (r->nr >= 0 || r->nc >= 0))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, 1,
                       _("the header gives both N= and NR=/NC="));
      return FALSE;
    }
  if (r->n < 0 && (r->nr < 0) != (r->nc < 0))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, 1,
                       r->nr < 0 ? _("the header gives NC= without NR=")
                                 : _("the header gives NR= without NC="));
      return FALSE;
    }
  if (r->n < 0 && r->nr < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, 1,
                       _("the header gives no N= (the number of nodes)"));
      return FALSE;
    }
  r->two_mode = r->n < 0;
  r->n_rows = r->two_mode ? r->nr : r->n;
  r->n_cols = r->two_mode ? r->nc : r->n;
  if ((guint64) r->n_rows + (r->two_mode ? r->n_cols : 0) > SP_IO_MAX_NODES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, 1,
                       _("too many nodes: the limit is %u"), SP_IO_MAX_NODES);
      return FALSE;
    }
  if (r->nm < 0)
    r->nm = 1;
  if (r->nm > 1000)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, 1,
                       _("too many matrices: the limit is %u"), 1000);
      return FALSE;
    }
  if (!r->two_mode && r->col_labels != NULL)
    {
      /* one-mode "ROW LABELS:" and "COLUMN LABELS:" name the same nodes */
      if (r->row_labels == NULL)
        {
          r->row_labels = g_steal_pointer (&r->col_labels);
          r->row_labels_line = r->col_labels_line;
        }
      else
        g_clear_pointer (&r->col_labels, g_ptr_array_unref);
    }
  if (r->row_labels != NULL && r->row_labels->len != r->n_rows)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->row_labels_line,
                       r->two_mode ? _("%u row labels for NR=%u rows")
                                   : _("%u labels for N=%u nodes"),
                       r->row_labels->len, r->n_rows);
      return FALSE;
    }
  if (r->col_labels != NULL && r->col_labels->len != r->n_cols)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->col_labels_line,
                       _("%u column labels for NC=%u columns"), r->col_labels->len, r->n_cols);
      return FALSE;
    }
  if (r->matrix_labels != NULL && r->matrix_labels->len != r->nm)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->matrix_labels_line,
                       _("%u matrix labels for NM=%u matrices"),
                       r->matrix_labels->len, (guint) r->nm);
      return FALSE;
    }
  if (!r->two_mode && r->row_embedded != r->col_embedded)
    r->row_embedded = r->col_embedded = TRUE;
  if (r->format != DL_FULLMATRIX && (r->row_embedded || r->col_embedded))
    r->row_embedded = r->col_embedded = TRUE;
  return TRUE;
}

/* Whether the labels are non-empty and distinct, rows and columns
 * together. */
static gboolean
labels_unique (GPtrArray *rows,
               GPtrArray *cols)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *sides[2] = { rows, cols };

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; sides[s] != NULL && i < sides[s]->len; i++)
      {
        const char *label = g_ptr_array_index (sides[s], i);

        if (*label == '\0' || !g_hash_table_add (seen, (gpointer) label))
          return FALSE;
      }
  return TRUE;
}

/* The nodes of the sides whose labels are not in the data: named by the
 * header's labels, or numbered. */
static gboolean
add_nodes (DlReader *r,
           GError  **error)
{
  gboolean rows = !r->row_embedded, cols = r->two_mode && !r->col_embedded;
  gboolean unique;

  if (!rows && !cols)
    return TRUE;
  unique = (!rows || r->row_labels != NULL) && (!cols || r->col_labels != NULL) &&
           labels_unique (rows ? r->row_labels : NULL, cols ? r->col_labels : NULL);
  if (!unique && ((rows && r->row_labels != NULL) || (cols && r->col_labels != NULL)))
    sp_network_add_note (r->network, _("%s: the labels are not unique: the nodes’ ids are their "
                                       "numbers, the labels their names"), r->path);

  for (guint side = 0; side < 2; side++)
    {
      GPtrArray *labels = side == 0 ? r->row_labels : r->col_labels;
      guint n = side == 0 ? r->n_rows : r->n_cols;

      if (side == 0 ? !rows : !cols)
        continue;
      if (side == 1)
        r->col_offset = sp_network_n_nodes (r->network);
      for (guint i = 0; i < n; i++)
        {
          const char *label = labels != NULL ? g_ptr_array_index (labels, i) : NULL;
          g_autofree char *id = NULL;
          gint index;

          if (unique && label != NULL)
            id = g_strdup (label);
          else if (r->two_mode)
            id = g_strdup_printf ("%c%u", side == 0 ? 'r' : 'c', i + 1);
          else
            id = g_strdup_printf ("%u", i + 1);
          index = sp_io_add_node (r->network, id,
                                  side == 0 ? SP_NODE_PERSON : SP_NODE_CLIENT,
                                  r->path, 1, error);
          if (index < 0)
            return FALSE;
          if (label != NULL && *label != '\0')
            sp_network_node (r->network, index)->name = sp_network_intern (r->network, label);
        }
    }
  return TRUE;
}

/* The node an embedded label names, added on first sight (edge and node
 * lists, and a matrix's header). */
static gint
embedded_node (DlReader      *r,
               gboolean       col,
               const DlToken *t,
               gboolean       may_add,
               GError       **error)
{
  GHashTable *table = col && r->two_mode ? r->by_col_label : r->by_label;
  guint limit = col ? r->n_cols : r->n_rows;
  gpointer found = g_hash_table_lookup (table, t->text);
  gint index;

  if (found != NULL)
    return GPOINTER_TO_INT (found) - 1;
  if (!may_add)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                       _("label “%s” names no node of the first matrix’s labels"), t->text);
      return -1;
    }
  if (g_hash_table_size (table) >= limit)
    {
      if (r->two_mode)
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                         col ? _("label “%s” is one more than NC=%u columns")
                             : _("label “%s” is one more than NR=%u rows"), t->text, limit);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                         _("label “%s” is one more than N=%u nodes"), t->text, limit);
      return -1;
    }
  if (*t->text == '\0')
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line, _("empty label"));
      return -1;
    }
  index = sp_io_add_node (r->network, t->text, col && r->two_mode ? SP_NODE_CLIENT : SP_NODE_PERSON,
                          r->path, t->line, error);
  if (index < 0)
    return -1;
  sp_network_node (r->network, index)->name = sp_network_node (r->network, index)->id;
  g_hash_table_insert (table, (gpointer) sp_network_node (r->network, index)->id,
                       GINT_TO_POINTER (index + 1));
  return index;
}

/* A node number (1-based) of a row or a column, as a node index. */
static gint
numbered_node (DlReader      *r,
               gboolean       col,
               const DlToken *t,
               GError       **error)
{
  guint64 v;
  guint limit = col ? r->n_cols : r->n_rows;

  if (!g_ascii_string_to_unsigned (t->text, 10, 0, G_MAXUINT64, &v, NULL) || t->quoted)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                       _("node number “%s” is not a whole number"), t->text);
      return -1;
    }
  if (v < 1 || v > limit)
    {
      if (r->two_mode)
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                         col ? _("column number %s is out of range: NC=%u")
                             : _("row number %s is out of range: NR=%u"), t->text, limit);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                         _("node number %s is out of range: N=%u"), t->text, limit);
      return -1;
    }
  return (gint) (v - 1) + (col ? r->col_offset : 0);
}

static gboolean
parse_value (DlReader      *r,
             const DlToken *t,
             double        *value,
             GError       **error)
{
  /* beyond ±SP_IO_MAX_NUMBER too, as the other readers' weights */
  if (!t->quoted && sp_io_parse_double (t->text, FALSE, value))
    return TRUE;
  sp_io_set_error (error, SP_ERROR_PARSE, r->path, t->line,
                   _("value “%s” is not a number"), t->text);
  return FALSE;
}

static gboolean
add_entry (DlReader *r,
           guint     matrix,
           guint     source,
           guint     target,
           double    weight,
           gint64    line,
           GError  **error)
{
  DlEntry e = { matrix, source, target, weight, line };

  if (r->entries->len >= SP_IO_MAX_TIES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, r->path, line,
                       _("too many ties: the limit is %u"), SP_IO_MAX_TIES);
      return FALSE;
    }
  g_array_append_val (r->entries, e);
  return TRUE;
}

/* The next data token, line breaks skipped. */
static void
next_value (DlReader *r,
            DlToken  *t)
{
  do
    {
      token_clear (t);
      dl_next (&r->lex, FALSE, t);
    }
  while (t->newline);
}

static gboolean
read_fullmatrix (DlReader *r,
                 GError  **error)
{
  DlToken t = { 0 };
  g_autofree gint *cols = g_new (gint, MAX (r->n_cols, 1));
  gint64 last_line = r->lex.line;

  for (guint m = 0; m < r->nm; m++)
    {
      if (r->col_embedded)
        for (guint j = 0; j < r->n_cols; j++)
          {
            next_value (r, &t);
            if (t.text == NULL)
              {
                sp_io_set_error (error, SP_ERROR_PARSE, r->path, last_line,
                                 _("matrix %u ends in its column labels: %u of %u"),
                                 m + 1, j, r->n_cols);
                return FALSE;
              }
            last_line = t.line;
            if ((cols[j] = embedded_node (r, TRUE, &t, m == 0, error)) < 0)
              {
                token_clear (&t);
                return FALSE;
              }
          }
      else
        for (guint j = 0; j < r->n_cols; j++)
          cols[j] = j + r->col_offset;

      for (guint i = 0; i < r->n_rows; i++)
        {
          gint row = i;
          guint j = 0;

          if (r->row_embedded)
            {
              next_value (r, &t);
              if (t.text == NULL)
                goto too_short;
              last_line = t.line;
              /* one-mode: a row label names a node of the column labels */
              row = embedded_node (r, FALSE, &t, r->two_mode && m == 0, error);
              if (row < 0)
                {
                  token_clear (&t);
                  return FALSE;
                }
            }
          while (j < r->n_cols)
            {
              next_value (r, &t);
              if (t.text == NULL)
                goto too_short;
              last_line = t.line;
              /* igraph's packed rows: "01101" */
              if (j == 0 && r->n_cols > 1 && strlen (t.text) == r->n_cols &&
                  strspn (t.text, "01") == r->n_cols)
                {
                  for (; j < r->n_cols; j++)
                    if (t.text[j] == '1' && !add_entry (r, m, row, cols[j], 1.0, t.line, error))
                      goto fail;
                  continue;
                }
              {
                double v;

                if (!parse_value (r, &t, &v, error))
                  goto fail;
                if (v != 0 && !add_entry (r, m, row, cols[j], v, t.line, error))
                  goto fail;
              }
              j++;
            }
          continue;
too_short:
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, last_line,
                           _("matrix %u is too short: it ends in row %u of %u"),
                           m + 1, i + 1, r->n_rows);
          return FALSE;
        }
    }
  next_value (r, &t);
  if (t.text != NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, t.line,
                       r->nm == 1 ? _("value “%s” after the end of the matrix")
                                  : _("value “%s” after the end of the last matrix"), t.text);
      goto fail;
    }
  return TRUE;
fail:
  token_clear (&t);
  return FALSE;
}

/* Edge and node lists: a line at a time. */
static gboolean
read_lists (DlReader *r,
            GError  **error)
{
  DlToken t = { 0 };
  guint m = 0;
  gboolean nodelist = r->format == DL_NODELIST1;

  for (;;)
    {
      DlToken tokens[4];
      guint n = 0;
      gint64 at;
      gint ends[2];
      gboolean ok = TRUE;

      /* the tokens of one line (edge lists: up to 4, to report the 4th) */
      dl_next (&r->lex, FALSE, &t);
      at = t.line;
      if (t.text == NULL)
        return TRUE;
      if (t.newline)
        {
          token_clear (&t);
          continue;
        }
      if (strcmp (t.text, "!") == 0 && !t.quoted)
        {
          token_clear (&t);
          if (++m >= r->nm)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, at,
                               _("“!” starts matrix %u, but NM=%u"), m + 1, (guint) r->nm);
              return FALSE;
            }
          continue;
        }
      if (!nodelist)
        {
          tokens[n++] = t;
          t.text = NULL;
          for (;;)
            {
              DlToken next = { 0 };

              dl_next (&r->lex, FALSE, &next);
              if (next.text == NULL || next.newline)
                {
                  token_clear (&next);
                  break;
                }
              if (n < G_N_ELEMENTS (tokens))
                tokens[n++] = next;
              else
                token_clear (&next);
            }
          if (n < 2 || n > 3)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, at,
                               n < 2 ? _("an edge list line needs a row and a column: “%s” is alone")
                                     : _("an edge list line holds a row, a column and a weight: "
                                         "“%s” is one more"), tokens[n - 1].text);
              ok = FALSE;
            }
          for (guint k = 0; k < 2 && ok; k++)
            {
              ends[k] = r->row_embedded ? embedded_node (r, k == 1, &tokens[k], TRUE, error)
                                        : numbered_node (r, k == 1, &tokens[k], error);
              ok = ends[k] >= 0;
            }
          if (ok)
            {
              double w = 1.0;

              ok = (n < 3 || parse_value (r, &tokens[2], &w, error)) &&
                   add_entry (r, m, ends[0], ends[1], w, at, error);
            }
          for (guint k = 0; k < n; k++)
            token_clear (&tokens[k]);
          if (!ok)
            return FALSE;
          continue;
        }

      /* a node list: ego alter alter … */
      ends[0] = r->row_embedded ? embedded_node (r, FALSE, &t, TRUE, error)
                                : numbered_node (r, FALSE, &t, error);
      token_clear (&t);
      if (ends[0] < 0)
        return FALSE;
      for (;;)
        {
          dl_next (&r->lex, FALSE, &t);
          if (t.text == NULL || t.newline)
            break;
          ends[1] = r->row_embedded ? embedded_node (r, TRUE, &t, TRUE, error)
                                    : numbered_node (r, TRUE, &t, error);
          if (ends[1] < 0 || !add_entry (r, m, ends[0], ends[1], 1.0, t.line, error))
            {
              token_clear (&t);
              return FALSE;
            }
          token_clear (&t);
        }
      token_clear (&t);
    }
}

typedef struct {
  guint matrix, a, b;
} DlKey;

static guint
key_hash (gconstpointer p)
{
  const DlKey *k = p;

  return (guint) sp_pair_hash (((guint64) k->a << 32 | k->b) ^ ((guint64) k->matrix << 48));
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  return memcmp (a, b, sizeof (DlKey)) == 0;
}

/* Whether every matrix is symmetric: each tie's weight (parallel ties
 * summed) equals its reverse's. */
static gboolean
entries_symmetric (GArray *entries)
{
  g_autoptr (GHashTable) sums = g_hash_table_new_full (key_hash, key_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < entries->len; i++)
    {
      const DlEntry *e = &g_array_index (entries, DlEntry, i);
      DlKey k = { e->matrix, e->source, e->target };
      double *sum = g_hash_table_lookup (sums, &k);

      if (e->source == e->target)
        continue;
      if (sum == NULL)
        {
          sum = g_new0 (double, 1);
          g_hash_table_insert (sums, g_memdup2 (&k, sizeof k), sum);
        }
      *sum += e->weight;
    }
  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const DlKey *k = key;
      DlKey reverse = { k->matrix, k->b, k->a };
      double *other = g_hash_table_lookup (sums, &reverse);

      if (other == NULL || *other != *(double *) value)
        return FALSE;
    }
  return TRUE;
}

SpNetwork *
sp_dl_load_data (const char *path,
                 const char *buf,
                 gsize       length,
                 GError    **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GArray) entries = NULL;
  g_autoptr (GHashTable) by_label = NULL;
  g_autoptr (GHashTable) by_col_label = NULL;
  g_autofree guint *types = NULL;
  DlReader r = { 0 };
  gboolean ok;

  if (!sp_io_check_text (path, buf, length, TRUE, error) ||
      !sp_io_check_characters (path, buf, length, FALSE, error) ||
      !sp_io_check_line_length (path, buf, length, error))
    return NULL;

  network = sp_network_new ();
  entries = g_array_new (FALSE, FALSE, sizeof (DlEntry));
  by_label = g_hash_table_new (g_str_hash, g_str_equal);
  by_col_label = g_hash_table_new (g_str_hash, g_str_equal);
  r.path = path;
  r.buf = buf;
  r.lex.p = buf;
  r.lex.end = buf + length;
  r.lex.line = 1;
  r.n = r.nm = r.nr = r.nc = -1;
  r.network = network;
  r.entries = entries;
  r.by_label = by_label;
  r.by_col_label = by_col_label;
  if (g_str_has_prefix (buf, "\xEF\xBB\xBF"))
    r.lex.p += 3;

  ok = read_header (&r, error) && check_header (&r, error);
  if (ok)
    ok = add_nodes (&r, error);
  if (ok)
    ok = r.format == DL_FULLMATRIX ? read_fullmatrix (&r, error) : read_lists (&r, error);
  g_clear_pointer (&r.row_labels, g_ptr_array_unref);
  g_clear_pointer (&r.col_labels, g_ptr_array_unref);
  if (!ok)
    {
      g_clear_pointer (&r.matrix_labels, g_ptr_array_unref);
      return NULL;
    }

  types = g_new0 (guint, r.nm);
  for (guint m = 0; m < r.nm; m++)
    {
      g_autofree char *number = g_strdup_printf ("%u", m + 1);

      if (r.matrix_labels != NULL)
        types[m] = sp_network_tie_type (network, g_ptr_array_index (r.matrix_labels, m));
      else if (r.nm > 1)
        types[m] = sp_network_tie_type (network, number);
    }
  g_clear_pointer (&r.matrix_labels, g_ptr_array_unref);

  network->directed = !r.two_mode && !entries_symmetric (entries);
  for (guint i = 0; i < entries->len; i++)
    {
      const DlEntry *e = &g_array_index (entries, DlEntry, i);

      if (!r.two_mode && !network->directed && e->source > e->target)
        continue;
      sp_network_add_tie (network, e->source, e->target, types[e->matrix], e->weight);
    }
  return g_steal_pointer (&network);
}
