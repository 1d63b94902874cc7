/* test-client-reference.c — client measures against independently computed
 * values: networkx on the Noordhaven example and on Davis's Southern Women
 * (make-fixtures.py), and hand-computed small cases. */
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sp-client-metrics.h"
#include "sp-projection.h"
#include "sp-import.h"

/* Rows of a fixture CSV (no quoted fields in these files), header first. */
static GPtrArray *
read_rows (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "clients", "data", name, NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      {
        /* fields, with Python's csv quoting ("Hanze Ferries, Harlingen") */
        GPtrArray *fields = g_ptr_array_new ();
        GString *field = g_string_new (NULL);
        gboolean quoted = FALSE;

        for (const char *p = lines[i]; ; p++)
          {
            if (*p == '"' && quoted && p[1] == '"')
              g_string_append_c (field, *p++);
            else if (*p == '"')
              quoted = !quoted;
            else if ((*p == ',' && !quoted) || *p == '\0')
              {
                g_ptr_array_add (fields, g_strdup (field->str));
                g_string_truncate (field, 0);
                if (*p == '\0')
                  break;
              }
            else
              g_string_append_c (field, *p);
          }
        g_string_free (field, TRUE);
        g_ptr_array_add (fields, NULL);
        g_ptr_array_add (rows, g_ptr_array_free (fields, FALSE));
      }
  return rows;
}

static SpNetwork *
load_example (const char *relative)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", relative, NULL);
  g_autoptr (GError) error = NULL;
  SpNetwork *net = sp_import_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (net);
  return net;
}

static SpNetwork *
load_southern_women (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "clients", "data", "southern-women.graphml", NULL);
  g_autoptr (GError) error = NULL;
  SpNetwork *net = sp_import_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (net);
  /* the GraphML importer reads networkx's "bipartite" 1 as clients */
  g_assert_cmpuint (sp_network_n_clients (net), ==, 14);
  return net;
}

static void
test_noordhaven_clients (void)
{
  g_autoptr (SpNetwork) net = load_example ("data/examples/noordhaven");
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autoptr (GPtrArray) rows = read_rows ("noordhaven-clients.csv");

  g_assert_cmpuint (sp_client_metrics_n_clients (cm), ==, rows->len - 1);
  for (guint r = 1; r < rows->len; r++)
    {
      char **f = g_ptr_array_index (rows, r);
      gint node = sp_network_find_node (net, f[0]);
      const SpClientStats *s;

      g_assert_cmpint (node, >=, 0);
      s = sp_client_metrics_find (cm, node);
      g_assert_nonnull (s);
      g_test_message ("client %s", f[0]);
      g_assert_cmpuint (s->n_contacts, ==, g_ascii_strtoull (f[1], NULL, 10));
      g_assert_cmpuint (s->n_departments, ==, g_ascii_strtoull (f[2], NULL, 10));
      g_assert_cmpint (s->single_point_of_contact, ==, strcmp (f[3], "true") == 0);
      if (*f[4] == '\0')
        {
          g_assert_true (isnan (s->mean_internal_path));
          g_assert_cmpuint (s->n_reachable_pairs, ==, 0);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (s->mean_internal_path, g_ascii_strtod (f[4], NULL), 1e-12);
          g_assert_cmpuint (s->max_internal_path, ==, g_ascii_strtoull (f[5], NULL, 10));
        }
      g_assert_cmpuint (s->n_unreachable_pairs, ==, g_ascii_strtoull (f[6], NULL, 10));
      g_assert_cmpuint (s->n_reachable_pairs + s->n_unreachable_pairs, ==, g_ascii_strtoull (f[9], NULL, 10));
      if (*f[7] != '\0')
        {
          g_assert_cmpint (s->contacts_all_tied, ==, strcmp (f[7], "true") == 0);
          g_assert_cmpint (s->contacts_within_two, ==, strcmp (f[8], "true") == 0);
        }
    }

  /* the stories of the example */
  g_assert_true (sp_client_metrics_find (cm, sp_network_find_node (net, "C001"))->single_point_of_contact);
  for (guint c = 2; c <= 7; c++)
    {
      g_autofree char *id = g_strdup_printf ("C%03u", c);

      g_assert_cmpuint (sp_client_metrics_find (cm, sp_network_find_node (net, id))->n_departments, >=, 3);
    }
}

