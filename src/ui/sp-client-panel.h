/* sp-client-panel.h — the client panel: clients, who serves whom, selection
 *
 * A list of the clients (those held by one person first, then those
 * shared by most departments) and the departments × clients matrix as a
 * heat table.  Picking a client in either emits "client-selected" with its
 * network node; the window passes it to the canvas as the selection of the
 * client view (SpRenderOptions.selected with view SP_RENDER_VIEW_CLIENTS),
 * and calls sp_client_panel_select() when the canvas selects a client.
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-network.h"
#include "sp-measures.h"

G_BEGIN_DECLS

#define SP_TYPE_CLIENT_PANEL (sp_client_panel_get_type ())
G_DECLARE_FINAL_TYPE (SpClientPanel, sp_client_panel, SP, CLIENT_PANEL, GtkWidget)

GtkWidget *sp_client_panel_new         (void);

/* Shows the clients of @network (NULL: nothing) for the selected tie types
 * (@tie_type_mask, NULL: all) without the @removed (NULL: nobody); both
 * arrays are copied. */
void       sp_client_panel_set_network (SpClientPanel  *self,
                                        SpNetwork      *network,
                                        const gboolean *tie_type_mask,
                                        const gboolean *removed);

/* The results cache the panel takes its client measures from (the
 * window's, shared with the client view); without one, or for another
 * network, the panel makes its own. */
void       sp_client_panel_set_measures (SpClientPanel *self,
                                         SpMeasures    *measures);

/* Selects the client at network node @node (-1, or a person: none)
 * without emitting "client-selected". */
void       sp_client_panel_select      (SpClientPanel  *self,
                                        gint            node);
gint       sp_client_panel_get_selected (SpClientPanel *self);

/* For tests: the clients in list order (network nodes), and the text of
 * the list's summary line. */
GArray    *sp_client_panel_get_order   (SpClientPanel  *self);
const char *sp_client_panel_get_summary (SpClientPanel *self);

G_END_DECLS
