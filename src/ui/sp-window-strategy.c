/* sp-window-strategy.c — does the network fit the strategy, and what
 * changed since an earlier data set?
 *
 * The strategy is part of the view (SpViewState.strategy, as text), so
 * every choice goes through the undo history and is saved with the file.
 * The fit (group and client measures, sp_strategy_evaluate) runs in a
 * GTask whenever the strategy or the data it is measured on changes.
 *
 * A comparison is kept beside the view: the earlier data set is read and
 * matched by id in a GTask; ties gained and lost are drawn on the present
 * layout.  Starting and ending one is undoable.
 */
#define G_LOG_DOMAIN "sp-window-strategy"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-window-strategy.h"
#include "sp-window-private.h"
#include "sp-window-whatif.h"
#include "sp-compare.h"
#include "sp-scenario.h"
#include "sp-group-metrics.h"
#include "sp-client-metrics.h"
#include "sp-import.h"
#include "sp-task.h"

#define MAX_NAMES 8

/* SpWindowComparison, short here */
typedef struct _SpWindowComparison {
  char   *title;    /* NULL: no comparison */
  char   *text;
  char   *caption;
  char   *before_name;  /* the earlier data set's name */
  char   *after_name;   /* the later one's */
  GArray *groups;       /* SpWhatIfGroup: departments before → after … */
  GPtrArray *group_names; /* … their names, owned */
  GArray *gained;   /* guint node pairs */
  GArray *lost;
} Comparison;

static void
comparison_free (Comparison *c)
{
  if (c == NULL)
    return;
  g_free (c->title);
  g_free (c->text);
  g_free (c->caption);
  g_free (c->before_name);
  g_free (c->after_name);
  g_clear_pointer (&c->groups, g_array_unref);
  g_clear_pointer (&c->group_names, g_ptr_array_unref);
  g_clear_pointer (&c->gained, g_array_unref);
  g_clear_pointer (&c->lost, g_array_unref);
  g_free (c);
}

/* @groups (SpWhatIfGroup) as @c's own, names and all */
static void
set_groups (Comparison *c,
            GArray     *groups)
{
  g_clear_pointer (&c->groups, g_array_unref);
  g_clear_pointer (&c->group_names, g_ptr_array_unref);
  c->groups = g_array_sized_new (FALSE, FALSE, sizeof (SpWhatIfGroup), groups->len);
  c->group_names = g_ptr_array_new_with_free_func (g_free);
  for (guint g = 0; g < groups->len; g++)
    {
      SpWhatIfGroup group = g_array_index (groups, SpWhatIfGroup, g);
      char *name = g_strdup (group.name);

      g_ptr_array_add (c->group_names, name);
      group.name = name;
      g_array_append_val (c->groups, group);
    }
}

static Comparison *
comparison_copy (const Comparison *c)
{
  Comparison *copy = g_new0 (Comparison, 1);

  if (c == NULL)
    return copy;
  copy->title = g_strdup (c->title);
  copy->text = g_strdup (c->text);
  copy->caption = g_strdup (c->caption);
  copy->before_name = g_strdup (c->before_name);
  copy->after_name = g_strdup (c->after_name);
  if (c->groups != NULL)
    set_groups (copy, c->groups);
  if (c->gained != NULL)
    {
      copy->gained = g_array_sized_new (FALSE, FALSE, sizeof (guint), c->gained->len);
      g_array_append_vals (copy->gained, c->gained->data, c->gained->len);
    }
  if (c->lost != NULL)
    {
      copy->lost = g_array_sized_new (FALSE, FALSE, sizeof (guint), c->lost->len);
      g_array_append_vals (copy->lost, c->lost->data, c->lost->len);
    }
  return copy;
}

void
sp_window_strategy_finalize (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;

  if (st->fit_cancellable != NULL)
    g_cancellable_cancel (st->fit_cancellable);
  if (st->compare_cancellable != NULL)
    g_cancellable_cancel (st->compare_cancellable);
  g_clear_object (&st->fit_cancellable);
  g_clear_object (&st->compare_cancellable);
  g_clear_pointer (&st->results, g_array_unref);
  g_clear_pointer (&st->comparison, comparison_free);
}

