/* sp-layout.c — positions from Graphviz (gvc)
 *
 * The network is copied into an undirected cgraph graph (ties merged per
 * pair, self-loops dropped), laid out with gvLayout, and the node centres
 * are copied back, y growing downwards.  Every Graphviz type stays here.
 */
#define G_LOG_DOMAIN "sp-layout"

#include "sp-layout.h"
#include "sp-graphviz-lock.h"
#include "sp-i18n.h"

#include <graphviz/gvc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char * const engine_names[] = {
  [SP_LAYOUT_SFDP] = "sfdp",
  [SP_LAYOUT_NEATO] = "neato",
  [SP_LAYOUT_FDP] = "fdp",
  [SP_LAYOUT_DOT] = "dot",
  [SP_LAYOUT_CIRCO] = "circo",
  [SP_LAYOUT_TWOPI] = "twopi",
  [SP_LAYOUT_AUTO] = "auto",
};

/* Below this many nodes "auto" uses neato (stress majorisation gives the
 * calmest drawings of small teams); neato is quadratic, so sfdp above. */
#define AUTO_NEATO_MAX_NODES 400

/* sfdp's own overlap removal (prism) costs more than the layout itself
 * (5,000 nodes: 1.8 s of 2.8 s), so sfdp runs without it and
 * remove_overlaps () below separates the nodes instead, in linear time:
 * they are small circles of known relative size, not labelled boxes. */

/* The separation: node radii (relative, 0.6 … 2.0 by degree as the
 * renderer draws them) times this share of the mean spacing of the nodes
 * over sfdp's bounding box.  Like prism it spreads sfdp's crowded centre
 * to an even density, so that the nodes can be drawn larger. */
#define SEP_UNIT 0.35
/* While many pairs still overlap, everything moves out by this factor
 * per round: local pushes alone would spread a crowded core only slowly. */
#define SEP_GROW 1.01
#define SEP_MAX_ROUNDS 300

/* Components of at most this many nodes (isolates, pairs, triples) are
 * not given to Graphviz: it packs every component on its own, which is
 * quadratic in their number (2,000 isolates took 23 s, 20,000 over
 * 150 s).  They are placed on a grid beside the rest instead. */
#define SMALL_COMPONENT_MAX 3
/* Above this many components (of more than SMALL_COMPONENT_MAX nodes)
 * Graphviz packs them in rows instead of as polyominoes. */
#define PACK_GRAPH_MAX_COMPONENTS 100
/* The grid's pitch as a share of the typical spacing of the rest. */
#define GRID_DENSITY 0.6
/* The grid's pitch in points when there is nothing else to match. */
#define GRID_PITCH 36.0

/* Graphviz is given at most about this many ties: above it each node
 * keeps a few ties, its strongest and others (a deterministic sample), so that dense data
 * (a complete graph of 2,000 people has 2 M ties) is laid out in seconds
 * and bounded memory.  Node sizes still count every tie. */
#define LAYOUT_MAX_PAIRS 100000

