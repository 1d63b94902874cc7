/* test-gml.c — GML files as Mark Newman, networkx and igraph write them
 * (data/gml/README.md), counts and degrees against networkx reading the
 * same files; malformed GML, each refused at its line. */
#include "io-test-util.h"

static guint
degree (SpNetwork *net,
        guint      node)
{
  guint d = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    d += (sp_network_tie (net, t)->source == node) + (sp_network_tie (net, t)->target == node);
  return d;
}

/* The tie @source → @target (by id), which must exist. */
static SpTie *
tie_between (SpNetwork  *net,
             const char *source,
             const char *target)
{
  guint s = find (net, source), t = find (net, target);

  for (guint i = 0; i < sp_network_n_ties (net); i++)
    {
      SpTie *tie = sp_network_tie (net, i);

      if (tie->source == s && tie->target == t)
        return tie;
    }
  g_assert_not_reached ();
  return NULL;
}

static SpNetwork *
load_snippet (const char *text,
              GError    **error)
{
  return sp_import_data (text, strlen (text), SP_FORMAT_AUTO, "snippet.gml", error);
}

/* networkx 2.8.8, nx.read_gml ("karate.gml", label="id"): 34 nodes, 78
 * edges, undirected; degrees of nodes 1, 2, 3, 33, 34: 16, 9, 10, 12, 17 */
static void
test_karate (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gml/karate.gml", NULL);
  static const struct { const char *id; guint degree; } expected[] = {
    { "1", 16 }, { "2", 9 }, { "3", 10 }, { "33", 12 }, { "34", 17 },
  };

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 34);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 78);
  g_assert_false (net->directed);
  g_assert_false (net->has_layout);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpuint (degree (net, find (net, expected[i].id)), ==, expected[i].degree);
  /* no labels: the ids show */
  g_assert_null (sp_network_node (net, 0)->name);
  g_assert_cmpstr (sp_network_node_label (net, 0), ==, "1");
  g_assert_cmpstr (net->title, ==, "Karate");
  g_assert_cmpuint (net->notes->len, ==, 0);
}

