/* sp-export-dialog.c — export the current view as PNG, SVG or PDF
 *
 * The image is written by sp_export_file() with the options the command
 * line would use for the same view, in a worker thread.
 */
#define G_LOG_DOMAIN "sp-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-render.h"
#include "sp-window.h"
#include "sp-export-dialog.h"
#include "sp-task.h"

static const char * const formats[] = { "png", "svg", "pdf" };

struct _SpExportDialog {
  AdwWindow       parent_instance;

  /* template widgets */
  GtkWidget      *cancel_button;
  GtkWidget      *export_button;
  AdwComboRow    *format_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  AdwEntryRow    *title_row;
  GtkSwitch      *anonymize_switch;

  /* borrowed */
  SpWindow       *window;

  gboolean        busy;
};

G_DEFINE_FINAL_TYPE (SpExportDialog, sp_export_dialog, ADW_TYPE_WINDOW)

typedef struct {
  SpNetwork       *network;
  SpRenderOptions  options;
  char            *title;
  char            *color_by;
  char            *size_by;
  char            *caption;
  gboolean        *node_visible;
  gboolean        *tie_type_visible;
  char            *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->network, sp_network_unref);
  g_free (job->title);
  g_free (job->color_by);
  g_free (job->size_by);
  g_free (job->caption);
  g_free (job->node_visible);
  g_free (job->tie_type_visible);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (!sp_export_file (job->network, &job->options, job->path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SpExportDialog *self = SP_EXPORT_DIALOG (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;
  SP_TASK_DONE (result);

  self->busy = FALSE;
  gtk_widget_set_sensitive (self->export_button, TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup (error->message);
  else
    {
      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Exported “%s”"), basename);
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
    }

  if (self->window != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self->window), "show-toast",
                                    g_variant_new_string (message));
}

gboolean
sp_export_dialog_is_busy (SpExportDialog *self)
{
  g_return_val_if_fail (SP_IS_EXPORT_DIALOG (self), FALSE);
  return self->busy;
}

void
sp_export_dialog_export_to (SpExportDialog *self,
                            GFile          *file)
{
  g_autoptr (GTask) task = NULL;
  SpRenderOptions options;
  SpNetwork *network;
  ExportJob *job;
  const char *title;
  guint n_nodes, n_types;

  g_return_if_fail (SP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  network = sp_window_get_network (self->window);
  if (network == NULL || self->busy)
    return;

  sp_window_get_export_options (self->window,
                                gtk_spin_button_get_value_as_int (self->width_spin),
                                gtk_spin_button_get_value_as_int (self->height_spin),
                                &options);
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  n_nodes = sp_network_n_nodes (network);
  n_types = network->tie_types->len;

  /* The worker gets its own copies: the view may change meanwhile. */
  job = g_new0 (ExportJob, 1);
  job->network = sp_network_ref (network);
  job->options = options;
  job->title = title[0] ? g_strdup (title) : NULL;
  job->color_by = g_strdup (options.color_by);
  job->size_by = g_strdup (options.size_by);
  if (options.node_visible != NULL)
    job->node_visible = g_memdup2 (options.node_visible, sizeof (gboolean) * MAX (n_nodes, 1));
  if (options.tie_type_visible != NULL)
    job->tie_type_visible = g_memdup2 (options.tie_type_visible, sizeof (gboolean) * MAX (n_types, 1));
  job->options.title = job->title;
  job->options.color_by = job->color_by;
  job->options.size_by = job->size_by;
  /* the window's caption is replaced by its next export */
  job->caption = g_strdup (options.caption);
  job->options.caption = job->caption;
  job->options.node_visible = job->node_visible;
  job->options.tie_type_visible = job->tie_type_visible;
  job->options.anonymize = gtk_switch_get_active (self->anonymize_switch);
  job->path = g_file_get_path (file);

  self->busy = TRUE;
  gtk_widget_set_sensitive (self->export_button, FALSE);
  task = g_task_new (self, NULL, export_done, NULL);
  g_task_set_source_tag (task, sp_export_dialog_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  sp_task_run_in_thread (task, export_thread);
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  SpExportDialog  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;
      const char *ext = sp_export_dialog_get_format (self);
      g_autofree char *suffix = g_strconcat (".", ext, NULL);

      if (path != NULL && !g_str_has_suffix (path, suffix))
        {
          g_autofree char *with = g_strconcat (path, suffix, NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (with);
        }
      if (file != NULL)
        sp_export_dialog_export_to (self, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
export_clicked_cb (SpExportDialog *self)
{
  GtkFileChooserNative *native;
  SpNetwork *network = sp_window_get_network (self->window);
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Export Image"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.%s",
                          title[0] ? title : (network && network->title ? network->title : _("network")),
                          sp_export_dialog_get_format (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
sp_export_dialog_set_format (SpExportDialog *self,
                             const char     *format)
{
  g_return_if_fail (SP_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (format, formats[i]) == 0)
      adw_combo_row_set_selected (self->format_row, i);
}

const char *
sp_export_dialog_get_format (SpExportDialog *self)
{
  guint i;

  g_return_val_if_fail (SP_IS_EXPORT_DIALOG (self), NULL);

  i = adw_combo_row_get_selected (self->format_row);
  return formats[i < G_N_ELEMENTS (formats) ? i : 0];
}

void
sp_export_dialog_set_size (SpExportDialog *self,
                           int             width,
                           int             height)
{
  g_return_if_fail (SP_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
}

void
sp_export_dialog_set_title (SpExportDialog *self,
                            const char     *title)
{
  g_return_if_fail (SP_IS_EXPORT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
}

void
sp_export_dialog_set_anonymize (SpExportDialog *self,
                                gboolean        anonymize)
{
  g_return_if_fail (SP_IS_EXPORT_DIALOG (self));
  gtk_switch_set_active (self->anonymize_switch, anonymize);
}

static void
sp_export_dialog_dispose (GObject *object)
{
  SpExportDialog *self = SP_EXPORT_DIALOG (object);

  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (sp_export_dialog_parent_class)->dispose (object);
}

static void
sp_export_dialog_class_init (SpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/samenspel/Samenspel/sp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SpExportDialog, anonymize_switch);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sp_export_dialog_init (SpExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
}

SpExportDialog *
sp_export_dialog_new (SpWindow *window)
{
  SpExportDialog *self;
  SpNetwork *network = sp_window_get_network (window);

  self = g_object_new (SP_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  if (network != NULL && network->title != NULL)
    sp_export_dialog_set_title (self, network->title);
  return self;
}
