/* test-talent.c — colour maps, the kernel density, talent fills, rings,
 * hulls, highlights and their legend, on pixels and in SVG */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "sp-heatmap.h"
#include "sp-palette.h"
#include "sp-render.h"
#include "sp-import.h"
#include "sp-insights.h"

#define W 800
#define H 500

static void
assert_color (SpColor a,
              SpColor b,
              double  tolerance)
{
  double d = fabs (a.r - b.r) + fabs (a.g - b.g) + fabs (a.b - b.b);

  if (d > tolerance)
    g_error ("colour (%.3f, %.3f, %.3f) is not (%.3f, %.3f, %.3f)", a.r, a.g, a.b, b.r, b.g, b.b);
}

static void
test_sequential (void)
{
  /* matplotlib's viridis at 0, 1/8, …, 1 */
  const guint32 reference[] = { 0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C,
                                0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725 };
  double last = -1;

  for (guint k = 0; k < G_N_ELEMENTS (reference); k++)
    assert_color (sp_palette_sequential (k / 8.0), sp_color_from_hex (reference[k]), 0.03);
  /* clamped, NAN reads as the low end */
  assert_color (sp_palette_sequential (-3), sp_palette_sequential (0), 1e-9);
  assert_color (sp_palette_sequential (7), sp_palette_sequential (1), 1e-9);
  assert_color (sp_palette_sequential (NAN), sp_palette_sequential (0), 1e-9);
  /* perceptual: lightness grows monotonically */
  for (guint k = 0; k <= 64; k++)
    {
      double l = sp_color_luminance (sp_palette_sequential (k / 64.0));

      g_assert_cmpfloat (l, >, last - 1e-3);
      last = l;
    }
}

static void
test_diverging (void)
{
  SpColor lo = sp_palette_diverging (0), mid = sp_palette_diverging (0.5), hi = sp_palette_diverging (1);

  assert_color (lo, sp_color_from_hex (0xB35806), 1e-6);
  assert_color (hi, sp_color_from_hex (0x2166AC), 1e-6);
  /* a light, neutral centre; warm low end, cool high end */
  g_assert_cmpfloat (sp_color_luminance (mid), >, 0.9);
  g_assert_cmpfloat (fabs (mid.r - mid.b), <, 0.05);
  g_assert_cmpfloat (lo.r, >, lo.b);
  g_assert_cmpfloat (hi.b, >, hi.r);
  /* both arms about as light at equal distance from the centre */
  for (guint k = 1; k < 4; k++)
    g_assert_cmpfloat (fabs (sp_color_luminance (sp_palette_diverging (k / 8.0)) -
                             sp_color_luminance (sp_palette_diverging (1 - k / 8.0))), <, 0.12);
  assert_color (sp_palette_diverging (NAN), mid, 1e-9);
  assert_color (sp_palette_map (SP_COLOR_MAP_DIVERGING, 0.25), sp_palette_diverging (0.25), 1e-9);
}

static void
test_domain (void)
{
  const double talent[] = { 2.5, NAN, 3.1, 4.0 };
  const double wide[] = { 0.5, 3, 12 };
  const double none[] = { NAN };
  double lo, hi;

  /* a 1–5 scale keeps its fixed domain */
  sp_color_domain (talent, NULL, 4, &lo, &hi);
  g_assert_cmpfloat (lo, ==, 1);
  g_assert_cmpfloat (hi, ==, 5);
  sp_color_domain (wide, NULL, 3, &lo, &hi);
  g_assert_cmpfloat (lo, ==, 0.5);
  g_assert_cmpfloat (hi, ==, 12);
  sp_color_domain (none, NULL, 1, &lo, &hi);
  g_assert_cmpfloat (lo, ==, 0);
  g_assert_cmpfloat (hi, ==, 1);
}

