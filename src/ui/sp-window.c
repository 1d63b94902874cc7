/* sp-window.c — one open organisation: canvas, panel, actions
 *
 * Long work (loading, layout, measures, saving) runs in GTask workers;
 * the window shows its progress over the canvas and can cancel it.
 * Every change of the view or the data goes through the undo history.
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sp-import.h"
#include "sp-layout.h"
#include "sp-render.h"
#include "sp-window.h"
#include "sp-export-dialog.h"
#include "sp-legend-card.h"
#include "sp-window-whatif.h"
#include "sp-window-strategy.h"
#include "sp-window-private.h"

G_DEFINE_FINAL_TYPE (SpWindow, sp_window, ADW_TYPE_APPLICATION_WINDOW)

static void apply_view        (SpWindow          *self,
                               const SpViewState *view,
                               gboolean           with_transform);
static void start_layout      (SpWindow          *self,
                               const char        *engine,
                               gboolean           record);
static void start_analysis    (SpWindow          *self);
static void update_actions    (SpWindow          *self);
static void show_selected     (SpWindow          *self);

/* ---- small helpers ----------------------------------------------------- */

static void
toast (SpWindow   *self,
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

static void
set_action_state (SpWindow   *self,
                  const char *name,
                  GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  else
    g_variant_unref (g_variant_ref_sink (state));
}

static gboolean
any_job_running (SpWindow *self)
{
  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].running)
      return TRUE;
  return FALSE;
}

/* Only FALSE (loaded or saved) matters: changes are counted by the
 * history, so that undoing them all leaves nothing to save. */
static void
set_dirty (SpWindow *self,
           gboolean  dirty)
{
  if (dirty)
    return;
  self->unrecorded_changes = FALSE;
  sp_history_mark_clean (self->history);
}

/* ---- progress --------------------------------------------------------- */

static const char *
job_label (SpWindowJobKind kind)
{
  switch (kind)
    {
    case JOB_LOAD:     return _("Opening…");
    case JOB_LAYOUT:   return _("Laying out the network…");
    case JOB_ANALYSIS: return _("Computing network measures…");
    case JOB_SAVE:     return _("Saving…");
    case N_JOBS:
    default:           return "";
    }
}

static gboolean
progress_tick (gpointer user_data)
{
  SpWindow *self = user_data;

  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].running)
      {
        double f = self->jobs[i].fraction;

        gtk_label_set_text (self->progress_label, job_label (i));
        if (f < 0)
          gtk_progress_bar_pulse (self->progress_bar);
        else
          gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (f, 0, 1));
        gtk_revealer_set_reveal_child (self->progress_revealer, !self->presenting);
        return G_SOURCE_CONTINUE;
      }

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  self->progress_source = 0;
  return G_SOURCE_REMOVE;
}

static void
job_progress (double   fraction,
              gpointer user_data)
{
  SpWindowJob *job = user_data;

  /* From a worker thread: only store; progress_tick shows it. */
  job->fraction = fraction;
}

static GCancellable *
job_begin (SpWindow *self,
           SpWindowJobKind kind)
{
  SpWindowJob *job = &self->jobs[kind];

  if (job->cancellable != NULL)
    g_cancellable_cancel (job->cancellable);
  g_clear_object (&job->cancellable);
  job->cancellable = g_cancellable_new ();
  job->fraction = -1;
  job->running = TRUE;
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, progress_tick, self);
  update_actions (self);
  return job->cancellable;
}

static void
job_end (SpWindow *self,
         SpWindowJobKind kind)
{
  self->jobs[kind].running = FALSE;
  update_actions (self);
}

/* ---- view ------------------------------------------------------------- */

static void
sync_view_from_canvas (SpWindow *self)
{
  self->view->zoom = sp_canvas_get_zoom (self->canvas);
  sp_canvas_get_pan (self->canvas, &self->view->pan_x, &self->view->pan_y);
}

