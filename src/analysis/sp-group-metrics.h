/* sp-group-metrics.h — measures per group (department or any categorical
 * attribute) and for the organisation as a whole.
 *
 * No GTK here.
 */
#pragma once

#include "sp-metrics.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;            /* interned group value; NULL for the organisation */
  guint       size;            /* persons */
  guint       internal_ties;   /* ties (arcs when directed) with both ends inside;
                                * organisation: ties within a group */
  guint       external_ties;   /* ties with one end inside; organisation:
                                * ties across groups */
  double      density;
  double      ei_index;        /* Krackhardt & Stern (E - I) / (E + I) */
  double      external_share;  /* E / (E + I) */
  double      mean_constraint; /* over members with a defined constraint */
  double      reciprocity;     /* share of internal arcs that are returned;
                                * NAN on undirected data */
  double      mean_clustering;
  double      modularity;      /* organisation: modularity of the groups */
  double      louvain_modularity; /* organisation: of the Louvain partition */
  double      assortativity;   /* organisation: Newman's attribute assortativity of
                                * the groups (networkx attribute_assortativity_coefficient,
                                * ties between grouped people, unweighted); NAN for groups */
} SpGroupStats;

typedef struct {
  GArray       *groups;        /* SpGroupStats, sorted by name */
  SpGroupStats  organisation;
  gboolean      directed;
} SpGroupMetrics;

/* Computes group and organisation measures.  @attribute NULL (or
 * "department") groups by department.  @metrics, when not NULL, must
 * have been computed with the same @tie_type_mask and @removed; its
 * constraint, clustering and communities are reused.  NULL with @error
 * set when @attribute is not a categorical attribute. */
SpGroupMetrics *sp_group_metrics_compute   (SpNetwork      *net,
                                            const gboolean *tie_type_mask,
                                            const gboolean *removed,
                                            const char     *attribute,
                                            SpMetrics      *metrics,
                                            GError        **error);
void            sp_group_metrics_free      (SpGroupMetrics *gm);

/* Writes level,group,size,… with one row per group and a final
 * organisation row, atomically (@path "-" is stdout). */
gboolean        sp_group_metrics_write     (SpGroupMetrics *gm,
                                            const char     *path,
                                            GError        **error);

/* Computes and writes in one go. */
gboolean        sp_group_metrics_write_csv (SpNetwork      *net,
                                            const gboolean *tie_type_mask,
                                            const gboolean *removed,
                                            const char     *attribute,
                                            const char     *path,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpGroupMetrics, sp_group_metrics_free)

G_END_DECLS
