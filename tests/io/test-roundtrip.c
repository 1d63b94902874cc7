/* test-roundtrip.c — every saved file reopens, exactly
 *
 * Every file an importer accepts (tests/io/data, the accepted cases of
 * tests/malformed/data, data/examples and, where present, the shared real
 * data sets) is saved as GraphML in memory and read back: the network must
 * be the same (fuzz/fuzz-roundtrip.h says what "the same" is).  Then
 * generated nasty ids, names and values: tab, newline, CR, quotes, <&>,
 * "]]>", blanks at the ends, long UTF-8, U+FFFD; and the characters XML
 * 1.0 cannot hold, refused at import and by the writer.
 */
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "sp-import.h"
#include "fuzz-roundtrip.h"

static guint n_accepted;

static void
roundtrip_path (const char *path)
{
  g_autoptr (SpNetwork) net = NULL;
  g_autofree char *problem = NULL;

  net = sp_import_file (path, NULL, NULL);
  if (net == NULL)
    return;  /* refused: nothing to save */
  n_accepted++;
  problem = roundtrip_check (net);
  if (problem != NULL)
    g_error ("%s: %s", path, problem);
}

/* Every file and folder under @dir, and @dir itself. */
static void
roundtrip_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  roundtrip_path (dir);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        roundtrip_tree (path);
      else if (!g_str_has_suffix (name, ".py") && !g_str_has_suffix (name, ".md") &&
               !g_str_has_suffix (name, ".txt"))
        roundtrip_path (path);
    }
}

static void
test_files (gconstpointer data)
{
  const char *const *parts = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, parts[0], parts[1], NULL);

  n_accepted = 0;
  roundtrip_tree (dir);
  g_test_message ("%u accepted inputs under %s", n_accepted, dir);
  g_assert_cmpuint (n_accepted, >=, GPOINTER_TO_UINT (parts[2]));
}

static void
test_real_data (void)
{
  const char *dir = g_getenv ("SP_REAL_DATA");

  if (dir == NULL)
    dir = "/work/shared/data/real";
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no real data sets here (set SP_REAL_DATA)");
      return;
    }
  n_accepted = 0;
  roundtrip_tree (dir);
  g_test_message ("%u accepted inputs under %s", n_accepted, dir);
}

/* Texts XML changes on the way unless the writer takes care. */
static const char *const nasty[] = {
  "tab\there",
  "tab here",     /* what attribute normalisation made of the one before */
  "line\nbreak",
  "line break",
  "carriage\rreturn",
  "crlf\r\nend",
  "\r\n",
  "  blanks at both ends  ",
  "\ttab first",
  "quotes \" and ' both",
  "<b>&amp;</b> & < >",
  "]]> end of CDATA",
  "&#x1; written out",
  "U+FFFD \xef\xbf\xbd, U+FFFC \xef\xbf\xbc, U+10FFFF \xf4\x8f\xbf\xbf",
  "DEL \x7f and NEL \xc2\x85 and LINE SEPARATOR \xe2\x80\xa8",
  "ünïcödé — 名前 — 🙂",
};

/* A network built in code (as the window builds one) with nasty text in
 * every place a string can be. */