gboolean
sp_layout_engine_from_string (const char     *name,
                              SpLayoutEngine *engine)
{
  g_return_val_if_fail (engine != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (engine_names); i++)
    if (g_ascii_strcasecmp (name, engine_names[i]) == 0)
      {
        *engine = (SpLayoutEngine) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sp_layout_engine_to_string (SpLayoutEngine engine)
{
  g_return_val_if_fail ((guint) engine < G_N_ELEMENTS (engine_names), NULL);
  return engine_names[engine];
}

SpLayoutEngine
sp_layout_engine_for_size (guint n_nodes)
{
  return n_nodes <= AUTO_NEATO_MAX_NODES ? SP_LAYOUT_NEATO : SP_LAYOUT_SFDP;
}

/* Graphviz's own messages would go to stderr; we report our own errors. */
static int
swallow_graphviz_message (char *message)
{
  g_debug ("graphviz: %s", message);
  return 0;
}

static void
set_graph_attr (Agraph_t   *g,
                const char *name,
                const char *value)
{
  agattr (g, AGRAPH, (char *) name, (char *) value);
}

static void
set_engine_attributes (Agraph_t       *g,
                       SpLayoutEngine  engine,
                       guint           n_nodes,
                       guint           n_components)
{
  /* common: no splines (the renderer draws straight ties), labels are ours,
   * fixed seed so that the same input gives the same drawing, and
   * disconnected components packed side by side: tightly (polyominoes)
   * when they are few, in rows when many, since polyomino packing is
   * quadratic in their number (2,000 paths of 4 people: 25 s, in rows 1 s) */
  set_graph_attr (g, "splines", "false");
  set_graph_attr (g, "outputorder", "edgesfirst");
  set_graph_attr (g, "start", "20261128");
  set_graph_attr (g, "pack", "12");
  if (n_components <= PACK_GRAPH_MAX_COMPONENTS)
    set_graph_attr (g, "packmode", "graph");
  else
    {
      /* as many rows as columns (Graphviz's default is one long strip) */
      char mode[32];

      g_snprintf (mode, sizeof mode, "array_%u", (guint) ceil (sqrt (n_components)));
      set_graph_attr (g, "packmode", mode);
    }

  switch (engine)
    {
    case SP_LAYOUT_SFDP:
      /* Graphviz's defaults but for K (a little more room between
       * communities) and the fast quadtree (Barnes-Hut with coarser
       * approximations: 5,000 nodes in 0.6 s of CPU instead of 1.1 s,
       * a drawing as good); no overlap removal here: see
       * remove_overlaps () */
      set_graph_attr (g, "overlap", "true");
      set_graph_attr (g, "K", "0.6");
      set_graph_attr (g, "smoothing", "none");
      set_graph_attr (g, "quadtree", "fast");
      set_graph_attr (g, "beautify", "false");
      break;
    case SP_LAYOUT_NEATO:
      set_graph_attr (g, "overlap", "prism");
      set_graph_attr (g, "sep", "+8");
      set_graph_attr (g, "mode", "major");
      set_graph_attr (g, "model", n_nodes <= 1000 ? "shortpath" : "circuit");
      set_graph_attr (g, "epsilon", "0.0001");
      break;
    case SP_LAYOUT_FDP:
      set_graph_attr (g, "overlap", "prism");
      set_graph_attr (g, "sep", "+8");
      set_graph_attr (g, "K", "0.6");
      break;
    case SP_LAYOUT_DOT:
      set_graph_attr (g, "nodesep", "0.15");
      set_graph_attr (g, "ranksep", "0.6");
      break;
    case SP_LAYOUT_CIRCO:
      set_graph_attr (g, "mindist", "0.3");
      set_graph_attr (g, "overlap", "false");
      break;
    case SP_LAYOUT_TWOPI:
      set_graph_attr (g, "ranksep", "0.8");
      set_graph_attr (g, "overlap", "prism");
      break;
    case SP_LAYOUT_AUTO:
    default:
      g_assert_not_reached ();
    }
}

typedef struct {
  guint64 key;      /* min << 32 | max */
  double  weight;   /* summed over the merged ties */
} Pair;

static gint
compare_pair_key (gconstpointer a,
                  gconstpointer b)
{
  guint64 x = ((const Pair *) a)->key;
  guint64 y = ((const Pair *) b)->key;

  return (x > y) - (x < y);
}

/* Distinct unordered pairs of the ties with their summed weights, sorted
 * by key, without self-loops: the same for the same input whatever the
 * tie order. */
static GArray *
merged_pairs (SpNetwork *network)
{
  GArray *pairs = g_array_sized_new (FALSE, FALSE, sizeof (Pair), network->ties->len);
  guint out = 0;

  for (guint i = 0; i < network->ties->len; i++)
    {
      const SpTie *t = &g_array_index (network->ties, SpTie, i);
      guint64 a = MIN (t->source, t->target);
      guint64 b = MAX (t->source, t->target);
      Pair pair = { (a << 32) | b, isfinite (t->weight) ? t->weight : 0 };

      if (a != b)
        g_array_append_val (pairs, pair);
    }
  g_array_sort (pairs, compare_pair_key);
  for (guint i = 0; i < pairs->len; i++)
    {
      Pair *p = &g_array_index (pairs, Pair, i);

      if (out > 0 && p->key == g_array_index (pairs, Pair, out - 1).key)
        g_array_index (pairs, Pair, out - 1).weight += p->weight;
      else
        g_array_index (pairs, Pair, out++) = *p;
    }
  g_array_set_size (pairs, out);
  return pairs;
}

static guint
pair_a (const Pair *p)
{
  return (guint) (p->key >> 32);
}

static guint
pair_b (const Pair *p)
{
  return (guint) (p->key & 0xffffffffu);
}

/* Stronger first; equal weights in the order of their hash. */
static gint
compare_pair_strength (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  const Pair *pairs = user_data;
  const Pair *x = &pairs[*(const guint *) a], *y = &pairs[*(const guint *) b];
  guint64 hx, hy;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  hx = sp_pair_hash (x->key);
  hy = sp_pair_hash (y->key);
  return (hx > hy) - (hx < hy);
}

static guint
find_root (guint *parent,
           guint  v)
{
  while (parent[v] != v)
    {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
  return v;
}

/* Joins the sets of @a and @b; FALSE when they were one already. */
static gboolean
join (guint *parent,
      guint  a,
      guint  b)
{
  a = find_root (parent, a);
  b = find_root (parent, b);
  if (a == b)
    return FALSE;
  parent[MAX (a, b)] = MIN (a, b);
  return TRUE;
}

/* In a fixed, well-spread order unrelated to the weights. */
static gint
compare_pair_spread (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const Pair *pairs = user_data;
  guint64 hx = sp_pair_hash (~pairs[*(const guint *) a].key);
  guint64 hy = sp_pair_hash (~pairs[*(const guint *) b].key);

  return (hx > hy) - (hx < hy);
}

/* At most about LAYOUT_MAX_PAIRS of the @pairs (over @n nodes) for the
 * layout: each node keeps its k strongest ties, k chosen so that the union
 * fits, so that no node loses all its ties; then, where that leaves a
 * component in pieces, the strongest ties that join them (a maximum
 * spanning forest), so that the drawing never splits a connected group.
 * Keeps the key order, so the result is deterministic.  Returns @pairs itself (a new reference) when
 * it is small enough. */
static GArray *
layout_sample (GArray *pairs,
               guint   n)
{
  const Pair *p = (const Pair *) (gpointer) pairs->data;
  g_autofree guint *start = NULL;
  g_autofree guint *incident = NULL;
  g_autofree guint8 *keep = NULL;
  GArray *sample;
  guint k;

  if (pairs->len <= LAYOUT_MAX_PAIRS || n == 0)
    return g_array_ref (pairs);
  k = MAX (2, LAYOUT_MAX_PAIRS / n);

  /* the pairs incident to each node (CSR) */
  start = g_new0 (guint, n + 1);
  for (guint i = 0; i < pairs->len; i++)
    {
      start[pair_a (&p[i]) + 1]++;
      start[pair_b (&p[i]) + 1]++;
    }
  for (guint v = 0; v < n; v++)
    start[v + 1] += start[v];
  incident = g_new (guint, MAX ((gsize) pairs->len * 2, 1));
  {
    g_autofree guint *fill = g_memdup2 (start, (n + 1) * sizeof (guint));

    for (guint i = 0; i < pairs->len; i++)
      {
        incident[fill[pair_a (&p[i])]++] = i;
        incident[fill[pair_b (&p[i])]++] = i;
      }
  }

  keep = g_new0 (guint8, pairs->len);
  for (guint v = 0; v < n; v++)
    {
      guint deg = start[v + 1] - start[v];

      if (deg > k)
        {
          g_qsort_with_data (incident + start[v], deg, sizeof (guint), compare_pair_strength,
                             (gpointer) p);
          g_qsort_with_data (incident + start[v] + k / 2, deg - k / 2, sizeof (guint),
                             compare_pair_spread, (gpointer) p);
        }
      for (guint j = 0; j < MIN (deg, k); j++)
        keep[incident[start[v] + j]] = 1;
    }

  /* the pieces the kept ties leave, against the real components */
  {
    g_autofree guint *kept = g_new (guint, n);
    g_autofree guint *all = g_new (guint, n);
    guint n_kept = n, n_all = n;

    for (guint v = 0; v < n; v++)
      kept[v] = all[v] = v;
    for (guint i = 0; i < pairs->len; i++)
      {
        n_all -= join (all, pair_a (&p[i]), pair_b (&p[i]));
        if (keep[i])
          n_kept -= join (kept, pair_a (&p[i]), pair_b (&p[i]));
      }
    if (n_kept > n_all)
      {
        g_autoptr (GArray) rest = g_array_new (FALSE, FALSE, sizeof (guint));

        for (guint i = 0; i < pairs->len; i++)
          if (!keep[i])
            g_array_append_val (rest, i);
        g_qsort_with_data (rest->data, rest->len, sizeof (guint), compare_pair_strength,
                           (gpointer) p);
        for (guint r = 0; r < rest->len && n_kept > n_all; r++)
          {
            guint i = g_array_index (rest, guint, r);

            if (join (kept, pair_a (&p[i]), pair_b (&p[i])))
              {
                keep[i] = 1;
                n_kept--;
              }
          }
      }
  }

  sample = g_array_new (FALSE, FALSE, sizeof (Pair));
  for (guint i = 0; i < pairs->len; i++)
    if (keep[i])
      g_array_append_val (sample, p[i]);
  g_debug ("layout: %u of %u ties sampled (%u per person)", sample->len, pairs->len, k);
  return sample;
}

/* Nodes sorted into square cells of side @cell over the box from
 * (@x0, @y0): the nodes of cell c are members[start[c] … start[c + 1]). */
typedef struct {
  double  x0, y0, cell;
  guint   cols, rows;
  guint  *start;
  guint  *members;
} Grid;

static guint
grid_cell_of (const Grid *grid,
              double      x,
              double      y,
              guint      *cx,
              guint      *cy)
{
  *cx = MIN ((guint) MAX ((x - grid->x0) / grid->cell, 0), grid->cols - 1);
  *cy = MIN ((guint) MAX ((y - grid->y0) / grid->cell, 0), grid->rows - 1);
  return *cy * grid->cols + *cx;
}

/* Counting sort of the @n nodes into cells of about @cell (enlarged so
 * that there are at most 2048 × 2048 cells). */
static void
grid_build (Grid         *grid,
            guint         n,
            const double *x,
            const double *y,
            double        cell)
{
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  g_autofree guint *fill = NULL;
  guint cx, cy;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, x[i]);
      x1 = MAX (x1, x[i]);
      y0 = MIN (y0, y[i]);
      y1 = MAX (y1, y[i]);
    }
  cell = MAX (cell, MAX (x1 - x0, y1 - y0) / 2048);
  cell = MAX (cell, 1e-9);
  grid->x0 = x0;
  grid->y0 = y0;
  grid->cell = cell;
  grid->cols = (guint) ((x1 - x0) / cell) + 1;
  grid->rows = (guint) ((y1 - y0) / cell) + 1;
  grid->start = g_new0 (guint, (gsize) grid->cols * grid->rows + 1);
  grid->members = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    grid->start[grid_cell_of (grid, x[i], y[i], &cx, &cy) + 1]++;
  for (gsize c = 0; c < (gsize) grid->cols * grid->rows; c++)
    grid->start[c + 1] += grid->start[c];
  fill = g_memdup2 (grid->start, (gsize) grid->cols * grid->rows * sizeof (guint));
  for (guint i = 0; i < n; i++)
    grid->members[fill[grid_cell_of (grid, x[i], y[i], &cx, &cy)]++] = i;
}

static void
grid_clear (Grid *grid)
{
  g_clear_pointer (&grid->start, g_free);
  g_clear_pointer (&grid->members, g_free);
}

/* Moves apart every two nodes closer than the sum of their radii:
 * @radius[i] (relative, 0.6 … 2.0 as the renderer draws them) times
 * SEP_UNIT times the mean spacing (the square root of the bounding box's
 * area per node).  Each round pushes overlapping pairs apart by half
 * their overlap each, looking only at neighbouring grid cells, so a
 * round is linear in the nodes; 20 to 80 rounds settle it (a few ms at
 * 5,000 nodes).  Deterministic: a fixed order and no randomness. */
static void
remove_overlaps (guint         n,
                 double       *x,
                 double       *y,
                 const double *radius)
{
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  double unit, r_max = 0;
  guint rounds = 0;

  if (n < 2)
    return;
  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, x[i]);
      x1 = MAX (x1, x[i]);
      y0 = MIN (y0, y[i]);
      y1 = MAX (y1, y[i]);
    }
  unit = SEP_UNIT * sqrt (MAX (x1 - x0, 1e-9) * MAX (y1 - y0, 1e-9) / n);
  for (guint i = 0; i < n; i++)
    r_max = MAX (r_max, radius[i] * unit);

  for (guint round = 0; round < SEP_MAX_ROUNDS; round++)
    {
      Grid grid;
      guint moved = 0;
      double worst = 0;

      /* a cell as wide as the largest separation: overlapping pairs are
       * in the same or neighbouring cells */
      grid_build (&grid, n, x, y, 2 * r_max);
      for (guint c = 0; c < grid.cols * grid.rows; c++)
        {
          guint cx = c % grid.cols, cy = c / grid.cols;

          for (guint k = grid.start[c]; k < grid.start[c + 1]; k++)
            {
              guint i = grid.members[k];

              /* each pair once: this cell's later members, and the cells
               * right, below-left, below and below-right */
              for (guint q = 0; q < 5; q++)
                {
                  static const int dx[] = { 0, 1, -1, 0, 1 };
                  static const int dy[] = { 0, 0, 1, 1, 1 };
                  gint nx = (gint) cx + dx[q], ny = (gint) cy + dy[q];
                  guint nc, from;

                  if (nx < 0 || nx >= (gint) grid.cols || ny >= (gint) grid.rows)
                    continue;
                  nc = (guint) ny * grid.cols + (guint) nx;
                  from = q == 0 ? k + 1 : grid.start[nc];
                  for (guint m = from; m < grid.start[nc + 1]; m++)
                    {
                      guint j = grid.members[m];
                      double need = (radius[i] + radius[j]) * unit;
                      double ddx = x[j] - x[i], ddy = y[j] - y[i];
                      double d2 = ddx * ddx + ddy * ddy, d, push;

                      if (d2 >= need * need)
                        continue;
                      d = sqrt (d2);
                      worst = MAX (worst, 1 - d / need);
                      if (d < 1e-9 * need)
                        {
                          /* at the same place: apart along a direction
                           * from their numbers */
                          double a = (i * 2654435761u + j) % 6283 / 1000.0;

                          ddx = cos (a);
                          ddy = sin (a);
                          d = 1;
                          push = need / 2;
                        }
                      else
                        push = (need - d) / 2 * 1.02;
                      ddx *= push / d;
                      ddy *= push / d;
                      x[i] -= ddx;
                      y[i] -= ddy;
                      x[j] += ddx;
                      y[j] += ddy;
                      moved++;
                    }
                }
            }
        }
      grid_clear (&grid);
      rounds++;
      /* what is left is too small to see */
      if (worst < 0.01)
        break;
      /* a crowded core cannot make room by local pushes alone (they
       * spread only slowly outwards): give everyone a little more */
      if (moved > n / 100)
        {
          double grow = SEP_GROW;
          double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;

          for (guint i = 0; i < n; i++)
            {
              x[i] = cx + (x[i] - cx) * grow;
              y[i] = cy + (y[i] - cy) * grow;
            }
        }
    }
  g_debug ("overlap removal: %u rounds", rounds);
}

