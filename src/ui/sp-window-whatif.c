/* sp-window-whatif.c — "what if they leave?" and "what if they move?"
 * in the window
 *
 * The people taken out are a set of ids kept beside the view, the people
 * moved a map from id to department; every
 * change goes through the undo history.  The comparison
 * (sp_whatif_compute_full) runs in a GTask; the canvas draws the people
 * taken out as ghosts and their ties as lost, and the people moved in
 * their new department's colour with a dashed ring, on the same layout.
 * The data itself is never changed (nor saved).
 */
#define G_LOG_DOMAIN "sp-window-whatif"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-window-whatif.h"
#include "sp-window-private.h"
#include "sp-window-strategy.h"
#include "sp-scenario.h"
#include "sp-task.h"

void
sp_window_whatif_finalize (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;

  if (st->cancellable != NULL)
    g_cancellable_cancel (st->cancellable);
  g_clear_object (&st->cancellable);
  g_clear_pointer (&st->removed, g_strfreev);
  g_clear_pointer (&st->move_ids, g_strfreev);
  g_clear_pointer (&st->move_depts, g_strfreev);
}

static void
update_actions (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  gint node = sp_canvas_get_selected (sp_window_get_canvas (self));

  sp_window_set_action_enabled (self, "whatif-toggle", net != NULL && node >= 0
                      && sp_network_node (net, node)->kind == SP_NODE_PERSON);
  sp_window_set_action_enabled (self, "whatif-move", net != NULL && node >= 0
                      && sp_network_node (net, node)->kind == SP_NODE_PERSON);
  sp_window_set_action_enabled (self, "whatif-reset", st->removed != NULL || st->move_ids != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-whatif", net != NULL);
}

/* ---- the comparison in a worker ------------------------------------------ */

typedef struct {
  SpNetwork  *network;
  gboolean   *tie_mask;
  SpScenario *scenario;   /* who is out and who moves; the worker's alone */
  char       *text;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->network, sp_network_unref);
  g_free (job->tie_mask);
  g_clear_pointer (&job->scenario, sp_scenario_unref);
  g_free (job->text);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (!sp_scenario_compute (job->scenario, job->network, job->tie_mask, NULL, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  job->text = sp_scenario_caption (job->scenario, job->network);
  if (job->text == NULL)
    job->text = g_strdup ("");
  g_task_return_boolean (task, TRUE);
}

static void
compute_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  SpWindowWhatif *st = &self->whatif;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SP_TASK_DONE (result);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  st->busy = FALSE;
  sp_whatif_panel_set_busy (self->whatif_panel, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sp_whatif_panel_set_result (self->whatif_panel, NULL, error->message);
      return;
    }
  sp_whatif_panel_set_result (self->whatif_panel, job->scenario->whatif, job->text);
  /* the sentences go with the exports, as their caption */
  sp_canvas_set_caption (sp_window_get_canvas (self), job->text);
}

static char *
removed_names (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint k = 0; st->removed != NULL && st->removed[k] != NULL; k++)
    {
      gint node = sp_network_find_node (net, st->removed[k]);

      if (node < 0)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, sp_network_node_label (net, node));
    }
  if (out->len == 0)
    return NULL;
  /* Translators: %s is a list of names */
  return g_strdup_printf (_("Taken out: %s"), out->str);
}

static char *
moved_names (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint k = 0; st->move_ids != NULL && st->move_ids[k] != NULL; k++)
    {
      gint node = sp_network_find_node (net, st->move_ids[k]);
      const char *from;

      if (node < 0)
        continue;
      from = sp_network_node (net, node)->department;
      if (out->len > 0)
        g_string_append (out, ", ");
      /* Translators: "Anna de Vries (Sales → Delivery)" */
      g_string_append_printf (out, _("%s (%s → %s)"), sp_network_node_label (net, node),
                              from != NULL ? from : _("no department"), st->move_depts[k]);
    }
  if (out->len == 0)
    return NULL;
  /* Translators: %s is a list of "name (department → department)" */
  return g_strdup_printf (_("Moved: %s"), out->str);
}

/* Shows the present set: ghosts on the canvas, the panel, a new
 * comparison. */
