/* sp-workbook.c — Excel (.xlsx, Office Open XML) and OpenDocument (.ods)
 * workbooks: each sheet an SpTable, then the same column recognition as a
 * CSV file (sp-tables.c).
 *
 * The container is read with libarchive (Debian's libarchive-dev; the GNOME
 * Flatpak runtime ships it): it reads a zip from memory, entry by entry,
 * and says each entry's declared size before inflating it, so a zip bomb
 * is refused by its declaration and, should that lie, by the bytes counted
 * while inflating.  libgsf would do as well for the container, but it
 * brings its own XML layer and GObject types for what is here a loop over
 * entries; libzip needs a seekable source in a file.  The parts are parsed
 * with libxml2 through sp_xml_read_data() (no network, no entities, no
 * DTD, the usual size and depth limits).
 *
 * xlsx: xl/workbook.xml names the sheets and their relations,
 * xl/_rels/workbook.xml.rels their parts, xl/sharedStrings.xml the shared
 * strings, xl/styles.xml which cell styles are dates.  ods: content.xml
 * holds every table; repeated rows and columns are expanded only where
 * they hold a value, so the million empty rows LibreOffice declares cost
 * nothing.
 */
#define G_LOG_DOMAIN "sp-workbook"

#include "sp-xml-private.h"
#include "sp-i18n.h"

#include <archive.h>
#include <archive_entry.h>
#include <math.h>
#include <string.h>

#define MAX_ENTRIES     10000
#define MAX_BOMB_RATIO  100      /* inflated ÷ file size, past 1 MiB */
#define MAX_COLUMNS     16384    /* Excel's XFD */
#define MAX_REPEAT_ROWS 100000   /* a repeated row with values, expanded at most so often */

/* ---- the container ------------------------------------------------------ */

/* The parts we read, by name: GBytes, NUL-terminated. */
static gboolean
wanted_part (const char *name)
{
  return g_str_equal (name, "[Content_Types].xml") || g_str_equal (name, "mimetype") ||
         g_str_equal (name, "content.xml") || g_str_equal (name, "xl/workbook.xml") ||
         g_str_equal (name, "xl/_rels/workbook.xml.rels") ||
         g_str_equal (name, "xl/sharedStrings.xml") || g_str_equal (name, "xl/styles.xml") ||
         (g_str_has_prefix (name, "xl/") && g_str_has_suffix (name, ".xml") &&
          strstr (name, "worksheets/") != NULL);
}

static GHashTable *
read_zip (const char *file,
          const char *buf,
          gsize       length,
          GError    **error)
{
  g_autoptr (GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_bytes_unref);
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  guint64 total = 0;
  guint n_entries = 0;
  int r;

  archive_read_support_format_zip (a);
  if (archive_read_open_memory (a, buf, length) != ARCHIVE_OK)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, 0, _("not a valid workbook (%s)"),
                       archive_error_string (a) != NULL ? archive_error_string (a) : "zip");
      archive_read_free (a);
      return NULL;
    }
  while ((r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      const char *name = archive_entry_pathname (entry);
      GByteArray *data;
      char chunk[65536];
      la_ssize_t n;

      if (++n_entries > MAX_ENTRIES)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, file, 0,
                           _("not a valid workbook (more than %u parts)"), MAX_ENTRIES);
          goto fail;
        }
      if (name == NULL || !wanted_part (name))
        continue;
      if (archive_entry_size_is_set (entry) &&
          (guint64) archive_entry_size (entry) > SP_IO_MAX_FILE_SIZE)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, file, 0,
                           _("part “%s” inflates to more than the limit of %u MiB"), name,
                           (guint) (SP_IO_MAX_FILE_SIZE / (1024 * 1024)));
          goto fail;
        }
      data = g_byte_array_new ();
      while ((n = archive_read_data (a, chunk, sizeof chunk)) > 0)
        {
          total += (guint64) n;
          if (total > SP_IO_MAX_FILE_SIZE ||
              (total > 1024 * 1024 && total > (guint64) length * MAX_BOMB_RATIO))
            {
              g_byte_array_unref (data);
              sp_io_set_error (error, SP_ERROR_LIMIT, file, 0,
                               _("the workbook inflates to more than %u times its size: "
                                 "refused as a zip bomb"), MAX_BOMB_RATIO);
              goto fail;
            }
          g_byte_array_append (data, (const guint8 *) chunk, (guint) n);
        }
      if (n < 0)
        {
          g_byte_array_unref (data);
          sp_io_set_error (error, SP_ERROR_PARSE, file, 0, _("not a valid workbook (%s)"),
                           archive_error_string (a) != NULL ? archive_error_string (a) : "zip");
          goto fail;
        }
      g_byte_array_append (data, (const guint8 *) "", 1);
      g_hash_table_replace (parts, g_strdup (name), g_byte_array_free_to_bytes (data));
    }
  if (r != ARCHIVE_EOF)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, 0, _("not a valid workbook (%s)"),
                       archive_error_string (a) != NULL ? archive_error_string (a) : "zip");
      goto fail;
    }
  archive_read_free (a);
  return g_steal_pointer (&parts);

