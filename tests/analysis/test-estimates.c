/* test-estimates.c — betweenness and closeness estimated from sampled
 * sources: the estimator's algebra against networkx, its accuracy against
 * exact values, and that what a board reads does not change. */
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sp-analysis-private.h"
#include "sp-group-metrics.h"
#include "sp-insights.h"
#include "sp-metrics.h"
#include "sp-strategy.h"
#include "fixture.h"
#include "../sp-test-org.h"

static const char *const graphs[] = {
  "karate", "florentine", "lesmis", "kite", "borgatti", "hole", "star5", "path4",
  "k4-loop", "k4-multi", "multigraph", "disconnected-undirected", "random-undirected",
  "directed-d", "incoming", "brokerage", "disconnected-directed", "random-directed",
};

/* networkx's value of @column for every vertex of @g, from NAME.expected */
static double *
expected_column (const char    *name,
                 SpNetwork     *net,
                 const SpGraph *g,
                 const char    *column)
{
  g_autofree char *file = g_strconcat (name, ".expected", NULL);
  g_autoptr (GPtrArray) rows = fixture_read_tsv (file);
  char **header = rows->pdata[0];
  double *want = g_new (double, MAX (g->n, 1));
  guint h = 0;

  while (header[h] != NULL && strcmp (header[h], column) != 0)
    h++;
  g_assert_nonnull (header[h]);
  for (guint v = 0; v < g->n; v++)
    want[v] = NAN;
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = rows->pdata[r];
      gint node = sp_network_find_node (net, row[0]);

      g_assert_cmpint (node, >=, 0);
      if (g->node_vertex[node] >= 0)
        want[g->node_vertex[node]] = fixture_number (row[h]);
    }
  return want;
}

/* Sampling every person is no sample: the estimates are networkx's exact
 * values (the exact two-step pairs plus the linearly scaled rest, or
 * Brandes–Pich on directed data, add up) and every margin is zero. */
static void
test_every_source_is_exact (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (graphs); c++)
    {
      g_autoptr (SpNetwork) net = fixture_load_graph (graphs[c]);
      g_autoptr (SpGraph) g = sp_graph_new (net, NULL, NULL);
      g_autofree double *want_b = expected_column (graphs[c], net, g, "betweenness");
      g_autofree double *want_c = expected_column (graphs[c], net, g, "closeness");
      g_autofree guint *sources = g_new (guint, MAX (g->n, 1));
      g_autofree double *b = g_new (double, MAX (g->n, 1));
      g_autofree double *cl = g_new (double, MAX (g->n, 1));
      g_autofree double *mb = g_new (double, MAX (g->n, 1));
      g_autofree double *mc = g_new (double, MAX (g->n, 1));

      _sp_sample_sources (g->n, g->n, NULL, SP_SAMPLE_SEED, sources);
      g_assert_true (_sp_betweenness_closeness_sampled (g, 1, sources, g->n, b, cl, mb, mc,
                                                        NULL, NULL, 0, 1, NULL));
      for (guint v = 0; v < g->n; v++)
        {
          if (!fixture_close (b[v], want_b[v], 1e-9) || !fixture_close (cl[v], want_c[v], 1e-9))
            g_error ("%s: vertex %u: betweenness %.17g (networkx %.17g), closeness %.17g (networkx %.17g)",
                     graphs[c], v, b[v], want_b[v], cl[v], want_c[v]);
          g_assert_cmpfloat (mb[v], <=, 1e-6 * MAX (1.0, b[v]));
          g_assert_cmpfloat (mc[v], <=, 1e-9);
        }
    }
}

/* Unbiased: the vertices split into parts of equal size, the estimates
 * from each part as the sample average to the exact value (the expectation
 * over a systematic sample with n / k parts). */
static void
test_parts_average_to_exact (void)
{
  const char *const names[] = { "karate", "random-directed", "lesmis" };

  for (guint c = 0; c < G_N_ELEMENTS (names); c++)
    {
      g_autoptr (SpNetwork) net = fixture_load_graph (names[c]);
      g_autoptr (SpGraph) g = sp_graph_new (net, NULL, NULL);
      g_autofree double *want = expected_column (names[c], net, g, "betweenness");
      g_autofree double *mean = g_new0 (double, MAX (g->n, 1));
      g_autofree double *b = g_new (double, MAX (g->n, 1));
      g_autofree double *cl = g_new (double, MAX (g->n, 1));
      g_autofree guint *sources = g_new (guint, MAX (g->n, 1));
      guint parts = 2, k;
      gboolean differs = FALSE;

      while (g->n % parts != 0 && parts < g->n)
        parts++;
      g_assert_cmpuint (parts, <, g->n);
      k = g->n / parts;
      for (guint p = 0; p < parts; p++)
        {
          for (guint i = 0; i < k; i++)
            sources[i] = i * parts + p;
          g_assert_true (_sp_betweenness_closeness_sampled (g, 1, sources, k, b, cl, NULL, NULL,
                                                            NULL, NULL, 0, 1, NULL));
          for (guint v = 0; v < g->n; v++)
            {
              mean[v] += b[v] / parts;
              differs |= !fixture_close (b[v], want[v], 1e-6);
            }
        }
      /* each part alone is an estimate, not the value */
      g_assert_true (differs);
      for (guint v = 0; v < g->n; v++)
        if (!fixture_close (mean[v], want[v], 1e-9))
          g_error ("%s: vertex %u: mean estimate %.17g, networkx %.17g", names[c], v, mean[v], want[v]);
    }
}

