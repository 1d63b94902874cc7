/* sp-strategy.h — does the network fit the strategy?
 *
 * A strategy says, for the organisation and per department, what the
 * network should look like: a named profile (exploration, execution,
 * client-intimacy) or target ranges for the indicators directly.  The
 * fit compares those targets with the measured group indicators.
 *
 * The file format (UTF-8 text, `#` starts a comment):
 *
 *     [default]                      # every department not named below
 *     profile = exploration
 *
 *     [department Finance]
 *     profile = execution
 *     ei_index = -1 .. -0.2          # a range overrides the profile's
 *     mean_constraint = .. 0.5       # open-ended ranges
 *
 *     [organisation]                 # the organisation as a whole
 *     profile = exploration
 *
 *     [department "R#D \"Lab\" [2]"]  # a name with # [ ] = " \ or a line
 *     profile = exploration          # break, or blanks at its ends, quoted
 *
 * In a quoted name, \" \\ \n \r \t and \xHH stand for a quote, a
 * backslash, LF, CR, tab and another control character; the writer quotes
 * exactly the names that would not read back otherwise.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-group-metrics.h"
#include "sp-client-metrics.h"

G_BEGIN_DECLS

typedef enum {
  SP_INDICATOR_DENSITY,
  SP_INDICATOR_EI_INDEX,
  SP_INDICATOR_MEAN_CONSTRAINT,
  SP_INDICATOR_MEAN_CLUSTERING,
  SP_INDICATOR_RECIPROCITY,
  SP_INDICATOR_CONTACTS_PER_CLIENT,
  SP_INDICATOR_SINGLE_CONTACT_SHARE,
  SP_N_INDICATORS
} SpIndicator;

typedef struct {
  double min;  /* NAN: no lower bound */
  double max;  /* NAN: no upper bound */
} SpRange;

typedef enum {
  SP_FIT_NOT_SET,   /* no target for this group */
  SP_FIT_FITS,      /* every targeted indicator within its range */
  SP_FIT_NEAR,      /* misses, each by less than a tenth of its scale */
  SP_FIT_MISFIT,    /* at least one indicator clearly outside */
} SpFitVerdict;

typedef struct _SpStrategy SpStrategy;

typedef struct {
  const char  *group;      /* department (interned), NULL for the organisation */
  const char  *profile;    /* profile name, "custom", or NULL */
  SpFitVerdict verdict;
  double       actual[SP_N_INDICATORS];
  SpRange      target[SP_N_INDICATORS];  /* both NAN: not targeted */
  double       miss[SP_N_INDICATORS];    /* 0 within range, distance outside, NAN untargeted or unknown */
  guint        n_checked;
  guint        n_missed;
} SpFitResult;

/* Machine name ("ei_index") and translated label of an indicator. */
const char  *sp_indicator_name    (SpIndicator indicator);
const char  *sp_indicator_label   (SpIndicator indicator);
/* The built-in profiles: "exploration", "execution", "client-intimacy". */
const char *const *sp_strategy_profiles (void);
const char  *sp_strategy_profile_label (const char *profile);
const char  *sp_fit_verdict_label (SpFitVerdict verdict);

/* Parses a strategy file's text; errors read "FILENAME:LINE: message". */
SpStrategy  *sp_strategy_parse    (const char  *text,
                                   gssize       length,
                                   const char  *filename,
                                   GError     **error);
SpStrategy  *sp_strategy_load     (const char  *path,
                                   GError     **error);
/* A strategy giving every department and the organisation @profile. */
SpStrategy  *sp_strategy_new_uniform (const char *profile);
void         sp_strategy_free     (SpStrategy  *strategy);

/* Building a strategy from choices (the application's strategy panel). */
/* A strategy with no targets at all. */
SpStrategy  *sp_strategy_new      (void);
SpStrategy  *sp_strategy_copy     (const SpStrategy *strategy);
/* Gives @department @profile (a built-in profile name, or NULL: the
 * department follows the default again); @department NULL sets the
 * default and the organisation (NULL: no target).  Ranges given for
 * that group before are dropped. */
void         sp_strategy_set_profile (SpStrategy  *strategy,
                                      const char  *department,
                                      const char  *profile);
/* What @department (NULL: the default) asks for: a profile name,
 * "custom" when the file gave ranges of its own, or NULL (a department:
 * as the default; the default: no target). */
const char  *sp_strategy_get_profile (const SpStrategy *strategy,
                                      const char       *department);
/* TRUE when @strategy sets no target for anyone. */
gboolean     sp_strategy_is_empty (const SpStrategy *strategy);
/* The strategy in the file format; sp_strategy_parse reads it back. */
char        *sp_strategy_to_text  (const SpStrategy *strategy);

/* Evaluates @strategy: one SpFitResult per group of @groups (in its
 * order) and a last one for the organisation.  @clients may be NULL (the
 * client indicators are then unknown). */
GArray      *sp_strategy_evaluate (SpStrategy      *strategy,
                                   SpNetwork       *network,
                                   SpGroupMetrics  *groups,
                                   SpClientMetrics *clients);

/* Writes the fit report: one row per group and targeted indicator,
 * atomically (@path "-" is stdout). */
gboolean     sp_fit_report_write_csv (GArray      *results,
                                      const char  *path,
                                      GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpStrategy, sp_strategy_free)

G_END_DECLS
