/* test-quadrants.c — the talent × network quadrants on pixels */
#include <math.h>

#include "sp-render.h"
#include "sp-layout.h"

#define W 1000
#define H 700

static void
add_person (SpNetwork  *net,
            const char *id,
            const char *dept,
            double      perf,
            double      pot,
            double      eng)
{
  gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

  sp_network_node (net, n)->department = sp_network_intern (net, dept);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC), n, perf);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "potential", SP_ATTR_NUMERIC), n, pot);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "engagement", SP_ATTR_NUMERIC), n, eng);
}

/* Two teams of five joined through one broker "b"; "h" is a peripheral
 * high performer tied to one person only. */
static SpNetwork *
make_org (double broker_engagement)
{
  SpNetwork *net = sp_network_new ();
  char id[8];

  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 5; i++)
      {
        g_snprintf (id, sizeof id, "%c%u", "xy"[t], i);
        add_person (net, id, t == 0 ? "X" : "Y", 3, 3, 4);
      }
  add_person (net, "b", "B", 3.5, 3.5, broker_engagement);
  add_person (net, "h", "X", 4.8, 4.9, 4);
  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 5; i++)
      for (guint j = i + 1; j < 5; j++)
        sp_network_add_tie (net, t * 5 + i, t * 5 + j, 0, 1);
  sp_network_add_tie (net, 10, 0, 0, 1);
  sp_network_add_tie (net, 10, 5, 0, 1);
  sp_network_add_tie (net, 11, 1, 0, 1);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_NEATO, NULL, NULL, NULL, NULL));
  return net;
}

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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quadrants/at-risk-ring", test_at_risk_ring);
  g_test_add_func ("/quadrants/hidden-talent-tinted", test_hidden_talent_quadrant_tinted);
  return g_test_run ();
}