/* The sample: k distinct vertices, each stratum its share, a fixed seed. */
static void
test_sample_sources (void)
{
  const guint n = 1000, k = 100;
  g_autofree gint *strata = g_new (gint, n);
  g_autofree guint *a = g_new (guint, k);
  g_autofree guint *b = g_new (guint, k);
  g_autofree guint8 *seen = g_new0 (guint8, n);
  guint per_stratum[7] = { 0 };

  /* strata of 10 %, 20 %, … scattered over the numbering */
  for (guint v = 0; v < n; v++)
    strata[v] = (gint) ((v * 7919u) % n < 100 ? 0 : (v * 7919u) % n < 300 ? 1 : (v * 7919u) % n < 600 ? 2 : 3);
  _sp_sample_sources (n, k, strata, SP_SAMPLE_SEED, a);
  _sp_sample_sources (n, k, strata, SP_SAMPLE_SEED, b);
  for (guint i = 0; i < k; i++)
    {
      g_assert_cmpuint (a[i], ==, b[i]);
      g_assert_cmpuint (a[i], <, n);
      g_assert_false (seen[a[i]]);
      seen[a[i]] = 1;
      per_stratum[strata[a[i]]]++;
    }
  g_assert_cmpuint (per_stratum[0], >=, 9);
  g_assert_cmpuint (per_stratum[0], <=, 11);
  g_assert_cmpuint (per_stratum[1], >=, 19);
  g_assert_cmpuint (per_stratum[1], <=, 21);
  g_assert_cmpuint (per_stratum[3], >=, 39);
  g_assert_cmpuint (per_stratum[3], <=, 41);
  /* another seed, another start (one in ten starts gives the same) */
  {
    gboolean differs = FALSE;

    for (guint32 seed = 1; seed <= 5; seed++)
      {
        _sp_sample_sources (n, k, strata, SP_SAMPLE_SEED + seed, b);
        differs |= memcmp (a, b, k * sizeof (guint)) != 0;
      }
    g_assert_true (differs);
  }
}

/* Exact below the budget, sampled above it, never on few people. */
static void
test_sample_size (void)
{
  guint k;

  g_assert_cmpuint (_sp_sample_size (150, 1400), ==, 0);
  g_assert_cmpuint (_sp_sample_size (5000, 50000), ==, 0);
  g_assert_cmpuint (_sp_sample_size (20000, 190000), ==, 0);
  k = _sp_sample_size (100000, 946000);
  g_assert_cmpuint (k, >=, SP_SAMPLE_MIN);
  g_assert_cmpuint (k, <=, 50000);
  k = _sp_sample_size (1000000, 10000000);
  g_assert_cmpuint (k, ==, SP_SAMPLE_MIN);
  k = _sp_sample_size (30000, 10000000);
  g_assert_cmpuint (k, >=, SP_SAMPLE_MIN);
  g_assert_cmpuint (k, <=, 15000);
}

static const double *sort_key;

static int
by_key_desc (gconstpointer a,
             gconstpointer b)
{
  double x = sort_key[*(const guint *) a], y = sort_key[*(const guint *) b];

  if (x != y)
    return x < y ? 1 : -1;
  return (int) *(const guint *) a - (int) *(const guint *) b;
}

static guint *
ranked (const double *x,
        guint         n)
{
  guint *order = g_new (guint, MAX (n, 1));

  for (guint v = 0; v < n; v++)
    order[v] = v;
  sort_key = x;
  qsort (order, n, sizeof (guint), by_key_desc);
  return order;
}

/* Accuracy on a generated organisation of 10,000 people, a sample of a
 * fifth: the estimated top 100 brokers hold most of the exact top 100,
 * and the ranking of everyone agrees (Spearman, ties cannot occur among
 * estimates here). */
