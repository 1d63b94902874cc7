/* sp-import-dialog.c — what the columns of a table hold
 *
 * Shows the first rows of each table a data set holds (people, ties,
 * clients), each column's role as the file would be read, how many values
 * it misses, and the delimiter, decimal mark and encoding found.  The user
 * changes a role with the column's drop-down; Open hands back a column map
 * (the one --map takes), which the window remembers with the data set.
 * The preview was made in a worker (sp_import_preview() reads the files);
 * the dialog only shows it.
 */
#define G_LOG_DOMAIN "sp-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sp-import-dialog.h"

/* the roles a table's columns can take, in menu order */
static const SpColumnRole people_roles[] = {
  SP_COLUMN_ID, SP_COLUMN_NAME, SP_COLUMN_GROUP, SP_COLUMN_ROLE, SP_COLUMN_MANAGER,
  SP_COLUMN_KIND, SP_COLUMN_NUMERIC, SP_COLUMN_CATEGORICAL, SP_COLUMN_IGNORE,
};
static const SpColumnRole ties_roles[] = {
  SP_COLUMN_SOURCE, SP_COLUMN_TARGET, SP_COLUMN_TYPE, SP_COLUMN_WEIGHT, SP_COLUMN_DIRECTED,
  SP_COLUMN_IGNORE,
};

typedef struct {
  SpPreviewTable     *preview;   /* borrowed from @tables */
  const SpColumnRole *roles;     /* offered */
  guint               n_roles;
  GtkDropDown       **dropdowns; /* one per column */
} TableView;

struct _SpImportDialog {
  AdwWindow   parent_instance;

  GFile      *file;
  GPtrArray  *tables;   /* SpPreviewTable * */
  GPtrArray  *map;      /* the map the preview was made with, or NULL */
  GArray     *views;    /* TableView */
  GtkWidget  *open_button;
};

G_DEFINE_FINAL_TYPE (SpImportDialog, sp_import_dialog, ADW_TYPE_WINDOW)

enum { SIGNAL_IMPORT, N_SIGNALS };
static guint signals[N_SIGNALS];

/* A ties table reads no attributes: its other columns are not used. */
static SpColumnRole
shown_role (const TableView *v,
            SpColumnRole     role)
{
  if (v->preview->ties && (role == SP_COLUMN_NUMERIC || role == SP_COLUMN_CATEGORICAL))
    return SP_COLUMN_IGNORE;
  return role;
}

static gint
role_position (const TableView *v,
               SpColumnRole     role)
{
  for (guint i = 0; i < v->n_roles; i++)
    if (v->roles[i] == role)
      return (gint) i;
  return -1;
}

static char *
table_title (const SpPreviewTable *t)
{
  g_autofree char *base = g_path_get_basename (t->file);
  const char *what = t->ties ? _("ties") : t->clients ? _("clients") : _("people");

  /* Translators: "people.csv — people, 150 rows"; the second %s is
   * "people", "ties" or "clients" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s — %s, %u row", "%s — %s, %u rows",
                                       t->n_rows),
                          t->sheet != NULL ? t->sheet : base, what, t->n_rows);
}

static char *
table_details (const SpPreviewTable *t)
{
  GString *s = g_string_new (NULL);

  if (t->delimiter != 0)
    {
      const char *delim = t->delimiter == '\t' ? _("tabs")
                        : t->delimiter == ';' ? _("semicolons") : _("commas");

      /* Translators: %s is "commas", "semicolons" or "tabs" */
      g_string_append_printf (s, _("Separated by %s"), delim);
    }
  if (t->delimiter == 0)
    {
      /* a workbook's sheet: numbers and dates are stored as such */
      g_string_append (s, _("A sheet of the workbook: numbers, dates and yes/no as the workbook stores them"));
      return g_string_free (s, FALSE);
    }
  g_string_append (s, " · ");
  g_string_append (s, t->decimal_comma ? _("decimal comma (3,5)") : _("decimal point (3.5)"));
  if (t->encoding != NULL)
    {
      g_string_append (s, " · ");
      if (g_strcmp0 (t->encoding, "UTF-8") == 0)
        g_string_append (s, _("UTF-8"));
      else
        {
          const char *shown = g_ascii_strcasecmp (t->encoding, "WINDOWS-1252") == 0 ? "Windows-1252"
                            : g_ascii_strcasecmp (t->encoding, "UTF-16LE") == 0 ? "UTF-16 LE"
                            : g_ascii_strcasecmp (t->encoding, "UTF-16BE") == 0 ? "UTF-16 BE"
                            : t->encoding;

          /* Translators: %s is an encoding such as Windows-1252 or UTF-16 LE */
          g_string_append_printf (s, _("%s, converted to UTF-8"), shown);
        }
    }
  return g_string_free (s, FALSE);
}

