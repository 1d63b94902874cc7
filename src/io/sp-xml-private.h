/* sp-xml-private.h — libxml2 helpers shared by the GraphML and GEXF
 * importers; libxml2 types stay inside src/io. */
#pragma once

#include "sp-io-private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Parses @buf (NUL-terminated at @len), the contents of @path, safely:
 * no network, no DTD loading, no entity substitution; a document type
 * declaration with entities (billion laughs, XXE) is refused, an external
 * DTD is never loaded, and nesting beyond libxml2's limit of
 * SP_IO_MAX_DEPTH levels is refused.  Errors are "FILE:LINE: message". */
xmlDoc  *sp_xml_read_data  (const char *path,
                            const char *buf,
                            gsize       len,
                            GError    **error);

/* Whether @node is an element with local name @name (any namespace). */
gboolean sp_xml_is         (xmlNode    *node,
                            const char *name);

/* An attribute's value as a GLib string, or NULL. */
char    *sp_xml_prop       (xmlNode    *node,
                            const char *name);

/* Text content as a GLib string (never NULL). */
char    *sp_xml_text       (xmlNode    *node);

gint64   sp_xml_line       (xmlNode    *node);

/* Numbers in XML: "NaN" (igraph's missing value) and "" are missing. */
gboolean sp_xml_parse_number (const char *s,
                              double     *value);

G_END_DECLS
