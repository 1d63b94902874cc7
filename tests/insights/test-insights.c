/* test-insights.c — the stories of the Noordhaven example come out */
#include <math.h>
#include <string.h>

#include "sp-import.h"
#include "sp-insights.h"

static SpNetwork *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  SpNetwork *net = sp_import_file (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (net);
  return net;
}

static gboolean
lists (SpNetwork  *net,
       GArray     *people,
       const char *id)
{
  for (guint k = 0; k < people->len; k++)
    if (g_str_equal (sp_network_node (net, g_array_index (people, guint, k))->id, id))
      return TRUE;
  return FALSE;
}

/* Scales: the usual one that holds every value, the declared one first,
 * the lowest to the highest value when none fits. */
static void
test_scales (void)
{
  static const struct { double values[3]; double min, max; SpScaleKind kind; } cases[] = {
    { { 1, 3, 5 }, 1, 5, SP_SCALE_USUAL },
    { { 1, 1, 1 }, 1, 5, SP_SCALE_USUAL },       /* 1s are not 0–1 */
    { { 2, 6, 7 }, 1, 7, SP_SCALE_USUAL },
    { { 1, 8.5, 10 }, 1, 10, SP_SCALE_USUAL },
    { { 0, 4, 10 }, 0, 10, SP_SCALE_USUAL },
    { { 12, 55, 99 }, 0, 100, SP_SCALE_USUAL },
    { { 0.2, 0.5, 1 }, 0, 1, SP_SCALE_USUAL },
    { { 0, 1, 1 }, 0, 1, SP_SCALE_USUAL },
    { { -3, 0, 250 }, -3, 250, SP_SCALE_OBSERVED },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (SpNetwork) net = sp_network_new ();
      SpAttribute *a = sp_network_ensure_attribute (net, "score", SP_ATTR_NUMERIC);
      double min, max;

      for (guint i = 0; i < 3; i++)
        {
          char id[8];

          g_snprintf (id, sizeof id, "p%u", i);
          sp_network_set_numeric (net, a, sp_network_add_node (net, id, SP_NODE_PERSON, NULL),
                                  cases[c].values[i]);
        }
      g_assert_cmpint (sp_attribute_scale (net, a, &min, &max), ==, cases[c].kind);
      g_assert_cmpfloat (min, ==, cases[c].min);
      g_assert_cmpfloat (max, ==, cases[c].max);
      sp_attribute_set_scale (a, -10, 300);
      g_assert_cmpint (sp_attribute_scale (net, a, &min, &max), ==, SP_SCALE_DECLARED);
      g_assert_cmpfloat (min, ==, -10);
    }
}

/* Performance on 1–5 and potential on 1–10: potential is rescaled onto
 * 1–5 before the mean, so it does not decide alone.  By hand:
 *   p0: performance 5, potential 6  → raw mean 5.5; 6 on 1–10 is
 *       1 + (6 − 1) · 4/9 = 3.222…, mean (5 + 3.222…) / 2 = 4.111…
 *   p1: performance 2, potential 10 → raw mean 6.0; 10 → 5, mean 3.5
 * Raw, p1 ranks above p0; on one scale, p0 above p1. */
static void
test_talent_rescaled (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  SpAttribute *perf = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);
  SpAttribute *pot = sp_network_ensure_attribute (net, "potential", SP_ATTR_NUMERIC);
  static const double values[][2] = { { 5, 6 }, { 2, 10 }, { 1, 1 }, { 4, 3 } };
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (SpGroupMetrics) g = NULL;
  g_autoptr (SpInsights) ins = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char id[8];
      gint k;

      g_snprintf (id, sizeof id, "p%u", i);
      k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      sp_network_set_numeric (net, perf, k, values[i][0]);
      sp_network_set_numeric (net, pot, k, values[i][1]);
    }
  sp_network_add_tie (net, 0, 1, 0, 1);
  sp_network_add_tie (net, 1, 2, 0, 1);
  sp_network_add_tie (net, 2, 3, 0, 1);
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  ins = sp_insights_compute (net, m, g);
  g_assert_cmpfloat_with_epsilon (ins->talent[0], (5 + 1 + 5.0 * 4 / 9) / 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (ins->talent[1], 3.5, 1e-12);
  g_assert_cmpfloat (ins->talent[0], >, ins->talent[1]);
  g_assert_cmpstr (ins->talent_label, ==,
                   "Talent (mean of performance 1–5 and potential 1–10, rescaled to 1–5)");

  /* declared: potential on 0–100 (nobody scored above 10) */
  sp_attribute_set_scale (pot, 0, 100);
  g_clear_pointer (&ins, sp_insights_free);
  ins = sp_insights_compute (net, m, g);
  g_assert_cmpfloat_with_epsilon (ins->talent[1], (2 + 1 + 10 * 0.04) / 2, 1e-12);
  g_assert_cmpstr (ins->talent_label, ==,
                   "Talent (mean of performance 1–5 and potential 0–100, rescaled to 1–5)");

  /* both on 1–5: the plain mean, and the label says the one scale */
  sp_attribute_set_scale (pot, 1, 5);
  g_clear_pointer (&ins, sp_insights_free);
  ins = sp_insights_compute (net, m, g);
  g_assert_cmpfloat (ins->talent[3], ==, 3.5);
  g_assert_cmpstr (ins->talent_label, ==, "Talent (mean of performance and potential, both 1–5)");
}

