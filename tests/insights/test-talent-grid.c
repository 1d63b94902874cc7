/* test-talent-grid.c — the 9-box grid: levels at the cut points, the
 * boxes, network positions, the box's network line and the CSV.
 *
 * The organisation (make_org): two cliques of four, A (a0–a3) and B
 * (b0–b3), joined only through k (tied to a0 and b0); l hangs on a1, m on
 * b1; z has no ties.  Hand-counted from that: contacts 4 (a0, a1, b0,
 * b1), 3 (a2, a3, b2, b3), 2 (k), 1 (l, m), 0 (z): the 20th percentile
 * is 1.2 and the median 3, so l and m are peripheral.  Betweenness: k
 * 25 (5 × 5 pairs), a0 and b0 24, a1 and b1 9, the rest 0: the 80th
 * percentile is 21, so k, a0 and b0 are the brokers.
 */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sp-talent-grid.h"
#include "sp-metrics.h"

typedef struct {
  const char *id, *name;
  double      perf, pot;
} Person;

static const Person people[] = {
  { "a0", "Aart", 4, 3 },   /* high-performer */
  { "a1", "Anna", 2, 5 },   /* rough-diamond */
  { "a2", "Bram", 2, 5 },   /* rough-diamond */
  { "a3", "Cor", 5, 1 },    /* trusted-professional */
  { "b0", "Dirk", 3, 3 },   /* core-player */
  { "b1", "Eva", 1, 1 },    /* talent-risk */
  { "b2", "Fleur", 3, 2 },  /* effective */
  { "b3", "Gijs", 1, 3 },   /* inconsistent-player */
  { "k", "Kees", 5, 5 },    /* star */
  { "l", "Lotte", 5, 5 },   /* star */
  { "z", "Zoë", 4, 4 },     /* star */
  { "m", "Mila", 3, NAN },  /* not in the grid */
};

static gint
node (SpNetwork  *net,
      const char *id)
{
  gint i = sp_network_find_node (net, id);

  g_assert_cmpint (i, >=, 0);
  return i;
}

static void
tie (SpNetwork  *net,
     const char *a,
     const char *b)
{
  sp_network_add_tie (net, node (net, a), node (net, b), 0, 1);
}

static SpNetwork *
make_org (const char *perf_name,
          const char *pot_name)
{
  SpNetwork *net = sp_network_new ();
  SpAttribute *perf = sp_network_ensure_attribute (net, perf_name, SP_ATTR_NUMERIC);
  SpAttribute *pot = sp_network_ensure_attribute (net, pot_name, SP_ATTR_NUMERIC);

  for (guint k = 0; k < G_N_ELEMENTS (people); k++)
    {
      gint i = sp_network_add_node (net, people[k].id, SP_NODE_PERSON, NULL);

      sp_network_node (net, i)->name = sp_network_intern (net, people[k].name);
      sp_network_set_numeric (net, perf, i, people[k].perf);
      sp_network_set_numeric (net, pot, i, people[k].pot);
    }
  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 4; i++)
      for (guint j = i + 1; j < 4; j++)
        {
          char x[4], y[4];

          g_snprintf (x, sizeof x, "%c%u", "ab"[t], i);
          g_snprintf (y, sizeof y, "%c%u", "ab"[t], j);
          tie (net, x, y);
        }
  tie (net, "k", "a0");
  tie (net, "k", "b0");
  tie (net, "l", "a1");
  tie (net, "m", "b1");
  return net;
}

static SpTalentGrid *
compute (SpNetwork              *net,
         const SpTalentGridSpec *spec,
         GError                **error)
{
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);

  return sp_talent_grid_compute (net, metrics, NULL, NULL, spec, error);
}

static gboolean
in_box (SpTalentGrid *grid,
        SpNetwork    *net,
        const char   *key,
        const char   *ids)
{
  g_auto (GStrv) want = g_strsplit (ids, ",", -1);
  guint b;

  for (b = 0; b < SP_TALENT_N_BOXES; b++)
    if (g_str_equal (sp_talent_box_key (b), key))
      break;
  g_assert_cmpuint (b, <, SP_TALENT_N_BOXES);
  if (*ids == '\0')
    return grid->boxes[b].people->len == 0;
  if (grid->boxes[b].people->len != g_strv_length (want))
    return FALSE;
  for (guint k = 0; want[k] != NULL; k++)
    if (g_array_index (grid->boxes[b].people, guint, k) != (guint) node (net, want[k]))
      return FALSE;
  return TRUE;
}

