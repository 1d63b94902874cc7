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
  /*< private >*/
  GPtrArray    *cells;         /* rows × n_cols const char *, row 0 the header */
  GArray       *lines;         /* gint64: each row's line */
  GStringChunk *strings;       /* holds the cells */
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