/* a survey that 100 of 150 answered: the summary starts with the caution */
static void
test_survey_caution (void)
{
  g_autoptr (SpNetwork) net = load_example ();
  SpAttribute *responded = sp_network_ensure_attribute (net, "responded", SP_ATTR_CATEGORICAL);
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (SpGroupMetrics) g = NULL;
  g_autoptr (SpInsights) ins = NULL;

  g_assert_cmpuint (sp_network_n_persons (net), ==, 150);
  for (guint i = 0, k = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      responded->str[i] = sp_network_intern (net, k++ < 100 ? "yes" : "no");
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  ins = sp_insights_compute (net, m, g);
  g_assert_cmpuint (ins->summary->len, >, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (ins->summary, 0),
                                   "Survey: 100 of 150 answered (67%). Below 80%"));
}

static void
test_stories (void)
{
  g_autoptr (SpNetwork) net = load_example ();
  g_autoptr (SpMetrics) m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpGroupMetrics) g = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  g_autoptr (SpInsights) ins = sp_insights_compute (net, m, g);
  GArray *hidden = ins->people[SP_INSIGHT_HIDDEN_TALENT];
  GArray *brokers = ins->people[SP_INSIGHT_KEY_BROKERS];
  GArray *at_risk = ins->people[SP_INSIGHT_AT_RISK_CONNECTORS];
  gboolean finance_closed = FALSE;
  g_autofree char *text = NULL;

  /* exactly the four hidden talents of the README */
  g_assert_cmpuint (hidden->len, ==, 4);
  g_assert_true (lists (net, hidden, "E063"));
  g_assert_true (lists (net, hidden, "E144"));
  g_assert_true (lists (net, hidden, "E087"));
  g_assert_true (lists (net, hidden, "E024"));
  /* the three brokers lead the key brokers */
  g_assert_cmpuint (brokers->len, >=, 3);
  for (guint k = 0; k < 3; k++)
    {
      const char *id = sp_network_node (net, g_array_index (brokers, guint, k))->id;

      g_assert_true (g_str_equal (id, "E047") || g_str_equal (id, "E070") || g_str_equal (id, "E127"));
    }
  /* the one at-risk connector */
  g_assert_cmpuint (at_risk->len, ==, 1);
  g_assert_true (lists (net, at_risk, "E047"));

  /* Finance is sealed, and the organisation reads as closed */
  for (guint k = 0; k < ins->summary->len; k++)
    finance_closed |= g_str_has_prefix (g_ptr_array_index (ins->summary, k), "Finance is closed: 95%");
  g_assert_true (finance_closed);
  g_assert_cmpint (ins->openness, ==, SP_OPENNESS_CLOSED);
  g_assert_cmpfloat (ins->cross_share, >, 0.1);
  g_assert_cmpfloat (ins->cross_share, <, 0.2);

  text = sp_insights_to_text (ins, net, m);
  g_assert_nonnull (strstr (text, "Hidden talent (4)"));
  g_assert_nonnull (strstr (text, "E047  Jeroen Bakker (Engineering)  betweenness 2521  engagement 1.9 (1–5)"));
  /* talent scores say their scale */
  g_assert_nonnull (strstr (text, "Priya Raghunathan (Engineering)  performance 4.7 (1–5)  potential 4.8 (1–5)"));
}

