/* test-render.c — the renderer, checked on pixels of an image surface */
#include <math.h>
#include <string.h>

#include "sp-labels.h"
#include "sp-palette.h"
#include "sp-render.h"

#define W 800
#define H 500

static const char *names[] = { "Anna Jansen", "Bram de Vries", "Chris Bakker", "Dewi Visser",
                               "Eva Smit", "Femke Mulder", "Gijs de Boer", "Hanna Dekker" };

/* Eight people in three departments (one without) and a client, on a
 * hand-made layout: two triangles far apart, a pair, a loose node. */
static SpNetwork *
make_network (void)
{
  SpNetwork *net = sp_network_new ();
  const char *depts[] = { "Sales", "Sales", "Sales", "Finance", "Finance", "Finance", "IT", NULL };
  const double pos[][2] = { { 0, 0 }, { 100, 0 }, { 50, 80 }, { 600, 0 }, { 700, 0 }, { 650, 80 },
                            { 300, 300 }, { 600, 320 }, { 100, 300 } };
  gint client;

  sp_network_set_title (net, "Test organisation");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      SpNode *node = sp_network_node (net, n);

      node->name = sp_network_intern (net, names[i]);
      node->department = sp_network_intern (net, depts[i]);
    }
  client = sp_network_add_node (net, "c1", SP_NODE_CLIENT, NULL);
  sp_network_node (net, client)->name = sp_network_intern (net, "Acme Shipping");

  sp_network_add_tie (net, 0, 1, 0, 1);
  sp_network_add_tie (net, 1, 2, 0, 1);
  sp_network_add_tie (net, 2, 0, 0, 1);
  sp_network_add_tie (net, 3, 4, 0, 1);
  sp_network_add_tie (net, 4, 5, 0, 1);
  sp_network_add_tie (net, 5, 3, 0, 1);
  sp_network_add_tie (net, 1, 3, 0, 1);   /* the long tie between the triangles */
  sp_network_add_tie (net, 6, 7, 0, 1);
  sp_network_add_tie (net, 0, client, 0, 1);

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
init_options (SpRenderOptions *options)
{
  sp_render_options_init (options, W, H);
  options->date = "28 November 2026";
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
  int ix = (int) floor (x), iy = (int) floor (y);
  guint32 p;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, W);
  g_assert_cmpint (iy, <, H);
  p = data[iy * stride + ix];
  /* opaque everywhere: the background is painted */
  g_assert_cmpuint (p >> 24, ==, 0xff);
  return (SpColor) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0, (p & 0xff) / 255.0 };
}

static double
color_distance (SpColor a,
                SpColor b)
{
  return fabs (a.r - b.r) + fabs (a.g - b.g) + fabs (a.b - b.b);
}

static void
assert_color (SpColor a,
              SpColor b)
{
  if (color_distance (a, b) > 0.03)
    g_error ("colour (%.3f, %.3f, %.3f) is not (%.3f, %.3f, %.3f)", a.r, a.g, a.b, b.r, b.g, b.b);
}

static void
node_centre (SpNetwork             *net,
             const SpRenderOptions *options,
             guint                  node,
             double                *x,
             double                *y,
             double                *r)
{
  g_assert_true (sp_render_node_position (net, options, node, x, y, r));
  g_assert_cmpfloat (*x, >, 0);
  g_assert_cmpfloat (*x, <, W);
  g_assert_cmpfloat (*y, >, 0);
  g_assert_cmpfloat (*y, <, H);
}

