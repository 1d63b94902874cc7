/* sp-svg-text.c — texts that stay texts in SVG exports
 *
 * Cairo 1.16's SVG backend writes every glyph as a <symbol> and every
 * letter as a <use> of it: the names in an export cannot be searched,
 * selected or edited.  On an SVG export the two helpers below therefore
 * do not draw glyphs: they record each line of the layout (the text
 * shown, an ellipsis included; its baseline; the font; the colour; the
 * halo) and draw in its place a marker, a rectangle over the layout
 * filled even-odd in a colour that numbers the record and an opacity no
 * drawing uses.  Once Cairo has written the document,
 * sp_svg_text_merge () replaces each marker's <path> with the record's
 * <text> elements, so a text keeps its place in the drawing order and
 * the clip around it.
 *
 * Each run of a line is placed where Pango placed it, and its width is
 * kept with textLength, so a viewer with another font still fits the
 * text where the PNG has it.
 */
#include "sp-svg-text.h"

#include <math.h>
#include <string.h>

/* the markers' opacity: nothing else is drawn with it */
#define MARKER_ALPHA 0.123457
#define MARKER_SIGNATURE "fill-rule:evenodd;fill:rgb("

typedef struct {
  gconstpointer     layout;       /* compared only, to join a halo to its text */
  char             *layout_text;
  cairo_matrix_t    ctm;
  double            x, y;         /* the layout's top-left in user space */
  gboolean          has_fill, has_stroke;
  double            fill[4];
  double            stroke[4];
  double            stroke_width;
  double            miter_limit;
  cairo_line_join_t join;
  GPtrArray        *lines;        /* char *: a <text>'s position, font and content */
} Item;

struct _SpSvgText {
  GPtrArray *items;      /* Item *, numbered from 1 by the markers */
  gint       last_halo;  /* the item a halo was just recorded in, or -1 */
};

static const cairo_user_data_key_t recorder_key;

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->layout_text);
  g_ptr_array_unref (item->lines);
  g_free (item);
}

static void
recorder_free (gpointer data)
{
  SpSvgText *recorder = data;

  g_ptr_array_unref (recorder->items);
  g_free (recorder);
}

/**
 * sp_svg_text_attach:
 * @surface: an SVG surface
 *
 * From now on, texts drawn on @surface with sp_render_show_layout () are
 * recorded instead of drawn as glyphs.
 *
 * Returns: (transfer none): the recorder, which lives as long as @surface
 */
SpSvgText *
sp_svg_text_attach (cairo_surface_t *surface)
{
  SpSvgText *recorder = g_new0 (SpSvgText, 1);

  recorder->items = g_ptr_array_new_with_free_func (item_free);
  recorder->last_halo = -1;
  if (cairo_surface_set_user_data (surface, &recorder_key, recorder, recorder_free) != CAIRO_STATUS_SUCCESS)
    {
      recorder_free (recorder);
      return NULL;
    }
  return recorder;
}

static SpSvgText *
recorder_of (cairo_t *cr)
{
  return cairo_surface_get_user_data (cairo_get_target (cr), &recorder_key);
}

/* ---- formatting ---- */

static void
append_number (GString *s,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (!isfinite (v) || fabs (v) < 0.0005)
    v = 0;
  g_ascii_formatd (buf, sizeof buf, "%.3f", v);
  end = buf + strlen (buf);
  while (end > buf && end[-1] == '0')
    *--end = '\0';
  if (end > buf && end[-1] == '.')
    *--end = '\0';
  g_string_append (s, buf);
}

static void
append_attribute (GString    *s,
                  const char *name,
                  double      v)
{
  g_string_append_printf (s, " %s=\"", name);
  append_number (s, v);
  g_string_append_c (s, '"');
}

static void
append_color (GString    *s,
              const char *name,
              const char *opacity,
              double      rgba[4])
{
  g_string_append_printf (s, " %s=\"#%02x%02x%02x\"", name,
                          (guint) lround (CLAMP (rgba[0], 0, 1) * 255),
                          (guint) lround (CLAMP (rgba[1], 0, 1) * 255),
                          (guint) lround (CLAMP (rgba[2], 0, 1) * 255));
  if (rgba[3] < 1)
    append_attribute (s, opacity, CLAMP (rgba[3], 0, 1));
}

