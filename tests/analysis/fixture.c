/* fixture.c — reading the files written by make-fixtures.py */
#include "fixture.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

GPtrArray *
fixture_read_tsv (const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "analysis", "data", file, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

SpNetwork *
fixture_load_graph (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".graph", NULL);
  g_autoptr (GPtrArray) rows = fixture_read_tsv (file);
  SpNetwork *net = sp_network_new ();

  sp_network_set_title (net, name);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->pdata[i];

      if (strcmp (f[0], "directed") == 0)
        net->directed = atoi (f[1]) != 0;
      else if (strcmp (f[0], "node") == 0)
        {
          g_autoptr (GError) error = NULL;
          gint n = sp_network_add_node (net, f[1],
                                        strcmp (f[2], "client") == 0 ? SP_NODE_CLIENT : SP_NODE_PERSON,
                                        &error);
          g_assert_no_error (error);
          if (f[3] != NULL && f[3][0] != '\0')
            sp_network_node (net, n)->department = sp_network_intern (net, f[3]);
        }
      else if (strcmp (f[0], "tie") == 0)
        {
          gint s = sp_network_find_node (net, f[1]);
          gint t = sp_network_find_node (net, f[2]);

          g_assert_cmpint (s, >=, 0);
          g_assert_cmpint (t, >=, 0);
          sp_network_add_tie (net, s, t, sp_network_tie_type (net, f[3]),
                              g_ascii_strtod (f[4], NULL));
        }
      else
        g_assert_not_reached ();
    }
  return net;
}

double
fixture_number (const char *cell)
{
  if (cell == NULL || cell[0] == '\0')
    return NAN;
  return g_ascii_strtod (cell, NULL);
}

gboolean
fixture_close (double got,
               double want,
               double tol)
{
  if (isnan (want) || isnan (got))
    return isnan (want) && isnan (got);
  return fabs (got - want) <= tol * MAX (1.0, fabs (want));
}
