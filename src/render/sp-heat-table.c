/* sp-heat-table.c — the department × measure heat table as a drawing
 *
 * Rows are departments (in their legend colour) and the organisation;
 * columns the mean talent scores and the network measures.  Each column
 * is coloured over its stated domain (sp_heat_table_new), written under
 * its heading; E-I on the diverging map.  Below the table, the
 * organisation summary in words.  The table fills the page: its texts
 * take the largest size at which every text fits its place (headings
 * wrap inside their column, values inside their cell), so no text meets
 * another; the rows share the height that is left.
 */
#define G_LOG_DOMAIN "sp-heat-table"

#include "sp-render-private.h"
#include "sp-insights.h"
#include "sp-i18n.h"

#include <math.h>

static char *
format_cell (SpHeatTable *table,
             guint        c,
             double       v)
{
  const char *name = g_ptr_array_index (table->column_names, c);

  if (isnan (v))
    return g_strdup ("–");
  if (table->uncoloured[c])
    return g_strdup_printf ("%.0f", v);
  if (table->percent[c])
    return g_strdup_printf ("%.0f%%", 100 * v);
  if (table->diverging[c])
    return g_strdup_printf ("%s%.2f", v < 0 ? "−" : "+", fabs (v));
  if (g_str_equal (name, "mean_constraint"))
    return g_strdup_printf ("%.2f", v);
  return g_strdup_printf ("%.2f", v);
}

static PangoLayout *
text (SpScene    *scene,
      const char *s,
      double      size,
      PangoWeight weight)
{
  return sp_scene_text (scene, s, size, weight);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle r;

  pango_layout_get_pixel_extents (layout, NULL, &r);
  return r.width;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle r;

  pango_layout_get_pixel_extents (layout, NULL, &r);
  return r.height;
}

typedef struct {
  SpHeatTable *table;
  SpInsights  *insights;  /* borrowed from the scene's measures */
  SpColor     *fill;      /* n_rows × n_columns: each cell's colour */
  /* the layout, in user units */
  double       s;         /* text size, relative to the natural one */
  double       x0, y0, name_w, cell_w, cell_h, head_h, domain_h, key_w;
  char        *summary;
} HeatTable;

static void
heat_table_free (gpointer data)
{
  HeatTable *h = data;

  g_clear_pointer (&h->table, sp_heat_table_free);
  g_free (h->fill);
  g_free (h->summary);
  g_free (h);
}

/* Text sizes at scale 1 (points of the 1600 × 1000 page) */
#define NAME_SIZE    13.0
#define HEAD_SIZE    12.0
#define DOMAIN_SIZE  10.5
#define CELL_SIZE    13.0
#define KEY_SIZE     11.0
#define SUMMARY_SIZE 13.0

static const char *
key_text (void)
{
  return _("Colours run over each column's stated range, written under its heading: "
           "dark purple = its bottom, yellow = its top. E-I index: orange = sealed (ties stay inside), "
           "blue = open (ties reach other departments). People: a count, not coloured.");
}

static PangoLayout *
wrapped (SpScene    *scene,
         const char *s,
         double      size,
         PangoWeight weight,
         double      width)
{
  PangoLayout *l = text (scene, s, size, weight);

  pango_layout_set_width (l, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (l, PANGO_WRAP_WORD_CHAR);
  return l;
}

/* Whether @l, wrapped at its width, breaks inside a word: then the
 * column is too narrow for its heading at this size. */
static gboolean
breaks_words (PangoLayout *l)
{
  const char *s = pango_layout_get_text (l);
  int n_lines = pango_layout_get_line_count (l);

  for (int k = 1; k < n_lines; k++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (l, k);
      int i = line->start_index;

      if (i > 0 && !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (s + i))) &&
          !g_unichar_isspace (g_utf8_get_char (s + i)) && s[i - 1] != '-')
        return TRUE;
    }
  return FALSE;
}

/* Lays the table out at text scale @sc; FALSE when something does not
 * fit (a heading breaks inside a word, a value is wider than its cell,
 * or the whole is taller than the page). */
