/* test-dot.c — DOT through cgraph */
#include "io-test-util.h"

static void
test_team (void)
{
  g_autoptr (SpNetwork) net = load_ok ("team.dot", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *sector = sp_network_find_attribute (net, "sector");
  guint p1 = find (net, "p1"), p2 = find (net, "p2"), c1 = find (net, "c1");

  g_assert_true (net->directed);
  g_assert_cmpstr (net->title, ==, "Team");
  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 1);
  g_assert_cmpstr (sp_network_node (net, p1)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, p1)->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (net, p2)->department, ==, "R&D");
  g_assert_cmpint (sp_network_node (net, c1)->kind, ==, SP_NODE_CLIENT);
  g_assert_null (sp_network_find_attribute (net, "shape"));
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (perf->num[p2], 3, 1e-12);
  g_assert_true (isnan (perf->num[c1]));
  g_assert_cmpint (sector->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (sector->str[c1], ==, "retail");
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_cmpuint (sp_network_tie (net, 0)->source, ==, p1);
  g_assert_cmpuint (sp_network_tie (net, 0)->target, ==, p2);
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 0)), ==, "advice");
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 0)->weight, 2, 1e-12);
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 1)), ==, "client");
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 1)->weight, 1, 1e-12);
}

static void
test_igraph (void)
{
  g_autoptr (SpNetwork) net = load_ok ("igraph.dot", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");

  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpstr (sp_network_node (net, find (net, "2"))->name, ==, "Chloé Bakker");
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (perf->num[find (net, "3")], 2.5, 1e-12);
  g_assert_true (isnan (perf->num[find (net, "4")]));
}

static void
test_bad_syntax (void)
{
  assert_error ("bad/syntax.dot", 3, "syntax error near ';'");
  /* cgraph must be usable again after an error */
  g_autoptr (SpNetwork) net = load_ok ("team.dot", NULL);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
}

static void
test_bad_weight (void)
{
  assert_error ("bad/bad-weight.dot", 3, "weight “lots” is not a number");
}

static void
test_bad_snippets (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "\n\n", "1: empty file" },
    { "graph g {\n a [label=\"\xc3\x28\"];\n}", "2: invalid UTF-8" },
    { "digraph {\n a [kind=robot];\n}", "2: kind “robot” is neither “person” nor “client”" },
    { "graph g {\n a -- b\n", "3: syntax error at end of file" },
  };
  g_autofree char *dir = g_dir_make_tmp ("sp-dot-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, "t.dot", NULL);
      g_autofree char *expected = g_strdup_printf ("%s:%s", path, cases[i].message);
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].text, -1, NULL));
      net = sp_import_file (path, NULL, &error);
      g_assert_null (net);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, expected);
      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dot/team", test_team);
  g_test_add_func ("/dot/igraph", test_igraph);
  g_test_add_func ("/dot/bad/syntax", test_bad_syntax);
  g_test_add_func ("/dot/bad/weight", test_bad_weight);
  g_test_add_func ("/dot/bad/snippets", test_bad_snippets);

  return g_test_run ();
}
