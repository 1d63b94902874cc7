/* bench-analysis.c — times every measure on generated organisations and
 * python-igraph 0.10 on the same graphs in the same run.
 *
 *   bench-analysis [SIZE…]            (default: 5000 20000)
 *
 * Each organisation has departments of about a hundred people, a manager
 * per department who attracts extra ties, and about five ties per person
 * (three quarters inside the department), merged into a simple weighted
 * undirected graph.  The script igraph-bench.py is found through
 * SP_SOURCE_ROOT (set by meson) or next to the current directory.
 *
 * Key players (K = 10): igraph has none, so --key-players is set beside
 * igraph's two-step neighbourhoods of every person as lists (what a
 * greedy step needs at the least), and --fragmenters is reported in
 * seconds alone.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sp-analysis-private.h"
#include "sp-key-players.h"
#include "sp-metrics.h"
#include "../../tests/sp-test-org.h"

static gint64 clock_start;

static void
tick (void)
{
  clock_start = g_get_monotonic_time ();
}

static double
tock (void)
{
  return (g_get_monotonic_time () - clock_start) / 1e6;
}

/* The whole pipeline as the application runs it: graph, every measure. */
static double
time_everything (SpNetwork *net)
{
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (GError) error = NULL;

  tick ();
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  return tock ();
}

static GHashTable *
run_igraph (const char *script,
            SpNetwork  *net,
            guint      *n_edges)
{
  g_autoptr (SpGraph) g = sp_graph_new (net, NULL, NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *n_str = g_strdup_printf ("%u", g->n);
  g_auto (GStrv) lines = NULL;
  GHashTable *times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint fd, status = 0;
  char *argv[] = { (char *) "/usr/bin/python3", (char *) script, NULL, n_str,
                   (char *) (g->directed ? "1" : "0"), NULL };

  for (guint u = 0; u < g->n; u++)
    for (guint e = g->out_off[u]; e < g->out_off[u + 1]; e++)
      if (g->directed || g->out_adj[e] > u)
        g_string_append_printf (text, "%u %u %g\n", u, g->out_adj[e], g->out_w[e]);
  *n_edges = g->m;

  fd = g_file_open_tmp ("sp-bench-XXXXXX.edges", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
  argv[2] = path;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("python-igraph failed: %s\n", error->message);
      g_unlink (path);
      return times;
    }
  g_unlink (path);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char name[64];
      double secs[2];

      if (sscanf (lines[i], "%63s %lf %lf", name, &secs[0], &secs[1]) == 3)
        g_hash_table_insert (times, g_strdup (name), g_memdup2 (secs, sizeof secs));
    }
  return times;
}

/* igraph's wall-clock and CPU seconds for @name */
static double
peer (GHashTable *times,
      const char *name)
{
  double *t = g_hash_table_lookup (times, name);

  return t != NULL ? t[0] : NAN;
}

