/* sp-talent-grid-view.c — the 9-box talent grid as a drawing
 *
 * Performance across (low to high, left to right), potential up; each
 * box with its name as HR says it, how many people it holds, a line on
 * its network (brokers, mean constraint, E-I) and its people, the
 * strongest first, each with a glyph for their network position
 * (sp-talent-grid.h has the rules).  A box names as many people as fit
 * in columns and says "+N more" for the rest; names that are too long
 * are cut with an ellipsis, so that no text meets another.  Every text
 * the view places is kept in the scene's label set (its box, its
 * layout), so tests read the layout and the SVG export gets real text;
 * the people named can be pointed at (sp_scene_hit_test), and their
 * glyphs are their positions for the canvas's hover and selection.
 */
#define G_LOG_DOMAIN "sp-talent-grid-view"

#include "sp-render-private.h"
#include "sp-render-overlays.h"
#include "sp-insights.h"
#include "sp-person-profile.h"
#include "sp-i18n.h"

#include <math.h>

typedef struct {
  guint   node;
  SpRect  row;        /* glyph and name: what a pointer picks */
  double  gx, gy;     /* the glyph's centre */
} GridPerson;

typedef struct {
  SpRect  rect;
  SpColor fill;
  guint   n_people, n_shown;
} GridBox;

typedef struct {
  double  x, y;
  guint8  position;
} Glyph;

typedef struct {
  SpTalentGrid *grid;       /* NULL: nothing to place, see why */
  char         *why;
  SpMetrics    *metrics;    /* a reference */
  GridBox       boxes[SP_TALENT_N_BOXES];
  GArray       *people;     /* GridPerson */
  GArray       *glyphs;     /* Glyph: the people's and the legend's */
  GArray       *colors;     /* SpColor, one per text in scene->labels */
  double        glyph_r;
  gboolean      no_room;
} TalentGridView;

/* Text sizes at scale 1 (points of the 1600 × 1000 page) */
#define BOX_NAME_SIZE  14.0
#define LINE_SIZE      11.0
#define NAME_SIZE      12.0
#define LEVEL_SIZE     12.0
#define AXIS_SIZE      13.0
#define LEGEND_SIZE    12.0
#define NOTE_SIZE      11.0

static void
talent_grid_view_free (gpointer data)
{
  TalentGridView *v = data;

  g_clear_pointer (&v->grid, sp_talent_grid_free);
  g_clear_pointer (&v->metrics, sp_metrics_unref);
  g_clear_pointer (&v->people, g_array_unref);
  g_clear_pointer (&v->glyphs, g_array_unref);
  g_clear_pointer (&v->colors, g_array_unref);
  g_free (v->why);
  g_free (v);
}

/* Okabe–Ito colours, each position with a shape of its own as well, so
 * that colour is never all that tells them apart. */
static SpColor
position_color (SpScene          *scene,
                SpNetworkPosition position)
{
  switch (position)
    {
    case SP_POSITION_BROKER: return sp_color_from_hex (0xD55E00);     /* vermillion diamond */
    case SP_POSITION_CONNECTED: return sp_color_from_hex (0x0072B2);  /* blue disc */
    case SP_POSITION_CLOSED: return sp_color_from_hex (0x009E73);     /* green square */
    case SP_POSITION_PERIPHERAL: return sp_color_from_hex (0xE69F00); /* orange ring */
    case SP_POSITION_ISOLATED:
    case SP_POSITION_N:
    default:
      return scene->fg_muted;                                          /* grey cross */
    }
}

