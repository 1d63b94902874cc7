/* test-metrics.c — every measure against networkx / igraph on the
 * fixtures of make-fixtures.py */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sp-analysis-private.h"
#include "sp-group-metrics.h"
#include "sp-metrics.h"
#include "sp-import.h"
#include "fixture.h"

typedef struct {
  char *name;
  char *graph;
  char *ties;     /* NULL: all */
  char *removed;  /* NULL: none */
} Case;

static GPtrArray *cases;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->graph);
  g_free (c->ties);
  g_free (c->removed);
  g_free (c);
}

static gboolean *
removed_mask (SpNetwork  *net,
              const char *ids)
{
  gboolean *mask;
  g_auto (GStrv) list = NULL;

  if (ids == NULL)
    return NULL;
  mask = g_new0 (gboolean, sp_network_n_nodes (net));
  list = g_strsplit (ids, ",", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      gint n = sp_network_find_node (net, list[i]);

      g_assert_cmpint (n, >=, 0);
      mask[n] = TRUE;
    }
  return mask;
}

/* Modularity straight from its definition, O(n^2), on the symmetrised
 * weighted graph. */
static double
naive_modularity (SpNetwork      *net,
                  const gboolean *types,
                  const gboolean *removed,
                  const gint     *community)
{
  g_autoptr (SpGraph) g = sp_graph_new (net, types, removed);
  g_autofree double *a = g_new0 (double, (gsize) g->n * g->n + 1);
  g_autofree double *k = g_new0 (double, g->n + 1);
  double two_m = 0.0, q = 0.0;

  for (guint u = 0; u < g->n; u++)
    for (guint e = g->out_off[u]; e < g->out_off[u + 1]; e++)
      {
        guint v = g->out_adj[e];

        a[u * g->n + v] += g->out_w[e];
        if (g->directed)
          a[v * g->n + u] += g->out_w[e];
      }
  for (guint u = 0; u < g->n; u++)
    for (guint v = 0; v < g->n; v++)
      k[u] += a[u * g->n + v];
  for (guint u = 0; u < g->n; u++)
    two_m += k[u];
  if (two_m == 0)
    return NAN;
  for (guint u = 0; u < g->n; u++)
    for (guint v = 0; v < g->n; v++)
      if (community[g->vertex_node[u]] == community[g->vertex_node[v]])
        q += a[u * g->n + v] - k[u] * k[v] / two_m;
  return q / two_m;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (SpNetwork) net = fixture_load_graph (c->graph);
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *types = NULL;
  g_autofree gboolean *removed = NULL;
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (SpGroupMetrics) gm = NULL;
  g_autoptr (GPtrArray) expected = NULL;
  g_autoptr (GPtrArray) groups = NULL;
  g_autofree char *expected_file = g_strconcat (c->name, ".expected", NULL);
  g_autofree char *groups_file = g_strconcat (c->name, ".groups", NULL);
  g_autofree gboolean *checked = NULL;
  char **header;

  types = sp_network_parse_tie_types (net, c->ties, &error);
  g_assert_no_error (error);
  removed = removed_mask (net, c->removed);

  m = sp_metrics_compute (net, types, removed, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (m);

  expected = fixture_read_tsv (expected_file);
  header = expected->pdata[0];
  checked = g_new0 (gboolean, sp_network_n_nodes (net));

  /* every column but the community (checked below) is in the fixture */
  for (guint col = 0; col < sp_metrics_n_columns (); col++)
    {
      gboolean found = col == SP_METRIC_COMMUNITY;

      for (guint h = 1; header[h] != NULL; h++)
        found = found || strcmp (header[h], sp_metrics_column_name (col)) == 0;
      g_assert_true (found);
    }

  for (guint r = 1; r < expected->len; r++)
    {
      char **row = expected->pdata[r];
      gint node = sp_network_find_node (net, row[0]);

      g_assert_cmpint (node, >=, 0);
      checked[node] = TRUE;
      for (guint h = 1; header[h] != NULL; h++)
        {
          const double *col = sp_metrics_get (m, header[h]);
          double want = fixture_number (row[h]);
          double tol = strcmp (header[h], "eigenvector") == 0 ? 1e-6 : 1e-9;

          g_assert_nonnull (col);
          if (!fixture_close (col[node], want, tol))
            g_error ("%s: node %s, %s = %.17g, expected %.17g",
                     c->name, row[0], header[h], col[node], want);
        }
      g_assert_cmpint (sp_metrics_community (m)[node], >=, 0);
      g_assert_cmpfloat (sp_metrics_get (m, "community")[node], ==,
                         sp_metrics_community (m)[node]);
    }

  /* clients and removed people have no values */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      if (checked[i])
        continue;
      g_assert_true (sp_network_node (net, i)->kind == SP_NODE_CLIENT ||
                     (removed != NULL && removed[i]));
      for (guint col = 0; col < sp_metrics_n_columns (); col++)
        g_assert_true (isnan (sp_metrics_column (m, col)[i]));
      g_assert_cmpint (sp_metrics_community (m)[i], ==, -1);
    }

  /* Louvain: a valid partition with its modularity reported */
  if (!isnan (sp_metrics_modularity (m)))
    g_assert_cmpfloat_with_epsilon (sp_metrics_modularity (m),
                                    naive_modularity (net, types, removed,
                                                      sp_metrics_community (m)),
                                    1e-9);

  /* group and organisation level */
  gm = sp_group_metrics_compute (net, types, removed, NULL, m, &error);
  g_assert_no_error (error);
  groups = fixture_read_tsv (groups_file);
  header = groups->pdata[0];
  g_assert_cmpuint (groups->len, ==, gm->groups->len + 2);
  for (guint r = 1; r < groups->len; r++)
    {
      char **row = groups->pdata[r];
      const SpGroupStats *s = r <= gm->groups->len
        ? &g_array_index (gm->groups, SpGroupStats, r - 1) : &gm->organisation;

      if (r <= gm->groups->len)
        g_assert_cmpstr (s->name, ==, row[0]);
      else
        g_assert_null (s->name);
      for (guint h = 1; header[h] != NULL; h++)
        {
          const char *k = header[h];
          double want = fixture_number (row[h]);
          double got =
            strcmp (k, "size") == 0 ? s->size :
            strcmp (k, "internal_ties") == 0 ? s->internal_ties :
            strcmp (k, "external_ties") == 0 ? s->external_ties :
            strcmp (k, "density") == 0 ? s->density :
            strcmp (k, "ei_index") == 0 ? s->ei_index :
            strcmp (k, "external_share") == 0 ? s->external_share :
            strcmp (k, "mean_constraint") == 0 ? s->mean_constraint :
            strcmp (k, "reciprocity") == 0 ? s->reciprocity :
            strcmp (k, "mean_clustering") == 0 ? s->mean_clustering :
            strcmp (k, "modularity") == 0 ? s->modularity :
            strcmp (k, "assortativity") == 0 ? s->assortativity : -12345.0;

          if (!fixture_close (got, want, 1e-9))
            g_error ("%s: group “%s”, %s = %.17g, expected %.17g",
                     c->name, row[0], k, got, want);
        }
    }
  g_assert_true (fixture_close (gm->organisation.louvain_modularity, sp_metrics_modularity (m), 0));
}

