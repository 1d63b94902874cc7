/* test-similarity.c — profile similarity against numpy and the group
 * matrix against networkx, on the fixtures of make-fixtures.py */
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sp-group-metrics.h"
#include "sp-similarity.h"
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

static gboolean
fixture_exists (const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "analysis", "data", file, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The rows of @file for one person, in the order written (rank order). */
static GPtrArray *
expected_for (GPtrArray  *rows,
              const char *id)
{
  GPtrArray *mine = g_ptr_array_new ();

  for (guint r = 1; r < rows->len; r++)
    if (strcmp (((char **) rows->pdata[r])[0], id) == 0)
      g_ptr_array_add (mine, rows->pdata[r]);
  return mine;
}

static void
check_ranking (const char      *what,
               SpNetwork       *net,
               const char      *id,
               const SpSimilar *got,
               guint            n_got,
               GPtrArray       *want)
{
  if (n_got != want->len)
    g_error ("%s: %s has %u similar colleagues, expected %u", what, id, n_got, want->len);
  for (guint r = 0; r < n_got; r++)
    {
      char **row = want->pdata[r];

      if (strcmp (sp_network_node (net, got[r].node)->id, row[1]) != 0 ||
          !fixture_close (got[r].similarity, fixture_number (row[2]), 1e-9) ||
          (guint) g_ascii_strtoull (row[3], NULL, 10) != r + 1)
        g_error ("%s: %s, rank %u: %s %.17g, expected %s %s (rank %s)", what, id, r + 1,
                 sp_network_node (net, got[r].node)->id, got[r].similarity, row[1], row[2], row[3]);
    }
}

static void
test_similar (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (SpNetwork) net = fixture_load_graph (c->graph);
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *types = NULL;
  g_autofree gboolean *removed = NULL;
  g_autoptr (SpSimilarities) s = NULL;
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (GPtrArray) top3 = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autofree char *top3_file = g_strconcat (c->name, ".similar", NULL);
  g_autofree char *all_file = g_strconcat (c->name, ".similar-all", NULL);
  g_autofree SpSimilar *each = g_new (SpSimilar, sp_network_n_nodes (net) + 1);
  guint n_nodes = sp_network_n_nodes (net);

  types = sp_network_parse_tie_types (net, c->ties, &error);
  g_assert_no_error (error);
  removed = removed_mask (net, c->removed);

  s = sp_similarity_compute (net, types, removed, SP_SIMILAR_DEFAULT_K, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (s);
  g = sp_graph_new (net, types, removed);
  top3 = fixture_read_tsv (top3_file);
  if (fixture_exists (all_file))
    all = fixture_read_tsv (all_file);

  for (guint node = 0; node < n_nodes; node++)
    {
      const char *id = sp_network_node (net, node)->id;
      g_autoptr (GPtrArray) want = expected_for (top3, id);
      guint n_got;
      const SpSimilar *got = sp_similarities_get (s, node, &n_got);
      guint n_each;

      /* clients and removed people are not in the fixture: none */
      check_ranking (c->name, net, id, got, n_got, want);
      /* one person at a time, as the person panel asks, gives the same */
      n_each = sp_similarity_top_k (g, node, SP_SIMILAR_DEFAULT_K, each);
      check_ranking (c->name, net, id, each, n_each, want);
      if (all != NULL)
        {
          g_autoptr (GPtrArray) want_all = expected_for (all, id);

          n_each = sp_similarity_top_k (g, node, n_nodes + 1, each);
          check_ranking (all_file, net, id, each, n_each, want_all);
        }
    }
}

static void
test_group_matrix (gconstpointer data)
{
  const Case *c = data;
  g_autoptr (SpNetwork) net = fixture_load_graph (c->graph);
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *types = NULL;
  g_autofree gboolean *removed = NULL;
  g_autoptr (SpGroupMatrix) gmx = NULL;
  g_autoptr (SpGroupMetrics) gm = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *file = g_strconcat (c->name, ".groupmatrix", NULL);
  char **header;

  types = sp_network_parse_tie_types (net, c->ties, &error);
  g_assert_no_error (error);
  removed = removed_mask (net, c->removed);
  gmx = sp_group_matrix_compute (net, types, removed, NULL, &error);
  g_assert_no_error (error);
  rows = fixture_read_tsv (file);
  header = rows->pdata[0];
  g_assert_cmpuint (rows->len, ==, gmx->n + 1);
  g_assert_cmpuint (g_strv_length (header), ==, gmx->n + 1);
  for (guint a = 0; a < gmx->n; a++)
    {
      char **row = rows->pdata[a + 1];

      g_assert_cmpstr (header[a + 1], ==, g_ptr_array_index (gmx->names, a));
      g_assert_cmpstr (row[0], ==, g_ptr_array_index (gmx->names, a));
      for (guint b = 0; b < gmx->n; b++)
        {
          guint want = (guint) g_ascii_strtoull (row[b + 1], NULL, 10);

          if (gmx->ties[a * gmx->n + b] != want)
            g_error ("%s: %s × %s = %u, expected %u", c->name, row[0], header[b + 1],
                     gmx->ties[a * gmx->n + b], want);
        }
    }

  /* the groups of the group metrics, in their order; on undirected data
   * the diagonal is their internal ties, and the organisation's ties
   * within and across groups add up */
  gm = sp_group_metrics_compute (net, types, removed, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gm->groups->len, ==, gmx->n);
  for (guint a = 0; a < gmx->n; a++)
    {
      const SpGroupStats *st = &g_array_index (gm->groups, SpGroupStats, a);

      g_assert_cmpstr (st->name, ==, g_ptr_array_index (gmx->names, a));
      if (!gm->directed)
        g_assert_cmpuint (st->internal_ties, ==, gmx->ties[a * gmx->n + a]);
      else
        g_assert_cmpuint (st->internal_ties, >=, gmx->ties[a * gmx->n + a]);
    }
  if (!gm->directed)
    {
      guint within = 0, across = 0;

      for (guint a = 0; a < gmx->n; a++)
        for (guint b = a; b < gmx->n; b++)
          *(a == b ? &within : &across) += gmx->ties[a * gmx->n + b];
      g_assert_cmpuint (within, ==, gm->organisation.internal_ties);
      g_assert_cmpuint (across, ==, gm->organisation.external_ties);
    }
}

/* The profile correlation straight from its definition (means, sums of
 * squares) on a dense matrix, for the pair @i, @j: NAN when undefined. */
static double
naive_r (const guint8 *adj,
         guint         n,
         gboolean      directed,
         guint         i,
         guint         j)
{
  double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, len = 0;

  for (guint pass = 0; pass < (directed ? 2u : 1u); pass++)
    for (guint k = 0; k < n; k++)
      {
        double x, y;

        if (k == i || k == j)
          continue;
        x = pass == 0 ? adj[i * n + k] : adj[k * n + i];
        y = pass == 0 ? adj[j * n + k] : adj[k * n + j];
        sx += x;
        sy += y;
        len++;
      }
  if (len == 0)
    return NAN;
  sx /= len;
  sy /= len;
  for (guint pass = 0; pass < (directed ? 2u : 1u); pass++)
    for (guint k = 0; k < n; k++)
      {
        double x, y;

        if (k == i || k == j)
          continue;
        x = (pass == 0 ? adj[i * n + k] : adj[k * n + i]) - sx;
        y = (pass == 0 ? adj[j * n + k] : adj[k * n + j]) - sy;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
      }
  if (sxx == 0 || syy == 0)
    return NAN;
  return sxy / sqrt (sxx * syy);
}

/* A sparse organisation of 400 people, where most pairs share no contact
 * and many people have one: the top three filled from those who share
 * nothing must still be the true top three (against the definition). */
static void
test_sparse_fill (void)
{
  for (guint directed = 0; directed < 2; directed++)
    {
      const guint n = 400;
      g_autoptr (SpNetwork) net = sp_network_new ();
      g_autofree guint8 *adj = g_new0 (guint8, n * n);
      g_autoptr (SpSimilarities) s = NULL;
      g_autoptr (GError) error = NULL;
      GRand *rand = g_rand_new_with_seed (20261203 + directed);
      g_autofree double *r = g_new (double, n);

      net->directed = directed;
      for (guint v = 0; v < n; v++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", v);

          sp_network_add_node (net, id, SP_NODE_PERSON, &error);
          g_assert_no_error (error);
        }
      for (guint t = 0; t < 500; t++)
        {
          /* a few hubs, many people with a single tie, some isolates */
          guint u = g_rand_int_range (rand, 0, n - 20);
          guint v = t % 7 == 0 ? g_rand_int_range (rand, 0, 5) : g_rand_int_range (rand, 0, n - 20);

          if (u == v)
            continue;
          sp_network_add_tie (net, u, v, 0, 1.0);
          adj[u * n + v] = 1;
          if (!directed)
            adj[v * n + u] = 1;
        }
      g_rand_free (rand);

      s = sp_similarity_compute (net, NULL, NULL, 3, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < n; i++)
        {
          guint n_got, n_defined = 0;
          const SpSimilar *got = sp_similarities_get (s, i, &n_got);
          double want[3] = { -INFINITY, -INFINITY, -INFINITY };

          for (guint j = 0; j < n; j++)
            {
              r[j] = j == i ? NAN : naive_r (adj, n, directed, i, j);
              if (isnan (r[j]))
                continue;
              n_defined++;
              /* the three highest values, whoever holds them */
              for (guint q = 0; q < 3; q++)
                if (r[j] > want[q])
                  {
                    memmove (want + q + 1, want + q, sizeof (double) * (2 - q));
                    want[q] = r[j];
                    break;
                  }
            }
          g_assert_cmpuint (n_got, ==, MIN (n_defined, 3));
          for (guint q = 0; q < n_got; q++)
            {
              g_assert_cmpfloat_with_epsilon (got[q].similarity, want[q], 1e-12);
              g_assert_cmpfloat_with_epsilon (got[q].similarity, r[got[q].node], 1e-12);
              /* equal values in node order */
              if (q > 0 && fabs (got[q].similarity - got[q - 1].similarity) < 1e-12)
                g_assert_cmpuint (got[q].node, >, got[q - 1].node);
            }
        }
    }
}

/* Isolates, people tied to everyone, tiny networks, clients. */
static void
test_degenerate (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpSimilarities) s = NULL;
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (GError) error = NULL;
  SpSimilar out[4];
  guint n;

  /* nobody */
  s = sp_similarity_compute (net, NULL, NULL, 3, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&s, sp_similarities_free);

  /* a star of four and an isolate: the leaves' profiles over the others
   * are all ones (the hub) and zeros, the hub's constant over the leaves */
  for (guint v = 0; v < 6; v++)
    {
      g_autofree char *id = g_strdup_printf ("%u", v);

      sp_network_add_node (net, id, v == 5 ? SP_NODE_CLIENT : SP_NODE_PERSON, &error);
      g_assert_no_error (error);
    }
  for (guint v = 1; v < 4; v++)
    sp_network_add_tie (net, 0, v, 0, 1.0);
  sp_network_add_tie (net, 5, 1, 0, 1.0);   /* a client tie: not in the profiles */
  g = sp_graph_new (net, NULL, NULL);
  /* the hub with a leaf: over the other leaves and the isolate 4 the
   * leaf's profile is (0, 0, 0); with the isolate, the hub's is (1, 1, 1)
   * over the leaves: constant both times, so the hub has no one */
  g_assert_cmpuint (sp_similarity_top_k (g, 0, 3, out), ==, 0);
  g_assert_cmpuint (sp_similarity_top_k (g, 4, 3, out), ==, 0);   /* isolate */
  g_assert_cmpuint (sp_similarity_top_k (g, 5, 3, out), ==, 0);   /* client */
  g_assert_cmpuint (sp_similarity_top_k (g, 99, 3, out), ==, 0);  /* no such node */
  g_assert_cmpuint (sp_similarity_top_k (g, 1, 0, NULL), ==, 0);
  /* two leaves share the hub: over (0, the third leaf, 4) they are
   * (1, 0, 0) and (1, 0, 0): r = 1 */
  n = sp_similarity_top_k (g, 1, 4, out);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (out[0].node, ==, 2);
  g_assert_cmpfloat (out[0].similarity, ==, 1.0);
  g_assert_cmpuint (out[1].node, ==, 3);
  g_assert_cmpfloat (out[1].similarity, ==, 1.0);

  s = sp_similarity_compute (net, NULL, NULL, 3, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  sp_similarities_get (s, 4, &n);
  g_assert_cmpuint (n, ==, 0);
  sp_similarities_get (s, 5, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (sp_similarities_get (s, 99, &n));
  g_assert_cmpuint (n, ==, 0);
}

static void
count_progress (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_progress_and_cancel (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("lesmis");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SpSimilarities) s = NULL;
  double last = -1;

  s = sp_similarity_compute (net, NULL, NULL, 3, count_progress, &last, cancellable, &error);
  g_assert_no_error (error);
  g_assert_nonnull (s);
  g_assert_cmpfloat (last, ==, 1.0);
  g_clear_pointer (&s, sp_similarities_free);

  g_cancellable_cancel (cancellable);
  s = sp_similarity_compute (net, NULL, NULL, 3, NULL, NULL, cancellable, &error);
  g_assert_null (s);
  g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
}

/* The CSV files: headers, ranks, quoting; the group matrix by an
 * attribute (Zachary's karate club by club). */
static void
test_csv (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("karate");
  SpAttribute *club = sp_network_ensure_attribute (net, "club", SP_ATTR_CATEGORICAL);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-similar-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr (SpSimilarities) s = NULL;
  g_autoptr (SpGroupMatrix) by_dept = NULL;
  g_autoptr (SpGroupMatrix) by_club = NULL;
  g_autoptr (SpGroupMatrix) none = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    sp_network_set_string (net, club, i, sp_network_node (net, i)->department);
  s = sp_similarity_compute (net, NULL, NULL, 3, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sp_similarities_write_csv (net, s, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* numpy: the first rows of the fixture karate.similar */
  /* numpy: the first rows of the fixture karate.similar (the last
   * digits are rounding) */
  {
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    const struct { const char *ids; double r; } want[] = {
      { "0,1,", 0.47001599194042176 }, { "0,3,", 0.4581228472908512 },
      { "0,7,", 0.3424052851670734 }, { "1,7,", 0.5570860145311556 },
    };

    g_assert_cmpstr (lines[0], ==, "id,similar_id,similarity,rank");
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      {
        g_auto (GStrv) f = g_strsplit (lines[i + 1], ",", -1);
        g_autofree char *ids = g_strdup_printf ("%s,%s,", f[0], f[1]);

        g_assert_cmpuint (g_strv_length (f), ==, 4);
        g_assert_cmpstr (ids, ==, want[i].ids);
        g_assert_cmpfloat_with_epsilon (g_ascii_strtod (f[2], NULL), want[i].r, 1e-12);
        g_assert_cmpuint (atoi (f[3]), ==, i < 3 ? i + 1 : 1);
      }
  }
  g_clear_pointer (&text, g_free);

  by_dept = sp_group_matrix_compute (net, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  by_club = sp_group_matrix_compute (net, NULL, NULL, "club", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_club->n, ==, 2);
  g_assert_cmpmem (by_club->ties, 4 * sizeof (guint), by_dept->ties, 4 * sizeof (guint));
  g_assert_true (sp_group_matrix_write (by_club, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* networkx: 35 ties within Mr. Hi's club, 32 within the Officer's, 11 across */
  g_assert_cmpstr (text, ==, "group,Mr. Hi,Officer\nMr. Hi,35,11\nOfficer,11,32\n");

  none = sp_group_matrix_compute (net, NULL, NULL, "nope", &error);
  g_assert_null (none);
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  g_unlink (path);
  g_rmdir (dir);
}

/* A group named like a formula is quoted as every CSV cell is. */
static void
test_group_matrix_quoting (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpGroupMatrix) gmx = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-gmx-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "m.csv", NULL);
  g_autofree char *text = NULL;
  const char *depts[] = { "=A1", "B, North", NULL, "B, North" };

  for (guint v = 0; v < G_N_ELEMENTS (depts); v++)
    {
      g_autofree char *id = g_strdup_printf ("%u", v);
      gint node = sp_network_add_node (net, id, SP_NODE_PERSON, &error);

      g_assert_no_error (error);
      if (depts[v] != NULL)
        sp_network_node (net, node)->department = sp_network_intern (net, depts[v]);
    }
  net->directed = TRUE;
  /* 0 <-> 1 both ways and of two types: one tie; 1 -> 3 inside; 2 has no group */
  sp_network_add_tie (net, 0, 1, sp_network_tie_type (net, "advice"), 1.0);
  sp_network_add_tie (net, 1, 0, sp_network_tie_type (net, "advice"), 1.0);
  sp_network_add_tie (net, 0, 1, sp_network_tie_type (net, "trust"), 2.0);
  sp_network_add_tie (net, 1, 3, 0, 1.0);
  sp_network_add_tie (net, 2, 3, 0, 1.0);
  sp_network_add_tie (net, 3, 3, 0, 1.0);
  gmx = sp_group_matrix_compute (net, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (sp_group_matrix_write (gmx, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "group,\"'=A1\",\"B, North\"\n"
                             "\"'=A1\",0,1\n"
                             "\"B, North\",1,1\n");
  g_unlink (path);
  g_rmdir (dir);
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
      g_autofree char *similar = g_strconcat ("/similarity/fixture/", f[0], NULL);
      g_autofree char *matrix = g_strconcat ("/group-matrix/fixture/", f[0], NULL);

      c->name = g_strdup (f[0]);
      c->graph = g_strdup (f[1]);
      c->ties = strcmp (f[2], "-") == 0 ? NULL : g_strdup (f[2]);
      c->removed = strcmp (f[3], "-") == 0 ? NULL : g_strdup (f[3]);
      g_ptr_array_add (cases, c);
      g_test_add_data_func (similar, c, test_similar);
      g_test_add_data_func (matrix, c, test_group_matrix);
    }
  g_test_add_func ("/similarity/sparse-fill", test_sparse_fill);
  g_test_add_func ("/similarity/degenerate", test_degenerate);
  g_test_add_func ("/similarity/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/similarity/csv", test_csv);
  g_test_add_func ("/group-matrix/quoting", test_group_matrix_quoting);

  return g_test_run ();
}
