/* test-csv.c — people.csv, ties.csv, clients.csv */
#include "io-test-util.h"

static void
test_folder (void)
{
  g_autoptr (SpNetwork) net = load_ok ("org", NULL);
  SpAttribute *perf, *pot, *level, *sector, *revenue;
  SpNode *p2, *c1;
  SpTie *tie;

  g_assert_cmpstr (net->title, ==, "Org");
  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 2);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 8);
  g_assert_false (net->directed);

  p2 = sp_network_node (net, find (net, "p2"));
  g_assert_cmpstr (p2->name, ==, "Bram Jansen");
  g_assert_cmpstr (p2->department, ==, "Sales");
  g_assert_cmpstr (p2->role, ==, "Account manager");
  g_assert_cmpstr (p2->manager, ==, "p1");
  g_assert_true (p2->department == sp_network_node (net, find (net, "p1"))->department);
  g_assert_null (sp_network_node (net, find (net, "p1"))->manager);

  c1 = sp_network_node (net, find (net, "c1"));
  g_assert_cmpint (c1->kind, ==, SP_NODE_CLIENT);
  g_assert_cmpstr (c1->name, ==, "Acme");

  perf = sp_network_find_attribute (net, "performance");
  pot = sp_network_find_attribute (net, "potential");
  level = sp_network_find_attribute (net, "level");
  sector = sp_network_find_attribute (net, "sector");
  revenue = sp_network_find_attribute (net, "revenue");
  g_assert_nonnull (perf);
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (level->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpint (sector->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_cmpint (revenue->type, ==, SP_ATTR_NUMERIC);
  g_assert_null (sp_network_find_attribute (net, "name"));
  g_assert_cmpfloat_with_epsilon (perf->num[find (net, "p1")], 4.5, 1e-12);
  g_assert_true (isnan (pot->num[find (net, "p3")]));
  g_assert_true (isnan (perf->num[find (net, "c1")]));
  g_assert_cmpstr (level->str[find (net, "p4")], ==, "junior");
  g_assert_null (level->str[find (net, "p5")]);
  g_assert_cmpstr (sector->str[find (net, "c2")], ==, "energy");
  g_assert_cmpfloat_with_epsilon (revenue->num[find (net, "c1")], 1200000, 1e-6);

  tie = sp_network_tie (net, 0);
  g_assert_cmpuint (tie->source, ==, find (net, "p1"));
  g_assert_cmpuint (tie->target, ==, find (net, "p2"));
  g_assert_cmpstr (type_name (net, tie), ==, "advice");
  g_assert_cmpfloat_with_epsilon (tie->weight, 2.0, 1e-12);
  tie = sp_network_tie (net, 1);
  g_assert_cmpfloat_with_epsilon (tie->weight, 1.0, 1e-12);   /* empty: default */
  tie = sp_network_tie (net, 5);
  g_assert_cmpuint (tie->target, ==, find (net, "c1"));
  g_assert_cmpstr (type_name (net, tie), ==, "client");
}

static void
test_folder_loose_names (void)
{
  g_autoptr (SpNetwork) net = load_ok ("named", NULL);

  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 2);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 8);
}

static void
test_ties_with_options (void)
{
  g_autofree char *people = data_path ("org/people.csv");
  g_autofree char *clients = data_path ("org/clients.csv");
  SpImportOptions options = { SP_FORMAT_AUTO, people, clients };
  g_autoptr (SpNetwork) net = load_ok ("org/ties.csv", &options);

  g_assert_cmpstr (net->title, ==, "Ties");
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 7);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 8);
}

static void
test_ties_alone (void)
{
  g_autoptr (SpNetwork) net = load_ok ("ties-only.csv", NULL);

  g_assert_cmpuint (sp_network_n_persons (net), ==, 3);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_assert_cmpstr (sp_network_node (net, 2)->id, ==, "c");
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 2)->weight, 0.5, 1e-12);
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 2)), ==, "trust");
}

static void
test_people_alone (void)
{
  g_autoptr (SpNetwork) net = load_ok ("org/people.csv", NULL);

  g_assert_cmpuint (sp_network_n_persons (net), ==, 5);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 0);
}

