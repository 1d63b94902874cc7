/* sp-person-profile.h — one person's measures in words, for people who
 * are not network analysts: each measure as a plain sentence ("Works
 * directly with 14 colleagues", "On many shortest paths between
 * colleagues: a broker (top 2%)"), its value as people write numbers
 * (in the user's locale) and where the person stands in the organisation
 * ("rank 3 of 150"); and their contacts and the clients they hold.
 *
 * Rules:
 * - ranks count the people with a value, highest value first; people
 *   with equal values share a rank (1, 2, 2, 4), see SpRank; a value
 *   alone at either end (of more than two) reads "the highest of 150",
 *   "the lowest of 150";
 * - "high" for a measure compared within the organisation (betweenness,
 *   closeness, degree, …): fewer than 10 % of the people above and
 *   someone below; "low": fewer than 25 % below and someone above; a
 *   high line ends in "(top N%)", N the share of people at or above the
 *   person's value, rounded up;
 * - measures with a meaning of their own are read on their scale:
 *   constraint >= 0.5 a closed network, < 0.3 an open one; clustering
 *   >= 0.5 contacts mostly know each other, < 0.2 rarely; the person's
 *   E-I index > 0.2 mostly outside the department, < −0.2 mostly inside;
 *   hierarchy >= 0.3 leans on one contact, < 0.1 on none; efficiency
 *   and reciprocity as percentages.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

typedef enum {
  SP_LEVEL_NONE = 0,   /* no value, or nothing to compare with */
  SP_LEVEL_LOW,
  SP_LEVEL_MIDDLE,
  SP_LEVEL_HIGH,
} SpLevel;

typedef struct {
  gint         column;      /* SpMetricColumn, or -1 for an attribute */
  SpAttribute *attribute;   /* the attribute (column -1), else NULL */
  const char  *label;       /* "Betweenness", or the attribute's name */
  double       value;       /* NAN: none */
  SpRank       rank;        /* rank 0: no value, or not ranked (community) */
  SpLevel      level;
  char        *value_text;  /* "2,521", "+0.21", "4.4 on 1–5"; "—" for none */
  char        *rank_text;   /* "rank 3 of 150", "not applicable", "" */
  char        *line;        /* the plain-language line */
} SpPersonMeasure;

void          sp_person_measure_free   (SpPersonMeasure *measure);

/* The measures of person @node in @metrics, in the order a reader takes
 * them in (contacts, brokerage, openness, then the rest), each with its
 * line: a row per measure that applies (no in/out-degree or reciprocity
 * on undirected data; of the five brokerage roles those the person
 * plays, or one line saying they play none).  @tie_type_mask (NULL: all)
 * must be the one @metrics were computed with.  Empty for a client.
 * Free with g_ptr_array_unref(). */
GPtrArray    *sp_person_measures       (SpNetwork      *net,
                                        SpMetrics      *metrics,
                                        const gboolean *tie_type_mask,
                                        guint           node);

/* A numeric attribute of person @node as a measure: "Performance 4.4 on
 * 1–5", ranked among the people; NULL for a categorical attribute. */
SpPersonMeasure *sp_person_attribute   (SpNetwork      *net,
                                        SpAttribute    *attr,
                                        guint           node);

typedef struct {
  guint  node;
  double weight;     /* the weights of the ties with them, summed */
  guint  n_people;   /* a client: how many people it is tied to (the
                      * person included); a person: 0 */
} SpContact;

/* The people (@kind SP_NODE_PERSON) or clients (SP_NODE_CLIENT) tied to
 * @node by ties of the types in @tie_type_mask (NULL: all) whose
 * weights sum above 0, in either direction, sorted by name: SpContact.
 * One pass over the ties (two for clients). */
GArray       *sp_person_contacts       (SpNetwork      *net,
                                        const gboolean *tie_type_mask,
                                        guint           node,
                                        SpNodeKind      kind);

/* @value as people read it in the user's locale (LC_NUMERIC as the
 * environment sets it, read once; "2,521", "0.42",
 * "28.5"): no decimals from 100 up and for whole numbers, one from 10
 * up, else two, trailing zeros dropped; @sign: "+0.21" and "−0.4". */
char         *sp_format_number         (double          value,
                                        gboolean        sign);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpPersonMeasure, sp_person_measure_free)

G_END_DECLS
