/* Strategy fit on hand-made organisations; what-if on a graph with a known
 * cut point, checked against networkx (make-fixtures.py). */
#include <math.h>
#include <string.h>
#include "sp-strategy.h"
#include "sp-whatif.h"
#include "sp-compare.h"

static void
add_person (SpNetwork  *net,
            const char *id,
            const char *dept)
{
  gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

  g_assert_cmpint (n, >=, 0);
  sp_network_node (net, n)->department = sp_network_intern (net, dept);
}

static void
tie (SpNetwork  *net,
     const char *a,
     const char *b)
{
  sp_network_add_tie (net, sp_network_find_node (net, a), sp_network_find_node (net, b), 0, 1);
}

/* L = K5, S = K3, joined only through x; client c1 held by x alone,
 * client c2 by l2 and s2. */
static SpNetwork *
make_bridge_org (void)
{
  SpNetwork *net = sp_network_new ();
  const char *L[] = { "l1", "l2", "l3", "l4", "l5" };
  const char *S[] = { "s1", "s2", "s3" };

  for (guint i = 0; i < 5; i++)
    add_person (net, L[i], "L");
  for (guint i = 0; i < 3; i++)
    add_person (net, S[i], "S");
  add_person (net, "x", "X");
  for (guint i = 0; i < 5; i++)
    for (guint j = i + 1; j < 5; j++)
      tie (net, L[i], L[j]);
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      tie (net, S[i], S[j]);
  tie (net, "l1", "x");
  tie (net, "x", "s1");
  sp_network_add_node (net, "c1", SP_NODE_CLIENT, NULL);
  sp_network_add_node (net, "c2", SP_NODE_CLIENT, NULL);
  tie (net, "x", "c1");
  tie (net, "l2", "c2");
  tie (net, "s2", "c2");
  return net;
}

static const SpWhatIfGroup *
find_group (SpWhatIf   *w,
            const char *name)
{
  for (guint i = 0; i < w->groups->len; i++)
    if (g_strcmp0 (g_array_index (w->groups, SpWhatIfGroup, i).name, name) == 0)
      return &g_array_index (w->groups, SpWhatIfGroup, i);
  g_assert_not_reached ();
}

static void
test_whatif_cut_point (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SpWhatIf) w = NULL;
  g_autofree gboolean *removed = g_new0 (gboolean, sp_network_n_nodes (net));
  g_autofree char *text = NULL;
  const SpWhatIfGroup *L, *S;

  removed[sp_network_find_node (net, "x")] = TRUE;
  w = sp_whatif_compute (net, NULL, removed, NULL, &error);
  g_assert_no_error (error);

  /* networkx: number_connected_components before 1, after 2; largest 5 */
  g_assert_cmpuint (w->n_removed, ==, 1);
  g_assert_cmpuint (w->components_before, ==, 1);
  g_assert_cmpuint (w->components_after, ==, 2);
  g_assert_cmpuint (w->largest_before, ==, 9);
  g_assert_cmpuint (w->largest_after, ==, 5);
  /* the three people of S are cut off from the larger part */
  g_assert_cmpuint (w->cut_off->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (sp_network_node (net, g_array_index (w->cut_off, guint, i))->department, ==, "S");
  g_assert_cmpuint (w->ties_lost, ==, 2);
  /* networkx betweenness_centrality(G, normalized=False)["x"] */
  g_assert_cmpfloat_with_epsilon (w->betweenness_lost, 15.0, 1e-9);
  /* x is a liaison between l1 and s1, in both directions */
  g_assert_cmpfloat_with_epsilon (w->brokerage_lost, 2.0, 1e-9);
  /* c1 loses its only contact; c2 keeps two */
  g_assert_cmpuint (w->orphaned_clients->len, ==, 1);
  g_assert_cmpstr (sp_network_node (net, g_array_index (w->orphaned_clients, guint, 0))->id, ==, "c1");

  L = find_group (w, "L");
  S = find_group (w, "S");
  g_assert_cmpfloat_with_epsilon (L->ei_before, -0.8181818181818182, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->ei_after, -1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->constraint_before, 0.6926249999999999, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->constraint_after, 0.765625, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->ei_before, -0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->ei_after, -1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->constraint_before, 0.875, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->constraint_after, 1.125, 1e-9);
  g_assert_cmpuint (find_group (w, "X")->size_after, ==, 0);

  text = sp_whatif_describe (w, net);
  g_assert_nonnull (strstr (text, "2 parts"));
  g_assert_nonnull (strstr (text, "s1"));
}

