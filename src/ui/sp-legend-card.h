/* sp-legend-card.h — the canvas's legend: a small card over the drawing
 *
 * The canvas caches its scene without legend or title (they would move
 * while panning); this card draws the legend with the same code as the
 * exports (sp_render with SP_RENDER_LAYER_LEGEND alone), for what the
 * canvas shows now.  It can be folded to its header.
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-canvas.h"

G_BEGIN_DECLS

#define SP_TYPE_LEGEND_CARD (sp_legend_card_get_type ())
G_DECLARE_FINAL_TYPE (SpLegendCard, sp_legend_card, SP, LEGEND_CARD, GtkWidget)

GtkWidget *sp_legend_card_new          (void);
void       sp_legend_card_set_canvas   (SpLegendCard *self,
                                        SpCanvas     *canvas);
gboolean   sp_legend_card_get_expanded (SpLegendCard *self);
void       sp_legend_card_set_expanded (SpLegendCard *self,
                                        gboolean      expanded);
/* TRUE when the card shows a legend (visible, unfolded, not empty). */
gboolean   sp_legend_card_is_showing   (SpLegendCard *self);
/* Options the card draws the legend with (borrowed from the canvas). */
void       sp_legend_card_get_options  (SpLegendCard    *self,
                                        SpRenderOptions *options);

G_END_DECLS
