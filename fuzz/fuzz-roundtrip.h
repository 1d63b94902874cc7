/* fuzz-roundtrip.h — the save round trip as a contract
 *
 * For every network an importer accepts, saving it as GraphML and
 * reading that back gives the same network: ids, kinds, names,
 * departments, roles, managers, attributes (names, types, values), ties
 * (ends, types, weights, in order), direction, title, view state and
 * positions.  Shared by fuzz-roundtrip.c and tests/io/test-roundtrip.c.
 */
#pragma once

#include <math.h>
#include <string.h>
#include <glib.h>

#include "sp-import.h"

static inline gboolean
roundtrip_same_text (const char *a,
                     const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

static inline gboolean
roundtrip_same_number (double a,
                       double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

/* NULL when @a and @b hold the same network; otherwise what differs. */
static inline char *
roundtrip_difference (SpNetwork *a,
                      SpNetwork *b)
{
  guint n = sp_network_n_nodes (a);

  if (sp_network_n_nodes (b) != n)
    return g_strdup_printf ("%u nodes became %u", n, sp_network_n_nodes (b));
  if (a->directed != b->directed)
    return g_strdup ("the direction changed");
  if (a->title != NULL && !roundtrip_same_text (a->title, b->title))
    return g_strdup_printf ("title “%s” became “%s”", a->title, b->title);
  if (!roundtrip_same_text (a->view_state, b->view_state))
    return g_strdup ("the view state changed");
  for (guint i = 0; i < n; i++)
    {
      SpNode *x = sp_network_node (a, i), *y = sp_network_node (b, i);
      const char *fx[] = { x->id, x->name, x->department, x->role, x->manager };
      const char *fy[] = { y->id, y->name, y->department, y->role, y->manager };
      static const char *const what[] = { "id", "name", "department", "role", "manager" };

      for (guint k = 0; k < G_N_ELEMENTS (fx); k++)
        if (!roundtrip_same_text (fx[k], fy[k]))
          {
            g_autofree char *ex = fx[k] != NULL ? g_strescape (fx[k], NULL) : g_strdup ("(none)");
            g_autofree char *ey = fy[k] != NULL ? g_strescape (fy[k], NULL) : g_strdup ("(none)");

            return g_strdup_printf ("node %u: %s “%s” became “%s”", i, what[k], ex, ey);
          }
      if (x->kind != y->kind)
        return g_strdup_printf ("node %u: the kind changed", i);
      if (sp_network_find_node (b, x->id) != (gint) i)
        return g_strdup_printf ("node %u is not found by its id", i);
    }
  if (a->attributes->len != b->attributes->len)
    return g_strdup_printf ("%u attributes became %u", a->attributes->len, b->attributes->len);
  for (guint k = 0; k < a->attributes->len; k++)
    {
      SpAttribute *x = g_ptr_array_index (a->attributes, k);
      SpAttribute *y = g_ptr_array_index (b->attributes, k);

      if (!roundtrip_same_text (x->name, y->name) || x->type != y->type)
        return g_strdup_printf ("attribute “%s” became “%s” or changed its type", x->name, y->name);
      if (!roundtrip_same_number (x->scale_min, y->scale_min) ||
          !roundtrip_same_number (x->scale_max, y->scale_max))
        return g_strdup_printf ("the scale of attribute “%s” changed", x->name);
      for (guint i = 0; i < n; i++)
        if (x->type == SP_ATTR_NUMERIC ? !roundtrip_same_number (x->num[i], y->num[i])
                                       : !roundtrip_same_text (x->str[i], y->str[i]))
          return g_strdup_printf ("attribute “%s” of node %u changed", x->name, i);
    }
  if (sp_network_n_ties (a) != sp_network_n_ties (b))
    return g_strdup_printf ("%u ties became %u", sp_network_n_ties (a), sp_network_n_ties (b));
  for (guint t = 0; t < sp_network_n_ties (a); t++)
    {
      SpTie *x = sp_network_tie (a, t), *y = sp_network_tie (b, t);

      if (x->source != y->source || x->target != y->target ||
          !roundtrip_same_number (x->weight, y->weight) ||
          !roundtrip_same_text (g_ptr_array_index (a->tie_types, x->type),
                                g_ptr_array_index (b->tie_types, y->type)))
        return g_strdup_printf ("tie %u changed", t);
    }
  if (a->has_layout != b->has_layout)
    return g_strdup ("the layout was lost or gained");
  for (guint i = 0; a->has_layout && i < n; i++)
    if (a->x[i] != b->x[i] || a->y[i] != b->y[i])
      return g_strdup_printf ("the position of node %u changed", i);
  return NULL;
}

/* Saves @network to memory, reads it back and compares: NULL when the
 * round trip is exact, otherwise what went wrong. */
static inline char *
roundtrip_check (SpNetwork *network)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr (SpNetwork) back = NULL;
  gsize len = 0;

  data = sp_graphml_write_data (network, &len, &error);
  if (data == NULL)
    return g_strdup_printf ("the save failed: %s", error->message);
  back = sp_import_data (data, len, SP_FORMAT_GRAPHML, "saved.graphml", &error);
  if (back == NULL)
    return g_strdup_printf ("the saved file does not reopen: %s", error->message);
  return roundtrip_difference (network, back);
}