/* A scale of @lo–@hi declared, and the level of each of @values. */
static void
assert_levels (double         lo,
               double         hi,
               const double  *values,
               const char    *expected,   /* one letter per value: l, m, h */
               guint          n)
{
  SpTalentAxis axis = { 0 };

  axis.lo = lo;
  axis.hi = hi;
  sp_talent_default_cuts (lo, hi, axis.cut);
  for (guint k = 0; k < n; k++)
    {
      SpTalentLevel level = sp_talent_axis_level (&axis, values[k]);
      char got = "lmh"[level];

      if (got != expected[k])
        g_error ("%g on %g–%g: %c, expected %c (cuts %.17g, %.17g)", values[k], lo, hi, got,
                 expected[k], axis.cut[0], axis.cut[1]);
    }
}

/* The thirds of the scale: on 1–5, 1–2 low, 3 medium, 4–5 high; a value
 * at a cut is the level that starts there. */
static void
test_levels (void)
{
  const double v15[] = { 1, 2, 2.3, 2.4, 3, 3.6, 3.7, 4, 5 };
  const double v110[] = { 1, 3, 3.99, 4, 6, 6.99, 7, 10 };
  const double v010[] = { 0, 3, 3.4, 4, 6, 6.7, 7, 10 };
  const double v17[] = { 1, 2, 3, 4, 5, 7 };
  SpTalentAxis axis = { 0 };

  assert_levels (1, 5, v15, "lllmmmhhh", G_N_ELEMENTS (v15));
  assert_levels (1, 10, v110, "lllmmmhh", G_N_ELEMENTS (v110));
  assert_levels (0, 10, v010, "llmmmhhh", G_N_ELEMENTS (v010));
  assert_levels (1, 7, v17, "llmmhh", G_N_ELEMENTS (v17));

  /* the cuts of 1–10 are exactly 4 and 7 */
  sp_talent_default_cuts (1, 10, axis.cut);
  g_assert_cmpfloat (axis.cut[0], ==, 4);
  g_assert_cmpfloat (axis.cut[1], ==, 7);
  /* at a cut: the level above; just below: the level below */
  sp_talent_default_cuts (1, 5, axis.cut);
  g_assert_cmpint (sp_talent_axis_level (&axis, axis.cut[0]), ==, SP_TALENT_LEVEL_MEDIUM);
  g_assert_cmpint (sp_talent_axis_level (&axis, nextafter (axis.cut[0], 0)), ==, SP_TALENT_LEVEL_LOW);
  g_assert_cmpint (sp_talent_axis_level (&axis, axis.cut[1]), ==, SP_TALENT_LEVEL_HIGH);
  g_assert_cmpint (sp_talent_axis_level (&axis, nextafter (axis.cut[1], 0)), ==, SP_TALENT_LEVEL_MEDIUM);
  g_assert_cmpint (sp_talent_axis_level (&axis, NAN), ==, SP_TALENT_LEVEL_NONE);
  /* one value for a scale: everyone in the middle */
  sp_talent_default_cuts (7, 7, axis.cut);
  g_assert_cmpint (sp_talent_axis_level (&axis, 7), ==, SP_TALENT_LEVEL_MEDIUM);
}

/* The user's cuts: "3,4" for both, "3,4:6,8" performance then potential;
 * the grid reads a declared 1–10 scale for potential. */
