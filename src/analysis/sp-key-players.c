/* sp-key-players.c — Borgatti's key players: greedy, then swaps
 *
 * The definitions, the search and the order of the result are in
 * sp-key-players.h.  What makes it fast:
 * - reach: a count per person of the members whose two-step
 *   neighbourhood holds them, so that adding or dropping a member, and the
 *   gain of a candidate, cost one walk of that neighbourhood;
 * - fragmentation: one depth-first search (Hopcroft–Tarjan low points)
 *   gives, for every person at once, the component sizes left when they
 *   are taken out as well: a greedy step or a swap's member costs O(n + m),
 *   not O(n (n + m)).
 */
#define G_LOG_DOMAIN "sp-key-players"

#include "sp-key-players.h"
#include "sp-graph.h"
#include "sp-metrics.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

#define UNSEEN G_MAXUINT
/* how many candidates between two looks at the cancellable */
#define CANCEL_EVERY 256

typedef struct {
  const SpGraph  *g;
  SpKeyPlayerGoal goal;
  gboolean       *in_set;    /* per vertex */

  /* reach */
  guint          *cover;     /* members whose two-step neighbourhood holds the vertex */
  guint           n_covered;
  guint          *mark;
  guint           stamp;
  guint          *ball;      /* the last neighbourhood walked */
  guint          *gain;      /* per candidate: people it would add to the set */
  guint          *hits;      /* per candidate: people it would take over from a member */
  guint          *only;      /* the people only one member covers */

  /* fragmentation */
  guint          *disc, *low, *size, *parent, *iter, *stack, *order, *separated;
  guint64        *pieces;
  gint64         *delta;
  guint64        *after;     /* Σ s(s − 1) with the vertex taken out too */
} Search;

static void
search_init (Search          *s,
             const SpGraph   *g,
             SpKeyPlayerGoal  goal)
{
  const gsize n = MAX (g->n, 1);

  memset (s, 0, sizeof *s);
  s->g = g;
  s->goal = goal;
  s->in_set = g_new0 (gboolean, n);
  if (goal == SP_KEY_PLAYERS_REACH)
    {
      s->cover = g_new0 (guint, n);
      s->mark = g_new0 (guint, n);
      s->ball = g_new (guint, n);
      s->gain = g_new (guint, n);
      s->hits = g_new (guint, n);
      s->only = g_new (guint, n);
    }
  else
    {
      s->disc = g_new (guint, n);
      s->low = g_new (guint, n);
      s->size = g_new (guint, n);
      s->parent = g_new (guint, n);
      s->iter = g_new (guint, n);
      s->stack = g_new (guint, n);
      s->order = g_new (guint, n);
      s->separated = g_new (guint, n);
      s->pieces = g_new (guint64, n);
      s->delta = g_new (gint64, n);
      s->after = g_new (guint64, n);
    }
}

static void
search_clear (Search *s)
{
  g_free (s->in_set);
  g_free (s->cover);
  g_free (s->mark);
  g_free (s->ball);
  g_free (s->gain);
  g_free (s->hits);
  g_free (s->only);
  g_free (s->disc);
  g_free (s->low);
  g_free (s->size);
  g_free (s->parent);
  g_free (s->iter);
  g_free (s->stack);
  g_free (s->order);
  g_free (s->separated);
  g_free (s->pieces);
  g_free (s->delta);
  g_free (s->after);
}

static gboolean
cancelled (GCancellable *cancellable,
           GError      **error)
{
  if (cancellable == NULL || !g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, SP_ERROR, SP_ERROR_CANCELLED, _("analysis cancelled"));
  return TRUE;
}

/* ---- reach ---------------------------------------------------------------- */

/* The vertices at most two steps from @v along the ties (@backwards:
 * against them), @v included, into s->ball (each once); returns how many. */