static gboolean
lay_out (SpScene   *scene,
         HeatTable *h,
         double     sc)
{
  const SpRenderOptions *options = scene->opt;
  SpHeatTable *t = h->table;
  double u = scene->u, avail_w, avail_h, min_cell_h, rest, cell_text_h = 0, cell_text_w = 0;
  double ss = MIN (sc, 1.4);   /* the prose grows less than the table */

  h->s = sc;
  h->x0 = 24 * u;
  h->y0 = scene->title_box.height > 0 ? scene->title_box.y + scene->title_box.height + 22 * u : 24 * u;
  /* below what floats over the top on screen (a slide's title) */
  h->y0 = MAX (h->y0, scene->opt->reserve_top + 8 * u);
  avail_w = options->width - 2 * h->x0;
  avail_h = options->height - 20 * u - h->y0;
  h->key_w = avail_w;

  h->name_w = 0;
  for (guint r = 0; r < t->n_rows; r++)
    {
      g_autoptr (PangoLayout) l = text (scene, g_ptr_array_index (t->rows, r), NAME_SIZE * sc, PANGO_WEIGHT_BOLD);

      h->name_w = MAX (h->name_w, layout_width (l) + 30 * u * sc);
    }
  h->cell_w = (avail_w - h->name_w) / MAX (t->n_columns, 1);
  if (h->cell_w < 36 * u)
    return FALSE;

  h->head_h = h->domain_h = 0;
  for (guint c = 0; c < t->n_columns; c++)
    {
      g_autoptr (PangoLayout) l = wrapped (scene, g_ptr_array_index (t->column_labels, c), HEAD_SIZE * sc,
                                           PANGO_WEIGHT_BOLD, h->cell_w - 8 * u);
      g_autoptr (PangoLayout) d = wrapped (scene, g_ptr_array_index (t->column_domains, c), DOMAIN_SIZE * sc,
                                           PANGO_WEIGHT_NORMAL, h->cell_w - 8 * u);

      if (breaks_words (l) || breaks_words (d))
        return FALSE;
      h->head_h = MAX (h->head_h, layout_height (l));
      h->domain_h = MAX (h->domain_h, layout_height (d));
      for (guint r = 0; r < t->n_rows; r++)
        {
          g_autofree char *v = format_cell (t, c, sp_heat_table_get (t, r, c));
          g_autoptr (PangoLayout) cl = text (scene, v, CELL_SIZE * sc, PANGO_WEIGHT_BOLD);

          cell_text_w = MAX (cell_text_w, layout_width (cl));
          cell_text_h = MAX (cell_text_h, layout_height (cl));
        }
    }
  if (cell_text_w > h->cell_w - 12 * u)
    return FALSE;
  for (guint r = 0; r < t->n_rows; r++)
    {
      g_autoptr (PangoLayout) l = text (scene, g_ptr_array_index (t->rows, r), NAME_SIZE * sc, PANGO_WEIGHT_BOLD);

      cell_text_h = MAX (cell_text_h, layout_height (l));
    }
  min_cell_h = cell_text_h + 12 * u * sc;

  /* what comes after the rows: the key and the summary */
  {
    g_autoptr (PangoLayout) key = wrapped (scene, key_text (), KEY_SIZE * ss, PANGO_WEIGHT_NORMAL, avail_w);
    g_autoptr (PangoLayout) sum = wrapped (scene, h->summary, SUMMARY_SIZE * ss, PANGO_WEIGHT_NORMAL, avail_w);

    pango_layout_set_wrap (key, PANGO_WRAP_WORD);
    pango_layout_set_wrap (sum, PANGO_WRAP_WORD);
    pango_layout_set_spacing (sum, (int) (3 * u * ss * PANGO_SCALE));
    rest = h->head_h + 4 * u + h->domain_h + 8 * u + 6 * u + 10 * u * ss + layout_height (key) +
           12 * u * ss + layout_height (sum);
  }
  if (rest + t->n_rows * min_cell_h > avail_h)
    return FALSE;
  /* the rows take the height left, up to twice their least */
  h->cell_h = MIN ((avail_h - rest) / MAX (t->n_rows, 1), 2 * min_cell_h);
  return TRUE;
}

