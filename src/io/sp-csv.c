/* sp-csv.c — people.csv, ties.csv and clients.csv
 *
 * The whole file is read into one buffer and split in place: a field is a
 * pointer into the buffer, unquoted where it lies (unquoting only ever
 * shortens it).  Ties are handled a row at a time, so a million ties cost
 * the buffer and the tie array, nothing per row.  People and clients are
 * kept as rows of field pointers until every column has been seen, because
 * a column is numeric only when all of its values are numbers.
 */
#define G_LOG_DOMAIN "sp-csv"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

typedef struct {
  const char *path;
  char       *buf;          /* owned, split in place */
  char       *pos;
  char       *end;
  char        delim;
  gboolean    decimal_comma; /* ';'-separated files come from Dutch Excel */
  gint64      line;          /* line of pos */
  gint64      record_line;   /* first line of the current record */
  GPtrArray  *fields;        /* char * into buf: the current record */
  GPtrArray  *header;        /* char * into buf: lower-cased column names */
} CsvReader;

static void
csv_reader_clear (CsvReader *r)
{
  g_clear_pointer (&r->buf, g_free);
  g_clear_pointer (&r->fields, g_ptr_array_unref);
  g_clear_pointer (&r->header, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvReader, csv_reader_clear)

/* Picks the delimiter that occurs most often, outside quotes, in the
 * header line; ',' when there is none. */
static char
detect_delimiter (const char *p)
{
  guint comma = 0, semicolon = 0, tab = 0;
  gboolean quoted = FALSE;

  for (; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        comma++;
      else if (!quoted && *p == ';')
        semicolon++;
      else if (!quoted && *p == '\t')
        tab++;
    }
  if (tab > 0 && tab >= semicolon && tab >= comma)
    return '\t';
  if (semicolon > comma)
    return ';';
  return ',';
}

/* Takes @buf (NUL-terminated at @len) from @file; frees it on failure. */
static gboolean
csv_reader_open_data (CsvReader  *r,
                      const char *file,
                      char       *buf,
                      gsize       len,
                      GError    **error)
{
  r->path = file;
  r->buf = buf;
  if (!sp_io_check_text (file, buf, len, TRUE, error) ||
      !sp_io_check_characters (file, buf, len, TRUE, error) ||
      !sp_io_check_line_length (file, buf, len, error))
    return FALSE;
  r->pos = r->buf;
  r->end = r->buf + len;
  if (g_str_has_prefix (r->pos, "\xEF\xBB\xBF"))
    r->pos += 3;
  r->delim = detect_delimiter (r->pos);
  r->decimal_comma = r->delim == ';';
  r->line = 1;
  r->fields = g_ptr_array_sized_new (16);
  return TRUE;
}

/* Trims blanks around a field in place. */
static char *
trim (char *s,
      char *s_end)
{
  while (s < s_end && (*s == ' ' || *s == '\t'))
    s++;
  while (s_end > s && (s_end[-1] == ' ' || s_end[-1] == '\t'))
    s_end--;
  *s_end = '\0';
  return s;
}

/* Reads the next record into r->fields.  Returns 1, 0 at the end, or -1
 * with @error set.  Blank lines are skipped. */
static int
csv_next (CsvReader *r,
          GError   **error)
{
  char *p = r->pos;

  g_ptr_array_set_size (r->fields, 0);
  for (;;)
    {
      if (p >= r->end)
        {
          r->pos = p;
          return 0;
        }
      if (*p == '\n')
        r->line++;
      else if (*p != '\r')
        break;
      p++;
    }
  r->record_line = r->line;

  for (;;)
    {
      char *field = p;
      char *w = p;
      char c;

      if (*p == '"')
        {
          gint64 open_line = r->line;

          p++;
          for (;;)
            {
              if (p >= r->end)
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, r->path, open_line,
                                   _("unterminated quoted field"));
                  return -1;
                }
              if (*p == '"')
                {
                  if (p[1] == '"')
                    {
                      *w++ = '"';
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n')
                r->line++;
              /* a vertical tab is Excel's (Mac) line break in a cell */
              *w++ = *p == '\v' ? '\n' : *p;
              p++;
            }
          while (p < r->end && (*p == ' ' || (*p == '\t' && r->delim != '\t')))
            p++;
          if (*p == '\r' && p[1] == '\n')
            p++;
          if (p < r->end && *p != r->delim && *p != '\n')
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->line,
                               _("unexpected text after a closing quote"));
              return -1;
            }
          c = *p;
          *w = '\0';
          /* the unquoted text was written from where the quote was */
          g_ptr_array_add (r->fields, field);
        }
      else
        {
          while (p < r->end && *p != r->delim && *p != '\n')
            {
              if (*p == '\v')
                *p = '\n';  /* Excel's (Mac) line break in a cell */
              p++;
            }
          w = p;
          if (w > field && w[-1] == '\r' && *p != r->delim)
            w--;
          c = *p;
          g_ptr_array_add (r->fields, trim (field, w));
        }

      if (c == r->delim)
        {
          p++;
          continue;
        }
      if (c == '\n')
        {
          r->line++;
          p++;
        }
      r->pos = p;
      return 1;
    }
}

