/* sp-window.c — one open organisation: canvas, panel, actions
 *
 * The class, the view (shown, changed, undone), the selection, filters
 * and undoable edits of the data; the other sp-window-*.c files hold the
 * rest (see sp-window-private.h).  Every change of the view or the data
 * goes through the undo history.
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-render.h"
#include "sp-view-options.h"
#include "sp-state.h"
#include "sp-strategy.h"
#include "sp-import.h"
#include "sp-window.h"
#include "sp-export-dialog.h"
#include "sp-legend-card.h"
#include "sp-window-whatif.h"
#include "sp-window-strategy.h"
#include "sp-window-private.h"
#include "sp-filter.h"

G_DEFINE_FINAL_TYPE (SpWindow, sp_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- small helpers ----------------------------------------------------- */

void
sp_window_toast (SpWindow   *self,
                 const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
sp_window_set_action_enabled (SpWindow   *self,
                              const char *name,
                              gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
sp_window_set_action_state (SpWindow   *self,
                            const char *name,
                            GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  else
    g_variant_unref (g_variant_ref_sink (state));
}

/* Only FALSE (loaded or saved) matters: changes are counted by the
 * history, so that undoing them all leaves nothing to save. */
void
sp_window_set_dirty (SpWindow *self,
                     gboolean  dirty)
{
  if (dirty)
    return;
  self->unrecorded_changes = FALSE;
  sp_history_mark_clean (self->history);
}

/* ---- view ------------------------------------------------------------- */

void
sp_window_sync_view_from_canvas (SpWindow *self)
{
  self->view->zoom = sp_canvas_get_zoom (self->canvas);
  sp_canvas_get_pan (self->canvas, &self->view->pan_x, &self->view->pan_y);
}

static gboolean
is_dark (SpWindow *self)
{
  return self->presenting || adw_style_manager_get_dark (adw_style_manager_get_default ());
}

void
sp_window_update_style (SpWindow *self)
{
  SpRenderOptions options;

  sp_render_options_init (&options, 1, 1);
  sp_render_options_from_view (&options, self->view, NULL, NULL, NULL);
  if (self->presenting)
    options.label_density = MAX (options.label_density, 0.4);
  /* larger for the room, but not so large that a slide's legend takes
   * half the screen and squeezes the drawing (the client ring at 1280×800) */
  options.label_scale = self->presenting ? 1.5 : 1.0;
  options.dark = is_dark (self);
  sp_canvas_set_style (self->canvas, &options);
}

/* The canvas shows whom the view lets through.  A filter on a measure
 * reads the window's measures: called again when they arrive. */
void
sp_window_refresh_visibility (SpWindow *self)
{
  if (self->network == NULL)
    return;
  sp_canvas_set_visibility (self->canvas,
                            sp_view_state_node_visibility_full (self->view, self->network, self->metrics),
                            sp_view_state_tie_visibility (self->view, self->network));
}

static void
sync_filter_checks (SpWindow *self)
{
  self->syncing_filters = TRUE;
  if (self->filter_entry != NULL)
    {
      const char *now = gtk_editable_get_text (GTK_EDITABLE (self->filter_entry));

      if (g_strcmp0 (now, self->view->filter ? self->view->filter : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), self->view->filter ? self->view->filter : "");
      gtk_widget_remove_css_class (self->filter_entry, "error");
      gtk_label_set_text (GTK_LABEL (self->filter_message),
                          /* Translators: under the filter field of the Filter popover */
                          _("Conditions on attributes and measures, joined by “and”, “or”, “not”; "
                            "press Enter to apply, empty to show everyone."));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (self->filter_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *dept = g_object_get_data (G_OBJECT (child), "department");
      const char *type = g_object_get_data (G_OBJECT (child), "tie-type");

      if (dept != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     !sp_view_state_strv_has (self->view->hidden_departments, dept));
      else if (type != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     !sp_view_state_strv_has (self->view->hidden_tie_types, type));
    }
  self->syncing_filters = FALSE;
}

/* Shows @view (without recording it). */
void
sp_window_apply_view (SpWindow          *self,
                      const SpViewState *view,
                      gboolean           with_transform)
{
  g_autofree char *old_ties = NULL;
  g_autofree char *new_ties = NULL;
  gboolean ties_changed;
  gboolean ego_changed = FALSE;

  if (view != self->view)
    {
      SpViewState *copy = sp_view_state_copy (view);

      ego_changed = g_strcmp0 (self->view->ego, copy->ego) != 0
                 || (copy->ego != NULL && self->view->ego_depth != copy->ego_depth);

      old_ties = self->view->hidden_tie_types ? g_strjoinv ("\n", self->view->hidden_tie_types) : g_strdup ("");
      new_ties = copy->hidden_tie_types ? g_strjoinv ("\n", copy->hidden_tie_types) : g_strdup ("");
      if (!with_transform)
        {
          copy->zoom = self->view->zoom;
          copy->pan_x = self->view->pan_x;
          copy->pan_y = self->view->pan_y;
        }
      sp_view_state_free (self->view);
      self->view = copy;
    }
  ties_changed = g_strcmp0 (old_ties, new_ties) != 0;

  if (self->network == NULL)
    return;

  sp_window_update_style (self);
  sp_window_refresh_visibility (self);
  if (with_transform)
    sp_canvas_set_transform (self->canvas, self->view->zoom, self->view->pan_x, self->view->pan_y);
  else if (ego_changed)
    /* an ego network (or the way back from one, undone or redone) is
     * shown whole, filling the canvas, not where it happens to lie */
    sp_canvas_fit_visible (self->canvas);

  sp_window_set_action_state (self, "color-by", g_variant_new_string (self->view->color_by ? self->view->color_by : ""));
  sp_window_set_action_state (self, "size-by", g_variant_new_string (self->view->size_by ? self->view->size_by : ""));
  sp_window_set_action_state (self, "group-by", g_variant_new_string (self->view->group_by ? self->view->group_by : ""));
  sp_window_set_action_state (self, "layout-groups", g_variant_new_boolean (self->view->layout_groups));
  sp_window_set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
  sp_window_insights_sync (self);
  sp_window_strategy_sync (self);
  sync_filter_checks (self);
  sp_window_update_state (self);
  if (ties_changed)
    sp_window_start_analysis (self);
  sp_window_show_selected (self);
}

/* The window's scenario, as the state line reads it: the people a
 * what-if takes out or moves, and the names of a comparison. */
static SpScenario *
window_scenario (SpWindow *self)
{
  SpScenario *scenario = sp_scenario_new ();
  const char *before_name, *after_name;

  sp_scenario_set_removed (scenario, (const char *const *) self->whatif.removed);
  if (self->whatif.move_ids != NULL)
    sp_scenario_set_moves (scenario, (const char *const *) self->whatif.move_ids,
                           (const char *const *) self->whatif.move_depts);
  if (sp_window_compare_get_names (self, &before_name, &after_name))
    {
      scenario->before_name = g_strdup (before_name);
      scenario->after_name = g_strdup (after_name);
    }
  return scenario;
}

char *
sp_window_get_state_line (SpWindow     *self,
                          SpStateFlags *flags)
{
  g_autoptr (SpScenario) scenario = NULL;
  char *line;

  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);

  if (flags != NULL)
    *flags = 0;
  if (self->network == NULL)
    return NULL;
  scenario = window_scenario (self);
  /* the canvas has the view's visibility already */
  line = sp_state_describe (self->network, self->view, scenario,
                            sp_canvas_get_node_visibility (self->canvas), flags);
  /* a filter on a measure waits for the measures: everyone is shown
   * until then, and the line says why */
  if (line != NULL && self->metrics == NULL && sp_view_state_filter_uses_measures (self->view, self->network))
    {
      /* Translators: added to the state line while a filter on a measure waits for the measures */
      char *waiting = g_strdup_printf (_("%s (not applied yet: measuring…)"), line);

      g_free (line);
      line = waiting;
    }
  return line;
}

GtkRevealer *
sp_window_get_state_bar (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->state_revealer;
}

const char *
sp_window_get_state_text (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return gtk_label_get_text (self->state_label);
}

/* The bar over the canvas: what it shows when that is not everybody as
 * the data has them, with the way back. */
void
sp_window_update_state (SpWindow *self)
{
  SpStateFlags flags = 0;
  g_autofree char *line = sp_window_get_state_line (self, &flags);

  gtk_label_set_text (self->state_label, line != NULL ? line : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->state_label), line);
  gtk_widget_set_visible (self->state_show_all, (flags & SP_STATE_FILTERED) != 0);
  gtk_widget_set_visible (self->state_whatif_reset, (flags & SP_STATE_WHAT_IF) != 0);
  gtk_widget_set_visible (self->state_compare_end, (flags & SP_STATE_COMPARED) != 0);
  if (flags & (SP_STATE_WHAT_IF | SP_STATE_COMPARED))
    gtk_widget_add_css_class (gtk_revealer_get_child (self->state_revealer), "what-if");
  else
    gtk_widget_remove_css_class (gtk_revealer_get_child (self->state_revealer), "what-if");
  /* shown or gone at once: one resize of the canvas, no strip left */
  gtk_widget_set_visible (GTK_WIDGET (self->state_revealer), line != NULL);
  gtk_revealer_set_reveal_child (self->state_revealer, line != NULL);
}

static void
history_apply_view (gpointer target,
                    gpointer data)
{
  SpWindow *self = target;

  sp_window_apply_view (self, data, FALSE);
  sp_window_set_dirty (self, TRUE);
}

/* Makes @next the view, recording the change for undo.  Takes @next. */
void
sp_window_change_view (SpWindow    *self,
                       const char  *label,
                       SpViewState *next)
{
  SpViewState *before;

  sp_window_sync_view_from_canvas (self);
  if (sp_view_state_equal (self->view, next))
    {
      sp_view_state_free (next);
      return;
    }
  before = sp_view_state_copy (self->view);
  sp_window_apply_view (self, next, FALSE);
  /* What is shown is saved along with the data but does not make the file
   * modified (closing an unchanged file after a view switch asks
   * nothing); the strategy applied does. */
  if (g_strcmp0 (before->strategy, next->strategy) != 0)
    sp_history_push (self->history, label, history_apply_view,
                     before, next, (GDestroyNotify) sp_view_state_free);
  else
    sp_history_push_view (self->history, label, history_apply_view,
                          before, next, (GDestroyNotify) sp_view_state_free);
  sp_window_set_dirty (self, TRUE);
}

SpViewState *
sp_window_copy_view (SpWindow *self)
{
  sp_window_sync_view_from_canvas (self);
  return sp_view_state_copy (self->view);
}

/* ---- selection and the side panel -------------------------------------- */

void
sp_window_show_selected (SpWindow *self)
{
  gint node = sp_canvas_get_selected (self->canvas);
  g_autofree gboolean *tie_mask = self->network != NULL
    ? sp_view_state_tie_visibility (self->view, self->network) : NULL;

  sp_person_panel_set_person (self->person_panel, self->network, node, self->metrics, tie_mask);
  /* every change of the measures and of the selection passes here;
   * neither call emits ::person-selected, so no loop back */
  sp_people_table_set_data (self->people_table, self->network, self->metrics);
  sp_people_table_set_selected (self->people_table, node);
  sp_window_insights_update (self);
  sp_window_set_action_enabled (self, "focus", node >= 0);
  sp_window_set_action_enabled (self, "hide-selected", node >= 0);
}

/* The user selected a row of the people table: that person, on the
 * canvas and in the panel, brought into sight for when the canvas is
 * shown again. */
static void
people_selected_cb (SpWindow *self,
                    gint      node)
{
  if (node == sp_canvas_get_selected (self->canvas))
    return;
  sp_window_select_node (self, node, node >= 0);
}

void
sp_window_show_people_table (SpWindow *self,
                             gboolean  shown)
{
  shown = shown && self->network != NULL;
  gtk_stack_set_visible_child_name (self->canvas_stack, shown ? "people" : "canvas");
  sp_window_set_action_state (self, "people-table", g_variant_new_boolean (shown));
  if (shown)
    gtk_widget_grab_focus (GTK_WIDGET (sp_people_table_get_search (self->people_table)));
}

static void
selected_changed_cb (SpWindow *self)
{
  gint node = sp_canvas_get_selected (self->canvas);

  sp_window_show_selected (self);
  /* the client view has the client panel and the selection card */
  if (node >= 0 && !self->presenting && g_strcmp0 (self->view->view, "clients") != 0)
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

void
sp_window_select_node (SpWindow *self,
                       gint      node,
                       gboolean  center)
{
  sp_canvas_set_selected (self->canvas, node);
  if (node >= 0 && center)
    {
      const gboolean *visible = sp_canvas_get_node_visibility (self->canvas);

      if (visible != NULL && !visible[node])
        {
          /* Searching for someone hidden by a filter shows everybody. */
          SpViewState *next = sp_window_copy_view (self);

          g_clear_pointer (&next->hidden_departments, g_strfreev);
          g_clear_pointer (&next->hidden_people, g_strfreev);
          g_clear_pointer (&next->ego, g_free);
          g_clear_pointer (&next->filter, g_free);
          sp_window_change_view (self, _("Show everybody"), next);
        }
      /* Move the drawing only when the person is out of sight. */
      {
        double x, y;
        int w = gtk_widget_get_width (GTK_WIDGET (self->canvas));
        int h = gtk_widget_get_height (GTK_WIDGET (self->canvas));

        if (!sp_canvas_node_position (self->canvas, node, &x, &y)
            || x < 40 || y < 40 || x > w - 40 || y > h - 40)
          sp_canvas_center_on (self->canvas, node);
      }
    }
}

void
sp_window_go_to_node (SpWindow *self,
                      guint     node)
{
  const gboolean *visible;

  if (self->network == NULL || node >= sp_network_n_nodes (self->network))
    return;
  sp_canvas_set_selected (self->canvas, node);
  visible = sp_canvas_get_node_visibility (self->canvas);
  if (visible != NULL && !visible[node])
    {
      /* Going to someone hidden by a filter shows everybody. */
      SpViewState *next = sp_window_copy_view (self);

      g_clear_pointer (&next->hidden_departments, g_strfreev);
      g_clear_pointer (&next->hidden_people, g_strfreev);
      g_clear_pointer (&next->ego, g_free);
      g_clear_pointer (&next->filter, g_free);
      sp_window_change_view (self, _("Show everybody"), next);
    }
  sp_canvas_go_to_person (self->canvas, node);
}

/* ---- undoable data changes -------------------------------------------- */

typedef struct {
  guint  node;
  double x;
  double y;
} NodePosition;

static void
history_apply_position (gpointer target,
                        gpointer data)
{
  SpWindow *self = target;
  NodePosition *p = data;

  if (self->network == NULL || p->node >= sp_network_n_nodes (self->network))
    return;
  self->network->x[p->node] = p->x;
  self->network->y[p->node] = p->y;
  sp_canvas_invalidate (self->canvas);
  sp_window_set_dirty (self, TRUE);
}

static void
node_moved_cb (SpWindow *self,
               gint      node,
               double    old_x,
               double    old_y)
{
  NodePosition *before = g_new (NodePosition, 1);
  NodePosition *after = g_new (NodePosition, 1);

  *before = (NodePosition) { node, old_x, old_y };
  *after = (NodePosition) { node, self->network->x[node], self->network->y[node] };
  sp_history_push (self->history, _("Move person"), history_apply_position,
                   before, after, g_free);
  sp_window_set_dirty (self, TRUE);
}

typedef struct {
  guint  node;
  char  *field;
  char  *value;
} NodeEdit;

static void
node_edit_free (NodeEdit *e)
{
  g_free (e->field);
  g_free (e->value);
  g_free (e);
}

static void
set_node_field (SpWindow   *self,
                guint       node,
                const char *field,
                const char *value)
{
  SpNode *n = sp_network_node (self->network, node);
  const char *interned = (value == NULL || *value == '\0') ? NULL : sp_network_intern (self->network, value);

  if (g_str_equal (field, "name"))
    n->name = interned;
  else if (g_str_equal (field, "department"))
    n->department = interned;
  else if (g_str_equal (field, "role"))
    n->role = interned;

  /* a new results cache: insights name people, and measures by
   * department (E-I index, brokerage) change */
  sp_window_reset_measures (self);
  if (g_str_equal (field, "department"))
    sp_window_start_analysis (self);
}

static const char *
get_node_field (SpWindow   *self,
                guint       node,
                const char *field)
{
  SpNode *n = sp_network_node (self->network, node);

  if (g_str_equal (field, "name"))
    return n->name;
  if (g_str_equal (field, "department"))
    return n->department;
  return n->role;
}

static void
history_apply_edit (gpointer target,
                    gpointer data)
{
  SpWindow *self = target;
  NodeEdit *e = data;

  if (self->network == NULL || e->node >= sp_network_n_nodes (self->network))
    return;
  set_node_field (self, e->node, e->field, e->value);
  sp_window_apply_view (self, self->view, FALSE);
  sp_window_show_selected (self);
  sp_window_set_dirty (self, TRUE);
}

static void
person_edited_cb (SpWindow   *self,
                  gint        node,
                  const char *field,
                  const char *value,
                  SpPersonPanel *panel)
{
  NodeEdit *before, *after;

  if (self->network == NULL || node < 0)
    return;
  if (g_strcmp0 (get_node_field (self, node, field), *value ? value : NULL) == 0)
    return;

  before = g_new0 (NodeEdit, 1);
  before->node = node;
  before->field = g_strdup (field);
  before->value = g_strdup (get_node_field (self, node, field));
  after = g_new0 (NodeEdit, 1);
  after->node = node;
  after->field = g_strdup (field);
  after->value = g_strdup (value);

  history_apply_edit (self, after);
  sp_history_push (self->history, _("Edit person"), history_apply_edit,
                   before, after, (GDestroyNotify) node_edit_free);
}

/* ---- filters ----------------------------------------------------------- */

void
sp_window_toggle_department (SpWindow   *self,
                             const char *department)
{
  SpViewState *next = sp_window_copy_view (self);
  gboolean hide = !sp_view_state_strv_has (next->hidden_departments, department);
  GStrv strv = sp_view_state_strv_with (next->hidden_departments, department, hide);

  g_strfreev (next->hidden_departments);
  next->hidden_departments = strv;
  sp_window_change_view (self, hide ? _("Hide department") : _("Show department"), next);
}

void
sp_window_toggle_tie_type (SpWindow   *self,
                           const char *type)
{
  SpViewState *next = sp_window_copy_view (self);
  gboolean hide = !sp_view_state_strv_has (next->hidden_tie_types, type);
  GStrv strv = sp_view_state_strv_with (next->hidden_tie_types, type, hide);

  g_strfreev (next->hidden_tie_types);
  next->hidden_tie_types = strv;
  sp_window_change_view (self, hide ? _("Hide tie type") : _("Show tie type"), next);
}

static void
filter_check_toggled_cb (GtkCheckButton *check,
                         SpWindow       *self)
{
  const char *dept = g_object_get_data (G_OBJECT (check), "department");
  const char *type = g_object_get_data (G_OBJECT (check), "tie-type");

  if (self->syncing_filters)
    return;
  if (dept != NULL)
    sp_window_toggle_department (self, dept);
  else if (type != NULL)
    sp_window_toggle_tie_type (self, type);
}

void
sp_window_set_filter (SpWindow   *self,
                      const char *text,
                      GError    **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  SpViewState *next;

  if (self->network == NULL)
    return;
  if (*trimmed != '\0')
    {
      g_autoptr (SpFilter) filter = sp_filter_parse (trimmed, self->network, error);

      if (filter == NULL)
        return;
    }
  next = sp_window_copy_view (self);
  g_free (next->filter);
  next->filter = *trimmed != '\0' ? g_steal_pointer (&trimmed) : NULL;
  sp_window_change_view (self, next->filter != NULL ? _("Filter people") : _("Remove filter"), next);
}

static void
filter_entry_activate_cb (GtkEntry *entry,
                          SpWindow *self)
{
  g_autoptr (GError) error = NULL;

  sp_window_set_filter (self, gtk_editable_get_text (GTK_EDITABLE (entry)), &error);
  if (error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_label_set_text (GTK_LABEL (self->filter_message), error->message);
    }
}

static void
add_filter_heading (SpWindow   *self,
                    const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (self->filter_box), label);
}

static void
add_filter_check (SpWindow   *self,
                  const char *label,
                  const char *key,
                  const char *value)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_object_set_data_full (G_OBJECT (check), key, g_strdup (value), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_signal_connect (check, "toggled", G_CALLBACK (filter_check_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->filter_box), check);
}

static void
rebuild_filters (SpWindow *self)
{
  GtkWidget *child;
  g_autoptr (GPtrArray) departments = NULL;
  g_autofree gboolean *type_used = NULL;
  GtkWidget *button;

  self->filter_entry = NULL;
  self->filter_message = NULL;
  while ((child = gtk_widget_get_first_child (self->filter_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->filter_box), child);
  if (self->network == NULL)
    return;

  add_filter_heading (self, _("People"));
  self->filter_entry = gtk_entry_new ();
  /* Translators: the placeholder of the filter field; keep the operators and "and" as they are */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->filter_entry), _("e.g. performance >= 4 and degree > 5"));
  gtk_widget_set_size_request (self->filter_entry, 300, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter people"), -1);
  g_signal_connect (self->filter_entry, "activate", G_CALLBACK (filter_entry_activate_cb), self);
  gtk_box_append (GTK_BOX (self->filter_box), self->filter_entry);
  self->filter_message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->filter_message), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->filter_message), 40);
  gtk_label_set_xalign (GTK_LABEL (self->filter_message), 0);
  gtk_widget_add_css_class (self->filter_message, "dim-label");
  gtk_widget_add_css_class (self->filter_message, "caption");
  gtk_box_append (GTK_BOX (self->filter_box), self->filter_message);

  departments = sp_network_departments (self->network);
  add_filter_heading (self, _("Departments"));
  for (guint i = 0; i < departments->len; i++)
    add_filter_check (self, g_ptr_array_index (departments, i), "department",
                      g_ptr_array_index (departments, i));

  type_used = g_new0 (gboolean, MAX (self->network->tie_types->len, 1));
  for (guint t = 0; t < sp_network_n_ties (self->network); t++)
    type_used[sp_network_tie (self->network, t)->type] = TRUE;
  add_filter_heading (self, _("Tie Types"));
  for (guint t = 0; t < self->network->tie_types->len; t++)
    {
      const char *name = g_ptr_array_index (self->network->tie_types, t);

      if (!type_used[t])
        continue;
      add_filter_check (self, name[0] ? name : _("Untyped"), "tie-type", name);
    }

  button = gtk_button_new_with_mnemonic (_("Show _All"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-all");
  gtk_widget_set_margin_top (button, 6);
  gtk_box_append (GTK_BOX (self->filter_box), button);
  sync_filter_checks (self);
}

static void
rebuild_color_menu (SpWindow *self)
{
  g_menu_remove_all (self->color_section);
  g_menu_remove_all (self->size_section);
  g_menu_remove_all (self->group_section);
  if (self->network == NULL)
    return;
  /* Colour and group by the categorical attributes that sort people into
   * groups: more than one value, and not one value per person (names,
   * e-mail addresses) */
  for (guint i = 0; i < self->network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->network->attributes, i);
      g_autoptr (GHashTable) values = NULL;
      guint n_valued = 0;

      if (attr->type != SP_ATTR_CATEGORICAL || sp_render_own_color_attribute (self->network, attr->name) != NULL)
        continue;
      values = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint k = 0; k < sp_network_n_nodes (self->network); k++)
        if (attr->str[k] != NULL && sp_network_node (self->network, k)->kind == SP_NODE_PERSON)
          {
            g_hash_table_add (values, (gpointer) attr->str[k]);
            n_valued++;
          }
      if (g_hash_table_size (values) >= 2 && g_hash_table_size (values) < n_valued)
        {
          /* Translators: a menu item, %s is an attribute such as "location" */
          g_autofree char *label = g_strdup_printf (_("By %s"), attr->name);
          g_autoptr (GMenuItem) colour = g_menu_item_new (label, NULL);
          g_autoptr (GMenuItem) group = g_menu_item_new (label, NULL);

          g_menu_item_set_action_and_target_value (colour, "win.color-by", g_variant_new_string (attr->name));
          g_menu_append_item (self->color_section, colour);
          g_menu_item_set_action_and_target_value (group, "win.group-by", g_variant_new_string (attr->name));
          g_menu_append_item (self->group_section, group);
        }
    }
  for (guint i = 0; i < self->network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->network->attributes, i);
      g_autoptr (GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      /* a scale, or the nodes' own colours (GEXF's "viz colour") */
      if (attr->type != SP_ATTR_NUMERIC && sp_render_own_color_attribute (self->network, attr->name) == NULL)
        continue;
      /* Translators: a menu item, %s is an attribute such as "performance" */
      label = g_strdup_printf (_("By %s"), attr->name);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.color-by", g_variant_new_string (attr->name));
      g_menu_append_item (self->color_section, item);
    }
  /* Size by: the numeric attributes (GEXF's "viz size" among them) */
  for (guint i = 0; i < self->network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->network->attributes, i);
      g_autoptr (GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (attr->type != SP_ATTR_NUMERIC)
        continue;
      /* Translators: a menu item, %s is an attribute such as "performance" */
      label = g_strdup_printf (_("By %s"), attr->name);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.size-by", g_variant_new_string (attr->name));
      g_menu_append_item (self->size_section, item);
    }
}