/* Hops from @a to @b over the ties in @pairs only; -1 when unreachable. */
static gint
distance_over (GArray *pairs,
               guint   n,
               guint   a,
               guint   b)
{
  g_autofree gint *dist = g_new (gint, n);
  g_autofree guint *queue = g_new (guint, n);
  guint head = 0, tail = 0;

  for (guint v = 0; v < n; v++)
    dist[v] = -1;
  dist[a] = 0;
  queue[tail++] = a;
  while (head < tail)
    {
      guint v = queue[head++];

      for (guint k = 0; k + 1 < pairs->len; k += 2)
        {
          guint x = g_array_index (pairs, guint, k), y = g_array_index (pairs, guint, k + 1);
          guint w = x == v ? y : y == v ? x : G_MAXUINT;

          if (w != G_MAXUINT && dist[w] < 0)
            {
              dist[w] = dist[v] + 1;
              queue[tail++] = w;
            }
        }
    }
  return dist[b];
}

/* The ties sp_client_metrics_contact_paths() returns hold a shortest
 * path for every pair of contacts: over them alone, the contacts are as
 * far apart as networkx measured in the whole network. */
static void
test_noordhaven_contact_paths (void)
{
  g_autoptr (SpNetwork) net = load_example ("data/examples/noordhaven");
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autoptr (GPtrArray) rows = read_rows ("noordhaven-clients.csv");
  guint n = sp_network_n_nodes (net);

  for (guint r = 1; r < rows->len; r++)
    {
      char **f = g_ptr_array_index (rows, r);
      const SpClientStats *s = sp_client_metrics_find (cm, sp_network_find_node (net, f[0]));
      g_autoptr (GArray) pairs = sp_client_metrics_contact_paths (cm, net, NULL, NULL, s->node);
      guint sum = 0, max = 0;

      if (s->n_contacts < 2)
        {
          g_assert_cmpuint (pairs->len, ==, 0);
          continue;
        }
      for (guint k = 0; k + 1 < pairs->len; k += 2)
        {
          guint a = g_array_index (pairs, guint, k), b = g_array_index (pairs, guint, k + 1);

          g_assert_cmpuint (a, <, b);
          g_assert_cmpint (sp_network_node (net, a)->kind, ==, SP_NODE_PERSON);
          g_assert_cmpint (sp_network_node (net, b)->kind, ==, SP_NODE_PERSON);
        }
      for (guint i = 0; i < s->n_contacts; i++)
        for (guint j = i + 1; j < s->n_contacts; j++)
          {
            gint d = distance_over (pairs, n, s->contacts[i], s->contacts[j]);

            g_assert_cmpint (d, >, 0);
            sum += d;
            max = MAX (max, (guint) d);
          }
      g_assert_cmpuint (max, ==, g_ascii_strtoull (f[5], NULL, 10));
      g_assert_cmpfloat_with_epsilon ((double) sum / (s->n_contacts * (s->n_contacts - 1) / 2),
                                      g_ascii_strtod (f[4], NULL), 1e-12);
    }
}

static void
test_noordhaven_overlap (void)
{
  g_autoptr (SpNetwork) net = load_example ("data/examples/noordhaven");
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autoptr (GPtrArray) overlap = read_rows ("noordhaven-overlap.csv");
  g_autoptr (GPtrArray) matrix = read_rows ("noordhaven-matrix.csv");
  char **header = g_ptr_array_index (overlap, 0);
  char **clients = g_ptr_array_index (matrix, 0);

  g_assert_cmpuint (sp_client_metrics_departments (cm)->len, ==, overlap->len - 1);
  for (guint r = 1; r < overlap->len; r++)
    {
      char **f = g_ptr_array_index (overlap, r);

      for (guint c = 1; header[c] != NULL; c++)
        g_assert_cmpfloat_with_epsilon (sp_client_metrics_department_overlap (cm, f[0], header[c]),
                                        g_ascii_strtod (f[c], NULL), 1e-12);
    }

  /* departments × clients: who serves whom */
  for (guint r = 1; r < matrix->len; r++)
    {
      char **f = g_ptr_array_index (matrix, r);

      /* the columns are the clients by name (clients.csv's), in order */
      for (guint c = 1; clients[c] != NULL; c++)
        {
          guint ordinal = c - 1;

          g_assert_cmpuint (ordinal, <, sp_client_metrics_n_clients (cm));
          g_assert_cmpstr (sp_network_node_label (net, sp_client_metrics_client (cm, ordinal)->node), ==,
                           clients[c]);
          g_assert_cmpuint (sp_client_metrics_department_contacts (cm, f[0], ordinal), ==,
                            g_ascii_strtoull (f[c], NULL, 10));
        }
    }
}