static void
test_kernel_density (void)
{
  /* three points, h = 1: at (0, 0) the kernels are 1, e^−½, e^−½ */
  const double x[] = { 0, 1, 0, 40 }, y[] = { 0, 0, 1, 40 }, w[] = { 1, 2, 3, NAN };
  double e = exp (-0.5), expected = (1 + 2 * e + 3 * e) / (1 + 2 * e), d, v;
  double value[9], density[9];

  v = sp_heatmap_value_at (x, y, w, 4, 1.0, 0, 0, &d);
  g_assert_cmpfloat_with_epsilon (v, expected, 1e-12);
  g_assert_cmpfloat_with_epsilon (d, 1 + 2 * e, 1e-12);
  g_assert_cmpfloat_with_epsilon (expected, 1.822206, 1e-6);   /* by hand: 4.032653 / 2.213061 */

  /* the grid: cell (1, 1) is centred on (0, 0) */
  sp_heatmap_grid (x, y, w, 4, 1.0, -1.5, -1.5, 1.0, 3, 3, value, density);
  g_assert_cmpfloat_with_epsilon (value[4], expected, 1e-9);
  g_assert_cmpfloat_with_epsilon (density[4], 1 + 2 * e, 1e-9);
  /* the cell at (1, 1): equidistant from (1, 0) and (0, 1) */
  g_assert_cmpfloat_with_epsilon (value[8],
                                  (exp (-1.0) * 1 + e * 2 + e * 3) / (exp (-1.0) + 2 * e), 1e-9);

  /* bandwidth: Silverman, capped by the nearest-neighbour distance */
  {
    const double bx[] = { 0, 10, 0, 10 }, by[] = { 0, 0, 10, 10 };
    double sigma = 5, silverman = sigma * pow (4, -1.0 / 6.0);

    g_assert_cmpfloat_with_epsilon (sp_heatmap_auto_bandwidth (bx, by, NULL, 4, 0), silverman, 1e-9);
    g_assert_cmpfloat_with_epsilon (sp_heatmap_auto_bandwidth (bx, by, NULL, 4, 1), 2.0, 1e-9);
  }
}

/* Two departments: Sales a triangle with one tie out, Finance a sealed
 * triangle, a loose person without a score. */
static SpNetwork *
make_network (void)
{
  SpNetwork *net = sp_network_new ();
  const char *depts[] = { "Sales", "Sales", "Sales", "Finance", "Finance", "Finance", "IT" };
  const double pos[][2] = { { 0, 0 }, { 100, 0 }, { 50, 80 }, { 600, 0 }, { 700, 0 }, { 650, 80 }, { 300, 300 } };
  const double score[] = { 1.0, 2.0, 3.0, 4.0, 5.0, 4.5, NAN };
  SpAttribute *attr;

  sp_network_set_title (net, "Talent");
  attr = sp_network_ensure_attribute (net, "score", SP_ATTR_NUMERIC);
  for (guint i = 0; i < G_N_ELEMENTS (depts); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, n)->department = sp_network_intern (net, depts[i]);
      sp_network_set_numeric (net, attr, n, score[i]);
    }
  sp_network_add_tie (net, 0, 1, 0, 1);
  sp_network_add_tie (net, 1, 2, 0, 1);
  sp_network_add_tie (net, 2, 0, 0, 1);
  sp_network_add_tie (net, 3, 4, 0, 1);
  sp_network_add_tie (net, 4, 5, 0, 1);
  sp_network_add_tie (net, 5, 3, 0, 1);
  sp_network_add_tie (net, 2, 6, 0, 1);
  sp_network_ensure_positions (net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      net->x[i] = pos[i][0];
      net->y[i] = pos[i][1];
    }
  net->has_layout = TRUE;
  return net;
}

