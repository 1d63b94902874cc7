/* test-person-profile.c — a person's measures in words, ranks with ties,
 * contacts and clients, on small networks counted by hand */
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sp-person-profile.h"

/* Two triangles joined by a bridge, and two clients:
 *
 *   anna — Bram           Eva — Fleur
 *      \   /                \   /
 *       Cor ———————————————— Daan        (X: anna, Bram, Cor; Y: Daan, Eva, Fleur)
 *
 * Cor also has a tie of weight 0 to Eva (no tie) and a "trust" tie to
 * Fleur (left out by the tie-type mask); clients "Klant Een" (Cor, Daan)
 * and "Alpha BV" (Cor alone). */
enum { BRAM, ANNA, COR, DAAN, EVA, FLEUR, KLANT, ALPHA };

static SpNetwork *
bridge_network (gboolean **mask)
{
  static const char *names[] = { "Bram", "anna", "Cor", "Daan", "Eva", "Fleur", "Klant Een", "Alpha BV" };
  static const double performance[] = { 4.2, 3.0, 4.2, 2.0, NAN, 5.0, NAN, NAN };
  static const guint ties[][2] = {
    { ANNA, BRAM }, { ANNA, COR }, { BRAM, COR }, { COR, DAAN },
    { DAAN, EVA }, { DAAN, FLEUR }, { EVA, FLEUR },
  };
  SpNetwork *net = sp_network_new ();
  SpAttribute *perf = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);
  SpAttribute *sector = sp_network_ensure_attribute (net, "sector", SP_ATTR_CATEGORICAL);
  guint advice = sp_network_tie_type (net, "advice");
  guint trust = sp_network_tie_type (net, "trust");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char id[8];
      gint n;

      g_snprintf (id, sizeof id, "n%u", i);
      n = sp_network_add_node (net, id, i >= KLANT ? SP_NODE_CLIENT : SP_NODE_PERSON, NULL);
      g_assert_cmpint (n, ==, (gint) i);
      sp_network_node (net, n)->name = sp_network_intern (net, names[i]);
      if (i < KLANT)
        sp_network_node (net, n)->department = sp_network_intern (net, i <= COR ? "X" : "Y");
      else
        sp_network_set_string (net, sector, n, "Energy");
      sp_network_set_numeric (net, perf, n, performance[i]);
    }
  for (guint t = 0; t < G_N_ELEMENTS (ties); t++)
    sp_network_add_tie (net, ties[t][0], ties[t][1], advice, 1);
  sp_network_add_tie (net, COR, EVA, advice, 0);
  sp_network_add_tie (net, COR, FLEUR, trust, 3);
  sp_network_add_tie (net, COR, KLANT, advice, 2);
  sp_network_add_tie (net, DAAN, KLANT, advice, 1);
  sp_network_add_tie (net, ALPHA, COR, advice, 1);

  *mask = g_new0 (gboolean, net->tie_types->len);
  for (guint t = 0; t < net->tie_types->len; t++)
    (*mask)[t] = t != trust;
  return net;
}

static const SpPersonMeasure *
find (GPtrArray *measures,
      gint       column)
{
  for (guint k = 0; k < measures->len; k++)
    {
      const SpPersonMeasure *m = g_ptr_array_index (measures, k);

      if (m->column == column)
        return m;
    }
  return NULL;
}

static void
assert_rank (const SpRank *r,
             guint         rank,
             guint         n_ranked,
             guint         n_tied,
             guint         n_below)
{
  g_assert_cmpuint (r->rank, ==, rank);
  g_assert_cmpuint (r->n_ranked, ==, n_ranked);
  g_assert_cmpuint (r->n_tied, ==, n_tied);
  g_assert_cmpuint (r->n_below, ==, n_below);
}

/* Competition ranking, highest first: 5, 3, 3, 1 ranks 1, 2, 2, 4;
 * NAN is no value and is not counted. */