/* @text escaped for XML, without the characters XML 1.0 cannot hold and
 * line breaks (a line is one <text>); tabs become spaces. */
static void
append_text (GString    *s,
             const char *text,
             gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  g_autoptr (GString) clean = g_string_new (NULL);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (c == '\t')
        c = ' ';
      if ((c < 0x20 && c != ' ') || c == 0x7f || c == 0x2028 || c == 0x2029 ||
          c == 0xfffe || c == 0xffff)
        continue;
      g_string_append_unichar (clean, c);
    }
  {
    g_autofree char *escaped = g_markup_escape_text (clean->str, (gssize) clean->len);

    g_string_append (s, escaped);
  }
}

/* @family added to @families (CSS names) once; the generic fontconfig
 * names as CSS knows them. */
static void
add_family (GPtrArray  *families,
            const char *family)
{
  g_autofree char *name = g_strstrip (g_strdup (family));
  const char *css = name;

  if (g_ascii_strcasecmp (name, "Sans") == 0 || g_ascii_strcasecmp (name, "sans-serif") == 0)
    css = "sans-serif";
  else if (g_ascii_strcasecmp (name, "Serif") == 0)
    css = "serif";
  else if (g_ascii_strcasecmp (name, "Monospace") == 0 || g_ascii_strcasecmp (name, "Mono") == 0)
    css = "monospace";
  if (*css == '\0')
    return;
  for (guint i = 0; i < families->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (families, i), css) == 0)
      return;
  g_ptr_array_add (families, g_strdup (css));
}

/* The font-family value: a name other than letters, digits and spaces
 * in quotes (without quotes of its own), the generic names bare. */
static char *
family_list (GPtrArray *families)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < families->len; i++)
    {
      const char *name = g_ptr_array_index (families, i);
      gboolean bare = strcmp (name, "sans-serif") == 0 || g_ascii_isalpha (name[0]);

      for (const char *p = name; bare && *p != '\0'; p++)
        bare = g_ascii_isalnum (*p) || *p == ' ' || (*p == '-' && strcmp (name, "sans-serif") == 0);
      if (s->len > 0)
        g_string_append (s, ", ");
      if (bare)
        g_string_append (s, name);
      else
        {
          g_string_append_c (s, '\'');
          for (const char *p = name; *p != '\0'; p++)
            if (*p != '\'' && *p != '"' && *p != '\\')
              g_string_append_c (s, *p);
          g_string_append_c (s, '\'');
        }
    }
  {
    g_autofree char *list = g_string_free (s, FALSE);

    return g_markup_escape_text (list, -1);
  }
}

/* The font attributes of @run: the family Pango found first, then the
 * ones asked for (so a viewer without it falls back as fontconfig did);
 * the size in user units; the weight and style asked for (fontconfig may
 * have made them up from the regular face, as a browser does). */
