/* test-layout.c — Graphviz layouts: placed, finite, deterministic, cancellable */
#include <math.h>

#include "sp-layout.h"
#include "sp-import.h"
#include "../sp-test-limits.h"
#include "../sp-test-org.h"

/* Two departments: a ring of 12 people, a star of 6 around a hub, a tie
 * between them, a separate pair, an isolate and a client — several
 * components, parallel ties and a self-loop. */
static SpNetwork *
make_network (void)
{
  SpNetwork *net = sp_network_new ();
  const char *depts[] = { "Sales", "Finance" };
  guint type = sp_network_tie_type (net, "advice");
  gint client;

  for (guint i = 0; i < 21; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      g_assert_cmpint (n, ==, (gint) i);
      sp_network_node (net, n)->department = sp_network_intern (net, depts[i < 12 ? 0 : 1]);
    }
  client = sp_network_add_node (net, "c1", SP_NODE_CLIENT, NULL);
  for (guint i = 0; i < 12; i++)
    sp_network_add_tie (net, i, (i + 1) % 12, type, 1);
  for (guint i = 13; i < 18; i++)
    sp_network_add_tie (net, 12, i, type, 1);
  sp_network_add_tie (net, 0, 12, type, 2);
  sp_network_add_tie (net, 12, 0, 0, 1);   /* parallel, reversed */
  sp_network_add_tie (net, 3, 3, 0, 1);    /* self-loop */
  sp_network_add_tie (net, 18, 19, 0, 1);  /* a separate pair; 20 is isolated */
  sp_network_add_tie (net, 5, client, 0, 1);
  return net;
}

static void
assert_placed (SpNetwork *net)
{
  guint n = sp_network_n_nodes (net);
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;

  g_assert_true (net->has_layout);
  g_assert_nonnull (net->x);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (isfinite (net->x[i]));
      g_assert_true (isfinite (net->y[i]));
      x0 = MIN (x0, net->x[i]);
      y0 = MIN (y0, net->y[i]);
      x1 = MAX (x1, net->x[i]);
      y1 = MAX (y1, net->y[i]);
    }
  /* positions are inside Graphviz's bounding box, moved to the origin */
  g_assert_cmpfloat (x0, >=, -1e-6);
  g_assert_cmpfloat (y0, >=, -1e-6);
  g_assert_cmpfloat (x1, >, 0);
  g_assert_cmpfloat (y1, >, 0);
  /* a reasonable shape: components packed, not strung out in a line */
  g_assert_cmpfloat ((x1 - x0) / (y1 - y0), <, 8);
  g_assert_cmpfloat ((y1 - y0) / (x1 - x0), <, 8);

  /* no two nodes at the same place */
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      g_assert_cmpfloat (hypot (net->x[i] - net->x[j], net->y[i] - net->y[j]), >, 1.0);
}

static void
test_placed (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GError) error = NULL;

  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_placed (net);
}

static void
test_deterministic (void)
{
  SpLayoutEngine engines[] = { SP_LAYOUT_SFDP, SP_LAYOUT_NEATO };

  for (guint e = 0; e < G_N_ELEMENTS (engines); e++)
    {
      g_autoptr (SpNetwork) a = make_network ();
      g_autoptr (SpNetwork) b = make_network ();

      g_assert_true (sp_layout_run (a, engines[e], NULL, NULL, NULL, NULL));
      g_assert_true (sp_layout_run (b, engines[e], NULL, NULL, NULL, NULL));
      for (guint i = 0; i < sp_network_n_nodes (a); i++)
        {
          g_assert_cmpfloat_with_epsilon (a->x[i], b->x[i], 1e-6);
          g_assert_cmpfloat_with_epsilon (a->y[i], b->y[i], 1e-6);
        }
      /* and the same again on the same network (neato differs by 1e-13) */
      {
        g_autofree double *x = g_memdup2 (a->x, sp_network_n_nodes (a) * sizeof (double));

        g_assert_true (sp_layout_run (a, engines[e], NULL, NULL, NULL, NULL));
        for (guint i = 0; i < sp_network_n_nodes (a); i++)
          g_assert_cmpfloat_with_epsilon (a->x[i], x[i], 1e-6);
      }
    }
}

