/* sp-history.h — undo and redo.
 *
 * Every change is an entry holding its "before" and "after" data and one
 * function that applies either; undo applies "before", redo "after".
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SP_TYPE_HISTORY (sp_history_get_type ())
G_DECLARE_FINAL_TYPE (SpHistory, sp_history, SP, HISTORY, GObject)

typedef void (*SpHistoryApply) (gpointer target,
                                gpointer data);

SpHistory  *sp_history_new        (void);
/* Records a change that has already been made.  Takes @before and
 * @after; @free_func frees them. */
void        sp_history_push       (SpHistory      *self,
                                   const char     *label,
                                   SpHistoryApply  apply,
                                   gpointer        before,
                                   gpointer        after,
                                   GDestroyNotify  free_func);
/* The same for a change of what is shown only (the view, a what-if, a
 * comparison): undoable, but it does not make the file modified. */
void        sp_history_push_view  (SpHistory      *self,
                                   const char     *label,
                                   SpHistoryApply  apply,
                                   gpointer        before,
                                   gpointer        after,
                                   GDestroyNotify  free_func);
gboolean    sp_history_undo       (SpHistory      *self,
                                   gpointer        target);
gboolean    sp_history_redo       (SpHistory      *self,
                                   gpointer        target);
gboolean    sp_history_can_undo   (SpHistory      *self);
gboolean    sp_history_can_redo   (SpHistory      *self);
const char *sp_history_undo_label (SpHistory      *self);
void        sp_history_clear      (SpHistory      *self);
/* The state in the file: marked after loading or saving; "modified" is
 * TRUE whenever undo/redo/new changes of the file's content (not views)
 * lead away from it. */
void        sp_history_mark_clean (SpHistory      *self);
gboolean    sp_history_is_modified (SpHistory     *self);

G_END_DECLS
