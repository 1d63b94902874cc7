/* test-overlays.c — what-if ghosts, ties gained and lost, department
 * outlines and the caption, checked on the pixels */
#include "config.h"

#include <math.h>
#include <glib.h>

#include "sp-render.h"

#define W 800
#define H 600

/* Two triangles joined by a long tie 1–3; person 1 is the broker. */
static SpNetwork *
make_network (void)
{
  SpNetwork *net = sp_network_new ();
  const char *depts[] = { "Sales", "Sales", "Sales", "Finance", "Finance", "Finance" };
  const double pos[][2] = { { 0, 0 }, { 100, 0 }, { 50, 80 }, { 600, 0 }, { 700, 0 }, { 650, 80 } };

  for (guint i = 0; i < G_N_ELEMENTS (depts); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, n)->department = sp_network_intern (net, depts[i]);
    }
  sp_network_add_tie (net, 0, 1, 0, 1);
  sp_network_add_tie (net, 1, 2, 0, 1);
  sp_network_add_tie (net, 2, 0, 0, 1);
  sp_network_add_tie (net, 3, 4, 0, 1);
  sp_network_add_tie (net, 4, 5, 0, 1);
  sp_network_add_tie (net, 5, 3, 0, 1);
  sp_network_add_tie (net, 1, 3, 0, 1);
  sp_network_ensure_positions (net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      net->x[i] = pos[i][0];
      net->y[i] = pos[i][1];
    }
  net->has_layout = TRUE;
  return net;
}

static void
options_for_test (SpRenderOptions *options)
{
  sp_render_options_init (options, W, H);
  options->show_legend = FALSE;
  options->show_title = FALSE;
  options->label_density = 0;
  options->date = "1 January 2025";
}