static char *
font_attributes (PangoLayout    *layout,
                 PangoGlyphItem *run)
{
  const PangoFontDescription *asked = pango_layout_get_font_description (layout);
  g_autoptr (PangoFontDescription) found = NULL;
  g_autoptr (GPtrArray) families = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *family = NULL;
  GString *s = g_string_new (NULL);
  const PangoMatrix *matrix = pango_context_get_matrix (pango_layout_get_context (layout));
  double scale = matrix != NULL ? pango_matrix_get_font_scale_factor (matrix) : 1;
  double size = 0;
  PangoWeight weight = PANGO_WEIGHT_NORMAL;
  PangoStyle style = PANGO_STYLE_NORMAL;

  if (asked == NULL)
    asked = pango_context_get_font_description (pango_layout_get_context (layout));
  if (run->item->analysis.font != NULL)
    found = pango_font_describe_with_absolute_size (run->item->analysis.font);

  if (found != NULL && pango_font_description_get_family (found) != NULL)
    add_family (families, pango_font_description_get_family (found));
  if (asked != NULL && pango_font_description_get_family (asked) != NULL)
    {
      g_auto (GStrv) names = g_strsplit (pango_font_description_get_family (asked), ",", -1);

      for (guint i = 0; names[i] != NULL; i++)
        add_family (families, names[i]);
    }
  add_family (families, "sans-serif");
  family = family_list (families);

  if (found != NULL && pango_font_description_get_size (found) > 0)
    size = pango_font_description_get_size (found) / (double) PANGO_SCALE / (scale > 0 ? scale : 1);
  else if (asked != NULL && pango_font_description_get_size_is_absolute (asked))
    size = pango_font_description_get_size (asked) / (double) PANGO_SCALE;
  else if (asked != NULL)
    size = pango_font_description_get_size (asked) / (double) PANGO_SCALE * 96.0 / 72.0;

  if (asked != NULL && (pango_font_description_get_set_fields (asked) & PANGO_FONT_MASK_WEIGHT))
    weight = pango_font_description_get_weight (asked);
  else if (found != NULL)
    weight = pango_font_description_get_weight (found);
  if (asked != NULL && (pango_font_description_get_set_fields (asked) & PANGO_FONT_MASK_STYLE))
    style = pango_font_description_get_style (asked);
  else if (found != NULL)
    style = pango_font_description_get_style (found);

  g_string_append_printf (s, " font-family=\"%s\"", family);
  append_attribute (s, "font-size", size);
  if (weight != PANGO_WEIGHT_NORMAL)
    g_string_append_printf (s, " font-weight=\"%d\"", CLAMP ((int) weight, 100, 900));
  if (style == PANGO_STYLE_ITALIC)
    g_string_append (s, " font-style=\"italic\"");
  else if (style == PANGO_STYLE_OBLIQUE)
    g_string_append (s, " font-style=\"oblique\"");
  return g_string_free (s, FALSE);
}

typedef struct {
  GString *text;    /* escaped */
  char    *font;    /* font_attributes () */
  double   x, width;
  double   natural;  /* the width unrounded */
  guint    n_chars;
  gboolean rtl;
} Segment;

static void
segment_clear (gpointer data)
{
  Segment *segment = data;

  g_string_free (segment->text, TRUE);
  g_free (segment->font);
}

/* Pango rounds each glyph's advance to a whole unit; a viewer without
 * textLength (librsvg) places the glyphs unrounded: the difference spread
 * over the letters keeps its text as wide as the PNG's. */
static void
append_spacing (GString *s,
                Segment *seg)
{
  double spacing = seg->n_chars > 0 ? (seg->width - seg->natural) / seg->n_chars : 0;

  if (fabs (spacing) >= 0.001)
    append_attribute (s, "letter-spacing", spacing);
}

/* One line's <text> after its paint: position, font and content; runs
 * of one font next to each other (an ellipsis after the text it ends)
 * are one stretch of text. */
static char *
format_line (GArray *segments,
             double  dx,
             double  baseline)
{
  GString *s = g_string_new (NULL);

  if (segments->len == 1)
    {
      Segment *seg = &g_array_index (segments, Segment, 0);

      append_attribute (s, "x", dx + seg->x);
      append_attribute (s, "y", baseline);
      g_string_append (s, seg->font);
      append_spacing (s, seg);
      append_attribute (s, "textLength", seg->width);
      g_string_append_printf (s, " lengthAdjust=\"spacingAndGlyphs\">%s", seg->text->str);
    }
  else
    {
      append_attribute (s, "y", baseline);
      g_string_append (s, g_array_index (segments, Segment, 0).font);
      g_string_append_c (s, '>');
      for (guint k = 0; k < segments->len; k++)
        {
          Segment *seg = &g_array_index (segments, Segment, k);

          g_string_append (s, "<tspan");
          append_attribute (s, "x", dx + seg->x);
          if (k > 0)
            g_string_append (s, seg->font);
          append_spacing (s, seg);
          append_attribute (s, "textLength", seg->width);
          g_string_append_printf (s, " lengthAdjust=\"spacingAndGlyphs\">%s</tspan>", seg->text->str);
        }
    }
  return g_string_free (s, FALSE);
}

