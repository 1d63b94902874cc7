/* Tests of the headless command line: exit status, messages, outputs. */
#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

#include "cli-run.h"

static void
test_usage_errors (void)
{
  RunResult r = run ("--export=x.png", NULL);

  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "no input file"));
  run_result_clear (&r);

  r = run ("--export=x.png", "--layout=spring", g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL), NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "spring"));
  run_result_clear (&r);

  r = run ("--export=x.png", "--no-such-option", "f", NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_result_clear (&r);

  r = run ("--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "--export"));
  g_assert_nonnull (strstr (r.out, "--metrics"));
  run_result_clear (&r);
}

static void
test_bad_input (void)
{
  const char *bad = g_test_get_filename (G_TEST_DIST, "cli", "data", "bad-ties.csv", NULL);
  g_autofree char *out = tmp_path ("bad.png");
  g_autofree char *prefix = g_strdup_printf ("%s:3: ", bad);
  RunResult r = run ("--export", out, bad, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, prefix));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run_result_clear (&r);

  r = run ("--metrics=-", "/nonexistent/people.csv", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "/nonexistent/people.csv"));
  run_result_clear (&r);

  r = run ("--metrics=-", "--ties=gossip",
           g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL), NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "gossip"));
  run_result_clear (&r);

  r = run ("--metrics=-", "--remove=nobody",
           g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL), NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "nobody"));
  run_result_clear (&r);
}

static void
test_export_formats (void)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_autofree char *png = tmp_path ("team.png");
  g_autofree char *svg = tmp_path ("team.svg");
  g_autofree char *pdf = tmp_path ("team.pdf");
  g_autofree char *pdf_data = NULL;
  cairo_surface_t *surface;
  xmlDocPtr doc;
  xmlNodePtr root;
  RunResult r;

  r = run ("--export", png, "--width=800", "--height=500", "--title=Team", team, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  /* print quality: twice the requested size */
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1000);
  cairo_surface_destroy (surface);

  r = run ("--export", svg, "--layout=neato", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  doc = xmlReadFile (svg, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  xmlFreeDoc (doc);

  r = run ("--export", pdf, "--anonymize", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_true (g_file_get_contents (pdf, &pdf_data, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf_data, "%PDF-"));
}

static void
test_metrics_stdout (void)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  RunResult r = run ("--metrics=-", team, NULL);
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "id,kind,name,department,degree,"));
  /* header, 6 people, 2 clients, and the empty string after the last newline */
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  run_result_clear (&r);

  /* what-if: without p3 the person has no row values, Engineering loses its head */
  r = run ("--group-metrics=-", "--remove=p3", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Engineering"));
  run_result_clear (&r);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/metrics-stdout", test_metrics_stdout);
  return g_test_run ();
}
