/* sp-window.h — one open organisation: canvas, panel, actions */
#pragma once

#include <adwaita.h>
#include "sp-network.h"
#include "sp-metrics.h"
#include "sp-canvas.h"
#include "sp-history.h"
#include "sp-view-state.h"
#include "sp-person-panel.h"
#include "sp-legend-card.h"

#include "sp-state.h"

G_BEGIN_DECLS

#define SP_TYPE_WINDOW (sp_window_get_type ())
G_DECLARE_FINAL_TYPE (SpWindow, sp_window, SP, WINDOW, AdwApplicationWindow)

SpWindow          *sp_window_new              (GtkApplication *application);
void               sp_window_open             (SpWindow       *self,
                                               GFile          *file);
/* Opens @file as the user chose it (the Open dialog, a drop): a table
 * (CSV, a folder, a workbook) first shows the import dialog, with its
 * columns' roles to check. */
void               sp_window_import           (SpWindow       *self,
                                               GFile          *file);
/* Opens the example organisation shipped with Samenspel. */
void               sp_window_open_example     (SpWindow       *self);
/* The folder of the example organisation, or NULL when not installed. */
GFile             *sp_window_find_example     (void);

SpNetwork         *sp_window_get_network      (SpWindow       *self);
GFile             *sp_window_get_file         (SpWindow       *self);
SpCanvas          *sp_window_get_canvas       (SpWindow       *self);
SpPersonPanel     *sp_window_get_person_panel (SpWindow       *self);
SpHistory         *sp_window_get_history      (SpWindow       *self);
const SpViewState *sp_window_get_view         (SpWindow       *self);
/* Saved views (SpViewState *) for presentations. */
GPtrArray         *sp_window_get_slides       (SpWindow       *self);
void               sp_window_add_slide        (SpWindow       *self,
                                               const char     *name);
/* The same with a sentence of the presenter's own under the slide's
 * title (NULL or empty: none), saved with the slide. */
void               sp_window_add_slide_full   (SpWindow       *self,
                                               const char     *name,
                                               const char     *caption);
gint               sp_window_get_slide_index  (SpWindow       *self);
SpMetrics         *sp_window_get_metrics      (SpWindow       *self);
/* "welcome", "loading" or "network". */
const char        *sp_window_get_page         (SpWindow       *self);
/* TRUE while loading, laying out, computing or exporting. */
gboolean           sp_window_is_busy          (SpWindow       *self);
gboolean           sp_window_get_presenting   (SpWindow       *self);
/* Options describing the current view for an export of @width × @height
 * (strings and arrays borrowed from the window). */
void               sp_window_get_export_options (SpWindow        *self,
                                                 double           width,
                                                 double           height,
                                                 SpRenderOptions *options);
/* The export dialog, once shown. */
GtkWindow         *sp_window_get_export_dialog (SpWindow      *self);
/* Saves as GraphML (asynchronously; see sp_window_is_busy). */
void               sp_window_save_to          (SpWindow       *self,
                                               GFile          *file);

/* Whether there are changes since the file was opened or saved (undoing
 * them all counts as none). */
gboolean           sp_window_is_modified      (SpWindow       *self);
/* The Save / Discard / Cancel question, while it is asked (for tests). */
GtkWindow         *sp_window_get_unsaved_dialog (SpWindow     *self);
/* The legend over the canvas. */
SpLegendCard      *sp_window_get_legend_card  (SpWindow       *self);
/* What the canvas shows, in the line of its state bar and of every
 * export's caption (sp_state_describe), or NULL: everybody as the data
 * has them.  @flags (may be NULL) says which parts there are. */
char              *sp_window_get_state_line   (SpWindow       *self,
                                               SpStateFlags   *flags);
/* The state bar over the canvas (a GtkRevealer) and its text, for tests. */
GtkRevealer       *sp_window_get_state_bar    (SpWindow       *self);
const char        *sp_window_get_state_text   (SpWindow       *self);
/* Shows only the people @text picks (sp-filter.h; empty: everyone), as an
 * undoable view change; sets @error and changes nothing when it does not
 * parse. */
void               sp_window_set_filter       (SpWindow       *self,
                                               const char     *text,
                                               GError        **error);

G_END_DECLS