static cairo_surface_t *
draw (SpNetwork             *net,
      const SpRenderOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cairo_t *cr = cairo_create (surface);

  sp_render (cr, net, options);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       int             *r,
       int             *g,
       int             *b)
{
  guint32 *row = (guint32 *) (gpointer) (cairo_image_surface_get_data (surface)
                                         + (int) y * cairo_image_surface_get_stride (surface));
  guint32 p = row[(int) x];

  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static gboolean
is_red (cairo_surface_t *surface,
        double           x,
        double           y)
{
  /* a dash may start or end here: look along a few pixels */
  for (int dx = -6; dx <= 6; dx++)
    {
      int r, g, b;

      pixel (surface, x + dx, y, &r, &g, &b);
      if (r > 150 && g < 110 && b < 120)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_green (cairo_surface_t *surface,
          double           x,
          double           y)
{
  for (int dx = -2; dx <= 2; dx++)
    {
      int r, g, b;

      pixel (surface, x + dx, y, &r, &g, &b);
      if (g > 110 && r < 110 && b < 130)
        return TRUE;
    }
  return FALSE;
}

static void
test_ghost (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  gboolean ghosted[6] = { FALSE, TRUE, FALSE, FALSE, FALSE, FALSE };
  cairo_surface_t *plain, *ghost;
  double x1, y1, r1, x3, y3;
  int r, g, b, br, bg, bb;

  options_for_test (&options);
  plain = draw (net, &options);
  g_assert_true (sp_render_node_position (net, &options, 1, &x1, &y1, &r1));
  g_assert_true (sp_render_node_position (net, &options, 3, &x3, &y3, NULL));
  /* normally person 1 is filled at its centre */
  pixel (plain, 5, H - 5, &br, &bg, &bb);
  pixel (plain, x1, y1, &r, &g, &b);
  g_assert_true (r != br || g != bg || b != bb);

  options.ghosted = ghosted;
  ghost = draw (net, &options);
  /* a ghost: no fill at its centre (the background shows) */
  pixel (ghost, x1, y1, &r, &g, &b);
  g_assert_cmpint (ABS (r - br) + ABS (g - bg) + ABS (b - bb), <, 30);
  /* but still where it was: the outline is drawn at its rim */
  {
    gboolean outline = FALSE;

    for (double a = 0; a < 2 * G_PI && !outline; a += 0.1)
      for (double d = r1 - 2; d <= r1 + 2 && !outline; d += 1)
        {
          pixel (ghost, x1 + d * cos (a), y1 + d * sin (a), &r, &g, &b);
          outline = ABS (r - br) + ABS (g - bg) + ABS (b - bb) > 60;
        }
    g_assert_true (outline);
  }
  /* its lost tie to person 3 is red at the middle */
  g_assert_true (is_red (ghost, (x1 + x3) / 2, (y1 + y3) / 2));
  g_assert_false (is_red (plain, (x1 + x3) / 2, (y1 + y3) / 2));

  /* the hit test still finds the ghost (to bring it back) */
  g_assert_cmpint (sp_render_hit_test (net, &options, x1, y1), ==, 1);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (ghost);
}

static void
test_ties_gained_lost (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  const guint gained[] = { 2, 5 };
  const guint lost[] = { 0, 4 };
  cairo_surface_t *surface;
  double x0, y0, x2, y2, x4, y4, x5, y5;

  options_for_test (&options);
  options.ties_gained = gained;
  options.n_ties_gained = 1;
  options.ties_lost = lost;
  options.n_ties_lost = 1;
  surface = draw (net, &options);
  g_assert_true (sp_render_node_position (net, &options, 0, &x0, &y0, NULL));
  g_assert_true (sp_render_node_position (net, &options, 2, &x2, &y2, NULL));
  g_assert_true (sp_render_node_position (net, &options, 4, &x4, &y4, NULL));
  g_assert_true (sp_render_node_position (net, &options, 5, &x5, &y5, NULL));
  g_assert_true (is_green (surface, (x2 + x5) / 2, (y2 + y5) / 2));
  g_assert_true (is_red (surface, (x0 + x4) / 2, (y0 + y4) / 2));
  cairo_surface_destroy (surface);
}

static void
test_outline (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  const char *groups[] = { "Finance", NULL };
  const guint32 colors[] = { 0xD7263D };
  cairo_surface_t *surface;
  double x3, y3, x5, y5, r3;
  gboolean found = FALSE;

  options_for_test (&options);
  options.outline_groups = groups;
  options.outline_colors = colors;
  options.n_outlines = 1;
  surface = draw (net, &options);
  g_assert_true (sp_render_node_position (net, &options, 3, &x3, &y3, &r3));
  g_assert_true (sp_render_node_position (net, &options, 5, &x5, &y5, NULL));
  /* below the lowest Finance person, the red outline */
  for (double y = y5 + 2; y < MIN (y5 + 60, H - 1) && !found; y += 1)
    found = is_red (surface, x5, y);
  g_assert_true (found);
  cairo_surface_destroy (surface);
}

static void
test_caption_and_layers (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  cairo_surface_t *with, *without, *legend;
  double w = 0, h = 0, y_with, y_without;
  int r, g, b;

  options_for_test (&options);
  options.show_title = TRUE;
  without = draw (net, &options);
  g_assert_true (sp_render_node_position (net, &options, 0, NULL, &y_without, NULL));
  options.caption = "The network splits into 2 parts (it had 1).";
  with = draw (net, &options);
  /* the caption takes room under the title: the drawing moves down */
  g_assert_true (sp_render_node_position (net, &options, 0, NULL, &y_with, NULL));
  g_assert_cmpfloat (y_with, >, y_without);
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);

  /* the legend alone, at the origin, on nothing */
  options.show_legend = TRUE;
  options.layers = SP_RENDER_LAYER_LEGEND;
  g_assert_true (sp_render_legend_size (net, &options, &w, &h));
  g_assert_cmpfloat (w, >, 50);
  g_assert_cmpfloat (h, >, 50);
  legend = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  {
    cairo_t *cr = cairo_create (legend);

    sp_render (cr, net, &options);
    cairo_destroy (cr);
  }
  cairo_surface_flush (legend);
  /* inside the box: painted; far outside: transparent */
  g_assert_cmpuint (((guint32 *) (gpointer) cairo_image_surface_get_data (legend))[(int) (w / 2)] >> 24, >, 0);
  pixel (legend, W - 3, H - 3, &r, &g, &b);
  g_assert_cmpuint (((guint32 *) (gpointer) (cairo_image_surface_get_data (legend)
                                             + (H - 3) * cairo_image_surface_get_stride (legend)))[W - 3] >> 24, ==, 0);
  cairo_surface_destroy (legend);
}

static gboolean
has_entry (GPtrArray  *entries,
           const char *entry)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_ptr_array_index (entries, i), entry))
      return TRUE;
  return FALSE;
}