fail:
  archive_read_free (a);
  return NULL;
}

/* A part parsed, its messages naming "BOOK.xlsx:PART". */
static xmlDoc *
read_part (const char *file,
           GHashTable *parts,
           const char *name,
           gboolean    required,
           GError    **error)
{
  GBytes *bytes = g_hash_table_lookup (parts, name);
  g_autofree char *where = NULL;
  gsize len;
  const char *data;

  if (bytes == NULL)
    {
      if (required)
        sp_io_set_error (error, SP_ERROR_PARSE, file, 0,
                         _("not a valid workbook (it has no %s)"), name);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &len);
  where = g_strdup_printf ("%s:%s", file, name);
  return sp_xml_read_data (where, data, len - 1, error);
}

static xmlNode *
child (xmlNode    *node,
       const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (sp_xml_is (c, name))
      return c;
  return NULL;
}

/* All text below @node (rich-text runs, <text:s/> spaces, <text:line-break/>),
 * appended to @out; phonetic runs (<rPh>) left out. */
static void
append_text (GString *out,
             xmlNode *node)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) c->content);
      else if (sp_xml_is (c, "rPh"))
        continue;
      else if (sp_xml_is (c, "s"))
        {
          g_autofree char *count = sp_xml_prop (c, "c");
          gint64 k = count != NULL ? g_ascii_strtoll (count, NULL, 10) : 1;

          for (gint64 i = 0; i < CLAMP (k, 1, 1000); i++)
            g_string_append_c (out, ' ');
        }
      else if (sp_xml_is (c, "line-break"))
        g_string_append_c (out, '\n');
      else if (sp_xml_is (c, "tab"))
        g_string_append_c (out, '\t');
      else if (c->type == XML_ELEMENT_NODE)
        append_text (out, c);
    }
}

/* ---- cells into a table ------------------------------------------------- */

typedef struct {
  GPtrArray *rows;      /* GPtrArray of char * (NULL: empty), one per row with a value */
  GArray    *lines;     /* gint64: the sheet's row number of each */
  guint64    n_values;
} Sheet;

static void
sheet_clear (Sheet *s)
{
  g_clear_pointer (&s->rows, g_ptr_array_unref);
  g_clear_pointer (&s->lines, g_array_unref);
}

static GPtrArray *
sheet_row (Sheet  *s,
           gint64  line)
{
  GPtrArray *row;

  if (s->rows->len > 0 && g_array_index (s->lines, gint64, s->lines->len - 1) == line)
    return g_ptr_array_index (s->rows, s->rows->len - 1);
  row = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (s->rows, row);
  g_array_append_val (s->lines, line);
  return row;
}

static gboolean
sheet_set (Sheet      *s,
           const char *file,
           gint64      line,
           guint       col,
           char       *value,
           GError    **error)
{
  GPtrArray *row;

  if (value == NULL)
    return TRUE;
  g_strstrip (value);
  if (*value == '\0')
    {
      g_free (value);
      return TRUE;
    }
  if (col >= MAX_COLUMNS || ++s->n_values > SP_IO_MAX_VALUES)
    {
      g_free (value);
      sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                       col >= MAX_COLUMNS ? _("too many columns: the limit is %u")
                                          : _("too many values: the limit is %u"),
                       col >= MAX_COLUMNS ? MAX_COLUMNS : SP_IO_MAX_VALUES);
      return FALSE;
    }
  row = sheet_row (s, line);
  while (row->len <= col)
    g_ptr_array_add (row, NULL);
  g_free (g_ptr_array_index (row, col));
  g_ptr_array_index (row, col) = value;
  return TRUE;
}