static void
test_nasty_model (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GString) longer = g_string_new (NULL);
  SpAttribute *cat, *num;
  g_autofree char *problem = NULL;
  guint n = G_N_ELEMENTS (nasty);

  for (guint i = 0; i < 2000; i++)
    g_string_append (longer, "é名🙂");
  cat = sp_network_ensure_attribute (net, "team \"<&>\"\tname\n", SP_ATTR_CATEGORICAL);
  num = sp_network_ensure_attribute (net, "x", SP_ATTR_NUMERIC);  /* not a position */
  sp_attribute_set_scale (num, -0.5, 1e3 / 3);  /* a declared scale is saved too */
  for (guint i = 0; i <= n; i++)
    {
      const char *text = i < n ? nasty[i] : longer->str;
      gint index = sp_network_add_node (net, text, i % 3 == 0 ? SP_NODE_CLIENT : SP_NODE_PERSON, NULL);
      SpNode *node;

      g_assert_cmpint (index, ==, (gint) i);
      node = sp_network_node (net, index);
      node->name = sp_network_intern (net, text);
      node->department = sp_network_intern (net, nasty[(i + 1) % n]);
      node->role = sp_network_intern (net, nasty[(i + 2) % n]);
      node->manager = sp_network_intern (net, nasty[(i + 3) % n]);
      sp_network_set_string (net, cat, index, nasty[(i + 4) % n]);
      sp_network_set_numeric (net, num, index, i * 0.1);
      if (i > 0)
        sp_network_add_tie (net, i - 1, i, sp_network_tie_type (net, nasty[i % n]), 1.0 / 3.0 + i);
    }
  sp_network_set_title (net, "title with\ttab, \r\nCRLF and <&>");
  net->view_state = g_strdup ("{\"a\": \"b\\n\"}\r\n");
  net->directed = TRUE;
  problem = roundtrip_check (net);
  g_assert_cmpstr (problem, ==, NULL);

  /* with positions too */
  sp_network_ensure_positions (net);
  for (guint i = 0; i <= n; i++)
    {
      net->x[i] = i * 1e-7 + 0.1;
      net->y[i] = -1e14 / (i + 3);  /* within the importers' ±1e15 */
    }
  net->has_layout = TRUE;
  problem = roundtrip_check (net);
  g_assert_cmpstr (problem, ==, NULL);
}

/* The same nasty texts through the CSV importer (quoted cells). */
static void
test_nasty_csv (void)
{
  g_autoptr (GString) csv = g_string_new ("id,name,department,note\n");
  g_autoptr (SpNetwork) net = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *problem = NULL;
  guint n = G_N_ELEMENTS (nasty);

  for (guint i = 0; i < n; i++)
    {
      const char *cells[] = { nasty[i], nasty[(i + 5) % n], nasty[(i + 7) % n], nasty[(i + 9) % n] };

      for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
        {
          g_autofree char *quoted = NULL;
          char **parts = g_strsplit (cells[k], "\"", -1);

          quoted = g_strjoinv ("\"\"", parts);
          g_strfreev (parts);
          g_string_append_printf (csv, "%s\"%s\"", k > 0 ? "," : "", quoted);
        }
      g_string_append_c (csv, '\n');
    }
  /* Excel's (Mac) in-cell line break, quoted and not */
  g_string_append (csv, "\"vt\vquoted\",a\vb,\"c\v\",d\n");

  net = sp_import_data (csv->str, csv->len, SP_FORMAT_CSV, "nasty.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, n + 1);
  g_assert_cmpstr (sp_network_node (net, 1)->id, ==, nasty[1]);
  g_assert_cmpstr (sp_network_node (net, n)->id, ==, "vt\nquoted");
  g_assert_cmpstr (sp_network_node (net, n)->name, ==, "a\nb");
  problem = roundtrip_check (net);
  g_assert_cmpstr (problem, ==, NULL);
}

/* People with a 0/1 "bipartite" column stay people: the saved file says
 * who is a client (kind), so the reader does not guess two modes. */
static void
test_bipartite_column (void)
{
  static const char csv[] = "id,bipartite\np1,0\np2,1\np3,1\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data (csv, strlen (csv), SP_FORMAT_CSV, "people.csv", &error);
  g_autofree char *problem = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 0);
  problem = roundtrip_check (net);
  g_assert_cmpstr (problem, ==, NULL);
}

/* Attribute names that look like the reader's own keys stay attributes:
 * "x", "y" without a layout, "samenspel.note", "label" beside a name. */
