/* sp-centrality.c — betweenness, closeness, eigenvector, clustering */
#define G_LOG_DOMAIN "sp-centrality"

#include "sp-analysis-private.h"

#include <math.h>
#include <string.h>

/* Sources are handed out in chunks: small enough to balance the threads
 * and to notice cancellation quickly, large enough to keep the atomic
 * counter out of the way. */
#define CHUNK 32

typedef struct {
  guint           n;
  const guint    *off;           /* successors, relabelled */
  const guint    *adj;
  const guint    *in_off;        /* predecessors (the same when undirected) */
  const guint    *in_adj;
  gboolean        symmetric;     /* undirected */
  const guint    *comp_lo;       /* relabelled vertex -> first vertex of its */
  const guint    *comp_hi;       /* component, and one past the last */
  const guint    *sources;       /* relabelled sampled sources, ascending; */
  guint           n_sources;     /* NULL: every vertex (exact) */
  gboolean        linear;        /* linear scaling of the dependencies */
  gint            next_source;   /* atomic */
  gint            done;          /* atomic, sources finished */
  gint            cancelled;     /* atomic */
  GCancellable   *cancellable;
  SpProgressFunc  progress;
  gpointer        user_data;
  double          p0, p1;
} Shared;

typedef struct {
  Shared  *shared;
  gboolean reports;              /* the calling thread reports progress */
  double  *bc;                   /* per-thread accumulators */
  gint64  *dist_sum;             /* sum of distances *to* each vertex */
  guint   *reached_by;           /* number of sources reaching it (self too) */
  double  *bc_sq;                /* sampled: sum of squared dependencies */
  double  *dist_sq;              /* sampled: sum of squared distances */
} Worker;

/* One source of Brandes, level by level and direction-optimising (Beamer
 * et al.): a level whose successor rows hold more arcs than the
 * predecessor rows of the vertices not yet reached is expanded bottom-up,
 * each unreached vertex summing the path counts of its predecessors in
 * the level.  The shortest-path DAG is kept by parent (top-down levels) or by
 * child (bottom-up levels), and the backward pass follows the same
 * split.  On return order[0 .. *tail) are the vertices reached from @s. */
