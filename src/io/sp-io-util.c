/* sp-io-util.c — what every importer shares (sp-io-private.h): messages
 * at FILE:LINE, reading and checking text, limits, numbers, node fields,
 * groups and positions a file leaves out. */
#define G_LOG_DOMAIN "sp-io"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

/* A value quoted in a message (“…”) is shown up to this many characters:
 * a crafted file can put megabytes into one field. */
#define MAX_QUOTED_CHARS 40

static char *
shorten_quotes (const char *message)
{
  GString *out = g_string_new (NULL);
  const char *p = message;
  const char *open;

  while ((open = strstr (p, "“")) != NULL)
    {
      const char *start = open + strlen ("“");
      const char *close = strstr (start, "”");
      const char *cut;

      if (close == NULL)
        break;
      g_string_append_len (out, p, start - p);
      if (g_utf8_strlen (start, close - start) > MAX_QUOTED_CHARS)
        {
          cut = g_utf8_offset_to_pointer (start, MAX_QUOTED_CHARS);
          g_string_append_len (out, start, cut - start);
          g_string_append (out, "…");
        }
      else
        g_string_append_len (out, start, close - start);
      p = close;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

/* What every message of an importer goes through: valid UTF-8 (it is
 * shown through Pango), long quoted values cut, control characters
 * escaped. */
static char *
clean_message (const char *message)
{
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  g_autofree char *shorter = shorten_quotes (valid);

  return sp_error_escape_controls (shorter);
}

void
sp_io_set_error (GError    **error,
                 SpErrorCode code,
                 const char *file,
                 gint64      line,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* a message may quote the file (or cgraph, or libxml2, may), and a
   * file name can hold anything too */
  {
    /* line 0: the file as a whole (a workbook's container) */
    g_autofree char *full = line > 0 ? g_strdup_printf ("%s:%" G_GINT64_FORMAT ": %s", file, line, message)
                                     : g_strdup_printf ("%s: %s", file, message);

    g_set_error_literal (error, SP_ERROR, code, full);
    g_free ((*error)->message);
    (*error)->message = clean_message (full);
  }
}

void
sp_io_prefix_error (GError    **error,
                    const char *file,
                    gint64      line)
{
  if (error != NULL && *error != NULL)
    {
      g_autofree char *full = g_strdup_printf ("%s:%" G_GINT64_FORMAT ": %s", file, line,
                                               (*error)->message);

      g_free ((*error)->message);
      (*error)->message = clean_message (full);
    }
}

gint64
sp_io_line_at (const char *buf,
               const char *pos)
{
  gint64 line = 1;

  for (const char *p = buf; p < pos; p++)
    {
      p = memchr (p, '\n', pos - p);
      if (p == NULL)
        break;
      line++;
    }
  return line;
}

char *
sp_io_read_file_raw (const char *path,
                     gsize      *length,
                     GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GMappedFile) mapped = NULL;
  char *contents;
  gsize len;

  /* Mapping first lets us refuse a huge file without reading it. */
  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_IO, _("%s: cannot read: %s"), path,
                   local_error->message);
      return NULL;
    }
  len = g_mapped_file_get_length (mapped);
  if (len > SP_IO_MAX_FILE_SIZE)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, path, 1,
                       _("file is too large: %lu MiB, the limit is %lu MiB"),
                       (unsigned long) (len / (1024 * 1024)),
                       (unsigned long) (SP_IO_MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }
  contents = g_malloc (len + 1);
  if (len > 0)
    memcpy (contents, g_mapped_file_get_contents (mapped), len);
  contents[len] = '\0';
  *length = len;
  return contents;
}

gboolean
sp_io_check_text (const char *file,
                  const char *buf,
                  gsize       length,
                  gboolean    check_utf8,
                  GError    **error)
{
  const char *end;
  gsize blank = 0;

  while (blank < length && strchr (" \t\r\n", buf[blank]) != NULL && buf[blank] != '\0')
    blank++;
  if (blank == length)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, file, 1, _("empty file"));
      return FALSE;
    }
  if (check_utf8 && !g_utf8_validate (buf, length, &end))
    {
      /* g_utf8_validate() stops at a NUL byte too */
      if (*end == '\0')
        sp_io_set_error (error, SP_ERROR_PARSE, file, sp_io_line_at (buf, end),
                         _("NUL byte: this is not a text file"));
      else
        sp_io_set_error (error, SP_ERROR_PARSE, file, sp_io_line_at (buf, end),
                         _("invalid UTF-8"));
      return FALSE;
    }
  return TRUE;
}