static void
draw_glyph (SpScene          *scene,
            cairo_t          *cr,
            SpNetworkPosition position,
            double            x,
            double            y,
            double            r)
{
  double u = scene->u;

  cairo_new_path (cr);
  sp_set_color (cr, position_color (scene, position), 1);
  switch (position)
    {
    case SP_POSITION_BROKER:
      cairo_move_to (cr, x, y - 1.25 * r);
      cairo_line_to (cr, x + 1.25 * r, y);
      cairo_line_to (cr, x, y + 1.25 * r);
      cairo_line_to (cr, x - 1.25 * r, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case SP_POSITION_CONNECTED:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case SP_POSITION_CLOSED:
      cairo_rectangle (cr, x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
      cairo_fill (cr);
      break;
    case SP_POSITION_PERIPHERAL:
      cairo_arc (cr, x, y, r - 0.9 * u, 0, 2 * G_PI);
      cairo_set_line_width (cr, 1.8 * u);
      cairo_stroke (cr);
      break;
    case SP_POSITION_ISOLATED:
    case SP_POSITION_N:
    default:
      cairo_move_to (cr, x - 0.75 * r, y - 0.75 * r);
      cairo_line_to (cr, x + 0.75 * r, y + 0.75 * r);
      cairo_move_to (cr, x + 0.75 * r, y - 0.75 * r);
      cairo_line_to (cr, x - 0.75 * r, y + 0.75 * r);
      cairo_set_line_width (cr, 1.6 * u);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      break;
    }
}

/* A layout of @text; with @width > 0 wrapped (or, with @max_lines,
 * ellipsized after that many lines) at that width and aligned in it. */
static PangoLayout *
text_layout (SpScene        *scene,
             const char     *text,
             double          size,
             PangoWeight     weight,
             double          width,
             int             max_lines,
             PangoAlignment  align)
{
  PangoLayout *l = sp_scene_text (scene, text, size, weight);

  if (width > 0)
    {
      pango_layout_set_width (l, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (l, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (l, align);
      if (max_lines > 0)
        {
          pango_layout_set_height (l, -max_lines);
          pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
        }
    }
  return l;
}

static PangoRectangle
extents (PangoLayout *l)
{
  PangoRectangle r;

  pango_layout_get_pixel_extents (l, NULL, &r);
  return r;
}

/* Keeps @l (taken) drawn with its origin at (@x, @y) in @color: one of
 * the texts of the scene.  Returns the box it covers. */
static SpRect
place (SpScene        *scene,
       TalentGridView *v,
       PangoLayout    *l,
       double          x,
       double          y,
       SpColor         color)
{
  return sp_scene_keep_text (scene, v->colors, l, x, y, color);
}

/* "1–5", or "potentieel, 1–5" when the attribute's name is not the
 * axis's own word: what the axis title says in brackets. */
static char *
axis_detail (const SpTalentAxis *axis,
             const char         *word)
{
  g_autofree char *scale = sp_scale_format (axis->lo, axis->hi);

  if (g_ascii_strcasecmp (axis->attribute->name, word) == 0)
    return g_steal_pointer (&scale);
  return g_strdup_printf ("%s, %s", axis->attribute->name, scale);
}

/* "from 2.33", "below 2.33": where a level starts, in the user's locale. */
static char *
level_range (const SpTalentAxis *axis,
             SpTalentLevel       level)
{
  g_autofree char *c = sp_format_number (axis->cut[level == SP_TALENT_LEVEL_LOW ? 0 : level - 1], FALSE);

  if (level == SP_TALENT_LEVEL_LOW)
    /* Translators: the values of the lowest level of the talent grid, "below 2.33" */
    return g_strdup_printf (_("below %s"), c);
  /* Translators: where a level of the talent grid starts, "from 3.67" */
  return g_strdup_printf (_("from %s"), c);
}

/* The box's network line as the view shows it: its parts joined by
 * " · " and each kept whole (no-break spaces inside, no break after a
 * hyphen), so that a narrow
 * box breaks the line between "mean constraint 0.35" and "E-I +0.78",
 * never inside one.  NULL for an empty box. */
static char *
network_line (const SpTalentBox *box)
{
  g_autofree char *line = sp_talent_box_network_line (box);
  g_auto (GStrv) parts = NULL;
  GString *out;

  if (line == NULL)
    return NULL;
  parts = g_strsplit (line, " · ", -1);
  out = g_string_new (NULL);
  for (guint k = 0; parts[k] != NULL; k++)
    {
      g_auto (GStrv) words = g_strsplit (parts[k], " ", -1);
      g_autofree char *spaced = g_strjoinv ("\xc2\xa0", words);
      g_auto (GStrv) hyphens = g_strsplit (spaced, "-", -1);
      /* a word joiner after each hyphen: Pango breaks "E-I" there */
      g_autofree char *kept = g_strjoinv ("-\xe2\x81\xa0", hyphens);

      /* (a break before the dot would start a line with it) */
      g_string_append_printf (out, "%s%s", k > 0 ? "\xc2\xa0· " : "", kept);
    }
  return g_string_free (out, FALSE);
}

/* The height of one name's line, and of a row of names. */
static double
name_height (SpScene *scene)
{
  g_autoptr (PangoLayout) probe = sp_scene_text (scene, "Ag", NAME_SIZE, PANGO_WEIGHT_NORMAL);

  return extents (probe).height;
}

#define ROW_GAP(u)   (3 * (u))
#define COL_GAP(u)   (12 * (u))
#define MIN_COL_W(u) (100 * (u))
#define BOX_PAD(u)   (10 * (u))

/* How many columns of names a box @width wide takes at most. */
static guint
max_columns (SpScene *scene,
             double   width)
{
  double u = scene->u, inner_w = width - 2 * BOX_PAD (u);
  guint c = 1;

  while (c < 4 && (inner_w - c * COL_GAP (u)) / (c + 1) >= MIN_COL_W (u))
    c++;
  return c;
}

/* What a box @width wide needs above its names: padding, name and
 * count, the network line (one or two lines) and the space under it. */
static double
box_head_height (SpScene        *scene,
                 TalentGridView *v,
                 guint           b,
                 double          width)
{
  double u = scene->u, inner_w = width - 2 * BOX_PAD (u);
  g_autoptr (PangoLayout) nl = text_layout (scene, sp_talent_box_label (b), BOX_NAME_SIZE, PANGO_WEIGHT_BOLD,
                                            MAX (inner_w, 1), 1, PANGO_ALIGN_LEFT);
  g_autofree char *line = network_line (&v->grid->boxes[b]);
  double h = BOX_PAD (u) + extents (nl).height + 2 * u + 6 * u;

  if (line != NULL)
    {
      g_autoptr (PangoLayout) ll = text_layout (scene, line, LINE_SIZE, PANGO_WEIGHT_NORMAL, MAX (inner_w, 1), 2,
                                                PANGO_ALIGN_LEFT);

      h += extents (ll).height;
    }
  return h;
}

/* The rows' heights (potential low, medium, high), @total in all.  Each
 * row needs room for its fullest box's name and line, then rows of
 * names: first every grid row gets up to six rows of names, one at a
 * time in turn, the emptiest first (so that a box of five is named in
 * full before a box of fifty gets its seventh row), then what is left goes to the rows by
 * how many rows of names they still lack, and what is left after
 * everyone is named is shared alike.  A grid of equal boxes would leave
 * the few talent risks a third of the page while the core players run
 * out of room. */
static void
row_heights (SpScene        *scene,
             TalentGridView *v,
             double          width,
             double          total,
             double          height[SP_TALENT_N_LEVELS])
{
  double u = scene->u, row = name_height (scene) + ROW_GAP (u);
  double head[SP_TALENT_N_LEVELS], rest = total, lacking = 0;
  guint need[SP_TALENT_N_LEVELS], have[SP_TALENT_N_LEVELS], order[SP_TALENT_N_LEVELS];
  guint cols = max_columns (scene, width);
  gboolean given = TRUE;

  for (guint r = 0; r < SP_TALENT_N_LEVELS; r++)
    {
      head[r] = 0;
      need[r] = have[r] = 0;
      for (guint p = 0; p < SP_TALENT_N_LEVELS; p++)
        {
          guint b = SP_TALENT_BOX (p, r), n = v->grid->boxes[b].people->len;

          head[r] = MAX (head[r], box_head_height (scene, v, b, width) + BOX_PAD (u));
          need[r] = MAX (need[r], (n + cols - 1) / cols);
        }
      rest -= head[r];
    }
  if (rest < 0)
    {
      /* not even the names of the boxes: shared by what they need */
      for (guint r = 0; r < SP_TALENT_N_LEVELS; r++)
        height[r] = total * head[r] / MAX (head[0] + head[1] + head[2], 1);
      return;
    }
  /* the rows that need least first, so that when the page runs out
   * mid-turn a small box is named in full rather than a large one
   * given one more row */
  for (guint i = 0; i < SP_TALENT_N_LEVELS; i++)
    order[i] = i;
  for (guint i = 1; i < SP_TALENT_N_LEVELS; i++)
    for (guint j = i; j > 0 && need[order[j]] < need[order[j - 1]]; j--)
      {
        guint t = order[j];

        order[j] = order[j - 1];
        order[j - 1] = t;
      }
  while (given)
    {
      given = FALSE;
      for (guint i = 0; i < SP_TALENT_N_LEVELS; i++)
        {
          guint r = order[i];

          if (have[r] < MIN (need[r], 6) && rest >= row)
            {
              have[r]++;
              rest -= row;
              given = TRUE;
            }
        }
    }
  for (guint r = 0; r < SP_TALENT_N_LEVELS; r++)
    lacking += need[r] - have[r];
  for (guint r = 0; r < SP_TALENT_N_LEVELS; r++)
    {
      double more = lacking > 0 ? MIN (rest * (need[r] - have[r]) / lacking, (need[r] - have[r]) * row) : 0;

      height[r] = head[r] + have[r] * row + more;
    }
  /* what nobody needs, alike */
  rest = total - height[0] - height[1] - height[2];
  for (guint r = 0; r < SP_TALENT_N_LEVELS; r++)
    height[r] += MAX (rest, 0) / SP_TALENT_N_LEVELS;
}

/* The box's name, count, network line and people. */
static void
lay_out_box (SpScene        *scene,
             TalentGridView *v,
             guint           b)
{
  const SpRenderOptions *options = scene->opt;
  const SpTalentBox *box = &v->grid->boxes[b];
  GridBox *gb = &v->boxes[b];
  double u = scene->u, pad = BOX_PAD (u), x = gb->rect.x + pad, y = gb->rect.y + pad;
  double inner_w = gb->rect.width - 2 * pad, bottom = gb->rect.y + gb->rect.height - pad;
  double glyph_w = 2 * v->glyph_r + 6 * u, col_gap = COL_GAP (u), min_col_w = MIN_COL_W (u);
  double row_h, text_h, avail_h, col_w = inner_w;
  guint n = box->people->len, rows_fit, n_cols = 1, capacity, shown, rows_used, n_slots;
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *line = network_line (box);
  PangoLayout *cl, *nl;
  PangoRectangle cr, nr;

  gb->n_people = n;
  if (inner_w < 20 * u)
    return;

  /* the name, with the count at the right */
  cl = text_layout (scene, count, BOX_NAME_SIZE, PANGO_WEIGHT_BOLD, 0, 0, PANGO_ALIGN_LEFT);
  cr = extents (cl);
  nl = text_layout (scene, sp_talent_box_label (b), BOX_NAME_SIZE, PANGO_WEIGHT_BOLD,
                    MAX (inner_w - cr.width - 8 * u, 1), 1, PANGO_ALIGN_LEFT);
  nr = extents (nl);
  if (y + MAX (nr.height, cr.height) > bottom)
    {
      g_object_unref (cl);
      g_object_unref (nl);
      return;
    }
  place (scene, v, nl, x, y, scene->fg);
  place (scene, v, cl, x + inner_w - cr.width, y, scene->fg);
  y += MAX (nr.height, cr.height) + 2 * u;

  if (line != NULL)
    {
      PangoLayout *ll = text_layout (scene, line, LINE_SIZE, PANGO_WEIGHT_NORMAL, inner_w, 2, PANGO_ALIGN_LEFT);
      PangoRectangle lr = extents (ll);

      if (y + lr.height > bottom)
        {
          g_object_unref (ll);
          return;
        }
      place (scene, v, ll, x, y, scene->fg_muted);
      y += lr.height;
    }
  y += 6 * u;

  /* the people: as many columns as it takes to name everyone (but none
   * narrower than a short name), filled top to bottom */
  text_h = name_height (scene);
  row_h = text_h + ROW_GAP (u);
  avail_h = bottom - y;
  rows_fit = avail_h + ROW_GAP (u) >= row_h ? (guint) floor ((avail_h + ROW_GAP (u)) / row_h) : 0;
  if (rows_fit == 0 || n == 0)
    return;
  for (guint c = 1; c <= 4; c++)
    {
      double w = (inner_w - (c - 1) * col_gap) / c;

      if (c > 1 && w < min_col_w)
        break;
      n_cols = c;
      col_w = w;
      if (rows_fit * c >= n)
        break;
    }
  capacity = rows_fit * n_cols;
  shown = n <= capacity ? n : capacity - 1;
  n_slots = shown + (shown < n ? 1 : 0);
  rows_used = shown < n ? rows_fit : (n_slots + n_cols - 1) / n_cols;
  gb->n_shown = shown;

  for (guint k = 0; k < n_slots; k++)
    {
      double sx = x + (k / rows_used) * (col_w + col_gap), sy = y + (k % rows_used) * row_h;
      double name_w = MAX (col_w - glyph_w, 1);

      if (k < shown)
        {
          guint i = g_array_index (box->people, guint, k);
          g_autofree char *label = sp_render_node_label (scene->network, i, options->anonymize);
          PangoLayout *pl = text_layout (scene, label, NAME_SIZE, PANGO_WEIGHT_NORMAL, name_w, 1, PANGO_ALIGN_LEFT);
          SpRect r = place (scene, v, pl, sx + glyph_w, sy, scene->fg);
          GridPerson p = { i, { sx, sy, glyph_w + r.width, text_h }, sx + v->glyph_r + 1 * u, sy + text_h / 2 };
          Glyph g = { p.gx, p.gy, v->grid->position[i] };

          g_array_append_val (v->people, p);
          g_array_append_val (v->glyphs, g);
          scene->visible[i] = TRUE;
          scene->sx[i] = p.gx;
          scene->sy[i] = p.gy;
          scene->radius[i] = v->glyph_r;
        }
      else
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", n - shown),
                                                   n - shown);
          PangoLayout *ml = text_layout (scene, more, NAME_SIZE, PANGO_WEIGHT_BOLD, name_w, 1, PANGO_ALIGN_LEFT);

          place (scene, v, ml, sx + glyph_w, sy, scene->fg_muted);
        }
    }
}

/* "Amara Kramer, Elif van der Wal, …": the first @most of the people
 * not in the grid, then "and N more". */
static char *
missing_names (SpScene        *scene,
               TalentGridView *v,
               guint           most)
{
  GArray *missing = v->grid->missing;
  GString *names = g_string_new (NULL);

  most = MIN (missing->len, most);
  for (guint k = 0; k < most; k++)
    {
      g_autofree char *label = sp_render_node_label (scene->network, g_array_index (missing, guint, k),
                                                     scene->opt->anonymize);

      g_string_append_printf (names, "%s%s", k > 0 ? ", " : "", label);
    }
  if (missing->len > most)
    {
      g_autofree char *more = sp_insights_more (missing->len - most);

      g_string_append_printf (names, " %s", more);
    }
  return g_string_free (names, FALSE);
}

static char *
missing_head (TalentGridView *v)
{
  guint n = v->grid->missing->len;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person not in the grid (missing score)",
                                       "%u people not in the grid (missing score)", n), n);
}

