/* Tests of the headless command line: exit status, messages, outputs. */
#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *r)
{
  g_free (r->out);
  g_free (r->err);
}

/* Runs the samenspel binary with no display at all. */
static RunResult
run (const char *first, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  RunResult r = { 0 };
  va_list ap;
  int wait_status = 0;

  g_ptr_array_add (args, (gpointer) g_getenv ("SAMENSPEL"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &r.out, &r.err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r.status = WEXITSTATUS (wait_status);
  return r;
}

static char *
tmp_path (const char *name)
{
  static char *dir = NULL;

  if (dir == NULL)
    dir = g_dir_make_tmp ("samenspel-cli-XXXXXX", NULL);
  return g_build_filename (dir, name, NULL);
}

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


/* 20,000 people without ties (low survey response) export in seconds,
 * with every engine (issue 12, item 6; before: past 200 s). */
static void
test_export_isolates (void)
{
  const char *engines[] = { "sfdp", "neato", "fdp", "dot", "circo", "twopi" };
  g_autofree char *dir = tmp_path ("isolates");
  g_autofree char *people = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *ties = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (GString) csv = g_string_new ("id,name,department\n");
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "P%05u,Person %u,Dept %u\n", i, i, i % 7);
  g_assert_true (g_file_set_contents (people, csv->str, csv->len, &error));
  g_assert_true (g_file_set_contents (ties, "source,target,weight\n", -1, &error));
  g_assert_no_error (error);

  for (guint e = 0; e < G_N_ELEMENTS (engines); e++)
    {
      g_autofree char *layout = g_strdup_printf ("--layout=%s", engines[e]);
      g_autofree char *png = tmp_path ("isolates.png");
      g_autoptr (GTimer) timer = g_timer_new ();
      RunResult r = run ("--export", png, layout, dir, NULL);

      g_test_message ("%s: %.1f s", engines[e], g_timer_elapsed (timer, NULL));
      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
      /* generous for a loaded machine */
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 20.0);
      g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
      run_result_clear (&r);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/metrics-stdout", test_metrics_stdout);
  g_test_add_func ("/cli/export-isolates", test_export_isolates);
  return g_test_run ();
}
