/* test-reference.c — the published values of REFERENCE-VALUES.md, checked
 * directly (to the precision they are printed with) */
#include <math.h>

#include "sp-group-metrics.h"
#include "sp-metrics.h"
#include "fixture.h"

static SpMetrics *
compute (SpNetwork *net)
{
  g_autoptr (GError) error = NULL;
  SpMetrics *m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return m;
}

static double
value (SpNetwork  *net,
       SpMetrics  *m,
       const char *column,
       const char *id)
{
  gint node = sp_network_find_node (net, id);

  g_assert_cmpint (node, >=, 0);
  return sp_metrics_get (m, column)[node];
}

#define CHECK(net, m, column, id, want, eps) \
  g_assert_cmpfloat_with_epsilon (value (net, m, column, id), want, eps)

static void
test_borgatti (void)
{
  static const struct {
    const char *id;
    double constraint, constraint_w, esize, esize_w;
  } rows[] = {
    { "A", 0.5954861, 0.7949552, 2.5, 2.475 },
    { "B", 0.6427469, 0.8127484, 1.6666667, 1.6714286 },
    { "C", 1, 1, 1, 1 },
    { "D", 0.7847222, 0.9134131, 1, 1.15 },
    { "E", 0.7309028, 0.8834546, 1, 1.1 },
    { "F", 0.7309028, 0.8332328, 1, 1.25 },
    { "G", 0.4002701, 0.2988524, 4.6666667, 5.4717172 },
  };
  g_autoptr (SpNetwork) w = fixture_load_graph ("borgatti");
  g_autoptr (SpNetwork) u = fixture_load_graph ("borgatti-unweighted");
  g_autoptr (SpMetrics) mw = compute (w);
  g_autoptr (SpMetrics) mu = compute (u);

  /* printed to 7 decimals, but G's weighted constraint is 0.29885161 in
   * networkx and igraph alike (0.2988524 in the table): 1e-6 */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CHECK (u, mu, "constraint", rows[i].id, rows[i].constraint, 5e-7);
      CHECK (w, mw, "constraint", rows[i].id, rows[i].constraint_w, 1e-6);
      CHECK (u, mu, "effective_size", rows[i].id, rows[i].esize, 5e-7);
      CHECK (w, mw, "effective_size", rows[i].id, rows[i].esize_w, 5e-7);
    }
}

static void
test_directed_d (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("directed-d");
  g_autoptr (SpMetrics) mw = compute (net);
  g_autoptr (SpMetrics) mu = NULL;
  const double cw[] = { 0.8402778, 1.1427778, 1.3780556 };
  const double cu[] = { 325.0 / 324, 325.0 / 324, 25.0 / 18 };
  const double ew[] = { 1.5666667, 1.0833333, 1 };
  const double eu[] = { 7.0 / 6, 7.0 / 6, 1 };
  const char *ids[] = { "0", "1", "2" };

  for (guint i = 0; i < sp_network_n_ties (net); i++)
    sp_network_tie (net, i)->weight = 1.0;
  mu = compute (net);
  for (guint i = 0; i < 3; i++)
    {
      CHECK (net, mw, "constraint", ids[i], cw[i], 5e-7);
      CHECK (net, mu, "constraint", ids[i], cu[i], 1e-12);
      CHECK (net, mw, "effective_size", ids[i], ew[i], 5e-7);
      CHECK (net, mu, "effective_size", ids[i], eu[i], 1e-12);
    }
  g_assert_true (isnan (value (net, mw, "constraint", "3")));
  g_assert_true (isnan (value (net, mw, "effective_size", "3")));
}

static void
check_constraints (const char   *graph,
                   const double *want,
                   guint         n)
{
  g_autoptr (SpNetwork) net = fixture_load_graph (graph);
  g_autoptr (SpMetrics) m = compute (net);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);

      if (!isnan (want[i]))
        CHECK (net, m, "constraint", id, want[i], 5e-7);
    }
}

static void
test_igraph_constraint (void)
{
  const double path[] = { 1, 0.5, 0.5, 1 };
  const double k4[] = { 25.0 / 27, 25.0 / 27, 25.0 / 27, 25.0 / 27 };
  const double k3[] = { 1.125, 1.125, 1.125 };
  const double star[] = { 1.0 / 5, 1, 1, 1, 1, 1 };
  const double hole[] = { 0.865741, 0.865741, 0.865741, 0.583333, 0.5, 0.583333,
                          0.865741, 0.865741, 0.865741 };
  const double incoming[] = { NAN, NAN, NAN, 1.388889 };

  check_constraints ("path4", path, 4);
  check_constraints ("k4", k4, 4);
  check_constraints ("k4-loop", k4, 4);
  check_constraints ("k4-multi", k4, 4);
  check_constraints ("k3", k3, 3);
  check_constraints ("star5", star, 6);
  check_constraints ("hole", hole, 9);
  check_constraints ("incoming", incoming, 4);
}