static void
test_engines (void)
{
  for (guint e = SP_LAYOUT_SFDP; e <= SP_LAYOUT_AUTO; e++)
    {
      g_autoptr (SpNetwork) net = make_network ();
      g_autoptr (GError) error = NULL;

      g_test_message ("engine %s", sp_layout_engine_to_string (e));
      g_assert_true (sp_layout_run (net, e, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      assert_placed (net);
    }
}

static void
test_engine_names (void)
{
  SpLayoutEngine engine;

  for (guint e = SP_LAYOUT_SFDP; e <= SP_LAYOUT_AUTO; e++)
    {
      g_assert_true (sp_layout_engine_from_string (sp_layout_engine_to_string (e), &engine));
      g_assert_cmpint (engine, ==, e);
    }
  g_assert_true (sp_layout_engine_from_string ("SFDP", &engine));
  g_assert_cmpint (engine, ==, SP_LAYOUT_SFDP);
  g_assert_false (sp_layout_engine_from_string ("spring", &engine));
  g_assert_false (sp_layout_engine_from_string (NULL, &engine));
  g_assert_cmpint (sp_layout_engine_for_size (50), ==, SP_LAYOUT_NEATO);
  g_assert_cmpint (sp_layout_engine_for_size (5000), ==, SP_LAYOUT_SFDP);
}

static void
test_cancelled (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, cancellable, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
  g_assert_false (net->has_layout);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
test_progress (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));

  g_assert_true (sp_layout_run (net, SP_LAYOUT_NEATO, record_progress, seen, NULL, NULL));
  g_assert_cmpuint (seen->len, >=, 2);
  g_assert_cmpfloat (g_array_index (seen, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));
}

static void
test_tiny (void)
{
  g_autoptr (SpNetwork) empty = sp_network_new ();
  g_autoptr (SpNetwork) one = sp_network_new ();

  g_assert_true (sp_layout_run (empty, SP_LAYOUT_SFDP, NULL, NULL, NULL, NULL));
  g_assert_true (empty->has_layout);

  sp_network_add_node (one, "solo", SP_NODE_PERSON, NULL);
  g_assert_true (sp_layout_run (one, SP_LAYOUT_NEATO, NULL, NULL, NULL, NULL));
  g_assert_true (one->has_layout);
  g_assert_true (isfinite (one->x[0]) && isfinite (one->y[0]));
}

/* Layouts from two threads at once: the lock serialises them. */
static gpointer
layout_thread (gpointer data)
{
  SpNetwork *net = data;

  return GINT_TO_POINTER (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, NULL));
}

static void
test_threads (void)
{
  g_autoptr (SpNetwork) a = make_network ();
  g_autoptr (SpNetwork) b = make_network ();
  GThread *ta = g_thread_new ("layout-a", layout_thread, a);
  GThread *tb = g_thread_new ("layout-b", layout_thread, b);

  g_assert_true (GPOINTER_TO_INT (g_thread_join (ta)));
  g_assert_true (GPOINTER_TO_INT (g_thread_join (tb)));
  for (guint i = 0; i < sp_network_n_nodes (a); i++)
    g_assert_cmpfloat_with_epsilon (a->x[i], b->x[i], 1e-6);
}


/* make_network () and then @n_isolates people without ties, @n_pairs
 * separate pairs and @n_triples separate triangles (issue 12, item 6). */