/* The metrics CSV: header, quoting, one row per node, exact numbers. */
static void
test_csv (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("multigraph");
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-metrics-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "m.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GString) want_header = g_string_new ("id,kind,name,department");
  gboolean removed[7] = { FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE };
  const char *want_columns[] = {
    "degree", "in_degree", "out_degree", "weighted_degree", "betweenness",
    "closeness", "eigenvector", "clustering", "constraint", "effective_size",
    "efficiency", "hierarchy", "broker_coordinator", "broker_itinerant",
    "broker_representative", "broker_gatekeeper", "broker_liaison", "ei_index",
    "reciprocity", "community", "reach_2", "core",
  };

  g_assert_no_error (error);
  g_assert_cmpuint (sp_metrics_n_columns (), ==, G_N_ELEMENTS (want_columns));
  for (guint i = 0; i < G_N_ELEMENTS (want_columns); i++)
    {
      g_string_append_printf (want_header, ",%s", want_columns[i]);
      g_assert_cmpstr (sp_metrics_column_name (i), ==, want_columns[i]);
      g_assert_cmpint (sp_metrics_column_index (want_columns[i]), ==, i);
      g_assert_nonnull (sp_metrics_column_label (i));
    }
  g_assert_cmpint (sp_metrics_column_index ("nope"), ==, -1);

  sp_network_node (net, 0)->name = sp_network_intern (net, "Smith, \"Jo\"");
  sp_network_node (net, 1)->name = sp_network_intern (net, "two\nlines");

  m = sp_metrics_compute (net, NULL, removed, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sp_metrics_write_csv (net, m, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  g_assert_true (g_str_has_prefix (text, want_header->str));
  g_assert_nonnull (strstr (text, "\n0,person,\"Smith, \"\"Jo\"\"\",x,"));
  g_assert_nonnull (strstr (text, "\n1,person,\"two\nlines\",y,"));
  g_assert_null (strstr (text, "\n2,person"));   /* removed */
  g_assert_nonnull (strstr (text, "\nc1,client,,,,,,,,,,,,,,,,,,,,,,,,\n"));

  /* numbers read back exactly */
  lines = g_strsplit (text, "\n", -1);
  for (guint l = 1; lines[l] != NULL && lines[l][0] != '\0'; l++)
    {
      g_auto (GStrv) f = NULL;
      gint node;

      if (strchr (lines[l], '"') != NULL)
        continue;
      f = g_strsplit (lines[l], ",", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 4 + sp_metrics_n_columns ());
      node = sp_network_find_node (net, f[0]);
      for (guint c = 0; c < sp_metrics_n_columns (); c++)
        {
          double v = sp_metrics_column (m, c)[node];

          if (isnan (v))
            g_assert_cmpstr (f[4 + c], ==, "");
          else
            g_assert_cmpfloat (g_ascii_strtod (f[4 + c], NULL), ==, v);
        }
    }

  g_assert_false (sp_metrics_write_csv (net, m, "/nonexistent/dir/m.csv", &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_format (void)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_assert_cmpstr (sp_metrics_format_value (buf, 0.5), ==, "0.5");
  g_assert_cmpstr (sp_metrics_format_value (buf, 16), ==, "16");
  g_assert_cmpstr (sp_metrics_format_value (buf, 0.1), ==, "0.1");
  g_assert_cmpstr (sp_metrics_format_value (buf, 231.0714285714286), ==, "231.0714285714286");
  g_assert_cmpstr (sp_metrics_format_value (buf, NAN), ==, "");
  g_assert_cmpfloat (g_ascii_strtod (sp_metrics_format_value (buf, 1.0 / 3), NULL), ==, 1.0 / 3);
}

static void
test_tie_types (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("random-directed");
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *all = sp_network_parse_tie_types (net, NULL, &error);
  g_autofree gboolean *empty = sp_network_parse_tie_types (net, "", &error);
  g_autofree gboolean *two = sp_network_parse_tie_types (net, " advice , trust", &error);
  g_autofree gboolean *bad = NULL;
  g_autofree char *key = NULL;
  guint n_types = net->tie_types->len;
  guint advice = sp_network_tie_type (net, "advice");
  guint trust = sp_network_tie_type (net, "trust");

  g_assert_no_error (error);
  g_assert_cmpuint (net->tie_types->len, ==, n_types);
  for (guint i = 0; i < n_types; i++)
    {
      g_assert_true (all[i]);
      g_assert_true (empty[i]);
      g_assert_true (two[i] == (i == advice || i == trust));
    }
  key = sp_tie_mask_to_string (net, two);
  {
    g_autofree gboolean *again = sp_network_parse_tie_types (net, key, &error);

    g_assert_no_error (error);
    g_assert_cmpmem (again, n_types * sizeof (gboolean), two, n_types * sizeof (gboolean));
  }
  g_clear_pointer (&key, g_free);
  key = sp_tie_mask_to_string (net, all);
  g_assert_cmpstr (key, ==, "");

  bad = sp_network_parse_tie_types (net, "advice,friendship", &error);
  g_assert_null (bad);
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, "unknown tie type “friendship”"));
  g_assert_nonnull (strstr (error->message, "advice"));
  g_assert_nonnull (strstr (error->message, "collaboration"));
  /* a failed parse adds no type */
  g_assert_cmpuint (net->tie_types->len, ==, n_types);
}

/* The CSR graph: merging, dropping, maps. */
static void
test_graph (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("multigraph");
  g_autoptr (SpGraph) g = sp_graph_new (net, NULL, NULL);
  gboolean removed[7] = { FALSE, TRUE };
  g_autoptr (SpGraph) h = sp_graph_new (net, NULL, removed);

  g_assert_false (g->directed);
  g_assert_cmpuint (g->n, ==, 6);
  g_assert_cmpint (g->node_vertex[6], ==, -1);   /* the client */
  /* 0-1 (1 + 2 + 0.5), 2-3 (1), 3-4 (2), 4-0 (2), 2-5, 5-3 */
  g_assert_cmpuint (g->m, ==, 6);
  g_assert_cmpuint (g->out_off[1] - g->out_off[0], ==, 2);
  g_assert_cmpuint (g->out_adj[0], ==, 1);
  g_assert_cmpfloat (g->out_w[0], ==, 3.5);
  g_assert_cmpuint (g->out_adj[1], ==, 4);
  g_assert_cmpfloat (g->out_w[1], ==, 2.0);
  for (guint v = 0; v < g->n; v++)
    g_assert_cmpint (g->node_vertex[g->vertex_node[v]], ==, v);

  g_assert_cmpuint (h->n, ==, 5);
  g_assert_cmpint (h->node_vertex[1], ==, -1);
  g_assert_cmpuint (h->m, ==, 5);
}

static void
test_threads_agree (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpMetrics) one = NULL;
  g_autoptr (SpMetrics) two = NULL;
  GRand *rand = g_rand_new_with_seed (7);

  net->directed = TRUE;
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  for (guint i = 0; i < 3000; i++)
    sp_network_add_tie (net, g_rand_int_range (rand, 0, 600), g_rand_int_range (rand, 0, 600), 0, 1);
  g_rand_free (rand);

  one = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 1, NULL, NULL, NULL, NULL);
  two = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 2, NULL, NULL, NULL, NULL);
  for (guint i = 0; i < 600; i++)
    {
      g_assert_true (fixture_close (sp_metrics_get (one, "betweenness")[i],
                                    sp_metrics_get (two, "betweenness")[i], 1e-12));
      g_assert_cmpfloat (sp_metrics_get (one, "closeness")[i], ==,
                         sp_metrics_get (two, "closeness")[i]);
      g_assert_true (isnan (sp_metrics_get (one, "constraint")[i]));
    }
}