static gboolean
is_dark (SpWindow *self)
{
  return self->presenting || adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
update_style (SpWindow *self)
{
  SpRenderOptions options;

  sp_render_options_init (&options, 1, 1);
  options.color_by = self->view->color_by;
  options.size_by = self->view->size_by;
  options.label_density = self->presenting ? MAX (self->view->label_density, 0.4) : self->view->label_density;
  options.label_scale = self->presenting ? 2.0 : 1.0;
  options.dark = is_dark (self);
  sp_window_insights_style (self->view, &options);
  sp_canvas_set_style (self->canvas, &options);
}

static void
sync_filter_checks (SpWindow *self)
{
  self->syncing_filters = TRUE;
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
static void
apply_view (SpWindow          *self,
            const SpViewState *view,
            gboolean           with_transform)
{
  g_autofree char *old_ties = NULL;
  g_autofree char *new_ties = NULL;
  gboolean ties_changed;

  if (view != self->view)
    {
      SpViewState *copy = sp_view_state_copy (view);

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

  update_style (self);
  sp_canvas_set_visibility (self->canvas,
                            sp_view_state_node_visibility (self->view, self->network),
                            sp_view_state_tie_visibility (self->view, self->network));
  if (with_transform)
    sp_canvas_set_transform (self->canvas, self->view->zoom, self->view->pan_x, self->view->pan_y);

  set_action_state (self, "color-by", g_variant_new_string (self->view->color_by ? self->view->color_by : ""));
  set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
  sp_window_insights_sync (self);
  sp_window_strategy_sync (self);
  sync_filter_checks (self);
  if (ties_changed)
    start_analysis (self);
  show_selected (self);
}

static void
history_apply_view (gpointer target,
                    gpointer data)
{
  SpWindow *self = target;

  apply_view (self, data, FALSE);
  set_dirty (self, TRUE);
}

/* Makes @next the view, recording the change for undo.  Takes @next. */
void
sp_window_change_view (SpWindow    *self,
                       const char  *label,
                       SpViewState *next)
{
  SpViewState *before;

  sync_view_from_canvas (self);
  if (sp_view_state_equal (self->view, next))
    {
      sp_view_state_free (next);
      return;
    }
  before = sp_view_state_copy (self->view);
  apply_view (self, next, FALSE);
  sp_history_push (self->history, label, history_apply_view,
                   before, next, (GDestroyNotify) sp_view_state_free);
  set_dirty (self, TRUE);
}

SpViewState *
sp_window_copy_view (SpWindow *self)
{
  sync_view_from_canvas (self);
  return sp_view_state_copy (self->view);
}

/* ---- selection and the side panel -------------------------------------- */

static void
show_selected (SpWindow *self)
{
  gint node = sp_canvas_get_selected (self->canvas);

  sp_person_panel_set_person (self->person_panel, self->network, node, self->metrics);
  sp_window_insights_update (self);
  sp_window_set_action_enabled (self, "focus", node >= 0);
  sp_window_set_action_enabled (self, "hide-selected", node >= 0);
}

static void
selected_changed_cb (SpWindow *self)
{
  gint node = sp_canvas_get_selected (self->canvas);

  show_selected (self);
  /* the client view has the client panel and the selection card */
  if (node >= 0 && !self->presenting && g_strcmp0 (self->view->view, "clients") != 0)
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
select_node (SpWindow *self,
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
  set_dirty (self, TRUE);
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
  set_dirty (self, TRUE);
}

typedef struct {
  char   *engine;
  guint   n;
  double *x;
  double *y;
} LayoutSnapshot;

static void
layout_snapshot_free (LayoutSnapshot *s)
{
  g_free (s->engine);
  g_free (s->x);
  g_free (s->y);
  g_free (s);
}

static LayoutSnapshot *
layout_snapshot_take (SpWindow *self)
{
  LayoutSnapshot *s = g_new0 (LayoutSnapshot, 1);

  s->engine = g_strdup (self->view->layout_engine);
  s->n = sp_network_n_nodes (self->network);
  s->x = g_memdup2 (self->network->x, sizeof (double) * MAX (s->n, 1));
  s->y = g_memdup2 (self->network->y, sizeof (double) * MAX (s->n, 1));
  return s;
}

static void
history_apply_layout (gpointer target,
                      gpointer data)
{
  SpWindow *self = target;
  LayoutSnapshot *s = data;

  if (self->network == NULL || s->n != sp_network_n_nodes (self->network))
    return;
  memcpy (self->network->x, s->x, sizeof (double) * s->n);
  memcpy (self->network->y, s->y, sizeof (double) * s->n);
  g_free (self->view->layout_engine);
  self->view->layout_engine = g_strdup (s->engine);
  set_action_state (self, "layout-engine", g_variant_new_string (s->engine));
  sp_canvas_invalidate (self->canvas);
  set_dirty (self, TRUE);
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
    {
      n->department = interned;
      /* Measures by department (E-I index, brokerage) change. */
      g_hash_table_remove_all (self->metrics_cache);
      start_analysis (self);
    }
  else if (g_str_equal (field, "role"))
    n->role = interned;
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
  apply_view (self, self->view, FALSE);
  sp_canvas_invalidate (self->canvas);
  show_selected (self);
  set_dirty (self, TRUE);
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

static void
toggle_department (SpWindow   *self,
                   const char *department)
{
  SpViewState *next = sp_window_copy_view (self);
  gboolean hide = !sp_view_state_strv_has (next->hidden_departments, department);
  GStrv strv = sp_view_state_strv_with (next->hidden_departments, department, hide);

  g_strfreev (next->hidden_departments);
  next->hidden_departments = strv;
  sp_window_change_view (self, hide ? _("Hide department") : _("Show department"), next);
}

static void
toggle_tie_type (SpWindow   *self,
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
    toggle_department (self, dept);
  else if (type != NULL)
    toggle_tie_type (self, type);
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

  while ((child = gtk_widget_get_first_child (self->filter_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->filter_box), child);
  if (self->network == NULL)
    return;

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
  if (self->network == NULL)
    return;
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
      g_menu_item_set_action_and_target_value (item, "win.color-by", g_variant_new_string (attr->name));
      g_menu_append_item (self->color_section, item);
    }
}

/* ---- search ------------------------------------------------------------ */

static void
search_changed_cb (SpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  GArray *matches;

  g_clear_pointer (&self->search_matches, g_array_unref);
  if (self->network == NULL || text[0] == '\0')
    {
      gtk_label_set_text (self->search_status, "");
      sp_canvas_set_marked (self->canvas, NULL);
      return;
    }

  needle = g_utf8_casefold (text, -1);
  matches = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < sp_network_n_nodes (self->network); i++)
    {
      g_autofree char *hay = g_utf8_casefold (sp_network_node_label (self->network, i), -1);

      if (strstr (hay, needle) != NULL)
        g_array_append_val (matches, i);
    }

  if (matches->len == 0)
    gtk_label_set_text (self->search_status, _("No one found"));
  else
    {
      g_autofree char *status = g_strdup_printf (ngettext ("%u person", "%u people", matches->len), matches->len);
      gtk_label_set_text (self->search_status, status);
    }
  self->search_matches = g_array_ref (matches);
  sp_canvas_set_marked (self->canvas, matches);
}

static void
search_step (SpWindow *self,
             int       step)
{
  gint current = sp_canvas_get_selected (self->canvas);
  guint n, pick = 0;

  if (self->search_matches == NULL || self->search_matches->len == 0)
    return;
  n = self->search_matches->len;
  for (guint i = 0; i < n; i++)
    if ((gint) g_array_index (self->search_matches, guint, i) == current)
      {
        pick = (i + n + step) % n;
        break;
      }
  select_node (self, g_array_index (self->search_matches, guint, pick), TRUE);
}

static void search_activate_cb (SpWindow *self) { search_step (self, 1); }
static void search_next_cb     (SpWindow *self) { search_step (self, 1); }
static void search_previous_cb (SpWindow *self) { search_step (self, -1); }

static void
search_stop_cb (SpWindow *self)
{
  gtk_toggle_button_set_active (self->search_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* ---- recent files ------------------------------------------------------ */

static void
recent_row_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         SpWindow      *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr (GFile) file = g_file_new_for_uri (uri);

  sp_window_open (self, file);
}

static void
rebuild_recent (SpWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (GList *l = items; l != NULL && shown < 6; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      GtkWidget *row;
      g_autoptr (GFile) file = NULL;
      g_autofree char *path = NULL;
      g_autofree char *dir = NULL;

      if (!gtk_recent_info_has_application (info, g_get_application_name ())
          || !gtk_recent_info_exists (info))
        continue;
      file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
      path = g_file_get_path (file);
      if (path == NULL)
        continue;
      dir = g_path_get_dirname (path);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gtk_recent_info_get_display_name (info));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (self->recent_label, shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), shown > 0);
}

static void
add_recent (SpWindow *self,
            GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *path = g_file_get_path (file);
  GtkRecentData data = { 0 };

  data.display_name = NULL;
  data.mime_type = (char *) (path && g_file_test (path, G_FILE_TEST_IS_DIR) ? "inode/directory" : "application/octet-stream");
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "samenspel %f";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* ---- loading ----------------------------------------------------------- */

static void
update_title (SpWindow *self)
{
  g_autofree char *subtitle = NULL;
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
    g_autofree char *ties = g_strdup_printf (ngettext ("%u tie", "%u ties", sp_network_n_ties (self->network)),
                                             sp_network_n_ties (self->network));

    if (sp_network_n_clients (self->network) > 0)
      {
        g_autofree char *clients = g_strdup_printf (ngettext ("%u client", "%u clients", sp_network_n_clients (self->network)),
                                                    sp_network_n_clients (self->network));
        subtitle = g_strdup_printf ("%s · %s · %s", people, clients, ties);
      }
    else
      subtitle = g_strdup_printf ("%s · %s", people, ties);
  }
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

static void
set_network (SpWindow    *self,
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
  g_hash_table_remove_all (self->metrics_cache);
  g_set_object (&self->file, file);
  self->network = network ? sp_network_ref (network) : NULL;
  sp_history_clear (self->history);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  self->slides = slides ? g_ptr_array_ref (slides)
                        : g_ptr_array_new_with_free_func ((GDestroyNotify) sp_view_state_free);
  self->slide_index = -1;
  set_dirty (self, FALSE);

  sp_canvas_set_network (self->canvas, network);
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
    }

  update_title (self);
  sp_window_whatif_network_changed (self);
  rebuild_filters (self);
  rebuild_color_menu (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->stack, "network");
  gtk_widget_set_visible (self->network_buttons, TRUE);
  gtk_widget_set_visible (self->undo_box, TRUE);

  apply_view (self, self->view, TRUE);
  if (self->view->selected != NULL)
    sp_canvas_set_selected (self->canvas, sp_network_find_node (network, self->view->selected));

  if (!network->has_layout)
    start_layout (self, self->view->layout_engine, FALSE);
  start_analysis (self);
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *path = g_file_get_path (file);
  GError *error = NULL;
  SpNetwork *network;

  if (path == NULL)
    {
      g_task_return_new_error (task, SP_ERROR, SP_ERROR_IO, _("Only local files can be opened"));
      return;
    }
  network = sp_import_file (path, NULL, &error);
  if (network == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, network, (GDestroyNotify) sp_network_unref);
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (SpViewState) view = NULL;
  g_autoptr (GPtrArray) slides = NULL;

  job_end (self, JOB_LOAD);
  gtk_spinner_set_spinning (self->loading_spinner, FALSE);

  if (network == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      gtk_stack_set_visible_child_name (self->stack, self->network ? "network" : "welcome");
      {
        AdwMessageDialog *dialog;

        dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the File"),
                                                             error->message));
        adw_message_dialog_add_response (dialog, "close", _("_Close"));
        gtk_window_present (GTK_WINDOW (dialog));
      }
      return;
    }

  if (network->view_state != NULL)
    {
      g_autoptr (GError) view_error = NULL;

      if (!sp_view_state_deserialize (network->view_state, &view, &slides, &view_error))
        g_debug ("Ignoring the view settings: %s", view_error->message);
    }

  add_recent (self, file);
  set_network (self, network, file, view, slides);
}

static void
open_now (SpWindow *self,
          GFile    *file)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GCancellable *cancellable;

  if (self->presenting)
    g_action_group_activate_action (G_ACTION_GROUP (self), "presentation", NULL);

  cancellable = job_begin (self, JOB_LOAD);
  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->loading_label, label);
  gtk_spinner_set_spinning (self->loading_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (self, cancellable, load_done, NULL);
  g_task_set_source_tag (task, sp_window_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/* ---- unsaved changes ----------------------------------------------------- */

gboolean
sp_window_is_modified (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return self->network != NULL
      && (self->unrecorded_changes || sp_history_is_modified (self->history));
}

static void show_save_dialog (SpWindow *self);

/* Does what waited behind the question (after saving or discarding). */
static void
continue_after_changes (SpWindow *self)
{
  SpWindowAfter after = self->after;
  g_autoptr (GFile) file = g_steal_pointer (&self->open_after);

  self->after = AFTER_NOTHING;
  switch (after)
    {
    case AFTER_CLOSE:
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
      break;
    case AFTER_OPEN:
      if (file != NULL)
        open_now (self, file);
      break;
    case AFTER_NOTHING:
    default:
      break;
    }
}

static void
forget_after_changes (SpWindow *self)
{
  self->after = AFTER_NOTHING;
  g_clear_object (&self->open_after);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SpWindow         *self)
{
  self->unsaved_dialog = NULL;
  if (g_str_equal (response, "discard"))
    continue_after_changes (self);
  else if (g_str_equal (response, "save"))
    {
      g_autofree char *path = self->file ? g_file_get_path (self->file) : NULL;

      /* saved in place when it is our own format, else asked where */
      if (path != NULL && g_str_has_suffix (path, ".graphml"))
        sp_window_save_to (self, self->file);
      else
        show_save_dialog (self);
    }
  else
    forget_after_changes (self);
}

/* Asks Save / Discard / Cancel before @after. */
static void
ask_unsaved (SpWindow     *self,
             SpWindowAfter after,
             GFile        *open_after)
{
  AdwMessageDialog *dialog;
  const char *title = self->network->title ? self->network->title : _("Untitled Network");

  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->unsaved_dialog));
      return;
    }
  self->after = after;
  g_set_object (&self->open_after, open_after);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL));
  /* Translators: %s is the name of the network */
  adw_message_dialog_format_body (dialog, _("“%s” has changes that are not saved. "
                                            "Without saving, they are lost."), title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), self);
  self->unsaved_dialog = GTK_WIDGET (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWindow *
sp_window_get_unsaved_dialog (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return GTK_WINDOW (self->unsaved_dialog);
}

void
sp_window_open (SpWindow *self,
                GFile    *file)
{
  g_return_if_fail (SP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (sp_window_is_modified (self))
    ask_unsaved (self, AFTER_OPEN, file);
  else
    open_now (self, file);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

GFile *
sp_window_find_example (void)
{
  const char *roots[] = { PKGDATADIR "/examples", SOURCE_DATADIR "/examples" };

  for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
    {
      g_autoptr (GDir) dir = g_dir_open (roots[r], 0, NULL);
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        continue;
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (roots[r], name, NULL);

          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            g_ptr_array_add (names, g_steal_pointer (&path));
        }
      if (names->len > 0)
        {
          /* the sort passes pointers to the elements */
          g_ptr_array_sort (names, compare_paths);
          return g_file_new_for_path (g_ptr_array_index (names, 0));
        }
    }
  return NULL;
}

void
sp_window_open_example (SpWindow *self)
{
  g_autoptr (GFile) example = sp_window_find_example ();

  g_return_if_fail (SP_IS_WINDOW (self));

  if (example == NULL)
    {
      toast (self, _("The example organisation is not installed"));
      return;
    }
  sp_window_open (self, example);
}

/* ---- layout ------------------------------------------------------------ */

typedef struct {
  SpNetwork      *network;
  SpLayoutEngine  engine;
  char           *engine_name;
  SpWindowJob    *job;
  LayoutSnapshot *before;   /* NULL when not recorded */
} LayoutData;

static void
layout_data_free (LayoutData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_free (d->engine_name);
  g_clear_pointer (&d->before, layout_snapshot_free);
  g_free (d);
}

static void
layout_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LayoutData *d = task_data;
  GError *error = NULL;

  if (!sp_layout_run (d->network, d->engine, job_progress, d->job, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
fallback_layout (SpNetwork *network)
{
  guint n = sp_network_n_nodes (network);

  /* Something to look at when the user stopped the first layout. */
  sp_network_ensure_positions (network);
  for (guint i = 0; i < n; i++)
    {
      double a = 2 * G_PI * i / MAX (n, 1);

      network->x[i] = 400 * cos (a);
      network->y[i] = 400 * sin (a);
    }
  network->has_layout = TRUE;
}

static void
layout_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  LayoutData *d = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (d->network != self->network)
    return;
  job_end (self, JOB_LAYOUT);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!d->network->has_layout)
        fallback_layout (d->network);
      if (g_error_matches (error, SP_ERROR, SP_ERROR_CANCELLED)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, _("Layout stopped"));
      else
        toast (self, error->message);
      set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
      sp_canvas_invalidate (self->canvas);
      return;
    }

  if (d->before != NULL)
    {
      LayoutSnapshot *after;

      g_free (self->view->layout_engine);
      self->view->layout_engine = g_strdup (d->engine_name);
      after = layout_snapshot_take (self);
      sp_history_push (self->history, _("Layout"), history_apply_layout,
                       g_steal_pointer (&d->before), after, (GDestroyNotify) layout_snapshot_free);
      set_dirty (self, TRUE);
    }
  set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
  sp_canvas_fit (self->canvas);
  sp_canvas_invalidate (self->canvas);
}

static void
start_layout (SpWindow   *self,
              const char *engine,
              gboolean    record)
{
  g_autoptr (GTask) task = NULL;
  LayoutData *d;
  GCancellable *cancellable;

  if (self->network == NULL)
    return;

  d = g_new0 (LayoutData, 1);
  if (!sp_layout_engine_from_string (engine, &d->engine))
    d->engine = SP_LAYOUT_SFDP;
  d->engine_name = g_strdup (sp_layout_engine_to_string (d->engine));
  d->network = sp_network_ref (self->network);
  d->job = &self->jobs[JOB_LAYOUT];
  if (record && self->network->has_layout)
    d->before = layout_snapshot_take (self);

  cancellable = job_begin (self, JOB_LAYOUT);
  task = g_task_new (self, cancellable, layout_done, NULL);
  g_task_set_source_tag (task, start_layout);
  g_task_set_task_data (task, d, (GDestroyNotify) layout_data_free);
  g_task_run_in_thread (task, layout_thread);
}

/* ---- measures ---------------------------------------------------------- */

typedef struct {
  SpNetwork *network;
  gboolean  *tie_mask;
  char      *key;
  SpWindowJob *job;
} AnalysisData;

static void
analysis_data_free (AnalysisData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_free (d->tie_mask);
  g_free (d->key);
  g_free (d);
}

static void
analysis_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  AnalysisData *d = task_data;
  GError *error = NULL;
  SpMetrics *metrics;

  metrics = sp_metrics_compute (d->network, d->tie_mask, NULL, job_progress, d->job, cancellable, &error);
  if (metrics == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, metrics, (GDestroyNotify) sp_metrics_unref);
}

