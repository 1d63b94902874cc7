/* sp-measures.h — the one results cache between the measures and the views.
 *
 * Every view and the command line get their person, group, insight and
 * client measures from an SpMeasures: one cache per state of a network,
 * keyed by the tie selection (one flag per tie type) and the people left
 * out (what-if removals, filters).  A measure is computed once per key and
 * then shared, so drawing the same view again — a zoom step, a pan, an
 * export at another size — computes nothing.
 *
 * Thread-safe: the canvas's worker, the window's analysis job and the UI
 * thread may ask at once.  The cache is locked only to look up and to
 * store, never while computing, so nobody waits for someone else's long
 * computation (two threads asking for the same missing measure at once
 * both compute it; the first result is kept).  The network must not
 * change while the cache is in use; when it does (an edit, new data),
 * make a new cache.
 */
#pragma once

#include "sp-metrics.h"
#include "sp-group-metrics.h"
#include "sp-client-metrics.h"
#include "sp-insights.h"

G_BEGIN_DECLS

typedef struct _SpMeasures SpMeasures;

SpMeasures      *sp_measures_new          (SpNetwork      *network);
/* The same for a network that its owner goes on changing while workers
 * measure (the window: names edited, people dragged): what is measured
 * is a snapshot made now (sp_network_snapshot: its own arrays, @network's
 * strings), so no worker reads what the UI thread writes; the results'
 * node indices and group names are @network's, and
 * sp_measures_get_network() returns @network (the cache holds it).  One cache belongs to one state of the data: make a
 * new one after an edit. */
SpMeasures      *sp_measures_new_frozen   (SpNetwork      *network);
SpMeasures      *sp_measures_ref          (SpMeasures     *self);
void             sp_measures_unref        (SpMeasures     *self);
SpNetwork       *sp_measures_get_network  (SpMeasures     *self);
/* The network the measures read: @network itself, or (frozen) its
 * snapshot, which no one changes: what a worker draws from while the UI
 * thread edits @network.  Its positions are those of the moment the cache
 * was made. */
SpNetwork       *sp_measures_get_data     (SpMeasures     *self);

/* Person measures with at least the groups in @flags, for the ties of the
 * types in @tie_type_mask (NULL: all) among the people not in @removed
 * (NULL: none).  Returns a new reference, NULL on error or cancel. */
SpMetrics       *sp_measures_metrics      (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed,
                                           SpMetricsFlags  flags,
                                           SpProgressFunc  progress,
                                           gpointer        progress_data,
                                           GCancellable   *cancellable,
                                           GError        **error);

/* The person measures with at least @flags when the cache has them, else
 * NULL; computes nothing (for the UI thread). */
SpMetrics       *sp_measures_peek_metrics (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed,
                                           SpMetricsFlags  flags);

/* Department and organisation measures (valid as long as @self).
 * @metrics, when given, must be of the same key; it speeds them up. */
SpGroupMetrics  *sp_measures_groups       (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed,
                                           SpMetrics      *metrics);

/* The same grouped by the categorical attribute @attribute (NULL or
 * "department": sp_measures_groups()); NULL when the data has no such
 * attribute. */
SpGroupMetrics  *sp_measures_groups_by    (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed,
                                           const char     *attribute,
                                           SpMetrics      *metrics);

/* The insight lists and summary (valid as long as @self).  With
 * @metrics (of the same key, with degree, betweenness and constraint)
 * the lists are made; without, only the group sentences (the openness
 * line of a legend). */
SpInsights      *sp_measures_insights     (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed,
                                           SpMetrics      *metrics);

/* Client measures (valid as long as @self). */
SpClientMetrics *sp_measures_clients      (SpMeasures     *self,
                                           const gboolean *tie_type_mask,
                                           const gboolean *removed);

/* How many measures this cache has computed (for tests: a zoom step
 * must not add any). */
guint            sp_measures_n_computed   (SpMeasures     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpMeasures, sp_measures_unref)

G_END_DECLS