static void
brandes_source (const Shared *sh,
                    guint         s,
                    guint        *dist,
                    double       *sigma,
                    double       *coef,
                    guint        *order,
                    guint        *succ,
                    guint        *succ_lo,
                    guint        *succ_hi,
                    guint        *par_lo,
                    guint        *par_hi,
                    double       *sigma_at,
                    guint        *level_start,
                    guint8       *bottom_up,
                    guint        *unvisited,
                    double       *bc,
                    double       *bc_sq,
                    gint64       *dist_sum,
                    guint        *tail_out)
{
  const guint *off = sh->off;
  const guint *adj = sh->adj;
  const guint *in_off = sh->in_off;
  const guint *in_adj = sh->in_adj;
  const guint lo = sh->comp_lo[s], hi = sh->comp_hi[s];
  /* the work of either direction: successor rows of the frontier, or
   * predecessor rows of the (weak) component's unreached vertices */
  guint64 arcs_left = (guint64) in_off[hi] - in_off[lo] - (in_off[s + 1] - in_off[s]);
  guint64 arcs_frontier = off[s + 1] - off[s];
  guint64 arcs_reached;
  guint tail = 1, n_buf = 0, n_unvisited = 0, level = 0;
  gboolean have_unvisited = FALSE;
  gint64 sum = 0;

  order[0] = s;
  dist[s] = 0;
  sigma[s] = 1.0;
  level_start[0] = 0;

  /* forward */
  for (;;)
    {
      guint ls = level_start[level], le = tail;
      guint dn = level + 1;

      level_start[level + 1] = le;
      if (ls == le)
        break;
      for (guint i = ls; i < le; i++)
        sigma_at[i] = sigma[order[i]];
      sum += (gint64) level * (le - ls);

      bottom_up[level] = arcs_frontier > arcs_left;
      arcs_frontier = 0;
      arcs_reached = 0;

      if (!bottom_up[level])
        {
          for (guint i = ls; i < le; i++)
            {
              guint v = order[i];
              guint end = off[v + 1];
              /* no branch on the data in this loop, which is what
               * bounds BFS on sparse graphs (a mispredicted branch per
               * arc): everything reached so far is at most one level
               * below v's successors and the rest is at G_MAXUINT, so
               * "reached now" is dw > dn, "successor" is dw >= dn and the
               * new distance is MIN (dw, dn); the path count to add is
               * picked by index, which GCC keeps branch-free */
              const double add[2] = { 0.0, sigma_at[i] };

              succ_lo[i] = n_buf;
              for (guint e = off[v]; e < end; e++)
                {
                  guint w = adj[e];
                  guint dw = dist[w];
                  guint next = dw >= dn;

                  order[tail] = w;
                  tail += dw > dn;
                  dist[w] = MIN (dw, dn);
                  sigma[w] += add[next];
                  succ[n_buf] = w;
                  n_buf += next;
                }
              succ_hi[i] = n_buf;
            }
          for (guint j = le; j < tail; j++)
            {
              arcs_frontier += off[order[j] + 1] - off[order[j]];
              arcs_reached += in_off[order[j] + 1] - in_off[order[j]];
            }
        }
      else
        {
          guint kept = 0;

          if (!have_unvisited)
            {
              for (guint w = lo; w < hi; w++)
                if (dist[w] == G_MAXUINT)
                  unvisited[n_unvisited++] = w;
              have_unvisited = TRUE;
            }
          for (guint u = 0; u < n_unvisited; u++)
            {
              guint w = unvisited[u];
              guint first = n_buf;
              double acc = 0.0;

              if (dist[w] != G_MAXUINT)   /* reached by a top-down level */
                continue;
              for (guint e = in_off[w]; e < in_off[w + 1]; e++)
                {
                  guint v = in_adj[e];
                  guint parent = dist[v] == level;

                  succ[n_buf] = v;
                  n_buf += parent;
                  acc += sigma[v] * parent;
                }
              if (n_buf > first)
                {
                  dist[w] = dn;
                  sigma[w] = acc;
                  par_lo[tail] = first;
                  par_hi[tail] = n_buf;
                  order[tail++] = w;
                  arcs_frontier += off[w + 1] - off[w];
                  arcs_reached += in_off[w + 1] - in_off[w];
                }
              else
                unvisited[kept++] = w;
            }
          n_unvisited = kept;
        }
      arcs_left -= arcs_reached;
      level++;
    }

  /* backward, deepest level first; coef[w] = (1 + delta[w]) / sigma[w] */
  for (guint l = level; l-- > 0;)
    {
      guint ls = level_start[l], le = level_start[l + 1], ne = level_start[l + 2];

      if (!bottom_up[l])
        {
          for (guint i = ls; i < le; i++)
            {
              double acc = 0.0;

              for (guint k = succ_lo[i]; k < succ_hi[i]; k++)
                acc += coef[succ[k]];
              coef[order[i]] = acc;
            }
        }
      else
        {
          for (guint i = ls; i < le; i++)
            coef[order[i]] = 0.0;
          for (guint j = le; j < ne; j++)
            {
              double c = coef[order[j]];

              for (guint k = par_lo[j]; k < par_hi[j]; k++)
                coef[succ[k]] += c;
            }
        }
      if (!sh->linear)
        {
          /* sampled: the targets two steps away are counted exactly
           * (_sp_pairs_at_two), not here */
          const double self = sh->sources != NULL && l == 2 ? 0.0 : 1.0;

          for (guint i = MAX (ls, 1); i < le; i++)
            {
              guint v = order[i];
              double delta = sigma_at[i] * coef[v];

              coef[v] = (self + delta) / sigma_at[i];
              bc[v] += delta;
              if (bc_sq != NULL)
                bc_sq[v] += delta * delta;
            }
        }
      else
        {
          /* Geisberger, Sanders and Schultes' linear scaling: the pair
           * (s, t) gives v the share d(s, v) / d(s, t) of its path
           * fraction, the other end's search gives the rest.  Here
           * delta = sum_t (sigma_st(v) / sigma_st) / d(s, t), whose
           * recursion adds 1 / d(s, w) for each successor w (but for the
           * targets two steps away, counted exactly). */
          const double inv = l == 2 ? 0.0 : 1.0 / l;   /* as above */

          for (guint i = MAX (ls, 1); i < le; i++)
            {
              guint v = order[i];
              double delta = sigma_at[i] * coef[v];
              double x = l * delta;

              coef[v] = (inv + delta) / sigma_at[i];
              bc[v] += x;
              bc_sq[v] += x * x;
            }
        }
    }

  *dist_sum = sum;
  *tail_out = tail;
}

