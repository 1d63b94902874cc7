/* test-groups-map-view.c — the department map as a scene: one circle per
 * group with the group metrics' sizes, lines with the group matrix's
 * counts, hit tests by group, readable at 100 groups (no text over
 * another at 1920×1080, at most the budget of lines), a group's fill in
 * the PNG and the group names as SVG text.
 */
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>

#include "sp-render.h"
#include "sp-measures.h"
#include "sp-import.h"
#include "sp-palette.h"
#include "sp-group-metrics.h"

#define W 1000
#define H 700
/* the lines the view draws at most (sp-groups-map-view.c) */
#define BUDGET 120

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static guint
person (SpNetwork  *net,
        const char *id,
        const char *dept)
{
  gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

  g_assert_cmpint (n, >=, 0);
  sp_network_node (net, n)->department = sp_network_intern (net, dept);
  return (guint) n;
}

/* Three departments, counted by hand:
 *   A = a0 a1 a2, B = b0 b1, C = c0 (3, 2 and 1 people)
 *   inside A: a0–a1, a1–a2; inside B: b0–b1
 *   A–B: a0→b0 and b0→a0 (one tie, returned), a1→b0        = 2 ties
 *   B–C: b1→c0                                             = 1 tie
 *   A–C: a2→c0 of two types (one pair, counted once)       = 1 tie */
static SpNetwork *
make_hand (void)
{
  SpNetwork *net = sp_network_new ();
  guint a0 = person (net, "a0", "A"), a1 = person (net, "a1", "A"), a2 = person (net, "a2", "A");
  guint b0 = person (net, "b0", "B"), b1 = person (net, "b1", "B"), c0 = person (net, "c0", "C");
  guint other = sp_network_tie_type (net, "advice");

  sp_network_add_tie (net, a0, a1, 0, 1);
  sp_network_add_tie (net, a1, a2, 0, 1);
  sp_network_add_tie (net, b0, b1, 0, 1);
  sp_network_add_tie (net, a0, b0, 0, 1);
  sp_network_add_tie (net, b0, a0, 0, 1);
  sp_network_add_tie (net, a1, b0, 0, 1);
  sp_network_add_tie (net, b1, c0, 0, 1);
  sp_network_add_tie (net, a2, c0, 0, 1);
  sp_network_add_tie (net, a2, c0, other, 1);
  return net;
}

static SpScene *
map_scene (SpNetwork  *net,
           double      width,
           double      height,
           const char *group_by)
{
  SpRenderOptions opt;

  sp_render_options_init (&opt, width, height);
  opt.view = SP_RENDER_VIEW_GROUPS;
  opt.date = "1 January 2026";
  opt.group_by = group_by;
  return sp_scene_new (net, &opt);
}

static guint32
hex (SpColor c)
{
  return ((guint32) lround (CLAMP (c.r, 0, 1) * 255) << 16) |
         ((guint32) lround (CLAMP (c.g, 0, 1) * 255) << 8) |
         (guint32) lround (CLAMP (c.b, 0, 1) * 255);
}

static gboolean
has_label (SpScene    *scene,
           const char *text)
{
  g_autoptr (GPtrArray) labels = sp_scene_placed_labels (scene);

  for (guint k = 0; k < labels->len; k++)
    if (g_str_equal (g_ptr_array_index (labels, k), text))
      return TRUE;
  return FALSE;
}

