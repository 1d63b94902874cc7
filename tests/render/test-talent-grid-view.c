/* test-talent-grid-view.c — the 9-box grid as a scene: its boxes and
 * counts, what can be pointed at, no text over another at slide sizes,
 * a box's fill in a PNG and the box names as SVG text.
 *
 * The small organisation (org-fixture.h): ten team members at 3 and 3 and
 * the broker b at 3.5 and 3.5 are core players (medium on both, the
 * thirds of 1–5 cutting at 2.33 and 3.67); h at 4.8 and 4.9 is the one
 * star.  The example organisation (data/examples/noordhaven) has five
 * people without a score and 57 core players, too many to name in a box
 * when presenting (texts half as large again).
 */
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>

#include "sp-render.h"
#include "sp-measures.h"
#include "sp-import.h"
#include "sp-layout.h"
#include "org-fixture.h"

#define W 1000
#define H 700
#define B 10
#define HT 11

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

#define CORE SP_TALENT_BOX (SP_TALENT_LEVEL_MEDIUM, SP_TALENT_LEVEL_MEDIUM)
#define STAR SP_TALENT_BOX (SP_TALENT_LEVEL_HIGH, SP_TALENT_LEVEL_HIGH)
#define RISK SP_TALENT_BOX (SP_TALENT_LEVEL_LOW, SP_TALENT_LEVEL_LOW)

static SpScene *
grid_scene (SpNetwork *net,
            double     width,
            double     height)
{
  SpRenderOptions opt;

  sp_render_options_init (&opt, width, height);
  opt.view = SP_RENDER_VIEW_TALENT_GRID;
  opt.date = "1 January 2026";
  return sp_scene_new (net, &opt);
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

/* The boxes' contents and counts, read from the scene. */
static void
test_scene_boxes (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = grid_scene (net, W, H);
  const SpTalentGrid *grid = sp_scene_get_talent_grid (scene);
  guint n, shown, total = 0;
  SpRect core, star;

  g_assert_cmpint (sp_scene_get_view (scene), ==, SP_RENDER_VIEW_TALENT_GRID);
  g_assert_nonnull (grid);
  g_assert_true (sp_scene_talent_grid_box (scene, CORE, &core, NULL, &n, &shown));
  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpuint (shown, ==, 11);
  g_assert_true (sp_scene_talent_grid_box (scene, STAR, &star, NULL, &n, &shown));
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (shown, ==, 1);
  g_assert_cmpuint (g_array_index (grid->boxes[STAR].people, guint, 0), ==, HT);
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    {
      g_assert_true (sp_scene_talent_grid_box (scene, b, NULL, NULL, &n, NULL));
      total += n;
    }
  g_assert_cmpuint (total, ==, 12);
  g_assert_cmpuint (grid->missing->len, ==, 0);
  /* performance across, potential up: the star at the top right of the
   * core players */
  g_assert_cmpfloat (star.x, >, core.x + core.width);
  g_assert_cmpfloat (star.y + star.height, <, core.y);

  /* the nine names, the counts and the people are texts of the scene */
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    g_assert_true (has_label (scene, sp_talent_box_label (b)));
  g_assert_true (has_label (scene, "11"));
  g_assert_true (has_label (scene, "h"));
  g_assert_true (has_label (scene, "x0"));
  /* the people named are the only nodes drawn */
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), ==, 12);
  g_assert_false (sp_scene_get_transform (scene, &(double) { 0 }, &(double) { 0 }, &(double) { 0 }));
}

/* A person is picked by their glyph or their name; a box by any point
 * in it. */
static void
test_hit_test (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = grid_scene (net, W, H);
  double x, y, r;
  SpRect star;

  g_assert_true (sp_scene_node_position (scene, HT, &x, &y, &r));
  g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, HT);
  /* on the name, right of the glyph */
  g_assert_cmpint (sp_scene_hit_test (scene, x + r + 8, y), ==, HT);
  g_assert_true (sp_scene_node_position (scene, B, &x, &y, &r));
  g_assert_cmpint (sp_scene_hit_test (scene, x, y), ==, B);

  g_assert_true (sp_scene_talent_grid_box (scene, STAR, &star, NULL, NULL, NULL));
  g_assert_cmpint (sp_scene_talent_grid_box_at (scene, star.x + star.width / 2, star.y + star.height - 2), ==, STAR);
  /* an empty spot of the star box names nobody */
  g_assert_cmpint (sp_scene_hit_test (scene, star.x + star.width - 4, star.y + star.height - 4), ==, -1);
  g_assert_cmpint (sp_scene_talent_grid_box_at (scene, 2, 2), ==, -1);
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

