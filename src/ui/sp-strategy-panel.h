/* sp-strategy-panel.h — the "Strategy" page of the side panel: a profile
 * per department, the fit of each department and of the organisation,
 * and the before/after comparison's summary while there is one
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-strategy.h"

G_BEGIN_DECLS

#define SP_TYPE_STRATEGY_PANEL (sp_strategy_panel_get_type ())
G_DECLARE_FINAL_TYPE (SpStrategyPanel, sp_strategy_panel, SP, STRATEGY_PANEL, GtkWidget)

GtkWidget  *sp_strategy_panel_new            (void);
/* The departments (char *, borrowed, read now) and what @strategy asks of
 * them (borrowed; NULL: nothing).  Emits no signal. */
void        sp_strategy_panel_set_strategy   (SpStrategyPanel  *self,
                                              GPtrArray        *departments,
                                              const SpStrategy *strategy);
void        sp_strategy_panel_set_busy       (SpStrategyPanel  *self,
                                              gboolean          busy);
/* SpFitResult per department and the organisation last (borrowed, read
 * now); NULL: no strategy. */
void        sp_strategy_panel_set_results    (SpStrategyPanel  *self,
                                              GArray           *results);
/* A message under the profiles (a strategy file that could not be read),
 * or NULL. */
void        sp_strategy_panel_set_error      (SpStrategyPanel  *self,
                                              const char       *message);
/* The before/after summary, or NULL: no comparison; @groups
 * (SpWhatIfGroup, may be NULL) the departments before → after. */
void        sp_strategy_panel_set_comparison (SpStrategyPanel  *self,
                                              const char       *title,
                                              const char       *text,
                                              GArray           *groups);

/* For tests: the dropdown of @department (NULL: the default profile), the
 * fit as text (one line a group: "Finance: execution, fits") and the
 * comparison's text. */
GtkWidget  *sp_strategy_panel_get_profile_row (SpStrategyPanel *self,
                                               const char      *department);
char       *sp_strategy_panel_get_fit_text    (SpStrategyPanel *self);
const char *sp_strategy_panel_get_comparison_text (SpStrategyPanel *self);
/* The comparison's department table, a line a department
 * ("Finance: 15 → 15, E-I −0.90 → −0.88, constraint 0.28 → 0.29"). */
const char *sp_strategy_panel_get_comparison_table (SpStrategyPanel *self);

/* The colour of a verdict on the canvas (0xRRGGBB). */
guint32     sp_strategy_panel_verdict_color   (SpFitVerdict     verdict);

G_END_DECLS