static void
test_matrix_csv (void)
{
  g_autoptr (SpNetwork) net = load_example ("data/examples/noordhaven");
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "clients", "data", "noordhaven-matrix.csv", NULL);
  g_autofree char *dir = g_dir_make_tmp ("sp-client-matrix-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "matrix.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (sp_client_matrix_write_csv (net, cm, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (text, ==, expected);
  g_unlink (out);
  g_rmdir (dir);
}

static void
test_southern_women_import (void)
{
  g_autoptr (SpNetwork) net = load_southern_women ();

  g_assert_cmpuint (sp_network_n_persons (net), ==, 18);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 14);
  g_assert_cmpint (sp_network_node (net, sp_network_find_node (net, "E8"))->kind, ==, SP_NODE_CLIENT);
  g_assert_cmpint (sp_network_node (net, sp_network_find_node (net, "Evelyn Jefferson"))->kind, ==,
                   SP_NODE_PERSON);
  /* a second call changes nothing: there are clients now */
  g_assert_cmpuint (sp_network_apply_bipartite (net), ==, 0);
}

static void
test_southern_women_projection (void)
{
  g_autoptr (SpNetwork) net = load_southern_women ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) proj = sp_network_project (net, &error);
  g_autoptr (GPtrArray) rows = read_rows ("southern-women-projection.csv");
  g_autoptr (GHashTable) weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (proj), ==, 18);
  g_assert_cmpuint (sp_network_n_clients (proj), ==, 0);
  g_assert_false (proj->directed);
  g_assert_cmpuint (sp_network_n_ties (proj), ==, rows->len - 1);
  for (guint t = 0; t < sp_network_n_ties (proj); t++)
    {
      const SpTie *tie = sp_network_tie (proj, t);
      const char *a = sp_network_node (proj, tie->source)->id;
      const char *b = sp_network_node (proj, tie->target)->id;

      g_assert_cmpstr (proj->tie_types->pdata[tie->type], ==, "shared");
      if (strcmp (a, b) > 0)
        {
          const char *swap = a;

          a = b;
          b = swap;
        }
      g_hash_table_insert (weights, g_strdup_printf ("%s|%s", a, b), GINT_TO_POINTER ((gint) tie->weight));
    }
  for (guint r = 1; r < rows->len; r++)
    {
      char **f = g_ptr_array_index (rows, r);
      g_autofree char *key = g_strdup_printf ("%s|%s", f[0], f[1]);

      g_assert_true (g_hash_table_contains (weights, key));
      g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (weights, key)), ==, atoi (f[2]));
    }
}

static void
test_southern_women_jaccard (void)
{
  g_autoptr (SpNetwork) net = load_southern_women ();
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autoptr (GPtrArray) rows = read_rows ("southern-women-jaccard.csv");

  g_assert_cmpuint (rows->len - 1, ==, 18 * 17 / 2);
  for (guint r = 1; r < rows->len; r++)
    {
      char **f = g_ptr_array_index (rows, r);
      gint a = sp_network_find_node (net, f[0]), b = sp_network_find_node (net, f[1]);

      g_assert_cmpfloat_with_epsilon (sp_client_metrics_person_overlap (cm, a, b),
                                      g_ascii_strtod (f[2], NULL), 1e-12);
    }
}

/* The same two-mode data as CSV files: people.csv, clients.csv (the
 * events), ties.csv. */
