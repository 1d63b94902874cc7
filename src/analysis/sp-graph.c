/* sp-graph.c — the person–person CSR graph */
#define G_LOG_DOMAIN "sp-graph"

#include "sp-graph.h"
#include "sp-i18n.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  guint  v;
  double w;
} Arc;

static int
compare_arcs (const void *a,
              const void *b)
{
  guint va = ((const Arc *) a)->v;
  guint vb = ((const Arc *) b)->v;

  return (va > vb) - (va < vb);
}

/* Sorts each row by target and merges repeated targets, summing their
 * weights.  Rewrites @off in place; returns the number of arcs kept. */
static guint
sort_and_merge_rows (guint  n,
                     guint *off,
                     Arc   *arcs)
{
  guint out = 0;
  guint start = 0;

  for (guint v = 0; v < n; v++)
    {
      guint end = off[v + 1];
      guint row_start = out;

      if (end - start > 1)
        qsort (arcs + start, end - start, sizeof (Arc), compare_arcs);
      for (guint i = start; i < end; i++)
        {
          if (out > row_start && arcs[out - 1].v == arcs[i].v)
            arcs[out - 1].w += arcs[i].w;
          else
            arcs[out++] = arcs[i];
        }
      off[v] = row_start;
      start = end;
    }
  off[n] = out;
  return out;
}

static void
split_arcs (const Arc *arcs,
            guint      len,
            guint    **adj,
            double   **w)
{
  *adj = g_new (guint, MAX (len, 1));
  *w = g_new (double, MAX (len, 1));
  for (guint i = 0; i < len; i++)
    {
      (*adj)[i] = arcs[i].v;
      (*w)[i] = arcs[i].w;
    }
}

