/* sp-render-overlays.c — what-if ghosts, ties gained and lost, department
 * outlines and the caption, on the layout the scene was drawn with */
#define G_LOG_DOMAIN "sp-render-overlays"

#include "sp-render-overlays.h"
#include "sp-i18n.h"

#include <math.h>


typedef struct {
  double x, y;
} Point;

static gboolean
is_ghost (const SpRenderOptions *options,
          guint                  i)
{
  return options->ghosted != NULL && options->ghosted[i];
}

static gboolean
is_shown (const SpRenderOptions *options,
          guint                  i)
{
  return options->node_visible == NULL || options->node_visible[i];
}

gboolean *
sp_overlays_visibility (SpNetwork             *network,
                        const SpRenderOptions *options)
{
  guint n = network->nodes->len;
  gboolean *visible;
  gboolean any = FALSE;

  if (options->ghosted == NULL)
    return NULL;
  visible = g_new (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      visible[i] = is_shown (options, i) && !options->ghosted[i];
      any |= options->ghosted[i] && is_shown (options, i);
    }
  if (!any)
    g_clear_pointer (&visible, g_free);
  return visible;
}

/* ---- ties ---------------------------------------------------------------- */

/* A line between two nodes that stops at their rims, so that a ghost's
 * centre stays empty and the nodes stay readable. */
static void
rim_line (SpScene *scene,
          cairo_t *cr,
          guint    a,
          guint    b,
          double   ra,
          double   rb)
{
  double dx = scene->sx[b] - scene->sx[a];
  double dy = scene->sy[b] - scene->sy[a];
  double d = hypot (dx, dy);

  if (d <= ra + rb + 1)
    return;
  dx /= d;
  dy /= d;
  cairo_move_to (cr, scene->sx[a] + dx * ra, scene->sy[a] + dy * ra);
  cairo_line_to (cr, scene->sx[b] - dx * rb, scene->sy[b] - dy * rb);
  cairo_stroke (cr);
}

static double
node_radius (SpScene *scene,
             guint    i)
{
  return MAX (scene->radius[i], scene->r_mid);
}

static gboolean
pair_seen (GHashTable *seen,
           guint       a,
           guint       b)
{
  guint64 key = ((guint64) MIN (a, b) << 32) | MAX (a, b);
  gpointer k = g_memdup2 (&key, sizeof key);

  if (g_hash_table_contains (seen, k))
    {
      g_free (k);
      return TRUE;
    }
  g_hash_table_add (seen, k);
  return FALSE;
}

static void
draw_tie_list (SpScene               *scene,
               cairo_t               *cr,
               const SpRenderOptions *options,
               const guint           *pairs,
               guint                  n_pairs,
               gboolean               lost)
{
  double u = scene->u;
  double width = MAX (2.2 * scene->line_width, 1.6 * u);
  double dash[] = { 5 * u, 3.5 * u };

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (cr, width);
  if (lost)
    cairo_set_dash (cr, dash, 2, 0);
  sp_set_color (cr, sp_color_from_hex (lost ? SP_LOST_COLOR : SP_GAINED_COLOR), 0.9);
  for (guint k = 0; k < n_pairs; k++)
    {
      guint a = pairs[2 * k], b = pairs[2 * k + 1];

      if (a >= scene->n || b >= scene->n || !is_shown (options, a) || !is_shown (options, b))
        continue;
      rim_line (scene, cr, a, b, node_radius (scene, a), node_radius (scene, b));
    }
  cairo_restore (cr);
}

/* The ties of the ghosts: what the network loses with them. */
static void
draw_ghost_ties (SpScene               *scene,
                 cairo_t               *cr,
                 const SpRenderOptions *options)
{
  SpNetwork *net = scene->network;
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = 0; t < net->ties->len; t++)
    {
      const SpTie *tie = &g_array_index (net->ties, SpTie, t);

      if (tie->source == tie->target || tie->weight <= 0)
        continue;
      if (!is_ghost (options, tie->source) && !is_ghost (options, tie->target))
        continue;
      if (options->tie_type_visible != NULL && !options->tie_type_visible[tie->type])
        continue;
      if (pair_seen (seen, tie->source, tie->target))
        continue;
      g_array_append_val (pairs, tie->source);
      g_array_append_val (pairs, tie->target);
    }
  draw_tie_list (scene, cr, options, (const guint *) (gpointer) pairs->data, pairs->len / 2, TRUE);
}

