/* test-survey.c — survey exports: the long shape and the names × names
 * matrix, matched to a people file (tests/io/data/survey/README.md).
 * Expected counts are networkx's reading the same files; the matching
 * cases are written into the data on purpose (see the README). */
#include "io-test-util.h"


static double
total_weight (SpNetwork *net)
{
  double sum = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    sum += sp_network_tie (net, t)->weight;
  return sum;
}

static const char *
attribute (SpNetwork  *net,
           const char *name,
           const char *id)
{
  SpAttribute *attr = sp_network_find_attribute (net, name);

  g_assert_nonnull (attr);
  g_assert_cmpint (attr->type, ==, SP_ATTR_CATEGORICAL);
  return attr->str[find (net, id)];
}

static guint
degree (SpNetwork *net,
        guint      node)
{
  guint n = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    n += sp_network_tie (net, t)->source == node || sp_network_tie (net, t)->target == node;
  return n;
}

/* cd tests/io/data/survey && /usr/bin/python3 -c "
 * import csv,networkx as nx,collections
 * r=list(csv.DictReader(open('long.csv')));g=nx.MultiDiGraph()
 * for x in r: g.add_edge(x['respondent'],x['named'],key=x['question'],weight=float(x['strength'] or 1))
 * print(g.number_of_nodes(),g.number_of_edges(),dict(collections.Counter(k for _,_,k in g.edges(keys=True))),g.size(weight='weight'))"
 *   →  6 6 {'advice': 4, 'friendship': 2} 16.0 */
static void
test_long (void)
{
  g_autoptr (SpNetwork) net = load_ok ("survey/long.csv", NULL);

  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 6);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  g_assert_cmpuint (n_ties_of_type (net, "advice"), ==, 4);
  g_assert_cmpuint (n_ties_of_type (net, "friendship"), ==, 2);
  g_assert_cmpfloat (total_weight (net), ==, 16.0);
  /* the first row: Anna → Bram, strength 3, directed from the respondent */
  g_assert_cmpuint (sp_network_tie (net, 0)->source, ==, find (net, "Anna de Vries"));
  g_assert_cmpuint (sp_network_tie (net, 0)->target, ==, find (net, "Bram"));
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 3.0);
  /* a blank strength is 1 */
  g_assert_cmpfloat (sp_network_tie (net, 1)->weight, ==, 1.0);
  /* without a people file there is nothing to match: no notes */
  g_assert_cmpuint (net->notes->len, ==, 0);
}

/* cd tests/io/data/survey && /usr/bin/python3 -c "
 * import csv,networkx as nx,collections
 * r=list(csv.DictReader(open('lang.csv'),delimiter=';'));g=nx.MultiDiGraph()
 * for x in r: g.add_edge(x['Respondent'],x['Naam collega'],key=x['Vraag'],weight=float(x['Sterkte']))
 * print(g.number_of_nodes(),g.number_of_edges(),dict(collections.Counter(k for _,_,k in g.edges(keys=True))),g.size(weight='weight'))"
 *   →  2 3 {'advies': 2, 'vertrouwen': 1} 7.0 */
static void
test_long_dutch (void)
{
  g_autoptr (SpNetwork) net = load_ok ("survey/lang.csv", NULL);

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 2);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 3);
  g_assert_cmpuint (n_ties_of_type (net, "advies"), ==, 2);
  g_assert_cmpuint (n_ties_of_type (net, "vertrouwen"), ==, 1);
  g_assert_cmpfloat (total_weight (net), ==, 7.0);
}

/* people.csv: p1 "Anna de Vries" (named exactly), p2 "Bram" (exactly),
 * p3 "Chloe  DUBOIS" (named "Chloé Dubois": accents, case, blanks), p4
 * "Dirk" (named by id "p4", answered nothing); "jan" and "Mo" are nobody. */