static GtkWidget *
cell_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
build_table (TableView *v)
{
  const SpPreviewTable *t = v->preview;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  g_autofree char *title = table_title (t);
  g_autofree char *details = table_details (t);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *label;

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (details);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  for (guint i = 0; i < v->n_roles; i++)
    gtk_string_list_append (labels, sp_column_role_label (v->roles[i]));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  v->dropdowns = g_new0 (GtkDropDown *, t->n_cols);
  for (guint col = 0; col < t->n_cols; col++)
    {
      const SpPreviewColumn *pc = &t->columns[col];
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      g_autofree char *missing = NULL;
      gint pos = role_position (v, shown_role (v, pc->role));

      gtk_grid_attach (GTK_GRID (grid), cell_label (pc->header[0] != '\0' ? pc->header : "—",
                                                    "heading"), (int) col, 0, 1, 1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  pos >= 0 ? (guint) pos : v->n_roles - 1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, pc->header, -1);
      gtk_widget_set_sensitive (dropdown, pc->header[0] != '\0');
      v->dropdowns[col] = GTK_DROP_DOWN (dropdown);
      gtk_grid_attach (GTK_GRID (grid), dropdown, (int) col, 1, 1, 1);
      if (pc->n_missing > 0)
        /* Translators: how many cells of a column are empty or NA, n.v.t. … */
        missing = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u missing", "%u missing",
                                                pc->n_missing), pc->n_missing);
      gtk_grid_attach (GTK_GRID (grid), cell_label (missing != NULL ? missing : "", "caption"),
                       (int) col, 2, 1, 1);
      for (guint row = 0; row < t->n_shown; row++)
        gtk_grid_attach (GTK_GRID (grid),
                         cell_label (t->cells[(gsize) row * t->n_cols + col], NULL),
                         (int) col, (int) row + 3, 1, 1);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), grid);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_box_append (GTK_BOX (box), frame);
  return box;
}

static void
open_clicked_cb (SpImportDialog *self)
{
  sp_import_dialog_accept (self);
}

static void
sp_import_dialog_dispose (GObject *object)
{
  SpImportDialog *self = SP_IMPORT_DIALOG (object);

  if (self->views != NULL)
    for (guint i = 0; i < self->views->len; i++)
      g_free (g_array_index (self->views, TableView, i).dropdowns);
  g_clear_pointer (&self->views, g_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->map, g_ptr_array_unref);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (sp_import_dialog_parent_class)->dispose (object);
}

static void
sp_import_dialog_class_init (SpImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_import_dialog_dispose;
  signals[SIGNAL_IMPORT] = g_signal_new ("import", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sp_import_dialog_init (SpImportDialog *self)
{
  self->views = g_array_new (FALSE, TRUE, sizeof (TableView));
}

SpImportDialog *
sp_import_dialog_new (GtkWindow *parent,
                      GFile     *file,
                      GPtrArray *tables,
                      GPtrArray *map)
{
  SpImportDialog *self = g_object_new (SP_TYPE_IMPORT_DIALOG,
                                       "modal", TRUE,
                                       "transient-for", parent,
                                       "default-width", 1000,
                                       "default-height", 640,
                                       NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *intro;
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: the dialog's title; %s is a file or folder name */
  g_autofree char *title = g_strdup_printf (_("Import “%s”"), name);

  g_return_val_if_fail (tables != NULL, NULL);

  self->file = g_object_ref (file);
  self->tables = g_ptr_array_ref (tables);
  self->map = map != NULL ? g_ptr_array_ref (map) : NULL;
  gtk_window_set_title (GTK_WINDOW (self), title);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (title, _("What each column holds")));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->open_button = gtk_button_new_with_mnemonic (_("_Open"));
  gtk_widget_add_css_class (self->open_button, "suggested-action");
  g_signal_connect_swapped (self->open_button, "clicked", G_CALLBACK (open_clicked_cb), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->open_button);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->open_button);
  gtk_box_append (GTK_BOX (content), header);

  intro = gtk_label_new (_("Samenspel recognised the columns by their names. Check what each "
                           "column holds and change any role that is wrong; the choice is "
                           "remembered for this data set."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (body), intro);
  for (guint i = 0; i < tables->len; i++)
    {
      TableView v = { g_ptr_array_index (tables, i), NULL, 0, NULL };

      v.roles = v.preview->ties ? ties_roles : people_roles;
      v.n_roles = v.preview->ties ? G_N_ELEMENTS (ties_roles) : G_N_ELEMENTS (people_roles);
      g_array_append_val (self->views, v);
      gtk_box_append (GTK_BOX (body), build_table (&g_array_index (self->views, TableView, i)));
    }
  gtk_widget_set_margin_start (body, 24);
  gtk_widget_set_margin_end (body, 24);
  gtk_widget_set_margin_top (body, 18);
  gtk_widget_set_margin_bottom (body, 24);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), body);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (self), content);
  return self;
}