static void
test_department_colour (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  cairo_surface_t *surface;
  double x, y, r;

  init_options (&options);
  surface = render (net, &options);

  /* departments in sorted order: Finance 0, IT 1, Sales 2 */
  node_centre (net, &options, 0, &x, &y, &r);
  g_assert_cmpfloat (r, >=, 2);
  assert_color (pixel (surface, x, y), sp_palette_category (2));
  node_centre (net, &options, 4, &x, &y, &r);
  assert_color (pixel (surface, x, y), sp_palette_category (0));
  node_centre (net, &options, 6, &x, &y, &r);
  assert_color (pixel (surface, x, y), sp_palette_category (1));
  /* no department: grey */
  node_centre (net, &options, 7, &x, &y, &r);
  assert_color (pixel (surface, x, y), sp_palette_missing (FALSE));
  cairo_surface_destroy (surface);
}

static void
test_background (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  cairo_surface_t *light, *dark;
  SpColor a, b;

  init_options (&options);
  light = render (net, &options);
  options.dark = TRUE;
  dark = render (net, &options);

  /* the bottom-left corner is far from the graph, title and legend */
  a = pixel (light, 3, H - 3);
  b = pixel (dark, 3, H - 3);
  assert_color (a, (SpColor) { 1, 1, 1 });
  g_assert_cmpfloat (a.r + a.g + a.b, >, 2.9);
  g_assert_cmpfloat (b.r + b.g + b.b, <, 0.5);

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_edge (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  cairo_surface_t *surface;
  double x1, y1, x2, y2, r;
  SpColor bg = { 1, 1, 1 };

  init_options (&options);
  options.label_density = 0;
  surface = render (net, &options);
  /* the long tie between the triangles, at its midpoint */
  node_centre (net, &options, 1, &x1, &y1, &r);
  node_centre (net, &options, 3, &x2, &y2, &r);
  g_assert_cmpfloat (color_distance (pixel (surface, (x1 + x2) / 2, (y1 + y2) / 2), bg), >, 0.05);
  /* no tie between 2 and 7: their midpoint is background */
  node_centre (net, &options, 2, &x1, &y1, &r);
  node_centre (net, &options, 5, &x2, &y2, &r);
  assert_color (pixel (surface, (x1 + x2) / 2, (y1 + y2) / 2 + 30), bg);
  cairo_surface_destroy (surface);
}

static void
test_selected (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  cairo_surface_t *plain, *selected;
  double x, y, r, ox, oy, or;
  gboolean changed = FALSE;
  SpColor before, after;

  init_options (&options);
  options.label_density = 0;
  plain = render (net, &options);
  options.selected = 3;
  selected = render (net, &options);

  /* a ring around the selected node: something changes just outside it */
  node_centre (net, &options, 3, &x, &y, &r);
  for (double a = 0; a < 2 * G_PI; a += G_PI / 8)
    {
      double px = x + (r + 3) * cos (a), py = y + (r + 3) * sin (a);

      if (color_distance (pixel (plain, px, py), pixel (selected, px, py)) > 0.3)
        changed = TRUE;
    }
  g_assert_true (changed);
  /* its own colour stays at the centre */
  assert_color (pixel (selected, x, y), sp_palette_category (0));

  /* a node that is not a neighbour is dimmed: closer to the background */
  node_centre (net, &options, 6, &ox, &oy, &or);
  before = pixel (plain, ox, oy);
  after = pixel (selected, ox, oy);
  g_assert_cmpfloat (color_distance (after, (SpColor) { 1, 1, 1 }), <,
                     color_distance (before, (SpColor) { 1, 1, 1 }) - 0.3);
  /* a neighbour is not */
  node_centre (net, &options, 4, &ox, &oy, &or);
  assert_color (pixel (selected, ox, oy), pixel (plain, ox, oy));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
}

static void
test_hit_test (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpRenderOptions options;
  double x, y, r;

  init_options (&options);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      node_centre (net, &options, i, &x, &y, &r);
      g_assert_cmpint (sp_render_hit_test (net, &options, x, y), ==, (gint) i);
      g_assert_cmpint (sp_render_hit_test (net, &options, x + r * 0.7, y), ==, (gint) i);
    }
  g_assert_cmpint (sp_render_hit_test (net, &options, 2, H - 2), ==, -1);

  /* zoom and pan move the nodes as documented: around the centre */
  {
    double x1, y1, x2, y2;
    SpRenderOptions zoomed = options;

    node_centre (net, &options, 5, &x1, &y1, &r);
    zoomed.zoom = 2;
    zoomed.pan_x = 10;
    zoomed.pan_y = -5;
    g_assert_true (sp_render_node_position (net, &zoomed, 5, &x2, &y2, NULL));
    node_centre (net, &options, 0, &x, &y, &r);
    /* the distance between two nodes doubles */
    {
      double x0z, y0z;

      g_assert_true (sp_render_node_position (net, &zoomed, 0, &x0z, &y0z, NULL));
      g_assert_cmpfloat_with_epsilon (hypot (x2 - x0z, y2 - y0z), 2 * hypot (x1 - x, y1 - y), 1e-6);
    }
    g_assert_cmpint (sp_render_hit_test (net, &zoomed, x2, y2), ==, 5);
  }
}