/* The sheet as a table: its first row with a value is the header; the
 * columns are the header's, up to its last named one. */
static SpTable *
sheet_table (Sheet      *s,
             const char *file,
             const char *name)
{
  g_autofree char *where = g_strdup_printf ("%s[%s]", file, name);
  GPtrArray *header;
  SpTable *table;
  guint n_cols;

  if (s->rows->len == 0)
    return sp_table_new (where, name, 0);
  header = g_ptr_array_index (s->rows, 0);
  for (n_cols = header->len; n_cols > 0 && g_ptr_array_index (header, n_cols - 1) == NULL; n_cols--)
    ;
  table = sp_table_new (where, name, n_cols);
  for (guint r = 0; r < s->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (s->rows, r);
      g_autofree const char **cells = g_new0 (const char *, MAX (n_cols, 1));

      for (guint c = 0; c < n_cols && c < row->len; c++)
        cells[c] = g_ptr_array_index (row, c) != NULL ? g_ptr_array_index (row, c) : "";
      for (guint c = row->len; c < n_cols; c++)
        cells[c] = "";
      sp_table_append_row (table, g_array_index (s->lines, gint64, r), cells, n_cols);
    }
  return table;
}

static char *
format_number (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (v == floor (v) && fabs (v) < 1e15)
    return g_strdup_printf ("%.0f", v);
  return g_strdup (g_ascii_dtostr (buf, sizeof buf, v));
}

/* A serial date of the 1900 (or 1904) system as ISO 8601. */
static char *
format_date (double serial,
             gboolean date1904)
{
  g_autoptr (GDateTime) epoch = date1904 ? g_date_time_new_utc (1904, 1, 1, 0, 0, 0)
                                         : g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  g_autoptr (GDateTime) day = NULL;

  if (!(serial >= 0 && serial < 2958466))  /* 9999-12-31 */
    return format_number (serial);
  day = g_date_time_add_days (epoch, (gint) floor (serial));
  return day != NULL ? g_date_time_format (day, "%Y-%m-%d") : format_number (serial);
}

/* ---- xlsx --------------------------------------------------------------- */

typedef struct {
  const char *file;
  GPtrArray  *shared;   /* char * */
  gboolean   *date_style;
  guint       n_styles;
  gboolean    date1904;
} Xlsx;

