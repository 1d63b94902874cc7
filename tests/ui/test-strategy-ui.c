/* test-strategy-ui.c — the "Strategy" page: profiles chosen in the
 * dropdowns and from a strategy file, the fit, undo, saving and reopening,
 * and the before/after comparison, on the example organisation.
 */
#include "config.h"
#include "sp-task.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sp-application.h"
#include "sp-window.h"
#include "sp-window-private.h"
#include "sp-window-strategy.h"
#include "sp-window-whatif.h"
#include "ui-test-util.h"

static SpApplication *app;
static SpWindow *window;
static char *tmpdir;

/* Idle, and the strategy fit computed too. */
static gboolean
strategy_idle (gpointer data)
{
  return window_idle (data) && !sp_window_strategy_is_busy (data);
}

static const SpFitResult *
result_for (SpWindow   *w,
            const char *group)
{
  GArray *results = sp_window_strategy_get_results (w);

  g_assert_nonnull (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SpFitResult *r = &g_array_index (results, SpFitResult, i);

      if (g_strcmp0 (r->group, group) == 0)
        return r;
    }
  g_assert_not_reached ();
  return NULL;
}

static guint
selected (SpWindow   *w,
          const char *department)
{
  GtkWidget *row = sp_strategy_panel_get_profile_row (sp_window_get_strategy_panel (w), department);

  g_assert_nonnull (row);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

/* the dropdown's items: as default, exploration, execution, client intimacy */
static void
choose (const char *department,
        guint       item)
{
  GtkWidget *row = sp_strategy_panel_get_profile_row (sp_window_get_strategy_panel (window), department);

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), item);
  g_assert_true (wait_until (strategy_idle, window, 60));
}

/* The example opens with its strategy.txt (Finance: execution), measured
 * but not outlined, and nothing to save; a copy without one opens
 * without a strategy, for the tests that follow. */
static void
test_open (void)
{
  const char *names[] = { "people.csv", "ties.csv", "clients.csv" };
  g_autofree char *copy = g_build_filename (tmpdir, "no-strategy", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (copy);
  SpRenderOptions options;
  gboolean finance = FALSE;
  GArray *results;

  activate (window, "open-example", NULL);
  g_assert_true (wait_until (window_idle, window, 120));
  g_assert_true (wait_until (strategy_idle, window, 120));
  results = sp_window_strategy_get_results (window);
  g_assert_nonnull (results);
  for (guint r = 0; r < results->len; r++)
    {
      const SpFitResult *res = &g_array_index (results, SpFitResult, r);

      if (g_strcmp0 (res->group, "Finance") == 0)
        {
          g_assert_cmpstr (res->profile, ==, "execution");
          finance = TRUE;
        }
    }
  g_assert_true (finance);
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_outlines, ==, 0);
  g_assert_false (sp_window_is_modified (window));

  g_assert_cmpint (g_mkdir_with_parents (copy, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = g_build_filename (g_getenv ("SAMENSPEL_EXAMPLE"), names[i], NULL);
      g_autofree char *to = g_build_filename (copy, names[i], NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &text, &length, NULL));
      g_assert_true (g_file_set_contents (to, text, length, NULL));
    }
  sp_window_open (window, folder);
  g_assert_true (wait_until (window_idle, window, 120));
  g_assert_true (wait_until (strategy_idle, window, 120));
  activate (window, "show-strategy", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sp_window_get_panel_stack (window)), ==, "strategy");
  g_assert_null (sp_window_strategy_get_results (window));
}

