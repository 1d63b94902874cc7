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
#include "sp-person-profile.h"

/* Beyond this many contacts, one row says how many more (the ranks and
 * the canvas show the rest). */
#define MAX_CONTACT_ROWS 100

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
  GtkWidget  *contacts_group;
  GtkWidget  *clients_group;
  GtkWidget  *measures_spinner;
  GtkWidget  *move_button;
  GMenu      *move_menu;      /* the other departments: win.whatif-move */
  GPtrArray  *rows;           /* GtkWidget * in the dynamic groups */
  GHashTable *values;         /* row title or measure -> value text, for tests */
  GHashTable *lines;          /* measure or attribute -> its plain line */
  GHashTable *details;        /* measure or attribute -> value and rank */
  GPtrArray  *contact_names;  /* char *: the names shown, for tests */
  GPtrArray  *client_names;

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

static GtkWidget *
add_row (SpPersonPanel *self,
         GtkWidget     *group,
         const char    *title,
         const char    *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && subtitle[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* A measure: its line as the title, what it is, its value and rank below
 * ("Betweenness 2,521 · rank 1 of 150"). */
static void
add_measure_row (SpPersonPanel         *self,
                 GtkWidget             *group,
                 const SpPersonMeasure *m,
                 const char            *note)
{
  g_autofree char *detail = NULL;
  GtkWidget *row;

  if (m->column < 0)
    /* an attribute's line has its value already */
    detail = g_strdup (m->rank_text);
  else if (m->rank_text[0] != '\0')
    /* Translators: a measure, its value and the person's rank: "Betweenness 2,521 · rank 1 of 150" */
    detail = g_strdup_printf (_("%s %s · %s"), m->label, m->value_text, m->rank_text);
  else
    /* Translators: a measure and its value: "Community 3" */
    detail = g_strdup_printf (_("%s %s"), m->label, m->value_text);
  if (note != NULL)
    {
      char *with_note = g_strdup_printf ("%s\n%s", detail, note);

      g_free (detail);
      detail = with_note;
    }
  row = add_row (self, group, m->line, detail);
  gtk_widget_add_css_class (row, "sp-measure");
  g_hash_table_replace (self->values, g_strdup (m->label), g_strdup (m->value_text));
  g_hash_table_replace (self->lines, g_strdup (m->label), g_strdup (m->line));
  g_hash_table_replace (self->details, g_strdup (m->label), g_strdup (detail));
}

/* A person or client tied to the one shown; activating it selects them. */
static void
add_contact_row (SpPersonPanel *self,
                 GtkWidget     *group,
                 guint          node,
                 const char    *subtitle,
                 GPtrArray     *names)
{
  const char *label = sp_network_node_label (self->network, node);
  GtkWidget *row = add_row (self, group, label, subtitle);

  /* the target first: an action name without it is a type mismatch */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_string (sp_network_node (self->network, node)->id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.select");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_ptr_array_add (names, g_strdup (label));
}

static void
add_more_row (SpPersonPanel *self,
              GtkWidget     *group,
              guint          n_more)
{
  g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n_more),
                                           n_more);
  GtkWidget *row = add_row (self, group, more, NULL);

  gtk_widget_add_css_class (row, "dim-label");
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
  g_hash_table_remove_all (self->lines);
  g_hash_table_remove_all (self->details);
  g_ptr_array_set_size (self->contact_names, 0);
  g_ptr_array_set_size (self->client_names, 0);
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

/* The attributes that apply to @n's kind: a column every person lacks
 * (a client's sector) is not shown on a person, and the reverse. */
static void
show_attributes (SpPersonPanel *self,
                 SpNetwork     *network,
                 gint           node,
                 const SpNode  *n)
{
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
      g_autoptr (SpPersonMeasure) measure = NULL;
      g_autofree char *note = NULL;
      guint n_of_kind = 0;
      guint missing = sp_attribute_n_missing (network, attr, n->kind, &n_of_kind);

      if (missing == n_of_kind)
        continue;
      /* how far the column can be trusted: "2 of 30 without a value" */
      if (missing > 0)
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u of %u without a value",
                                             "%u of %u without a value",
                                             n_of_kind),
                                missing, n_of_kind);
      if (n->kind == SP_NODE_PERSON)
        measure = sp_person_attribute (network, attr, node);
      if (measure != NULL)
        {
          add_measure_row (self, self->attributes_group, measure, note);
          continue;
        }
      {
        g_autofree char *text = sp_network_attribute_text (network, attr, node);

        add_value_row (self, self->attributes_group, attr->name, text ? text : "—");
        if (note != NULL)
          adw_action_row_set_subtitle (ADW_ACTION_ROW (g_ptr_array_index (self->rows, self->rows->len - 1)),
                                       note);
      }
    }
}