static void
test_whatif_nothing_removed (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (SpWhatIf) w = sp_whatif_compute (net, NULL, NULL, NULL, NULL);

  g_assert_cmpuint (w->components_after, ==, w->components_before);
  g_assert_cmpuint (w->cut_off->len, ==, 0);
  g_assert_cmpuint (w->ties_lost, ==, 0);
  g_assert_cmpuint (w->orphaned_clients->len, ==, 0);
}

/* x moves into L (nobody leaves).  make-fixtures.py, networkx:
 * size_after_L 6 ei_after_L -0.8333333333333334 constraint_after_L 0.6605208333333333
 * size_after_S 3 ei_after_S -0.5 constraint_after_S 0.875
 * size_after_X 0 */
static void
test_whatif_move (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (GError) error = NULL;
  g_autoptr (SpWhatIf) w = NULL;
  guint n = sp_network_n_nodes (net);
  g_autofree const char **moved = g_new0 (const char *, n);
  g_autofree char *text = NULL;
  gint x = sp_network_find_node (net, "x");
  const char *dept_x = sp_network_node (net, x)->department;
  const SpWhatIfGroup *L, *S, *X;

  moved[x] = "L";
  w = sp_whatif_compute_full (net, NULL, NULL, (const char *const *) moved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (w);

  g_assert_cmpuint (w->n_removed, ==, 0);
  g_assert_cmpuint (w->moves->len, ==, 1);
  g_assert_cmpuint (g_array_index (w->moves, SpWhatIfMove, 0).node, ==, (guint) x);
  g_assert_cmpstr (g_array_index (w->moves, SpWhatIfMove, 0).from, ==, "X");
  g_assert_cmpstr (g_array_index (w->moves, SpWhatIfMove, 0).to, ==, "L");
  /* a move alone cuts nothing off */
  g_assert_cmpuint (w->components_after, ==, w->components_before);
  g_assert_cmpuint (w->ties_lost, ==, 0);
  g_assert_cmpuint (w->cut_off->len, ==, 0);

  L = find_group (w, "L");
  S = find_group (w, "S");
  X = find_group (w, "X");
  g_assert_cmpuint (L->size_before, ==, 5);
  g_assert_cmpuint (L->size_after, ==, 6);
  g_assert_cmpuint (X->size_before, ==, 1);
  g_assert_cmpuint (X->size_after, ==, 0);
  g_assert_cmpuint (S->size_after, ==, 3);
  g_assert_cmpfloat_with_epsilon (L->ei_before, -0.8181818181818182, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->ei_after, -0.8333333333333334, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->constraint_before, 0.6926249999999999, 1e-9);
  g_assert_cmpfloat_with_epsilon (L->constraint_after, 0.6605208333333333, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->ei_after, -0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (S->constraint_after, 0.875, 1e-9);

  /* the caller's network is unchanged */
  g_assert_true (sp_network_node (net, x)->department == dept_x);
  g_assert_cmpstr (sp_network_node (net, x)->department, ==, "X");
  for (guint i = 0; i < n; i++)
    if (sp_network_node (net, i)->department != NULL)
      g_assert_true (sp_network_node (net, i)->department == sp_network_intern (net, sp_network_node (net, i)->department));

  text = sp_whatif_describe (w, net);
  g_assert_nonnull (strstr (text, "x moves from X to L."));
}

/* Removals and moves together; a removed person is not moved; a new
 * department appears after only. */
static void
test_whatif_move_and_remove (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (SpWhatIf) w = NULL;
  guint n = sp_network_n_nodes (net);
  g_autofree const char **moved = g_new0 (const char *, n);
  g_autofree gboolean *removed = g_new0 (gboolean, n);
  g_autofree char *text = NULL;
  const SpWhatIfGroup *N;

  removed[sp_network_find_node (net, "x")] = TRUE;
  moved[sp_network_find_node (net, "x")] = "S";
  moved[sp_network_find_node (net, "l5")] = "New";
  w = sp_whatif_compute_full (net, NULL, removed, (const char *const *) moved, NULL, NULL);
  g_assert_nonnull (w);
  g_assert_cmpuint (w->n_removed, ==, 1);
  g_assert_cmpuint (w->moves->len, ==, 1);
  g_assert_cmpuint (w->components_after, ==, 2);
  N = find_group (w, "New");
  g_assert_cmpuint (N->size_before, ==, 0);
  g_assert_cmpuint (N->size_after, ==, 1);
  g_assert_true (isnan (N->ei_before));
  /* l5 has 4 ties, all to L: E-I +1 */
  g_assert_cmpfloat_with_epsilon (N->ei_after, 1.0, 1e-9);
  g_assert_cmpuint (find_group (w, "L")->size_after, ==, 4);
  for (guint i = 1; i < w->groups->len; i++)
    g_assert_cmpint (g_strcmp0 (g_array_index (w->groups, SpWhatIfGroup, i - 1).name,
                                g_array_index (w->groups, SpWhatIfGroup, i).name), <, 0);
  g_assert_cmpstr (sp_network_node (net, sp_network_find_node (net, "l5"))->department, ==, "L");
  g_assert_null (sp_network_find_attribute (net, "department"));

  text = sp_whatif_describe (w, net);
  g_assert_nonnull (strstr (text, "l5 moves from L to New."));
  g_assert_nonnull (strstr (text, "2 parts"));
}

static GArray *
evaluate (SpNetwork  *net,
          const char *text,
          GError    **error)
{
  g_autoptr (SpStrategy) strategy = sp_strategy_parse (text, -1, "s.txt", error);
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpClientMetrics) clients = NULL;

  if (strategy == NULL)
    return NULL;
  groups = sp_group_metrics_compute (net, NULL, NULL, NULL, NULL, error);
  g_assert_nonnull (groups);
  clients = sp_client_metrics_compute (net, NULL, NULL);
  return sp_strategy_evaluate (strategy, net, groups, clients);
}

static const SpFitResult *
result_for (GArray     *results,
            const char *group)
{
  for (guint i = 0; i < results->len; i++)
    if (g_strcmp0 (g_array_index (results, SpFitResult, i).group, group) == 0)
      return &g_array_index (results, SpFitResult, i);
  g_assert_not_reached ();
}

static void
test_fit_profiles (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) results = NULL;
  const SpFitResult *L, *S, *X, *org;

  /* L: density 1, E-I −0.818 → a closed team: fits execution, not
   * exploration.  S: served client c2 held by two people (l2, s2). */
  results = evaluate (net,
                      "# test strategy\n"
                      "[default]\nprofile = exploration\n"
                      "[department L]\nprofile = execution\n"
                      "[department S]\nprofile = client-intimacy\n",
                      &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 4); /* L, S, X and the organisation */

  L = result_for (results, "L");
  g_assert_cmpstr (L->profile, ==, "execution");
  g_assert_cmpint (L->verdict, ==, SP_FIT_FITS);
  g_assert_cmpfloat_with_epsilon (L->actual[SP_INDICATOR_DENSITY], 1.0, 1e-12);
  g_assert_true (isnan (L->miss[SP_INDICATOR_RECIPROCITY])); /* undirected: not held against it */

  S = result_for (results, "S");
  g_assert_cmpint (S->verdict, ==, SP_FIT_FITS);
  g_assert_cmpfloat_with_epsilon (S->actual[SP_INDICATOR_CONTACTS_PER_CLIENT], 2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (S->actual[SP_INDICATOR_SINGLE_CONTACT_SHARE], 0.0, 1e-12);

  /* X (the broker alone): E-I +1, constraint 0.5 (two unconnected
   * contacts) → misses the constraint target of exploration by 0.15 */
  X = result_for (results, "X");
  g_assert_cmpstr (X->profile, ==, "exploration");
  g_assert_cmpint (X->verdict, ==, SP_FIT_MISFIT);
  g_assert_cmpfloat_with_epsilon (X->miss[SP_INDICATOR_EI_INDEX], 0.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (X->miss[SP_INDICATOR_MEAN_CONSTRAINT], 0.15, 1e-12);
  g_assert_cmpuint (X->n_missed, ==, 1);

  org = result_for (results, NULL);
  g_assert_cmpint (org->verdict, ==, SP_FIT_NOT_SET);
}

static void
test_fit_custom_ranges (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) near = NULL;
  g_autoptr (GArray) misfit = NULL;

  /* L's E-I is −9/11: a target of at least −1.0 .. −0.9 misses by 0.0818,
   * less than a tenth of E-I's scale (2): nearly fits */
  near = evaluate (net, "[department L]\nei_index = -1 .. -0.9\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result_for (near, "L")->profile, ==, "custom");
  g_assert_cmpint (result_for (near, "L")->verdict, ==, SP_FIT_NEAR);
  g_assert_cmpfloat_with_epsilon (result_for (near, "L")->miss[SP_INDICATOR_EI_INDEX],
                                  0.9 - 9.0 / 11.0, 1e-12);
  g_assert_cmpint (result_for (near, "S")->verdict, ==, SP_FIT_NOT_SET);

  /* open boundary asked: E-I 0 .. → misses by 0.818: does not fit */
  misfit = evaluate (net, "[department L]\nprofile = execution\nei_index = 0 ..\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (result_for (misfit, "L")->verdict, ==, SP_FIT_MISFIT);
  g_assert_cmpuint (result_for (misfit, "L")->n_missed, ==, 1);
}

static void
test_strategy_errors (void)
{
  const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "profile = exploration\n", "s.txt:1: “profile = exploration” comes before any section" },
    { "[default]\n\nprofile = growth\n", "s.txt:3: unknown profile “growth” (use exploration, execution or client-intimacy)" },
    { "[team Sales]\n", "s.txt:1: unknown section “team Sales” (use [default], [organisation] or [department NAME])" },
    { "[default]\nei_index = high\n", "s.txt:2: “high” is not a range (write MIN .. MAX, MIN .., or .. MAX)" },
    { "[default]\nei_index = 1 .. -1\n", "s.txt:2: “1 .. -1” is not a range (write MIN .. MAX, MIN .., or .. MAX)" },
    { "[default]\nloyalty = 1 ..\n", "s.txt:2: unknown indicator “loyalty”" },
    { "[default\n", "s.txt:1: a section header must look like [department NAME]" },
    { "[default]\njust words\n", "s.txt:2: expected “key = value”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpStrategy) s = sp_strategy_parse (cases[i].text, -1, "s.txt", &error);

      g_assert_null (s);
      g_assert_error (error, SP_ERROR, SP_ERROR_PARSE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_fit_report_csv (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) results = evaluate (net, "[default]\nprofile = exploration\n", &error);
  g_autofree char *dir = g_dir_make_tmp ("sp-fit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fit.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (sp_fit_report_write_csv (results, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "level,group,profile,verdict,indicator,target,actual,miss");
  /* three groups × two exploration indicators */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 6 + 1);
  g_assert_true (g_str_has_prefix (lines[1], "group,L,exploration,misfit,ei_index,-0.35 .. ,"));
}

static SpNetwork *
make_chain (const char *const *ids,
            const char *const *ties)
{
  SpNetwork *net = sp_network_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    add_person (net, ids[i], "D");
  for (guint i = 0; ties[i] != NULL; i += 2)
    tie (net, ties[i], ties[i + 1]);
  return net;
}

/* The application builds a strategy from its dropdowns and keeps it as
 * text in the saved view: profiles set per department, ranges from a
 * file kept through a round trip. */
static void
test_strategy_build_and_text (void)
{
  g_autoptr (SpNetwork) net = make_bridge_org ();
  g_autoptr (SpStrategy) strategy = sp_strategy_new ();
  g_autoptr (SpStrategy) again = NULL;
  g_autoptr (SpStrategy) loaded = NULL;
  g_autoptr (SpStrategy) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *text3 = NULL;
  g_autoptr (GArray) results = NULL;

  g_assert_true (sp_strategy_is_empty (strategy));
  g_assert_null (sp_strategy_get_profile (strategy, NULL));
  sp_strategy_set_profile (strategy, NULL, "exploration");
  sp_strategy_set_profile (strategy, "L", "execution");
  sp_strategy_set_profile (strategy, "S", "client-intimacy");
  sp_strategy_set_profile (strategy, "S", NULL);  /* back to the default */
  g_assert_false (sp_strategy_is_empty (strategy));
  g_assert_cmpstr (sp_strategy_get_profile (strategy, NULL), ==, "exploration");
  g_assert_cmpstr (sp_strategy_get_profile (strategy, "L"), ==, "execution");
  g_assert_null (sp_strategy_get_profile (strategy, "S"));

  text = sp_strategy_to_text (strategy);
  again = sp_strategy_parse (text, -1, "view", &error);
  g_assert_no_error (error);
  text2 = sp_strategy_to_text (again);
  g_assert_cmpstr (text, ==, text2);

  results = evaluate (net, text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result_for (results, "L")->profile, ==, "execution");
  g_assert_cmpstr (result_for (results, "S")->profile, ==, "exploration");
  g_assert_cmpstr (result_for (results, NULL)->profile, ==, "exploration");

  /* ranges from a file survive the text and read as "custom" */
  loaded = sp_strategy_parse ("[department L]\nprofile = execution\nei_index = -1 .. -0.2\n"
                              "mean_constraint = .. 0.1\n", -1, "file", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_strategy_get_profile (loaded, "L"), ==, "custom");
  copy = sp_strategy_copy (loaded);
  g_clear_pointer (&text, g_free);
  text = sp_strategy_to_text (copy);
  g_assert_nonnull (strstr (text, "ei_index = -1 .. -0.2\n"));
  g_assert_nonnull (strstr (text, "mean_constraint = .. 0.1\n"));
  g_clear_pointer (&again, sp_strategy_free);
  again = sp_strategy_parse (text, -1, "view", &error);
  g_assert_no_error (error);
  text3 = sp_strategy_to_text (again);
  g_assert_cmpstr (text, ==, text3);

  /* choosing a profile drops the file's ranges */
  sp_strategy_set_profile (copy, "L", "exploration");
  g_assert_cmpstr (sp_strategy_get_profile (copy, "L"), ==, "exploration");
  sp_strategy_set_profile (copy, "L", NULL);
  g_assert_true (sp_strategy_is_empty (copy));
}

static void
test_compare_before_after (void)
{
  const char *ids_before[] = { "a", "b", "c", "d", NULL };
  const char *ties_before[] = { "a", "b", "b", "c", "c", "d", NULL };
  const char *ids_after[] = { "e", "d", "b", "a", NULL };
  const char *ties_after[] = { "b", "a", "b", "d", "d", "e", NULL };
  g_autoptr (SpNetwork) before = make_chain (ids_before, ties_before);
  g_autoptr (SpNetwork) after = make_chain (ids_after, ties_after);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpComparison) cmp = sp_compare_networks (before, after, NULL, &error);
  g_autoptr (SpMetrics) mb = sp_metrics_compute (before, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpMetrics) ma = sp_metrics_compute (after, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("sp-cmp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "m.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  const SpTiePair *p;

  g_assert_no_error (error);
  /* c left, e joined; a-b kept (written the other way round) */
  g_assert_cmpuint (cmp->left->len, ==, 1);
  g_assert_cmpstr (sp_network_node (before, g_array_index (cmp->left, guint, 0))->id, ==, "c");
  g_assert_cmpuint (cmp->joined->len, ==, 1);
  g_assert_cmpstr (sp_network_node (after, g_array_index (cmp->joined, guint, 0))->id, ==, "e");
  g_assert_cmpuint (cmp->ties_lost->len, ==, 2);     /* b-c, c-d */
  p = &g_array_index (cmp->ties_lost, SpTiePair, 0);
  g_assert_cmpstr (sp_network_node (before, p->source)->id, ==, "b");
  g_assert_cmpstr (sp_network_node (before, p->target)->id, ==, "c");
  g_assert_cmpuint (cmp->ties_gained->len, ==, 2);   /* b-d, d-e */

  /* drawn on after's layout: both gained ties; of the lost ones neither,
   * since c left (b-c and c-d end at someone no longer there) */
  {
    g_autoptr (GArray) gained = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) lost = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree char *caption = NULL;

    sp_comparison_drawn_ties (cmp, TRUE, gained, lost);
    g_assert_cmpuint (gained->len, ==, 4);
    g_assert_cmpuint (lost->len, ==, 0);
    for (guint k = 0; k < gained->len; k++)
      g_assert_cmpuint (g_array_index (gained, guint, k), <, sp_network_n_nodes (after));
    caption = sp_comparison_caption (cmp, "round-1.csv", "round-2.csv");
    g_assert_cmpstr (caption, ==, "From round-1.csv (before) to round-2.csv (after): 1 joined, 1 left; "
                                  "2 ties gained (green), 2 lost (red, dashed).");

    /* drawn on before's layout: both lost ties (c is there), of the gained
     * ones b-d only (e had not joined), in before's nodes */
    g_array_set_size (gained, 0);
    sp_comparison_drawn_ties (cmp, FALSE, gained, lost);
    g_assert_cmpuint (gained->len, ==, 2);
    {
      const char *x = sp_network_node (before, g_array_index (gained, guint, 0))->id;
      const char *y = sp_network_node (before, g_array_index (gained, guint, 1))->id;

      g_assert_true ((g_str_equal (x, "b") && g_str_equal (y, "d"))
                     || (g_str_equal (x, "d") && g_str_equal (y, "b")));
    }
    g_assert_cmpuint (lost->len, ==, 4);
    for (guint k = 0; k < lost->len; k++)
      g_assert_cmpuint (g_array_index (lost, guint, k), <, sp_network_n_nodes (before));
    g_assert_cmpstr (sp_network_node (before, g_array_index (lost, guint, 0))->id, ==, "b");
    g_assert_cmpstr (sp_network_node (before, g_array_index (lost, guint, 1))->id, ==, "c");
  }

  g_assert_true (sp_compare_write_metrics_csv (before, mb, after, ma, cmp, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "id,kind,name,department,presence,degree,"));
  g_assert_nonnull (strstr (lines[0], ",degree_change,"));
  g_assert_null (strstr (lines[0], "community_change"));
  /* e joined with degree 1; d went from 1 to 2 ties (degree +1), and its
   * betweenness from 0 to 2 (on b-d-e, networkx unnormalised) */
  g_assert_true (g_str_has_prefix (lines[1], "e,person,,D,joined,1,"));
  g_assert_true (g_str_has_prefix (lines[2], "d,person,,D,both,2,"));
  {
    g_auto (GStrv) header = g_strsplit (lines[0], ",", -1);
    g_auto (GStrv) row = g_strsplit (lines[2], ",", -1);
    guint deg = 0, btw = 0;

    for (guint i = 0; header[i] != NULL; i++)
      {
        if (g_str_equal (header[i], "degree_change"))
          deg = i;
        if (g_str_equal (header[i], "betweenness_change"))
          btw = i;
      }
    g_assert_cmpstr (row[deg], ==, "1");
    g_assert_cmpstr (row[btw], ==, "2");
  }
  g_assert_true (g_str_has_prefix (lines[5], "c,person,,D,left,,"));
  g_assert_cmpstr (lines[6], ==, "");
}

/* Department names the plain header cannot hold are written quoted and
 * read back exactly (issue 12, item 4). */
static void
test_strategy_nasty_names (void)
{
  static const char *const names[] = {
    "R#D", "Sales]", "[Lab]", "a = b", "say \"hi\"", "back\\slash", "two\nlines",
    "cr\r\nlf", "tab\there", " padded ", "\x1b[31mred", "department", "#", "\"",
    "ünïcödé 名前", "plain name",
  };
  g_autoptr (SpStrategy) strategy = sp_strategy_new ();
  g_autoptr (SpStrategy) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    sp_strategy_set_profile (strategy, names[i], i % 2 ? "execution" : "client-intimacy");
  text = sp_strategy_to_text (strategy);
  g_assert_nonnull (strstr (text, "[department \"R#D\"]\n"));
  g_assert_nonnull (strstr (text, "[department \"say \\\"hi\\\"\"]\n"));
  g_assert_nonnull (strstr (text, "[department \"two\\nlines\"]\n"));
  g_assert_nonnull (strstr (text, "[department plain name]\n"));
  again = sp_strategy_parse (text, -1, "view", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (sp_strategy_get_profile (again, names[i]), ==,
                     i % 2 ? "execution" : "client-intimacy");
  text2 = sp_strategy_to_text (again);
  g_assert_cmpstr (text, ==, text2);

  /* a comment after a quoted header; what is broken is refused at its line */
  g_clear_pointer (&again, sp_strategy_free);
  again = sp_strategy_parse ("[department \"R#D\"]  # research\nprofile = execution\n", -1, "f", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_strategy_get_profile (again, "R#D"), ==, "execution");
  {
    static const struct { const char *text, *message; } bad[] = {
      { "\n[department \"open]\n", "f:2: the quoted department name is not closed" },
      { "[department \"a\\q\"]\n", "f:1: unknown escape in a quoted department name (use \\\" \\\\ \\n \\r \\t or \\xHH)" },
      { "[department \"a\\x00\"]\n", "f:1: unknown escape in a quoted department name (use \\\" \\\\ \\n \\r \\t or \\xHH)" },
      { "[department \"a\" b]\n", "f:1: a section header must look like [department NAME]" },
      { "[department \"a\"] x\n", "f:1: a section header must look like [department NAME]" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr (SpStrategy) broken = NULL;

        g_clear_error (&error);
        broken = sp_strategy_parse (bad[i].text, -1, "f", &error);
        g_assert_null (broken);
        g_assert_nonnull (error);
        g_assert_cmpstr (error->message, ==, bad[i].message);
      }
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/whatif/cut-point", test_whatif_cut_point);
  g_test_add_func ("/whatif/nothing-removed", test_whatif_nothing_removed);
  g_test_add_func ("/whatif/move", test_whatif_move);
  g_test_add_func ("/whatif/move-and-remove", test_whatif_move_and_remove);
  g_test_add_func ("/strategy/profiles", test_fit_profiles);
  g_test_add_func ("/strategy/custom-ranges", test_fit_custom_ranges);
  g_test_add_func ("/strategy/errors", test_strategy_errors);
  g_test_add_func ("/strategy/fit-report", test_fit_report_csv);
  g_test_add_func ("/strategy/build-and-text", test_strategy_build_and_text);
  g_test_add_func ("/strategy/nasty-names", test_strategy_nasty_names);
  g_test_add_func ("/compare/before-after", test_compare_before_after);
  return g_test_run ();
}
