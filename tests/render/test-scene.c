/* test-scene.c — every view as data: what its scene holds, what can be
 * pointed at, and that drawing it again computes no measure.
 *
 * The organisation (org-fixture.h): teams X (x0–x4, nodes 0–4, plus the
 * high scorer h, node 11, tied to x1 only) and Y (y0–y4, nodes 5–9), each
 * a clique, joined only through the broker b (node 10, department B).
 * What the assertions expect follows from that construction: every path
 * between the teams runs through b and through x0, its contact in X:
 * 6 people on X's side times 5 on Y's gives both a betweenness of 30, the
 * largest (y0: 7 × 4 = 28; x1, h's only tie: 10), so they are the two
 * rightmost dots of the quadrants; h has the highest talent score (4.85)
 * and, as a leaf, betweenness 0 (the top-left dot).
 */
#include <math.h>
#include <string.h>

#include "sp-render.h"
#include "sp-measures.h"
#include "org-fixture.h"
#include "sp-import.h"
#include "sp-layout.h"

#define W 1000
#define H 700
#define B 10
#define HT 11

/* How far (x, y) on @surface is from white. */
static int
ink_at (cairo_surface_t *surface,
        double           x,
        double           y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 p = *(guint32 *) (gpointer) (data + (int) y * stride + 4 * (int) x);

  return 3 * 255 - (int) ((p >> 16) & 0xff) - (int) ((p >> 8) & 0xff) - (int) (p & 0xff);
}

static void
test_network_scene (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = NULL;
  g_autoptr (SpScene) filtered = NULL;
  g_autofree gboolean *visible = g_new (gboolean, 12);
  SpRenderOptions opt;
  guint32 cx, cy, cb;
  double x, y, r;

  sp_render_options_init (&opt, W, H);
  opt.date = "1 January 2026";
  scene = sp_scene_new (net, &opt);
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), ==, 12);
  /* two cliques of 5 (10 ties each), b's two ties and h's one */
  g_assert_cmpuint (sp_scene_n_drawn_ties (scene), ==, 23);

  /* one colour per department */
  g_assert_true (sp_scene_node_color (scene, 0, &cx));
  g_assert_true (sp_scene_node_color (scene, 5, &cy));
  g_assert_true (sp_scene_node_color (scene, B, &cb));
  g_assert_cmpuint (cx, !=, cy);
  g_assert_cmpuint (cx, !=, cb);
  g_assert_true (sp_scene_node_color (scene, HT, &cb));
  g_assert_cmpuint (cb, ==, cx);

  /* pointing at a node finds it, empty page finds nothing */
  for (guint i = 0; i < 12; i++)
    {
      g_assert_true (sp_scene_node_position (scene, i, &x, &y, &r));
      g_assert_cmpfloat (r, >, 0);
      g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, (gint) i);
    }
  g_assert_cmpint (sp_scene_hit_test (scene, 2, H - 2), ==, -1);

  /* a hidden department is neither drawn nor hit, and does not move the rest */
  for (guint i = 0; i < 12; i++)
    visible[i] = g_strcmp0 (sp_network_node (net, i)->department, "Y") != 0;
  opt.node_visible = visible;
  filtered = sp_scene_new (net, &opt);
  g_assert_cmpuint (sp_scene_n_drawn_nodes (filtered), ==, 7);
  g_assert_false (sp_scene_node_position (filtered, 5, NULL, NULL, NULL));
  g_assert_true (sp_scene_node_position (scene, 5, &x, &y, NULL));
  g_assert_cmpint (sp_scene_hit_test (filtered, x, y), ==, -1);
  {
    double x0, y0, fx, fy;

    sp_scene_node_position (scene, 0, &x0, &y0, NULL);
    sp_scene_node_position (filtered, 0, &fx, &fy, NULL);
    g_assert_cmpfloat_with_epsilon (x0, fx, 1e-9);
    g_assert_cmpfloat_with_epsilon (y0, fy, 1e-9);
  }
}

/* A scene keeps its own copy of the options and the positions: changing
 * them after the build (as a drag does on the UI thread while the worker
 * draws) changes nothing in it, and drawing it still shows the node. */
