/* sp-louvain.c — Louvain communities and modularity
 *
 * Blondel et al. 2008 on the symmetrised weighted graph (the weight of
 * i–j is a_ij + a_ji): local moving in a seeded random order, then
 * aggregation, until a level changes nothing.
 */
#define G_LOG_DOMAIN "sp-louvain"

#include "sp-analysis-private.h"

#include <math.h>
#include <string.h>

/* one level: a weighted undirected graph, self-loops allowed; the loop
 * weight of an aggregated vertex is twice its internal edge weight, so
 * that k_v = sum of its row */
typedef struct {
  guint   n;
  guint  *off;
  guint  *adj;
  double *w;
  double *k;
} Level;

static void
level_clear (Level *l)
{
  g_free (l->off);
  g_free (l->adj);
  g_free (l->w);
  g_free (l->k);
  memset (l, 0, sizeof *l);
}

/* Moves vertices between communities while modularity grows.  Returns
 * TRUE when anything moved. */
static gboolean
local_moving (const Level *l,
              double       two_m,
              GRand       *rand,
              guint       *comm)
{
  const guint n = l->n;
  g_autofree double *tot = g_new0 (double, MAX (n, 1));
  g_autofree double *link = g_new0 (double, MAX (n, 1));
  g_autofree guint *seen = g_new (guint, MAX (n, 1));
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  gboolean moved_any = FALSE;
  guint n_seen;

  for (guint v = 0; v < n; v++)
    {
      comm[v] = v;
      tot[v] = l->k[v];
      order[v] = v;
    }
  for (guint v = n; v > 1; v--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) v);
      guint t = order[v - 1];

      order[v - 1] = order[j];
      order[j] = t;
    }

  for (guint pass = 0; pass < 1000; pass++)
    {
      guint moves = 0;

      for (guint o = 0; o < n; o++)
        {
          guint v = order[o];
          guint cv = comm[v], best;
          double kv = l->k[v], best_gain;

          n_seen = 0;
          for (guint e = l->off[v]; e < l->off[v + 1]; e++)
            {
              guint u = l->adj[e];
              guint cu = comm[u];

              if (u == v)
                continue;
              if (link[cu] == 0.0)
                seen[n_seen++] = cu;
              link[cu] += l->w[e];
            }

          tot[cv] -= kv;
          best = cv;
          best_gain = link[cv] - tot[cv] * kv / two_m;
          for (guint s = 0; s < n_seen; s++)
            {
              guint c = seen[s];
              double gain = link[c] - tot[c] * kv / two_m;

              if (gain > best_gain + 1e-12 * two_m)
                {
                  best_gain = gain;
                  best = c;
                }
            }
          tot[best] += kv;
          if (best != cv)
            {
              comm[v] = best;
              moves++;
            }
          for (guint s = 0; s < n_seen; s++)
            link[seen[s]] = 0.0;
          link[cv] = 0.0;
        }
      if (moves == 0)
        break;
      moved_any = TRUE;
    }

  return moved_any;
}

/* Renumbers @comm to 0.. in order of first vertex; returns the count. */
static guint
renumber (guint  n,
          guint *comm)
{
  g_autofree guint *map = g_new (guint, MAX (n, 1));
  guint k = 0;

  for (guint v = 0; v < n; v++)
    map[v] = G_MAXUINT;
  for (guint v = 0; v < n; v++)
    {
      if (map[comm[v]] == G_MAXUINT)
        map[comm[v]] = k++;
      comm[v] = map[comm[v]];
    }
  return k;
}

