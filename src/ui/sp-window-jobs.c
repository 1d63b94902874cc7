/* sp-window-jobs.c — the window's long work: opening, layout, measures
 * and saving
 *
 * Each runs in a GTask worker; the window shows its progress over the
 * canvas and can cancel it (win.cancel).  Also the unsaved-changes
 * question that stands between the user and opening or closing.
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <math.h>

#include "sp-import.h"
#include "sp-layout.h"

#include "sp-import-dialog.h"
#include "sp-window-private.h"
#include "sp-task.h"

gboolean
sp_window_any_job_running (SpWindow *self)
{
  for (guint i = 0; i < N_JOBS; i++)
    if (self->jobs[i].running)
      return TRUE;
  return FALSE;
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
        double f = g_atomic_int_get (&self->jobs[i].permille) / 1000.0;

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
  g_atomic_int_set (&job->permille, fraction < 0 ? -1 : (gint) lround (CLAMP (fraction, 0, 1) * 1000));
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
  g_atomic_int_set (&job->permille, -1);
  job->running = TRUE;
  if (self->progress_source == 0)
    self->progress_source = g_timeout_add (100, progress_tick, self);
  sp_window_update_actions (self);
  return job->cancellable;
}

static void
job_end (SpWindow *self,
         SpWindowJobKind kind)
{
  self->jobs[kind].running = FALSE;
  sp_window_update_actions (self);
}

/* ---- layouts, for undo ------------------------------------------------- */

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
  sp_window_set_action_state (self, "layout-engine", g_variant_new_string (s->engine));
  sp_canvas_invalidate (self->canvas);
  sp_window_set_dirty (self, TRUE);
}

/* ---- loading ----------------------------------------------------------- */

typedef struct {
  GFile     *file;
  GPtrArray *map;       /* SpColumnMapping *, or NULL: the remembered one */
  gboolean   remember;  /* @map was chosen in the import dialog */
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->map, g_ptr_array_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr (GPtrArray) recalled = NULL;
  SpImportOptions options = { 0 };
  GError *error = NULL;
  SpNetwork *network;

  if (path == NULL)
    {
      g_task_return_new_error (task, SP_ERROR, SP_ERROR_IO, _("Only local files can be opened"));
      return;
    }
  /* the columns as the user named them for this data set, last time */
  options.column_map = job->map != NULL ? job->map : (recalled = sp_column_map_recall (path));
  network = sp_import_file (path, &options, &error);
  if (network == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->remember && !sp_column_map_remember (path, job->map, &error))
    {
      /* the data set is open all the same; the choice is asked again */
      g_warning ("%s", error->message);
      g_clear_error (&error);
    }
  g_task_return_pointer (task, network, (GDestroyNotify) sp_network_unref);
}

/* What the reader converted or guessed ("read as Windows-1252", "4 values
 * read as missing"): one toast, and all of them behind its button. */
static void
show_notes (SpWindow  *self,
            SpNetwork *network)
{
  AdwToast *toast;
  guint n = network->notes != NULL ? network->notes->len : 0;

  if (n == 0)
    return;
  if (n == 1)
    toast = adw_toast_new (g_ptr_array_index (network->notes, 0));
  else
    {
      /* Translators: a notice about how the data was read, then how many
       * more there are */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (and %u more)",
                                                             "%s (and %u more)", n - 1),
                                                (const char *) g_ptr_array_index (network->notes, 0),
                                                n - 1);

      toast = adw_toast_new (title);
    }
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.import-notes");
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
sp_window_show_import_notes (SpWindow *self)
{
  AdwMessageDialog *dialog;
  g_autoptr (GString) text = g_string_new (NULL);

  if (self->network == NULL || self->network->notes == NULL || self->network->notes->len == 0)
    return;
  for (guint i = 0; i < self->network->notes->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "",
                            (const char *) g_ptr_array_index (self->network->notes, i));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("How the Data Was Read"), text->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  GFile *file = job->file;
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (SpViewState) view = NULL;
  g_autoptr (GPtrArray) slides = NULL;
  SP_TASK_DONE (result);

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

  sp_window_add_recent (self, file);
  sp_window_set_network (self, network, file, view, slides);
  show_notes (self, network);
}

/* Opens @file with @map (NULL: the one remembered for it); @remember
 * keeps @map for the data set once it opens. */