/* Opens @path (or, when @buf is not NULL, takes @buf of @len bytes as
 * its contents) and reads its header line into r->header. */
static gboolean
csv_open (CsvReader  *r,
          const char *path,
          char       *buf,
          gsize       len,
          GError    **error)
{
  if (buf == NULL && (buf = sp_io_read_file_raw (path, &len, error)) == NULL)
    return FALSE;
  if (!csv_reader_open_data (r, path, buf, len, error))
    return FALSE;
  if (csv_next (r, error) <= 0)
    {
      if (error != NULL && *error == NULL)
        sp_io_set_error (error, SP_ERROR_PARSE, path, 1, _("empty file"));
      return FALSE;
    }
  if (!sp_io_check_attributes (path, r->record_line, r->fields->len, error))
    return FALSE;
  r->header = g_ptr_array_sized_new (r->fields->len);
  for (guint i = 0; i < r->fields->len; i++)
    {
      char *name = g_ptr_array_index (r->fields, i);

      for (char *c = name; *c != '\0'; c++)
        *c = g_ascii_tolower (*c);
      for (guint j = 0; j < i && *name != '\0'; j++)
        if (strcmp (name, g_ptr_array_index (r->header, j)) == 0)
          {
            sp_io_set_error (error, SP_ERROR_PARSE, path, r->record_line,
                             _("duplicate column “%s”"), name);
            return FALSE;
          }
      g_ptr_array_add (r->header, name);
    }
  return TRUE;
}

static gint
csv_column (CsvReader  *r,
            const char *name,
            const char *alias)
{
  for (guint i = 0; i < r->header->len; i++)
    {
      const char *h = g_ptr_array_index (r->header, i);

      if (strcmp (h, name) == 0 || (alias != NULL && strcmp (h, alias) == 0))
        return (gint) i;
    }
  return -1;
}

/* Reads the next record, checking it against the header: fields beyond the
 * header, or under a column without a name, must be empty; missing fields
 * are empty.  Same return values as csv_next(). */
static int
csv_next_row (CsvReader *r,
              GError   **error)
{
  int ret = csv_next (r, error);

  if (ret <= 0)
    return ret;
  for (guint i = 0; i < r->fields->len; i++)
    {
      const char *value = g_ptr_array_index (r->fields, i);

      if (*value == '\0')
        continue;
      if (i >= r->header->len)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->record_line,
                           _("row has %u fields but the header has %u"),
                           r->fields->len, r->header->len);
          return -1;
        }
      if (*(const char *) g_ptr_array_index (r->header, i) == '\0')
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->record_line,
                           _("value “%s” in column %u, which has no name"), value, i + 1);
          return -1;
        }
    }
  while (r->fields->len < r->header->len)
    g_ptr_array_add (r->fields, (char *) "");
  return 1;
}

/* people.csv and clients.csv: every row kept until the columns are typed */
typedef enum {
  COL_SKIP,
  COL_ID,
  COL_NAME,
  COL_DEPARTMENT,
  COL_ROLE,
  COL_MANAGER,
  COL_KIND,
  COL_ATTRIBUTE,
} ColumnRole;

