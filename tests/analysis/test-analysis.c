/* test-analysis.c — the GUI-facing cache: worker thread, progress,
 * cancellation, one result per tie-type selection */
#include <math.h>

#include "sp-analysis.h"
#include "fixture.h"

typedef struct {
  GMainLoop *loop;
  SpMetrics *metrics;
  GError    *error;
  GArray    *progress;
  GThread   *main_thread;
} Wait;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Wait *w = user_data;

  g_assert_true (g_thread_self () == w->main_thread);
  g_array_append_val (w->progress, fraction);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *w = user_data;

  w->metrics = sp_analysis_compute_finish (SP_ANALYSIS (source), result, &w->error);
  g_main_loop_quit (w->loop);
}

static SpMetrics *
compute (SpAnalysis   *analysis,
         const char   *spec,
         GCancellable *cancellable,
         GError      **error,
         guint        *n_progress)
{
  Wait w = { g_main_loop_new (NULL, FALSE), NULL, NULL,
             g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self () };

  sp_analysis_compute_async (analysis, spec, cancellable, on_progress, &w, on_done, &w);
  g_main_loop_run (w.loop);
  /* let queued progress reports arrive */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (n_progress != NULL)
    *n_progress = w.progress->len;
  for (guint i = 1; i < w.progress->len; i++)
    g_assert_cmpfloat (g_array_index (w.progress, double, i), >=,
                       g_array_index (w.progress, double, i - 1));
  g_main_loop_unref (w.loop);
  g_array_unref (w.progress);
  if (w.error != NULL)
    g_propagate_error (error, w.error);
  return w.metrics;
}

static void
test_cache (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("random-directed");
  g_autoptr (SpAnalysis) analysis = sp_analysis_new (net);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpMetrics) all = NULL;
  g_autoptr (SpMetrics) again = NULL;
  g_autoptr (SpMetrics) advice = NULL;
  g_autoptr (SpMetrics) looked_up = NULL;
  g_autoptr (SpMetrics) direct = NULL;
  g_autofree gboolean *removed = g_new0 (gboolean, sp_network_n_nodes (net));
  guint n_progress = 0;
  gint p3 = sp_network_find_node (net, "p3");

  g_assert_true (sp_analysis_get_network (analysis) == net);
  g_assert_null (sp_analysis_lookup (analysis, NULL));

  all = compute (analysis, NULL, NULL, &error, &n_progress);
  g_assert_no_error (error);
  g_assert_nonnull (all);
  g_assert_cmpuint (n_progress, >=, 2);

  /* the same selection, spelt differently, comes from the cache */
  again = compute (analysis, "", NULL, &error, NULL);
  g_assert_true (again == all);
  g_clear_pointer (&again, sp_metrics_unref);
  again = compute (analysis, "collaboration,trust,advice", NULL, &error, NULL);
  g_assert_true (again == all);

  advice = compute (analysis, "advice", NULL, &error, NULL);
  g_assert_no_error (error);
  g_assert_true (advice != all);
  looked_up = sp_analysis_lookup (analysis, " advice ");
  g_assert_true (looked_up == advice);

  /* the values are sp_metrics_compute()'s */
  {
    g_autofree gboolean *mask = sp_network_parse_tie_types (net, "advice", NULL);

    direct = sp_metrics_compute (net, mask, NULL, NULL, NULL, NULL, NULL);
    for (guint c = 0; c < sp_metrics_n_columns (); c++)
      for (guint i = 0; i < sp_network_n_nodes (net); i++)
        g_assert_true (fixture_close (sp_metrics_column (advice, c)[i],
                                      sp_metrics_column (direct, c)[i], 1e-12));
  }

  /* a what-if removal drops the cache */
  removed[p3] = TRUE;
  sp_analysis_set_removed (analysis, removed);
  g_assert_null (sp_analysis_lookup (analysis, "advice"));
  g_clear_pointer (&advice, sp_metrics_unref);
  advice = compute (analysis, "advice", NULL, &error, NULL);
  g_assert_true (sp_metrics_is_removed (advice, p3));
  g_assert_true (isnan (sp_metrics_get (advice, "degree")[p3]));

  sp_analysis_invalidate (analysis);
  g_assert_null (sp_analysis_lookup (analysis, "advice"));
}

static void
test_errors (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("lesmis");
  g_autoptr (SpAnalysis) analysis = sp_analysis_new (net);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  SpMetrics *m;

  m = compute (analysis, "friendship", NULL, &error, NULL);
  g_assert_null (m);
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  m = compute (analysis, NULL, cancellable, &error, NULL);
  g_assert_null (m);
  g_assert_true (g_error_matches (error, SP_ERROR, SP_ERROR_CANCELLED) ||
                 g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  g_assert_null (sp_analysis_lookup (analysis, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/cache", test_cache);
  g_test_add_func ("/analysis/errors", test_errors);

  return g_test_run ();
}
