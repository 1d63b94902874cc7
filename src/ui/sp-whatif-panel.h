/* sp-whatif-panel.h — the what-if page of the side panel: who is taken
 * out, what changes (sp_whatif_describe) and each department before → after
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-whatif.h"

G_BEGIN_DECLS

#define SP_TYPE_WHATIF_PANEL (sp_whatif_panel_get_type ())
G_DECLARE_FINAL_TYPE (SpWhatIfPanel, sp_whatif_panel, SP, WHATIF_PANEL, GtkWidget)

GtkWidget  *sp_whatif_panel_new     (void);
/* Who is taken out (a list of names), or NULL: nobody. */
void        sp_whatif_panel_set_people (SpWhatIfPanel *self,
                                        const char    *names);
/* Shows that the comparison is being computed. */
void        sp_whatif_panel_set_busy   (SpWhatIfPanel *self,
                                        gboolean       busy);
/* The comparison (borrowed, read now) and its sentences. */
void        sp_whatif_panel_set_result (SpWhatIfPanel *self,
                                        SpWhatIf      *whatif,
                                        const char    *text);
/* The sentences shown, and the text of the department table (one line
 * a department: "Sales: 20 → 19, E-I −0.40 → −0.52, …"); for tests. */
/* Fills @grid with a department × (people, E-I index, mean constraint)
 * table, "before → after" (SpWhatIfGroup; NULL: empties it), and @text
 * (may be NULL) with the same as lines, for tests.  The What If page and
 * the before/after comparison show it alike. */
void        sp_before_after_table_fill (GtkGrid       *grid,
                                        GArray        *groups,
                                        GString       *text);
const char *sp_whatif_panel_get_text   (SpWhatIfPanel *self);
char       *sp_whatif_panel_get_table  (SpWhatIfPanel *self);

G_END_DECLS
