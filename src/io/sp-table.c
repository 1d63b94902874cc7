/* sp-table.c — a table of text cells (see sp-table.h) */
#define G_LOG_DOMAIN "sp-table"

#include "sp-table.h"

#include <string.h>

SpTable *
sp_table_new (const char *file,
              const char *name,
              guint       n_cols)
{
  SpTable *table = g_new0 (SpTable, 1);

  table->file = g_strdup (file);
  table->name = g_strdup (name);
  table->n_cols = n_cols;
  table->cells = g_ptr_array_new ();
  table->lines = g_array_new (FALSE, FALSE, sizeof (gint64));
  table->strings = g_string_chunk_new (4096);
  return table;
}

void
sp_table_free (SpTable *table)
{
  if (table == NULL)
    return;
  g_free (table->file);
  g_free (table->name);
  g_ptr_array_unref (table->cells);
  g_array_unref (table->lines);
  g_string_chunk_free (table->strings);
  g_free (table->buffer);
  g_free (table);
}

void
sp_table_append_row (SpTable            *table,
                     gint64              line,
                     const char * const *cells,
                     guint               n_cells)
{
  g_return_if_fail (n_cells <= table->n_cols);

  for (guint i = 0; i < table->n_cols; i++)
    {
      const char *cell = i < n_cells && cells[i] != NULL ? cells[i] : "";

      g_ptr_array_add (table->cells,
                       *cell == '\0' ? (char *) "" : g_string_chunk_insert_const (table->strings, cell));
    }
  g_array_append_val (table->lines, line);
}

void
sp_table_take_buffer (SpTable *table,
                      char    *buffer)
{
  g_return_if_fail (table->buffer == NULL);
  table->buffer = buffer;
}

void
sp_table_append_borrowed (SpTable  *table,
                          gint64    line,
                          char    **cells,
                          guint     n_cells)
{
  g_return_if_fail (n_cells <= table->n_cols);

  for (guint i = 0; i < table->n_cols; i++)
    g_ptr_array_add (table->cells, i < n_cells ? cells[i] : (char *) "");
  g_array_append_val (table->lines, line);
}

guint
sp_table_n_rows (const SpTable *table)
{
  return table->lines->len > 0 ? table->lines->len - 1 : 0;
}

const char *
sp_table_cell (const SpTable *table,
               guint          row,
               guint          col)
{
  g_return_val_if_fail (row < table->lines->len && col < table->n_cols, "");
  return g_ptr_array_index (table->cells, (gsize) row * table->n_cols + col);
}

gint64
sp_table_line (const SpTable *table,
               guint          row)
{
  g_return_val_if_fail (row < table->lines->len, 0);
  return g_array_index (table->lines, gint64, row);
}
