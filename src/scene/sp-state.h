/* sp-state.h — what a drawing shows, said in one line
 *
 * Every filter, what-if or comparison that shapes a drawing is named on
 * it: the window's state bar over the canvas and the subtitle of every
 * export and slide read the same line, built here from what the user
 * chose (SpViewState) and supposes (SpScenario).  No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-view-state.h"
#include "sp-scenario.h"

G_BEGIN_DECLS

typedef enum {
  SP_STATE_FILTERED = 1 << 0,  /* departments, tie types or people hidden, or an ego network */
  SP_STATE_WHAT_IF  = 1 << 1,  /* people taken out or moved */
  SP_STATE_COMPARED = 1 << 2,  /* a before/after comparison */
} SpStateFlags;

/* The line, e.g. "What if Lotte Brouwer leaves · Showing 6 of 7
 * departments, 135 of 150 people", or NULL when the drawing shows
 * everybody as the data has them.  @view and @scenario may be NULL (none);
 * the scenario's removals, moves and comparison names (before_name and
 * after_name; @scenario->other need not be set) are read as they are set,
 * computed or not.  @visible (may be NULL: computed here) is @view's
 * node visibility when the caller has it already, as the canvas does.
 * @flags (may be NULL) says which parts there are. */
char *sp_state_describe (SpNetwork         *network,
                         const SpViewState *view,
                         const SpScenario  *scenario,
                         const gboolean    *visible,
                         SpStateFlags      *flags);

/* "Anna, Bram and 3 others" for the people with the ids @ids (those not
 * in @network skipped), naming at most @most; NULL when none is. */
char *sp_state_name_people (SpNetwork         *network,
                            const char *const *ids,
                            guint              most);

G_END_DECLS
