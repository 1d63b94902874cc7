/* sp-heatmap.c — score-weighted Gaussian kernel density on a grid */
#define G_LOG_DOMAIN "sp-heatmap"

#include "sp-heatmap.h"

#include <math.h>

#define CUT 4.0   /* kernel support in bandwidths */

double
sp_heatmap_auto_bandwidth (const double   *x,
                           const double   *y,
                           const gboolean *use,
                           guint           n,
                           double          nearest)
{
  double sx = 0, sy = 0, sxx = 0, syy = 0, sigma, h;
  guint m = 0;

  for (guint i = 0; i < n; i++)
    if (use == NULL || use[i])
      {
        sx += x[i];
        sy += y[i];
        sxx += x[i] * x[i];
        syy += y[i] * y[i];
        m++;
      }
  if (m < 2)
    return nearest > 0 ? 3.5 * nearest : 1.0;
  sigma = (sqrt (MAX (sxx / m - (sx / m) * (sx / m), 0)) +
           sqrt (MAX (syy / m - (sy / m) * (sy / m), 0))) / 2;
  h = sigma * pow (m, -1.0 / 6.0);
  if (nearest > 0)
    h = MIN (h, 2.0 * nearest);
  return h > 0 ? h : (nearest > 0 ? nearest : 1.0);
}

double
sp_heatmap_value_at (const double *x,
                     const double *y,
                     const double *w,
                     guint         n,
                     double        h,
                     double        px,
                     double        py,
                     double       *density)
{
  double num = 0, den = 0;

  for (guint i = 0; i < n; i++)
    {
      double dx = (px - x[i]) / h, dy = (py - y[i]) / h, k;

      if (isnan (w[i]))
        continue;
      k = exp (-0.5 * (dx * dx + dy * dy));
      num += w[i] * k;
      den += k;
    }
  if (density != NULL)
    *density = den;
  return den > 0 ? num / den : NAN;
}

gint
sp_heatmap_cell_index (double offset,
                       double cell,
                       gint   lo,
                       gint   hi)
{
  double f = floor (offset / cell);

  if (!(f >= lo))   /* NaN too */
    return lo;
  if (f > hi)
    return hi;
  return (gint) f;
}

void
sp_heatmap_grid (const double *x,
                 const double *y,
                 const double *w,
                 guint         n,
                 double        h,
                 double        x0,
                 double        y0,
                 double        cell,
                 guint         cols,
                 guint         rows,
                 double       *value,
                 double       *density)
{
  /* no kernel reaches further than across the whole grid (a huge or
   * infinite bandwidth is one flat kernel) */
  double reach_cells = ceil (CUT * h / cell) + 1;
  gint reach = reach_cells >= 0 && reach_cells < (double) cols + rows + 1
               ? (gint) reach_cells : (gint) (cols + rows + 1);
  g_autofree double *kx = g_new (double, 2 * reach + 1);
  g_autofree double *ky = g_new (double, 2 * reach + 1);

  for (gsize c = 0; c < (gsize) cols * rows; c++)
    value[c] = density[c] = 0;

  /* the kernel is separable: one row and one column of weights per point,
   * then their products over the cells within reach */
  for (guint i = 0; i < n; i++)
    {
      gint ci, ri, c0, c1, r0, r1;

      if (isnan (w[i]) || !isfinite (x[i]) || !isfinite (y[i]))
        continue;
      /* clamped just outside the reach, so that ci ± reach cannot overflow
       * and a far point still touches no cell */
      ci = sp_heatmap_cell_index (x[i] - x0, cell, -reach - 1, (gint) cols + reach);
      ri = sp_heatmap_cell_index (y[i] - y0, cell, -reach - 1, (gint) rows + reach);
      c0 = MAX (ci - reach, 0);
      c1 = MIN (ci + reach, (gint) cols - 1);
      r0 = MAX (ri - reach, 0);
      r1 = MIN (ri + reach, (gint) rows - 1);
      if (c0 > c1 || r0 > r1)
        continue;
      for (gint c = c0; c <= c1; c++)
        {
          double d = (x0 + (c + 0.5) * cell - x[i]) / h;

          kx[c - c0] = fabs (d) <= CUT ? exp (-0.5 * d * d) : 0;
        }
      for (gint r = r0; r <= r1; r++)
        {
          double d = (y0 + (r + 0.5) * cell - y[i]) / h;

          ky[r - r0] = fabs (d) <= CUT ? exp (-0.5 * d * d) : 0;
        }
      for (gint r = r0; r <= r1; r++)
        {
          double *vrow = value + (gsize) r * cols, *drow = density + (gsize) r * cols;
          double yk = ky[r - r0];

          if (yk == 0)
            continue;
          for (gint c = c0; c <= c1; c++)
            {
              double k = yk * kx[c - c0];

              drow[c] += k;
              vrow[c] += k * w[i];
            }
        }
    }
  for (gsize c = 0; c < (gsize) cols * rows; c++)
    value[c] = density[c] > 1e-12 ? value[c] / density[c] : NAN;
}
