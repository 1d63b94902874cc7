/* sp-window-whatif.c — "what if they leave?" in the window
 *
 * The people taken out are a set of ids kept beside the view; every
 * change goes through the undo history.  The comparison
 * (sp_whatif_compute) runs in a GTask; the canvas draws the people taken
 * out as ghosts and their ties as lost, on the same layout.  The data
 * itself is never changed.
 */
#define G_LOG_DOMAIN "sp-window-whatif"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-window-whatif.h"
#include "sp-window-strategy.h"

typedef struct {
  SpWindow      *window;      /* borrowed: the state lives on it */
  GtkWidget     *stack;
  SpWhatIfPanel *panel;
  GStrv          removed;     /* ids, sorted; NULL: nobody */
  SpNetwork     *network;     /* the one @removed belongs to (borrowed) */
  GCancellable  *cancellable;
  gboolean       busy;
} WhatIfState;

static void
state_free (WhatIfState *st)
{
  if (st->cancellable != NULL)
    g_cancellable_cancel (st->cancellable);
  g_clear_object (&st->cancellable);
  g_strfreev (st->removed);
  g_free (st);
}

static WhatIfState *
get_state (SpWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "sp-whatif");
}

static void
set_action_enabled (SpWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (SpWindow *self)
{
  WhatIfState *st = get_state (self);
  SpNetwork *net = sp_window_get_network (self);
  gint node = sp_canvas_get_selected (sp_window_get_canvas (self));

  set_action_enabled (self, "whatif-toggle", net != NULL && node >= 0
                      && sp_network_node (net, node)->kind == SP_NODE_PERSON);
  set_action_enabled (self, "whatif-reset", st->removed != NULL);
  set_action_enabled (self, "show-whatif", net != NULL);
}

/* ---- the comparison in a worker ------------------------------------------ */

typedef struct {
  SpNetwork *network;
  gboolean  *tie_mask;
  gboolean  *removed;
  SpWhatIf  *whatif;
  char      *text;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->network, sp_network_unref);
  g_free (job->tie_mask);
  g_free (job->removed);
  g_clear_pointer (&job->whatif, sp_whatif_free);
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

  job->whatif = sp_whatif_compute (job->network, job->tie_mask, job->removed, cancellable, &error);
  if (job->whatif == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  job->text = sp_whatif_describe (job->whatif, job->network);
  g_task_return_boolean (task, TRUE);
}

static void
compute_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  WhatIfState *st = get_state (self);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (st == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  st->busy = FALSE;
  sp_whatif_panel_set_busy (st->panel, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sp_whatif_panel_set_result (st->panel, NULL, error->message);
      return;
    }
  sp_whatif_panel_set_result (st->panel, job->whatif, job->text);
  /* the sentences go with the exports, as their caption */
  sp_canvas_set_caption (sp_window_get_canvas (self), job->text);
}

static char *
removed_names (SpWindow *self)
{
  WhatIfState *st = get_state (self);
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
  /* Translators: %s is a list of names */
  return g_strdup_printf (_("Taken out: %s"), out->str);
}

/* Shows the present set: ghosts on the canvas, the panel, a new
 * comparison. */
static void
refresh (SpWindow *self)
{
  WhatIfState *st = get_state (self);
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
  /* the strategy fit is measured without the people taken out */
  sp_window_strategy_data_changed (self);

  if (net == NULL || st->removed == NULL)
    {
      sp_canvas_set_ghosts (canvas, NULL);
      sp_canvas_set_caption (canvas, NULL);
      sp_whatif_panel_set_busy (st->panel, FALSE);
      sp_whatif_panel_set_people (st->panel, NULL);
      return;
    }

  n = sp_network_n_nodes (net);
  job = g_new0 (Job, 1);
  job->network = sp_network_ref (net);
  job->removed = g_new0 (gboolean, MAX (n, 1));
  for (guint k = 0; st->removed[k] != NULL; k++)
    {
      gint node = sp_network_find_node (net, st->removed[k]);

      if (node >= 0)
        job->removed[node] = TRUE;
    }
  sp_canvas_get_render_options (canvas, &options);
  if (options.tie_type_visible != NULL)
    job->tie_mask = g_memdup2 (options.tie_type_visible, sizeof (gboolean) * MAX (net->tie_types->len, 1));

  ghosted = g_array_sized_new (FALSE, FALSE, sizeof (gboolean), n);
  g_array_append_vals (ghosted, job->removed, n);
  sp_canvas_set_ghosts (canvas, ghosted);

  {
    g_autofree char *names = removed_names (self);

    sp_whatif_panel_set_people (st->panel, names);
  }
  sp_whatif_panel_set_busy (st->panel, TRUE);
  st->busy = TRUE;
  st->cancellable = g_cancellable_new ();
  task = g_task_new (self, st->cancellable, compute_done, NULL);
  g_task_set_source_tag (task, refresh);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, compute_thread);
}