static void
test_folder_people_only (void)
{
  g_autoptr (SpNetwork) net = load_ok ("people-only", NULL);

  g_assert_cmpstr (net->title, ==, "People only");
  g_assert_cmpuint (sp_network_n_persons (net), ==, 1);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 0);
}

static void
test_directed (void)
{
  g_autoptr (SpNetwork) net = load_ok ("directed-ties.csv", NULL);

  /* a→b directed, b–c undirected (both ways), c→a follows the data set */
  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_cmpuint (sp_network_tie (net, 3)->source, ==, find (net, "c"));
  g_assert_cmpuint (sp_network_tie (net, 3)->target, ==, find (net, "b"));
}

static void
test_semicolon_bom_crlf (void)
{
  g_autoptr (SpNetwork) net = load_ok ("semicolon", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *notes = sp_network_find_attribute (net, "notes");

  g_assert_cmpuint (sp_network_n_persons (net), ==, 3);
  g_assert_cmpint (sp_network_find_node (net, "p1"), ==, 0);
  g_assert_cmpstr (sp_network_node (net, 2)->name, ==, "Chloé");
  g_assert_cmpstr (sp_network_node (net, 2)->department, ==, "R&D");
  g_assert_nonnull (perf);
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat_with_epsilon (perf->num[0], 4.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (perf->num[2], 3.25, 1e-12);
  g_assert_cmpstr (notes->str[0], ==, "a; b");
  g_assert_null (notes->str[1]);
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 0)->weight, 1.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (sp_network_tie (net, 1)->weight, 0.25, 1e-12);
}

static void
test_tab (void)
{
  g_autoptr (SpNetwork) net = load_ok ("tab", NULL);
  SpAttribute *score = sp_network_find_attribute (net, "score");

  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpstr (sp_network_node (net, 1)->name, ==, "Bram, Jr.");
  g_assert_cmpfloat_with_epsilon (score->num[1], 2.5, 1e-12);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 1);
}

static void
test_quoted (void)
{
  g_autoptr (SpNetwork) net = load_ok ("quoted.csv", NULL);
  SpAttribute *comment = sp_network_find_attribute (net, "comment");

  g_assert_cmpuint (sp_network_n_persons (net), ==, 3);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "de Vries, Anna");
  g_assert_cmpstr (comment->str[0], ==, "said \"hello\"\nand left");
  g_assert_cmpstr (comment->str[1], ==, "multi\nline, with comma");
  /* blanks inside quotes are data */
  g_assert_cmpstr (sp_network_node (net, 2)->name, ==, "  Chloé  ");
  g_assert_cmpstr (comment->str[2], ==, "plain");
}

static void
test_bad_missing_id (void)
{
  assert_error_full ("bad/no-id", NULL, "bad/no-id/people.csv", 1,
                     "missing required column “id”");
}

static void
test_bad_missing_source (void)
{
  assert_error ("bad/missing-source.csv", 1, "missing required column “source”");
}

static void
test_bad_unknown_node (void)
{
  g_autofree char *people = data_path ("org/people.csv");
  SpImportOptions options = { SP_FORMAT_AUTO, people, NULL };

  assert_error_full ("bad/unknown-node.csv", &options, NULL, 3,
                     "unknown node id “p9” in tie");
}

static void
test_bad_duplicate_id (void)
{
  assert_error ("bad/duplicate-id.csv", 4, "duplicate id “p1”");
}

static void
test_bad_weight (void)
{
  assert_error ("bad/bad-weight.csv", 3, "weight “abc” is not a number");
}

static void
test_bad_unterminated (void)
{
  assert_error ("bad/unterminated.csv", 3, "unterminated quoted field");
}

static void
test_bad_empty (void)
{
  assert_error ("bad/empty.csv", 1, "empty file");
}


static void
test_bad_folder (void)
{
  g_autofree char *path = data_path ("bad/no-such-folder");
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);

  g_assert_null (net);
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
}

