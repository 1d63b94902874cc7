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
#include "sp-group-metrics.h"

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

/* A person counted in another department. */
typedef struct {
  guint       node;
  const char *from;              /* department before (NULL: none) */
  const char *to;                /* department after */
} SpWhatIfMove;

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
  GArray *moves;                 /* SpWhatIfMove, by node (people taken
                                  * out are not moved) */

  /*< private >*/
  SpNetwork *moved_network;      /* the copy with the moves, when any */
} SpWhatIf;

/* Compares @network with and without the @removed people (one entry per
 * node).  @tie_type_mask as for sp_graph_new(). */
SpWhatIf *sp_whatif_compute      (SpNetwork      *network,
                                  const gboolean *tie_type_mask,
                                  const gboolean *removed,
                                  GCancellable   *cancellable,
                                  GError        **error);
/* As sp_whatif_compute(), and the people with a @moved_department
 * (one entry per node, NULL: not moved) are counted in that department
 * after.  @network itself is not changed: the moves are made on a copy
 * (sp_network_copy). */
SpWhatIf *sp_whatif_compute_full (SpNetwork         *network,
                                  const gboolean    *tie_type_mask,
                                  const gboolean    *removed,
                                  const char *const *moved_department,
                                  GCancellable      *cancellable,
                                  GError           **error);
void      sp_whatif_free         (SpWhatIf       *whatif);

/* Sentences a manager reads ("The network splits into 3 parts; 2 people
 * are cut off: …").  Free with g_free(). */
char     *sp_whatif_describe     (SpWhatIf       *whatif,
                                  SpNetwork      *network);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpWhatIf, sp_whatif_free)

/* The departments of two group measurements side by side (SpWhatIfGroup,
 * sorted by name; a department in one only has 0 people and NAN measures
 * on the other side); names point into the measurements' networks. */
GArray   *sp_whatif_pair_groups (SpGroupMetrics *before,
                                 SpGroupMetrics *after);

G_END_DECLS