static cairo_surface_t *
render (SpNetwork             *net,
        const SpRenderOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);

  sp_render (cr, net, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static SpColor
pixel (cairo_surface_t *surface,
       double           x,
       double           y)
{
  guint32 *data = (guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint32 p = data[(int) y * stride + (int) x];

  return (SpColor) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static void
init_options (SpRenderOptions *o)
{
  sp_render_options_init (o, W, H);
  o->date = "1 January 2027";
  o->label_density = 0;
}

static void
test_fill_by_score (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions o;
  cairo_surface_t *s;
  double x, y, r;

  init_options (&o);
  o.color_by = "score";
  o.indicator = SP_RING_CONSTRAINT;   /* the ring stays outside the fill */
  s = render (net, &o);
  /* scores on the 1–5 scale: colour = viridis ((v − 1) / 4) */
  for (guint i = 0; i < 6; i++)
    {
      const double score[] = { 1.0, 2.0, 3.0, 4.0, 5.0, 4.5 };

      g_assert_true (sp_render_node_position (net, &o, i, &x, &y, &r));
      assert_color (pixel (s, x, y), sp_palette_sequential ((score[i] - 1) / 4), 0.03);
    }
  /* no value: the missing grey */
  g_assert_true (sp_render_node_position (net, &o, 6, &x, &y, &r));
  assert_color (pixel (s, x, y), sp_palette_missing (FALSE), 0.03);
  cairo_surface_destroy (s);
}

static void
test_fill_by_measure (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) entries = NULL;
  SpRenderOptions o;
  cairo_surface_t *s;
  double x, y, r;

  /* a measure of the analysis: person 2 has the top betweenness */
  init_options (&o);
  o.color_by = "betweenness";
  s = render (net, &o);
  g_assert_true (sp_render_node_position (net, &o, 2, &x, &y, &r));
  assert_color (pixel (s, x, y), sp_palette_sequential (1), 0.03);
  g_assert_true (sp_render_node_position (net, &o, 3, &x, &y, &r));
  assert_color (pixel (s, x, y), sp_palette_sequential (0), 0.03);
  cairo_surface_destroy (s);

  /* the E-I index is centred: the diverging map over [−1, 1] */
  o.color_by = "ei_index";
  s = render (net, &o);
  g_assert_true (sp_render_node_position (net, &o, 3, &x, &y, &r));
  assert_color (pixel (s, x, y), sp_palette_diverging (0), 0.03);
  cairo_surface_destroy (s);
  entries = sp_render_legend_entries (net, &o);
  g_assert_true (g_ptr_array_find_with_equal_func (entries, "colour-bar:diverging:-1:1", g_str_equal, NULL));
}

static void
test_hull_colour (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions o;
  cairo_surface_t *s;
  double x3, y3, x4, y4, x5, y5, r;
  SpColor expected;

  init_options (&o);
  o.hulls = TRUE;
  s = render (net, &o);
  /* inside the Finance triangle, away from nodes and ties: the sealed
   * colour (E-I −1) at the hull's opacity over white */
  g_assert_true (sp_render_node_position (net, &o, 3, &x3, &y3, &r));
  g_assert_true (sp_render_node_position (net, &o, 4, &x4, &y4, &r));
  g_assert_true (sp_render_node_position (net, &o, 5, &x5, &y5, &r));
  expected = sp_color_mix (sp_color_from_hex (0xFFFFFF), sp_palette_diverging (0), 0.20);
  assert_color (pixel (s, (x3 + x4 + x5) / 3, (y3 + y4 + y5) / 3), expected, 0.03);
  /* Sales: 3 ties inside, 1 out, E-I −0.5 */
  g_assert_true (sp_render_node_position (net, &o, 0, &x3, &y3, &r));
  g_assert_true (sp_render_node_position (net, &o, 1, &x4, &y4, &r));
  g_assert_true (sp_render_node_position (net, &o, 2, &x5, &y5, &r));
  expected = sp_color_mix (sp_color_from_hex (0xFFFFFF), sp_palette_diverging (0.25), 0.20);
  assert_color (pixel (s, (x3 + x4 + x5) / 3, (y3 + y4 + y5) / 3), expected, 0.03);
  cairo_surface_destroy (s);
}

static void
test_default_look (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) entries = NULL;
  SpRenderOptions o;

  /* the defaults add nothing: no ring, no hulls, no heat */
  init_options (&o);
  entries = sp_render_legend_entries (net, &o);
  for (guint k = 0; k < entries->len; k++)
    {
      const char *e = g_ptr_array_index (entries, k);

      g_assert_false (g_str_has_prefix (e, "ring:"));
      g_assert_false (g_str_has_prefix (e, "colour-bar:"));
      g_assert_false (g_str_has_prefix (e, "highlight:"));
    }
}

static void
test_legend_entries (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) entries = NULL;
  const guint highlight[] = { 4 };
  SpRenderOptions o;
  const char *expected[] = { "header:score", "colour-bar:sequential:1:5", "missing:No value",
                       "highlight:Hidden talent", "ring:closed:Closed: high constraint",
                       "ring:open:Open: low constraint (broker)", "header:Department hulls: E-I index",
                       "colour-bar:diverging:−1 sealed:open +1" };

  init_options (&o);
  o.color_by = "score";
  o.heatmap = TRUE;
  o.hulls = TRUE;
  o.indicator = SP_RING_CONSTRAINT;
  o.highlight = highlight;
  o.n_highlight = 1;
  o.highlight_name = "Hidden talent";
  entries = sp_render_legend_entries (net, &o);
  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    if (!g_ptr_array_find_with_equal_func (entries, expected[k], g_str_equal, NULL))
      g_error ("legend lacks “%s”", expected[k]);
  /* the heatmap is explained in a note */
  {
    gboolean note = FALSE;

    for (guint k = 0; k < entries->len; k++)
      note |= g_str_has_prefix (g_ptr_array_index (entries, k), "note:Shading");
    g_assert_true (note);
  }
}

