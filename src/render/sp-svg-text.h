/* sp-svg-text.h — texts that stay texts in SVG exports
 *
 * Every view draws its texts with sp_render_show_layout () and their
 * halos with sp_render_layout_halo ().  On any surface they draw as
 * pango_cairo_show_layout () and a stroked pango_cairo_layout_path ()
 * would; on an SVG export (a surface with an SpSvgText attached) they
 * record each line as a <text> element instead, and draw a small marker
 * in its place, so that sp_svg_text_merge () can put the element where
 * the glyphs would have been drawn (the drawing order, clips included,
 * stays as in the PNG).
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef struct _SpSvgText SpSvgText;

void        sp_render_show_layout (cairo_t     *cr,
                                   PangoLayout *layout);
void        sp_render_layout_halo (cairo_t     *cr,
                                   PangoLayout *layout);

SpSvgText  *sp_svg_text_attach    (cairo_surface_t *surface);
GByteArray *sp_svg_text_merge     (SpSvgText    *recorder,
                                   const guint8 *svg,
                                   gsize         length);

G_END_DECLS
