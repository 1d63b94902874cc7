/* sp-structure.c — structural holes, brokerage, E-I index, reciprocity */
#define G_LOG_DOMAIN "sp-structure"

#include "sp-analysis-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

void
_sp_structural_holes (const SpGraph *g,
                      double        *constraint,
                      double        *effective_size,
                      double        *efficiency,
                      double        *hierarchy)
{
  const guint n = g->n;
  const guint *off = g->nb_off;
  const guint *adj = g->nb_adj;
  const double *w = g->nb_w;
  g_autofree double *total = g_new (double, MAX (n, 1));
  g_autofree double *maxw = g_new (double, MAX (n, 1));
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  g_autofree double *p_i = g_new (double, MAX (n, 1));
  g_autofree double *contrib = g_new (double, MAX (n, 1));

  /* the mutual weight of i and j is m_ij = a_ij + a_ji; p_ij = m_ij / sum_k m_ik */
  for (guint v = 0; v < n; v++)
    {
      double s = 0.0, mx = 0.0;

      for (guint e = off[v]; e < off[v + 1]; e++)
        {
          s += w[e];
          mx = MAX (mx, w[e]);
        }
      total[v] = s;
      maxw[v] = mx;
    }

  for (guint i = 0; i < n; i++)
    {
      guint deg = off[i + 1] - off[i];
      double es = 0.0, c = 0.0;

      if (deg == 0)
        {
          constraint[i] = effective_size[i] = efficiency[i] = hierarchy[i] = NAN;
          continue;
        }

      for (guint e = off[i]; e < off[i + 1]; e++)
        {
          guint q = adj[e];

          mark[q] = i + 1;
          p_i[q] = w[e] / total[i];
          contrib[q] = p_i[q];
        }

      for (guint e = off[i]; e < off[i + 1]; e++)
        {
          guint j = adj[e];
          double pij = p_i[j];
          double redundancy = 0.0;

          for (guint f = off[j]; f < off[j + 1]; f++)
            {
              guint q = adj[f];

              if (mark[q] != i + 1)
                continue;
              /* indirect constraint of q on i through j */
              contrib[q] += pij * w[f] / total[j];
              /* redundancy of j: i's investment in q times j's tie to q,
               * the latter scaled by j's strongest tie (Burt; networkx) */
              redundancy += p_i[q] * w[f];
            }
          es += 1.0 - redundancy / maxw[j];
        }

      for (guint e = off[i]; e < off[i + 1]; e++)
        {
          double cq = contrib[adj[e]];
          c += cq * cq;
        }

      constraint[i] = c;
      effective_size[i] = es;
      efficiency[i] = es / deg;

      if (deg < 2)
        hierarchy[i] = NAN;
      else
        {
          double mean = c / deg, h = 0.0;

          for (guint e = off[i]; e < off[i + 1]; e++)
            {
              double cq = contrib[adj[e]];
              double r = cq * cq / mean;

              if (r > 0)
                h += r * log (r);
            }
          hierarchy[i] = h / (deg * log ((double) deg));
        }
    }
}

void
_sp_brokerage (const SpGraph *g,
               const gint    *group,
               double *const *out)
{
  const guint n = g->n;
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  guint stamp = 0;

  for (guint v = 0; v < n; v++)
    {
      double counts[5] = { 0, 0, 0, 0, 0 };
      gint gv = group[v];

      if (gv < 0)
        {
          for (guint r = 0; r < 5; r++)
            out[r][v] = NAN;
          continue;
        }

      /* every a -> v -> c with a != c and no a -> c */
      for (guint e = g->in_off[v]; e < g->in_off[v + 1]; e++)
        {
          guint a = g->in_adj[e];
          gint ga = group[a];

          if (ga < 0)
            continue;
          if (++stamp == 0)
            {
              memset (mark, 0, sizeof (guint) * n);
              stamp = 1;
            }
          for (guint f = g->out_off[a]; f < g->out_off[a + 1]; f++)
            mark[g->out_adj[f]] = stamp;

          for (guint f = g->out_off[v]; f < g->out_off[v + 1]; f++)
            {
              guint c = g->out_adj[f];
              gint gc = group[c];

              if (c == a || gc < 0 || mark[c] == stamp)
                continue;
              if (ga == gv && gc == gv)
                counts[0]++;          /* coordinator */
              else if (ga == gc)
                counts[1]++;          /* itinerant: a, c together, v outside */
              else if (ga == gv)
                counts[2]++;          /* representative: v speaks for a's group */
              else if (gc == gv)
                counts[3]++;          /* gatekeeper: v lets a into c's group */
              else
                counts[4]++;          /* liaison: three groups */
            }
        }
      for (guint r = 0; r < 5; r++)
        out[r][v] = counts[r];
    }
}