static gpointer
brandes_worker (gpointer data)
{
  Worker *wk = data;
  Shared *sh = wk->shared;
  const guint n = sh->n;
  const guint *off = sh->off;
  /* per source, reset after each: distance (G_MAXUINT: not reached) and
   * number of shortest paths */
  g_autofree guint *dist = g_new (guint, MAX (n, 1));
  g_autofree double *sigma = g_new0 (double, MAX (n, 1));
  /* coef[v] = (1 + delta[v]) / sigma[v] in the backward pass */
  g_autofree double *coef = g_new0 (double, MAX (n, 1));
  /* vertices in BFS order; one spare slot, written before it is counted */
  g_autofree guint *order = g_new (guint, n + 1);
  /* the shortest-path DAG, every arc once: successors of order[i] in
   * succ[succ_lo[i] .. succ_hi[i]) for levels expanded top-down, parents
   * of order[j] in succ[par_lo[j] .. par_hi[j]) for bottom-up ones */
  g_autofree guint *succ = g_new (guint, (gsize) off[n] + 1);
  g_autofree guint *succ_lo = g_new (guint, n + 1);
  g_autofree guint *succ_hi = g_new (guint, n + 1);
  g_autofree guint *par_lo = g_new (guint, n + 1);
  g_autofree guint *par_hi = g_new (guint, n + 1);
  /* path counts in BFS order, read in sequence by the backward pass */
  g_autofree double *sigma_at = g_new (double, n + 1);
  /* first position of each level in order[], and how it was expanded */
  g_autofree guint *level_start = g_new (guint, n + 2);
  g_autofree guint8 *bottom_up = g_new (guint8, n + 2);
  g_autofree guint *unvisited = g_new (guint, MAX (n, 1));
  double *bc = wk->bc;
  const guint total = sh->sources != NULL ? sh->n_sources : n;
  /* sampled sources: every vertex accumulates the distances from them */
  const gboolean per_target = !sh->symmetric || sh->sources != NULL;

  for (guint v = 0; v < n; v++)
    dist[v] = G_MAXUINT;

  for (;;)
    {
      guint first = (guint) g_atomic_int_add (&sh->next_source, CHUNK);
      guint last;

      if (first >= total || g_atomic_int_get (&sh->cancelled))
        break;
      if (sh->cancellable != NULL && g_cancellable_is_cancelled (sh->cancellable))
        {
          g_atomic_int_set (&sh->cancelled, 1);
          break;
        }
      last = MIN (first + CHUNK, total);

      for (guint k = first; k < last; k++)
        {
          guint s = sh->sources != NULL ? sh->sources[k] : k;
          guint tail = 1;
          gint64 sum = 0;

          brandes_source (sh, s, dist, sigma, coef, order, succ, succ_lo, succ_hi,
                          par_lo, par_hi, sigma_at, level_start, bottom_up,
                          unvisited, bc, wk->bc_sq, &sum, &tail);
          if (!per_target)
            {
              /* undirected: distances to s are distances from s */
              wk->dist_sum[s] = sum;
              wk->reached_by[s] = tail;
            }
          for (guint i = 0; i < tail; i++)
            {
              guint v = order[i];

              /* directed: closeness needs the distances *to* v; sampled:
               * the distances from the sources are all there is */
              if (per_target)
                {
                  wk->dist_sum[v] += dist[v];
                  wk->reached_by[v]++;
                  if (wk->dist_sq != NULL)
                    wk->dist_sq[v] += (double) dist[v] * dist[v];
                }
              dist[v] = G_MAXUINT;
              sigma[v] = 0.0;
            }
        }

      g_atomic_int_add (&sh->done, (gint) (last - first));
      if (wk->reports && sh->progress != NULL)
        sh->progress (sh->p0 + (sh->p1 - sh->p0) * g_atomic_int_get (&sh->done) / total,
                      sh->user_data);
    }

  return NULL;
}

