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
#include "sp-table.h"

G_BEGIN_DECLS

/* Limits on what an importer accepts.  HR files come from spreadsheets,
 * survey tools and other programs; some are broken, some huge, some
 * crafted.  Each limit is far above any real organisation (and above
 * what the analysis can handle in a session) and keeps memory and time
 * bounded; passing one is an SP_ERROR_LIMIT error "FILE:LINE: message".
 *
 * - file size: 512 MiB (libxml2 also takes an int length)
 * - nodes (people and clients): 2,000,000
 * - ties: 20,000,000, counting the reverse of undirected ties in a
 *   directed data set
 * - attributes: 1,000 columns, keys, attribute declarations or XML
 *   attributes on one element
 * - line length in CSV and DOT: 1 MiB
 * - nesting: 256 levels of XML elements (libxml2's own limit without
 *   XML_PARSE_HUGE, which we never set) and of DOT braces / brackets
 * - numbers (scores, attributes, weights, positions): ±1e15, so that sums,
 *   squares and ranges of them stay finite in every measure and drawing
 *   (1e308 is a double, but 1e308 + 1e308 is not)
 */
#define SP_IO_MAX_FILE_SIZE   ((gsize) 512 * 1024 * 1024)
#define SP_IO_MAX_NODES       2000000u
#define SP_IO_MAX_TIES        20000000u
/* attributes × nodes: every attribute holds a value for every node, so a
 * small file that declares many attributes (GraphML keys, DOT attributes)
 * and many nodes would fill gigabytes (999 keys × 50,000 nodes, 1 MB:
 * 17 s and 564 MB).  100,000 people × 200 attributes fit. */
#define SP_IO_MAX_VALUES      20000000u
#define SP_IO_MAX_ATTRIBUTES  1000u
#define SP_IO_MAX_LINE_LENGTH ((gsize) 1024 * 1024)
#define SP_IO_MAX_DEPTH       256
#define SP_IO_MAX_NUMBER      1e15

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

/* Reads @path into a NUL-terminated buffer, refusing only what cannot be
 * read and files over SP_IO_MAX_FILE_SIZE. */
char       *sp_io_read_file_raw    (const char *path,
                                    gsize      *length,
                                    GError    **error);

/* The checks sp_io_read_file() makes on a buffer @file holds: not empty
 * (nor blank), and with @check_utf8 valid UTF-8 without NUL bytes. */
gboolean    sp_io_check_text       (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    gboolean    check_utf8,
                                    GError    **error);

/* Refuses what XML 1.0, and so the GraphML Samenspel saves, cannot hold
 * (see "writing" in sp-graphml.c): control characters other than tab,
 * LF and CR, and U+FFFE, U+FFFF, as "FILE:LINE: control character U+0001
 * is not allowed".  With @allow_vertical_tab a vertical tab passes: the
 * CSV reader reads it as the line break Excel on a Mac means by it.  The
 * XML formats need no such check: their parser refuses these. */
gboolean    sp_io_check_characters (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    gboolean    allow_vertical_tab,
                                    GError    **error);

/* Refuses a line longer than SP_IO_MAX_LINE_LENGTH. */
gboolean    sp_io_check_line_length (const char *file,
                                     const char *buf,
                                     gsize       length,
                                     GError    **error);

/* Refuses more than SP_IO_MAX_ATTRIBUTES columns, keys or attributes. */
gboolean    sp_io_check_attributes (const char *file,
                                    gint64      line,
                                    guint       n_attributes,
                                    GError    **error);

/* Whether one more node keeps attributes × nodes within SP_IO_MAX_VALUES. */
gboolean    sp_io_values_fit       (SpNetwork    *network);
/* sp_network_add_node() within SP_IO_MAX_NODES and SP_IO_MAX_VALUES;
 * errors at FILE:LINE. */
gint        sp_io_add_node         (SpNetwork  *network,
                                    const char *id,
                                    SpNodeKind  kind,
                                    const char *file,
                                    gint64      line,
                                    GError    **error);

/* sp_network_add_tie() within SP_IO_MAX_TIES; errors at FILE:LINE. */
gboolean    sp_io_add_tie          (SpNetwork  *network,
                                    guint       source,
                                    guint       target,
                                    guint       type,
                                    double      weight,
                                    const char *file,
                                    gint64      line,
                                    GError    **error);

/* 1-based line of @pos in @buf. */
gint64      sp_io_line_at          (const char *buf,
                                    const char *pos);

/* @buf as UTF-8 read as Windows-1252 (*@length updated) when it is not
 * UTF-8 (and holds no NUL); NULL when it is UTF-8 or cannot be. */
char       *sp_io_decode_windows_1252 (const char *buf,
                                       gsize      *length);

/* Parses a whole number (surrounding blanks allowed); with @decimal_comma
 * "3,5" is 3.5.  FALSE unless the whole of @s is one finite number within
 * ±SP_IO_MAX_NUMBER. */
gboolean    sp_io_parse_double     (const char *s,
                                    gboolean    decimal_comma,
                                    double     *value);

/* TRUE when @s is a number beyond ±SP_IO_MAX_NUMBER (1e400, 1e308, or a
 * long run of digits): out of range rather than text. */
gboolean    sp_io_number_too_large (const char *s,
                                    gboolean    decimal_comma);