typedef struct {
  CsvReader     reader;
  GPtrArray    *cells;   /* rows × columns, char * into the buffer */
  GArray       *lines;   /* gint64: first line of each row */
  ColumnRole   *roles;
  SpAttribute **attrs;
} CsvTable;

static void
csv_table_clear (CsvTable *t)
{
  csv_reader_clear (&t->reader);
  g_clear_pointer (&t->cells, g_ptr_array_unref);
  g_clear_pointer (&t->lines, g_array_unref);
  g_clear_pointer (&t->roles, g_free);
  g_clear_pointer (&t->attrs, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvTable, csv_table_clear)

#define CELL(t, row, col) \
  ((const char *) g_ptr_array_index ((t)->cells, (gsize) (row) * (t)->reader.header->len + (col)))

/* Reads the rest of an opened people or clients file. */
static gboolean
csv_table_read (CsvTable *t,
                GError  **error)
{
  CsvReader *r = &t->reader;
  guint n_cols = r->header->len;
  int ret;

  t->roles = g_new0 (ColumnRole, n_cols);
  t->attrs = g_new0 (SpAttribute *, n_cols);
  for (guint i = 0; i < n_cols; i++)
    {
      const char *name = g_ptr_array_index (r->header, i);
      const char *field = sp_io_node_field (name);

      if (*name == '\0')
        t->roles[i] = COL_SKIP;
      else if (field == NULL)
        t->roles[i] = COL_ATTRIBUTE;
      else if (strcmp (field, "id") == 0)
        t->roles[i] = COL_ID;
      else if (strcmp (field, "name") == 0)
        t->roles[i] = COL_NAME;
      else if (strcmp (field, "department") == 0)
        t->roles[i] = COL_DEPARTMENT;
      else if (strcmp (field, "role") == 0)
        t->roles[i] = COL_ROLE;
      else if (strcmp (field, "manager") == 0)
        t->roles[i] = COL_MANAGER;
      else
        t->roles[i] = COL_KIND;
    }
  /* "name" and "label" (or "department" and "group") both present: the
   * first one wins, the other is an attribute */
  for (guint i = 0; i < n_cols; i++)
    for (guint j = 0; j < i; j++)
      if (t->roles[i] != COL_ATTRIBUTE && t->roles[i] != COL_SKIP && t->roles[i] == t->roles[j])
        t->roles[i] = COL_ATTRIBUTE;

  if (csv_column (r, "id", NULL) < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, 1, _("missing required column “%s”"), "id");
      return FALSE;
    }

  t->cells = g_ptr_array_new ();
  t->lines = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((ret = csv_next_row (r, error)) > 0)
    {
      for (guint i = 0; i < n_cols; i++)
        g_ptr_array_add (t->cells, g_ptr_array_index (r->fields, i));
      g_array_append_val (t->lines, r->record_line);
    }
  return ret == 0;
}

/* Decides, over every table that has it, whether a column is numeric. */
static SpAttrType
attribute_type (CsvTable  **tables,
                guint       n_tables,
                const char *name)
{
  for (guint k = 0; k < n_tables; k++)
    {
      CsvTable *t = tables[k];
      gint col;

      if (t == NULL || (col = csv_column (&t->reader, name, NULL)) < 0)
        continue;
      for (guint row = 0; row < t->lines->len; row++)
        {
          const char *value = CELL (t, row, col);
          double v;

          /* a number out of range does not make the column text: it is
           * refused below, where its line is known */
          if (*value != '\0' && !sp_io_parse_double (value, t->reader.decimal_comma, &v) &&
              !sp_io_number_too_large (value, t->reader.decimal_comma))
            return SP_ATTR_CATEGORICAL;
        }
    }
  return SP_ATTR_NUMERIC;
}