/* Numbers the vertices in breadth-first order, component by component,
 * each from a vertex of least degree (Cuthill–McKee without the sort):
 * neighbours then get nearby numbers and a BFS touches nearby memory,
 * whatever order the data came in.  Fills @perm (old -> new) and the
 * relabelled successor rows. */
static void
relabel_bfs (const SpGraph *g,
             guint         *perm,
             guint         *off,
             guint         *adj,
             guint         *comp_lo,
             guint         *comp_hi)
{
  const guint n = g->n;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *by_degree = g_new (guint, MAX (n, 1));
  g_autofree guint *count = NULL;
  guint max_deg = 0, head = 0, tail = 0;

  for (guint v = 0; v < n; v++)
    {
      perm[v] = G_MAXUINT;
      max_deg = MAX (max_deg, g->nb_off[v + 1] - g->nb_off[v]);
    }
  /* counting sort by number of contacts */
  count = g_new0 (guint, max_deg + 2);
  for (guint v = 0; v < n; v++)
    count[g->nb_off[v + 1] - g->nb_off[v] + 1]++;
  for (guint d = 0; d <= max_deg; d++)
    count[d + 1] += count[d];
  for (guint v = 0; v < n; v++)
    by_degree[count[g->nb_off[v + 1] - g->nb_off[v]]++] = v;

  for (guint k = 0; k < n; k++)
    {
      guint root = by_degree[k];

      guint start = tail;

      if (perm[root] != G_MAXUINT)
        continue;
      perm[root] = tail;
      order[tail++] = root;
      while (head < tail)
        {
          guint v = order[head++];

          /* contacts, so that directed graphs stay together too */
          for (guint e = g->nb_off[v]; e < g->nb_off[v + 1]; e++)
            if (perm[g->nb_adj[e]] == G_MAXUINT)
              {
                perm[g->nb_adj[e]] = tail;
                order[tail++] = g->nb_adj[e];
              }
        }
      /* (weakly) connected components get consecutive numbers */
      for (guint i = start; i < tail; i++)
        {
          comp_lo[i] = start;
          comp_hi[i] = tail;
        }
    }

  off[0] = 0;
  for (guint i = 0; i < n; i++)
    {
      guint v = order[i], k = off[i];

      for (guint e = g->out_off[v]; e < g->out_off[v + 1]; e++)
        adj[k++] = perm[g->out_adj[e]];
      off[i + 1] = k;
    }
}

gboolean
_sp_betweenness_closeness (const SpGraph  *g,
                           guint           n_threads,
                           double         *betweenness,
                           double         *closeness,
                           SpProgressFunc  progress,
                           gpointer        user_data,
                           double          p0,
                           double          p1,
                           GCancellable   *cancellable)
{
  return _sp_betweenness_closeness_sampled (g, n_threads, NULL, 0, betweenness, closeness,
                                            NULL, NULL, progress, user_data, p0, p1,
                                            cancellable);
}

guint
_sp_sample_size (guint n,
                 guint n_arcs)
{
  /* Work of one source: its BFS and backward pass touch every vertex and
   * arc of its component once, some 4e8 a second on two cores.  Exact
   * work is n sources of that: exact up to some 5e9 (about 20,000 people
   * with ten contacts each, a few seconds); above, a sample worth some
   * 9.5e9 (about 25 s at 100,000 people, which the accuracy figures of
   * bench-scale need), at most half of the people, at least
   * SP_SAMPLE_MIN. */
  const double exact_budget = 5e9, sample_budget = 9.5e9;
  double per_source = (double) n + (double) n_arcs;
  double k;

  if (n == 0 || (double) n * per_source <= exact_budget)
    return 0;
  k = ceil (sample_budget / per_source);
  k = MAX (k, SP_SAMPLE_MIN);
  k = MIN (k, ceil (n / 2.0));
  return k >= n ? 0 : (guint) k;
}