static void
update_actions (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;
  gboolean have = sp_window_get_network (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.strategy-load", have);
  sp_window_set_action_enabled (self, "show-strategy", have);
  sp_window_set_action_enabled (self, "strategy-outlines", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with", have && !st->compare_busy);
  sp_window_set_action_enabled (self, "compare-end", st->comparison != NULL);
}

static void
show_page (SpWindow *self)
{
  GtkStack *stack = self->panel_stack;
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (stack), ADW_TYPE_FLAP));

  gtk_stack_set_visible_child (stack, GTK_WIDGET (self->strategy_panel));
  if (flap != NULL && !sp_window_get_presenting (self))
    adw_flap_set_reveal_flap (flap, TRUE);
}

/* The strategy of the current view, or NULL. */
static SpStrategy *
view_strategy (SpWindow *self)
{
  const SpViewState *view = sp_window_get_view (self);
  g_autoptr (GError) error = NULL;
  SpStrategy *strategy;

  if (view == NULL || view->strategy == NULL)
    return NULL;
  strategy = sp_strategy_parse (view->strategy, -1, _("saved strategy"), &error);
  if (strategy == NULL)
    g_warning ("%s", error->message);
  return strategy;
}

/* ---- the fit on the canvas ------------------------------------------------ */

static void
update_outlines (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;
  const SpViewState *view = sp_window_get_view (self);
  g_autoptr (GPtrArray) groups = NULL;
  g_autoptr (GPtrArray) labels = NULL;
  GArray *colors;

  if (st->results == NULL || view == NULL || !view->fit_outlines)
    {
      SpRenderOptions options;

      /* no new scene when there were none */
      sp_canvas_get_render_options (sp_window_get_canvas (self), &options);
      if (options.n_outlines > 0)
        sp_canvas_set_outlines (sp_window_get_canvas (self), NULL, NULL, NULL);
      return;
    }

  groups = g_ptr_array_new ();
  labels = g_ptr_array_new ();
  colors = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint r = 0; r < st->results->len; r++)
    {
      const SpFitResult *res = &g_array_index (st->results, SpFitResult, r);
      guint32 color = sp_strategy_panel_verdict_color (res->verdict);

      if (res->group == NULL || res->verdict == SP_FIT_NOT_SET)
        continue;
      g_ptr_array_add (groups, g_strdup (res->group));
      /* Translators: a department's outline on the canvas, "Finance: fits" */
      g_ptr_array_add (labels, g_strdup_printf (_("%s: %s"), res->group, sp_fit_verdict_label (res->verdict)));
      g_array_append_val (colors, color);
    }
  g_ptr_array_add (groups, NULL);
  g_ptr_array_add (labels, NULL);
  sp_canvas_set_outlines (sp_window_get_canvas (self),
                          (GStrv) g_ptr_array_free (g_steal_pointer (&groups), FALSE),
                          colors,
                          (GStrv) g_ptr_array_free (g_steal_pointer (&labels), FALSE));
}

/* ---- the fit in a worker --------------------------------------------------- */

typedef struct {
  SpNetwork  *network;
  SpStrategy *strategy;
  gboolean   *tie_mask;
  gboolean   *removed;
  GArray     *results;
} FitJob;

static void
fit_job_free (FitJob *job)
{
  g_clear_pointer (&job->network, sp_network_unref);
  g_clear_pointer (&job->strategy, sp_strategy_free);
  g_free (job->tie_mask);
  g_free (job->removed);
  g_clear_pointer (&job->results, g_array_unref);
  g_free (job);
}

static void
fit_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  FitJob *job = task_data;
  g_autoptr (SpMetrics) metrics = NULL;
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpClientMetrics) clients = NULL;
  GError *error = NULL;

  metrics = sp_metrics_compute_full (job->network, job->tie_mask, job->removed,
                                     SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING |
                                     SP_METRICS_COMMUNITY,
                                     1, NULL, NULL, cancellable, &error);
  if (metrics == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  groups = sp_group_metrics_compute (job->network, job->tie_mask, job->removed, NULL, metrics, &error);
  if (groups == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  clients = sp_client_metrics_compute (job->network, job->tie_mask, job->removed);
  job->results = sp_strategy_evaluate (job->strategy, job->network, groups, clients);
  g_task_return_boolean (task, TRUE);
}

static void
fit_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  SpWindowStrategy *st = &self->strategy;
  FitJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SP_TASK_DONE (result);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  st->fit_busy = FALSE;
  sp_strategy_panel_set_busy (self->strategy_panel, FALSE);
  g_clear_pointer (&st->results, g_array_unref);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    sp_strategy_panel_set_error (self->strategy_panel, error->message);
  else
    st->results = g_steal_pointer (&job->results);
  sp_strategy_panel_set_results (self->strategy_panel, st->results);
  update_outlines (self);
}