static gboolean
contains_name (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto (GStrv) parts = g_strsplit (names[i], " ", 2);

      if (strstr (text, parts[0]) != NULL)
        return TRUE;
    }
  return strstr (text, "Acme") != NULL;
}

static void
test_anonymize (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) named = NULL;
  g_autoptr (GPtrArray) anonymous = NULL;
  SpRenderOptions options;
  gboolean any_name = FALSE;

  init_options (&options);
  named = sp_render_placed_labels (net, &options);
  g_assert_cmpuint (named->len, >, 3);
  for (guint i = 0; i < named->len; i++)
    any_name |= contains_name (g_ptr_array_index (named, i));
  g_assert_true (any_name);

  options.anonymize = TRUE;
  anonymous = sp_render_placed_labels (net, &options);
  g_assert_cmpuint (anonymous->len, ==, named->len);
  for (guint i = 0; i < anonymous->len; i++)
    {
      const char *text = g_ptr_array_index (anonymous, i);

      g_assert_false (contains_name (text));
      g_assert_true (g_str_has_prefix (text, "Person ") || g_str_has_prefix (text, "Client "));
    }

  /* pseudonyms are stable by node index, counted per kind */
  {
    g_autofree char *p1 = sp_render_node_label (net, 0, TRUE);
    g_autofree char *p8 = sp_render_node_label (net, 7, TRUE);
    g_autofree char *c1 = sp_render_node_label (net, 8, TRUE);
    g_autofree char *real = sp_render_node_label (net, 0, FALSE);

    g_assert_cmpstr (p1, ==, "Person 1");
    g_assert_cmpstr (p8, ==, "Person 8");
    g_assert_cmpstr (c1, ==, "Client 1");
    g_assert_cmpstr (real, ==, "Anna Jansen");
  }
}

static void
test_selected_label (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) labels = NULL;
  SpRenderOptions options;

  /* no labels by density, but the selected one always */
  init_options (&options);
  options.label_density = 0;
  options.selected = 5;
  labels = sp_render_placed_labels (net, &options);
  g_assert_cmpuint (labels->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (labels, 0), ==, "Femke Mulder");
}

