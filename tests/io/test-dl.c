/* test-dl.c — UCINET DL files as igraph ships them (data/dl/README.md),
 * counts and degrees against igraph reading the same files. */
#include "io-test-util.h"


/* igraph: edgelist1 and nodelist1 5 nodes, 5 arcs, names george, sally,
 * jim, billy, jane, degrees 3 2 4 1 0 */
static void
test_lists (void)
{
  static const char *const files[] = { "dl/edgelist1.dl", "dl/nodelist1.dl" };
  static const char *const names[] = { "george", "sally", "jim", "billy", "jane" };
  static const guint degrees[] = { 3, 2, 4, 1, 0 };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr (SpNetwork) net = load_ok (files[f], NULL);

      g_assert_cmpuint (sp_network_n_nodes (net), ==, 5);
      g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
      g_assert_true (net->directed);
      for (guint i = 0; i < 5; i++)
        {
          guint k = find (net, names[i]);

          g_assert_cmpstr (sp_network_node (net, k)->name, ==, names[i]);
          g_assert_cmpuint (tie_degree (net, k), ==, degrees[i]);
        }
    }
}

/* igraph: fullmatrix1 5 nodes, 12 arcs (the matrix is symmetric: 6
 * pairs), total degrees 8 4 6 2 4; undirected here, half of each */
static void
test_full_matrix (void)
{
  g_autoptr (SpNetwork) net = load_ok ("dl/fullmatrix1.dl", NULL);
  static const guint degrees[] = { 4, 2, 3, 1, 2 };

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 5);
  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (tie_degree (net, i), ==, degrees[i]);
}

static SpNetwork *
load_snippet (const char *text,
              GError    **error)
{
  return sp_import_data (text, strlen (text), SP_FORMAT_AUTO, "snippet.dl", error);
}

/* embedded labels, two matrices as tie types, a two-mode matrix */
static void
test_snippets (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  net = load_snippet ("DL N=3 NM=2\nFORMAT = FULLMATRIX\nMATRIX LABELS:\nadvice, trust\n"
                      "LABELS:\nAnn, Bob, \"Cor de Wit\"\nDATA:\n0 1 0\n0 0 1\n0 0 0\n"
                      "0 1 1\n1 0 0\n1 0 0\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpstr (sp_network_node (net, 2)->name, ==, "Cor de Wit");
  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 0)), ==, "advice");
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 5)), ==, "trust");
  g_clear_pointer (&net, sp_network_unref);

  net = load_snippet ("dl nr=2, nc=3\nformat = fullmatrix\nrow labels:\np1 p2\n"
                      "column labels:\nc1 c2 c3\ndata:\n1 0 2\n0 1 0\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 5);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
}

static void
test_bad (void)
{
  static const char *const cases[] = {
    "DL\nFORMAT = FULLMATRIX\nDATA:\n0 1\n1 0\n",
    "DL N=2\nFORMAT = FULLMATRIX\nDATA:\n0 x\n1 0\n",
    "DL N=2\nFORMAT = FULLMATRIX\nDATA:\n0 1\n",
    "DL N=2\nFORMAT = EDGELIST1\nDATA:\n1 3\n",
    "DL N=2\nLABELS:\na, b, c\nDATA:\n0 1\n1 0\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = load_snippet (cases[i], &error);

      g_test_message ("%s", cases[i]);
      g_assert_null (net);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "snippet.dl:"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dl/lists", test_lists);
  g_test_add_func ("/dl/full-matrix", test_full_matrix);
  g_test_add_func ("/dl/snippets", test_snippets);
  g_test_add_func ("/dl/bad", test_bad);
  return g_test_run ();
}
