/* sp-test-org.h — the generated organisation of the benchmarks, shared
 * with the tests that check estimates and verdicts on it.
 *
 * Departments of about a hundred people, a manager per department who
 * attracts extra ties, and about five ties per person (three quarters
 * inside the department), seeded: the same @n and @seed give the same
 * organisation on every machine (GRand is a Mersenne twister).
 */
#pragma once

#include "sp-network.h"

static inline SpNetwork *
sp_test_organisation (guint n,
                      guint seed)
{
  SpNetwork *net = sp_network_new ();
  GRand *rand = g_rand_new_with_seed (seed);
  guint n_dept = MAX (n / 100, 2), dept_size = n / n_dept;
  guint types[3];
  const char *type_names[3] = { "advice", "collaboration", "trust" };

  for (guint t = 0; t < 3; t++)
    types[t] = sp_network_tie_type (net, type_names[t]);
  for (guint i = 0; i < n; i++)
    {
      char id[32], dept[32];
      gint node;

      g_snprintf (id, sizeof id, "p%u", i);
      g_snprintf (dept, sizeof dept, "D%03u", MIN (i / dept_size, n_dept - 1));
      node = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      sp_network_node (net, node)->department = sp_network_intern (net, dept);
    }

  for (guint k = 0; k < 5 * n; k++)
    {
      guint u = g_rand_int_range (rand, 0, n);
      guint d = MIN (u / dept_size, n_dept - 1);
      guint v;
      double r = g_rand_double (rand);

      if (r < 0.10)
        v = d * dept_size;                                      /* own manager */
      else if (r < 0.75)
        v = d * dept_size + g_rand_int_range (rand, 0, dept_size); /* colleague */
      else if (r < 0.80)
        v = g_rand_int_range (rand, 0, n_dept) * dept_size;     /* another manager */
      else
        v = g_rand_int_range (rand, 0, n);                       /* anyone */
      sp_network_add_tie (net, u, MIN (v, n - 1), types[g_rand_int_range (rand, 0, 3)],
                          g_rand_int_range (rand, 1, 4));
    }
  g_rand_free (rand);
  return net;
}