/* ---- the network shown --------------------------------------------------- */

void
sp_window_update_title (SpWindow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;
  const char *title;

  if (self->network == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Samenspel"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Samenspel"));
      return;
    }

  title = self->network->title ? self->network->title : _("Untitled Network");
  {
    g_autofree char *people = g_strdup_printf (ngettext ("%u person", "%u people", sp_network_n_persons (self->network)),
                                               sp_network_n_persons (self->network));
    /* ties as the drawing and its legend count them: pairs joined by at
     * least one tie */
    g_autofree char *ties = g_strdup_printf (ngettext ("%u tie", "%u ties", self->n_tie_pairs),
                                             self->n_tie_pairs);

    if (sp_network_n_clients (self->network) > 0)
      {
        g_autofree char *clients = g_strdup_printf (ngettext ("%u client", "%u clients", sp_network_n_clients (self->network)),
                                                    sp_network_n_clients (self->network));
        subtitle = g_strdup_printf ("%s · %s · %s", people, clients, ties);
      }
    else
      subtitle = g_strdup_printf ("%s · %s", people, ties);
    /* a narrow window leaves the title little room between the view
     * switcher and the buttons: the people alone, the rest in the tooltip */
    if (self->title_narrow)
      {
        tooltip = g_steal_pointer (&subtitle);
        subtitle = g_strdup (people);
      }
  }
  if (sp_network_n_ties (self->network) != self->n_tie_pairs)
    {
      g_autofree char *records = g_strdup_printf (ngettext ("The file holds %u tie record: two people count as tied once, whatever the number of tie types or directions between them.",
                                                            "The file holds %u tie records: two people count as tied once, whatever the number of tie types or directions between them.",
                                                            sp_network_n_ties (self->network)),
                                                  sp_network_n_ties (self->network));
      char *both = tooltip != NULL ? g_strconcat (tooltip, "\n", records, NULL) : g_steal_pointer (&records);

      g_free (tooltip);
      tooltip = both;
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), tooltip);
  if (sp_window_is_modified (self))
    {
      /* Translators: the window title of a network with unsaved changes */
      g_autofree char *modified = g_strdup_printf (_("• %s"), title);

      adw_window_title_set_title (self->window_title, modified);
    }
  else
    adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* A new results cache for the network as it is now (loaded, or edited
 * in a way that changes measures), shared with the canvas. */
