/* sp-analysis.h — metrics for the GUI: computed in a worker thread,
 * cached per tie-type selection.
 *
 * GIO only, no GTK.  The network must not change while a computation
 * runs; call sp_analysis_invalidate() after changing it.
 */
#pragma once

#include <gio/gio.h>

#include "sp-metrics.h"

G_BEGIN_DECLS

#define SP_TYPE_ANALYSIS (sp_analysis_get_type ())
G_DECLARE_FINAL_TYPE (SpAnalysis, sp_analysis, SP, ANALYSIS, GObject)

/* A cache of metrics for @net (a reference is kept). */
SpAnalysis *sp_analysis_new             (SpNetwork          *net);
SpNetwork  *sp_analysis_get_network     (SpAnalysis         *self);

/* Sets the people left out (what-if), one entry per node, or NULL for
 * nobody.  Results cached for another set are dropped. */
void        sp_analysis_set_removed     (SpAnalysis         *self,
                                         const gboolean     *removed);

/* Drops every cached result (call after changing the network). */
void        sp_analysis_invalidate      (SpAnalysis         *self);

/* The cached metrics for @tie_spec ("advice,trust"; NULL or "" for all
 * types), a new reference, or NULL when not computed yet. */
SpMetrics  *sp_analysis_lookup          (SpAnalysis         *self,
                                         const char         *tie_spec);

/* Computes (or takes from the cache) the metrics for @tie_spec in a
 * worker thread.  @progress is called in the thread-default main context
 * of the caller. */
void        sp_analysis_compute_async   (SpAnalysis         *self,
                                         const char         *tie_spec,
                                         GCancellable       *cancellable,
                                         SpProgressFunc      progress,
                                         gpointer            progress_data,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
/* Returns a new reference, or NULL with @error set (an unknown tie type:
 * SP_ERROR_UNSUPPORTED; cancelled: SP_ERROR_CANCELLED). */
SpMetrics  *sp_analysis_compute_finish  (SpAnalysis         *self,
                                         GAsyncResult       *result,
                                         GError            **error);

G_END_DECLS