static gboolean
csv_table_add_nodes (SpNetwork  *network,
                     CsvTable   *t,
                     SpNodeKind  default_kind,
                     GError    **error)
{
  CsvReader *r = &t->reader;
  guint n_cols = r->header->len;

  for (guint row = 0; row < t->lines->len; row++)
    {
      gint64 line = g_array_index (t->lines, gint64, row);
      SpNodeKind kind = default_kind;
      const char *id = NULL;
      SpNode *node;
      gint index;

      for (guint col = 0; col < n_cols; col++)
        {
          const char *value = CELL (t, row, col);

          if (t->roles[col] == COL_ID)
            id = value;
          else if (t->roles[col] == COL_KIND && *value != '\0')
            {
              if (g_ascii_strcasecmp (value, "person") == 0)
                kind = SP_NODE_PERSON;
              else if (g_ascii_strcasecmp (value, "client") == 0)
                kind = SP_NODE_CLIENT;
              else
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                                   _("kind “%s” is neither “person” nor “client”"), value);
                  return FALSE;
                }
            }
        }
      index = sp_io_add_node (network, id, kind, r->path, line, error);
      if (index < 0)
        return FALSE;
      node = sp_network_node (network, index);
      for (guint col = 0; col < n_cols; col++)
        {
          const char *value = CELL (t, row, col);
          const char *interned;
          double v;

          if (*value == '\0')
            continue;
          interned = t->roles[col] >= COL_NAME && t->roles[col] <= COL_MANAGER
                     ? sp_network_intern (network, value) : NULL;
          switch (t->roles[col])
            {
            case COL_NAME:
              node->name = interned;
              break;
            case COL_DEPARTMENT:
              node->department = interned;
              break;
            case COL_ROLE:
              node->role = interned;
              break;
            case COL_MANAGER:
              node->manager = interned;
              break;
            case COL_ATTRIBUTE:
              if (t->attrs[col]->type == SP_ATTR_CATEGORICAL)
                sp_network_set_string (network, t->attrs[col], index, value);
              else if (sp_io_parse_double (value, r->decimal_comma, &v))
                sp_network_set_numeric (network, t->attrs[col], index, v);
              else
                {
                  sp_io_set_value_error (error, r->path, line, value, t->attrs[col]->name,
                                         r->decimal_comma);
                  return FALSE;
                }
              break;
            case COL_SKIP:
            case COL_ID:
            case COL_KIND:
            default:
              break;
            }
        }
    }
  return TRUE;
}

/* Ties.  Direction: ties are undirected, unless the file has a `directed`
 * column with at least one true value; then the data set is directed, and
 * each row whose `directed` is explicitly false stands for a tie both
 * ways (it is added a second time, reversed).  An empty `directed` cell
 * follows the data set. */