static void
test_southern_women_csv (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "clients", "data", "southern-women-csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  g_autoptr (SpClientMetrics) cm = NULL;
  g_autoptr (SpNetwork) proj = NULL;
  g_autoptr (GPtrArray) jaccard = read_rows ("southern-women-jaccard.csv");
  g_autoptr (GPtrArray) projection = read_rows ("southern-women-projection.csv");

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 18);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 14);
  cm = sp_client_metrics_compute (net, NULL, NULL);
  for (guint r = 1; r < jaccard->len; r++)
    {
      char **f = g_ptr_array_index (jaccard, r);

      g_assert_cmpfloat_with_epsilon (sp_client_metrics_person_overlap (cm, sp_network_find_node (net, f[0]),
                                                                        sp_network_find_node (net, f[1])),
                                      g_ascii_strtod (f[2], NULL), 1e-12);
    }
  proj = sp_network_project (net, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_ties (proj), ==, projection->len - 1);
  g_assert_cmpstr (sp_network_node (net, sp_network_find_node (net, "E14"))->name, ==, "Event 14");
}

static void
test_projection_without_clients (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) proj = NULL;

  sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  proj = sp_network_project (net, &error);
  g_assert_null (proj);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
}

static void
test_apply_bipartite (void)
{
  g_autoptr (SpNetwork) nx = sp_network_new ();
  g_autoptr (SpNetwork) ig = sp_network_new ();
  g_autoptr (SpNetwork) three = sp_network_new ();
  SpAttribute *a, *b, *c;

  /* networkx: bipartite 0 and 1 */
  a = sp_network_ensure_attribute (nx, "bipartite", SP_ATTR_NUMERIC);
  b = sp_network_ensure_attribute (ig, "type", SP_ATTR_CATEGORICAL);
  c = sp_network_ensure_attribute (three, "bipartite", SP_ATTR_NUMERIC);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("n%u", i);

      sp_network_add_node (nx, id, SP_NODE_PERSON, NULL);
      sp_network_add_node (ig, id, SP_NODE_PERSON, NULL);
      sp_network_add_node (three, id, SP_NODE_PERSON, NULL);
      sp_network_set_numeric (nx, a, i, i < 3 ? 0 : 1);
      sp_network_set_string (ig, b, i, i < 4 ? "false" : "TRUE");
      sp_network_set_numeric (three, c, i, i % 3);
    }
  g_assert_cmpuint (sp_network_apply_bipartite (nx), ==, 2);
  g_assert_cmpint (sp_network_node (nx, 3)->kind, ==, SP_NODE_CLIENT);
  g_assert_cmpint (sp_network_node (nx, 2)->kind, ==, SP_NODE_PERSON);
  /* igraph: type false and true */
  g_assert_cmpuint (sp_network_apply_bipartite (ig), ==, 1);
  g_assert_cmpint (sp_network_node (ig, 4)->kind, ==, SP_NODE_CLIENT);
  /* three values: not a two-mode marker */
  g_assert_cmpuint (sp_network_apply_bipartite (three), ==, 0);
}

/* Persons a–b–c–d on a path, e alone; clients tied to some of them. */
static SpNetwork *
make_path_network (gboolean directed)
{
  SpNetwork *net = sp_network_new ();
  const char *people[] = { "a", "b", "c", "d", "e" };
  guint t = sp_network_tie_type (net, "advice");

  net->directed = directed;
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    sp_network_add_node (net, people[i], SP_NODE_PERSON, NULL);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("K%u", i);

      sp_network_add_node (net, id, SP_NODE_CLIENT, NULL);
    }
#define TIE(s, d) sp_network_add_tie (net, sp_network_find_node (net, s), sp_network_find_node (net, d), t, 1)
  TIE ("a", "b");
  TIE ("c", "b");   /* directed: a and c only reach each other through b reading ties both ways */
  TIE ("c", "d");
  TIE ("a", "K0");
  TIE ("d", "K0");  /* a … d: 3 hops */
  TIE ("a", "K1");
  TIE ("b", "K1");
  TIE ("c", "K1");  /* 1, 2, 1 */
  TIE ("a", "K2");
  TIE ("e", "K2");  /* no path */
  TIE ("b", "K3");
  TIE ("c", "K3");  /* tied directly */
