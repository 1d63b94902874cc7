/* test-filter.c — the filter expressions (src/scene/sp-filter.c): every
 * expected set below is counted by hand from the table in make_staff(). */
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "sp-filter.h"
#include "sp-state.h"
#include "sp-view-state.h"

/*  id  name          department location   performance tenure
 *  p1  Anna de Vries Sales      Utrecht    4           0.5
 *  p2  Bram Öztürk   Sales      Amsterdam  3           2
 *  p3  Carla Smit    HR         Utrecht    5           —
 *  p4  Daan Bos      HR         Den Haag   —           4
 *  p5  Eva Kok       R&D        utrecht    2           0.8
 *  p6  Femke Mol     R&D        Den Haag   4.5         10
 *  p7  Gijs Visser   —          Utrecht    1           3
 *  p8  Hanna Dekker  Sales      Rotterdam  3.5         1
 * clients c1 (tied to p1, p2) and c2 (tied to p6);
 * person ties p1-p2 p1-p3 p1-p5 p2-p8 p3-p4 p5-p6 p6-p4 */
static SpNetwork *
make_staff (void)
{
  static const struct {
    const char *id, *name, *dept, *location;
    double performance, tenure;
  } rows[] = {
    { "p1", "Anna de Vries", "Sales", "Utrecht", 4, 0.5 },
    { "p2", "Bram Öztürk", "Sales", "Amsterdam", 3, 2 },
    { "p3", "Carla Smit", "HR", "Utrecht", 5, NAN },
    { "p4", "Daan Bos", "HR", "Den Haag", NAN, 4 },
    { "p5", "Eva Kok", "R&D", "utrecht", 2, 0.8 },
    { "p6", "Femke Mol", "R&D", "Den Haag", 4.5, 10 },
    { "p7", "Gijs Visser", NULL, "Utrecht", 1, 3 },
    { "p8", "Hanna Dekker", "Sales", "Rotterdam", 3.5, 1 },
  };
  static const char *const ties[][2] = {
    { "p1", "p2" }, { "p1", "p3" }, { "p1", "p5" }, { "p2", "p8" },
    { "p3", "p4" }, { "p5", "p6" }, { "p6", "p4" },
    { "p1", "c1" }, { "p2", "c1" }, { "p6", "c2" },
  };
  SpNetwork *net = sp_network_new ();
  SpAttribute *location = sp_network_ensure_attribute (net, "location", SP_ATTR_CATEGORICAL);
  SpAttribute *performance = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);
  SpAttribute *tenure = sp_network_ensure_attribute (net, "Tenure", SP_ATTR_NUMERIC);

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      gint n = sp_network_add_node (net, rows[r].id, SP_NODE_PERSON, NULL);
      SpNode *node = sp_network_node (net, n);

      node->name = sp_network_intern (net, rows[r].name);
      node->department = sp_network_intern (net, rows[r].dept);
      sp_network_set_string (net, location, n, rows[r].location);
      if (!isnan (rows[r].performance))
        sp_network_set_numeric (net, performance, n, rows[r].performance);
      if (!isnan (rows[r].tenure))
        sp_network_set_numeric (net, tenure, n, rows[r].tenure);
    }
  sp_network_add_node (net, "c1", SP_NODE_CLIENT, NULL);
  sp_network_add_node (net, "c2", SP_NODE_CLIENT, NULL);
  for (guint t = 0; t < G_N_ELEMENTS (ties); t++)
    sp_network_add_tie (net, sp_network_find_node (net, ties[t][0]),
                        sp_network_find_node (net, ties[t][1]), 0, 1);
  return net;
}