static void
test_scene_is_a_copy (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean *visible = g_new (gboolean, 12);
  cairo_surface_t *surface;
  cairo_t *cr;
  SpRenderOptions opt;
  double x, y;

  for (guint i = 0; i < 12; i++)
    visible[i] = TRUE;
  sp_render_options_init (&opt, W, H);
  opt.date = "1 January 2026";
  opt.node_visible = visible;
  scene = sp_scene_new (net, &opt);
  before = sp_scene_describe (scene);

  net->x[0] += 1000;
  net->y[0] -= 1000;
  for (guint i = 0; i < 12; i++)
    visible[i] = FALSE;
  g_free (visible);
  after = sp_scene_describe (scene);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (sp_scene_node_position (scene, 0, &x, &y, NULL));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cr = cairo_create (surface);
  sp_render_scene (cr, scene);
  cairo_surface_flush (surface);
  g_assert_cmpint (ink_at (surface, x, y), >, 60);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The same options give the same scene; the zoom changes where nodes are. */
static void
test_scene_deterministic (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) a = NULL;
  g_autoptr (SpScene) b = NULL;
  g_autoptr (SpScene) zoomed = NULL;
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;
  g_autofree char *dz = NULL;
  SpRenderOptions opt;

  sp_render_options_init (&opt, W, H);
  opt.date = "1 January 2026";
  opt.indicator = SP_RING_CONSTRAINT;
  a = sp_scene_new (net, &opt);
  b = sp_scene_new (net, &opt);
  opt.zoom = 2;
  zoomed = sp_scene_new (net, &opt);
  da = sp_scene_describe (a);
  db = sp_scene_describe (b);
  dz = sp_scene_describe (zoomed);
  g_assert_cmpstr (da, ==, db);
  g_assert_cmpstr (da, !=, dz);
  g_assert_nonnull (strstr (da, "legend ring:"));
}

/* The quadrants' dots are the scene's nodes: b and x0 rightmost (most
 * paths run through them), h highest (best scores), hit where drawn. */
static void
test_quadrant_scene (void)
{
  g_autoptr (SpNetwork) net = make_org (1.5);
  g_autoptr (SpScene) scene = NULL;
  SpRenderOptions opt;
  double bx, by, hx, hy, x, y;
  double scale, ox, oy;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_QUADRANTS;
  opt.date = "1 January 2026";
  scene = sp_scene_new (net, &opt);
  g_assert_cmpint (sp_scene_get_view (scene), ==, SP_RENDER_VIEW_QUADRANTS);
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), ==, 12);
  g_assert_false (sp_scene_get_transform (scene, &scale, &ox, &oy));
  g_assert_true (sp_scene_node_position (scene, B, &bx, &by, NULL));
  g_assert_true (sp_scene_node_position (scene, HT, &hx, &hy, NULL));
  for (guint i = 0; i < 12; i++)
    {
      g_assert_true (sp_scene_node_position (scene, i, &x, &y, NULL));
      if (i != B && i != 0)
        g_assert_cmpfloat (x, <, bx - 10);
      if (i != HT)
        g_assert_cmpfloat (y, >, hy);   /* higher scores are drawn higher */
    }
  /* h is at the edge: left of the middle of the dots' span */
  g_assert_cmpfloat (hx, <, bx - 0.5 * W * 0.3);
  g_assert_cmpint (sp_scene_hit_test (scene, bx, by), ==, B);
  g_assert_cmpint (sp_scene_hit_test (scene, hx, hy), ==, HT);
  g_assert_cmpint (sp_scene_hit_test (scene, 3, 3), ==, -1);
}

static void
test_heat_table_scene (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = NULL;
  SpRenderOptions opt;
  double scale, ox, oy;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_HEAT_TABLE;
  scene = sp_scene_new (net, &opt);
  /* a table of departments: no node drawn, none to point at */
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), ==, 0);
  g_assert_false (sp_scene_get_transform (scene, &scale, &ox, &oy));
  for (int y = 0; y < H; y += 25)
    for (int x = 0; x < W; x += 25)
      g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, -1);
}

static void
test_client_scene (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = NULL;
  SpRenderOptions opt;
  gint client;
  double x, y;

  client = sp_network_add_node (net, "acme", SP_NODE_CLIENT, NULL);
  sp_network_node (net, client)->name = sp_network_intern (net, "Acme");
  sp_network_ensure_positions (net);
  net->x[client] = net->x[0] + 50;
  net->y[client] = net->y[0];
  sp_network_add_tie (net, 0, client, 0, 1);
  sp_network_add_tie (net, 5, client, 0, 1);

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_CLIENTS;
  opt.date = "1 January 2026";
  scene = sp_scene_new (net, &opt);
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), ==, 13);
  g_assert_true (sp_scene_node_position (scene, client, &x, &y, NULL));
  g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, client);
}

