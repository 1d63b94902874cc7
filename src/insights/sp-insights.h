/* sp-insights.h — what a board acts on: named lists of people (hidden
 * talent, key brokers, at-risk connectors), the department × measure heat
 * table and the organisation's open-versus-closed summary in words.
 *
 * Rules (documented in the README's "Talent and open versus closed"):
 * - talent score: the mean of `performance` and `potential` (whichever a
 *   person has; the first numeric attribute when neither exists);
 *   "high" is >= 4.5 when every score lies on the 1–5 scale, else the top
 *   20 % (>= 80th percentile);
 * - hidden talent: high talent and betweenness <= 20th percentile of
 *   betweenness (at the edge: few of the organisation's shortest paths
 *   run through them — the quadrants' horizontal axis, so that the
 *   band drawn there holds exactly this list);
 * - key brokers: betweenness >= 90th percentile and constraint <= 10th
 *   percentile (many paths through them, contacts that do not know each
 *   other);
 * - at-risk connectors: betweenness >= 80th percentile and `engagement`
 *   low (<= 2.5 on a 1–5 scale, else <= 20th percentile).
 *
 * Each list is ranked by its rule's measure: hidden talent by talent,
 * brokers and connectors by betweenness (highest first).  Where a list
 * is shown to people (the --insights text, the panel, the quadrants'
 * names) it shows the first SP_INSIGHTS_SHOWN, "and N more", and the
 * rule in one sentence (sp_insights_rule()); where it is data (the
 * highlight on the canvas) it keeps everyone.
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
  SP_INSIGHT_AT_RISK_CONNECTORS,
  SP_INSIGHT_N_KINDS
} SpInsightKind;

/* How many people of a list are named where a board reads it. */
#define SP_INSIGHTS_SHOWN 10

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
} SpInsights;

/* Computes the lists and the summary.  @metrics needs degree,
 * betweenness and constraint; @groups the department measures (both
 * computed on the same ties).  Never NULL. */
SpInsights  *sp_insights_compute        (SpNetwork      *net,
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

/* "hidden-talent", "key-brokers", "at-risk-connectors" */
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
