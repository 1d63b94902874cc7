/* sp-layout.h — positions from Graphviz.
 *
 * Graphviz is not thread-safe: every call into it is behind one lock, so
 * layouts run one at a time (from any thread).  No Graphviz type leaves
 * this module: the result is plain coordinates in the network.
 */
#pragma once

#include <gio/gio.h>
#include "sp-network.h"

G_BEGIN_DECLS

typedef enum {
  SP_LAYOUT_SFDP = 0,
  SP_LAYOUT_NEATO,
  SP_LAYOUT_FDP,
  SP_LAYOUT_DOT,
  SP_LAYOUT_CIRCO,
  SP_LAYOUT_TWOPI,
  SP_LAYOUT_AUTO,   /* neato for small teams, sfdp above */
} SpLayoutEngine;

gboolean    sp_layout_engine_from_string (const char     *name,
                                          SpLayoutEngine *engine);
const char *sp_layout_engine_to_string   (SpLayoutEngine  engine);

/* The engine SP_LAYOUT_AUTO picks for @n_nodes nodes. */
SpLayoutEngine sp_layout_engine_for_size (guint n_nodes);

/* Lays out every node of @network with @engine and stores the positions
 * (points, y growing downwards) in network->x/y, setting has_layout.
 * Deterministic for the same input.  @progress may be NULL.  Returns FALSE
 * with SP_ERROR_CANCELLED when @cancellable was cancelled (positions are
 * then unchanged). */
gboolean    sp_layout_run (SpNetwork      *network,
                           SpLayoutEngine  engine,
                           SpProgressFunc  progress,
                           gpointer        user_data,
                           GCancellable   *cancellable,
                           GError        **error);

/* The same keeping groups together: the people of each group by
 * @group_by ("department", a categorical attribute, or NULL: no
 * grouping) are drawn towards one another (each group gets an unseen hub
 * tied to its members), so that the groups' hulls overlap less. */
gboolean    sp_layout_run_grouped (SpNetwork      *network,
                                   SpLayoutEngine  engine,
                                   const char     *group_by,
                                   SpProgressFunc  progress,
                                   gpointer        user_data,
                                   GCancellable   *cancellable,
                                   GError        **error);

G_END_DECLS
