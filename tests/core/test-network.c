#include <math.h>
#include "sp-network.h"

static void
test_nodes_and_interning (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GError) error = NULL;
  gint a, b, c;

  a = sp_network_add_node (net, "a", SP_NODE_PERSON, &error);
  g_assert_no_error (error);
  b = sp_network_add_node (net, "b", SP_NODE_PERSON, &error);
  c = sp_network_add_node (net, "c1", SP_NODE_CLIENT, &error);
  g_assert_cmpint (a, ==, 0);
  g_assert_cmpint (b, ==, 1);
  g_assert_cmpint (c, ==, 2);
  g_assert_cmpint (sp_network_add_node (net, "a", SP_NODE_PERSON, &error), ==, -1);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_cmpint (sp_network_find_node (net, "b"), ==, 1);
  g_assert_cmpint (sp_network_find_node (net, "zz"), ==, -1);
  g_assert_true (sp_network_intern (net, "x") == sp_network_intern (net, "x"));
  g_assert_cmpuint (sp_network_n_persons (net), ==, 2);
  g_assert_cmpuint (sp_network_n_clients (net), ==, 1);
}

static void
test_attributes_grow (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  SpAttribute *perf = sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC);
  SpAttribute *role = sp_network_ensure_attribute (net, "level", SP_ATTR_CATEGORICAL);

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      perf = sp_network_find_attribute (net, "performance");
      if (i % 3 != 0)
        sp_network_set_numeric (net, perf, n, i * 0.5);
      if (i % 2 == 0)
        sp_network_set_string (net, role, n, "senior");
    }
  g_assert_true (isnan (perf->num[0]));
  g_assert_cmpfloat (perf->num[998], ==, 499.0);
  g_assert_cmpstr (role->str[998], ==, "senior");
  g_assert_null (role->str[999]);
  g_assert_null (sp_network_attribute_text (net, perf, 999));
}

static void
test_ties_and_types (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  guint advice, trust;

  sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  sp_network_add_node (net, "b", SP_NODE_PERSON, NULL);
  advice = sp_network_tie_type (net, "advice");
  trust = sp_network_tie_type (net, "trust");
  g_assert_cmpuint (advice, !=, trust);
  g_assert_cmpuint (sp_network_tie_type (net, "advice"), ==, advice);
  g_assert_cmpuint (sp_network_tie_type (net, NULL), ==, 0);
  sp_network_add_tie (net, 0, 1, advice, 2.5);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 1);
  g_assert_cmpfloat (sp_network_tie (net, 0)->weight, ==, 2.5);
  g_assert_cmpuint (sp_network_n_tie_pairs (net), ==, 1);

  /* a pair counts once, whatever its types and directions; a loop not */
  sp_network_add_node (net, "c", SP_NODE_PERSON, NULL);
  sp_network_add_tie (net, 1, 0, advice, 1);
  sp_network_add_tie (net, 0, 1, trust, 1);
  sp_network_add_tie (net, 2, 2, trust, 1);
  sp_network_add_tie (net, 2, 0, trust, 1);
  g_assert_cmpuint (sp_network_n_ties (net), ==, 5);
  g_assert_cmpuint (sp_network_n_tie_pairs (net), ==, 2);
}

static void
test_departments_sorted (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  const char *depts[] = { "Sales", "Finance", "Sales", NULL };
  g_autoptr (GPtrArray) out = NULL;

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      sp_network_node (net, n)->department = sp_network_intern (net, depts[i]);
    }
  out = sp_network_departments (net);
  g_assert_cmpuint (out->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (out, 0), ==, "Finance");
  g_assert_cmpstr (g_ptr_array_index (out, 1), ==, "Sales");
}

/* A copy has everything, shares no strings, and changing it leaves the
 * original alone. */
