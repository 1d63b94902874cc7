/* sp-compare.h — before and after: two data sets of one organisation
 *
 * Two survey rounds, or the organisation before and after a
 * reorganisation, matched by id: who joined and left, which ties were
 * gained and lost, and how every person's measures changed.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

typedef struct {
  guint source;   /* node indices in the network named by the field */
  guint target;
} SpTiePair;

typedef struct {
  GArray *joined;      /* guint nodes of @after not in @before */
  GArray *left;        /* guint nodes of @before not in @after */
  GArray *ties_gained; /* SpTiePair in @after's nodes: tied after, not before */
  GArray *ties_lost;   /* SpTiePair in @before's nodes: tied before, not after */
  gint   *after_of_before; /* node of @before -> node of @after, or -1 */
  guint   n_before;
} SpComparison;

/* Compares the ties of the selected types (by name, @tie_spec NULL: all)
 * between two networks, matching nodes by id.  A tie is a pair of nodes
 * (ordered when the network is directed), whatever its type and weight. */
SpComparison *sp_compare_networks (SpNetwork  *before,
                                   SpNetwork  *after,
                                   const char *tie_spec,
                                   GError    **error);
void          sp_comparison_free  (SpComparison *comparison);

/* What a drawing on @after's layout (@on_after) or on @before's shows:
 * the ties gained and lost between people in the drawn network, each
 * appended to @gained / @lost as two guint nodes of it. */
void          sp_comparison_drawn_ties (const SpComparison *comparison,
                                        gboolean            on_after,
                                        GArray             *gained,
                                        GArray             *lost);
/* The caption of a before/after drawing; @before_name and @after_name
 * name the earlier and the later data set.  One sentence, for the export
 * and the window alike. */
char         *sp_comparison_caption    (const SpComparison *comparison,
                                        const char         *before_name,
                                        const char         *after_name);

/* Writes the metrics CSV of @after with, for each measure, a column
 * "<measure>_change" (after − before), and a "presence" column: "both",
 * "joined" or "left"; people who left get a row with their before
 * values' changes empty.  @path "-" is stdout. */
gboolean      sp_compare_write_metrics_csv (SpNetwork    *before,
                                            SpMetrics    *m_before,
                                            SpNetwork    *after,
                                            SpMetrics    *m_after,
                                            SpComparison *comparison,
                                            const char   *path,
                                            GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpComparison, sp_comparison_free)

G_END_DECLS