SpScene *
sp_heat_table_scene (SpNetwork             *network,
                     const SpRenderOptions *options)
{
  SpRenderOptions opt;
  SpScene *scene;

  /* the scene gives theme, texts, metrics and group measures; no legend */
  opt = *options;
  opt.view = SP_RENDER_VIEW_HEAT_TABLE;
  opt.show_legend = FALSE;
  opt.heatmap = FALSE;
  scene = sp_scene_build (network, &opt);
  if (scene->groups != NULL && scene->n_persons > 0)
    {
      g_autofree gboolean *removed = sp_scene_removed (scene);
      HeatTable *h = g_new0 (HeatTable, 1);
      SpHeatTable *t;
      GString *summary = g_string_new (NULL);
      double sc;

      t = h->table = sp_heat_table_new (network, scene->groups);
      h->insights = sp_measures_insights (scene->measures, scene->opt->tie_type_visible, removed,
                                          scene->metrics);
      scene->view_data = h;
      scene->view_data_free = heat_table_free;

      /* each cell's colour: its value on its column's stated domain */
      h->fill = g_new (SpColor, MAX (t->n_rows * t->n_columns, 1));
      for (guint r = 0; r < t->n_rows; r++)
        for (guint c = 0; c < t->n_columns; c++)
          {
            double v = sp_heat_table_get (t, r, c);
            SpColor *fill = &h->fill[r * t->n_columns + c];

            if (isnan (v) || t->uncoloured[c])
              *fill = scene->opt->dark ? sp_color_from_hex (0x262A31) : sp_color_from_hex (0xF2F3F5);
            else
              {
                double tt = CLAMP ((v - t->lo[c]) / (t->hi[c] - t->lo[c]), 0, 1);

                *fill = t->diverging[c] ? sp_palette_diverging (tt) : sp_palette_sequential (tt);
              }
          }

      for (guint k = 0; k < h->insights->summary->len; k++)
        g_string_append_printf (summary, "%s• %s", k > 0 ? "\n" : "",
                                (const char *) g_ptr_array_index (h->insights->summary, k));
      h->summary = g_string_free (summary, FALSE);

      /* the largest text that fits, in steps of 5 % */
      for (sc = 2.0; sc > 0.5 && !lay_out (scene, h, sc); sc -= 0.05)
        ;
      if (sc <= 0.5)
        lay_out (scene, h, 0.5);
    }
  /* a table of departments: no node is drawn, none can be pointed at */
  for (guint i = 0; i < scene->n; i++)
    scene->visible[i] = FALSE;
  return scene;
}

gboolean
sp_scene_heat_table_cell (SpScene *scene,
                          guint    row,
                          guint    column,
                          double  *x,
                          double  *y,
                          double  *width,
                          double  *height,
                          guint32 *rgb)
{
  HeatTable *h;
  SpColor c;

  g_return_val_if_fail (scene != NULL, FALSE);
  if (scene->view != SP_RENDER_VIEW_HEAT_TABLE || (h = scene->view_data) == NULL ||
      row >= h->table->n_rows || column >= h->table->n_columns)
    return FALSE;
  /* as drawn: the organisation's row 6 units lower, below its rule */
  *x = h->x0 + h->name_w + column * h->cell_w + 2 * scene->u;
  *y = h->y0 + h->head_h + 4 * scene->u + h->domain_h + 8 * scene->u + row * h->cell_h +
       (row + 1 == h->table->n_rows ? 6 * scene->u : 0) + 2 * scene->u;
  *width = h->cell_w - 4 * scene->u;
  *height = h->cell_h - 4 * scene->u;
  c = h->fill[row * h->table->n_columns + column];
  if (rgb != NULL)
    *rgb = ((guint32) lround (CLAMP (c.r, 0, 1) * 255) << 16) |
           ((guint32) lround (CLAMP (c.g, 0, 1) * 255) << 8) |
           (guint32) lround (CLAMP (c.b, 0, 1) * 255);
  return TRUE;
}