static gboolean
date_format_code (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  for (const char *p = code; p != NULL && *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '[')
        bracket = TRUE;
      else if (*p == ']')
        bracket = FALSE;
      else if (!quoted && !bracket && strchr ("dDyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
read_styles (Xlsx       *x,
             GHashTable *parts)
{
  g_autoptr (xmlDoc) doc = read_part (x->file, parts, "xl/styles.xml", FALSE, NULL);
  g_autoptr (GHashTable) custom = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  xmlNode *xfs;
  guint n = 0;

  if (root == NULL)
    return;
  for (xmlNode *f = child (child (root, "numFmts"), "numFmt"); f != NULL; f = f->next)
    {
      g_autofree char *id = sp_xml_prop (f, "numFmtId");
      g_autofree char *code = sp_xml_prop (f, "formatCode");

      if (sp_xml_is (f, "numFmt") && id != NULL && date_format_code (code))
        g_hash_table_add (custom, GINT_TO_POINTER (atoi (id)));
    }
  xfs = child (root, "cellXfs");
  for (xmlNode *xf = xfs != NULL ? xfs->children : NULL; xf != NULL; xf = xf->next)
    n += sp_xml_is (xf, "xf");
  x->date_style = g_new0 (gboolean, MAX (n, 1));
  x->n_styles = n;
  n = 0;
  for (xmlNode *xf = xfs != NULL ? xfs->children : NULL; xf != NULL; xf = xf->next)
    if (sp_xml_is (xf, "xf"))
      {
        g_autofree char *id = sp_xml_prop (xf, "numFmtId");
        int fmt = id != NULL ? atoi (id) : 0;

        x->date_style[n++] = (fmt >= 14 && fmt <= 22) || (fmt >= 45 && fmt <= 47) ||
                             g_hash_table_contains (custom, GINT_TO_POINTER (fmt));
      }
}

/* "AB12" → column 27 (0-based), -1 when it names none */
static gint
column_of (const char *ref)
{
  gint col = 0;
  const char *p = ref;

  for (; p != NULL && g_ascii_isalpha (*p); p++)
    {
      col = col * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (col > MAX_COLUMNS)
        return MAX_COLUMNS;
    }
  return p == ref || p == NULL ? -1 : col - 1;
}

static gboolean
read_xlsx_sheet (Xlsx       *x,
                 xmlDoc     *doc,
                 Sheet      *s,
                 GError    **error)
{
  xmlNode *data = child (xmlDocGetRootElement (doc), "sheetData");
  gint64 next_row = 1;

  for (xmlNode *row = data != NULL ? data->children : NULL; row != NULL; row = row->next)
    {
      g_autofree char *r = NULL;
      gint64 line;
      gint next_col = 0;

      if (!sp_xml_is (row, "row"))
        continue;
      r = sp_xml_prop (row, "r");
      line = r != NULL ? g_ascii_strtoll (r, NULL, 10) : next_row;
      if (line < 1)
        line = next_row;
      next_row = line + 1;
      for (xmlNode *c = row->children; c != NULL; c = c->next)
        {
          g_autofree char *ref = NULL, *type = NULL, *style = NULL;
          xmlNode *v;
          char *value = NULL;
          gint col;

          if (!sp_xml_is (c, "c"))
            continue;
          ref = sp_xml_prop (c, "r");
          type = sp_xml_prop (c, "t");
          style = sp_xml_prop (c, "s");
          col = ref != NULL ? column_of (ref) : -1;
          if (col < 0)
            col = next_col;
          next_col = col + 1;
          v = child (c, "v");
          if (g_strcmp0 (type, "inlineStr") == 0)
            {
              GString *text = g_string_new (NULL);
              xmlNode *is = child (c, "is");

              if (is != NULL)
                append_text (text, is);
              value = g_string_free (text, FALSE);
            }
          else if (v == NULL)
            continue;
          else if (g_strcmp0 (type, "s") == 0)
            {
              g_autofree char *index = sp_xml_text (v);
              gint64 k = index != NULL ? g_ascii_strtoll (index, NULL, 10) : -1;

              if (k < 0 || (guint64) k >= x->shared->len)
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, x->file, line,
                                   _("cell %s refers to shared string %s, which does not exist"),
                                   ref != NULL ? ref : "?", index != NULL ? index : "?");
                  return FALSE;
                }
              value = g_strdup (g_ptr_array_index (x->shared, k));
            }
          else if (g_strcmp0 (type, "b") == 0)
            {
              g_autofree char *b = sp_xml_text (v);

              value = g_strdup (g_strcmp0 (b, "1") == 0 ? "true" : "false");
            }
          else if (g_strcmp0 (type, "str") == 0 || g_strcmp0 (type, "e") == 0 ||
                   g_strcmp0 (type, "d") == 0)
            value = sp_xml_text (v);  /* formula text, #N/A, ISO date */
          else
            {
              g_autofree char *text = sp_xml_text (v);
              double d;
              gint64 st = style != NULL ? g_ascii_strtoll (style, NULL, 10) : 0;

              if (text != NULL && sp_xml_parse_number (text, &d))
                value = st >= 0 && st < x->n_styles && x->date_style[st] ? format_date (d, x->date1904)
                                                                          : format_number (d);
              else
                value = g_steal_pointer (&text);
            }
          if (!sheet_set (s, x->file, line, (guint) col, value, error))
            return FALSE;
        }
    }
  return TRUE;
}

static GPtrArray *
read_xlsx (const char *file,
           GHashTable *parts,
           GError    **error)
{
  Xlsx x = { file, g_ptr_array_new_with_free_func (g_free), NULL, 0, FALSE };
  g_autoptr (xmlDoc) book = NULL;
  g_autoptr (xmlDoc) rels = NULL;
  g_autoptr (xmlDoc) strings = NULL;
  g_autoptr (GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_table_free);
  GError *local = NULL;
  xmlNode *pr;

  if ((book = read_part (file, parts, "xl/workbook.xml", TRUE, &local)) == NULL ||
      (rels = read_part (file, parts, "xl/_rels/workbook.xml.rels", TRUE, &local)) == NULL)
    goto fail;
  strings = read_part (file, parts, "xl/sharedStrings.xml", FALSE, &local);
  if (local != NULL)
    goto fail;
  pr = child (xmlDocGetRootElement (book), "workbookPr");
  if (pr != NULL)
    {
      g_autofree char *d1904 = sp_xml_prop (pr, "date1904");

      x.date1904 = g_strcmp0 (d1904, "1") == 0 || g_strcmp0 (d1904, "true") == 0;
    }
  read_styles (&x, parts);
  for (xmlNode *si = strings != NULL ? xmlDocGetRootElement (strings)->children : NULL; si != NULL;
       si = si->next)
    if (sp_xml_is (si, "si"))
      {
        GString *text = g_string_new (NULL);

        append_text (text, si);
        g_ptr_array_add (x.shared, g_string_free (text, FALSE));
      }
  for (xmlNode *rel = xmlDocGetRootElement (rels)->children; rel != NULL; rel = rel->next)
    if (sp_xml_is (rel, "Relationship"))
      {
        char *id = sp_xml_prop (rel, "Id");
        g_autofree char *target = sp_xml_prop (rel, "Target");

        if (id == NULL || target == NULL)
          {
            g_free (id);
            continue;
          }
        g_hash_table_replace (targets, id, target[0] == '/' ? g_strdup (target + 1)
                                                           : g_strconcat ("xl/", target, NULL));
      }
  for (xmlNode *sheet = child (child (xmlDocGetRootElement (book), "sheets"), "sheet");
       sheet != NULL; sheet = sheet->next)
    {
      g_autofree char *name = NULL, *rid = NULL;
      g_autoptr (xmlDoc) doc = NULL;
      const char *part;
      Sheet s = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
                  g_array_new (FALSE, FALSE, sizeof (gint64)), 0 };

      if (!sp_xml_is (sheet, "sheet"))
        {
          sheet_clear (&s);
          continue;
        }
      name = sp_xml_prop (sheet, "name");
      for (xmlAttr *a = sheet->properties; a != NULL && rid == NULL; a = a->next)
        if (g_strcmp0 ((const char *) a->name, "id") == 0)
          rid = (char *) xmlNodeGetContent ((xmlNode *) a);
      part = rid != NULL ? g_hash_table_lookup (targets, rid) : NULL;
      if (part == NULL || !g_hash_table_contains (parts, part))
        {
          sheet_clear (&s);
          continue;  /* a chart sheet, or a sheet without its part */
        }
      {
        g_autofree char *where = g_strdup_printf ("%s[%s]", file, name != NULL ? name : "?");

        x.file = where;
        doc = read_part (file, parts, part, TRUE, &local);
        if (doc == NULL || !read_xlsx_sheet (&x, doc, &s, &local))
          {
            sheet_clear (&s);
            goto fail;
          }
        x.file = file;
      }
      g_ptr_array_add (tables, sheet_table (&s, file, name != NULL ? name : "?"));
      sheet_clear (&s);
    }
  g_ptr_array_unref (x.shared);
  g_free (x.date_style);
  return tables;

fail:
  g_propagate_error (error, local);
  g_ptr_array_unref (x.shared);
  g_free (x.date_style);
  g_ptr_array_unref (tables);
  return NULL;
}