static void
start_fit (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;
  SpNetwork *net = sp_window_get_network (self);
  const char *const *removed = sp_window_whatif_get_removed (self);
  g_autoptr (SpStrategy) strategy = view_strategy (self);
  g_autoptr (GTask) task = NULL;
  FitJob *job;

  if (st->fit_cancellable != NULL)
    g_cancellable_cancel (st->fit_cancellable);
  g_clear_object (&st->fit_cancellable);
  st->fit_busy = FALSE;
  sp_strategy_panel_set_busy (self->strategy_panel, FALSE);

  if (net == NULL || strategy == NULL || sp_strategy_is_empty (strategy))
    {
      g_clear_pointer (&st->results, g_array_unref);
      sp_strategy_panel_set_results (self->strategy_panel, NULL);
      update_outlines (self);
      return;
    }

  job = g_new0 (FitJob, 1);
  job->network = sp_network_ref (net);
  job->strategy = g_steal_pointer (&strategy);
  job->tie_mask = sp_view_state_tie_visibility (sp_window_get_view (self), net);
  if (removed != NULL)
    {
      job->removed = g_new0 (gboolean, MAX (sp_network_n_nodes (net), 1));
      for (guint k = 0; removed[k] != NULL; k++)
        {
          gint node = sp_network_find_node (net, removed[k]);

          if (node >= 0)
            job->removed[node] = TRUE;
        }
    }

  /* the switch acts at once; the colours follow the new fit */
  update_outlines (self);
  st->fit_busy = TRUE;
  sp_strategy_panel_set_busy (self->strategy_panel, TRUE);
  st->fit_cancellable = g_cancellable_new ();
  task = g_task_new (self, st->fit_cancellable, fit_done, NULL);
  g_task_set_source_tag (task, start_fit);
  g_task_set_task_data (task, job, (GDestroyNotify) fit_job_free);
  sp_task_run_in_thread (task, fit_thread);
}

/* ---- strategy choices (undoable: they are part of the view) ---------------- */

static void
set_strategy (SpWindow         *self,
              const char       *label,
              const SpStrategy *strategy)
{
  g_autoptr (SpViewState) next = sp_window_copy_view (self);
  gboolean had = next->strategy != NULL;

  g_clear_pointer (&next->strategy, g_free);
  if (strategy != NULL && !sp_strategy_is_empty (strategy))
    next->strategy = sp_strategy_to_text (strategy);
  /* the first strategy shows its fit on the canvas at once */
  if (!had && next->strategy != NULL)
    next->fit_outlines = TRUE;
  sp_window_change_view (self, label, g_steal_pointer (&next));
}

static void
profile_chosen_cb (SpStrategyPanel *panel,
                   const char      *department,
                   const char      *profile,
                   SpWindow        *self)
{
  g_autoptr (SpStrategy) strategy = view_strategy (self);

  if (strategy == NULL)
    strategy = sp_strategy_new ();
  sp_strategy_set_profile (strategy, department, profile);
  set_strategy (self, _("Choose Profile"), strategy);
}

gboolean
sp_window_strategy_load_file (SpWindow *self,
                              GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (SpStrategy) strategy = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be read"));
  else
    strategy = sp_strategy_load (path, &error);
  show_page (self);
  if (strategy == NULL)
    {
      sp_strategy_panel_set_error (self->strategy_panel, error->message);
      return FALSE;
    }
  sp_strategy_panel_set_error (self->strategy_panel, NULL);
  set_strategy (self, _("Load Strategy"), strategy);
  return TRUE;
}

