/* test-graphml.c — GraphML from networkx, igraph and yEd; sp_graphml_save */
#include "io-test-util.h"

static void
check_networkx (SpNetwork *net)
{
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *pot = sp_network_find_attribute (net, "potential");
  SpAttribute *level = sp_network_find_attribute (net, "level");
  SpAttribute *sector = sp_network_find_attribute (net, "sector");
  guint p3 = find (net, "p3");

  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 1);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  g_assert_cmpstr (sp_network_node (net, p3)->name, ==, "Chloé Bakker");
  g_assert_cmpstr (sp_network_node (net, p3)->department, ==, "R&D");
  g_assert_cmpint (sp_network_node (net, find (net, "c1"))->kind, ==, SP_NODE_CLIENT);
  g_assert_null (sp_network_find_attribute (net, "kind"));
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (level->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpfloat_with_epsilon (perf->num[find (net, "p4")], 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (pot->num[p3], 3, 1e-12);
  g_assert_cmpstr (sector->str[find (net, "c1")], ==, "retail");
  g_assert_true (isnan (perf->num[find (net, "c1")]));
  for (guint i = 0; i < sp_network_n_ties (net); i++)
    {
      SpTie *tie = sp_network_tie (net, i);

      if (tie->source == find (net, "p3") && tie->target == find (net, "p4"))
        {
          g_assert_cmpstr (type_name (net, tie), ==, "trust");
          g_assert_cmpfloat_with_epsilon (tie->weight, 3.0, 1e-12);
        }
    }
}

static void
test_networkx (void)
{
  g_autoptr (SpNetwork) net = load_ok ("networkx.graphml", NULL);

  g_assert_false (net->directed);
  g_assert_cmpstr (net->title, ==, "Networkx");
  check_networkx (net);
}

static void
test_networkx_directed (void)
{
  g_autoptr (SpNetwork) net = load_ok ("networkx-directed.graphml", NULL);

  g_assert_true (net->directed);
  check_networkx (net);
}

static void
test_igraph (void)
{
  g_autoptr (SpNetwork) net = load_ok ("igraph.graphml", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");

  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpstr (sp_network_node (net, 0)->id, ==, "n0");
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, 3)->department, ==, "R&D");
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (perf->num[0], 4.5, 1e-12);
  g_assert_true (isnan (perf->num[4]));   /* igraph's NaN: missing */
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 3)), ==, "trust");
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 2)->weight, 1.5, 1e-12);
}

static void
test_yed (void)
{
  g_autoptr (SpNetwork) net = load_ok ("yed.graphml", NULL);

  /* the group node is not a person; the node inside it is */
  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpint (sp_network_find_node (net, "n2"), ==, -1);
  g_assert_cmpstr (sp_network_node (net, find (net, "n0"))->name, ==, "Anna");
  g_assert_cmpstr (sp_network_node (net, find (net, "n0"))->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (net, find (net, "n1"))->department, ==, "R&D");
  g_assert_cmpstr (sp_network_node (net, find (net, "n2::n0"))->name, ==, "Chloé");
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_false (net->has_layout);
  /* the member of the group says which group it is in */
  g_assert_nonnull (sp_network_find_attribute (net, "parent"));
  g_assert_cmpstr (sp_network_find_attribute (net, "parent")->str[find (net, "n2::n0")], ==, "n2");
  g_assert_null (sp_network_find_attribute (net, "parent")->str[find (net, "n0")]);
}

/* Groups in groups and a plain nested graph: every person and tie is
 * loaded, flat; edgedefault in any case, a nested graph's own applies to
 * its edges and one without inherits its parent's. */
