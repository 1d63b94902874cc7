/* test-dense.c — a complete graph of 2,000 people (1,999,000 ties) is laid
 * out and exported in bounded time and memory, and the legend says which
 * ties are drawn (issue 12, item 7).  Slow: suite 'slow', not 'unit'. */
#include <glib/gstdio.h>
#include <math.h>
#include <sys/resource.h>

#include "sp-layout.h"
#include "sp-render.h"

#define N 2000

static void
test_complete_2000 (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *dir = g_dir_make_tmp ("samenspel-dense-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *a = g_strdup_printf ("%'u", SP_RENDER_MAX_TIES);
  g_autofree char *b = g_strdup_printf ("%'u", N * (N - 1) / 2);
  g_autofree char *note = g_strdup_printf ("note:Showing %s of %s ties (the strongest)", a, b);
  guint type = sp_network_tie_type (net, "advice");
  SpRenderOptions options;
  struct rusage usage;
  gboolean found = FALSE;
  GStatBuf st;

  g_assert_no_error (error);
  for (guint i = 0; i < N; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autofree char *dept = g_strdup_printf ("Dept %u", i % 7);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, n)->department = sp_network_intern (net, dept);
    }
  for (guint i = 0; i < N; i++)
    for (guint j = i + 1; j < N; j++)
      sp_network_add_tie (net, i, j, type, 1 + (i * 31 + j * 17) % 5);

  /* generous limits for a loaded machine: the old code ran past 200 s */
  timer = g_timer_new ();
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("layout: %.1f s", g_timer_elapsed (timer, NULL));

  sp_render_options_init (&options, 1600, 1000);
  options.date = "2 December 2026";
  entries = sp_render_legend_entries (net, &options);
  for (guint i = 0; i < entries->len; i++)
    found |= g_strcmp0 (g_ptr_array_index (entries, i), note) == 0;
  g_assert_true (found);

  path = g_build_filename (dir, "dense.png", NULL);
  g_assert_true (sp_export_file (net, &options, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("layout and export: %.1f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 120.0);

  /* the old layout alone held 1.5 GB */
  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  g_test_message ("peak: %ld MB", usage.ru_maxrss / 1024);
  g_assert_cmpint (usage.ru_maxrss, <, 2L * 1024 * 1024);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dense/complete-2000", test_complete_2000);
  return g_test_run ();
}