/* The ids of the people @text picks, in order, space-separated. */
static char *
picked (SpNetwork  *net,
        SpMetrics  *metrics,
        const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpFilter) filter = sp_filter_parse (text, net, &error);
  GString *ids = g_string_new (NULL);
  g_autofree gboolean *visible = g_new (gboolean, sp_network_n_nodes (net));
  guint matched;

  g_assert_no_error (error);
  g_assert_nonnull (filter);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    visible[i] = TRUE;
  matched = sp_filter_apply (filter, net, metrics, visible);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (visible[i] && sp_network_node (net, i)->kind == SP_NODE_PERSON)
      {
        g_assert_true (sp_filter_matches (filter, net, metrics, i));
        g_string_append_printf (ids, "%s%s", ids->len ? " " : "", sp_network_node (net, i)->id);
      }
    else if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      g_assert_false (sp_filter_matches (filter, net, metrics, i));
  {
    guint n_ids = 0;

    for (guint i = 0; i < ids->len; i++)
      n_ids += ids->str[i] == 'p' && (i == 0 || ids->str[i - 1] == ' ');
    g_assert_cmpuint (matched, ==, n_ids);
  }
  return g_string_free (ids, FALSE);
}

static void
check (SpNetwork  *net,
       SpMetrics  *metrics,
       const char *text,
       const char *expected)
{
  g_autofree char *ids = picked (net, metrics, text);

  g_test_message ("%s → %s", text, ids);
  g_assert_cmpstr (ids, ==, expected);
}

static void
test_filter_conditions (void)
{
  g_autoptr (SpNetwork) net = make_staff ();

  check (net, NULL, "performance >= 4", "p1 p3 p6");
  check (net, NULL, "performance ≥ 4", "p1 p3 p6");
  check (net, NULL, "performance > 4", "p3 p6");
  check (net, NULL, "performance = 4", "p1");
  check (net, NULL, "performance != 4", "p2 p3 p5 p6 p7 p8");   /* p4 has no score */
  check (net, NULL, "performance >= 3,5", "p1 p3 p6 p8");       /* a decimal comma */
  /* a missing value matches no condition on it */
  check (net, NULL, "tenure < 1", "p1 p5");
  check (net, NULL, "TENURE >= 4", "p4 p6");                     /* the field's case */
  /* text: case and accents do not count; "a|b" is either */
  check (net, NULL, "location = utrecht", "p1 p3 p5 p7");
  check (net, NULL, "location = Den Haag|Rotterdam", "p4 p6 p8");
  check (net, NULL, "location = \"Den Haag\"", "p4 p6");
  check (net, NULL, "name ~ ozturk", "p2");
  check (net, NULL, "name ~ \"de vries\"", "p1");
  check (net, NULL, "department = \"R&D\"", "p5 p6");
  check (net, NULL, "department = R&D", "p5 p6");             /* & between letters */
  check (net, NULL, "department = R&D & performance > 4", "p6");
  check (net, NULL, "department != Sales", "p3 p4 p5 p6");       /* p7 has none */
  check (net, NULL, "not (department = Sales)", "p3 p4 p5 p6 p7");
  check (net, NULL, "id = p8", "p8");
}

static void
test_filter_combinations (void)
{
  g_autoptr (SpNetwork) net = make_staff ();

  check (net, NULL, "location = Utrecht and performance >= 4", "p1 p3");
  check (net, NULL, "performance >= 4, location = Utrecht", "p1 p3");
  check (net, NULL, "performance >= 4 & location = Utrecht", "p1 p3");
  check (net, NULL, "performance >= 4 or tenure >= 10", "p1 p3 p6");
  check (net, NULL, "performance >= 4 || tenure >= 10", "p1 p3 p6");
  /* "and" before "or": Utrecht, or (Rotterdam and performance ≥ 3) */
  check (net, NULL, "location = Utrecht or location = Rotterdam and performance >= 3", "p1 p3 p5 p7 p8");
  check (net, NULL, "(location = Utrecht or location = Rotterdam) and performance >= 3", "p1 p3 p8");
  check (net, NULL, "department = Sales and not performance < 3.5", "p1 p8");
  check (net, NULL, "performance > 100", "");
}