#undef TIE
  return net;
}

static void
check_path_network (gboolean directed)
{
  g_autoptr (SpNetwork) net = make_path_network (directed);
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  const SpClientStats *k0 = sp_client_metrics_client (cm, 0);
  const SpClientStats *k1 = sp_client_metrics_client (cm, 1);
  const SpClientStats *k2 = sp_client_metrics_client (cm, 2);
  const SpClientStats *k3 = sp_client_metrics_client (cm, 3);

  g_assert_cmpfloat (k0->mean_internal_path, ==, 3.0);
  g_assert_cmpuint (k0->max_internal_path, ==, 3);
  g_assert_false (k0->contacts_within_two);

  g_assert_cmpfloat_with_epsilon (k1->mean_internal_path, 4.0 / 3.0, 1e-15);
  g_assert_cmpuint (k1->max_internal_path, ==, 2);
  g_assert_cmpuint (k1->n_reachable_pairs, ==, 3);
  g_assert_false (k1->contacts_all_tied);
  g_assert_true (k1->contacts_within_two);

  g_assert_true (isnan (k2->mean_internal_path));
  g_assert_cmpuint (k2->n_unreachable_pairs, ==, 1);
  g_assert_false (k2->contacts_within_two);

  g_assert_true (k3->contacts_all_tied);
  g_assert_true (k3->contacts_within_two);

  /* the paths between K0's contacts a and d: a–b, b–c, c–d */
  {
    g_autoptr (GArray) pairs = sp_client_metrics_contact_paths (cm, net, NULL, NULL, k0->node);
    guint expected[] = { 0, 1, 1, 2, 2, 3 };

    g_assert_cmpuint (pairs->len, ==, G_N_ELEMENTS (expected));
    for (guint k = 0; k < pairs->len; k++)
      g_assert_cmpuint (g_array_index (pairs, guint, k), ==, expected[k]);
  }
}

static void
test_internal_paths (void)
{
  check_path_network (FALSE);
  check_path_network (TRUE);
}

/* what-if: without b, a and c have no internal path any more */
static void
test_internal_paths_removed (void)
{
  g_autoptr (SpNetwork) net = make_path_network (FALSE);
  g_autofree gboolean *removed = g_new0 (gboolean, sp_network_n_nodes (net));
  g_autoptr (SpClientMetrics) cm = NULL;

  removed[sp_network_find_node (net, "b")] = TRUE;
  cm = sp_client_metrics_compute (net, NULL, removed);
  g_assert_cmpuint (sp_client_metrics_client (cm, 1)->n_contacts, ==, 2);
  g_assert_cmpuint (sp_client_metrics_client (cm, 1)->n_unreachable_pairs, ==, 1);
  g_assert_true (sp_client_metrics_client (cm, 3)->single_point_of_contact);
  g_assert_false (sp_client_metrics_client (cm, 3)->contacts_within_two);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clients/reference/noordhaven-clients", test_noordhaven_clients);
  g_test_add_func ("/clients/reference/noordhaven-overlap", test_noordhaven_overlap);
  g_test_add_func ("/clients/reference/noordhaven-contact-paths", test_noordhaven_contact_paths);
  g_test_add_func ("/clients/reference/matrix-csv", test_matrix_csv);
  g_test_add_func ("/clients/reference/southern-women-import", test_southern_women_import);
  g_test_add_func ("/clients/reference/southern-women-projection", test_southern_women_projection);
  g_test_add_func ("/clients/reference/southern-women-jaccard", test_southern_women_jaccard);
  g_test_add_func ("/clients/reference/southern-women-csv", test_southern_women_csv);
  g_test_add_func ("/clients/projection/without-clients", test_projection_without_clients);
  g_test_add_func ("/clients/projection/apply-bipartite", test_apply_bipartite);
  g_test_add_func ("/clients/internal-paths/hand", test_internal_paths);
  g_test_add_func ("/clients/internal-paths/removed", test_internal_paths_removed);
  return g_test_run ();
}