/* The radius of each of the @n nodes @nodes[] (their @pairs numbered
 * 0 … @n - 1) relative to the typical one, as the renderer sizes them by
 * their number of distinct contacts (clients never smaller than a typical
 * person). */
static double *
relative_radii (SpNetwork   *network,
                const guint *nodes,
                guint        n,
                GArray      *pairs)
{
  g_autofree guint *degree = g_new0 (guint, MAX (n, 1));
  double *radius = g_new (double, MAX (n, 1));
  guint max_degree = 0;

  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      degree[pair_a (p)]++;
      degree[pair_b (p)]++;
    }
  for (guint i = 0; i < n; i++)
    max_degree = MAX (max_degree, degree[i]);
  for (guint i = 0; i < n; i++)
    {
      radius[i] = 0.6 + 1.4 * sqrt (max_degree > 0 ? (double) degree[i] / max_degree : 0);
      if (g_array_index (network->nodes, SpNode, nodes[i]).kind == SP_NODE_CLIENT)
        radius[i] = MAX (radius[i], 1.15);
    }
  return radius;
}

/* Graphviz 2.43's sfdp keeps state from one layout to the next (its
 * result depends on the graph laid out before), so every sfdp layout
 * starts after the same tiny one: the same input then gives the same
 * drawing, in one process or many. */
