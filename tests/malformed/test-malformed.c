/* test-malformed.c — hostile and broken input files, through the real
 * command line: `samenspel --metrics=- FILE` must exit with status 1 and
 * say exactly what expected.txt says, within a second and within 1 GiB of
 * address space.  Also: the crash regressions found by fuzzing
 * (tests/io/data/regress/) and input that is odd but accepted.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

#define MEMORY_LIMIT ((rlim_t) 1024 * 1024 * 1024)

typedef struct {
  char *name;      /* a file or folder under data/ */
  char *message;   /* the one line on stderr */
  char *dir;       /* where to run; NULL for data/ */
  guint seconds;   /* the time limit; 0 for one second */
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_free (c->message);
  g_free (c);
}

static void
limit_memory (gpointer user_data)
{
  struct rlimit limit = { MEMORY_LIMIT, MEMORY_LIMIT };

  /* AddressSanitizer reserves terabytes of address space up front */
  if (g_getenv ("SP_SANITIZED") == NULL || g_str_equal (g_getenv ("SP_SANITIZED"), "none"))
    setrlimit (RLIMIT_AS, &limit);
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  const char *samenspel = g_getenv ("SAMENSPEL");
  g_autofree char *dir = c->dir != NULL ? g_strdup (c->dir)
                                        : g_test_build_filename (G_TEST_DIST, "malformed", "data", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = g_strconcat (c->message, "\n", NULL);
  g_autoptr (GError) error = NULL;
  const char *argv[] = { samenspel, "--metrics=-", c->name, NULL };
  gboolean sanitized = g_getenv ("SP_SANITIZED") != NULL &&
                       !g_str_equal (g_getenv ("SP_SANITIZED"), "none");
  gint64 start, elapsed;
  int status;

  g_assert_nonnull (samenspel);
  start = g_get_monotonic_time ();
  g_assert_true (g_spawn_sync (dir, (char **) argv, NULL, G_SPAWN_DEFAULT, limit_memory, NULL,
                               &out, &err, &status, &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_no_error (error);

  g_assert_cmpstr (err, ==, expected);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  /* sanitizers make a run several times slower */
  g_assert_cmpint (elapsed, <, (sanitized ? 5 : 1) * (c->seconds != 0 ? c->seconds : 1) *
                                G_USEC_PER_SEC);
}

/* The size limit, on a sparse file: nothing is read. */
static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-malformed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.csv", NULL);
  Case c = { (char *) "huge.csv",
             (char *) "huge.csv:1: file is too large: 513 MiB, the limit is 512 MiB", dir };
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 513 * 1024 * 1024), ==, 0);
  close (fd);
  run_case (&c);
  g_unlink (path);
  g_rmdir (dir);
}

/* One element with 200,000 attributes (2.3 MB): libxml2 took over 150 s
 * (quadratic in its start-tag handling); refused before it parses.  The
 * limit is generous: the refusal takes a fraction of a second. */
