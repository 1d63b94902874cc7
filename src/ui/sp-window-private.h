/* sp-window-private.h — what the window's other source files share
 *
 * sp-window-insights.c (talent, openness, views and the client panel)
 * changes the view through the same undoable path as sp-window.c.
 */
#pragma once

#include "sp-window.h"
#include "sp-insight-panel.h"
#include "sp-client-panel.h"

G_BEGIN_DECLS

/* A copy of the current view (zoom and pan taken from the canvas). */
SpViewState *sp_window_copy_view        (SpWindow          *self);
/* Makes @next the view, recorded for undo under @label.  Takes @next. */
void         sp_window_change_view      (SpWindow          *self,
                                         const char        *label,
                                         SpViewState       *next);
/* Enables or disables the window action @name (if it exists). */
void         sp_window_set_action_enabled (SpWindow        *self,
                                           const char      *name,
                                           gboolean         enabled);
/* The left side panel (talent & openness, or the clients). */
AdwFlap     *sp_window_get_insight_flap (SpWindow          *self);
GtkStack    *sp_window_get_sidebar_stack (SpWindow         *self);
GtkWidget   *sp_window_get_view_switcher (SpWindow         *self);
GtkWidget   *sp_window_get_zoom_box     (SpWindow          *self);
AdwFlap     *sp_window_get_person_flap  (SpWindow          *self);
SpInsightPanel *sp_window_get_insight_panel (SpWindow      *self);
SpClientPanel  *sp_window_get_client_panel  (SpWindow      *self);

/* sp-window-insights.c */
void         sp_window_insights_init    (SpWindow          *self);
/* After the view changed: actions' states, panels, client placement,
 * highlight. */
void         sp_window_insights_sync    (SpWindow          *self);
/* After the measures or the selection changed. */
void         sp_window_insights_update  (SpWindow          *self);
/* Copies what the canvas shows of talent, openness and views to an
 * export's @options. */
void         sp_window_insights_export_options (SpWindow              *self,
                                                const SpRenderOptions *canvas,
                                                SpRenderOptions       *options);

G_END_DECLS