static void
test_long_people (void)
{
  g_autofree char *people = data_path ("survey/people.csv");
  g_autofree char *survey = data_path ("survey/long.csv");
  g_autofree char *note = NULL;
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/long.csv", &options);
  guint p3 = find (net, "p3");

  /* networkx's 6 ties; the 4 people and the 2 unmatched names */
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 6);
  g_assert_cmpint (sp_network_find_node (net, "Anna de Vries"), <, 0);
  g_assert_cmpint (sp_network_find_node (net, "Chloé Dubois"), <, 0);
  /* Bram → Anna (exact names), Bram → Chloé (folded), Chloé → p4 (id) */
  g_assert_cmpuint (sp_network_tie (net, 2)->source, ==, find (net, "p2"));
  g_assert_cmpuint (sp_network_tie (net, 2)->target, ==, find (net, "p1"));
  g_assert_cmpuint (sp_network_tie (net, 3)->target, ==, p3);
  g_assert_cmpuint (sp_network_tie (net, 4)->source, ==, p3);
  g_assert_cmpuint (sp_network_tie (net, 4)->target, ==, find (net, "p4"));
  g_assert_cmpstr (sp_network_node (net, p3)->department, ==, "IT");

  g_assert_cmpstr (attribute (net, "matched", "jan"), ==, "no");
  g_assert_cmpstr (attribute (net, "matched", "Mo"), ==, "no");
  g_assert_cmpstr (attribute (net, "matched", "p3"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p1"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p3"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p4"), ==, "no");

  g_assert_cmpuint (net->notes->len, ==, 2);
  note = g_strdup_printf ("%s: 2 named people match nobody in %s: “jan” (row 3), “Mo” (row 7)",
                          survey, people);
  g_assert_cmpstr (g_ptr_array_index (net->notes, 0), ==, note);
  g_assert_cmpstr (g_ptr_array_index (net->notes, 1), ==,
                   "Response rate 3 of 4 (75%): measures of people who did not answer count "
                   "only the ties others named to them");
}

/* cd tests/io/data/survey && /usr/bin/python3 -c "
 * import csv,networkx as nx
 * rows=list(csv.reader(open('matrix.csv')));g=nx.DiGraph();g.add_nodes_from(rows[0][1:])
 * for row in rows[1:]:
 *   for c,v in zip(rows[0][1:],row[1:]):
 *     if v not in ('','NA') and float(v)!=0: g.add_edge(row[0],c,weight=float(v))
 * print(g.number_of_nodes(),g.number_of_edges(),g.size(weight='weight'),sorted(nx.isolates(g)))"
 *   →  4 5 12.0 ['Dirk'] */
static void
test_matrix (void)
{
  g_autoptr (SpNetwork) net = load_ok ("survey/matrix.csv", NULL);
  guint anna = find (net, "Anna"), chloe = find (net, "Chloe");
  gboolean found = FALSE;

  g_assert_true (net->directed);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpfloat (total_weight (net), ==, 12.0);
  /* Dirk answered zeros and nobody named him: kept, without ties */
  g_assert_cmpuint (degree (net, find (net, "Dirk")), ==, 0);
  /* rows in another order than the columns: Anna's row names Chloe 3 */
  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      SpTie *tie = sp_network_tie (net, t);

      if (tie->source == anna && tie->target == chloe)
        {
          found = TRUE;
          g_assert_cmpfloat (tie->weight, ==, 3.0);
        }
    }
  g_assert_true (found);
}