static void
show_contacts (SpPersonPanel  *self,
               SpNetwork      *network,
               gint            node,
               const gboolean *tie_type_mask)
{
  g_autoptr (GArray) people = sp_person_contacts (network, tie_type_mask, node, SP_NODE_PERSON);
  g_autoptr (GArray) clients = sp_person_contacts (network, tie_type_mask, node, SP_NODE_CLIENT);
  g_autofree char *count = NULL;

  count = people->len == 0 ? g_strdup (_("No ties with colleagues"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u colleague, by name",
                                        "%u colleagues, by name", people->len),
                           people->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->contacts_group), count);
  for (guint k = 0; k < MIN (people->len, MAX_CONTACT_ROWS); k++)
    {
      const SpContact *c = &g_array_index (people, SpContact, k);

      add_contact_row (self, self->contacts_group, c->node,
                       sp_network_node (network, c->node)->department, self->contact_names);
    }
  if (people->len > MAX_CONTACT_ROWS)
    add_more_row (self, self->contacts_group, people->len - MAX_CONTACT_ROWS);

  for (guint k = 0; k < MIN (clients->len, MAX_CONTACT_ROWS); k++)
    {
      const SpContact *c = &g_array_index (clients, SpContact, k);
      g_autofree char *held = c->n_people <= 1
        ? g_strdup (_("The only one who holds this client"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Held together with %u colleague",
                                        "Held together with %u colleagues", c->n_people - 1),
                           c->n_people - 1);

      add_contact_row (self, self->clients_group, c->node, held, self->client_names);
    }
  if (clients->len > MAX_CONTACT_ROWS)
    add_more_row (self, self->clients_group, clients->len - MAX_CONTACT_ROWS);
  gtk_widget_set_visible (self->clients_group, clients->len > 0);
}

void
sp_person_panel_set_person (SpPersonPanel  *self,
                            SpNetwork      *network,
                            gint            node,
                            SpMetrics      *metrics,
                            const gboolean *tie_type_mask)
{
  const SpNode *n;
  g_autofree char *subtitle = NULL;
  gboolean other = network != self->network || node != self->node;

  g_return_if_fail (SP_IS_PERSON_PANEL (self));

  if (network != self->network)
    {
      g_clear_pointer (&self->network, sp_network_unref);
      if (network != NULL)
        self->network = sp_network_ref (network);
    }
  self->node = node;
  clear_rows (self);
  /* another person: from the top (new measures for the same person keep
   * the place) */
  if (other)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);

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
  /* a client has a name, no department or role */
  gtk_widget_set_visible (self->department_row, n->kind == SP_NODE_PERSON);
  gtk_widget_set_visible (self->role_row, n->kind == SP_NODE_PERSON);
  g_hash_table_replace (self->values, g_strdup (_("Name")), g_strdup (n->name ? n->name : ""));
  g_hash_table_replace (self->values, g_strdup (_("Department")), g_strdup (n->department ? n->department : ""));
  g_hash_table_replace (self->values, g_strdup (_("Role")), g_strdup (n->role ? n->role : ""));

  show_attributes (self, network, node, n);

  /* measures */
  gtk_widget_set_visible (self->measures_spinner, metrics == NULL);
  gtk_spinner_set_spinning (GTK_SPINNER (self->measures_spinner), metrics == NULL);
  if (metrics != NULL && n->kind == SP_NODE_PERSON && (guint) node < sp_metrics_n_nodes (metrics))
    {
      g_autoptr (GPtrArray) measures = sp_person_measures (network, metrics, tie_type_mask, node);

      for (guint k = 0; k < measures->len; k++)
        add_measure_row (self, self->measures_group, g_ptr_array_index (measures, k), NULL);
    }
  gtk_widget_set_visible (self->measures_group, n->kind == SP_NODE_PERSON);

  /* a client's people are in the client panel */
  gtk_widget_set_visible (self->contacts_group, n->kind == SP_NODE_PERSON);
  gtk_widget_set_visible (self->clients_group, FALSE);
  if (n->kind == SP_NODE_PERSON)
    show_contacts (self, network, node, tie_type_mask);
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

const char *
sp_person_panel_lookup_line (SpPersonPanel *self,
                             const char    *measure)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), NULL);
  return g_hash_table_lookup (self->lines, measure);
}

const char *
sp_person_panel_lookup_detail (SpPersonPanel *self,
                               const char    *measure)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), NULL);
  return g_hash_table_lookup (self->details, measure);
}

GPtrArray *
sp_person_panel_get_names (SpPersonPanel *self,
                           SpNodeKind     kind)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), NULL);
  return kind == SP_NODE_CLIENT ? self->client_names : self->contact_names;
}

GtkAdjustment *
sp_person_panel_get_vadjustment (SpPersonPanel *self)
{
  g_return_val_if_fail (SP_IS_PERSON_PANEL (self), NULL);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
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
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_clear_pointer (&self->details, g_hash_table_unref);
  g_clear_pointer (&self->contact_names, g_ptr_array_unref);
  g_clear_pointer (&self->client_names, g_ptr_array_unref);
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
  self->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->details = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->contact_names = g_ptr_array_new_with_free_func (g_free);
  self->client_names = g_ptr_array_new_with_free_func (g_free);

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

  self->measures_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->measures_group), _("Network Measures"));
  self->measures_spinner = gtk_spinner_new ();
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->measures_group),
                                           self->measures_spinner);
  gtk_box_append (GTK_BOX (box), self->measures_group);

  self->attributes_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->attributes_group), _("Attributes"));
  gtk_box_append (GTK_BOX (box), self->attributes_group);

  self->clients_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->clients_group), _("Clients"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->clients_group),
                                         _("The clients they have ties with"));
  gtk_box_append (GTK_BOX (box), self->clients_group);

  /* what a reader looks for first comes first; editing after it, the
   * list of contacts (possibly long) last */
  gtk_box_append (GTK_BOX (box), group);

  self->contacts_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->contacts_group), _("Contacts"));
  gtk_box_append (GTK_BOX (box), self->contacts_group);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
sp_person_panel_new (void)
{
  return g_object_new (SP_TYPE_PERSON_PANEL, NULL);
}
