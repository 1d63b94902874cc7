/* sp-table.h — a table of text cells: a CSV file, or one sheet of a
 * workbook, before its columns are given meaning.  Private to src/io.
 *
 * Row 0 is the header.  Every row has n_cols cells (short rows are padded
 * with ""); each cell is UTF-8 text, trimmed, "" when empty.  Numbers from
 * a workbook are written in C notation ("3.5", "1e-07"), booleans as
 * "true"/"false", dates as ISO 8601 ("2024-03-01"); a CSV file keeps its
 * own decimal mark (decimal_comma).  Messages about a cell name
 * "FILE:LINE: " with @file and the row's line (the sheet's row number in a
 * workbook).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char         *file;          /* for messages: the path, or "BOOK.xlsx[Sheet]" */
  char         *name;          /* the sheet's name, NULL for a text file */
  guint         n_cols;
  gboolean      decimal_comma; /* numbers are written "3,5" */
  char          delimiter;     /* a text file's: ',', ';' or '\t'; 0 in a workbook */
  const char   *encoding;      /* a text file's, as read: "UTF-8", "UTF-16LE",
                                * "WINDOWS-1252"...; NULL in a workbook */
  /*< private >*/
  GPtrArray    *cells;         /* rows × n_cols const char *, row 0 the header */
  GArray       *lines;         /* gint64: each row's line */
  GStringChunk *strings;       /* holds the cells */
  char         *buffer;        /* holds borrowed cells */
} SpTable;

SpTable    *sp_table_new        (const char *file,
                                 const char *name,
                                 guint       n_cols);
void        sp_table_free       (SpTable    *table);
/* Appends a row of @n_cells (at most n_cols; the rest are "") copied
 * into the table, from @line. */
void        sp_table_append_row (SpTable            *table,
                                 gint64              line,
                                 const char * const *cells,
                                 guint               n_cells);
/* Takes @buffer, freed with the table: rows appended with
 * sp_table_append_borrowed() point into it. */
void        sp_table_take_buffer     (SpTable *table,
                                      char    *buffer);
/* Appends a row whose cells (at most n_cols) are not copied: they live in
 * the table's buffer. */
void        sp_table_append_borrowed (SpTable    *table,
                                      gint64      line,
                                      char      **cells,
                                      guint       n_cells);
/* Rows after the header. */
guint       sp_table_n_rows     (const SpTable *table);
/* @row 0 is the header, 1 the first data row. */
const char *sp_table_cell       (const SpTable *table,
                                 guint          row,
                                 guint          col);
gint64      sp_table_line       (const SpTable *table,
                                 guint          row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpTable, sp_table_free)

G_END_DECLS