static void
test_custom_cuts (void)
{
  g_autoptr (SpNetwork) net = make_org ("performance", "potentieel");
  g_autoptr (SpTalentGrid) grid = NULL;
  g_autoptr (GError) error = NULL;
  SpTalentGridSpec spec = { 0 };
  const char *bad[] = { "4,3", "3,3", "a,b", "1,2,3", "1,2:3", "1,2:3,4:5,6", "", "1;2", "3,5,4", "nan,4" };

  g_assert_true (sp_talent_grid_parse_cuts ("3,4", &spec, &error));
  g_assert_no_error (error);
  g_assert_true (spec.has_cuts[0] && spec.has_cuts[1]);
  g_assert_cmpfloat (spec.cuts[1][0], ==, 3);
  g_assert_cmpfloat (spec.cuts[1][1], ==, 4);
  grid = compute (net, &spec, &error);
  g_assert_no_error (error);
  /* Aart's 4 is high from 4 up; Dirk's 3 medium from 3 up; Bram's 2 low */
  g_assert_cmpint (grid->level[0][node (net, "a0")], ==, SP_TALENT_LEVEL_HIGH);
  g_assert_cmpint (grid->level[0][node (net, "b0")], ==, SP_TALENT_LEVEL_MEDIUM);
  g_assert_cmpint (grid->level[0][node (net, "a2")], ==, SP_TALENT_LEVEL_LOW);
  g_clear_pointer (&grid, sp_talent_grid_free);

  g_assert_true (sp_talent_grid_parse_cuts (" 2.5 , 4.5 : 6,8 ", &spec, &error));
  g_assert_cmpfloat (spec.cuts[0][0], ==, 2.5);
  g_assert_cmpfloat (spec.cuts[0][1], ==, 4.5);
  g_assert_cmpfloat (spec.cuts[1][0], ==, 6);
  g_assert_cmpfloat (spec.cuts[1][1], ==, 8);

  /* a declared scale of 1–10 for potential: thirds at 4 and 7 */
  sp_attribute_set_scale (sp_network_find_attribute (net, "potentieel"), 1, 10);
  memset (&spec, 0, sizeof spec);
  grid = compute (net, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (grid->axis[1].scale_kind, ==, SP_SCALE_DECLARED);
  g_assert_cmpfloat (grid->axis[1].cut[0], ==, 4);
  g_assert_cmpfloat (grid->axis[1].cut[1], ==, 7);
  /* 5 of 10 is medium, 3 low */
  g_assert_cmpint (grid->level[1][node (net, "k")], ==, SP_TALENT_LEVEL_MEDIUM);
  g_assert_cmpint (grid->level[1][node (net, "a0")], ==, SP_TALENT_LEVEL_LOW);
  g_assert_false (grid->axis[1].cuts_given);

  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      g_autoptr (GError) e = NULL;
      SpTalentGridSpec s = { 0 };

      if (sp_talent_grid_parse_cuts (bad[k], &s, &e))
        g_error ("“%s” was accepted", bad[k]);
      g_assert_error (e, SP_ERROR, SP_ERROR_INVALID);
      g_assert_false (s.has_cuts[0]);
    }
}

/* The attributes by their English or Dutch names, any case, or chosen;
 * a clear error naming what the data has. */
