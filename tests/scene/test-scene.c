/* test-scene.c — what the user chose and what they suppose, as drawing
 * options and captions (src/scene/, src/render/sp-view-options.c) */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "sp-view-options.h"
#include "sp-scenario.h"
#include "sp-state.h"
#include "sp-import.h"
#include "sp-layout.h"
#include "sp-metrics.h"
#include "sp-group-metrics.h"

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
     const char *b,
     const char *type)
{
  sp_network_add_tie (net, sp_network_find_node (net, a), sp_network_find_node (net, b),
                      sp_network_tie_type (net, type), 1);
}

/* a, b, c a triangle in D; d (D) hangs on c, e (E) on d:
 *   a-b, b-c, c-a (advice), c-d (trust), d-e (advice) */
static SpNetwork *
make_tail (void)
{
  SpNetwork *net = sp_network_new ();

  add_person (net, "a", "D");
  add_person (net, "b", "D");
  add_person (net, "c", "D");
  add_person (net, "d", "D");
  add_person (net, "e", "E");
  tie (net, "a", "b", "advice");
  tie (net, "b", "c", "advice");
  tie (net, "c", "a", "advice");
  tie (net, "c", "d", "trust");
  tie (net, "d", "e", "advice");
  return net;
}

static guint
node (SpNetwork  *net,
      const char *id)
{
  gint i = sp_network_find_node (net, id);

  g_assert_cmpint (i, >=, 0);
  return (guint) i;
}

/* ---- the view state as drawing options ------------------------------------ */

static void
test_view_encodings (void)
{
  g_autoptr (SpViewState) view = sp_view_state_new ();
  SpRenderOptions options;

  view->color_by = g_strdup ("performance");
  view->size_by = g_strdup ("potential");
  view->label_density = 0.3;
  view->view = g_strdup ("quadrants");
  view->color_scale = SP_COLOR_SCALE_DIVERGING;
  view->indicator = g_strdup ("ei-index");
  view->heatmap = TRUE;
  view->heatmap_bandwidth = 12.5;
  view->hulls = TRUE;
  view->zoom = 2.5;
  view->pan_x = 10;
  view->pan_y = -4;

  sp_render_options_init (&options, 800, 600);
  options.title = "kept";
  sp_render_options_from_view (&options, view, NULL, NULL, NULL);
  g_assert_cmpstr (options.color_by, ==, "performance");
  g_assert_cmpstr (options.size_by, ==, "potential");
  g_assert_cmpfloat (options.label_density, ==, 0.3);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_QUADRANTS);
  g_assert_cmpint (options.color_scale, ==, SP_COLOR_SCALE_DIVERGING);
  g_assert_cmpint (options.indicator, ==, SP_RING_EI_INDEX);
  g_assert_true (options.heatmap);
  g_assert_cmpfloat (options.heatmap_bandwidth, ==, 12.5);
  g_assert_true (options.hulls);
  g_assert_cmpfloat (options.zoom, ==, 2.5);
  g_assert_cmpfloat (options.pan_x, ==, 10);
  g_assert_cmpfloat (options.pan_y, ==, -4);
  /* what the view does not choose is left alone */
  g_assert_cmpstr (options.title, ==, "kept");
  g_assert_cmpfloat (options.width, ==, 800);
  g_assert_null (options.node_visible);
  g_assert_null (options.tie_type_visible);
  g_assert_null (options.highlight);
}

static void
test_view_defaults (void)
{
  g_autoptr (SpViewState) view = sp_view_state_new ();
  SpRenderOptions options;

  view->view = g_strdup ("no-such-view");
  view->indicator = g_strdup ("no-such-ring");
  view->color_scale = 7;
  view->highlight = g_strdup ("key-brokers");   /* but no insights given */
  sp_render_options_init (&options, 10, 10);
  sp_render_options_from_view (&options, view, NULL, NULL, NULL);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_NETWORK);
  g_assert_cmpint (options.indicator, ==, SP_RING_NONE);
  g_assert_cmpint (options.color_scale, ==, SP_COLOR_SCALE_DIVERGING);
  g_assert_null (options.color_by);
  g_assert_cmpfloat (options.label_density, ==, 0.6);
  g_assert_null (options.highlight);
  g_assert_null (options.highlight_name);

  for (guint v = SP_RENDER_VIEW_NETWORK; v <= SP_RENDER_VIEW_QUADRANTS; v++)
    {
      SpRenderView back = 99;

      g_assert_true (sp_render_view_from_string (sp_render_view_to_string (v), &back));
      g_assert_cmpint (back, ==, v);
    }
  g_assert_cmpstr (sp_render_view_to_string (SP_RENDER_VIEW_HEAT_TABLE), ==, "heat-table");
}