static void
aggregate (const Level *l,
           const guint *comm,
           guint        n_comm,
           Level       *out)
{
  g_autofree guint *members_off = g_new0 (guint, n_comm + 1);
  g_autofree guint *members = g_new (guint, MAX (l->n, 1));
  g_autofree double *acc = g_new0 (double, MAX (n_comm, 1));
  g_autofree guint *seen = g_new (guint, MAX (n_comm, 1));
  g_autofree guint *fill = NULL;
  GArray *adj = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *w = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint v = 0; v < l->n; v++)
    members_off[comm[v] + 1]++;
  for (guint c = 0; c < n_comm; c++)
    members_off[c + 1] += members_off[c];
  fill = g_memdup2 (members_off, sizeof (guint) * (n_comm + 1));
  for (guint v = 0; v < l->n; v++)
    members[fill[comm[v]]++] = v;

  out->n = n_comm;
  out->off = g_new0 (guint, n_comm + 1);
  out->k = g_new0 (double, MAX (n_comm, 1));
  for (guint c = 0; c < n_comm; c++)
    {
      guint n_seen = 0;

      for (guint i = members_off[c]; i < members_off[c + 1]; i++)
        {
          guint v = members[i];

          out->k[c] += l->k[v];
          for (guint e = l->off[v]; e < l->off[v + 1]; e++)
            {
              guint d = comm[l->adj[e]];

              if (acc[d] == 0.0)
                seen[n_seen++] = d;
              acc[d] += l->w[e];
            }
        }
      for (guint s = 0; s < n_seen; s++)
        {
          g_array_append_val (adj, seen[s]);
          g_array_append_val (w, acc[seen[s]]);
          acc[seen[s]] = 0.0;
        }
      out->off[c + 1] = adj->len;
    }
  out->adj = (guint *) g_array_free (adj, FALSE);
  out->w = (double *) g_array_free (w, FALSE);
}

double
_sp_louvain (const SpGraph *g,
             guint32        seed,
             gint          *community)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  Level level = { 0 };
  double two_m = 0.0;
  g_autofree guint *comm = NULL;

  for (guint v = 0; v < g->n; v++)
    community[v] = (gint) v;
  if (g->n == 0)
    return NAN;

  level.n = g->n;
  level.off = g_memdup2 (g->nb_off, sizeof (guint) * (g->n + 1));
  level.adj = g_memdup2 (g->nb_adj, sizeof (guint) * MAX (g->nb_off[g->n], 1));
  level.w = g_memdup2 (g->nb_w, sizeof (double) * MAX (g->nb_off[g->n], 1));
  level.k = g_new0 (double, g->n);
  for (guint v = 0; v < g->n; v++)
    for (guint e = g->nb_off[v]; e < g->nb_off[v + 1]; e++)
      level.k[v] += g->nb_w[e];
  for (guint v = 0; v < g->n; v++)
    two_m += level.k[v];

  if (two_m > 0)
    {
      comm = g_new (guint, g->n);
      for (;;)
        {
          Level next = { 0 };
          guint n_comm;

          if (!local_moving (&level, two_m, rand, comm))
            break;
          n_comm = renumber (level.n, comm);
          /* community of each original vertex */
          for (guint v = 0; v < g->n; v++)
            community[v] = (gint) comm[community[v]];
          if (n_comm == level.n)
            break;
          aggregate (&level, comm, n_comm, &next);
          level_clear (&level);
          level = next;
        }
    }
  level_clear (&level);

  {
    g_autofree guint *c = g_new (guint, g->n);

    for (guint v = 0; v < g->n; v++)
      c[v] = (guint) community[v];
    renumber (g->n, c);
    for (guint v = 0; v < g->n; v++)
      community[v] = (gint) c[v];
  }

  return _sp_modularity (g, community);
}

double
_sp_modularity (const SpGraph *g,
                const gint    *community)
{
  const guint n = g->n;
  g_autofree double *k = g_new0 (double, MAX (n, 1));
  g_autofree double *tot = NULL;
  g_autofree gint *c = g_new (gint, MAX (n, 1));
  gint n_comm = 0;
  double two_m = 0.0, inside = 0.0, q;

  /* vertices without a community each form their own */
  for (guint v = 0; v < n; v++)
    n_comm = MAX (n_comm, community[v] + 1);
  for (guint v = 0; v < n; v++)
    c[v] = community[v] >= 0 ? community[v] : n_comm + (gint) v;
  tot = g_new0 (double, (gsize) n_comm + n + 1);

  for (guint v = 0; v < n; v++)
    {
      for (guint e = g->nb_off[v]; e < g->nb_off[v + 1]; e++)
        {
          k[v] += g->nb_w[e];
          if (c[g->nb_adj[e]] == c[v])
            inside += g->nb_w[e];
        }
      two_m += k[v];
      tot[c[v]] += k[v];
    }
  if (two_m <= 0)
    return NAN;

  q = inside / two_m;
  for (gint i = 0; i < n_comm + (gint) n; i++)
    q -= (tot[i] / two_m) * (tot[i] / two_m);
  return q;
}