static void
draw_ghosts (SpScene               *scene,
             cairo_t               *cr,
             const SpRenderOptions *options)
{
  double u = scene->u;
  double dash[] = { 3 * u, 2.5 * u };

  cairo_save (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, MAX (1.6 * u, 1.5 * scene->line_width));
  for (guint i = 0; i < scene->n; i++)
    {
      if (!is_ghost (options, i) || !is_shown (options, i))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, scene->sx[i], scene->sy[i], node_radius (scene, i), 0, 2 * G_PI);
      sp_set_color (cr, scene->fg, 0.75);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* their names, muted, under them: the board sees who is gone */
  cairo_save (cr);
  for (guint i = 0; i < scene->n; i++)
    {
      g_autofree char *text = NULL;
      g_autoptr (PangoLayout) layout = NULL;
      PangoRectangle logical;
      double x, y;

      if (!is_ghost (options, i) || !is_shown (options, i))
        continue;
      text = sp_render_node_label (scene->network, i, options->anonymize);
      layout = sp_scene_text (scene, text, 11.5, PANGO_WEIGHT_NORMAL);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      x = scene->sx[i] - logical.width / 2.0;
      y = scene->sy[i] + node_radius (scene, i) + 2 * u;
      cairo_move_to (cr, x, y);
      sp_set_color (cr, scene->bg, 0.85);
      cairo_set_line_width (cr, 3 * u);
      sp_render_layout_halo (cr, layout);
      cairo_move_to (cr, x, y);
      sp_set_color (cr, scene->fg_muted, 1);
      sp_render_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/* ---- department outlines --------------------------------------------------- */

static double
cross (Point o,
       Point a,
       Point b)
{
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  if (p->y != q->y)
    return p->y < q->y ? -1 : 1;
  return 0;
}

/* Andrew's monotone chain; the result runs in the direction of growing
 * cairo angles, which the rounded outline below relies on. */
static GArray *
convex_hull (GArray *points)
{
  GArray *hull = g_array_new (FALSE, FALSE, sizeof (Point));
  Point *p;
  guint n = points->len, k = 0;

  g_array_sort (points, compare_points);
  p = (Point *) (gpointer) points->data;
  if (n < 3)
    {
      g_array_append_vals (hull, p, n);
      return hull;
    }
  g_array_set_size (hull, 2 * n);
  {
    Point *h = (Point *) (gpointer) hull->data;

    for (guint i = 0; i < n; i++)
      {
        while (k >= 2 && cross (h[k - 2], h[k - 1], p[i]) <= 0)
          k--;
        h[k++] = p[i];
      }
    for (gint i = (gint) n - 2, t = k + 1; i >= 0; i--)
      {
        while ((gint) k >= t && cross (h[k - 2], h[k - 1], p[i]) <= 0)
          k--;
        h[k++] = p[i];
      }
  }
  g_array_set_size (hull, k > 1 ? k - 1 : k);
  return hull;
}

/* The hull grown by @pad: its edges moved out, its corners rounded. */
static void
padded_hull_path (cairo_t *cr,
                  GArray  *hull,
                  double   pad)
{
  guint n = hull->len;
  const Point *h = (const Point *) (gpointer) hull->data;

  cairo_new_path (cr);
  if (n == 1)
    {
      cairo_arc (cr, h[0].x, h[0].y, pad, 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      const Point *prev = &h[(i + n - 1) % n], *cur = &h[i], *next = &h[(i + 1) % n];
      double a0 = atan2 (-(cur->x - prev->x), cur->y - prev->y);
      double a1 = atan2 (-(next->x - cur->x), next->y - cur->y);

      /* the outward normal of (dx, dy) is (dy, −dx), at angle atan2 (−dx, dy) */
      cairo_arc (cr, cur->x, cur->y, pad, a0, a1);
    }
  cairo_close_path (cr);
}

static void
draw_outlines (SpScene               *scene,
               cairo_t               *cr,
               const SpRenderOptions *options)
{
  SpNetwork *net = scene->network;
  double u = scene->u;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint g = 0; g < options->n_outlines; g++)
    {
      const char *group = options->outline_groups[g];
      SpColor color = sp_color_from_hex (options->outline_colors[g]);
      g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (Point));
      g_autoptr (GArray) hull = NULL;
      double r_max = 0, top = INFINITY, top_x = 0, pad;

      if (group == NULL)
        continue;
      for (guint i = 0; i < scene->n; i++)
        {
          const SpNode *node = &g_array_index (net->nodes, SpNode, i);
          Point pt;

          if (!scene->visible[i] || node->kind == SP_NODE_CLIENT || g_strcmp0 (node->department, group) != 0)
            continue;
          pt = (Point) { scene->sx[i], scene->sy[i] };
          g_array_append_val (points, pt);
          r_max = MAX (r_max, scene->radius[i]);
        }
      if (points->len == 0)
        continue;
      hull = convex_hull (points);
      pad = r_max + 9 * u;

      padded_hull_path (cr, hull, pad);
      sp_set_color (cr, color, 0.06);
      cairo_fill_preserve (cr);
      sp_set_color (cr, color, 0.9);
      cairo_set_line_width (cr, 2.5 * u);
      cairo_stroke (cr);

      if (options->outline_labels != NULL && options->outline_labels[g] != NULL)
        {
          g_autoptr (PangoLayout) layout = sp_scene_text (scene, options->outline_labels[g], 12.0, PANGO_WEIGHT_BOLD);
          PangoRectangle logical;
          double x, y;

          for (guint k = 0; k < hull->len; k++)
            {
              const Point *pt = &g_array_index (hull, Point, k);

              if (pt->y < top)
                top = pt->y, top_x = pt->x;
            }
          pango_layout_get_pixel_extents (layout, NULL, &logical);
          x = CLAMP (top_x - logical.width / 2.0, scene->plot.x,
                     MAX (scene->plot.x, scene->plot.x + scene->plot.width - logical.width));
          y = MAX (top - pad - logical.height - 2 * u, scene->plot.y);
          /* a halo keeps the label legible over ties */
          cairo_move_to (cr, x, y);
          sp_set_color (cr, scene->bg, 0.9);
          cairo_set_line_width (cr, 3.5 * u);
          sp_render_layout_halo (cr, layout);
          cairo_move_to (cr, x, y);
          sp_set_color (cr, color, 1);
          sp_render_show_layout (cr, layout);
        }
    }
  cairo_restore (cr);
}

/* People moved to another department (what-if): a dashed ring in the
 * accent colour around their node, which has the new department's fill. */
static void
draw_moved (SpScene               *scene,
            cairo_t               *cr,
            const SpRenderOptions *options)
{
  double u = scene->u;
  double dash[] = { 2.5 * u, 2 * u };

  cairo_save (cr);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_set_line_width (cr, MAX (1.6 * u, 1.5 * scene->line_width));
  for (guint i = 0; i < scene->n; i++)
    {
      if (options->moved_department[i] == NULL || is_ghost (options, i) || !is_shown (options, i))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, scene->sx[i], scene->sy[i], node_radius (scene, i) + 3.5 * u, 0, 2 * G_PI);
      sp_set_color (cr, scene->accent, 0.95);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
sp_overlays_draw (SpScene               *scene,
                  cairo_t               *cr,
                  const SpRenderOptions *options)
{
  if (!scene->has_layout || scene->n == 0)
    return;
  if (options->n_outlines > 0 && options->outline_groups != NULL && options->outline_colors != NULL)
    draw_outlines (scene, cr, options);
  if (options->ties_lost != NULL)
    draw_tie_list (scene, cr, options, options->ties_lost, options->n_ties_lost, TRUE);
  if (options->ties_gained != NULL)
    draw_tie_list (scene, cr, options, options->ties_gained, options->n_ties_gained, FALSE);
  if (options->ghosted != NULL)
    {
      draw_ghost_ties (scene, cr, options);
      draw_ghosts (scene, cr, options);
    }
  if (options->moved_department != NULL)
    draw_moved (scene, cr, options);
}

/* ---- caption ----------------------------------------------------------------- */

static PangoLayout *
caption_layout (SpScene *scene)
{
  const SpRenderOptions *opt = scene->opt;
  double width = opt->width - 2 * 24 * scene->u;
  PangoLayout *layout = sp_scene_text (scene, opt->caption, 13.0, PANGO_WEIGHT_NORMAL);

  pango_layout_set_width (layout, (int) (MAX (width, 10) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -4);   /* at most four lines */
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

double
sp_overlays_caption_height (SpScene *scene)
{
  g_autoptr (PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (scene->opt->caption == NULL || *scene->opt->caption == '\0'
      || !(scene->opt->layers & SP_RENDER_LAYER_TITLE))
    return 0;
  layout = caption_layout (scene);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.height;
}

void
sp_overlays_caption_draw (SpScene *scene,
                          cairo_t *cr)
{
  g_autoptr (PangoLayout) layout = NULL;
  double margin = 24 * scene->u;
  double y;

  if (sp_overlays_caption_height (scene) <= 0)
    return;
  layout = caption_layout (scene);
  y = scene->title_box.width > 0 ? scene->title_box.y + scene->title_box.height + 8 * scene->u : margin;
  cairo_save (cr);
  /* a thin red rule marks the sentences as the what-if's */
  sp_set_color (cr, sp_color_from_hex (SP_LOST_COLOR), 0.9);
  cairo_rectangle (cr, margin - 10 * scene->u, y + 2 * scene->u, 3 * scene->u,
                   sp_overlays_caption_height (scene) - 4 * scene->u);
  cairo_fill (cr);
  sp_set_color (cr, scene->fg, 0.9);
  cairo_move_to (cr, margin, y);
  sp_render_show_layout (cr, layout);
  cairo_restore (cr);
}

gboolean
sp_render_legend_size (SpNetwork             *network,
                       const SpRenderOptions *options,
                       double                *width,
                       double                *height)
{
  g_autoptr (SpScene) scene = NULL;
  g_autofree gboolean *visible = NULL;
  SpRenderOptions copy;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  copy = *options;
  copy.show_legend = TRUE;
  if ((visible = sp_overlays_visibility (network, options)) != NULL)
    copy.node_visible = visible;
  scene = sp_scene_build (network, &copy);
  if (width != NULL)
    *width = scene->legend_box.width;
  if (height != NULL)
    *height = scene->legend_box.height;
  return scene->legend_box.width > 0;
}