static const gint *strata_key;

static int
by_stratum (gconstpointer a,
            gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  if (strata_key[x] != strata_key[y])
    return strata_key[x] < strata_key[y] ? -1 : 1;
  return (x > y) - (x < y);
}

void
_sp_sample_sources (guint        n,
                    guint        k,
                    const gint  *strata,
                    guint32      seed,
                    guint       *sources)
{
  static GMutex lock;
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  double start;

  g_return_if_fail (k > 0 && k <= n);
  /* systematic sampling along the vertices ordered by stratum: every
   * vertex has the chance k / n and every stratum (a community) gets its
   * share of the sources up to one, which takes the variance of how many
   * of a group's people happen to be drawn out of the estimate */
  for (guint v = 0; v < n; v++)
    order[v] = v;
  if (strata != NULL)
    {
      g_mutex_lock (&lock);
      strata_key = strata;
      qsort (order, n, sizeof (guint), by_stratum);
      g_mutex_unlock (&lock);
    }
  start = g_rand_double (rand);
  for (guint i = 0; i < k; i++)
    sources[i] = order[MIN ((guint) floor ((i + start) * n / k), n - 1)];
}

/* The exact part of a sampled betweenness: the pairs two steps apart.
 * Each pair (a, b) with no tie a -> b but c(a, b) paths a -> v -> b gives
 * every middle v the share 1 / c(a, b) (unordered pairs when undirected).
 * Counted from every a with a tally of its two-step paths: the sum of the
 * squared degrees, a fraction of one BFS per person.  The sampled part
 * then leaves these targets out, which takes most of the variance out of
 * the estimates of people at the edge, whose betweenness is mostly this. */
static void
pairs_at_two (guint        n,
              const guint *off,
              const guint *adj,
              gboolean     symmetric,
              double      *e)
{
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  g_autofree guint *count = g_new0 (guint, MAX (n, 1));

  for (guint v = 0; v < n; v++)
    e[v] = 0.0;
  for (guint a = 0; a < n; a++)
    {
      mark[a] = a + 1;
      for (guint k = off[a]; k < off[a + 1]; k++)
        mark[adj[k]] = a + 1;
      for (guint k = off[a]; k < off[a + 1]; k++)
        {
          guint v = adj[k];

          for (guint j = off[v]; j < off[v + 1]; j++)
            if (mark[adj[j]] != a + 1)
              count[adj[j]]++;
        }
      for (guint k = off[a]; k < off[a + 1]; k++)
        {
          guint v = adj[k];

          for (guint j = off[v]; j < off[v + 1]; j++)
            {
              guint b = adj[j];

              if (mark[b] != a + 1 && (!symmetric || b > a))
                e[v] += 1.0 / count[b];
            }
        }
      for (guint k = off[a]; k < off[a + 1]; k++)
        {
          guint v = adj[k];

          for (guint j = off[v]; j < off[v + 1]; j++)
            count[adj[j]] = 0;
        }
    }
}