/* ---- ods ---------------------------------------------------------------- */

static gint64
repeat_of (xmlNode    *node,
           const char *name)
{
  g_autofree char *text = sp_xml_prop (node, name);
  gint64 n = text != NULL ? g_ascii_strtoll (text, NULL, 10) : 1;

  return n >= 1 ? n : 1;
}

static char *
ods_value (xmlNode *cell)
{
  g_autofree char *type = sp_xml_prop (cell, "value-type");
  g_autofree char *formula = sp_xml_prop (cell, "formula");
  GString *text;

  /* LibreOffice keeps a boolean as the number 1 or 0 of TRUE() or FALSE() */
  if (g_strcmp0 (formula, "of:=TRUE()") == 0 || g_strcmp0 (formula, "of:=FALSE()") == 0)
    return g_strdup (formula[4] == 'T' ? "true" : "false");

  if (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "percentage") == 0 ||
      g_strcmp0 (type, "currency") == 0)
    {
      g_autofree char *v = sp_xml_prop (cell, "value");
      double d;

      if (v != NULL && sp_xml_parse_number (v, &d))
        return format_number (d);
    }
  else if (g_strcmp0 (type, "boolean") == 0)
    {
      g_autofree char *v = sp_xml_prop (cell, "boolean-value");

      return g_strdup (g_strcmp0 (v, "true") == 0 ? "true" : "false");
    }
  else if (g_strcmp0 (type, "date") == 0)
    {
      char *v = sp_xml_prop (cell, "date-value");

      if (v != NULL && strlen (v) > 10 && v[10] == 'T' && g_str_has_suffix (v, "T00:00:00"))
        v[10] = '\0';
      return v;
    }
  text = g_string_new (NULL);
  for (xmlNode *p = cell->children; p != NULL; p = p->next)
    if (sp_xml_is (p, "p"))
      {
        if (text->len > 0)
          g_string_append_c (text, '\n');
        append_text (text, p);
      }
  return g_string_free (text, FALSE);
}

