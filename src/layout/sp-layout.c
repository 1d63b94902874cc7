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
                       guint           n_nodes)
{
  /* common: no splines (the renderer draws straight ties), labels are ours,
   * fixed seed so that the same input gives the same drawing, and
   * disconnected components packed side by side. */
  set_graph_attr (g, "splines", "false");
  set_graph_attr (g, "outputorder", "edgesfirst");
  set_graph_attr (g, "start", "20261128");
  set_graph_attr (g, "pack", "12");
  set_graph_attr (g, "packmode", "graph");

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

static gint
compare_u64 (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* Distinct unordered pairs (min << 32 | max) of the ties, sorted, without
 * self-loops: the same for the same input whatever the tie order. */
static GArray *
merged_pairs (SpNetwork *network)
{
  GArray *pairs = g_array_sized_new (FALSE, FALSE, sizeof (guint64), network->ties->len);
  guint out = 0;

  for (guint i = 0; i < network->ties->len; i++)
    {
      const SpTie *t = &g_array_index (network->ties, SpTie, i);
      guint64 a = MIN (t->source, t->target);
      guint64 b = MAX (t->source, t->target);
      guint64 key = (a << 32) | b;

      if (a != b)
        g_array_append_val (pairs, key);
    }
  g_array_sort (pairs, compare_u64);
  for (guint i = 0; i < pairs->len; i++)
    if (out == 0 || g_array_index (pairs, guint64, i) != g_array_index (pairs, guint64, out - 1))
      g_array_index (pairs, guint64, out++) = g_array_index (pairs, guint64, i);
  g_array_set_size (pairs, out);
  return pairs;
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

/* The radius of each node relative to the typical one, as the renderer
 * sizes them by their number of distinct contacts (clients never smaller
 * than a typical person). */
static double *
relative_radii (SpNetwork *network,
                GArray    *pairs)
{
  guint n = network->nodes->len;
  g_autofree guint *degree = g_new0 (guint, MAX (n, 1));
  double *radius = g_new (double, MAX (n, 1));
  guint max_degree = 0;

  for (guint i = 0; i < pairs->len; i++)
    {
      guint64 key = g_array_index (pairs, guint64, i);

      degree[key >> 32]++;
      degree[key & 0xffffffffu]++;
    }
  for (guint i = 0; i < n; i++)
    max_degree = MAX (max_degree, degree[i]);
  for (guint i = 0; i < n; i++)
    {
      radius[i] = 0.6 + 1.4 * sqrt (max_degree > 0 ? (double) degree[i] / max_degree : 0);
      if (g_array_index (network->nodes, SpNode, i).kind == SP_NODE_CLIENT)
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
  Agnode_t *a = agnode (g, (char *) "a", TRUE);
  Agnode_t *b = agnode (g, (char *) "b", TRUE);

  agedge (g, a, b, NULL, TRUE);
  if (gvLayout (gvc, g, "sfdp") == 0)
    gvFreeLayout (gvc, g);
  agclose (g);
}

/* Runs with the Graphviz lock held.  Fills @x/@y (y down) or returns FALSE
 * with @error set. */
static gboolean
layout_locked (SpNetwork      *network,
               SpLayoutEngine  engine,
               GArray         *pairs,
               double         *x,
               double         *y,
               GError        **error)
{
  guint n = network->nodes->len;
  g_autofree Agnode_t **agnodes = g_new0 (Agnode_t *, MAX (n, 1));
  GVC_t *gvc;
  Agraph_t *g;
  boxf bb;
  int rc;

  gvc = gvContext ();
  g = agopen ((char *) "samenspel", Agundirected, NULL);

  set_engine_attributes (g, engine, n);

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
      guint64 key = g_array_index (pairs, guint64, i);

      agedge (g, agnodes[key >> 32], agnodes[key & 0xffffffffu], NULL, TRUE);
    }

  if (engine == SP_LAYOUT_SFDP)
    reset_sfdp_state (gvc);
  rc = gvLayout (gvc, g, sp_layout_engine_to_string (engine));
  if (rc != 0)
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("the %s layout failed"), sp_layout_engine_to_string (engine));
      agclose (g);
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
  agclose (g);
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

gboolean
sp_layout_run (SpNetwork      *network,
               SpLayoutEngine  engine,
               SpProgressFunc  progress,
               gpointer        user_data,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr (GArray) pairs = NULL;
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  guint n;
  gboolean ok;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail ((guint) engine < G_N_ELEMENTS (engine_names), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (progress != NULL)
    progress (0.0, user_data);
  if (check_cancelled (cancellable, error))
    return FALSE;

  n = network->nodes->len;
  if (engine == SP_LAYOUT_AUTO)
    engine = sp_layout_engine_for_size (n);

  x = g_new0 (double, MAX (n, 1));
  y = g_new0 (double, MAX (n, 1));

  if (n > 1)
    {
      pairs = merged_pairs (network);

      sp_graphviz_lock ();
      {
        agusererrf old_errf = agseterrf (swallow_graphviz_message);
        agerrlevel_t old_level = agseterr (AGMAX);

        ok = layout_locked (network, engine, pairs, x, y, error);

        agseterr (old_level);
        agseterrf (old_errf);
      }
      sp_graphviz_unlock ();

      if (!ok)
        return FALSE;

      if (engine == SP_LAYOUT_SFDP)
        {
          g_autofree double *radius = relative_radii (network, pairs);
          double x0 = INFINITY, y0 = INFINITY;

          remove_overlaps (n, x, y, radius);
          for (guint i = 0; i < n; i++)
            {
              x0 = MIN (x0, x[i]);
              y0 = MIN (y0, y[i]);
            }
          for (guint i = 0; i < n; i++)
            {
              x[i] -= x0;
              y[i] -= y0;
            }
        }
    }

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