static void
test_matrix_people (void)
{
  g_autofree char *people = data_path ("survey/people.csv");
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/matrix.csv", &options);

  /* "Bram" and "Dirk" are people's names; "Anna" and "Chloe" nobody's */
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 6);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpstr (attribute (net, "matched", "Anna"), ==, "no");
  g_assert_cmpstr (attribute (net, "responded", "p4"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p1"), ==, "no");
  g_assert_cmpstr (g_ptr_array_index (net->notes, 1), ==,
                   "Response rate 2 of 4 (50%): measures of people who did not answer count "
                   "only the ties others named to them");
}

static void
test_errors (void)
{
  assert_error ("survey/not-square.csv", 1,
                "not a square matrix: column “Chloe” has no row of that name");
  assert_error ("survey/bad-strength.csv", 3, "strength “veel” is not a number");
  assert_error ("survey/form-no-names.csv", 1,
                "a form export without a question answered with colleagues’ names");
  assert_error ("survey/form-no-respondent.csv", 1,
                "a form export without a column saying who answered (“Name”, “Email” or “Respondent”)");
  assert_error ("survey/no-named.csv", 1,
                "survey without a column of named people (“named” or “genoemd”)");
}

static gboolean
has_tie (SpNetwork  *net,
         const char *from,
         const char *to,
         const char *type)
{
  guint s = find (net, from), t = find (net, to);

  for (guint k = 0; k < sp_network_n_ties (net); k++)
    if (sp_network_tie (net, k)->source == s && sp_network_tie (net, k)->target == t &&
        g_strcmp0 (type_name (net, sp_network_tie (net, k)), type) == 0)
      return TRUE;
  return FALSE;
}

/* Microsoft Forms (saved as CSV): the respondent by Name (the Email column
 * says "anonymous"), answers "Bram;Chloé Dubois;", a free-text question
 * left out and named in a note, an unmatched name listed */
static void
test_wide_ms_forms (void)
{
  g_autofree char *people = data_path ("survey/people.csv");
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/ms-forms.csv", &options);
  const char *advice = "Who do you go to for advice?", *trust = "Who do you trust?";

  /* 4 people and jan; advice: p1→p2, p1→p3, p2→p1, p3→p4; trust: p1→p2, p2→jan */
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 5);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 6);
  g_assert_cmpuint (n_ties_of_type (net, advice), ==, 4);
  g_assert_cmpuint (n_ties_of_type (net, trust), ==, 2);
  g_assert_true (has_tie (net, "p1", "p3", advice));
  g_assert_true (has_tie (net, "p3", "p4", advice));
  g_assert_true (has_tie (net, "p2", "jan", trust));
  g_assert_true (net->directed);
  g_assert_cmpstr (attribute (net, "responded", "p3"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p4"), ==, "no");
  g_assert_cmpstr (attribute (net, "matched", "jan"), ==, "no");
  g_assert_cmpuint (net->notes->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 0), "“Any comments?”"));
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 1), "“jan” (row 3)"));
}

/* Google Forms: the respondent by e-mail address (matched, case aside, to
 * the people file's email column), "Anna de Vries, Chloé Dubois" in one
 * cell, a question over two columns ("… [2]"), a department question
 * that names nobody left out */
static void
test_wide_google_forms (void)
{
  g_autofree char *people = data_path ("survey/people-email.csv");
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/google-forms.csv", &options);
  const char *advice = "Who do you go to for advice?";

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_cmpuint (n_ties_of_type (net, advice), ==, 4);
  g_assert_true (has_tie (net, "p1", "p2", advice));
  g_assert_true (has_tie (net, "p1", "p4", advice));
  g_assert_true (has_tie (net, "p2", "p1", advice));
  g_assert_true (has_tie (net, "p2", "p3", advice));
  g_assert_cmpstr (attribute (net, "responded", "p2"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p3"), ==, "no");
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 0), "“Which department are you in?”"));
}

/* Qualtrics: three header rows (names, question texts, ImportIds), the
 * respondent by RecipientEmail, Q1_1 and Q1_2 one question named by its
 * text */
static void
test_wide_qualtrics (void)
{
  g_autofree char *people = data_path ("survey/people-email.csv");
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/qualtrics.csv", &options);
  const char *advice = "Who do you go to for advice?", *trust = "Who do you trust?";

  /* advice: p4→p1, p4→p2, p3→p4; trust: p4→p3, p3→p4 */
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpuint (n_ties_of_type (net, advice), ==, 3);
  g_assert_cmpuint (n_ties_of_type (net, trust), ==, 2);
  g_assert_true (has_tie (net, "p4", "p2", advice));
  g_assert_true (has_tie (net, "p3", "p4", trust));
  g_assert_cmpstr (attribute (net, "responded", "p1"), ==, "no");
  g_assert_cmpstr (attribute (net, "responded", "p4"), ==, "yes");
}