/* A frozen cache measures the network as it was made: the window edits
 * names and departments on the UI thread while workers measure, so the
 * workers read a copy (ThreadSanitizer found the race). */
static void
test_measures_frozen (void)
{
  g_autoptr (SpNetwork) net = make_org (1.5);
  g_autoptr (SpMeasures) frozen = sp_measures_new_frozen (net);
  g_autoptr (SpMeasures) shared = sp_measures_new (net);
  SpGroupMetrics *before, *after;
  SpNode *n0 = sp_network_node (net, 0);

  g_assert_true (sp_measures_get_network (frozen) == net);
  n0->department = sp_network_intern (net, "Nieuwe afdeling");
  before = sp_measures_groups (frozen, NULL, NULL, NULL);
  after = sp_measures_groups (shared, NULL, NULL, NULL);
  g_assert_nonnull (before);
  g_assert_nonnull (after);
  /* the shared cache sees the new department, the frozen one does not */
  g_assert_cmpuint (after->groups->len, ==, before->groups->len + 1);
  /* its group names are the network's own strings: the heat table and the
   * hulls find a department's people by pointer */
  for (guint g = 0; g < before->groups->len; g++)
    {
      const SpGroupStats *st = &g_array_index (before->groups, SpGroupStats, g);
      gboolean found = FALSE;

      for (guint i = 1; i < sp_network_n_nodes (net) && !found; i++)
        found = sp_network_node (net, i)->department == st->name;
      g_assert_true (found);
    }
}

/* One cache, many drawings: the first computes, a zoom, a pan, another
 * size or another view of the same ties computes nothing more; other
 * ties are another key. */
static void
test_measures_cached (void)
{
  g_autoptr (SpNetwork) net = make_org (1.5);
  g_autoptr (SpMeasures) measures = sp_measures_new (net);
  g_autoptr (SpMetrics) direct = NULL;
  g_autoptr (SpMetrics) cached = NULL;
  gboolean no_ties[1] = { FALSE };
  SpRenderOptions opt;
  guint n;

  sp_render_options_init (&opt, W, H);
  opt.date = "1 January 2026";
  opt.indicator = SP_RING_CONSTRAINT;
  opt.hulls = TRUE;
  opt.measures = measures;
  sp_scene_unref (sp_scene_new (net, &opt));
  n = sp_measures_n_computed (measures);
  g_assert_cmpuint (n, >, 0);

  /* the node being dragged is left out of the drawing, not of the measures */
  {
    g_autoptr (SpScene) dragging = NULL;

    opt.omit_node = 1;
    dragging = sp_scene_new (net, &opt);
    g_assert_false (sp_scene_node_position (dragging, 0, NULL, NULL, NULL));
    g_assert_true (sp_scene_node_position (dragging, 1, NULL, NULL, NULL));
    g_assert_cmpuint (sp_scene_n_drawn_nodes (dragging), ==, 11);
    g_assert_cmpuint (sp_measures_n_computed (measures), ==, n);
    opt.omit_node = 0;
  }

  opt.zoom = 3;
  opt.pan_x = 120;
  sp_scene_unref (sp_scene_new (net, &opt));
  opt.width = 1920;
  opt.height = 1080;
  sp_scene_unref (sp_scene_new (net, &opt));
  g_assert_cmpuint (sp_measures_n_computed (measures), ==, n);

  opt.view = SP_RENDER_VIEW_QUADRANTS;
  sp_scene_unref (sp_scene_new (net, &opt));
  n = sp_measures_n_computed (measures);
  opt.zoom = 1;
  sp_scene_unref (sp_scene_new (net, &opt));
  opt.view = SP_RENDER_VIEW_HEAT_TABLE;
  sp_scene_unref (sp_scene_new (net, &opt));
  sp_scene_unref (sp_scene_new (net, &opt));
  g_assert_cmpuint (sp_measures_n_computed (measures), <=, n + 1);  /* the heat table's insights */
  n = sp_measures_n_computed (measures);
  sp_scene_unref (sp_scene_new (net, &opt));
  g_assert_cmpuint (sp_measures_n_computed (measures), ==, n);

  opt.tie_type_visible = no_ties;
  opt.view = SP_RENDER_VIEW_NETWORK;
  sp_scene_unref (sp_scene_new (net, &opt));
  g_assert_cmpuint (sp_measures_n_computed (measures), >, n);

  /* what the cache holds is what a direct computation gives */
  direct = sp_metrics_compute_full (net, NULL, NULL, SP_METRICS_BETWEENNESS, 0, NULL, NULL, NULL, NULL);
  cached = sp_measures_metrics (measures, NULL, NULL, SP_METRICS_BETWEENNESS, NULL, NULL, NULL, NULL);
  for (guint i = 0; i < 12; i++)
    g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[i], ==, sp_metrics_get (direct, "betweenness")[i]);
  /* counted by hand (see the top of this file) */
  g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[B], ==, 30);
  g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[0], ==, 30);
  g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[5], ==, 28);
  g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[1], ==, 10);
  g_assert_cmpfloat (sp_metrics_get (cached, "betweenness")[HT], ==, 0);
}

