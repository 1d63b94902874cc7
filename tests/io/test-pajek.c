/* test-pajek.c — Pajek .net and .paj files as Pajek and its users wrote
 * them (tests/io/data/pajek/README.md): counts against igraph reading the
 * same file, and against the published counts where igraph cannot read it
 * (several relations in one file). */
#include "io-test-util.h"


static SpNetwork *
load_snippet (const char *text,
              GError    **error)
{
  return sp_import_data (text, strlen (text), SP_FORMAT_AUTO, "snippet.net", error);
}

/* igraph: python3 -c "import igraph; g = igraph.Graph.Read_Pajek('links.net');
 *   print(g.vcount(), g.ecount(), g.is_directed())"  →  4 7 True
 * and for tribes.net → 16 58 False */
static void
test_igraph_counts (void)
{
  g_autoptr (SpNetwork) links = load_ok ("pajek/links.net", NULL);
  g_autoptr (SpNetwork) tribes = load_ok ("pajek/tribes.net", NULL);

  g_assert_cmpuint (sp_network_n_nodes (links), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (links), ==, 7);
  g_assert_true (links->directed);
  g_assert_cmpuint (sp_network_n_nodes (tribes), ==, 16);
  /* undirected: each edge is stored both ways */
  g_assert_false (tribes->directed);
  g_assert_cmpuint (sp_network_n_ties (tribes), ==, 58);
  /* labels are the names */
  g_assert_cmpstr (sp_network_node (tribes, find (tribes, "1"))->name, ==, "Gaveve");  /* line 8: 1 Gaveve */
}

/* Lazega's law firm: the published arc counts (Lazega 2001; Snijders'
 * data page): advice 892, friendship 575, co-work 1,104; 71 lawyers; the
 * partitions and vectors are attributes */
static void
test_lazega (void)
{
  g_autoptr (SpNetwork) net = load_ok ("pajek/Lazega-Law-Firm.paj", NULL);
  SpAttribute *status = sp_network_find_attribute (net, "status");
  SpAttribute *age = sp_network_find_attribute (net, "age");

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 71);
  g_assert_true (net->directed);
  g_assert_cmpuint (n_ties_of_type (net, "advice"), ==, 892);
  g_assert_cmpuint (n_ties_of_type (net, "friendship"), ==, 575);
  g_assert_cmpuint (n_ties_of_type (net, "co-work"), ==, 1104);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 892 + 575 + 1104);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "L1");
  /* *Partition status.clu: 1 partner, 2 associate; lawyer 1 is a partner
   * aged 64 (*Vector age.vec, first value) */
  g_assert_nonnull (status);
  g_assert_cmpint (status->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpstr (status->str[0], ==, "1");
  g_assert_nonnull (age);
  g_assert_cmpint (age->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (age->num[0], ==, 64);
  g_assert_cmpfloat (age->num[1], ==, 62);
  g_assert_nonnull (sp_network_find_attribute (net, "seniority"));
  g_assert_nonnull (sp_network_find_attribute (net, "practice"));
}

/* Sampson's monastery, as arcs and as arc lists: ten relations, the same
 * ties.  Counted per relation by reading the sections' lines:
 *   python3 (see README.md): SAMPLK1 55, SAMPLK2 57, SAMPLK3 56, SAMPDLK 47,
 *   SAMPES 54, SAMPDES 58, SAMPIN 53, SAMPNIN 50, SAMPPR 39, SAMNPR 41 = 510 */
static void
test_sampson (void)
{
  static const struct { const char *type; guint n; } relations[] = {
    { "SAMPLK1", 55 }, { "SAMPLK2", 57 }, { "SAMPLK3", 56 }, { "SAMPDLK", 47 },
    { "SAMPES", 54 }, { "SAMPDES", 58 }, { "SAMPIN", 53 }, { "SAMPNIN", 50 },
    { "SAMPPR", 39 }, { "SAMNPR", 41 },
  };
  g_autoptr (SpNetwork) arcs = load_ok ("pajek/sampson.net", NULL);
  g_autoptr (SpNetwork) lists = load_ok ("pajek/SampsonL.net", NULL);

  g_assert_cmpuint (sp_network_n_nodes (arcs), ==, 18);
  g_assert_cmpuint (sp_network_n_nodes (lists), ==, 18);
  for (guint r = 0; r < G_N_ELEMENTS (relations); r++)
    {
      g_assert_cmpuint (n_ties_of_type (arcs, relations[r].type), ==, relations[r].n);
      g_assert_cmpuint (n_ties_of_type (lists, relations[r].type), ==, relations[r].n);
    }
  g_assert_cmpuint (sp_network_n_ties (arcs), ==, 510);
}

/* the corners a hand-written file reaches */
static void
test_snippets (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  /* a matrix: non-zero values are weighted arcs */
  net = load_snippet ("*Vertices 3\n1 \"Anna de Vries\"\n2 Bert\n3 \"Cas\"\n*Matrix\n0 2 0\n0 0 1.5\n1 0 0\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, 1)->name, ==, "Bert");
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 2);
  g_clear_pointer (&net, sp_network_unref);

  /* edges, an edge list, a % comment, CRLF; vertices never described */
  net = load_snippet ("% made by hand\r\n*Vertices 4\r\n*Edges\r\n1 2\r\n*Edgeslist\r\n3 1 4\r\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_false (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_clear_pointer (&net, sp_network_unref);

  /* two-mode: the second mode are clients, and it is said */
  net = load_snippet ("*Vertices 4 2\n1 \"p1\"\n2 \"p2\"\n3 \"c1\"\n4 \"c2\"\n*Edges\n1 3\n2 4\n1 4\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpint (sp_network_node (net, 0)->kind, ==, SP_NODE_PERSON);
  g_assert_cmpint (sp_network_node (net, 2)->kind, ==, SP_NODE_CLIENT);
  g_assert_cmpuint (net->notes->len, >, 0);
  g_clear_pointer (&net, sp_network_unref);

  /* Windows-1252 labels are converted, and it is said */
  net = load_snippet ("*Vertices 2\n1 \"Jos\xe9\"\n2 \"M\xfcller\"\n*Arcs\n1 2\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "José");
  g_assert_cmpstr (sp_network_node (net, 1)->name, ==, "Müller");
  g_assert_cmpuint (net->notes->len, >, 0);
  g_clear_pointer (&net, sp_network_unref);
}

static void
test_bad (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "*Vertices 3\n*Arcs\n1 4\n", "snippet.net:3: vertex 4 is out of range: the network has 3 vertices" },
    { "*Vertices 2\n*Arcs\n1 x\n", NULL },
    { "*Vertices many\n", "snippet.net:1: the number of vertices “many” is not a number" },
    { "*Vertices 2\n*Matrix\n0 1\n",
      "snippet.net:3: the matrix from line 2 ends after 2 of its 2 × 2 values" },
    { "*Vertices 2\n1 \"unterminated\n", "snippet.net:2: the label \"unterminated has no closing quote" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = load_snippet (cases[i].text, &error);

      g_assert_null (net);
      g_assert_error (error, SP_ERROR, SP_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, "snippet.net:"));
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pajek/igraph-counts", test_igraph_counts);
  g_test_add_func ("/pajek/lazega", test_lazega);
  g_test_add_func ("/pajek/sampson", test_sampson);
  g_test_add_func ("/pajek/snippets", test_snippets);
  g_test_add_func ("/pajek/bad", test_bad);
  return g_test_run ();
}