/* LimeSurvey: quoted cells, "… [1]" and "… [2]" one question, a
 * respondent who named nobody still answered */
static void
test_wide_limesurvey (void)
{
  g_autofree char *people = data_path ("survey/people.csv");
  SpImportOptions options = { .people_path = people };
  g_autoptr (SpNetwork) net = load_ok ("survey/limesurvey.csv", &options);
  const char *advice = "Who do you go to for advice?";

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 4);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_true (has_tie (net, "p4", "p1", advice));
  g_assert_true (has_tie (net, "p4", "p3", advice));
  g_assert_cmpstr (attribute (net, "responded", "p2"), ==, "yes");
  g_assert_cmpstr (attribute (net, "responded", "p1"), ==, "no");
}

/* the bundled survey example: 150 people, 109 answered (make-survey.py
 * says so as it writes the file), two questions, comments left out */
static void
test_example (void)
{
  g_autofree char *people = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                   "survey-noordhaven", "people.csv", NULL);
  g_autofree char *survey = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                   "survey-noordhaven", "survey.csv", NULL);
  SpImportOptions options = { .people_path = people };
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (survey, &options, &error);
  guint yes = 0, asked = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 150);
  g_assert_true (sp_network_response_rate (net, &yes, &asked));
  g_assert_cmpuint (yes, ==, 109);
  g_assert_cmpuint (asked, ==, 150);
  g_assert_cmpuint (net->tie_types->len, ==, 3);  /* "" and the two questions */
  g_assert_nonnull (strstr (g_ptr_array_index (net->notes, 0), "“Opmerkingen”"));

  /* opened as a folder: the survey beside the HR file is its ties (the
   * folder used to open with the people alone, and no word about it) */
  {
    g_autofree char *folder = g_path_get_dirname (survey);
    g_autoptr (SpNetwork) whole = sp_import_file (folder, NULL, &error);
    g_autoptr (GPtrArray) inputs = sp_import_list_inputs (folder, NULL);
    guint fyes = 0, fasked = 0;

    g_assert_no_error (error);
    g_assert_cmpuint (sp_network_n_ties (whole), ==, sp_network_n_ties (net));
    g_assert_true (sp_network_response_rate (whole, &fyes, &fasked));
    g_assert_cmpuint (fyes, ==, 109);
    /* and nothing may overwrite it */
    g_assert_cmpuint (inputs->len, ==, 2);
  }
}

/* a ties table with a timestamp column is no form export */
static void
test_wide_not_ties (void)
{
  g_autoptr (SpNetwork) net = load_ok ("survey/ties-timestamp.csv", NULL);

  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_null (sp_network_find_attribute (net, "responded"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/survey/long", test_long);
  g_test_add_func ("/survey/long-dutch", test_long_dutch);
  g_test_add_func ("/survey/long-people", test_long_people);
  g_test_add_func ("/survey/matrix", test_matrix);
  g_test_add_func ("/survey/matrix-people", test_matrix_people);
  g_test_add_func ("/survey/wide-ms-forms", test_wide_ms_forms);
  g_test_add_func ("/survey/wide-google-forms", test_wide_google_forms);
  g_test_add_func ("/survey/wide-qualtrics", test_wide_qualtrics);
  g_test_add_func ("/survey/wide-limesurvey", test_wide_limesurvey);
  g_test_add_func ("/survey/wide-not-ties", test_wide_not_ties);
  g_test_add_func ("/survey/example", test_example);
  g_test_add_func ("/survey/errors", test_errors);
  return g_test_run ();
}