static gboolean
contains (const SpRect *outer,
          const SpRect *inner)
{
  return inner->x >= outer->x - 0.01 && inner->y >= outer->y - 0.01 &&
         inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y + inner->height <= outer->y + outer->height + 0.01;
}

static SpNetwork *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  SpNetwork *net = sp_import_file (path, NULL, &error);

  g_assert_no_error (error);
  return net;
}

/* At 1920×1080 and 1280×800, presenting or not, with a state line: no
 * text meets another, the title or the caption; every text stays on the
 * page; the texts of a box stay in it; a box too full says "+N more". */
static void
test_page_layout (void)
{
  g_autoptr (SpNetwork) net = load_example ();
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 } };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (int presenting = 0; presenting <= 1; presenting++)
      {
        g_autoptr (SpMeasures) measures = sp_measures_new (net);
        g_autoptr (SpScene) scene = NULL;
        g_autoptr (GArray) labels = NULL;
        const SpTalentGrid *grid;
        SpRenderOptions options;
        SpRect title, caption, core, box[SP_TALENT_N_BOXES];
        guint n, shown, named = 0;

        sp_render_options_init (&options, sizes[k][0], sizes[k][1]);
        options.view = SP_RENDER_VIEW_TALENT_GRID;
        options.measures = measures;
        options.title = "Noordhaven";
        options.caption = "Showing 6 of 7 departments · 135 of 150 people";
        options.label_scale = presenting ? 1.5 : 1.0;
        scene = sp_scene_new (net, &options);
        if (g_getenv ("SP_TEST_DUMP") != NULL)
          {
            cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[k][0], sizes[k][1]);
            cairo_t *cr = cairo_create (surface);
            g_autofree char *dump = g_strdup_printf ("%s-%d-%d.png", g_getenv ("SP_TEST_DUMP"), sizes[k][0], presenting);

            sp_render_scene (cr, scene);
            cairo_surface_write_to_png (surface, dump);
            cairo_destroy (cr);
            cairo_surface_destroy (surface);
          }
        grid = sp_scene_get_talent_grid (scene);
        g_assert_nonnull (grid);
        g_assert_cmpuint (grid->missing->len, ==, 5);
        sp_scene_page_boxes (scene, &title, &caption, NULL, NULL);
        g_assert_false (empty (&title));
        g_assert_false (empty (&caption));
        for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
          {
            g_assert_true (sp_scene_talent_grid_box (scene, b, &box[b], NULL, &n, &shown));
            assert_apart (&box[b], &title, "box and title");
            assert_apart (&box[b], &caption, "box and caption");
            for (guint c = 0; c < b; c++)
              assert_apart (&box[b], &box[c], "boxes");
            named += shown;
          }
        /* presenting, the texts are half as large again: fewer names */
        if (named <= (presenting ? 15u : 60u))
          g_error ("%d × %d%s: %u named", sizes[k][0], sizes[k][1], presenting ? " presenting" : "", named);

        labels = sp_scene_label_boxes (scene);
        g_assert_cmpuint (labels->len, >, 50);
        for (guint i = 0; i < labels->len; i++)
          {
            const SpRect *l = &g_array_index (labels, SpRect, i);
            guint in = 0;

            g_assert_cmpfloat (l->x, >=, 0);
            g_assert_cmpfloat (l->y, >=, 0);
            g_assert_cmpfloat (l->x + l->width, <=, sizes[k][0]);
            g_assert_cmpfloat (l->y + l->height, <=, sizes[k][1]);
            assert_apart (l, &title, "text and title");
            assert_apart (l, &caption, "text and caption");
            for (guint j = i + 1; j < labels->len; j++)
              assert_apart (l, &g_array_index (labels, SpRect, j), "texts");
            /* inside a box or outside every box, never across an edge */
            for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
              if (sp_rect_intersects (l, &box[b]))
                {
                  g_assert_true (contains (&box[b], l));
                  in++;
                }
            g_assert_cmpuint (in, <=, 1);
          }

        /* 57 core players do not fit when presenting: the rest are counted */
        g_assert_true (sp_scene_talent_grid_box (scene, CORE, &core, NULL, &n, &shown));
        g_assert_cmpuint (n, ==, 57);
        if (shown < n)
          {
            g_autofree char *more = g_strdup_printf ("+%u more", n - shown);

            g_assert_true (has_label (scene, more));
          }
        if (presenting)
          g_assert_cmpuint (shown, <, n);
      }
}

