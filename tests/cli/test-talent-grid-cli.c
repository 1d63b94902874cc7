/* test-talent-grid-cli.c — --talent-grid, --performance, --potential,
 * --grid-cuts and --view=talent-grid on the bundled example.
 *
 * Hand-checked people of data/examples/noordhaven (scores on 1–5, cut by
 * default at its thirds, 2.33 and 3.67): E001 Marieke van Houten, 4.2 and
 * 3.6 — high performance, medium potential, a high performer; E002
 * Mehmet van der Linden, 3.3 and 2.8 — a core player, but with the cuts
 * 3 and 4 his potential is low (an effective one).  Five people miss a
 * score. */
#include <glib/gstdio.h>
#include <string.h>

#include "cli-run.h"

static char *
example (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
}

/* The row of @id in the CSV @text, or NULL. */
static const char *
row_of (GStrv       lines,
        const char *id)
{
  g_autofree char *prefix = g_strconcat (id, ",", NULL);

  for (guint k = 0; lines[k] != NULL; k++)
    if (g_str_has_prefix (lines[k], prefix))
      return lines[k];
  return NULL;
}

static void
test_csv (void)
{
  g_autofree char *dir = example ();
  g_auto (RunResult) r = run ("--talent-grid=-", dir, NULL);
  g_auto (GStrv) lines = NULL;
  guint missing = 0;

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "id,name,performance,potential,performance_level,potential_level,box");
  /* 150 people, clients not listed, and the final newline */
  g_assert_cmpuint (g_strv_length (lines), ==, 152);
  g_assert_cmpstr (row_of (lines, "E001"), ==, "E001,Marieke van Houten,4.2,3.6,high,medium,high-performer");
  g_assert_cmpstr (row_of (lines, "E002"), ==, "E002,Mehmet van der Linden,3.3,2.8,medium,medium,core-player");
  g_assert_null (row_of (lines, "C001"));
  for (guint k = 1; lines[k] != NULL && *lines[k] != '\0'; k++)
    if (g_str_has_suffix (lines[k], ",,,"))
      missing++;
  g_assert_cmpuint (missing, ==, 5);
}

static void
test_cuts (void)
{
  g_autofree char *dir = example ();
  g_auto (RunResult) r = run ("--talent-grid=-", "--grid-cuts=3,4", dir, NULL);
  g_auto (RunResult) r2 = run ("--talent-grid=-", "--grid-cuts=3,4:2,3", dir, NULL);
  g_auto (RunResult) r3 = run ("--talent-grid=-", "--performance=engagement", "--potential=Potential", dir, NULL);
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) lines2 = NULL;

  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  /* 3.3 is medium from 3, 2.8 low below 3 */
  g_assert_cmpstr (row_of (lines, "E002"), ==, "E002,Mehmet van der Linden,3.3,2.8,medium,low,effective");
  g_assert_cmpstr (row_of (lines, "E001"), ==, "E001,Marieke van Houten,4.2,3.6,high,medium,high-performer");

  /* potential cut apart: medium from 2, high from 3 */
  g_assert_cmpint (r2.status, ==, 0);
  lines2 = g_strsplit (r2.out, "\n", -1);
  g_assert_cmpstr (row_of (lines2, "E002"), ==, "E002,Mehmet van der Linden,3.3,2.8,medium,medium,core-player");
  g_assert_cmpstr (row_of (lines2, "E001"), ==, "E001,Marieke van Houten,4.2,3.6,high,high,star");

  /* other attributes, by any case: engagement 4.1 is high */
  g_assert_cmpint (r3.status, ==, 0);
  g_assert_nonnull (strstr (r3.out, "E001,Marieke van Houten,4.1,3.6,high,medium,high-performer"));
}

static void
test_errors (void)
{
  g_autofree char *dir = example ();
  g_autofree char *people = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *out = tmp_path ("grid.csv");
  g_autofree char *arg = g_strconcat ("--talent-grid=", out, NULL);
  g_autofree char *over = g_strconcat ("--talent-grid=", people, NULL);

  {
    g_auto (RunResult) r = run (arg, "--grid-cuts=4,3", dir, NULL);

    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--grid-cuts: the first cut must be below the second (4 is not below 3)"));
  }
  {
    g_auto (RunResult) r = run (arg, "--grid-cuts=3;4", dir, NULL);

    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--grid-cuts: “3;4” is not P1,P2 or P1,P2:Q1,Q2"));
  }
  {
    g_auto (RunResult) r = run ("--metrics=-", "--performance=engagement", dir, NULL);

    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "--talent-grid=OUT or --view=talent-grid"));
  }
  {
    g_auto (RunResult) r = run (arg, "--potential=nope", dir, NULL);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "--talent-grid: no numeric attribute “nope” (numeric attributes in the data: "
                                     "performance, potential, engagement)"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_autofree char *png = tmp_path ("grid.png");
    g_autofree char *export = g_strconcat ("--export=", png, NULL);
    g_auto (RunResult) r = run (export, "--view=talent-grid", "--performance=nope", dir, NULL);

    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "--view=talent-grid: no numeric attribute “nope”"));
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  }
  {
    /* never over an input */
    g_auto (RunResult) r = run (over, dir, NULL);

    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "would overwrite the input"));
  }
}

/* --remove leaves people out of the grid; the export draws the view. */
static void
test_remove_and_export (void)
{
  g_autofree char *dir = example ();
  g_autofree char *svg = tmp_path ("grid.svg");
  g_autofree char *export = g_strconcat ("--export=", svg, NULL);
  g_autofree char *text = NULL;
  g_auto (RunResult) r = run ("--talent-grid=-", "--remove=E001,E002", dir, NULL);
  g_auto (RunResult) e = run (export, "--view=talent-grid", "--grid-cuts=3,4", dir, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strstr (r.out, "E001,"));
  g_assert_null (strstr (r.out, "E002,"));
  g_assert_nonnull (strstr (r.out, "E003,"));

  g_assert_cmpstr (e.err, ==, "");
  g_assert_cmpint (e.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, ">Core player<"));
  g_assert_nonnull (strstr (text, ">Network position<"));
  g_unlink (svg);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/talent-grid/csv", test_csv);
  g_test_add_func ("/cli/talent-grid/cuts", test_cuts);
  g_test_add_func ("/cli/talent-grid/errors", test_errors);
  g_test_add_func ("/cli/talent-grid/remove-and-export", test_remove_and_export);
  return g_test_run ();
}