SpGraph *
sp_graph_new (SpNetwork      *net,
              const gboolean *tie_type_mask,
              const gboolean *removed)
{
  SpGraph *g;
  g_autofree Arc *arcs = NULL;
  g_autofree guint *fill = NULL;
  guint n_nodes, n_ties, total = 0, kept;

  g_return_val_if_fail (net != NULL, NULL);

  n_nodes = sp_network_n_nodes (net);
  n_ties = sp_network_n_ties (net);

  g = g_new0 (SpGraph, 1);
  g->directed = net->directed;
  g->n_nodes = n_nodes;
  g->node_vertex = g_new (gint, MAX (n_nodes, 1));
  g->vertex_node = g_new (guint, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    {
      const SpNode *node = &g_array_index (net->nodes, SpNode, i);

      if (node->kind == SP_NODE_PERSON && (removed == NULL || !removed[i]))
        {
          g->node_vertex[i] = (gint) g->n;
          g->vertex_node[g->n++] = i;
        }
      else
        g->node_vertex[i] = -1;
    }

  /* count arcs per source vertex */
  g->out_off = g_new0 (guint, g->n + 1);
  for (guint t = 0; t < n_ties; t++)
    {
      const SpTie *tie = &g_array_index (net->ties, SpTie, t);
      gint u = g->node_vertex[tie->source];
      gint v = g->node_vertex[tie->target];

      if (u < 0 || v < 0 || u == v || !(tie->weight > 0) ||
          (tie_type_mask != NULL && !tie_type_mask[tie->type]))
        continue;
      g->out_off[u + 1]++;
      total++;
      if (!g->directed)
        {
          g->out_off[v + 1]++;
          total++;
        }
    }
  for (guint v = 0; v < g->n; v++)
    g->out_off[v + 1] += g->out_off[v];

  arcs = g_new (Arc, MAX (total, 1));
  fill = g_memdup2 (g->out_off, sizeof (guint) * (g->n + 1));
  for (guint t = 0; t < n_ties; t++)
    {
      const SpTie *tie = &g_array_index (net->ties, SpTie, t);
      gint u = g->node_vertex[tie->source];
      gint v = g->node_vertex[tie->target];

      if (u < 0 || v < 0 || u == v || !(tie->weight > 0) ||
          (tie_type_mask != NULL && !tie_type_mask[tie->type]))
        continue;
      arcs[fill[u]++] = (Arc) { (guint) v, tie->weight };
      if (!g->directed)
        arcs[fill[v]++] = (Arc) { (guint) u, tie->weight };
    }

  kept = sort_and_merge_rows (g->n, g->out_off, arcs);
  split_arcs (arcs, kept, &g->out_adj, &g->out_w);
  g->m = g->directed ? kept : kept / 2;

  if (!g->directed)
    {
      g->in_off = g->out_off;
      g->in_adj = g->out_adj;
      g->in_w = g->out_w;
      g->nb_off = g->out_off;
      g->nb_adj = g->out_adj;
      g->nb_w = g->out_w;
      return g;
    }

  /* predecessors: a transpose, rows come out sorted because sources are
   * visited in order */
  g->in_off = g_new0 (guint, g->n + 1);
  for (guint i = 0; i < kept; i++)
    g->in_off[g->out_adj[i] + 1]++;
  for (guint v = 0; v < g->n; v++)
    g->in_off[v + 1] += g->in_off[v];
  g->in_adj = g_new (guint, MAX (kept, 1));
  g->in_w = g_new (double, MAX (kept, 1));
  memcpy (fill, g->in_off, sizeof (guint) * (g->n + 1));
  for (guint u = 0; u < g->n; u++)
    for (guint i = g->out_off[u]; i < g->out_off[u + 1]; i++)
      {
        guint v = g->out_adj[i];

        g->in_adj[fill[v]] = u;
        g->in_w[fill[v]++] = g->out_w[i];
      }

  /* contacts: merge of the two sorted rows */
  g->nb_off = g_new0 (guint, g->n + 1);
  g->nb_adj = g_new (guint, MAX (2 * kept, 1));
  g->nb_w = g_new (double, MAX (2 * kept, 1));
  for (guint v = 0, k = 0; v < g->n; v++)
    {
      guint i = g->out_off[v], ie = g->out_off[v + 1];
      guint j = g->in_off[v], je = g->in_off[v + 1];

      while (i < ie || j < je)
        {
          if (j >= je || (i < ie && g->out_adj[i] < g->in_adj[j]))
            {
              g->nb_adj[k] = g->out_adj[i];
              g->nb_w[k++] = g->out_w[i++];
            }
          else if (i >= ie || g->in_adj[j] < g->out_adj[i])
            {
              g->nb_adj[k] = g->in_adj[j];
              g->nb_w[k++] = g->in_w[j++];
            }
          else
            {
              g->nb_adj[k] = g->out_adj[i];
              g->nb_w[k++] = g->out_w[i++] + g->in_w[j++];
            }
        }
      g->nb_off[v + 1] = k;
    }

  return g;
}

void
sp_graph_free (SpGraph *g)
{
  if (g == NULL)
    return;
  if (g->directed)
    {
      g_free (g->in_off);
      g_free (g->in_adj);
      g_free (g->in_w);
      g_free (g->nb_off);
      g_free (g->nb_adj);
      g_free (g->nb_w);
    }
  g_free (g->out_off);
  g_free (g->out_adj);
  g_free (g->out_w);
  g_free (g->vertex_node);
  g_free (g->node_vertex);
  g_free (g);
}

static char *
known_tie_types (SpNetwork *net)
{
  GString *s = g_string_new (NULL);

  for (guint i = 1; i < net->tie_types->len; i++)
    {
      if (s->len > 0)
        g_string_append (s, ", ");
      g_string_append (s, g_ptr_array_index (net->tie_types, i));
    }
  return g_string_free (s, FALSE);
}

gboolean *
sp_network_parse_tie_types (SpNetwork  *net,
                            const char *spec,
                            GError    **error)
{
  g_autofree gboolean *mask = NULL;
  g_auto (GStrv) names = NULL;
  guint n_types;
  gboolean any = FALSE;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_types = net->tie_types->len;
  mask = g_new0 (gboolean, MAX (n_types, 1));

  if (spec != NULL)
    names = g_strsplit (spec, ",", -1);
  for (guint k = 0; names != NULL && names[k] != NULL; k++)
    {
      const char *name = g_strstrip (names[k]);
      gboolean found = FALSE;

      if (*name == '\0')
        continue;
      any = TRUE;
      /* no sp_network_tie_type () here: it would add the name */
      for (guint i = 1; i < n_types; i++)
        if (strcmp (g_ptr_array_index (net->tie_types, i), name) == 0)
          {
            mask[i] = TRUE;
            found = TRUE;
          }
      if (!found)
        {
          g_autofree char *known = known_tie_types (net);

          if (*known == '\0')
            g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                         _("unknown tie type “%s” (the ties have no types)"), name);
          else
            g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                         _("unknown tie type “%s” (known: %s)"), name, known);
          return NULL;
        }
    }

  if (!any)
    for (guint i = 0; i < n_types; i++)
      mask[i] = TRUE;

  return g_steal_pointer (&mask);
}

char *
sp_tie_mask_to_string (SpNetwork      *net,
                       const gboolean *tie_type_mask)
{
  g_autofree gboolean *used = NULL;
  GString *s;
  gboolean all = TRUE;
  guint n_types;

  g_return_val_if_fail (net != NULL, NULL);

  if (tie_type_mask == NULL)
    return g_strdup ("");

  /* types that no tie has do not make a selection different */
  n_types = net->tie_types->len;
  used = g_new0 (gboolean, MAX (n_types, 1));
  for (guint t = 0; t < net->ties->len; t++)
    used[g_array_index (net->ties, SpTie, t).type] = TRUE;
  for (guint i = 0; i < n_types; i++)
    all = all && (tie_type_mask[i] || !used[i]);
  if (all)
    return g_strdup ("");

  s = g_string_new (NULL);
  for (guint i = 0; i < n_types; i++)
    if (tie_type_mask[i] && used[i])
      {
        if (s->len > 0)
          g_string_append_c (s, ',');
        g_string_append (s, i == 0 ? "(untyped)" : (const char *) g_ptr_array_index (net->tie_types, i));
      }
  if (s->len == 0)
    g_string_append (s, "(none)");
  return g_string_free (s, FALSE);
}