/* The lines of @layout, its top-left at (@dx, @dy), as <text> contents. */
static GPtrArray *
layout_lines (PangoLayout *layout,
              double       dx,
              double       dy)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const char *text = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  g_autoptr (GArray) segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  PangoLayoutLine *current = NULL;
  double baseline = 0;

  g_array_set_clear_func (segments, segment_clear);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoGlyphItem *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      Segment seg = { 0 };
      gboolean ellipsis;

      if (line != current)
        {
          if (segments->len > 0)
            g_ptr_array_add (lines, format_line (segments, dx, baseline));
          g_array_set_size (segments, 0);
          current = line;
          baseline = dy + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
        }
      if (run == NULL)
        continue;

      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      ellipsis = (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) != 0;
      seg.text = g_string_new (NULL);
      if (ellipsis)
        append_text (seg.text, "…", -1);
      else
        append_text (seg.text, text + run->item->offset, run->item->length);
      seg.font = font_attributes (layout, run);
      seg.x = logical.x / (double) PANGO_SCALE;
      seg.width = logical.width / (double) PANGO_SCALE;
      seg.rtl = (run->item->analysis.level & 1) != 0;
      seg.n_chars = ellipsis ? 1 : (guint) g_utf8_strlen (text + run->item->offset, run->item->length);
      seg.natural = seg.width;
      if (!ellipsis)
        {
          PangoGlyphString *glyphs = pango_glyph_string_new ();

          pango_shape_with_flags (text + run->item->offset, run->item->length, text,
                                  (int) strlen (text), &run->item->analysis, glyphs,
                                  PANGO_SHAPE_NONE);
          seg.natural = pango_glyph_string_get_width (glyphs) / (double) PANGO_SCALE;
          pango_glyph_string_free (glyphs);
        }

      if (seg.text->len == 0)
        {
          segment_clear (&seg);
          continue;
        }
      if (segments->len > 0)
        {
          Segment *last = &g_array_index (segments, Segment, segments->len - 1);

          if (!last->rtl && !seg.rtl && strcmp (last->font, seg.font) == 0 &&
              fabs (last->x + last->width - seg.x) < 0.01)
            {
              g_string_append (last->text, seg.text->str);
              last->width += seg.width;
              last->natural += seg.natural;
              last->n_chars += seg.n_chars;
              segment_clear (&seg);
              continue;
            }
        }
      g_array_append_val (segments, seg);
    }
  while (pango_layout_iter_next_run (iter));
  if (segments->len > 0)
    g_ptr_array_add (lines, format_line (segments, dx, baseline));
  pango_layout_iter_free (iter);
  return lines;
}

/* ---- recording ---- */

static void
source_rgba (cairo_t *cr,
             double   rgba[4])
{
  cairo_pattern_t *source = cairo_get_source (cr);

  rgba[0] = rgba[1] = rgba[2] = 0;
  rgba[3] = 1;
  if (cairo_pattern_get_type (source) == CAIRO_PATTERN_TYPE_SOLID)
    cairo_pattern_get_rgba (source, &rgba[0], &rgba[1], &rgba[2], &rgba[3]);
}

static gboolean
same_matrix (const cairo_matrix_t *a,
             const cairo_matrix_t *b)
{
  return a->xx == b->xx && a->yx == b->yx && a->xy == b->xy && a->yy == b->yy &&
         a->x0 == b->x0 && a->y0 == b->y0;
}

/* A rectangle over @layout at (x, y), in a colour that numbers item @id:
 * where the <text> goes.  It covers the text, so that it is culled only
 * where the text would be (outside the page or the clip). */
static void
draw_marker (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             guint        id)
{
  PangoRectangle ink, logical;
  double x0, y0, x1, y1;

  pango_layout_get_extents (layout, &ink, &logical);
  x0 = MIN (ink.x, logical.x) / (double) PANGO_SCALE;
  y0 = MIN (ink.y, logical.y) / (double) PANGO_SCALE;
  x1 = MAX (ink.x + ink.width, logical.x + logical.width) / (double) PANGO_SCALE;
  y1 = MAX (ink.y + ink.height, logical.y + logical.height) / (double) PANGO_SCALE;
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, x + x0, y + y0, MAX (x1 - x0, 1), MAX (y1 - y0, 1));
  cairo_set_source_rgba (cr, ((id >> 16) & 0xff) / 255.0, ((id >> 8) & 0xff) / 255.0,
                         (id & 0xff) / 255.0, MARKER_ALPHA);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