/* Two-step reach by a BFS cut at depth 2, and the core number by peeling
 * (repeatedly remove a vertex of least remaining degree; its core is the
 * largest such degree seen so far): O(n²), as textbooks put them. */
static void
textbook_reach_core (const SpGraph *g,
                     double        *reach,
                     double        *core)
{
  const guint n = g->n;
  g_autofree gint *dist = g_new (gint, n);
  g_autofree guint *queue = g_new (guint, n);
  g_autofree guint *deg = g_new (guint, n);
  g_autofree gboolean *gone = g_new0 (gboolean, n);
  guint k = 0;

  for (guint s = 0; s < n; s++)
    {
      guint head = 0, tail = 0, count = 0;

      for (guint v = 0; v < n; v++)
        dist[v] = -1;
      dist[s] = 0;
      queue[tail++] = s;
      while (head < tail)
        {
          guint v = queue[head++];

          if (dist[v] == 2)
            continue;
          for (guint e = g->out_off[v]; e < g->out_off[v + 1]; e++)
            if (dist[g->out_adj[e]] < 0)
              {
                dist[g->out_adj[e]] = dist[v] + 1;
                queue[tail++] = g->out_adj[e];
                count++;
              }
        }
      reach[s] = count;
    }

  for (guint v = 0; v < n; v++)
    deg[v] = sp_graph_n_contacts (g, v);
  for (guint round = 0; round < n; round++)
    {
      guint best = G_MAXUINT;

      for (guint v = 0; v < n; v++)
        if (!gone[v] && (best == G_MAXUINT || deg[v] < deg[best]))
          best = v;
      k = MAX (k, deg[best]);
      core[best] = k;
      gone[best] = TRUE;
      for (guint e = g->nb_off[best]; e < g->nb_off[best + 1]; e++)
        if (!gone[g->nb_adj[e]])
          deg[g->nb_adj[e]]--;
    }
}

