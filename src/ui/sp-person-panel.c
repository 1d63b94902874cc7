/* sp-person-panel.c — the side panel: one person's details and measures
 *
 * Editing the name, department or role emits "edited"; the window makes
 * the change (so that it can be undone) and shows the person again.
 */
#define G_LOG_DOMAIN "sp-person-panel"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sp-person-panel.h"

struct _SpPersonPanel {
  GtkWidget   parent_instance;

  /* owned */
  GtkWidget  *scroller;
  GtkWidget  *stack;
  GtkWidget  *title;
  GtkWidget  *subtitle;
  GtkWidget  *name_row;
  GtkWidget  *department_row;
  GtkWidget  *role_row;
  GtkWidget  *attributes_group;
  GtkWidget  *measures_group;
  GtkWidget  *measures_spinner;
  GtkWidget  *move_button;
  GMenu      *move_menu;      /* the other departments: win.whatif-move */
  GPtrArray  *rows;           /* GtkWidget * in the two dynamic groups */
  GHashTable *values;         /* row title -> value text, for tests */

  SpNetwork  *network;
  gint        node;
  gboolean    updating;
};

G_DEFINE_FINAL_TYPE (SpPersonPanel, sp_person_panel, GTK_TYPE_WIDGET)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_move_menu (SpPersonPanel *self,
                              SpNetwork     *network,
                              const SpNode  *n);

static void
add_value_row (SpPersonPanel *self,
               GtkWidget     *group,
               const char    *title,
               const char    *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  g_hash_table_replace (self->values, g_strdup (title), g_strdup (value));
}

static void
clear_rows (SpPersonPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_hash_table_remove_all (self->values);
}

static void
entry_apply_cb (AdwEntryRow   *row,
                SpPersonPanel *self)
{
  const char *field;

  if (self->updating || self->node < 0)
    return;

  if ((GtkWidget *) row == self->name_row)
    field = "name";
  else if ((GtkWidget *) row == self->department_row)
    field = "department";
  else
    field = "role";

  g_signal_emit (self, signals[EDITED], 0, self->node, field,
                 gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
set_entry (SpPersonPanel *self,
           GtkWidget     *row,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

void
sp_person_panel_set_person (SpPersonPanel *self,
                            SpNetwork     *network,
                            gint           node,
                            SpMetrics     *metrics)
{
  const SpNode *n;
  g_autofree char *subtitle = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (SP_IS_PERSON_PANEL (self));

  if (network != self->network)
    {
      g_clear_pointer (&self->network, sp_network_unref);
      if (network != NULL)
        self->network = sp_network_ref (network);
    }
  self->node = node;
  clear_rows (self);

  if (network == NULL || node < 0 || (guint) node >= sp_network_n_nodes (network))
    {
      self->node = -1;
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "person");
  n = sp_network_node (network, node);
  update_move_menu (self, network, n);

  gtk_label_set_text (GTK_LABEL (self->title), sp_network_node_label (network, node));
  if (n->kind == SP_NODE_CLIENT)
    subtitle = g_strdup (_("Client"));
  else if (n->role != NULL && n->department != NULL)
    /* Translators: role · department, e.g. "Engineer · Sales" */
    subtitle = g_strdup_printf (_("%s · %s"), n->role, n->department);
  else
    subtitle = g_strdup (n->role ? n->role : n->department ? n->department : "");
  gtk_label_set_text (GTK_LABEL (self->subtitle), subtitle);
  gtk_widget_set_visible (self->subtitle, subtitle[0] != '\0');

  self->updating = TRUE;
  set_entry (self, self->name_row, n->name);
  set_entry (self, self->department_row, n->department);
  set_entry (self, self->role_row, n->role);
  self->updating = FALSE;
  g_hash_table_replace (self->values, g_strdup (_("Name")), g_strdup (n->name ? n->name : ""));
  g_hash_table_replace (self->values, g_strdup (_("Department")), g_strdup (n->department ? n->department : ""));
  g_hash_table_replace (self->values, g_strdup (_("Role")), g_strdup (n->role ? n->role : ""));

  /* attributes */
  if (n->manager != NULL)
    {
      gint m = sp_network_find_node (network, n->manager);

      add_value_row (self, self->attributes_group, _("Manager"),
                     m >= 0 ? sp_network_node_label (network, m) : n->manager);
    }
  add_value_row (self, self->attributes_group, _("Identifier"), n->id);
  for (guint i = 0; i < network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (network->attributes, i);
      g_autofree char *text = sp_network_attribute_text (network, attr, node);
      guint n_of_kind = 0;
      guint missing = sp_attribute_n_missing (network, attr, n->kind, &n_of_kind);

      add_value_row (self, self->attributes_group, attr->name, text ? text : "—");
      /* how far the column can be trusted: "2 of 30 without a value" */
      if (missing > 0)
        {
          g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u of %u without a value",
                                                                "%u of %u without a value",
                                                                n_of_kind),
                                                   missing, n_of_kind);
          GtkWidget *row = g_ptr_array_index (self->rows, self->rows->len - 1);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
        }
    }

  /* measures */
  gtk_widget_set_visible (self->measures_spinner, metrics == NULL);
  gtk_spinner_set_spinning (GTK_SPINNER (self->measures_spinner), metrics == NULL);
  if (metrics != NULL && n->kind == SP_NODE_PERSON)
    {
      for (guint c = 0; c < sp_metrics_n_columns (); c++)
        {
          const double *col = sp_metrics_column (metrics, c);
          double v;

          if (col == NULL || (guint) node >= sp_metrics_n_nodes (metrics))
            continue;
          /* on undirected data these repeat the degree or are empty */
          if (!network->directed
              && (c == SP_METRIC_IN_DEGREE || c == SP_METRIC_OUT_DEGREE || c == SP_METRIC_RECIPROCITY))
            continue;
          v = col[node];
          if (isnan (v))
            continue;
          if (v == floor (v) && fabs (v) < 1e9)
            g_snprintf (buf, sizeof buf, "%.0f", v);
          else
            g_snprintf (buf, sizeof buf, "%.3f", v);
          add_value_row (self, self->measures_group, sp_metrics_column_label (c), buf);
        }
    }
  gtk_widget_set_visible (self->measures_group, n->kind == SP_NODE_PERSON);
}

gint
sp_person_panel_get_person (SpPersonPanel *self)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), -1);
  return self->node;
}

