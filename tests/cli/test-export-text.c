/* Texts stay texts in exports: an SVG of the bundled example holds its
 * names as <text> elements (no glyph outlines), in every view; a PDF's
 * text can be extracted. */
#define _GNU_SOURCE
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "cli-run.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

typedef struct {
  const char *view;
  const char *name;     /* a whole <text> */
  const char *heading;  /* a legend's or table's heading, a whole <text> */
  const char *part;     /* in some <text>, or NULL */
} View;

static const View views[] = {
  { "network", "Jeroen Bakker", "Departments", NULL },
  { "clients", "Waddenwind Offshore", "Clients", "only Fenna Hoekstra" },
  { "heat-table", "Board", "Ties inside", "Jeroen Bakker" },
  { "quadrants", "Jeroen Bakker", "Departments", "Hidden talent" },
};

static const char *
example (void)
{
  return g_test_get_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
}

typedef struct {
  GPtrArray *texts;   /* char *: each <text>'s content */
  guint      n_use;
  guint      n_glyphs;  /* <symbol id="glyph…"> */
  guint      n_markers;
} Census;

static void
census_walk (xmlNode *node,
             Census  *c)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrEqual (node->name, (const xmlChar *) "text"))
        {
          xmlChar *content = xmlNodeGetContent (node);

          g_ptr_array_add (c->texts, g_strdup ((const char *) content));
          xmlFree (content);
        }
      else if (xmlStrEqual (node->name, (const xmlChar *) "use"))
        c->n_use++;
      else if (xmlStrEqual (node->name, (const xmlChar *) "symbol"))
        {
          xmlChar *id = xmlGetProp (node, (const xmlChar *) "id");

          if (id != NULL && g_str_has_prefix ((const char *) id, "glyph"))
            c->n_glyphs++;
          xmlFree (id);
        }
      else if (xmlStrEqual (node->name, (const xmlChar *) "path"))
        {
          xmlChar *style = xmlGetProp (node, (const xmlChar *) "style");

          /* the placeholders sp-svg-text.c draws */
          if (style != NULL && strstr ((const char *) style, "fill-opacity:0.123457") != NULL)
            c->n_markers++;
          xmlFree (style);
        }
      census_walk (node->children, c);
    }
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text,
          gboolean    whole)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *t = g_ptr_array_index (texts, i);

      if (whole ? strcmp (t, text) == 0 : strstr (t, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_svg (gconstpointer data)
{
  const View *v = data;
  g_autofree char *name = g_strdup_printf ("noordhaven-%s.svg", v->view);
  g_autofree char *svg = tmp_path (name);
  g_autofree char *view_arg = g_strdup_printf ("--view=%s", v->view);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", svg);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (xmlDoc) doc = NULL;
  Census c = { texts, 0, 0, 0 };
  RunResult r = run (export_arg, view_arg, example (), NULL);

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);

  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  census_walk (xmlDocGetRootElement (doc), &c);
  g_test_message ("%s: %u <text>", v->view, texts->len);
  g_assert_cmpuint (texts->len, >=, 20);
  g_assert_cmpuint (c.n_use, ==, 0);
  g_assert_cmpuint (c.n_glyphs, ==, 0);
  g_assert_cmpuint (c.n_markers, ==, 0);
  g_assert_true (has_text (texts, v->name, TRUE));
  g_assert_true (has_text (texts, v->heading, TRUE));
  if (v->part != NULL)
    g_assert_true (has_text (texts, v->part, FALSE));
  g_unlink (svg);
}

/* A what-if export says whom it takes out, in its caption and its
 * legend (E002 is Mehmet van der Linden in people.csv); anonymised, it
 * says the pseudonym and never the name. */
static GPtrArray *
svg_texts (const char *file_name,
           const char *arg1,
           const char *arg2)
{
  g_autofree char *svg = tmp_path (file_name);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", svg);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (xmlDoc) doc = NULL;
  Census c = { texts, 0, 0, 0 };
  RunResult r = run (export_arg, arg1, arg2, example (), NULL);

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  census_walk (xmlDocGetRootElement (doc), &c);
  g_unlink (svg);
  return texts;
}

/* A survey answered by 73%: the quadrants say how far they can be
 * trusted (the folder opens with its survey as the ties). */
static void
test_svg_quadrants_caution (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "survey-noordhaven", NULL);
  g_autofree char *svg = tmp_path ("survey-quadrants.svg");
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", svg);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (xmlDoc) doc = NULL;
  Census c = { texts, 0, 0, 0 };
  RunResult r = run (export_arg, "--view=quadrants", folder, NULL);

  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  census_walk (xmlDocGetRootElement (doc), &c);
  g_assert_true (has_text (texts, "Survey: 109 of 150 answered (73%).", FALSE));
  g_unlink (svg);
}

/* --view=groups: the department map, its group names as text, its
 * legend; a typo in the view's name is a usage error naming the views. */