/* reach_2 and core on graphs larger than the fixtures, with hubs so large
 * (more than 512 ties, more than a sixteenth of everyone) that reach_2
 * takes their rows as bitsets. */
static void
test_reach_core_hubs (void)
{
  for (guint directed = 0; directed < 2; directed++)
    {
      g_autoptr (SpNetwork) net = sp_network_new ();
      g_autoptr (SpGraph) g = NULL;
      g_autofree double *reach = NULL, *core = NULL, *want_reach = NULL, *want_core = NULL;
      GRand *rand = g_rand_new_with_seed (17 + directed);
      const guint n = 3000;
      guint n_hubs = 0;

      net->directed = directed;
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", i);
          sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
        }
      /* two hubs: one everyone names (and who names some), one who names many */
      for (guint i = 1; i < n; i++)
        {
          sp_network_add_tie (net, i, 0, 0, 1);
          if (i % 3 == 0)
            sp_network_add_tie (net, 0, i, 0, 1);
          if (i % 2 == 0 && i != 2)
            sp_network_add_tie (net, 2, i, 0, 1);
        }
      for (guint i = 0; i < 4 * n; i++)
        sp_network_add_tie (net, g_rand_int_range (rand, 3, n), g_rand_int_range (rand, 3, n), 0, 1);
      g_rand_free (rand);

      g = sp_graph_new (net, NULL, NULL);
      for (guint v = 0; v < g->n; v++)
        if (g->out_off[v + 1] - g->out_off[v] > 512)
          n_hubs++;
      g_assert_cmpuint (n_hubs, >=, 2);
      reach = g_new (double, g->n);
      core = g_new (double, g->n);
      want_reach = g_new (double, g->n);
      want_core = g_new (double, g->n);
      _sp_reach_2 (g, reach);
      _sp_core_number (g, core);
      textbook_reach_core (g, want_reach, want_core);
      for (guint v = 0; v < g->n; v++)
        {
          g_assert_cmpfloat (reach[v], ==, want_reach[v]);
          g_assert_cmpfloat (core[v], ==, want_core[v]);
        }
    }
}

