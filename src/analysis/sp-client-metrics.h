/* sp-client-metrics.h — how the organisation's network reaches its clients.
 *
 * A client tie is a tie of a selected type and weight > 0 between a
 * person and a client, in either direction.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"

G_BEGIN_DECLS

typedef struct {
  guint        node;            /* network node of the client */
  guint        n_contacts;      /* distinct employees tied to it */
  guint        n_departments;   /* distinct departments of those employees */
  gboolean     single_point_of_contact;  /* exactly one employee */
  const guint *contacts;        /* their network nodes, ascending */
  const char *const *departments; /* interned, sorted, n_departments of them */

  /* Is the client served by people who talk to each other?  Shortest
   * internal paths, in hops through the person–person graph of the same
   * tie types (ties read in either direction), between pairs of contacts. */
  guint        n_reachable_pairs;   /* pairs of contacts joined by some path */
  guint        n_unreachable_pairs; /* pairs with no internal path at all */
  double       mean_internal_path;  /* over the reachable pairs; NAN when none */
  guint        max_internal_path;   /* over the reachable pairs; 0 when none */
  gboolean     contacts_all_tied;   /* >= 2 contacts, every pair tied directly */
  gboolean     contacts_within_two; /* >= 2 contacts, every pair within two hops */
} SpClientStats;

typedef struct _SpClientMetrics SpClientMetrics;

/* Computes the client measures for the selected tie types (@tie_type_mask
 * NULL: all) without the @removed nodes (NULL: none). */
SpClientMetrics     *sp_client_metrics_compute   (SpNetwork      *net,
                                                  const gboolean *tie_type_mask,
                                                  const gboolean *removed);
void                 sp_client_metrics_free      (SpClientMetrics *cm);

guint                sp_client_metrics_n_clients (SpClientMetrics *cm);
const SpClientStats *sp_client_metrics_client    (SpClientMetrics *cm,
                                                  guint            i);
/* Stats of the client at network node @node, or NULL. */
const SpClientStats *sp_client_metrics_find      (SpClientMetrics *cm,
                                                  guint            node);

/* Number of clients of person @node. */
guint                sp_client_metrics_n_person_clients (SpClientMetrics *cm,
                                                         guint            node);

/* Jaccard overlap |A ∩ B| / |A ∪ B| of the client sets of two persons
 * (network nodes); 0 when both are empty. */
double               sp_client_metrics_person_overlap     (SpClientMetrics *cm,
                                                           guint            a,
                                                           guint            b);
/* The departments with persons (interned, sorted). */
GPtrArray           *sp_client_metrics_departments        (SpClientMetrics *cm);
/* Jaccard overlap of the client sets of two departments (the union over
 * their members); 0 when both are empty or unknown. */
double               sp_client_metrics_department_overlap (SpClientMetrics *cm,
                                                           const char      *dept_a,
                                                           const char      *dept_b);

/* How the contacts of the client at network node @client reach each
 * other inside: the person–person ties (of the selected types, read in
 * either direction, without the @removed) on one shortest path between
 * each pair of its contacts, as pairs of network nodes (smaller first,
 * each tie once, sorted).  Empty when it has fewer than two contacts. */
GArray              *sp_client_metrics_contact_paths (SpClientMetrics *cm,
                                                      SpNetwork       *net,
                                                      const gboolean  *tie_type_mask,
                                                      const gboolean  *removed,
                                                      guint            client);

/* Number of contacts of client @i (its ordinal) in department @dept:
 * the departments × clients matrix, "who serves whom". */
guint                sp_client_metrics_department_contacts (SpClientMetrics *cm,
                                                            const char      *dept,
                                                            guint            i);

/* id,name,contacts,departments,single_point_of_contact,contact_ids,
 * department_names (the last two ";"-separated), mean_internal_path,
 * max_internal_path, unreachable_pairs, contacts_all_tied,
 * contacts_within_two (empty where undefined), atomically. */
gboolean             sp_client_metrics_write_csv  (SpNetwork       *net,
                                                   SpClientMetrics *cm,
                                                   const char      *path,
                                                   GError         **error);
/* The department × department overlap matrix: a header row
 * "department,D1,D2,…" and one row per department. */
gboolean             sp_client_overlap_write_csv  (SpNetwork       *net,
                                                   SpClientMetrics *cm,
                                                   const char      *path,
                                                   GError         **error);

/* The departments × clients matrix: a header row "department,ID1,ID2,…"
 * (client ids) and one row per department with its numbers of contacts. */
gboolean             sp_client_matrix_write_csv   (SpNetwork       *net,
                                                   SpClientMetrics *cm,
                                                   const char      *path,
                                                   GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpClientMetrics, sp_client_metrics_free)

G_END_DECLS