static gpointer
ask_insights (gpointer data)
{
  SpMeasures *measures = data;
  g_autoptr (SpMetrics) metrics = sp_measures_metrics (measures, NULL, NULL, SP_METRICS_ALL,
                                                       NULL, NULL, NULL, NULL);

  return sp_measures_insights (measures, NULL, NULL, metrics);
}

/* Threads asking at once all get the one result the cache keeps. */
static void
test_measures_threads (void)
{
  g_autoptr (SpNetwork) net = make_org (1.5);
  g_autoptr (SpMeasures) measures = sp_measures_new (net);
  GThread *threads[4];
  gpointer got[4];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("ask", ask_insights, measures);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    got[t] = g_thread_join (threads[t]);
  for (guint t = 1; t < G_N_ELEMENTS (threads); t++)
    g_assert_true (got[t] == got[0]);
  g_assert_true (ask_insights (measures) == got[0]);
  /* h, the high scorer at the edge, is on the hidden-talent list */
  g_assert_cmpuint (((SpInsights *) got[0])->people[SP_INSIGHT_HIDDEN_TALENT]->len, >=, 1);
  g_assert_cmpuint (g_array_index (((SpInsights *) got[0])->people[SP_INSIGHT_HIDDEN_TALENT], guint, 0), ==, HT);
}

/* the legend's note for the share of a survey's people who answered */
static const char *
survey_note (GPtrArray *entries)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (entries, i), "note:Survey: "))
      return (const char *) g_ptr_array_index (entries, i) + strlen ("note:");
  return NULL;
}

static void
test_survey_note (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  SpAttribute *responded = sp_network_ensure_attribute (net, "responded", SP_ATTR_CATEGORICAL);
  SpRenderOptions opt;
  guint yes = 0, asked = 0;

  sp_render_options_init (&opt, W, H);
  /* 7 of 12 answered: 58%, under the 80% at which measures hold */
  for (guint i = 0; i < 12; i++)
    responded->str[i] = sp_network_intern (net, i < 7 ? "yes" : "no");
  g_assert_true (sp_network_response_rate (net, &yes, &asked));
  g_assert_cmpuint (yes, ==, 7);
  g_assert_cmpuint (asked, ==, 12);
  {
    g_autoptr (SpScene) scene = sp_scene_new (net, &opt);
    g_autoptr (GPtrArray) entries = sp_scene_legend_entries (scene);
    const char *note = survey_note (entries);

    g_assert_nonnull (note);
    g_assert_true (g_str_has_prefix (note, "Survey: 7 of 12 answered (58%)."));
    g_assert_nonnull (strstr (note, "with care"));
  }
  /* 11 of 12: the rate, no caution */
  for (guint i = 7; i < 11; i++)
    responded->str[i] = sp_network_intern (net, "yes");
  {
    g_autoptr (SpScene) scene = sp_scene_new (net, &opt);
    g_autoptr (GPtrArray) entries = sp_scene_legend_entries (scene);

    g_assert_cmpstr (survey_note (entries), ==, "Survey: 11 of 12 answered (92%).");
  }
  /* everyone: nothing to say */
  responded->str[11] = sp_network_intern (net, "yes");
  {
    g_autoptr (SpScene) scene = sp_scene_new (net, &opt);
    g_autoptr (GPtrArray) entries = sp_scene_legend_entries (scene);

    g_assert_null (survey_note (entries));
  }
  /* no survey at all */
  {
    g_autoptr (SpNetwork) plain = make_org (4.5);

    g_assert_false (sp_network_response_rate (plain, NULL, NULL));
    g_assert_null (sp_network_response_note (plain));
  }
}

