/* test-client-view.c — the client layout and the client view, by pixels:
 * clients outside the organisation's circle, the warning ring of a client
 * held by one person, the department ring of a shared client, the
 * emphasis of a selected client's contacts, hit testing and exports. */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sp-client-layout.h"
#include "sp-client-metrics.h"
#include "sp-import.h"
#include "sp-layout.h"
#include "sp-palette.h"
#include "sp-projection.h"
#include "sp-render.h"

#define WIDTH 1600
#define HEIGHT 1000

static SpNetwork *noordhaven;  /* laid out once: layouts take a while */

static SpNetwork *
get_noordhaven (void)
{
  if (noordhaven == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                     "noordhaven", NULL);
      g_autoptr (GError) error = NULL;

      noordhaven = sp_import_file (path, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (sp_layout_run (noordhaven, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (sp_layout_place_clients_around (noordhaven));
    }
  return noordhaven;
}

static void
options_init (SpRenderOptions *o)
{
  sp_render_options_init (o, WIDTH, HEIGHT);
  o->view = SP_RENDER_VIEW_CLIENTS;
  o->date = "1 January 2026";
}

static cairo_surface_t *
render (SpNetwork             *net,
        const SpRenderOptions *o)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  sp_render (cr, net, o);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The pixel at (x, y) as 0–255 channels. */
static void
pixel (cairo_surface_t *s,
       double           x,
       double           y,
       guint           *r,
       guint           *g,
       guint           *b)
{
  guint32 p;
  gint ix = (gint) floor (x), iy = (gint) floor (y);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (s));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (s));
  p = *(guint32 *) (void *) (cairo_image_surface_get_data (s) + iy * cairo_image_surface_get_stride (s) + ix * 4);
  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static gboolean
pixel_is (cairo_surface_t *s,
          double           x,
          double           y,
          SpColor          c,
          guint            tolerance)
{
  guint r, g, b;

  pixel (s, x, y, &r, &g, &b);
  return ABS ((gint) r - (gint) lround (c.r * 255)) <= (gint) tolerance &&
         ABS ((gint) g - (gint) lround (c.g * 255)) <= (gint) tolerance &&
         ABS ((gint) b - (gint) lround (c.b * 255)) <= (gint) tolerance;
}

static guint
department_index (SpNetwork  *net,
                  const char *dept)
{
  g_autoptr (GPtrArray) depts = sp_network_departments (net);

  for (guint d = 0; d < depts->len; d++)
    if (strcmp (g_ptr_array_index (depts, d), dept) == 0)
      return d;
  g_assert_not_reached ();
}

static void
test_layout_ring (void)
{
  SpNetwork *net = get_noordhaven ();
  double cx, cy, ring, org;

  g_assert_true (sp_layout_client_ring (net, &cx, &cy, &ring, &org));
  g_assert_cmpfloat (ring, >, org);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_CLIENT)
      {
        /* on the ring, outside the organisation's bounding circle */
        double d = hypot (net->x[i] - cx, net->y[i] - cy);

        g_assert_cmpfloat (d, >, org * 1.1);
        g_assert_cmpfloat_with_epsilon (d, ring, 1e-6 * ring);
      }

  /* no two clients on top of each other */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    for (guint j = i + 1; j < sp_network_n_nodes (net); j++)
      if (sp_network_node (net, i)->kind == SP_NODE_CLIENT && sp_network_node (net, j)->kind == SP_NODE_CLIENT)
        g_assert_cmpfloat (hypot (net->x[i] - net->x[j], net->y[i] - net->y[j]), >, 0.1 * ring);
}