static void
test_view_filters (void)
{
  g_autoptr (SpNetwork) net = make_tail ();
  g_autoptr (SpViewState) view = sp_view_state_new ();
  g_auto (SpViewStorage) storage = { 0 };
  SpRenderOptions options;
  guint advice = sp_network_tie_type (net, "advice");
  guint trust = sp_network_tie_type (net, "trust");

  view->hidden_departments = g_strsplit ("E", ",", -1);
  view->hidden_tie_types = g_strsplit ("trust", ",", -1);
  view->hidden_people = g_strsplit ("b", ",", -1);
  sp_render_options_init (&options, 10, 10);
  sp_render_options_from_view (&options, view, net, NULL, &storage);

  g_assert_true (options.node_visible == storage.node_visible);
  g_assert_true (options.tie_type_visible == storage.tie_type_visible);
  g_assert_true (options.node_visible[node (net, "a")]);
  g_assert_false (options.node_visible[node (net, "b")]);   /* hidden person */
  g_assert_true (options.node_visible[node (net, "c")]);
  g_assert_true (options.node_visible[node (net, "d")]);
  g_assert_false (options.node_visible[node (net, "e")]);   /* hidden department */
  g_assert_true (options.tie_type_visible[advice]);
  g_assert_false (options.tie_type_visible[trust]);

  /* the ego network of a, one step over the visible ties: c (b is
   * hidden, and c-d is a trust tie) */
  view->ego = g_strdup ("a");
  view->ego_depth = 2;
  sp_render_options_from_view (&options, view, net, NULL, &storage);
  g_assert_true (options.node_visible[node (net, "a")]);
  g_assert_true (options.node_visible[node (net, "c")]);
  g_assert_false (options.node_visible[node (net, "d")]);
}

static void
test_view_highlight (void)
{
  g_autoptr (SpNetwork) net = make_tail ();
  g_autoptr (SpViewState) view = sp_view_state_new ();
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpGroupMetrics) groups = sp_group_metrics_compute (net, NULL, NULL, NULL, metrics, NULL);
  g_autoptr (SpInsights) insights = sp_insights_compute (net, metrics, groups);
  SpRenderOptions options;

  view->highlight = g_strdup ("key-brokers");
  sp_render_options_init (&options, 10, 10);
  sp_render_options_from_view (&options, view, NULL, insights, NULL);
  g_assert_true (options.highlight == (const guint *) (gpointer) insights->people[SP_INSIGHT_KEY_BROKERS]->data);
  g_assert_cmpuint (options.n_highlight, ==, insights->people[SP_INSIGHT_KEY_BROKERS]->len);
  g_assert_cmpstr (options.highlight_name, ==, sp_insight_kind_label (SP_INSIGHT_KEY_BROKERS));
}

/* ---- the scenario ------------------------------------------------------------- */

/* Ties of @net touching @id, counted by hand. */
static guint
ties_touching (SpNetwork  *net,
               const char *id)
{
  guint n = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      const SpTie *tie = sp_network_tie (net, t);

      if (tie->source == node (net, id) || tie->target == node (net, id))
        n++;
    }
  return n;
}

/* Connected parts of @net without @removed (an id, or NULL). */
static guint
parts_without (SpNetwork  *net,
               const char *removed)
{
  guint n = sp_network_n_nodes (net);
  g_autofree guint *part = g_new (guint, n);
  guint parts = 0;
  gboolean changed = TRUE;

  for (guint i = 0; i < n; i++)
    part[i] = i;
  while (changed)
    {
      changed = FALSE;
      for (guint t = 0; t < sp_network_n_ties (net); t++)
        {
          const SpTie *tie = sp_network_tie (net, t);
          guint lo;

          if (removed != NULL && (tie->source == node (net, removed) || tie->target == node (net, removed)))
            continue;
          lo = MIN (part[tie->source], part[tie->target]);
          if (part[tie->source] != lo || part[tie->target] != lo)
            {
              part[tie->source] = part[tie->target] = lo;
              changed = TRUE;
            }
        }
    }
  for (guint i = 0; i < n; i++)
    if (part[i] == i && (removed == NULL || i != node (net, removed)))
      parts++;
  return parts;
}

