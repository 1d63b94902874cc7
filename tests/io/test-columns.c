/* test-columns.c — data as organisations have it: Dutch and English column
 * names, --map, encodings Excel writes, missing values (issue 14).
 *
 * The files under tests/io/data/columns are written as the tools write
 * them (see README.md there); what each test expects is what the file
 * says, read by eye: the names and values in it. */
#include "io-test-util.h"

static gboolean
has_note (SpNetwork  *net,
          const char *part)
{
  for (guint i = 0; i < net->notes->len; i++)
    if (strstr (g_ptr_array_index (net->notes, i), part) != NULL)
      return TRUE;
  return FALSE;
}

static void
test_role_names (void)
{
  static const struct { const char *header; gboolean ties; SpColumnRole role; } cases[] = {
    { "Naam", FALSE, SP_COLUMN_NAME },
    { "NAAM ", FALSE, SP_COLUMN_NAME },
    { "Personeelsnummer", FALSE, SP_COLUMN_ID },
    { "personeels_nummer", FALSE, SP_COLUMN_ID },
    { "Employee ID", FALSE, SP_COLUMN_ID },
    { "Afdeling", FALSE, SP_COLUMN_GROUP },
    { "Afdéling", FALSE, SP_COLUMN_GROUP },
    { "Team", FALSE, SP_COLUMN_GROUP },
    { "Functie", FALSE, SP_COLUMN_ROLE },
    { "Job Title", FALSE, SP_COLUMN_ROLE },
    { "Leidinggevende", FALSE, SP_COLUMN_MANAGER },
    { "reports_to", FALSE, SP_COLUMN_MANAGER },
    { "Van", TRUE, SP_COLUMN_SOURCE },
    { "Naar", TRUE, SP_COLUMN_TARGET },
    { "Soort", TRUE, SP_COLUMN_TYPE },
    { "Gewicht", TRUE, SP_COLUMN_WEIGHT },
    { "Gericht", TRUE, SP_COLUMN_DIRECTED },
    /* a ties table's name is no person's name, and the reverse */
    { "Functie", TRUE, SP_COLUMN_AUTO },
    { "Van", FALSE, SP_COLUMN_AUTO },
    { "Prestatie", FALSE, SP_COLUMN_AUTO },
    { "", FALSE, SP_COLUMN_AUTO },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (sp_column_role_for_name (cases[i].header, cases[i].ties) != cases[i].role)
      g_error ("header “%s” has role %d, expected %d", cases[i].header,
               sp_column_role_for_name (cases[i].header, cases[i].ties), cases[i].role);
  g_assert_true (sp_column_name_matches ("Naam collega", "naam_collega"));
  g_assert_false (sp_column_name_matches ("naam", "naam2"));
}

/* Excel on a Dutch Windows: "CSV (gescheiden door puntkomma)" is ';',
 * decimal comma, Windows-1252, CRLF; HR sheets write "n.v.t." */
static void
test_dutch_excel (void)
{
  g_autoptr (SpNetwork) net = load_ok ("columns/dutch-excel.csv", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *pot = sp_network_find_attribute (net, "potential");
  SpNode *jose;

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 5);
  jose = sp_network_node (net, find (net, "M001"));
  g_assert_cmpstr (jose->name, ==, "José Müller");
  g_assert_cmpstr (jose->department, ==, "Verkoop");
  g_assert_cmpstr (jose->role, ==, "Directeur");
  g_assert_cmpstr (sp_network_node (net, find (net, "M004"))->name, ==, "Fatma Çelik");
  g_assert_cmpstr (sp_network_node (net, find (net, "M002"))->manager, ==, "M001");
  /* Prestatie and Potentieel are the talent attributes, numeric in spite
   * of n.v.t., NA and #N/A */
  g_assert_nonnull (perf);
  g_assert_nonnull (pot);
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (pot->num[find (net, "M001")], ==, 8.5);
  g_assert_cmpfloat (pot->num[find (net, "M004")], ==, 6.5);
  g_assert_true (isnan (perf->num[find (net, "M002")]));
  g_assert_true (isnan (perf->num[find (net, "M004")]));
  g_assert_true (isnan (pot->num[find (net, "M005")]));
  g_assert_null (sp_network_find_attribute (net, "prestatie"));
  g_assert_true (has_note (net, "Windows-1252"));
  g_assert_true (has_note (net, "4 values"));
  /* what the person panel says of the column: 2 of 5 without a value */
  {
    guint n = 0;

    g_assert_cmpuint (sp_attribute_n_missing (net, perf, SP_NODE_PERSON, &n), ==, 2);
    g_assert_cmpuint (n, ==, 5);
    g_assert_cmpuint (sp_attribute_n_missing (net, perf, SP_NODE_CLIENT, &n), ==, 0);
    g_assert_cmpuint (n, ==, 0);
  }
}

/* Excel's "Unicode text": UTF-16 LE with a byte-order mark, tabs */
static void
test_unicode_text (void)
{
  g_autoptr (SpNetwork) net = load_ok ("columns/unicode-text.txt", NULL);

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpstr (sp_network_node (net, find (net, "p2"))->name, ==, "Łukasz Nowak");
  g_assert_cmpstr (sp_network_node (net, find (net, "p3"))->name, ==, "李娜");
  g_assert_cmpstr (sp_network_node (net, find (net, "p1"))->department, ==, "R&D");
  g_assert_cmpint (sp_network_find_attribute (net, "performance")->type, ==, SP_ATTR_NUMERIC);
  g_assert_true (has_note (net, "UTF-16"));
}

/* the same bytes as UTF-16 BE, without a byte-order mark */
static void
test_utf16_be (void)
{
  g_autofree char *path = data_path ("columns/unicode-text.txt");
  g_autofree char *le = NULL;
  g_autofree char *be = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = NULL;

  g_assert_true (g_file_get_contents (path, &le, &len, NULL));
  be = g_malloc (len);
  for (gsize i = 2; i + 1 < len; i += 2)
    be[i - 2] = le[i + 1], be[i - 1] = le[i];
  net = sp_import_data (be, len - 2, SP_FORMAT_CSV, "be.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_network_node (net, find (net, "p2"))->name, ==, "Łukasz Nowak");
}

/* R's write.csv (NA) and SPSS / SQL exports (NULL, -, ?) */
static void
test_missing_values (void)
{
  g_autoptr (SpNetwork) net = load_ok ("columns/r-export.csv", NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *pot = sp_network_find_attribute (net, "potential");
  SpAttribute *tenure = sp_network_find_attribute (net, "tenure");

  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (tenure->type, ==, SP_ATTR_NUMERIC);
  g_assert_true (isnan (perf->num[find (net, "2")]));
  g_assert_true (isnan (perf->num[find (net, "4")]));
  g_assert_true (isnan (pot->num[find (net, "4")]));
  g_assert_cmpfloat (tenure->num[find (net, "1")], ==, 3.5);
  g_assert_true (isnan (tenure->num[find (net, "3")]));
  g_assert_cmpstr (sp_network_node (net, find (net, "3"))->department, ==, "B");
  g_assert_true (has_note (net, "6 values"));
}

/* the case: "naam" and "functie" are the name and the role, not
 * attributes while every person is shown by number */
static void
test_naam_functie (void)
{
  g_autoptr (SpNetwork) net = load_ok ("columns/naam-functie.csv", NULL);
  SpNode *m1 = sp_network_node (net, find (net, "M001"));

  g_assert_cmpstr (m1->name, ==, "Sanne Visser");
  g_assert_cmpstr (m1->role, ==, "Teamleider");
  g_assert_cmpstr (m1->department, ==, "Zorg");
  g_assert_null (sp_network_find_attribute (net, "naam"));
  g_assert_null (sp_network_find_attribute (net, "functie"));
}

static void
test_van_naar (void)
{
  g_autoptr (SpNetwork) net = load_ok ("columns/van-naar.csv", NULL);

  g_assert_cmpuint (sp_network_n_ties (net), ==, 2);
  g_assert_cmpstr (type_name (net, sp_network_tie (net, 0)), ==, "advies");
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 2.5);
  g_assert_cmpstr (sp_network_node (net, sp_network_tie (net, 1)->source)->id, ==, "M002");
}

static void
test_map_parse (void)
{
  static const struct { const char *spec, *message; } bad[] = {
    { "naam", "--map: “naam” is not COLUMN:ROLE" },
    { ":name", "--map: “:name” is not COLUMN:ROLE" },
    { "naam:naam", "--map: “naam” is not a role (id, name, group, role, manager, kind, source, "
                   "target, type, weight, directed, numeric, categorical, ignore)" },
    { "score:name:1-5", "--map: “score:name:1-5”: only a numeric column has a scale, written "
                        "MIN-MAX (“potential:numeric:1-10”)" },
    { "score:numeric:5-1", "--map: “score:numeric:5-1”: only a numeric column has a scale, "
                           "written MIN-MAX (“potential:numeric:1-10”)" },
    { "Naam:name,naam:id", "--map: column “naam” is mapped twice" },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) map = sp_column_map_parse ("Wie:id, Naam collega:name,"
                                                   "Score:numeric:1-10,x:ignore", &error);
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (map->len, ==, 4);
  g_assert_cmpstr (((SpColumnMapping *) map->pdata[1])->column, ==, "Naam collega");
  g_assert_cmpint (((SpColumnMapping *) map->pdata[1])->role, ==, SP_COLUMN_NAME);
  g_assert_cmpfloat (((SpColumnMapping *) map->pdata[2])->scale_min, ==, 1);
  g_assert_cmpfloat (((SpColumnMapping *) map->pdata[2])->scale_max, ==, 10);
  g_assert_true (isnan (((SpColumnMapping *) map->pdata[0])->scale_min));
  text = sp_column_map_to_string (map);
  g_assert_cmpstr (text, ==, "Wie:id,Naam collega:name,Score:numeric:1-10,x:ignore");
  again = sp_column_map_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) e = NULL;
      g_autoptr (GPtrArray) m = sp_column_map_parse (bad[i].spec, &e);

      g_assert_null (m);
      g_assert_error (e, SP_ERROR, SP_ERROR_INVALID);
      g_assert_cmpstr (e->message, ==, bad[i].message);
    }
}