static void
reset_sfdp_state (GVC_t *gvc)
{
  Agraph_t *g = agopen ((char *) "reset", Agundirected, NULL);
  Agnode_t *a, *b;

  /* no text to measure: Graphviz 2.43's pango plugin keeps a pointer to
   * the last font name, which gvFreeContext() frees, and the next label
   * measured in another context read it (valgrind: invalid read in
   * textspan_size; a crash now and then in the layout test) */
  agattr (g, AGNODE, (char *) "label", (char *) "");
  a = agnode (g, (char *) "a", TRUE);
  b = agnode (g, (char *) "b", TRUE);

  agedge (g, a, b, NULL, TRUE);
  if (gvLayout (gvc, g, "sfdp") == 0)
    gvFreeLayout (gvc, g);
  agclose (g);
}

/* Runs with the Graphviz lock held.  Lays out @n nodes with the @pairs
 * among them (@n_components connected components): fills @x/@y (y down) or returns FALSE with @error set. */
/* Graphviz 2.42's circo remembers the root graph it last laid out (a
 * static pointer in circular.c's initGraphAttrs) with that graph's
 * attribute symbols.  A new graph allocated where the last one was freed
 * is taken for it, and the freed symbols are read: a crash in agxget, one
 * run in about 25 of tests/layout with MALLOC_PERTURB_.  So the last circo
 * graph is closed only once the next one has been laid out: no two are
 * ever at one address.  Under the Graphviz lock. */
static Agraph_t *last_circo_graph;

static void
close_graph (Agraph_t       *g,
             SpLayoutEngine  engine)
{
  if (engine != SP_LAYOUT_CIRCO)
    {
      agclose (g);
      return;
    }
  if (last_circo_graph != NULL)
    agclose (last_circo_graph);
  last_circo_graph = g;
}

/* @group (may be NULL): per node its group's number, or -1; each group
 * gets a hub tied to its members, which pulls them together (the hubs'
 * positions are dropped) */
static gboolean
layout_locked (guint           n,
               guint           n_components,
               SpLayoutEngine  engine,
               GArray         *pairs,
               const gint     *group,
               guint           n_groups,
               double         *x,
               double         *y,
               GError        **error)
{
  g_autofree Agnode_t **agnodes = g_new0 (Agnode_t *, MAX (n, 1));
  g_autofree Agnode_t **hubs = g_new0 (Agnode_t *, MAX (n_groups, 1));
  GVC_t *gvc;
  Agraph_t *g;
  boxf bb;
  int rc;

  gvc = gvContext ();
  g = agopen ((char *) "samenspel", Agundirected, NULL);

  set_engine_attributes (g, engine, n, n_components);

  /* small fixed-size nodes without text: Graphviz need not measure labels,
   * and the overlap removal keeps the renderer's largest nodes apart */
  agattr (g, AGNODE, (char *) "label", (char *) "");
  agattr (g, AGNODE, (char *) "shape", (char *) "circle");
  agattr (g, AGNODE, (char *) "fixedsize", (char *) "true");
  agattr (g, AGNODE, (char *) "width", (char *) "0.25");
  agattr (g, AGNODE, (char *) "height", (char *) "0.25");

  for (guint i = 0; i < n; i++)
    {
      char name[24];

      g_snprintf (name, sizeof name, "n%u", i);
      agnodes[i] = agnode (g, name, TRUE);
    }
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      agedge (g, agnodes[pair_a (p)], agnodes[pair_b (p)], NULL, TRUE);
    }
  for (guint k = 0; group != NULL && k < n_groups; k++)
    {
      char name[24];

      g_snprintf (name, sizeof name, "g%u", k);
      hubs[k] = agnode (g, name, TRUE);
    }
  for (guint i = 0; group != NULL && i < n; i++)
    if (group[i] >= 0)
      agedge (g, agnodes[i], hubs[group[i]], NULL, TRUE);

  if (engine == SP_LAYOUT_SFDP)
    reset_sfdp_state (gvc);
  rc = gvLayout (gvc, g, sp_layout_engine_to_string (engine));
  if (rc != 0)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("the %s layout failed"), sp_layout_engine_to_string (engine));
      close_graph (g, engine);
      gvFreeContext (gvc);
      return FALSE;
    }

  bb = GD_bb (g);
  for (guint i = 0; i < n; i++)
    {
      pointf p = ND_coord (agnodes[i]);

      x[i] = p.x - bb.LL.x;
      y[i] = bb.UR.y - p.y;
    }

  gvFreeLayout (gvc, g);
  close_graph (g, engine);
  gvFreeContext (gvc);
  return TRUE;
}

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (!g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, SP_ERROR, SP_ERROR_CANCELLED, _("The layout was cancelled"));
  return TRUE;
}

/* The connected component of each node: @root[i] (a node of it) and the
 * number of nodes in it, @size[@root[i]]. */
static void
components (guint   n,
            GArray *pairs,
            guint  *root,
            guint  *size)
{
  for (guint i = 0; i < n; i++)
    root[i] = i;
  for (guint i = 0; i < pairs->len; i++)
    {
      const Pair *p = &g_array_index (pairs, Pair, i);

      join (root, pair_a (p), pair_b (p));
    }
  memset (size, 0, n * sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      root[i] = find_root (root, i);   /* the lowest node of the component */
      size[root[i]]++;
    }
}

typedef struct {
  guint       size;
  guint       first;        /* the lowest node number in it */
  const char *department;   /* of that node, NULL when unknown */
} SmallComponent;

/* Larger first, then by department (unknown last), so that the colours
 * come in blocks, then by node number. */
static gint
compare_small_component (gconstpointer a,
                         gconstpointer b)
{
  const SmallComponent *x = a, *y = b;

  if (x->size != y->size)
    return x->size > y->size ? -1 : 1;
  if (x->department != y->department)
    {
      if (x->department == NULL || y->department == NULL)
        return x->department == NULL ? 1 : -1;
      if (strcmp (x->department, y->department) != 0)
        return strcmp (x->department, y->department);
    }
  return (x->first > y->first) - (x->first < y->first);
}

/* Places the components of at most SMALL_COMPONENT_MAX nodes (those with
 * @in_main[i] FALSE) on a grid of @pitch to the right of the box
 * (0, 0) – (@main_w, @main_h) of the rest (when @have_main), largest
 * components first, then by department: about linear in their number, and
 * never over the rest.  A pair sits side by side in its cell, a triple as
 * a small triangle. */