static void
test_kite (void)
{
  const double btw[] = { 0.833, 0.833, 0, 3.667, 0, 8.333, 8.333, 14, 8, 0 };
  const double clo[] = { .529, .529, .500, .600, .500, .643, .643, .600, .429, .310 };
  g_autoptr (SpNetwork) net = fixture_load_graph ("kite");
  g_autoptr (SpMetrics) m = compute (net);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);

      CHECK (net, m, "betweenness", id, btw[i], 5e-4);
      CHECK (net, m, "closeness", id, clo[i], 5e-4);
    }
}

static void
test_florentine (void)
{
  static const struct {
    const char *id;
    double btw, clo;
  } rows[] = {
    { "Medici", .522, .560 }, { "Guadagni", .255, .467 }, { "Albizzi", .212, .483 },
    { "Salviati", .143, .389 }, { "Ridolfi", .114, .500 }, { "Bischeri", .104, .400 },
    { "Strozzi", .103, .4375 }, { "Barbadori", .093, .4375 }, { "Tornabuoni", .092, .483 },
    { "Castellani", .055, .389 }, { "Peruzzi", .022, .368 }, { "Acciaiuoli", 0, .368 },
    { "Ginori", 0, .333 }, { "Lamberteschi", 0, .326 }, { "Pazzi", 0, .286 },
  };
  g_autoptr (SpNetwork) net = fixture_load_graph ("florentine");
  g_autoptr (SpMetrics) m = compute (net);
  /* networkx's normalisation of undirected betweenness: 2 / ((n - 1)(n - 2)) */
  const double scale = 2.0 / (14 * 13);

  g_assert_cmpuint (sp_network_n_persons (net), ==, 15);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_assert_cmpfloat_with_epsilon (value (net, m, "betweenness", rows[i].id) * scale,
                                      rows[i].btw, 5e-4);
      CHECK (net, m, "closeness", rows[i].id, rows[i].clo, 5e-4);
      /* no departments: department-based measures are undefined */
      g_assert_true (isnan (value (net, m, "broker_liaison", rows[i].id)));
      g_assert_true (isnan (value (net, m, "ei_index", rows[i].id)));
    }
}

static void
test_karate (void)
{
  static const struct {
    const char *id;
    double degree, btw, clo, eig, clu, con, esize, hier;
  } rows[] = {
    { "0", 16, 231.071429, .568966, .355491, .15, .155423, 13.75, .087545 },
    { "33", 17, 160.551587, .55, .373363, .110294, .156419, 15.235294, .241609 },
    { "11", 1, 0, .366667, .052856, 0, 1, 1, NAN },
  };
  g_autoptr (SpNetwork) net = fixture_load_graph ("karate");
  g_autoptr (SpMetrics) m = compute (net);
  g_autoptr (SpGroupMetrics) gm = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const char *id = rows[i].id;

      CHECK (net, m, "degree", id, rows[i].degree, 1e-12);
      CHECK (net, m, "betweenness", id, rows[i].btw, 5e-7);
      CHECK (net, m, "closeness", id, rows[i].clo, 5e-7);
      CHECK (net, m, "eigenvector", id, rows[i].eig, 5e-7);
      CHECK (net, m, "clustering", id, rows[i].clu, 5e-7);
      CHECK (net, m, "constraint", id, rows[i].con, 5e-7);
      CHECK (net, m, "effective_size", id, rows[i].esize, 5e-7);
      if (isnan (rows[i].hier))
        g_assert_true (isnan (value (net, m, "hierarchy", id)));
      else
        CHECK (net, m, "hierarchy", id, rows[i].hier, 5e-7);
    }

  /* Louvain about 0.419; the club split 0.358; E-I by club −0.717949 */
  g_assert_cmpfloat_with_epsilon (sp_metrics_modularity (m), 0.419, 0.005);
  gm = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  g_assert_cmpfloat_with_epsilon (gm->organisation.modularity, 0.358, 5e-4);
  g_assert_cmpuint (gm->organisation.external_ties, ==, 11);
  g_assert_cmpuint (gm->organisation.internal_ties, ==, 67);
  g_assert_cmpfloat_with_epsilon (gm->organisation.ei_index, -0.717949, 5e-7);
}

static void
test_brokerage (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("brokerage");
  g_autoptr (SpMetrics) m = compute (net);
  const char *roles[] = { "broker_coordinator", "broker_itinerant", "broker_representative",
                          "broker_gatekeeper", "broker_liaison" };

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      CHECK (net, m, roles[r], "b", 1, 1e-12);
      CHECK (net, m, roles[r], "x1", 0, 1e-12);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reference/borgatti", test_borgatti);
  g_test_add_func ("/reference/directed-d", test_directed_d);
  g_test_add_func ("/reference/igraph-constraint", test_igraph_constraint);
  g_test_add_func ("/reference/kite", test_kite);
  g_test_add_func ("/reference/florentine", test_florentine);
  g_test_add_func ("/reference/karate", test_karate);
  g_test_add_func ("/reference/brokerage", test_brokerage);

  return g_test_run ();
}