/* The zoom and pan that frame a box put it in the middle of the plot, as
 * large as fits, within the bounds asked for, whatever the page holds. */
static void
test_frame_box (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  gboolean legends[] = { FALSE, TRUE };

  for (guint l = 0; l < G_N_ELEMENTS (legends); l++)
    {
      g_autoptr (SpScene) scene = NULL;
      g_autoptr (SpScene) framed = NULL;
      g_autoptr (SpScene) point = NULL;
      SpRenderOptions opt;
      double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
      double px, py, pw, ph, zoom, pan_x, pan_y, sx, sy, r, lo = INFINITY, hi = -INFINITY;

      sp_render_options_init (&opt, W, H);
      opt.date = "1 January 2026";
      opt.show_legend = legends[l];
      opt.zoom = 1.7;   /* the frame does not depend on the scene's own zoom and pan */
      opt.pan_x = 33;
      opt.pan_y = -12;
      scene = sp_scene_new (net, &opt);
      g_assert_true (sp_scene_get_plot (scene, &px, &py, &pw, &ph));

      /* team Y */
      for (guint i = 5; i < 10; i++)
        {
          x0 = MIN (x0, net->x[i]);
          x1 = MAX (x1, net->x[i]);
          y0 = MIN (y0, net->y[i]);
          y1 = MAX (y1, net->y[i]);
        }
      g_assert_true (sp_scene_frame_box (scene, x0, y0, x1, y1, 20, 1, 60, &zoom, &pan_x, &pan_y));
      g_assert_cmpfloat (zoom, >, 1.0);
      opt.zoom = zoom;
      opt.pan_x = pan_x;
      opt.pan_y = pan_y;
      framed = sp_scene_new (net, &opt);
      for (guint i = 5; i < 10; i++)
        {
          g_assert_true (sp_scene_node_position (framed, i, &sx, &sy, &r));
          g_assert_cmpfloat (sx, >=, px + 20 - 0.01);
          g_assert_cmpfloat (sx, <=, px + pw - 20 + 0.01);
          g_assert_cmpfloat (sy, >=, py + 20 - 0.01);
          g_assert_cmpfloat (sy, <=, py + ph - 20 + 0.01);
          lo = MIN (lo, sx);
          hi = MAX (hi, sx);
        }
      /* centred on the box: its middle is the plot's */
      g_assert_cmpfloat_with_epsilon ((lo + hi) / 2, px + pw / 2, 0.01);

      /* a single point: in the middle at the largest zoom allowed */
      g_assert_true (sp_scene_frame_box (scene, net->x[B], net->y[B], net->x[B], net->y[B],
                                         20, 1, 6, &zoom, &pan_x, &pan_y));
      g_assert_cmpfloat (zoom, ==, 6);
      opt.zoom = zoom;
      opt.pan_x = pan_x;
      opt.pan_y = pan_y;
      point = sp_scene_new (net, &opt);
      g_assert_true (sp_scene_node_position (point, B, &sx, &sy, &r));
      g_assert_cmpfloat_with_epsilon (sx, px + pw / 2, 0.01);
      g_assert_cmpfloat_with_epsilon (sy, py + ph / 2, 0.01);
      /* … and the inverse finds it there */
      {
        double cx, cy;

        g_assert_true (sp_scene_plot_centre_at (scene, zoom, pan_x, pan_y, &cx, &cy));
        g_assert_cmpfloat_with_epsilon (cx, net->x[B], 1e-6);
        g_assert_cmpfloat_with_epsilon (cy, net->y[B], 1e-6);
      }

      /* never below the least zoom asked for */
      g_assert_true (sp_scene_frame_box (scene, x0 - 1e4, y0, x1 + 1e4, y1, 20, 1, 60, &zoom, &pan_x, &pan_y));
      g_assert_cmpfloat (zoom, ==, 1);

      /* spacing grows with the zoom */
      g_assert_cmpfloat (sp_scene_zoom_for_spacing (point, 200), >, 0);
      g_assert_cmpfloat_with_epsilon (sp_scene_zoom_for_spacing (point, 200),
                                      2 * sp_scene_zoom_for_spacing (point, 100), 1e-9);
    }
}

