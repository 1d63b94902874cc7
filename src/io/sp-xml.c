/* sp-xml.c — the libxml2 helpers the GraphML and GEXF importers share
 * (sp-xml-private.h): safe parsing, the attribute pre-scan, and reading
 * elements, properties, text and numbers. */
#define G_LOG_DOMAIN "sp-xml"

#include "sp-xml-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>

static gpointer
init_libxml (gpointer data)
{
  xmlInitParser ();
  return NULL;
}

gboolean
sp_xml_is (xmlNode    *node,
           const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *) node->name, name) == 0;
}

char *
sp_xml_prop (xmlNode    *node,
             const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

char *
sp_xml_text (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strdup (value != NULL ? (const char *) value : "");

  xmlFree (value);
  return copy;
}

gint64
sp_xml_line (xmlNode *node)
{
  return MAX (xmlGetLineNo (node), 1);
}

gboolean
sp_xml_parse_number (const char *s,
                     double     *value)
{
  g_autofree char *t = g_strstrip (g_strdup (s != NULL ? s : ""));

  if (*t == '\0' || g_ascii_strcasecmp (t, "nan") == 0)
    {
      *value = NAN;
      return TRUE;
    }
  return sp_io_parse_double (t, FALSE, value);
}

/* Whether the XML declaration names an encoding other than UTF-8. */
static gboolean
declares_other_encoding (const char *buf)
{
  g_autofree char *decl = NULL;
  const char *end;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GRegex) re = NULL;
  g_autofree char *encoding = NULL;

  if ((guchar) buf[0] == 0xFE || (guchar) buf[0] == 0xFF || buf[0] == '\0')
    return TRUE;  /* UTF-16 */
  if (!g_str_has_prefix (buf, "<?xml") || (end = strstr (buf, "?>")) == NULL)
    return FALSE;
  decl = g_strndup (buf, end - buf);
  re = g_regex_new ("encoding\\s*=\\s*[\"']([^\"']*)[\"']", 0, 0, NULL);
  if (!g_regex_match (re, decl, 0, &match))
    return FALSE;
  encoding = g_match_info_fetch (match, 1);
  return g_ascii_strcasecmp (encoding, "utf-8") != 0 && g_ascii_strcasecmp (encoding, "utf8") != 0;
}

/* The end of the first @close at or after @p (before @end), or NULL. */
static const char *
skip_past (const char *p,
           const char *end,
           const char *close)
{
  gsize n = strlen (close);

  for (; p + n <= end; p++)
    {
      p = memchr (p, close[0], end - p);
      if (p == NULL || p + n > end)
        return NULL;
      if (memcmp (p, close, n) == 0)
        return p + n;
    }
  return NULL;
}

/* libxml2 2.9 checks each attribute of a start tag against all before it
 * (and namespaces likewise): 200,000 attributes on one element take
 * minutes.  This byte scan, linear in the file, counts the attributes of
 * every start tag (one quoted value each) before libxml2 sees the text,
 * skipping comments, CDATA sections, processing instructions and
 * declarations.  What is not well-formed it leaves to libxml2. */
static gboolean
check_attribute_counts (const char *path,
                        const char *buf,
                        gsize       len,
                        GError    **error)
{
  const char *end = buf + len;
  const char *p = buf;

  while (p < end && (p = memchr (p, '<', end - p)) != NULL)
    {
      const char *tag = p;
      guint count = 0;

      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        p = skip_past (p + 4, end, "-->");
      else if (end - p >= 9 && memcmp (p, "<![CDATA[", 9) == 0)
        p = skip_past (p + 9, end, "]]>");
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        p = skip_past (p + 2, end, "?>");
      else if (end - p >= 2 && (p[1] == '!' || p[1] == '/'))
        p = skip_past (p + 2, end, ">");
      else
        {
          /* a start tag: count its quoted values up to its '>' */
          for (p++; p < end && *p != '>' && *p != '<'; p++)
            if (*p == '"' || *p == '\'')
              {
                const char *close = memchr (p + 1, *p, end - p - 1);

                if (close == NULL)
                  return TRUE;
                p = close;
                if (++count > SP_IO_MAX_ATTRIBUTES)
                  {
                    sp_io_set_error (error, SP_ERROR_LIMIT, path, sp_io_line_at (buf, tag),
                                     _("too many XML attributes on one element: the limit is %u"),
                                     SP_IO_MAX_ATTRIBUTES);
                    return FALSE;
                  }
              }
        }
      if (p == NULL)
        return TRUE;
    }
  return TRUE;
}