/* Brandes as the paper writes it (predecessor lists, a stack), and
 * closeness by a BFS over incoming arcs: an independent check of the
 * optimised code on graphs larger than the fixtures. */
static void
textbook_brandes (const SpGraph *g,
                  double        *bc,
                  double        *closeness)
{
  const guint n = g->n;
  g_autofree gint *dist = g_new (gint, n);
  g_autofree double *sigma = g_new (double, n);
  g_autofree double *delta = g_new (double, n);
  g_autofree guint *queue = g_new (guint, n);
  g_autoptr (GPtrArray) preds = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint v = 0; v < n; v++)
    {
      bc[v] = 0;
      g_ptr_array_add (preds, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint s = 0; s < n; s++)
    {
      guint head = 0, tail = 0;

      for (guint v = 0; v < n; v++)
        {
          dist[v] = -1;
          sigma[v] = 0;
          delta[v] = 0;
          g_array_set_size (preds->pdata[v], 0);
        }
      dist[s] = 0;
      sigma[s] = 1;
      queue[tail++] = s;
      while (head < tail)
        {
          guint v = queue[head++];

          for (guint e = g->out_off[v]; e < g->out_off[v + 1]; e++)
            {
              guint w = g->out_adj[e];

              if (dist[w] < 0)
                {
                  dist[w] = dist[v] + 1;
                  queue[tail++] = w;
                }
              if (dist[w] == dist[v] + 1)
                {
                  sigma[w] += sigma[v];
                  g_array_append_val (preds->pdata[w], v);
                }
            }
        }
      while (tail > 0)
        {
          guint w = queue[--tail];
          GArray *p = preds->pdata[w];

          for (guint k = 0; k < p->len; k++)
            {
              guint v = g_array_index (p, guint, k);
              delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
            }
          if (w != s)
            bc[w] += delta[w];
        }
    }
  if (!g->directed)
    for (guint v = 0; v < n; v++)
      bc[v] /= 2;

  for (guint t = 0; t < n; t++)
    {
      guint head = 0, tail = 0, reached = 0;
      double total = 0;

      for (guint v = 0; v < n; v++)
        dist[v] = -1;
      dist[t] = 0;
      queue[tail++] = t;
      while (head < tail)
        {
          guint v = queue[head++];

          reached++;
          total += dist[v];
          for (guint e = g->in_off[v]; e < g->in_off[v + 1]; e++)
            if (dist[g->in_adj[e]] < 0)
              {
                dist[g->in_adj[e]] = dist[v] + 1;
                queue[tail++] = g->in_adj[e];
              }
        }
      closeness[t] = total > 0 ? (reached - 1) / total * (reached - 1) / (n - 1) : 0;
    }
}

