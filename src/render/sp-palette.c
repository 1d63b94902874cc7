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

/* viridis at 9 stops */
static const guint32 viridis[] = {
  0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C,
  0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
};

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
sp_palette_missing (gboolean dark)
{
  return dark ? sp_color_from_hex (0x8A8D91) : sp_color_from_hex (0xA9ADB2);
}

SpColor
sp_palette_sequential (double t)
{
  double pos;
  guint i;

  if (isnan (t))
    t = 0;
  t = CLAMP (t, 0.0, 1.0);
  pos = t * (G_N_ELEMENTS (viridis) - 1);
  i = MIN ((guint) pos, G_N_ELEMENTS (viridis) - 2);
  return sp_color_mix (sp_color_from_hex (viridis[i]),
                       sp_color_from_hex (viridis[i + 1]), pos - i);
}