record (SpSvgText   *recorder,
        cairo_t     *cr,
        PangoLayout *layout,
        gboolean     halo)
{
  const char *text = pango_layout_get_text (layout);
  cairo_matrix_t ctm;
  double x = 0, y = 0;
  Item *item;

  if (cairo_has_current_point (cr))
    cairo_get_current_point (cr, &x, &y);
  cairo_get_matrix (cr, &ctm);

  /* the text over the halo just recorded: one <text>, stroke under fill */
  if (!halo && recorder->last_halo >= 0)
    {
      item = g_ptr_array_index (recorder->items, recorder->last_halo);
      recorder->last_halo = -1;
      if (item->layout == layout && g_strcmp0 (item->layout_text, text) == 0 &&
          item->x == x && item->y == y && same_matrix (&item->ctm, &ctm) && !item->has_fill)
        {
          item->has_fill = TRUE;
          source_rgba (cr, item->fill);
          return;
        }
    }
  recorder->last_halo = -1;
  if (text == NULL || *text == '\0')
    return;

  item = g_new0 (Item, 1);
  item->layout = layout;
  item->layout_text = g_strdup (text);
  item->ctm = ctm;
  item->x = x;
  item->y = y;
  /* positions in page units; a transform only when turned or scaled */
  if (ctm.xx == 1 && ctm.yy == 1 && ctm.xy == 0 && ctm.yx == 0)
    item->lines = layout_lines (layout, ctm.x0 + x, ctm.y0 + y);
  else
    item->lines = layout_lines (layout, x, y);
  if (halo)
    {
      item->has_stroke = TRUE;
      source_rgba (cr, item->stroke);
      item->stroke_width = cairo_get_line_width (cr);
      item->join = cairo_get_line_join (cr);
      item->miter_limit = cairo_get_miter_limit (cr);
    }
  else
    {
      item->has_fill = TRUE;
      source_rgba (cr, item->fill);
    }
  g_ptr_array_add (recorder->items, item);
  if (halo)
    recorder->last_halo = (gint) recorder->items->len - 1;
  if (recorder->items->len <= 0xffffff)
    draw_marker (cr, layout, x, y, recorder->items->len);
}

/**
 * sp_render_show_layout:
 * @cr: where to draw
 * @layout: the text
 *
 * Draws @layout with its top-left at the current point in the current
 * source, as pango_cairo_show_layout () does, or records it on an SVG
 * export.  The current path is left as it was.
 */
void
sp_render_show_layout (cairo_t     *cr,
                       PangoLayout *layout)
{
  SpSvgText *recorder = recorder_of (cr);
  cairo_path_t *path;

  if (recorder == NULL)
    {
      pango_cairo_show_layout (cr, layout);
      return;
    }
  path = cairo_copy_path (cr);
  record (recorder, cr, layout, FALSE);
  cairo_new_path (cr);
  if (path->status == CAIRO_STATUS_SUCCESS)
    cairo_append_path (cr, path);
  cairo_path_destroy (path);
}

/**
 * sp_render_layout_halo:
 * @cr: where to draw
 * @layout: the text
 *
 * Strokes the outline of @layout at the current point with the current
 * source and line width (a halo that keeps a text legible over lines),
 * as pango_cairo_layout_path () and cairo_stroke () do; on an SVG export
 * it becomes the stroke of the <text> of sp_render_show_layout () with
 * the same layout at the same place right after.  The path is cleared.
 */
void
sp_render_layout_halo (cairo_t     *cr,
                       PangoLayout *layout)
{
  SpSvgText *recorder = recorder_of (cr);

  if (recorder == NULL)
    {
      pango_cairo_layout_path (cr, layout);
      cairo_stroke (cr);
      return;
    }
  record (recorder, cr, layout, TRUE);
  cairo_new_path (cr);
}

/* ---- merging ---- */