static guint
walk (Search   *s,
      guint     v,
      gboolean  backwards)
{
  const guint *off = backwards ? s->g->in_off : s->g->out_off;
  const guint *adj = backwards ? s->g->in_adj : s->g->out_adj;
  guint len = 0;

  if (++s->stamp == 0)
    {
      memset (s->mark, 0, sizeof (guint) * MAX (s->g->n, 1));
      s->stamp = 1;
    }
  s->mark[v] = s->stamp;
  s->ball[len++] = v;
  for (guint e = off[v]; e < off[v + 1]; e++)
    {
      guint u = adj[e];

      if (s->mark[u] != s->stamp)
        {
          s->mark[u] = s->stamp;
          s->ball[len++] = u;
        }
      for (guint f = off[u]; f < off[u + 1]; f++)
        if (s->mark[adj[f]] != s->stamp)
          {
            s->mark[adj[f]] = s->stamp;
            s->ball[len++] = adj[f];
          }
    }
  return len;
}

static guint
walk_ball (Search *s,
           guint   v)
{
  return walk (s, v, FALSE);
}

/* How many more people the set would cover with @v. */
static guint
reach_gain (Search *s,
            guint   v)
{
  guint len = walk_ball (s, v), gain = 0;

  for (guint i = 0; i < len; i++)
    gain += s->cover[s->ball[i]] == 0;
  return gain;
}

static void
reach_add (Search  *s,
           guint    v,
           gboolean add)
{
  guint len = walk_ball (s, v);

  for (guint i = 0; i < len; i++)
    {
      guint x = s->ball[i];

      if (add)
        s->n_covered += s->cover[x]++ == 0;
      else
        s->n_covered -= --s->cover[x] == 0;
    }
}

/* s->gain of every candidate outside the set; FALSE when cancelled. */
static gboolean
reach_gains (Search       *s,
             GCancellable *cancellable,
             GError      **error)
{
  for (guint v = 0; v < s->g->n; v++)
    {
      if (v % CANCEL_EVERY == 0 && cancelled (cancellable, error))
        return FALSE;
      s->gain[v] = s->in_set[v] ? 0 : reach_gain (s, v);
    }
  return TRUE;
}

/* The best swap of member @u (s->gain up to date): the candidate @v that
 * makes the most of the set without @u, and the score then.  Without @u
 * the set loses the people only @u covers (U); @v adds its own gain and
 * the people of U it covers, counted from U's side by walking back from
 * each of them: one pass over U's backward neighbourhoods instead of a
 * walk from every candidate. */
static void
reach_best_swap (Search *s,
                 guint   u,
                 guint  *v,
                 gint64 *v_score)
{
  const guint n = s->g->n;
  guint len = walk_ball (s, u), n_only = 0;
  gint64 base;

  for (guint i = 0; i < len; i++)
    if (s->cover[s->ball[i]] == 1)
      s->only[n_only++] = s->ball[i];
  base = (gint64) s->n_covered - n_only;
  memset (s->hits, 0, sizeof (guint) * n);
  for (guint i = 0; i < n_only; i++)
    {
      guint back = walk (s, s->only[i], TRUE);

      for (guint j = 0; j < back; j++)
        s->hits[s->ball[j]]++;
    }
  *v = UNSEEN;
  *v_score = G_MININT64;
  for (guint w = 0; w < n; w++)
    if (!s->in_set[w] && base + s->gain[w] + s->hits[w] > *v_score)
      {
        *v = w;
        *v_score = base + s->gain[w] + s->hits[w];
      }
}

/* ---- fragmentation ---------------------------------------------------------- */

/* Σ s(s − 1) over the components of the people outside the set, and in
 * s->after, for each of them, the same sum with them taken out too.
 *
 * In a depth-first search of a component of size c, taking out v cuts
 * off the subtree of each child w whose low point does not climb above v
 * (low[w] >= disc[v]: every child of the root); the rest of the
 * component, c − 1 minus those subtrees, stays one piece. */