static void
check_against_textbook (gboolean directed,
                        guint    n,
                        guint    n_ties,
                        guint32  seed)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpGraph) g = NULL;
  g_autofree double *bc = g_new (double, n);
  g_autofree double *cl = g_new (double, n);
  GRand *rand = g_rand_new_with_seed (seed);

  net->directed = directed;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  /* a dense core, a sparse periphery, a separate small component and
   * isolates: every kind of BFS level profile */
  for (guint i = 0; i < n_ties; i++)
    {
      guint range = i % 3 == 0 ? n / 10 : n - n / 20;
      guint u = g_rand_int_range (rand, 0, range), v = g_rand_int_range (rand, 0, range);

      sp_network_add_tie (net, u, v, 0, 1);
    }
  for (guint i = n - n / 20; i + 1 < n - 3; i++)
    sp_network_add_tie (net, i, i + 1, 0, 1);
  g_rand_free (rand);

  g = sp_graph_new (net, NULL, NULL);
  textbook_brandes (g, bc, cl);
  for (guint threads = 1; threads <= 2; threads++)
    {
      g_autoptr (SpMetrics) m = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS,
                                                         threads, NULL, NULL, NULL, NULL);

      for (guint v = 0; v < n; v++)
        {
          guint node = g->vertex_node[v];

          if (!fixture_close (sp_metrics_get (m, "betweenness")[node], bc[v], 1e-9) ||
              !fixture_close (sp_metrics_get (m, "closeness")[node], cl[v], 1e-12))
            g_error ("vertex %u: betweenness %.17g, closeness %.17g; textbook %.17g, %.17g",
                     v, sp_metrics_get (m, "betweenness")[node],
                     sp_metrics_get (m, "closeness")[node], bc[v], cl[v]);
        }
    }
}

static void
test_textbook (void)
{
  check_against_textbook (FALSE, 700, 2500, 1);
  check_against_textbook (FALSE, 300, 3000, 2);
  check_against_textbook (FALSE, 500, 700, 3);
  check_against_textbook (TRUE, 600, 3000, 4);
  check_against_textbook (TRUE, 400, 900, 5);
}