/* A narrow page's legend, under the grid: the positions in a row (as
 * many rows as it takes) and who is not in the grid, in two lines at
 * most.  Returns its height; places nothing unless @place_it. */
static double
lay_out_strip (SpScene        *scene,
               TalentGridView *v,
               double          x0,
               double          y0,
               double          width,
               gboolean        place_it)
{
  double u = scene->u, glyph_w = 2 * v->glyph_r + 6 * u, x = x0, y = y0, line_h = 0;

  for (guint p = 0; p < SP_POSITION_N; p++)
    {
      PangoLayout *l = text_layout (scene, sp_network_position_label (p), LEGEND_SIZE, PANGO_WEIGHT_NORMAL,
                                    MAX (width - glyph_w, 1), 1, PANGO_ALIGN_LEFT);
      PangoRectangle r = extents (l);

      if (x > x0 && x + glyph_w + r.width > x0 + width)
        {
          x = x0;
          y += line_h + 4 * u;
        }
      line_h = MAX (line_h, r.height);
      if (place_it)
        {
          Glyph g = { x + v->glyph_r + 1 * u, y + r.height / 2, p };

          place (scene, v, l, x + glyph_w, y, scene->fg);
          g_array_append_val (v->glyphs, g);
        }
      else
        g_object_unref (l);
      x += glyph_w + r.width + 16 * u;
    }
  y += line_h;
  if (v->grid->missing->len > 0)
    {
      g_autofree char *head = missing_head (v);
      g_autofree char *names = missing_names (scene, v, 40);
      g_autofree char *text = g_strdup_printf ("%s: %s", head, names);
      PangoLayout *l = text_layout (scene, text, NOTE_SIZE, PANGO_WEIGHT_NORMAL, width, 2, PANGO_ALIGN_LEFT);

      y += 6 * u;
      if (place_it)
        y += place (scene, v, l, x0, y, scene->fg_muted).height;
      else
        {
          y += extents (l).height;
          g_object_unref (l);
        }
    }
  return y - y0;
}