static void
test_svg_groups_map (void)
{
  g_autoptr (GPtrArray) texts = svg_texts ("groups.svg", "--view=groups", "--ties=advice");
  RunResult r = run ("--export=/nonexistent/x.png", "--view=group", example (), NULL);

  g_assert_true (has_text (texts, "Departments", TRUE));
  g_assert_true (has_text (texts, "Engineering", TRUE));
  g_assert_true (has_text (texts, "Circle area: the group's people", TRUE));
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "talent-grid or groups"));
  run_result_clear (&r);
}

static void
test_svg_what_if_named (void)
{
  g_autoptr (GPtrArray) named = svg_texts ("whatif.svg", "--remove=E002", "--ties=advice");
  g_autoptr (GPtrArray) anonymous = svg_texts ("whatif-anonymous.svg", "--remove=E002", "--anonymize");

  g_assert_true (has_text (named, "What if Mehmet van der Linden leaves · Ties: advice (1 of 4 types)", TRUE));
  g_assert_true (has_text (named, "Taken out: Mehmet van der Linden", TRUE));
  g_assert_true (has_text (anonymous, "What if Person 2 leaves", TRUE));
  g_assert_true (has_text (anonymous, "Taken out: Person 2", TRUE));
  g_assert_false (has_text (anonymous, "Mehmet", FALSE));
}

/* The <text> of a name: a halo as its stroke, under the fill, and the
 * font the PNG draws with. */
static void
test_svg_attributes (void)
{
  g_autofree char *svg = tmp_path ("noordhaven-attributes.svg");
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", svg);
  g_autoptr (xmlDoc) doc = NULL;
  RunResult r = run (export_arg, example (), NULL);
  xmlNode *found = NULL;
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();

  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);

  g_ptr_array_add (stack, xmlDocGetRootElement (doc));
  while (found == NULL && stack->len > 0)
    {
      xmlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      for (; node != NULL && found == NULL; node = node->next)
        {
          if (node->type != XML_ELEMENT_NODE)
            continue;
          if (xmlStrEqual (node->name, (const xmlChar *) "text"))
            {
              xmlChar *content = xmlNodeGetContent (node);

              if (g_strcmp0 ((const char *) content, "Jeroen Bakker") == 0)
                found = node;
              xmlFree (content);
            }
          else if (node->children != NULL)
            g_ptr_array_add (stack, node->children);
        }
    }
  g_assert_nonnull (found);

  {
    const char *expected[][2] = {
      { "paint-order", "stroke" },
      { "stroke", "#ffffff" },
      { "fill", "#1f2328" },
      { "font-weight", "700" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        xmlChar *value = xmlGetProp (found, (const xmlChar *) expected[i][0]);

        g_assert_cmpstr ((const char *) value, ==, expected[i][1]);
        xmlFree (value);
      }
  }
  {
    xmlChar *family = xmlGetProp (found, (const xmlChar *) "font-family");
    xmlChar *x = xmlGetProp (found, (const xmlChar *) "x");
    xmlChar *length = xmlGetProp (found, (const xmlChar *) "textLength");

    g_assert_nonnull (strstr ((const char *) family, "Cantarell"));
    g_assert_nonnull (x);
    g_assert_cmpfloat (g_ascii_strtod ((const char *) length, NULL), >, 0);
    xmlFree (family);
    xmlFree (x);
    xmlFree (length);
  }
  g_unlink (svg);
}

/* Cairo's PDFs carry a ToUnicode map for their fonts: names can be
 * searched and copied.  With poppler's pdftotext, the text itself. */
static void
test_pdf (gconstpointer user_data)
{
  const View *v = user_data;
  g_autofree char *name = g_strdup_printf ("noordhaven-%s.pdf", v->view);
  g_autofree char *pdf = tmp_path (name);
  g_autofree char *view_arg = g_strdup_printf ("--view=%s", v->view);
  g_autofree char *export_arg = g_strdup_printf ("--export=%s", pdf);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *data = NULL;
  gsize length = 0;
  RunResult r = run (export_arg, view_arg, example (), NULL);

  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_true (g_file_get_contents (pdf, &data, &length, NULL));
  /* memmem: the streams hold NULs */
  g_assert_nonnull (memmem (data, length, "/ToUnicode", strlen ("/ToUnicode")));

  if (pdftotext == NULL)
    g_test_message ("no pdftotext: the text itself not checked");
  else
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };
      g_autofree char *out = NULL;
      g_autoptr (GError) error = NULL;
      int status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                    &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, v->name));
      g_assert_nonnull (strstr (out, v->heading));
    }
  g_unlink (pdf);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *path = g_strdup_printf ("/export-text/svg/%s", views[i].view);

      g_autofree char *pdf_path = g_strdup_printf ("/export-text/pdf/%s", views[i].view);

      g_test_add_data_func (path, &views[i], test_svg);
      g_test_add_data_func (pdf_path, &views[i], test_pdf);
    }
  g_test_add_func ("/export-text/svg/attributes", test_svg_attributes);
  g_test_add_func ("/export-text/svg/what-if-named", test_svg_what_if_named);
  g_test_add_func ("/export-text/svg/quadrants-survey-caution", test_svg_quadrants_caution);
  g_test_add_func ("/export-text/svg/groups-map", test_svg_groups_map);
  return g_test_run ();
}