gboolean
sp_io_check_characters (const char *file,
                        const char *buf,
                        gsize       length,
                        gboolean    allow_vertical_tab,
                        GError    **error)
{
  const char *end = buf + length;

  for (const char *p = buf; p < end; p++)
    {
      guchar c = (guchar) *p;
      gunichar bad = 0;

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
          !(c == '\v' && allow_vertical_tab))
        bad = c;
      else if (c == 0xEF && end - p >= 3 && (guchar) p[1] == 0xBF &&
               ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF))
        bad = (guchar) p[2] == 0xBE ? 0xFFFE : 0xFFFF;
      if (bad == 0)
        continue;
      if (bad < 0x20)
        sp_io_set_error (error, SP_ERROR_PARSE, file, sp_io_line_at (buf, p),
                         _("control character U+%04X is not allowed"), bad);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, file, sp_io_line_at (buf, p),
                         _("character U+%04X is not allowed"), bad);
      return FALSE;
    }
  return TRUE;
}

gboolean
sp_io_check_line_length (const char *file,
                         const char *buf,
                         gsize       length,
                         GError    **error)
{
  const char *p = buf, *end = buf + length;
  gint64 line = 1;

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = (nl != NULL ? nl : end) - p;

      if (n > SP_IO_MAX_LINE_LENGTH)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                           _("line is too long: the limit is %lu MiB"),
                           (unsigned long) (SP_IO_MAX_LINE_LENGTH / (1024 * 1024)));
          return FALSE;
        }
      if (nl == NULL)
        break;
      p = nl + 1;
      line++;
    }
  return TRUE;
}

gboolean
sp_io_check_attributes (const char *file,
                        gint64      line,
                        guint       n_attributes,
                        GError    **error)
{
  if (n_attributes <= SP_IO_MAX_ATTRIBUTES)
    return TRUE;
  sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                   _("too many attributes: the limit is %u"), SP_IO_MAX_ATTRIBUTES);
  return FALSE;
}

gboolean
sp_io_values_fit (SpNetwork *network)
{
  return (guint64) (sp_network_n_nodes (network) + 1) * network->attributes->len <= SP_IO_MAX_VALUES;
}

gint
sp_io_add_node (SpNetwork  *network,
                const char *id,
                SpNodeKind  kind,
                const char *file,
                gint64      line,
                GError    **error)
{
  gint index;

  if (sp_network_n_nodes (network) >= SP_IO_MAX_NODES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                       _("too many nodes: the limit is %u"), SP_IO_MAX_NODES);
      return -1;
    }
  if (!sp_io_values_fit (network))
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                       _("too many values: %u attributes × %u nodes is more than the limit "
                         "of %u million"),
                       network->attributes->len, sp_network_n_nodes (network) + 1,
                       SP_IO_MAX_VALUES / 1000000);
      return -1;
    }
  index = sp_network_add_node (network, id, kind, error);
  if (index < 0)
    sp_io_prefix_error (error, file, line);
  return index;
}

gboolean
sp_io_add_tie (SpNetwork  *network,
               guint       source,
               guint       target,
               guint       type,
               double      weight,
               const char *file,
               gint64      line,
               GError    **error)
{
  if (sp_network_n_ties (network) >= SP_IO_MAX_TIES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                       _("too many ties: the limit is %u"), SP_IO_MAX_TIES);
      return FALSE;
    }
  sp_network_add_tie (network, source, target, type, weight);
  return TRUE;
}

char *
sp_io_read_file (const char *path,
                 gboolean    check_utf8,
                 gsize      *length,
                 GError    **error)
{
  g_autofree char *contents = NULL;
  gsize len;

  contents = sp_io_read_file_raw (path, &len, error);
  if (contents == NULL || !sp_io_check_text (path, contents, len, check_utf8, error))
    return NULL;
  if (length != NULL)
    *length = len;
  return g_steal_pointer (&contents);
}

typedef enum {
  NUMBER_OK,
  NUMBER_NOT,        /* not one number */
  NUMBER_TOO_LARGE,  /* a number, beyond ±SP_IO_MAX_NUMBER */
} NumberParse;

