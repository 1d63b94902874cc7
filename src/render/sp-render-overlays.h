/* sp-render-overlays.h — what-if ghosts, ties gained and lost, department
 * outlines and the caption, drawn over the scene (sp-render-overlays.c).
 *
 * sp_render() calls these: ghosts are left out of the scene (so that the
 * measures, sizes and the legend describe the network without them) and
 * drawn afterwards on the same layout.
 */
#pragma once

#include "sp-render-private.h"

G_BEGIN_DECLS

/* Per-node visibility without the ghosts, or NULL when there are none. */
gboolean *sp_overlays_visibility     (SpNetwork             *network,
                                      const SpRenderOptions *options);
/* Height of the caption band under the title (0 without a caption). */
double    sp_overlays_caption_height (SpScene               *scene);
/* Ties gained and lost, outlines and ghosts; @options are the caller's
 * (with the ghosts), @scene the one drawn (without them). */
void      sp_overlays_draw           (SpScene               *scene,
                                      cairo_t               *cr,
                                      const SpRenderOptions *options);
void      sp_overlays_caption_draw   (SpScene               *scene,
                                      cairo_t               *cr);

G_END_DECLS