/* A client sits on the side of the organisation where its contacts are. */
static void
test_layout_near_contacts (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  const double px[] = { -10, -9, -11, 10, 11, 9, 0, 0 };
  const double py[] = { 0, 1, -1, 0, 1, -1, 10, -10 };
  gint left, right, none;
  double cx, cy;

  for (guint i = 0; i < G_N_ELEMENTS (px); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  left = sp_network_add_node (net, "left", SP_NODE_CLIENT, NULL);
  right = sp_network_add_node (net, "right", SP_NODE_CLIENT, NULL);
  none = sp_network_add_node (net, "none", SP_NODE_CLIENT, NULL);
  sp_network_ensure_positions (net);
  for (guint i = 0; i < G_N_ELEMENTS (px); i++)
    {
      net->x[i] = px[i];
      net->y[i] = py[i];
    }
  net->has_layout = TRUE;
  sp_network_add_tie (net, 0, left, 0, 1);
  sp_network_add_tie (net, left, 1, 0, 2);
  sp_network_add_tie (net, 3, right, 0, 1);
  sp_network_add_tie (net, 4, right, 0, 1);

  g_assert_true (sp_layout_place_clients_around (net));
  g_assert_true (sp_layout_client_ring (net, &cx, &cy, NULL, NULL));
  g_assert_cmpfloat (net->x[left], <, cx - 10);
  g_assert_cmpfloat (fabs (net->y[left] - cy), <, 0.3 * fabs (net->x[left] - cx));
  g_assert_cmpfloat (net->x[right], >, cx + 10);
  /* without contacts: in the largest gap, here above or below */
  g_assert_cmpfloat (fabs (net->y[none] - cy), >, fabs (net->x[none] - cx));
}

static void
test_single_contact_warning (void)
{
  SpNetwork *net = get_noordhaven ();
  SpRenderOptions o;
  cairo_surface_t *s;
  double x, y, r, x2, y2, r2, cx = 0, cy = 0;
  gint c001 = sp_network_find_node (net, "C001");
  gint c002 = sp_network_find_node (net, "C002");
  SpColor warning = sp_color_from_hex (0xC8102E);
  guint hits = 0, hits2 = 0, np = 0;

  options_init (&o);
  s = render (net, &o);
  g_assert_true (sp_render_node_position (net, &o, c001, &x, &y, &r));
  g_assert_true (sp_render_node_position (net, &o, c002, &x2, &y2, &r2));

  /* the warning ring sits 4.2 units outside the glyph (u = 1 at 1600×1000) */
  for (guint k = 0; k < 8; k++)
    {
      double a = k * G_PI / 4;

      hits += pixel_is (s, x + (r + 4.2) * cos (a), y + (r + 4.2) * sin (a), warning, 40);
      hits2 += pixel_is (s, x2 + (r2 + 4.2) * cos (a), y2 + (r2 + 4.2) * sin (a), warning, 40);
    }
  g_assert_cmpuint (hits, >=, 7);
  g_assert_cmpuint (hits2, ==, 0);

  /* and the client is outside the drawn organisation */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      {
        double px, py;

        g_assert_true (sp_render_node_position (net, &o, i, &px, &py, NULL));
        cx += px;
        cy += py;
        np++;
      }
  cx /= np;
  cy /= np;
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      {
        double px, py, pr;

        sp_render_node_position (net, &o, i, &px, &py, &pr);
        g_assert_cmpfloat (hypot (px - cx, py - cy) + pr, <, hypot (x - cx, y - cy) - r);
      }
  cairo_surface_destroy (s);
}

/* C002 is served by four departments: its ring shows all four colours. */
static void
test_shared_client_ring (void)
{
  SpNetwork *net = get_noordhaven ();
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  const SpClientStats *st = sp_client_metrics_find (cm, sp_network_find_node (net, "C002"));
  SpRenderOptions o;
  cairo_surface_t *s;
  double x, y, r, band, mid;

  g_assert_cmpuint (st->n_departments, ==, 4);
  options_init (&o);
  s = render (net, &o);
  g_assert_true (sp_render_node_position (net, &o, st->node, &x, &y, &r));
  band = MAX (0.34 * r, 2.6);
  mid = r - band / 2;
  for (guint d = 0; d < st->n_departments; d++)
    {
      SpColor c = sp_palette_category (department_index (net, st->departments[d]));
      gboolean seen = FALSE;

      for (guint k = 0; k < 360 && !seen; k++)
        seen = pixel_is (s, x + mid * cos (k * G_PI / 180), y + mid * sin (k * G_PI / 180), c, 12);
      g_test_message ("department %s", st->departments[d]);
      g_assert_true (seen);
    }
  cairo_surface_destroy (s);
}

static void
test_selected_client (void)
{
  SpNetwork *net = get_noordhaven ();
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  const SpClientStats *st = sp_client_metrics_find (cm, sp_network_find_node (net, "C002"));
  g_autofree gboolean *contact = g_new0 (gboolean, sp_network_n_nodes (net));
  g_autofree gboolean *between = g_new0 (gboolean, sp_network_n_nodes (net));
  g_autoptr (GArray) paths = sp_client_metrics_contact_paths (cm, net, NULL, NULL, st->node);
  SpRenderOptions o;
  cairo_surface_t *plain, *selected;
  guint bright = 0, faded = 0, others = 0, n_between = 0, bright_between = 0;

  for (guint k = 0; k < st->n_contacts; k++)
    contact[st->contacts[k]] = TRUE;
  for (guint k = 0; k < paths->len; k++)
    if (!contact[g_array_index (paths, guint, k)] && !between[g_array_index (paths, guint, k)])
      {
        between[g_array_index (paths, guint, k)] = TRUE;
        n_between++;
      }
  /* C002's contacts are up to four hops apart: there are people between */
  g_assert_cmpuint (n_between, >, 0);
  options_init (&o);
  plain = render (net, &o);
  o.selected = (gint) st->node;
  selected = render (net, &o);

  if (g_getenv ("SP_CLIENT_VIEW_PNG") != NULL)
    cairo_surface_write_to_png (selected, g_getenv ("SP_CLIENT_VIEW_PNG"));

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      const SpNode *node = sp_network_node (net, i);
      double x, y, r;
      SpColor c;

      if (node->kind != SP_NODE_PERSON || node->department == NULL)
        continue;
      c = sp_palette_category (department_index (net, node->department));
      g_assert_true (sp_render_node_position (net, &o, i, &x, &y, &r));
      if (contact[i])
        /* its contacts in their full colour */
        bright += pixel_is (selected, x, y, c, 10);
      else if (between[i])
        /* and the people on the shortest paths between them */
        bright_between += pixel_is (selected, x, y, c, 10);
      else if (pixel_is (plain, x, y, c, 10))
        {
          /* everyone else drawn in full colour before, faded now */
          others++;
          faded += !pixel_is (selected, x, y, c, 40);
        }
    }
  g_assert_cmpuint (bright, ==, st->n_contacts);
  g_assert_cmpuint (bright_between, ==, n_between);
  g_assert_cmpuint (others, >, 50);
  g_assert_cmpuint (faded, ==, others);

  /* the view agrees with the hit test */
  {
    double x, y;

    g_assert_true (sp_render_node_position (net, &o, st->node, &x, &y, NULL));
    g_assert_cmpint (sp_render_hit_test (net, &o, x, y), ==, (gint) st->node);
  }
  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
}