static void
test_attribute_names (void)
{
  static const char csv[] = "id,name,label,x,y,samenspel.note,samenspel.x,weight,type,parent\n"
                            "p1,Ann,A,1,2,n1,7,3,t,g\np2,Bob,B,4,5,n2,8,6,u,g\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data (csv, strlen (csv), SP_FORMAT_CSV, "people.csv", &error);
  g_autofree char *problem = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (sp_network_find_attribute (net, "samenspel.note"));
  g_assert_false (net->has_layout);
  problem = roundtrip_check (net);
  g_assert_cmpstr (problem, ==, NULL);
}

/* What XML 1.0 cannot hold is refused at import, at its line. */
static void
test_refused_at_import (void)
{
  static const struct {
    SpFormat    format;
    const char *name;
    const char *text;
    const char *message;
  } cases[] = {
    { SP_FORMAT_CSV, "a.csv", "id,name\np1,\"x\x01y\"\n", "a.csv:2: control character U+0001 is not allowed" },
    { SP_FORMAT_CSV, "b.csv", "id,name\np1,x\n\x1b[31mred,y\n", "b.csv:3: control character U+001B is not allowed" },
    { SP_FORMAT_CSV, "c.csv", "id,name\np1,\"form\x0c" "feed\"\n", "c.csv:2: control character U+000C is not allowed" },
    { SP_FORMAT_CSV, "d.csv", "id,name\np1,\"\xef\xbf\xbe\"\n", "d.csv:2: character U+FFFE is not allowed" },
    { SP_FORMAT_DOT, "e.dot", "graph {\n  a [label=\"x\vy\"];\n}\n", "e.dot:2: control character U+000B is not allowed" },
    { SP_FORMAT_DOT, "f.dot", "graph {\n  \"a\x01\" -- b;\n}\n", "f.dot:2: control character U+0001 is not allowed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpNetwork) net = sp_import_data (cases[i].text, strlen (cases[i].text),
                                                  cases[i].format, cases[i].name, &error);

      g_assert_null (net);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A network that holds such a character anyway (built in code) is not
 * saved: the file on disk stays as it was, and nothing unreadable is
 * written. */
static void
test_refused_by_writer (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-roundtrip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.graphml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *data = NULL;
  gint index;

  index = sp_network_add_node (net, "p\x01", SP_NODE_PERSON, NULL);
  g_assert_cmpint (index, ==, 0);
  data = sp_graphml_write_data (net, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "U+0001"));
  g_clear_error (&error);

  /* nor a number the importers would refuse (a position past ±1e15) */
  sp_network_node (net, 0)->id = sp_network_intern (net, "p");
  sp_network_ensure_positions (net);
  net->has_layout = TRUE;
  net->x[0] = 1e300;
  data = sp_graphml_write_data (net, NULL, &error);
  g_assert_null (data);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_clear_error (&error);
  sp_network_node (net, 0)->id = sp_network_intern (net, "p\x01");

  g_assert_true (g_file_set_contents (path, "previous\n", -1, NULL));
  g_assert_false (sp_graphml_save (net, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous\n");
  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  static const void *io_data[] = { "io", "data", GUINT_TO_POINTER (15) };
  static const void *malformed[] = { "malformed", "data", GUINT_TO_POINTER (0) };
  static const void *examples[] = { "..", "data/examples", GUINT_TO_POINTER (2) };

  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/roundtrip/io-data", io_data, test_files);
  g_test_add_data_func ("/roundtrip/malformed-accepted", malformed, test_files);
  g_test_add_data_func ("/roundtrip/examples", examples, test_files);
  g_test_add_func ("/roundtrip/real-data", test_real_data);
  g_test_add_func ("/roundtrip/nasty-model", test_nasty_model);
  g_test_add_func ("/roundtrip/nasty-csv", test_nasty_csv);
  g_test_add_func ("/roundtrip/bipartite-column", test_bipartite_column);
  g_test_add_func ("/roundtrip/attribute-names", test_attribute_names);
  g_test_add_func ("/roundtrip/refused-at-import", test_refused_at_import);
  g_test_add_func ("/roundtrip/refused-by-writer", test_refused_by_writer);
  return g_test_run ();
}
