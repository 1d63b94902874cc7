/* test-clients.c — client contacts, single points of contact, Jaccard
 * overlaps of client sets, and their CSV files */
#include <glib/gstdio.h>
#include <math.h>

#include "sp-client-metrics.h"
#include "sp-graph.h"

static SpNetwork *
make_network (void)
{
  SpNetwork *net = sp_network_new ();
  const char *people[][2] = {
    { "a", "Sales" }, { "b", "Sales" }, { "c", "Ops" }, { "d", "Ops" }, { "e", NULL }, { "f", "HR" },
  };
  guint advice, trust;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint n = sp_network_add_node (net, people[i][0], SP_NODE_PERSON, NULL);
      sp_network_node (net, n)->department = sp_network_intern (net, people[i][1]);
    }
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("K%u", i);
      sp_network_add_node (net, id, SP_NODE_CLIENT, NULL);
    }
  sp_network_node (net, 6)->name = sp_network_intern (net, "Klant, één");

  advice = sp_network_tie_type (net, "advice");
  trust = sp_network_tie_type (net, "trust");
#define TIE(s, t, type, w) \
  sp_network_add_tie (net, sp_network_find_node (net, s), sp_network_find_node (net, t), type, w)
  TIE ("a", "K1", advice, 1);
  TIE ("a", "K1", advice, 2);    /* parallel */
  TIE ("b", "K1", trust, 1);
  TIE ("K1", "c", advice, 1);    /* client as the source */
  TIE ("a", "K2", advice, 1);
  TIE ("c", "K2", advice, 1);
  TIE ("d", "K3", advice, 1);
  TIE ("e", "K3", advice, 0);    /* weight 0: no tie */
  TIE ("f", "K4", advice, -2);   /* negative: no tie */
  TIE ("K2", "K3", advice, 1);   /* client–client: not an employee tie */
  TIE ("a", "b", advice, 1);     /* internal */
#undef TIE
  return net;
}