/* A slide is a page: at 1920×1080 and 1280×800 the title band, the
 * caption under it, the legend and the drawing area never overlap, and
 * no placed label overlaps another, the title, the caption or the legend,
 * or leaves the page (the bundled example, a long what-if caption). */
static gboolean
empty (const SpRect *r)
{
  return r->width <= 0 || r->height <= 0;
}

static void
assert_apart (const SpRect *a,
              const SpRect *b,
              const char   *what)
{
  if (empty (a) || empty (b))
    return;
  if (sp_rect_intersects (a, b))
    g_error ("%s overlap: %.1f,%.1f %.1f×%.1f and %.1f,%.1f %.1f×%.1f", what,
             a->x, a->y, a->width, a->height, b->x, b->y, b->width, b->height);
}

static void
test_page_layout (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 } };

  g_assert_no_error (error);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int presenting = 0; presenting <= 1; presenting++)
      {
        g_autoptr (SpMeasures) measures = sp_measures_new (net);
        g_autoptr (SpScene) scene = NULL;
        g_autoptr (GArray) labels = NULL;
        SpRenderOptions options;
        SpRect title, caption, legend, plot;

        sp_render_options_init (&options, sizes[k][0], sizes[k][1]);
        options.measures = measures;
        options.title = "Noordhaven";
        options.caption = "What if Mehmet van der Linden and Karin Zijlstra leave · Showing 6 of 7 departments · 135 of 150 people\n"
                          "The network stays in one piece. 13 ties are lost; 52 pairs of colleagues without a direct tie lose someone who linked them.";
        options.label_scale = presenting ? 1.5 : 1.0;
        scene = sp_scene_new (net, &options);
        sp_scene_page_boxes (scene, &title, &caption, &legend, &plot);
        g_assert_false (empty (&title));
        g_assert_false (empty (&caption));
        g_assert_false (empty (&legend));
        assert_apart (&title, &caption, "title and caption");
        assert_apart (&title, &legend, "title and legend");
        assert_apart (&caption, &legend, "caption and legend");
        assert_apart (&title, &plot, "title and drawing");
        assert_apart (&caption, &plot, "caption and drawing");
        assert_apart (&legend, &plot, "legend and drawing");
        labels = sp_scene_label_boxes (scene);
        g_assert_cmpuint (labels->len, >, 10);
        for (guint i = 0; i < labels->len; i++)
          {
            const SpRect *l = &g_array_index (labels, SpRect, i);

            g_assert_cmpfloat (l->x, >=, 0);
            g_assert_cmpfloat (l->y, >=, 0);
            g_assert_cmpfloat (l->x + l->width, <=, sizes[k][0]);
            g_assert_cmpfloat (l->y + l->height, <=, sizes[k][1]);
            assert_apart (l, &title, "label and title");
            assert_apart (l, &caption, "label and caption");
            assert_apart (l, &legend, "label and legend");
            for (guint j = i + 1; j < labels->len; j++)
              assert_apart (l, &g_array_index (labels, SpRect, j), "labels");
          }
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scene/measures/frozen", test_measures_frozen);
  g_test_add_func ("/scene/network", test_network_scene);
  g_test_add_func ("/scene/copy", test_scene_is_a_copy);
  g_test_add_func ("/scene/frame-box", test_frame_box);
  g_test_add_func ("/scene/deterministic", test_scene_deterministic);
  g_test_add_func ("/scene/quadrants", test_quadrant_scene);
  g_test_add_func ("/scene/heat-table", test_heat_table_scene);
  g_test_add_func ("/scene/clients", test_client_scene);
  g_test_add_func ("/scene/survey-note", test_survey_note);
  g_test_add_func ("/scene/measures-cached", test_measures_cached);
  g_test_add_func ("/scene/measures-threads", test_measures_threads);
  g_test_add_func ("/scene/page-layout-at-slide-size", test_page_layout);
  return g_test_run ();
}
