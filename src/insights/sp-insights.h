/* sp-insights.h — what a board acts on: named lists of people (hidden
 * talent, key brokers, the overloaded, at-risk connectors), the
 * department × measure heat table and the organisation's
 * open-versus-closed summary in words.
 *
 * Rules (documented in the README's "Talent and open versus closed"):
 * - talent score: the mean of `performance` and `potential` (whichever a
 *   person has; the first numeric attribute when neither exists);
 *   "high" is >= 4.5 when every score lies on the 1–5 scale, else the top
 *   20 % (>= 80th percentile) of at most SP_INSIGHTS_BAND_BASE people;
 * - hidden talent: high talent and betweenness <= 20th percentile of
 *   betweenness (at the edge: few of the organisation's shortest paths
 *   run through them — the quadrants' horizontal axis, so that the
 *   band drawn there holds exactly this list);
 * - key brokers: betweenness in the top 10 % (of at most
 *   SP_INSIGHTS_BAND_BASE people) and constraint <= 10th percentile
 *   (many paths through them, contacts that do not know each other);
 * - overloaded (directed data only): sought by at least
 *   max(5, 2 × median, median + 3 × MAD) people, the median and the
 *   median absolute deviation of the in-degree in their department
 *   (in the organisation for people without one or in a department of
 *   fewer than 5), and at least half of those ties not returned; an
 *   incoming tie of the access type (sp_network_access_type(), Cross's
 *   "I need more access to this person") counts as sought and not
 *   returned (unmet demand);
 * - at-risk connectors: betweenness in the top 20 % (of at most
 *   SP_INSIGHTS_BAND_BASE people) and `engagement` low (<= 2.5 on a 1–5
 *   scale, else <= 20th percentile).
 *
 * The "top" bands scale with the organisation: up to
 * SP_INSIGHTS_BAND_BASE people a band is its share of them; above, it
 * holds as many people as at SP_INSIGHTS_BAND_BASE (the top 10 % is the
 * top 50), so that a list of 5,000 people is not ten times that of 500.
 * The qualifying bands (the edge, low constraint, low engagement) stay
 * shares: they say what a person is like, not how many to name.
 *
 * Each list is ranked by its rule's measure: hidden talent by talent,
 * brokers and connectors by betweenness, the overloaded by their ties
 * not returned (highest first).  Where a list is shown to people (the
 * --insights text, the panel, the quadrants' names) it shows the first
 * SP_INSIGHTS_SHOWN, "and N more", and the rule in one sentence
 * (sp_insights_rule()); where it is data (the highlight on the canvas)
 * it keeps everyone.  A list that cannot be computed says why
 * (SpInsights.unavailable).
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-metrics.h"
#include "sp-group-metrics.h"

G_BEGIN_DECLS

typedef enum {
  SP_INSIGHT_HIDDEN_TALENT = 0,
  SP_INSIGHT_KEY_BROKERS,
  SP_INSIGHT_OVERLOADED,
  SP_INSIGHT_AT_RISK_CONNECTORS,
  SP_INSIGHT_N_KINDS
} SpInsightKind;

/* How many people of a list are named where a board reads it. */
#define SP_INSIGHTS_SHOWN 10
/* Above this many people, a list's "top" band stops growing. */
#define SP_INSIGHTS_BAND_BASE 500
/* Overload: the fewest people who go to someone, and the share of
 * those ties they do not return. */
#define SP_OVERLOAD_MIN_SOUGHT 5
#define SP_OVERLOAD_MIN_UNRETURNED 0.5
/* A department smaller than this is compared with the organisation. */
#define SP_OVERLOAD_MIN_GROUP 5

typedef enum {
  SP_OPENNESS_CLOSED = 0,   /* <= 20 % of ties cross departments */
  SP_OPENNESS_MIXED,
  SP_OPENNESS_OPEN,         /* >= 40 % of ties cross departments */
} SpOpenness;

typedef struct {
  GArray     *people[SP_INSIGHT_N_KINDS]; /* guint node indices, most notable first */
  GPtrArray  *summary;          /* char *: sentences a manager understands */
  SpOpenness  openness;
  double      cross_share;      /* share of ties between departments */
  double      density;
  double      mean_constraint;
  double      modularity;       /* of the departments */

  /* what the lists are cut from (for the talent × network quadrants) */
  double     *talent;           /* per node: mean of performance and potential, NAN */
  double      talent_cut;       /* "high talent" from here up */
  gboolean    talent_absolute;  /* the cut is 4.5 on 1–5, not the top 20 % */
  double      edge_cut;         /* betweenness of the 20th percentile: hidden
                                 * talent up to here */
  double      broker_cut;       /* betweenness of the 80th percentile */
  double      engagement_cut;   /* "low engagement" up to here, NAN without it */
  gboolean    engagement_absolute; /* the cut is 2.5 on 1–5, not the lowest 20 % */
  char       *talent_label;     /* what the talent score is made of, with
                                 * its scales */
  guint       n_people;         /* the people the bands are shares of */

  /* why a list cannot be computed (translated), NULL when it was:
   * the overloaded on undirected data */
  char       *unavailable[SP_INSIGHT_N_KINDS];

  /* overload, per node (0 for clients, removed people and on undirected
   * data) */
  guint      *sought;           /* distinct people with a tie to them (in-degree) */
  guint      *unreturned;       /* of those, the ones whose tie they do not
                                 * return or who ask for more access */
  guint      *access_asks;      /* of those, the ones with an access tie to them */
  double     *sought_median;    /* the median in-degree of their group */
  double     *sought_cut;       /* the in-degree from which they count as sought */
  const char *access_type;      /* the access tie type's name (interned), NULL */
} SpInsights;