static guint64
fragment_evaluate (Search *s)
{
  const SpGraph *g = s->g;
  const guint n = g->n;
  const guint *off = g->nb_off, *adj = g->nb_adj;
  guint clock = 0, n_order = 0;
  guint64 total = 0;

  for (guint v = 0; v < n; v++)
    s->disc[v] = UNSEEN;

  for (guint root = 0; root < n; root++)
    {
      guint top = 0, first = n_order;
      guint64 c;

      if (s->in_set[root] || s->disc[root] != UNSEEN)
        continue;

#define VISIT(x, from) G_STMT_START {                 \
        s->disc[x] = s->low[x] = clock++;             \
        s->size[x] = 1;                               \
        s->separated[x] = 0;                          \
        s->pieces[x] = 0;                             \
        s->iter[x] = off[x];                          \
        s->parent[x] = (from);                        \
        s->stack[top++] = (x);                        \
        s->order[n_order++] = (x);                    \
      } G_STMT_END

      VISIT (root, UNSEEN);
      while (top > 0)
        {
          guint v = s->stack[top - 1];

          if (s->iter[v] < off[v + 1])
            {
              guint w = adj[s->iter[v]++];

              if (s->in_set[w])
                continue;
              if (s->disc[w] == UNSEEN)
                VISIT (w, v);
              else if (w != s->parent[v])  /* a simple graph: one edge to the parent */
                s->low[v] = MIN (s->low[v], s->disc[w]);
            }
          else
            {
              guint p = s->parent[v];

              top--;
              if (p == UNSEEN)
                continue;
              s->size[p] += s->size[v];
              s->low[p] = MIN (s->low[p], s->low[v]);
              if (s->low[v] >= s->disc[p])
                {
                  s->separated[p] += s->size[v];
                  s->pieces[p] += (guint64) s->size[v] * (s->size[v] - 1);
                }
            }
        }
#undef VISIT

      c = s->size[root];
      total += c * (c - 1);
      for (guint i = first; i < n_order; i++)
        {
          guint x = s->order[i];
          guint64 rest = c - 1 - s->separated[x];

          s->delta[x] = (gint64) (s->pieces[x] + (rest == 0 ? 0 : rest * (rest - 1))) - (gint64) (c * (c - 1));
        }
    }

  for (guint i = 0; i < n_order; i++)
    s->after[s->order[i]] = (guint64) ((gint64) total + s->delta[s->order[i]]);
  return total;
}

static double
fragmentation (guint64 pair_sum,
               guint   n_left)
{
  /* nobody left to reach anybody */
  if (n_left < 2)
    return 1.0;
  return 1.0 - (double) pair_sum / ((double) n_left * (n_left - 1));
}

/* ---- the search ------------------------------------------------------------- */

/* The score to maximise, a whole number: people covered (the reach plus
 * the set's size, which is the same for every set compared), or minus
 * Σ s(s − 1) (the people left are as many for every set compared). */
static gint64
current_score (Search *s)
{
  if (s->goal == SP_KEY_PLAYERS_REACH)
    return s->n_covered;
  return -(gint64) fragment_evaluate (s);
}

/* The best vertex to add among @candidates (ascending; NULL: every vertex
 * outside the set), into *@best with its score; FALSE when cancelled. */
static gboolean
best_addition (Search       *s,
               const guint  *candidates,
               guint         n_candidates,
               guint        *best,
               gint64       *best_score,
               GCancellable *cancellable,
               GError      **error)
{
  const guint n = candidates != NULL ? n_candidates : s->g->n;

  *best = UNSEEN;
  *best_score = G_MININT64;
  if (s->goal == SP_KEY_PLAYERS_FRAGMENT)
    fragment_evaluate (s);
  for (guint i = 0; i < n; i++)
    {
      guint v = candidates != NULL ? candidates[i] : i;
      gint64 score;

      if (s->in_set[v])
        continue;
      if (s->goal == SP_KEY_PLAYERS_REACH)
        {
          if (i % CANCEL_EVERY == 0 && cancelled (cancellable, error))
            return FALSE;
          score = (gint64) s->n_covered + reach_gain (s, v);
        }
      else
        score = -(gint64) s->after[v];
      /* strictly better: equal scores keep the first in the network's order */
      if (score > *best_score)
        {
          *best = v;
          *best_score = score;
        }
    }
  return !cancelled (cancellable, error);
}

static void
set_add (Search  *s,
         guint    v,
         gboolean add)
{
  s->in_set[v] = add;
  if (s->goal == SP_KEY_PLAYERS_REACH)
    reach_add (s, v, add);
}