static void
test_rank_among (void)
{
  static const double values[] = { 3, NAN, 5, 1, 3 };
  static const gboolean use[] = { TRUE, TRUE, TRUE, TRUE, FALSE };
  SpRank r;

  sp_rank_among (values, NULL, G_N_ELEMENTS (values), 5, &r);
  assert_rank (&r, 1, 4, 1, 3);
  sp_rank_among (values, NULL, G_N_ELEMENTS (values), 3, &r);
  assert_rank (&r, 2, 4, 2, 1);
  sp_rank_among (values, NULL, G_N_ELEMENTS (values), 1, &r);
  assert_rank (&r, 4, 4, 1, 0);
  sp_rank_among (values, NULL, G_N_ELEMENTS (values), NAN, &r);
  assert_rank (&r, 0, 4, 0, 0);
  /* the last 3 left out: the other 3 ranks alone */
  sp_rank_among (values, use, G_N_ELEMENTS (values), 3, &r);
  assert_rank (&r, 2, 3, 1, 1);
}

/* Degree 3, 3, 2, 2, 2, 2 and betweenness 6, 6, 0, 0, 0, 0 (the bridge
 * carries the 3 × 2 paths between the triangles), counted by hand; the
 * sorted ranks and the one-pass ranks agree. */
static void
test_metrics_ranks (void)
{
  g_autofree gboolean *mask = NULL;
  g_autoptr (SpNetwork) net = bridge_network (&mask);
  g_autoptr (SpMetrics) m = sp_metrics_compute (net, mask, NULL, NULL, NULL, NULL, NULL);
  SpRank before[SP_METRIC_N_COLUMNS][KLANT], after;

  g_assert_nonnull (m);
  g_assert_cmpfloat (sp_metrics_column (m, SP_METRIC_DEGREE)[COR], ==, 3);
  g_assert_cmpfloat (sp_metrics_column (m, SP_METRIC_BETWEENNESS)[COR], ==, 6);
  g_assert_cmpfloat (sp_metrics_column (m, SP_METRIC_BETWEENNESS)[ANNA], ==, 0);

  for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
    for (guint i = 0; i < KLANT; i++)
      sp_metrics_rank (m, c, i, &before[c][i]);
  assert_rank (&before[SP_METRIC_DEGREE][COR], 1, 6, 2, 4);
  assert_rank (&before[SP_METRIC_DEGREE][DAAN], 1, 6, 2, 4);
  assert_rank (&before[SP_METRIC_DEGREE][ANNA], 3, 6, 4, 0);
  assert_rank (&before[SP_METRIC_BETWEENNESS][COR], 1, 6, 2, 4);
  assert_rank (&before[SP_METRIC_BETWEENNESS][EVA], 3, 6, 4, 0);

  sp_metrics_prepare_ranks (m);
  sp_metrics_prepare_ranks (m);  /* once is enough; twice does no harm */
  for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
    for (guint i = 0; i < KLANT; i++)
      {
        sp_metrics_rank (m, c, i, &after);
        g_assert_cmpmem (&after, sizeof after, &before[c][i], sizeof before[c][i]);
      }

  /* clients have no value: no rank */
  g_assert_false (sp_metrics_rank (m, SP_METRIC_DEGREE, KLANT, &after));
  g_assert_cmpuint (after.rank, ==, 0);
  g_assert_cmpuint (after.n_ranked, ==, 6);
}

/* The lines: the bridge is a broker, high and with its share; the
 * others are on no shortest path; ties share a rank in the words too. */
