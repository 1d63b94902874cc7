/* bench-scale.c — every measure at enterprise scale, and how good the
 * estimates are.
 *
 *   bench-scale [--sources=K[,K…]] [--reference=igraph|ours|none] [SIZE]   (default 100000)
 *
 * On the generated organisation of tests/sp-test-org.h (SIZE people, five
 * ties each): every measure as the application computes them (betweenness
 * and closeness estimated from sampled sources above the exact budget),
 * beside python-igraph's exact betweenness on the same graph, measured in
 * the same run.  igraph's exact values are also the reference of the
 * accuracy figures: how many of the exact top 100 brokers are in the
 * estimated top 100, Spearman's rank correlation over everyone with
 * non-zero betweenness, and how often the exact value lies within the
 * stated 95% margin.  --reference=ours takes our own exact values instead
 * (faster on two cores, and with closeness); --sources sets the sample
 * sizes to report (default: the one the application takes).  The sample
 * is stratified by Louvain community, as sp_metrics_compute() does.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sp-analysis-private.h"
#include "sp-metrics.h"
#include "../../tests/sp-test-org.h"

static double
seconds_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1e6;
}

/* igraph's exact betweenness per vertex (NULL when it failed) and its wall time */
static double *
igraph_exact (const char    *script,
              const SpGraph *g,
              double        *secs)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *edges = NULL;
  g_autofree char *values = NULL;
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *n_str = g_strdup_printf ("%u", g->n);
  g_auto (GStrv) lines = NULL;
  double *b = NULL;
  gint fd, status = 0;
  char *argv[] = { (char *) "/usr/bin/python3", (char *) script, NULL, n_str,
                   (char *) (g->directed ? "1" : "0"), NULL, NULL };

  for (guint u = 0; u < g->n; u++)
    for (guint e = g->out_off[u]; e < g->out_off[u + 1]; e++)
      if (g->directed || g->out_adj[e] > u)
        g_string_append_printf (text, "%u %u 1\n", u, g->out_adj[e]);
  fd = g_file_open_tmp ("sp-scale-XXXXXX.edges", &edges, &error);
  g_assert_no_error (error);
  close (fd);
  fd = g_file_open_tmp ("sp-scale-XXXXXX.values", &values, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (edges, text->str, text->len, &error);
  g_assert_no_error (error);
  argv[2] = edges;
  argv[5] = values;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error) ||
      sscanf (out, "betweenness %lf", secs) != 1 ||
      !g_file_get_contents (values, &contents, NULL, &error))
    {
      g_printerr ("python-igraph failed: %s\n", error != NULL ? error->message : out);
      g_unlink (edges);
      g_unlink (values);
      return NULL;
    }
  g_unlink (edges);
  g_unlink (values);

  lines = g_strsplit (contents, "\n", -1);
  b = g_new0 (double, MAX (g->n, 1));
  for (guint v = 0; v < g->n && lines[v] != NULL; v++)
    b[v] = g_ascii_strtod (lines[v], NULL);
  return b;
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

/* average ranks (1 = largest) of @x over @idx */
static void
ranks (const double *x,
       const guint  *idx,
       guint         n,
       double       *rank)
{
  g_autofree guint *order = g_memdup2 (idx, sizeof (guint) * MAX (n, 1));

  sort_key = x;
  qsort (order, n, sizeof (guint), by_key_desc);
  for (guint i = 0; i < n;)
    {
      guint j = i;

      while (j + 1 < n && x[order[j + 1]] == x[order[i]])
        j++;
      for (guint k = i; k <= j; k++)
        rank[order[k]] = (i + j) / 2.0 + 1.0;
      i = j + 1;
    }
}

/* Spearman's rho: Pearson's correlation of the average ranks */
static double
spearman (const double *x,
          const double *y,
          const guint  *idx,
          guint         n,
          guint         n_all)
{
  g_autofree double *rx = g_new (double, MAX (n_all, 1));
  g_autofree double *ry = g_new (double, MAX (n_all, 1));
  double mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0;

  ranks (x, idx, n, rx);
  ranks (y, idx, n, ry);
  for (guint i = 0; i < n; i++)
    {
      mx += rx[idx[i]] / n;
      my += ry[idx[i]] / n;
    }
  for (guint i = 0; i < n; i++)
    {
      double a = rx[idx[i]] - mx, b = ry[idx[i]] - my;

      sxy += a * b;
      sxx += a * a;
      syy += b * b;
    }
  return sxy / sqrt (sxx * syy);
}