static double
set_value (Search *s,
           guint   k,
           gint64  score)
{
  if (s->goal == SP_KEY_PLAYERS_REACH)
    return (double) (score - (gint64) k);
  return fragmentation ((guint64) -score, s->g->n - k);
}

static int
compare_guints (gconstpointer a,
                gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* From @initial (@k vertices; NULL: the greedy set), the swaps, on an
 * empty set; leaves the set in @set and s->in_set, its score in *@score
 * (and the start's in *@start_score).  Progress from @p0 to @p1.  FALSE
 * when cancelled. */
static gboolean
search_from (Search         *s,
             guint           k,
             const guint    *initial,
             guint          *set,
             gint64         *score,
             gint64         *start_score,
             guint          *n_swaps,
             double          p0,
             double          p1,
             SpProgressFunc  progress,
             gpointer        user_data,
             GCancellable   *cancellable,
             GError        **error)
{
  const SpGraph *g = s->g;
  guint r = 0;

  *n_swaps = 0;
  if (initial != NULL)
    {
      for (; r < k; r++)
        {
          set[r] = initial[r];
          set_add (s, set[r], TRUE);
        }
      *score = current_score (s);
    }
  /* greedy: each time the person who raises the value most */
  for (; r < k; r++)
    {
      guint best;

      if (!best_addition (s, NULL, 0, &best, score, cancellable, error))
        return FALSE;
      set[r] = best;
      set_add (s, best, TRUE);
      if (progress != NULL)
        progress (p0 + (p1 - p0) * 0.5 * (r + 1) / k, user_data);
    }
  *start_score = *score;

  /* swaps: the best of every member for every non-member, while one
   * improves the set strictly (so this ends) */
  for (guint pass = 0;; pass++)
    {
      gint64 best_score = *score;
      guint best_i = UNSEEN, best_v = UNSEEN;

      if (s->goal == SP_KEY_PLAYERS_REACH && !reach_gains (s, cancellable, error))
        return FALSE;
      for (guint i = 0; i < k; i++)
        {
          guint v = UNSEEN;
          gint64 v_score = G_MININT64;
          gboolean done;

          if (s->goal == SP_KEY_PLAYERS_REACH)
            {
              reach_best_swap (s, set[i], &v, &v_score);
              done = !cancelled (cancellable, error);
            }
          else
            {
              /* set[i] back in: its own row is the present set */
              s->in_set[set[i]] = FALSE;
              fragment_evaluate (s);
              for (guint u = 0; u < g->n; u++)
                if (!s->in_set[u] && u != set[i] && -(gint64) s->after[u] > v_score)
                  {
                    v = u;
                    v_score = -(gint64) s->after[u];
                  }
              s->in_set[set[i]] = TRUE;
              done = !cancelled (cancellable, error);
            }
          if (!done)
            return FALSE;
          if (v != UNSEEN && v_score > best_score)
            {
              best_score = v_score;
              best_i = i;
              best_v = v;
            }
          /* each pass takes half of what is left of the second half */
          if (progress != NULL)
            progress (p0 + (p1 - p0) * (1.0 - ldexp (0.5, -(gint) MIN (pass, 60)) +
                                        ldexp (0.5, -(gint) MIN (pass + 1, 60)) * (i + 1) / k),
                      user_data);
        }
      if (best_i == UNSEEN)
        return TRUE;
      set_add (s, set[best_i], FALSE);
      set_add (s, best_v, TRUE);
      set[best_i] = best_v;
      *score = best_score;
      (*n_swaps)++;
    }
}

gboolean
sp_key_players_check_k (SpNetwork      *net,
                        const gboolean *removed,
                        guint           k,
                        GError        **error)
{
  guint n = 0;

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* the vertices of sp_graph_new(): people not taken out */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    n += sp_network_node (net, i)->kind == SP_NODE_PERSON && (removed == NULL || !removed[i]);
  if (n < 2)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("too few people to choose from (%u)"), n);
      return FALSE;
    }
  if (k < 1 || k >= n)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("K must be a whole number from 1 to %u, below the number of people (%u)"),
                   n - 1, n);
      return FALSE;
    }
  return TRUE;
}

