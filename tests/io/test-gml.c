/* test-gml.c — GML as Mark Newman (karate.gml, via Gephi's data sets),
 * networkx and igraph write it (data/gml/README.md): counts, degrees,
 * names and attributes against networkx and igraph reading the same
 * files; malformed input gets FILE:LINE and no network. */
#include "io-test-util.h"


/* networkx 2.8 read_gml (label="id"): 34 nodes, 78 edges, undirected,
 * these degrees for ids 1..34 */
static void
test_karate (void)
{
  static const guint degrees[] = { 16, 9, 10, 6, 3, 4, 4, 4, 5, 2, 3, 1, 2, 5, 2, 2, 2,
                                   2, 2, 3, 2, 2, 2, 5, 3, 3, 2, 4, 3, 4, 4, 6, 12, 17 };
  g_autoptr (SpNetwork) net = load_ok ("gml/karate.gml", NULL);

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 34);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 78);
  g_assert_false (net->directed);
  g_assert_false (net->has_layout);
  for (guint i = 0; i < 34; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i + 1);

      g_assert_cmpuint (tie_degree (net, find (net, id)), ==, degrees[i]);
    }
}

/* networkx write_gml: labels with &#34; &#38; and &#305; entities, a
 * department, a numeric and a text attribute, weights, directed */
static void
test_networkx (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gml/networkx-directed.gml", NULL);
  SpAttribute *score = sp_network_find_attribute (net, "score");
  SpAttribute *office = sp_network_find_attribute (net, "office");
  guint bob = find (net, "1");

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_assert_true (net->directed);
  g_assert_cmpstr (sp_network_node (net, find (net, "0"))->name, ==, "Ann de Vries");
  g_assert_cmpstr (sp_network_node (net, bob)->name, ==, "Bob \"Bobby\" Jansen");
  g_assert_cmpstr (sp_network_node (net, find (net, "2"))->name, ==, "Cem Yılmaz");
  g_assert_cmpstr (sp_network_node (net, bob)->department, ==, "Finance");
  g_assert_nonnull (score);
  g_assert_cmpint (score->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (score->num[find (net, "2")], ==, 2.25);
  g_assert_nonnull (office);
  g_assert_cmpint (office->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (office->str[bob], ==, "Delft & Co");
  for (guint t = 0; t < 3; t++)
    {
      const SpTie *tie = sp_network_tie (net, t);

      if (tie->source == find (net, "0"))
        {
          g_assert_cmpuint (tie->target, ==, bob);
          g_assert_cmpfloat (tie->weight, ==, 2.5);
        }
    }
}

/* igraph 0.10 Read_GML: 4 nodes, 4 edges, undirected, names from "name",
 * degrees 2 2 3 1, level 1 2 2 3 */
static void
test_igraph (void)
{
  static const char *const names[] = { "Dirk", "Eva", "Fatima", "Gert" };
  static const guint degrees[] = { 2, 2, 3, 1 };
  g_autoptr (SpNetwork) net = load_ok ("gml/igraph.gml", NULL);
  SpAttribute *level = sp_network_find_attribute (net, "level");

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_false (net->directed);
  g_assert_nonnull (level);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);
      guint k = find (net, id);

      g_assert_cmpstr (sp_network_node (net, k)->name, ==, names[i]);
      g_assert_cmpuint (tie_degree (net, k), ==, degrees[i]);
      g_assert_cmpfloat (level->num[k], ==, (double) (i == 0 ? 1 : i == 3 ? 3 : 2));
    }
}

static SpNetwork *
load_snippet (const char *text,
              GError    **error)
{
  return sp_import_data (text, strlen (text), SP_FORMAT_GML, "snippet.gml", error);
}

/* string ids, graphics positions (yEd), comments, a skipped list, a
 * file recognised by its content alone */