static NumberParse
parse_number (const char *s,
              gboolean    decimal_comma,
              double     *value)
{
  char buf[64];
  const char *start;
  char *end;
  gsize len;
  double v;

  if (s == NULL)
    return NUMBER_NOT;
  while (*s == ' ' || *s == '\t')
    s++;
  len = strlen (s);
  while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
    len--;
  if (len == 0)
    return NUMBER_NOT;
  if (len >= sizeof buf)
    {
      /* a long run of digits is a huge number; anything else is text */
      for (gsize i = 0; i < len; i++)
        if (!g_ascii_isdigit (s[i]) && !(i == 0 && strchr ("+-", s[i]) != NULL))
          return NUMBER_NOT;
      return NUMBER_TOO_LARGE;
    }
  memcpy (buf, s, len);
  buf[len] = '\0';
  if (decimal_comma)
    {
      char *comma = strchr (buf, ',');

      /* one decimal comma, and then no decimal point */
      if (comma != NULL)
        {
          if (strchr (buf, '.') != NULL || strchr (comma + 1, ',') != NULL)
            return NUMBER_NOT;
          *comma = '.';
        }
    }
  start = buf;
  /* g_ascii_strtod accepts "inf", "nan" and hex; a talent score is none of those */
  for (const char *p = start; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return NUMBER_NOT;
  errno = 0;
  v = g_ascii_strtod (start, &end);
  if (end == start || *end != '\0')
    return NUMBER_NOT;
  /* 1e400 overflows (ERANGE, inf); 1e308 does not, but sums, squares and
   * ranges of it do, in every measure and drawing */
  if (errno == ERANGE && fabs (v) < 1)
    return NUMBER_NOT;   /* underflow (1e-400), refused as before */
  if (errno == ERANGE || !isfinite (v) || fabs (v) > SP_IO_MAX_NUMBER)
    return NUMBER_TOO_LARGE;
  *value = v;
  return NUMBER_OK;
}

gboolean
sp_io_parse_double (const char *s,
                    gboolean    decimal_comma,
                    double     *value)
{
  return parse_number (s, decimal_comma, value) == NUMBER_OK;
}

gboolean
sp_io_number_too_large (const char *s,
                        gboolean    decimal_comma)
{
  double v;

  return parse_number (s, decimal_comma, &v) == NUMBER_TOO_LARGE;
}

void
sp_io_set_value_error (GError    **error,
                       const char *file,
                       gint64      line,
                       const char *value,
                       const char *name,
                       gboolean    decimal_comma)
{
  if (sp_io_number_too_large (value, decimal_comma))
    sp_io_set_error (error, SP_ERROR_LIMIT, file, line,
                     _("value “%s” of “%s” is out of range: the limit is ±%g"),
                     value, name, SP_IO_MAX_NUMBER);
  else
    sp_io_set_error (error, SP_ERROR_PARSE, file, line,
                     _("value “%s” of “%s” is not a number"), value, name);
}

gboolean
sp_io_parse_bool (const char *s,
                  gboolean   *value)
{
  static const char *const yes[] = { "true", "yes", "1", "y", "t", NULL };
  static const char *const no[] = { "false", "no", "0", "n", "f", "", NULL };
  g_autofree char *t = g_strstrip (g_strdup (s != NULL ? s : ""));

  for (guint i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (t, yes[i]) == 0)
      {
        *value = TRUE;
        return TRUE;
      }
  for (guint i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (t, no[i]) == 0)
      {
        *value = FALSE;
        return TRUE;
      }
  return FALSE;
}

const char *
sp_io_node_field (const char *name)
{
  static const struct { const char *alias, *field; } map[] = {
    { "id", "id" },
    { "name", "name" },
    { "label", "name" },
    { "department", "department" },
    { "dept", "department" },
    { "group", "department" },
    { "role", "role" },
    { "manager", "manager" },
    { "kind", "kind" },
    /* Dutch, as HR exports name them (a "team" or "unit" beside the
     * department stays an attribute of its own) */
    { "naam", "name" },
    { "afdeling", "department" },
    { "functie", "role" },
    { "rol", "role" },
    { "leidinggevende", "manager" },
  };

  if (name == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_ascii_strcasecmp (name, map[i].alias) == 0)
      return g_intern_static_string (map[i].field);
  return NULL;
}

gboolean
sp_io_set_node_field (SpNetwork  *network,
                      guint       index,
                      const char *field,
                      const char *value,
                      const char *file,
                      gint64      line,
                      GError    **error)
{
  SpNode *node = sp_network_node (network, index);
  const char *interned;

  if (value == NULL || *value == '\0')
    return TRUE;
  if (strcmp (field, "kind") == 0)
    {
      g_autofree char *kind = g_strstrip (g_strdup (value));

      if (g_ascii_strcasecmp (kind, "person") == 0)
        node->kind = SP_NODE_PERSON;
      else if (g_ascii_strcasecmp (kind, "client") == 0)
        node->kind = SP_NODE_CLIENT;
      else
        {
          sp_io_set_error (error, SP_ERROR_INVALID, file, line,
                           _("kind “%s” is neither “person” nor “client”"), value);
          return FALSE;
        }
      return TRUE;
    }
  interned = sp_network_intern (network, value);
  if (strcmp (field, "name") == 0)
    node->name = interned;
  else if (strcmp (field, "department") == 0)
    node->department = interned;
  else if (strcmp (field, "role") == 0)
    node->role = interned;
  else if (strcmp (field, "manager") == 0)
    node->manager = interned;
  return TRUE;
}

char *
sp_io_title_for_path (const char *path)
{
  g_autofree char *trimmed = g_strdup (path);
  g_autofree char *base = NULL;
  char *dot;
  gsize len = strlen (trimmed);

  /* "data/" names the folder "data" */
  while (len > 1 && G_IS_DIR_SEPARATOR (trimmed[len - 1]))
    trimmed[--len] = '\0';
  base = g_path_get_basename (trimmed);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base && !g_file_test (path, G_FILE_TEST_IS_DIR))
    *dot = '\0';

  /* a title for people: "southern-women" reads "Southern women"; a file
   * name may hold anything but a title is saved (as XML): valid UTF-8
   * without control characters */
  if (!g_utf8_validate (base, -1, NULL))
    {
      char *valid = g_utf8_make_valid (base, -1);

      g_free (base);
      base = valid;
    }
  for (char *p = base; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';
  g_strdelimit (base, "-_", ' ');
  if (*base != '\0')
    {
      gunichar first = g_utf8_get_char (base);
      char buf[8] = { 0 };
      const char *rest = g_utf8_next_char (base);

      g_unichar_to_utf8 (g_unichar_totitle (first), buf);
      return g_strconcat (buf, rest, NULL);
    }
  return g_steal_pointer (&base);
}

/* Nested graphs (yEd groups, GraphML's nested graphs, GEXF hierarchies)
 * are loaded flat: node @index gets the categorical attribute "parent",
 * the id of the group holding it (@attr caches the attribute). */
gboolean
sp_io_set_parent (SpNetwork    *network,
                  SpAttribute **attr,
                  const char   *path,
                  guint         index,
                  const char   *parent,
                  gint64        line,
                  GError      **error)
{
  if (*attr == NULL)
    {
      SpAttribute *found = sp_network_find_attribute (network, "parent");

      if (found != NULL && found->type != SP_ATTR_CATEGORICAL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, path, line,
                           _("a nested node needs the attribute “parent” for its group, "
                             "but the file declares “parent” a number"));
          return FALSE;
        }
      *attr = sp_network_ensure_attribute (network, "parent", SP_ATTR_CATEGORICAL);
    }
  sp_network_set_string (network, *attr, index, parent);
  return TRUE;
}