static void
test_heat_table (void)
{
  g_autoptr (SpNetwork) net = load_example ();
  g_autoptr (SpGroupMetrics) g = sp_group_metrics_compute (net, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpHeatTable) t = sp_heat_table_new (net, g);
  gint finance = -1, ei = -1, perf = -1, size = -1;

  g_assert_cmpuint (t->n_rows, ==, 8);   /* 7 departments and the organisation */
  g_assert_cmpstr (g_ptr_array_index (t->rows, t->n_rows - 1), ==, "Organisation");
  for (guint r = 0; r < t->n_rows; r++)
    if (g_str_equal (g_ptr_array_index (t->rows, r), "Finance"))
      finance = r;
  for (guint c = 0; c < t->n_columns; c++)
    {
      const char *name = g_ptr_array_index (t->column_names, c);

      if (g_str_equal (name, "ei_index"))
        ei = c;
      else if (g_str_equal (name, "performance"))
        perf = c;
      else if (g_str_equal (name, "size"))
        size = c;
    }
  g_assert_cmpint (finance, >=, 0);
  /* the example's scores are on 1–5 (every value in people.csv is), and
   * the column says so */
  g_assert_cmpstr (g_ptr_array_index (t->column_labels, perf), ==, "performance");
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, perf), ==, "1–5");
  /* coloured over the scale, not over the departments' means */
  g_assert_cmpfloat (t->lo[perf], ==, 1);
  g_assert_cmpfloat (t->hi[perf], ==, 5);
  g_assert_cmpfloat (t->lo[ei], ==, -1);
  g_assert_cmpfloat (t->hi[ei], ==, 1);
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, size), ==, "");
  g_assert_cmpint (ei, >=, 0);
  g_assert_cmpint (perf, >=, 0);
  g_assert_true (t->diverging[ei]);
  g_assert_cmpfloat (sp_heat_table_get (t, finance, ei), <, -0.85);
  g_assert_cmpfloat (sp_heat_table_get (t, finance, size), ==, 15);
  g_assert_cmpfloat (sp_heat_table_get (t, t->n_rows - 1, size), ==, 150);
  /* a mean on the 1–5 scale */
  g_assert_cmpfloat (sp_heat_table_get (t, finance, perf), >, 1);
  g_assert_cmpfloat (sp_heat_table_get (t, finance, perf), <, 5);
}

static void
test_quantile_and_names (void)
{
  const double v[] = { 4, NAN, 1, 3, 2 };
  SpInsightKind kind;

  g_assert_cmpfloat_with_epsilon (sp_insights_quantile (v, NULL, 5, 0.5), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (sp_insights_quantile (v, NULL, 5, 0.2), 1.6, 1e-12);
  g_assert_true (sp_insight_kind_from_string ("at-risk-connectors", &kind));
  g_assert_cmpint (kind, ==, SP_INSIGHT_AT_RISK_CONNECTORS);
  g_assert_false (sp_insight_kind_from_string ("stars", &kind));
}

/* A generated organisation of @n people in ten departments, about five
 * ties each (most inside the department), scores on 1–5: one in ten a
 * high scorer, one in four with low engagement.  Deterministic. */
static SpNetwork *
generate_org (guint n)
{
  SpNetwork *net = sp_network_new ();
  SpAttribute *perf = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);
  SpAttribute *pot = sp_network_ensure_attribute (net, "potential", SP_ATTR_NUMERIC);
  SpAttribute *eng = sp_network_ensure_attribute (net, "engagement", SP_ATTR_NUMERIC);
  g_autoptr (GRand) rand = g_rand_new_with_seed (15);
  guint per_dept = n / 10;

  for (guint i = 0; i < n; i++)
    {
      char id[16], dept[16];
      gint k;
      gboolean high = g_rand_int_range (rand, 0, 10) == 0;

      g_snprintf (id, sizeof id, "P%04u", i);
      g_snprintf (dept, sizeof dept, "Dept %u", i / per_dept);
      k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      g_assert_cmpint (k, ==, (gint) i);
      sp_network_node (net, k)->department = sp_network_intern (net, dept);
      sp_network_set_numeric (net, perf, k, high ? 4.6 : g_rand_int_range (rand, 10, 45) / 10.0);
      sp_network_set_numeric (net, pot, k, high ? 4.8 : g_rand_int_range (rand, 10, 45) / 10.0);
      sp_network_set_numeric (net, eng, k, g_rand_int_range (rand, 0, 4) == 0
                                           ? 2.0 : g_rand_int_range (rand, 30, 51) / 10.0);
    }
  for (guint i = 0; i < n; i++)
    {
      /* a few people with one tie: the edge */
      guint ties = g_rand_int_range (rand, 0, 8) == 0 ? 1 : g_rand_int_range (rand, 1, 5);

      for (guint t = 0; t < ties; t++)
        {
          guint d = i / per_dept;
          guint j = g_rand_int_range (rand, 0, 5) == 0
                    ? (guint) g_rand_int_range (rand, 0, n)
                    : d * per_dept + g_rand_int_range (rand, 0, per_dept);

          if (j != i)
            sp_network_add_tie (net, i, j, 0, 1);
        }
    }
  return net;
}