static gboolean
read_ods_table (const char *file,
                xmlNode    *table,
                Sheet      *s,
                GError    **error)
{
  gint64 line = 1;

  for (xmlNode *row = table->children; row != NULL; row = row->next)
    {
      gint64 rows;

      /* rows may sit in groups and headers */
      if (sp_xml_is (row, "table-row-group") || sp_xml_is (row, "table-header-rows") ||
          sp_xml_is (row, "table-rows"))
        {
          if (!read_ods_table (file, row, s, error))
            return FALSE;
          continue;
        }
      if (!sp_xml_is (row, "table-row"))
        continue;
      rows = repeat_of (row, "number-rows-repeated");
      {
        g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
        gboolean any = FALSE;
        guint col = 0;

        for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
          {
            gint64 cols;
            char *value;

            if (!sp_xml_is (cell, "table-cell") && !sp_xml_is (cell, "covered-table-cell"))
              continue;
            cols = repeat_of (cell, "number-columns-repeated");
            value = ods_value (cell);
            g_strstrip (value);
            if (*value == '\0')
              {
                g_free (value);
                col += (guint) MIN (cols, MAX_COLUMNS);
                continue;
              }
            for (gint64 k = 0; k < cols; k++)
              {
                if (col >= MAX_COLUMNS)
                  {
                    g_free (value);
                    sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                                     _("too many columns: the limit is %u"), MAX_COLUMNS);
                    return FALSE;
                  }
                while (values->len <= col)
                  g_ptr_array_add (values, NULL);
                g_ptr_array_index (values, col) = g_strdup (value);
                col++;
                any = TRUE;
              }
            g_free (value);
          }
        if (any)
          for (gint64 k = 0; k < MIN (rows, MAX_REPEAT_ROWS); k++)
            for (guint c = 0; c < values->len; c++)
              if (!sheet_set (s, file, line + k, c, g_strdup (g_ptr_array_index (values, c)), error))
                return FALSE;
      }
      line += rows;
    }
  return TRUE;
}

static GPtrArray *
read_ods (const char *file,
          GHashTable *parts,
          GError    **error)
{
  g_autoptr (xmlDoc) content = read_part (file, parts, "content.xml", TRUE, error);
  GPtrArray *tables;
  xmlNode *sheet;

  if (content == NULL)
    return NULL;
  sheet = child (child (xmlDocGetRootElement (content), "body"), "spreadsheet");
  tables = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_table_free);
  for (xmlNode *t = sheet != NULL ? sheet->children : NULL; t != NULL; t = t->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      Sheet s = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref),
                  g_array_new (FALSE, FALSE, sizeof (gint64)), 0 };

      if (!sp_xml_is (t, "table"))
        {
          sheet_clear (&s);
          continue;
        }
      name = sp_xml_prop (t, "name");
      where = g_strdup_printf ("%s[%s]", file, name != NULL ? name : "?");
      if (!read_ods_table (where, t, &s, error))
        {
          sheet_clear (&s);
          g_ptr_array_unref (tables);
          return NULL;
        }
      g_ptr_array_add (tables, sheet_table (&s, file, name != NULL ? name : "?"));
      sheet_clear (&s);
    }
  return tables;
}

/* ---- the workbook ------------------------------------------------------- */