static void
test_highlight (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  const guint highlight[] = { 4 };
  SpRenderOptions o;
  cairo_surface_t *s;
  double x, y, r;

  init_options (&o);
  o.highlight = highlight;
  o.n_highlight = 1;
  s = render (net, &o);
  /* the others fade into the background, the highlighted keeps its colour */
  g_assert_true (sp_render_node_position (net, &o, 3, &x, &y, &r));
  g_assert_cmpfloat (sp_color_luminance (pixel (s, x, y)), >, 0.7);
  g_assert_true (sp_render_node_position (net, &o, 4, &x, &y, &r));
  g_assert_cmpfloat (sp_color_luminance (pixel (s, x, y)), <, 0.7);
  cairo_surface_destroy (s);
}

static void
test_heatmap_underlay (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions o;
  cairo_surface_t *s;
  double x3, y3, x4, y4, r;
  SpColor c;

  init_options (&o);
  o.color_by = "score";
  o.heatmap = TRUE;
  s = render (net, &o);
  /* between two Finance people (4 and 5): a translucent high-score tint,
   * greener/yellower than the background, never darker than the fill */
  g_assert_true (sp_render_node_position (net, &o, 3, &x3, &y3, &r));
  g_assert_true (sp_render_node_position (net, &o, 4, &x4, &y4, &r));
  c = pixel (s, (x3 + x4) / 2, (y3 + y4) / 2 + 3 * r);
  g_assert_cmpfloat (c.b, <, 0.95);
  g_assert_cmpfloat (c.r + c.g + c.b, >, 1.5);
  /* far from everyone: no shading */
  assert_color (pixel (s, 5, H - 5), sp_color_from_hex (0xFFFFFF), 0.01);
  cairo_surface_destroy (s);
}

/* SVG: the colour bar is a linear gradient whose stops are the map's colours. */
static void
test_svg_colour_bar (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-talent-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "talent.svg", NULL);
  SpRenderOptions o;
  xmlDocPtr doc;
  xmlXPathContextPtr ctx;
  xmlXPathObjectPtr stops;
  guint n_sequential = 0, n_diverging = 0;

  init_options (&o);
  o.color_by = "score";
  o.hulls = TRUE;
  g_assert_true (sp_export_file (net, &o, path, &error));
  g_assert_no_error (error);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
  stops = xmlXPathEvalExpression (BAD_CAST "//svg:linearGradient/svg:stop", ctx);
  g_assert_nonnull (stops);
  g_assert_nonnull (stops->nodesetval);
  for (int k = 0; k < stops->nodesetval->nodeNr; k++)
    {
      xmlNodePtr stop = stops->nodesetval->nodeTab[k];
      g_autofree char *style = (char *) xmlGetProp (stop, BAD_CAST "style");
      g_autofree char *attr = (char *) xmlGetProp (stop, BAD_CAST "stop-color");
      g_autofree char *offset = (char *) xmlGetProp (stop, BAD_CAST "offset");
      const char *text = style != NULL ? strstr (style, "rgb(") : attr != NULL ? strstr (attr, "rgb(") : NULL;
      double r, g, b, t;
      SpColor c;

      g_assert_nonnull (text);
      g_assert_nonnull (offset);
      g_assert_cmpint (sscanf (text, "rgb(%lf%%,%lf%%,%lf%%)", &r, &g, &b), ==, 3);
      t = g_ascii_strtod (offset, NULL);
      c = (SpColor) { r / 100, g / 100, b / 100 };
      if (fabs (c.r - sp_palette_sequential (t).r) + fabs (c.g - sp_palette_sequential (t).g) +
          fabs (c.b - sp_palette_sequential (t).b) < 0.01)
        n_sequential++;
      else
        {
          assert_color (c, sp_palette_diverging (t), 0.01);
          n_diverging++;
        }
    }
  /* the score's bar and the hulls' E-I bar, 17 stops each */
  g_assert_cmpuint (n_sequential, ==, 17);
  g_assert_cmpuint (n_diverging, ==, 17);
  xmlXPathFreeObject (stops);
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_heat_table_view (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions o;
  cairo_surface_t *s;
  guint coloured = 0;

  init_options (&o);
  o.view = SP_RENDER_VIEW_HEAT_TABLE;
  s = render (net, &o);
  /* some cells carry the sealed orange of Finance's E-I −1 */
  for (int y = 0; y < H; y += 2)
    for (int x = 0; x < W; x += 2)
      if (fabs (pixel (s, x, y).r - sp_palette_diverging (0).r) + fabs (pixel (s, x, y).g - sp_palette_diverging (0).g) +
          fabs (pixel (s, x, y).b - sp_palette_diverging (0).b) < 0.02)
        coloured++;
  g_assert_cmpuint (coloured, >, 100);
  cairo_surface_destroy (s);
}