static void
test_lines (void)
{
  g_autofree gboolean *mask = NULL;
  g_autoptr (SpNetwork) net = bridge_network (&mask);
  g_autoptr (SpMetrics) m = sp_metrics_compute (net, mask, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (GPtrArray) cor = sp_person_measures (net, m, mask, COR);
  g_autoptr (GPtrArray) anna = sp_person_measures (net, m, mask, ANNA);
  g_autoptr (GPtrArray) client = sp_person_measures (net, m, mask, KLANT);
  const SpPersonMeasure *x;

  g_assert_cmpuint (client->len, ==, 0);

  /* undirected: no in/out-degree or reciprocity */
  g_assert_null (find (cor, SP_METRIC_IN_DEGREE));
  g_assert_null (find (cor, SP_METRIC_RECIPROCITY));

  x = find (cor, SP_METRIC_DEGREE);
  g_assert_cmpstr (x->line, ==, "Works directly with 3 colleagues (top 34%)");
  g_assert_cmpstr (x->value_text, ==, "3");
  g_assert_cmpstr (x->rank_text, ==, "rank 1 of 6, shared by 2");
  g_assert_cmpint (x->level, ==, SP_LEVEL_HIGH);
  x = find (anna, SP_METRIC_DEGREE);
  g_assert_cmpstr (x->line, ==, "Works directly with 2 colleagues");
  g_assert_cmpstr (x->rank_text, ==, "rank 3 of 6, shared by 4");
  g_assert_cmpint (x->level, ==, SP_LEVEL_LOW);

  x = find (cor, SP_METRIC_BETWEENNESS);
  g_assert_cmpstr (x->line, ==, "On many shortest paths between colleagues: a broker (top 34%)");
  g_assert_cmpstr (x->value_text, ==, "6");
  x = find (anna, SP_METRIC_BETWEENNESS);
  g_assert_cmpstr (x->line, ==, "On no shortest path between colleagues");

  /* two steps: Cor and Daan reach everyone else, anna the two beside
   * her and Daan over the bridge */
  x = find (cor, SP_METRIC_REACH_2);
  g_assert_cmpstr (x->line, ==, "Reaches 5 colleagues in two steps (top 34%)");
  g_assert_cmpstr (find (anna, SP_METRIC_REACH_2)->line, ==, "Reaches 3 colleagues in two steps");
  /* everyone is in a triangle: the 2-core, nobody above anybody */
  x = find (cor, SP_METRIC_CORE);
  g_assert_cmpstr (x->line, ==, "Part of a group in which everyone works with at least 2 others");
  g_assert_cmpstr (x->value_text, ==, "2");
  g_assert_cmpstr (x->rank_text, ==, "rank 1 of 6, shared by 6");

  /* anna's two contacts know each other (1); of Cor's three, one pair (1/3) */
  g_assert_cmpstr (find (anna, SP_METRIC_CLUSTERING)->line, ==, "Their contacts mostly know each other");
  g_assert_cmpstr (find (cor, SP_METRIC_CLUSTERING)->line, ==, "Some of their contacts know each other");
  g_assert_cmpstr (find (cor, SP_METRIC_CLUSTERING)->value_text, ==, "0.33");

  /* Cor: contacts anna, Bram (X) and Daan (Y): E-I (1 − 2) / 3 */
  x = find (cor, SP_METRIC_EI_INDEX);
  g_assert_cmpstr (x->value_text, ==, "−0.33");
  g_assert_cmpstr (x->line, ==, "Works mostly inside their department: 33% of contacts elsewhere");
  x = find (anna, SP_METRIC_EI_INDEX);
  g_assert_cmpstr (x->value_text, ==, "−1");

  /* Cor brokers anna/Bram → Daan (representative) and Daan → anna/Bram
   * (gatekeeper), each pair both ways on undirected data: 2 and 2 */
  x = find (cor, SP_METRIC_BROKER_REPRESENTATIVE);
  g_assert_nonnull (x);
  g_assert_cmpfloat (x->value, ==, 2);
  g_assert_true (g_str_has_prefix (x->line, "Representative: "));
  x = find (cor, SP_METRIC_BROKER_GATEKEEPER);
  g_assert_nonnull (x);
  g_assert_cmpfloat (x->value, ==, 2);
  g_assert_null (find (cor, SP_METRIC_BROKER_COORDINATOR));
  g_assert_null (find (cor, SP_METRIC_BROKER_LIAISON));
  g_assert_null (find (cor, SP_METRIC_BROKER_ITINERANT));
  /* anna plays none: one line says so */
  x = find (anna, SP_METRIC_BROKER_COORDINATOR);
  g_assert_nonnull (x);
  g_assert_true (g_str_has_prefix (x->line, "No broker roles"));
  g_assert_null (find (anna, SP_METRIC_BROKER_GATEKEEPER));

  /* constraint (Burt): anna (0.5 + 0.5/3)² + (0.5 + 0.25)² = 1.007, Cor
   * 2 × (1/3 + 1/6)² + (1/3)² = 0.611: both closed */
  x = find (anna, SP_METRIC_CONSTRAINT);
  g_assert_cmpfloat_with_epsilon (x->value, 4.0 / 9 + 9.0 / 16, 1e-9);
  g_assert_true (g_str_has_prefix (x->line, "A closed network"));
  x = find (cor, SP_METRIC_CONSTRAINT);
  g_assert_cmpfloat_with_epsilon (x->value, 0.5 + 1.0 / 9, 1e-9);
  g_assert_true (g_str_has_prefix (x->line, "A closed network"));
}

/* A star: the hub's contacts do not know each other (an open network,
 * constraint 4 × (1/4)² = 0.25, clustering 0); a leaf with one contact is
 * closed.  An isolate has no constraint: not applicable. */
static void
test_open_closed (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (GPtrArray) hub = NULL;
  g_autoptr (GPtrArray) leaf = NULL;
  g_autoptr (GPtrArray) alone = NULL;
  const SpPersonMeasure *x;

  for (guint i = 0; i < 6; i++)
    {
      char id[8];

      g_snprintf (id, sizeof id, "p%u", i);
      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  for (guint i = 1; i < 5; i++)
    sp_network_add_tie (net, 0, i, 0, 1);
  m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  hub = sp_person_measures (net, m, NULL, 0);
  leaf = sp_person_measures (net, m, NULL, 1);
  alone = sp_person_measures (net, m, NULL, 5);

  x = find (hub, SP_METRIC_CONSTRAINT);
  g_assert_cmpfloat_with_epsilon (x->value, 0.25, 1e-9);
  g_assert_cmpstr (x->line, ==, "An open network: contacts who don't know each other");
  g_assert_cmpstr (x->value_text, ==, "0.25");
  g_assert_cmpstr (x->rank_text, ==, "the lowest of 5");
  g_assert_cmpstr (find (hub, SP_METRIC_CLUSTERING)->line, ==, "Their contacts rarely know each other");
  g_assert_cmpstr (find (hub, SP_METRIC_EFFECTIVE_SIZE)->line, ==, "Worth about 4 independent contacts (top 20%)");
  /* betweenness 6 (the leaves' pairs), all alone at the top of 6 */
  x = find (hub, SP_METRIC_BETWEENNESS);
  g_assert_cmpstr (x->rank_text, ==, "the highest of 6");

  x = find (leaf, SP_METRIC_CONSTRAINT);
  g_assert_cmpfloat_with_epsilon (x->value, 1, 1e-9);
  g_assert_true (g_str_has_prefix (x->line, "A closed network"));
  g_assert_cmpstr (x->rank_text, ==, "rank 1 of 5, shared by 4");
  g_assert_cmpstr (find (leaf, SP_METRIC_CLUSTERING)->line, ==,
                   "Too few contacts to tell whether they know each other");

  x = find (alone, SP_METRIC_CONSTRAINT);
  g_assert_true (isnan (x->value));
  g_assert_cmpstr (x->value_text, ==, "—");
  g_assert_cmpstr (x->rank_text, ==, "not applicable");
  g_assert_cmpstr (x->line, ==, "Open or closed network: not applicable without contacts");
  g_assert_cmpstr (find (alone, SP_METRIC_DEGREE)->line, ==, "Has no ties with colleagues");
}

/* Talent attributes: on their scale, ranked among the people who have a
 * value (clients and people without one are not counted). */
static void
test_attribute (void)
{
  g_autofree gboolean *mask = NULL;
  g_autoptr (SpNetwork) net = bridge_network (&mask);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  g_autoptr (SpPersonMeasure) bram = sp_person_attribute (net, perf, BRAM);
  g_autoptr (SpPersonMeasure) fleur = sp_person_attribute (net, perf, FLEUR);
  g_autoptr (SpPersonMeasure) eva = sp_person_attribute (net, perf, EVA);

  g_assert_null (sp_person_attribute (net, sp_network_find_attribute (net, "sector"), BRAM));
  g_assert_cmpstr (bram->value_text, ==, "4.2 on 1–5");
  g_assert_cmpstr (bram->line, ==, "Performance 4.2 on 1–5");
  g_assert_cmpstr (bram->rank_text, ==, "rank 2 of 5, shared by 2");
  g_assert_cmpstr (fleur->line, ==, "Performance 5 on 1–5 (top 20%)");
  g_assert_cmpstr (fleur->rank_text, ==, "the highest of 5");
  g_assert_cmpstr (eva->line, ==, "Performance: no value");
  g_assert_cmpuint (eva->rank.rank, ==, 0);
}

/* Contacts by name (case and accents folded), ties of weight 0 and of a
 * masked type left out; clients with how many people each has. */
static void
test_contacts (void)
{
  g_autofree gboolean *mask = NULL;
  g_autoptr (SpNetwork) net = bridge_network (&mask);
  g_autoptr (GArray) people = sp_person_contacts (net, mask, COR, SP_NODE_PERSON);
  g_autoptr (GArray) all = sp_person_contacts (net, NULL, COR, SP_NODE_PERSON);
  g_autoptr (GArray) clients = sp_person_contacts (net, mask, COR, SP_NODE_CLIENT);
  g_autoptr (GArray) none = sp_person_contacts (net, mask, ANNA, SP_NODE_CLIENT);

  g_assert_cmpuint (people->len, ==, 3);
  g_assert_cmpuint (g_array_index (people, SpContact, 0).node, ==, ANNA);
  g_assert_cmpuint (g_array_index (people, SpContact, 1).node, ==, BRAM);
  g_assert_cmpuint (g_array_index (people, SpContact, 2).node, ==, DAAN);
  /* the trust tie counts without the mask */
  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (g_array_index (all, SpContact, 3).node, ==, FLEUR);
  g_assert_cmpfloat (g_array_index (all, SpContact, 3).weight, ==, 3);

  g_assert_cmpuint (clients->len, ==, 2);
  g_assert_cmpuint (g_array_index (clients, SpContact, 0).node, ==, ALPHA);
  g_assert_cmpuint (g_array_index (clients, SpContact, 0).n_people, ==, 1);
  g_assert_cmpuint (g_array_index (clients, SpContact, 1).node, ==, KLANT);
  g_assert_cmpuint (g_array_index (clients, SpContact, 1).n_people, ==, 2);
  g_assert_cmpfloat (g_array_index (clients, SpContact, 1).weight, ==, 2);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Numbers as people read them: whole numbers plain, decimals by size,
 * trailing zeros dropped, a true minus sign; the locale's separators. */
static void
test_format_number (void)
{
  static const struct { double v; gboolean sign; const char *text; } cases[] = {
    { 1617.957, FALSE, "1618" }, { 28, FALSE, "28" }, { 26.49, FALSE, "26.5" },
    { 0.4444, FALSE, "0.44" }, { 0.5, FALSE, "0.5" }, { 4.0, FALSE, "4" },
    { -1.0 / 3, TRUE, "−0.33" }, { 0.214, TRUE, "+0.21" }, { 0, TRUE, "0" },
    { -0.001, TRUE, "0" }, { NAN, FALSE, "—" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *text = sp_format_number (cases[k].v, cases[k].sign);

      g_assert_cmpstr (text, ==, cases[k].text);
    }

}

/* In Dutch: a decimal comma and a point between thousands, also while
 * another thread (Graphviz) has the process's LC_NUMERIC at "C". */
static void
test_format_number_dutch (void)
{
  locale_t nl = newlocale (LC_ALL_MASK, "nl_NL.UTF-8", (locale_t) 0);

  if (nl == (locale_t) 0)
    {
      g_test_skip ("no nl_NL.UTF-8 locale");
      return;
    }
  freelocale (nl);
  if (g_test_subprocess ())
    {
      g_autofree char *big = NULL, *small = NULL;

      setlocale (LC_NUMERIC, "C");
      big = sp_format_number (1617.957, FALSE);
      small = sp_format_number (0.4444, FALSE);
      g_assert_cmpstr (big, ==, "1.618");
      g_assert_cmpstr (small, ==, "0,44");
      return;
    }
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_trap_assert_passed ();
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/person-profile/rank/ties-share", test_rank_among);
  g_test_add_func ("/person-profile/rank/sorted-once", test_metrics_ranks);
  g_test_add_func ("/person-profile/lines/bridge", test_lines);
  g_test_add_func ("/person-profile/lines/open-closed", test_open_closed);
  g_test_add_func ("/person-profile/attribute-on-scale", test_attribute);
  g_test_add_func ("/person-profile/contacts-and-clients", test_contacts);
  g_test_add_func ("/person-profile/format-number", test_format_number);
  g_test_add_func ("/person-profile/format-number/dutch", test_format_number_dutch);
  return g_test_run ();
}