static void
test_exports (void)
{
  SpNetwork *net = get_noordhaven ();
  g_autofree char *dir = g_dir_make_tmp ("sp-client-view-XXXXXX", NULL);
  const char *names[] = { "clients.png", "clients.svg", "clients.pdf" };
  SpRenderOptions o;

  options_init (&o);
  o.anonymize = TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = g_build_filename (dir, names[k], NULL);
      g_autoptr (GError) error = NULL;
      g_autofree char *text = NULL;
      gsize len;

      g_assert_true (sp_export_file (net, &o, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &text, &len, NULL));
      g_assert_cmpuint (len, >, 1000);
      if (g_str_has_suffix (names[k], ".svg"))
        {
          /* anonymised: no client or person names leave the room */
          g_assert_null (strstr (text, "Waddenwind"));
          g_assert_null (strstr (text, "Fenna"));
        }
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Davis's Southern Women: events as clients, drawn around the women. */
static void
test_southern_women (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "clients", "data", "southern-women.graphml", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  g_autoptr (SpClientMetrics) cm = NULL;
  SpRenderOptions o;
  cairo_surface_t *s;
  double cx, cy, ring, org;

  g_assert_no_error (error);
  /* the GraphML importer reads networkx's "bipartite" 1 as clients */
  g_assert_cmpuint (sp_network_n_clients (net), ==, 14);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_NEATO, NULL, NULL, NULL, &error));
  g_assert_true (sp_layout_place_clients_around (net));
  g_assert_true (sp_layout_client_ring (net, &cx, &cy, &ring, &org));
  g_assert_cmpfloat (ring, >, org);

  cm = sp_client_metrics_compute (net, NULL, NULL);
  /* E14 has three women; no event is held by one */
  for (guint c = 0; c < sp_client_metrics_n_clients (cm); c++)
    g_assert_false (sp_client_metrics_client (cm, c)->single_point_of_contact);

  options_init (&o);
  s = render (net, &o);
  if (g_getenv ("SP_SOUTHERN_WOMEN_PNG") != NULL)
    cairo_surface_write_to_png (s, g_getenv ("SP_SOUTHERN_WOMEN_PNG"));
  cairo_surface_destroy (s);
}

/* No clients: the view says so rather than drawing an empty ring. */
static void
test_no_clients (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  SpRenderOptions o;
  cairo_surface_t *s;

  sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  sp_network_add_node (net, "b", SP_NODE_PERSON, NULL);
  sp_network_add_tie (net, 0, 1, 0, 1);
  sp_network_ensure_positions (net);
  net->x[1] = 10;
  net->has_layout = TRUE;
  g_assert_false (sp_layout_place_clients_around (net));
  options_init (&o);
  s = render (net, &o);
  cairo_surface_destroy (s);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clients/layout/ring", test_layout_ring);
  g_test_add_func ("/clients/layout/near-contacts", test_layout_near_contacts);
  g_test_add_func ("/clients/view/single-contact-warning", test_single_contact_warning);
  g_test_add_func ("/clients/view/shared-client-ring", test_shared_client_ring);
  g_test_add_func ("/clients/view/selected-client", test_selected_client);
  g_test_add_func ("/clients/view/exports", test_exports);
  g_test_add_func ("/clients/view/southern-women", test_southern_women);
  g_test_add_func ("/clients/view/no-clients", test_no_clients);
  status = g_test_run ();
  g_clear_pointer (&noordhaven, sp_network_unref);
  return status;
}
