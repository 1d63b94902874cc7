/* sp-projection.h — two-mode (bipartite) data and its one-mode projection.
 *
 * Two-mode data ties people to things of a second kind: clients, events,
 * projects (Davis's Southern Women: 18 women × 14 social events).  Those
 * are SP_NODE_CLIENT nodes.  Projecting onto the people ties two persons
 * whenever they share a client or event, weighted by how many they share,
 * as networkx's bipartite.weighted_projected_graph(); every person measure
 * can then run on the projection.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"

G_BEGIN_DECLS

/* The one-mode projection of @two_mode onto its persons: a new undirected
 * network with every person (ids, fields, attributes and positions copied)
 * and one tie of type "shared" between two persons per pair that shares
 * at least one client, its weight the number of clients they share.  Ties
 * with weight <= 0 do not count; person–person ties are not carried over.
 * Fails with SP_ERROR_INVALID when @two_mode has no clients. */
SpNetwork *sp_network_project        (SpNetwork  *two_mode,
                                      GError    **error);

/* sp_network_apply_bipartite(), the two-mode file convention, is in
 * sp-import.h. */

G_END_DECLS