/* Issue 12 item 13: coordinates near 1e308 (or not finite) and a huge
 * bandwidth neither overflow the grid's integer cell indices nor change
 * what the near points give. */
static void
test_heatmap_far_points (void)
{
  const double x[] = { 0, 1e308, -1.7e308, 3e9, INFINITY, NAN, -3e9 };
  const double y[] = { 0, 0, 1e308, 0, 0, 0, -1e300 };
  const double w[] = { 2, 5, 7, 9, 11, 13, 15 };
  const double bx[] = { 0, 1 }, by[] = { 0, 0 }, bw[] = { 2, 4 };
  double value[9], density[9];

  sp_heatmap_grid (x, y, w, G_N_ELEMENTS (x), 1.0, -1.5, -1.5, 1.0, 3, 3, value, density);
  g_assert_cmpfloat_with_epsilon (value[4], 2, 1e-12);
  g_assert_cmpfloat_with_epsilon (density[4], 1, 1e-12);
  for (guint c = 0; c < 9; c++)
    g_assert_true (isfinite (density[c]));

  /* a bandwidth of 1e12 cells: one flat kernel, both points weigh alike */
  sp_heatmap_grid (bx, by, bw, 2, 1e12, -1.5, -1.5, 1.0, 3, 3, value, density);
  for (guint c = 0; c < 9; c++)
    {
      g_assert_cmpfloat_with_epsilon (value[c], 3, 1e-9);
      g_assert_cmpfloat_with_epsilon (density[c], 2, 1e-9);
    }

  g_assert_cmpint (sp_heatmap_cell_index (1e308, 1.0, -5, 5), ==, 5);
  g_assert_cmpint (sp_heatmap_cell_index (-INFINITY, 1.0, -5, 5), ==, -5);
  g_assert_cmpint (sp_heatmap_cell_index (NAN, 1.0, -5, 5), ==, -5);
  g_assert_cmpint (sp_heatmap_cell_index (2.5, 1.0, -5, 5), ==, 2);
}

/* Issue 12 item 13: a colour range or axis from −1.7e308 to 1e308 (wider
 * than any double) still maps every value, and its ticks are numbers. */
