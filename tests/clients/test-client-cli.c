/* test-client-cli.c — the command line's client options: --view,
 * --client-report, --client-matrix, --project. */
#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "../cli/cli-run.h"

static char *
example (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
}

static void
test_view_usage (void)
{
  g_autofree char *ex = example ();
  g_autofree char *out = tmp_path ("x.png");
  g_autofree char *arg = g_strdup_printf ("--export=%s", out);
  g_auto (RunResult) r = run (arg, "--view=galaxy", ex, NULL);

  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "unknown view “galaxy”"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_view_clients (void)
{
  g_autofree char *ex = example ();
  g_autofree char *out = tmp_path ("clients.png");
  g_autofree char *arg = g_strdup_printf ("--export=%s", out);
  g_auto (RunResult) r = run (arg, "--view=clients", "--width=800", "--height=500", ex, NULL);
  cairo_surface_t *s;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  s = cairo_image_surface_create_from_png (out);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1600);  /* PNG at 2x */
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1000);
  cairo_surface_destroy (s);
  g_unlink (out);
}

static void
test_client_report (void)
{
  g_autofree char *ex = example ();
  g_autofree char *out = tmp_path ("clients.csv");
  g_autofree char *arg = g_strdup_printf ("--client-report=%s", out);
  g_auto (RunResult) r = run (arg, ex, NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "id,name,contacts,departments,single_point_of_contact,"));
  g_assert_nonnull (strstr (lines[0], ",mean_internal_path,max_internal_path,unreachable_pairs,"
                                      "contacts_all_tied,contacts_within_two"));
  g_assert_true (g_str_has_prefix (lines[1], "C001,Waddenwind Offshore,1,1,true,E009,Sales,,,0,,"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 25 + 1);
  g_unlink (out);
}

static void
test_client_matrix (void)
{
  g_autofree char *ex = example ();
  g_autofree char *out = tmp_path ("matrix.csv");
  g_autofree char *arg = g_strdup_printf ("--client-matrix=%s", out);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "clients", "data", "noordhaven-matrix.csv", NULL);
  g_auto (RunResult) r = run (arg, ex, NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (text, ==, expected);
  g_unlink (out);
}

static void
test_project (void)
{
  g_autofree char *sw = g_test_build_filename (G_TEST_DIST, "clients", "data", "southern-women.graphml", NULL);
  g_autofree char *metrics = tmp_path ("projection.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", metrics);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  {
    g_auto (RunResult) r = run (arg, "--project", sw, NULL);

    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (metrics, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  /* a header and the 18 women, nobody else */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 18 + 1);
  for (guint i = 1; i <= 18; i++)
    g_assert_nonnull (strstr (lines[i], ",person,"));
  /* Evelyn Jefferson shares an event with all 17 others */
  for (guint i = 1; i <= 18; i++)
    if (g_str_has_prefix (lines[i], "Evelyn Jefferson,"))
      {
        g_auto (GStrv) f = g_strsplit (lines[i], ",", -1);
        g_auto (GStrv) h = g_strsplit (lines[0], ",", -1);

        for (guint k = 0; h[k] != NULL; k++)
          if (strcmp (h[k], "degree") == 0)
            g_assert_cmpstr (f[k], ==, "17");
      }
  g_unlink (metrics);

  /* the two-mode file itself: the events are clients */
  {
    g_autofree char *report = tmp_path ("events.csv");
    g_autofree char *rarg = g_strdup_printf ("--client-report=%s", report);
    g_auto (RunResult) r = run (rarg, sw, NULL);
    g_autofree char *events = NULL;
    g_auto (GStrv) rows = NULL;

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_get_contents (report, &events, NULL, NULL));
    rows = g_strsplit (events, "\n", -1);
    g_assert_cmpuint (g_strv_length (rows), ==, 1 + 14 + 1);
    g_assert_true (g_str_has_prefix (rows[1], "E1,,3,0,false,"));
    g_unlink (report);
  }
}

static void
test_project_without_clients (void)
{
  g_autofree char *path = tmp_path ("people.graphml");
  g_autofree char *metrics = tmp_path ("m.csv");
  g_autofree char *arg = g_strdup_printf ("--metrics=%s", metrics);
  const char *graphml =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
    "  <graph edgedefault=\"undirected\">\n"
    "    <node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>\n"
    "  </graph>\n"
    "</graphml>\n";

  g_assert_true (g_file_set_contents (path, graphml, -1, NULL));
  {
    g_auto (RunResult) r = run (arg, "--project", path, NULL);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "no clients or events to project through"));
  }
  g_unlink (path);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clients/cli/view-usage", test_view_usage);
  g_test_add_func ("/clients/cli/view-clients", test_view_clients);
  g_test_add_func ("/clients/cli/client-report", test_client_report);
  g_test_add_func ("/clients/cli/client-matrix", test_client_matrix);
  g_test_add_func ("/clients/cli/project", test_project);
  g_test_add_func ("/clients/cli/project-without-clients", test_project_without_clients);
  return g_test_run ();
}