GPtrArray *
sp_workbook_read (const char *file,
                  const char *buf,
                  gsize       length,
                  SpFormat    format,
                  GError    **error)
{
  g_autoptr (GHashTable) parts = NULL;

  if (length > SP_IO_MAX_FILE_SIZE)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, file, 0, _("the file is larger than %u MiB"),
                       (guint) (SP_IO_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  if ((parts = read_zip (file, buf, length, error)) == NULL)
    return NULL;
  if (format == SP_FORMAT_AUTO)
    format = g_hash_table_contains (parts, "xl/workbook.xml") ? SP_FORMAT_XLSX : SP_FORMAT_ODS;
  return format == SP_FORMAT_XLSX ? read_xlsx (file, parts, error) : read_ods (file, parts, error);
}

static gboolean
sheet_named (const SpTable      *t,
             const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (sp_column_name_matches (t->name, names[i]))
      return TRUE;
  return FALSE;
}

/* The people, ties and clients sheets of @tables (borrowed), by their
 * names; a workbook naming none is read by its first sheet with rows, as a
 * CSV file is. */
static gboolean
choose_sheets (const char     *file,
               GPtrArray      *tables,
               const SpTable **people,
               const SpTable **ties,
               const SpTable **clients,
               GError        **error)
{
  static const char *const people_names[] = {
    "people", "persons", "employees", "staff", "personen", "medewerkers", "mensen", "werknemers",
    NULL };
  static const char *const ties_names[] = {
    "ties", "links", "edges", "relations", "relationships", "network", "relaties", "banden",
    "netwerk", "verbindingen", NULL };
  static const char *const clients_names[] = { "clients", "customers", "klanten", NULL };

  *people = *ties = *clients = NULL;
  for (guint i = 0; i < tables->len; i++)
    {
      const SpTable *t = g_ptr_array_index (tables, i);

      if (*people == NULL && sheet_named (t, people_names))
        *people = t;
      else if (*ties == NULL && sheet_named (t, ties_names))
        *ties = t;
      else if (*clients == NULL && sheet_named (t, clients_names))
        *clients = t;
    }
  if (*people == NULL && *ties == NULL)
    for (guint i = 0; i < tables->len && *ties == NULL; i++)
      if (sp_table_n_rows (g_ptr_array_index (tables, i)) > 0)
        *ties = g_ptr_array_index (tables, i);
  if (*people == NULL && *ties == NULL)
    {
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; i < tables->len; i++)
        g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                                ((SpTable *) g_ptr_array_index (tables, i))->name);
      sp_io_set_error (error, SP_ERROR_PARSE, file, 0,
                       tables->len > 0 ? _("no sheet holds data (the sheets are %s)")
                                       : _("the workbook has no sheets%s"), names->str);
      return FALSE;
    }
  return TRUE;
}

SpNetwork *
sp_workbook_load_data (const char            *file,
                       const char            *buf,
                       gsize                  length,
                       SpFormat               format,
                       const SpImportOptions *options,
                       GError               **error)
{
  g_autoptr (GPtrArray) tables = sp_workbook_read (file, buf, length, format, error);
  const SpTable *people, *ties, *clients;
  SpNetwork *network;

  if (tables == NULL || !choose_sheets (file, tables, &people, &ties, &clients, error))
    return NULL;
  network = sp_tables_load (people, ties, clients, options, error);
  if (network != NULL && tables->len > 1)
    {
      g_autoptr (GString) used = g_string_new (NULL);
      const SpTable *chosen[] = { people, ties, clients };

      for (guint k = 0; k < G_N_ELEMENTS (chosen); k++)
        if (chosen[k] != NULL)
          g_string_append_printf (used, "%s“%s”", used->len > 0 ? ", " : "", chosen[k]->name);
      sp_network_add_note (network, _("%s: read the sheets %s"), file, used->str);
    }
  return network;
}

GPtrArray *
sp_workbook_preview (const char            *path,
                     const SpImportOptions *options,
                     guint                  max_rows,
                     GError               **error)
{
  g_autofree char *buf = NULL;
  gsize len = 0;
  g_autoptr (GPtrArray) tables = NULL;
  const SpTable *people, *ties, *clients;
  GPtrArray *out;

  if ((buf = sp_io_read_file_raw (path, &len, error)) == NULL ||
      (tables = sp_workbook_read (path, buf, len, SP_FORMAT_AUTO, error)) == NULL ||
      !choose_sheets (path, tables, &people, &ties, &clients, error))
    return NULL;
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_preview_table_free);
  sp_tables_preview (people, ties, clients, options, max_rows, out);
  return out;
}