/* libxml2 reports the last error; the first one says what went wrong */
typedef struct {
  char   *message;
  gint64  line;
} FirstError;

static void
keep_first_error (void     *data,
                  xmlError *err)
{
  xmlParserCtxt *ctxt = data;
  FirstError *first = ctxt != NULL ? ctxt->_private : NULL;

  if (first != NULL && first->message == NULL && err != NULL && err->level >= XML_ERR_ERROR)
    {
      first->message = g_strdup (err->message != NULL ? err->message : _("unknown error"));
      first->line = err->line;
    }
}

xmlDoc *
sp_xml_read_data (const char *path,
                  const char *buf,
                  gsize       len,
                  GError    **error)
{
  static GOnce once = G_ONCE_INIT;
  g_autoptr (xmlDoc) doc = NULL;
  FirstError first = { NULL, 0 };
  xmlParserCtxt *ctxt;
  const char *doctype;
  const char *end;

  g_once (&once, init_libxml, NULL);

  if (!sp_io_check_text (path, buf, len, FALSE, error))
    return NULL;
  if (!declares_other_encoding (buf) && !g_utf8_validate (buf, len, &end))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, end),
                       *end == '\0' ? _("NUL byte: this is not a text file")
                                    : _("invalid UTF-8"));
      return NULL;
    }

  if (!check_attribute_counts (path, buf, len, error))
    return NULL;

  /* Entities are refused before libxml2 sees them, so that no expansion
   * (billion laughs) or external fetch (XXE) can happen; the check after
   * parsing catches what this search misses.  An external DTD is never
   * loaded (no XML_PARSE_DTDLOAD): the file is read without it. */
  doctype = strstr (buf, "<!DOCTYPE");
  if (doctype != NULL)
    {
      const char *entity = strstr (doctype, "<!ENTITY");

      if (entity != NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, path, sp_io_line_at (buf, entity),
                           _("entity declarations are not allowed"));
          return NULL;
        }
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      sp_io_set_error (error, SP_ERROR_LIMIT, path, 1, _("out of memory"));
      return NULL;
    }
  ctxt->_private = &first;
  ctxt->sax->serror = keep_first_error;
  /* never XML_PARSE_HUGE (it lifts the depth and size limits), nor
   * XML_PARSE_NOENT or XML_PARSE_DTDLOAD (entity substitution, external
   * DTDs) */
  doc = xmlCtxtReadMemory (ctxt, buf, (int) len, path, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                           XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES);
  if (doc == NULL || !ctxt->wellFormed)
    {
      xmlError *err = xmlCtxtGetLastError (ctxt);
      g_autofree char *message = NULL;
      gint64 line;

      if (first.message != NULL)
        {
          message = g_steal_pointer (&first.message);
          line = first.line;
        }
      else
        {
          message = g_strdup (err != NULL && err->message != NULL ? err->message : _("unknown error"));
          line = err != NULL ? err->line : 1;
        }
      xmlFreeParserCtxt (ctxt);

      if (g_str_has_prefix (message, "Excessive depth in document"))
        {
          /* libxml2's own message suggests an option the user cannot set */
          sp_io_set_error (error, SP_ERROR_LIMIT, path, MAX (line, 1),
                           _("elements nested too deeply: the limit is %d levels"),
                           SP_IO_MAX_DEPTH);
          return NULL;
        }

      /* the first line says it; libxml2 may quote the input after it */
      message[strcspn (message, "\n")] = '\0';
      g_strstrip (message);
      if (message[0] != '\0' && g_ascii_isupper (message[0]) && !g_ascii_isupper (message[1]))
        message[0] = g_ascii_tolower (message[0]);
      sp_io_set_error (error, SP_ERROR_PARSE, path, MAX (line, 1),
                       _("not well-formed XML: %s"), message);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);
  g_free (first.message);

  if ((doc->intSubset != NULL && (doc->intSubset->entities != NULL ||
                                  doc->intSubset->pentities != NULL)) ||
      doc->extSubset != NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, 1, _("entity declarations are not allowed"));
      return NULL;
    }
  return g_steal_pointer (&doc);
}
