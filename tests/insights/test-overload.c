/* test-overload.c — the overloaded: people many go to who return few of
 * those ties, against their department (issue 17 item 3) */
#include <math.h>
#include <string.h>

#include "sp-insights.h"

/* A small directed organisation whose answer is worked out by hand.
 *
 * Department A (a1…a6): a2, a3, a4, a5, a6 and b1 go to a1, who goes to
 * a2 only; a1 → a2, a2 → a3; b1, b3, b4, b5 go to a4.
 *   in-degrees: a1 6, a2 1, a3 1, a4 4, a5 0, a6 0
 *   median 1; |x − 1| = 5, 0, 0, 3, 1, 1 → MAD 1
 *   cut max(5, 2 × 1, 1 + 3 × 1) = 5
 *   a1: 6 ≥ 5, not returned a3 a4 a5 a6 b1 = 5 of 6 → overloaded
 *   a4: 4 < 5 (all four not returned) → not
 * Department B (b1…b5): b1, b3, b4, b5 and x1 go to b2, who goes to b3,
 * b4 and b5; b3 also says "I need more access to b2" (an access tie).
 *   in-degrees: b1 0, b2 5, b3 1, b4 1, b5 1: median 1, MAD 0, cut 5
 *   b2: 5 ≥ 5; not returned b1, x1, and b3's access ask = 3 of 5 (60 %)
 *       → overloaded; without the access reading 2 of 5 (40 %) → not
 * Department E (e1…e5): x1…x6 each go to every one of them, one way.
 *   in-degrees 6 each: median 6, MAD 0, cut max(5, 12, 6) = 12 → none
 *   (far above the organisation, not above their own department)
 * x1…x6: no department, nobody goes to them.
 * The list: a1 (5 not returned), then b2 (3). */
static SpNetwork *
hand_made (gboolean directed)
{
  SpNetwork *net = sp_network_new ();
  const char *people[] = { "a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3", "b4", "b5",
                           "e1", "e2", "e3", "e4", "e5", "x1", "x2", "x3", "x4", "x5", "x6" };
  static const char *advice[][2] = {
    { "a2", "a1" }, { "a3", "a1" }, { "a4", "a1" }, { "a5", "a1" }, { "a6", "a1" }, { "b1", "a1" },
    { "a1", "a2" }, { "a2", "a3" },
    { "b1", "a4" }, { "b3", "a4" }, { "b4", "a4" }, { "b5", "a4" },
    { "b1", "b2" }, { "b3", "b2" }, { "b4", "b2" }, { "b5", "b2" }, { "x1", "b2" },
    { "b2", "b3" }, { "b2", "b4" }, { "b2", "b5" },
  };
  guint advice_type = sp_network_tie_type (net, "advice");
  guint access_type = sp_network_tie_type (net, "access");

  net->directed = directed;
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint k = sp_network_add_node (net, people[i], SP_NODE_PERSON, NULL);
      char dept[2] = { g_ascii_toupper (people[i][0]), 0 };

      if (people[i][0] != 'x')
        sp_network_node (net, k)->department = sp_network_intern (net, dept);
    }
  for (guint t = 0; t < G_N_ELEMENTS (advice); t++)
    sp_network_add_tie (net, sp_network_find_node (net, advice[t][0]),
                        sp_network_find_node (net, advice[t][1]), advice_type, 1);
  sp_network_add_tie (net, sp_network_find_node (net, "b3"), sp_network_find_node (net, "b2"), access_type, 1);
  for (guint x = 1; x <= 6; x++)
    for (guint e = 1; e <= 5; e++)
      {
        char from[4], to[4];

        g_snprintf (from, sizeof from, "x%u", x);
        g_snprintf (to, sizeof to, "e%u", e);
        sp_network_add_tie (net, sp_network_find_node (net, from), sp_network_find_node (net, to), advice_type, 1);
      }
  return net;
}

static SpInsights *
insights_of (SpNetwork      *net,
             const gboolean *tie_mask)
{
  g_autoptr (SpMetrics) m = sp_metrics_compute_full (net, tie_mask, NULL, SP_METRICS_DEGREE, 1,
                                                     NULL, NULL, NULL, NULL);

  g_assert_nonnull (m);
  return sp_insights_compute_full (net, tie_mask, m, NULL);
}

static const char *
id_at (SpNetwork  *net,
       SpInsights *ins,
       guint       k)
{
  return sp_network_node (net, g_array_index (ins->people[SP_INSIGHT_OVERLOADED], guint, k))->id;
}