/* How many random starts: as many as SP_KEY_PLAYERS_WORK steps allow,
 * from one to SP_KEY_PLAYERS_*_RANDOM_STARTS.  A random start takes about
 * K swaps, each after a pass over the K members: K² searches of the graph
 * for fragmentation; for reach, K passes each walking every two-step
 * neighbourhood twice (the sum over u of in-degree × out-degree) and
 * looking at each candidate K times.  A count of the graph's size only,
 * so the same data always gives the same set. */
static guint
random_starts (const SpGraph   *g,
               SpKeyPlayerGoal  goal,
               guint            k)
{
  double per_start;
  guint most = goal == SP_KEY_PLAYERS_REACH ? SP_KEY_PLAYERS_REACH_RANDOM_STARTS
                                            : SP_KEY_PLAYERS_FRAGMENT_RANDOM_STARTS;

  if (goal == SP_KEY_PLAYERS_REACH)
    {
      double walks = 0;

      for (guint v = 0; v < g->n; v++)
        walks += (double) (g->in_off[v + 1] - g->in_off[v]) * (g->out_off[v + 1] - g->out_off[v]);
      per_start = (double) k * (2 * (walks + g->n) + (double) k * g->n);
    }
  else
    per_start = (double) k * k * ((double) g->n + 2.0 * g->m);
  return (guint) CLAMP (SP_KEY_PLAYERS_WORK / MAX (per_start, 1.0), 1, most);
}

/* Most contacts first; equal numbers in the network's order. */
static gint
compare_contacts (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const SpGraph *g = user_data;
  guint u = *(const guint *) a, v = *(const guint *) b;
  guint du = sp_graph_n_contacts (g, u), dv = sp_graph_n_contacts (g, v);

  if (du != dv)
    return du > dv ? -1 : 1;
  return (u > v) - (u < v);
}

SpKeyPlayers *
sp_key_players_compute (SpNetwork       *net,
                        const gboolean  *tie_type_mask,
                        const gboolean  *removed,
                        SpKeyPlayerGoal  goal,
                        guint            k,
                        SpProgressFunc   progress,
                        gpointer         user_data,
                        GCancellable    *cancellable,
                        GError         **error)
{
  g_autoptr (SpGraph) g = NULL;
  g_autofree guint *set = NULL;
  g_autofree guint *best_set = NULL;
  g_autofree guint *perm = NULL;
  g_autofree guint *hubs = NULL;
  g_autoptr (GRand) rand = NULL;
  g_autoptr (SpKeyPlayers) result = NULL;
  Search s;
  gint64 best_score = G_MININT64;
  guint n_starts;
  gboolean ok = FALSE;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (goal == SP_KEY_PLAYERS_REACH || goal == SP_KEY_PLAYERS_FRAGMENT, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!sp_key_players_check_k (net, removed, k, error))
    return NULL;
  g = sp_graph_new (net, tie_type_mask, removed);

  if (progress != NULL)
    progress (0.0, user_data);
  result = g_new0 (SpKeyPlayers, 1);
  result->goal = goal;
  result->n_people = g->n;
  result->players = g_array_sized_new (FALSE, FALSE, sizeof (SpKeyPlayer), k);
  set = g_new (guint, k);
  best_set = g_new (guint, k);
  search_init (&s, g, goal);

  /* the starts (Borgatti's advice: several, as swaps stop at the first
   * set that no single swap improves): the greedy set; the K people with
   * the most contacts, the hubs, which greedy fragmentation misses when
   * no one of them alone cuts anyone off; and random sets from a fixed
   * seed, so that every run gives the same set.  One person: the greedy
   * set is the best. */
  n_starts = k == 1 ? 1 : 2 + random_starts (g, goal, k);
  rand = g_rand_new_with_seed (SP_KEY_PLAYERS_SEED);
  perm = g_new (guint, g->n);
  for (guint v = 0; v < g->n; v++)
    perm[v] = v;
  hubs = g_memdup2 (perm, sizeof (guint) * g->n);
  g_qsort_with_data (hubs, g->n, sizeof (guint), compare_contacts, g);
  for (guint j = 0; j < n_starts; j++)
    {
      gint64 score = 0, start_score = 0;
      guint n_swaps = 0;

      /* K people at random: the first K of a partial shuffle */
      for (guint i = 0; j > 1 && i < k; i++)
        {
          guint r = (guint) g_rand_int_range (rand, (gint32) i, (gint32) g->n);
          guint t = perm[i];

          perm[i] = perm[r];
          perm[r] = t;
        }
      if (!search_from (&s, k, j == 0 ? NULL : j == 1 ? hubs : perm, set, &score, &start_score, &n_swaps,
                        0.98 * j / n_starts, 0.98 * (j + 1) / n_starts,
                        progress, user_data, cancellable, error))
        goto out;
      if (j == 0)
        {
          result->greedy_value = set_value (&s, k, start_score);
          result->n_swaps = n_swaps;
        }
      /* strictly better: equal sets keep the earlier start's */
      if (score > best_score)
        {
          best_score = score;
          memcpy (best_set, set, k * sizeof (guint));
          result->start = j;
        }
      for (guint i = 0; i < k; i++)
        set_add (&s, set[i], FALSE);
    }

  /* the order: the greedy step again, among the set's own members */
  qsort (best_set, k, sizeof (guint), compare_guints);
  for (guint r = 0; r < k; r++)
    {
      SpKeyPlayer player;
      guint best;
      gint64 score;

      if (!best_addition (&s, best_set, k, &best, &score, cancellable, error))
        goto out;
      set_add (&s, best, TRUE);
      player.node = g->vertex_node[best];
      player.value = set_value (&s, r + 1, score);
      g_array_append_val (result->players, player);
    }
  /* the last row is the set the search found */
  g_assert (current_score (&s) == best_score);
  ok = TRUE;
  if (progress != NULL)
    progress (1.0, user_data);

out:
  search_clear (&s);
  return ok ? g_steal_pointer (&result) : NULL;
}