/* The lines of @text's section that starts with "@heading (" up to the
 * next empty line. */
static char **
section (const char *text,
         const char *heading)
{
  g_autofree char *start = g_strdup_printf ("\n%s (", heading);
  const char *p = strstr (text, start), *end;
  g_autofree char *body = NULL;

  g_assert_nonnull (p);
  p += 1;
  end = strstr (p, "\n\n");
  body = end != NULL ? g_strndup (p, end - p) : g_strdup (p);
  return g_strsplit (g_strchomp (body), "\n", -1);
}

/* Issue 15 item 10: at 5,000 people every list is long, and what a board
 * reads names the first ten, ranked by the rule's measure, says "and N
 * more" with the right N and the rule; the list itself keeps everyone. */
static void
test_lists_short_at_5000 (void)
{
  g_autoptr (SpNetwork) net = generate_org (5000);
  g_autoptr (SpMetrics) m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpGroupMetrics) g = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  g_autoptr (SpInsights) ins = sp_insights_compute (net, m, g);
  g_autofree char *text = sp_insights_to_text (ins, net, m);
  const double *betweenness = sp_metrics_get (m, "betweenness");

  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    {
      GArray *people = ins->people[k];
      g_auto (GStrv) lines = NULL;
      g_autofree char *heading = g_strdup_printf ("%s (%u)", sp_insight_kind_label (k), people->len);
      /* (issue 18 goal 4: the rest are in the measures) */
      g_autofree char *more = g_strdup_printf ("  and %u more (see --metrics)", people->len - SP_INSIGHTS_SHOWN);
      g_autofree char *rule = sp_insights_rule (ins, k);
      guint named = 0;

      g_test_message ("%s: %u people", sp_insight_kind_label (k), people->len);
      /* the generated organisation is undirected: the overloaded say why
       * they are not there (tests/insights/test-overload.c has them) */
      if (k == SP_INSIGHT_OVERLOADED)
        {
          g_autofree char *why = g_strdup_printf ("\n%s\n  %s\n", sp_insight_kind_label (k), ins->unavailable[k]);

          g_assert_nonnull (ins->unavailable[k]);
          g_assert_nonnull (strstr (text, why));
          continue;
        }
      lines = section (text, sp_insight_kind_label (k));
      g_assert_cmpuint (people->len, >, SP_INSIGHTS_SHOWN + 5);
      g_assert_cmpuint (sp_insights_n_shown (ins, k), ==, SP_INSIGHTS_SHOWN);
      g_assert_cmpstr (lines[0], ==, heading);
      g_assert_true (g_str_has_prefix (lines[1], "  Rule: "));
      g_assert_cmpstr (lines[1] + 2, ==, rule);
      for (guint l = 2; lines[l] != NULL; l++)
        if (g_str_has_prefix (lines[l], "  P"))
          {
            /* the first ten of the list, in its order */
            g_autofree char *id = g_strndup (lines[l] + 2, 5);

            g_assert_cmpstr (id, ==, sp_network_node (net, g_array_index (people, guint, named))->id);
            named++;
          }
      g_assert_cmpuint (named, ==, SP_INSIGHTS_SHOWN);
      g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, more);

      /* ranked by the rule's measure, highest first */
      for (guint j = 1; j < people->len; j++)
        {
          guint a = g_array_index (people, guint, j - 1), b = g_array_index (people, guint, j);

          if (k == SP_INSIGHT_HIDDEN_TALENT)
            g_assert_cmpfloat (ins->talent[a], >=, ins->talent[b]);
          else
            g_assert_cmpfloat (betweenness[a], >=, betweenness[b]);
        }
    }

  /* the top bands stop growing at 500 people: betweenness in the top 10 %
   * is the top 50 here, not 500 (the rule says "at most 50 people") */
  g_assert_cmpuint (ins->people[SP_INSIGHT_KEY_BROKERS]->len, <=, 50);
  g_assert_cmpuint (ins->people[SP_INSIGHT_AT_RISK_CONNECTORS]->len, <=, 100);
  {
    g_autofree char *rule = sp_insights_rule (ins, SP_INSIGHT_KEY_BROKERS);

    g_assert_nonnull (strstr (rule, "top 10% (at most 50 people)"));
  }

  /* the summary's sentences name ten too */
  {
    g_autofree char *others = g_strdup_printf (" and %u others.",
                                               ins->people[SP_INSIGHT_KEY_BROKERS]->len - SP_INSIGHTS_SHOWN);
    gboolean found = FALSE;

    for (guint k = 0; k < ins->summary->len; k++)
      found |= g_str_has_suffix (g_ptr_array_index (ins->summary, k), others);
    g_assert_true (found);
  }
}