static void
place_small_components (SpNetwork      *network,
                        guint           n,
                        const guint    *root,
                        const guint    *size,
                        const gboolean *in_main,
                        gboolean        have_main,
                        double          main_w,
                        double          main_h,
                        double          pitch,
                        double         *x,
                        double         *y)
{
  g_autofree guint *cell_of_root = g_new (guint, MAX (n, 1));
  g_autofree guint *placed = g_new0 (guint, MAX (n, 1));
  g_autoptr (GArray) comps = g_array_new (FALSE, FALSE, sizeof (SmallComponent));
  guint rows, cols, m;
  double x_start;

  for (guint i = 0; i < n; i++)
    if (!in_main[i] && root[i] == i)
      {
        /* the root is its lowest node */
        SmallComponent c = { size[i], i, g_array_index (network->nodes, SpNode, i).department };

        g_array_append_val (comps, c);
      }
  m = comps->len;
  if (m == 0)
    return;
  g_array_sort (comps, compare_small_component);
  for (guint k = 0; k < m; k++)
    cell_of_root[g_array_index (comps, SmallComponent, k).first] = k;

  /* about 1.6 : 1 on its own, at least as tall as the rest beside it */
  rows = (guint) ceil (sqrt (m / 1.6));
  if (have_main)
    rows = MAX (rows, MIN (m, (guint) (main_h / pitch) + 1));
  rows = MAX (rows, 1);
  cols = (m + rows - 1) / rows;
  x_start = have_main ? main_w + 2 * pitch : 0;

  for (guint i = 0; i < n; i++)
    {
      guint k, r = root[i];
      double cx, cy;

      if (in_main[i])
        continue;
      k = cell_of_root[r];
      cx = x_start + (k % cols + 0.5) * pitch;
      cy = (k / cols + 0.5) * pitch;
      switch (size[r])
        {
        case 1:
          x[i] = cx;
          y[i] = cy;
          break;
        case 2:
          x[i] = cx + (placed[r] == 0 ? -0.22 : 0.22) * pitch;
          y[i] = cy;
          break;
        default:
          {
            double a = G_PI * (-0.5 + 2.0 / 3.0 * placed[r]);

            x[i] = cx + 0.25 * pitch * cos (a);
            y[i] = cy + 0.25 * pitch * sin (a);
          }
          break;
        }
      placed[r]++;
    }
}

gboolean
sp_layout_run (SpNetwork      *network,
               SpLayoutEngine  engine,
               SpProgressFunc  progress,
               gpointer        user_data,
               GCancellable   *cancellable,
               GError        **error)
{
  return sp_layout_run_grouped (network, engine, NULL, progress, user_data, cancellable, error);
}

/* Per main node (@nodes[0 … n_main - 1]) the number of its group by
 * @group_by ("department" or a categorical attribute), or -1; NULL when
 * @group_by names nothing to group by or fewer than two groups. */
static gint *
group_numbers (SpNetwork   *network,
               const char  *group_by,
               const guint *nodes,
               guint        n_main,
               guint       *n_groups)
{
  SpAttribute *attr = NULL;
  g_autoptr (GHashTable) number = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint *group;

  *n_groups = 0;
  if (group_by == NULL)
    return NULL;
  if (!g_str_equal (group_by, "department")
      && ((attr = sp_network_find_attribute (network, group_by)) == NULL || attr->type != SP_ATTR_CATEGORICAL))
    return NULL;
  group = g_new (gint, MAX (n_main, 1));
  for (guint i = 0; i < n_main; i++)
    {
      const SpNode *node = sp_network_node (network, nodes[i]);
      const char *value = node->kind != SP_NODE_PERSON ? NULL
                        : attr != NULL ? attr->str[nodes[i]] : node->department;
      gpointer k;

      if (value == NULL)
        {
          group[i] = -1;
          continue;
        }
      if ((k = g_hash_table_lookup (number, value)) == NULL)
        g_hash_table_insert (number, (gpointer) value, k = GUINT_TO_POINTER (g_hash_table_size (number) + 1));
      group[i] = (gint) GPOINTER_TO_UINT (k) - 1;
    }
  *n_groups = g_hash_table_size (number);
  if (*n_groups < 2)
    g_clear_pointer (&group, g_free);
  return group;
}

/* ---- two levels: the groups, then the people of each group ----
 *
 * Above TWO_LEVEL_MIN people sfdp alone takes minutes (99 s at 100,000
 * people and 500,000 ties, before anything is drawn).  The organisation
 * is then laid out as its groups (departments, or --group-by): the group
 * graph (a node per group, its ties the ties between them) by Graphviz,
 * scaled so that each group gets a disc of an area in proportion to its
 * people, then each group's people inside their disc by a force-directed
 * placement of our own (Fruchterman–Reingold on a grid, a few
 * milliseconds for a hundred people), the groups shared out over the
 * processors.  A person's ties to other groups pull them to the side of
 * their disc that faces those groups.  Deterministic: the same input
 * gives the same picture, on any number of threads. */
#define TWO_LEVEL_MIN 25000
#define FR_ROUNDS 80

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
sort_doubles (double *v,
              guint   n)
{
  qsort (v, n, sizeof (double), compare_double);
}

typedef struct {
  guint         n_groups;
  const guint  *members;      /* main nodes by group: members[first[g] … first[g + 1]) */
  const guint  *first;
  const guint  *local;        /* main node -> its index within its group */
  const gint   *group;        /* main node -> group */
  const guint  *off;          /* main node -> its pairs: adj[off[i] … off[i + 1]) */
  const guint  *adj;
  const double *gx, *gy, *gr; /* group centres and radii */
  double       *x, *y;        /* out: main node positions */
  gint          next;         /* atomic: the next group to lay out */
  GCancellable *cancellable;
} TwoLevel;

/* Fruchterman–Reingold for the people of group @g in a disc of radius 1
 * about the origin, then scaled into the group's disc. */
