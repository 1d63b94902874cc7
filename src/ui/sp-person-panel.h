/* sp-person-panel.h — the side panel: one person's details and measures */
#pragma once

#include <gtk/gtk.h>
#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

#define SP_TYPE_PERSON_PANEL (sp_person_panel_get_type ())
G_DECLARE_FINAL_TYPE (SpPersonPanel, sp_person_panel, SP, PERSON_PANEL, GtkWidget)

GtkWidget *sp_person_panel_new        (void);
/* Shows @node of @network (-1: nothing selected); @metrics may be NULL
 * while they are being computed. */
void       sp_person_panel_set_person (SpPersonPanel *self,
                                       SpNetwork     *network,
                                       gint           node,
                                       SpMetrics     *metrics);
gint       sp_person_panel_get_person (SpPersonPanel *self);
/* The value shown for @row_title ("Department", "Betweenness", …), or
 * NULL; for tests. */
const char *sp_person_panel_lookup    (SpPersonPanel *self,
                                       const char    *row_title);

G_END_DECLS
