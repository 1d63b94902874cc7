/* sp-import.h — one entry point for every input format.
 *
 * Every importer reports problems as a GError in SP_ERROR whose message
 * starts with "FILE:LINE: " and returns NULL: never a half-loaded network.
 */
#pragma once

#include "sp-network.h"

G_BEGIN_DECLS

typedef enum {
  SP_FORMAT_AUTO = 0,    /* by extension, then by content */
  SP_FORMAT_CSV,
  SP_FORMAT_GRAPHML,
  SP_FORMAT_GEXF,
  SP_FORMAT_DOT,
  SP_FORMAT_XLSX,        /* Office Open XML workbook */
  SP_FORMAT_ODS,         /* OpenDocument spreadsheet */
  SP_FORMAT_PAJEK,       /* .net, .paj */
  SP_FORMAT_DL,          /* UCINET DL */
  SP_FORMAT_GML,         /* .gml: networkx, igraph, Newman */
} SpFormat;

/* What a column of a table (a CSV file, a sheet) holds. */
typedef enum {
  SP_COLUMN_AUTO = 0,     /* recognised by its name, or an attribute */
  SP_COLUMN_ID,
  SP_COLUMN_NAME,
  SP_COLUMN_GROUP,        /* the department, team or unit */
  SP_COLUMN_ROLE,
  SP_COLUMN_MANAGER,
  SP_COLUMN_KIND,         /* person or client */
  SP_COLUMN_SOURCE,
  SP_COLUMN_TARGET,
  SP_COLUMN_TYPE,         /* the tie's type */
  SP_COLUMN_WEIGHT,
  SP_COLUMN_DIRECTED,
  SP_COLUMN_NUMERIC,      /* a numeric attribute (with its scale) */
  SP_COLUMN_CATEGORICAL,  /* a categorical attribute */
  SP_COLUMN_IGNORE,
} SpColumnRole;

/* One column's role, chosen by the user (--map or the import dialog). */
typedef struct {
  char         *column;     /* the column's name, as matched by sp_column_name_matches() */
  SpColumnRole  role;
  double        scale_min;  /* a numeric column's declared scale, or NAN */
  double        scale_max;
} SpColumnMapping;

typedef struct {
  SpFormat    format;
  const char *people_path;   /* --people, with a ties CSV */
  const char *clients_path;  /* --clients, with a ties CSV */
  GPtrArray  *column_map;    /* SpColumnMapping *, or NULL: roles by name */
} SpImportOptions;

/* The role names --map takes ("id", "name", "group", ... "ignore"), and
 * the role for one of them (SP_COLUMN_AUTO for "auto"; -1 when unknown). */
const char  *sp_column_role_name     (SpColumnRole role);
gint         sp_column_role_from_name (const char *name);
/* A role as the user reads it, translated ("Name", "Group"...). */
const char  *sp_column_role_label    (SpColumnRole role);

/* The role a column's header names, in English or Dutch, whatever its
 * case, accents, spaces or underscores ("Naam", "Personeelsnummer",
 * "Leidinggevende", "reports_to"): SP_COLUMN_AUTO when it names none.
 * @ties: the header of a ties table (source, target, type...) rather than
 * of people (id, name, group...). */
SpColumnRole sp_column_role_for_name (const char *header,
                                      gboolean    ties);
/* Whether @header and @column name the same column: equal once case,
 * accents and separators are set aside. */
gboolean     sp_column_name_matches  (const char *header,
                                      const char *column);

/* Parses --map's COLUMN:ROLE[:MIN-MAX][,COLUMN:ROLE…] ("naam:name,
 * potentieel:numeric:1-10") into SpColumnMapping *; NULL with @error set
 * (SP_ERROR_INVALID, a message naming the bad item) when it is wrong.
 * A column's name may hold spaces; a comma or colon in it cannot be
 * mapped this way. */
GPtrArray   *sp_column_map_parse     (const char  *spec,
                                      GError     **error);
/* The --map text for @map, which sp_column_map_parse() reads back. */
char        *sp_column_map_to_string (GPtrArray   *map);
/* A mapping for @column (copied), to add to a map. */
SpColumnMapping *sp_column_mapping_new (const char  *column,
                                        SpColumnRole role);
void         sp_column_mapping_free  (SpColumnMapping *mapping);

/* What the import dialog shows of one table (a CSV file, a sheet) before
 * it is read: its first rows, and each column's role as the file would be
 * read now, with @options' column map. */