static void
test_by_hand (void)
{
  g_autoptr (SpNetwork) net = hand_made (TRUE);
  g_autoptr (SpInsights) ins = insights_of (net, NULL);
  GArray *list = ins->people[SP_INSIGHT_OVERLOADED];
  guint a1 = sp_network_find_node (net, "a1"), a4 = sp_network_find_node (net, "a4");
  guint b2 = sp_network_find_node (net, "b2"), e1 = sp_network_find_node (net, "e1");
  guint x1 = sp_network_find_node (net, "x1");
  g_autofree char *text = sp_insights_to_text (ins, net, NULL);
  g_autofree char *rule = sp_insights_rule (ins, SP_INSIGHT_OVERLOADED);
  g_autofree char *numbers = sp_insights_numbers (ins, SP_INSIGHT_OVERLOADED, b2);

  g_assert_null (ins->unavailable[SP_INSIGHT_OVERLOADED]);
  g_assert_cmpstr (ins->access_type, ==, "access");
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (id_at (net, ins, 0), ==, "a1");
  g_assert_cmpstr (id_at (net, ins, 1), ==, "b2");

  g_assert_cmpuint (ins->sought[a1], ==, 6);
  g_assert_cmpuint (ins->unreturned[a1], ==, 5);
  g_assert_cmpfloat (ins->sought_median[a1], ==, 1);
  g_assert_cmpfloat (ins->sought_cut[a1], ==, 5);
  g_assert_cmpuint (ins->sought[a4], ==, 4);
  g_assert_cmpuint (ins->unreturned[a4], ==, 4);
  g_assert_cmpuint (ins->sought[b2], ==, 5);
  g_assert_cmpuint (ins->unreturned[b2], ==, 3);
  g_assert_cmpuint (ins->access_asks[b2], ==, 1);
  g_assert_cmpfloat (ins->sought_cut[b2], ==, 5);
  /* against their department, not the organisation */
  g_assert_cmpuint (ins->sought[e1], ==, 6);
  g_assert_cmpuint (ins->unreturned[e1], ==, 6);
  g_assert_cmpfloat (ins->sought_median[e1], ==, 6);
  g_assert_cmpfloat (ins->sought_cut[e1], ==, 12);
  /* no department: the organisation's 22 in-degrees (nine 0s, five 1s,
   * 4, 5 and six 6s) have median 1 and MAD 1: cut max(5, 2, 4) */
  g_assert_cmpfloat (ins->sought_median[x1], ==, 1);
  g_assert_cmpfloat (ins->sought_cut[x1], ==, 5);

  /* the text: the rule, then each with the numbers behind it */
  g_assert_nonnull (strstr (text, "\nOverloaded (2)\n  Rule: at least 5 people go to them"));
  g_assert_nonnull (strstr (rule, "Incoming “access” ties (I need more access to this person) are unmet demand"));
  g_assert_nonnull (strstr (text, "\n  a1  a1 (A)  in_degree 6  group_median 1  cut 5  not_returned 5 (83%)  access 0\n"));
  g_assert_nonnull (strstr (text, "\n  b2  b2 (B)  in_degree 5  group_median 1  cut 5  not_returned 3 (60%)  access 1\n"));
  g_assert_cmpstr (numbers, ==, "Sought by 5 (median 1), 3 not returned (60%); 1 asks for more access");
  /* and the summary names them */
  {
    gboolean said = FALSE;
    g_autoptr (SpGroupMetrics) g = sp_group_metrics_compute (net, NULL, NULL, NULL, NULL, NULL);
    g_autoptr (SpMetrics) m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
    g_autoptr (SpInsights) full = sp_insights_compute (net, m, g);

    for (guint k = 0; k < full->summary->len; k++)
      said |= g_str_equal (g_ptr_array_index (full->summary, k),
                           "2 people many go to do not return most of those ties and may be overloaded: a1, b2.");
    g_assert_true (said);
  }
}