/* Every drawn line against the matrix, every group against the metrics. */
static void
assert_matches (SpNetwork  *net,
                SpScene    *scene,
                const char *group_by)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpGroupMetrics) gm = sp_group_metrics_compute (net, NULL, NULL, group_by, NULL, &error);
  g_autoptr (SpGroupMatrix) gmx = sp_group_matrix_compute (net, NULL, NULL, group_by, &error);
  guint n_total, n_drawn, pairs = 0, prev = G_MAXUINT;

  g_assert_no_error (error);
  g_assert_cmpuint (sp_scene_groups_map_n_groups (scene), ==, gm->groups->len);
  g_assert_cmpuint (gmx->n, ==, gm->groups->len);
  for (guint k = 0; k < gm->groups->len; k++)
    {
      const SpGroupStats *s = &g_array_index (gm->groups, SpGroupStats, k);
      const char *name;
      guint size;
      double ei;

      g_assert_true (sp_scene_groups_map_group (scene, k, &name, &size, &ei, NULL, NULL, NULL, NULL));
      g_assert_cmpstr (name, ==, s->name);
      g_assert_cmpuint (size, ==, s->size);
      if (s->internal_ties + s->external_ties > 0)
        g_assert_cmpfloat_with_epsilon (ei, s->ei_index, 1e-12);
    }
  for (guint a = 0; a < gmx->n; a++)
    for (guint b = a + 1; b < gmx->n; b++)
      pairs += gmx->ties[a * gmx->n + b] > 0;
  n_drawn = sp_scene_groups_map_n_links (scene, &n_total);
  g_assert_cmpuint (n_total, ==, pairs);
  g_assert_cmpuint (n_drawn, ==, MIN (pairs, BUDGET));
  for (guint k = 0; k < n_drawn; k++)
    {
      guint a, b, ties;

      g_assert_true (sp_scene_groups_map_link (scene, k, &a, &b, &ties, NULL, NULL));
      g_assert_cmpuint (ties, ==, gmx->ties[a * gmx->n + b]);
      g_assert_cmpuint (ties, ==, gmx->ties[b * gmx->n + a]);
      /* the strongest first */
      g_assert_cmpuint (ties, <=, prev);
      prev = ties;
    }
  /* none left out is stronger than the weakest drawn */
  if (n_drawn < n_total)
    for (guint a = 0; a < gmx->n; a++)
      for (guint b = a + 1; b < gmx->n; b++)
        {
          gboolean drawn = FALSE;

          for (guint k = 0; k < n_drawn && !drawn; k++)
            {
              guint la, lb;

              sp_scene_groups_map_link (scene, k, &la, &lb, NULL, NULL, NULL);
              drawn = la == a && lb == b;
            }
          if (!drawn)
            g_assert_cmpuint (gmx->ties[a * gmx->n + b], <=, prev);
        }
}