static guint
top_overlap (const double *exact,
             const double *est,
             guint         n,
             guint         top)
{
  g_autofree guint *a = g_new (guint, MAX (n, 1));
  g_autofree guint *b = g_new (guint, MAX (n, 1));
  g_autofree guint8 *in_a = g_new0 (guint8, MAX (n, 1));
  guint hits = 0;

  for (guint v = 0; v < n; v++)
    a[v] = b[v] = v;
  sort_key = exact;
  qsort (a, n, sizeof (guint), by_key_desc);
  sort_key = est;
  qsort (b, n, sizeof (guint), by_key_desc);
  top = MIN (top, n);
  for (guint i = 0; i < top; i++)
    in_a[a[i]] = 1;
  for (guint i = 0; i < top; i++)
    hits += in_a[b[i]];
  return hits;
}

static void
report (const SpGraph *g,
        const gint    *strata,
        guint          k,
        const double  *exact,
        const double  *exact_cl,
        const char    *reference)
{
  g_autofree double *est = g_new (double, MAX (g->n, 1));
  g_autofree double *cl = g_new (double, MAX (g->n, 1));
  g_autofree double *margin = g_new (double, MAX (g->n, 1));
  g_autofree double *cmargin = g_new (double, MAX (g->n, 1));
  g_autofree guint *sources = g_new (guint, MAX (k, 1));
  g_autofree guint *nonzero = g_new (guint, MAX (g->n, 1));
  guint n_nonzero = 0, covered = 0;
  double t_est;
  gint64 t0;

  _sp_sample_sources (g->n, k, strata, SP_SAMPLE_SEED, sources);
  t0 = g_get_monotonic_time ();
  _sp_betweenness_closeness_sampled (g, 0, sources, k, est, cl, margin, cmargin,
                                     NULL, NULL, 0, 1, NULL);
  t_est = seconds_since (t0);
  g_print ("\n  %-46s %9.2f s  (%u sources)\n", "estimated betweenness + closeness", t_est, k);
  if (exact == NULL)
    return;
  for (guint v = 0; v < g->n; v++)
    {
      if (exact[v] > 0)
        nonzero[n_nonzero++] = v;
      covered += fabs (est[v] - exact[v]) <= margin[v];
    }
  g_print ("  accuracy against %s exact values (%u sources of %u people):\n", reference, k, g->n);
  g_print ("    exact top 100 brokers in the estimated top 100: %u\n",
           top_overlap (exact, est, g->n, 100));
  g_print ("    exact top 10 in the estimated top 10:           %u\n",
           top_overlap (exact, est, g->n, 10));
  g_print ("    Spearman rank correlation, %u people with betweenness > 0: %.4f\n",
           n_nonzero, spearman (exact, est, nonzero, n_nonzero, g->n));
  g_print ("    exact value within the stated 95%% margin: %.1f%% of people\n",
           100.0 * covered / g->n);
  if (exact_cl != NULL)
    {
      guint c_cov = 0;
      g_autofree guint *all = g_new (guint, MAX (g->n, 1));

      for (guint v = 0; v < g->n; v++)
        {
          all[v] = v;
          c_cov += fabs (cl[v] - exact_cl[v]) <= cmargin[v];
        }
      g_print ("    closeness: Spearman %.4f, within the 95%% margin: %.1f%% of people\n",
               spearman (exact_cl, cl, all, g->n, g->n), 100.0 * c_cov / g->n);
    }
}

