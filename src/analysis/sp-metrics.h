/* sp-metrics.h — every per-person measure of DESIGN.md's Metrics table.
 *
 * Values are stored per network node: NAN where a measure is undefined,
 * for clients and for people removed in a what-if question.  The
 * columns are listed in a table so that the CSV writer, the renderer and
 * the UI can offer "measures" generically.
 *
 * No GTK here.
 */
#pragma once

#include <gio/gio.h>

#include "sp-network.h"
#include "sp-graph.h"

G_BEGIN_DECLS

typedef enum {
  SP_METRIC_DEGREE,
  SP_METRIC_IN_DEGREE,
  SP_METRIC_OUT_DEGREE,
  SP_METRIC_WEIGHTED_DEGREE,
  SP_METRIC_BETWEENNESS,
  SP_METRIC_CLOSENESS,
  SP_METRIC_EIGENVECTOR,
  SP_METRIC_CLUSTERING,
  SP_METRIC_CONSTRAINT,
  SP_METRIC_EFFECTIVE_SIZE,
  SP_METRIC_EFFICIENCY,
  SP_METRIC_HIERARCHY,
  SP_METRIC_BROKER_COORDINATOR,
  SP_METRIC_BROKER_ITINERANT,
  SP_METRIC_BROKER_REPRESENTATIVE,
  SP_METRIC_BROKER_GATEKEEPER,
  SP_METRIC_BROKER_LIAISON,
  SP_METRIC_EI_INDEX,
  SP_METRIC_RECIPROCITY,
  SP_METRIC_COMMUNITY,
  SP_METRIC_REACH_2,
  SP_METRIC_CORE,
  SP_METRIC_N_COLUMNS
} SpMetricColumn;

/* Groups of measures that are computed together. */
typedef enum {
  SP_METRICS_DEGREE           = 1 << 0,  /* the four degree columns */
  SP_METRICS_BETWEENNESS      = 1 << 1,  /* betweenness and closeness (one BFS) */
  SP_METRICS_EIGENVECTOR      = 1 << 2,
  SP_METRICS_CLUSTERING       = 1 << 3,
  SP_METRICS_STRUCTURAL_HOLES = 1 << 4,  /* constraint, effective size, efficiency, hierarchy */
  SP_METRICS_BROKERAGE        = 1 << 5,
  SP_METRICS_EI_INDEX         = 1 << 6,
  SP_METRICS_RECIPROCITY      = 1 << 7,
  SP_METRICS_COMMUNITY        = 1 << 8,
  SP_METRICS_REACH            = 1 << 9,  /* reach_2 */
  SP_METRICS_CORE             = 1 << 10,
  SP_METRICS_ALL              = (1 << 11) - 1,
  /* not a measure: betweenness and closeness exact at any size (without
   * it they are estimated from sampled sources on large graphs) */
  SP_METRICS_EXACT            = 1 << 11,
} SpMetricsFlags;

typedef struct _SpMetrics SpMetrics;

/* Computes every measure of the persons of @net.  @tie_type_mask has one
 * entry per tie type (NULL: all), @removed one per node (NULL: none).
 * @progress (may be NULL) is called from the calling thread only.
 * Returns NULL with SP_ERROR_CANCELLED when @cancellable fires. */
