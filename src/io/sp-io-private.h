/* sp-io-private.h — what the importers share; not for use outside src/io.
 *
 * Each format lives in its own file (sp-csv.c, sp-graphml.c, sp-gexf.c,
 * sp-dot.c); sp-import.c picks one.  Every loader takes the whole file in
 * memory, checked for size, emptiness and (where the format requires it)
 * UTF-8, and returns a complete network or NULL with an error whose message
 * is "FILE:LINE: message".
 */
#pragma once

#include "sp-import.h"

G_BEGIN_DECLS

/* Files larger than this are refused (libxml2 takes an int length). */
#define SP_IO_MAX_FILE_SIZE ((gsize) G_MAXINT - 1)

/* Sets @error to "FILE:LINE: message" in SP_ERROR. */
void        sp_io_set_error        (GError    **error,
                                    SpErrorCode code,
                                    const char *file,
                                    gint64      line,
                                    const char *format,
                                    ...) G_GNUC_PRINTF (5, 6);

/* Prefixes an existing @error (for instance from sp_network_add_node)
 * with "FILE:LINE: ". */
void        sp_io_prefix_error     (GError    **error,
                                    const char *file,
                                    gint64      line);

/* Reads @path into a NUL-terminated buffer, refusing empty and huge files
 * and, when @check_utf8, invalid UTF-8 (reported at its line). */
char       *sp_io_read_file        (const char *path,
                                    gboolean    check_utf8,
                                    gsize      *length,
                                    GError    **error);

/* 1-based line of @pos in @buf. */
gint64      sp_io_line_at          (const char *buf,
                                    const char *pos);

/* Parses a whole number (surrounding blanks allowed); with @decimal_comma
 * "3,5" is 3.5.  FALSE unless the whole of @s is one finite number. */
gboolean    sp_io_parse_double     (const char *s,
                                    gboolean    decimal_comma,
                                    double     *value);

/* "true"/"yes"/"1" and friends, case-insensitive. */
gboolean    sp_io_parse_bool       (const char *s,
                                    gboolean   *value);

/* Maps a column / key name to a node field: "name", "department", "role",
 * "manager", "kind" or "id" (interned by GLib), or NULL for an attribute. */
const char *sp_io_node_field       (const char *name);

/* Sets @field (a name sp_io_node_field() returns, not "id") of node
 * @index to @value; an empty value is no value.  A kind other than
 * "person" or "client" is an error at FILE:LINE. */
gboolean    sp_io_set_node_field   (SpNetwork  *network,
                                    guint       index,
                                    const char *field,
                                    const char *value,
                                    const char *file,
                                    gint64      line,
                                    GError    **error);

/* The data set's name for the legend: the basename without extension. */
char       *sp_io_title_for_path   (const char *path);

/* Appends the reverse of every tie listed in @undirected (indices into
 * network->ties); used when a directed data set holds undirected ties. */
void        sp_io_add_reverse_ties (SpNetwork *network,
                                    GArray    *undirected);

SpNetwork  *sp_csv_load            (const char *ties_path,
                                    const char *people_path,
                                    const char *clients_path,
                                    GError    **error);
SpNetwork  *sp_csv_load_folder     (const char *folder,
                                    GError    **error);
SpNetwork  *sp_graphml_load        (const char *path,
                                    GError    **error);
SpNetwork  *sp_gexf_load           (const char *path,
                                    GError    **error);
SpNetwork  *sp_dot_load            (const char *path,
                                    GError    **error);

G_END_DECLS