static void
test_snippets (void)
{
  static const char text[] =
    "# written by hand\n"
    "Creator \"test\"\ngraph [\n  hierarchic 1\n"
    "  node [ id \"a\" label \"Ann\" graphics [ x 10.5 y -4 w 30 ] dept \"HR\" ]\n"
    "  node [ id \"b\" name \"Bo\" graphics [ x 20 y 8 ] data [ k 1 ] ]\n"
    "  edge [ source \"a\" target \"b\" value 3 ]\n]\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data (text, strlen (text), SP_FORMAT_AUTO, "snippet.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 2);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "Ann");
  g_assert_cmpstr (sp_network_node (net, 0)->department, ==, "HR");
  g_assert_cmpstr (sp_network_node (net, 1)->name, ==, "Bo");
  g_assert_true (net->has_layout);
  g_assert_cmpfloat (net->x[0], ==, 10.5);
  g_assert_cmpfloat (net->y[0], ==, -4);
  g_assert_cmpfloat (net->y[1], ==, 8);
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 3);
  g_assert_cmpuint (net->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 0), "node data"));
}

/* igraph's file (Creator "igraph …", Version 1, then graph on its own
 * line before its [) is known by its content, whatever its name */
static void
test_by_content (void)
{
  g_autofree char *path = data_path ("gml/igraph.gml");
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  g_assert_cmpint (sp_import_guess_format ("export.txt", text, MIN (len, 512)), ==, SP_FORMAT_GML);
  net = sp_import_data (text, len, SP_FORMAT_AUTO, "export.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
}

static void
test_bad (void)
{
  static const struct { const char *text, *message; } cases[] = {
    { "graph [\n node [ id 1 label \"Ann ]\n]\n", "snippet.gml:2: a string that is never closed" },
    { "graph [\n node [ id 1 ]\n\n", "snippet.gml:1: a list “[” that is never closed" },
    { "graph [\n node [ id 1 ]\n edge [ source 1 target 2 ]\n]\n",
      "snippet.gml:3: the edge’s target “2” is no node’s id" },
    { "graph [\n node [ id 1 ]\n node [ id 1 ]\n]\n", "snippet.gml:3: duplicate id “1”" },
    { "graph [\n node [ label \"x\" ]\n]\n", "snippet.gml:2: a node without an id" },
    { "graph [\n edge [ source 1 ]\n]\n", "snippet.gml:2: an edge without a target" },
    { "graph [\n node [ id 1 ]\n edge [ source 1 target 1 weight \"heavy\" ]\n]\n",
      "snippet.gml:3: the edge’s weight “heavy” is not a number" },
    { "Creator \"x\"\n", "snippet.gml:2: no “graph [ … ]”" },
    { "graph [\n node [ id ]\n]\n", "snippet.gml:2: “id” without a value" },
    { "graph [\n node [ id 1 ] ]\n]\n", "snippet.gml:3: a “]” that closes no list" },
    { "graph [\n directed 1x\n]\n", "snippet.gml:2: “1x” is not a number" },
    { "graph [\n node [ id 1 size 1e400 ]\n]\n", "snippet.gml:2: “1e400” is out of range" },
    { "graph [ ]\ngraph [ ]\n", "snippet.gml:2: a second graph" },
    { "graph [\n node [ id 1 ; ]\n]\n", "snippet.gml:2: unexpected “;”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = load_snippet (cases[i].text, &error);

      g_test_message ("%s", cases[i].text);
      g_assert_null (net);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  /* nesting deeper than the limit: an error, not a stack overflow */
  {
    g_autoptr (GString) deep = g_string_new ("graph [\n");
    g_autoptr (GError) error = NULL;
    g_autoptr (SpNetwork) net = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append (deep, "a [ ");
    net = load_snippet (deep->str, &error);
    g_assert_null (net);
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "nested"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gml/karate", test_karate);
  g_test_add_func ("/gml/networkx", test_networkx);
  g_test_add_func ("/gml/igraph", test_igraph);
  g_test_add_func ("/gml/snippets", test_snippets);
  g_test_add_func ("/gml/by-content", test_by_content);
  g_test_add_func ("/gml/bad", test_bad);
  return g_test_run ();
}