static void
append_item (GString *s,
             Item    *item)
{
  const cairo_matrix_t *m = &item->ctm;
  gboolean translation = m->xx == 1 && m->yy == 1 && m->xy == 0 && m->yx == 0;
  g_autoptr (GString) head = g_string_new ("<text xml:space=\"preserve\"");

  if (!translation)
    {
      g_string_append (head, " transform=\"matrix(");
      append_number (head, m->xx);
      g_string_append_c (head, ' ');
      append_number (head, m->yx);
      g_string_append_c (head, ' ');
      append_number (head, m->xy);
      g_string_append_c (head, ' ');
      append_number (head, m->yy);
      g_string_append_c (head, ' ');
      append_number (head, m->x0);
      g_string_append_c (head, ' ');
      append_number (head, m->y0);
      g_string_append (head, ")\"");
    }
  if (item->has_fill)
    append_color (head, "fill", "fill-opacity", item->fill);
  else
    g_string_append (head, " fill=\"none\"");
  if (item->has_stroke)
    {
      static const char *joins[] = { "miter", "round", "bevel" };

      append_color (head, "stroke", "stroke-opacity", item->stroke);
      append_attribute (head, "stroke-width", item->stroke_width);
      g_string_append_printf (head, " stroke-linejoin=\"%s\"",
                              joins[CLAMP ((int) item->join, 0, 2)]);
      if (item->join == CAIRO_LINE_JOIN_MITER)
        append_attribute (head, "stroke-miterlimit", item->miter_limit);
      g_string_append (head, " paint-order=\"stroke\"");
    }

  for (guint k = 0; k < item->lines->len; k++)
    {
      const char *line = g_ptr_array_index (item->lines, k);

      g_string_append_printf (s, "%s%s</text>\n", head->str, line);
    }
}

/* Reads "12.345678%" at *p, a colour channel as Cairo writes it. */
static gboolean
read_channel (const char **p,
              guint       *channel)
{
  char *end;
  double v = g_ascii_strtod (*p, &end);

  if (end == *p || *end != '%')
    return FALSE;
  *channel = (guint) lround (CLAMP (v, 0, 100) * 2.55);
  *p = end + 1;
  return TRUE;
}

/* The item a marker's style at @p (after MARKER_SIGNATURE) numbers, or 0. */
static guint
marker_id (const char *p)
{
  guint r, g, b;
  char *end;
  double alpha;

  if (!read_channel (&p, &r) || *p++ != ',' || !read_channel (&p, &g) || *p++ != ',' ||
      !read_channel (&p, &b) || !g_str_has_prefix (p, ");fill-opacity:"))
    return 0;
  p += strlen (");fill-opacity:");
  alpha = g_ascii_strtod (p, &end);
  if (end == p || fabs (alpha - MARKER_ALPHA) > 1e-5 || *end != ';')
    return 0;
  return (r << 16) | (g << 8) | b;
}

/**
 * sp_svg_text_merge:
 * @recorder: the recorder of the surface that wrote @svg
 * @svg: the document Cairo wrote
 * @length: its length
 *
 * Returns: (transfer full): @svg with each marker replaced by its texts
 */
GByteArray *
sp_svg_text_merge (SpSvgText    *recorder,
                   const guint8 *svg,
                   gsize         length)
{
  g_autofree char *doc = g_strndup ((const char *) svg, length);
  const char *end = doc + length;
  const char *p = doc;
  g_autoptr (GString) out = g_string_sized_new (length + length / 4);
  g_autofree gboolean *used = g_new0 (gboolean, recorder->items->len + 1);
  const char *hit;

  while ((hit = g_strstr_len (p, end - p, MARKER_SIGNATURE)) != NULL)
    {
      const char *start = g_strrstr_len (p, hit - p, "<path");
      const char *close = g_strstr_len (hit, end - hit, "/>");
      guint id = marker_id (hit + strlen (MARKER_SIGNATURE));

      if (start == NULL || close == NULL || id == 0)
        {
          g_string_append_len (out, p, hit + strlen (MARKER_SIGNATURE) - p);
          p = hit + strlen (MARKER_SIGNATURE);
          continue;
        }
      g_string_append_len (out, p, start - p);
      p = close + 2;
      if (*p == '\n')
        p++;
      /* each record once, whatever Cairo repeats */
      if (id <= recorder->items->len && !used[id])
        {
          used[id] = TRUE;
          append_item (out, g_ptr_array_index (recorder->items, id - 1));
        }
    }
  g_string_append_len (out, p, end - p);
  {
    gsize n = out->len;

    return g_byte_array_new_take ((guint8 *) g_string_free (g_steal_pointer (&out), FALSE), n);
  }
}