static void
analysis_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  AnalysisData *d = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SpMetrics *metrics = g_task_propagate_pointer (G_TASK (result), &error);

  if (d->network != self->network || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&metrics, sp_metrics_unref);
      return;
    }
  job_end (self, JOB_ANALYSIS);

  if (metrics == NULL)
    {
      if (!g_error_matches (error, SP_ERROR, SP_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  g_hash_table_replace (self->metrics_cache, g_strdup (d->key), sp_metrics_ref (metrics));
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  self->metrics = metrics;
  show_selected (self);
}

static void
start_analysis (SpWindow *self)
{
  g_autoptr (GTask) task = NULL;
  AnalysisData *d;
  GCancellable *cancellable;
  SpMetrics *cached;
  GString *key;

  if (self->network == NULL)
    return;

  d = g_new0 (AnalysisData, 1);
  d->network = sp_network_ref (self->network);
  d->tie_mask = sp_view_state_tie_visibility (self->view, self->network);
  key = g_string_new (NULL);
  for (guint t = 0; t < self->network->tie_types->len; t++)
    g_string_append_c (key, d->tie_mask[t] ? '1' : '0');
  d->key = g_string_free (key, FALSE);
  d->job = &self->jobs[JOB_ANALYSIS];

  /* Measures are kept per tie-type selection: switching back is instant. */
  cached = g_hash_table_lookup (self->metrics_cache, d->key);
  if (cached != NULL)
    {
      if (self->jobs[JOB_ANALYSIS].cancellable != NULL)
        g_cancellable_cancel (self->jobs[JOB_ANALYSIS].cancellable);
      job_end (self, JOB_ANALYSIS);
      g_clear_pointer (&self->metrics, sp_metrics_unref);
      self->metrics = sp_metrics_ref (cached);
      show_selected (self);
      analysis_data_free (d);
      return;
    }

  g_clear_pointer (&self->metrics, sp_metrics_unref);
  show_selected (self);
  cancellable = job_begin (self, JOB_ANALYSIS);
  task = g_task_new (self, cancellable, analysis_done, NULL);
  g_task_set_source_tag (task, start_analysis);
  g_task_set_task_data (task, d, (GDestroyNotify) analysis_data_free);
  g_task_run_in_thread (task, analysis_thread);
}

/* ---- saving ------------------------------------------------------------ */

typedef struct {
  SpNetwork *network;
  char      *path;
  GFile     *file;
} SaveData;

static void
save_data_free (SaveData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_free (d->path);
  g_clear_object (&d->file);
  g_free (d);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *d = task_data;
  GError *error = NULL;

  if (!sp_graphml_save (d->network, d->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  SaveData *d = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  job_end (self, JOB_SAVE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      forget_after_changes (self);
      toast (self, error->message);
      return;
    }
  if (d->network == self->network)
    {
      g_set_object (&self->file, d->file);
      set_dirty (self, FALSE);
      add_recent (self, d->file);
      update_title (self);
    }
  toast (self, _("Saved"));
  continue_after_changes (self);
}

void
sp_window_save_to (SpWindow *self,
                   GFile    *file)
{
  g_autoptr (GTask) task = NULL;
  SaveData *d;

  g_return_if_fail (SP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->network == NULL)
    return;

  sync_view_from_canvas (self);
  g_free (self->view->selected);
  self->view->selected = NULL;
  g_free (self->network->view_state);
  self->network->view_state = sp_view_state_serialize (self->view, self->slides);

  d = g_new0 (SaveData, 1);
  d->network = sp_network_ref (self->network);
  d->path = g_file_get_path (file);
  d->file = g_object_ref (file);
  job_begin (self, JOB_SAVE);
  task = g_task_new (self, NULL, save_done, NULL);
  g_task_set_source_tag (task, sp_window_save_to);
  g_task_set_task_data (task, d, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/* ---- presentation ------------------------------------------------------ */

static void
show_caption (SpWindow   *self,
              const char *text)
{
  gtk_label_set_text (self->caption_label, text ? text : "");
  gtk_revealer_set_reveal_child (self->caption_revealer, self->presenting && text != NULL && *text);
}

static void
go_to_slide (SpWindow *self,
             gint      index)
{
  SpViewState *slide;

  if (self->slides->len == 0)
    return;
  index = CLAMP (index, 0, (gint) self->slides->len - 1);
  self->slide_index = index;
  slide = g_ptr_array_index (self->slides, index);
  apply_view (self, slide, TRUE);
  sp_canvas_set_selected (self->canvas, slide->selected ? sp_network_find_node (self->network, slide->selected) : -1);
  show_caption (self, slide->name);
  update_actions (self);
}

void
sp_window_add_slide (SpWindow   *self,
                     const char *name)
{
  SpViewState *slide;
  gint selected;

  g_return_if_fail (SP_IS_WINDOW (self));

  if (self->network == NULL)
    return;
  slide = sp_window_copy_view (self);
  g_free (slide->name);
  slide->name = g_strdup (name && *name ? name : NULL);
  if (slide->name == NULL)
    slide->name = g_strdup_printf (_("View %u"), self->slides->len + 1);
  selected = sp_canvas_get_selected (self->canvas);
  g_free (slide->selected);
  slide->selected = selected >= 0 ? g_strdup (sp_network_node (self->network, selected)->id) : NULL;
  g_ptr_array_add (self->slides, slide);
  self->unrecorded_changes = TRUE;
  update_title (self);
  update_actions (self);
  {
    /* Translators: %s is the name of a saved view */
    g_autofree char *message = g_strdup_printf (_("Saved view “%s”"), slide->name);
    toast (self, message);
  }
}

static void
set_presenting (SpWindow *self,
                gboolean  presenting)
{
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  gtk_revealer_set_reveal_child (self->header_revealer, !presenting);
  gtk_widget_set_visible (self->zoom_box, !presenting);
  if (presenting)
    {
      gtk_toggle_button_set_active (self->search_button, FALSE);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      show_caption (self, NULL);
    }
  set_action_state (self, "presentation", g_variant_new_boolean (presenting));
  update_style (self);
  if (presenting && self->slides->len > 0)
    go_to_slide (self, self->slide_index >= 0 ? self->slide_index : 0);
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* ---- file choosers ----------------------------------------------------- */

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        sp_window_open (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
show_open_dialog (SpWindow *self,
                  gboolean  folder)
{
  GtkFileChooserNative *native;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (folder ? _("Open a Folder of CSV Files") : _("Open a Network"),
                                        GTK_WINDOW (self),
                                        folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  if (!folder)
    {
      gtk_file_filter_set_name (filter, _("Networks (CSV, GraphML, GEXF, DOT)"));
      gtk_file_filter_add_suffix (filter, "csv");
      gtk_file_filter_add_suffix (filter, "tsv");
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "graphml");
      gtk_file_filter_add_suffix (filter, "gexf");
      gtk_file_filter_add_suffix (filter, "dot");
      gtk_file_filter_add_suffix (filter, "gv");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL && !g_str_has_suffix (path, ".graphml"))
        {
          g_autofree char *with = g_strconcat (path, ".graphml", NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (with);
        }
      if (file != NULL)
        sp_window_save_to (self, file);
    }
  else
    forget_after_changes (self);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
show_save_dialog (SpWindow *self)
{
  /* (declared above for the unsaved-changes question) */
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Save Network"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  name = g_strdup_printf ("%s.graphml", self->network->title ? self->network->title : _("network"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- actions ----------------------------------------------------------- */

static void
update_actions (SpWindow *self)
{
  gboolean has = self->network != NULL;
  gboolean loading = self->jobs[JOB_LOAD].running;

  sp_window_set_action_enabled (self, "save", has);
  sp_window_set_action_enabled (self, "save-as", has);
  sp_window_set_action_enabled (self, "export", has && self->network->has_layout);
  sp_window_set_action_enabled (self, "zoom-in", has);
  sp_window_set_action_enabled (self, "zoom-out", has);
  sp_window_set_action_enabled (self, "zoom-fit", has);
  sp_window_set_action_enabled (self, "search", has && !self->presenting);
  sp_window_set_action_enabled (self, "select", has);
  sp_window_set_action_enabled (self, "show-all", has);
  sp_window_set_action_enabled (self, "toggle-department", has);
  sp_window_set_action_enabled (self, "toggle-tie-type", has);
  sp_window_set_action_enabled (self, "layout-engine", has && !self->jobs[JOB_LAYOUT].running);
  sp_window_set_action_enabled (self, "relayout", has && !self->jobs[JOB_LAYOUT].running);
  sp_window_set_action_enabled (self, "color-by", has);
  sp_window_set_action_enabled (self, "cancel", any_job_running (self));
  sp_window_set_action_enabled (self, "presentation", has && !loading);
  sp_window_set_action_enabled (self, "leave-presentation", self->presenting);
  sp_window_set_action_enabled (self, "add-slide", has);
  sp_window_set_action_enabled (self, "next-slide", self->presenting && self->slides != NULL
                                          && self->slide_index + 1 < (gint) self->slides->len);
  sp_window_set_action_enabled (self, "previous-slide", self->presenting && self->slide_index > 0);
  sp_window_set_action_enabled (self, "show-panel", has && !self->presenting);
  sp_window_set_action_enabled (self, "undo", has && sp_history_can_undo (self->history));
  sp_window_set_action_enabled (self, "redo", has && sp_history_can_redo (self->history));
  sp_window_set_action_enabled (self, "focus", has && sp_canvas_get_selected (self->canvas) >= 0);
  sp_window_set_action_enabled (self, "hide-selected", has && sp_canvas_get_selected (self->canvas) >= 0);
}

static void
action_open (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  show_open_dialog (user_data, FALSE);
}

static void
action_open_folder (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  show_open_dialog (user_data, TRUE);
}

static void
action_open_example (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_open_example (user_data);
}

static void
action_save (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  g_autofree char *path = self->file ? g_file_get_path (self->file) : NULL;

  if (path != NULL && g_str_has_suffix (path, ".graphml"))
    sp_window_save_to (self, self->file);
  else
    show_save_dialog (self);
}

static void
action_save_as (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  show_save_dialog (user_data);
}

static void
action_export (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  if (self->export_dialog == NULL)
    {
      self->export_dialog = GTK_WIDGET (sp_export_dialog_new (self));
      g_object_add_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *) &self->export_dialog);
    }
  gtk_window_present (GTK_WINDOW (self->export_dialog));
}

static void
action_undo (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  sp_history_undo (self->history, self);
}

static void
action_redo (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  sp_history_redo (self->history, self);
}

static void
action_zoom_in (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_canvas_zoom_by (SP_WINDOW (user_data)->canvas, 1.25);
}

static void
action_zoom_out (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_canvas_zoom_by (SP_WINDOW (user_data)->canvas, 0.8);
}

static void
action_zoom_fit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_canvas_fit (SP_WINDOW (user_data)->canvas);
}

static void
action_search (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  gtk_toggle_button_set_active (self->search_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
action_select (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *id = g_variant_get_string (param, NULL);

  select_node (self, id[0] ? sp_network_find_node (self->network, id) : -1, TRUE);
}

static void
action_focus (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  gint depth = g_variant_get_int32 (param);
  gint node = sp_canvas_get_selected (self->canvas);
  SpViewState *next = sp_window_copy_view (self);

  g_clear_pointer (&next->ego, g_free);
  if (depth > 0 && node >= 0)
    {
      next->ego = g_strdup (sp_network_node (self->network, node)->id);
      next->ego_depth = CLAMP (depth, 1, 2);
    }
  sp_window_change_view (self, _("Focus"), next);
}

static void
action_hide_selected (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  gint node = sp_canvas_get_selected (self->canvas);
  SpViewState *next;
  GStrv strv;

  if (node < 0)
    return;
  next = sp_window_copy_view (self);
  strv = sp_view_state_strv_with (next->hidden_people, sp_network_node (self->network, node)->id, TRUE);
  g_strfreev (next->hidden_people);
  next->hidden_people = strv;
  if (g_strcmp0 (next->ego, sp_network_node (self->network, node)->id) == 0)
    g_clear_pointer (&next->ego, g_free);
  sp_canvas_set_selected (self->canvas, -1);
  sp_window_change_view (self, _("Hide person"), next);
}

static void
action_show_all (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  SpViewState *next = sp_window_copy_view (self);

  g_clear_pointer (&next->hidden_departments, g_strfreev);
  g_clear_pointer (&next->hidden_tie_types, g_strfreev);
  g_clear_pointer (&next->hidden_people, g_strfreev);
  g_clear_pointer (&next->ego, g_free);
  sp_window_change_view (self, _("Show everything"), next);
}

static void
action_toggle_department (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  toggle_department (user_data, g_variant_get_string (param, NULL));
}

static void
action_toggle_tie_type (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  toggle_tie_type (user_data, g_variant_get_string (param, NULL));
}

static void
action_layout_engine (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  g_simple_action_set_state (action, param);
  start_layout (self, g_variant_get_string (param, NULL), TRUE);
}

static void
action_relayout (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  start_layout (self, self->view->layout_engine, TRUE);
}

static void
action_color_by (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *attr = g_variant_get_string (param, NULL);
  SpViewState *next = sp_window_copy_view (self);

  g_free (next->color_by);
  next->color_by = attr[0] ? g_strdup (attr) : NULL;
  sp_window_change_view (self, _("Colour"), next);
}

static void
action_cancel (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].running && self->jobs[i].cancellable != NULL)
      g_cancellable_cancel (self->jobs[i].cancellable);
}

static void
action_presentation (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  set_presenting (self, !self->presenting);
}

static void
action_leave_presentation (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  set_presenting (user_data, FALSE);
}

static void
action_next_slide (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  go_to_slide (self, self->slide_index + 1);
}

static void
action_previous_slide (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  go_to_slide (self, self->slide_index - 1);
}

static void
slide_name_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SpWindow         *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  if (g_str_equal (response, "save"))
    sp_window_add_slide (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
action_add_slide (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *suggestion = g_strdup_printf (_("View %u"), self->slides->len + 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save View as Slide"),
                                                       _("The presentation steps through saved views with the arrow keys. Name this one, for example “These are our brokers”.")));
  gtk_editable_set_text (GTK_EDITABLE (entry), suggestion);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (slide_name_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_show_panel (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);

  adw_flap_set_reveal_flap (self->flap, reveal);
}

static void
flap_revealed_cb (SpWindow *self)
{
  set_action_state (self, "show-panel", g_variant_new_boolean (adw_flap_get_reveal_flap (self->flap)));
}

static void
action_show_toast (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  toast (user_data, g_variant_get_string (param, NULL));
}

static const GActionEntry win_entries[] = {
  { "show-toast", action_show_toast, "s" },
  { "open", action_open },
  { "open-folder", action_open_folder },
  { "open-example", action_open_example },
  { "save", action_save },
  { "save-as", action_save_as },
  { "export", action_export },
  { "undo", action_undo },
  { "redo", action_redo },
  { "zoom-in", action_zoom_in },
  { "zoom-out", action_zoom_out },
  { "zoom-fit", action_zoom_fit },
  { "search", action_search },
  { "select", action_select, "s" },
  { "focus", action_focus, "i" },
  { "hide-selected", action_hide_selected },
  { "show-all", action_show_all },
  { "toggle-department", action_toggle_department, "s" },
  { "toggle-tie-type", action_toggle_tie_type, "s" },
  { "layout-engine", NULL, "s", "'sfdp'", action_layout_engine },
  { "relayout", action_relayout },
  { "color-by", NULL, "s", "''", action_color_by },
  { "cancel", action_cancel },
  { "presentation", action_presentation, NULL, "false" },
  { "leave-presentation", action_leave_presentation },
  { "next-slide", action_next_slide },
  { "previous-slide", action_previous_slide },
  { "add-slide", action_add_slide },
  { "show-panel", action_show_panel, NULL, "false" },
};

/* ---- drag and drop ----------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SpWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  sp_window_open (self, files->data);
  return TRUE;
}

/* ---- GObject ----------------------------------------------------------- */

static void
dark_changed_cb (SpWindow *self)
{
  if (self->network != NULL)
    update_style (self);
}

static gboolean
sp_window_close_request (GtkWindow *window)
{
  SpWindow *self = SP_WINDOW (window);
  int width, height;

  if (!self->close_confirmed && sp_window_is_modified (self))
    {
      ask_unsaved (self, AFTER_CLOSE, NULL);
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
  for (guint i = 0; i < N_JOBS; i++)
    {
      if (self->jobs[i].cancellable != NULL)
        g_cancellable_cancel (self->jobs[i].cancellable);
      g_clear_object (&self->jobs[i].cancellable);
    }
  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

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
  g_clear_pointer (&self->metrics_cache, g_hash_table_unref);
  g_clear_pointer (&self->search_matches, g_array_unref);
  sp_window_insights_finalize (self);
  sp_window_whatif_finalize (self);
  sp_window_strategy_finalize (self);

  G_OBJECT_CLASS (sp_window_parent_class)->finalize (object);
}

static void
sp_window_class_init (SpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sp_window_dispose;
  object_class->finalize = sp_window_finalize;
  window_class->close_request = sp_window_close_request;

  g_type_ensure (SP_TYPE_CANVAS);
  g_type_ensure (SP_TYPE_PERSON_PANEL);
  g_type_ensure (SP_TYPE_LEGEND_CARD);
  g_type_ensure (SP_TYPE_INSIGHT_PANEL);
  g_type_ensure (SP_TYPE_CLIENT_PANEL);
  g_type_ensure (SP_TYPE_WHATIF_PANEL);
  g_type_ensure (SP_TYPE_STRATEGY_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/samenspel/Samenspel/sp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpWindow, toast_overlay);
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
  gtk_widget_class_bind_template_child (widget_class, SpWindow, color_section);

}

static void
sp_window_init (SpWindow *self)
{
  GtkDropTarget *drop;

  self->settings = g_settings_new (APP_ID);
  self->view = sp_view_state_new ();
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_view_state_free);
  self->slide_index = -1;
  self->history = sp_history_new ();
  self->metrics_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) sp_metrics_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* every wing's state is in place (zeroed with the instance, the panels
   * from the template): the actions and signals can come in any order */
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);
  sp_window_insights_init (self);
  sp_window_whatif_init (self);
  sp_window_strategy_init (self);

  g_signal_connect_swapped (self->history, "notify::can-undo", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->history, "notify::can-redo", G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (self->history, "notify::modified", G_CALLBACK (update_title), self);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "next-match", G_CALLBACK (search_next_cb), self);
  g_signal_connect_swapped (self->search_entry, "previous-match", G_CALLBACK (search_previous_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->canvas));

  g_signal_connect_swapped (self->canvas, "notify::selected", G_CALLBACK (selected_changed_cb), self);
  sp_legend_card_set_canvas (self->legend_card, self->canvas);
  g_signal_connect_swapped (self->canvas, "node-moved", G_CALLBACK (node_moved_cb), self);
  g_signal_connect_swapped (self->person_panel, "edited", G_CALLBACK (person_edited_cb), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb), self);
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (recent_row_activated_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (dark_changed_cb), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  rebuild_recent (self);
  gtk_stack_set_visible_child_name (self->stack, "welcome");
  update_actions (self);
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
  sync_view_from_canvas (self);
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
  return any_job_running (self)
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
  options->caption = canvas.caption;
  /* talent, openness and the view, as on screen */
  sp_window_insights_export_options (self, &canvas, options);
}

SpLegendCard *
sp_window_get_legend_card (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->legend_card;
}