/* The access question read, or not: by its name, by choice, or off. */
static void
test_access_type (void)
{
  g_autoptr (SpNetwork) net = hand_made (TRUE);
  guint b2 = sp_network_find_node (net, "b2");
  guint access = sp_network_tie_type (net, "access");

  /* off: b3's access tie is a tie like another, returned by b2 */
  sp_network_set_access_type (net, 0);
  {
    g_autoptr (SpInsights) ins = insights_of (net, NULL);
    g_autofree char *rule = sp_insights_rule (ins, SP_INSIGHT_OVERLOADED);

    g_assert_null (ins->access_type);
    g_assert_null (strstr (rule, "unmet demand"));
    g_assert_cmpuint (ins->unreturned[b2], ==, 2);
    g_assert_cmpuint (ins->people[SP_INSIGHT_OVERLOADED]->len, ==, 1);
    g_assert_cmpstr (id_at (net, ins, 0), ==, "a1");
  }
  /* chosen (as --access-type does) */
  sp_network_set_access_type (net, access);
  {
    g_autoptr (SpInsights) ins = insights_of (net, NULL);

    g_assert_cmpuint (ins->unreturned[b2], ==, 3);
    g_assert_cmpuint (ins->people[SP_INSIGHT_OVERLOADED]->len, ==, 2);
  }
  /* only the advice ties selected: the access question is not asked */
  {
    g_autoptr (GError) error = NULL;
    g_autofree gboolean *mask = sp_network_parse_tie_types (net, "advice", &error);
    g_autoptr (SpInsights) ins = NULL;

    g_assert_no_error (error);
    ins = insights_of (net, mask);
    g_assert_null (ins->access_type);
    g_assert_cmpuint (ins->sought[b2], ==, 5);
    g_assert_cmpuint (ins->unreturned[b2], ==, 2);
  }
  /* the Dutch name is found too; the name "advice" is not */
  {
    g_autoptr (SpNetwork) nl = sp_network_new ();

    sp_network_tie_type (nl, "advies");
    g_assert_cmpuint (sp_network_access_type (nl), ==, 0);
    sp_network_tie_type (nl, "Toegang");
    g_assert_cmpuint (sp_network_access_type (nl), ==, 2);
    /* a copy keeps the choice */
    sp_network_set_access_type (nl, 0);
    {
      g_autoptr (SpNetwork) copy = sp_network_copy (nl);

      g_assert_cmpuint (sp_network_access_type (copy), ==, 0);
    }
  }
}

/* Undirected data: no list, and a reason, not silence. */
static void
test_undirected (void)
{
  g_autoptr (SpNetwork) net = hand_made (FALSE);
  g_autoptr (SpInsights) ins = insights_of (net, NULL);
  g_autofree char *text = sp_insights_to_text (ins, net, NULL);
  g_autofree char *rule = sp_insights_rule (ins, SP_INSIGHT_OVERLOADED);

  g_assert_cmpuint (ins->people[SP_INSIGHT_OVERLOADED]->len, ==, 0);
  g_assert_nonnull (ins->unavailable[SP_INSIGHT_OVERLOADED]);
  g_assert_true (g_str_has_prefix (ins->unavailable[SP_INSIGHT_OVERLOADED],
                                   "Cannot be computed: the ties have no direction"));
  g_assert_nonnull (strstr (text, "\nOverloaded\n  Cannot be computed: the ties have no direction"));
  g_assert_null (strstr (text, "Overloaded (0)"));
  g_assert_cmpstr (rule, ==, ins->unavailable[SP_INSIGHT_OVERLOADED]);
  g_assert_null (sp_insights_numbers (ins, SP_INSIGHT_OVERLOADED, 0));
  /* the other lists are not affected */
  g_assert_null (ins->unavailable[SP_INSIGHT_KEY_BROKERS]);
}

/* Loads data/NAME.graph (make-overload-fixture.py's format). */
static SpNetwork *
load_graph (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".graph", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "insights", "data", file, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  SpNetwork *net = sp_network_new ();

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto (GStrv) f = g_strsplit (lines[l], "\t", -1);

      if (f[0] == NULL)
        continue;
      if (g_str_equal (f[0], "directed"))
        net->directed = g_str_equal (f[1], "1");
      else if (g_str_equal (f[0], "node"))
        {
          gint k = sp_network_add_node (net, f[1], SP_NODE_PERSON, NULL);

          if (f[3][0] != '\0')
            sp_network_node (net, k)->department = sp_network_intern (net, f[3]);
        }
      else if (g_str_equal (f[0], "tie"))
        sp_network_add_tie (net, sp_network_find_node (net, f[1]), sp_network_find_node (net, f[2]),
                            sp_network_tie_type (net, f[3]), g_ascii_strtod (f[4], NULL));
    }
  return net;
}

/* In-degrees and the ties not returned as networkx counts them, on raw
 * ties (parallel, self-loops, weights <= 0), and the cuts numpy takes. */