GFile *
sp_import_dialog_get_file (SpImportDialog *self)
{
  g_return_val_if_fail (SP_IS_IMPORT_DIALOG (self), NULL);
  return self->file;
}

static TableView *
get_view (SpImportDialog *self,
          guint           table,
          guint           column)
{
  TableView *v;

  if (table >= self->views->len)
    return NULL;
  v = &g_array_index (self->views, TableView, table);
  return column < v->preview->n_cols ? v : NULL;
}

SpColumnRole
sp_import_dialog_get_role (SpImportDialog *self,
                           guint           table,
                           guint           column)
{
  TableView *v;
  guint pos;

  g_return_val_if_fail (SP_IS_IMPORT_DIALOG (self), SP_COLUMN_AUTO);
  if ((v = get_view (self, table, column)) == NULL)
    return SP_COLUMN_AUTO;
  pos = gtk_drop_down_get_selected (v->dropdowns[column]);
  return pos < v->n_roles ? v->roles[pos] : SP_COLUMN_AUTO;
}

gboolean
sp_import_dialog_set_role (SpImportDialog *self,
                           guint           table,
                           guint           column,
                           SpColumnRole    role)
{
  TableView *v;
  gint pos;

  g_return_val_if_fail (SP_IS_IMPORT_DIALOG (self), FALSE);
  if ((v = get_view (self, table, column)) == NULL || (pos = role_position (v, role)) < 0)
    return FALSE;
  gtk_drop_down_set_selected (v->dropdowns[column], (guint) pos);
  return TRUE;
}

static const SpColumnMapping *
previous_mapping (SpImportDialog *self,
                  const char     *header)
{
  for (guint i = 0; self->map != NULL && i < self->map->len; i++)
    {
      const SpColumnMapping *m = g_ptr_array_index (self->map, i);

      if (sp_column_name_matches (header, m->column))
        return m;
    }
  return NULL;
}

GPtrArray *
sp_import_dialog_get_map (SpImportDialog *self)
{
  GPtrArray *map = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_column_mapping_free);

  g_return_val_if_fail (SP_IS_IMPORT_DIALOG (self), map);

  for (guint i = 0; i < self->views->len; i++)
    {
      TableView *v = &g_array_index (self->views, TableView, i);

      for (guint col = 0; col < v->preview->n_cols; col++)
        {
          const SpPreviewColumn *pc = &v->preview->columns[col];
          const SpColumnMapping *before = previous_mapping (self, pc->header);
          SpColumnRole role = sp_import_dialog_get_role (self, i, col);
          SpColumnMapping *m;
          gboolean listed = FALSE;

          if (pc->header[0] == '\0' || role == SP_COLUMN_AUTO ||
              (before == NULL && role == shown_role (v, pc->role)))
            continue;
          /* a column of that name in another table is mapped once */
          for (guint k = 0; k < map->len && !listed; k++)
            listed = sp_column_name_matches (((SpColumnMapping *) g_ptr_array_index (map, k))->column,
                                             pc->header);
          if (listed)
            continue;
          m = sp_column_mapping_new (pc->header, role);
          if (before != NULL && before->role == role)
            {
              m->scale_min = before->scale_min;
              m->scale_max = before->scale_max;
            }
          g_ptr_array_add (map, m);
        }
    }
  return map;
}

void
sp_import_dialog_accept (SpImportDialog *self)
{
  g_return_if_fail (SP_IS_IMPORT_DIALOG (self));

  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_IMPORT], 0);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}