/* Degenerate networks: nothing, only clients, only isolates. */
static void
test_degenerate (void)
{
  for (guint kind = 0; kind < 3; kind++)
    {
      g_autoptr (SpNetwork) net = sp_network_new ();
      g_autoptr (SpMetrics) m = NULL;
      g_autoptr (SpGroupMetrics) gm = NULL;
      g_autoptr (GError) error = NULL;

      net->directed = kind == 2;
      for (guint i = 0; kind > 0 && i < 4; i++)
        {
          g_autofree char *id = g_strdup_printf ("n%u", i);
          gint n = sp_network_add_node (net, id, kind == 1 ? SP_NODE_CLIENT : SP_NODE_PERSON, NULL);

          sp_network_node (net, n)->department = sp_network_intern (net, "d");
        }
      if (kind == 1)
        sp_network_add_tie (net, 0, 1, 0, 1);

      m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (isnan (sp_metrics_modularity (m)));
      for (guint i = 0; i < sp_network_n_nodes (net); i++)
        {
          const double want_zero[] = { SP_METRIC_DEGREE, SP_METRIC_BETWEENNESS, SP_METRIC_CLOSENESS,
                                       SP_METRIC_CLUSTERING };

          for (guint c = 0; c < G_N_ELEMENTS (want_zero) && kind != 1; c++)
            g_assert_cmpfloat (sp_metrics_column (m, (guint) want_zero[c])[i], ==, 0.0);
          g_assert_true (isnan (sp_metrics_get (m, "constraint")[i]));
          g_assert_true (isnan (sp_metrics_get (m, "effective_size")[i]));
          g_assert_true (isnan (sp_metrics_get (m, "ei_index")[i]));
          g_assert_true (isnan (sp_metrics_get (m, "reciprocity")[i]));
        }
      gm = sp_group_metrics_compute (net, NULL, NULL, NULL, m, &error);
      g_assert_no_error (error);
      g_assert_true (isnan (gm->organisation.ei_index));
    }
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
cancel_at_half (double   fraction,
                gpointer user_data)
{
  if (fraction > 0.2)
    g_cancellable_cancel (user_data);
}

static void
test_progress_and_cancel (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("lesmis");
  g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (GError) error = NULL;

  m = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_ALL, 1, record_progress, seen, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, >=, 3);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
  g_clear_pointer (&m, sp_metrics_unref);

  g_cancellable_cancel (cancellable);
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, cancellable, &error);
  g_assert_null (m);
  g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
  g_clear_error (&error);

  /* cancelled while running */
  g_cancellable_reset (cancellable);
  m = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_ALL, 1, cancel_at_half, cancellable,
                               cancellable, &error);
  g_assert_null (m);
  g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
}

static void
test_louvain (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("karate");
  g_autoptr (SpMetrics) a = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpMetrics) b = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);

  /* networkx finds 0.4188, igraph 0.4156; the club split is 0.358 */
  g_assert_cmpfloat (sp_metrics_modularity (a), >, 0.41);
  g_assert_cmpfloat (sp_metrics_modularity (a), <, 0.4199);
  g_assert_cmpuint (sp_metrics_n_communities (a), >=, 3);
  g_assert_cmpuint (sp_metrics_n_communities (a), <=, 5);
  /* deterministic */
  for (guint i = 0; i < 34; i++)
    g_assert_cmpint (sp_metrics_community (a)[i], ==, sp_metrics_community (b)[i]);
  g_assert_cmpfloat (sp_metrics_modularity (a), ==, sp_metrics_modularity (b));
}