/* Malformed snippets written to a temporary file: each must fail cleanly. */
static void
test_bad_snippets (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "source,target\na,b,extra\n", "2: row has 3 fields but the header has 2" },
    { "source,target\n\"a\"x,b\n", "2: unexpected text after a closing quote" },
    { "source,target\n,b\n", "2: tie without a source" },
    { "id,id\n", "1: duplicate column “id”" },
    { "source,target,directed\na,b,maybe\n", "2: directed “maybe” is neither true nor false" },
    { "id,kind\np1,robot\n", "2: kind “robot” is neither “person” nor “client”" },
    { "id,name\n,Anna\n", "2: empty id" },
    { "\xef\xbb\xbf\r\n\r\n", "1: empty file" },
    { "source,target,weight\na,b,1e999\n", "2: weight “1e999” is not a number" },
    { "source,target,weight\na,b,nan\n", "2: weight “nan” is not a number" },
  };
  g_autofree char *dir = g_dir_make_tmp ("sp-csv-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, "t.csv", NULL);
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

static void
test_guess_format (void)
{
  g_assert_cmpint (sp_import_guess_format ("a.CSV", NULL, 0), ==, SP_FORMAT_CSV);
  g_assert_cmpint (sp_import_guess_format ("a.graphml", NULL, 0), ==, SP_FORMAT_GRAPHML);
  g_assert_cmpint (sp_import_guess_format ("a.gexf", NULL, 0), ==, SP_FORMAT_GEXF);
  g_assert_cmpint (sp_import_guess_format ("a.gv", NULL, 0), ==, SP_FORMAT_DOT);
  g_assert_cmpint (sp_import_guess_format ("a", "<?xml version=\"1.0\"?>\n<graphml>", 30), ==,
                   SP_FORMAT_GRAPHML);
  g_assert_cmpint (sp_import_guess_format ("a.xml", "<?xml version=\"1.0\"?><gexf version=\"1.3\">", 40),
                   ==, SP_FORMAT_GEXF);
  g_assert_cmpint (sp_import_guess_format ("a.txt", "strict digraph g {", 18), ==, SP_FORMAT_DOT);
  g_assert_cmpint (sp_import_guess_format ("a.txt", "graph{a--b}", 11), ==, SP_FORMAT_DOT);
  g_assert_cmpint (sp_import_guess_format ("a.txt", "graph,source\n", 13), ==, SP_FORMAT_CSV);
  g_assert_cmpint (sp_import_guess_format (NULL, "id;name\n", 8), ==, SP_FORMAT_CSV);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/folder", test_folder);
  g_test_add_func ("/csv/folder-loose-names", test_folder_loose_names);
  g_test_add_func ("/csv/ties-with-options", test_ties_with_options);
  g_test_add_func ("/csv/ties-alone", test_ties_alone);
  g_test_add_func ("/csv/people-alone", test_people_alone);
  g_test_add_func ("/csv/folder-people-only", test_folder_people_only);
  g_test_add_func ("/csv/directed", test_directed);
  g_test_add_func ("/csv/semicolon-bom-crlf", test_semicolon_bom_crlf);
  g_test_add_func ("/csv/tab", test_tab);
  g_test_add_func ("/csv/quoted", test_quoted);
  g_test_add_func ("/csv/bad/missing-id", test_bad_missing_id);
  g_test_add_func ("/csv/bad/missing-source", test_bad_missing_source);
  g_test_add_func ("/csv/bad/unknown-node", test_bad_unknown_node);
  g_test_add_func ("/csv/bad/duplicate-id", test_bad_duplicate_id);
  g_test_add_func ("/csv/bad/weight", test_bad_weight);
  g_test_add_func ("/csv/bad/unterminated-quote", test_bad_unterminated);
  g_test_add_func ("/csv/bad/empty", test_bad_empty);
  g_test_add_func ("/csv/bad/no-folder", test_bad_folder);
  g_test_add_func ("/csv/bad/snippets", test_bad_snippets);
  g_test_add_func ("/import/guess-format", test_guess_format);

  return g_test_run ();
}