void
sp_window_reset_measures (SpWindow *self)
{
  g_clear_pointer (&self->measures, sp_measures_unref);
  if (self->network != NULL)
    self->measures = sp_measures_new_frozen (self->network);
  sp_canvas_set_measures (self->canvas, self->measures);
  sp_client_panel_set_measures (self->client_panel, self->measures);
}

/* A folder data set may hold the strategy it is measured against
 * (strategy.txt, as the bundled example does): it opens with it, as part
 * of the view it opens with (nothing to save). */
static void
folder_strategy (SpWindow *self,
                 GFile    *file)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *set = path ? sp_import_data_set_of (path) : NULL;
  g_autofree char *strategy_path = NULL;
  g_autoptr (SpStrategy) strategy = NULL;
  g_autoptr (GError) error = NULL;

  if (set == NULL || !g_file_test (set, G_FILE_TEST_IS_DIR))
    return;
  strategy_path = g_build_filename (set, "strategy.txt", NULL);
  if (!g_file_test (strategy_path, G_FILE_TEST_IS_REGULAR))
    return;
  strategy = sp_strategy_load (strategy_path, &error);
  if (strategy == NULL)
    {
      sp_window_toast (self, error->message);
      return;
    }
  g_free (self->view->strategy);
  self->view->strategy = sp_strategy_to_text (strategy);
}

