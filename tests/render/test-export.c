/* test-export.c — PNG, SVG and PDF files, written completely or not at all */
#define _GNU_SOURCE
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <math.h>
#include <libxml/tree.h>
#include <string.h>
#include <unistd.h>

#include "sp-render.h"
#include "sp-svg-text.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

typedef struct {
  char      *dir;
  SpNetwork *net;
  SpRenderOptions options;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);

  f->net = sp_network_new ();
  sp_network_set_title (f->net, "Export test");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (f->net, id, SP_NODE_PERSON, NULL);

      sp_network_node (f->net, n)->department = sp_network_intern (f->net, i % 2 ? "Sales" : "Finance");
    }
  for (guint i = 0; i < 12; i++)
    sp_network_add_tie (f->net, i, (i + 1) % 12, 0, 1);
  sp_network_ensure_positions (f->net);
  for (guint i = 0; i < 12; i++)
    {
      f->net->x[i] = 100 * cos (i * G_PI / 6);
      f->net->y[i] = 100 * sin (i * G_PI / 6);
    }
  f->net->has_layout = TRUE;

  sp_render_options_init (&f->options, 400, 300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  sp_network_unref (f->net);
}

/* The folder holds exactly @expected (no temporary files left). */
static void
assert_folder (Fixture    *f,
               const char *expected)
{
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, expected);
      n++;
    }
  g_assert_cmpuint (n, ==, expected != NULL ? 1 : 0);
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.png", NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (sp_export_file (f->net, &f->options, path, &error));
  g_assert_no_error (error);
  assert_folder (f, "out.png");

  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  cairo_surface_destroy (image);

  /* overwriting works too */
  g_assert_true (sp_export_file (f->net, &f->options, path, &error));
  assert_folder (f, "out.png");
}

static void
test_svg (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.svg", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  xmlNode *root;
  xmlChar *width, *height;

  g_assert_true (sp_export_file (f->net, &f->options, path, &error));
  g_assert_no_error (error);
  assert_folder (f, "out.svg");

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  width = xmlGetProp (root, (const xmlChar *) "width");
  height = xmlGetProp (root, (const xmlChar *) "height");
  g_assert_nonnull (width);
  g_assert_nonnull (height);
  g_assert_cmpfloat (g_ascii_strtod ((const char *) width, NULL), ==, 400);
  g_assert_cmpfloat (g_ascii_strtod ((const char *) height, NULL), ==, 300);
  xmlFree (width);
  xmlFree (height);
}

/* The contents of every <text> under @node. */
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

/* An SVG's texts are <text> elements: the title as shown (cut with an
 * ellipsis where the PNG cuts it), escaped, and no glyph outlines. */
static void
test_svg_text (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "text.svg", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  gboolean title = FALSE;

  f->options.title = "R&D <Noord> \"quoted\" and a title far too long for a drawing of 400 by 300";
  g_assert_true (sp_export_file (f->net, &f->options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "<use"));
  g_assert_null (strstr (contents, "id=\"glyph"));

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  collect_texts (xmlDocGetRootElement (doc), texts);
  g_assert_cmpuint (texts->len, >, 0);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *t = g_ptr_array_index (texts, i);

      if (g_str_has_prefix (t, "R&D <Noord> \"quoted\""))
        {
          g_assert_true (g_str_has_suffix (t, "…"));
          g_assert_cmpuint (strlen (t), <, strlen (f->options.title));
          title = TRUE;
        }
    }
  g_assert_true (title);
}

/* Anywhere but an SVG export the helpers draw what Pango draws. */
static void
test_show_layout_pixels (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  g_autoptr (PangoLayout) layout = pango_layout_new (context);
  cairo_surface_t *a = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 60);
  cairo_surface_t *b = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 60);
  cairo_t *cr;

  pango_layout_set_text (layout, "Jeroen Bakker", -1);
  for (guint k = 0; k < 2; k++)
    {
      cr = cairo_create (k == 0 ? a : b);
      cairo_move_to (cr, 10, 10);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 3);
      if (k == 0)
        sp_render_layout_halo (cr, layout);
      else
        {
          pango_cairo_layout_path (cr, layout);
          cairo_stroke (cr);
        }
      cairo_move_to (cr, 10, 10);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.2);
      if (k == 0)
        sp_render_show_layout (cr, layout);
      else
        pango_cairo_show_layout (cr, layout);
      cairo_destroy (cr);
    }
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  g_assert_cmpmem (cairo_image_surface_get_data (a), 60 * cairo_image_surface_get_stride (a),
                   cairo_image_surface_get_data (b), 60 * cairo_image_surface_get_stride (b));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  g_object_unref (context);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.PDF", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (sp_export_file (f->net, &f->options, path, &error));
  g_assert_no_error (error);
  assert_folder (f, "out.PDF");

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* binary streams hold NUL bytes: memmem, not strstr */
  g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 400 300 ]", 25));
}

static void
test_unknown_extension (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.bmp", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (sp_export_file (f->net, &f->options, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED);
  assert_folder (f, NULL);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "out.png", NULL);
  g_autofree char *expected = g_strdup_printf ("cannot write “%s”: ", missing);
  g_autoptr (GError) error = NULL;

  g_assert_false (sp_export_file (f->net, &f->options, missing, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, expected));
  assert_folder (f, NULL);

  /* a read-only folder (root may write anyway) */
  if (geteuid () != 0)
    {
      g_autofree char *ro = g_build_filename (f->dir, "out.pdf", NULL);

      g_clear_error (&error);
      g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
      g_assert_false (sp_export_file (f->net, &f->options, ro, &error));
      g_assert_error (error, SP_ERROR, SP_ERROR_IO);
      g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
      assert_folder (f, NULL);
    }

  /* a "folder" that is a file */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_clear_error (&error);
      g_assert_false (sp_export_file (f->net, &f->options, "/dev/full/out.png", &error));
      g_assert_error (error, SP_ERROR, SP_ERROR_IO);
    }
}

/* Every format, light and dark, anonymised, with a selection. */
static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  const char *names[] = { "a.png", "b.svg", "c.pdf" };

  f->options.dark = TRUE;
  f->options.anonymize = TRUE;
  f->options.selected = 3;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autoptr (GError) error = NULL;

      g_assert_true (sp_export_file (f->net, &f->options, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export/png", test_png);
  ADD ("/export/svg", test_svg);
  ADD ("/export/svg-text", test_svg_text);
  ADD ("/export/pdf", test_pdf);
  ADD ("/export/unknown-extension", test_unknown_extension);
  ADD ("/export/unwritable", test_unwritable);
  ADD ("/export/variants", test_variants);
#undef ADD
  g_test_add_func ("/export/show-layout-pixels", test_show_layout_pixels);

  return g_test_run ();
}