static void
open_with_map (SpWindow  *self,
               GFile     *file,
               GPtrArray *map,
               gboolean   remember)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  GCancellable *cancellable;
  LoadJob *job = g_new0 (LoadJob, 1);

  if (self->presenting)
    g_action_group_activate_action (G_ACTION_GROUP (self), "presentation", NULL);

  cancellable = job_begin (self, JOB_LOAD);
  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  label = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->loading_label, label);
  gtk_spinner_set_spinning (self->loading_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  job->file = g_object_ref (file);
  job->map = map != NULL ? g_ptr_array_ref (map) : NULL;
  job->remember = remember;
  task = g_task_new (self, cancellable, load_done, NULL);
  g_task_set_source_tag (task, sp_window_open);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  sp_task_run_in_thread (task, load_thread);
}

static void
open_now (SpWindow *self,
          GFile    *file)
{
  open_with_map (self, file, NULL, FALSE);
}

/* ---- the import dialog --------------------------------------------------- */

typedef struct {
  GFile     *file;
  GPtrArray *map;      /* the remembered map the preview was made with */
  gboolean   always;   /* show the dialog even for a file whose columns are all known */
} PreviewJob;

static void
preview_job_free (PreviewJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->map, g_ptr_array_unref);
  g_free (job);
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  SpImportOptions options = { 0 };
  GError *error = NULL;
  GPtrArray *tables;

  if (path == NULL)
    {
      g_task_return_new_error (task, SP_ERROR, SP_ERROR_IO, _("Only local files can be opened"));
      return;
    }
  job->map = sp_column_map_recall (path);
  options.column_map = job->map;
  tables = sp_import_preview (path, &options, 8, &error);
  if (tables == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, tables, (GDestroyNotify) g_ptr_array_unref);
}

static void
import_cb (SpImportDialog *dialog,
           SpWindow       *self)
{
  g_autoptr (GPtrArray) map = sp_import_dialog_get_map (dialog);

  open_with_map (self, sp_import_dialog_get_file (dialog), map, TRUE);
}

static void
preview_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SpWindow *self = SP_WINDOW (object);
  PreviewJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tables = g_task_propagate_pointer (G_TASK (result), &error);
  SpImportDialog *dialog;
  SP_TASK_DONE (result);

  job_end (self, JOB_LOAD);
  gtk_spinner_set_spinning (self->loading_spinner, FALSE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* a file that is not a table, or cannot be read: opening says why */
  if (tables == NULL || tables->len == 0)
    {
      if (job->always && tables != NULL)
        {
          gtk_stack_set_visible_child_name (self->stack, self->network ? "network" : "welcome");
          sp_window_toast (self, _("This file names its fields itself: there are no columns to map"));
          return;
        }
      open_now (self, job->file);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, self->network ? "network" : "welcome");
  dialog = sp_import_dialog_new (GTK_WINDOW (self), job->file, tables, job->map);
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_cb), self, 0);
  self->import_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->import_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_now (SpWindow *self,
            GFile    *file,
            gboolean  always)
{
  g_autoptr (GTask) task = NULL;
  GCancellable *cancellable = job_begin (self, JOB_LOAD);
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  g_autofree char *label = g_strdup_printf (_("Reading “%s”…"), name);
  PreviewJob *job = g_new0 (PreviewJob, 1);

  gtk_label_set_text (self->loading_label, label);
  gtk_spinner_set_spinning (self->loading_spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  job->file = g_object_ref (file);
  job->always = always;
  task = g_task_new (self, cancellable, preview_done, NULL);
  g_task_set_source_tag (task, sp_window_import);
  g_task_set_task_data (task, job, (GDestroyNotify) preview_job_free);
  sp_task_run_in_thread (task, preview_thread);
}

void
sp_window_import (SpWindow *self,
                  GFile    *file)
{
  g_return_if_fail (SP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (sp_window_is_modified (self))
    sp_window_ask_unsaved (self, AFTER_IMPORT, file);
  else
    import_now (self, file, FALSE);
}

void
sp_window_edit_columns (SpWindow *self)
{
  g_return_if_fail (SP_IS_WINDOW (self));

  if (self->file == NULL)
    return;
  if (sp_window_is_modified (self))
    sp_window_ask_unsaved (self, AFTER_EDIT_COLUMNS, self->file);
  else
    import_now (self, self->file, TRUE);
}

/* ---- unsaved changes ----------------------------------------------------- */

gboolean
sp_window_is_modified (SpWindow *self)
{
  g_return_val_if_fail (SP_IS_WINDOW (self), FALSE);
  return self->network != NULL
      && (self->unrecorded_changes || sp_history_is_modified (self->history));
}

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
    case AFTER_IMPORT:
    case AFTER_EDIT_COLUMNS:
      if (file != NULL)
        import_now (self, file, after == AFTER_EDIT_COLUMNS);
      break;
    case AFTER_NOTHING:
    default:
      break;
    }
}

