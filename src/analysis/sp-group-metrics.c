/* sp-group-metrics.c — group and organisation level measures */
#define G_LOG_DOMAIN "sp-group-metrics"

#include "sp-group-metrics.h"
#include "sp-analysis-private.h"
#include "sp-i18n.h"

#include <math.h>

static double
ratio (double a,
       double b)
{
  return b == 0 ? NAN : a / b;
}

static double
density (gboolean directed,
         guint    n,
         guint    ties)
{
  if (n < 2)
    return NAN;
  return (directed ? 1.0 : 2.0) * ties / ((double) n * (n - 1));
}

SpGroupMetrics *
sp_group_metrics_compute (SpNetwork      *net,
                          const gboolean *tie_type_mask,
                          const gboolean *removed,
                          const char     *attribute,
                          SpMetrics      *metrics,
                          GError        **error)
{
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (SpMetrics) own = NULL;
  g_autoptr (GPtrArray) names = NULL;
  g_autofree gint *group = NULL;
  g_autofree gint *community = NULL;
  g_autofree guint *internal = NULL;
  g_autofree guint *external = NULL;
  g_autofree guint *mutual = NULL;
  g_autofree double *con_sum = NULL;
  g_autofree guint *con_n = NULL;
  g_autofree double *clu_sum = NULL;
  g_autofree double *mix_diag = NULL;   /* the mixing matrix's diagonal … */
  g_autofree double *mix_out = NULL;    /* … its row sums … */
  g_autofree double *mix_in = NULL;     /* … and column sums */
  double mix_total = 0;
  const double *constraint, *clustering;
  SpGroupMetrics *gm;
  SpGroupStats *org;
  guint n_groups, within = 0, cross = 0, arcs = 0, mutual_all = 0, org_con_n = 0;
  double org_con = 0.0, org_clu = 0.0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g = sp_graph_new (net, tie_type_mask, removed);
  group = _sp_graph_groups (net, g, attribute, &names, error);
  if (group == NULL)
    return NULL;

  if (metrics == NULL)
    {
      own = sp_metrics_compute_full (net, tie_type_mask, removed,
                                     SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING |
                                     SP_METRICS_COMMUNITY,
                                     0, NULL, NULL, NULL, error);
      if (own == NULL)
        return NULL;
      metrics = own;
    }
  g_return_val_if_fail (sp_metrics_n_nodes (metrics) == g->n_nodes, NULL);
  constraint = sp_metrics_column (metrics, SP_METRIC_CONSTRAINT);
  clustering = sp_metrics_column (metrics, SP_METRIC_CLUSTERING);

  n_groups = names->len;
  gm = g_new0 (SpGroupMetrics, 1);
  gm->directed = g->directed;
  gm->groups = g_array_sized_new (FALSE, TRUE, sizeof (SpGroupStats), n_groups);
  g_array_set_size (gm->groups, n_groups);
  internal = g_new0 (guint, n_groups + 1);
  external = g_new0 (guint, n_groups + 1);
  mutual = g_new0 (guint, n_groups + 1);
  con_sum = g_new0 (double, n_groups + 1);
  con_n = g_new0 (guint, n_groups + 1);
  clu_sum = g_new0 (double, n_groups + 1);
  mix_diag = g_new0 (double, n_groups + 1);
  mix_out = g_new0 (double, n_groups + 1);
  mix_in = g_new0 (double, n_groups + 1);

  for (guint v = 0; v < g->n; v++)
    {
      guint node = g->vertex_node[v];
      gint gv = group[v];

      if (!isnan (constraint[node]))
        {
          org_con += constraint[node];
          org_con_n++;
        }
      org_clu += clustering[node];
      if (gv < 0)
        continue;
      g_array_index (gm->groups, SpGroupStats, gv).size++;
      if (!isnan (constraint[node]))
        {
          con_sum[gv] += constraint[node];
          con_n[gv]++;
        }
      clu_sum[gv] += clustering[node];
    }

  /* every tie once: arcs, or undirected edges from their lower end */
  for (guint u = 0; u < g->n; u++)
    for (guint e = g->out_off[u]; e < g->out_off[u + 1]; e++)
      {
        guint v = g->out_adj[e];
        gint gu = group[u], gv = group[v];
        gboolean returned = FALSE;

        if (!g->directed && v < u)
          continue;
        arcs++;
        if (g->directed)
          for (guint f = g->out_off[v]; f < g->out_off[v + 1] && !returned; f++)
            returned = g->out_adj[f] == u;
        mutual_all += returned;

        /* the mixing of the groups: an arc once, an edge both ways */
        if (gu >= 0 && gv >= 0)
          {
            guint both = g->directed ? 1 : 2;

            mix_total += both;
            mix_out[gu]++;
            mix_in[gv]++;
            if (!g->directed)
              {
                mix_out[gv]++;
                mix_in[gu]++;
              }
            if (gu == gv)
              mix_diag[gu] += both;
          }

        if (gu >= 0 && gu == gv)
          {
            internal[gu]++;
            mutual[gu] += returned;
            within++;
          }
        else
          {
            if (gu >= 0)
              external[gu]++;
            if (gv >= 0)
              external[gv]++;
            if (gu >= 0 && gv >= 0)
              cross++;
          }
      }

  for (guint k = 0; k < n_groups; k++)
    {
      SpGroupStats *s = &g_array_index (gm->groups, SpGroupStats, k);

      s->name = g_ptr_array_index (names, k);
      s->internal_ties = internal[k];
      s->external_ties = external[k];
      s->density = density (g->directed, s->size, internal[k]);
      s->ei_index = ratio ((double) external[k] - internal[k], (double) external[k] + internal[k]);
      s->external_share = ratio (external[k], (double) external[k] + internal[k]);
      s->mean_constraint = ratio (con_sum[k], con_n[k]);
      s->reciprocity = g->directed ? ratio (mutual[k], internal[k]) : NAN;
      s->mean_clustering = ratio (clu_sum[k], s->size);
      s->modularity = NAN;
      s->louvain_modularity = NAN;
      s->assortativity = NAN;
    }

  org = &gm->organisation;
  org->name = NULL;
  org->size = g->n;
  org->internal_ties = within;
  org->external_ties = cross;
  org->density = density (g->directed, g->n, arcs);
  org->ei_index = ratio ((double) cross - within, (double) cross + within);
  org->external_share = ratio (cross, (double) cross + within);
  org->mean_constraint = ratio (org_con, org_con_n);
  org->reciprocity = g->directed ? ratio (mutual_all, arcs) : NAN;
  org->mean_clustering = ratio (org_clu, g->n);
  org->modularity = _sp_modularity (g, group);
  org->louvain_modularity = sp_metrics_modularity (metrics);
  /* r = (Σ e_ii − Σ a_i b_i) / (1 − Σ a_i b_i) (Newman 2003) */
  {
    double trace = 0, ab = 0;

    for (guint k = 0; k < n_groups && mix_total > 0; k++)
      {
        trace += mix_diag[k] / mix_total;
        ab += (mix_out[k] / mix_total) * (mix_in[k] / mix_total);
      }
    org->assortativity = mix_total > 0 && fabs (1 - ab) > 1e-15 ? (trace - ab) / (1 - ab) : NAN;
  }

  return gm;
}

