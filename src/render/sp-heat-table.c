/* sp-heat-table.c — the department × measure heat table as a drawing
 *
 * Rows are departments (in their legend colour) and the organisation;
 * columns the mean talent scores and the network measures.  Each column
 * has its own colour domain (sp_heat_table_new); E-I on the diverging
 * map.  Below the table, the organisation summary in words.
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
} HeatTable;

static void
heat_table_free (gpointer data)
{
  HeatTable *h = data;

  g_clear_pointer (&h->table, sp_heat_table_free);
  g_free (h);
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

      h->table = sp_heat_table_new (network, scene->groups);
      h->insights = sp_measures_insights (scene->measures, scene->opt->tie_type_visible, removed,
                                          scene->metrics);
      scene->view_data = h;
      scene->view_data_free = heat_table_free;
    }
  /* a table of departments: no node is drawn, none can be pointed at */
  for (guint i = 0; i < scene->n; i++)
    scene->visible[i] = FALSE;
  return scene;
}

void
sp_heat_table_draw (SpScene *scene,
                    cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  HeatTable *h = scene->view_data;
  SpHeatTable *table;
  SpInsights *insights;
  double u = scene->u, x0, y0, name_w = 0, cell_w, cell_h, head_h = 0, avail_w, y;

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
  insights = h->insights;

  x0 = 24 * u;
  y0 = scene->title_box.height > 0 ? scene->title_box.y + scene->title_box.height + 22 * u : 24 * u;
  /* below what floats over the top on screen (a slide's title) */
  y0 = MAX (y0, scene->opt->reserve_top + 8 * u);
  avail_w = options->width - 2 * x0;

  for (guint r = 0; r < table->n_rows; r++)
    {
      g_autoptr (PangoLayout) l = text (scene, g_ptr_array_index (table->rows, r), 13, PANGO_WEIGHT_BOLD);

      name_w = MAX (name_w, layout_width (l) + 30 * u);
    }
  cell_w = MIN (130 * u, (avail_w - name_w) / MAX (table->n_columns, 1));
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr (PangoLayout) l = text (scene, g_ptr_array_index (table->column_labels, c), 12, PANGO_WEIGHT_BOLD);

      pango_layout_set_width (l, (int) ((cell_w - 8 * u) * PANGO_SCALE));
      pango_layout_set_wrap (l, PANGO_WRAP_WORD);
      head_h = MAX (head_h, layout_height (l));
    }
  /* rows share the height left after the header and a summary of up to
   * eight lines */
  cell_h = CLAMP ((options->height - y0 - head_h - 12 * u - 190 * u) / MAX (table->n_rows, 1),
                  20 * u, 44 * u);

  /* column headings, bottom-aligned */
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autoptr (PangoLayout) l = text (scene, g_ptr_array_index (table->column_labels, c), 12, PANGO_WEIGHT_BOLD);
      double cx = x0 + name_w + c * cell_w;

      pango_layout_set_width (l, (int) ((cell_w - 8 * u) * PANGO_SCALE));
      pango_layout_set_wrap (l, PANGO_WRAP_WORD);
      pango_layout_set_alignment (l, PANGO_ALIGN_CENTER);
      sp_set_color (cr, scene->fg, 1);
      cairo_move_to (cr, cx + 4 * u, y0 + head_h - layout_height (l));
      sp_render_show_layout (cr, l);
    }
  y = y0 + head_h + 8 * u;

  for (guint r = 0; r < table->n_rows; r++)
    {
      gboolean org = r + 1 == table->n_rows;
      const char *name = g_ptr_array_index (table->rows, r);
      g_autoptr (PangoLayout) l = text (scene, name, 13, org ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
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
          cairo_arc (cr, x0 + 8 * u, y + cell_h / 2, 5.5 * u, 0, 2 * G_PI);
          sp_set_color (cr, sp_palette_category (GPOINTER_TO_UINT (d) - 1), 1);
          cairo_fill (cr);
        }
      sp_set_color (cr, scene->fg, 1);
      cairo_move_to (cr, x0 + 22 * u, y + (cell_h - layout_height (l)) / 2);
      sp_render_show_layout (cr, l);

      for (guint c = 0; c < table->n_columns; c++)
        {
          double v = sp_heat_table_get (table, r, c);
          double cx = x0 + name_w + c * cell_w;
          g_autofree char *s = format_cell (table, c, v);
          g_autoptr (PangoLayout) t = text (scene, s, 13, org ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
          SpColor fill, ink;

          if (isnan (v) || table->uncoloured[c])
            fill = scene->opt->dark ? sp_color_from_hex (0x262A31) : sp_color_from_hex (0xF2F3F5);
          else
            {
              double tt = (v - table->lo[c]) / (table->hi[c] - table->lo[c]);

              fill = table->diverging[c] ? sp_palette_diverging (tt) : sp_palette_sequential (tt);
            }
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
    g_autoptr (PangoLayout) key =
      text (scene, _("Each column has its own scale: dark purple = lowest, yellow = highest among the departments. "
                     "E-I index: orange = sealed (ties stay inside), blue = open (ties reach other departments)."),
            11, PANGO_WEIGHT_NORMAL);
    GString *summary = g_string_new (NULL);
    g_autoptr (PangoLayout) sum = NULL;

    pango_layout_set_width (key, (int) (avail_w * PANGO_SCALE));
    pango_layout_set_wrap (key, PANGO_WRAP_WORD);
    y += 10 * u;
    sp_set_color (cr, scene->fg_muted, 1);
    cairo_move_to (cr, x0, y);
    sp_render_show_layout (cr, key);
    y += layout_height (key) + 12 * u;

    for (guint k = 0; k < insights->summary->len; k++)
      g_string_append_printf (summary, "%s• %s", k > 0 ? "\n" : "",
                              (const char *) g_ptr_array_index (insights->summary, k));
    sum = text (scene, summary->str, 13, PANGO_WEIGHT_NORMAL);
    g_string_free (summary, TRUE);
    pango_layout_set_width (sum, (int) (avail_w * PANGO_SCALE));
    pango_layout_set_wrap (sum, PANGO_WRAP_WORD);
    pango_layout_set_spacing (sum, (int) (3 * u * PANGO_SCALE));
    sp_set_color (cr, scene->fg, 1);
    cairo_move_to (cr, x0, y);
    sp_render_show_layout (cr, sum);
  }
  cairo_restore (cr);
}
