/* test-import-ui.c — the import dialog: a Dutch Excel export opened as a
 * user would (the Open dialog, a drop), its columns' roles shown and
 * changed, the choice remembered with the data set (issue 14). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "sp-application.h"
#include "sp-import-dialog.h"
#include "ui-test-util.h"

static SpWindow *window;

static gboolean
dialog_shown (gpointer data)
{
  SpWindow *w = data;

  return w->import_dialog != NULL && gtk_widget_get_mapped (w->import_dialog);
}

static SpImportDialog *
import (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  sp_window_import (window, file);
  g_assert_true (wait_until (dialog_shown, window, 30));
  return SP_IMPORT_DIALOG (window->import_dialog);
}

static void
test_dutch_excel (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "columns",
                                                 "dutch-excel.csv", NULL);
  SpImportDialog *dialog = import (path);
  g_autoptr (GPtrArray) map = NULL;
  g_autoptr (GPtrArray) remembered = NULL;
  g_autofree char *spec = NULL;
  SpNetwork *net;
  gint jose;

  /* Personeelsnummer, Naam, Afdeling, Functie, Leidinggevende, Prestatie,
   * Potentieel: recognised by their Dutch names */
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 0), ==, SP_COLUMN_ID);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 1), ==, SP_COLUMN_NAME);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 2), ==, SP_COLUMN_GROUP);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 3), ==, SP_COLUMN_ROLE);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 6), ==, SP_COLUMN_NUMERIC);
  /* nothing changed: nothing to map */
  map = sp_import_dialog_get_map (dialog);
  g_assert_cmpuint (map->len, ==, 0);
  g_clear_pointer (&map, g_ptr_array_unref);

  /* a ties table's roles are not offered to people */
  g_assert_false (sp_import_dialog_set_role (dialog, 0, 3, SP_COLUMN_SOURCE));
  /* Functie is not wanted; Potentieel is a category */
  g_assert_true (sp_import_dialog_set_role (dialog, 0, 3, SP_COLUMN_IGNORE));
  g_assert_true (sp_import_dialog_set_role (dialog, 0, 6, SP_COLUMN_CATEGORICAL));
  map = sp_import_dialog_get_map (dialog);
  spec = sp_column_map_to_string (map);
  g_assert_cmpstr (spec, ==, "Functie:ignore,Potentieel:categorical");
  sp_import_dialog_accept (dialog);
  g_assert_null (window->import_dialog);
  g_assert_true (wait_until (window_idle, window, 60));

  net = sp_window_get_network (window);
  jose = sp_network_find_node (net, "M001");
  g_assert_cmpint (jose, >=, 0);
  g_assert_cmpstr (sp_network_node (net, jose)->name, ==, "José Müller");
  g_assert_null (sp_network_node (net, jose)->role);
  g_assert_cmpint (sp_network_find_attribute (net, "potential")->type, ==, SP_ATTR_CATEGORICAL);
  /* the conversion and the missing values are said */
  g_assert_cmpuint (net->notes->len, ==, 2);

  /* remembered: the next open reads the file so, and the dialog shows it */
  remembered = sp_column_map_recall (path);
  g_assert_nonnull (remembered);
  g_clear_pointer (&spec, g_free);
  spec = sp_column_map_to_string (remembered);
  g_assert_cmpstr (spec, ==, "Functie:ignore,Potentieel:categorical");
  activate (window, "edit-columns", NULL);
  g_assert_true (wait_until (dialog_shown, window, 30));
  dialog = SP_IMPORT_DIALOG (window->import_dialog);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 3), ==, SP_COLUMN_IGNORE);
  g_assert_cmpint (sp_import_dialog_get_role (dialog, 0, 6), ==, SP_COLUMN_CATEGORICAL);
  /* back to what the names say; the map keeps naming the columns once mapped */
  g_assert_true (sp_import_dialog_set_role (dialog, 0, 3, SP_COLUMN_ROLE));
  g_clear_pointer (&map, g_ptr_array_unref);
  map = sp_import_dialog_get_map (dialog);
  g_clear_pointer (&spec, g_free);
  spec = sp_column_map_to_string (map);
  g_assert_cmpstr (spec, ==, "Functie:role,Potentieel:categorical");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_until (window_idle, window, 30));
  /* cancelled: the open data set stays as it was */
  g_assert_true (sp_window_get_network (window) == net);
}

/* a file that names its fields itself opens without a dialog */
static void
test_graphml_opens (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "igraph.graphml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SpNetwork *before = sp_window_get_network (window);

  sp_window_import (window, file);
  pump (0.2);
  g_assert_true (wait_until (window_idle, window, 60));
  g_assert_null (window->import_dialog);
  g_assert_true (sp_window_get_network (window) != before);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (SpApplication) app = NULL;
  g_autofree char *home = g_dir_make_tmp ("samenspel-import-ui-XXXXXX", NULL);

  /* the remembered maps and recent files go to a folder of this run (the
   * window's recent-files manager outlives a test's isolated folders) */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = sp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  pump (0.3);

  g_test_add_func ("/import-ui/dutch-excel", test_dutch_excel);
  g_test_add_func ("/import-ui/graphml-opens", test_graphml_opens);
  return g_test_run ();
}