static void
refresh (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  SpCanvas *canvas = sp_window_get_canvas (self);
  g_autoptr (GTask) task = NULL;
  SpRenderOptions options;
  GArray *ghosted;
  Job *job;
  guint n;

  if (st->cancellable != NULL)
    g_cancellable_cancel (st->cancellable);
  g_clear_object (&st->cancellable);
  st->busy = FALSE;
  update_actions (self);
  sp_window_update_state (self);
  /* the strategy fit is measured without the people taken out */
  sp_window_strategy_data_changed (self);

  if (net == NULL || (st->removed == NULL && st->move_ids == NULL))
    {
      sp_canvas_set_ghosts (canvas, NULL);
      sp_canvas_set_moves (canvas, NULL);
      sp_canvas_set_caption (canvas, NULL);
      sp_whatif_panel_set_busy (self->whatif_panel, FALSE);
      sp_whatif_panel_set_people (self->whatif_panel, NULL);
      return;
    }

  n = sp_network_n_nodes (net);
  job = g_new0 (Job, 1);
  job->network = sp_network_ref (net);
  job->scenario = sp_scenario_new ();
  sp_scenario_set_removed (job->scenario, (const char *const *) st->removed);
  sp_scenario_set_moves (job->scenario, (const char *const *) st->move_ids,
                         (const char *const *) st->move_depts);
  /* the canvas colours by the network's own (interned) names */
  sp_canvas_set_moves (canvas, sp_scenario_moved_departments (job->scenario, net));
  sp_canvas_get_render_options (canvas, &options);
  if (options.tie_type_visible != NULL)
    job->tie_mask = g_memdup2 (options.tie_type_visible, sizeof (gboolean) * MAX (net->tie_types->len, 1));

  if (st->removed != NULL)
    {
      g_autofree gboolean *removed = sp_scenario_removed_mask (job->scenario, net, NULL);

      ghosted = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), n);
      g_array_append_vals (ghosted, removed, n);
      sp_canvas_set_ghosts (canvas, ghosted);
    }
  else
    sp_canvas_set_ghosts (canvas, NULL);

  {
    g_autofree char *removed = removed_names (self);
    g_autofree char *moved = moved_names (self);
    g_autofree char *names = removed && moved ? g_strconcat (removed, "\n", moved, NULL)
                                              : g_strdup (removed ? removed : moved ? moved : "");

    sp_whatif_panel_set_people (self->whatif_panel, names);
  }
  sp_whatif_panel_set_busy (self->whatif_panel, TRUE);
  st->busy = TRUE;
  st->cancellable = g_cancellable_new ();
  task = g_task_new (self, st->cancellable, compute_done, NULL);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  sp_task_run_in_thread (task, compute_thread);
}

/* ---- undoable changes --------------------------------------------------- */

/* What the history keeps: who is out and who is moved where. */
typedef struct {
  GStrv removed;
  GStrv move_ids;
  GStrv move_depts;
} Snapshot;

static GStrv
strv_or_null (const char *const *v)
{
  return v != NULL && v[0] != NULL ? g_strdupv ((GStrv) v) : NULL;
}

static void
snapshot_free (Snapshot *snap)
{
  g_strfreev (snap->removed);
  g_strfreev (snap->move_ids);
  g_strfreev (snap->move_depts);
  g_free (snap);
}

static Snapshot *
snapshot_take (SpWindowWhatif *st)
{
  Snapshot *snap = g_new0 (Snapshot, 1);

  snap->removed = strv_or_null ((const char *const *) st->removed);
  snap->move_ids = strv_or_null ((const char *const *) st->move_ids);
  snap->move_depts = strv_or_null ((const char *const *) st->move_depts);
  return snap;
}

static void
snapshot_restore (SpWindowWhatif *st,
                  const Snapshot *snap)
{
  g_strfreev (st->removed);
  g_strfreev (st->move_ids);
  g_strfreev (st->move_depts);
  st->removed = strv_or_null ((const char *const *) snap->removed);
  st->move_ids = strv_or_null ((const char *const *) snap->move_ids);
  st->move_depts = st->move_ids != NULL ? strv_or_null ((const char *const *) snap->move_depts) : NULL;
}

static void
history_apply (gpointer target,
               gpointer data)
{
  SpWindow *self = target;

  snapshot_restore (&self->whatif, data);
  refresh (self);
}

/* Makes @next (taken) the present set, undoably. */
static void
change_state (SpWindow   *self,
              const char *label,
              Snapshot   *next)
{
  SpWindowWhatif *st = &self->whatif;
  Snapshot *before = snapshot_take (st);

  snapshot_restore (st, next);
  sp_history_push_view (sp_window_get_history (self), label, history_apply,
                        before, next, (GDestroyNotify) snapshot_free);
  refresh (self);
}

static void
change_removed (SpWindow   *self,
                const char *label,
                GStrv       next)
{
  Snapshot *snap = snapshot_take (&self->whatif);

  g_strfreev (snap->removed);
  snap->removed = strv_or_null ((const char *const *) next);
  g_strfreev (next);
  change_state (self, label, snap);
}

static void
show_page (SpWindow *self)
{
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (self->panel_stack), ADW_TYPE_FLAP));

  gtk_stack_set_visible_child_name (self->panel_stack, "whatif");
  if (flap != NULL && !sp_window_get_presenting (self))
    adw_flap_set_reveal_flap (flap, TRUE);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static void