void
sp_window_set_network (SpWindow    *self,
                       SpNetwork   *network,
                       GFile       *file,
                       SpViewState *view,
                       GPtrArray   *slides)
{
  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].cancellable != NULL && i != JOB_LOAD)
      g_cancellable_cancel (self->jobs[i].cancellable);

  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_set_object (&self->file, file);
  self->network = network ? sp_network_ref (network) : NULL;
  self->n_tie_pairs = network ? sp_network_n_tie_pairs (network) : 0;
  sp_history_clear (self->history);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  self->slides = slides ? g_ptr_array_ref (slides)
                        : g_ptr_array_new_with_free_func ((GDestroyNotify) sp_view_state_free);
  self->slide_index = -1;
  sp_window_set_dirty (self, FALSE);

  sp_canvas_set_network (self->canvas, network);
  sp_window_reset_measures (self);
  sp_view_state_free (self->view);
  self->view = view ? sp_view_state_copy (view) : sp_view_state_new ();
  if (view == NULL)
    {
      g_autofree char *engine = g_settings_get_string (self->settings, "layout-engine");
      g_autofree char *color = g_settings_get_string (self->settings, "color-map");
      SpAttribute *attr = color[0] ? sp_network_find_attribute (network, color) : NULL;

      g_free (self->view->layout_engine);
      self->view->layout_engine = g_steal_pointer (&engine);
      self->view->label_density = g_settings_get_double (self->settings, "label-density");
      if (attr != NULL && attr->type == SP_ATTR_NUMERIC)
        self->view->color_by = g_strdup (color);
      folder_strategy (self, file);
    }

  sp_window_update_title (self);
  sp_window_whatif_network_changed (self);
  rebuild_filters (self);
  rebuild_color_menu (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->stack, "network");
  gtk_widget_set_visible (self->network_buttons, TRUE);
  gtk_widget_set_visible (self->undo_box, TRUE);

  sp_window_apply_view (self, self->view, TRUE);
  if (self->view->selected != NULL)
    sp_canvas_set_selected (self->canvas, sp_network_find_node (network, self->view->selected));

  if (!network->has_layout)
    sp_window_start_layout (self, self->view->layout_engine, FALSE);
  sp_window_start_analysis (self);
  sp_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* ---- GObject ----------------------------------------------------------- */

