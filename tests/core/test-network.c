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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/network/nodes-and-interning", test_nodes_and_interning);
  g_test_add_func ("/network/attributes-grow", test_attributes_grow);
  g_test_add_func ("/network/ties-and-types", test_ties_and_types);
  g_test_add_func ("/network/departments-sorted", test_departments_sorted);
  return g_test_run ();
}
