/* test-quadrants.c — the talent × network quadrants on pixels */
#include <math.h>

#include "sp-render.h"
#include "sp-layout.h"
#include "sp-insights.h"
#include "sp-import.h"

#define W 1000
#define H 700

#include "org-fixture.h"

/* Pixels within a small distance of the highlight colour #D81B60 in the
 * right half of the plot (the brokers' side; the legend and the
 * hidden-talent caption, drawn in the same colour, are outside it). */
static guint
count_highlight (SpNetwork *net)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  SpRenderOptions opt;
  guint count = 0;
  guchar *data;
  int stride;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_QUADRANTS;
  opt.date = "1 January 2026";
  sp_render (cr, net, &opt);
  cairo_surface_flush (surface);
  if (g_getenv ("SP_TEST_DUMP") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s-%p.png", g_getenv ("SP_TEST_DUMP"), (void *) net);
      cairo_surface_write_to_png (surface, path);
    }
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = H / 6; y < H * 9 / 10; y++)
    for (int x = W / 2; x < W * 78 / 100; x++)
      {
        guint32 p = *(guint32 *) (gpointer) (data + y * stride + 4 * x);
        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (abs (r - 0xD8) + abs (g - 0x1B) + abs (b - 0x60) < 30)
          count++;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return count;
}

static void
test_at_risk_ring (void)
{
  g_autoptr (SpNetwork) engaged = make_org (4.5);
  g_autoptr (SpNetwork) disengaged = make_org (1.5);
  guint without = count_highlight (engaged);
  guint with = count_highlight (disengaged);

  /* the broker "b" (all paths between the teams) with engagement 1.5 is
   * an at-risk connector and gets the ring; engaged, it does not */
  g_assert_cmpuint (without, ==, 0);
  g_assert_cmpuint (with, >, 20);
}

static void
test_hidden_talent_quadrant_tinted (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  SpRenderOptions opt;
  guint32 p, bg;
  guchar *data;
  int stride;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_QUADRANTS;
  opt.show_title = FALSE;
  sp_render (cr, net, &opt);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* the page background, bottom right corner */
  bg = *(guint32 *) (gpointer) (data + (H - 2) * stride + 4 * (W - 2)) & 0xffffff;
  /* inside the hidden-talent quadrant, under its caption: tinted
   * towards the highlight colour */
  p = *(guint32 *) (gpointer) (data + (H / 10 - 10) * stride + 4 * (W / 10)) & 0xffffff;
  g_assert_cmpuint (p, !=, bg);
  g_assert_cmpint ((int) ((p >> 16) & 0xff), >, (int) (p & 0xff) - 10);   /* reddish, not grey-blue */
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The same organisation with every score mapped by v ↦ (v − 3.9) × @scale:
 * off the 1–5 scale, so the axis spans the data. */
static SpNetwork *
make_org_scaled (double scale)
{
  SpNetwork *net = make_org (4.5);
  SpAttribute *attrs[] = { sp_network_find_attribute (net, "performance"),
                           sp_network_find_attribute (net, "potential") };

  for (guint a = 0; a < G_N_ELEMENTS (attrs); a++)
    for (guint i = 0; i < sp_network_n_nodes (net); i++)
      attrs[a]->num[i] = (attrs[a]->num[i] - 3.9) * scale;
  return net;
}

/* Saturated pixels (the department-coloured dots) inside the plot, left
 * of the legend column. */
static guint
count_saturated (SpNetwork *net,
                 guint     *top)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  SpRenderOptions opt;
  guint count = 0;
  guchar *data;
  int stride;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_QUADRANTS;
  opt.show_title = FALSE;
  sp_render (cr, net, &opt);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  if (g_getenv ("SP_TEST_DUMP") != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s-sat-%p.png", g_getenv ("SP_TEST_DUMP"), (void *) net);
      cairo_surface_write_to_png (surface, path);
    }
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < H * 95 / 100; y++)
    for (int x = W / 20; x < W * 70 / 100; x++)
      {
        guint32 p = *(guint32 *) (gpointer) (data + y * stride + 4 * x);
        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        /* the highlight colour #D81B60 of the captions left out */
        if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 80 && !(r > 150 && g < 100))
          {
            count++;
            *top += y < H / 2;
          }
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return count;
}

/* Issue 12 item 13: scores from −1.5e308 to 1.7e308 (a range wider than
 * any double) are drawn like the same scores at a small scale: every dot
 * is there, the talent values and cuts stay finite. */
static void
test_scores_near_1e308 (void)
{
  g_autoptr (SpNetwork) small = make_org_scaled (100);
  g_autoptr (SpNetwork) huge = make_org_scaled (1.7e308);
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (huge, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpGroupMetrics) groups = sp_group_metrics_compute (huge, NULL, NULL, NULL, metrics, NULL);
  g_autoptr (SpInsights) insights = sp_insights_compute (huge, metrics, groups);
  guint top_small = 0, top_huge = 0;
  guint n_small = count_saturated (small, &top_small), n_huge = count_saturated (huge, &top_huge);

  g_assert_true (isfinite (insights->talent_cut));
  for (guint i = 0; i < sp_network_n_nodes (huge); i++)
    g_assert_true (isfinite (insights->talent[i]));
  g_assert_cmpfloat_with_epsilon (insights->talent[11], 1.7e308 * 0.95, 1e295);   /* (0.9 + 1.0) / 2 */
  /* 12 dots of 5.5 px radius, some overlapping: several hundred pixels;
   * the names beside the dots may be placed a little differently */
  g_assert_cmpuint (n_small, >, 300);
  g_assert_cmpuint (n_huge, >, n_small * 9 / 10);
  g_assert_cmpuint (n_huge, <, n_small * 11 / 10);
  /* and at the same heights: the hidden talent "h" near the top, not
   * every dot on the bottom axis */
  g_assert_cmpuint (top_small, >, 50);
  g_assert_cmpuint (top_huge, >, top_small * 9 / 10);
  g_assert_cmpuint (top_huge, <, top_small * 11 / 10);
}