action_toggle (GSimpleAction *action,
               GVariant      *param,
               gpointer       user_data)
{
  SpWindow *self = user_data;
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  gint node = sp_canvas_get_selected (sp_window_get_canvas (self));
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  const char *id;
  gboolean was_out = FALSE;

  if (net == NULL || node < 0)
    return;
  id = sp_network_node (net, node)->id;
  for (guint k = 0; st->removed != NULL && st->removed[k] != NULL; k++)
    {
      if (g_str_equal (st->removed[k], id))
        was_out = TRUE;
      else
        g_ptr_array_add (ids, g_strdup (st->removed[k]));
    }
  if (!was_out)
    g_ptr_array_add (ids, g_strdup (id));
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  change_removed (self, was_out ? _("Bring back") : _("What if they leave"),
                  (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE));
  show_page (self);
}

static void
action_reset (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  SpWindow *self = user_data;
  SpWindowWhatif *st = &self->whatif;

  if (st->removed != NULL || st->move_ids != NULL)
    change_state (self, _("Bring everyone back"), g_new0 (Snapshot, 1));
}

/* Moves the selected person to the department @param, or back to their
 * own when it is theirs. */
static void
action_move (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SpWindow *self = user_data;
  SpWindowWhatif *st = &self->whatif;
  SpNetwork *net = sp_window_get_network (self);
  gint node = sp_canvas_get_selected (sp_window_get_canvas (self));
  const char *department = g_variant_get_string (param, NULL);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GPtrArray) depts = g_ptr_array_new ();
  Snapshot *snap;
  const SpNode *n;
  gboolean home, inserted = FALSE;

  if (net == NULL || node < 0 || sp_network_node (net, node)->kind != SP_NODE_PERSON)
    return;
  n = sp_network_node (net, node);
  home = g_strcmp0 (n->department, department) == 0;
  /* nothing to undo when they were not moved */
  if (home && sp_window_whatif_get_moved (self, n->id) == NULL)
    return;
  for (guint k = 0; st->move_ids != NULL && st->move_ids[k] != NULL; k++)
    {
      int cmp = g_strcmp0 (st->move_ids[k], n->id);

      if (cmp > 0 && !inserted && !home)
        {
          g_ptr_array_add (ids, (gpointer) n->id);
          g_ptr_array_add (depts, (gpointer) department);
          inserted = TRUE;
        }
      if (cmp == 0)
        continue;
      g_ptr_array_add (ids, st->move_ids[k]);
      g_ptr_array_add (depts, st->move_depts[k]);
    }
  if (!inserted && !home)
    {
      g_ptr_array_add (ids, (gpointer) n->id);
      g_ptr_array_add (depts, (gpointer) department);
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (depts, NULL);

  snap = snapshot_take (st);
  g_strfreev (snap->move_ids);
  g_strfreev (snap->move_depts);
  snap->move_ids = strv_or_null ((const char *const *) ids->pdata);
  snap->move_depts = strv_or_null ((const char *const *) depts->pdata);
  change_state (self, home ? _("Stay in the department") : _("What if they move"), snap);
  show_page (self);
}

static void
action_show (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_page (SP_WINDOW (widget));
}

static const GActionEntry entries[] = {
  { "whatif-toggle", action_toggle },
  { "whatif-reset", action_reset },
  { "whatif-move", action_move, "s" },
};

static void
selected_cb (SpWindow *self)
{
  update_actions (self);
  /* a click on someone shows who they are */
  if (sp_canvas_get_selected (sp_window_get_canvas (self)) >= 0)
    gtk_stack_set_visible_child_name (self->panel_stack, "person");
}

void
sp_window_whatif_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-whatif", NULL, action_show);
}

void
sp_window_whatif_init (SpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect_swapped (sp_window_get_canvas (self), "notify::selected", G_CALLBACK (selected_cb), self);
  update_actions (self);
}

void
sp_window_whatif_network_changed (SpWindow *self)
{
  SpWindowWhatif *st = &self->whatif;

  if (st->network == sp_window_get_network (self))
    return;
  st->network = sp_window_get_network (self);
  g_clear_pointer (&st->removed, g_strfreev);
  g_clear_pointer (&st->move_ids, g_strfreev);
  g_clear_pointer (&st->move_depts, g_strfreev);
  refresh (self);
}

SpWhatIfPanel *
sp_window_get_whatif_panel (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->whatif_panel;
}

GtkStack *
sp_window_get_panel_stack (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->panel_stack;
}

const char *const *
sp_window_whatif_get_removed (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return (const char *const *) self->whatif.removed;
}

const char *
sp_window_whatif_get_moved (SpWindow   *self,
                            const char *id)
{
  SpWindowWhatif *st;

  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  st = &self->whatif;
  for (guint k = 0; st->move_ids != NULL && st->move_ids[k] != NULL; k++)
    if (g_strcmp0 (st->move_ids[k], id) == 0)
      return st->move_depts[k];
  return NULL;
}

gboolean
sp_window_whatif_is_busy (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return self->whatif.busy;
}