static SpNetwork *
make_network_with_small_parts (guint n_isolates,
                               guint n_pairs,
                               guint n_triples)
{
  SpNetwork *net = make_network ();
  guint type = sp_network_tie_type (net, "advice");
  guint next = sp_network_n_nodes (net);

  for (guint i = 0; i < n_isolates + 2 * n_pairs + 3 * n_triples; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  next += n_isolates;
  for (guint i = 0; i < n_pairs; i++, next += 2)
    sp_network_add_tie (net, next, next + 1, type, 1);
  for (guint i = 0; i < n_triples; i++, next += 3)
    {
      sp_network_add_tie (net, next, next + 1, type, 1);
      sp_network_add_tie (net, next + 1, next + 2, type, 1);
      sp_network_add_tie (net, next + 2, next, type, 1);
    }
  return net;
}

/* The connected part of make_network (): the ring, the star and the client. */
static gboolean
in_connected_part (guint i)
{
  return i <= 17 || i == 21;
}

/* No two of the nodes closer than 1 point: a sweep along x. */
static gint
compare_by_x (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const double *x = user_data;
  double xa = x[*(const guint *) a], xb = x[*(const guint *) b];

  return (xa > xb) - (xa < xb);
}

static void
assert_apart (SpNetwork *net)
{
  guint n = sp_network_n_nodes (net);
  g_autofree guint *order = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), compare_by_x, net->x);
  for (guint k = 0; k < n; k++)
    for (guint m = k + 1; m < n && net->x[order[m]] - net->x[order[k]] < 1.0; m++)
      g_assert_cmpfloat (hypot (net->x[order[k]] - net->x[order[m]],
                                net->y[order[k]] - net->y[order[m]]), >, 1.0);
}

/* Isolates, pairs and triples are placed on a grid beside the connected
 * part, with every engine, and leave its layout as it is without them. */
