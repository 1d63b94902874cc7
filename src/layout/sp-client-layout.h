/* sp-client-layout.h — clients on a ring around the organisation.
 *
 * After the organisation has been laid out (sp_layout_run), the clients
 * move onto a ring outside the persons' bounding circle, each at the angle
 * of the weighted mean position of the people who hold the relation, so
 * that a client sits next to its contacts.  Pure geometry: no Graphviz.
 */
#pragma once

#include "sp-network.h"

G_BEGIN_DECLS

/* Moves every client of @network (which must have a layout) onto a ring
 * around its persons; neighbouring clients keep at least a fixed gap along
 * the ring (the ring grows when there are many).  Clients without contacts
 * fill the largest gaps.  Deterministic.  Returns FALSE (and changes
 * nothing) when there is no layout, no person or no client. */
gboolean sp_layout_place_clients_around (SpNetwork *network);

/* The ring of the last placement, recomputed from the positions: centre
 * (@cx, @cy) of the persons and the ring's radius (the mean distance of the
 * clients from it), and the persons' bounding radius.  FALSE when there are
 * no persons or clients. */
gboolean sp_layout_client_ring          (SpNetwork *network,
                                         double    *cx,
                                         double    *cy,
                                         double    *ring_radius,
                                         double    *org_radius);

G_END_DECLS
