/* sp-import.c — picks the importer for a path or a buffer (the helpers
 * the importers share are in sp-io-util.c) */
#define G_LOG_DOMAIN "sp-import"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

static gboolean
has_suffix_ci (const char *s,
               const char *suffix)
{
  gsize ls = strlen (s), lx = strlen (suffix);

  return ls >= lx && g_ascii_strcasecmp (s + ls - lx, suffix) == 0;
}

/* GML: comments (#) and top-level pairs such as Creator "…" or Version 1,
 * then `graph [`. */
static gboolean
looks_like_gml (const char *p)
{
  for (;;)
    {
      const char *key;
      gsize n;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '#')
        {
          p = strchr (p, '\n');
          if (p == NULL)
            return FALSE;
          continue;
        }
      if (!g_ascii_isalpha (*p) && *p != '_')
        return FALSE;
      key = p;
      while (g_ascii_isalnum (*p) || *p == '_')
        p++;
      n = p - key;
      while (g_ascii_isspace (*p))
        p++;
      if (*p == '[')
        return n == 5 && strncmp (key, "graph", 5) == 0;
      if (*p == '"')
        {
          p = strchr (p + 1, '"');
          if (p == NULL)
            return FALSE;
          p++;
        }
      else if (g_ascii_isdigit (*p) || *p == '-' || *p == '+' || *p == '.')
        while (*p != '\0' && !g_ascii_isspace (*p) && *p != '[' && *p != ']')
          p++;
      else
        return FALSE;
    }
}

/* The format @path's extension names, or SP_FORMAT_AUTO: none we read. */
static SpFormat
format_of_extension (const char *path)
{
  static const struct { const char *suffix; SpFormat format; } known[] = {
    { ".csv", SP_FORMAT_CSV }, { ".tsv", SP_FORMAT_CSV },
    { ".graphml", SP_FORMAT_GRAPHML }, { ".gexf", SP_FORMAT_GEXF },
    { ".dot", SP_FORMAT_DOT }, { ".gv", SP_FORMAT_DOT }, { ".dl", SP_FORMAT_DL },
    { ".xlsx", SP_FORMAT_XLSX }, { ".ods", SP_FORMAT_ODS },
    { ".net", SP_FORMAT_PAJEK }, { ".paj", SP_FORMAT_PAJEK }, { ".gml", SP_FORMAT_GML },
  };

  for (guint i = 0; path != NULL && i < G_N_ELEMENTS (known); i++)
    if (has_suffix_ci (path, known[i].suffix))
      return known[i].format;
  return SP_FORMAT_AUTO;
}