static void
layout_group (TwoLevel *tl,
              guint     g,
              double   *px,
              double   *py,
              double   *dx,
              double   *dy,
              guint    *cell_start,
              guint    *cell_members,
              guint    *cell_of)
{
  const guint first = tl->first[g], n = tl->first[g + 1] - first;
  /* the ideal distance for n people in the unit disc */
  const double k = sqrt (G_PI / MAX (n, 1)) * 0.9;
  const guint cols = MAX (1, MIN (64, (guint) ceil (2.0 / (2 * k))));
  const double cell = 2.4 / cols;
  double t = 0.12, r95;

  if (n == 0)
    return;
  /* start on a sunflower spiral in the order of the data */
  for (guint a = 0; a < n; a++)
    {
      double r = sqrt ((a + 0.5) / n), th = a * 2.399963229728653;

      px[a] = r * cos (th);
      py[a] = r * sin (th);
    }

  for (guint round = 0; round < FR_ROUNDS && n > 1; round++)
    {
      /* the people into cells of the square (-1.2, 1.2)² */
      memset (cell_start, 0, (cols * cols + 1) * sizeof (guint));
      for (guint a = 0; a < n; a++)
        {
          guint cx = (guint) CLAMP ((px[a] + 1.2) / cell, 0, cols - 1);
          guint cy = (guint) CLAMP ((py[a] + 1.2) / cell, 0, cols - 1);

          cell_of[a] = cy * cols + cx;
          cell_start[cell_of[a] + 1]++;
        }
      for (guint c = 0; c < cols * cols; c++)
        cell_start[c + 1] += cell_start[c];
      for (guint a = 0; a < n; a++)
        cell_members[cell_start[cell_of[a]]++] = a;
      for (guint c = cols * cols; c > 0; c--)
        cell_start[c] = cell_start[c - 1];
      cell_start[0] = 0;

      for (guint a = 0; a < n; a++)
        {
          guint cx = cell_of[a] % cols, cy = cell_of[a] / cols;
          double fx = 0, fy = 0;

          /* repulsion k² / d from the people in the neighbouring cells */
          for (gint oy = -1; oy <= 1; oy++)
            for (gint ox = -1; ox <= 1; ox++)
              {
                gint nx = (gint) cx + ox, ny = (gint) cy + oy;
                guint c;

                if (nx < 0 || ny < 0 || nx >= (gint) cols || ny >= (gint) cols)
                  continue;
                c = (guint) ny * cols + (guint) nx;
                for (guint m = cell_start[c]; m < cell_start[c + 1]; m++)
                  {
                    guint b = cell_members[m];
                    double ex = px[a] - px[b], ey = py[a] - py[b];
                    double d2 = ex * ex + ey * ey;

                    /* a round neighbourhood, or the groups come out square */
                    if (b == a || d2 > cell * cell)
                      continue;
                    if (d2 < 1e-12)
                      {
                        ex = ((a * 7 + b) % 13) - 6.0;
                        ey = ((a * 5 + b * 3) % 11) - 5.0;
                        d2 = ex * ex + ey * ey + 1e-12;
                        ex *= 1e-6;
                        ey *= 1e-6;
                        d2 *= 1e-12;
                      }
                    fx += ex * k * k / d2;
                    fy += ey * k * k / d2;
                  }
              }
          /* attraction d² / k along the ties within the group; a tie to
           * another group pulls a little towards that group */
          {
            guint i = tl->members[first + a];

            for (guint e = tl->off[i]; e < tl->off[i + 1]; e++)
              {
                guint j = tl->adj[e];
                double ex, ey, d;

                if (tl->group[j] == (gint) g)
                  {
                    guint b = tl->local[j];

                    ex = px[b] - px[a];
                    ey = py[b] - py[a];
                    d = sqrt (ex * ex + ey * ey);
                    fx += ex * d / k;
                    fy += ey * d / k;
                  }
                else if (tl->group[j] >= 0)
                  {
                    guint h = (guint) tl->group[j];
                    double ux = tl->gx[h] - tl->gx[g], uy = tl->gy[h] - tl->gy[g];
                    double len = sqrt (ux * ux + uy * uy);

                    if (len <= 0)
                      continue;
                    /* an anchor on the rim, towards the other group */
                    ex = ux / len * 1.0 - px[a];
                    ey = uy / len * 1.0 - py[a];
                    d = sqrt (ex * ex + ey * ey);
                    fx += 0.25 * ex * d / k;
                    fy += 0.25 * ey * d / k;
                  }
              }
          }
          /* gravity: disconnected people stay in the disc */
          fx -= px[a] * 0.4 / k;
          fy -= py[a] * 0.4 / k;
          dx[a] = fx;
          dy[a] = fy;
        }
      for (guint a = 0; a < n; a++)
        {
          double d = sqrt (dx[a] * dx[a] + dy[a] * dy[a]);

          if (d > 0)
            {
              double step = MIN (d, t);

              double r;

              px[a] += dx[a] / d * step;
              py[a] += dy[a] / d * step;
              /* kept in a disc, not a square */
              r = hypot (px[a], py[a]);
              if (r > 1.15)
                {
                  px[a] *= 1.15 / r;
                  py[a] *= 1.15 / r;
                }
            }
        }
      t *= 0.95;
    }

  /* centred, and scaled so that most people are inside the disc */
  {
    double mx = 0, my = 0;
    g_autofree double *r = g_new (double, n);

    for (guint a = 0; a < n; a++)
      {
        mx += px[a] / n;
        my += py[a] / n;
      }
    for (guint a = 0; a < n; a++)
      r[a] = hypot (px[a] - mx, py[a] - my);
    sort_doubles (r, n);
    r95 = r[(guint) floor ((n - 1) * 0.95)];
    if (!(r95 > 0))
      r95 = 1;
    for (guint a = 0; a < n; a++)
      {
        guint i = tl->members[first + a];

        tl->x[i] = tl->gx[g] + (px[a] - mx) / r95 * tl->gr[g];
        tl->y[i] = tl->gy[g] + (py[a] - my) / r95 * tl->gr[g];
      }
  }
}

static gpointer
two_level_worker (gpointer data)
{
  TwoLevel *tl = data;
  guint largest = 0;
  g_autofree double *px = NULL;
  g_autofree double *py = NULL;
  g_autofree double *dx = NULL;
  g_autofree double *dy = NULL;
  g_autofree guint *cell_start = g_new (guint, 64 * 64 + 1);
  g_autofree guint *cell_members = NULL;
  g_autofree guint *cell_of = NULL;

  for (guint g = 0; g < tl->n_groups; g++)
    largest = MAX (largest, tl->first[g + 1] - tl->first[g]);
  px = g_new (double, MAX (largest, 1));
  py = g_new (double, MAX (largest, 1));
  dx = g_new (double, MAX (largest, 1));
  dy = g_new (double, MAX (largest, 1));
  cell_members = g_new (guint, MAX (largest, 1));
  cell_of = g_new (guint, MAX (largest, 1));
  for (;;)
    {
      guint g = (guint) g_atomic_int_add (&tl->next, 1);

      if (g >= tl->n_groups ||
          (tl->cancellable != NULL && g_cancellable_is_cancelled (tl->cancellable)))
        break;
      layout_group (tl, g, px, py, dx, dy, cell_start, cell_members, cell_of);
    }
  return NULL;
}

/* Moves apart the discs (@x, @y, radius @r) that overlap, a little more
 * than their overlap each round, the larger disc less. */
