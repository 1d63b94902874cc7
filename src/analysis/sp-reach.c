/* sp-reach.c — two-step reach and k-core numbers */
#define G_LOG_DOMAIN "sp-reach"

#include "sp-analysis-private.h"

#include <string.h>

/* A row long enough that OR-ing it as a bitset (n / 64 words) costs less
 * than marking its entries one by one: a hub everyone names (a manager of
 * thousands, an "all staff" tie) would otherwise be walked again from
 * each of its neighbours, n² steps for a star. */
static gboolean
is_heavy (guint n,
          guint degree)
{
  return degree > 512 && (guint64) degree * 16 > n;
}

void
_sp_reach_2 (const SpGraph *g,
             double        *reach)
{
  const guint n = g->n;
  const guint *off = g->out_off;
  const guint *adj = g->out_adj;
  const gsize words = (n + 63) / 64;
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  g_autofree gint *heavy = g_new (gint, MAX (n, 1));
  g_autofree guint64 *rows = NULL;
  g_autofree guint64 *acc = NULL;
  guint n_heavy = 0;

  for (guint v = 0; v < n; v++)
    heavy[v] = is_heavy (n, off[v + 1] - off[v]) ? (gint) n_heavy++ : -1;
  if (n_heavy > 0)
    {
      rows = g_new0 (guint64, (gsize) n_heavy * words);
      acc = g_new (guint64, words);
      for (guint v = 0; v < n; v++)
        if (heavy[v] >= 0)
          {
            guint64 *row = rows + (gsize) heavy[v] * words;

            for (guint e = off[v]; e < off[v + 1]; e++)
              row[adj[e] / 64] |= G_GUINT64_CONSTANT (1) << (adj[e] % 64);
          }
    }

  for (guint v = 0; v < n; v++)
    {
      gboolean through_hub = FALSE;
      guint count = 0;

      for (guint e = off[v]; n_heavy > 0 && e < off[v + 1] && !through_hub; e++)
        through_hub = heavy[adj[e]] >= 0;

      if (!through_hub)
        {
          /* marks stamped with the source: no clearing between sources */
          const guint stamp = v + 1;

          mark[v] = stamp;
          for (guint e = off[v]; e < off[v + 1]; e++)
            {
              guint u = adj[e];

              if (mark[u] != stamp)
                {
                  mark[u] = stamp;
                  count++;
                }
              for (guint f = off[u]; f < off[u + 1]; f++)
                if (mark[adj[f]] != stamp)
                  {
                    mark[adj[f]] = stamp;
                    count++;
                  }
            }
        }
      else
        {
          memset (acc, 0, words * sizeof (guint64));
          for (guint e = off[v]; e < off[v + 1]; e++)
            {
              guint u = adj[e];

              acc[u / 64] |= G_GUINT64_CONSTANT (1) << (u % 64);
              if (heavy[u] >= 0)
                {
                  const guint64 *row = rows + (gsize) heavy[u] * words;

                  for (gsize k = 0; k < words; k++)
                    acc[k] |= row[k];
                }
              else
                for (guint f = off[u]; f < off[u + 1]; f++)
                  acc[adj[f] / 64] |= G_GUINT64_CONSTANT (1) << (adj[f] % 64);
            }
          /* not the person themself */
          acc[v / 64] &= ~(G_GUINT64_CONSTANT (1) << (v % 64));
          for (gsize k = 0; k < words; k++)
            count += (guint) __builtin_popcountll (acc[k]);
        }
      reach[v] = count;
    }
}

/* Batagelj and Zaversnik (2003): vertices kept sorted by their remaining
 * degree in bins; taking the lowest, its neighbours of higher degree
 * move down one bin.  O(n + m). */
void
_sp_core_number (const SpGraph *g,
                 double        *core)
{
  const guint n = g->n;
  g_autofree guint *deg = g_new (guint, MAX (n, 1));
  g_autofree guint *pos = g_new (guint, MAX (n, 1));
  g_autofree guint *vert = g_new (guint, MAX (n, 1));
  g_autofree guint *bin = NULL;
  guint max_deg = 0, start = 0;

  /* the undirected simple graph: distinct contacts */
  for (guint v = 0; v < n; v++)
    {
      deg[v] = sp_graph_n_contacts (g, v);
      max_deg = MAX (max_deg, deg[v]);
    }
  bin = g_new0 (guint, max_deg + 1);
  for (guint v = 0; v < n; v++)
    bin[deg[v]]++;
  for (guint d = 0; d <= max_deg; d++)
    {
      guint size = bin[d];

      bin[d] = start;
      start += size;
    }
  for (guint v = 0; v < n; v++)
    {
      pos[v] = bin[deg[v]]++;
      vert[pos[v]] = v;
    }
  /* bin[d] is the start of bin d again */
  for (guint d = max_deg; d > 0; d--)
    bin[d] = bin[d - 1];
  bin[0] = 0;

  for (guint i = 0; i < n; i++)
    {
      guint v = vert[i];

      for (guint e = g->nb_off[v]; e < g->nb_off[v + 1]; e++)
        {
          guint u = g->nb_adj[e];

          if (deg[u] > deg[v])
            {
              guint du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw];

              /* u to the front of its bin, and the bin one place on */
              if (u != w)
                {
                  pos[u] = pw;
                  vert[pu] = w;
                  pos[w] = pu;
                  vert[pw] = u;
                }
              bin[du]++;
              deg[u]--;
            }
        }
      core[v] = deg[v];
    }
}