static void
test_networkx (void)
{
  g_autoptr (SpNetwork) net = load_graph ("overload");
  g_autoptr (SpInsights) ins = insights_of (net, NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "insights", "data", "overload.expected", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_overloaded = 0, rows = 0;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (g_strchomp (contents), "\n", -1);
  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_auto (GStrv) f = g_strsplit (lines[l], "\t", -1);
      gint i = sp_network_find_node (net, f[0]);
      gboolean listed = FALSE;

      g_assert_cmpint (i, >=, 0);
      g_assert_cmpuint (ins->sought[i], ==, atoi (f[1]));
      g_assert_cmpuint (ins->unreturned[i], ==, atoi (f[2]));
      g_assert_cmpuint (ins->access_asks[i], ==, atoi (f[3]));
      g_assert_cmpfloat_with_epsilon (ins->sought_median[i], g_ascii_strtod (f[4], NULL), 1e-12);
      g_assert_cmpfloat_with_epsilon (ins->sought_cut[i], g_ascii_strtod (f[5], NULL), 1e-12);
      for (guint k = 0; k < ins->people[SP_INSIGHT_OVERLOADED]->len; k++)
        listed |= g_array_index (ins->people[SP_INSIGHT_OVERLOADED], guint, k) == (guint) i;
      g_assert_cmpint (listed, ==, atoi (f[6]));
      n_overloaded += atoi (f[6]);
      rows++;
    }
  g_assert_cmpuint (rows, ==, sp_network_n_nodes (net));
  g_assert_cmpuint (n_overloaded, >, 3);
  g_assert_cmpuint (ins->people[SP_INSIGHT_OVERLOADED]->len, ==, n_overloaded);
}

/* A directed organisation of @n people in ten departments: most ask a
 * few colleagues, one in fifty is a hub many go to and who answers few.
 * Deterministic. */
static SpNetwork *
generate_directed (guint n)
{
  SpNetwork *net = sp_network_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  guint per_dept = n / 10;
  guint advice = sp_network_tie_type (net, "advice");

  net->directed = TRUE;
  for (guint i = 0; i < n; i++)
    {
      char id[16], dept[16];
      gint k;

      g_snprintf (id, sizeof id, "P%04u", i);
      g_snprintf (dept, sizeof dept, "Dept %u", i / per_dept);
      k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      sp_network_node (net, k)->department = sp_network_intern (net, dept);
    }
  for (guint i = 0; i < n; i++)
    for (guint t = 0, ties = g_rand_int_range (rand, 1, 6); t < ties; t++)
      {
        guint d = i / per_dept;
        /* hubs: every fiftieth person of the department */
        guint j = g_rand_int_range (rand, 0, 3) == 0
                  ? d * per_dept + 50 * g_rand_int_range (rand, 0, per_dept / 50)
                  : d * per_dept + g_rand_int_range (rand, 0, per_dept);

        if (j == i)
          continue;
        sp_network_add_tie (net, i, j, advice, 1);
        /* most ties to ordinary people are returned, few to hubs */
        if (g_rand_int_range (rand, 0, j % 50 == 0 ? 10 : 2) == 0)
          sp_network_add_tie (net, j, i, advice, 1);
      }
  return net;
}

/* Issue 18 goal 4: at 5,000 people the list is long; the board reads ten,
 * then "and N more", most ties not returned first. */
static void
test_short_at_5000 (void)
{
  g_autoptr (SpNetwork) net = generate_directed (5000);
  g_autoptr (SpInsights) ins = insights_of (net, NULL);
  GArray *list = ins->people[SP_INSIGHT_OVERLOADED];
  g_autofree char *text = sp_insights_to_text (ins, net, NULL);
  g_autofree char *more = g_strdup_printf ("\n  and %u more (see --metrics)\n", list->len - SP_INSIGHTS_SHOWN);
  const char *section = strstr (text, "\nOverloaded (");
  g_auto (GStrv) lines = NULL;
  guint named = 0;

  g_test_message ("overloaded at 5,000: %u", list->len);
  g_assert_cmpuint (list->len, >, SP_INSIGHTS_SHOWN + 5);
  g_assert_cmpuint (sp_insights_n_shown (ins, SP_INSIGHT_OVERLOADED), ==, SP_INSIGHTS_SHOWN);
  g_assert_nonnull (section);
  g_assert_nonnull (strstr (section, more));
  lines = g_strsplit (section + 1, "\n", -1);
  for (guint l = 2; lines[l] != NULL && lines[l][0] != '\0'; l++)
    named += g_str_has_prefix (lines[l], "  P");
  g_assert_cmpuint (named, ==, SP_INSIGHTS_SHOWN);
  for (guint k = 1; k < list->len; k++)
    {
      guint a = g_array_index (list, guint, k - 1), b = g_array_index (list, guint, k);

      g_assert_cmpuint (ins->unreturned[a], >=, ins->unreturned[b]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/overload/by-hand", test_by_hand);
  g_test_add_func ("/overload/access-type", test_access_type);
  g_test_add_func ("/overload/undirected-says-why", test_undirected);
  g_test_add_func ("/overload/networkx", test_networkx);
  g_test_add_func ("/overload/short-at-5000", test_short_at_5000);
  return g_test_run ();
}
