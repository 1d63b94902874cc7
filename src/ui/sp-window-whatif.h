/* sp-window-whatif.h — the window's what-if: people taken out or moved to
 * another department (undoably,
 * nothing in the file changes), drawn as ghosts with their lost ties, and
 * the side panel's "What If" page (sp-window-whatif.c) */
#pragma once

#include "sp-window.h"
#include "sp-whatif-panel.h"

G_BEGIN_DECLS

/* From sp_window_init: actions and signals (the pages are in the .ui). */
void           sp_window_whatif_init            (SpWindow *self);
/* From set_network: a new network starts with nobody taken out. */
void           sp_window_whatif_network_changed (SpWindow *self);

SpWhatIfPanel *sp_window_get_whatif_panel       (SpWindow *self);
/* The side panel's pages ("person", "whatif"). */
GtkStack      *sp_window_get_panel_stack        (SpWindow *self);
/* Ids of the people taken out (NULL-terminated, borrowed). */
const char *const *sp_window_whatif_get_removed (SpWindow *self);
/* The department the person @id is moved to, or NULL (borrowed). */
const char    *sp_window_whatif_get_moved       (SpWindow   *self,
                                                 const char *id);
/* TRUE while the comparison is being computed. */
gboolean       sp_window_whatif_is_busy         (SpWindow *self);

G_END_DECLS
