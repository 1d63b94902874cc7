/* test-gexf.c — GEXF 1.2 (networkx) and 1.3 (Gephi) */
#include "io-test-util.h"

static void
test_gephi (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gephi.gexf", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *modularity = sp_network_find_attribute (net, "Modularity Class");
  guint p1 = find (net, "p1"), p2 = find (net, "p2"), c1 = find (net, "c1");
  SpTie *tie;

  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 1);
  g_assert_cmpstr (sp_network_node (net, p1)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, p1)->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (net, p2)->department, ==, "R&D");
  g_assert_cmpint (sp_network_node (net, p1)->kind, ==, SP_NODE_PERSON);  /* <default> */
  g_assert_cmpint (sp_network_node (net, c1)->kind, ==, SP_NODE_CLIENT);
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (perf->num[p1], 4.5, 1e-12);
  g_assert_true (isnan (perf->num[p2]));
  g_assert_cmpint (modularity->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (modularity->num[c1], 1, 1e-12);

  g_assert_true (net->has_layout);
  g_assert_cmpfloat_with_epsilon (net->x[p1], -120.5, 1e-12);
  /* y="95.5": GEXF's y points up, ours down */
  g_assert_cmpfloat_with_epsilon (net->y[c1], -95.5, 1e-12);

  /* p1→p2 directed; p2–c1 undirected in a directed graph: both ways */
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  tie = sp_network_tie (net, 0);
  g_assert_cmpstr (type_name (net, tie), ==, "advice");
  g_assert_cmpfloat_with_epsilon (tie->weight, 2.0, 1e-12);
  tie = sp_network_tie (net, 2);
  g_assert_cmpuint (tie->source, ==, c1);
  g_assert_cmpuint (tie->target, ==, p2);
  g_assert_cmpstr (type_name (net, tie), ==, "client");
  g_assert_cmpfloat_with_epsilon (tie->weight, 1.5, 1e-12);
}

/* A hierarchy loads flat: every node (groups too: GEXF's meta nodes are
 * nodes) and every edge, at whatever level it is declared; each child has
 * the attribute "parent". */
static void
test_hierarchy (void)
{
  g_autoptr (SpNetwork) net = load_ok ("hierarchy.gexf", NULL);
  SpAttribute *parent = sp_network_find_attribute (net, "parent");
  static const struct { const char *id, *parent; } expected[] = {
    { "org", NULL }, { "sales", "org" }, { "anna", "sales" }, { "bram", "sales" },
    { "chloe", "org" }, { "dirk", "sales" }, { "eva", "sales, org" },
  };

  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, G_N_ELEMENTS (expected));
  g_assert_nonnull (parent);
  g_assert_cmpint (parent->type, ==, SP_ATTR_CATEGORICAL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (parent->str[find (net, expected[i].id)], ==, expected[i].parent);
  g_assert_cmpstr (sp_network_node (net, find (net, "anna"))->name, ==, "Anna");
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_assert_cmpuint (sp_network_tie (net, 0)->source, ==, find (net, "anna"));
  g_assert_cmpuint (sp_network_tie (net, 1)->source, ==, find (net, "chloe"));
  g_assert_cmpuint (sp_network_tie (net, 2)->target, ==, find (net, "eva"));
}

static void
test_networkx (void)
{
  g_autoptr (SpNetwork) net = load_ok ("networkx.gexf", NULL);
  SpAttribute *pot = sp_network_find_attribute (net, "potential");

  g_assert_false (net->directed);
  g_assert_false (net->has_layout);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 1);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  /* the "name" attribute wins over the label (which networkx sets to the id) */
  g_assert_cmpstr (sp_network_node (net, find (net, "p3"))->name, ==, "Chloé Bakker");
  g_assert_cmpstr (sp_network_node (net, find (net, "p3"))->department, ==, "R&D");
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (pot->num[find (net, "p1")], 3, 1e-12);
  for (guint i = 0; i < sp_network_n_ties (net); i++)
    if (sp_network_tie (net, i)->source == find (net, "p3") &&
        sp_network_tie (net, i)->target == find (net, "p4"))
      {
        g_assert_cmpfloat_with_epsilon (sp_network_tie (net, i)->weight, 3.0, 1e-12);
        g_assert_cmpstr (type_name (net, sp_network_tie (net, i)), ==, "trust");
      }
}

static void
test_bad_attvalue (void)
{
  assert_error ("bad/bad-attvalue.gexf", 15, "value “excellent” of “performance” is not a number");
}

/* Positions for half the nodes: the rest are placed beside them, not
 * stacked at (0,0). */
static void
test_partial_positions (void)
{
  g_autoptr (GString) text = g_string_new (
    "<gexf xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"><graph><nodes>");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_string_append_printf (text, "<node id=\"n%u\">", i);
      if (i % 2 == 1)
        g_string_append_printf (text, "<viz:position x=\"%d\" y=\"0\" z=\"0\"/>", (int) i - 10);
      g_string_append (text, "</node>");
    }
  g_string_append (text, "</nodes></graph></gexf>");
  net = sp_import_data (text->str, text->len, SP_FORMAT_GEXF, "t.gexf", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 20);
  assert_positions_distinct (net);
  for (guint i = 1; i < 20; i += 2)
    g_assert_cmpfloat (net->x[i], ==, (int) i - 10);
}

static void
test_bad_snippets (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "<gexf>\n<graph>\n<nodes>\n<node id=\"a\"/>\n</nodes>\n<edges>\n"
      "<edge source=\"a\" target=\"b\"/>\n</edges></graph></gexf>",
      "7: edge to unknown node “b”" },
    { "<gexf>\n<graph>\n<nodes>\n<node id=\"a\">\n<attvalues>\n<attvalue for=\"x\" value=\"1\"/>\n"
      "</attvalues></node></nodes></graph></gexf>",
      "6: attvalue for undeclared attribute “x”" },
    { "<gexf>\n<graph>\n<nodes>\n<node id=\"a\"/>\n</nodes>\n<edges>\n"
      "<edge source=\"a\" target=\"a\" weight=\"much\"/>\n</edges></graph></gexf>",
      "7: weight “much” is not a number" },
    { "<gexf>\n<graph defaultedgetype=\"sideways\">\n</graph></gexf>",
      "2: edge type “sideways” is not directed, undirected or mutual" },
    { "<gexf>\n<graph>\n<nodes>\n<node id=\"a\"><nodes>\n</gexf>",
      "5: not well-formed XML: opening and ending tag mismatch: nodes line 4 and gexf" },
    { "<gexf>\n</gexf>", "1: no <graph> element" },
  };
  g_autofree char *dir = g_dir_make_tmp ("sp-gexf-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, "t.gexf", NULL);
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

  g_test_add_func ("/gexf/gephi-1.3", test_gephi);
  g_test_add_func ("/gexf/networkx-1.2", test_networkx);
  g_test_add_func ("/gexf/hierarchy", test_hierarchy);
  g_test_add_func ("/gexf/partial-positions", test_partial_positions);
  g_test_add_func ("/gexf/bad/attvalue", test_bad_attvalue);
  g_test_add_func ("/gexf/bad/snippets", test_bad_snippets);

  return g_test_run ();
}
