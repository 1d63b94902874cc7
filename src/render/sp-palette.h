/* sp-palette.h — colours of the drawing.
 *
 * Departments get a colour-blind-safe qualitative palette (Okabe–Ito,
 * extended with Paul Tol's muted colours and then generated hues), always
 * in the sorted department order, so a department has the same colour in
 * every view and export.  Numeric attributes use a viridis-like map.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double r, g, b;
} SpColor;

/* Colour @index of the qualitative palette (any index; never grey). */
SpColor  sp_palette_category     (guint   index);

/* Colour for nodes without a department (or without a value). */
SpColor  sp_palette_missing      (gboolean dark);

/* Sequential colour-blind-safe map, @t in [0, 1] (clamped). */
SpColor  sp_palette_sequential   (double  t);

/* Parses "#rrggbb". */
SpColor  sp_color_from_hex       (guint32 rgb);

/* Linear mix of @a and @b, @t = 0 gives @a. */
SpColor  sp_color_mix            (SpColor a,
                                  SpColor b,
                                  double  t);

G_END_DECLS