static void
test_labels_no_overlap (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  g_autofree SpLabel *labels = g_new0 (SpLabel, 600);
  SpRect bounds = { 0, 0, 1000, 700 };
  SpRect obstacle = { 800, 0, 200, 200 };
  guint placed, count = 0;

  for (guint i = 0; i < 600; i++)
    {
      labels[i].x = g_rand_double_range (rand, 0, 1000);
      labels[i].y = g_rand_double_range (rand, 0, 700);
      labels[i].gap = 4;
      labels[i].width = g_rand_double_range (rand, 30, 120);
      labels[i].height = 14;
      labels[i].priority = g_rand_double (rand);
      labels[i].force = i == 17;
      labels[i].id = i;
    }
  placed = sp_labels_place (labels, 600, &bounds, &obstacle, 1, 10000);
  g_assert_cmpuint (placed, >, 50);
  g_assert_true (labels[17].placed);

  for (guint i = 0; i < 600; i++)
    {
      if (!labels[i].placed)
        continue;
      count++;
      g_assert_false (sp_rect_intersects (&labels[i].rect, &obstacle));
      g_assert_cmpfloat (labels[i].rect.x, >=, 0);
      g_assert_cmpfloat (labels[i].rect.y + labels[i].rect.height, <=, 700);
      for (guint j = i + 1; j < 600; j++)
        if (labels[j].placed)
          g_assert_false (sp_rect_intersects (&labels[i].rect, &labels[j].rect));
    }
  g_assert_cmpuint (count, ==, placed);

  /* the cap on optional labels holds; forced ones come on top */
  placed = sp_labels_place (labels, 600, &bounds, NULL, 0, 10);
  g_assert_cmpuint (placed, ==, 11);
  g_assert_true (labels[17].placed);
}

static void
test_palette (void)
{
  /* distinct colours, never the missing grey */
  for (guint i = 0; i < 40; i++)
    {
      SpColor a = sp_palette_category (i);

      g_assert_cmpfloat (color_distance (a, sp_palette_missing (FALSE)), >, 0.1);
      for (guint j = 0; j < i; j++)
        g_assert_cmpfloat (color_distance (a, sp_palette_category (j)), >, 0.05);
    }
  /* Okabe–Ito blue first */
  assert_color (sp_palette_category (0), sp_color_from_hex (0x0072B2));
  assert_color (sp_palette_sequential (0), sp_color_from_hex (0x440154));
  assert_color (sp_palette_sequential (1), sp_color_from_hex (0xFDE725));
}

/* Without layout, empty, or everything filtered: a message, no crash. */
static void
test_degenerate (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (SpNetwork) empty = sp_network_new ();
  SpRenderOptions options;
  cairo_surface_t *surface;
  gboolean hidden[9] = { FALSE };
  gboolean drawn = FALSE;

  init_options (&options);
  surface = render (empty, &options);
  /* the message is drawn around the centre */
  for (int dx = -150; dx <= 150; dx += 2)
    if (color_distance (pixel (surface, W / 2 + dx, H / 2 - 12), (SpColor) { 1, 1, 1 }) > 0.3)
      drawn = TRUE;
  g_assert_true (drawn);
  cairo_surface_destroy (surface);

  net->has_layout = FALSE;
  surface = render (net, &options);
  cairo_surface_destroy (surface);
  g_assert_cmpint (sp_render_hit_test (net, &options, W / 2, H / 2), ==, -1);
  net->has_layout = TRUE;

  options.node_visible = hidden;
  surface = render (net, &options);
  cairo_surface_destroy (surface);

  /* tiny drawing, colour by a numeric attribute, size by one */
  {
    SpAttribute *perf = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);

    for (guint i = 0; i < 6; i++)
      sp_network_set_numeric (net, perf, i, i);
    options.node_visible = NULL;
    options.color_by = "performance";
    options.size_by = "performance";
    surface = render (net, &options);
    cairo_surface_destroy (surface);
    options.width = options.height = 10;
    surface = render (net, &options);
    cairo_surface_destroy (surface);
  }
}


static gboolean
has_entry (GPtrArray  *entries,
           const char *entry)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_ptr_array_index (entries, i), entry) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_entry_prefix (GPtrArray  *entries,
                  const char *prefix)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (entries, i), prefix))
      return TRUE;
  return FALSE;
}

static char *
budget_note (guint drawn,
             guint total)
{
  g_autofree char *a = g_strdup_printf ("%'u", drawn);
  g_autofree char *b = g_strdup_printf ("%'u", total);

  return g_strdup_printf ("note:Showing %s of %s ties (the strongest)", a, b);
}