void
sp_io_place_missing (SpNetwork    *network,
                     const guint8 *given,
                     guint         n_given)
{
  guint n = sp_network_n_nodes (network);
  guint n_placed = 0, n_missing, cols, k = 0;
  double min_x = INFINITY, max_x = -INFINITY, min_y = INFINITY, max_y = -INFINITY;
  double w, h, step, x0;

  for (guint i = 0; i < n && i < n_given; i++)
    if (given[i])
      {
        min_x = MIN (min_x, network->x[i]);
        max_x = MAX (max_x, network->x[i]);
        min_y = MIN (min_y, network->y[i]);
        max_y = MAX (max_y, network->y[i]);
        n_placed++;
      }
  if (n_placed == 0)
    network->has_layout = FALSE;  /* no whole position: lay it all out */
  if (n_placed == 0 || n_placed == n || network->x == NULL)
    return;
  n_missing = n - n_placed;

  /* the spacing of the positioned nodes: the side of the square each one
   * has in their bounding box (or along it, when they lie on a line) */
  w = max_x - min_x;
  h = max_y - min_y;
  step = MAX (sqrt (w * h / n_placed), MAX (w, h) / n_placed);
  if (!isfinite (step) || step <= 0)
    step = 72.0;  /* one inch, in the layout's points */
  cols = (guint) ceil (sqrt ((double) n_missing));
  x0 = max_x + step;
  if (!isfinite (x0 + step * cols))
    x0 = min_x - step * (cols + 1);  /* no room on the right of huge coordinates */

  for (guint i = 0; i < n; i++)
    if (i >= n_given || !given[i])
      {
        network->x[i] = x0 + step * (k % cols);
        network->y[i] = min_y + step * (k / cols);
        k++;
      }
}