typedef struct {
  char         *header;
  SpColumnRole  role;       /* never SP_COLUMN_AUTO */
  gboolean      mapped;     /* the role comes from the column map */
  guint         n_missing;  /* cells empty, or NA, n.v.t., #N/A… */
  double        scale_min;  /* a mapped numeric column's scale, or NAN */
  double        scale_max;
} SpPreviewColumn;

typedef struct {
  char            *file;          /* the path, or "BOOK.xlsx[Sheet]" */
  char            *sheet;         /* a workbook sheet's name, or NULL */
  gboolean         ties;          /* read as ties (else as people or clients) */
  gboolean         clients;       /* read as clients */
  char             delimiter;     /* ',', ';', '\t'; 0 in a workbook */
  gboolean         decimal_comma;
  char            *encoding;      /* "UTF-8", "UTF-16LE", "WINDOWS-1252"; NULL in a workbook */
  guint            n_rows;        /* data rows, the header not counted */
  guint            n_cols;
  SpPreviewColumn *columns;       /* n_cols */
  guint            n_shown;       /* rows in @cells */
  char           **cells;         /* n_shown × n_cols, row by row */
} SpPreviewTable;

void       sp_preview_table_free (SpPreviewTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpPreviewTable, sp_preview_table_free)

/* The tables @path holds (SpPreviewTable *, people first, then ties, then
 * clients), each with at most @max_rows rows shown; an empty array for a
 * file that is not a table (GraphML, GEXF, DOT, Pajek…), whose columns
 * need no mapping; NULL with @error set when it cannot be read. */
GPtrArray *sp_import_preview (const char            *path,
                              const SpImportOptions *options,
                              guint                  max_rows,
                              GError               **error);

/* The column map the user chose for the data set @path (a file or a
 * folder) in the import dialog, remembered in the user's data folder
 * (column-maps.ini), or NULL when there is none. */
GPtrArray *sp_column_map_recall   (const char  *path);
/* Remembers @map (NULL or empty: forgets) for @path; the file is written
 * atomically. */
gboolean   sp_column_map_remember (const char  *path,
                                   GPtrArray   *map,
                                   GError     **error);

/* Loads @path: a file in any supported format, or a folder holding
 * people.csv / ties.csv / clients.csv.  @options may be NULL. */
SpNetwork *sp_import_file    (const char            *path,
                              const SpImportOptions *options,
                              GError               **error);

/* The files sp_import_file() reads for @path and @options: @path itself,
 * or the people, ties and clients files of a folder; --people and
 * --clients.  For checking that no output overwrites an input. */
GPtrArray *sp_import_list_inputs (const char            *path,
                                  const SpImportOptions *options);

/* The data set a picked file stands for: the folder when @path is one of
 * a folder data set's people, ties and clients files, or a file beside
 * them in no format Samenspel reads (README.md, strategy.txt); else @path
 * itself (a folder too). */
char      *sp_import_data_set_of (const char            *path);

/* Loads a file held in memory: @data of @length bytes (NUL bytes and
 * all; no terminator needed), in @format (SP_FORMAT_AUTO guesses from
 * @display_name's extension and the first bytes).  Messages start with
 * "@display_name:LINE: ".  A CSV buffer is a ties file, or a people file
 * when it has an id column and no source/target. */
SpNetwork *sp_import_data    (const char            *data,
                              gsize                  length,
                              SpFormat               format,
                              const char            *display_name,
                              GError               **error);

/* Two-mode files from networkx and igraph mark the second mode with a
 * numeric node attribute "bipartite" (networkx: 0 and 1) or a boolean
 * "type" (igraph).  When @network has no clients and every person carries
 * such an attribute with exactly two values, the nodes with the larger
 * value (networkx's 1, igraph's true) become clients.  Returns how many
 * nodes became clients. */
guint      sp_network_apply_bipartite (SpNetwork *network);

/* Guess the format of @path from its extension and first bytes. */
SpFormat   sp_import_guess_format (const char *path,
                                   const char *head,
                                   gsize       head_len);

/* The GraphML sp_graphml_save() writes, in memory (@length bytes,
 * NUL-terminated), or NULL with @error set when the network holds text
 * XML 1.0 cannot carry (a control character such as U+0001). */
char      *sp_graphml_write_data (SpNetwork  *network,
                                  gsize      *length,
                                  GError    **error);

/* Writes @network as GraphML with Samenspel's keys (positions, view
 * state), atomically: a failure at any point (a full disk, a crash)
 * leaves the previous file as it was. */
gboolean   sp_graphml_save   (SpNetwork   *network,
                              const char  *path,
                              GError     **error);

G_END_DECLS