static double
peer_cpu (GHashTable *times,
          const char *name)
{
  double *t = g_hash_table_lookup (times, name);

  return t != NULL ? t[1] : NAN;
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
row (const char *measure,
     double      ours,
     double      theirs,
     const char *peer_name)
{
  if (isnan (theirs))
    g_print ("  %-34s %9.3f s\n", measure, ours);
  else
    /* two decimals below 1x: "0.13x", not "0.1x" */
    g_print (theirs < ours ? "  %-34s %9.3f s %9.3f s  %7.2fx  (igraph %s)\n"
                           : "  %-34s %9.3f s %9.3f s  %7.1fx  (igraph %s)\n",
             measure, ours, theirs, theirs / ours, peer_name);
}

int
main (int argc, char *argv[])
{
  const char *root = g_getenv ("SP_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root != NULL ? root : ".", "bench", "analysis",
                                              "igraph-bench.py", NULL);
  guint sizes[8] = { 5000, 20000 };
  guint n_sizes = 2;
  gboolean all_ok = TRUE;

  if (argc > 1)
    {
      n_sizes = 0;
      for (int i = 1; i < argc && n_sizes < G_N_ELEMENTS (sizes); i++)
        sizes[n_sizes++] = (guint) atoi (argv[i]);
    }

  g_print ("analysis benchmark: Samenspel vs python-igraph 0.10 on the same graph "
           "(%u processors)\n", g_get_num_processors ());

  for (guint s = 0; s < n_sizes; s++)
    {
      g_autoptr (SpNetwork) net = sp_test_organisation (sizes[s], 20261128 + s);
      g_autoptr (GHashTable) ig = NULL;
      guint n_edges = 0;
      double cpu0, t_btw1_cpu, t_build, t_btw, t_btw1, t_eig, t_clu, t_sh, t_bro, t_ei, t_com, t_deg, t_all;
      double t_reach, t_core, t_kp, t_frag;
      double kp_value = NAN, frag_value = NAN;

      ig = run_igraph (script, net, &n_edges);
      g_print ("\n%u people, %u ties in the data, %u merged ties (undirected)\n",
               sizes[s], sp_network_n_ties (net), n_edges);
      g_print ("  %-34s %11s %11s %8s\n", "measure", "samenspel", "igraph", "speed-up");

      /* each measure on the graph built once, as igraph's are */
      {
        g_autoptr (SpGraph) g = NULL;
        g_autofree double *a = g_new (double, sizes[s]);
        g_autofree double *b = g_new (double, sizes[s]);
        g_autofree double *c = g_new (double, sizes[s]);
        g_autofree double *d = g_new (double, sizes[s]);
        g_autofree double *e = g_new (double, sizes[s]);
        g_autofree gint *group = NULL;
        g_autofree gint *comm = g_new (gint, sizes[s]);
        double *roles[5] = { a, b, c, d, e };

        tick ();
        g = sp_graph_new (net, NULL, NULL);
        t_build = tock ();
        tick ();
        for (guint v = 0; v < g->n; v++)
          {
            a[v] = g->out_off[v + 1] - g->out_off[v];
            b[v] = 0;
            for (guint k = g->out_off[v]; k < g->out_off[v + 1]; k++)
              b[v] += g->out_w[k];
          }
        t_deg = tock ();
        tick ();
        _sp_betweenness_closeness (g, 0, a, b, NULL, NULL, 0, 1, NULL);
        t_btw = tock ();
        tick ();
        cpu0 = thread_cpu_seconds ();
        _sp_betweenness_closeness (g, 1, a, b, NULL, NULL, 0, 1, NULL);
        t_btw1_cpu = thread_cpu_seconds () - cpu0;
        t_btw1 = tock ();
        tick ();
        _sp_eigenvector (g, a);
        t_eig = tock ();
        tick ();
        _sp_clustering (g, a);
        t_clu = tock ();
        tick ();
        _sp_structural_holes (g, a, b, c, d);
        t_sh = tock ();
        tick ();
        group = _sp_graph_groups (net, g, NULL, NULL, NULL);
        _sp_brokerage (g, group, roles);
        t_bro = tock ();
        tick ();
        _sp_ei_index (g, group, a);
        _sp_reciprocity (g, b);
        t_ei = tock ();
        tick ();
        _sp_louvain (g, 42, comm);
        t_com = tock ();
        tick ();
        _sp_reach_2 (g, a);
        t_reach = tock ();
        tick ();
        _sp_core_number (g, a);
        t_core = tock ();
      }
      /* key players as the command line finds them: graph included */
      {
        g_autoptr (SpKeyPlayers) kp = NULL;
        g_autoptr (GError) error = NULL;

        tick ();
        kp = sp_key_players_compute (net, NULL, NULL, SP_KEY_PLAYERS_REACH, 10, NULL, NULL, NULL, &error);
        t_kp = tock ();
        g_assert_no_error (error);
        kp_value = g_array_index (kp->players, SpKeyPlayer, 9).value;
        g_clear_pointer (&kp, sp_key_players_free);
        tick ();
        kp = sp_key_players_compute (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, 10, NULL, NULL, NULL, &error);
        t_frag = tock ();
        g_assert_no_error (error);
        frag_value = g_array_index (kp->players, SpKeyPlayer, 9).value;
      }
      t_all = time_everything (net);

      row ("graph (CSR, merged ties)", t_build, NAN, NULL);
      row ("degrees", t_deg, peer (ig, "degree"), "degree+strength");
      row ("betweenness + closeness, 2 threads", t_btw,
           peer (ig, "betweenness"), "betweenness");
      row ("betweenness + closeness, 1 thread", t_btw1,
           peer (ig, "betweenness"), "betweenness");
      row ("  1 thread, CPU time vs igraph CPU", t_btw1_cpu,
           peer_cpu (ig, "betweenness"), "betweenness CPU");
      row ("  2 threads, vs igraph betw.+closeness", t_btw,
           peer (ig, "betweenness") + peer (ig, "closeness"), "both");
      row ("eigenvector", t_eig, peer (ig, "eigenvector"), "eigenvector");
      row ("clustering", t_clu, peer (ig, "clustering"), "transitivity");
      row ("constraint+eff. size+hierarchy", t_sh, peer (ig, "constraint"), "constraint");
      row ("brokerage roles", t_bro, NAN, NULL);
      row ("E-I index + reciprocity", t_ei, NAN, NULL);
      row ("Louvain", t_com, peer (ig, "louvain"), "multilevel");
      row ("reach_2", t_reach, peer (ig, "reach2"), "neighborhood_size(order=2)");
      row ("core", t_core, peer (ig, "coreness"), "coreness");
      row ("key players K=10 (reach)", t_kp, peer (ig, "neighborhood2"), "neighborhood(order=2)");
      g_print ("  %-34s reach %.0f of %u people\n", "", kp_value, sizes[s]);
      row ("fragmenters K=10", t_frag, NAN, NULL);
      g_print ("  %-34s fragmentation %.4f\n", "", frag_value);
      row ("everything (sp_metrics_compute)", t_all, NAN, NULL);

      if (!(peer (ig, "betweenness") / t_btw >= 5.0))
        {
          g_print ("  ! betweenness is less than 5x faster than igraph\n");
          all_ok = FALSE;
        }
      if (t_all >= 10.0)
        {
          g_print ("  ! everything took 10 s or more\n");
          all_ok = FALSE;
        }
    }

  g_print ("\n%s\n", all_ok ? "targets met" : "targets missed");
  return 0;
}