static gboolean
load_ties (SpNetwork  *network,
           CsvReader  *r,
           gboolean    strict,
           GError    **error)
{
  g_autoptr (GArray) undirected = g_array_new (FALSE, FALSE, sizeof (guint));
  gint col_source = csv_column (r, "source", "from");
  gint col_target = csv_column (r, "target", "to");
  gint col_type = csv_column (r, "type", NULL);
  gint col_weight = csv_column (r, "weight", NULL);
  gint col_directed = csv_column (r, "directed", NULL);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any_directed = FALSE;
  const char *last_type = NULL;
  guint last_type_index = 0;
  int ret;

  if (col_source < 0 || col_target < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, 1, _("missing required column “%s”"),
                       col_source < 0 ? "source" : "target");
      return FALSE;
    }

  /* one lookup per endpoint instead of sp_network_find_node()'s two, in
   * a table of ids only: twice as fast on a million ties */
  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    g_hash_table_insert (ids, (gpointer) sp_network_node (network, i)->id, GUINT_TO_POINTER (i + 1));

  while ((ret = csv_next_row (r, error)) > 0)
    {
      const char *ends[2] = { g_ptr_array_index (r->fields, col_source),
                              g_ptr_array_index (r->fields, col_target) };
      gint index[2];
      guint type = 0;
      double weight = 1.0;

      for (guint k = 0; k < 2; k++)
        {
          if (*ends[k] == '\0')
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->record_line,
                               k == 0 ? _("tie without a source") : _("tie without a target"));
              return FALSE;
            }
          index[k] = (gint) GPOINTER_TO_UINT (g_hash_table_lookup (ids, ends[k])) - 1;
          if (index[k] < 0 && strict)
            {
              sp_io_set_error (error, SP_ERROR_INVALID, r->path, r->record_line,
                               _("unknown node id “%s” in tie"), ends[k]);
              return FALSE;
            }
          if (index[k] < 0)
            {
              index[k] = sp_io_add_node (network, ends[k], SP_NODE_PERSON, r->path,
                                         r->record_line, error);
              if (index[k] < 0)
                return FALSE;
              g_hash_table_insert (ids, (gpointer) sp_network_node (network, index[k])->id,
                                   GUINT_TO_POINTER (index[k] + 1));
            }
        }
      if (col_type >= 0)
        {
          const char *value = g_ptr_array_index (r->fields, col_type);

          /* rows of one type tend to come together */
          if (last_type == NULL || strcmp (value, last_type) != 0)
            {
              last_type_index = sp_network_tie_type (network, value);
              last_type = g_ptr_array_index (network->tie_types, last_type_index);
            }
          type = last_type_index;
        }
      if (col_weight >= 0)
        {
          const char *value = g_ptr_array_index (r->fields, col_weight);

          if (*value != '\0' && !sp_io_parse_double (value, r->decimal_comma, &weight))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->record_line,
                               _("weight “%s” is not a number"), value);
              return FALSE;
            }
        }
      if (col_directed >= 0)
        {
          const char *value = g_ptr_array_index (r->fields, col_directed);
          gboolean directed;

          if (!sp_io_parse_bool (value, &directed))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, r->record_line,
                               _("directed “%s” is neither true nor false"), value);
              return FALSE;
            }
          if (directed)
            any_directed = TRUE;
          else if (*value != '\0')
            {
              guint tie = sp_network_n_ties (network);
              g_array_append_val (undirected, tie);
            }
        }
      if (!sp_io_add_tie (network, index[0], index[1], type, weight, r->path,
                          r->record_line, error))
        return FALSE;
    }
  if (ret < 0)
    return FALSE;

  network->directed = any_directed;
  if (any_directed && !sp_io_add_reverse_ties (network, undirected, r->path, error))
    return FALSE;
  return TRUE;
}

/* Loads the data set of @ties (opened, or with a NULL buffer when there is
 * no ties file), @people_path and @clients_path (either may be NULL). */
static SpNetwork *
csv_load (CsvReader  *ties,
          const char *people_path,
          const char *clients_path,
          GError    **error)
{
  g_autoptr (SpNetwork) network = sp_network_new ();
  g_auto (CsvTable) people = { { 0 } };
  g_auto (CsvTable) clients = { { 0 } };
  CsvTable *tables[2] = { NULL, NULL };
  g_autofree char *first_path = g_strdup (ties->buf != NULL ? ties->path : people_path);

  /* a lone CSV file of people, without source and target, is a network
   * without ties */
  if (ties->buf != NULL && people_path == NULL &&
      csv_column (ties, "id", NULL) >= 0 &&
      csv_column (ties, "source", "from") < 0 && csv_column (ties, "target", "to") < 0)
    {
      people.reader = *ties;
      memset (ties, 0, sizeof *ties);
      tables[0] = &people;
    }
  if (people_path != NULL)
    {
      if (!csv_open (&people.reader, people_path, NULL, 0, error))
        return NULL;
      tables[0] = &people;
    }
  if (clients_path != NULL)
    {
      if (!csv_open (&clients.reader, clients_path, NULL, 0, error))
        return NULL;
      tables[1] = &clients;
    }
  for (guint k = 0; k < 2; k++)
    if (tables[k] != NULL && !csv_table_read (tables[k], error))
      return NULL;

  /* attributes, in column order, typed over both files */
  for (guint k = 0; k < 2; k++)
    for (guint col = 0; tables[k] != NULL && col < tables[k]->reader.header->len; col++)
      if (tables[k]->roles[col] == COL_ATTRIBUTE)
        {
          const char *name = g_ptr_array_index (tables[k]->reader.header, col);
          SpAttribute *attr = sp_network_find_attribute (network, name);

          if (attr == NULL)
            {
              if (!sp_io_check_attributes (tables[k]->reader.path, 1,
                                           network->attributes->len + 1, error))
                return NULL;
              attr = sp_network_ensure_attribute (network, name,
                                                  attribute_type (tables, 2, name));
            }
          tables[k]->attrs[col] = attr;
        }

  if (tables[0] != NULL && !csv_table_add_nodes (network, tables[0], SP_NODE_PERSON, error))
    return NULL;
  if (tables[1] != NULL && !csv_table_add_nodes (network, tables[1], SP_NODE_CLIENT, error))
    return NULL;
  csv_table_clear (&people);
  csv_table_clear (&clients);

  if (ties->buf != NULL && !load_ties (network, ties, people_path != NULL, error))
    return NULL;

  /* a header and nothing else is a wrong export, not an empty organisation */
  if (sp_network_n_nodes (network) == 0)
    {
      sp_io_set_error (error, SP_ERROR_INVALID, first_path, 2,
                       _("no data: the file has a header and no rows"));
      return NULL;
    }
  return g_steal_pointer (&network);
}