/* The hand-counted network: sizes, counts, widths, hit tests. */
static void
test_hand (void)
{
  g_autoptr (SpNetwork) net = make_hand ();
  g_autoptr (SpScene) scene = map_scene (net, W, H, NULL);
  const char *names[] = { "A", "B", "C" };
  const guint sizes[] = { 3, 2, 1 };
  guint a, b, ties, n_total;
  double width[3], x, y, r[3];

  g_assert_cmpint (sp_scene_get_view (scene), ==, SP_RENDER_VIEW_GROUPS);
  g_assert_cmpuint (sp_scene_groups_map_n_groups (scene), ==, 3);
  for (guint k = 0; k < 3; k++)
    {
      const char *name;
      guint size;

      g_assert_true (sp_scene_groups_map_group (scene, k, &name, &size, NULL, &x, &y, &r[k], NULL));
      g_assert_cmpstr (name, ==, names[k]);
      g_assert_cmpuint (size, ==, sizes[k]);
      /* what the window opens: the group under its centre */
      g_assert_cmpstr (sp_scene_groups_map_group_at (scene, x, y), ==, names[k]);
      g_assert_cmpstr (sp_scene_groups_map_group_at (scene, x + 0.9 * r[k], y), ==, names[k]);
    }
  /* area ∝ people */
  g_assert_cmpfloat_with_epsilon (r[1] / r[0], sqrt (2.0 / 3.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (r[2] / r[0], sqrt (1.0 / 3.0), 1e-9);
  g_assert_null (sp_scene_groups_map_group_at (scene, 2, 2));
  g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, -1);

  g_assert_cmpuint (sp_scene_groups_map_n_links (scene, &n_total), ==, 3);
  g_assert_cmpuint (n_total, ==, 3);
  /* A–B first (2 ties), then A–C and B–C (1 each, by the groups' order) */
  g_assert_true (sp_scene_groups_map_link (scene, 0, &a, &b, &ties, &width[0], NULL));
  g_assert_cmpuint (a, ==, 0);
  g_assert_cmpuint (b, ==, 1);
  g_assert_cmpuint (ties, ==, 2);
  g_assert_true (sp_scene_groups_map_link (scene, 1, &a, &b, &ties, &width[1], NULL));
  g_assert_cmpuint (a, ==, 0);
  g_assert_cmpuint (b, ==, 2);
  g_assert_cmpuint (ties, ==, 1);
  g_assert_true (sp_scene_groups_map_link (scene, 2, &a, &b, &ties, &width[2], NULL));
  g_assert_cmpuint (a, ==, 1);
  g_assert_cmpuint (b, ==, 2);
  g_assert_cmpuint (ties, ==, 1);
  g_assert_cmpfloat (width[0], >, width[1]);
  g_assert_cmpfloat_with_epsilon (width[1], width[2], 1e-12);
  g_assert_false (sp_scene_groups_map_link (scene, 3, NULL, NULL, NULL, NULL, NULL));
  assert_matches (net, scene, NULL);
  g_assert_true (has_label (scene, "3 links between groups."));
  /* A's size and E-I index (of the group metrics, checked above) under
   * its name, as the map writes them */
  {
    double ei;
    char text[64];

    sp_scene_groups_map_group (scene, 0, NULL, NULL, &ei, NULL, NULL, NULL, NULL);
    g_snprintf (text, sizeof text, "3 people · E-I %s%.2f", ei < 0 ? "−" : "+", fabs (ei));
    g_assert_true (has_label (scene, text));
  }

  /* other views have no groups */
  {
    g_autoptr (SpScene) grid = NULL;
    SpRenderOptions opt;

    sp_render_options_init (&opt, W, H);
    opt.view = SP_RENDER_VIEW_HEAT_TABLE;
    grid = sp_scene_new (net, &opt);
    g_assert_cmpuint (sp_scene_groups_map_n_groups (grid), ==, 0);
    g_assert_null (sp_scene_groups_map_group_at (grid, W / 2, H / 2));
  }
}

static SpNetwork *
load (const char *first,
      ...)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *path = NULL;
  const char *p;
  va_list ap;
  SpNetwork *net;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  va_start (ap, first);
  for (p = first; p != NULL; p = va_arg (ap, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (ap);
  g_ptr_array_add (parts, NULL);
  path = g_build_filenamev ((char **) parts->pdata);
  net = sp_import_file (path, NULL, &error);
  g_assert_no_error (error);
  return net;
}

/* The example organisation by department and Lazega's firm by office. */
static void
test_examples (void)
{
  g_autoptr (SpNetwork) noordhaven = load ("..", "data", "examples", "noordhaven", NULL);
  g_autoptr (SpNetwork) lazega = load ("io", "data", "pajek", "Lazega-Law-Firm.paj", NULL);
  g_autoptr (SpScene) a = map_scene (noordhaven, 1920, 1080, NULL);
  g_autoptr (SpScene) b = map_scene (lazega, 1920, 1080, "office");

  g_assert_cmpuint (sp_scene_groups_map_n_groups (a), ==, 7);
  assert_matches (noordhaven, a, NULL);
  g_assert_cmpuint (sp_scene_groups_map_n_groups (b), ==, 3);
  assert_matches (lazega, b, "office");
  g_assert_true (has_label (b, "Groups by office"));
  /* a number as a group is named with its attribute */
  g_assert_true (has_label (b, "office 1"));
}

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

/* 100 departments of 6 to 15 people, each a ring inside, and 2,000 ties
 * between random pairs of people (a fixed seed). */
static SpNetwork *
make_hundred (void)
{
  SpNetwork *net = sp_network_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);
  guint n = 0;

  for (guint d = 0; d < 100; d++)
    {
      g_autofree char *dept = g_strdup_printf ("Department %02u", d);
      guint size = 6 + (d * 7) % 10, first = n;

      for (guint k = 0; k < size; k++, n++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", n);

          person (net, id, dept);
        }
      for (guint k = 0; k < size; k++)
        sp_network_add_tie (net, first + k, first + (k + 1) % size, 0, 1);
    }
  for (guint t = 0; t < 2000; t++)
    {
      guint a = g_rand_int_range (rand, 0, n), b = g_rand_int_range (rand, 0, n);

      if (a != b)
        sp_network_add_tie (net, a, b, 0, 1);
    }
  return net;
}

/* At 1920×1080 (and presenting, texts half as large again), with a state
 * line: no text meets another, the title or the caption, or leaves the
 * page; at most the budget of lines, and the legend says so. */
static void
test_hundred_groups (void)
{
  g_autoptr (SpNetwork) net = make_hundred ();

  for (int presenting = 0; presenting <= 1; presenting++)
    {
      g_autoptr (SpMeasures) measures = sp_measures_new (net);
      g_autoptr (SpScene) scene = NULL;
      g_autoptr (GArray) labels = NULL;
      g_autofree char *note = NULL;
      SpRenderOptions options;
      SpRect title, caption;
      guint n_total, n_drawn, named = 0;

      sp_render_options_init (&options, 1920, 1080);
      options.view = SP_RENDER_VIEW_GROUPS;
      options.measures = measures;
      options.title = "A hundred departments";
      options.caption = "Showing 100 of 100 departments";
      options.label_scale = presenting ? 1.5 : 1.0;
      scene = sp_scene_new (net, &options);
      if (g_getenv ("SP_TEST_DUMP") != NULL)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
          cairo_t *cr = cairo_create (surface);
          g_autofree char *dump = g_strdup_printf ("%s-%d.png", g_getenv ("SP_TEST_DUMP"), presenting);

          sp_render_scene (cr, scene);
          cairo_surface_write_to_png (surface, dump);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
      g_assert_cmpuint (sp_scene_groups_map_n_groups (scene), ==, 100);
      if (!presenting)
        assert_matches (net, scene, NULL);
      n_drawn = sp_scene_groups_map_n_links (scene, &n_total);
      g_assert_cmpuint (n_drawn, ==, BUDGET);
      g_assert_cmpuint (n_total, >, BUDGET);
      note = g_strdup_printf ("The %u strongest of %u links are drawn.", n_drawn, n_total);
      g_assert_true (has_label (scene, note));

      sp_scene_page_boxes (scene, &title, &caption, NULL, NULL);
      g_assert_false (empty (&title));
      g_assert_false (empty (&caption));
      labels = sp_scene_label_boxes (scene);
      for (guint i = 0; i < labels->len; i++)
        {
          const SpRect *l = &g_array_index (labels, SpRect, i);

          g_assert_cmpfloat (l->x, >=, 0);
          g_assert_cmpfloat (l->y, >=, 0);
          g_assert_cmpfloat (l->x + l->width, <=, 1920);
          g_assert_cmpfloat (l->y + l->height, <=, 1080);
          assert_apart (l, &title, "text and title");
          assert_apart (l, &caption, "text and caption");
          for (guint j = i + 1; j < labels->len; j++)
            assert_apart (l, &g_array_index (labels, SpRect, j), "texts");
        }
      /* no group's circle under another's name */
      for (guint k = 0; k < 100; k++)
        {
          const char *name;
          double x, y, r;
          guint size;

          sp_scene_groups_map_group (scene, k, &name, &size, NULL, &x, &y, &r, NULL);
          {
            g_autofree char *short_form = g_strdup_printf ("%s · %u", name, size);

            named += has_label (scene, name) || has_label (scene, short_form);
          }
          for (guint i = 0; i < labels->len; i++)
            {
              SpRect c = { x - r, y - r, 2 * r, 2 * r };

              assert_apart (&g_array_index (labels, SpRect, i), &c, "text and circle");
            }
        }
      /* most groups are named, the largest first */
      if (named < (presenting ? 25u : 50u))
        g_error ("%s: only %u of 100 groups named", presenting ? "presenting" : "1920×1080", named);
    }
}

/* The PNG export: each group's circle, at its centre, is the diverging
 * colour of its E-I index. */
static void
test_png_fill (void)
{
  g_autoptr (SpNetwork) net = make_hand ();
  g_autoptr (SpScene) scene = map_scene (net, W, H, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("groups-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  SpRenderOptions opt;
  cairo_surface_t *png;
  guchar *data;
  int stride;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_GROUPS;
  opt.date = "1 January 2026";
  g_assert_true (sp_export_file (net, &opt, path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  /* the PNG is drawn at twice the size */
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2 * W);
  data = cairo_image_surface_get_data (png);
  stride = cairo_image_surface_get_stride (png);
  for (guint k = 0; k < sp_scene_groups_map_n_groups (scene); k++)
    {
      double x, y, ei;
      guint32 rgb, p;

      g_assert_true (sp_scene_groups_map_group (scene, k, NULL, NULL, &ei, &x, &y, NULL, &rgb));
      g_assert_false (isnan (ei));
      g_assert_cmphex (rgb, ==, hex (sp_palette_diverging ((ei + 1) / 2)));
      p = *(guint32 *) (gpointer) (data + (int) (2 * y) * stride + 4 * (int) (2 * x));
      for (guint c = 0; c < 3; c++)
        g_assert_cmpint (abs ((int) ((p >> (8 * c)) & 0xff) - (int) ((rgb >> (8 * c)) & 0xff)), <=, 2);
    }
  cairo_surface_destroy (png);
  g_unlink (path);
  g_rmdir (dir);
}

static void
collect_texts (xmlNode   *node,
               GPtrArray *texts)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (node->name, (const xmlChar *) "text"))
        {
          xmlChar *content = xmlNodeGetContent (node);

          g_ptr_array_add (texts, g_strdup ((const char *) content));
          xmlFree (content);
        }
      else
        collect_texts (node->children, texts);
    }
}

/* The SVG export's texts are <text> elements: every department's name. */
static void
test_svg_names (void)
{
  g_autoptr (SpNetwork) net = load ("..", "data", "examples", "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("groups-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.svg", NULL);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  g_autoptr (xmlDoc) doc = NULL;
  SpRenderOptions opt;

  sp_render_options_init (&opt, 1920, 1080);
  opt.view = SP_RENDER_VIEW_GROUPS;
  g_assert_true (sp_export_file (net, &opt, path, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  collect_texts (xmlDocGetRootElement (doc), texts);
  g_assert_cmpuint (departments->len, ==, 7);
  for (guint k = 0; k < departments->len; k++)
    if (!g_ptr_array_find_with_equal_func (texts, g_ptr_array_index (departments, k), g_str_equal, NULL))
      g_error ("no <text> for %s", (const char *) g_ptr_array_index (departments, k));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Departments", g_str_equal, NULL));
  g_unlink (path);
  g_rmdir (dir);
}

/* Data without departments: the view says so, and nothing is picked. */
static void
test_no_groups (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpScene) scene = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);

  sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  sp_network_add_node (net, "b", SP_NODE_PERSON, NULL);
  sp_network_add_tie (net, 0, 1, 0, 1);
  scene = map_scene (net, 400, 300, NULL);
  g_assert_cmpuint (sp_scene_groups_map_n_groups (scene), ==, 0);
  g_assert_null (sp_scene_groups_map_group_at (scene, 200, 150));
  sp_render_scene (cr, scene);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/groups-map/hand-counted", test_hand);
  g_test_add_func ("/groups-map/examples-match-the-matrix", test_examples);
  g_test_add_func ("/groups-map/hundred-groups-at-1920x1080", test_hundred_groups);
  g_test_add_func ("/groups-map/png-fill", test_png_fill);
  g_test_add_func ("/groups-map/svg-names", test_svg_names);
  g_test_add_func ("/groups-map/no-groups", test_no_groups);
  return g_test_run ();
}