static void
separate_discs (guint         n,
                double       *x,
                double       *y,
                const double *r)
{
  for (guint round = 0; round < 200; round++)
    {
      double worst = 0;

      for (guint a = 0; a < n; a++)
        for (guint b = a + 1; b < n; b++)
          {
            double ex = x[b] - x[a], ey = y[b] - y[a];
            double need = (r[a] + r[b]) * 1.08, d = hypot (ex, ey), push, wa;

            if (d >= need)
              continue;
            worst = MAX (worst, 1 - d / need);
            if (d < 1e-9)
              {
                ex = cos (a * 2.399963229728653 + b);
                ey = sin (a * 2.399963229728653 + b);
                d = 1;
              }
            else
              {
                ex /= d;
                ey /= d;
              }
            push = (need - d) * 1.02;
            wa = r[b] * r[b] / (r[a] * r[a] + r[b] * r[b]);
            x[a] -= ex * push * wa;
            y[a] -= ey * push * wa;
            x[b] += ex * push * (1 - wa);
            y[b] += ey * push * (1 - wa);
          }
      if (worst < 0.005)
        break;
    }
}

/* The two-level layout of the @n main nodes (@pairs numbered 0 … n - 1)
 * by @group (per node, -1: none; the ungrouped are a group of their own).
 * FALSE with @error when Graphviz fails on the group graph or on cancel. */
static gboolean
layout_two_level (guint          n,
                  GArray        *pairs,
                  const gint    *group_in,
                  guint          n_groups_in,
                  double        *x,
                  double        *y,
                  GCancellable  *cancellable,
                  GError       **error)
{
  const guint n_groups = n_groups_in + 1;   /* the last: without a group */
  g_autofree gint *group = g_new (gint, MAX (n, 1));
  g_autofree guint *first = g_new0 (guint, n_groups + 1);
  g_autofree guint *members = g_new (guint, MAX (n, 1));
  g_autofree guint *local = g_new (guint, MAX (n, 1));
  g_autofree guint *off = g_new0 (guint, n + 1);
  g_autofree guint *adj = g_new (guint, MAX (2 * pairs->len, 1));
  g_autofree double *gx = g_new0 (double, n_groups);
  g_autofree double *gy = g_new0 (double, n_groups);
  g_autofree double *gr = g_new0 (double, n_groups);
  g_autofree guint *compact = g_new (guint, n_groups);
  g_autofree guint *fill = NULL;
  g_autoptr (GArray) gpairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr (GArray) merged = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree GThread **threads = NULL;
  TwoLevel tl = { 0 };
  guint n_used = 0, n_threads;

  for (guint i = 0; i < n; i++)
    group[i] = group_in[i] >= 0 ? group_in[i] : (gint) n_groups_in;
  for (guint i = 0; i < n; i++)
    first[group[i] + 1]++;
  for (guint g = 0; g < n_groups; g++)
    first[g + 1] += first[g];
  fill = g_memdup2 (first, (n_groups + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      local[i] = fill[group[i]] - first[group[i]];
      members[fill[group[i]]++] = i;
    }
  /* the pairs as rows per node */
  for (guint e = 0; e < pairs->len; e++)
    {
      const Pair *p = &g_array_index (pairs, Pair, e);

      off[pair_a (p) + 1]++;
      off[pair_b (p) + 1]++;
    }
  for (guint i = 0; i < n; i++)
    off[i + 1] += off[i];
  g_free (fill);
  fill = g_memdup2 (off, (n + 1) * sizeof (guint));
  for (guint e = 0; e < pairs->len; e++)
    {
      const Pair *p = &g_array_index (pairs, Pair, e);

      adj[fill[pair_a (p)]++] = pair_b (p);
      adj[fill[pair_b (p)]++] = pair_a (p);
    }

  /* the group graph, over the groups that have people */
  for (guint g = 0; g < n_groups; g++)
    compact[g] = first[g + 1] > first[g] ? n_used++ : G_MAXUINT;
  for (guint e = 0; e < pairs->len; e++)
    {
      const Pair *p = &g_array_index (pairs, Pair, e);
      guint64 a = compact[group[pair_a (p)]], b = compact[group[pair_b (p)]];
      Pair q = { (MIN (a, b) << 32) | MAX (a, b), 1 };

      if (a != b)
        g_array_append_val (gpairs, q);
    }
  g_array_sort (gpairs, compare_pair_key);
  for (guint e = 0; e < gpairs->len; e++)
    {
      Pair q = g_array_index (gpairs, Pair, e);

      if (merged->len > 0 && g_array_index (merged, Pair, merged->len - 1).key == q.key)
        g_array_index (merged, Pair, merged->len - 1).weight += 1;
      else
        g_array_append_val (merged, q);
    }
  {
    g_autofree double *cx = g_new0 (double, MAX (n_used, 1));
    g_autofree double *cy = g_new0 (double, MAX (n_used, 1));
    g_autofree double *cr = g_new0 (double, MAX (n_used, 1));
    g_autofree guint *root = g_new (guint, MAX (n_used, 1));
    g_autofree guint *size = g_new (guint, MAX (n_used, 1));
    g_autoptr (GArray) lengths = g_array_new (FALSE, FALSE, sizeof (double));
    guint n_comp = 0;
    double scale = 1;
    gboolean ok = TRUE;

    if (n_used > 1)
      {
        components (n_used, merged, root, size);
        for (guint g = 0; g < n_used; g++)
          n_comp += root[g] == g;
        sp_graphviz_lock ();
        {
          agusererrf old_errf = agseterrf (swallow_graphviz_message);
          agerrlevel_t old_level = agseterr (AGMAX);

          /* sfdp: neato gives another group layout on a second run in
           * the same process (Graphviz 2.43) */
          ok = layout_locked (n_used, n_comp, SP_LAYOUT_SFDP, merged,
                              NULL, 0, cx, cy, error);
          agseterr (old_level);
          agseterrf (old_errf);
        }
        sp_graphviz_unlock ();
        if (!ok)
          return FALSE;
      }
    /* a disc per group, its area the people's (one unit each, about
     * the spacing the overlap removal keeps) */
    for (guint g = 0; g < n_groups; g++)
      if (compact[g] != G_MAXUINT)
        cr[compact[g]] = sqrt ((first[g + 1] - first[g]) / G_PI) * 1.15;
    /* tied groups about side by side */
    for (guint e = 0; e < merged->len; e++)
      {
        const Pair *q = &g_array_index (merged, Pair, e);
        guint a = pair_a (q), b = pair_b (q);
        double d = hypot (cx[a] - cx[b], cy[a] - cy[b]);

        if (d > 0)
          {
            double want = (cr[a] + cr[b]) * 1.15 / d;

            g_array_append_val (lengths, want);
          }
      }
    if (lengths->len > 0)
      {
        sort_doubles ((double *) (gpointer) lengths->data, lengths->len);
        scale = g_array_index (lengths, double, lengths->len / 2);
      }
    for (guint g = 0; g < n_used; g++)
      {
        cx[g] *= scale;
        cy[g] *= scale;
      }
    separate_discs (n_used, cx, cy, cr);
    for (guint g = 0; g < n_groups; g++)
      if (compact[g] != G_MAXUINT)
        {
          gx[g] = cx[compact[g]];
          gy[g] = cy[compact[g]];
          gr[g] = cr[compact[g]];
        }
  }

  tl.n_groups = n_groups;
  tl.members = members;
  tl.first = first;
  tl.local = local;
  tl.group = group;
  tl.off = off;
  tl.adj = adj;
  tl.gx = gx;
  tl.gy = gy;
  tl.gr = gr;
  tl.x = x;
  tl.y = y;
  tl.cancellable = cancellable;
  n_threads = CLAMP (g_get_num_processors (), 1, 16);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 1; t < n_threads; t++)
    threads[t] = g_thread_new ("sp-layout-groups", two_level_worker, &tl);
  two_level_worker (&tl);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
  if (check_cancelled (cancellable, error))
    return FALSE;
  /* Graphviz's frame: points, y down from the top left */
  {
    double x0 = INFINITY, y0 = INFINITY;

    for (guint i = 0; i < n; i++)
      {
        x[i] *= 30.0;
        y[i] *= 30.0;
        x0 = MIN (x0, x[i]);
        y0 = MIN (y0, y[i]);
      }
    for (guint i = 0; i < n; i++)
      {
        x[i] -= x0;
        y[i] -= y0;
      }
  }
  g_debug ("layout: two levels, %u groups", n_used);
  return TRUE;
}

