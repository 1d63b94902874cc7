/* sp-heatmap.h — the score-weighted kernel density under the network.
 *
 * The "landscape of talent": at a point p the value is the Gaussian-kernel
 * weighted mean of the scores around it,
 *
 *   v(p) = Σ w_i K(|p − x_i| / h) / Σ K(|p − x_i| / h),   K(u) = exp(−u²/2),
 *
 * and the density D(p) = Σ K(|p − x_i| / h) says how much the value can
 * be trusted (the drawing fades it out where D is low).  It is computed on
 * a coarse grid (a quarter of the drawing's resolution) and upscaled
 * smoothly; the kernel is cut at 4 h (its weight there is e^−8).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Automatic bandwidth for points (@x, @y) (where @use is TRUE, when not
 * NULL): Silverman's rule for two dimensions, h = σ n^(−1/6) with σ the
 * mean of the two standard deviations, but no more than twice the
 * median distance to the nearest neighbour @nearest (when > 0), so that a
 * large, clustered layout still shows its regions rather than one blur. */
double   sp_heatmap_auto_bandwidth (const double   *x,
                                    const double   *y,
                                    const gboolean *use,
                                    guint           n,
                                    double          nearest);

/* v(p) and D(p) at (@px, @py), exactly (no grid, no cut); @w NAN entries
 * are left out.  Returns v, NAN when D is 0. */
double   sp_heatmap_value_at       (const double   *x,
                                    const double   *y,
                                    const double   *w,
                                    guint           n,
                                    double          h,
                                    double          px,
                                    double          py,
                                    double         *density);

/* floor (@offset / @cell) clamped to [@lo, @hi] before it becomes an
 * integer: a point far outside the grid (a coordinate near 1e308, or
 * inf/NaN) gives @lo or @hi, never an overflow.  NaN gives @lo. */
gint     sp_heatmap_cell_index     (double          offset,
                                    double          cell,
                                    gint            lo,
                                    gint            hi);

/* Fills @value and @density (cols × rows, row-major) with v and D at the
 * cell centres (x0 + (c + ½) cell, y0 + (r + ½) cell).  Points with a
 * coordinate that is not finite are left out; any finite coordinate and
 * bandwidth are safe. */
void     sp_heatmap_grid           (const double   *x,
                                    const double   *y,
                                    const double   *w,
                                    guint           n,
                                    double          h,
                                    double          x0,
                                    double          y0,
                                    double          cell,
                                    guint           cols,
                                    guint           rows,
                                    double         *value,
                                    double         *density);

G_END_DECLS