static void
test_many_attributes (gconstpointer data)
{
  const char *format = data;
  g_autofree char *dir = g_dir_make_tmp ("sp-malformed-XXXXXX", NULL);
  g_autofree char *name = g_strconcat ("attributes.", format, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *message = NULL;
  g_autoptr (GString) text = g_string_new ("<?xml version=\"1.0\"?>\n");
  gboolean gexf = strcmp (format, "gexf") == 0;
  Case c = { name, NULL, dir, 20 };

  g_string_append (text, gexf ? "<gexf>\n<graph>\n<nodes>\n" : "<graphml>\n<graph>\n");
  /* a comment and a quoted '>' do not end the scan early */
  g_string_append (text, "<!-- <node a=\"1\" b=\"2\"> -->\n<node id=\">\"");
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (text, " a%u=\"%u\"", i, i);
  g_string_append (text, gexf ? "/>\n</nodes>\n</graph>\n</gexf>\n" : "/>\n</graph>\n</graphml>\n");
  g_assert_cmpuint (text->len, >, 2 * 1000 * 1000);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  c.message = message = g_strdup_printf ("%s:%d: too many XML attributes on one element: "
                                         "the limit is 1000", name, gexf ? 6 : 5);
  run_case (&c);
  g_unlink (path);
  g_rmdir (dir);
}

/* 40,000 attribute names in a DOT file (366 kB): cgraph widens every
 * object for each new name, quadratic (22 s; minutes under ASan, found
 * by fuzzing).  Refused before cgraph reads it, at the name over the
 * limit; names inside comments and strings do not count. */
static void
test_dot_attribute_names (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-malformed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "names.dot", NULL);
  g_autoptr (GString) text = g_string_new ("graph g {\n/* a1=1 a2=2 */ n [label=\"x=1 y=2\"];\n");
  Case c = { (char *) "names.dot", (char *) "names.dot:52: too many attributes: the limit is 1000",
             dir, 20 };

  /* label, then a0 … a39999: the 1001st name, a999, is on node 49's line */
  for (guint i = 0, k = 0; i < 2000; i++)
    {
      g_string_append_printf (text, "n%u [", i);
      for (guint j = 0; j < 20; j++, k++)
        g_string_append_printf (text, "%sa%u=1", j > 0 ? "," : "", k);
      g_string_append (text, "];\n");
    }
  g_string_append (text, "}\n");
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  run_case (&c);
  g_unlink (path);
  g_rmdir (dir);
}

/* 999 GraphML keys with defaults and 25,000 nodes (700 kB): every key a
 * value for every node, 25 million values (999 × 50,000 took 17 s and
 * 564 MB).  Refused at the node that passes 20 million. */
static void
test_many_values (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-malformed-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "values.graphml", NULL);
  g_autoptr (GString) text = g_string_new ("<?xml version=\"1.0\"?>\n<graphml>\n");
  Case c = { (char *) "values.graphml",
             (char *) "values.graphml:21023: too many values: 999 attributes × 20021 nodes "
                      "is more than the limit of 20 million",
             dir, 20 };

  for (guint i = 0; i < 999; i++)
    g_string_append_printf (text, "<key id=\"k%u\" for=\"node\" attr.name=\"k%u\" "
                            "attr.type=\"double\"><default>1</default></key>\n", i, i);
  g_string_append (text, "<graph edgedefault=\"undirected\">\n");
  for (guint i = 0; i < 25000; i++)
    g_string_append_printf (text, "<node id=\"n%u\"/>\n", i);
  g_string_append (text, "</graph>\n</graphml>\n");
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  run_case (&c);
  g_unlink (path);
  g_rmdir (dir);
}