static void
test_small_parts_grid (void)
{
  for (guint e = SP_LAYOUT_SFDP; e <= SP_LAYOUT_AUTO; e++)
    {
      g_autoptr (SpNetwork) net = make_network_with_small_parts (150, 20, 10);
      g_autoptr (SpNetwork) plain = make_network ();
      g_autoptr (GError) error = NULL;
      guint n = sp_network_n_nodes (net);
      double x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
      guint right = 0;

      g_test_message ("engine %s", sp_layout_engine_to_string (e));
      g_assert_true (sp_layout_run (net, e, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (sp_layout_run (plain, e, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      assert_placed (net);

      for (guint i = 0; i < n; i++)
        if (in_connected_part (i))
          {
            x1 = MAX (x1, net->x[i]);
            y0 = MIN (y0, net->y[i]);
            y1 = MAX (y1, net->y[i]);
            /* the small parts change nothing in the connected part
             * (Graphviz 2.43's neato, fdp and circo vary a little from one
             * layout to the next in one process: checked where stable) */
            if (e == SP_LAYOUT_SFDP || e == SP_LAYOUT_DOT)
              {
                g_assert_cmpfloat_with_epsilon (net->x[i], plain->x[i], 1e-6);
                g_assert_cmpfloat_with_epsilon (net->y[i], plain->y[i], 1e-6);
              }
          }
      /* every small part beside it, on the right, none over it */
      for (guint i = 0; i < n; i++)
        if (!in_connected_part (i))
          {
            g_assert_cmpfloat (net->x[i], >, x1);
            right++;
          }
      g_assert_cmpuint (right, ==, n - 19);
      /* on a grid: a few columns of equal spacing, not a line */
      {
        g_autoptr (GHashTable) columns = g_hash_table_new (g_double_hash, g_double_equal);
        g_autofree double *keys = g_new (double, n);

        for (guint i = 22; i < 22 + 150; i++)   /* the isolates */
          {
            keys[i] = net->x[i];
            g_hash_table_add (columns, &keys[i]);
          }
        g_assert_cmpuint (g_hash_table_size (columns), >=, 3);
        g_assert_cmpuint (g_hash_table_size (columns), <, 150 / 3);
      }
    }
}

/* 20,000 people without ties and a small connected part: placed in well
 * under a second (before: Graphviz packed 20,000 components, over 150 s). */
static void
test_many_isolates (void)
{
  g_autoptr (SpNetwork) net = make_network_with_small_parts (20000, 0, 0);
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();

  if (sp_test_skip_large ())
    return;

  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  /* generous: a loaded machine; the old code took minutes */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, sp_test_hang_limit (20.0));
  g_assert_true (net->has_layout);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_true (isfinite (net->x[i]) && isfinite (net->y[i]));
  assert_apart (net);

  /* only isolates: no Graphviz at all, a grid */
  {
    g_autoptr (SpNetwork) only = sp_network_new ();

    for (guint i = 0; i < 20000; i++)
      {
        g_autofree char *id = g_strdup_printf ("p%u", i);

        sp_network_add_node (only, id, SP_NODE_PERSON, NULL);
      }
    g_timer_start (timer);
    g_assert_true (sp_layout_run (only, SP_LAYOUT_NEATO, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, sp_test_hang_limit (20.0));
    assert_apart (only);
  }
}


/* A complete graph of 480 people (114,960 ties, above the layout's tie
 * budget): laid out from a deterministic sample, every node placed. */
static SpNetwork *
make_complete (guint n)
{
  SpNetwork *net = sp_network_new ();
  guint type = sp_network_tie_type (net, "advice");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      sp_network_add_tie (net, i, j, type, 1 + (i + 2 * j) % 5);
  return net;
}

static void
test_dense_sample (void)
{
  g_autoptr (SpNetwork) a = make_complete (480);
  g_autoptr (SpNetwork) b = make_complete (480);
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();

  if (sp_test_skip_large ())
    return;

  g_assert_true (sp_layout_run (a, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, sp_test_hang_limit (60.0));
  g_assert_true (sp_layout_run (b, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_placed (a);
  for (guint i = 0; i < sp_network_n_nodes (a); i++)
    {
      g_assert_cmpfloat_with_epsilon (a->x[i], b->x[i], 1e-6);
      g_assert_cmpfloat_with_epsilon (a->y[i], b->y[i], 1e-6);
    }
}


/* 3,000 separate paths of four people: Graphviz packs them in rows, not
 * as polyominoes (quadratic: 2,000 such paths took 25 s). */
static void
test_many_components (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = NULL;
  guint type = sp_network_tie_type (net, "advice");

  if (sp_test_skip_large ())
    return;

  for (guint i = 0; i < 12000; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      if (i % 4 != 0)
        sp_network_add_tie (net, i - 1, i, type, 1);
    }
  timer = g_timer_new ();
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("%.1f s", g_timer_elapsed (timer, NULL));
  /* generous for a loaded machine */
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, sp_test_hang_limit (20.0));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_true (isfinite (net->x[i]) && isfinite (net->y[i]));
  assert_apart (net);
}

/* How tight the groups are: per group the mean distance between two of
 * its people over the mean distance between any two people, averaged over
 * the groups with equal weight (lower: tighter). */
static double
group_tightness (SpNetwork   *net,
                 SpAttribute *attr)
{
  g_autoptr (GHashTable) within = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  double all = 0, sum = 0;
  guint n_all = 0, n = sp_network_n_nodes (net);
  GHashTableIter it;
  gpointer value;

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        double d = hypot (net->x[a] - net->x[b], net->y[a] - net->y[b]);

        all += d, n_all++;
        if (attr->str[a] != NULL && attr->str[a] == attr->str[b])
          {
            double *w = g_hash_table_lookup (within, attr->str[a]);

            if (w == NULL)
              g_hash_table_insert (within, (gpointer) attr->str[a], w = g_new0 (double, 2));
            w[0] += d, w[1] += 1;
          }
      }
  g_hash_table_iter_init (&it, within);
  while (g_hash_table_iter_next (&it, NULL, &value))
    sum += ((double *) value)[0] / ((double *) value)[1] / (all / n_all);
  return sum / g_hash_table_size (within);
}

/* Keeping groups together draws each office of Lazega's law firm
 * tighter than the plain layout does, and runs the same twice. */
static void
test_grouped (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "pajek", "Lazega-Law-Firm.paj", NULL);
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  SpAttribute *office;
  double plain, grouped;
  g_autofree double *x = NULL;

  g_assert_no_error (error);
  office = sp_network_find_attribute (net, "office");
  g_assert_nonnull (office);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  plain = group_tightness (net, office);
  g_assert_true (sp_layout_run_grouped (net, SP_LAYOUT_SFDP, "office", NULL, NULL, NULL, &error));
  grouped = group_tightness (net, office);
  g_test_message ("within-office distance over all distances: plain %.3f, grouped %.3f", plain, grouped);
  g_assert_cmpfloat (grouped, <, plain * 0.9);
  x = g_memdup2 (net->x, sizeof (double) * sp_network_n_nodes (net));
  g_assert_true (sp_layout_run_grouped (net, SP_LAYOUT_SFDP, "office", NULL, NULL, NULL, &error));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_cmpfloat (net->x[i], ==, x[i]);
  /* a grouping the data lacks lays out as the plain layout does */
  g_assert_true (sp_layout_run_grouped (net, SP_LAYOUT_SFDP, "no such attribute", NULL, NULL, NULL, &error));
  g_assert_cmpfloat (fabs (group_tightness (net, office) - plain), <, 1e-9);
}

/* Above 25,000 people the organisation is laid out in two levels: each
 * department a disc of its own (nearly everyone is nearer their own
 * department's centre than any other's), the same twice, and in seconds
 * where sfdp takes minutes. */
static void
test_two_level (void)
{
  g_autoptr (SpNetwork) net = sp_test_organisation (30000, 3);
  g_autoptr (GError) error = NULL;
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree double *x = NULL;
  g_autofree double *cx = NULL;
  g_autofree double *cy = NULL;
  g_autofree double *count = NULL;
  g_autofree guint *dept = NULL;
  guint n = sp_network_n_nodes (net), n_dept = 0, nearest_own = 0;
  gint64 t0 = g_get_monotonic_time ();

  g_assert_true (sp_layout_run (net, SP_LAYOUT_AUTO, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("30,000 people laid out in %.2f s", (g_get_monotonic_time () - t0) / 1e6);
  g_assert_true (net->has_layout);

  dept = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      const char *d = sp_network_node (net, i)->department;
      gpointer k;

      g_assert_true (isfinite (net->x[i]) && isfinite (net->y[i]));
      if (!g_hash_table_lookup_extended (index, d, NULL, &k))
        {
          k = GUINT_TO_POINTER (n_dept++);
          g_hash_table_insert (index, (gpointer) d, k);
        }
      dept[i] = GPOINTER_TO_UINT (k);
    }
  cx = g_new0 (double, n_dept);
  cy = g_new0 (double, n_dept);
  count = g_new0 (double, n_dept);
  for (guint i = 0; i < n; i++)
    {
      cx[dept[i]] += net->x[i];
      cy[dept[i]] += net->y[i];
      count[dept[i]]++;
    }
  for (guint d = 0; d < n_dept; d++)
    {
      cx[d] /= count[d];
      cy[d] /= count[d];
    }
  for (guint i = 0; i < n; i++)
    {
      double own = hypot (net->x[i] - cx[dept[i]], net->y[i] - cy[dept[i]]);
      gboolean nearest = TRUE;

      for (guint d = 0; d < n_dept && nearest; d++)
        nearest = d == dept[i] || hypot (net->x[i] - cx[d], net->y[i] - cy[d]) >= own;
      nearest_own += nearest;
    }
  g_test_message ("%u departments; %.1f%% of the people nearest their own department's centre",
                  n_dept, 100.0 * nearest_own / n);
  g_assert_cmpuint (n_dept, ==, 300);
  g_assert_cmpfloat ((double) nearest_own / n, >=, 0.9);

  x = g_memdup2 (net->x, sizeof (double) * n);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_AUTO, NULL, NULL, NULL, &error));
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat (net->x[i], ==, x[i]);

  g_cancellable_cancel (cancellable);
  g_assert_false (sp_layout_run (net, SP_LAYOUT_AUTO, NULL, NULL, cancellable, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/placed", test_placed);
  g_test_add_func ("/layout/deterministic", test_deterministic);
  g_test_add_func ("/layout/engines", test_engines);
  g_test_add_func ("/layout/engine-names", test_engine_names);
  g_test_add_func ("/layout/cancelled", test_cancelled);
  g_test_add_func ("/layout/progress", test_progress);
  g_test_add_func ("/layout/tiny", test_tiny);
  g_test_add_func ("/layout/threads", test_threads);
  g_test_add_func ("/layout/small-parts-grid", test_small_parts_grid);
  g_test_add_func ("/layout/many-isolates", test_many_isolates);
  g_test_add_func ("/layout/dense-sample", test_dense_sample);
  g_test_add_func ("/layout/many-components", test_many_components);
  g_test_add_func ("/layout/grouped", test_grouped);
  g_test_add_func ("/layout/two-level", test_two_level);

  return g_test_run ();
}