static void
test_contacts (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  const SpClientStats *k1, *k2, *k3, *k4;
  gint a = sp_network_find_node (net, "a"), b = sp_network_find_node (net, "b");
  gint c = sp_network_find_node (net, "c"), d = sp_network_find_node (net, "d");
  gint e = sp_network_find_node (net, "e"), f = sp_network_find_node (net, "f");

  g_assert_cmpuint (sp_client_metrics_n_clients (cm), ==, 4);
  k1 = sp_client_metrics_client (cm, 0);
  k2 = sp_client_metrics_find (cm, sp_network_find_node (net, "K2"));
  k3 = sp_client_metrics_client (cm, 2);
  k4 = sp_client_metrics_client (cm, 3);
  g_assert_null (sp_client_metrics_find (cm, a));

  g_assert_cmpuint (k1->n_contacts, ==, 3);
  g_assert_cmpuint (k1->contacts[0], ==, a);
  g_assert_cmpuint (k1->contacts[2], ==, c);
  g_assert_cmpuint (k1->n_departments, ==, 2);
  g_assert_cmpstr (k1->departments[0], ==, "Ops");
  g_assert_cmpstr (k1->departments[1], ==, "Sales");
  g_assert_false (k1->single_point_of_contact);
  g_assert_cmpuint (k2->n_contacts, ==, 2);
  g_assert_cmpuint (k3->n_contacts, ==, 1);
  g_assert_true (k3->single_point_of_contact);
  g_assert_cmpuint (k4->n_contacts, ==, 0);
  g_assert_false (k4->single_point_of_contact);

  g_assert_cmpuint (sp_client_metrics_n_person_clients (cm, a), ==, 2);
  g_assert_cmpfloat (sp_client_metrics_person_overlap (cm, a, b), ==, 0.5);
  g_assert_cmpfloat (sp_client_metrics_person_overlap (cm, a, c), ==, 1.0);
  g_assert_cmpfloat (sp_client_metrics_person_overlap (cm, b, c), ==, 0.5);
  g_assert_cmpfloat (sp_client_metrics_person_overlap (cm, a, d), ==, 0.0);
  g_assert_cmpfloat (sp_client_metrics_person_overlap (cm, e, f), ==, 0.0);  /* both empty */

  g_assert_cmpuint (sp_client_metrics_departments (cm)->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (sp_client_metrics_department_overlap (cm, "Sales", "Ops"), 2.0 / 3, 1e-15);
  g_assert_cmpfloat (sp_client_metrics_department_overlap (cm, "Ops", "Ops"), ==, 1.0);
  g_assert_cmpfloat (sp_client_metrics_department_overlap (cm, "Sales", "HR"), ==, 0.0);
  g_assert_cmpfloat (sp_client_metrics_department_overlap (cm, "HR", "HR"), ==, 0.0);
  g_assert_cmpfloat (sp_client_metrics_department_overlap (cm, "Nope", "HR"), ==, 0.0);
}

static void
test_selection (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autofree gboolean *trust = sp_network_parse_tie_types (net, "trust", NULL);
  g_autofree gboolean *removed = g_new0 (gboolean, sp_network_n_nodes (net));
  g_autoptr (SpClientMetrics) by_trust = sp_client_metrics_compute (net, trust, NULL);
  g_autoptr (SpClientMetrics) without = NULL;

  g_assert_cmpuint (sp_client_metrics_client (by_trust, 0)->n_contacts, ==, 1);
  g_assert_true (sp_client_metrics_client (by_trust, 0)->single_point_of_contact);
  g_assert_cmpuint (sp_client_metrics_client (by_trust, 1)->n_contacts, ==, 0);

  removed[sp_network_find_node (net, "c")] = TRUE;
  removed[sp_network_find_node (net, "K4")] = TRUE;
  without = sp_client_metrics_compute (net, NULL, removed);
  g_assert_cmpuint (sp_client_metrics_n_clients (without), ==, 3);
  g_assert_cmpuint (sp_client_metrics_client (without, 0)->n_contacts, ==, 2);
  g_assert_cmpuint (sp_client_metrics_client (without, 0)->n_departments, ==, 1);
  g_assert_true (sp_client_metrics_client (without, 1)->single_point_of_contact);
}

static void
test_csv (void)
{
  g_autoptr (SpNetwork) net = make_network ();
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (net, NULL, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-clients-XXXXXX", &error);
  g_autofree char *report = g_build_filename (dir, "clients.csv", NULL);
  g_autofree char *overlap = g_build_filename (dir, "overlap.csv", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (sp_client_metrics_write_csv (net, cm, report, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (report, &text, NULL, NULL));
  g_assert_cmpstr (text, ==,
                   "id,name,contacts,departments,single_point_of_contact,contact_ids,department_names,"
                   "mean_internal_path,max_internal_path,unreachable_pairs,contacts_all_tied,contacts_within_two\n"
                   "K1,\"Klant, één\",3,2,false,a;b;c,Ops;Sales,1,1,2,false,false\n"
                   "K2,,2,2,false,a;c,Ops;Sales,,,1,false,false\n"
                   "K3,,1,1,true,d,Ops,,,0,,\n"
                   "K4,,0,0,false,,,,,0,,\n");
  g_clear_pointer (&text, g_free);

  g_assert_true (sp_client_overlap_write_csv (net, cm, overlap, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (overlap, &text, NULL, NULL));
  g_assert_cmpstr (text, ==,
                   "department,HR,Ops,Sales\n"
                   "HR,0,0,0\n"
                   "Ops,0,1,0.6666666666666666\n"
                   "Sales,0,0.6666666666666666,1\n");

  g_assert_false (sp_client_overlap_write_csv (net, cm, "/nonexistent/dir/o.csv", &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);

  g_unlink (report);
  g_unlink (overlap);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clients/contacts", test_contacts);
  g_test_add_func ("/clients/selection", test_selection);
  g_test_add_func ("/clients/csv", test_csv);

  return g_test_run ();
}
