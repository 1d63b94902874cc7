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
 * while they are being computed; @tie_type_mask (NULL: all) the tie types
 * they are computed on, which the contacts are listed by.  Another
 * person than the one shown scrolls the panel back to the top. */
void       sp_person_panel_set_person (SpPersonPanel  *self,
                                       SpNetwork      *network,
                                       gint            node,
                                       SpMetrics      *metrics,
                                       const gboolean *tie_type_mask);
gint       sp_person_panel_get_person (SpPersonPanel *self);
/* The value shown for @row_title ("Department", "Betweenness",
 * "performance", …), or NULL; for tests. */
const char *sp_person_panel_lookup    (SpPersonPanel *self,
                                       const char    *row_title);
/* For a measure or attribute shown ("Betweenness"): its plain line, and
 * the line below it (value and rank); NULL when not shown.  For tests. */
const char *sp_person_panel_lookup_line   (SpPersonPanel *self,
                                           const char    *measure);
const char *sp_person_panel_lookup_detail (SpPersonPanel *self,
                                           const char    *measure);
/* The names in the Contacts (SP_NODE_PERSON) or Clients group, as shown
 * (char *; owned by the panel).  For tests. */
GPtrArray  *sp_person_panel_get_names     (SpPersonPanel *self,
                                           SpNodeKind     kind);
/* The panel's vertical scrolling (for tests). */
GtkAdjustment *sp_person_panel_get_vadjustment (SpPersonPanel *self);

G_END_DECLS