static void
test_copy (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpNetwork) copy = NULL;
  SpAttribute *age, *site, *a;
  gint anna, bob, client;

  net->directed = TRUE;
  sp_network_set_title (net, "Org");
  anna = sp_network_add_node (net, "a", SP_NODE_PERSON, NULL);
  bob = sp_network_add_node (net, "b", SP_NODE_PERSON, NULL);
  client = sp_network_add_node (net, "c", SP_NODE_CLIENT, NULL);
  sp_network_node (net, anna)->name = sp_network_intern (net, "Anna de Vries");
  sp_network_node (net, anna)->department = sp_network_intern (net, "Sales");
  sp_network_node (net, anna)->role = sp_network_intern (net, "Lead");
  sp_network_node (net, bob)->department = sp_network_intern (net, "Delivery");
  sp_network_node (net, bob)->manager = sp_network_intern (net, "a");
  sp_network_add_tie (net, anna, bob, sp_network_tie_type (net, "advice"), 2.5);
  sp_network_add_tie (net, bob, client, 0, 1);
  age = sp_network_ensure_attribute (net, "age", SP_ATTR_NUMERIC);
  site = sp_network_ensure_attribute (net, "site", SP_ATTR_CATEGORICAL);
  sp_network_set_numeric (net, age, anna, 41);
  sp_network_set_string (net, site, bob, "Utrecht");
  sp_network_ensure_positions (net);
  net->x[bob] = 3;
  net->y[bob] = 4;
  net->has_layout = TRUE;

  copy = sp_network_copy (net);
  g_assert_true (copy != net);
  g_assert_true (copy->directed);
  g_assert_cmpstr (copy->title, ==, "Org");
  g_assert_cmpuint (sp_network_n_nodes (copy), ==, 3);
  g_assert_cmpuint (sp_network_n_persons (copy), ==, 2);
  g_assert_cmpuint (sp_network_n_clients (copy), ==, 1);
  g_assert_cmpint (sp_network_find_node (copy, "b"), ==, bob);
  g_assert_cmpint (sp_network_find_node (copy, "c"), ==, client);
  g_assert_cmpstr (sp_network_node (copy, anna)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (copy, anna)->department, ==, "Sales");
  g_assert_cmpstr (sp_network_node (copy, anna)->role, ==, "Lead");
  g_assert_cmpstr (sp_network_node (copy, bob)->manager, ==, "a");
  g_assert_true (sp_network_node (copy, anna)->department != sp_network_node (net, anna)->department);
  g_assert_true (sp_network_node (copy, anna)->department == sp_network_intern (copy, "Sales"));
  g_assert_cmpuint (sp_network_n_ties (copy), ==, 2);
  g_assert_cmpuint (sp_network_tie (copy, 0)->target, ==, (guint) bob);
  g_assert_cmpfloat (sp_network_tie (copy, 0)->weight, ==, 2.5);
  g_assert_cmpuint (sp_network_tie (copy, 0)->type, ==, sp_network_tie_type (copy, "advice"));
  g_assert_cmpuint (copy->tie_types->len, ==, net->tie_types->len);
  a = sp_network_find_attribute (copy, "age");
  g_assert_nonnull (a);
  g_assert_cmpfloat (a->num[anna], ==, 41);
  g_assert_true (isnan (a->num[bob]));
  a = sp_network_find_attribute (copy, "site");
  g_assert_nonnull (a);
  g_assert_cmpstr (a->str[bob], ==, "Utrecht");
  g_assert_null (a->str[anna]);
  g_assert_true (copy->has_layout);
  g_assert_cmpfloat (copy->x[bob], ==, 3);
  g_assert_cmpfloat (copy->y[bob], ==, 4);

  /* the copy grows and changes on its own */
  sp_network_node (copy, anna)->department = sp_network_intern (copy, "Delivery");
  g_assert_cmpint (sp_network_add_node (copy, "d", SP_NODE_PERSON, NULL), ==, 3);
  sp_network_set_numeric (copy, sp_network_find_attribute (copy, "age"), 3, 30);
  g_assert_cmpstr (sp_network_node (net, anna)->department, ==, "Sales");
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 3);
  g_assert_cmpint (sp_network_find_node (net, "d"), ==, -1);
  g_assert_cmpfloat (age->num[anna], ==, 41);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/network/nodes-and-interning", test_nodes_and_interning);
  g_test_add_func ("/network/attributes-grow", test_attributes_grow);
  g_test_add_func ("/network/ties-and-types", test_ties_and_types);
  g_test_add_func ("/network/departments-sorted", test_departments_sorted);
  g_test_add_func ("/network/copy", test_copy);
  return g_test_run ();
}