/* The legend explains what the overlays add, and only when they are on. */
static void
test_legend_changes (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  gboolean ghosted[6] = { FALSE, TRUE, FALSE, FALSE, FALSE, FALSE };
  const guint gained[] = { 2, 5 };
  SpRenderOptions options;
  g_autoptr (GPtrArray) plain = NULL;
  g_autoptr (GPtrArray) whatif = NULL;
  g_autoptr (GPtrArray) compare = NULL;

  options_for_test (&options);
  options.show_legend = TRUE;
  plain = sp_render_legend_entries (net, &options);
  g_assert_false (has_entry (plain, "header:Changes"));

  options.ghosted = ghosted;
  whatif = sp_render_legend_entries (net, &options);
  g_assert_true (has_entry (whatif, "header:Changes"));
  /* one or two people taken out are named (anonymised when asked) */
  {
    g_autofree char *row = g_strdup_printf ("ghost:Taken out: %s", sp_network_node_label (net, 1));
    g_autoptr (GPtrArray) anonymous = NULL;
    gboolean three[6] = { TRUE, TRUE, TRUE, FALSE, FALSE, FALSE };
    g_autoptr (GPtrArray) many = NULL;

    g_assert_true (has_entry (whatif, row));
    options.anonymize = TRUE;
    anonymous = sp_render_legend_entries (net, &options);
    g_assert_true (has_entry (anonymous, "ghost:Taken out: Person 2"));
    g_assert_false (has_entry (anonymous, row));
    options.anonymize = FALSE;
    /* more are counted */
    options.ghosted = three;
    many = sp_render_legend_entries (net, &options);
    g_assert_true (has_entry (many, "ghost:Taken out (what if)"));
    options.ghosted = ghosted;
  }
  g_assert_true (has_entry (whatif, "tie:Tie lost"));
  g_assert_false (has_entry (whatif, "tie:Tie gained"));

  /* strategy fit outlines: one legend row per verdict, in its colour */
  {
    const char *groups[] = { "A", "B", "C", NULL };
    const guint32 colors[] = { 0x2E7D32, 0xB26A00, 0x2E7D32 };
    const char *labels[] = { "A: fits", "B: nearly fits", "C: fits", NULL };
    g_autoptr (GPtrArray) fit = NULL;
    guint n_fits = 0;

    options.outline_groups = groups;
    options.outline_colors = colors;
    options.outline_labels = labels;
    options.n_outlines = 3;
    fit = sp_render_legend_entries (net, &options);
    g_assert_true (has_entry (fit, "header:Strategy fit"));
    g_assert_true (has_entry (fit, "highlight:nearly fits"));
    for (guint i = 0; i < fit->len; i++)
      n_fits += g_str_equal (g_ptr_array_index (fit, i), "highlight:fits");
    g_assert_cmpuint (n_fits, ==, 1);
    g_assert_false (has_entry (whatif, "header:Strategy fit"));
    options.outline_groups = NULL;
    options.outline_colors = NULL;
    options.outline_labels = NULL;
    options.n_outlines = 0;
  }

  options.ghosted = NULL;
  options.ties_gained = gained;
  options.n_ties_gained = 1;
  compare = sp_render_legend_entries (net, &options);
  g_assert_true (has_entry (compare, "tie:Tie gained"));
  g_assert_false (has_entry (compare, "tie:Tie lost"));
  g_assert_false (has_entry (compare, "ghost:Taken out (what if)"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/overlays/ghost", test_ghost);
  g_test_add_func ("/overlays/ties-gained-lost", test_ties_gained_lost);
  g_test_add_func ("/overlays/outline", test_outline);
  g_test_add_func ("/overlays/caption-and-layers", test_caption_and_layers);
  g_test_add_func ("/overlays/legend-changes", test_legend_changes);
  return g_test_run ();
}