static void
test_choose_profiles (void)
{
  const SpFitResult *finance, *org;
  g_autofree char *text = NULL;
  SpRenderOptions options;

  choose (NULL, 1);          /* exploration as the default */
  choose ("Finance", 2);     /* execution for Finance */

  finance = result_for (window, "Finance");
  g_assert_cmpstr (finance->profile, ==, "execution");
  g_assert_cmpint (finance->verdict, ==, SP_FIT_FITS);
  org = result_for (window, NULL);
  g_assert_cmpstr (org->profile, ==, "exploration");
  g_assert_cmpint (org->verdict, ==, SP_FIT_MISFIT);
  g_assert_cmpfloat_with_epsilon (org->actual[SP_INDICATOR_EI_INDEX], -0.65, 0.005);
  g_assert_cmpfloat_with_epsilon (org->target[SP_INDICATOR_EI_INDEX].min, -0.35, 1e-9);

  text = sp_strategy_panel_get_fit_text (sp_window_get_strategy_panel (window));
  g_assert_nonnull (strstr (text, "Finance: execution, fits\n"));
  g_assert_nonnull (strstr (text, "organisation: exploration, does not fit\n"));

  /* the first strategy outlines the departments by their fit */
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_outlines, ==, result_for (window, NULL) - (const SpFitResult *) sp_window_strategy_get_results (window)->data);
  for (guint g = 0; g < options.n_outlines; g++)
    if (g_str_equal (options.outline_groups[g], "Finance"))
      g_assert_cmphex (options.outline_colors[g], ==, sp_strategy_panel_verdict_color (SP_FIT_FITS));
  /* an export says which strategy its outlines measure against */
  {
    SpRenderOptions export;

    sp_window_get_export_options (window, 800, 600, &export);
    g_assert_nonnull (export.caption);
    g_test_message ("%s", export.caption);
    g_assert_nonnull (strstr (export.caption, "Strategy applied: Exploration and innovation: "));
    g_assert_nonnull (strstr (export.caption, "Execution and operational excellence: Finance"));
  }

  /* the switch takes them off, undoably */
  activate (window, "strategy-outlines", NULL);
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_outlines, ==, 0);
  activate (window, "undo", NULL);
  g_assert_true (wait_until (strategy_idle, window, 60));
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_outlines, >, 0);
}

static void
test_load_file_and_undo (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SAMENSPEL_EXAMPLE"), "strategy.txt", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/strategy.txt");

  g_assert_false (sp_window_strategy_load_file (window, missing));
  g_assert_cmpuint (selected (window, "Finance"), ==, 2);

  g_assert_true (sp_window_strategy_load_file (window, file));
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_cmpuint (selected (window, "Sales"), ==, 3);
  g_assert_cmpstr (result_for (window, "Sales")->profile, ==, "client-intimacy");
  g_assert_cmpuint (selected (window, "Delivery"), ==, 2);

  activate (window, "undo", NULL);
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_cmpuint (selected (window, "Sales"), ==, 0);
  g_assert_cmpstr (result_for (window, "Sales")->profile, ==, "exploration");
  g_assert_cmpuint (selected (window, "Finance"), ==, 2);

  activate (window, "redo", NULL);
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_cmpuint (selected (window, "Sales"), ==, 3);
}

/* The fit is measured without the people taken out (what if). */
static void
test_whatif_changes_fit (void)
{
  SpNetwork *net = sp_window_get_network (window);
  double before = result_for (window, NULL)->actual[SP_INDICATOR_EI_INDEX];
  gint pick = -1;

  /* someone of Finance: their cross-department ties go with them */
  for (guint i = 0; i < sp_network_n_nodes (net) && pick < 0; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON
        && g_strcmp0 (sp_network_node (net, i)->department, "Finance") == 0)
      pick = i;
  g_assert_cmpint (pick, >=, 0);
  activate (window, "select", g_variant_new_string (sp_network_node (net, pick)->id));
  activate (window, "whatif-toggle", NULL);
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_cmpfloat (fabs (result_for (window, NULL)->actual[SP_INDICATOR_EI_INDEX] - before), >, 1e-6);
  activate (window, "undo", NULL);
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_cmpfloat_with_epsilon (result_for (window, NULL)->actual[SP_INDICATOR_EI_INDEX], before, 1e-12);
  activate (window, "select", g_variant_new_string (""));
}

static void
test_save_reopen (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "strategy.graphml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SpWindow *other;

  sp_window_save_to (window, file);
  g_assert_true (wait_until (strategy_idle, window, 60));

  other = sp_window_new (GTK_APPLICATION (app));
  sp_window_open (other, file);
  g_assert_true (wait_until (strategy_idle, other, 120));
  g_assert_cmpstr (sp_window_get_view (other)->strategy, ==, sp_window_get_view (window)->strategy);
  g_assert_true (sp_window_get_view (other)->fit_outlines);
  g_assert_cmpuint (selected (other, "Sales"), ==, 3);
  g_assert_cmpuint (selected (other, NULL), ==, 1);
  g_assert_cmpstr (result_for (other, "Finance")->profile, ==, "execution");
  g_assert_cmpint (result_for (other, NULL)->verdict, ==, SP_FIT_MISFIT);
  gtk_window_destroy (GTK_WINDOW (other));
}

