/* sp-similarity.c — profile similarity (structural equivalence)
 *
 * The profiles are binary, so the correlation of i and j follows from
 * four counts over the L entries compared (L = n - 2, or 2 (n - 2) when
 * directed): a and b, the ties in each profile, and c, the entries both
 * have:
 *
 *   r = (L c - a b) / sqrt ((L a - a²) (L b - b²))
 *
 * a is i's number of tie ends (degree; in + out degree when directed)
 * less its ties with j, which fall on the entries left out; likewise b.
 * c counts the shared contacts: walking i's neighbours' neighbours finds
 * every j with c > 0.  Every other j has c = 0 and no tie with i, so its
 * r = -sqrt (a / (L - a)) sqrt (b / (L - b)) only falls as j's degree b
 * grows: the best of them are the people of the lowest degree, taken
 * from a list sorted by degree once.  So the ranking is exact without
 * computing all n - 1 pairs.
 */
#define G_LOG_DOMAIN "sp-similarity"

#include "sp-similarity.h"
#include "sp-metrics.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

struct _SpSimilarities {
  guint      n_nodes;
  guint     *off;     /* node -> its colleagues items[off[node] .. off[node + 1]) */
  SpSimilar *items;
};

/* One pair: the correlation's numerator and the two variances (times
 * L²), kept as integers so that equal correlations compare equal. */
typedef struct {
  guint  v;
  gint64 num;     /* L c - a b */
  gint64 var_a;   /* L a - a² */
  gint64 var_b;   /* L b - b² */
  double r;
} Pair;

typedef struct {
  const SpGraph *g;
  gint64   L;          /* entries per profile */
  guint   *tdeg;       /* entries in each whole profile: degree, or in + out */
  guint   *by_degree;  /* vertices with tdeg > 0, by (tdeg, vertex) */
  guint    n_by_degree;
  /* one person's candidates: the vertices with a shared contact or a
   * tie with the person, found afresh each round */
  guint   *stamp;      /* == round: a candidate */
  guint   *shared;     /* c */
  guint8  *tie;        /* 1: the person -> v, 2: v -> the person */
  guint   *cand;
  guint    n_cand;
  guint    round;
  Pair    *best;       /* the top k so far, best first */
} Ctx;

static void
ctx_init (Ctx           *ctx,
          const SpGraph *g,
          guint          k)
{
  guint n = g->n;
  guint max_deg = 0, zeros;
  g_autofree guint *start = NULL;

  memset (ctx, 0, sizeof *ctx);
  ctx->g = g;
  ctx->L = n >= 2 ? (gint64) (n - 2) * (g->directed ? 2 : 1) : 0;
  ctx->tdeg = g_new (guint, MAX (n, 1));
  for (guint v = 0; v < n; v++)
    {
      ctx->tdeg[v] = g->out_off[v + 1] - g->out_off[v];
      if (g->directed)
        ctx->tdeg[v] += g->in_off[v + 1] - g->in_off[v];
      max_deg = MAX (max_deg, ctx->tdeg[v]);
    }
  /* a counting sort: stable, so equal degrees stay in vertex order */
  start = g_new0 (guint, max_deg + 2);
  for (guint v = 0; v < n; v++)
    start[ctx->tdeg[v] + 1]++;
  for (guint d = 1; d <= max_deg + 1; d++)
    start[d] += start[d - 1];
  /* start[d]: the vertices of lower degree; those without ties are left out */
  zeros = start[1];
  ctx->n_by_degree = n - zeros;
  ctx->by_degree = g_new (guint, MAX (n, 1));
  for (guint v = 0; v < n; v++)
    if (ctx->tdeg[v] > 0)
      ctx->by_degree[start[ctx->tdeg[v]]++ - zeros] = v;
  ctx->stamp = g_new0 (guint, MAX (n, 1));
  ctx->shared = g_new (guint, MAX (n, 1));
  ctx->tie = g_new (guint8, MAX (n, 1));
  ctx->cand = g_new (guint, MAX (n, 1));
  ctx->best = g_new (Pair, MAX (k, 1));
}

static void
ctx_clear (Ctx *ctx)
{
  g_free (ctx->tdeg);
  g_free (ctx->by_degree);
  g_free (ctx->stamp);
  g_free (ctx->shared);
  g_free (ctx->tie);
  g_free (ctx->cand);
  g_free (ctx->best);
}

static gint
sign64 (gint64 x)
{
  return (x > 0) - (x < 0);
}

/* Whether x's correlation is above y's: exactly, from the integers,
 * where their products fit in 128 bits (|num| < L², var < L²/4, so
 * num² var var < L⁸/16: L < 2^16 is safe); from the doubles beyond. */