static void
test_map_applied (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) map = sp_column_map_parse ("wie:id,bijnaam:name,WAAR:group,"
                                                   "score:categorical,cijfer:ignore", &error);
  SpImportOptions options = { .column_map = map };
  g_autoptr (SpNetwork) net = load_ok ("columns/odd-headers.csv", &options);
  SpNode *w1 = sp_network_node (net, find (net, "w1"));

  g_assert_cmpstr (w1->name, ==, "Kees");
  g_assert_cmpstr (w1->department, ==, "Noord");
  g_assert_cmpint (sp_network_find_attribute (net, "score")->type, ==, SP_ATTR_CATEGORICAL);
  g_assert_null (sp_network_find_attribute (net, "cijfer"));
  g_assert_null (sp_network_find_attribute (net, "wie"));
}

/* what the import dialog shows: the table's shape and each column's role
 * as the file would be read, before and after a map */
static void
test_preview (void)
{
  g_autofree char *path = data_path ("columns/dutch-excel.csv");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tables = sp_import_preview (path, NULL, 3, &error);
  g_autoptr (GPtrArray) map = NULL;
  SpImportOptions options = { 0 };
  SpPreviewTable *t;

  g_assert_no_error (error);
  g_assert_cmpuint (tables->len, ==, 1);
  t = g_ptr_array_index (tables, 0);
  /* a lone table of people: not ties */
  g_assert_false (t->ties);
  g_assert_cmpint (t->delimiter, ==, ';');
  g_assert_true (t->decimal_comma);
  g_assert_cmpstr (t->encoding, ==, "WINDOWS-1252");
  g_assert_cmpuint (t->n_rows, ==, 5);
  g_assert_cmpuint (t->n_cols, ==, 7);
  g_assert_cmpuint (t->n_shown, ==, 3);
  g_assert_cmpstr (t->columns[1].header, ==, "Naam");
  g_assert_cmpint (t->columns[0].role, ==, SP_COLUMN_ID);
  g_assert_cmpint (t->columns[1].role, ==, SP_COLUMN_NAME);
  g_assert_cmpint (t->columns[2].role, ==, SP_COLUMN_GROUP);
  g_assert_cmpint (t->columns[3].role, ==, SP_COLUMN_ROLE);
  g_assert_cmpint (t->columns[4].role, ==, SP_COLUMN_MANAGER);
  g_assert_cmpint (t->columns[5].role, ==, SP_COLUMN_NUMERIC);
  g_assert_cmpint (t->columns[6].role, ==, SP_COLUMN_NUMERIC);
  g_assert_false (t->columns[6].mapped);
  /* Prestatie: n.v.t. and NA; Leidinggevende: M001's empty cell */
  g_assert_cmpuint (t->columns[5].n_missing, ==, 2);
  g_assert_cmpuint (t->columns[4].n_missing, ==, 1);
  /* row 1 of the data, column Naam, converted from Windows-1252 */
  g_assert_cmpstr (t->cells[0 * 7 + 1], ==, "José Müller");
  g_assert_cmpstr (t->cells[2 * 7 + 6], ==, "n.v.t.");
  g_clear_pointer (&tables, g_ptr_array_unref);

  map = sp_column_map_parse ("functie:ignore,potentieel:categorical", &error);
  g_assert_no_error (error);
  options.column_map = map;
  tables = sp_import_preview (path, &options, 10, &error);
  g_assert_no_error (error);
  t = g_ptr_array_index (tables, 0);
  g_assert_cmpuint (t->n_shown, ==, 5);
  g_assert_cmpint (t->columns[3].role, ==, SP_COLUMN_IGNORE);
  g_assert_true (t->columns[3].mapped);
  g_assert_cmpint (t->columns[6].role, ==, SP_COLUMN_CATEGORICAL);
  g_clear_pointer (&tables, g_ptr_array_unref);

  /* a file that is not a table has nothing to map */
  g_free (path);
  path = data_path ("igraph.graphml");
  tables = sp_import_preview (path, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tables->len, ==, 0);
}