static void
load_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sp_window_strategy_load_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
action_load (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SpWindow *self = SP_WINDOW (widget);
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter;

  dialog = gtk_file_chooser_native_new (_("Load Strategy File"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Load"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Strategy files"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "strategy");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (load_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
action_outlines (GSimpleAction *action,
                 GVariant      *value,
                 gpointer       user_data)
{
  SpWindow *self = user_data;
  g_autoptr (SpViewState) next = sp_window_copy_view (self);
  gboolean show = g_variant_get_boolean (value);

  next->fit_outlines = show;
  sp_window_change_view (self, show ? _("Show Fit on the Canvas") : _("Hide Fit on the Canvas"),
                         g_steal_pointer (&next));
}

static void
action_show (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  show_page (user_data);
}

/* ---- before and after ------------------------------------------------------ */

static void
show_comparison (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;
  SpCanvas *canvas = sp_window_get_canvas (self);
  Comparison *c = st->comparison;

  if (c == NULL)
    {
      sp_canvas_set_tie_changes (canvas, NULL, NULL);
      sp_strategy_panel_set_comparison (self->strategy_panel, NULL, NULL, NULL);
      if (st->caption_shown)
        sp_canvas_set_caption (canvas, NULL);
      st->caption_shown = FALSE;
    }
  else
    {
      Comparison *copy = comparison_copy (c);

      sp_canvas_set_tie_changes (canvas, g_steal_pointer (&copy->gained), g_steal_pointer (&copy->lost));
      comparison_free (copy);
      sp_canvas_set_caption (canvas, c->caption);
      st->caption_shown = TRUE;
      sp_strategy_panel_set_comparison (self->strategy_panel, c->title, c->text, c->groups);
    }
  update_actions (self);
  sp_window_update_state (self);
}

static void
history_apply_comparison (gpointer target,
                          gpointer data)
{
  SpWindow *self = target;
  SpWindowStrategy *st = &self->strategy;
  const Comparison *c = data;

  g_clear_pointer (&st->comparison, comparison_free);
  if (c->title != NULL)
    st->comparison = comparison_copy (c);
  show_comparison (self);
}

/* Makes @next (NULL: none) the comparison, recorded for undo.  Takes @next. */
static void
change_comparison (SpWindow   *self,
                   const char *label,
                   Comparison *next)
{
  SpWindowStrategy *st = &self->strategy;
  Comparison *before = comparison_copy (st->comparison);

  g_clear_pointer (&st->comparison, comparison_free);
  st->comparison = next;
  sp_history_push_view (sp_window_get_history (self), label, history_apply_comparison,
                        before, comparison_copy (next), (GDestroyNotify) comparison_free);
  show_comparison (self);
}

typedef struct {
  char       *path;           /* the other data set */
  char       *name;           /* … and its name */
  gboolean    other_is_after; /* it is the later one (usually the earlier) */
  char       *this_name;      /* the open data's name */
  SpNetwork  *open;           /* the open data, drawn */
  Comparison *result;
} CompareJob;

static void
compare_job_free (CompareJob *job)
{
  g_free (job->path);
  g_free (job->name);
  g_free (job->this_name);
  g_clear_pointer (&job->open, sp_network_unref);
  comparison_free (job->result);
  g_free (job);
}

/* "Anna, Bram and 3 more" from up to MAX_NAMES labels */
static void
append_names (GString   *out,
              SpNetwork *network,
              GArray    *nodes)
{
  for (guint k = 0; k < nodes->len && k < MAX_NAMES; k++)
    {
      if (k > 0)
        g_string_append (out, ", ");
      g_string_append (out, sp_network_node_label (network, g_array_index (nodes, guint, k)));
    }
  if (nodes->len > MAX_NAMES)
    /* Translators: after a list of names: ", and 3 more" */
    g_string_append_printf (out, ngettext (" and %u more", " and %u more", nodes->len - MAX_NAMES),
                            nodes->len - MAX_NAMES);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareJob *job = task_data;
  g_autoptr (SpNetwork) other = NULL;
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  SpNetwork *before, *after;
  const char *before_name, *after_name;
  SpComparison *cmp;
  Comparison *c;
  GError *error = NULL;

  other = sp_import_file (job->path, NULL, &error);
  if (other == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  before = job->other_is_after ? job->open : other;
  after = job->other_is_after ? other : job->open;
  before_name = job->other_is_after ? job->this_name : job->name;
  after_name = job->other_is_after ? job->name : job->this_name;
  sp_scenario_set_comparison (scenario, other, job->other_is_after, before_name, after_name);
  if (!sp_scenario_compute (scenario, job->open, NULL, NULL, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  cmp = scenario->comparison;

  c = job->result = g_new0 (Comparison, 1);
  c->gained = g_array_new (FALSE, FALSE, sizeof (guint));
  c->lost = g_array_new (FALSE, FALSE, sizeof (guint));
  sp_scenario_drawn_ties (scenario, c->gained, c->lost);

  /* Translators: the first %s is the earlier data set, the second the later one */
  c->title = g_strdup_printf (_("From %s (before) to %s (after): ties gained in green, ties lost in red (dashed)."),
                              before_name, after_name);
  c->before_name = g_strdup (before_name);
  c->after_name = g_strdup (after_name);
  g_string_append_printf (text, ngettext ("%u person joined", "%u people joined", cmp->joined->len),
                          cmp->joined->len);
  g_string_append (text, ", ");
  g_string_append_printf (text, ngettext ("%u left", "%u left", cmp->left->len), cmp->left->len);
  g_string_append (text, "\n");
  g_string_append_printf (text, ngettext ("%u tie gained", "%u ties gained", cmp->ties_gained->len),
                          cmp->ties_gained->len);
  g_string_append (text, ", ");
  g_string_append_printf (text, ngettext ("%u lost", "%u lost", cmp->ties_lost->len), cmp->ties_lost->len);
  if (cmp->joined->len > 0)
    {
      g_string_append (text, "\n");
      /* Translators: followed by a list of names */
      g_string_append (text, _("Joined: "));
      append_names (text, after, cmp->joined);
    }
  if (cmp->left->len > 0)
    {
      g_string_append (text, "\n");
      /* Translators: followed by a list of names */
      g_string_append (text, _("Left: "));
      append_names (text, before, cmp->left);
    }
  c->text = g_strdup (text->str);
  c->caption = sp_scenario_caption (scenario, job->open);

  /* the departments before → after, as the What If page shows them */
  {
    const SpMetricsFlags which = SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING | SP_METRICS_COMMUNITY;
    g_autoptr (SpMetrics) mb = sp_metrics_compute_full (before, NULL, NULL, which, 0, NULL, NULL, cancellable, &error);
    g_autoptr (SpMetrics) ma = mb ? sp_metrics_compute_full (after, NULL, NULL, which, 0, NULL, NULL, cancellable, &error) : NULL;
    SpGroupMetrics *gb = ma ? sp_group_metrics_compute (before, NULL, NULL, NULL, mb, &error) : NULL;
    SpGroupMetrics *ga = gb ? sp_group_metrics_compute (after, NULL, NULL, NULL, ma, &error) : NULL;

    if (ga == NULL)
      {
        if (gb != NULL)
          sp_group_metrics_free (gb);
        g_task_return_error (task, error);
        return;
      }
    {
      g_autoptr (GArray) groups = sp_whatif_pair_groups (gb, ga);

      set_groups (c, groups);
    }
    sp_group_metrics_free (gb);
    sp_group_metrics_free (ga);
  }
  g_task_return_boolean (task, TRUE);
}

static void
compare_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  SpWindowStrategy *st = &self->strategy;
  CompareJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SP_TASK_DONE (result);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  st->compare_busy = FALSE;
  update_actions (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* a file that cannot be compared is the file's problem, not the
       * strategy's: said where the user asked */
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                          _("Could Not Compare"),
                                                                          error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  change_comparison (self, _("Compare"), g_steal_pointer (&job->result));
}

/* The open data's name beside the other data set's */
static char *
open_data_name (SpWindow *self)
{
  SpNetwork *net = sp_window_get_network (self);

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (net->title ? net->title : _("Untitled Network"));
}

void
sp_window_compare_with_full (SpWindow *self,
                             GFile    *file,
                             gboolean  other_is_after)
{
  SpWindowStrategy *st = &self->strategy;
  SpNetwork *net = sp_window_get_network (self);
  g_autoptr (GTask) task = NULL;
  g_autofree char *picked = NULL;
  CompareJob *job;

  g_return_if_fail (SP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  picked = g_file_get_path (file);
  if (net == NULL || picked == NULL)
    return;

  job = g_new0 (CompareJob, 1);
  /* a folder data set's file, or its README, stands for the folder */
  job->path = sp_import_data_set_of (picked);
  job->name = g_path_get_basename (job->path);
  job->other_is_after = other_is_after;
  job->this_name = open_data_name (self);
  /* the worker measures a copy: the window may edit its network meanwhile */
  job->open = sp_network_copy (net);

  if (st->compare_cancellable != NULL)
    g_cancellable_cancel (st->compare_cancellable);
  g_clear_object (&st->compare_cancellable);
  st->compare_cancellable = g_cancellable_new ();
  st->compare_busy = TRUE;
  update_actions (self);
  show_page (self);
  task = g_task_new (self, st->compare_cancellable, compare_done, NULL);
  g_task_set_source_tag (task, sp_window_compare_with_full);
  g_task_set_task_data (task, job, (GDestroyNotify) compare_job_free);
  sp_task_run_in_thread (task, compare_thread);
}

void
sp_window_compare_with (SpWindow *self,
                        GFile    *file)
{
  sp_window_compare_with_full (self, file, FALSE);
}

static void
which_first_cb (AdwMessageDialog *dialog,
                const char       *response,
                SpWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (g_str_equal (response, "other-before") || g_str_equal (response, "other-after"))
    sp_window_compare_with_full (self, file, g_str_equal (response, "other-after"));
}

/* Which data set is the earlier one: asked, never assumed, since "joined"
 * and "left" change places with the answer. */
void
sp_window_compare_ask (SpWindow *self,
                       GFile    *file)
{
  g_autofree char *picked = g_file_get_path (file);
  g_autofree char *set = picked ? sp_import_data_set_of (picked) : NULL;
  g_autofree char *other = set ? g_path_get_basename (set) : g_file_get_basename (file);
  g_autofree char *here = open_data_name (self);
  g_autofree char *other_first = NULL;
  g_autofree char *here_first = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a data set's file or folder name */
  other_first = g_strdup_printf (_("“%s” Is Earlier"), other);
  here_first = g_strdup_printf (_("“%s” Is Earlier"), here);
  body = g_strdup_printf (_("Compare “%s” with the open “%s”: who joined and left, and which ties were gained and lost, "
                            "are counted from the earlier data set to the later one."), other, here);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Which Data Set Is Earlier?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "other-after", here_first,
                                    "other-before", other_first, NULL);
  adw_message_dialog_set_response_appearance (dialog, "other-before", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "other-before");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (which_first_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      sp_window_compare_ask (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
action_compare (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SpWindow *self = SP_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Compare With Another Data Set"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (compare_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
action_compare_end (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  SpWindow *self = user_data;
  SpWindowStrategy *st = &self->strategy;

  if (st->comparison != NULL)
    change_comparison (self, _("End Comparison"), NULL);
}

static const GActionEntry entries[] = {
  { "strategy-outlines", NULL, NULL, "false", action_outlines },
  { "show-strategy", action_show },
  { "compare-end", action_compare_end },
};

/* ---- the window's hooks ---------------------------------------------------- */

void
sp_window_strategy_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.strategy-load", NULL, action_load);
  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL, action_compare);
}

void
sp_window_strategy_init (SpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  g_signal_connect (self->strategy_panel, "profile-chosen", G_CALLBACK (profile_chosen_cb), self);
  update_actions (self);
}

void
sp_window_strategy_sync (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;
  SpNetwork *net = sp_window_get_network (self);
  const SpViewState *view = sp_window_get_view (self);
  g_autoptr (SpStrategy) strategy = NULL;
  g_autoptr (GPtrArray) departments = NULL;
  GAction *outlines;

  if (net != st->network)
    {
      /* another organisation: the comparison was of the one before */
      st->network = net;
      if (st->compare_cancellable != NULL)
        g_cancellable_cancel (st->compare_cancellable);
      g_clear_object (&st->compare_cancellable);
      st->compare_busy = FALSE;
      if (st->comparison != NULL)
        {
          g_clear_pointer (&st->comparison, comparison_free);
          show_comparison (self);
        }
      sp_strategy_panel_set_error (self->strategy_panel, NULL);
    }

  strategy = view_strategy (self);
  departments = net != NULL ? sp_network_departments (net) : NULL;
  sp_strategy_panel_set_strategy (self->strategy_panel, departments, strategy);
  outlines = g_action_map_lookup_action (G_ACTION_MAP (self), "strategy-outlines");
  g_simple_action_set_state (G_SIMPLE_ACTION (outlines), g_variant_new_boolean (view != NULL && view->fit_outlines));
  update_actions (self);
  start_fit (self);
}

void
sp_window_strategy_data_changed (SpWindow *self)
{
  SpWindowStrategy *st = &self->strategy;

  /* while another network is being opened, sp_window_strategy_sync
   * follows with its view */
  if (st->network == sp_window_get_network (self))
    start_fit (self);
}

SpStrategyPanel *
sp_window_get_strategy_panel (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->strategy_panel;
}

GArray *
sp_window_strategy_get_results (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);
  return self->strategy.results;
}

gboolean
sp_window_compare_get_changes (SpWindow *self,
                               GArray  **gained,
                               GArray  **lost)
{
  SpWindowStrategy *st;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  st = &self->strategy;
  if (gained != NULL)
    *gained = st->comparison ? st->comparison->gained : NULL;
  if (lost != NULL)
    *lost = st->comparison ? st->comparison->lost : NULL;
  return st->comparison != NULL;
}

gboolean
sp_window_strategy_is_busy (SpWindow *self)
{
  SpWindowStrategy *st;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  st = &self->strategy;
  return st->fit_busy || st->compare_busy;
}

gboolean
sp_window_compare_get_names (SpWindow    *self,
                             const char **before_name,
                             const char **after_name)
{
  SpWindowStrategy *st;

  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);

  st = &self->strategy;
  if (before_name != NULL)
    *before_name = st->comparison ? st->comparison->before_name : NULL;
  if (after_name != NULL)
    *after_name = st->comparison ? st->comparison->after_name : NULL;
  return st->comparison != NULL;
}

char *
sp_window_strategy_describe_applied (SpWindow *self)
{
  SpWindowStrategy *st;
  const SpViewState *view;
  g_autoptr (GPtrArray) profiles = g_ptr_array_new ();   /* labels, first seen first */
  g_autoptr (GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (SP_IS_WINDOW (self), NULL);

  st = &self->strategy;
  view = sp_window_get_view (self);
  if (st->results == NULL || view == NULL || !view->fit_outlines)
    return NULL;
  for (guint r = 0; r < st->results->len; r++)
    {
      const SpFitResult *res = &g_array_index (st->results, SpFitResult, r);
      const char *label;
      guint p;

      if (res->profile == NULL || res->verdict == SP_FIT_NOT_SET)
        continue;
      label = sp_strategy_profile_label (res->profile);
      for (p = 0; p < profiles->len && !g_str_equal (g_ptr_array_index (profiles, p), label); p++)
        ;
      if (p == profiles->len)
        {
          g_ptr_array_add (profiles, (gpointer) label);
          g_ptr_array_add (members, g_ptr_array_new ());
        }
      /* Translators: the organisation as a whole, in "Exploration: the organisation, R&D" */
      g_ptr_array_add (g_ptr_array_index (members, p), (gpointer) (res->group ? res->group : _("the organisation")));
    }
  if (profiles->len == 0)
    return NULL;
  for (guint p = 0; p < profiles->len; p++)
    {
      GPtrArray *m = g_ptr_array_index (members, p);

      g_string_append (out, p == 0 ? "" : "; ");
      g_string_append_printf (out, "%s: ", (const char *) g_ptr_array_index (profiles, p));
      for (guint k = 0; k < m->len; k++)
        {
          if (k > 0)
            g_string_append (out, ", ");
          g_string_append (out, g_ptr_array_index (m, k));
        }
    }
  /* Translators: the strategy an export's outlines are measured against,
   * "Strategy applied: Exploration: the organisation, R&D; Execution: Finance" */
  return g_strdup_printf (_("Strategy applied: %s"), out->str);
}