void
_sp_ei_index (const SpGraph *g,
              const gint    *group,
              double        *ei)
{
  for (guint v = 0; v < g->n; v++)
    {
      guint ext = 0, in = 0;

      if (group[v] < 0)
        {
          ei[v] = NAN;
          continue;
        }
      for (guint e = g->nb_off[v]; e < g->nb_off[v + 1]; e++)
        {
          gint gq = group[g->nb_adj[e]];

          if (gq < 0)
            continue;
          if (gq == group[v])
            in++;
          else
            ext++;
        }
      ei[v] = (ext + in) == 0 ? NAN : ((double) ext - (double) in) / (ext + in);
    }
}

void
_sp_reciprocity (const SpGraph *g,
                 double        *r)
{
  for (guint v = 0; v < g->n; v++)
    {
      guint din = g->in_off[v + 1] - g->in_off[v];
      guint dout = g->out_off[v + 1] - g->out_off[v];
      guint mutual;

      if (!g->directed || din + dout == 0)
        {
          r[v] = NAN;
          continue;
        }
      /* contacts are the union of the two rows */
      mutual = din + dout - sp_graph_n_contacts (g, v);
      r[v] = 2.0 * mutual / (din + dout);
    }
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

gint *
_sp_graph_groups (SpNetwork     *net,
                  const SpGraph *g,
                  const char    *attribute,
                  GPtrArray    **names,
                  GError       **error)
{
  g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GPtrArray) list = g_ptr_array_new ();
  g_autofree gint *group = g_new (gint, MAX (g->n, 1));
  SpAttribute *attr = NULL;

  if (attribute != NULL && strcmp (attribute, "department") != 0)
    {
      attr = sp_network_find_attribute (net, attribute);
      if (attr == NULL || attr->type != SP_ATTR_CATEGORICAL)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                       attr == NULL ? _("unknown attribute “%s”")
                                    : _("attribute “%s” is not categorical"),
                       attribute);
          return NULL;
        }
    }

  for (guint v = 0; v < g->n; v++)
    {
      guint node = g->vertex_node[v];
      const char *value = attr != NULL ? attr->str[node]
                                       : g_array_index (net->nodes, SpNode, node).department;

      if (value != NULL && g_hash_table_add (index, (gpointer) value))
        g_ptr_array_add (list, (gpointer) value);
    }
  g_ptr_array_sort (list, compare_strings);
  g_hash_table_remove_all (index);
  for (guint k = 0; k < list->len; k++)
    g_hash_table_insert (index, list->pdata[k], GUINT_TO_POINTER (k + 1));

  for (guint v = 0; v < g->n; v++)
    {
      guint node = g->vertex_node[v];
      const char *value = attr != NULL ? attr->str[node]
                                       : g_array_index (net->nodes, SpNode, node).department;

      group[v] = value == NULL ? -1 : (gint) GPOINTER_TO_UINT (g_hash_table_lookup (index, value)) - 1;
    }

  if (names != NULL)
    *names = g_steal_pointer (&list);
  return g_steal_pointer (&group);
}