/* Data without departments (Zachary's karate club, as the GML sample
 * holds it) gets no sentence about departments. */
static void
test_no_groups_no_department_words (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "gml", "karate.gml", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (SpGroupMetrics) g = NULL;
  g_autoptr (SpInsights) ins = NULL;
  g_autoptr (GPtrArray) departments = NULL;
  gboolean brokers_said = FALSE;

  g_assert_no_error (error);
  departments = sp_network_departments (net);
  g_assert_cmpuint (departments->len, ==, 0);
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g = sp_group_metrics_compute (net, NULL, NULL, NULL, m, NULL);
  ins = sp_insights_compute (net, m, g);
  g_assert_cmpuint (ins->summary->len, >, 0);
  for (guint k = 0; k < ins->summary->len; k++)
    {
      const char *sentence = g_ptr_array_index (ins->summary, k);

      g_test_message ("%s", sentence);
      g_assert_null (strstr (sentence, "department"));
      g_assert_null (strstr (sentence, "Modularity"));
      brokers_said |= strstr (sentence, "link parts of the network") != NULL;
    }
  g_assert_true (brokers_said == (ins->people[SP_INSIGHT_KEY_BROKERS]->len > 0));
}

/* Homophily in words: the thresholds, the attribute's name, the
 * assortativity when there is one. */
static void
test_homophily (void)
{
  SpGroupMetrics gm = { 0 };
  static const struct { double ei, r; const char *attribute, *expected; } cases[] = {
    { -0.62, 0.55, "office", "People mostly go to people of their own office: E-I −0.62 (assortativity 0.55)" },
    { -0.30, NAN, "office", "People mostly go to people of their own office: E-I −0.30" },
    /* the verdict follows the number shown */
    { -0.297, NAN, "office", "People mostly go to people of their own office: E-I −0.30" },
    { 0.2951, NAN, "office", "People mostly go to people of another office: E-I +0.30" },
    { -0.004, NAN, "office", "People go to people of their own and of another office alike: E-I +0.00" },
    { -0.29, -0.05, "gender", "People go to people of their own and of another gender alike: E-I −0.29 (assortativity −0.05)" },
    { 0.30, -0.2, "location", "People mostly go to people of another location: E-I +0.30 (assortativity −0.20)" },
    { 0.0, NAN, NULL, "People go to people of their own and of another department alike: E-I +0.00" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *text = NULL;

      gm.organisation.ei_index = cases[c].ei;
      gm.organisation.assortativity = cases[c].r;
      text = sp_insights_homophily (&gm, cases[c].attribute);
      g_assert_cmpstr (text, ==, cases[c].expected);
    }
  gm.organisation.ei_index = NAN;
  g_assert_null (sp_insights_homophily (&gm, "office"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/insights/stories", test_stories);
  g_test_add_func ("/insights/homophily", test_homophily);
  g_test_add_func ("/insights/survey-caution", test_survey_caution);
  g_test_add_func ("/insights/scales", test_scales);
  g_test_add_func ("/insights/talent-rescaled", test_talent_rescaled);
  g_test_add_func ("/insights/heat-table", test_heat_table);
  g_test_add_func ("/insights/quantile-and-names", test_quantile_and_names);
  g_test_add_func ("/insights/lists-short-at-5000", test_lists_short_at_5000);
  g_test_add_func ("/insights/no-groups-no-department-words", test_no_groups_no_department_words);
  return g_test_run ();
}