static void
test_fraction_near_1e308 (void)
{
  const double lo = -1.7e308, hi = 1e308;

  g_assert_cmpfloat_with_epsilon (sp_palette_fraction (lo, lo, hi), 0, 1e-12);
  g_assert_cmpfloat_with_epsilon (sp_palette_fraction (hi, lo, hi), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (sp_palette_fraction (0, lo, hi), 1.7 / 2.7, 1e-12);
  g_assert_cmpfloat (sp_palette_fraction (3, 3, 3), ==, 0.5);
  for (guint t = 0; t <= 4; t++)
    {
      double v = sp_palette_lerp (lo, hi, t / 4.0);
      g_autofree char *tick = g_strdup_printf ("%.4g", v);

      g_assert_true (isfinite (v));
      g_assert_null (strstr (tick, "inf"));
      g_assert_null (strstr (tick, "nan"));
    }
  g_assert_cmpfloat (sp_palette_lerp (lo, hi, 0), ==, lo);
  g_assert_cmpfloat (sp_palette_lerp (lo, hi, 1), ==, hi);
  /* the small ranges keep their exact values */
  g_assert_cmpfloat (sp_palette_fraction (2, 1, 5), ==, 0.25);
  g_assert_cmpfloat (sp_palette_lerp (1, 5, 0.25), ==, 2);
}

static guint32
rgb_of (SpColor c)
{
  return ((guint32) lround (CLAMP (c.r, 0, 1) * 255) << 16) |
         ((guint32) lround (CLAMP (c.g, 0, 1) * 255) << 8) |
         (guint32) lround (CLAMP (c.b, 0, 1) * 255);
}

static gint
column_of (SpHeatTable *t,
           const char  *name)
{
  for (guint c = 0; c < t->n_columns; c++)
    if (g_str_equal (g_ptr_array_index (t->column_names, c), name))
      return c;
  g_assert_not_reached ();
}

/* Issue 15 item 8: the bundled example's heat table colours each value
 * on its column's stated domain — performance over its 1–5 scale (3.14
 * and 3.43 alike, not dark blue and bright green), E-I over −1 … +1,
 * density and ties inside over 0–100 %, mean constraint over 0–1 — in the
 * scene and in the pixels; writes each domain under its heading; and
 * fills the page at 1920 × 1080 and 1280 × 800. */
static void
test_heat_table_domains (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpHeatTable) t = NULL;
  static const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 } };
  struct { const char *name; double lo, hi; gboolean diverging; } domains[] = {
    { "performance", 1, 5, FALSE }, { "potential", 1, 5, FALSE }, { "ei_index", -1, 1, TRUE },
    { "internal_share", 0, 1, FALSE }, { "mean_constraint", 0, 1, FALSE }, { "density", 0, 1, FALSE },
  };
  gint perf, hr = -1, rd = -1;

  g_assert_no_error (error);
  groups = sp_group_metrics_compute (net, NULL, NULL, NULL, NULL, NULL);
  t = sp_heat_table_new (net, groups);
  perf = column_of (t, "performance");
  for (guint r = 0; r < t->n_rows; r++)
    {
      if (g_str_equal (g_ptr_array_index (t->rows, r), "HR"))
        hr = r;
      if (g_str_equal (g_ptr_array_index (t->rows, r), "R&D"))
        rd = r;
    }
  g_assert_cmpint (hr, >=, 0);
  g_assert_cmpint (rd, >=, 0);
  /* the two means: a third of a point apart on a four-point scale */
  g_assert_cmpfloat_with_epsilon (sp_heat_table_get (t, hr, perf), 3.14, 0.005);
  g_assert_cmpfloat_with_epsilon (sp_heat_table_get (t, rd, perf), 3.43, 0.005);
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, perf), ==, "1–5");
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, column_of (t, "ei_index")), ==, "−1 to +1");
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, column_of (t, "mean_constraint")), ==, "0–1");
  g_assert_cmpstr (g_ptr_array_index (t->column_domains, column_of (t, "density")), ==, "0–100%");

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      int w = sizes[z][0], h = sizes[z][1];
      SpRenderOptions o;
      g_autoptr (SpScene) scene = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      cairo_t *cr = cairo_create (surface);
      double x, y, cw, ch, right = 0, bottom = 0, left = w;
      guint32 rgb, hr_rgb, rd_rgb;

      sp_render_options_init (&o, w, h);
      o.view = SP_RENDER_VIEW_HEAT_TABLE;
      o.date = "1 January 2026";
      scene = sp_scene_new (net, &o);
      sp_render_scene (cr, scene);
      cairo_surface_flush (surface);

      for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
        {
          gint c = column_of (t, domains[d].name);

          for (guint r = 0; r < t->n_rows; r++)
            {
              double v = sp_heat_table_get (t, r, c), tt = (v - domains[d].lo) / (domains[d].hi - domains[d].lo);
              guint32 want = rgb_of (domains[d].diverging ? sp_palette_diverging (tt) : sp_palette_sequential (tt));
              guint32 got;
              int px, py;

              g_assert_true (sp_scene_heat_table_cell (scene, r, c, &x, &y, &cw, &ch, &rgb));
              g_assert_cmphex (rgb, ==, want);
              /* and drawn so: left of the centred value, mid-height */
              px = (int) (x + cw * 0.08);
              py = (int) (y + ch / 2);
              got = *(guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                            py * cairo_image_surface_get_stride (surface) + 4 * px) & 0xffffff;
              g_assert_cmpint (abs ((int) (got >> 16) - (int) (want >> 16)), <=, 2);
              g_assert_cmpint (abs ((int) ((got >> 8) & 0xff) - (int) ((want >> 8) & 0xff)), <=, 2);
              g_assert_cmpint (abs ((int) (got & 0xff) - (int) (want & 0xff)), <=, 2);
              right = MAX (right, x + cw);
              bottom = MAX (bottom, y + ch);
              left = MIN (left, x);
            }
        }
      /* HR's 3.14 and R&D's 3.43 performance: neighbours on the map */
      g_assert_true (sp_scene_heat_table_cell (scene, hr, perf, &x, &y, &cw, &ch, &hr_rgb));
      g_assert_true (sp_scene_heat_table_cell (scene, rd, perf, &x, &y, &cw, &ch, &rd_rgb));
      assert_color ((SpColor) { (hr_rgb >> 16) / 255.0, ((hr_rgb >> 8) & 0xff) / 255.0, (hr_rgb & 0xff) / 255.0 },
                    (SpColor) { (rd_rgb >> 16) / 255.0, ((rd_rgb >> 8) & 0xff) / 255.0, (rd_rgb & 0xff) / 255.0 },
                    0.15);
      /* the table uses the page: across nearly all of it, down past its middle */
      g_test_message ("%d×%d: cells from x %g to %g, down to y %g", w, h, left, right, bottom);
      g_assert_cmpfloat (right, >, w * 0.95);
      g_assert_cmpfloat (left, <, w * 0.25);
      g_assert_cmpfloat (bottom, >, h * 0.6);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* the domains are written in the table: texts of its SVG */
  {
    g_autofree char *dir = g_dir_make_tmp ("sp-heat-XXXXXX", NULL);
    g_autofree char *svg = g_build_filename (dir, "heat.svg", NULL);
    g_autofree char *contents = NULL;
    SpRenderOptions o;

    sp_render_options_init (&o, 1280, 800);
    o.view = SP_RENDER_VIEW_HEAT_TABLE;
    g_assert_true (sp_export_file (net, &o, svg, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, ">1–5</text>"));
    g_assert_nonnull (strstr (contents, ">−1 to +1</text>"));
    g_assert_nonnull (strstr (contents, ">0–1</text>"));
    g_assert_nonnull (strstr (contents, ">0–100%</text>"));
    g_unlink (svg);
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/talent/sequential", test_sequential);
  g_test_add_func ("/talent/diverging", test_diverging);
  g_test_add_func ("/talent/domain", test_domain);
  g_test_add_func ("/talent/kernel-density", test_kernel_density);
  g_test_add_func ("/talent/fill-by-score", test_fill_by_score);
  g_test_add_func ("/talent/fill-by-measure", test_fill_by_measure);
  g_test_add_func ("/talent/hull-colour", test_hull_colour);
  g_test_add_func ("/talent/default-look", test_default_look);
  g_test_add_func ("/talent/legend-entries", test_legend_entries);
  g_test_add_func ("/talent/highlight", test_highlight);
  g_test_add_func ("/talent/heatmap-underlay", test_heatmap_underlay);
  g_test_add_func ("/talent/heatmap-far-points", test_heatmap_far_points);
  g_test_add_func ("/talent/fraction-near-1e308", test_fraction_near_1e308);
  g_test_add_func ("/talent/svg-colour-bar", test_svg_colour_bar);
  g_test_add_func ("/talent/heat-table-view", test_heat_table_view);
  g_test_add_func ("/talent/heat-table-domains", test_heat_table_domains);
  return g_test_run ();
}