static void
test_accuracy (void)
{
  g_autoptr (SpNetwork) net = sp_test_organisation (10000, 20261128);
  g_autoptr (SpGraph) g = sp_graph_new (net, NULL, NULL);
  const guint n = g->n, k = 2000;
  g_autofree double *exact = g_new (double, n);
  g_autofree double *exact_c = g_new (double, n);
  g_autofree double *est = g_new (double, n);
  g_autofree double *est_c = g_new (double, n);
  g_autofree double *margin = g_new (double, n);
  g_autofree guint *sources = g_new (guint, k);
  g_autofree gint *comm = g_new (gint, n);
  g_autofree guint *re = NULL;
  g_autofree guint *rs = NULL;
  g_autofree double *rank_e = g_new (double, n);
  g_autofree double *rank_s = g_new (double, n);
  g_autofree guint8 *top = g_new0 (guint8, n);
  guint hits = 0, covered = 0, n_zero = 0, m;
  double d2 = 0, rho;

  g_assert_true (_sp_betweenness_closeness (g, 0, exact, exact_c, NULL, NULL, 0, 1, NULL));
  _sp_louvain (g, 42, comm);
  _sp_sample_sources (n, k, comm, SP_SAMPLE_SEED, sources);
  g_assert_true (_sp_betweenness_closeness_sampled (g, 0, sources, k, est, est_c, margin, NULL,
                                                    NULL, NULL, 0, 1, NULL));
  re = ranked (exact, n);
  rs = ranked (est, n);
  for (guint i = 0; i < 100; i++)
    top[re[i]] = 1;
  for (guint i = 0; i < 100; i++)
    hits += top[rs[i]];
  /* ranks among the people with betweenness (the rest rank last in both:
   * zero exactly, and zero estimated, as no path runs through them) */
  for (guint i = 0, r = 0; i < n; i++)
    if (exact[re[i]] > 0)
      rank_e[re[i]] = r++;
    else
      n_zero++;
  for (guint i = 0, r = 0; i < n; i++)
    if (exact[rs[i]] > 0)
      rank_s[rs[i]] = r++;
    else
      g_assert_cmpfloat (est[rs[i]], ==, 0);
  m = n - n_zero;
  for (guint v = 0; v < n; v++)
    {
      if (exact[v] > 0)
        d2 += (rank_e[v] - rank_s[v]) * (rank_e[v] - rank_s[v]);
      covered += fabs (est[v] - exact[v]) <= margin[v];
    }
  rho = 1.0 - 6.0 * d2 / ((double) m * ((double) m * m - 1));
  g_test_message ("top 100: %u, Spearman %.4f over %u people, within the margin %.1f%%", hits,
                  rho, m, 100.0 * covered / n);
  g_assert_cmpuint (m, >, n / 2);
  g_assert_cmpuint (hits, >=, 90);
  g_assert_cmpfloat (rho, >=, 0.985);
  /* the margins are approximate, not meaningless */
  g_assert_cmpfloat ((double) covered / n, >=, 0.8);
}

/* Forced estimates (SAMENSPEL_SAMPLE_SOURCES) are marked as such, with a
 * margin per person and a sentence; the same file gives the same numbers,
 * on one thread as on two. */
static void
test_marked_and_deterministic (void)
{
  g_autoptr (SpNetwork) net = sp_test_organisation (3000, 7);
  g_autoptr (SpMetrics) exact = NULL;
  g_autoptr (SpMetrics) a = NULL;
  g_autoptr (SpMetrics) b = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *note = NULL;
  const double *ba, *bb, *margin;

  exact = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_metrics_sampled_sources (exact), ==, 0);
  g_assert_false (sp_metrics_is_estimate (exact, SP_METRIC_BETWEENNESS));
  g_assert_null (sp_metrics_margin (exact, SP_METRIC_BETWEENNESS));
  g_assert_null (sp_metrics_describe_estimate (exact));

  g_setenv ("SAMENSPEL_SAMPLE_SOURCES", "500", TRUE);
  a = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 1, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  b = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_metrics_sampled_sources (a), ==, 500);
  g_assert_true (sp_metrics_is_estimate (a, SP_METRIC_BETWEENNESS));
  g_assert_true (sp_metrics_is_estimate (a, SP_METRIC_CLOSENESS));
  g_assert_false (sp_metrics_is_estimate (a, SP_METRIC_DEGREE));
  sentence = sp_metrics_describe_estimate (a);
  note = sp_metrics_estimate_note (a);
  g_assert_nonnull (strstr (sentence, "500"));
  g_assert_true (strstr (sentence, "3000") != NULL || strstr (sentence, "3,000") != NULL);
  g_assert_nonnull (strstr (note, "500"));
  ba = sp_metrics_column (a, SP_METRIC_BETWEENNESS);
  bb = sp_metrics_column (b, SP_METRIC_BETWEENNESS);
  margin = sp_metrics_margin (a, SP_METRIC_BETWEENNESS);
  g_assert_nonnull (margin);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      g_assert_true (fixture_close (ba[i], bb[i], 1e-9));
      g_assert_cmpfloat (margin[i], >=, 0);
    }

  /* --exact wins over the sample */
  sp_metrics_set_exact (TRUE);
  g_clear_pointer (&b, sp_metrics_unref);
  b = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_metrics_sampled_sources (b), ==, 0);
  sp_metrics_set_exact (FALSE);
  g_unsetenv ("SAMENSPEL_SAMPLE_SOURCES");
}