/* Computes the lists and the summary.  @metrics needs degree,
 * betweenness and constraint; @groups the department measures (both
 * computed on the same ties).  Never NULL. */
SpInsights  *sp_insights_compute        (SpNetwork      *net,
                                         SpMetrics      *metrics,
                                         SpGroupMetrics *groups);
/* The same on the ties of the types in @tie_type_mask (NULL: all), as
 * @metrics were computed: the overloaded are found on those ties. */
SpInsights  *sp_insights_compute_full   (SpNetwork      *net,
                                         const gboolean *tie_type_mask,
                                         SpMetrics      *metrics,
                                         SpGroupMetrics *groups);
void         sp_insights_free           (SpInsights     *insights);

/* Homophily in words, for groups by @attribute (NULL: departments): do
 * people go to people of their own group?  From the organisation's E-I
 * index of @groups: "People mostly go to people of their own office: E-I
 * −0.62 (assortativity 0.55)".  At or below −0.3 "mostly their own", at
 * or above +0.3 "mostly other", else "alike".  NULL when no tie joins two
 * grouped people.  Free it. */
char        *sp_insights_homophily      (SpGroupMetrics *groups,
                                         const char     *attribute);

/* "hidden-talent", "key-brokers", "overloaded", "at-risk-connectors" */
const char  *sp_insight_kind_name       (SpInsightKind   kind);
/* Translated: "Hidden talent", … */
const char  *sp_insight_kind_label      (SpInsightKind   kind);
gboolean     sp_insight_kind_from_string (const char    *name,
                                          SpInsightKind *kind);

/* The list's rule in one translated sentence, with its cuts and how it
 * is ranked ("Rule: …").  Free with g_free(). */
char        *sp_insights_rule           (SpInsights     *insights,
                                         SpInsightKind   kind);
/* How many of the list are named where a board reads it: at most
 * SP_INSIGHTS_SHOWN; the rest is "and N more" (sp_insights_more()). */
guint        sp_insights_n_shown        (SpInsights     *insights,
                                         SpInsightKind   kind);
/* "and 327 more" (translated).  Free with g_free(). */
char        *sp_insights_more           (guint           n_more);
/* The numbers behind @node's place on list @kind, in words for the
 * panel ("sought by 14 (department median 4), 11 not returned (79%)");
 * NULL when the list has none beyond the person's department.  Free it. */
char        *sp_insights_numbers        (SpInsights     *insights,
                                         SpInsightKind   kind,
                                         guint           node);

/* The report as plain text: summary, then each list with its rule, the
 * first SP_INSIGHTS_SHOWN names with the numbers behind them and "and N
 * more".  Free with g_free(). */
char        *sp_insights_to_text        (SpInsights     *insights,
                                         SpNetwork      *net,
                                         SpMetrics      *metrics);
/* Writes sp_insights_to_text() to @path ("-" is stdout). */
gboolean     sp_insights_write          (SpInsights     *insights,
                                         SpNetwork      *net,
                                         SpMetrics      *metrics,
                                         const char     *path,
                                         GError        **error);

/* The heat table: one row per department and a last row for the
 * organisation; columns the mean of each numeric attribute, then people,
 * E-I index, share of ties inside, mean constraint and density.
 *
 * Each column is coloured over a stated domain, the same whatever the
 * departments' means are, so that 3.14 and 3.43 on a 1–5 scale look
 * alike: an attribute over its scale (declared, else the usual one that
 * holds every person's value, else the lowest to the highest person's
 * value); E-I index −1 to +1; ties inside and density 0–100 %; mean
 * constraint 0–1 (Burt's constraint lies in 0–1 but for a few small
 * configurations, which the colour clamps).  People are a count, not
 * coloured.  The domain is said in @column_domains. */
typedef struct {
  guint       n_rows, n_columns;
  GPtrArray  *rows;             /* char *: department names, last "Organisation" */
  GPtrArray  *column_names;     /* char *: machine names ("performance", "ei_index") */
  GPtrArray  *column_labels;    /* char *: translated headings */
  GPtrArray  *column_domains;   /* char *: the colour domain in words ("1–5",
                                 * "−1 to +1"), "" for counts */
  double     *values;           /* n_rows × n_columns, NAN when undefined */
  double     *lo, *hi;          /* per column: the colour domain */
  gboolean   *diverging;        /* per column: E-I style, −1 … +1 */
  gboolean   *uncoloured;       /* per column: counts, shown without colour */
  gboolean   *percent;          /* per column: shown as a percentage */
} SpHeatTable;

SpHeatTable *sp_heat_table_new          (SpNetwork      *net,
                                         SpGroupMetrics *groups);
void         sp_heat_table_free         (SpHeatTable    *table);
double       sp_heat_table_get          (SpHeatTable    *table,
                                         guint           row,
                                         guint           column);

/* Helpers shared with the renderer: the talent attributes and the
 * quantile of a column over persons (NAN skipped). */
double       sp_insights_quantile       (const double   *values,
                                         const gboolean *use,
                                         guint           n,
                                         double          q);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpInsights, sp_insights_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpHeatTable, sp_heat_table_free)

G_END_DECLS