static void
test_nested (void)
{
  g_autoptr (SpNetwork) net = load_ok ("nested.graphml", NULL);
  SpAttribute *parent = sp_network_find_attribute (net, "parent");
  static const struct { const char *id, *parent; } expected[] = {
    { "ceo", NULL }, { "anna", "sales" }, { "bram", "north" }, { "chloe", "north" },
    { "lab", NULL }, { "dirk", "lab" },
  };
  guint n_undirected = 0;

  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, G_N_ELEMENTS (expected));
  g_assert_cmpint (sp_network_find_node (net, "sales"), ==, -1);
  g_assert_cmpint (sp_network_find_node (net, "north"), ==, -1);
  g_assert_nonnull (parent);
  g_assert_cmpint (parent->type, ==, SP_ATTR_CATEGORICAL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (parent->str[find (net, expected[i].id)], ==, expected[i].parent);
  g_assert_cmpstr (sp_network_node (net, find (net, "anna"))->department, ==, "Sales");
  /* 5 edges; the undirected one (dirk–lab) is stored both ways */
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      SpTie *tie = sp_network_tie (net, t);

      if (tie->source == find (net, "lab") && tie->target == find (net, "dirk"))
        n_undirected++;
      g_assert_false (tie->source == find (net, "chloe") && tie->target == find (net, "bram"));
    }
  g_assert_cmpuint (n_undirected, ==, 1);
}

static void
test_gephi (void)
{
  g_autoptr (SpNetwork) net = load_ok ("gephi.graphml", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  guint p1 = find (net, "p1"), p2 = find (net, "p2");

  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpstr (sp_network_node (net, p1)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, p2)->department, ==, "R&D");
  g_assert_cmpfloat_with_epsilon (perf->num[p1], 4.5, 1e-12);
  g_assert_true (isnan (perf->num[p2]));
  g_assert_true (net->has_layout);
  g_assert_cmpfloat_with_epsilon (net->x[p1], -120.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (net->y[p2], -12.0, 1e-12);
  g_assert_null (sp_network_find_attribute (net, "x"));
  g_assert_cmpuint (sp_network_n_ties (net), ==, 1);
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 0)->weight, 2.0, 1e-12);
}

static void
test_round_trip (void)
{
  g_autoptr (SpNetwork) net = load_ok ("org", NULL);
  g_autoptr (SpNetwork) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-graphml-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.graphml", NULL);

  /* directed, with a layout, a view state and awkward text */
  net->directed = TRUE;
  sp_network_ensure_positions (net);
  net->has_layout = TRUE;
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      net->x[i] = i * 10.125 - 3;
      net->y[i] = 1.0 / (i + 3);
    }
  net->view_state = g_strdup ("[view]\ncolor-by=performance\nlabel=<a & b>\n");
  sp_network_node (net, 0)->name = sp_network_intern (net, "Anna \"A\" <de> Vries & co");
  sp_network_add_tie (net, 0, 0, sp_network_tie_type (net, "self"), 0.1);
  /* attributes whose names other tools use for fields and positions */
  sp_network_set_string (net, sp_network_ensure_attribute (net, "label", SP_ATTR_CATEGORICAL),
                         0, "a label");
  sp_network_set_string (net, sp_network_ensure_attribute (net, "group", SP_ATTR_CATEGORICAL),
                         1, "a group");
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "x", SP_ATTR_NUMERIC), 2, 7.5);

  g_assert_true (sp_graphml_save (net, path, &error));
  g_assert_no_error (error);
  back = sp_import_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  g_assert_cmpstr (back->title, ==, net->title);
  g_assert_cmpstr (back->view_state, ==, net->view_state);
  g_assert_true (back->directed);
  g_assert_true (back->has_layout);
  g_assert_cmpuint (sp_network_n_nodes (back), ==, sp_network_n_nodes (net));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      SpNode *a = sp_network_node (net, i), *b = sp_network_node (back, i);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpstr (a->department, ==, b->department);
      g_assert_cmpstr (a->role, ==, b->role);
      g_assert_cmpstr (a->manager, ==, b->manager);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpfloat (net->x[i], ==, back->x[i]);
      g_assert_cmpfloat (net->y[i], ==, back->y[i]);
    }
  g_assert_cmpuint (back->attributes->len, ==, net->attributes->len);
  for (guint k = 0; k < net->attributes->len; k++)
    {
      SpAttribute *a = g_ptr_array_index (net->attributes, k);
      SpAttribute *b = g_ptr_array_index (back->attributes, k);

      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpint (a->type, ==, b->type);
      for (guint i = 0; i < sp_network_n_nodes (net); i++)
        if (a->type == SP_ATTR_NUMERIC)
          g_assert_true ((isnan (a->num[i]) && isnan (b->num[i])) || a->num[i] == b->num[i]);
        else
          g_assert_cmpstr (a->str[i], ==, b->str[i]);
    }
  g_assert_cmpuint (sp_network_n_ties (back), ==, sp_network_n_ties (net));
  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      SpTie *a = sp_network_tie (net, t), *b = sp_network_tie (back, t);

      g_assert_cmpuint (a->source, ==, b->source);
      g_assert_cmpuint (a->target, ==, b->target);
      g_assert_cmpstr (type_name (net, a), ==, type_name (back, b));
      g_assert_cmpfloat (a->weight, ==, b->weight);
    }

  /* undirected, no layout */
  {
    g_autoptr (SpNetwork) plain = load_ok ("ties-only.csv", NULL);
    g_autoptr (SpNetwork) again = NULL;

    g_assert_true (sp_graphml_save (plain, path, &error));
    again = sp_import_file (path, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (again->directed);
    g_assert_false (again->has_layout);
    g_assert_null (again->view_state);
    g_assert_cmpuint (sp_network_n_ties (again), ==, 3);
  }
  g_remove (path);
  g_rmdir (dir);
}