static void
test_filter_measures (void)
{
  g_autoptr (SpNetwork) net = make_staff ();
  g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  g_autoptr (SpFilter) filter = sp_filter_parse ("degree >= 3", net, NULL);
  const double *degree = sp_metrics_get (metrics, "degree");

  /* degree counts the people a person is tied to (p1: p2, p3, p5) */
  g_assert_cmpfloat (degree[sp_network_find_node (net, "p1")], ==, 3);
  g_assert_true (sp_filter_uses_measures (filter));
  check (net, metrics, "degree >= 3", "p1");
  check (net, metrics, "degree = 1", "p8");
  check (net, metrics, "degree = 0", "p7");
  check (net, metrics, "degree >= 2 and department = HR", "p3 p4");
  /* without the measures, a condition on one matches no one */
  check (net, NULL, "degree >= 0", "");
  {
    g_autoptr (SpFilter) plain = sp_filter_parse ("performance > 1", net, NULL);

    g_assert_false (sp_filter_uses_measures (plain));
  }
}

static void
test_filter_clients (void)
{
  g_autoptr (SpNetwork) net = make_staff ();
  g_autoptr (SpFilter) filter = sp_filter_parse ("location = Den Haag", net, NULL);
  g_autofree gboolean *visible = g_new (gboolean, sp_network_n_nodes (net));

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    visible[i] = TRUE;
  g_assert_cmpuint (sp_filter_apply (filter, net, NULL, visible), ==, 2);
  /* c2 is held by p6, who is shown; c1's people (p1, p2) are not */
  g_assert_true (visible[sp_network_find_node (net, "c2")]);
  g_assert_false (visible[sp_network_find_node (net, "c1")]);
  /* a person already hidden stays hidden, and holds no client */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    visible[i] = TRUE;
  visible[sp_network_find_node (net, "p6")] = FALSE;
  g_assert_cmpuint (sp_filter_apply (filter, net, NULL, visible), ==, 2);
  g_assert_false (visible[sp_network_find_node (net, "p6")]);
  g_assert_false (visible[sp_network_find_node (net, "c2")]);
}

static void
check_error (SpNetwork  *net,
             const char *text,
             gint        code,
             const char *part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpFilter) filter = sp_filter_parse (text, net, &error);

  g_assert_null (filter);
  g_assert_error (error, SP_ERROR, code);
  g_test_message ("%s → %s", text, error->message);
  g_assert_nonnull (strstr (error->message, part));
}

static void
test_filter_errors (void)
{
  g_autoptr (SpNetwork) net = make_staff ();

  check_error (net, "", SP_ERROR_PARSE, "empty");
  check_error (net, "   ", SP_ERROR_PARSE, "empty");
  check_error (net, "lokatie = Utrecht", SP_ERROR_INVALID, "“lokatie” at character 1");
  check_error (net, "lokatie = Utrecht", SP_ERROR_INVALID, "location");   /* the fields it has */
  check_error (net, "performance >= high", SP_ERROR_INVALID, "“high” at character 16");
  check_error (net, "location < Utrecht", SP_ERROR_INVALID, "holds text");
  check_error (net, "performance ~ 4", SP_ERROR_INVALID, "is a number");
  check_error (net, "performance >= 4|5", SP_ERROR_PARSE, "for text");
  check_error (net, "performance", SP_ERROR_PARSE, "operator");
  check_error (net, "performance >=", SP_ERROR_PARSE, "a value was expected");
  check_error (net, "performance >= 4 and", SP_ERROR_PARSE, "ends where a condition");
  check_error (net, "(performance >= 4", SP_ERROR_PARSE, "parenthesis at character 1 is not closed");
  check_error (net, "performance >= 4)", SP_ERROR_PARSE, "closes nothing");
  check_error (net, "department = Sales &", SP_ERROR_PARSE, "ends where a condition");
  check_error (net, "name ~ \"de vries", SP_ERROR_PARSE, "quote at character 8");
  check_error (net, "location = Utrecht|", SP_ERROR_PARSE, "after “|”");
  check_error (net, "= 4", SP_ERROR_PARSE, "field name was expected at character 1");
  check_error (net, "\xff = 4", SP_ERROR_PARSE, "UTF-8");
  {
    GString *deep = g_string_new (NULL);

    for (guint k = 0; k < 10000; k++)
      g_string_append (deep, "not ");
    g_string_append (deep, "performance > 1");
    check_error (net, deep->str, SP_ERROR_LIMIT, "too deeply");
    g_string_free (deep, TRUE);
  }
}