void
sp_window_forget_after_changes (SpWindow *self)
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
        sp_window_show_save_dialog (self);
    }
  else
    sp_window_forget_after_changes (self);
}

/* Asks Save / Discard / Cancel before @after. */
void
sp_window_ask_unsaved (SpWindow     *self,
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
    sp_window_ask_unsaved (self, AFTER_OPEN, file);
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
      sp_window_toast (self, _("The example organisation is not installed"));
      return;
    }
  sp_window_open (self, example);
}

/* ---- layout ------------------------------------------------------------ */

typedef struct {
  SpNetwork      *network;
  SpNetwork      *work;     /* a copy the worker lays out: the canvas reads
                             * the network's positions meanwhile */
  SpLayoutEngine  engine;
  char           *engine_name;
  char           *group_by;  /* keep these groups together, or NULL */
  SpWindowJob    *job;
  LayoutSnapshot *before;   /* NULL when not recorded */
} LayoutData;

static void
layout_data_free (LayoutData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_clear_pointer (&d->work, sp_network_unref);
  g_free (d->engine_name);
  g_free (d->group_by);
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

  if (!sp_layout_run_grouped (d->work, d->engine, d->group_by, job_progress, d->job, cancellable, &error))
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
  SP_TASK_DONE (result);

  if (d->network != self->network)
    return;
  if (!g_task_had_error (G_TASK (result)) && d->work->has_layout)
    {
      /* the new positions, on the UI thread */
      sp_network_ensure_positions (d->network);
      if (sp_network_n_nodes (d->network) > 0)
        {
          memcpy (d->network->x, d->work->x, sizeof (double) * sp_network_n_nodes (d->network));
          memcpy (d->network->y, d->work->y, sizeof (double) * sp_network_n_nodes (d->network));
        }
      d->network->has_layout = TRUE;
    }
  job_end (self, JOB_LAYOUT);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!d->network->has_layout)
        fallback_layout (d->network);
      if (g_error_matches (error, SP_ERROR, SP_ERROR_CANCELLED)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sp_window_toast (self, _("Layout stopped"));
      else
        sp_window_toast (self, error->message);
      sp_window_set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
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
      sp_window_set_dirty (self, TRUE);
    }
  sp_window_set_action_state (self, "layout-engine", g_variant_new_string (self->view->layout_engine));
  sp_canvas_fit (self->canvas);
  sp_canvas_invalidate (self->canvas);
}

void
sp_window_start_layout (SpWindow   *self,
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
  if (self->view->layout_groups)
    d->group_by = g_strdup (self->view->group_by != NULL ? self->view->group_by : "department");
  d->network = sp_network_ref (self->network);
  d->work = sp_network_copy (self->network);
  d->job = &self->jobs[JOB_LAYOUT];
  if (record && self->network->has_layout)
    d->before = layout_snapshot_take (self);

  cancellable = job_begin (self, JOB_LAYOUT);
  task = g_task_new (self, cancellable, layout_done, NULL);
  g_task_set_source_tag (task, sp_window_start_layout);
  g_task_set_task_data (task, d, (GDestroyNotify) layout_data_free);
  sp_task_run_in_thread (task, layout_thread);
}

/* ---- measures ---------------------------------------------------------- */

typedef struct {
  SpNetwork  *network;
  SpMeasures *measures;
  gboolean   *tie_mask;
  SpWindowJob *job;
} AnalysisData;