static gint
compare_r (const Pair *x,
           const Pair *y,
           gint64      L)
{
  gint sx = sign64 (x->num), sy = sign64 (y->num);

  if (sx != sy)
    return sx > sy ? 1 : -1;
  if (sx == 0)
    return 0;
#ifdef __SIZEOF_INT128__
  if (L < 65536)
    {
      /* r = num / sqrt (var_a var_b): compare num² var_a' var_b' */
      guint64 nx = (guint64) (x->num < 0 ? -x->num : x->num);
      guint64 ny = (guint64) (y->num < 0 ? -y->num : y->num);
      unsigned __int128 lhs = (unsigned __int128) (nx * nx) *
                              ((guint64) y->var_a * (guint64) y->var_b);
      unsigned __int128 rhs = (unsigned __int128) (ny * ny) *
                              ((guint64) x->var_a * (guint64) x->var_b);

      if (lhs == rhs)
        return 0;
      /* for negative correlations the larger magnitude is the lower r */
      return (lhs > rhs) == (sx > 0) ? 1 : -1;
    }
#endif
  return (x->r > y->r) - (x->r < y->r);
}

/* Whether @x ranks before @y: the higher correlation, then node order
 * (vertices are numbered in the order of the nodes). */
static gboolean
ranks_before (const Pair *x,
              const Pair *y,
              gint64      L)
{
  gint c = compare_r (x, y, L);

  return c > 0 || (c == 0 && x->v < y->v);
}

/* The pair with counts a, b, c; FALSE when its correlation is undefined. */
static gboolean
make_pair (Pair   *p,
           guint   v,
           gint64  L,
           gint64  a,
           gint64  b,
           gint64  c)
{
  double den;

  p->v = v;
  p->num = L * c - a * b;
  p->var_a = L * a - a * a;
  p->var_b = L * b - b * b;
  if (p->var_a <= 0 || p->var_b <= 0)
    return FALSE;
  /* equal variances (identical degrees) divide exactly: r = 1 stays 1 */
  den = p->var_a == p->var_b ? (double) p->var_a
                             : sqrt ((double) p->var_a * (double) p->var_b);
  p->r = CLAMP ((double) p->num / den, -1.0, 1.0);
  return TRUE;
}

/* Inserts @p into the top @k (*@n_best of them so far). */
static void
offer (Ctx        *ctx,
       const Pair *p,
       guint       k,
       guint      *n_best)
{
  guint at = *n_best;

  if (at == k && !ranks_before (p, &ctx->best[k - 1], ctx->L))
    return;
  if (at == k)
    at--;
  while (at > 0 && ranks_before (p, &ctx->best[at - 1], ctx->L))
    {
      ctx->best[at] = ctx->best[at - 1];
      at--;
    }
  ctx->best[at] = *p;
  if (*n_best < k)
    (*n_best)++;
}

static void
touch (Ctx  *ctx,
       guint v)
{
  if (ctx->stamp[v] == ctx->round)
    return;
  ctx->stamp[v] = ctx->round;
  ctx->shared[v] = 0;
  ctx->tie[v] = 0;
  ctx->cand[ctx->n_cand++] = v;
}

/* The top @k of vertex @i into ctx->best; returns how many. */
static guint
top_k (Ctx  *ctx,
       guint i,
       guint k)
{
  const SpGraph *g = ctx->g;
  gint64 L = ctx->L;
  gint64 a = ctx->tdeg[i];
  guint n_best = 0, taken = 0;
  Pair p;

  if (k == 0 || a == 0)
    return 0;
  if (++ctx->round == 0)
    {
      /* the stamps wrapped around: start them again */
      memset (ctx->stamp, 0, sizeof (guint) * g->n);
      ctx->round = 1;
    }
  ctx->n_cand = 0;

  /* the ties between i and j fall on the entries left out */
  for (guint e = g->out_off[i]; e < g->out_off[i + 1]; e++)
    {
      touch (ctx, g->out_adj[e]);
      ctx->tie[g->out_adj[e]] |= 1;
    }
  if (g->directed)
    for (guint e = g->in_off[i]; e < g->in_off[i + 1]; e++)
      {
        touch (ctx, g->in_adj[e]);
        ctx->tie[g->in_adj[e]] |= 2;
      }

  /* shared entries: i -> k and j -> k (the rows), and when directed
   * k -> i and k -> j (the columns); k is never i or j */
  for (guint e = g->out_off[i]; e < g->out_off[i + 1]; e++)
    {
      guint via = g->out_adj[e];

      for (guint f = g->in_off[via]; f < g->in_off[via + 1]; f++)
        if (g->in_adj[f] != i)
          {
            touch (ctx, g->in_adj[f]);
            ctx->shared[g->in_adj[f]]++;
          }
    }
  if (g->directed)
    for (guint e = g->in_off[i]; e < g->in_off[i + 1]; e++)
      {
        guint via = g->in_adj[e];

        for (guint f = g->out_off[via]; f < g->out_off[via + 1]; f++)
          if (g->out_adj[f] != i)
            {
              touch (ctx, g->out_adj[f]);
              ctx->shared[g->out_adj[f]]++;
            }
      }

  for (guint c = 0; c < ctx->n_cand; c++)
    {
      guint j = ctx->cand[c];
      guint8 t = ctx->tie[j];
      /* undirected, one tie is one entry each way: i's x_ij, j's x_ji */
      gint64 out = g->directed ? (t & 1) + ((t >> 1) & 1) : (t != 0);

      if (make_pair (&p, j, L, a - out, (gint64) ctx->tdeg[j] - out, ctx->shared[j]))
        offer (ctx, &p, k, &n_best);
    }

  /* everyone else shares nothing with i: the lowest degrees first, and
   * only while i's own profile varies (a < L) and theirs does too */
  if (a < L)
    for (guint s = 0; s < ctx->n_by_degree && taken < k; s++)
      {
        guint j = ctx->by_degree[s];

        if (j == i || ctx->stamp[j] == ctx->round)
          continue;
        if ((gint64) ctx->tdeg[j] >= L)
          break;
        if (make_pair (&p, j, L, a, ctx->tdeg[j], 0))
          offer (ctx, &p, k, &n_best);
        taken++;
      }
  return n_best;
}

