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
const char *sp_whatif_panel_get_text   (SpWhatIfPanel *self);
char       *sp_whatif_panel_get_table  (SpWhatIfPanel *self);

G_END_DECLS
