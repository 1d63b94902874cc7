/* sp-window-strategy.h — the window's strategy fit and before/after
 * comparison (sp-window-strategy.c): the side panel's "Strategy" page,
 * department outlines coloured by their fit, ties gained and lost
 */
#pragma once

#include "sp-window.h"
#include "sp-strategy-panel.h"

G_BEGIN_DECLS

/* From sp_window_init: actions and signals (the page is in the .ui). */
void             sp_window_strategy_init         (SpWindow *self);
/* After the view changed (the strategy is part of it) or another network
 * was opened. */
void             sp_window_strategy_sync         (SpWindow *self);
/* The data the fit is computed on changed (people taken out). */
void             sp_window_strategy_data_changed (SpWindow *self);

SpStrategyPanel *sp_window_get_strategy_panel    (SpWindow *self);
/* Reads a strategy file into the view (undoably); FALSE with the message
 * shown in the panel when it cannot be read. */
gboolean         sp_window_strategy_load_file    (SpWindow *self,
                                                  GFile    *file);
/* The fit: SpFitResult per department, the organisation last (borrowed);
 * NULL without a strategy. */
GArray          *sp_window_strategy_get_results  (SpWindow *self);
/* Before/after: compares the open data with @file (a file or a folder;
 * a file of a folder data set, or its README, stands for the folder), the
 * later data set when @other_is_after, else the earlier, in a worker
 * thread; _compare_with: the earlier.  A file that cannot be read is
 * said in a message dialog. */
void             sp_window_compare_with_full     (SpWindow *self,
                                                  GFile    *file,
                                                  gboolean  other_is_after);
void             sp_window_compare_with          (SpWindow *self,
                                                  GFile    *file);
/* Asks which of @file and the open data is the earlier, then compares. */
void             sp_window_compare_ask           (SpWindow *self,
                                                  GFile    *file);
/* The names of the earlier and the later data set while comparing
 * (borrowed); FALSE when not comparing. */
gboolean         sp_window_compare_get_names     (SpWindow    *self,
                                                  const char **before_name,
                                                  const char **after_name);
/* Ties gained and lost (guint node pairs, borrowed) while comparing. */
gboolean         sp_window_compare_get_changes   (SpWindow *self,
                                                  GArray  **gained,
                                                  GArray  **lost);
/* The strategy the canvas's fit outlines are measured against, one line
 * for an export's caption ("Strategy applied: Exploration: the
 * organisation, R&D; Execution: Finance"), or NULL when no outlines show. */
char            *sp_window_strategy_describe_applied (SpWindow *self);
/* TRUE while the fit or a comparison is being computed. */
gboolean         sp_window_strategy_is_busy      (SpWindow *self);

G_END_DECLS