void
sp_group_metrics_free (SpGroupMetrics *gm)
{
  if (gm == NULL)
    return;
  g_array_unref (gm->groups);
  g_free (gm);
}

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (out, ',');
  g_string_append (out, sp_metrics_format_value (buf, value));
}

static void
append_row (GString            *out,
            const SpGroupStats *s)
{
  g_string_append (out, s->name != NULL ? "group," : "organisation,");
  sp_csv_append_field (out, s->name);
  g_string_append_printf (out, ",%u,%u,%u", s->size, s->internal_ties, s->external_ties);
  append_number (out, s->density);
  append_number (out, s->ei_index);
  append_number (out, s->external_share);
  append_number (out, s->mean_constraint);
  append_number (out, s->reciprocity);
  append_number (out, s->mean_clustering);
  append_number (out, s->modularity);
  append_number (out, s->louvain_modularity);
  append_number (out, s->assortativity);
  g_string_append_c (out, '\n');
}

gboolean
sp_group_metrics_write (SpGroupMetrics *gm,
                        const char     *path,
                        GError        **error)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_return_val_if_fail (gm != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_string_append (out, "level,group,size,internal_ties,external_ties,density,ei_index,"
                        "external_share,mean_constraint,reciprocity,mean_clustering,"
                        "modularity,louvain_modularity,assortativity\n");
  for (guint k = 0; k < gm->groups->len; k++)
    append_row (out, &g_array_index (gm->groups, SpGroupStats, k));
  append_row (out, &gm->organisation);
  return sp_csv_write (path, out, error);
}

