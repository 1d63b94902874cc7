/* sp-insight-panel.h — the "Talent & openness" panel
 *
 * Colour by (departments, a numeric attribute or a measure) and its scale,
 * the open-versus-closed ring, the density heatmap underlay and the
 * department hulls; the organisation summary in sentences and the three
 * named lists (hidden talent, key brokers, at-risk connectors).
 *
 * The panel changes nothing itself: its controls activate the window's
 * actions (win.color-by, win.color-scale, win.indicator, win.heatmap,
 * win.heatmap-bandwidth, win.hulls, win.highlight, win.select), so that
 * every choice goes through the undo history; the window shows the
 * current choices with sp_insight_panel_sync().  The lists and the summary
 * are computed in a worker thread from the window's measures.
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-network.h"
#include "sp-metrics.h"
#include "sp-insights.h"
#include "sp-measures.h"
#include "sp-view-state.h"

G_BEGIN_DECLS

#define SP_TYPE_INSIGHT_PANEL (sp_insight_panel_get_type ())
G_DECLARE_FINAL_TYPE (SpInsightPanel, sp_insight_panel, SP, INSIGHT_PANEL, GtkWidget)

GtkWidget  *sp_insight_panel_new          (void);

/* The network whose attributes and measures are offered (NULL: none). */
void        sp_insight_panel_set_network  (SpInsightPanel    *self,
                                           SpNetwork         *network);
/* Computes the summary and the lists from @metrics (NULL while they are
 * being computed) on the ties of @tie_type_mask (copied; NULL: all), in a
 * worker thread, through @measures (the window's results cache, shared
 * with the canvas; NULL: one of the panel's own); "insights-changed"
 * follows. */
void        sp_insight_panel_set_analysis (SpInsightPanel    *self,
                                           SpMeasures        *measures,
                                           SpMetrics         *metrics,
                                           const gboolean    *tie_type_mask);
/* The last result, or NULL while computing. */
SpInsights *sp_insight_panel_get_insights (SpInsightPanel    *self);
/* Shows the choices of @view (emits no action). */
void        sp_insight_panel_sync         (SpInsightPanel    *self,
                                           const SpViewState *view);
/* TRUE while the worker runs. */
gboolean    sp_insight_panel_is_busy      (SpInsightPanel    *self);

/* For tests: a control by name ("color-by", "color-scale", "indicator",
 * "heatmap", "bandwidth", "hulls", "summary", or an insight kind's name
 * ("hidden-talent", …) for its highlight button). */
GtkWidget  *sp_insight_panel_get_control  (SpInsightPanel    *self,
                                           const char        *name);

G_END_DECLS