static void
dark_changed_cb (SpWindow *self)
{
  if (self->network != NULL)
    sp_window_update_style (self);
}

static gboolean
sp_window_close_request (GtkWindow *window)
{
  SpWindow *self = SP_WINDOW (window);
  int width, height;

  if (!self->close_confirmed && sp_window_is_modified (self))
    {
      sp_window_ask_unsaved (self, AFTER_CLOSE, NULL);
      return TRUE;
    }

  gtk_window_get_default_size (window, &width, &height);
  if (!gtk_window_is_maximized (window) && !gtk_window_is_fullscreen (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].cancellable != NULL)
      g_cancellable_cancel (self->jobs[i].cancellable);

  return GTK_WINDOW_CLASS (sp_window_parent_class)->close_request (window);
}

static void
sp_window_dispose (GObject *object)
{
  SpWindow *self = SP_WINDOW (object);

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->title_idle, g_source_remove);
  for (guint i = 0; i < N_JOBS; i++)
    {
      if (self->jobs[i].cancellable != NULL)
        g_cancellable_cancel (self->jobs[i].cancellable);
      g_clear_object (&self->jobs[i].cancellable);
    }
  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  sp_window_search_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_WINDOW);

  G_OBJECT_CLASS (sp_window_parent_class)->dispose (object);
}