/* Above the tie budget only the strongest ties are drawn, and the legend
 * says so (issue 12, item 7). */
static void
test_tie_budget (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) plain_entries = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *note = budget_note (1, 9);
  SpRenderOptions options;
  cairo_surface_t *plain, *budget;
  double x1, y1, x2, y2, r, lx, ly, sx, sy;
  SpColor bg = { 1, 1, 1 };

  sp_network_add_tie (net, 6, 7, 0, 5);   /* 6–7 the strongest pair (1 + 5) */
  init_options (&options);
  options.label_density = 0;
  plain = render (net, &options);
  plain_entries = sp_render_legend_entries (net, &options);
  options.max_ties = 1;
  budget = render (net, &options);
  entries = sp_render_legend_entries (net, &options);

  /* the long tie 1–3 is drawn without a budget, left out with one (the
   * legend's note may move the drawing: positions from each) */
  for (guint k = 0; k < 2; k++)
    {
      cairo_surface_t *surface = k == 0 ? plain : budget;

      options.max_ties = k == 0 ? 0 : 1;
      node_centre (net, &options, 1, &x1, &y1, &r);
      node_centre (net, &options, 3, &x2, &y2, &r);
      lx = (x1 + x2) / 2, ly = (y1 + y2) / 2;
      if (k == 0)
        g_assert_cmpfloat (color_distance (pixel (surface, lx, ly), bg), >, 0.05);
      else
        assert_color (pixel (surface, lx, ly), bg);
      /* the strongest tie, 6–7, is drawn in both */
      node_centre (net, &options, 6, &x1, &y1, &r);
      node_centre (net, &options, 7, &x2, &y2, &r);
      sx = (x1 + x2) / 2, sy = (y1 + y2) / 2;
      g_assert_cmpfloat (color_distance (pixel (surface, sx, sy), bg), >, 0.05);
    }

  /* the legend says what is left out, and still counts every tie */
  g_assert_false (has_entry_prefix (plain_entries, "note:Showing"));
  g_assert_true (has_entry (entries, note));
  g_assert_true (has_entry (entries, "footer:8 people · 9 ties"));
  g_assert_true (has_entry (plain_entries, "footer:8 people · 9 ties"));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (budget);
}

/* People without ties (low survey response) are counted in the legend:
 * the picture says how many of its dots are not connected. */
static void
test_people_without_ties (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  SpRenderOptions options;
  gint loner;

  init_options (&options);
  before = sp_render_legend_entries (net, &options);
  g_assert_false (has_entry_prefix (before, "footer:1 person without ties"));
  loner = sp_network_add_node (net, "loner", SP_NODE_PERSON, NULL);
  sp_network_node (net, loner)->department = sp_network_intern (net, "IT");
  sp_network_ensure_positions (net);
  net->x[loner] = 400;
  net->y[loner] = 400;
  after = sp_render_legend_entries (net, &options);
  g_assert_true (has_entry (after, "footer:9 people · 9 ties"));
  g_assert_true (has_entry (after, "footer:1 person without ties"));
}

/* The default budget: a complete graph of 400 people (79,800 ties) shows
 * SP_RENDER_MAX_TIES of them. */
static void
test_tie_budget_default (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *note = budget_note (SP_RENDER_MAX_TIES, 79800);
  SpRenderOptions options;
  cairo_surface_t *surface;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  for (guint i = 0; i < 400; i++)
    for (guint j = i + 1; j < 400; j++)
      sp_network_add_tie (net, i, j, 0, 1 + (i * 7 + j) % 5);
  sp_network_ensure_positions (net);
  for (guint i = 0; i < 400; i++)
    {
      net->x[i] = 100 * cos (i * 0.1) * (1 + i / 100.0);
      net->y[i] = 100 * sin (i * 0.1) * (1 + i / 100.0);
    }
  net->has_layout = TRUE;

  init_options (&options);
  entries = sp_render_legend_entries (net, &options);
  g_assert_true (has_entry (entries, note));
  surface = render (net, &options);
  cairo_surface_destroy (surface);
}

