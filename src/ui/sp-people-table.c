/* sp-people-table.c — every person in a table
 *
 * A list of node indices (people only, clients left out) → filtered by the
 * search entry → sorted by the column view's sorter → one row selected.
 * The cells are made from the network and the measures when bound, so a
 * new set of measures costs a rebind, not a rebuild; the columns are
 * rebuilt only for another network (other attributes).
 */
#include "config.h"
#include "sp-people-table.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sp-text.h"

/* ---- one row: a node index ---------------------------------------------- */

#define SP_TYPE_PEOPLE_ROW (sp_people_row_get_type ())
G_DECLARE_FINAL_TYPE (SpPeopleRow, sp_people_row, SP, PEOPLE_ROW, GObject)

struct _SpPeopleRow {
  GObject parent_instance;
  guint   node;
};

G_DEFINE_FINAL_TYPE (SpPeopleRow, sp_people_row, G_TYPE_OBJECT)

static void sp_people_row_class_init (SpPeopleRowClass *klass) { }
static void sp_people_row_init (SpPeopleRow *self) { }

static SpPeopleRow *
sp_people_row_new (guint node)
{
  SpPeopleRow *row = g_object_new (SP_TYPE_PEOPLE_ROW, NULL);

  row->node = node;
  return row;
}

/* ---- the table ---------------------------------------------------------- */

typedef enum {
  COLUMN_NAME,
  COLUMN_GROUP,
  COLUMN_MEASURE,
  COLUMN_ATTRIBUTE,
} ColumnKind;

typedef struct {
  SpPeopleTable *table;   /* not a reference: the table owns the columns */
  ColumnKind     kind;
  guint          measure; /* COLUMN_MEASURE */
  SpAttribute   *attr;    /* COLUMN_ATTRIBUTE, the network's */
  char          *name;    /* for sp_people_table_sort_by() and the CSV */
  char          *title;
} Column;

struct _SpPeopleTable {
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkWidget          *search;
  GtkWidget          *count;
  GtkColumnView      *view;
  GListStore         *store;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  SpNetwork          *network;   /* a reference */
  SpMetrics          *metrics;   /* a reference, or NULL */
  GPtrArray          *columns;   /* Column * */
  GPtrArray          *folded;    /* char *, per node: the names folded once */
  char               *query;     /* folded, NULL: everybody */
  gint                selected;  /* the person selected, kept while a
                                  * search hides their row */
  gboolean            syncing;   /* the selection is being set from outside */
};

G_DEFINE_FINAL_TYPE (SpPeopleTable, sp_people_table, GTK_TYPE_WIDGET)

