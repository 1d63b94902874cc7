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

/* A network from GEXF text (t.gexf), or NULL with @error set. */
static SpNetwork *
load_text (const char *text,
           GError    **error)
{
  return sp_import_data (text, strlen (text), SP_FORMAT_GEXF, "t.gexf", error);
}

/* The one note of @net, without the "FILE: " in front. */
static const char *
only_note (SpNetwork *net)
{
  const char *note;

  g_assert_cmpuint (net->notes->len, ==, 1);
  note = g_ptr_array_index (net->notes, 0);
  g_assert_nonnull (strstr (note, ": "));
  return strstr (note, ": ") + 2;
}

/* networkx's viz data: colours and sizes as attributes, positions as the
 * layout with y turned down, and the graph's name as the title.  Expected
 * figures from
 *   /usr/bin/python3 -c "import networkx as nx; G = nx.read_gexf('tests/io/data/meta/karate-viz-nx.gexf');
 *     print(G.graph['name'], len(G), G.number_of_edges(), G.nodes['0']['viz'], G.nodes['9']['viz'])"
 *   Zachary's Karate Club 34 78
 *   {'color': {'r': 230, 'g': 159, 'b': 0, 'a': 1.0}, 'size': 16.0, 'position': {'x': 100.0, 'y': 0.0, 'z': 0.0}}
 *   {'color': {'r': 0, 'g': 114, 'b': 178, 'a': 1.0}, 'size': 2.0,
 *    'position': {'x': -9.226835946330189, 'y': 99.57341762950345, 'z': 0.0}} */
static void
test_viz_networkx (void)
{
  g_autoptr (SpNetwork) net = load_ok ("meta/karate-viz-nx.gexf", NULL);
  SpAttribute *colour = sp_network_find_attribute (net, "viz colour");
  SpAttribute *size = sp_network_find_attribute (net, "viz size");
  guint n0 = find (net, "0"), n9 = find (net, "9");

  g_assert_cmpstr (net->title, ==, "Zachary's Karate Club");
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 34);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 78);
  g_assert_nonnull (colour);
  g_assert_cmpint (colour->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (colour->str[n0], ==, "#e69f00");  /* 230, 159, 0 */
  g_assert_cmpstr (colour->str[n9], ==, "#0072b2");  /* 0, 114, 178 */
  g_assert_nonnull (size);
  g_assert_cmpint (size->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (size->num[n0], 16.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (size->num[n9], 2.0, 1e-12);
  g_assert_true (net->has_layout);
  g_assert_cmpfloat_with_epsilon (net->x[n0], 100.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->y[n0], 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->x[n9], -9.226835946330189, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->y[n9], -99.57341762950345, 1e-9);  /* y down */
}

/* Gephi's own sample (GEXF 1.3, viz namespace prefix, no <title> and an
 * empty <description>: the file name stays the title).  networkx 2.8.8
 * knows GEXF only up to 1.2draft, so the namespace is renamed for it:
 *   /usr/bin/python3 -c "import io, networkx as nx;
 *     s = open('tests/io/data/meta/les-miserables.gexf', 'rb').read().replace(b'www.gexf.net/1.3', b'www.gexf.net/1.2draft');
 *     G = nx.read_gexf(io.BytesIO(s)); print(len(G), G.number_of_edges(), G.nodes['0'], G.nodes['76'])"
 *   77 254 {'Modularity Class': 0, 'viz': {'color': {'r': 91, 'g': 91, 'b': 245, 'a': 1.0}, 'size': 28.685715,
 *     'position': {'x': -102.81979, 'y': -185.35468, 'z': 0.0}}, 'label': 'Myriel'}
 *   {'Modularity Class': 8, 'viz': {'color': {'r': 91, 'g': 245, 'b': 91, 'a': 1.0}, 'size': 20.457146,
 *     'position': {'x': 876.19147, 'y': 109.52258, 'z': 0.0}}, 'label': 'MmeHucheloup'} */
static void
test_viz_gephi (void)
{
  g_autoptr (SpNetwork) net = load_ok ("meta/les-miserables.gexf", NULL);
  SpAttribute *colour = sp_network_find_attribute (net, "viz colour");
  SpAttribute *size = sp_network_find_attribute (net, "viz size");
  guint n0 = find (net, "0"), n76 = find (net, "76");

  g_assert_cmpstr (net->title, ==, "Les miserables");
  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 77);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 254);
  g_assert_cmpuint (net->notes->len, ==, 0);
  g_assert_cmpstr (sp_network_node (net, n0)->name, ==, "Myriel");
  g_assert_cmpstr (colour->str[n0], ==, "#5b5bf5");   /* 91, 91, 245 */
  g_assert_cmpstr (colour->str[n76], ==, "#5bf55b");  /* 91, 245, 91 */
  g_assert_cmpfloat_with_epsilon (size->num[n0], 28.685715, 1e-12);
  g_assert_cmpfloat_with_epsilon (size->num[n76], 20.457146, 1e-12);
  g_assert_true (net->has_layout);
  g_assert_cmpfloat_with_epsilon (net->x[n0], -102.81979, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->y[n0], 185.35468, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->x[n76], 876.19147, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->y[n76], -109.52258, 1e-9);
}