static void
test_attributes (void)
{
  g_autoptr (SpNetwork) dutch = make_org ("Prestatie", "POTENTIEEL");
  g_autoptr (SpNetwork) other = make_org ("score", "growth");
  g_autoptr (SpTalentGrid) grid = NULL;
  g_autoptr (GError) error = NULL;
  SpTalentGridSpec spec = { 0 };

  grid = compute (dutch, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grid->axis[0].attribute->name, ==, "Prestatie");
  g_assert_cmpstr (grid->axis[1].attribute->name, ==, "POTENTIEEL");
  g_clear_pointer (&grid, sp_talent_grid_free);

  g_assert_null (compute (other, NULL, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "performance"));
  g_assert_nonnull (strstr (error->message, "score, growth"));
  g_clear_error (&error);

  spec.performance = "score";
  spec.potential = "nothing";
  g_assert_null (compute (other, &spec, &error));
  g_assert_nonnull (strstr (error->message, "“nothing”"));
  g_clear_error (&error);

  spec.potential = "growth";
  grid = compute (other, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (grid->axis[1].attribute->name, ==, "growth");
}

/* Who is in which box, in which order, and who is left out. */
static void
test_boxes (void)
{
  g_autoptr (SpNetwork) net = make_org ("performance", "potential");
  g_autoptr (SpTalentGrid) grid = compute (net, NULL, NULL);
  guint total = 0;

  g_assert_nonnull (grid);
  g_assert_cmpint (grid->axis[0].scale_kind, ==, SP_SCALE_USUAL);
  g_assert_cmpfloat (grid->axis[0].lo, ==, 1);
  g_assert_cmpfloat (grid->axis[0].hi, ==, 5);
  /* the strongest first (Kees and Lotte 5 + 5, then Zoë), equals by name */
  g_assert_true (in_box (grid, net, "star", "k,l,z"));
  g_assert_true (in_box (grid, net, "rough-diamond", "a1,a2"));
  g_assert_true (in_box (grid, net, "future-star", ""));
  g_assert_true (in_box (grid, net, "high-performer", "a0"));
  g_assert_true (in_box (grid, net, "core-player", "b0"));
  g_assert_true (in_box (grid, net, "inconsistent-player", "b3"));
  g_assert_true (in_box (grid, net, "trusted-professional", "a3"));
  g_assert_true (in_box (grid, net, "effective", "b2"));
  g_assert_true (in_box (grid, net, "talent-risk", "b1"));
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    total += grid->boxes[b].people->len;
  g_assert_cmpuint (total, ==, 11);
  g_assert_cmpuint (grid->n_placed, ==, 11);
  g_assert_cmpuint (grid->n_persons, ==, 12);
  /* Mila has no potential score: not in the grid, named apart */
  g_assert_cmpuint (grid->missing->len, ==, 1);
  g_assert_cmpuint (g_array_index (grid->missing, guint, 0), ==, node (net, "m"));
  g_assert_cmpint (grid->box[node (net, "m")], ==, -1);
  g_assert_cmpint (grid->level[0][node (net, "m")], ==, SP_TALENT_LEVEL_NONE);

  /* the box index: potential up, performance across */
  g_assert_cmpstr (sp_talent_box_key (SP_TALENT_BOX (SP_TALENT_LEVEL_HIGH, SP_TALENT_LEVEL_HIGH)), ==, "star");
  g_assert_cmpstr (sp_talent_box_key (SP_TALENT_BOX (SP_TALENT_LEVEL_LOW, SP_TALENT_LEVEL_HIGH)), ==, "rough-diamond");
  g_assert_cmpstr (sp_talent_box_key (SP_TALENT_BOX (SP_TALENT_LEVEL_HIGH, SP_TALENT_LEVEL_LOW)), ==,
                   "trusted-professional");
  g_assert_cmpstr (sp_talent_box_label (SP_TALENT_BOX (SP_TALENT_LEVEL_MEDIUM, SP_TALENT_LEVEL_MEDIUM)), ==,
                   "Core player");
}

/* Network positions (hand-counted in the header) and each box's line. */
static void
test_positions (void)
{
  g_autoptr (SpNetwork) net = make_org ("performance", "potential");
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpTalentGrid) grid = sp_talent_grid_compute (net, metrics, NULL, NULL, NULL, NULL);
  const double *constraint = sp_metrics_get (metrics, "constraint");
  SpTalentBox *star = &grid->boxes[SP_TALENT_BOX (SP_TALENT_LEVEL_HIGH, SP_TALENT_LEVEL_HIGH)];
  SpTalentBox *rough = &grid->boxes[SP_TALENT_BOX (SP_TALENT_LEVEL_LOW, SP_TALENT_LEVEL_HIGH)];
  g_autofree char *line = NULL;

  g_assert_cmpfloat_with_epsilon (grid->broker_cut, 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (grid->peripheral_cut, 1.2, 1e-9);
  g_assert_cmpint (grid->position[node (net, "z")], ==, SP_POSITION_ISOLATED);
  g_assert_cmpint (grid->position[node (net, "k")], ==, SP_POSITION_BROKER);
  g_assert_cmpint (grid->position[node (net, "a0")], ==, SP_POSITION_BROKER);
  g_assert_cmpint (grid->position[node (net, "b0")], ==, SP_POSITION_BROKER);
  g_assert_cmpint (grid->position[node (net, "l")], ==, SP_POSITION_PERIPHERAL);
  g_assert_cmpint (grid->position[node (net, "m")], ==, SP_POSITION_PERIPHERAL);
  /* a clique member whose contacts all know each other */
  g_assert_cmpfloat (constraint[node (net, "a2")], >=, 0.5);
  g_assert_cmpint (grid->position[node (net, "a2")], ==, SP_POSITION_CLOSED);
  /* the rest: closed or connected by their constraint */
  for (guint k = 0; k < G_N_ELEMENTS (people); k++)
    {
      guint i = node (net, people[k].id);
      SpNetworkPosition p = grid->position[i];

      if (p == SP_POSITION_CLOSED || p == SP_POSITION_CONNECTED)
        g_assert_cmpint (p, ==, constraint[i] >= 0.5 ? SP_POSITION_CLOSED : SP_POSITION_CONNECTED);
    }

  /* stars: Kees a broker, Lotte at the edge, Zoë alone; no tie among
   * them, three out (k–a0, k–b0, l–a1): E-I +1 */
  g_assert_cmpuint (star->n_position[SP_POSITION_BROKER], ==, 1);
  g_assert_cmpuint (star->n_position[SP_POSITION_PERIPHERAL], ==, 1);
  g_assert_cmpuint (star->n_position[SP_POSITION_ISOLATED], ==, 1);
  g_assert_cmpfloat_with_epsilon (star->broker_share, 1.0 / 3, 1e-12);
  g_assert_cmpuint (star->internal_ties, ==, 0);
  g_assert_cmpuint (star->external_ties, ==, 3);
  g_assert_cmpfloat (star->ei_index, ==, 1);
  /* Zoë has no constraint: the mean of Kees's and Lotte's */
  g_assert_cmpfloat_with_epsilon (star->mean_constraint,
                                  (constraint[node (net, "k")] + constraint[node (net, "l")]) / 2, 1e-12);
  /* rough diamonds Anna and Bram: their tie inside, five out
   * (a1–a0, a1–a3, a1–l, a2–a0, a2–a3): (5 − 1) / 6 */
  g_assert_cmpuint (rough->internal_ties, ==, 1);
  g_assert_cmpuint (rough->external_ties, ==, 5);
  g_assert_cmpfloat_with_epsilon (rough->ei_index, 4.0 / 6, 1e-12);

  line = sp_talent_box_network_line (star);
  g_assert_nonnull (strstr (line, "Brokers 1 of 3"));
  g_assert_nonnull (strstr (line, "E-I +1"));
  g_assert_nonnull (strstr (line, "mean constraint"));
  g_assert_null (sp_talent_box_network_line (&grid->boxes[SP_TALENT_BOX (SP_TALENT_LEVEL_MEDIUM,
                                                                           SP_TALENT_LEVEL_HIGH)]));
}

/* --talent-grid's CSV: the header, a row per person, a hand-checked
 * person, and empty cells for one without a score. */
static void
test_csv (void)
{
  g_autoptr (SpNetwork) net = make_org ("performance", "potential");
  g_autoptr (SpTalentGrid) grid = compute (net, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("talent-grid-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "grid.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (sp_talent_grid_write_csv (grid, net, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id,name,performance,potential,performance_level,potential_level,box");
  /* 12 people and the final newline */
  g_assert_cmpuint (g_strv_length (lines), ==, 14);
  g_assert_cmpstr (lines[13], ==, "");
  g_assert_cmpstr (lines[1], ==, "a0,Aart,4,3,high,medium,high-performer");
  g_assert_cmpstr (lines[2], ==, "a1,Anna,2,5,low,high,rough-diamond");
  g_assert_cmpstr (lines[6], ==, "b1,Eva,1,1,low,low,talent-risk");
  g_assert_cmpstr (lines[9], ==, "k,Kees,5,5,high,high,star");
  g_assert_cmpstr (lines[11], ==, "z,Zoë,4,4,high,high,star");
  g_assert_cmpstr (lines[12], ==, "m,Mila,3,,,,");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/talent-grid/levels", test_levels);
  g_test_add_func ("/talent-grid/custom-cuts", test_custom_cuts);
  g_test_add_func ("/talent-grid/attributes", test_attributes);
  g_test_add_func ("/talent-grid/boxes", test_boxes);
  g_test_add_func ("/talent-grid/positions", test_positions);
  g_test_add_func ("/talent-grid/csv", test_csv);
  return g_test_run ();
}