/* What the board reads, from a network measured exactly and from one
 * measured with a sample of a fifth: the organisation summary, its
 * openness and every department's strategy fit under each profile. */
static void
test_verdicts_unchanged (void)
{
  g_autoptr (SpNetwork) net = sp_test_organisation (5000, 20261128);
  SpMetrics *m[2];
  SpGroupMetrics *gm[2];
  SpInsights *in[2];
  g_autoptr (GError) error = NULL;

  for (guint r = 0; r < 2; r++)
    {
      if (r == 1)
        g_setenv ("SAMENSPEL_SAMPLE_SOURCES", "1000", TRUE);
      m[r] = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      gm[r] = sp_group_metrics_compute (net, NULL, NULL, NULL, m[r], &error);
      g_assert_no_error (error);
      in[r] = sp_insights_compute (net, m[r], gm[r]);
    }
  g_unsetenv ("SAMENSPEL_SAMPLE_SOURCES");
  g_assert_cmpuint (sp_metrics_sampled_sources (m[0]), ==, 0);
  g_assert_cmpuint (sp_metrics_sampled_sources (m[1]), ==, 1000);

  g_assert_cmpint (in[0]->openness, ==, in[1]->openness);
  g_assert_cmpuint (in[0]->summary->len, ==, in[1]->summary->len);
  for (guint i = 0; i < in[0]->summary->len; i++)
    {
      const char *a = in[0]->summary->pdata[i], *b = in[1]->summary->pdata[i];

      /* a sentence that names people is a list (below); the rest are
       * verdicts, word for word */
      if (strstr (a, "p0") == NULL && strstr (a, "p1") == NULL)
        g_assert_cmpstr (a, ==, b);
    }
  /* the key brokers named: the same people, give or take a neighbour in
   * the ranking; the list about as long */
  {
    GArray *x = in[0]->people[SP_INSIGHT_KEY_BROKERS], *y = in[1]->people[SP_INSIGHT_KEY_BROKERS];
    guint same = 0;

    for (guint i = 0; i < MIN (x->len, 10); i++)
      for (guint j = 0; j < MIN (y->len, 10); j++)
        same += g_array_index (x, guint, i) == g_array_index (y, guint, j);
    g_test_message ("key brokers: %u and %u, %u of the first ten the same", x->len, y->len, same);
    g_assert_cmpuint (same, >=, 7);
    g_assert_cmpfloat (fabs ((double) x->len - y->len), <=, 0.1 * x->len);
  }

  for (const char *const *p = sp_strategy_profiles (); *p != NULL; p++)
    {
      g_autoptr (SpStrategy) strategy = sp_strategy_new_uniform (*p);
      g_autoptr (GArray) fit0 = sp_strategy_evaluate (strategy, net, gm[0], NULL);
      g_autoptr (GArray) fit1 = sp_strategy_evaluate (strategy, net, gm[1], NULL);

      g_assert_cmpuint (fit0->len, ==, fit1->len);
      for (guint i = 0; i < fit0->len; i++)
        g_assert_cmpint (g_array_index (fit0, SpFitResult, i).verdict, ==,
                         g_array_index (fit1, SpFitResult, i).verdict);
    }

  for (guint r = 0; r < 2; r++)
    {
      sp_insights_free (in[r]);
      sp_group_metrics_free (gm[r]);
      sp_metrics_unref (m[r]);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/estimate/every-source-is-exact", test_every_source_is_exact);
  g_test_add_func ("/estimate/parts-average-to-exact", test_parts_average_to_exact);
  g_test_add_func ("/estimate/sample-sources", test_sample_sources);
  g_test_add_func ("/estimate/sample-size", test_sample_size);
  g_test_add_func ("/estimate/accuracy-10000", test_accuracy);
  g_test_add_func ("/estimate/marked-and-deterministic", test_marked_and_deterministic);
  g_test_add_func ("/estimate/verdicts-unchanged-5000", test_verdicts_unchanged);
  return g_test_run ();
}