guint
sp_similarity_top_k (const SpGraph *graph,
                     guint          node,
                     guint          k,
                     SpSimilar     *out)
{
  Ctx ctx;
  guint n;

  g_return_val_if_fail (graph != NULL, 0);
  g_return_val_if_fail (out != NULL || k == 0, 0);

  if (node >= graph->n_nodes || graph->node_vertex[node] < 0 || k == 0)
    return 0;
  k = MIN (k, MAX (graph->n, 1));
  ctx_init (&ctx, graph, k);
  n = top_k (&ctx, (guint) graph->node_vertex[node], k);
  for (guint r = 0; r < n; r++)
    {
      out[r].node = graph->vertex_node[ctx.best[r].v];
      out[r].similarity = ctx.best[r].r;
    }
  ctx_clear (&ctx);
  return n;
}

SpSimilarities *
sp_similarity_compute (SpNetwork      *net,
                       const gboolean *tie_type_mask,
                       const gboolean *removed,
                       guint           k,
                       SpProgressFunc  progress,
                       gpointer        user_data,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr (SpGraph) g = NULL;
  g_autoptr (GArray) items = NULL;
  SpSimilarities *s;
  Ctx ctx;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (progress != NULL)
    progress (0.0, user_data);
  g = sp_graph_new (net, tie_type_mask, removed);
  k = MIN (k, MAX (g->n, 1));
  ctx_init (&ctx, g, MAX (k, 1));
  items = g_array_sized_new (FALSE, FALSE, sizeof (SpSimilar), (guint) MIN ((guint64) g->n * k, 1u << 20));
  s = g_new0 (SpSimilarities, 1);
  s->n_nodes = g->n_nodes;
  s->off = g_new0 (guint, g->n_nodes + 1);

  for (guint node = 0; node < g->n_nodes; node++)
    {
      gint v = g->node_vertex[node];

      s->off[node] = items->len;
      if (v < 0)
        continue;
      /* a cheap step per person: look up now and then */
      if ((v & 255) == 0)
        {
          if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
            {
              g_set_error_literal (error, SP_ERROR, SP_ERROR_CANCELLED, _("analysis cancelled"));
              ctx_clear (&ctx);
              g_free (s->off);
              g_free (s);
              return NULL;
            }
          if (progress != NULL)
            progress ((double) v / g->n, user_data);
        }
      for (guint r = 0, n = top_k (&ctx, (guint) v, k); r < n; r++)
        {
          SpSimilar item = { g->vertex_node[ctx.best[r].v], ctx.best[r].r };

          g_array_append_val (items, item);
        }
    }
  s->off[g->n_nodes] = items->len;
  s->items = (SpSimilar *) (gpointer) g_array_free (g_steal_pointer (&items), FALSE);
  ctx_clear (&ctx);
  if (progress != NULL)
    progress (1.0, user_data);
  return s;
}

void
sp_similarities_free (SpSimilarities *s)
{
  if (s == NULL)
    return;
  g_free (s->off);
  g_free (s->items);
  g_free (s);
}

const SpSimilar *
sp_similarities_get (SpSimilarities *s,
                     guint           node,
                     guint          *n_similar)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (n_similar != NULL, NULL);

  if (node >= s->n_nodes)
    {
      *n_similar = 0;
      return NULL;
    }
  *n_similar = s->off[node + 1] - s->off[node];
  return s->items + s->off[node];
}

gboolean
sp_similarities_write_csv (SpNetwork      *net,
                           SpSimilarities *s,
                           const char     *path,
                           GError        **error)
{
  g_autoptr (GString) out = g_string_new ("id,similar_id,similarity,rank\n");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (s != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (s->n_nodes != sp_network_n_nodes (net))
    {
      g_set_error_literal (error, SP_ERROR, SP_ERROR_INVALID,
                           _("the similarities belong to another network"));
      return FALSE;
    }
  for (guint node = 0; node < s->n_nodes; node++)
    for (guint r = s->off[node]; r < s->off[node + 1]; r++)
      {
        sp_csv_append_field (out, sp_network_node (net, node)->id);
        g_string_append_c (out, ',');
        sp_csv_append_field (out, sp_network_node (net, s->items[r].node)->id);
        g_string_append_c (out, ',');
        g_string_append (out, sp_metrics_format_value (buf, s->items[r].similarity));
        g_string_append_printf (out, ",%u\n", r - s->off[node] + 1);
      }
  return sp_csv_write (path, out, error);
}
