/* sp-window-actions.c — the window's actions (win.*) and the file
 * choosers behind open and save
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>
#include "sp-export-dialog.h"
#include "sp-output.h"

#include "sp-window-private.h"

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
        sp_window_import (self, file);
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
      static const char *const suffixes[] = {
        "csv", "tsv", "txt", "xlsx", "ods", "graphml", "gexf", "dot", "gv", "net", "paj",
        "dl", "gml",
      };

      gtk_file_filter_set_name (filter, _("Networks and tables (CSV, Excel, OpenDocument, "
                                          "GraphML, GEXF, DOT, Pajek, UCINET, GML)"));
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        gtk_file_filter_add_suffix (filter, suffixes[i]);
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
    sp_window_forget_after_changes (self);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
sp_window_show_save_dialog (SpWindow *self)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Save Network"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  name = g_strdup_printf ("%s.graphml", self->network->title ? self->network->title : _("network"));
  /* beside the data: in a data set's folder, or the folder of its file
   * (never the process's working directory) */
  if (self->file != NULL)
    {
      g_autoptr (GFile) folder = g_file_query_file_type (self->file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY
                               ? g_object_ref (self->file) : g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- the people table as CSV ------------------------------------------- */

gboolean
sp_window_export_people_table (SpWindow  *self,
                               GFile     *file,
                               GError   **error)
{
  g_autoptr (GPtrArray) inputs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *csv = NULL;
  const char *outputs[] = { path, NULL };

  g_return_val_if_fail (path != NULL, FALSE);

  /* never over what the data was read from: the file, or every file of
   * the folder (a data set's tables) */
  if (self->file != NULL)
    {
      g_autofree char *in = g_file_get_path (self->file);

      if (in != NULL && g_file_test (in, G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GDir) dir = g_dir_open (in, 0, NULL);
          const char *name;

          while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
            g_ptr_array_add (inputs, g_build_filename (in, name, NULL));
        }
      else if (in != NULL)
        g_ptr_array_add (inputs, g_steal_pointer (&in));
    }
  g_ptr_array_add (inputs, NULL);
  if (!sp_output_check_paths ((const char * const *) inputs->pdata, outputs, error))
    return FALSE;
  csv = sp_people_table_to_csv (self->people_table, FALSE);
  return sp_output_write_all (path, csv, -1, error);
}

static void
export_people_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           SpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;

      if (file != NULL && !sp_window_export_people_table (self, file, &error))
        sp_window_toast (self, error->message);
      else if (file != NULL)
        sp_window_toast (self, _("People table exported"));
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
action_export_people_table (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  if (self->network == NULL)
    return;
  native = gtk_file_chooser_native_new (_("Export People Table"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  /* TRANSLATORS: the file name the people table is exported to, after the data set's */
  name = g_strdup_printf (_("%s people.csv"), self->network->title ? self->network->title : _("network"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect (native, "response", G_CALLBACK (export_people_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- actions ----------------------------------------------------------- */

void
sp_window_update_actions (SpWindow *self)
{
  gboolean has = self->network != NULL;
  gboolean loading = self->jobs[JOB_LOAD].running;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has);
  sp_window_set_action_enabled (self, "export", has && self->network->has_layout);
  sp_window_set_action_enabled (self, "zoom-in", has);
  sp_window_set_action_enabled (self, "zoom-out", has);
  sp_window_set_action_enabled (self, "zoom-fit", has);
  sp_window_set_action_enabled (self, "search", has && !self->presenting);
  sp_window_set_action_enabled (self, "people-table", has && !self->presenting);
  sp_window_set_action_enabled (self, "export-people-table", has);
  sp_window_set_action_enabled (self, "select", has);
  sp_window_set_action_enabled (self, "show-all", has);
  sp_window_set_action_enabled (self, "toggle-department", has);
  sp_window_set_action_enabled (self, "toggle-tie-type", has);
  sp_window_set_action_enabled (self, "layout-engine", has && !self->jobs[JOB_LAYOUT].running);
  sp_window_set_action_enabled (self, "layout-groups", has && !self->jobs[JOB_LAYOUT].running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.relayout", has && !self->jobs[JOB_LAYOUT].running);
  sp_window_set_action_enabled (self, "color-by", has);
  sp_window_set_action_enabled (self, "size-by", has);
  sp_window_set_action_enabled (self, "group-by", has);
  sp_window_set_action_enabled (self, "cancel", sp_window_any_job_running (self));
  sp_window_set_action_enabled (self, "presentation", has && !loading);
  sp_window_set_action_enabled (self, "leave-presentation", self->presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-slide", has);
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
action_open (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  show_open_dialog (SP_WINDOW (widget), FALSE);
}

static void
action_open_folder (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  show_open_dialog (SP_WINDOW (widget), TRUE);
}

static void
action_open_example (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_open_example (user_data);
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SpWindow *self = SP_WINDOW (widget);
  g_autofree char *path = self->file ? g_file_get_path (self->file) : NULL;

  if (path != NULL && g_str_has_suffix (path, ".graphml"))
    sp_window_save_to (self, self->file);
  else
    sp_window_show_save_dialog (self);
}

static void
action_save_as (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  sp_window_show_save_dialog (SP_WINDOW (widget));
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
  SpWindow *self = user_data;

  /* an ego network fits itself, not the drawing it is part of */
  if (self->view->ego != NULL)
    sp_canvas_fit_visible (self->canvas);
  else
    sp_canvas_fit (self->canvas);
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

  sp_window_select_node (self, id[0] ? sp_network_find_node (self->network, id) : -1, TRUE);
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
  g_clear_pointer (&next->filter, g_free);
  sp_window_change_view (self, _("Show everything"), next);
}

static void
action_toggle_department (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_toggle_department (user_data, g_variant_get_string (param, NULL));
}

static void
action_toggle_tie_type (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_toggle_tie_type (user_data, g_variant_get_string (param, NULL));
}

static void
action_layout_engine (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  g_simple_action_set_state (action, param);
  sp_window_start_layout (self, g_variant_get_string (param, NULL), TRUE);
}

/* Keep Groups Together: a view setting, and a new layout that follows it */
static void
action_layout_groups (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  SpViewState *next = sp_window_copy_view (self);

  next->layout_groups = !next->layout_groups;
  sp_window_change_view (self, next->layout_groups ? _("Keep groups together") : _("Lay out freely"), next);
  sp_window_start_layout (self, self->view->layout_engine, TRUE);
}

static void
action_relayout (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  SpWindow *self = SP_WINDOW (widget);

  sp_window_start_layout (self, self->view->layout_engine, TRUE);
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
action_size_by (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *attr = g_variant_get_string (param, NULL);
  SpViewState *next = sp_window_copy_view (self);

  g_free (next->size_by);
  next->size_by = attr[0] ? g_strdup (attr) : NULL;
  sp_window_change_view (self, _("Size"), next);
}

static void
action_group_by (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *attr = g_variant_get_string (param, NULL);
  SpViewState *next = sp_window_copy_view (self);
  gboolean changed;

  g_free (next->group_by);
  next->group_by = attr[0] ? g_strdup (attr) : NULL;
  changed = g_strcmp0 (next->group_by, self->view->group_by) != 0;
  sp_window_change_view (self, _("Group"), next);
  /* a layout that keeps groups together follows the new groups */
  if (changed && self->view->layout_groups)
    sp_window_start_layout (self, self->view->layout_engine, TRUE);
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

  sp_window_set_presenting (self, !self->presenting);
}

static void
action_leave_presentation (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_set_presenting (user_data, FALSE);
}

static void
action_next_slide (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  sp_window_go_to_slide (self, self->slide_index + 1);
}

static void
action_previous_slide (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;

  sp_window_go_to_slide (self, self->slide_index - 1);
}

static void
slide_name_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        SpWindow         *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *entry = gtk_widget_get_first_child (box);
  GtkWidget *caption = gtk_widget_get_next_sibling (entry);

  if (g_str_equal (response, "save"))
    sp_window_add_slide_full (self, gtk_editable_get_text (GTK_EDITABLE (entry)),
                              gtk_editable_get_text (GTK_EDITABLE (caption)));
}

static void
action_add_slide (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SpWindow *self = SP_WINDOW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *suggestion = g_strdup_printf (_("View %u"), self->slides->len + 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save View as Slide"),
                                                       _("The presentation steps through saved views with the arrow keys. Name this one, for example “These are our brokers”.")));
  gtk_editable_set_text (GTK_EDITABLE (entry), suggestion);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    GtkWidget *caption = gtk_entry_new ();

    /* a sentence of the presenter's own under the slide's title */
    gtk_entry_set_placeholder_text (GTK_ENTRY (caption), _("A sentence for the slide (optional)"));
    gtk_entry_set_activates_default (GTK_ENTRY (caption), TRUE);
    gtk_box_append (GTK_BOX (box), entry);
    gtk_box_append (GTK_BOX (box), caption);
    adw_message_dialog_set_extra_child (dialog, box);
  }
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
action_people_table (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  g_autoptr (GVariant) state = g_action_get_state (G_ACTION (action));

  sp_window_show_people_table (self, !g_variant_get_boolean (state));
}

static void
flap_revealed_cb (SpWindow *self)
{
  sp_window_set_action_state (self, "show-panel", g_variant_new_boolean (adw_flap_get_reveal_flap (self->flap)));
}

static void
action_show_toast (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_toast (user_data, g_variant_get_string (param, NULL));
}

/* The rest carry a state, or are reached through the window's
 * GActionGroup (the export dialog's show-toast, the UI tests), which in
 * GTK 4.8 sees only the GActionMap, and there a class action's enabled
 * state cannot be read back. */
static void
action_import_notes (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_show_import_notes (user_data);
}

static void
action_edit_columns (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  sp_window_edit_columns (user_data);
}

static const GActionEntry win_entries[] = {
  { "show-toast", action_show_toast, "s" },
  { "import-notes", action_import_notes },
  { "edit-columns", action_edit_columns },
  { "open-example", action_open_example },
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
  { "layout-groups", NULL, NULL, "false", action_layout_groups },
  { "color-by", NULL, "s", "''", action_color_by },
  { "size-by", NULL, "s", "''", action_size_by },
  { "group-by", NULL, "s", "''", action_group_by },
  { "cancel", action_cancel },
  { "presentation", action_presentation, NULL, "false" },
  { "leave-presentation", action_leave_presentation },
  { "next-slide", action_next_slide },
  { "previous-slide", action_previous_slide },
  { "show-panel", action_show_panel, NULL, "false" },
  { "people-table", action_people_table, NULL, "false" },
  { "export-people-table", action_export_people_table },
};

void
sp_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.open-folder", NULL, action_open_folder);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
  gtk_widget_class_install_action (widget_class, "win.relayout", NULL, action_relayout);
  gtk_widget_class_install_action (widget_class, "win.add-slide", NULL, action_add_slide);
}

void
sp_window_actions_init (SpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (flap_revealed_cb), self);
}