static void
test_save_fails (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;

  g_assert_false (sp_graphml_save (net, "/nonexistent-dir/x.graphml", &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
}

static void
test_bad_malformed (void)
{
  assert_error ("bad/malformed.graphml", 6,
                "not well-formed XML: opening and ending tag mismatch: node line 5 and graph");
}

static void
test_bad_unknown_node (void)
{
  assert_error ("bad/unknown-node.graphml", 7, "edge to unknown node “zz”");
}

static void
test_bad_weight (void)
{
  assert_error ("bad/bad-weight.graphml", 8, "weight “heavy” is not a number");
}

static void
test_bad_billion_laughs (void)
{
  assert_error ("bad/billion-laughs.graphml", 3, "entity declarations are not allowed");
}

/* A file with positions for half its nodes (and one with x alone): the
 * rest are placed beside them, not stacked at (0,0). */
static void
test_partial_positions (void)
{
  g_autoptr (GString) text = g_string_new (
    "<graphml><key id=\"x\" for=\"node\" attr.name=\"samenspel.x\" attr.type=\"double\"/>"
    "<key id=\"y\" for=\"node\" attr.name=\"samenspel.y\" attr.type=\"double\"/>"
    "<graph edgedefault=\"undirected\">");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;
  g_autoptr (SpNetwork) none = NULL;
  const char *x_only = "<graphml><key id=\"x\" for=\"node\" attr.name=\"samenspel.x\" "
                       "attr.type=\"double\"/><graph><node id=\"a\"><data key=\"x\">5</data>"
                       "</node><node id=\"b\"/></graph></graphml>";

  for (guint i = 0; i < 20; i++)
    {
      g_string_append_printf (text, "<node id=\"n%u\">", i);
      if (i % 2 == 0)
        g_string_append_printf (text, "<data key=\"x\">%u</data><data key=\"y\">%u</data>",
                                i * 10, (i % 3) * 7);
      else if (i == 1)
        g_string_append (text, "<data key=\"x\">40</data>");
      g_string_append (text, "</node>");
    }
  g_string_append (text, "<edge source=\"n0\" target=\"n1\"/></graph></graphml>");
  net = sp_import_data (text->str, text->len, SP_FORMAT_GRAPHML, "t.graphml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 20);
  assert_positions_distinct (net);
  for (guint i = 0; i < 20; i += 2)
    {
      g_assert_cmpfloat (net->x[i], ==, i * 10);
      g_assert_cmpfloat (net->y[i], ==, (i % 3) * 7);
    }
  /* the placed ones are outside the positioned ones' box */
  for (guint i = 1; i < 20; i += 2)
    g_assert_cmpfloat (net->x[i], >, 180);

  /* no node with both coordinates: the whole network is laid out */
  none = sp_import_data (x_only, strlen (x_only), SP_FORMAT_GRAPHML, "t.graphml", &error);
  g_assert_no_error (error);
  g_assert_false (none->has_layout);
}

static void
test_bad_snippets (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "", "1: empty file" },
    { "<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"\xff\"/></graph></graphml>",
      "2: invalid UTF-8" },
    { "<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>",
      "4: duplicate id “a”" },
    { "<graphml>\n<graph>\n<node/>\n</graph></graphml>", "3: node without an id" },
    { "<graphml>\n<graph>\n<node id=\"a\">\n<data key=\"nope\">1</data></node>\n</graph></graphml>",
      "4: data for undeclared key “nope”" },
    { "<graphml>\n<key id=\"k\" for=\"node\" attr.name=\"kind\"/>\n<graph>\n"
      "<node id=\"a\"><data key=\"k\">robot</data></node>\n</graph></graphml>",
      "4: kind “robot” is neither “person” nor “client”" },
    { "<graphml>\n<key id=\"k\" for=\"node\" attr.name=\"score\" attr.type=\"int\"/>\n<graph>\n"
      "<node id=\"a\">\n<data key=\"k\">high</data></node>\n</graph></graphml>",
      "5: value “high” of “score” is not a number" },
    { "<graphml>\n</graphml>", "1: no <graph> element" },
    { "<?xml version=\"1.0\"?>\n<html/>", "2: not a GraphML file: the root element is <html>" },
    { "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph></graphml>",
      "4: edge without a target" },
    { "<graphml>\n<graph>\n<graph><node id=\"a\"/></graph>\n</graph></graphml>",
      "3: a <graph> directly inside a <graph> is not supported" },
    { "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"g\"><graph>\n<node id=\"a\"/>"
      "<node id=\"b\"/>\n<hyperedge><endpoint node=\"a\"/></hyperedge></graph></node>\n"
      "</graph></graphml>", "5: hyperedges (ties among more than two nodes) are not supported" },
    { "<graphml>\n<key id=\"p\" for=\"node\" attr.name=\"parent\" attr.type=\"int\"/>\n<graph>\n"
      "<node id=\"g\"><graph>\n<node id=\"a\"/></graph></node>\n</graph></graphml>",
      "5: a nested node needs the attribute “parent” for its group, but the file declares "
      "“parent” a number" },
    /* an external DTD is never fetched: the file gets as far as its content */
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE g SYSTEM \"http://example.com/evil.dtd\">\n<graphml/>",
      "3: no <graph> element" },
  };
  g_autofree char *dir = g_dir_make_tmp ("sp-graphml-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, "t.graphml", NULL);
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

/* The graph's name as the title: networkx writes G.graph['name'] as the
 * graph key "name", igraph every graph attribute as a graph key (and the
 * id "G", which is no name).  Expected from
 *   /usr/bin/python3 -c "import networkx as nx; G = nx.read_graphml('tests/io/data/meta/karate-nx.graphml');
 *     print(G.graph['name'], len(G), G.number_of_edges())"
 *   Zachary's Karate Club 34 78
 *   /usr/bin/python3 -c "import igraph as ig; g = ig.Graph.Read_GraphML('tests/io/data/meta/kite-igraph.graphml');
 *     print(g['name'], '|', g['label'], g.vcount(), g.ecount())"
 *   Krackhardt's kite | kite 10 18 */
static void
test_graph_names (void)
{
  g_autoptr (SpNetwork) karate = load_ok ("meta/karate-nx.graphml", NULL);
  g_autoptr (SpNetwork) kite = load_ok ("meta/kite-igraph.graphml", NULL);

  g_assert_cmpstr (karate->title, ==, "Zachary's Karate Club");
  g_assert_cmpuint (sp_network_n_nodes (karate), ==, 34);
  g_assert_cmpuint (sp_network_n_ties (karate), ==, 78);
  /* "name" before "label" */
  g_assert_cmpstr (kite->title, ==, "Krackhardt's kite");
  g_assert_cmpuint (sp_network_n_nodes (kite), ==, 10);
  g_assert_cmpuint (sp_network_n_ties (kite), ==, 18);
}

/* Which name wins: samenspel.title, then the graph's data title, name,
 * label (a key's default counts as data), then an id that is a name. */
static void
test_graph_title_order (void)
{
  static const struct { const char *text; const char *title; } cases[] = {
    { "<graphml><key id=\"t\" for=\"graph\" attr.name=\"samenspel.title\"/>"
      "<key id=\"n\" for=\"graph\" attr.name=\"name\"/>"
      "<graph id=\"Sales\"><data key=\"n\">N</data><data key=\"t\">Saved</data></graph></graphml>",
      "Saved" },
    { "<graphml><key id=\"l\" for=\"graph\" attr.name=\"label\"/>"
      "<key id=\"n\" for=\"graph\" attr.name=\"Name\"/><key id=\"t\" for=\"graph\" attr.name=\"title\"/>"
      "<graph id=\"Sales\"><data key=\"l\">L</data><data key=\"n\">N</data>"
      "<data key=\"t\"> Team\nNorth </data></graph></graphml>",
      "Team North" },
    { "<graphml><key id=\"l\" for=\"graph\" attr.name=\"label\"/>"
      "<key id=\"n\" for=\"graph\" attr.name=\"name\"><default>N</default></key>"
      "<graph id=\"Sales\"><data key=\"l\">L</data></graph></graphml>",
      "N" },
    { "<graphml><key id=\"n\" for=\"node\" attr.name=\"name\"/>"
      "<graph id=\"Sales team\"><node id=\"a\"><data key=\"n\">Anna</data></node></graph></graphml>",
      "Sales team" },
    { "<graphml><key id=\"n\" for=\"graph\" attr.name=\"name\"/>"
      "<graph id=\"Sales\"><data key=\"n\"> </data></graph></graphml>", "Sales" },
    { "<graphml><graph id=\"G\"/></graphml>", "T" },
    { "<graphml><graph id=\"g0\"/></graphml>", "T" },
    { "<graphml><graph id=\"12\"/></graphml>", "T" },
    { "<graphml><graph/></graphml>", "T" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = sp_import_data (cases[i].text, strlen (cases[i].text),
                                                  SP_FORMAT_GRAPHML, "t.graphml", &error);

      g_assert_no_error (error);
      g_assert_cmpstr (net->title, ==, cases[i].title);
    }
}

/* Attributes named as Dutch HR exports name them (afdeling, naam,
 * functie, leidinggevende) are the department, name, role and manager. */
static void
test_dutch_keys (void)
{
  const char *text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"Naam\" attr.type=\"string\"/>\n"
    "  <key id=\"d1\" for=\"node\" attr.name=\"Afdeling\" attr.type=\"string\"/>\n"
    "  <key id=\"d2\" for=\"node\" attr.name=\"Functie\" attr.type=\"string\"/>\n"
    "  <key id=\"d3\" for=\"node\" attr.name=\"Leidinggevende\" attr.type=\"string\"/>\n"
    "  <graph edgedefault=\"undirected\">\n"
    "    <node id=\"a\"><data key=\"d0\">Anna de Vries</data><data key=\"d1\">Financiën</data>"
    "<data key=\"d2\">Controller</data></node>\n"
    "    <node id=\"b\"><data key=\"d0\">Bram Öztürk</data><data key=\"d1\">Verkoop</data>"
    "<data key=\"d3\">a</data></node>\n"
    "    <edge source=\"a\" target=\"b\"/>\n"
    "  </graph>\n"
    "</graphml>\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data (text, strlen (text), SP_FORMAT_GRAPHML, "t.graphml", &error);

  g_assert_no_error (error);
  assert_dutch_people (net);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graphml/networkx", test_networkx);
  g_test_add_func ("/graphml/networkx-directed", test_networkx_directed);
  g_test_add_func ("/graphml/igraph", test_igraph);
  g_test_add_func ("/graphml/yed", test_yed);
  g_test_add_func ("/graphml/nested", test_nested);
  g_test_add_func ("/graphml/partial-positions", test_partial_positions);
  g_test_add_func ("/graphml/gephi", test_gephi);
  g_test_add_func ("/graphml/title/graph-names", test_graph_names);
  g_test_add_func ("/graphml/title/order", test_graph_title_order);
  g_test_add_func ("/graphml/round-trip", test_round_trip);
  g_test_add_func ("/graphml/save-fails", test_save_fails);
  g_test_add_func ("/graphml/bad/malformed", test_bad_malformed);
  g_test_add_func ("/graphml/bad/unknown-node", test_bad_unknown_node);
  g_test_add_func ("/graphml/bad/weight", test_bad_weight);
  g_test_add_func ("/graphml/bad/billion-laughs", test_bad_billion_laughs);
  g_test_add_func ("/graphml/bad/snippets", test_bad_snippets);

  g_test_add_func ("/graphml/dutch-keys", test_dutch_keys);
  return g_test_run ();
}