/* viz colours written as hex (1.3) or with an opacity; bad ones refused. */
static void
test_viz_forms (void)
{
  static const char *const text =
    "<gexf xmlns:viz=\"http://gexf.net/1.3/viz\"><graph><nodes>"
    "<node id=\"a\"><color hex=\"#00FF7f\"/></node>"
    "<node id=\"b\"><viz:color r=\"1\" g=\"2\" b=\"255\" a=\"0.5\"/><viz:size value=\"0\"/></node>"
    "<node id=\"c\"><viz:color hex=\"abc\"/></node>"
    "<node id=\"d\"/>"
    "</nodes></graph></gexf>";
  static const struct { const char *text; const char *message; } bad[] = {
    { "<gexf>\n<graph><nodes>\n<node id=\"a\"><color r=\"256\" g=\"0\" b=\"0\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: colour (“256”, “0”, “0”) is not three numbers from 0 to 255" },
    { "<gexf>\n<graph><nodes>\n<node id=\"a\"><color r=\"1\" g=\"2\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: colour (“1”, “2”, “”) is not three numbers from 0 to 255" },
    { "<gexf>\n<graph><nodes>\n<node id=\"a\"><color hex=\"#12345g\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: colour “#12345g” is not a hexadecimal colour #rrggbb" },
    { "<gexf>\n<graph><nodes>\n<node id=\"a\"><size value=\"-1\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: size “-1” is not a number of 0 or more" },
    { "<gexf>\n<graph><nodes>\n<node id=\"a\"><size value=\"1e400\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: value “1e400” of “viz size” is out of range: the limit is ±1e+15" },
    { "<gexf>\n<graph><attributes class=\"node\"><attribute id=\"0\" title=\"viz size\"/>"
      "</attributes><nodes>\n<node id=\"a\"><size value=\"2\"/></node>\n"
      "</nodes></graph></gexf>",
      "t.gexf:3: two attributes “viz size” of different types" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = load_text (text, &error);
  SpAttribute *colour, *size;

  g_assert_no_error (error);
  colour = sp_network_find_attribute (net, "viz colour");
  size = sp_network_find_attribute (net, "viz size");
  g_assert_cmpstr (colour->str[find (net, "a")], ==, "#00ff7f");
  g_assert_cmpstr (colour->str[find (net, "b")], ==, "#0102ff");
  g_assert_cmpstr (colour->str[find (net, "c")], ==, "#aabbcc");
  g_assert_null (colour->str[find (net, "d")]);
  g_assert_cmpfloat (size->num[find (net, "b")], ==, 0);
  g_assert_true (isnan (size->num[find (net, "a")]));
  g_assert_false (net->has_layout);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) e = NULL;
      g_autoptr (SpNetwork) n = load_text (bad[i].text, &e);
      SpErrorCode code = strstr (bad[i].message, "range") != NULL ? SP_ERROR_LIMIT : SP_ERROR_PARSE;

      g_assert_null (n);
      g_assert_error (e, SP_ERROR, (gint) code);
      g_assert_cmpstr (e->message, ==, bad[i].message);
    }
}

/* The title: <meta>'s <title>, else the graph's label, else its name,
 * else a short <description>, else the file name. */