/* the map chosen in the dialog is remembered with the data set, found
 * again by another spelling of its path, and forgotten on request */
static void
test_map_remembered (void)
{
  g_autofree char *path = data_path ("columns/odd-headers.csv");
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *other = g_build_filename (folder, ".", "odd-headers.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) map = sp_column_map_parse ("wie:id,bijnaam:name,score:numeric:1-10",
                                                   &error);
  g_autoptr (GPtrArray) back = NULL;
  g_autofree char *spec = NULL;

  g_assert_null (sp_column_map_recall (path));
  g_assert_true (sp_column_map_remember (path, map, &error));
  g_assert_no_error (error);
  back = sp_column_map_recall (other);
  g_assert_nonnull (back);
  spec = sp_column_map_to_string (back);
  g_assert_cmpstr (spec, ==, "wie:id,bijnaam:name,score:numeric:1-10");
  g_assert_null (sp_column_map_recall (folder));
  g_assert_true (sp_column_map_remember (path, NULL, &error));
  g_assert_null (sp_column_map_recall (path));
}

/* a column the user calls numeric holds numbers, or the file is refused
 * at the line that does not */
static void
test_map_numeric_refused (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) map = sp_column_map_parse ("wie:id,cijfer:numeric", &error);
  SpImportOptions options = { .column_map = map };

  assert_error_full ("columns/odd-headers.csv", &options, NULL, 3,
                     "value “x” of “cijfer” is not a number");
}