/* Taking d out: e is cut off; d brokered between c and e, who are not
 * tied, in both directions. */
static void
test_scenario_removal (void)
{
  g_autoptr (SpNetwork) net = make_tail ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *expected = NULL;
  g_autofree gboolean *mask = NULL;
  const char *out[] = { "d", NULL };

  g_assert_null (sp_scenario_caption (scenario, net));
  sp_scenario_set_removed (scenario, out);
  mask = sp_scenario_removed_mask (scenario, net, NULL);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_cmpint (mask[i], ==, i == node (net, "d"));
  /* nothing computed yet: no sentences */
  g_assert_null (sp_scenario_caption (scenario, net));

  g_assert_true (sp_scenario_compute (scenario, net, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (parts_without (net, NULL), ==, 1);
  g_assert_cmpuint (parts_without (net, "d"), ==, 2);
  g_assert_cmpuint (ties_touching (net, "d"), ==, 2);
  expected = g_strdup_printf ("The network splits into %u parts (it had %u). "
                              "1 person is cut off from the rest: e. "
                              "%u ties are lost; %u pairs of colleagues without a direct tie lose someone who linked them.",
                              parts_without (net, "d"), parts_without (net, NULL),
                              ties_touching (net, "d"), 2);
  caption = sp_scenario_caption (scenario, net);
  g_assert_cmpstr (caption, ==, expected);
  g_assert_cmpstr (caption, ==, "The network splits into 2 parts (it had 1). "
                                "1 person is cut off from the rest: e. "
                                "2 ties are lost; 2 pairs of colleagues without a direct tie lose someone who linked them.");
}

static void
test_scenario_unknown_id (void)
{
  g_autoptr (SpNetwork) net = make_tail ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autofree gboolean *mask = NULL;
  const char *out[] = { "a", "nobody", "ghost", NULL };
  const char *none[] = { NULL };
  const char *unknown = NULL;

  sp_scenario_set_removed (scenario, out);
  mask = sp_scenario_removed_mask (scenario, net, &unknown);
  g_assert_cmpstr (unknown, ==, "nobody");
  g_assert_true (mask[node (net, "a")]);
  g_clear_pointer (&mask, g_free);

  /* an empty list still takes out (nobody) */
  sp_scenario_set_removed (scenario, none);
  mask = sp_scenario_removed_mask (scenario, net, &unknown);
  g_assert_nonnull (mask);
  g_assert_null (unknown);
  g_clear_pointer (&mask, g_free);

  sp_scenario_set_removed (scenario, NULL);
  g_assert_null (sp_scenario_removed_mask (scenario, net, NULL));
}

static void
test_scenario_moves (void)
{
  g_autoptr (SpNetwork) net = make_tail ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (GPtrArray) moved = NULL;
  g_autofree char *caption = NULL;
  const char *ids[] = { "b", "d", NULL };
  const char *to[] = { "E", "New", NULL };
  const char *out[] = { "d", NULL };

  sp_scenario_set_moves (scenario, ids, to);
  moved = sp_scenario_moved_departments (scenario, net);
  g_assert_cmpuint (moved->len, ==, sp_network_n_nodes (net));
  /* the network's own name for E; none for a department it lacks */
  g_assert_true (g_ptr_array_index (moved, node (net, "b")) == sp_network_node (net, node (net, "e"))->department);
  g_assert_null (g_ptr_array_index (moved, node (net, "d")));
  g_assert_null (g_ptr_array_index (moved, node (net, "a")));

  g_assert_true (sp_scenario_compute (scenario, net, NULL, NULL, NULL, NULL));
  caption = sp_scenario_caption (scenario, net);
  /* moves alone change no ties: only the moves are told */
  g_assert_cmpstr (caption, ==, "b moves from D to E. d moves from D to New.");
  g_clear_pointer (&caption, g_free);

  /* a person taken out is not moved */
  sp_scenario_set_removed (scenario, out);
  g_assert_null (scenario->whatif);
  g_assert_true (sp_scenario_compute (scenario, net, NULL, NULL, NULL, NULL));
  caption = sp_scenario_caption (scenario, net);
  g_assert_cmpstr (caption, ==, "b moves from D to E. "
                                "The network splits into 2 parts (it had 1). "
                                "1 person is cut off from the rest: e. "
                                "2 ties are lost; 2 pairs of colleagues without a direct tie lose someone who linked them.");
}

/* Before: a-b, b-c, c-d, b-f.  After (make_tail): e joined, f left; c-a
 * and d-e gained, b-f lost.  With a taken out the caption tells both. */
static void
test_scenario_comparison (void)
{
  g_autoptr (SpNetwork) after = make_tail ();
  g_autoptr (SpNetwork) before = sp_network_new ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (GArray) gained = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) lost = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *expected = NULL;
  g_auto (SpViewStorage) storage = { 0 };
  SpRenderOptions options;
  const char *out[] = { "a", NULL };
  guint n_gained = 0, n_lost = 0;

  add_person (before, "a", "D");
  add_person (before, "b", "D");
  add_person (before, "c", "D");
  add_person (before, "d", "D");
  add_person (before, "f", "D");
  tie (before, "a", "b", "advice");
  tie (before, "b", "c", "advice");
  tie (before, "c", "d", "trust");
  tie (before, "b", "f", "trust");

  /* by hand: pairs tied after and not before (c-a, d-e), and before and
   * not after (b-f) */
  for (guint t = 0; t < sp_network_n_ties (after); t++)
    {
      const SpTie *tt = sp_network_tie (after, t);
      gint s = sp_network_find_node (before, sp_network_node (after, tt->source)->id);
      gint d = sp_network_find_node (before, sp_network_node (after, tt->target)->id);
      gboolean found = FALSE;

      for (guint u = 0; s >= 0 && d >= 0 && u < sp_network_n_ties (before); u++)
        {
          const SpTie *bt = sp_network_tie (before, u);

          found |= (bt->source == (guint) s && bt->target == (guint) d)
                || (bt->source == (guint) d && bt->target == (guint) s);
        }
      n_gained += !found;
    }
  n_lost = sp_network_n_ties (before) + n_gained - sp_network_n_ties (after);
  g_assert_cmpuint (n_gained, ==, 2);
  g_assert_cmpuint (n_lost, ==, 1);

  sp_scenario_set_comparison (scenario, before, FALSE, "round-1.csv", "round-2.csv");
  g_assert_true (sp_scenario_compute (scenario, after, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  caption = sp_scenario_caption (scenario, after);
  expected = g_strdup_printf ("From round-1.csv (before) to round-2.csv (after): 1 joined, 1 left; "
                              "%u ties gained (green), %u lost (red, dashed).", n_gained, n_lost);
  g_assert_cmpstr (caption, ==, expected);
  g_assert_cmpstr (caption, ==, "From round-1.csv (before) to round-2.csv (after): 1 joined, 1 left; "
                                "2 ties gained (green), 1 lost (red, dashed).");
  g_clear_pointer (&caption, g_free);

  /* drawn on after's layout: both gained ties; b-f ends at f, who left */
  sp_scenario_drawn_ties (scenario, gained, lost);
  g_assert_cmpuint (gained->len, ==, 2 * n_gained);
  g_assert_cmpuint (lost->len, ==, 0);

  /* the what-if's sentences first, then the comparison's */
  sp_scenario_set_removed (scenario, out);
  g_assert_true (sp_scenario_compute (scenario, after, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  caption = sp_scenario_caption (scenario, after);
  g_assert_cmpstr (caption, ==, "The network stays in one piece. "
                                "2 ties are lost. "
                                "From round-1.csv (before) to round-2.csv (after): 1 joined, 1 left; "
                                "2 ties gained (green), 1 lost (red, dashed).");

  /* and as the overlays of a drawing */
  sp_render_options_init (&options, 10, 10);
  sp_render_options_from_scenario (&options, scenario, after, &storage);
  g_assert_cmpstr (options.caption, ==, caption);
  g_assert_nonnull (options.ghosted);
  g_assert_true (options.ghosted[node (after, "a")]);
  g_assert_false (options.ghosted[node (after, "b")]);
  g_assert_null (options.moved_department);
  g_assert_cmpuint (options.n_ties_gained, ==, n_gained);
  g_assert_cmpuint (options.n_ties_lost, ==, 0);
  g_assert_cmpuint (ties_touching (after, "a"), ==, 2);
}

/* ---- the command line draws what the same view state draws -------------------- */

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_cli_agrees (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-scene-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "team.graphml", NULL);
  g_autofree char *cli_svg = g_build_filename (dir, "cli.svg", NULL);
  g_autofree char *own_svg = g_build_filename (dir, "own.svg", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", cli_svg);
  g_autofree char *people = g_test_build_filename (G_TEST_DIST, "cli", "data", "team", "people.csv", NULL);
  g_autofree char *ties = g_test_build_filename (G_TEST_DIST, "cli", "data", "team", "ties.csv", NULL);
  g_autofree char *clients = g_test_build_filename (G_TEST_DIST, "cli", "data", "team", "clients.csv", NULL);
  SpImportOptions iopts = { .people_path = people, .clients_path = clients };
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (ties, &iopts, &error);
  g_autoptr (SpNetwork) again = NULL;
  g_autoptr (SpViewState) view = sp_view_state_new ();
  g_autoptr (SpMetrics) metrics = NULL;
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpInsights) insights = NULL;
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_auto (SpViewStorage) storage = { 0 };
  g_autofree gboolean *removed = NULL;
  g_autofree gboolean *tie_mask = NULL;
  g_autofree char *cli_text = NULL;
  g_autofree char *own_text = NULL;
  SpRenderOptions options;
  const char *out[] = { "p3", NULL };
  const char *argv[] = { g_getenv ("SAMENSPEL"), saved, export_arg, "--color-by=performance",
                         "--hulls", "--indicator=ei-index", "--highlight=key-brokers",
                         "--ties=advice,collaboration", "--remove=p3", "--width=900", "--height=700",
                         NULL };
  int status = 0;

  g_assert_no_error (error);
  g_assert_nonnull (argv[0]);
  /* one layout for both */
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_true (sp_graphml_save (net, saved, &error));
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  /* the same choices, as the window keeps them */
  again = sp_import_file (saved, NULL, &error);
  g_assert_no_error (error);
  view->color_by = g_strdup ("performance");
  view->hulls = TRUE;
  view->indicator = g_strdup ("ei-index");
  view->highlight = g_strdup ("key-brokers");
  view->label_density = 1.0;
  view->hidden_tie_types = g_strsplit ("client,trust", ",", -1);
  sp_scenario_set_removed (scenario, out);
  removed = sp_scenario_removed_mask (scenario, again, NULL);
  tie_mask = sp_view_state_tie_visibility (view, again);

  metrics = sp_metrics_compute_full (again, tie_mask, removed, SP_METRICS_ALL, 0, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  groups = sp_group_metrics_compute (again, tie_mask, removed, NULL, metrics, &error);
  g_assert_no_error (error);
  insights = sp_insights_compute (again, metrics, groups);
  g_assert_true (sp_scenario_compute (scenario, again, tie_mask, NULL, NULL, &error));
  g_assert_no_error (error);

  sp_render_options_init (&options, 900, 700);
  sp_render_options_from_view (&options, view, again, insights, &storage);
  sp_render_options_from_scenario (&options, scenario, again, &storage);
  sp_render_options_add_state (&options, again, view, scenario, &storage);
  options.metrics = metrics;
  g_assert_true (sp_export_file (again, &options, own_svg, &error));
  g_assert_no_error (error);

  cli_text = read_text (cli_svg);
  own_text = read_text (own_svg);
  g_assert_nonnull (strstr (options.caption, "lose someone who linked them."));
  g_assert_cmpstr (cli_text, ==, own_text);

  g_unlink (cli_svg);
  g_unlink (own_svg);
  g_unlink (saved);
  g_rmdir (dir);
}

/* ---- the state line: a picture says what it shows -------------------------- */

static SpNetwork *
make_named_tail (void)
{
  SpNetwork *net = make_tail ();
  const char *names[] = { "Anna de Vries", "Bram Öztürk", "Carla", "Dirk", "Eva" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    sp_network_node (net, i)->name = sp_network_intern (net, names[i]);
  return net;
}

static char *
state_of (SpNetwork         *net,
          const SpViewState *view,
          const SpScenario  *scenario,
          SpStateFlags       expected_flags)
{
  SpStateFlags flags = 0;
  char *line = sp_state_describe (net, view, scenario, NULL, &flags);

  g_assert_cmpint (flags, ==, expected_flags);
  return line;
}

static void
test_state_line (void)
{
  g_autoptr (SpNetwork) net = make_named_tail ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (SpViewState) view = sp_view_state_new ();
  const char *one[] = { "a", NULL };
  const char *two[] = { "a", "b", NULL };
  const char *four[] = { "a", "b", "c", "nobody", "d", NULL };
  const char *moved[] = { "c", NULL };
  const char *to[] = { "E", NULL };
  const char *hidden_dept[] = { "E", NULL };
  const char *hidden_type[] = { "trust", NULL };
  const char *hidden_person[] = { "b", NULL };
  char *line;

  /* everybody, as the data has them: nothing to say */
  g_assert_null (state_of (net, NULL, NULL, 0));
  g_assert_null (state_of (net, view, scenario, 0));

  /* the what-if names whom it supposes gone (unknown ids skipped) */
  sp_scenario_set_removed (scenario, one);
  line = state_of (net, view, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Anna de Vries leaves");
  g_free (line);
  sp_scenario_set_removed (scenario, two);
  line = state_of (net, NULL, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Anna de Vries and Bram Öztürk leave");
  g_free (line);
  sp_scenario_set_removed (scenario, four);
  line = state_of (net, NULL, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Anna de Vries, Bram Öztürk and 2 others leave");
  g_free (line);

  /* moves, alone and with removals */
  sp_scenario_set_removed (scenario, NULL);
  sp_scenario_set_moves (scenario, moved, to);
  line = state_of (net, NULL, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Carla moves to E");
  g_free (line);
  sp_scenario_set_removed (scenario, one);
  line = state_of (net, NULL, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Anna de Vries leaves, and Carla moves to E");
  g_free (line);
  sp_scenario_set_moves (scenario, NULL, NULL);
  sp_scenario_set_removed (scenario, NULL);

  /* filters, with the headline count following them */
  view->hidden_departments = g_strdupv ((GStrv) hidden_dept);
  line = state_of (net, view, scenario, SP_STATE_FILTERED);
  g_assert_cmpstr (line, ==, "Showing 1 of 2 departments · 4 of 5 people");
  g_free (line);
  g_clear_pointer (&view->hidden_departments, g_strfreev);

  /* tie types: which are shown; nobody is hidden by them */
  view->hidden_tie_types = g_strdupv ((GStrv) hidden_type);
  line = state_of (net, view, NULL, SP_STATE_FILTERED);
  g_assert_cmpstr (line, ==, "Ties: advice (1 of 2 types)");
  g_free (line);
  g_clear_pointer (&view->hidden_tie_types, g_strfreev);

  /* an ego network: c, its contacts a, b and d (e is two steps away) */
  view->ego = g_strdup ("c");
  view->ego_depth = 1;
  line = state_of (net, view, NULL, SP_STATE_FILTERED);
  g_assert_cmpstr (line, ==, "Ego network of Carla (1 step) · 4 of 5 people");
  g_free (line);
  g_clear_pointer (&view->ego, g_free);

  /* people hidden by hand are named */
  view->hidden_people = g_strdupv ((GStrv) hidden_person);
  line = state_of (net, view, NULL, SP_STATE_FILTERED);
  g_assert_cmpstr (line, ==, "Hidden: Bram Öztürk · 4 of 5 people");
  g_free (line);
  /* … unless a what-if took them out: then the what-if says it */
  sp_scenario_set_removed (scenario, hidden_person);
  line = state_of (net, view, scenario, SP_STATE_WHAT_IF);
  g_assert_cmpstr (line, ==, "What if Bram Öztürk leaves");
  g_free (line);
  g_clear_pointer (&view->hidden_people, g_strfreev);

  /* a comparison names both data sets; all parts in order */
  sp_scenario_set_comparison (scenario, net, FALSE, "round-1.csv", "round-2.csv");
  view->hidden_departments = g_strdupv ((GStrv) hidden_dept);
  line = state_of (net, view, scenario, SP_STATE_WHAT_IF | SP_STATE_COMPARED | SP_STATE_FILTERED);
  g_assert_cmpstr (line, ==, "What if Bram Öztürk leaves · Before: round-1.csv · After: round-2.csv"
                             " · Showing 1 of 2 departments · 4 of 5 people");
  g_free (line);
}

/* Every export says what it shows: the state line heads the caption, and
 * an anonymised drawing carries pseudonyms there too, never names. */
static void
test_state_in_export (void)
{
  g_autoptr (SpNetwork) net = make_named_tail ();
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  g_autoptr (SpViewState) view = sp_view_state_new ();
  g_autoptr (SpScene) scene = NULL;
  g_auto (SpViewStorage) storage = { 0 };
  g_autoptr (GError) error = NULL;
  SpRenderOptions options;
  const char *out[] = { "a", NULL };
  const char *caption;

  sp_network_ensure_positions (net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      net->x[i] = i;
      net->y[i] = i % 2;
    }
  net->has_layout = TRUE;
  sp_scenario_set_removed (scenario, out);
  g_assert_true (sp_scenario_compute (scenario, net, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  sp_render_options_init (&options, 800, 600);
  sp_render_options_from_view (&options, view, net, NULL, &storage);
  sp_render_options_from_scenario (&options, scenario, net, &storage);
  sp_render_options_add_state (&options, net, view, scenario, &storage);
  g_assert_true (g_str_has_prefix (options.caption, "What if Anna de Vries leaves\nThe network "));

  options.show_title = TRUE;
  options.title = "Test";
  scene = sp_scene_new (net, &options);
  g_assert_cmpstr (sp_scene_get_options (scene)->caption, ==, options.caption);
  g_clear_pointer (&scene, sp_scene_unref);

  options.anonymize = TRUE;
  scene = sp_scene_new (net, &options);
  caption = sp_scene_get_options (scene)->caption;
  g_assert_true (g_str_has_prefix (caption, "What if Person 1 leaves\n"));
  g_assert_null (strstr (caption, "Anna"));
}

/* Pseudonyms replace whole names only, longest first; counts and ids
 * that are numbers stay as they are. */
static void
test_pseudonyms_whole_words (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpScene) scene = NULL;
  SpRenderOptions options;

  add_person (net, "a", "D");
  add_person (net, "b", "D");
  add_person (net, "13", "D");
  sp_network_node (net, 0)->name = sp_network_intern (net, "Jan");
  sp_network_node (net, 1)->name = sp_network_intern (net, "Jan Jansen");
  sp_render_options_init (&options, 400, 300);
  options.anonymize = TRUE;
  options.caption = "What if Jan leaves · Jan Jansen stays · Jansens · 135 of 150 people · 13 ties";
  scene = sp_scene_new (net, &options);
  g_assert_cmpstr (sp_scene_get_options (scene)->caption, ==,
                   "What if Person 1 leaves · Person 2 stays · Jansens · 135 of 150 people · 13 ties");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scene/view/encodings", test_view_encodings);
  g_test_add_func ("/scene/view/defaults-and-unknown-names", test_view_defaults);
  g_test_add_func ("/scene/view/filters", test_view_filters);
  g_test_add_func ("/scene/view/highlight", test_view_highlight);
  g_test_add_func ("/scene/scenario/removal-caption", test_scenario_removal);
  g_test_add_func ("/scene/scenario/unknown-id", test_scenario_unknown_id);
  g_test_add_func ("/scene/scenario/moves-caption", test_scenario_moves);
  g_test_add_func ("/scene/scenario/comparison-caption", test_scenario_comparison);
  g_test_add_func ("/scene/cli-agrees-with-view-state", test_cli_agrees);
  g_test_add_func ("/scene/state/line", test_state_line);
  g_test_add_func ("/scene/state/in-export", test_state_in_export);
  g_test_add_func ("/scene/state/pseudonyms-whole-words", test_pseudonyms_whole_words);

  return g_test_run ();
}