/* The PNG export: an empty box is its fill, the star box a deeper tint. */
static void
test_png_fill (void)
{
  g_autoptr (SpNetwork) net = make_org (4.5);
  g_autoptr (SpScene) scene = grid_scene (net, W, H);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("talent-grid-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "grid.png", NULL);
  SpRenderOptions opt;
  cairo_surface_t *png;
  guint32 risk_rgb, star_rgb;
  SpRect risk, star;
  guchar *data;
  int stride;

  sp_render_options_init (&opt, W, H);
  opt.view = SP_RENDER_VIEW_TALENT_GRID;
  opt.date = "1 January 2026";
  g_assert_true (sp_export_file (net, &opt, path, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  /* the PNG is drawn at twice the size */
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 2 * W);
  data = cairo_image_surface_get_data (png);
  stride = cairo_image_surface_get_stride (png);

  g_assert_true (sp_scene_talent_grid_box (scene, RISK, &risk, &risk_rgb, NULL, NULL));
  g_assert_true (sp_scene_talent_grid_box (scene, STAR, &star, &star_rgb, NULL, NULL));
  g_assert_cmpuint (risk_rgb, !=, star_rgb);
  g_assert_cmpuint (risk_rgb, !=, 0xFFFFFF);
  {
    /* the middle of the empty box, and the bottom right of the star's */
    const struct { double x, y; guint32 rgb; } at[] = {
      { risk.x + risk.width / 2, risk.y + risk.height * 0.7, risk_rgb },
      { star.x + star.width - 8, star.y + star.height - 8, star_rgb },
    };

    for (guint k = 0; k < G_N_ELEMENTS (at); k++)
      {
        guint32 p = *(guint32 *) (gpointer) (data + (int) (2 * at[k].y) * stride + 4 * (int) (2 * at[k].x));

        for (guint c = 0; c < 3; c++)
          g_assert_cmpint (abs ((int) ((p >> (8 * c)) & 0xff) - (int) ((at[k].rgb >> (8 * c)) & 0xff)), <=, 2);
      }
  }
  /* the star box is bluer than the talent risk box (a deeper tint) */
  g_assert_cmpint ((int) ((star_rgb >> 16) & 0xff), <, (int) ((risk_rgb >> 16) & 0xff));
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

/* The SVG export's texts are <text> elements: the nine box names, the
 * people, the legend. */
static void
test_svg_names (void)
{
  g_autoptr (SpNetwork) net = load_example ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("talent-grid-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "grid.svg", NULL);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (xmlDoc) doc = NULL;
  SpRenderOptions opt;

  g_assert_true (sp_layout_run (net, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error));
  sp_render_options_init (&opt, 1920, 1080);
  opt.view = SP_RENDER_VIEW_TALENT_GRID;
  g_assert_true (sp_export_file (net, &opt, path, &error));
  g_assert_no_error (error);
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  collect_texts (xmlDocGetRootElement (doc), texts);
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    g_assert_true (g_ptr_array_find_with_equal_func (texts, sp_talent_box_label (b), g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Network position", g_str_equal, NULL));
  /* the CEO (performance 4.2, potential 3.6): a high performer, named */
  g_assert_true (g_ptr_array_find_with_equal_func (texts, "Marieke van Houten", g_str_equal, NULL));
  g_unlink (path);
  g_rmdir (dir);
}

/* Data without the scores: the view says so, and nothing can be picked. */
static void
test_no_scores (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpScene) scene = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
  cairo_t *cr = cairo_create (surface);

  sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  sp_network_add_node (net, "b", SP_NODE_PERSON, NULL);
  sp_network_add_tie (net, 0, 1, 0, 1);
  scene = grid_scene (net, 400, 300);
  g_assert_null (sp_scene_get_talent_grid (scene));
  g_assert_false (sp_scene_talent_grid_box (scene, 0, NULL, NULL, NULL, NULL));
  g_assert_cmpint (sp_scene_hit_test (scene, 200, 150), ==, -1);
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
  g_test_add_func ("/talent-grid-view/boxes", test_scene_boxes);
  g_test_add_func ("/talent-grid-view/hit-test", test_hit_test);
  g_test_add_func ("/talent-grid-view/page-layout-at-slide-size", test_page_layout);
  g_test_add_func ("/talent-grid-view/png-fill", test_png_fill);
  g_test_add_func ("/talent-grid-view/svg-names", test_svg_names);
  g_test_add_func ("/talent-grid-view/no-scores", test_no_scores);
  return g_test_run ();
}