SpFormat
sp_import_guess_format (const char *path,
                        const char *head,
                        gsize       head_len)
{
  g_autofree char *text = NULL;
  const char *p;

  if (format_of_extension (path) != SP_FORMAT_AUTO)
    return format_of_extension (path);
  if (head == NULL || head_len == 0)
    return SP_FORMAT_CSV;

  /* a zip: an OpenDocument file names its type first, uncompressed;
   * Office Open XML starts with its content types */
  if (head_len >= 4 && memcmp (head, "PK\003\004", 4) == 0)
    {
      if (g_strstr_len (head, head_len, "application/vnd.oasis.opendocument.spreadsheet") != NULL)
        return SP_FORMAT_ODS;
      if (g_strstr_len (head, head_len, "[Content_Types].xml") != NULL ||
          g_strstr_len (head, head_len, "xl/") != NULL)
        return SP_FORMAT_XLSX;
    }
  text = g_strndup (head, head_len);
  p = text;
  if (g_str_has_prefix (p, "\xEF\xBB\xBF"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;
  {
    /* Pajek: the first line that is no % comment is *Vertices or *Network */
    const char *q = p;

    while (*q == '%' && (q = strchr (q, '\n')) != NULL)
      while (g_ascii_isspace (*q))
        q++;
    if (q != NULL && (g_ascii_strncasecmp (q, "*vertices", 9) == 0 ||
                      g_ascii_strncasecmp (q, "*network", 8) == 0))
      return SP_FORMAT_PAJEK;
  }
  if (looks_like_gml (p))
    return SP_FORMAT_GML;
  if (*p == '<')
    {
      /* XML: the root element decides; skip the prolog by searching */
      const char *graphml = strstr (p, "<graphml");
      const char *gexf = strstr (p, "<gexf");

      if (gexf != NULL && (graphml == NULL || gexf < graphml))
        return SP_FORMAT_GEXF;
      if (graphml != NULL)
        return SP_FORMAT_GRAPHML;
      return has_suffix_ci (path != NULL ? path : "", ".xml") ? SP_FORMAT_GRAPHML : SP_FORMAT_CSV;
    }
  if (g_str_has_prefix (p, "/*") || g_str_has_prefix (p, "//"))
    return SP_FORMAT_DOT;
  {
    /* [strict] (graph|digraph) [id] { */
    g_auto (GStrv) words = g_regex_split_simple ("[\\s{]+", p, 0, 0);
    guint i = 0;

    if (words == NULL)  /* not UTF-8: text in another encoding */
      return SP_FORMAT_CSV;
    if (words[i] != NULL && g_ascii_strcasecmp (words[i], "strict") == 0)
      i++;
    if (words[i] != NULL && (g_ascii_strcasecmp (words[i], "graph") == 0 ||
                             g_ascii_strcasecmp (words[i], "digraph") == 0) &&
        strchr (p, '{') != NULL)
      return SP_FORMAT_DOT;
  }
  return SP_FORMAT_CSV;
}

/* What a file no importer reads looks like, from its first bytes: a
 * translated description, or NULL when it may well be a table (text in
 * UTF-8, UTF-16 or Windows-1252). */
static const char *
looks_like (const char *head,
            gsize       len)
{
  static const struct { const char *magic; gsize n; const char *what; } magic[] = {
    { "%PDF", 4, N_("a PDF document") },
    { "\x89PNG", 4, N_("a PNG image") },
    { "\xff\xd8\xff", 3, N_("a JPEG image") },
    { "GIF8", 4, N_("a GIF image") },
    { "\xd0\xcf\x11\xe0", 4, N_("an old Excel (.xls) or Word file: save it as .xlsx or CSV") },
    { "PK\x03\x04", 4, N_("a zip archive that is no workbook") },
    { "\x1f\x8b", 2, N_("a gzip archive: unpack it first") },
  };
  gsize i = 0;

  for (guint k = 0; k < G_N_ELEMENTS (magic); k++)
    if (len >= magic[k].n && memcmp (head, magic[k].magic, magic[k].n) == 0)
      return _(magic[k].what);
  /* UTF-16 is text (the CSV reader converts it); other NUL bytes the CSV
   * reader refuses at their line */
  if (len >= 2 && ((guchar) head[0] == 0xff || (guchar) head[0] == 0xfe))
    return NULL;
  if (len >= 3 && memcmp (head, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (head[i]))
    i++;
  if (i < len && (head[i] == '{' || (head[i] == '[' && i + 1 < len &&
                                     strchr ("{[\"\n\r 0123456789", head[i + 1]) != NULL)))
    return _("a JSON document");
  if (g_strstr_len (head, len, "<!DOCTYPE html") != NULL || g_strstr_len (head, len, "<html") != NULL ||
      g_strstr_len (head, len, "<!doctype html") != NULL)
    return _("an HTML page");
  return NULL;
}

/* Refuses, with what it looks like, a file read as a table that is none. */
static gboolean
check_table_head (const char *name,
                  const char *head,
                  gsize       len,
                  GError    **error)
{
  const char *what = looks_like (head, len);

  if (what == NULL)
    return TRUE;
  g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
               _("%s: not a format Samenspel reads (it looks like %s)"), name, what);
  return FALSE;
}

/* The first bytes of @path (none when it cannot be read: reading it says
 * why). */
static gsize
read_head (const char *path,
           char        head[512])
{
  gsize n = 0;
  FILE *f = g_fopen (path, "rb");

  if (f != NULL)
    {
      n = fread (head, 1, 512, f);
      fclose (f);
    }
  return n;
}

/* The format of the file @path, from its name and first bytes. */
static SpFormat
guess_path_format (const char *path)
{
  char head[512];
  gsize n = read_head (path, head);

  return sp_import_guess_format (path, head, n);
}

/* Parses @buf (NUL-terminated at @length, taken and freed) in @format;
 * messages name @name. */
static SpNetwork *
load_buffer (SpFormat               format,
             const char            *name,
             char                  *buf,
             gsize                  length,
             const SpImportOptions *options,
             GError               **error)
{
  g_autofree char *owned = buf;

  switch (format)
    {
    case SP_FORMAT_CSV:
      return sp_csv_load_data (name, g_steal_pointer (&owned), length, options, error);
    case SP_FORMAT_GRAPHML:
      return sp_graphml_load_data (name, owned, length, error);
    case SP_FORMAT_GEXF:
      return sp_gexf_load_data (name, owned, length, error);
    case SP_FORMAT_DOT:
      return sp_dot_load_data (name, owned, length, error);
    case SP_FORMAT_DL:
      return sp_dl_load_data (name, owned, length, error);
    case SP_FORMAT_XLSX:
    case SP_FORMAT_ODS:
      return sp_workbook_load_data (name, owned, length, format, options, error);
    case SP_FORMAT_PAJEK:
      return sp_pajek_load_data (name, owned, length, error);
    case SP_FORMAT_GML:
      return sp_gml_load_data (name, owned, length, error);
    case SP_FORMAT_AUTO:
    default:
      g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED, _("%s: unknown format"), name);
      return NULL;
    }
}

SpNetwork *
sp_import_file (const char            *path,
                const SpImportOptions *options,
                GError               **error)
{
  g_autoptr (SpNetwork) network = NULL;
  SpFormat format = options != NULL ? options->format : SP_FORMAT_AUTO;
  const char *people = options != NULL ? options->people_path : NULL;
  const char *clients = options != NULL ? options->clients_path : NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (format != SP_FORMAT_AUTO && format != SP_FORMAT_CSV)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                       _("%s: a folder can only hold CSV files"), path);
          return NULL;
        }
      network = sp_csv_load_folder (path, options, error);
    }
  else
    {
      if (format == SP_FORMAT_AUTO)
        format = guess_path_format (path);
      if (format != SP_FORMAT_CSV && (people != NULL || clients != NULL))
        {
          g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                       _("%s: people and clients files go with a ties CSV file"), path);
          return NULL;
        }
      switch (format)
        {
        case SP_FORMAT_CSV:
          {
            char head[512];
            gsize n = read_head (path, head);

            if (!check_table_head (path, head, n, error))
              return NULL;
          }
          network = sp_csv_load (path, people, clients, options, error);
          break;
        case SP_FORMAT_GRAPHML:
        case SP_FORMAT_GEXF:
        case SP_FORMAT_DOT:
        case SP_FORMAT_PAJEK:
        case SP_FORMAT_XLSX:
        case SP_FORMAT_ODS:
        case SP_FORMAT_DL:
        case SP_FORMAT_GML:
          {
            gsize len = 0;
            char *buf = sp_io_read_file_raw (path, &len, error);

            if (buf == NULL)
              return NULL;
            network = load_buffer (format, path, buf, len, options, error);
          }
          break;
        case SP_FORMAT_AUTO:
        default:
          g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED, _("%s: unknown format"), path);
          return NULL;
        }
    }
  if (network == NULL)
    return NULL;

  if (network->title == NULL)
    {
      g_autofree char *title = sp_io_title_for_path (path);
      sp_network_set_title (network, title);
    }
  g_free (network->source_path);
  network->source_path = g_strdup (path);
  return g_steal_pointer (&network);
}