gboolean
sp_io_add_reverse_ties (SpNetwork  *network,
                        GArray     *undirected,
                        const char *file,
                        GError    **error)
{
  if ((guint64) sp_network_n_ties (network) + undirected->len > SP_IO_MAX_TIES)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, file, 1,
                       _("too many ties: the limit is %u"), SP_IO_MAX_TIES);
      return FALSE;
    }
  for (guint i = 0; i < undirected->len; i++)
    {
      SpTie t = *sp_network_tie (network, g_array_index (undirected, guint, i));

      if (t.source != t.target)
        sp_network_add_tie (network, t.target, t.source, t.type, t.weight);
    }
  return TRUE;
}

/* ---- the two-mode file convention (sp-import.h) ---- */

guint
sp_network_apply_bipartite (SpNetwork *network)
{
  static const char *const names[] = { "bipartite", "type" };
  guint n, changed = 0;

  g_return_val_if_fail (network != NULL, 0);

  n = sp_network_n_nodes (network);
  if (n == 0 || sp_network_n_clients (network) > 0)
    return 0;
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      SpAttribute *attr = sp_network_find_attribute (network, names[k]);
      const char *lo_s = NULL, *hi_s = NULL;
      double lo = INFINITY, hi = -INFINITY;
      gboolean ok = TRUE;

      if (attr == NULL)
        continue;
      for (guint i = 0; i < n && ok; i++)
        {
          if (attr->type == SP_ATTR_NUMERIC)
            {
              double v = attr->num[i];

              ok = !isnan (v);
              lo = MIN (lo, v);
              hi = MAX (hi, v);
            }
          else
            {
              /* igraph writes its boolean "type" as "true" / "false" */
              const char *v = attr->str[i];

              ok = v != NULL && (g_ascii_strcasecmp (v, "true") == 0 ||
                                 g_ascii_strcasecmp (v, "false") == 0);
              if (ok && g_ascii_strcasecmp (v, "true") == 0)
                hi_s = v;
              else if (ok)
                lo_s = v;
            }
        }
      if (!ok)
        continue;
      if (attr->type == SP_ATTR_NUMERIC)
        {
          /* exactly two values */
          for (guint i = 0; i < n && ok; i++)
            ok = attr->num[i] == lo || attr->num[i] == hi;
          if (!ok || !(hi > lo))
            continue;
          for (guint i = 0; i < n; i++)
            if (attr->num[i] == hi)
              {
                sp_network_node (network, i)->kind = SP_NODE_CLIENT;
                changed++;
              }
        }
      else
        {
          if (lo_s == NULL || hi_s == NULL)
            continue;
          for (guint i = 0; i < n; i++)
            if (g_ascii_strcasecmp (attr->str[i], "true") == 0)
              {
                sp_network_node (network, i)->kind = SP_NODE_CLIENT;
                changed++;
              }
        }
      if (changed > 0)
        break;
    }
  return changed;
}

char *
sp_io_decode_windows_1252 (const char *buf,
                           gsize      *length)
{
  gsize out = 0;
  char *converted;

  if (g_utf8_validate (buf, *length, NULL) || memchr (buf, '\0', *length) != NULL)
    return NULL;
  converted = g_convert (buf, *length, "UTF-8", "WINDOWS-1252", NULL, &out, NULL);
  if (converted == NULL || out > SP_IO_MAX_FILE_SIZE)
    {
      g_free (converted);
      return NULL;
    }
  *length = out;
  return converted;
}