/* 1000 attributes are fine, in both formats. */
static void
test_attributes_at_limit (void)
{
  for (guint f = 0; f < 2; f++)
    {
      g_autoptr (GString) text = g_string_new (f == 0 ? "<graphml><graph><node id=\"n\""
                                                      : "<gexf><graph><nodes><node id=\"n\"");
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = NULL;

      for (guint i = 1; i < 1000; i++)
        g_string_append_printf (text, " a%u='%u'", i, i);
      g_string_append (text, f == 0 ? "/></graph></graphml>" : "/></nodes></graph></gexf>");
      net = sp_import_data (text->str, text->len, f == 0 ? SP_FORMAT_GRAPHML : SP_FORMAT_GEXF,
                            "t", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (sp_network_n_nodes (net), ==, 1);
    }
}

/* Crashes and hangs the fuzzers found: each file must now load or fail
 * cleanly, with the fuzzers' own checks. */
static void
test_regress (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autofree char *base = g_path_get_basename (path);
  SpFormat format = sp_import_guess_format (path, NULL, 0);
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  if (g_str_has_suffix (path, ".txt") || g_str_has_suffix (path, ".bin"))
    format = SP_FORMAT_AUTO;
  fuzz_import ((const guint8 *) contents, len, format, base);

  /* cgraph keeps state between files: a good one must still load after */
  if (format == SP_FORMAT_DOT)
    {
      static const char good[] = "/* fine */\ndigraph { a -> b [label=\"x\"] }\n";
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = sp_import_data (good, strlen (good), SP_FORMAT_DOT,
                                                  "good.dot", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (sp_network_n_ties (net), ==, 1);
    }
}

/* DESIGN.md: ties of weight <= 0 are dropped from the metrics, not
 * refused; igraph writes NaN for a missing weight. */
static void
test_accepted (void)
{
  static const struct { const char *text; SpFormat format; guint nodes, ties; } cases[] = {
    { "source,target,weight\na,b,0\nb,c,-2.5\nc,a,1\n", SP_FORMAT_CSV, 3, 3 },
    { "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
      "<graph><node id=\"a\"/><node id=\"b\"/>"
      "<edge source=\"a\" target=\"b\"><data key=\"w\">NaN</data></edge></graph></graphml>",
      SP_FORMAT_GRAPHML, 2, 1 },
    { "<graphml><graph/></graphml>", SP_FORMAT_GRAPHML, 0, 0 },
    { "graph { a -- b [weight=-1] }", SP_FORMAT_DOT, 2, 1 },
    /* an external DTD is never loaded, and not needed */
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf SYSTEM \"file:///etc/passwd\">\n"
      "<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>", SP_FORMAT_GEXF, 1, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = sp_import_data (cases[i].text, strlen (cases[i].text),
                                                  cases[i].format, "t", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (sp_network_n_nodes (net), ==, cases[i].nodes);
      g_assert_cmpuint (sp_network_n_ties (net), ==, cases[i].ties);
    }
}

/* sp_import_data() and sp_import_file() say the same about the same bytes */
static void
test_data_matches_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "malformed", "data",
                                                 "graphml-unknown-endpoint.graphml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) file_error = NULL;
  g_autoptr (GError) data_error = NULL;
  g_autoptr (SpNetwork) a = NULL;
  g_autoptr (SpNetwork) b = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  a = sp_import_file (path, NULL, &file_error);
  b = sp_import_data (contents, len, SP_FORMAT_AUTO, path, &data_error);
  g_assert_null (a);
  g_assert_null (b);
  g_assert_cmpstr (file_error->message, ==, data_error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *manifest = NULL;
  g_autofree char *text = NULL;
  g_autofree char *regress = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) cases = g_ptr_array_new_with_free_func (case_free);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  manifest = g_test_build_filename (G_TEST_DIST, "malformed", "expected.txt", NULL);
  g_assert_true (g_file_get_contents (manifest, &text, NULL, &error));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *tab = strchr (lines[i], '\t');
      g_autofree char *test_path = NULL;
      Case *c;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_assert_nonnull (tab);
      c = g_new0 (Case, 1);
      c->name = g_strndup (lines[i], tab - lines[i]);
      c->message = g_strdup (tab + 1);
      g_ptr_array_add (cases, c);
      test_path = g_strconcat ("/malformed/", c->name, NULL);
      g_test_add_data_func (test_path, c, run_case);
    }
  /* at least 40 files, every one of them listed */
  g_assert_cmpuint (cases->len, >=, 40);
  g_test_add_func ("/malformed/too-large", test_too_large);
  g_test_add_func ("/malformed/data-matches-file", test_data_matches_file);
  g_test_add_data_func ("/malformed/many-attributes/graphml", "graphml", test_many_attributes);
  g_test_add_data_func ("/malformed/many-attributes/gexf", "gexf", test_many_attributes);
  g_test_add_func ("/malformed/many-attribute-names/dot", test_dot_attribute_names);
  g_test_add_func ("/malformed/many-values/graphml", test_many_values);
  g_test_add_func ("/accepted/attributes-at-limit", test_attributes_at_limit);
  g_test_add_func ("/accepted/odd-but-valid", test_accepted);

  regress = g_test_build_filename (G_TEST_DIST, "io", "data", "regress", NULL);
  dir = g_dir_open (regress, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && strcmp (name, "README.md") != 0)
      g_ptr_array_add (names, g_build_filename (regress, name, NULL));
  for (guint i = 0; i < names->len; i++)
    {
      const char *path = g_ptr_array_index (names, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strconcat ("/regress/", base, NULL);

      g_test_add_data_func (test_path, path, test_regress);
    }
  return g_test_run ();
}