SpMetrics  *sp_metrics_compute        (SpNetwork      *net,
                                       const gboolean *tie_type_mask,
                                       const gboolean *removed,
                                       SpProgressFunc  progress,
                                       gpointer        user_data,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* Like sp_metrics_compute(), but only the measures in @which; the other
 * columns are NAN.  @n_threads for betweenness: 0 = one per processor. */
SpMetrics  *sp_metrics_compute_full   (SpNetwork      *net,
                                       const gboolean *tie_type_mask,
                                       const gboolean *removed,
                                       SpMetricsFlags  which,
                                       guint           n_threads,
                                       SpProgressFunc  progress,
                                       gpointer        user_data,
                                       GCancellable   *cancellable,
                                       GError        **error);

/* Process-wide: betweenness and closeness exact at any size (--exact),
 * as if every computation asked for SP_METRICS_EXACT.  Set it before
 * measuring; metrics already computed keep what they are. */
void        sp_metrics_set_exact      (gboolean exact);
gboolean    sp_metrics_get_exact      (void);

SpMetrics  *sp_metrics_ref            (SpMetrics *m);
/* Drops a reference (the last one frees). */
void        sp_metrics_unref          (SpMetrics *m);
/* Same as sp_metrics_unref(). */
void        sp_metrics_free           (SpMetrics *m);

/* The column table: machine names as in the CSV header ("betweenness"),
 * and translated labels for the UI ("Betweenness"). */
guint        sp_metrics_n_columns      (void);
const char  *sp_metrics_column_name    (guint i);
const char  *sp_metrics_column_label   (guint i);
/* Index of a column by name, or -1. */
gint         sp_metrics_column_index   (const char *name);

/* One value per network node (sp_metrics_n_nodes() of them). */
const double *sp_metrics_column        (SpMetrics *m,
                                        guint      i);
/* The column called @name, or NULL. */
const double *sp_metrics_get           (SpMetrics  *m,
                                        const char *name);

guint        sp_metrics_n_nodes        (SpMetrics *m);
/* Louvain community per node (-1 for clients and removed people). */
const gint  *sp_metrics_community      (SpMetrics *m);
guint        sp_metrics_n_communities  (SpMetrics *m);
/* Modularity of the Louvain partition (NAN without ties). */
double       sp_metrics_modularity     (SpMetrics *m);
/* FALSE when the eigenvector power iteration did not converge (the
 * column is then NAN, as networkx raises). */
gboolean     sp_metrics_eigenvector_converged (SpMetrics *m);
/* 0 when betweenness and closeness are exact, else the number of
 * sampled sources they were estimated from. */
guint        sp_metrics_sampled_sources (SpMetrics *m);
/* Whether column @column holds estimates. */
gboolean     sp_metrics_is_estimate    (SpMetrics *m,
                                        guint      column);
/* Per node the half-width of the 95% confidence interval of an estimated
 * column (NAN for clients), or NULL when the column is exact. */
const double *sp_metrics_margin        (SpMetrics *m,
                                        guint      column);
/* A translated sentence saying which values are estimates and how good
 * they are, or NULL when everything is exact. */
char        *sp_metrics_describe_estimate (SpMetrics *m);
/* The same, short, for a legend. */
char        *sp_metrics_estimate_note  (SpMetrics *m);
/* Whether node @i was removed (what-if) when these were computed. */
gboolean     sp_metrics_is_removed     (SpMetrics *m,
                                        guint      i);

/* Where one value stands among the people's.  Ties share a rank
 * (competition ranking: 1, 2, 2, 4). */
typedef struct {
  guint rank;      /* 1 + the number of people with a higher value; 0 when
                    * the person has no value */
  guint n_ranked;  /* the people with a value */
  guint n_tied;    /* the people with this very value, the person included */
  guint n_below;   /* the people with a lower value */
} SpRank;

/* Ranks @value among the @n @values (NAN skipped; @use, when given, says
 * which to count).  One pass: for one look-up, not for a whole column. */
void         sp_rank_among             (const double   *values,
                                        const gboolean *use,
                                        guint           n,
                                        double          value,
                                        SpRank         *rank);
/* Sorts every column once so that sp_metrics_rank() is a binary search;
 * thread-safe, and best called in the worker that computed @m.
 * Costs a sorted copy of each column. */
void         sp_metrics_prepare_ranks  (SpMetrics *m);
/* The rank of node @node in @column among the people with a value
 * (highest first).  FALSE (and rank 0) when @node has none.  Before
 * sp_metrics_prepare_ranks() it counts in one pass. */
gboolean     sp_metrics_rank           (SpMetrics *m,
                                        guint      column,
                                        guint      node,
                                        SpRank    *rank);

/* Formats @value exactly and as short as possible ("0.5", "231.07142857142858"),
 * "" for NAN.  Writes into @buf of G_ASCII_DTOSTR_BUF_SIZE bytes. */
const char  *sp_metrics_format_value   (char      *buf,
                                        double     value);

/* Writes the metrics CSV: id,kind,name,department and every column, one
 * row per node (removed people left out), atomically.  @path "-" is
 * stdout. */
gboolean     sp_metrics_write_csv      (SpNetwork  *net,
                                        SpMetrics  *m,
                                        const char *path,
                                        GError    **error);
/* The same with only the nodes whose @rows entry is TRUE (NULL: all). */
gboolean     sp_metrics_write_csv_rows (SpNetwork      *net,
                                        SpMetrics      *m,
                                        const gboolean *rows,
                                        const char     *path,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpMetrics, sp_metrics_unref)

/* Helpers shared by every CSV writer.  sp_csv_append_field() writes one
 * text cell, quoted where needed; a cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR, and not a plain number
 * such as -0.5) gets a leading ' inside the quotes (OWASP's advice
 * against CSV injection). */
void         sp_csv_append_field       (GString    *out,
                                        const char *field);
gboolean     sp_csv_write              (const char *path,
                                        GString    *contents,
                                        GError    **error);

G_END_DECLS