void
sp_key_players_free (SpKeyPlayers *players)
{
  if (players == NULL)
    return;
  g_clear_pointer (&players->players, g_array_unref);
  g_free (players);
}

double
sp_key_players_value (SpNetwork       *net,
                      const gboolean  *tie_type_mask,
                      const gboolean  *removed,
                      SpKeyPlayerGoal  goal,
                      const guint     *nodes,
                      guint            n_nodes)
{
  g_autoptr (SpGraph) g = NULL;
  Search s;
  double value = NAN;
  guint k = 0;

  g_return_val_if_fail (net != NULL, NAN);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, NAN);

  g = sp_graph_new (net, tie_type_mask, removed);
  search_init (&s, g, goal);
  for (guint i = 0; i < n_nodes; i++)
    {
      gint v = nodes[i] < g->n_nodes ? g->node_vertex[nodes[i]] : -1;

      if (v < 0 || s.in_set[v])
        {
          g_critical ("%s: node %u is no person of the graph, or given twice", G_STRFUNC, nodes[i]);
          search_clear (&s);
          return NAN;
        }
      set_add (&s, (guint) v, TRUE);
      k++;
    }
  value = set_value (&s, k, current_score (&s));
  search_clear (&s);
  return value;
}

gboolean
sp_key_players_write_csv (SpNetwork           *net,
                          const SpKeyPlayers  *players,
                          const char          *path,
                          GError             **error)
{
  g_autoptr (GString) out = g_string_new ("rank,id,name,value\n");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (players != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint r = 0; r < players->players->len; r++)
    {
      const SpKeyPlayer *p = &g_array_index (players->players, SpKeyPlayer, r);
      const SpNode *node;

      if (p->node >= sp_network_n_nodes (net))
        {
          g_set_error_literal (error, SP_ERROR, SP_ERROR_INVALID,
                               _("the key players belong to another network"));
          return FALSE;
        }
      node = sp_network_node (net, p->node);
      g_string_append_printf (out, "%u,", r + 1);
      sp_csv_append_field (out, node->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, node->name);
      g_string_append_c (out, ',');
      g_string_append (out, sp_metrics_format_value (buf, p->value));
      g_string_append_c (out, '\n');
    }
  return sp_csv_write (path, out, error);
}