void
sp_heat_table_draw (SpScene *scene,
                    cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  HeatTable *h = scene->view_data;
  SpHeatTable *table;
  double u = scene->u, x0, y0, name_w, cell_w, cell_h, head_h, sc, ss, y;

  cairo_save (cr);
  sp_set_color (cr, scene->bg, 1);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);
  if (options->show_title)
    sp_title_draw (scene, cr);

  if (h == NULL)
    {
      sp_message_draw (scene, cr, _("No departments to compare"),
                       _("The heat table needs people with a department."));
      cairo_restore (cr);
      return;
    }
  table = h->table;
  x0 = h->x0, y0 = h->y0, name_w = h->name_w, cell_w = h->cell_w, cell_h = h->cell_h;
  head_h = h->head_h, sc = h->s, ss = MIN (sc, 1.4);

  /* column headings, bottom-aligned, and under each its domain */
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr (PangoLayout) l = wrapped (scene, g_ptr_array_index (table->column_labels, c), HEAD_SIZE * sc,
                                           PANGO_WEIGHT_BOLD, cell_w - 8 * u);
      g_autoptr (PangoLayout) d = wrapped (scene, g_ptr_array_index (table->column_domains, c), DOMAIN_SIZE * sc,
                                           PANGO_WEIGHT_NORMAL, cell_w - 8 * u);
      double cx = x0 + name_w + c * cell_w;

      pango_layout_set_alignment (l, PANGO_ALIGN_CENTER);
      pango_layout_set_alignment (d, PANGO_ALIGN_CENTER);
      sp_set_color (cr, scene->fg, 1);
      cairo_move_to (cr, cx + 4 * u, y0 + head_h - layout_height (l));
      sp_render_show_layout (cr, l);
      sp_set_color (cr, scene->fg_muted, 1);
      cairo_move_to (cr, cx + 4 * u, y0 + head_h + 4 * u);
      sp_render_show_layout (cr, d);
    }
  y = y0 + head_h + 4 * u + h->domain_h + 8 * u;

  for (guint r = 0; r < table->n_rows; r++)
    {
      gboolean org = r + 1 == table->n_rows;
      const char *name = g_ptr_array_index (table->rows, r);
      g_autoptr (PangoLayout) l = text (scene, name, NAME_SIZE * sc, org ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      gpointer d = NULL;

      /* by name: drawing must not intern into the network (another thread's) */
      for (guint k = 0; k < scene->departments->len && d == NULL; k++)
        if (g_strcmp0 (g_ptr_array_index (scene->departments, k), name) == 0)
          d = GUINT_TO_POINTER (k + 1);

      if (org)
        {
          /* a rule above the organisation's row */
          y += 6 * u;
          sp_set_color (cr, scene->fg, 0.5);
          cairo_set_line_width (cr, 1.0 * u);
          cairo_move_to (cr, x0, y - 3 * u);
          cairo_line_to (cr, x0 + name_w + table->n_columns * cell_w, y - 3 * u);
          cairo_stroke (cr);
        }
      if (!org && d != NULL)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x0 + 8 * u * sc, y + cell_h / 2, 5.5 * u * sc, 0, 2 * G_PI);
          sp_set_color (cr, sp_palette_category (GPOINTER_TO_UINT (d) - 1), 1);
          cairo_fill (cr);
        }
      sp_set_color (cr, scene->fg, 1);
      cairo_move_to (cr, x0 + 22 * u * sc, y + (cell_h - layout_height (l)) / 2);
      sp_render_show_layout (cr, l);

      for (guint c = 0; c < table->n_columns; c++)
        {
          double v = sp_heat_table_get (table, r, c);
          double cx = x0 + name_w + c * cell_w;
          g_autofree char *s = format_cell (table, c, v);
          g_autoptr (PangoLayout) t = text (scene, s, CELL_SIZE * sc, org ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
          SpColor fill = h->fill[r * table->n_columns + c], ink;

          ink = sp_color_luminance (fill) > 0.45 ? sp_color_from_hex (0x1F2328) : sp_color_from_hex (0xFFFFFF);
          sp_rounded_rect (cr, cx + 2 * u, y + 2 * u, cell_w - 4 * u, cell_h - 4 * u, 4 * u);
          sp_set_color (cr, fill, 1);
          cairo_fill (cr);
          sp_set_color (cr, ink, 1);
          cairo_move_to (cr, cx + (cell_w - layout_width (t)) / 2, y + (cell_h - layout_height (t)) / 2);
          sp_render_show_layout (cr, t);
        }
      y += cell_h;
    }

  /* how to read it, and what it says */
  {
    g_autoptr (PangoLayout) key = wrapped (scene, key_text (), KEY_SIZE * ss, PANGO_WEIGHT_NORMAL, h->key_w);
    g_autoptr (PangoLayout) sum = wrapped (scene, h->summary, SUMMARY_SIZE * ss, PANGO_WEIGHT_NORMAL, h->key_w);

    pango_layout_set_wrap (key, PANGO_WRAP_WORD);
    pango_layout_set_wrap (sum, PANGO_WRAP_WORD);
    pango_layout_set_spacing (sum, (int) (3 * u * ss * PANGO_SCALE));
    y += 10 * u * ss;
    sp_set_color (cr, scene->fg_muted, 1);
    cairo_move_to (cr, x0, y);
    sp_render_show_layout (cr, key);
    y += layout_height (key) + 12 * u * ss;
    sp_set_color (cr, scene->fg, 1);
    cairo_move_to (cr, x0, y);
    sp_render_show_layout (cr, sum);
  }
  cairo_restore (cr);
}