static void
sp_window_finalize (GObject *object)
{
  SpWindow *self = SP_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->open_after);
  g_clear_pointer (&self->view, sp_view_state_free);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_clear_pointer (&self->measures, sp_measures_unref);
  g_clear_pointer (&self->search_matches, g_array_unref);
  g_free (self->export_caption);
  sp_window_insights_finalize (self);
  sp_window_whatif_finalize (self);
  sp_window_strategy_finalize (self);

  G_OBJECT_CLASS (sp_window_parent_class)->finalize (object);
}

/* The title's subtitle follows the window's width (sp_window_update_title),
 * changed after the allocation, not during it. */
#define NARROW_TITLE_WIDTH 1500

static gboolean
update_title_idle (gpointer data)
{
  SpWindow *self = data;

  self->title_idle = 0;
  sp_window_update_title (self);
  return G_SOURCE_REMOVE;
}

static void
sp_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  SpWindow *self = SP_WINDOW (widget);
  gboolean narrow = width < NARROW_TITLE_WIDTH;

  GTK_WIDGET_CLASS (sp_window_parent_class)->size_allocate (widget, width, height, baseline);
  if (narrow != self->title_narrow)
    {
      self->title_narrow = narrow;
      if (self->title_idle == 0)
        self->title_idle = g_idle_add (update_title_idle, self);
    }
}

