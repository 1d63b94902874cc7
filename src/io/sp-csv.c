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
  GPtrArray  *header;        /* char * into buf: the column names */
  const char *encoding;      /* what the file was converted from, or NULL */
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

/* Whether @buf holds a valid UTF-8 sequence of more than one byte: then a
 * byte that is not UTF-8 is a broken UTF-8 file, not a Windows-1252 one
 * (whose accented letters are single bytes that seldom pair up). */
static gboolean
has_utf8_sequence (const char *buf,
                   gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) buf[i] >= 0xC2 && (guchar) buf[i] <= 0xF4)
      {
        gunichar c = g_utf8_get_char_validated (buf + i, MIN (len - i, 4));

        if (c != (gunichar) -1 && c != (gunichar) -2)
          return TRUE;
      }
  return FALSE;
}

/* Converts @r's buffer (NUL-terminated at *@len) to UTF-8 when it is not:
 * UTF-16 with a byte-order mark (Excel's "Unicode text"), or without one
 * when its second byte is NUL; text that is not valid UTF-8 but is valid
 * Windows-1252 (Excel's "CSV" on Windows).  Anything else is left for the
 * checks to refuse. */
static void
csv_decode (CsvReader *r,
            gsize     *len)
{
  const guchar *b = (const guchar *) r->buf;
  const char *from = NULL;
  gsize skip = 0;
  g_autofree char *converted = NULL;
  gsize out_len = 0;

  if (*len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
    from = "UTF-16LE", skip = 2;
  else if (*len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
    from = "UTF-16BE", skip = 2;
  else if (*len >= 4 && *len % 2 == 0 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
    from = "UTF-16LE";
  else if (*len >= 4 && *len % 2 == 0 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
    from = "UTF-16BE";
  else if (memchr (r->buf, '\0', *len) == NULL && !g_utf8_validate (r->buf, *len, NULL) &&
           !has_utf8_sequence (r->buf, *len))
    from = "WINDOWS-1252";
  if (from == NULL)
    return;
  converted = g_convert (r->buf + skip, *len - skip, "UTF-8", from, NULL, &out_len, NULL);
  if (converted == NULL || out_len > SP_IO_MAX_FILE_SIZE)
    return;
  g_free (r->buf);
  r->buf = g_steal_pointer (&converted);
  *len = out_len;
  r->encoding = from;
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
  csv_decode (r, &len);
  if (!sp_io_check_text (file, r->buf, len, TRUE, error) ||
      !sp_io_check_characters (file, r->buf, len, TRUE, error) ||
      !sp_io_check_line_length (file, r->buf, len, error))
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
  r->header = g_ptr_array_copy (r->fields, NULL, NULL);
  return TRUE;
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
      /* a first column without a name may hold a matrix's row labels
       * (sp-survey.c); sp_tables_load() refuses it otherwise */
      if (i > 0 && *(const char *) g_ptr_array_index (r->header, i) == '\0')
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

/* Reads the rest of an opened file into a table that takes the reader's
 * buffer. */
static SpTable *
csv_read_table (CsvReader *r,
                GError   **error)
{
  g_autoptr (SpTable) table = sp_table_new (r->path, NULL, r->header->len);
  int ret;

  table->decimal_comma = r->decimal_comma;
  table->delimiter = r->delim;
  table->encoding = r->encoding;
  sp_table_append_borrowed (table, 1, (char **) r->header->pdata, r->header->len);
  while ((ret = csv_next_row (r, error)) > 0)
    sp_table_append_borrowed (table, r->record_line, (char **) r->fields->pdata,
                              r->header->len);
  if (ret < 0)
    return NULL;
  sp_table_take_buffer (table, g_steal_pointer (&r->buf));
  return g_steal_pointer (&table);
}

/* @path (or, when @buf is not NULL, @buf of @len bytes, taken) as a table. */
static SpTable *
csv_table (const char *path,
           char       *buf,
           gsize       len,
           GError    **error)
{
  g_auto (CsvReader) r = { 0 };

  if (!csv_open (&r, path, buf, len, error))
    return NULL;
  return csv_read_table (&r, error);
}

/* The encoding notice: a file that was not UTF-8 was converted. */
static void
note_encoding (SpNetwork     *network,
               const SpTable *table)
{
  if (table == NULL || table->encoding == NULL)
    return;
  if (strcmp (table->encoding, "WINDOWS-1252") == 0)
    sp_network_add_note (network, _("%s: not UTF-8, read as Windows-1252 (Excel’s “CSV”): "
                                    "check that accented names look right"), table->file);
  else if (g_str_has_prefix (table->encoding, "UTF-16"))
    sp_network_add_note (network, _("%s: read as UTF-16 (Excel’s “Unicode text”)"),
                         table->file);
}

static SpNetwork *
csv_load_tables (SpTable               *ties,
                 const char            *people_path,
                 const char            *clients_path,
                 const SpImportOptions *options,
                 GError               **error)
{
  g_autoptr (SpTable) people = NULL;
  g_autoptr (SpTable) clients = NULL;
  SpNetwork *network = NULL;
  gboolean survey = FALSE;

  if (people_path != NULL && (people = csv_table (people_path, NULL, 0, error)) == NULL)
    return NULL;
  if (clients_path != NULL && (clients = csv_table (clients_path, NULL, 0, error)) == NULL)
    return NULL;
  if (clients == NULL)
    network = sp_survey_load (ties, people, options, &survey, error);
  if (!survey)
    network = sp_tables_load (people, ties, clients, options, error);
  if (network != NULL)
    {
      note_encoding (network, people);
      note_encoding (network, ties);
      note_encoding (network, clients);
    }
  return network;
}

SpNetwork *
sp_csv_load (const char            *ties_path,
             const char            *people_path,
             const char            *clients_path,
             const SpImportOptions *options,
             GError               **error)
{
  g_autoptr (SpTable) ties = NULL;

  g_return_val_if_fail (ties_path != NULL || people_path != NULL, NULL);

  if (ties_path != NULL && (ties = csv_table (ties_path, NULL, 0, error)) == NULL)
    return NULL;
  return csv_load_tables (ties, people_path, clients_path, options, error);
}

SpNetwork *
sp_csv_load_data (const char            *file,
                  char                  *buf,
                  gsize                  length,
                  const SpImportOptions *options,
                  GError               **error)
{
  /* the table takes @buf, and frees it */
  g_autoptr (SpTable) ties = csv_table (file, buf, length, error);

  if (ties == NULL)
    return NULL;
  return csv_load_tables (ties, NULL, NULL, options, error);
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
  /* a people file and one other table (a survey export, survey.csv): that
   * one holds the ties, rather than the folder loading its people alone */
  if (*people != NULL && *ties == NULL)
    {
      const char *other = NULL;
      guint n_other = 0;

      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

          g_autofree char *lower = g_ascii_strdown (g_ptr_array_index (names, i), -1);

          /* another people file (people_old.csv) is no ties table */
          if (g_strcmp0 (path, *people) == 0 || g_strcmp0 (path, *clients) == 0
              || strstr (lower, "people") != NULL || strstr (lower, "person") != NULL)
            continue;
          other = g_ptr_array_index (names, i);
          n_other++;
        }
      if (n_other == 1)
        *ties = g_build_filename (folder, other, NULL);
    }
  return TRUE;
}

SpNetwork *
sp_csv_load_folder (const char            *folder,
                    const SpImportOptions *options,
                    GError               **error)
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
  {
    SpNetwork *network = sp_csv_load (ties, people, clients, options, error);
    g_autofree char *base = ties != NULL ? g_path_get_basename (ties) : NULL;
    g_autofree char *lower = base != NULL ? g_ascii_strdown (base, -1) : NULL;

    /* say which table was taken for the ties when its name does not */
    if (network != NULL && lower != NULL && strstr (lower, "ties") == NULL)
      sp_network_add_note (network, _("%s: read as the ties (the folder has no ties.csv)"), base);
    return network;
  }
}

GPtrArray *
sp_csv_preview (const char            *path,
                const SpImportOptions *options,
                guint                  max_rows,
                GError               **error)
{
  g_autofree char *people_path = NULL;
  g_autofree char *ties_path = NULL;
  g_autofree char *clients_path = NULL;
  g_autoptr (SpTable) people = NULL;
  g_autoptr (SpTable) ties = NULL;
  g_autoptr (SpTable) clients = NULL;
  GPtrArray *out;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (!sp_csv_folder_files (path, &people_path, &ties_path, &clients_path, error))
        return NULL;
    }
  else
    {
      ties_path = g_strdup (path);
      if (options != NULL)
        {
          people_path = g_strdup (options->people_path);
          clients_path = g_strdup (options->clients_path);
        }
    }
  if ((people_path != NULL && (people = csv_table (people_path, NULL, 0, error)) == NULL) ||
      (ties_path != NULL && (ties = csv_table (ties_path, NULL, 0, error)) == NULL) ||
      (clients_path != NULL && (clients = csv_table (clients_path, NULL, 0, error)) == NULL))
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_preview_table_free);
  if (people != NULL || ties != NULL)
    sp_tables_preview (people, ties, clients, options, max_rows, out);
  return out;
}