/* The legend column: the positions, how to read the boxes, who is not
 * in the grid.  Texts that do not fit above @bottom are left out. */
static void
lay_out_legend (SpScene        *scene,
                TalentGridView *v,
                double          x,
                double          y,
                double          width,
                double          bottom)
{
  double u = scene->u, glyph_w = 2 * v->glyph_r + 8 * u;
  PangoLayout *l;
  double h;

#define FITS(layout) (y + extents (layout).height <= bottom)
  l = text_layout (scene, _("Network position"), AXIS_SIZE, PANGO_WEIGHT_BOLD, width, 1, PANGO_ALIGN_LEFT);
  if (!FITS (l))
    {
      g_object_unref (l);
      return;
    }
  y += place (scene, v, l, x, y, scene->fg).height + 8 * u;
  for (guint p = 0; p < SP_POSITION_N; p++)
    {
      PangoLayout *name = text_layout (scene, sp_network_position_label (p), LEGEND_SIZE, PANGO_WEIGHT_BOLD,
                                       width - glyph_w, 1, PANGO_ALIGN_LEFT);
      PangoLayout *rule = text_layout (scene, sp_network_position_rule (p), NOTE_SIZE, PANGO_WEIGHT_NORMAL,
                                       width - glyph_w, 3, PANGO_ALIGN_LEFT);
      double nh = extents (name).height, rh = extents (rule).height;
      Glyph g = { x + v->glyph_r + 1 * u, y + nh / 2, p };

      if (y + nh + rh > bottom)
        {
          g_object_unref (name);
          g_object_unref (rule);
          return;
        }
      place (scene, v, name, x + glyph_w, y, scene->fg);
      place (scene, v, rule, x + glyph_w, y + nh, scene->fg_muted);
      g_array_append_val (v->glyphs, g);
      y += nh + rh + 7 * u;
    }
  y += 8 * u;

  l = text_layout (scene, _("Under each box's name: how many of its people are brokers, their mean "
                            "constraint (1 closed … 0 open) and the box's E-I index (−1: its ties stay "
                            "among its people, +1: they all reach others). Each level starts at the value "
                            "under its name; by default the cuts are the thirds of each scale."),
                   NOTE_SIZE, PANGO_WEIGHT_NORMAL, width, 0, PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (l, PANGO_WRAP_WORD);
  if (!FITS (l))
    {
      g_object_unref (l);
      return;
    }
  y += place (scene, v, l, x, y, scene->fg_muted).height + 12 * u;

  /* the people left out: counted and named */
  if (v->grid->missing->len > 0)
    {
      g_autofree char *head = missing_head (v);
      g_autofree char *names = missing_names (scene, v, 40);

      l = text_layout (scene, head, LEGEND_SIZE, PANGO_WEIGHT_BOLD, width, 2, PANGO_ALIGN_LEFT);
      if (!FITS (l))
        {
          g_object_unref (l);
          return;
        }
      y += place (scene, v, l, x, y, scene->fg).height + 2 * u;
      h = bottom - y;
      l = text_layout (scene, names, NOTE_SIZE, PANGO_WEIGHT_NORMAL, width, 0, PANGO_ALIGN_LEFT);
      pango_layout_set_wrap (l, PANGO_WRAP_WORD);
      if (extents (l).height > h)
        {
          /* as many lines as the column has room for, then "…" */
          pango_layout_set_height (l, (int) (h * PANGO_SCALE));
          pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
        }
      if (!FITS (l) || pango_layout_get_line_count (l) == 0)
        {
          g_object_unref (l);
          return;
        }
      y += place (scene, v, l, x, y, scene->fg_muted).height + 12 * u;
    }

  /* a survey answered by few: the positions rest on what others named */
  {
    g_autofree char *note = sp_network_response_note (scene->network);

    if (note != NULL)
      {
        l = text_layout (scene, note, NOTE_SIZE, PANGO_WEIGHT_BOLD, width, 0, PANGO_ALIGN_LEFT);
        if (FITS (l))
          place (scene, v, l, x, y, scene->fg);
        else
          g_object_unref (l);
      }
  }
#undef FITS
}

/* The metrics the positions need (betweenness, constraint), from the
 * caller's when they have them, else from the scene's measures. */
static SpMetrics *
grid_metrics (SpScene        *scene,
              const gboolean *removed)
{
  SpMetrics *m = scene->metrics;

  if (m != NULL)
    {
      const double *b = sp_metrics_get (m, "betweenness");
      const double *c = sp_metrics_get (m, "constraint");
      gboolean any_b = FALSE, any_c = FALSE;

      for (guint i = 0; i < scene->n && !(any_b && any_c); i++)
        {
          any_b |= b != NULL && !isnan (b[i]);
          any_c |= c != NULL && !isnan (c[i]);
        }
      if (any_b && any_c)
        return sp_metrics_ref (m);
    }
  return sp_measures_metrics (scene->measures, scene->opt->tie_type_visible, removed,
                              SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES,
                              NULL, NULL, NULL, NULL);
}

SpScene *
sp_talent_grid_scene (SpNetwork             *network,
                      const SpRenderOptions *options)
{
  TalentGridView *v = g_new0 (TalentGridView, 1);
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *removed = NULL;
  SpRenderOptions opt;
  SpScene *scene;
  double u, left, top, right, bottom, legend_w, gap, level_w = 0, col_label_h = 0, axis_h, strip_h = 0;
  gboolean compact;
  double gx0, gx1, gy0, gy1, bw, bh, row_h[SP_TALENT_N_LEVELS], row_y[SP_TALENT_N_LEVELS];
  g_autofree char *pot_detail = NULL;
  g_autofree char *perf_detail = NULL;

  /* the scene gives theme, texts, title and the measures; no legend of
   * the network's */
  opt = *options;
  opt.view = SP_RENDER_VIEW_TALENT_GRID;
  opt.show_legend = FALSE;
  opt.heatmap = FALSE;
  opt.hulls = FALSE;
  opt.color_by = NULL;
  opt.indicator = SP_RING_NONE;
  scene = sp_scene_build (network, &opt);
  scene->view = SP_RENDER_VIEW_TALENT_GRID;
  scene->view_data = v;
  scene->view_data_free = talent_grid_view_free;
  scene->labels.labels = g_array_new (FALSE, TRUE, sizeof (SpLabel));
  scene->labels.layouts = g_ptr_array_new_with_free_func (g_object_unref);
  v->people = g_array_new (FALSE, FALSE, sizeof (GridPerson));
  v->glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  v->colors = g_array_new (FALSE, FALSE, sizeof (SpColor));
  u = scene->u;
  v->glyph_r = 4.5 * u;

  /* only the people named in a box can be pointed at */
  for (guint i = 0; i < scene->n; i++)
    scene->visible[i] = FALSE;

  removed = sp_scene_removed (scene);
  v->metrics = grid_metrics (scene, removed);
  if (v->metrics == NULL)
    {
      v->why = g_strdup (_("The network positions could not be measured."));
      return scene;
    }
  v->grid = sp_talent_grid_compute (network, v->metrics, scene->opt->tie_type_visible, removed,
                                    &scene->opt->talent_grid, &error);
  if (v->grid == NULL)
    {
      v->why = g_strdup (error->message);
      return scene;
    }

  /* the page: below the title and the state line (scene->plot starts
   * there), a column for the legend at the right */
  left = scene->plot.x;
  top = scene->plot.y + 6 * u;
  right = scene->plot.x + scene->plot.width;
  bottom = scene->plot.y + scene->plot.height;
  gap = 8 * u;
  /* a narrow page (the window beside its panels) keeps its width for
   * the boxes and says the legend in a strip under them */
  compact = right - left < 760 * u;
  legend_w = compact ? 0 : MIN (290 * u, 0.24 * (right - left));

  perf_detail = axis_detail (&v->grid->axis[0], "performance");
  pot_detail = axis_detail (&v->grid->axis[1], "potential");

  /* the potential levels' column at the left, as wide as its texts */
  for (guint k = 0; k < SP_TALENT_N_LEVELS; k++)
    {
      g_autoptr (PangoLayout) a = sp_scene_text (scene, sp_talent_level_label (k), LEVEL_SIZE, PANGO_WEIGHT_BOLD);
      g_autofree char *range = level_range (&v->grid->axis[1], k);
      g_autoptr (PangoLayout) b = sp_scene_text (scene, range, NOTE_SIZE, PANGO_WEIGHT_NORMAL);

      level_w = MAX (level_w, MAX (extents (a).width, extents (b).width));
    }
  level_w = MIN (level_w, 0.15 * (right - left)) + 12 * u;
  {
    g_autoptr (PangoLayout) a = sp_scene_text (scene, "Ag", AXIS_SIZE, PANGO_WEIGHT_BOLD);
    g_autoptr (PangoLayout) b = sp_scene_text (scene, "Ag", LEVEL_SIZE, PANGO_WEIGHT_BOLD);
    g_autoptr (PangoLayout) c = sp_scene_text (scene, "Ag", NOTE_SIZE, PANGO_WEIGHT_NORMAL);

    axis_h = extents (a).height;
    col_label_h = extents (b).height + extents (c).height;
  }
  gx0 = left + level_w;
  gx1 = compact ? right : right - legend_w - 28 * u;
  if (compact)
    strip_h = lay_out_strip (scene, v, left, 0, right - left, FALSE) + 10 * u;
  gy0 = top + axis_h + 8 * u;
  gy1 = bottom - strip_h - col_label_h - 6 * u - axis_h - 6 * u;
  bw = (gx1 - gx0 - 2 * gap) / 3;
  bh = (gy1 - gy0 - 2 * gap) / 3;
  if (bw < 60 * u || bh < 40 * u)
    {
      v->no_room = TRUE;
      return scene;
    }
  row_heights (scene, v, bw, gy1 - gy0 - 2 * gap, row_h);
  /* from the top: high potential first */
  for (gint k = SP_TALENT_N_LEVELS - 1; k >= 0; k--)
    row_y[k] = k == SP_TALENT_N_LEVELS - 1 ? gy0 : row_y[k + 1] + row_h[k + 1] + gap;

  /* the axes' titles: potential above its levels, performance under the
   * grid */
  {
    /* Translators: the talent grid's vertical axis; %s is the attribute
     * and its scale, e.g. "potentieel, 1–10" or "1–5" */
    g_autofree char *t = g_strdup_printf (_("Potential ↑ (%s)"), pot_detail);

    place (scene, v, text_layout (scene, t, AXIS_SIZE, PANGO_WEIGHT_BOLD, gx1 - left, 1, PANGO_ALIGN_LEFT),
           left, top, scene->fg);
  }
  {
    /* Translators: the talent grid's horizontal axis; %s is the attribute
     * and its scale, e.g. "prestatie, 1–5" or "1–5" */
    g_autofree char *t = g_strdup_printf (_("Performance → (%s)"), perf_detail);

    place (scene, v, text_layout (scene, t, AXIS_SIZE, PANGO_WEIGHT_BOLD, gx1 - gx0, 1, PANGO_ALIGN_CENTER),
           gx0, gy1 + col_label_h + 6 * u, scene->fg);
  }

  for (guint k = 0; k < SP_TALENT_N_LEVELS; k++)
    {
      double ry = row_y[k], rh = row_h[k];
      double cx = gx0 + k * (bw + gap);
      g_autofree char *pot_range = level_range (&v->grid->axis[1], k);
      g_autofree char *perf_range = level_range (&v->grid->axis[0], k);
      g_autofree char *perf_text = g_strdup_printf ("%s · %s", sp_talent_level_label (k), perf_range);
      PangoLayout *a = text_layout (scene, sp_talent_level_label (k), LEVEL_SIZE, PANGO_WEIGHT_BOLD,
                                    level_w - 12 * u, 1, PANGO_ALIGN_LEFT);
      PangoLayout *b = text_layout (scene, pot_range, NOTE_SIZE, PANGO_WEIGHT_NORMAL, level_w - 12 * u, 1,
                                    PANGO_ALIGN_LEFT);
      double ah = extents (a).height, y = ry + (rh - ah - extents (b).height) / 2;

      place (scene, v, a, left, y, scene->fg);
      place (scene, v, b, left, y + ah, scene->fg_muted);
      place (scene, v, text_layout (scene, perf_text, LEVEL_SIZE, PANGO_WEIGHT_BOLD, bw, 1, PANGO_ALIGN_CENTER),
             cx, gy1 + 4 * u, scene->fg);
    }

  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    {
      guint perf = b % SP_TALENT_N_LEVELS, pot = b / SP_TALENT_N_LEVELS;
      /* a deeper tint towards the top right: more of both */
      double t = (perf + pot) / 4.0;

      v->boxes[b].rect = (SpRect) { gx0 + perf * (bw + gap), row_y[pot], bw, row_h[pot] };
      v->boxes[b].fill = sp_color_mix (scene->bg, sp_color_from_hex (0x0072B2), 0.04 + 0.16 * t);
      lay_out_box (scene, v, b);
    }

  if (compact)
    lay_out_strip (scene, v, left, bottom - strip_h + 10 * u, right - left, TRUE);
  else
    lay_out_legend (scene, v, gx1 + 28 * u, top, legend_w, bottom);
  return scene;
}

void
sp_talent_grid_draw (SpScene *scene,
                     cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  TalentGridView *v = scene->view_data;
  double u = scene->u;

  cairo_save (cr);
  sp_set_color (cr, scene->bg, 1);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);
  if (options->show_title && (options->layers & SP_RENDER_LAYER_TITLE))
    sp_title_draw (scene, cr);
  if (options->layers & SP_RENDER_LAYER_TITLE)
    sp_overlays_caption_draw (scene, cr);
  if (v->grid == NULL)
    {
      sp_message_draw (scene, cr, _("No talent grid to draw"), v->why);
      cairo_restore (cr);
      return;
    }
  if (v->no_room)
    {
      cairo_restore (cr);
      return;
    }

  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    {
      const SpRect *r = &v->boxes[b].rect;

      sp_rounded_rect (cr, r->x, r->y, r->width, r->height, 6 * u);
      sp_set_color (cr, v->boxes[b].fill, 1);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (scene->bg, scene->fg, 0.18), 1);
      cairo_set_line_width (cr, 1 * u);
      cairo_stroke (cr);
    }
  for (guint k = 0; k < v->glyphs->len; k++)
    {
      const Glyph *g = &g_array_index (v->glyphs, Glyph, k);

      draw_glyph (scene, cr, g->position, g->x, g->y, v->glyph_r);
    }
  sp_scene_draw_kept_texts (scene, cr, v->colors);
  cairo_restore (cr);
}