gboolean
sp_layout_run_grouped (SpNetwork      *network,
                       SpLayoutEngine  engine,
                       const char     *group_by,
                       SpProgressFunc  progress,
                       gpointer        user_data,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr (GArray) pairs = NULL;
  g_autoptr (GArray) main_pairs = NULL;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  g_autofree guint *root = NULL;
  g_autofree guint *size = NULL;
  g_autofree guint *nodes = NULL;
  g_autofree guint *index = NULL;
  g_autofree gboolean *in_main = NULL;
  g_autofree double *mx = NULL;
  g_autofree double *my = NULL;
  double main_w = 0, main_h = 0, pitch = GRID_PITCH;
  guint n, n_main = 0, n_main_components = 0;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail ((guint) engine < G_N_ELEMENTS (engine_names), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (progress != NULL)
    progress (0.0, user_data);
  if (check_cancelled (cancellable, error))
    return FALSE;

  n = network->nodes->len;
  x = g_new0 (double, MAX (n, 1));
  y = g_new0 (double, MAX (n, 1));

  /* the nodes of the larger components go to Graphviz, numbered
   * 0 … n_main - 1 in their order (all of them, unchanged, when there are
   * no small components) */
  pairs = merged_pairs (network);
  root = g_new (guint, MAX (n, 1));
  size = g_new (guint, MAX (n, 1));
  components (n, pairs, root, size);
  nodes = g_new (guint, MAX (n, 1));
  index = g_new (guint, MAX (n, 1));
  in_main = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (size[root[i]] > SMALL_COMPONENT_MAX)
      {
        in_main[i] = TRUE;
        index[i] = n_main;
        nodes[n_main++] = i;
        n_main_components += root[i] == i;
      }
  if (n_main == n)
    main_pairs = g_array_ref (pairs);
  else
    {
      main_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
      for (guint i = 0; i < pairs->len; i++)
        {
          Pair p = g_array_index (pairs, Pair, i);
          guint a = pair_a (&p), b = pair_b (&p);

          if (!in_main[a])
            continue;   /* then b is not either: the same component */
          /* the numbering keeps the order, so the keys stay sorted */
          p.key = ((guint64) index[a] << 32) | index[b];
          g_array_append_val (main_pairs, p);
        }
    }

  if (engine == SP_LAYOUT_AUTO)
    engine = sp_layout_engine_for_size (n_main);

  mx = g_new0 (double, MAX (n_main, 1));
  my = g_new0 (double, MAX (n_main, 1));
  if (n_main > 1)
    {
      guint n_groups = 0;
      g_autofree gint *group = NULL;
      gboolean ok;

      /* a large organisation in two levels, by its departments when the
       * caller groups by nothing (engine SFDP, or chosen for the size) */
      if (n_main >= TWO_LEVEL_MIN && engine == SP_LAYOUT_SFDP)
        group = group_numbers (network, group_by != NULL ? group_by : "department", nodes, n_main,
                               &n_groups);
      if (group != NULL)
        {
          if (progress != NULL)
            progress (0.1, user_data);
          if (!layout_two_level (n_main, main_pairs, group, n_groups, mx, my, cancellable, error))
            return FALSE;
        }
      else
        {
          g_autoptr (GArray) sample = layout_sample (main_pairs, n_main);

          group = group_numbers (network, group_by, nodes, n_main, &n_groups);
          sp_graphviz_lock ();
          {
            agusererrf old_errf = agseterrf (swallow_graphviz_message);
            agerrlevel_t old_level = agseterr (AGMAX);

            ok = layout_locked (n_main, n_main_components, engine, sample, group, n_groups, mx, my, error);

            agseterr (old_level);
            agseterrf (old_errf);
          }
          sp_graphviz_unlock ();

          if (!ok)
            return FALSE;
        }
      if (progress != NULL)
        progress (0.8, user_data);

      if (engine == SP_LAYOUT_SFDP)
        {
          g_autofree double *radius = relative_radii (network, nodes, n_main, main_pairs);
          double x0 = INFINITY, y0 = INFINITY;

          remove_overlaps (n_main, mx, my, radius);
          for (guint i = 0; i < n_main; i++)
            {
              x0 = MIN (x0, mx[i]);
              y0 = MIN (y0, my[i]);
            }
          for (guint i = 0; i < n_main; i++)
            {
              mx[i] -= x0;
              my[i] -= y0;
            }
        }
      for (guint i = 0; i < n_main; i++)
        {
          main_w = MAX (main_w, mx[i]);
          main_h = MAX (main_h, my[i]);
        }
      /* the grid tighter than the rest (its nodes have no ties, so they
       * are drawn smallest): a few hundred isolates must not take more of
       * the page than the network they stand beside */
      if (main_w > 0 && main_h > 0)
        pitch = CLAMP (GRID_DENSITY * sqrt (main_w * main_h / n_main), GRID_PITCH / 8, GRID_PITCH * 4);
    }
  for (guint i = 0; i < n_main; i++)
    {
      x[nodes[i]] = mx[i];
      y[nodes[i]] = my[i];
    }
  place_small_components (network, n, root, size, in_main, n_main > 0, main_w, main_h, pitch, x, y);

  /* Graphviz cannot be interrupted: a cancel during the layout discards it */
  if (check_cancelled (cancellable, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!isfinite (x[i]) || !isfinite (y[i]))
      {
        g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                     _("the %s layout failed"), sp_layout_engine_to_string (engine));
        return FALSE;
      }

  sp_network_ensure_positions (network);
  if (n > 0)
    {
      memcpy (network->x, x, n * sizeof (double));
      memcpy (network->y, y, n * sizeof (double));
    }
  network->has_layout = TRUE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}