static void
sp_window_class_init (SpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sp_window_dispose;
  object_class->finalize = sp_window_finalize;
  widget_class->size_allocate = sp_window_size_allocate;
  window_class->close_request = sp_window_close_request;

  g_type_ensure (SP_TYPE_CANVAS);
  g_type_ensure (SP_TYPE_PERSON_PANEL);
  g_type_ensure (SP_TYPE_LEGEND_CARD);
  g_type_ensure (SP_TYPE_INSIGHT_PANEL);
  g_type_ensure (SP_TYPE_CLIENT_PANEL);
  g_type_ensure (SP_TYPE_WHATIF_PANEL);
  g_type_ensure (SP_TYPE_STRATEGY_PANEL);
  g_type_ensure (SP_TYPE_PEOPLE_TABLE);

  sp_window_actions_class_init (widget_class);
  sp_window_whatif_class_init (widget_class);
  sp_window_strategy_class_init (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/samenspel/Samenspel/sp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, state_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, state_label);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, state_show_all);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, state_whatif_reset);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, state_compare_end);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, header_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, network_buttons);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, filter_box);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, search_status);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, recent_label);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, legend_card);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, zoom_box);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, caption_revealer);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, person_panel);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, whatif_panel);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, strategy_panel);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, insight_flap);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, insight_panel);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, client_panel);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, canvas_stack);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, people_table);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, color_section);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, size_section);
  gtk_widget_class_bind_template_child (widget_class, SpWindow, group_section);

}

