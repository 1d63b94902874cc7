/* test-workbook.c — Excel and OpenDocument workbooks as openpyxl and
 * LibreOffice write them (tests/io/data/workbook/README.md).
 *
 * What each file holds, read back by openpyxl from the same file:
 *   python3 -c "import openpyxl; wb = openpyxl.load_workbook('hr-export.xlsx');
 *     print(wb.sheetnames); [print(r) for r in wb['Medewerkers'].iter_rows(values_only=True)]"
 *   ['Medewerkers', 'Relaties', 'Toelichting']
 *   ('Personeelsnummer', 'Naam', 'Afdeling', 'Functie', 'Prestatie', 'Potentieel', 'In dienst', 'Leidinggevend')
 *   ('M001', 'José Müller', 'Verkoop', 'Directeur', 4, 8.5, datetime.datetime(2015, 3, 1, 0, 0), True)
 *   ('M002', 'Inge Ørsted', 'Verkoop', 'Accountmanager', 'n.v.t.', 7, datetime.datetime(2019, 9, 16, 0, 0), False)
 *   ('M003', 'Noël Bakker', 'Inkoop', 'Inkoper', 3, '#N/A', datetime.datetime(2021, 1, 4, 0, 0), False)
 *   ('M004', 'Fatma Çelik', 'Inkoop', 'Inkoper', 5, 9, datetime.datetime(2010, 6, 30, 0, 0), True)
 * and Relaties 4 rows: M001→M002 advies 2, M002→M003 advies 1,
 * M003→M004 samenwerking 3, M004→M001 samenwerking 1.5.  LibreOffice's
 * files are that workbook converted (README.md), so they hold the same. */
#include "io-test-util.h"

static void
check_hr_export (const char *name)
{
  g_autoptr (SpNetwork) net = load_ok (name, NULL);
  SpAttribute *perf = sp_network_find_attribute (net, "performance");
  SpAttribute *pot = sp_network_find_attribute (net, "potential");
  SpAttribute *since = sp_network_find_attribute (net, "in dienst");
  SpAttribute *lead = sp_network_find_attribute (net, "leidinggevend");
  guint m1 = find (net, "M001"), m2 = find (net, "M002"), m3 = find (net, "M003");

  g_test_message ("%s", name);
  g_assert_cmpuint (sp_network_n_persons (net), ==, 4);
  g_assert_cmpstr (sp_network_node (net, m1)->name, ==, "José Müller");
  g_assert_cmpstr (sp_network_node (net, find (net, "M004"))->name, ==, "Fatma Çelik");
  g_assert_cmpstr (sp_network_node (net, m2)->department, ==, "Verkoop");
  g_assert_cmpstr (sp_network_node (net, m3)->role, ==, "Inkoper");
  g_assert_nonnull (perf);
  g_assert_nonnull (pot);
  g_assert_cmpint (perf->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpint (pot->type, ==, SP_ATTR_NUMERIC);
  g_assert_cmpfloat (perf->num[m1], ==, 4);
  g_assert_cmpfloat (pot->num[m1], ==, 8.5);
  g_assert_true (isnan (perf->num[m2]));   /* n.v.t. */
  g_assert_true (isnan (pot->num[m3]));    /* #N/A */
  /* dates as ISO 8601, booleans as true/false */
  g_assert_nonnull (since);
  g_assert_cmpstr (since->str[m1], ==, "2015-03-01");
  g_assert_cmpstr (since->str[m2], ==, "2019-09-16");
  g_assert_nonnull (lead);
  g_assert_cmpstr (lead->str[m1], ==, "true");
  g_assert_cmpstr (lead->str[m2], ==, "false");
  /* the Relaties sheet: ties by Van/Naar/Soort/Gewicht */
  g_assert_false (net->directed);  /* no directed column */
  g_assert_cmpuint (sp_network_n_ties (net), ==, 4);
  g_assert_cmpuint (net->tie_types->len, ==, 3);  /* "" (untyped), advies, samenwerking */
  {
    gboolean found = FALSE;

    for (guint t = 0; t < sp_network_n_ties (net); t++)
      {
        SpTie *tie = sp_network_tie (net, t);

        if (tie->source == find (net, "M004") && tie->target == m1)
          {
            g_assert_cmpfloat (tie->weight, ==, 1.5);
            g_assert_cmpstr (type_name (net, tie), ==, "samenwerking");
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

static void
test_openpyxl (void)
{
  check_hr_export ("workbook/hr-export.xlsx");
}

static void
test_libreoffice_ods (void)
{
  check_hr_export ("workbook/hr-export-libreoffice.ods");
}

static void
test_libreoffice_xlsx (void)
{
  check_hr_export ("workbook/hr-export-libreoffice.xlsx");
}

/* one sheet, named nothing we know: read as a CSV file is (ties here) */
static void
test_one_sheet (void)
{
  g_autoptr (SpNetwork) net = load_ok ("workbook/one-sheet.xlsx", NULL);

  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpfloat (sp_network_tie (net, 2)->weight, ==, 1e-07);
}

/* the import dialog's preview of a workbook: its people and ties sheets */
static void
test_preview (void)
{
  g_autofree char *path = data_path ("workbook/hr-export-libreoffice.ods");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tables = sp_import_preview (path, NULL, 3, &error);
  SpPreviewTable *people, *ties;

  g_assert_no_error (error);
  g_assert_cmpuint (tables->len, ==, 2);
  people = g_ptr_array_index (tables, 0);
  ties = g_ptr_array_index (tables, 1);
  g_assert_cmpstr (people->sheet, ==, "Medewerkers");
  g_assert_false (people->ties);
  g_assert_cmpuint (people->n_cols, ==, 8);
  g_assert_cmpint (people->columns[1].role, ==, SP_COLUMN_NAME);
  g_assert_cmpuint (people->columns[4].n_missing, ==, 1);
  g_assert_cmpstr (ties->sheet, ==, "Relaties");
  g_assert_true (ties->ties);
  g_assert_cmpint (ties->columns[0].role, ==, SP_COLUMN_SOURCE);
  g_assert_null (people->encoding);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/workbook/openpyxl", test_openpyxl);
  g_test_add_func ("/workbook/libreoffice-ods", test_libreoffice_ods);
  g_test_add_func ("/workbook/libreoffice-xlsx", test_libreoffice_xlsx);
  g_test_add_func ("/workbook/one-sheet", test_one_sheet);
  g_test_add_func ("/workbook/preview", test_preview);
  return g_test_run ();
}