enum {
  PERSON_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
column_free (Column *c)
{
  g_free (c->name);
  g_free (c->title);
  g_free (c);
}

static const char *
node_name (const SpNode *n)
{
  return n->name != NULL ? n->name : n->id;
}

static double
column_number (Column *c,
               guint   node)
{
  SpPeopleTable *self = c->table;

  if (c->kind == COLUMN_MEASURE)
    {
      if (self->metrics == NULL || node >= sp_metrics_n_nodes (self->metrics))
        return NAN;
      return sp_metrics_column (self->metrics, c->measure)[node];
    }
  if (c->kind == COLUMN_ATTRIBUTE && c->attr->type == SP_ATTR_NUMERIC)
    return c->attr->num[node];
  return NAN;
}

static gboolean
column_is_numeric (Column *c)
{
  return c->kind == COLUMN_MEASURE
      || (c->kind == COLUMN_ATTRIBUTE && c->attr->type == SP_ATTR_NUMERIC);
}

/* A number for reading: three significant digits, none after the point
 * for whole numbers, in the user's locale (printf's decimal sign; the
 * main thread keeps the user's numbers, sp-locale.h), "" when missing. */
static char *
format_number (double value)
{
  int digits;

  if (isnan (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  digits = 3 - (value != 0 ? (int) floor (log10 (fabs (value))) + 1 : 1);
  return g_strdup_printf ("%.*f", CLAMP (digits, 0, 6), value);
}

/* The cell's text as the table shows it. */
static char *
column_text (Column *c,
             guint   node)
{
  SpPeopleTable *self = c->table;
  const SpNode *n = sp_network_node (self->network, node);

  switch (c->kind)
    {
    case COLUMN_NAME:
      return g_strdup (node_name (n));
    case COLUMN_GROUP:
      return g_strdup (n->department != NULL ? n->department : "");
    case COLUMN_MEASURE:
      return format_number (column_number (c, node));
    case COLUMN_ATTRIBUTE:
      if (c->attr->type == SP_ATTR_NUMERIC)
        return format_number (column_number (c, node));
      else
        {
          char *text = sp_network_attribute_text (self->network, c->attr, node);

          return text != NULL ? text : g_strdup ("");
        }
    }
  g_return_val_if_reached (NULL);
}

/* The cell as the CSV gets it: numbers exact, as --metrics writes them. */
static char *
column_csv_text (Column *c,
                 guint   node)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (column_is_numeric (c))
    return g_strdup (sp_metrics_format_value (buf, column_number (c, node)));
  return column_text (c, node);
}

/* Numbers by value, missing ones after every number; text in natural
 * order ("Team 9" before "Team 10"), empty after every text. */
static int
column_compare (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  Column *c = user_data;
  guint na = ((const SpPeopleRow *) a)->node;
  guint nb = ((const SpPeopleRow *) b)->node;

  if (column_is_numeric (c))
    {
      double x = column_number (c, na), y = column_number (c, nb);

      if (isnan (x) || isnan (y))
        return isnan (x) - isnan (y);
      return x < y ? -1 : x > y ? 1 : 0;
    }
  else
    {
      g_autofree char *x = column_text (c, na);
      g_autofree char *y = column_text (c, nb);

      if (x[0] == '\0' || y[0] == '\0')
        return (x[0] == '\0') - (y[0] == '\0');
      return sp_text_compare_natural (x, y);
    }
}

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            Column                   *c)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* numbers line up on the right, text on the left */
  gtk_label_set_xalign (GTK_LABEL (label), column_is_numeric (c) ? 1.0 : 0.0);
  if (column_is_numeric (c))
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *c)
{
  SpPeopleRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = column_text (c, row->node);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static gboolean
row_matches (gpointer item,
             gpointer user_data)
{
  SpPeopleTable *self = user_data;
  guint node = SP_PEOPLE_ROW (item)->node;

  if (self->query == NULL)
    return TRUE;
  return sp_text_match (g_ptr_array_index (self->folded, node), self->query) != SP_TEXT_MATCH_NONE;
}

static void
update_count (SpPeopleTable *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  if (shown == all)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", all), all);
  else
    /* TRANSLATORS: people shown by the search of the people table, of all */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u person", "%u of %u people", all), shown, all);
  gtk_label_set_text (GTK_LABEL (self->count), text);
}

/* The list view inside the column view: it has the scrolling action. */
static GtkWidget *
list_view (SpPeopleTable *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static void
scroll_to_selected (SpPeopleTable *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  GtkWidget *list = list_view (self);

  if (position != GTK_INVALID_LIST_POSITION && list != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

static void
search_changed_cb (SpPeopleTable *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  GtkFilter *filter = gtk_filter_list_model_get_filter (self->filtered);

  g_clear_pointer (&self->query, g_free);
  if (text[0] != '\0')
    self->query = sp_text_fold (text);
  self->syncing = TRUE;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  /* the person selected is selected again when the search shows them
   * again; hidden by it they stay the canvas's selection */
  sp_people_table_set_selected (self, self->selected);
  self->syncing = FALSE;
  update_count (self);
}

static void
selection_changed_cb (SpPeopleTable *self)
{
  if (self->syncing)
    return;
  self->selected = sp_people_table_get_selected (self);
  g_signal_emit (self, signals[PERSON_SELECTED], 0, self->selected);
}

/* shown again (the canvas was): the selected row in sight */
static void
sp_people_table_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sp_people_table_parent_class)->map (widget);
  scroll_to_selected (SP_PEOPLE_TABLE (widget));
}

static void
add_column (SpPeopleTable *self,
            ColumnKind     kind,
            guint          measure,
            SpAttribute   *attr,
            const char    *name,
            const char    *title)
{
  Column *c = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr (GtkColumnViewColumn) column = NULL;
  g_autoptr (GtkSorter) sorter = NULL;

  c->table = self;
  c->kind = kind;
  c->measure = measure;
  c->attr = attr;
  c->name = g_strdup (name);
  c->title = g_strdup (title);
  g_ptr_array_add (self->columns, c);

  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), c);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), c);
  column = gtk_column_view_column_new (title, factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (column_compare, c, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  /* names and groups are read, not compared at a glance: room for
   * "Mehmet van der Linden" and "Engineering" before the measures */
  if (kind == COLUMN_NAME)
    gtk_column_view_column_set_fixed_width (column, 220);
  else if (kind == COLUMN_GROUP)
    gtk_column_view_column_set_fixed_width (column, 130);
  gtk_column_view_append_column (self->view, column);
}

static void
remove_columns (SpPeopleTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, column);
    }
  g_ptr_array_set_size (self->columns, 0);
}