const char *
sp_person_panel_lookup (SpPersonPanel *self,
                        const char    *row_title)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), NULL);
  return g_hash_table_lookup (self->values, row_title);
}

static GtkWidget *
entry_row (SpPersonPanel *self,
           GtkWidget     *group,
           const char    *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (entry_apply_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_set_hexpand (button, TRUE);
  return button;
}

/* "What If They Move…": every other department, and back to their own */
static void
update_move_menu (SpPersonPanel *self,
                  SpNetwork     *network,
                  const SpNode  *n)
{
  g_autoptr (GPtrArray) departments = sp_network_departments (network);
  guint n_items = 0;

  g_menu_remove_all (self->move_menu);
  for (guint d = 0; d < departments->len; d++)
    {
      const char *department = g_ptr_array_index (departments, d);
      g_autoptr (GMenuItem) item = NULL;

      if (department == n->department)
        continue;
      item = g_menu_item_new (department, NULL);
      g_menu_item_set_action_and_target_value (item, "win.whatif-move", g_variant_new_string (department));
      g_menu_append_item (self->move_menu, item);
      n_items++;
    }
  if (n->department != NULL)
    {
      g_autoptr (GMenu) section = g_menu_new ();
      g_autoptr (GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      /* Translators: %s is the person's own department */
      label = g_strdup_printf (_("Stay in %s"), n->department);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.whatif-move", g_variant_new_string (n->department));
      g_menu_append_item (section, item);
      g_menu_append_section (self->move_menu, NULL, G_MENU_MODEL (section));
    }
  gtk_widget_set_sensitive (self->move_button, n->kind == SP_NODE_PERSON && n_items > 0);
}

static void
sp_person_panel_dispose (GObject *object)
{
  SpPersonPanel *self = SP_PERSON_PANEL (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_object (&self->move_menu);

  G_OBJECT_CLASS (sp_person_panel_parent_class)->dispose (object);
}

static void
sp_person_panel_class_init (SpPersonPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_person_panel_dispose;

  /* (node, field, value): the user edited "name", "department" or "role". */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sppersonpanel");
}

static void
sp_person_panel_init (SpPersonPanel *self)
{
  GtkWidget *box, *group, *buttons, *empty, *header;

  self->node = -1;
  self->rows = g_ptr_array_new ();
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "background");

  self->stack = gtk_stack_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->stack);

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "avatar-default-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No One Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Click a person in the network to see their details and measures."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_stack_add_named (GTK_STACK (self->stack), box, "person");

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  self->title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "title-2");
  gtk_box_append (GTK_BOX (header), self->title);
  self->subtitle = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->subtitle), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->subtitle), 0);
  gtk_widget_add_css_class (self->subtitle, "dim-label");
  gtk_box_append (GTK_BOX (header), self->subtitle);
  gtk_box_append (GTK_BOX (box), header);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Ego Network"), "win.focus", g_variant_new_int32 (1)));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Two Steps"), "win.focus", g_variant_new_int32 (2)));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Hide"), "win.hide-selected", NULL));
  gtk_box_append (GTK_BOX (box), buttons);
  {
    /* no mnemonic: Alt+W is the window's accelerator for it, and a
     * translation's mnemonic on W would make Alt+W only focus it */
    GtkWidget *whatif = action_button (_("What If They Leave?"), "win.whatif-toggle", NULL);

    gtk_widget_set_tooltip_text (whatif, _("Take this person out of the network and see what changes; "
                                           "again to bring them back (Alt+W). The file is not changed."));
    gtk_box_append (GTK_BOX (box), whatif);

    self->move_menu = g_menu_new ();
    self->move_button = gtk_menu_button_new ();
    gtk_menu_button_set_label (GTK_MENU_BUTTON (self->move_button), _("What If They _Move…"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (self->move_button), TRUE);
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->move_button), G_MENU_MODEL (self->move_menu));
    gtk_widget_set_tooltip_text (self->move_button,
                                 _("Move this person to another department and see what changes for "
                                   "each department. The file is not changed."));
    gtk_box_append (GTK_BOX (box), self->move_button);
  }

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Details"));
  self->name_row = entry_row (self, group, _("Name"));
  self->department_row = entry_row (self, group, _("Department"));
  self->role_row = entry_row (self, group, _("Role"));
  gtk_box_append (GTK_BOX (box), group);

  self->measures_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->measures_group), _("Network Measures"));
  self->measures_spinner = gtk_spinner_new ();
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->measures_group),
                                           self->measures_spinner);
  gtk_box_append (GTK_BOX (box), self->measures_group);

  self->attributes_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->attributes_group), _("Attributes"));
  gtk_box_append (GTK_BOX (box), self->attributes_group);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
sp_person_panel_new (void)
{
  return g_object_new (SP_TYPE_PERSON_PANEL, NULL);
}