/* The error for @value of attribute @name that is no number: "out of
 * range" (SP_ERROR_LIMIT) beyond SP_IO_MAX_NUMBER, else "not a number". */
void        sp_io_set_value_error  (GError    **error,
                                    const char *file,
                                    gint64      line,
                                    const char *value,
                                    const char *name,
                                    gboolean    decimal_comma);

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

/* The data set's name for the legend: the basename without extension,
 * "-" and "_" read as spaces, the first letter a capital. */
char       *sp_io_title_for_path   (const char *path);

/* Appends the reverse of every tie listed in @undirected (indices into
 * network->ties); used when a directed data set holds undirected ties.
 * Fails, at FILE:1, when that passes SP_IO_MAX_TIES. */
gboolean    sp_io_add_reverse_ties (SpNetwork  *network,
                                    GArray     *undirected,
                                    const char *file,
                                    GError    **error);

/* For a file that gives positions to some nodes and not others: @given
 * holds, for each of @network's first @n_given nodes, whether it had both
 * coordinates (nodes past @n_given had none).  The others are placed on a
 * grid to the right of the positioned ones, at their typical spacing, so
 * that none lies on top of another (at (0,0)) or of a positioned node.
 * When no node has both, the network has no layout (it is laid out as a
 * whole); when every node has, nothing changes. */
gboolean    sp_io_set_parent       (SpNetwork    *network,
                                    SpAttribute **attr,
                                    const char   *path,
                                    guint         index,
                                    const char   *parent,
                                    gint64        line,
                                    GError      **error);
void        sp_io_place_missing    (SpNetwork    *network,
                                    const guint8 *given,
                                    guint         n_given);

SpNetwork  *sp_csv_load            (const char            *ties_path,
                                    const char            *people_path,
                                    const char            *clients_path,
                                    const SpImportOptions *options,
                                    GError               **error);
/* The people, ties and clients files a folder holds (each NULL when
 * absent; with a people file, a single other table is the ties, as a
 * survey export beside the HR file is); FALSE when the folder cannot be
 * read or is ambiguous. */
gboolean    sp_csv_folder_files    (const char *folder,
                                    char      **people,
                                    char      **ties,
                                    char      **clients,
                                    GError    **error);
SpNetwork  *sp_csv_load_folder     (const char            *folder,
                                    const SpImportOptions *options,
                                    GError               **error);

/* Each format from memory (sp-import.c reads files once, for every
 * format): @buf (NUL-terminated at @length) holds a file whose messages
 * name @file.  The CSV loader takes @buf (and frees it); the others only
 * read it.  A CSV buffer is a ties file, or a people file without
 * source/target. */
SpNetwork  *sp_csv_load_data       (const char            *file,
                                    char                  *buf,
                                    gsize                  length,
                                    const SpImportOptions *options,
                                    GError               **error);
SpNetwork  *sp_graphml_load_data   (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);
SpNetwork  *sp_gexf_load_data      (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);
SpNetwork  *sp_dot_load_data       (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);

/* The data set held in tables (a CSV file, a workbook's sheets): people,
 * ties and clients, any of them NULL but not both people and ties.  The
 * columns' roles come from their names (English and Dutch) unless
 * @options maps them.  The tables are only read. */
SpNetwork  *sp_tables_load         (const SpTable         *people,
                                    const SpTable         *ties,
                                    const SpTable         *clients,
                                    const SpImportOptions *options,
                                    GError               **error);

/* Survey exports (sp-survey.c): @survey in the long shape (respondent,
 * question, named, strength) or as a names × names matrix, its people
 * matched to @people (may be NULL).  *@handled is FALSE, and NULL is
 * returned, when @survey is neither. */
SpNetwork  *sp_survey_load         (const SpTable         *survey,
                                    const SpTable         *people,
                                    const SpImportOptions *options,
                                    gboolean              *handled,
                                    GError               **error);

/* Workbooks (sp-workbook.c): every sheet of an .xlsx or .ods file held in
 * @buf, as tables named "FILE[Sheet]", in the workbook's order. */
/* The preview of sp_import_preview() for these tables, as
 * sp_tables_load() would read them; adds to @out. */
void        sp_tables_preview      (const SpTable         *people,
                                    const SpTable         *ties,
                                    const SpTable         *clients,
                                    const SpImportOptions *options,
                                    guint                  max_rows,
                                    GPtrArray             *out);
GPtrArray  *sp_workbook_preview    (const char            *path,
                                    const SpImportOptions *options,
                                    guint                  max_rows,
                                    GError               **error);
GPtrArray  *sp_csv_preview         (const char            *path,
                                    const SpImportOptions *options,
                                    guint                  max_rows,
                                    GError               **error);
GPtrArray  *sp_workbook_read       (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    SpFormat    format,
                                    GError    **error);
SpNetwork  *sp_workbook_load_data  (const char            *file,
                                    const char            *buf,
                                    gsize                  length,
                                    SpFormat               format,
                                    const SpImportOptions *options,
                                    GError               **error);

/* The network formats of classic ONA data sets (sp-pajek.c, sp-dl.c,
 * sp-gml.c). */
SpNetwork  *sp_pajek_load_data     (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);
SpNetwork  *sp_dl_load_data        (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);
SpNetwork  *sp_gml_load_data       (const char *file,
                                    const char *buf,
                                    gsize       length,
                                    GError    **error);

G_END_DECLS
