/* sp-palette.h — colours of the drawing.
 *
 * Departments get a colour-blind-safe qualitative palette (Okabe–Ito,
 * extended with Paul Tol's muted colours and then generated hues), always
 * in the sorted department order, so a department has the same colour in
 * every view and export.  Numeric attributes use viridis (sequential) or
 * an orange–white–blue diverging map for values around a midpoint (E-I
 * index: sealed −1 … open +1); both stay readable with colour-blind eyes.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double r, g, b;
} SpColor;

/* Colour @index of the qualitative palette (any index; never grey). */
SpColor  sp_palette_category     (guint   index);

/* The colours a categorical attribute gets (sp_palette_safe): Okabe–Ito
 * without black.  Every two of them, and each and "other", stay at least
 * 15 CIELAB units apart under simulated protanopia, deuteranopia and
 * tritanopia (Machado et al. 2009, full severity; tests/render checks it),
 * so more values than these share the "other" colour. */
#define SP_PALETTE_N_SAFE 7

/* Safe colour @index (< SP_PALETTE_N_SAFE; beyond: "other"). */
SpColor  sp_palette_safe         (guint   index);
/* The colour of the values beyond the safe palette. */
SpColor  sp_palette_other        (gboolean dark);

/* Colour for nodes without a department (or without a value). */
SpColor  sp_palette_missing      (gboolean dark);

typedef enum {
  SP_COLOR_MAP_SEQUENTIAL = 0,  /* viridis: low dark purple … high yellow */
  SP_COLOR_MAP_DIVERGING,       /* orange (low) … near white … blue (high) */
} SpColorMap;

/* Sequential colour-blind-safe map (viridis), @t in [0, 1] (clamped;
 * NAN reads as 0). */
SpColor  sp_palette_sequential   (double  t);

/* Diverging colour-blind-safe map, @t in [0, 1] (clamped; NAN reads as
 * the midpoint 0.5). */
SpColor  sp_palette_diverging    (double  t);

SpColor  sp_palette_map          (SpColorMap map,
                                  double     t);

/* Relative luminance (sRGB weights), to choose text on a coloured cell. */
double   sp_color_luminance      (SpColor c);

/* Where @v lies in [@lo, @hi]: 0 at @lo, 1 at @hi (not clamped), 0.5 when
 * the range is empty.  Computed on halves, so that a range such as
 * [-1.7e308, 1e308], whose width is no double, still maps finitely. */
double   sp_palette_fraction       (double          v,
                                    double          lo,
                                    double          hi);

/* The value at fraction @t of [@lo, @hi], finite for any finite ends. */
double   sp_palette_lerp           (double          lo,
                                    double          hi,
                                    double          t);

/* The domain of a colour map for @values (NAN skipped, only where @use is
 * TRUE when not NULL): the fixed talent scale [1, 5] when every value
 * lies in it, so that colours mean the same across data sets; else the
 * data's minimum and maximum; [0, 1] without values. */
void     sp_color_domain         (const double   *values,
                                  const gboolean *use,
                                  guint           n,
                                  double         *lo,
                                  double         *hi);

/* Parses "#rrggbb". */
SpColor  sp_color_from_hex       (guint32 rgb);

/* Reads @text as "#rrggbb" (hexadecimal digits in either case); FALSE
 * for anything else. */
gboolean sp_color_parse_hex      (const char *text,
                                  SpColor    *color);

/* Linear mix of @a and @b, @t = 0 gives @a. */
SpColor  sp_color_mix            (SpColor a,
                                  SpColor b,
                                  double  t);

G_END_DECLS