static int
cmp_guint (gconstpointer a,
           gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

gboolean
_sp_betweenness_closeness_sampled (const SpGraph  *g,
                                   guint           n_threads,
                                   const guint    *sources,
                                   guint           n_sources,
                                   double         *betweenness,
                                   double         *closeness,
                                   double         *betweenness_margin,
                                   double         *closeness_margin,
                                   SpProgressFunc  progress,
                                   gpointer        user_data,
                                   double          p0,
                                   double          p1,
                                   GCancellable   *cancellable)
{
  const guint n = g->n;
  const gboolean sampled = sources != NULL;
  const guint total = sampled ? n_sources : n;
  g_autofree guint *perm = g_new (guint, MAX (n, 1));
  g_autofree guint *off = g_new (guint, n + 1);
  g_autofree guint *adj = g_new (guint, MAX (g->out_off[n], 1));
  g_autofree double *bc = g_new0 (double, MAX (n, 1));
  g_autofree guint *comp_lo = g_new (guint, MAX (n, 1));
  g_autofree guint *comp_hi = g_new (guint, MAX (n, 1));
  g_autofree guint *in_off = NULL;
  g_autofree guint *in_adj = NULL;
  g_autofree guint *src = NULL;
  g_autofree guint8 *is_source = NULL;
  g_autofree double *at_two = NULL;
  Shared sh = { n, off, adj, off, adj, !g->directed, comp_lo, comp_hi, NULL, 0, FALSE, 0, 0, 0,
                cancellable, progress, user_data, p0, p1 };
  g_autofree Worker *workers = NULL;
  g_autofree GThread **threads = NULL;
  gboolean ok;

  g_return_val_if_fail (!sampled || (n_sources > 0 && n_sources <= n), FALSE);

  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  n_threads = CLAMP (n_threads, 1, 64);
  /* threads only pay off when there is real work */
  if ((guint64) total * (g->m + n) < 200000)
    n_threads = 1;

  relabel_bfs (g, perm, off, adj, comp_lo, comp_hi);
  if (sampled)
    {
      /* in relabelled numbers, ascending: consecutive sources then share
       * their neighbourhood in the cache */
      src = g_new (guint, n_sources);
      is_source = g_new0 (guint8, MAX (n, 1));
      for (guint i = 0; i < n_sources; i++)
        {
          src[i] = perm[sources[i]];
          is_source[src[i]] = 1;
        }
      qsort (src, n_sources, sizeof (guint), cmp_guint);
      sh.sources = src;
      sh.n_sources = n_sources;
      /* undirected: the two ends of a pair share it exactly; directed
       * paths have no reverse, so plain dependencies (Brandes–Pich) */
      sh.linear = !g->directed;
      at_two = g_new (double, MAX (n, 1));
      pairs_at_two (n, off, adj, !g->directed, at_two);
    }
  if (g->directed)
    {
      /* predecessors: the transpose of the relabelled rows */
      g_autofree guint *fill = NULL;

      in_off = g_new0 (guint, n + 1);
      in_adj = g_new (guint, MAX (off[n], 1));
      for (guint e = 0; e < off[n]; e++)
        in_off[adj[e] + 1]++;
      for (guint v = 0; v < n; v++)
        in_off[v + 1] += in_off[v];
      fill = g_memdup2 (in_off, sizeof (guint) * (n + 1));
      for (guint u = 0; u < n; u++)
        for (guint e = off[u]; e < off[u + 1]; e++)
          in_adj[fill[adj[e]]++] = u;
      sh.in_off = in_off;
      sh.in_adj = in_adj;
    }

  workers = g_new0 (Worker, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      workers[t].shared = &sh;
      workers[t].reports = (t == 0);
      workers[t].bc = t == 0 ? bc : g_new0 (double, MAX (n, 1));
      workers[t].dist_sum = g_new0 (gint64, MAX (n, 1));
      workers[t].reached_by = g_new0 (guint, MAX (n, 1));
      if (sampled)
        {
          workers[t].bc_sq = g_new0 (double, MAX (n, 1));
          workers[t].dist_sq = g_new0 (double, MAX (n, 1));
        }
    }

  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("sp-brandes", brandes_worker, &workers[t]);
  brandes_worker (&workers[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);

  ok = !g_atomic_int_get (&sh.cancelled);

  for (guint t = 1; t < n_threads; t++)
    {
      for (guint v = 0; v < n; v++)
        {
          bc[v] += workers[t].bc[v];
          workers[0].dist_sum[v] += workers[t].dist_sum[v];
          workers[0].reached_by[v] += workers[t].reached_by[v];
          if (sampled)
            {
              workers[0].bc_sq[v] += workers[t].bc_sq[v];
              workers[0].dist_sq[v] += workers[t].dist_sq[v];
            }
        }
    }

  for (guint v = 0; v < n; v++)
    {
      guint p = perm[v];
      gint64 tot = workers[0].dist_sum[p];
      double r = (double) workers[0].reached_by[p] - 1.0;
      double scale = g->directed ? 1.0 : 0.5;

      if (!sampled)
        {
          betweenness[v] = bc[p] * scale;

          /* networkx: (reachable - 1) / total distance, scaled by the share of
           * the graph that is reachable (Wasserman and Faust) */
          if (tot > 0 && n > 1)
            closeness[v] = (r / (double) tot) * (r / (double) (n - 1));
          else
            closeness[v] = 0.0;
          continue;
        }

      {
        /* Brandes–Pich: the mean dependency over the k sampled sources,
         * times n; its standard error from the sample variance, with the
         * finite-population correction of sampling without replacement */
        const double k = (double) n_sources, N = (double) n;
        double fpc = N > 1.0 ? sqrt (MAX (N - k, 0.0) / (N - 1.0)) : 0.0;
        double mean = bc[p] / k;
        double var = k > 1.0 ? MAX (workers[0].bc_sq[p] - k * mean * mean, 0.0) / (k - 1.0) : 0.0;
        /* closeness: c of the k' sources other than v reach it, at a total
         * distance D: the reachable share c / k' and the mean distance D / c
         * estimate the exact (r / (n - 1)) and tot / r */
        double kk = k - (is_source[p] ? 1.0 : 0.0);
        double c = r + 1.0 - (is_source[p] ? 1.0 : 0.0);
        double dsum = (double) tot;

        /* linear scaling already gives each unordered pair once */
        if (sh.linear)
          scale = 1.0;
        betweenness[v] = at_two[p] + N * mean * scale;
        if (betweenness_margin != NULL)
          betweenness_margin[v] = SP_MARGIN_Z * N * sqrt (var / k) * fpc * scale;

        if (dsum > 0 && kk > 0 && n > 1)
          {
            double mean_d = dsum / c;
            double var_d = c > 1.0 ? MAX (workers[0].dist_sq[p] - c * mean_d * mean_d, 0.0) / (c - 1.0) : 0.0;

            closeness[v] = (c / dsum) * (c / kk);
            if (closeness_margin != NULL)
              /* first order: the relative error of the mean distance */
              closeness_margin[v] = SP_MARGIN_Z * closeness[v] * sqrt (var_d / c) / mean_d * fpc;
          }
        else
          {
            closeness[v] = 0.0;
            if (closeness_margin != NULL)
              closeness_margin[v] = 0.0;
          }
      }
    }

  for (guint t = 0; t < n_threads; t++)
    {
      if (t > 0)
        g_free (workers[t].bc);
      g_free (workers[t].dist_sum);
      g_free (workers[t].reached_by);
      g_free (workers[t].bc_sq);
      g_free (workers[t].dist_sq);
    }

  return ok;
}

gboolean
_sp_eigenvector (const SpGraph *g,
                 double        *x)
{
  const guint n = g->n;
  const double tol = 1e-10;
  g_autofree double *y = g_new (double, MAX (n, 1));

  if (n == 0)
    return TRUE;

  /* networkx: start from 1/n; x <- (A^T + I) x, unit length, until the
   * L1 change is below n * tol */
  for (guint v = 0; v < n; v++)
    x[v] = 1.0 / n;

  for (guint it = 0; it < 1000; it++)
    {
      double norm = 0.0, change = 0.0;

      for (guint v = 0; v < n; v++)
        {
          double s = x[v];

          for (guint e = g->in_off[v]; e < g->in_off[v + 1]; e++)
            s += x[g->in_adj[e]];
          y[v] = s;
          norm += s * s;
        }
      norm = sqrt (norm);
      if (norm == 0.0)
        norm = 1.0;
      for (guint v = 0; v < n; v++)
        {
          double nv = y[v] / norm;

          change += fabs (nv - x[v]);
          x[v] = nv;
        }
      if (change < n * tol)
        return TRUE;
    }

  for (guint v = 0; v < n; v++)
    x[v] = NAN;
  return FALSE;
}

void
_sp_clustering (const SpGraph *g,
                double        *c)
{
  const guint n = g->n;
  g_autofree guint *is_pred = g_new (guint, MAX (n, 1));
  g_autofree guint *is_succ = g_new (guint, MAX (n, 1));

  /* stamps: vertex v marks its neighbours with v + 1 */
  memset (is_pred, 0, sizeof (guint) * n);
  memset (is_succ, 0, sizeof (guint) * n);

  if (!g->directed)
    {
      /* each triangle once: edges oriented from lower to higher (degree,
       * index), then for u, v = succ (u), w = succ (v) with w a marked
       * successor of u (Chiba–Nishizeki / Latapov style) */
      g_autofree guint *fwd_off = g_new (guint, n + 1);
      g_autofree guint *fwd = g_new (guint, MAX (g->out_off[n] / 2, 1));
      g_autofree guint64 *tri = g_new0 (guint64, MAX (n, 1));

#define DEG(x) (g->out_off[(x) + 1] - g->out_off[x])
#define ABOVE(x, y) (DEG (x) > DEG (y) || (DEG (x) == DEG (y) && (x) > (y)))
      fwd_off[0] = 0;
      for (guint u = 0, k = 0; u < n; u++)
        {
          for (guint e = g->out_off[u]; e < g->out_off[u + 1]; e++)
            if (ABOVE (g->out_adj[e], u))
              fwd[k++] = g->out_adj[e];
          fwd_off[u + 1] = k;
        }
#undef ABOVE
      for (guint u = 0; u < n; u++)
        {
          for (guint e = fwd_off[u]; e < fwd_off[u + 1]; e++)
            is_succ[fwd[e]] = u + 1;
          for (guint e = fwd_off[u]; e < fwd_off[u + 1]; e++)
            {
              guint v = fwd[e];

              for (guint f = fwd_off[v]; f < fwd_off[v + 1]; f++)
                {
                  guint w = fwd[f];

                  if (is_succ[w] == u + 1)
                    {
                      tri[u]++;
                      tri[v]++;
                      tri[w]++;
                    }
                }
            }
        }
      for (guint i = 0; i < n; i++)
        {
          double d = DEG (i);

          c[i] = d < 2 ? 0.0 : 2.0 * (double) tri[i] / (d * (d - 1));
        }
#undef DEG
      return;
    }

  /* networkx's directed clustering (Fagiolo): all directed triangles
   * through i over 2 (d_tot (d_tot - 1) - 2 d_bi) */
  for (guint i = 0; i < n; i++)
    {
      guint din = g->in_off[i + 1] - g->in_off[i];
      guint dout = g->out_off[i + 1] - g->out_off[i];
      guint64 dtot = din + dout, dbi = 0, t = 0;
      double denom;

      for (guint e = g->in_off[i]; e < g->in_off[i + 1]; e++)
        is_pred[g->in_adj[e]] = i + 1;
      for (guint e = g->out_off[i]; e < g->out_off[i + 1]; e++)
        {
          is_succ[g->out_adj[e]] = i + 1;
          dbi += is_pred[g->out_adj[e]] == i + 1;
        }

      for (guint pass = 0; pass < 2; pass++)
        {
          const guint *off = pass == 0 ? g->in_off : g->out_off;
          const guint *adj = pass == 0 ? g->in_adj : g->out_adj;

          for (guint e = off[i]; e < off[i + 1]; e++)
            {
              guint j = adj[e];

              for (guint f = g->in_off[j]; f < g->in_off[j + 1]; f++)
                {
                  guint k = g->in_adj[f];
                  t += (is_pred[k] == i + 1) + (is_succ[k] == i + 1);
                }
              for (guint f = g->out_off[j]; f < g->out_off[j + 1]; f++)
                {
                  guint k = g->out_adj[f];
                  t += (is_pred[k] == i + 1) + (is_succ[k] == i + 1);
                }
            }
        }

      denom = 2.0 * ((double) dtot * ((double) dtot - 1.0) - 2.0 * (double) dbi);
      c[i] = (t == 0 || denom <= 0) ? 0.0 : (double) t / denom;
    }
}