/* networkx 2.8.8 nx.write_gml of the DiGraph in make-gml.py */
static void
test_networkx (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gml/networkx.gml", NULL);
  SpAttribute *performance, *level;
  guint anna, chris, dee;

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_true (net->directed);

  /* ids are networkx's numbers, names its labels (&#34; and &#233; decoded) */
  anna = find (net, "0");
  chris = find (net, "2");
  dee = find (net, "3");
  g_assert_cmpstr (sp_network_node (net, anna)->name, ==, "anna");
  g_assert_cmpstr (sp_network_node (net, find (net, "1"))->name, ==, "bram");
  g_assert_cmpstr (sp_network_node (net, chris)->name, ==, "chris \"CJ\" andré");
  g_assert_cmpstr (sp_network_node (net, anna)->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (net, dee)->department, ==, "Finance");
  g_assert_cmpstr (sp_network_node (net, anna)->role, ==, "lead");
  g_assert_cmpstr (sp_network_node (net, dee)->role, ==, "intern");

  performance = sp_network_find_attribute (net, "performance");
  g_assert_nonnull (performance);
  g_assert_cmpint (performance->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (performance->num[anna], ==, 4.5);
  g_assert_cmpfloat (performance->num[find (net, "1")], ==, 3.0);
  g_assert_cmpfloat (performance->num[chris], ==, 2.25);
  g_assert_true (isnan (performance->num[dee]));
  level = sp_network_find_attribute (net, "level");
  g_assert_nonnull (level);
  g_assert_cmpint (level->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (level->str[anna], ==, "senior");
  g_assert_null (level->str[chris]);
  g_assert_cmpstr (level->str[dee], ==, "junior");
  /* fields are no attributes */
  g_assert_null (sp_network_find_attribute (net, "department"));
  g_assert_null (sp_network_find_attribute (net, "role"));
  g_assert_null (sp_network_find_attribute (net, "label"));
  g_assert_null (sp_network_find_attribute (net, "graphics"));

  g_assert_cmpfloat (tie_between (net, "0", "1")->weight, ==, 2.5);
  g_assert_cmpfloat (tie_between (net, "1", "0")->weight, ==, 1.0);
  g_assert_cmpfloat (tie_between (net, "0", "2")->weight, ==, 0.5);
  g_assert_cmpfloat (tie_between (net, "2", "3")->weight, ==, 4.0);

  /* graphics x y on two nodes: those positions, the others beside them */
  g_assert_true (net->has_layout);
  g_assert_cmpfloat (net->x[chris], ==, 10.0);
  g_assert_cmpfloat (net->y[chris], ==, 20.0);
  g_assert_cmpfloat (net->x[dee], ==, 110.0);
  assert_positions_distinct (net);
}

/* python-igraph 0.10.2 Graph.write_gml: Creator, Version, id 0…, name */
static void
test_igraph (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gml/igraph.gml", NULL);
  static const char *const names[] = { "Ann", "Bob", "Cor de Wit", "Dirk" };
  static const guint degrees[] = { 2, 2, 3, 1 };
  SpAttribute *age;

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_false (net->directed);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);
      guint k = find (net, id);

      g_assert_cmpstr (sp_network_node (net, k)->name, ==, names[i]);
      g_assert_cmpuint (degree (net, k), ==, degrees[i]);
    }
  age = sp_network_find_attribute (net, "age");
  g_assert_nonnull (age);
  g_assert_cmpint (age->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (age->num[find (net, "2")], ==, 29.0);
  g_assert_cmpfloat (tie_between (net, "3", "2")->weight, ==, 0.5);
  g_assert_null (sp_network_find_attribute (net, "name"));
}

static void
test_guess (void)
{
  static const char *const gml[] = {
    "graph [ node [ id 1 ] ]",
    "Creator \"Mark Newman on Fri Jul 21 12:39:27 2006\"\ngraph\n[\n",
    "# written by hand\n\n# twice\nVersion 1\nCreator \"me\"\ngraph [",
    "\xEF\xBB\xBF  graph[",
  };
  static const char *const other[] = {
    "graph,weight\na,1\n",
    "graph G { a -- b }",
    "source,target\ngraph [,x\n",
    "Creator \"unterminated",
  };

  for (guint i = 0; i < G_N_ELEMENTS (gml); i++)
    g_assert_cmpint (sp_import_guess_format ("data.txt", gml[i], strlen (gml[i])), ==, SP_FORMAT_GML);
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    g_assert_cmpint (sp_import_guess_format ("data.txt", other[i], strlen (other[i])), !=, SP_FORMAT_GML);
  g_assert_cmpint (sp_import_guess_format ("network.gml", "", 0), ==, SP_FORMAT_GML);
  g_assert_cmpint (sp_import_guess_format ("NETWORK.GML", NULL, 0), ==, SP_FORMAT_GML);
}

/* What the writers do differently: string ids, entities, strings over
 * lines, edges before their nodes, lists to skip, NAN, a title */
static void
test_snippets (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;
  SpAttribute *attr;

  net = load_snippet ("# a comment\n"
                      "Creator \"hand &amp; eye\"\n"
                      "graph [\n"
                      "  label \"Team &lt;A&gt;\"\n"
                      "  directed 0\n"
                      "  edge [ source \"a\" target \"b\" value 3 label \"x\" ]\n"
                      "  node [ id \"a\" label \"Ann &quot;the boss&quot; &apos;A&apos; &#8364;\"\n"
                      "         score 1 team \"x\" group \"Sales\" kind \"person\" ]\n"
                      "  node [ id \"b\" name \"Bob\nSmit\" score NAN team 7\n"
                      "         graphics [ x 1 y 2 Line [ point [ x 1 y 1 ] ] ] ]\n"
                      "  node [ id \"c\" label \"c\" score 2.5e1 extra [ a [ b [ c 1 ] ] ] ]\n"
                      "  edge [ source \"c\" target \"a\" weight -0.5 value 9 ]\n"
                      "]\n", &error);
  g_assert_no_error (error);
  g_assert_nonnull (net);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_false (net->directed);
  g_assert_cmpstr (net->title, ==, "Team <A>");
  g_assert_cmpstr (sp_network_node (net, find (net, "a"))->name, ==,
                   "Ann \"the boss\" 'A' €");
  g_assert_cmpstr (sp_network_node (net, find (net, "a"))->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (net, find (net, "b"))->name, ==, "Bob\nSmit");
  /* a label that only repeats the id is no name */
  g_assert_null (sp_network_node (net, find (net, "c"))->name);
  attr = sp_network_find_attribute (net, "score");
  g_assert_cmpint (attr->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (attr->num[find (net, "a")], ==, 1.0);
  g_assert_true (isnan (attr->num[find (net, "b")]));
  g_assert_cmpfloat (attr->num[find (net, "c")], ==, 25.0);
  /* one value is text: the attribute is text */
  attr = sp_network_find_attribute (net, "team");
  g_assert_cmpint (attr->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (attr->str[find (net, "b")], ==, "7");
  g_assert_null (sp_network_find_attribute (net, "extra"));
  /* value is the weight without weight; weight wins over value */
  g_assert_cmpfloat (tie_between (net, "a", "b")->weight, ==, 3.0);
  g_assert_cmpfloat (tie_between (net, "c", "a")->weight, ==, -0.5);
  /* one node with a position is no layout */
  g_assert_false (net->has_layout);
  /* the edge's label is not read, and a note says so */
  g_assert_cmpuint (net->notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 0), "label"));
  g_clear_pointer (&net, sp_network_unref);

  /* integer ids written canonically; a networkx bipartite graph */
  net = load_snippet ("graph [ directed 1 node [ id +1 bipartite 0 ] node [ id 02 bipartite 1 ]\n"
                      "edge [ source 1 target 2 ] edge [ source 2 target 2 ] ]", &error);
  g_assert_no_error (error);
  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_cmpint (sp_network_node (net, find (net, "1"))->kind, ==, SP_NODE_PERSON);
  g_assert_cmpint (sp_network_node (net, find (net, "2"))->kind, ==, SP_NODE_CLIENT);
  g_clear_pointer (&net, sp_network_unref);

  /* 64 levels of lists are fine */
  {
    g_autoptr (GString) s = g_string_new ("graph [ node [ id 1 ] ");

    for (guint i = 0; i < 63; i++)
      g_string_append (s, "a [ ");
    for (guint i = 0; i < 63; i++)
      g_string_append (s, "] ");
    g_string_append (s, "]");
    net = load_snippet (s->str, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (sp_network_n_nodes (net), ==, 1);
  }
}

typedef struct {
  const char *text;
  int         line;
  const char *message;
} BadCase;

static void
test_bad (void)
{
  static const BadCase cases[] = {
    { "graph [\n node [ id 1 label \"Ann ]\n]\n", 2,
      "the string that starts here has no closing quote" },
    { "graph [\n node [ id 1 ]\n node [ id 2\n", 3, "the list “node” that opens here is not closed" },
    { "Creator \"x\"\ngraph\n[\n node [ id 1 ]\n", 2, "the list “graph” that opens here is not closed" },
    { "graph [\n node [ id 1 ]\n edge [ source 1 target 2 ]\n]\n", 3,
      "the edge’s target “2” is no node’s id" },
    { "graph [\n edge [\n  source \"x\" target 1 ]\n node [ id 1 ]\n]\n", 3,
      "the edge’s source “x” is no node’s id" },
    { "graph [\n node [ id 1 ]\n node [ id 1 ]\n]\n", 3, "duplicate id “1”" },
    { "graph [\n node [ id 1 ]\n node [ label \"b\" ]\n]\n", 3, "the node has no id" },
    { "graph [\n node [ id 1 ]\n edge [ target 1 ]\n]\n", 3, "the edge has no source" },
    { "graph [\n node [ id 1 ]\n edge [\n source 1\n ]\n]\n", 3, "the edge has no target" },
    { "Creator \"x\"\nVersion 1\n", 2, "no “graph [ … ]”: not a GML graph" },
    { "graph [\n node [ id 1 label ]\n]\n", 2, "the value of “label” is missing" },
    { "graph [\n node [ id 1\n label", 3, "the value of “label” is missing" },
    { "graph [\n node [ id 1 label Ann ]\n]\n", 2,
      "“Ann” is no value of “label”: text needs double quotes" },
    { "graph [\n directed yes\n]\n", 2, "“yes” is no value of “directed”: text needs double quotes" },
    { "graph [\n directed \"yes\"\n node [ id 1 ]\n]\n", 2, "directed “yes” is not a number" },
    { "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 weight \"heavy\" ]\n]\n", 4,
      "weight “heavy” is not a number" },
    { "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2\n value 1e400 ]\n]\n", 5,
      "value “1e400” is out of range: the limit is ±1e+15" },
    { "graph [\n node [ id 1 graphics [ x 1.0 y abc ] ]\n]\n", 2,
      "“abc” is no value of “y”: text needs double quotes" },
    { "graph [\n node [ id 1 graphics [ x 1.0 y \"abc\" ] ]\n]\n", 2, "y “abc” is not a number" },
    { "graph [\n node [ id 1.5 ]\n]\n", 2, "id “1.5” is neither a whole number nor a string" },
    { "graph [\n node [ id \"\" ]\n]\n", 2, "id is empty" },
    { "graph [\n node [ id 1 score 1 ]\n node [ id 2\n  score 1e99 ]\n]\n", 4,
      "value “1e99” of “score” is out of range: the limit is ±1e+15" },
    { "graph [\n node [ id 1 kind \"robot\" ]\n]\n", 2, "kind “robot” is neither “person” nor “client”" },
    { "graph [ node [ id 1 ] ]\ngraph [ node [ id 2 ] ]\n", 2, "a second graph in one file is not supported" },
    { "graph [\n]\n", 2, "the graph has no nodes" },
    { "graph [ node [ id 1 ] ]\n]\n", 2, "“]” closes no list" },
    { "graph [\n node [ id 1 ] \"x\" 1\n]\n", 2, "a key is missing before the value “x”" },
    { "graph [\n node [ id 1 ] 2nd 1\n]\n", 2, "a key is missing before the value “2nd”" },
    { "graph [\n node [ id 1 ] [ ]\n]\n", 2, "a key is missing before “[”" },
    { "graph [\n node [ id 1 ] my-key 1\n]\n", 2,
      "“my-key” is not a key: a key is a letter or “_” and then letters, digits or “_”" },
    { "graph [\n node [ id 1 ] {x} 1\n]\n", 2,
      "“{x}” is not a key: a key is a letter or “_” and then letters, digits or “_”" },
    { "graph [\n node [ id 1 ]\n  bad \x01 ]\n", 3, "control character U+0001 is not allowed" },
    { "   \n\n", 1, "empty file" },
    /* the line of a string over several lines counts its line breaks */
    { "graph [\n node [ id 1 label \"a\nb\nc\" ]\n node [ id 1 ]\n]\n", 5, "duplicate id “1”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = NULL;
      g_autofree char *expected = g_strdup_printf ("snippet.gml:%d: %s", cases[i].line, cases[i].message);

      g_test_message ("%s", cases[i].text);
      net = load_snippet (cases[i].text, &error);
      g_assert_null (net);
      g_assert_nonnull (error);
      g_assert_true (error->domain == SP_ERROR);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* deep nesting is an error, not a deep recursion */
static void
test_deep (void)
{
  g_autoptr (GString) s = g_string_new ("graph [\n node [ id 1 ]\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "a [\n");
  net = load_snippet (s->str, &error);
  g_assert_null (net);
  g_assert_error (error, SP_ERROR, SP_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "snippet.gml:66: lists are nested too deeply: the limit is 64");
}

/* one node with more keys than a node holds */
static void
test_many_keys (void)
{
  g_autoptr (GString) s = g_string_new ("graph [\n node [ id 1\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  for (guint i = 0; i < 10001; i++)
    g_string_append (s, "  a 1\n");
  g_string_append (s, " ]\n]\n");
  net = load_snippet (s->str, &error);
  g_assert_null (net);
  g_assert_error (error, SP_ERROR, SP_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==,
                   "snippet.gml:10002: too many keys in one node or edge: the limit is 10000");
  g_clear_error (&error);

  /* 1001 different keys: too many attributes */
  g_string_assign (s, "graph [\n node [ id 1\n");
  for (guint i = 0; i < 1001; i++)
    g_string_append_printf (s, "  a%u 1\n", i);
  g_string_append (s, " ]\n]\n");
  net = load_snippet (s->str, &error);
  g_assert_null (net);
  g_assert_error (error, SP_ERROR, SP_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "snippet.gml:1003: too many attributes: the limit is 1000");
}

/* a file not in UTF-8 is read as Windows-1252, with a note */
static void
test_latin1 (void)
{
  static const char text[] = "graph [ node [ id 1 label \"Andr\xe9\" ] ]";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = load_snippet (text, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "André");
  g_assert_cmpuint (net->notes->len, ==, 1);
}

/* linear time: 200,000 nodes and ties in well under the test's timeout */
static void
test_large (void)
{
  g_autoptr (GString) s = g_string_new ("graph [\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;
  guint n = 200000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, " edge [ source %u target %u ]\n", i, (i + 1) % n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, " node [ id %u label \"n%u\" score %u ]\n", i, i, i % 7);
  g_string_append (s, "]\n");
  net = load_snippet (s->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, n);
  g_assert_cmpuint (sp_network_n_ties (net), ==, n);
}

/* Attributes named as Dutch HR exports name them (afdeling, naam,
 * functie, leidinggevende) are the department, name, role and manager. */
static void
test_dutch_keys (void)
{
  const char *text = "graph [\n"
    "  node [ id 1 naam \"Anna de Vries\" afdeling \"Financiën\" functie \"Controller\" ]\n"
    "  node [ id 2 naam \"Bram Öztürk\" afdeling \"Verkoop\" leidinggevende \"1\" ]\n"
    "  edge [ source 1 target 2 ]\n"
    "]\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data (text, strlen (text), SP_FORMAT_GML, "t.gml", &error);

  g_assert_no_error (error);
  assert_dutch_people (net);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gml/karate", test_karate);
  g_test_add_func ("/gml/networkx", test_networkx);
  g_test_add_func ("/gml/igraph", test_igraph);
  g_test_add_func ("/gml/guess", test_guess);
  g_test_add_func ("/gml/snippets", test_snippets);
  g_test_add_func ("/gml/bad", test_bad);
  g_test_add_func ("/gml/deep", test_deep);
  g_test_add_func ("/gml/many-keys", test_many_keys);
  g_test_add_func ("/gml/latin1", test_latin1);
  g_test_add_func ("/gml/large", test_large);
  g_test_add_func ("/gml/dutch-keys", test_dutch_keys);
  return g_test_run ();
}
