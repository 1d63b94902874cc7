/* sp-projection.c — one-mode projection of two-mode data */
#define G_LOG_DOMAIN "sp-projection"

#include "sp-projection.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  guint64 key;    /* (person a << 32) | person b, a < b, new indices */
} Pair;

static int
compare_pair (const void *a,
              const void *b)
{
  guint64 x = ((const Pair *) a)->key, y = ((const Pair *) b)->key;

  return (x > y) - (x < y);
}

static int
compare_uint (const void *a,
              const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

SpNetwork *
sp_network_project (SpNetwork  *two_mode,
                    GError    **error)
{
  g_autoptr (SpNetwork) out = NULL;
  g_autoptr (GArray) pairs = NULL;
  g_autofree gint *new_index = NULL;
  g_autofree guint *off = NULL;
  g_autofree guint *members = NULL;
  g_autofree guint *fill = NULL;
  guint n, n_ties, shared;

  g_return_val_if_fail (two_mode != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (sp_network_n_clients (two_mode) == 0)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("%s: no clients or events to project through"),
                   two_mode->title != NULL ? two_mode->title : _("network"));
      return NULL;
    }

  n = sp_network_n_nodes (two_mode);
  n_ties = sp_network_n_ties (two_mode);
  out = sp_network_new ();
  new_index = g_new (gint, MAX (n, 1));

  /* the persons, with their fields */
  for (guint i = 0; i < n; i++)
    {
      const SpNode *src = sp_network_node (two_mode, i);
      SpNode *dst;
      gint k;

      new_index[i] = -1;
      if (src->kind != SP_NODE_PERSON)
        continue;
      k = sp_network_add_node (out, src->id, SP_NODE_PERSON, error);
      if (k < 0)
        return NULL;
      new_index[i] = k;
      dst = sp_network_node (out, k);
      dst->name = sp_network_intern (out, src->name);
      dst->department = sp_network_intern (out, src->department);
      dst->role = sp_network_intern (out, src->role);
      dst->manager = sp_network_intern (out, src->manager);
    }

  /* their attributes */
  for (guint a = 0; a < two_mode->attributes->len; a++)
    {
      SpAttribute *src = g_ptr_array_index (two_mode->attributes, a);
      SpAttribute *dst = sp_network_ensure_attribute (out, src->name, src->type);

      for (guint i = 0; i < n; i++)
        {
          if (new_index[i] < 0)
            continue;
          if (src->type == SP_ATTR_NUMERIC)
            {
              if (!isnan (src->num[i]))
                sp_network_set_numeric (out, dst, new_index[i], src->num[i]);
            }
          else if (src->str[i] != NULL)
            sp_network_set_string (out, dst, new_index[i], src->str[i]);
        }
    }

  /* members of each client: persons tied to it, new indices, distinct */
  off = g_new0 (guint, n + 1);
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          for (guint i = 0; i < n; i++)
            off[i + 1] += off[i];
          members = g_new (guint, MAX (off[n], 1));
          fill = g_memdup2 (off, sizeof (guint) * (n + 1));
        }
      for (guint t = 0; t < n_ties; t++)
        {
          const SpTie *tie = sp_network_tie (two_mode, t);
          guint client, person;

          if (!(tie->weight > 0))
            continue;
          if (sp_network_node (two_mode, tie->target)->kind == SP_NODE_CLIENT)
            client = tie->target, person = tie->source;
          else
            client = tie->source, person = tie->target;
          if (sp_network_node (two_mode, client)->kind != SP_NODE_CLIENT || new_index[person] < 0)
            continue;
          if (pass == 0)
            off[client + 1]++;
          else
            members[fill[client]++] = (guint) new_index[person];
        }
    }

  /* every pair of members of a client, once per client */
  pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  for (guint c = 0; c < n; c++)
    {
      guint *m = members + off[c];
      guint len = off[c + 1] - off[c], k = 0;

      if (len < 2)
        continue;
      qsort (m, len, sizeof (guint), compare_uint);
      for (guint i = 0; i < len; i++)
        if (k == 0 || m[k - 1] != m[i])
          m[k++] = m[i];
      for (guint i = 0; i < k; i++)
        for (guint j = i + 1; j < k; j++)
          {
            Pair p = { ((guint64) m[i] << 32) | m[j] };

            g_array_append_val (pairs, p);
          }
    }
  g_array_sort (pairs, (GCompareFunc) compare_pair);

  shared = sp_network_tie_type (out, "shared");
  for (guint i = 0; i < pairs->len;)
    {
      guint64 key = g_array_index (pairs, Pair, i).key;
      guint j = i;

      while (j < pairs->len && g_array_index (pairs, Pair, j).key == key)
        j++;
      sp_network_add_tie (out, key >> 32, key & 0xffffffffu, shared, j - i);
      i = j;
    }

  out->directed = FALSE;
  {
    const char *title = two_mode->title != NULL && *two_mode->title != '\0' ? two_mode->title : NULL;
    g_autofree char *t = title != NULL ? g_strdup_printf (_("%s (one-mode projection)"), title)
                                       : g_strdup (_("One-mode projection"));

    sp_network_set_title (out, t);
  }
  out->source_path = g_strdup (two_mode->source_path);

  if (two_mode->has_layout && two_mode->x != NULL)
    {
      sp_network_ensure_positions (out);
      for (guint i = 0; i < n; i++)
        if (new_index[i] >= 0)
          {
            out->x[new_index[i]] = two_mode->x[i];
            out->y[new_index[i]] = two_mode->y[i];
          }
      out->has_layout = TRUE;
    }
  return g_steal_pointer (&out);
}