static void
sp_window_init (SpWindow *self)
{
  self->settings = g_settings_new (APP_ID);
  self->view = sp_view_state_new ();
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_view_state_free);
  self->slide_index = -1;
  self->history = sp_history_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* every wing's state is in place (zeroed with the instance, the panels
   * from the template): the actions and signals can come in any order */
  sp_window_actions_init (self);
  sp_window_insights_init (self);
  sp_window_whatif_init (self);
  sp_window_strategy_init (self);
  sp_window_search_init (self);
  sp_window_dnd_init (self);

  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (sp_window_update_actions), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (sp_window_update_actions), self);
  g_signal_connect_swapped (self->history, "notify::modified", G_CALLBACK (sp_window_update_title), self);

  g_signal_connect_swapped (self->canvas, "notify::selected", G_CALLBACK (selected_changed_cb), self);
  g_signal_connect_swapped (self->people_table, "person-selected", G_CALLBACK (people_selected_cb), self);
  sp_legend_card_set_canvas (self->legend_card, self->canvas);
  sp_canvas_set_overlays (self->canvas, GTK_WIDGET (self->legend_card), GTK_WIDGET (self->caption_revealer));
  g_signal_connect_swapped (self->canvas, "node-moved", G_CALLBACK (node_moved_cb), self);
  g_signal_connect_swapped (self->person_panel, "edited", G_CALLBACK (person_edited_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (dark_changed_cb), self);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_stack_set_visible_child_name (self->stack, "welcome");
  sp_window_update_actions (self);
}

SpWindow *
sp_window_new (GtkApplication *application)
{
  return g_object_new (SP_TYPE_WINDOW, "application", application, NULL);
}

/* ---- accessors --------------------------------------------------------- */

SpNetwork *
sp_window_get_network (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->network;
}

GFile *
sp_window_get_file (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->file;
}

SpCanvas *
sp_window_get_canvas (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->canvas;
}

SpPersonPanel *
sp_window_get_person_panel (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->person_panel;
}

SpHistory *
sp_window_get_history (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->history;
}

const SpViewState *
sp_window_get_view (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  sp_window_sync_view_from_canvas (self);
  return self->view;
}

GPtrArray *
sp_window_get_slides (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->slides;
}

gint
sp_window_get_slide_index (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), -1);
  return self->slide_index;
}

SpMetrics *
sp_window_get_metrics (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->metrics;
}

const char *
sp_window_get_page (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
sp_window_is_busy (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return sp_window_any_job_running (self)
      || (self->export_dialog != NULL && sp_export_dialog_is_busy (SP_EXPORT_DIALOG (self->export_dialog)));
}

gboolean
sp_window_get_presenting (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return self->presenting;
}

GtkWindow *
sp_window_get_export_dialog (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return GTK_WINDOW (self->export_dialog);
}

void
sp_window_get_export_options (SpWindow        *self,
                              double           width,
                              double           height,
                              SpRenderOptions *options)
{
  SpRenderOptions canvas;

  g_return_if_fail (SP_IS_WINDOW (self));

  /* What the command line does for the same view: defaults, then the
   * view's encodings and filters; no zoom, pan, selection or dark mode. */
  sp_canvas_get_render_options (self->canvas, &canvas);
  sp_render_options_init (options, width, height);
  options->color_by = self->view->color_by;
  options->size_by = self->view->size_by;
  options->node_visible = canvas.node_visible;
  options->tie_type_visible = canvas.tie_type_visible;
  /* what-if, strategy fit and before/after, as on screen */
  options->ghosted = canvas.ghosted;
  options->moved_department = canvas.moved_department;
  options->ties_gained = canvas.ties_gained;
  options->n_ties_gained = canvas.n_ties_gained;
  options->ties_lost = canvas.ties_lost;
  options->n_ties_lost = canvas.n_ties_lost;
  options->outline_groups = canvas.outline_groups;
  options->outline_colors = canvas.outline_colors;
  options->outline_labels = canvas.outline_labels;
  options->n_outlines = canvas.n_outlines;
  /* the state line over the sentences: an export says what it shows */
  {
    g_autofree char *line = sp_window_get_state_line (self, NULL);
    g_autofree char *strategy = sp_window_strategy_describe_applied (self);
    GString *caption = g_string_new (NULL);
    const char *parts[] = { line, strategy, canvas.caption };

    for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
      if (parts[k] != NULL && *parts[k] != '\0')
        {
          if (caption->len > 0)
            g_string_append_c (caption, '\n');
          g_string_append (caption, parts[k]);
        }
    g_free (self->export_caption);
    self->export_caption = g_string_free (caption, caption->len == 0);
    options->caption = self->export_caption;
  }
  /* talent, openness and the view, as on screen */
  sp_window_insights_export_options (self, &canvas, options);
}

SpLegendCard *
sp_window_get_legend_card (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->legend_card;
}