gboolean
sp_group_metrics_write_csv (SpNetwork      *net,
                            const gboolean *tie_type_mask,
                            const gboolean *removed,
                            const char     *attribute,
                            const char     *path,
                            GError        **error)
{
  g_autoptr (SpGroupMetrics) gm = NULL;

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  gm = sp_group_metrics_compute (net, tie_type_mask, removed, attribute, NULL, error);
  if (gm == NULL)
    return FALSE;
  return sp_group_metrics_write (gm, path, error);
}

SpGroupMatrix *
sp_group_matrix_compute (SpNetwork      *net,
                         const gboolean *tie_type_mask,
                         const gboolean *removed,
                         const char     *attribute,
                         GError        **error)
{
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (GPtrArray) names = NULL;
  g_autofree gint *group = NULL;
  SpGroupMatrix *gmx;
  guint n;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g = sp_graph_new (net, tie_type_mask, removed);
  group = _sp_graph_groups (net, g, attribute, &names, error);
  if (group == NULL)
    return NULL;

  n = names->len;
  gmx = g_new0 (SpGroupMatrix, 1);
  gmx->names = g_steal_pointer (&names);
  gmx->n = n;
  gmx->ties = g_new0 (guint, MAX ((gsize) n * n, 1));
  /* the contacts are the distinct in- or out-neighbours: each pair of
   * people once, from its lower end */
  for (guint u = 0; u < g->n; u++)
    for (guint e = g->nb_off[u]; e < g->nb_off[u + 1]; e++)
      {
        guint v = g->nb_adj[e];
        gint gu = group[u], gv = group[v];

        if (v < u || gu < 0 || gv < 0)
          continue;
        gmx->ties[(gsize) gu * n + gv]++;
        if (gu != gv)
          gmx->ties[(gsize) gv * n + gu]++;
      }
  return gmx;
}

void
sp_group_matrix_free (SpGroupMatrix *gmx)
{
  if (gmx == NULL)
    return;
  g_ptr_array_unref (gmx->names);
  g_free (gmx->ties);
  g_free (gmx);
}

gboolean
sp_group_matrix_write (SpGroupMatrix *gmx,
                       const char    *path,
                       GError       **error)
{
  g_autoptr (GString) out = g_string_new ("group");

  g_return_val_if_fail (gmx != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint b = 0; b < gmx->n; b++)
    {
      g_string_append_c (out, ',');
      sp_csv_append_field (out, g_ptr_array_index (gmx->names, b));
    }
  g_string_append_c (out, '\n');
  for (guint a = 0; a < gmx->n; a++)
    {
      sp_csv_append_field (out, g_ptr_array_index (gmx->names, a));
      for (guint b = 0; b < gmx->n; b++)
        g_string_append_printf (out, ",%u", gmx->ties[(gsize) a * gmx->n + b]);
      g_string_append_c (out, '\n');
    }
  return sp_csv_write (path, out, error);
}
