/* sp-whatif.h — what if these people leave?
 *
 * Compares the network with and without some people: the network
 * splitting into parts, people cut off from the rest, each department's
 * E-I index and mean constraint, brokerage lost, clients losing their
 * only contact.  Nothing in the network itself is changed.
 *
 * No GTK here.
 */
#pragma once

#include <gio/gio.h>
#include "sp-network.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;              /* department (interned) */
  guint       size_before;
  guint       size_after;
  double      ei_before;
  double      ei_after;
  double      constraint_before;
  double      constraint_after;
} SpWhatIfGroup;

typedef struct {
  guint   n_removed;
  guint   components_before;     /* connected parts of the person network */
  guint   components_after;      /* (isolated people count as parts) */
  guint   largest_before;        /* people in the largest part */
  guint   largest_after;
  GArray *cut_off;               /* guint nodes: in the largest part before, not after */
  guint   ties_lost;             /* person–person ties touching a removed person */
  GArray *orphaned_clients;      /* guint nodes: clients that lose every contact */
  double  brokerage_lost;        /* Gould–Fernandez roles held by the removed people */
  double  betweenness_lost;      /* their summed betweenness */
  GArray *groups;                /* SpWhatIfGroup, sorted by name */
} SpWhatIf;

/* Compares @network with and without the @removed people (one entry per
 * node).  @tie_type_mask as for sp_graph_new(). */
SpWhatIf *sp_whatif_compute      (SpNetwork      *network,
                                  const gboolean *tie_type_mask,
                                  const gboolean *removed,
                                  GCancellable   *cancellable,
                                  GError        **error);
void      sp_whatif_free         (SpWhatIf       *whatif);

/* Sentences a manager reads ("The network splits into 3 parts; 2 people
 * are cut off: …").  Free with g_free(). */
char     *sp_whatif_describe     (SpWhatIf       *whatif,
                                  SpNetwork      *network);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpWhatIf, sp_whatif_free)

G_END_DECLS