/* Whether the dots inside the quadrants' hidden-talent band (edges
 * included) are exactly sp_insights' hidden-talent list; returns how
 * many are in the band, and the high scorers outside it in @outside. */
static guint
check_band (SpNetwork *net,
            int        width,
            int        height,
            guint     *outside)
{
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpGroupMetrics) groups = sp_group_metrics_compute (net, NULL, NULL, NULL, metrics, NULL);
  g_autoptr (SpInsights) insights = sp_insights_compute (net, metrics, groups);
  g_autofree gboolean *listed = g_new0 (gboolean, sp_network_n_nodes (net));
  GArray *hidden = insights->people[SP_INSIGHT_HIDDEN_TALENT];
  SpRenderOptions opt;
  g_autoptr (SpScene) scene = NULL;
  double bx, by, bw, bh;
  guint in_band = 0, drawn = 0;

  for (guint k = 0; k < hidden->len; k++)
    listed[g_array_index (hidden, guint, k)] = TRUE;
  sp_render_options_init (&opt, width, height);
  opt.view = SP_RENDER_VIEW_QUADRANTS;
  opt.date = "1 January 2026";
  scene = sp_scene_new (net, &opt);
  g_assert_true (sp_scene_quadrant_band (scene, &bx, &by, &bw, &bh));
  g_assert_cmpfloat (bw, >, 0);
  g_assert_cmpfloat (bh, >, 0);
  *outside = 0;
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      double x, y, r;
      gboolean inside;

      if (sp_network_node (net, i)->kind != SP_NODE_PERSON)
        continue;
      /* without a talent score, not plotted (and on no talent list) */
      if (!sp_scene_node_position (scene, i, &x, &y, &r))
        {
          g_assert_true (isnan (insights->talent[i]));
          g_assert_false (listed[i]);
          continue;
        }
      drawn++;
      inside = x >= bx && x <= bx + bw && y >= by && y <= by + bh;
      if (inside != listed[i])
        g_error ("%s at (%g, %g): %s the band (%g, %g, %g × %g) but %s the list",
                 sp_network_node (net, i)->id, x, y, inside ? "in" : "outside", bx, by, bw, bh,
                 listed[i] ? "on" : "not on");
      in_band += inside;
      *outside += !inside && insights->talent[i] >= insights->talent_cut;
    }
  g_assert_cmpuint (drawn, >=, 140);
  g_assert_cmpuint (in_band, ==, hidden->len);
  return in_band;
}

/* Issue 15 item 11: on the bundled example the tinted hidden-talent band
 * and the list agree — every dot inside the band is on the list, and
 * everyone on it is drawn inside — at two page sizes; and still when a
 * high scorer stands in the middle of the brokerage axis (in the
 * top-left quadrant but not at the edge: neither listed nor in the band). */
static void
test_band_is_the_list (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  static const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 } };
  guint outside;

  g_assert_no_error (error);
  /* (a network scene, which the quadrants build on, draws laid-out people) */
  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, NULL));
  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      g_assert_cmpuint (check_band (net, sizes[z][0], sizes[z][1], &outside), ==, 4);
      g_assert_cmpuint (outside, ==, 1);   /* Lotte Brouwer, 4.5, a star */
    }

  /* E010, a middle position (betweenness rank about 50), scores 4.9 */
  {
    gint mid = sp_network_find_node (net, "E010");
    g_autoptr (SpMetrics) m = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
    const double *b = sp_metrics_get (m, "betweenness");
    guint below = 0, n = 0;

    g_assert_cmpint (mid, >=, 0);
    for (guint i = 0; i < sp_network_n_nodes (net); i++)
      if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
        n++, below += b[i] < b[mid];
    g_assert_cmpuint (below, >, n * 3 / 10);
    g_assert_cmpuint (below, <, n * 7 / 10);
    sp_network_set_numeric (net, sp_network_find_attribute (net, "performance"), mid, 4.9);
    sp_network_set_numeric (net, sp_network_find_attribute (net, "potential"), mid, 4.9);
  }
  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      g_assert_cmpuint (check_band (net, sizes[z][0], sizes[z][1], &outside), ==, 4);
      g_assert_cmpuint (outside, ==, 2);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quadrants/at-risk-ring", test_at_risk_ring);
  g_test_add_func ("/quadrants/hidden-talent-tinted", test_hidden_talent_quadrant_tinted);
  g_test_add_func ("/quadrants/scores-near-1e308", test_scores_near_1e308);
  g_test_add_func ("/quadrants/band-is-the-list", test_band_is_the_list);
  return g_test_run ();
}