/* A copy of the example with one tie taken away and one added. */
static char *
write_modified_copy (char **removed_pair)
{
  const char *example = g_getenv ("SAMENSPEL_EXAMPLE");
  g_autofree char *dir = g_build_filename (tmpdir, "earlier", NULL);
  g_autofree char *ties_path = g_build_filename (example, "ties.csv", NULL);
  g_autofree char *ties = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) first = NULL;
  const char *names[] = { "people.csv", "clients.csv" };
  gboolean added = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = g_build_filename (example, names[i], NULL);
      g_autofree char *to = g_build_filename (dir, names[i], NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (from, &text, &length, NULL));
      g_assert_true (g_file_set_contents (to, text, length, NULL));
    }

  g_assert_true (g_file_get_contents (ties_path, &ties, NULL, NULL));
  lines = g_strsplit (ties, "\n", -1);
  first = g_strsplit (lines[1], ",", 4);   /* the pair to take away */
  for (guint n = 1; lines[n] != NULL; n++)
    {
      g_auto (GStrv) f = g_strsplit (lines[n], ",", 4);

      if (f[0] == NULL || f[1] == NULL)
        continue;
      g_hash_table_add (pairs, g_strdup_printf ("%s,%s", f[0], f[1]));
      g_hash_table_add (pairs, g_strdup_printf ("%s,%s", f[1], f[0]));
    }
  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_auto (GStrv) f = g_strsplit (lines[n], ",", 4);

      if (n > 0 && f[0] != NULL && f[1] != NULL
          && ((g_str_equal (f[0], first[0]) && g_str_equal (f[1], first[1]))
              || (g_str_equal (f[0], first[1]) && g_str_equal (f[1], first[0]))))
        continue;
      if (*lines[n] != '\0')
        g_string_append_printf (out, "%s\n", lines[n]);
    }
  /* a tie between two people who have none */
  for (guint a = 1; a < 150 && !added; a++)
    for (guint b = a + 1; b < 150 && !added; b++)
      {
        g_autofree char *ida = g_strdup_printf ("E%03u", a);
        g_autofree char *idb = g_strdup_printf ("E%03u", b);
        g_autofree char *key = g_strdup_printf ("%s,%s", ida, idb);

        if (g_hash_table_contains (pairs, key))
          continue;
        g_string_append_printf (out, "%s,%s,advice,3\n", ida, idb);
        added = TRUE;
      }
  g_assert_true (added);
  {
    g_autofree char *to = g_build_filename (dir, "ties.csv", NULL);

    g_assert_true (g_file_set_contents (to, out->str, out->len, NULL));
  }
  *removed_pair = g_strdup_printf ("%s,%s", first[0], first[1]);
  return g_steal_pointer (&dir);
}

