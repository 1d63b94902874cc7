/* sp-palette.c — colours of the drawing */
#define G_LOG_DOMAIN "sp-palette"

#include "sp-palette.h"

#include <math.h>

/* Okabe & Ito (2008) without black (it reads as "selected" or "missing"),
 * ordered for the largest contrast between neighbours, then Paul Tol's
 * "muted" scheme for departments 8–16. */
static const guint32 qualitative[] = {
  0x0072B2, /* blue */
  0xE69F00, /* orange */
  0x009E73, /* bluish green */
  0xCC79A7, /* reddish purple */
  0x56B4E9, /* sky blue */
  0xD55E00, /* vermillion */
  0xF0E442, /* yellow */
  0x332288, /* indigo */
  0x117733, /* green */
  0x882255, /* wine */
  0x44AA99, /* teal */
  0x999933, /* olive */
  0xAA4499, /* purple */
  0xDDCC77, /* sand */
  0x88CCEE, /* cyan */
  0x661100, /* brown */
};

gboolean
sp_color_parse_hex (const char *text,
                    SpColor    *color)
{
  guint32 rgb = 0;

  if (text == NULL || text[0] != '#')
    return FALSE;
  for (guint i = 1; i <= 6; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      rgb = rgb << 4 | (guint32) g_ascii_xdigit_value (text[i]);
    }
  if (text[7] != '\0')
    return FALSE;
  *color = sp_color_from_hex (rgb);
  return TRUE;
}

SpColor
sp_color_from_hex (guint32 rgb)
{
  SpColor c = {
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
  };
  return c;
}

SpColor
sp_color_mix (SpColor a,
              SpColor b,
              double  t)
{
  SpColor c = {
    a.r + (b.r - a.r) * t,
    a.g + (b.g - a.g) * t,
    a.b + (b.b - a.b) * t,
  };
  return c;
}

/* HSV to RGB, for the generated colours beyond the fixed palette */
static SpColor
hsv (double h,
     double s,
     double v)
{
  double f, p, q, t;
  int i;

  h = fmod (h, 1.0) * 6.0;
  i = (int) floor (h);
  f = h - i;
  p = v * (1 - s);
  q = v * (1 - s * f);
  t = v * (1 - s * (1 - f));
  switch (i)
    {
    case 0: return (SpColor) { v, t, p };
    case 1: return (SpColor) { q, v, p };
    case 2: return (SpColor) { p, v, t };
    case 3: return (SpColor) { p, q, v };
    case 4: return (SpColor) { t, p, v };
    default: return (SpColor) { v, p, q };
    }
}

SpColor
sp_palette_category (guint index)
{
  guint extra;

  if (index < G_N_ELEMENTS (qualitative))
    return sp_color_from_hex (qualitative[index]);

  /* golden-angle hues, alternating lightness so that neighbours differ */
  extra = index - G_N_ELEMENTS (qualitative);
  return hsv (0.11 + extra * 0.381966, 0.55 + 0.2 * (extra % 2), 0.62 + 0.25 * ((extra / 2) % 2));
}

SpColor
sp_palette_safe (guint index)
{
  G_STATIC_ASSERT (SP_PALETTE_N_SAFE <= G_N_ELEMENTS (qualitative));
  return index < SP_PALETTE_N_SAFE ? sp_color_from_hex (qualitative[index]) : sp_palette_other (FALSE);
}

SpColor
sp_palette_other (gboolean dark)
{
  /* a light grey on the light page (the missing grey is darker, and
   * missing values are outlined as well); a dark one on the dark page */
  return dark ? sp_color_from_hex (0x5E5E5E) : sp_color_from_hex (0xDDDDDD);
}

SpColor
sp_palette_missing (gboolean dark)
{
  return dark ? sp_color_from_hex (0x8A8D91) : sp_color_from_hex (0xA9ADB2);
}

/* Matt Zucker's degree-6 polynomial fit of matplotlib's viridis (within
 * about 1/255 of the 256-entry table), evaluated per channel. */
static const double viridis_coef[3][7] = {
  { 0.2777273272234177, 0.1050930431085774, -0.3308618287255563, -4.634230498983486,
    6.228269936347081, 4.776384997670288, -5.435455855934631 },
  { 0.005407344544966578, 1.404613529898575, 0.214847559468213, -5.799100973351585,
    14.17993336680509, -13.74514537774601, 4.645852612178535 },
  { 0.3340998053353061, 1.384590162594685, 0.09509516302823659, -19.33244095627987,
    56.69055260068105, -65.35303263337234, 26.3124352495832 },
};

static double
horner (const double *c,
        double        t)
{
  double v = c[6];

  for (gint k = 5; k >= 0; k--)
    v = v * t + c[k];
  return CLAMP (v, 0.0, 1.0);
}

SpColor
sp_palette_sequential (double t)
{
  if (isnan (t))
    t = 0;
  t = CLAMP (t, 0.0, 1.0);
  return (SpColor) { horner (viridis_coef[0], t), horner (viridis_coef[1], t),
                     horner (viridis_coef[2], t) };
}

/* Orange – near white – blue, from the ends of ColorBrewer's PuOr and RdBu
 * (both colour-blind safe); the two arms have about the same lightness
 * at equal distance from the centre, so neither side shouts louder. */
static const guint32 diverging[] = {
  0xB35806, 0xE08214, 0xFDB863, 0xFEE0B6, 0xF4F4F2,
  0xD1E5F0, 0x92C5DE, 0x4393C3, 0x2166AC,
};

SpColor
sp_palette_diverging (double t)
{
  double pos;
  guint i;

  if (isnan (t))
    t = 0.5;
  t = CLAMP (t, 0.0, 1.0);
  pos = t * (G_N_ELEMENTS (diverging) - 1);
  i = MIN ((guint) pos, G_N_ELEMENTS (diverging) - 2);
  return sp_color_mix (sp_color_from_hex (diverging[i]),
                       sp_color_from_hex (diverging[i + 1]), pos - i);
}

SpColor
sp_palette_map (SpColorMap map,
                double     t)
{
  return map == SP_COLOR_MAP_DIVERGING ? sp_palette_diverging (t) : sp_palette_sequential (t);
}

double
sp_color_luminance (SpColor c)
{
  return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
}

double
sp_palette_fraction (double v,
                     double lo,
                     double hi)
{
  if (!(hi > lo))
    return 0.5;
  return (v * 0.5 - lo * 0.5) / (hi * 0.5 - lo * 0.5);
}

double
sp_palette_lerp (double lo,
                 double hi,
                 double t)
{
  return lo * (1 - t) + hi * t;
}

void
sp_color_domain (const double *values,
                 const gboolean *use,
                 guint          n,
                 double        *lo,
                 double        *hi)
{
  double a = INFINITY, b = -INFINITY;

  for (guint i = 0; i < n; i++)
    if ((use == NULL || use[i]) && !isnan (values[i]))
      {
        a = MIN (a, values[i]);
        b = MAX (b, values[i]);
      }
  if (!isfinite (a))
    {
      *lo = 0;
      *hi = 1;
      return;
    }
  /* a talent scale: colours mean the same in every data set */
  if (a >= 1.0 && b <= 5.0 && b - a > 0)
    {
      *lo = 1.0;
      *hi = 5.0;
      return;
    }
  *lo = a;
  *hi = b;
}