static void
analysis_data_free (AnalysisData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_clear_pointer (&d->measures, sp_measures_unref);
  g_free (d->tie_mask);
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

  metrics = sp_measures_metrics (d->measures, d->tie_mask, NULL, SP_METRICS_ALL,
                                 job_progress, d->job, cancellable, &error);
  if (metrics == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* the person panel ranks each person in every column: sorted here,
   * once, rather than on the UI thread */
  sp_metrics_prepare_ranks (metrics);
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
  SP_TASK_DONE (result);

  if (d->network != self->network || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_pointer (&metrics, sp_metrics_unref);
      return;
    }
  job_end (self, JOB_ANALYSIS);

  if (metrics == NULL)
    {
      if (!g_error_matches (error, SP_ERROR, SP_ERROR_CANCELLED))
        sp_window_toast (self, error->message);
      return;
    }
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  self->metrics = metrics;
  if (sp_view_state_filter_uses_measures (self->view, self->network))
    {
      sp_window_refresh_visibility (self);
      sp_window_update_state (self);
    }
  sp_window_show_selected (self);
}

void
sp_window_start_analysis (SpWindow *self)
{
  g_autoptr (GTask) task = NULL;
  AnalysisData *d;
  GCancellable *cancellable;
  SpMetrics *cached;

  if (self->network == NULL)
    return;

  d = g_new0 (AnalysisData, 1);
  d->network = sp_network_ref (self->network);
  d->tie_mask = sp_view_state_tie_visibility (self->view, self->network);
  d->measures = sp_measures_ref (self->measures);
  d->job = &self->jobs[JOB_ANALYSIS];

  /* Measures are kept per tie-type selection: switching back is instant. */
  cached = sp_measures_peek_metrics (self->measures, d->tie_mask, NULL, SP_METRICS_ALL);
  if (cached != NULL)
    {
      if (self->jobs[JOB_ANALYSIS].cancellable != NULL)
        g_cancellable_cancel (self->jobs[JOB_ANALYSIS].cancellable);
      job_end (self, JOB_ANALYSIS);
      g_clear_pointer (&self->metrics, sp_metrics_unref);
      self->metrics = cached;
      if (sp_view_state_filter_uses_measures (self->view, self->network))
        {
          sp_window_refresh_visibility (self);
          sp_window_update_state (self);
        }
      sp_window_show_selected (self);
      analysis_data_free (d);
      return;
    }

  g_clear_pointer (&self->metrics, sp_metrics_unref);
  sp_window_show_selected (self);
  cancellable = job_begin (self, JOB_ANALYSIS);
  task = g_task_new (self, cancellable, analysis_done, NULL);
  g_task_set_source_tag (task, sp_window_start_analysis);
  g_task_set_task_data (task, d, (GDestroyNotify) analysis_data_free);
  sp_task_run_in_thread (task, analysis_thread);
}

/* ---- saving ------------------------------------------------------------ */

typedef struct {
  SpNetwork *network;   /* the window's, to know the save is of it */
  SpNetwork *copy;      /* what is written: other workers (what-if, the
                         * canvas) read the window's network meanwhile */
  char      *path;
  GFile     *file;
} SaveData;

static void
save_data_free (SaveData *d)
{
  g_clear_pointer (&d->network, sp_network_unref);
  g_clear_pointer (&d->copy, sp_network_unref);
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

  if (!sp_graphml_save (d->copy, d->path, &error))
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
  SP_TASK_DONE (result);

  job_end (self, JOB_SAVE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      sp_window_forget_after_changes (self);
      sp_window_toast (self, error->message);
      return;
    }
  if (d->network == self->network)
    {
      g_set_object (&self->file, d->file);
      sp_window_set_dirty (self, FALSE);
      sp_window_add_recent (self, d->file);
      sp_window_update_title (self);
    }
  sp_window_toast (self, _("Saved"));
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

  sp_window_sync_view_from_canvas (self);
  g_free (self->view->selected);
  self->view->selected = NULL;

  d = g_new0 (SaveData, 1);
  d->network = sp_network_ref (self->network);
  d->copy = sp_network_copy (self->network);
  g_free (d->copy->view_state);
  d->copy->view_state = sp_view_state_serialize (self->view, self->slides);
  d->path = g_file_get_path (file);
  d->file = g_object_ref (file);
  job_begin (self, JOB_SAVE);
  task = g_task_new (self, NULL, save_done, NULL);
  g_task_set_source_tag (task, sp_window_save_to);
  g_task_set_task_data (task, d, (GDestroyNotify) save_data_free);
  sp_task_run_in_thread (task, save_thread);
}