static void
test_filter_describe (void)
{
  g_autoptr (SpNetwork) net = make_staff ();
  static const char *const cases[][2] = {
    { "performance>=4 and location=utrecht", "performance ≥ 4 and location = utrecht" },
    { "(tenure < 1 or tenure >= 10), department != HR", "(Tenure < 1 or Tenure ≥ 10) and department ≠ HR" },
    { "not location = Den Haag|Rotterdam", "not (location = Den Haag|Rotterdam)" },
    { "performance >= 3,5", "performance ≥ 3.5" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (SpFilter) filter = sp_filter_parse (cases[c][0], net, NULL);
      g_autofree char *text = sp_filter_describe (filter);

      g_assert_cmpstr (text, ==, cases[c][1]);
    }
}

/* The view state keeps the filter, applies it and names it. */
static void
test_filter_view_state (void)
{
  g_autoptr (SpNetwork) net = make_staff ();
  g_autoptr (SpViewState) view = sp_view_state_new ();
  g_autoptr (SpViewState) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  g_autofree gboolean *visible = NULL;
  guint shown = 0;

  view->filter = g_strdup ("location = Utrecht and performance >= 4");
  text = sp_view_state_serialize (view, NULL);
  g_assert_true (sp_view_state_deserialize (text, &back, NULL, NULL));
  g_assert_cmpstr (back->filter, ==, view->filter);
  g_assert_true (sp_view_state_equal (view, back));
  g_free (back->filter);
  back->filter = NULL;
  g_assert_false (sp_view_state_equal (view, back));

  visible = sp_view_state_node_visibility (view, net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    shown += visible[i];
  /* p1 and p3, and c1, held by p1 */
  g_assert_cmpuint (shown, ==, 3);

  line = sp_state_describe (net, view, NULL, NULL, NULL);
  g_assert_cmpstr (line, ==, "Filter: location = Utrecht and performance ≥ 4 · 2 of 8 people");

  /* a filter on a measure waits for the measures: without them it is not
   * applied (rather than hiding everyone) */
  g_free (view->filter);
  view->filter = g_strdup ("degree >= 3");
  g_assert_true (sp_view_state_filter_uses_measures (view, net));
  g_clear_pointer (&visible, g_free);
  visible = sp_view_state_node_visibility (view, net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_true (visible[i]);
  {
    g_autoptr (SpMetrics) metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);

    g_clear_pointer (&visible, g_free);
    visible = sp_view_state_node_visibility_full (view, net, metrics);
    shown = 0;
    for (guint i = 0; i < sp_network_n_nodes (net); i++)
      shown += visible[i] && sp_network_node (net, i)->kind == SP_NODE_PERSON;
    g_assert_cmpuint (shown, ==, 1);   /* p1 */
  }

  /* an ego the filter hides is not named: the view shows whom it picks */
  g_free (view->filter);
  view->filter = g_strdup ("location = Utrecht");
  view->ego = g_strdup ("p2");
  view->ego_depth = 1;
  g_clear_pointer (&line, g_free);
  line = sp_state_describe (net, view, NULL, NULL, NULL);
  g_assert_null (strstr (line, "Ego network"));
  g_assert_nonnull (strstr (line, "4 of 8 people"));
  g_free (view->ego);
  view->ego = g_strdup ("p1");
  g_clear_pointer (&line, g_free);
  line = sp_state_describe (net, view, NULL, NULL, NULL);
  g_assert_nonnull (strstr (line, "Ego network of Anna de Vries"));
  g_clear_pointer (&view->ego, g_free);

  /* a saved filter whose field the data no longer has is said, not applied */
  g_free (view->filter);
  view->filter = g_strdup ("office = Boston");
  g_clear_pointer (&visible, g_free);
  visible = sp_view_state_node_visibility (view, net);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    g_assert_true (visible[i]);
  g_clear_pointer (&line, g_free);
  line = sp_state_describe (net, view, NULL, NULL, NULL);
  g_assert_nonnull (strstr (line, "Filter “office = Boston” not applied: unknown field “office”"));
}

/* --filter on the command line: the rows it picks, and its errors. */
static void
run_cli (const char *const *args,
         int                *status,
         char              **out,
         char              **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SAMENSPEL"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, status, &error));
  g_assert_no_error (error);
}

static void
test_filter_cli (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
  g_autofree char *people_path = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *people = NULL;
  g_auto (GStrv) lines = NULL;
  guint expected = 0, rows = 0;
  int status;
  g_autofree char *out = NULL, *err = NULL;

  if (g_getenv ("SAMENSPEL") == NULL)
    {
      g_test_skip ("SAMENSPEL is not set");
      return;
    }
  /* count the example's people in Sales with performance ≥ 4 from its own
   * CSV (department is column 3, performance column 6; no quoted commas) */
  g_assert_true (g_file_get_contents (people_path, &people, NULL, NULL));
  lines = g_strsplit (people, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = g_strsplit (lines[i], ",", -1);

      if (g_strv_length (cells) >= 6 && g_str_equal (cells[2], "Sales") && *cells[5] != '\0'
          && g_ascii_strtod (cells[5], NULL) >= 4)
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);

  {
    const char *args[] = { "--metrics=-", "--filter=performance >= 4 and department = Sales", dir, NULL };
    g_auto (GStrv) out_lines = NULL;

    run_cli (args, &status, &out, &err);
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    out_lines = g_strsplit (out, "\n", -1);
    for (guint i = 1; out_lines[i] != NULL; i++)
      rows += g_str_has_prefix (strchr (out_lines[i], ',') ? strchr (out_lines[i], ',') : "", ",person,");
    g_assert_cmpuint (rows, ==, expected);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *args[] = { "--metrics=-", "--filter=perf >= 4", dir, NULL };

    run_cli (args, &status, &out, &err);
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "--filter: unknown field “perf”"));
    g_assert_cmpstr (out, ==, "");
  }
  /* where it would be ignored, it is refused */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *args[] = { "--group-metrics=-", "--filter=performance >= 4", dir, NULL };

    run_cli (args, &status, &out, &err);
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "--filter goes with --export or --metrics"));
    g_assert_cmpstr (out, ==, "");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *args[] = { "--metrics=-", "--compare", dir, "--filter=performance >= 4", dir, NULL };

    run_cli (args, &status, &out, &err);
    g_assert_cmpint (WEXITSTATUS (status), ==, 2);
    g_assert_nonnull (strstr (err, "--filter does not go with --metrics and --compare"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/conditions", test_filter_conditions);
  g_test_add_func ("/filter/combinations", test_filter_combinations);
  g_test_add_func ("/filter/measures", test_filter_measures);
  g_test_add_func ("/filter/clients", test_filter_clients);
  g_test_add_func ("/filter/errors", test_filter_errors);
  g_test_add_func ("/filter/describe", test_filter_describe);
  g_test_add_func ("/filter/view-state", test_filter_view_state);
  g_test_add_func ("/filter/cli", test_filter_cli);

  return g_test_run ();
}
