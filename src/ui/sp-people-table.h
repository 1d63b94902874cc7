/* sp-people-table.h — every person in a table: name, group, measures,
 * attributes; sortable, searchable, one row selected
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

#define SP_TYPE_PEOPLE_TABLE (sp_people_table_get_type ())
G_DECLARE_FINAL_TYPE (SpPeopleTable, sp_people_table, SP, PEOPLE_TABLE, GtkWidget)

GtkWidget     *sp_people_table_new          (void);
/* Shows the people of @network with @metrics (NULL: not measured yet).
 * Keeps the columns, their order and the sort when only the measures
 * change. */
void           sp_people_table_set_data     (SpPeopleTable *self,
                                             SpNetwork     *network,
                                             SpMetrics     *metrics);
/* Selects the row of @node (-1: none) without emitting
 * ::person-selected. */
void           sp_people_table_set_selected (SpPeopleTable *self,
                                             gint           node);
gint           sp_people_table_get_selected (SpPeopleTable *self);

/* For tests and the screenshots: the rows as shown, in order. */
guint          sp_people_table_n_rows       (SpPeopleTable *self);
guint          sp_people_table_row_node     (SpPeopleTable *self,
                                             guint          row);
/* Sorts by the column called @name ("name", "group", a measure's or an
 * attribute's name); FALSE when there is none. */
gboolean       sp_people_table_sort_by      (SpPeopleTable *self,
                                             const char    *name,
                                             GtkSortType    order);
GtkEditable   *sp_people_table_get_search   (SpPeopleTable *self);
/* The column view's model: the rows shown, sorted, one selectable. */
GtkSelectionModel *sp_people_table_get_model (SpPeopleTable *self);
/* The rows shown (@selected_only: the selected one) as CSV text: a
 * header first, then id and the cells as the table shows them, but
 * numbers exact as --metrics writes them. */
char          *sp_people_table_to_csv       (SpPeopleTable *self,
                                             gboolean       selected_only);

G_END_DECLS