GPtrArray *
sp_import_preview (const char            *path,
                   const SpImportOptions *options,
                   guint                  max_rows,
                   GError               **error)
{
  SpFormat format = options != NULL ? options->format : SP_FORMAT_AUTO;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) && format == SP_FORMAT_AUTO)
    format = guess_path_format (path);
  if (g_file_test (path, G_FILE_TEST_IS_DIR) || format == SP_FORMAT_CSV)
    return sp_csv_preview (path, options, max_rows, error);
  if (format == SP_FORMAT_XLSX || format == SP_FORMAT_ODS)
    return sp_workbook_preview (path, options, max_rows, error);
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sp_preview_table_free);
}

/* ---- remembered column maps ------------------------------------------ */

static char *
column_maps_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "samenspel", "column-maps.ini", NULL);
}

/* Data sets are known by their absolute, canonical path. */
static char *
column_map_key (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *real = realpath (absolute, NULL);

  return g_strdup (real != NULL ? real : absolute);
}

GPtrArray *
sp_column_map_recall (const char *path)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *store = column_maps_path ();
  g_autofree char *key = column_map_key (path);
  g_autofree char *spec = NULL;

  if (!g_key_file_load_from_file (file, store, G_KEY_FILE_NONE, NULL))
    return NULL;
  spec = g_key_file_get_string (file, "maps", key, NULL);
  /* a map that no longer parses (edited by hand) is forgotten */
  return spec != NULL && *spec != '\0' ? sp_column_map_parse (spec, NULL) : NULL;
}