static void
test_compare (void)
{
  g_autofree char *removed = NULL;
  g_autofree char *dir = write_modified_copy (&removed);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  SpNetwork *net = sp_window_get_network (window);
  SpStrategyPanel *panel = sp_window_get_strategy_panel (window);
  GArray *gained = NULL, *lost = NULL;
  SpRenderOptions options;
  g_autofree char *pair = NULL;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "compare-end"));
  sp_window_compare_with (window, folder);
  g_assert_true (wait_until (strategy_idle, window, 60));
  g_assert_true (sp_window_compare_get_changes (window, &gained, &lost));
  /* the tie the earlier data lacks was gained since; the one it had extra, lost */
  g_assert_cmpuint (gained->len, ==, 2);
  g_assert_cmpuint (lost->len, ==, 2);
  pair = g_strdup_printf ("%s,%s", sp_network_node (net, g_array_index (gained, guint, 0))->id,
                          sp_network_node (net, g_array_index (gained, guint, 1))->id);
  g_assert_cmpstr (pair, ==, removed);
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_ties_gained, ==, 1);
  g_assert_cmpuint (options.n_ties_lost, ==, 1);
  g_assert_nonnull (strstr (sp_strategy_panel_get_comparison_text (panel), "1 tie gained, 1 lost"));
  g_assert_nonnull (strstr (sp_strategy_panel_get_comparison_text (panel), "0 people joined, 0 left"));
  /* the departments before → after, as What If shows them: nobody moved */
  {
    g_autoptr (GPtrArray) departments = sp_network_departments (net);
    g_auto (GStrv) lines = g_strsplit (sp_strategy_panel_get_comparison_table (panel), "\n", -1);
    guint finance = 0;

    g_assert_cmpuint (g_strv_length (lines), ==, departments->len + 1);   /* and the empty end */
    for (guint d = 0; d < departments->len; d++)
      {
        const char *dept = g_ptr_array_index (departments, d);
        guint size = 0;
        g_autofree char *start = NULL;

        for (guint i = 0; i < sp_network_n_nodes (net); i++)
          size += sp_network_node (net, i)->department == dept;
        start = g_strdup_printf ("%s: %u → %u, E-I ", dept, size, size);
        g_assert_true (g_str_has_prefix (lines[d], start));
        finance += g_str_equal (dept, "Finance");
      }
    g_assert_cmpuint (finance, ==, 1);
  }
  /* both data sets are named, which is before and which after */
  g_assert_cmpstr (sp_window_get_state_text (window), ==, "Before: earlier · After: strategy.graphml");

  activate (window, "undo", NULL);
  g_assert_false (sp_window_compare_get_changes (window, NULL, NULL));
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_ties_gained, ==, 0);
  g_assert_null (sp_strategy_panel_get_comparison_text (panel));
  activate (window, "redo", NULL);
  g_assert_true (sp_window_compare_get_changes (window, NULL, NULL));
  activate (window, "compare-end", NULL);
  g_assert_false (sp_window_compare_get_changes (window, NULL, NULL));
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.n_ties_lost, ==, 0);

  /* the other way round, picked through a note in the folder: the open
   * data is the earlier, so the tie the other lacks was lost since */
  {
    g_autofree char *readme = g_build_filename (dir, "README.md", NULL);
    g_autoptr (GFile) note = g_file_new_for_path (readme);

    g_assert_true (g_file_set_contents (readme, "# The earlier survey round\n", -1, NULL));
    sp_window_compare_with_full (window, note, TRUE);
    g_assert_true (wait_until (strategy_idle, window, 60));
    g_assert_true (sp_window_compare_get_changes (window, &gained, &lost));
    g_assert_cmpuint (gained->len, ==, 2);
    g_assert_cmpuint (lost->len, ==, 2);
    g_clear_pointer (&pair, g_free);
    pair = g_strdup_printf ("%s,%s", sp_network_node (net, g_array_index (lost, guint, 0))->id,
                            sp_network_node (net, g_array_index (lost, guint, 1))->id);
    g_assert_cmpstr (pair, ==, removed);
    g_assert_cmpstr (sp_window_get_state_text (window), ==, "Before: strategy.graphml · After: earlier");
    activate (window, "compare-end", NULL);
    g_unlink (readme);
  }
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  if (g_getenv ("SAMENSPEL_EXAMPLE") == NULL || !g_file_test (g_getenv ("SAMENSPEL_EXAMPLE"), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the example organisation is missing");
      return g_test_run ();
    }

  tmpdir = g_dir_make_tmp ("samenspel-strategy-ui-XXXXXX", NULL);
  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = sp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/strategy-ui/open", test_open);
  g_test_add_func ("/strategy-ui/choose-profiles", test_choose_profiles);
  g_test_add_func ("/strategy-ui/load-file-undo", test_load_file_and_undo);
  g_test_add_func ("/strategy-ui/whatif-changes-fit", test_whatif_changes_fit);
  g_test_add_func ("/strategy-ui/save-reopen", test_save_reopen);
  g_test_add_func ("/strategy-ui/compare", test_compare);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  /* no worker may still be drawing when the process exits */
  g_assert_true (sp_task_wait_idle (10000));
  g_object_unref (app);
  if (g_getenv ("SAMENSPEL_KEEP_TMP") == NULL)
    remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