SpNetwork *
sp_csv_load (const char *ties_path,
             const char *people_path,
             const char *clients_path,
             GError    **error)
{
  g_auto (CsvReader) ties = { 0 };

  g_return_val_if_fail (ties_path != NULL || people_path != NULL, NULL);

  if (ties_path != NULL && !csv_open (&ties, ties_path, NULL, 0, error))
    return NULL;
  return csv_load (&ties, people_path, clients_path, error);
}

SpNetwork *
sp_csv_load_data (const char *file,
                  char       *buf,
                  gsize       length,
                  GError    **error)
{
  g_auto (CsvReader) ties = { 0 };

  /* the reader takes @buf, and frees it */
  if (!csv_open (&ties, file, buf, length, error))
    return NULL;
  return csv_load (&ties, NULL, NULL, error);
}

/* Finds the file for @role ("people", "ties", "clients") in a folder: the
 * exact name first, else the one CSV file whose name contains it. */
static gboolean
find_in_folder (const char *folder,
                GPtrArray  *names,
                const char *role,
                char      **out,
                GError    **error)
{
  g_autofree char *exact = g_strconcat (role, ".csv", NULL);
  const char *found = NULL;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      if (g_ascii_strcasecmp (name, exact) == 0)
        {
          *out = g_build_filename (folder, name, NULL);
          return TRUE;
        }
    }
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (strstr (lower, role) == NULL)
        continue;
      if (found != NULL)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                       _("%s: both “%s” and “%s” could be the %s file"),
                       folder, found, name, role);
          return FALSE;
        }
      found = name;
    }
  if (found != NULL)
    *out = g_build_filename (folder, found, NULL);
  return TRUE;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

gboolean
sp_csv_folder_files (const char *folder,
                     char      **people,
                     char      **ties,
                     char      **clients,
                     GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GDir) dir = g_dir_open (folder, 0, &local_error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  *people = *ties = *clients = NULL;
  if (dir == NULL)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_IO, _("%s: cannot read: %s"), folder,
                   local_error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gsize len = strlen (name);

      if (len > 4 && (g_ascii_strcasecmp (name + len - 4, ".csv") == 0 ||
                      g_ascii_strcasecmp (name + len - 4, ".tsv") == 0))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  if (!find_in_folder (folder, names, "people", people, error) ||
      !find_in_folder (folder, names, "ties", ties, error) ||
      !find_in_folder (folder, names, "clients", clients, error))
    {
      g_clear_pointer (people, g_free);
      g_clear_pointer (ties, g_free);
      g_clear_pointer (clients, g_free);
      return FALSE;
    }
  return TRUE;
}

SpNetwork *
sp_csv_load_folder (const char *folder,
                    GError    **error)
{
  g_autofree char *people = NULL;
  g_autofree char *ties = NULL;
  g_autofree char *clients = NULL;

  if (!sp_csv_folder_files (folder, &people, &ties, &clients, error))
    return NULL;
  if (people == NULL && ties == NULL)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("%s: the folder holds neither people.csv nor ties.csv"), folder);
      return NULL;
    }
  return sp_csv_load (ties, people, clients, error);
}