static void
test_title (void)
{
  static const struct { const char *text; const char *title; } cases[] = {
    { "<gexf><meta><title> Team \n North </title><description>D</description></meta>"
      "<graph label=\"L\" name=\"N\"/></gexf>", "Team   North" },
    { "<gexf><meta><title/><description>D</description></meta>"
      "<graph label=\"L\" name=\"N\"/></gexf>", "L" },
    { "<gexf><meta><description>D</description></meta><graph label=\" \" name=\"N\"/></gexf>", "N" },
    { "<gexf><meta><creator>Gephi 0.10</creator><description>D</description></meta><graph/></gexf>", "D" },
    { "<gexf><meta><description>Two\nlines</description></meta><graph/></gexf>", "T" },
    { "<gexf><meta><creator>Gephi 0.10</creator></meta><graph/></gexf>", "T" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = load_text (cases[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (net->title, ==, cases[i].title);
    }
}

/* gexf.net's GEXF 1.1 dynamic sample declares node 120 ("Photos") twice,
 * for the spells 29–38 and 40–41: one node, with a note.  networkx 2.8.8
 * cannot read the file (its dynamic attvalues without a start), so the
 * figures come from Python's own XML parser:
 *   /usr/bin/python3 -c "import xml.etree.ElementTree as ET; f = 'tests/io/data/meta/photoviz-dynamic.gexf';
 *     r = ET.parse(f).getroot(); ns = r.tag[1:].split('}')[0];
 *     ids = [n.get('id') for n in r.iter('{%s}node' % ns)];
 *     es = [(e.get('id'), e.get('source'), e.get('target')) for e in r.iter('{%s}edge' % ns)];
 *     print(len(ids), len(set(ids)), len(es), len(set(es)))"
 *   394 393 623 623 */
static void
test_dynamic_nodes (void)
{
  g_autoptr (SpNetwork) net = load_ok ("meta/photoviz-dynamic.gexf", NULL);
  SpAttribute *codelines = sp_network_find_attribute (net, "codelines");
  guint photos = find (net, "120");

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 393);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 623);
  g_assert_true (net->directed);
  g_assert_cmpstr (only_note (net), ==, "1 node declared again with other spells was merged");
  g_assert_cmpstr (sp_network_node (net, photos)->name, ==, "Photos");
  g_assert_cmpfloat (codelines->num[photos], ==, 17);
  g_assert_cmpstr (net->title, ==, "photoviz");  /* <description> */
}

/* gexf.net's other GEXF 1.1 sample gives the id 701 to two edges between
 * different nodes: two ties, not one.  Figures as above
 * (f = 'tests/io/data/meta/dynamics-1.1.gexf'): 87 87 219 219; and of
 * the 219 edges of this directed graph, 6 are mutual (tied both ways):
 *   /usr/bin/python3 -c "import xml.etree.ElementTree as ET; f = 'tests/io/data/meta/dynamics-1.1.gexf';
 *     r = ET.parse(f).getroot(); ns = r.tag[1:].split('}')[0];
 *     print(sum(e.get('type') == 'mutual' for e in r.iter('{%s}edge' % ns)))"
 *   6 */
static void
test_dynamic_edge_ids (void)
{
  g_autoptr (SpNetwork) net = load_ok ("meta/dynamics-1.1.gexf", NULL);

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 87);
  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 219 + 6);
  g_assert_cmpuint (net->notes->len, ==, 0);
}

/* An edge declared again for another spell is merged too (the first
 * one's weight counts); in a static graph, or without spells, a node
 * declared twice is still an error. */
static void
test_dynamic_merge (void)
{
  static const char *const text =
    "<gexf version=\"1.1\"><graph mode=\"dynamic\" defaultedgetype=\"directed\"><nodes>"
    "<node id=\"a\" label=\"Anna\" start=\"1\" end=\"2\"/><node id=\"b\" start=\"1\"/>"
    "<node id=\"a\" label=\"Other\" start=\"4\" end=\"5\"/>"
    "<node id=\"a\"><spells><spell start=\"7\"/></spells></node>"
    "</nodes><edges>"
    "<edge id=\"e\" source=\"a\" target=\"b\" weight=\"2\" start=\"1\" end=\"2\"/>"
    "<edge id=\"e\" source=\"a\" target=\"b\" weight=\"5\" start=\"4\"/>"
    "<edge id=\"e\" source=\"b\" target=\"a\" start=\"4\"/>"
    "</edges></graph></gexf>";
  static const struct { const char *text; const char *message; } bad[] = {
    { "<gexf>\n<graph><nodes>\n<node id=\"a\" start=\"1\"/>\n<node id=\"a\" start=\"2\"/>\n"
      "</nodes></graph></gexf>", "t.gexf:4: duplicate id “a”" },
    { "<gexf>\n<graph mode=\"dynamic\"><nodes>\n<node id=\"a\" start=\"1\"/>\n<node id=\"a\"/>\n"
      "</nodes></graph></gexf>", "t.gexf:4: duplicate id “a”" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = load_text (text, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 2);
  g_assert_cmpstr (sp_network_node (net, find (net, "a"))->name, ==, "Anna");
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 2);
  g_assert_cmpuint (sp_network_tie (net, 1)->source, ==, find (net, "b"));
  g_assert_cmpuint (net->notes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (net->notes, 0), ==,
                   "t.gexf: 2 nodes declared again with other spells were merged");
  g_assert_cmpstr (g_ptr_array_index (net->notes, 1), ==,
                   "t.gexf: 1 tie declared again with other spells was merged");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) e = NULL;
      g_autoptr (SpNetwork) n = load_text (bad[i].text, &e);

      g_assert_null (n);
      g_assert_cmpstr (e->message, ==, bad[i].message);
    }
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
  g_test_add_func ("/gexf/viz/networkx", test_viz_networkx);
  g_test_add_func ("/gexf/viz/gephi-1.3", test_viz_gephi);
  g_test_add_func ("/gexf/viz/forms", test_viz_forms);
  g_test_add_func ("/gexf/title", test_title);
  g_test_add_func ("/gexf/dynamic/nodes-declared-again", test_dynamic_nodes);
  g_test_add_func ("/gexf/dynamic/edge-id-between-other-nodes", test_dynamic_edge_ids);
  g_test_add_func ("/gexf/dynamic/merge", test_dynamic_merge);
  g_test_add_func ("/gexf/bad/attvalue", test_bad_attvalue);
  g_test_add_func ("/gexf/bad/snippets", test_bad_snippets);

  return g_test_run ();
}
