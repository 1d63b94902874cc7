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

/* Above this many nodes sfdp skips the overlap removal. */
#define SFDP_PRISM_MAX_NODES 8000

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
      /* overlap removal costs more than the layout itself on large
       * networks (20,000 nodes: 6 s without, 20 s with); there the nodes
       * are drawn small anyway */
      if (n_nodes <= SFDP_PRISM_MAX_NODES)
        {
          set_graph_attr (g, "overlap", "prism");
          set_graph_attr (g, "overlap_scaling", "-4");
        }
      else
        set_graph_attr (g, "overlap", "true");
      set_graph_attr (g, "K", "0.6");
      set_graph_attr (g, "repulsiveforce", "1.2");
      set_graph_attr (g, "sep", "+6");
      set_graph_attr (g, "smoothing", "none");
      set_graph_attr (g, "quadtree", "normal");
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