static void
build_columns (SpPeopleTable *self)
{
  remove_columns (self);
  if (self->network == NULL)
    return;
  add_column (self, COLUMN_NAME, 0, NULL, "name", _("Name"));
  add_column (self, COLUMN_GROUP, 0, NULL, "group", _("Group"));
  for (guint i = 0; i < sp_metrics_n_columns (); i++)
    add_column (self, COLUMN_MEASURE, i, NULL, sp_metrics_column_name (i), sp_metrics_column_label (i));
  for (guint i = 0; i < self->network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->network->attributes, i);

      add_column (self, COLUMN_ATTRIBUTE, 0, attr, attr->name, attr->name);
    }
}

static void
fill_rows (SpPeopleTable *self)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_set_size (self->folded, 0);
  if (self->network != NULL)
    for (guint i = 0; i < sp_network_n_nodes (self->network); i++)
      {
        const SpNode *n = sp_network_node (self->network, i);

        g_ptr_array_add (self->folded, sp_text_fold (node_name (n)));
        if (n->kind == SP_NODE_PERSON)
          g_ptr_array_add (rows, sp_people_row_new (i));
      }
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
}

void
sp_people_table_set_data (SpPeopleTable *self,
                          SpNetwork     *network,
                          SpMetrics     *metrics)
{
  gint selected;

  g_return_if_fail (SP_IS_PEOPLE_TABLE (self));

  if (network == self->network && metrics == self->metrics)
    return;
  selected = network == self->network ? self->selected : -1;
  self->syncing = TRUE;
  if (network != self->network)
    {
      g_clear_pointer (&self->metrics, sp_metrics_unref);
      g_clear_pointer (&self->network, sp_network_unref);
      self->network = network ? sp_network_ref (network) : NULL;
      self->metrics = metrics ? sp_metrics_ref (metrics) : NULL;
      build_columns (self);
      fill_rows (self);
    }
  else
    {
      GtkSorter *sorter = gtk_column_view_get_sorter (self->view);

      g_clear_pointer (&self->metrics, sp_metrics_unref);
      self->metrics = metrics ? sp_metrics_ref (metrics) : NULL;
      /* the same rows anew: every cell is bound again to the new
       * measures, and the order follows them */
      fill_rows (self);
      if (sorter != NULL)
        gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
    }
  sp_people_table_set_selected (self, selected);
  self->syncing = FALSE;
  update_count (self);
}

gint
sp_people_table_get_selected (SpPeopleTable *self)
{
  SpPeopleRow *row;

  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), -1);

  row = gtk_single_selection_get_selected_item (self->selection);
  return row != NULL ? (gint) row->node : -1;
}

void
sp_people_table_set_selected (SpPeopleTable *self,
                              gint           node)
{
  GListModel *model;
  guint n, position = GTK_INVALID_LIST_POSITION;
  gboolean syncing;

  g_return_if_fail (SP_IS_PEOPLE_TABLE (self));

  self->selected = node;
  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint k = 0; node >= 0 && k < n; k++)
    {
      g_autoptr (SpPeopleRow) row = g_list_model_get_item (model, k);

      if ((gint) row->node == node)
        {
          position = k;
          break;
        }
    }
  if (position == gtk_single_selection_get_selected (self->selection))
    return;
  syncing = self->syncing;
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = syncing;
  scroll_to_selected (self);
}

guint
sp_people_table_n_rows (SpPeopleTable *self)
{
  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

guint
sp_people_table_row_node (SpPeopleTable *self,
                          guint          row)
{
  g_autoptr (SpPeopleRow) item = NULL;

  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), 0);

  item = g_list_model_get_item (G_LIST_MODEL (self->selection), row);
  g_return_val_if_fail (item != NULL, 0);
  return item->node;
}

gboolean
sp_people_table_sort_by (SpPeopleTable *self,
                         const char    *name,
                         GtkSortType    order)
{
  GListModel *columns;

  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), FALSE);

  columns = gtk_column_view_get_columns (self->view);
  for (guint k = 0; k < self->columns->len; k++)
    {
      Column *c = g_ptr_array_index (self->columns, k);

      if (g_str_equal (c->name, name))
        {
          g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, k);

          gtk_column_view_sort_by_column (self->view, column, order);
          return TRUE;
        }
    }
  return FALSE;
}