/* A categorical attribute of colours "#rrggbb" (GEXF's viz colours) as
 * Colour by: each node drawn in its own colour, grey without one; an
 * attribute with any other value is no colour attribute, and the drawing
 * keeps the department colours. */
static void
test_own_colours (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  SpAttribute *colour = sp_network_ensure_attribute (net, "viz colour", SP_ATTR_CATEGORICAL);
  SpAttribute *mixed = sp_network_ensure_attribute (net, "mixed", SP_ATTR_CATEGORICAL);
  SpRenderOptions options;
  cairo_surface_t *surface;
  double x, y, r;

  sp_network_set_string (net, colour, 0, "#e69f00");
  sp_network_set_string (net, colour, 4, "#CC0000");  /* Finance is #0072b2 */
  sp_network_set_string (net, colour, 6, "#000000");
  sp_network_set_string (net, mixed, 0, "#e69f00");
  sp_network_set_string (net, mixed, 4, "blue");
  g_assert_true (sp_render_own_color_attribute (net, "viz colour") == colour);
  g_assert_null (sp_render_own_color_attribute (net, "mixed"));
  g_assert_null (sp_render_own_color_attribute (net, "absent"));

  init_options (&options);
  options.color_by = "viz colour";
  surface = render (net, &options);
  node_centre (net, &options, 0, &x, &y, &r);
  assert_color (pixel (surface, x, y), (SpColor) { 0xe6 / 255.0, 0x9f / 255.0, 0 });
  node_centre (net, &options, 4, &x, &y, &r);
  assert_color (pixel (surface, x, y), (SpColor) { 0xcc / 255.0, 0, 0 });
  node_centre (net, &options, 6, &x, &y, &r);
  assert_color (pixel (surface, x, y), (SpColor) { 0, 0, 0 });
  /* node 1 (Sales) has no colour: grey, not its department's */
  node_centre (net, &options, 1, &x, &y, &r);
  assert_color (pixel (surface, x, y), sp_palette_missing (FALSE));
  cairo_surface_destroy (surface);
  /* the legend lists the colours, not the departments */
  {
    g_autoptr (GPtrArray) entries = sp_render_legend_entries (net, &options);

    g_assert_true (has_entry (entries, "header:viz colour"));
    g_assert_true (has_entry (entries, "category:#CC0000"));
    g_assert_true (has_entry (entries, "category:#e69f00"));
    g_assert_true (has_entry (entries, "category:No value"));
    g_assert_false (has_entry (entries, "header:Departments"));
  }

  /* an attribute of other text is a category: one safe colour per value
   * (one person each, in natural order: "#e69f00", then "blue") */
  options.color_by = "mixed";
  surface = render (net, &options);
  node_centre (net, &options, 4, &x, &y, &r);
  assert_color (pixel (surface, x, y), sp_palette_safe (1));
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/department-colour", test_department_colour);
  g_test_add_func ("/render/own-colours", test_own_colours);
  g_test_add_func ("/render/background", test_background);
  g_test_add_func ("/render/edge", test_edge);
  g_test_add_func ("/render/tie-budget", test_tie_budget);
  g_test_add_func ("/render/tie-budget-default", test_tie_budget_default);
  g_test_add_func ("/render/selected", test_selected);
  g_test_add_func ("/render/hit-test", test_hit_test);
  g_test_add_func ("/render/anonymize", test_anonymize);
  g_test_add_func ("/render/selected-label", test_selected_label);
  g_test_add_func ("/render/labels-no-overlap", test_labels_no_overlap);
  g_test_add_func ("/render/palette", test_palette);
  g_test_add_func ("/render/degenerate", test_degenerate);
  g_test_add_func ("/render/people-without-ties", test_people_without_ties);

  return g_test_run ();
}