static void
test_group_attribute (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("karate");
  SpAttribute *club = sp_network_ensure_attribute (net, "club", SP_ATTR_CATEGORICAL);
  SpAttribute *score = sp_network_ensure_attribute (net, "score", SP_ATTR_NUMERIC);
  g_autoptr (SpGroupMetrics) by_dept = NULL;
  g_autoptr (SpGroupMetrics) by_club = NULL;
  g_autoptr (SpGroupMetrics) none = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-groups-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "g.csv", NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      sp_network_set_string (net, club, i, sp_network_node (net, i)->department);
      sp_network_set_numeric (net, score, i, i);
    }
  by_dept = sp_group_metrics_compute (net, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  by_club = sp_group_metrics_compute (net, NULL, NULL, "club", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_club->groups->len, ==, 2);
  g_assert_cmpfloat (by_club->organisation.ei_index, ==, by_dept->organisation.ei_index);
  g_assert_cmpfloat_with_epsilon (by_club->organisation.ei_index, -0.717949, 1e-6);
  g_assert_cmpuint (by_club->organisation.external_ties, ==, 11);
  g_assert_cmpuint (by_club->organisation.internal_ties, ==, 67);

  none = sp_group_metrics_compute (net, NULL, NULL, "score", NULL, &error);
  g_assert_null (none);
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_assert_false (sp_group_metrics_write_csv (net, NULL, NULL, "nope", path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  g_assert_true (sp_group_metrics_write_csv (net, NULL, NULL, "club", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "level,group,size,internal_ties,external_ties,density,"
                                         "ei_index,external_share,mean_constraint,reciprocity,"
                                         "mean_clustering,modularity,louvain_modularity,assortativity\n"
                                         "group,Mr. Hi,17,35,11,0.25735294117647056,"));
  g_assert_nonnull (strstr (text, "\norganisation,,34,67,11,0.13903743315508021,-0.717948717948718,"));
  /* homophily by club: networkx attribute_assortativity_coefficient on
   * karate_club_graph with "club" gives 0.717530864197531 (the fixture,
   * tests/analysis/make-fixtures.py) */
  g_assert_cmpfloat_with_epsilon (by_club->organisation.assortativity, 0.717530864197531, 1e-12);
  g_assert_nonnull (strstr (text, ",0.7175308641975"));
  g_unlink (path);
  g_rmdir (dir);
}

/* Groups by another attribute on a second data set: Lazega's law firm
 * (a Pajek file as published) by office.  The reference values are
 * networkx's, from tests/analysis/lazega-office-reference.py: the union of
 * the three relations, directed, 1574 arcs. */
static void
test_group_by_office (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "pajek", "Lazega-Law-Firm.paj", NULL);
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  g_autoptr (SpGroupMetrics) gm = NULL;
  static const struct { const char *office; guint size, internal, external; double ei; } expected[] = {
    { "1", 48, 979, 346, -0.47773584905660377 },   /* Boston */
    { "2", 19, 220, 295, 0.14563106796116504 },    /* Hartford */
    { "3", 4, 8, 93, 0.8415841584158416 },         /* Providence */
  };

  g_assert_no_error (error);
  gm = sp_group_metrics_compute (net, NULL, NULL, "office", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gm->groups->len, ==, G_N_ELEMENTS (expected));
  for (guint g = 0; g < G_N_ELEMENTS (expected); g++)
    {
      const SpGroupStats *st = &g_array_index (gm->groups, SpGroupStats, g);

      g_assert_cmpstr (st->name, ==, expected[g].office);
      g_assert_cmpuint (st->size, ==, expected[g].size);
      g_assert_cmpuint (st->internal_ties, ==, expected[g].internal);
      g_assert_cmpuint (st->external_ties, ==, expected[g].external);
      g_assert_cmpfloat_with_epsilon (st->ei_index, expected[g].ei, 1e-12);
    }
  g_assert_cmpuint (gm->organisation.internal_ties, ==, 1207);
  g_assert_cmpuint (gm->organisation.external_ties, ==, 367);
  g_assert_cmpfloat_with_epsilon (gm->organisation.ei_index, -0.5336721728081322, 1e-12);
  /* networkx attribute_assortativity_coefficient on the DiGraph */
  g_assert_cmpfloat_with_epsilon (gm->organisation.assortativity, 0.4297473015421732, 1e-12);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) rows = NULL;

  g_test_init (&argc, &argv, NULL);

  cases = g_ptr_array_new_with_free_func (case_free);
  rows = fixture_read_tsv ("cases.tsv");
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->pdata[i];
      Case *c = g_new0 (Case, 1);
      g_autofree char *path = g_strconcat ("/metrics/fixture/", f[0], NULL);

      c->name = g_strdup (f[0]);
      c->graph = g_strdup (f[1]);
      c->ties = strcmp (f[2], "-") == 0 ? NULL : g_strdup (f[2]);
      c->removed = strcmp (f[3], "-") == 0 ? NULL : g_strdup (f[3]);
      g_ptr_array_add (cases, c);
      g_test_add_data_func (path, c, test_case);
    }

  g_test_add_func ("/metrics/graph", test_graph);
  g_test_add_func ("/metrics/tie-types", test_tie_types);
  g_test_add_func ("/metrics/format", test_format);
  g_test_add_func ("/metrics/csv", test_csv);
  g_test_add_func ("/metrics/threads-agree", test_threads_agree);
  g_test_add_func ("/metrics/reach-core-hubs", test_reach_core_hubs);
  g_test_add_func ("/metrics/textbook-brandes", test_textbook);
  g_test_add_func ("/metrics/degenerate", test_degenerate);
  g_test_add_func ("/metrics/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/metrics/louvain", test_louvain);
  g_test_add_func ("/metrics/group-attribute", test_group_attribute);
  g_test_add_func ("/metrics/group-by-office", test_group_by_office);

  return g_test_run ();
}