GtkEditable *
sp_people_table_get_search (SpPeopleTable *self)
{
  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), NULL);

  return GTK_EDITABLE (self->search);
}

GtkSelectionModel *
sp_people_table_get_model (SpPeopleTable *self)
{
  g_return_val_if_fail (SP_IS_PEOPLE_TABLE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

char *
sp_people_table_to_csv (SpPeopleTable *self,
                        gboolean       selected_only)
{
  GString *out = g_string_new (NULL);
  gint selected = sp_people_table_get_selected (self);
  guint n = sp_people_table_n_rows (self);

  /* the header as --metrics writes it: the id first, and the group
   * called department */
  g_string_append (out, "id");
  for (guint k = 0; k < self->columns->len; k++)
    {
      Column *c = g_ptr_array_index (self->columns, k);

      g_string_append_c (out, ',');
      sp_csv_append_field (out, c->kind == COLUMN_GROUP ? "department" : c->name);
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < n; r++)
    {
      guint node = sp_people_table_row_node (self, r);

      if (selected_only && (gint) node != selected)
        continue;
      sp_csv_append_field (out, sp_network_node (self->network, node)->id);
      for (guint k = 0; k < self->columns->len; k++)
        {
          g_autofree char *text = column_csv_text (g_ptr_array_index (self->columns, k), node);

          g_string_append_c (out, ',');
          sp_csv_append_field (out, text);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Ctrl+C: the selected row, or every row shown when none is, as CSV a
 * spreadsheet pastes as a table. */
static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SpPeopleTable *self = SP_PEOPLE_TABLE (widget);
  g_autofree char *csv = NULL;

  if (self->network == NULL)
    return;
  csv = sp_people_table_to_csv (self, sp_people_table_get_selected (self) >= 0);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), csv);
}

static void
sp_people_table_dispose (GObject *object)
{
  SpPeopleTable *self = SP_PEOPLE_TABLE (object);

  if (self->view != NULL)
    remove_columns (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->view = NULL;
  G_OBJECT_CLASS (sp_people_table_parent_class)->dispose (object);
}

static void
sp_people_table_finalize (GObject *object)
{
  SpPeopleTable *self = SP_PEOPLE_TABLE (object);

  g_clear_object (&self->selection);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_ptr_array_unref);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_clear_pointer (&self->network, sp_network_unref);
  G_OBJECT_CLASS (sp_people_table_parent_class)->finalize (object);
}

static void
sp_people_table_class_init (SpPeopleTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_people_table_dispose;
  object_class->finalize = sp_people_table_finalize;
  widget_class->map = sp_people_table_map;

  /* the person whose row was selected by the user (-1: none) */
  signals[PERSON_SELECTED] =
    g_signal_new ("person-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "table.copy", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sp-people-table");
}

static void
sp_people_table_init (SpPeopleTable *self)
{
  GtkWidget *bar, *scroller;
  GtkCustomFilter *filter;
  GtkSorter *sorter;

  self->selected = -1;
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  self->folded = g_ptr_array_new_with_free_func (g_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (bar, "toolbar");
  self->search = gtk_search_entry_new ();
  /* (gtk_search_entry_set_placeholder_text is GTK 4.10) */
  g_object_set (self->search, "placeholder-text", _("Search by name"), NULL);
  gtk_widget_set_size_request (self->search, 280, -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), self->search);
  self->count = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->count, "dim-label");
  gtk_widget_set_hexpand (self->count, TRUE);
  gtk_widget_set_halign (self->count, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (bar), self->count);
  {
    GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
    GtkWidget *export = gtk_button_new_with_mnemonic (_("_Export as CSV…"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "table.copy");
    gtk_widget_set_tooltip_text (copy, _("Copy the selected person, or everybody shown, as CSV (Ctrl+C)"));
    gtk_box_append (GTK_BOX (bar), copy);
    /* the window's: it knows the files the data came from */
    gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "win.export-people-table");
    gtk_box_append (GTK_BOX (bar), export);
  }
  gtk_box_append (GTK_BOX (self->box), bar);

  self->store = g_list_store_new (SP_TYPE_PEOPLE_ROW);
  filter = gtk_custom_filter_new (row_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->store), GTK_FILTER (filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);

  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection))));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  sorter = gtk_column_view_get_sorter (self->view);
  gtk_sort_list_model_set_sorter (self->sorted, sorter);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_box_append (GTK_BOX (self->box), scroller);
}

GtkWidget *
sp_people_table_new (void)
{
  return g_object_new (SP_TYPE_PEOPLE_TABLE, NULL);
}