int
main (int argc, char *argv[])
{
  const char *root = g_getenv ("SP_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root != NULL ? root : ".", "bench", "analysis",
                                              "igraph-exact.py", NULL);
  g_autoptr (SpNetwork) net = NULL;
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree double *exact = NULL;
  g_autofree double *exact_cl = NULL;
  g_auto (GStrv) ks = NULL;
  const char *reference = "igraph";
  g_autofree gint *strata = NULL;
  guint n = 100000;
  double t_all, t_ref = NAN;
  gint64 t0;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--sources="))
        ks = g_strsplit (argv[i] + 10, ",", -1);
      else if (g_str_has_prefix (argv[i], "--reference="))
        reference = argv[i] + 12;
      else
        n = (guint) atoi (argv[i]);
    }

  net = sp_test_organisation (n, 20261128);
  g = sp_graph_new (net, NULL, NULL);
  g_print ("scale benchmark: %u people, %u merged ties, %u processors\n",
           g->n, g->m, g_get_num_processors ());

  t0 = g_get_monotonic_time ();
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, &error);
  t_all = seconds_since (t0);
  g_assert_no_error (error);
  g_print ("  %-46s %9.2f s  (betweenness from %u sampled sources)\n",
           "every measure (sp_metrics_compute)", t_all, sp_metrics_sampled_sources (m));

  /* where the rest of the time goes */
  {
    g_autofree double *a = g_new (double, MAX (g->n, 1));
    g_autofree double *b = g_new (double, MAX (g->n, 1));
    g_autofree double *c = g_new (double, MAX (g->n, 1));
    g_autofree double *d = g_new (double, MAX (g->n, 1));
    g_autofree double *e = g_new (double, MAX (g->n, 1));
    g_autofree gint *group = NULL;
    g_autofree gint *comm = g_new (gint, MAX (g->n, 1));
    double *roles[5] = { a, b, c, d, e };
    g_autoptr (SpGraph) g2 = NULL;

#define TIME(label, stmt) G_STMT_START {                                   \
      t0 = g_get_monotonic_time ();                                        \
      stmt;                                                                \
      g_print ("    %-44s %9.2f s\n", label, seconds_since (t0));           \
    } G_STMT_END
    TIME ("graph (CSR, merged ties)", g2 = sp_graph_new (net, NULL, NULL));
    TIME ("eigenvector", _sp_eigenvector (g, a));
    TIME ("clustering", _sp_clustering (g, a));
    TIME ("constraint, effective size, hierarchy", _sp_structural_holes (g, a, b, c, d));
    TIME ("brokerage roles", (group = _sp_graph_groups (net, g, NULL, NULL, NULL), _sp_brokerage (g, group, roles)));
    TIME ("E-I index, reciprocity", (_sp_ei_index (g, group, a), _sp_reciprocity (g, b)));
    TIME ("Louvain", _sp_louvain (g, 42, comm));
    TIME ("reach_2", _sp_reach_2 (g, a));
    TIME ("core", _sp_core_number (g, a));
#undef TIME
  }

  if (g_strcmp0 (reference, "igraph") == 0)
    {
      exact = igraph_exact (script, g, &t_ref);
      if (exact != NULL)
        g_print ("  %-46s %9.2f s  %6.1fx slower than every measure\n",
                 "python-igraph exact betweenness alone", t_ref, t_ref / t_all);
    }
  else if (g_strcmp0 (reference, "ours") == 0)
    {
      double t_exact;

      exact = g_new (double, g->n);
      exact_cl = g_new (double, g->n);
      t0 = g_get_monotonic_time ();
      _sp_betweenness_closeness (g, 0, exact, exact_cl, NULL, NULL, 0, 1, NULL);
      t_exact = seconds_since (t0);
      g_print ("  %-46s %9.2f s\n", "our exact betweenness + closeness", t_exact);
    }

  {
    g_autofree gint *comm = g_new (gint, MAX (g->n, 1));

    t0 = g_get_monotonic_time ();
    _sp_louvain (g, 42, comm);
    g_print ("  %-46s %9.2f s\n", "Louvain (the strata of the sample)", seconds_since (t0));
    strata = g_steal_pointer (&comm);
  }
  if (ks == NULL)
    {
      guint k = sp_metrics_sampled_sources (m);

      report (g, strata, k > 0 ? k : g->n, exact, exact_cl, reference);
    }
  else
    for (guint i = 0; ks[i] != NULL; i++)
      report (g, strata, (guint) atoi (ks[i]), exact, exact_cl, reference);
  return 0;
}
