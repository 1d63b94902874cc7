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

/* How the groups work together: the number of ties between each pair of
 * groups.  A tie here is a pair of people joined by at least one selected
 * tie, in either direction (as sp_network_n_tie_pairs() counts the ties
 * shown): ties both ways and ties of several types count once.  The
 * matrix is symmetric; ties within a group are on the diagonal.  The
 * groups are those of sp_group_metrics_compute() for the same @attribute,
 * in the same order; people without a value belong to no group, and
 * their ties are in no cell (as in the group metrics).  On undirected
 * data the diagonal equals the groups' internal_ties; on directed data
 * those count arcs, so a tie returned counts twice there and once here. */
typedef struct {
  GPtrArray *names;   /* interned group names, sorted (n of them) */
  guint      n;
  guint     *ties;    /* n × n, row-major: ties[a * n + b] */
} SpGroupMatrix;

/* NULL with @error set when @attribute is not a categorical attribute. */
SpGroupMatrix  *sp_group_matrix_compute    (SpNetwork      *net,
                                            const gboolean *tie_type_mask,
                                            const gboolean *removed,
                                            const char     *attribute,
                                            GError        **error);
void            sp_group_matrix_free       (SpGroupMatrix  *gmx);

/* Writes group,<g1>,<g2>,… and a row per group, atomically (@path "-" is
 * stdout). */
gboolean        sp_group_matrix_write      (SpGroupMatrix  *gmx,
                                            const char     *path,
                                            GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpGroupMatrix, sp_group_matrix_free)

G_END_DECLS