/* without a map, a table none of whose columns is recognised is refused
 * with its columns named and the way to map them */
static void
test_unmapped (void)
{
  assert_error ("columns/odd-headers.csv", 1,
                "no column is recognised as an id, a name, or a tie’s source and target (the "
                "columns are “Wie”, “Bijnaam”, “Waar”, “Score”, “Cijfer”): say which is which "
                "with --map=COLUMN:ROLE or in the import dialog");
}

/* ISO-8859-1 / Windows-1252 without a single UTF-8 sequence is read as
 * Windows-1252; a file that mixes UTF-8 with bytes that are not is broken */
static void
test_latin1 (void)
{
  g_autoptr (SpNetwork) net = load_ok ("bad/latin1.csv", NULL);

  g_assert_cmpstr (sp_network_node (net, find (net, "p2"))->name, ==, "Brém");
  g_assert_true (has_note (net, "Windows-1252"));
  assert_error ("bad/broken-utf8.csv", 3, "invalid UTF-8");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/columns/role-names", test_role_names);
  g_test_add_func ("/columns/dutch-excel", test_dutch_excel);
  g_test_add_func ("/columns/unicode-text", test_unicode_text);
  g_test_add_func ("/columns/utf16-be", test_utf16_be);
  g_test_add_func ("/columns/missing-values", test_missing_values);
  g_test_add_func ("/columns/naam-functie", test_naam_functie);
  g_test_add_func ("/columns/van-naar", test_van_naar);
  g_test_add_func ("/columns/map-parse", test_map_parse);
  g_test_add_func ("/columns/map-applied", test_map_applied);
  g_test_add_func ("/columns/map-numeric-refused", test_map_numeric_refused);
  g_test_add_func ("/columns/unmapped", test_unmapped);
  g_test_add_func ("/columns/preview", test_preview);
  g_test_add_func ("/columns/map-remembered", test_map_remembered);
  g_test_add_func ("/columns/latin1", test_latin1);
  return g_test_run ();
}