/* ---- undoable changes --------------------------------------------------- */

static void
history_apply (gpointer target,
               gpointer data)
{
  SpWindow *self = target;
  WhatIfState *st = get_state (self);

  g_strfreev (st->removed);
  st->removed = data != NULL && g_strv_length (data) > 0 ? g_strdupv (data) : NULL;
  refresh (self);
}

static void
change_removed (SpWindow   *self,
                const char *label,
                GStrv       next)
{
  WhatIfState *st = get_state (self);
  GStrv before = st->removed ? g_strdupv (st->removed) : g_new0 (char *, 1);

  if (next != NULL && g_strv_length (next) == 0)
    g_clear_pointer (&next, g_strfreev);
  st->removed = next;
  sp_history_push (sp_window_get_history (self), label, history_apply,
                   before, next ? g_strdupv (next) : g_new0 (char *, 1), (GDestroyNotify) g_strfreev);
  refresh (self);
}

static void
show_page (SpWindow *self)
{
  WhatIfState *st = get_state (self);
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (st->stack, ADW_TYPE_FLAP));

  gtk_stack_set_visible_child_name (GTK_STACK (st->stack), "whatif");
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
  WhatIfState *st = get_state (self);
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
  WhatIfState *st = get_state (self);

  if (st->removed != NULL)
    change_removed (self, _("Bring everyone back"), NULL);
}

static void
action_show (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  show_page (user_data);
}

static const GActionEntry entries[] = {
  { "whatif-toggle", action_toggle },
  { "whatif-reset", action_reset },
  { "show-whatif", action_show },
};

static void
selected_cb (SpWindow *self)
{
  WhatIfState *st = get_state (self);

  update_actions (self);
  /* a click on someone shows who they are */
  if (sp_canvas_get_selected (sp_window_get_canvas (self)) >= 0)
    gtk_stack_set_visible_child_name (GTK_STACK (st->stack), "person");
}

void
sp_window_whatif_init (SpWindow *self)
{
  WhatIfState *st = g_new0 (WhatIfState, 1);
  GtkWidget *person = GTK_WIDGET (sp_window_get_person_panel (self));
  GtkWidget *parent = gtk_widget_get_parent (person);
  GtkWidget *box, *switcher;

  st->window = self;
  g_object_set_data_full (G_OBJECT (self), "sp-whatif", st, (GDestroyNotify) state_free);
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);

  /* the side panel gets pages: the person, and what if they leave */
  st->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (st->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (st->stack, TRUE);
  g_object_ref (person);
  gtk_box_remove (GTK_BOX (parent), person);
  gtk_stack_add_titled (GTK_STACK (st->stack), person, "person", _("Person"));
  g_object_unref (person);
  st->panel = SP_WHATIF_PANEL (sp_whatif_panel_new ());
  gtk_stack_add_titled (GTK_STACK (st->stack), GTK_WIDGET (st->panel), "whatif", _("What If"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (box, 340, -1);
  switcher = gtk_stack_switcher_new ();
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (st->stack));
  gtk_widget_set_margin_top (switcher, 6);
  gtk_widget_set_margin_bottom (switcher, 6);
  gtk_widget_set_margin_start (switcher, 12);
  gtk_widget_set_margin_end (switcher, 12);
  gtk_box_append (GTK_BOX (box), switcher);
  gtk_box_append (GTK_BOX (box), st->stack);
  gtk_box_append (GTK_BOX (parent), box);

  g_signal_connect_swapped (sp_window_get_canvas (self), "notify::selected", G_CALLBACK (selected_cb), self);
  update_actions (self);
}

void
sp_window_whatif_network_changed (SpWindow *self)
{
  WhatIfState *st = get_state (self);

  if (st == NULL || st->network == sp_window_get_network (self))
    return;
  st->network = sp_window_get_network (self);
  g_clear_pointer (&st->removed, g_strfreev);
  refresh (self);
}

SpWhatIfPanel *
sp_window_get_whatif_panel (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return get_state (self)->panel;
}

GtkStack *
sp_window_get_panel_stack (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return GTK_STACK (get_state (self)->stack);
}

const char *const *
sp_window_whatif_get_removed (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return (const char *const *) get_state (self)->removed;
}

gboolean
sp_window_whatif_is_busy (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return get_state (self)->busy;
}
