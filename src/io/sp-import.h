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
  SP_FORMAT_GML,
} SpFormat;

typedef struct {
  SpFormat    format;
  const char *people_path;   /* --people, with a ties CSV */
  const char *clients_path;  /* --clients, with a ties CSV */
} SpImportOptions;

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