static gboolean
inside (const SpRect *r,
        double        x,
        double        y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}

gint
sp_talent_grid_hit_test (SpScene *scene,
                         double   x,
                         double   y)
{
  TalentGridView *v = scene->view_data;

  for (guint k = 0; v != NULL && v->people != NULL && k < v->people->len; k++)
    {
      const GridPerson *p = &g_array_index (v->people, GridPerson, k);

      if (inside (&p->row, x, y))
        return (gint) p->node;
    }
  return -1;
}

static TalentGridView *
grid_view (SpScene *scene)
{
  TalentGridView *v;

  if (scene->view != SP_RENDER_VIEW_TALENT_GRID || (v = scene->view_data) == NULL ||
      v->grid == NULL || v->no_room)
    return NULL;
  return v;
}

gboolean
sp_scene_talent_grid_box (SpScene *scene,
                          guint    box,
                          SpRect  *rect,
                          guint32 *rgb,
                          guint   *n_people,
                          guint   *n_shown)
{
  TalentGridView *v;
  SpColor c;

  g_return_val_if_fail (scene != NULL, FALSE);
  if (box >= SP_TALENT_N_BOXES || (v = grid_view (scene)) == NULL)
    return FALSE;
  c = v->boxes[box].fill;
  if (rect != NULL)
    *rect = v->boxes[box].rect;
  if (rgb != NULL)
    *rgb = ((guint32) lround (CLAMP (c.r, 0, 1) * 255) << 16) |
           ((guint32) lround (CLAMP (c.g, 0, 1) * 255) << 8) |
           (guint32) lround (CLAMP (c.b, 0, 1) * 255);
  if (n_people != NULL)
    *n_people = v->boxes[box].n_people;
  if (n_shown != NULL)
    *n_shown = v->boxes[box].n_shown;
  return TRUE;
}

gint
sp_scene_talent_grid_box_at (SpScene *scene,
                             double   x,
                             double   y)
{
  TalentGridView *v;

  g_return_val_if_fail (scene != NULL, -1);
  if ((v = grid_view (scene)) == NULL)
    return -1;
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    if (inside (&v->boxes[b].rect, x, y))
      return (gint) b;
  return -1;
}

const SpTalentGrid *
sp_scene_get_talent_grid (SpScene *scene)
{
  TalentGridView *v;

  g_return_val_if_fail (scene != NULL, NULL);
  if (scene->view != SP_RENDER_VIEW_TALENT_GRID || (v = scene->view_data) == NULL)
    return NULL;
  return v->grid;
}