gboolean
sp_column_map_remember (const char  *path,
                        GPtrArray   *map,
                        GError     **error)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *store = column_maps_path ();
  g_autofree char *folder = g_path_get_dirname (store);
  g_autofree char *key = column_map_key (path);
  g_autofree char *data = NULL;
  gsize length;

  g_key_file_load_from_file (file, store, G_KEY_FILE_KEEP_COMMENTS, NULL);
  if (map == NULL || map->len == 0)
    g_key_file_remove_key (file, "maps", key, NULL);
  else
    {
      g_autofree char *spec = sp_column_map_to_string (map);

      g_key_file_set_string (file, "maps", key, spec);
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, SP_ERROR, SP_ERROR_IO, "%s: %s", folder, g_strerror (saved));
      return FALSE;
    }
  data = g_key_file_to_data (file, &length, NULL);
  if (!g_file_set_contents_full (store, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 error))
    {
      g_prefix_error (error, "%s: ", store);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
sp_import_list_inputs (const char            *path,
                       const SpImportOptions *options)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (path != NULL, files);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      char *found[3] = { NULL, NULL, NULL };

      if (sp_csv_folder_files (path, &found[0], &found[1], &found[2], NULL))
        for (guint i = 0; i < G_N_ELEMENTS (found); i++)
          if (found[i] != NULL)
            g_ptr_array_add (files, found[i]);
    }
  else
    g_ptr_array_add (files, g_strdup (path));
  if (options != NULL && options->people_path != NULL)
    g_ptr_array_add (files, g_strdup (options->people_path));
  if (options != NULL && options->clients_path != NULL)
    g_ptr_array_add (files, g_strdup (options->clients_path));
  return files;
}

char *
sp_import_data_set_of (const char *path)
{
  g_autofree char *dir = NULL;
  char *found[3] = { NULL, NULL, NULL };
  gboolean in_set = FALSE, is_data = format_of_extension (path) != SP_FORMAT_AUTO;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_strdup (path);
  dir = g_path_get_dirname (path);
  if (!sp_csv_folder_files (dir, &found[0], &found[1], &found[2], NULL)
      || (found[0] == NULL && found[1] == NULL))
    {
      for (guint i = 0; i < G_N_ELEMENTS (found); i++)
        g_free (found[i]);
      return g_strdup (path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autofree char *a = found[i] ? g_canonicalize_filename (found[i], NULL) : NULL;
      g_autofree char *b = g_canonicalize_filename (path, NULL);

      in_set |= a != NULL && g_str_equal (a, b);
      g_free (found[i]);
    }
  /* one of the folder's files, or a note beside them (README.md,
   * strategy.txt): the folder; a workbook or GraphML file of its own: itself */
  return in_set || !is_data ? g_steal_pointer (&dir) : g_strdup (path);
}

SpNetwork *
sp_import_data (const char *data,
                gsize       length,
                SpFormat    format,
                const char *display_name,
                GError    **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autofree char *buf = NULL;
  const char *name = display_name != NULL ? display_name : "-";

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > SP_IO_MAX_FILE_SIZE)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, name, 1,
                       _("file is too large: %lu MiB, the limit is %lu MiB"),
                       (unsigned long) (length / (1024 * 1024)),
                       (unsigned long) (SP_IO_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  /* the importers want a terminator, and the CSV reader splits in place */
  buf = g_malloc (length + 1);
  if (length > 0)
    memcpy (buf, data, length);
  buf[length] = '\0';

  if (format == SP_FORMAT_AUTO)
    {
      format = sp_import_guess_format (display_name, buf, MIN (length, 512));
      if (format == SP_FORMAT_CSV && !check_table_head (name, buf, MIN (length, 512), error))
        return NULL;
    }
  network = load_buffer (format, name, g_steal_pointer (&buf), length, NULL, error);
  if (network == NULL)
    return NULL;
  if (network->title == NULL)
    {
      g_autofree char *title = sp_io_title_for_path (name);
      sp_network_set_title (network, title);
    }
  return g_steal_pointer (&network);
}
