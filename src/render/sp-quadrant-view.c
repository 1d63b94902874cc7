/* sp-quadrant-view.c — talent × network: who is high-scoring, who is central
 *
 * One dot per person: across, how many of the organisation's shortest
 * paths run through them (betweenness, as a rank from 0 = the edge to 100
 * = the most central, because raw betweenness is too skewed to read); up,
 * their talent score.  The cuts are those of the insight lists
 * (sp-insights.h): the band at the top left (high talent, betweenness in
 * the lowest 20 %) holds exactly the hidden-talent list, and the jitter
 * that keeps equal dots apart never moves one across a cut.  Dots take
 * their department's colour; people
 * with low engagement among the central ones wear the highlight ring:
 * they are the at-risk connectors.
 */
#define G_LOG_DOMAIN "sp-quadrant-view"

#include "sp-render-private.h"
#include "sp-insights.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
  double key;
  guint  node;
} Ranked;

static int
compare_ranked (const void *a,
                const void *b)
{
  const Ranked *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->node > y->node) - (x->node < y->node);
}

/* Percentile ranks 0–100 of @values over @use, ties sharing their mean
 * rank (so that everyone with betweenness 0 stands on one line). */
static void
percentile_ranks (const double   *values,
                  const gboolean *use,
                  guint           n,
                  double         *rank)
{
  g_autofree Ranked *r = g_new (Ranked, MAX (n, 1));
  guint m = 0;

  for (guint i = 0; i < n; i++)
    {
      rank[i] = NAN;
      if (use[i] && !isnan (values[i]))
        r[m++] = (Ranked) { values[i], i };
    }
  qsort (r, m, sizeof *r, compare_ranked);
  for (guint k = 0; k < m;)
    {
      guint j = k;

      while (j + 1 < m && r[j + 1].key == r[k].key)
        j++;
      for (guint t = k; t <= j; t++)
        rank[r[t].node] = m > 1 ? 100.0 * (0.5 * (k + j)) / (m - 1) : 50.0;
      k = j + 1;
    }
}

/* The rank between the values below @cut (< @cut, or <= @cut when
 * @inclusive) and the rest: where the axis is cut. */
static double
rank_of_cut (const double   *values,
             const gboolean *use,
             const double   *rank,
             guint           n,
             double          cut,
             gboolean        inclusive)
{
  double below = -1, above = 101;

  for (guint i = 0; i < n; i++)
    {
      if (!use[i] || isnan (values[i]) || isnan (rank[i]))
        continue;
      if (values[i] < cut || (inclusive && values[i] == cut))
        below = MAX (below, rank[i]);
      else
        above = MIN (above, rank[i]);
    }
  if (below < 0)
    return 0;
  if (above > 100)
    return 100;
  return 0.5 * (below + above);
}

/* Shows @text with its top-left at (x − align × width, y); @bottom_up
 * puts its bottom at y instead.  Returns its height; @ink (when not
 * NULL) gets the box its lines cover. */
static double
show_text_full (SpScene    *scene,
                cairo_t    *cr,
                const char *text,
                double      size,
                PangoWeight weight,
                SpColor     color,
                double      x,
                double      y,
                double      align,
                double      max_width,
                gboolean    bottom_up,
                SpRect     *ink)
{
  g_autoptr (PangoLayout) layout = sp_scene_text (scene, text, size, weight);
  PangoRectangle r;
  double x0, y0;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, align > 0.75 ? PANGO_ALIGN_RIGHT
                                          : align > 0.25 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
    }
  pango_layout_get_pixel_extents (layout, NULL, &r);
  sp_set_color (cr, color, 1);
  /* a wrapped layout is @max_width wide and aligns its lines itself */
  x0 = x - align * (max_width > 0 ? max_width : r.width);
  y0 = bottom_up ? y - r.height : y;
  /* a halo of the page: texts drawn over dots stay readable */
  cairo_move_to (cr, x0, y0);
  sp_set_color (cr, scene->bg, 0.85);
  cairo_set_line_width (cr, 3.0 * scene->u);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  sp_render_layout_halo (cr, layout);
  sp_set_color (cr, color, 1);
  cairo_move_to (cr, x0, y0);
  sp_render_show_layout (cr, layout);
  if (ink != NULL)
    *ink = (SpRect) { x0 + r.x, y0 + r.y, r.width, r.height };
  cairo_new_path (cr);
  return r.height;
}

static void
show_text (SpScene    *scene,
           cairo_t    *cr,
           const char *text,
           double      size,
           PangoWeight weight,
           SpColor     color,
           double      x,
           double      y,
           double      align,   /* 0 left, 0.5 centre, 1 right of x */
           double      max_width)
{
  show_text_full (scene, cr, text, size, weight, color, x, y, align, max_width, FALSE, NULL);
}

/* A small deterministic offset so that people with equal values do not
 * hide each other. */
static double
jitter (guint i,
        guint salt)
{
  guint32 h = (i + 1) * 2654435761u ^ (salt * 40503u);

  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  return ((h & 0xffff) / 65535.0) - 0.5;
}

typedef struct {
  SpMetrics  *metrics;                /* a reference */
  SpInsights *insights;               /* borrowed from the scene's measures */
  const double *betweenness;
  gboolean   *use;                    /* per node: plotted */
  double     *rank;                   /* per node: betweenness rank, 0–100 */
  gboolean   *named;                  /* per node: on an insight list */
  gboolean   *labelled;               /* per node: named where the lists are shown */
  gboolean   *at_risk;                /* per node: central, low engagement */
  gboolean    no_scores;              /* nothing to plot: say so */
  gboolean    no_room;                /* the drawing is too small */
  double      ylo, yhi, left, top, right, bottom, w, h, xcut, ycut;
  double      xedge;                  /* the hidden-talent band's right edge (rank) */
} Quadrants;

static void
quadrants_free (gpointer data)
{
  Quadrants *q = data;

  g_clear_pointer (&q->metrics, sp_metrics_unref);
  g_free (q->use);
  g_free (q->rank);
  g_free (q->named);
  g_free (q->labelled);
  g_free (q->at_risk);
  g_free (q);
}

/* Where each dot goes, from the measures: the scene's positions become
 * the dots', so hovering and clicking work as in the network. */
SpScene *
sp_quadrants_scene (SpNetwork             *network,
                    const SpRenderOptions *options)
{
  Quadrants *q = g_new0 (Quadrants, 1);
  SpInsights *insights;
  SpRenderOptions opt;
  SpScene *scene;
  SpAttribute *eng;
  const double *betweenness;
  double u, ylo = 1, yhi = 5;
  guint n;

  opt = *options;
  opt.view = SP_RENDER_VIEW_NETWORK;
  opt.show_legend = FALSE;
  opt.heatmap = FALSE;
  opt.hulls = FALSE;
  opt.color_by = NULL;
  opt.indicator = SP_RING_NONE;
  scene = sp_scene_build (network, &opt);
  scene->view = SP_RENDER_VIEW_QUADRANTS;
  scene->view_data = q;
  scene->view_data_free = quadrants_free;
  u = scene->u;
  n = scene->n;

  q->metrics = options->metrics != NULL ? sp_metrics_ref (options->metrics) : NULL;
  betweenness = q->metrics != NULL ? sp_metrics_get (q->metrics, "betweenness") : NULL;
  if (q->metrics == NULL || betweenness == NULL || sp_metrics_get (q->metrics, "degree") == NULL)
    {
      const double *b;
      gboolean any = FALSE;

      if (q->metrics != NULL && (b = sp_metrics_get (q->metrics, "betweenness")) != NULL)
        for (guint i = 0; i < n && !any; i++)
          any = !isnan (b[i]);
      if (!any)
        {
          g_clear_pointer (&q->metrics, sp_metrics_unref);
          q->metrics = sp_measures_metrics (scene->measures, options->tie_type_visible, NULL,
                                            SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS |
                                            SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING,
                                            NULL, NULL, NULL, NULL);
        }
    }
  insights = q->insights = sp_measures_insights (scene->measures, options->tie_type_visible, NULL,
                                                 q->metrics);
  betweenness = q->betweenness = sp_metrics_get (q->metrics, "betweenness");

  q->use = g_new0 (gboolean, MAX (n, 1));
  q->rank = g_new (double, MAX (n, 1));
  q->named = g_new0 (gboolean, MAX (n, 1));
  q->labelled = g_new0 (gboolean, MAX (n, 1));
  q->at_risk = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    q->use[i] = scene->visible[i] && sp_network_node (network, i)->kind == SP_NODE_PERSON &&
                insights->talent != NULL && !isnan (insights->talent[i]) && !isnan (betweenness[i]);
  percentile_ranks (betweenness, q->use, n, q->rank);

  /* only the dots can be pointed at */
  for (guint i = 0; i < n; i++)
    scene->visible[i] = FALSE;

  if (insights->talent == NULL || isnan (insights->talent_cut) || isnan (insights->broker_cut) ||
      isnan (insights->edge_cut))
    {
      q->no_scores = TRUE;
      return scene;
    }

  /* the vertical axis: the 1–5 scale when every score is on it */
  for (guint i = 0; i < n; i++)
    if (q->use[i] && (insights->talent[i] < 1 || insights->talent[i] > 5))
      {
        ylo = G_MAXDOUBLE, yhi = -G_MAXDOUBLE;
        for (guint j = 0; j < n; j++)
          if (q->use[j])
            {
              ylo = MIN (ylo, insights->talent[j]);
              yhi = MAX (yhi, insights->talent[j]);
            }
        if (yhi <= ylo)
          {
            /* one score: a unit range above it, or (near ±1e308, where
             * + 1 changes nothing) a range towards 0 */
            yhi = ylo + 1;
            if (!(yhi > ylo) || !isfinite (yhi))
              {
                if (ylo > 0)
                  ylo /= 2;
                else
                  yhi = ylo / 2;
              }
          }
        break;
      }
  q->ylo = ylo;
  q->yhi = yhi;

  /* the plot: below the title, with a column for the legend */
  q->left = 90 * u;
  q->top = scene->title_box.height > 0 ? scene->title_box.y + scene->title_box.height + 28 * u : 40 * u;
  /* below what floats over the top on screen (a slide's title) */
  q->top = MAX (q->top, scene->opt->reserve_top + 12 * u);
  q->right = options->width - 300 * u;
  q->bottom = options->height - 70 * u;
  q->w = q->right - q->left;
  q->h = q->bottom - q->top;
  if (q->w < 50 * u || q->h < 50 * u)
    {
      q->no_room = TRUE;
      return scene;
    }
#define PX(r) (q->left + (r) / 100.0 * q->w)
#define PY(t) (q->bottom - sp_palette_fraction ((t), q->ylo, q->yhi) * q->h)
  q->xcut = rank_of_cut (betweenness, q->use, q->rank, n, insights->broker_cut, FALSE);
  q->xedge = rank_of_cut (betweenness, q->use, q->rank, n, insights->edge_cut, TRUE);
  q->ycut = CLAMP (insights->talent_cut, ylo, yhi);

  eng = sp_network_find_attribute (network, "engagement");
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    for (guint j = 0; j < insights->people[k]->len; j++)
      {
        guint i = g_array_index (insights->people[k], guint, j);

        q->named[i] = TRUE;
        q->labelled[i] |= j < sp_insights_n_shown (insights, k);
      }
  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (!q->use[i])
        continue;
      scene->visible[i] = TRUE;
      x = PX (q->rank[i]) + jitter (i, 1) * 14 * u;
      y = PY (insights->talent[i]) + jitter (i, 2) * 4 * u;
      /* the jitter keeps each dot on its side of every cut: a dot is in
       * the band exactly when its person is on the list */
      if (betweenness[i] <= insights->edge_cut)
        x = MIN (x, PX (q->xedge) - 0.5 * u);
      else
        x = MAX (x, PX (q->xedge) + 0.5 * u);
      if (betweenness[i] < insights->broker_cut)
        x = MIN (x, PX (q->xcut) - 0.5 * u);
      else
        x = MAX (x, PX (q->xcut) + 0.5 * u);
      if (insights->talent[i] >= insights->talent_cut)
        y = MIN (y, PY (q->ycut) - 0.5 * u);
      else
        y = MAX (y, PY (q->ycut) + 0.5 * u);
      scene->sx[i] = CLAMP (x, q->left, q->right);
      scene->sy[i] = CLAMP (y, q->top, q->bottom);
      scene->radius[i] = 5.5 * u;
      q->at_risk[i] = eng != NULL && eng->type == SP_ATTR_NUMERIC && !isnan (eng->num[i]) &&
                      !isnan (insights->engagement_cut) && eng->num[i] <= insights->engagement_cut &&
                      betweenness[i] >= insights->broker_cut && betweenness[i] > 0;
    }
  return scene;
}

gboolean
sp_scene_quadrant_band (SpScene *scene,
                        double  *x,
                        double  *y,
                        double  *width,
                        double  *height)
{
  Quadrants *q;

  g_return_val_if_fail (scene != NULL, FALSE);
  if (scene->view != SP_RENDER_VIEW_QUADRANTS || scene->view_data == NULL)
    return FALSE;
  q = scene->view_data;
  if (q->no_scores || q->no_room)
    return FALSE;
  /* PX and PY: as where the scene placed the dots */
  *x = PX (0);
  *y = PY (q->yhi);
  *width = PX (q->xedge) - PX (0);
  *height = PY (q->ycut) - PY (q->yhi);
  return TRUE;
}

void
sp_quadrants_draw (SpScene *scene,
                   cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  SpNetwork *network = scene->network;
  Quadrants *q = scene->view_data;
  SpInsights *insights = q->insights;
  const double *rank = q->rank;
  const gboolean *use = q->use, *named = q->named;
  double u = scene->u, left = q->left, top = q->top, right = q->right, bottom = q->bottom;
  double w = q->w, h = q->h, ylo = q->ylo, yhi = q->yhi, xcut = q->xcut, ycut = q->ycut;
  guint n = scene->n;
  SpRect captions[5];
  guint n_captions = 0;

  cairo_save (cr);
  sp_set_color (cr, scene->bg, 1);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);
  if (options->show_title)
    sp_title_draw (scene, cr);
  if (q->no_scores)
    {
      sp_message_draw (scene, cr, _("No talent scores to plot"),
                       _("The talent quadrants need people with a performance or potential score."));
      cairo_restore (cr);
      return;
    }
  if (q->no_room)
    {
      cairo_restore (cr);
      return;
    }

  /* the hidden-talent band (high talent, at the edge) softly tinted */
  sp_set_color (cr, sp_color_mix (scene->bg, SP_HIGHLIGHT_COLOR, 0.06), 1);
  cairo_rectangle (cr, PX (0), PY (yhi), PX (q->xedge) - PX (0), PY (ycut) - PY (yhi));
  cairo_fill (cr);
  sp_set_color (cr, scene->fg_muted, 0.5);
  cairo_set_line_width (cr, 1 * u);
  cairo_rectangle (cr, left, top, w, h);
  cairo_stroke (cr);
  cairo_set_dash (cr, (double[]) { 6 * u, 4 * u }, 2, 0);
  cairo_move_to (cr, PX (xcut), top);
  cairo_line_to (cr, PX (xcut), bottom);
  cairo_move_to (cr, left, PY (ycut));
  cairo_line_to (cr, right, PY (ycut));
  cairo_stroke (cr);
  /* the band's own edge, in its colour */
  sp_set_color (cr, SP_HIGHLIGHT_COLOR, 0.6);
  cairo_move_to (cr, PX (q->xedge), top);
  cairo_line_to (cr, PX (q->xedge), PY (ycut));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* the dots */
  for (guint i = 0; i < n; i++)
    {
      double x = scene->sx[i], y = scene->sy[i], r = scene->radius[i];

      if (!use[i])
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      sp_set_color (cr, scene->color[i], named[i] ? 1.0 : 0.75);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (scene->color[i], scene->fg, 0.35), 1);
      cairo_set_line_width (cr, 1 * u);
      cairo_stroke (cr);
      if (q->at_risk[i])
        {
          cairo_arc (cr, x, y, r + 3.5 * u, 0, 2 * G_PI);
          sp_set_color (cr, SP_HIGHLIGHT_COLOR, 1);
          cairo_set_line_width (cr, 2.5 * u);
          cairo_stroke (cr);
        }
    }

  /* quadrant names; what they cover, the names of the dots avoid */
  {
    SpColor c = scene->fg_muted;
    double pad = 10 * u, qw_l = PX (xcut) - left - 2 * pad, qw_r = right - PX (xcut) - 2 * pad;
    /* the right column is a fifth of the plot: its captions may reach
     * further left (over the dots, with their halo) rather than wrap one
     * word per line */
    double wide_r = MAX (qw_r, MIN (0.42 * (right - left), 460 * u));
    GArray *hidden = insights->people[SP_INSIGHT_HIDDEN_TALENT];
    guint shown = sp_insights_n_shown (insights, SP_INSIGHT_HIDDEN_TALENT);
    /* the band's caption and names beside it when the rest of the
     * quadrant is the wider (its people stand in the band), pointing
     * at it; else inside it */
    gboolean beside = PX (xcut) - PX (q->xedge) >= PX (q->xedge) - left;
    double hx = beside ? PX (q->xedge) + pad + 10 * u : left + pad;
    double hw = beside ? PX (xcut) - hx - pad : PX (q->xedge) - left - 2 * pad;
    double th = show_text_full (scene, cr, _("Hidden talent — high scores, at the edge of the network"),
                                13, PANGO_WEIGHT_BOLD, SP_HIGHLIGHT_COLOR, hx, top + pad, 0, hw,
                                FALSE, &captions[n_captions++]);

    if (beside)
      {
        double ay = top + pad + 9 * u;

        sp_set_color (cr, SP_HIGHLIGHT_COLOR, 1);
        cairo_move_to (cr, hx - 10 * u, ay);
        cairo_line_to (cr, hx - 3 * u, ay - 4.5 * u);
        cairo_line_to (cr, hx - 3 * u, ay + 4.5 * u);
        cairo_close_path (cr);
        cairo_fill (cr);
      }

    /* the list itself, as a board reads it (the first ten and how many
     * more): equal scores at the edge stand on top of each other */
    if (hidden->len > 0)
      {
        GString *names = g_string_new (NULL);

        for (guint k = 0; k < shown; k++)
          {
            g_autofree char *label = sp_render_node_label (network, g_array_index (hidden, guint, k),
                                                           options->anonymize);
            if (k > 0)
              g_string_append (names, ", ");
            g_string_append (names, label);
          }
        if (hidden->len > shown)
          {
            g_autofree char *more = sp_insights_more (hidden->len - shown);

            g_string_append_printf (names, " %s", more);
          }
        show_text_full (scene, cr, names->str, 12, PANGO_WEIGHT_NORMAL, scene->fg,
                        hx, top + pad + th + 4 * u, 0, MIN (hw, 560 * u), FALSE,
                        &captions[n_captions++]);
        g_string_free (names, TRUE);
      }
    show_text_full (scene, cr, _("Stars — high scores, many paths run through them"),
                    13, PANGO_WEIGHT_BOLD, c, right - pad, top + pad, 1, wide_r, FALSE, &captions[n_captions++]);
    show_text_full (scene, cr, _("Brokers — central; watch their load and engagement"),
                    13, PANGO_WEIGHT_BOLD, c, right - pad, bottom - pad, 1, wide_r, TRUE, &captions[n_captions++]);
    show_text_full (scene, cr, _("Core — the everyday network"),
                    13, PANGO_WEIGHT_BOLD, c, left + pad, bottom - pad, 0, qw_l, TRUE, &captions[n_captions++]);
  }

  /* axes */
  sp_set_color (cr, scene->fg_muted, 1);
  for (guint t = 0; t <= 4; t++)
    {
      double v = sp_palette_lerp (ylo, yhi, t / 4.0);
      g_autofree char *s = g_strdup_printf ("%.4g", v);

      show_text (scene, cr, s, 11, PANGO_WEIGHT_NORMAL, scene->fg_muted,
                 left - 8 * u, PY (v) - 8 * u, 1, 0);
    }
  for (guint t = 0; t <= 4; t++)
    {
      g_autofree char *s = g_strdup_printf ("%u", t * 25);

      show_text (scene, cr, s, 11, PANGO_WEIGHT_NORMAL, scene->fg_muted,
                 PX (t * 25.0), bottom + 6 * u, 0.5, 0);
    }
  show_text (scene, cr,
             _("Brokerage: share of colleagues with fewer shortest paths through them (betweenness rank, %)"),
             12, PANGO_WEIGHT_NORMAL, scene->fg, left + w / 2, bottom + 28 * u, 0.5, 0);
  {
    g_autoptr (PangoLayout) l = sp_scene_text (scene, insights->talent_label != NULL
                                                        ? insights->talent_label : _("Talent"),
                                               12, PANGO_WEIGHT_NORMAL);
    PangoRectangle r;

    pango_layout_get_pixel_extents (l, NULL, &r);
    cairo_save (cr);
    cairo_translate (cr, left - 58 * u, top + h / 2 + r.width / 2);
    cairo_rotate (cr, -G_PI / 2);
    sp_set_color (cr, scene->fg, 1);
    cairo_move_to (cr, 0, 0);
    sp_render_show_layout (cr, l);
    cairo_new_path (cr);
    cairo_restore (cr);
  }

  /* names of the people on the lists, placed without overlaps */
  {
    g_autoptr (GArray) labels = g_array_new (FALSE, TRUE, sizeof (SpLabel));
    g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
    SpRect bounds = { left, top, w, h };

    for (guint i = 0; i < n; i++)
      if (use[i] && q->labelled[i])
        {
          g_autofree char *text = sp_render_node_label (network, i, options->anonymize);
          PangoLayout *l = sp_scene_text (scene, text, 11, PANGO_WEIGHT_NORMAL);
          PangoRectangle r;
          SpLabel label = { 0 };

          pango_layout_get_pixel_extents (l, NULL, &r);
          label.x = scene->sx[i];
          label.y = scene->sy[i];
          label.gap = 8 * u;
          label.width = r.width;
          label.height = r.height;
          label.priority = insights->talent[i] + rank[i] / 100.0;
          label.id = layouts->len;
          g_ptr_array_add (layouts, l);
          g_array_append_val (labels, label);
        }
    sp_labels_place ((SpLabel *) (gpointer) labels->data, labels->len, &bounds, captions, n_captions,
                     labels->len);
    for (guint k = 0; k < labels->len; k++)
      {
        const SpLabel *label = &g_array_index (labels, SpLabel, k);

        if (!label->placed)
          continue;
        cairo_move_to (cr, label->rect.x, label->rect.y);
        sp_set_color (cr, scene->bg, 0.85);
        cairo_set_line_width (cr, 3.0 * u);
        cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
        sp_render_layout_halo (cr, g_ptr_array_index (layouts, label->id));
        sp_set_color (cr, scene->fg, 1);
        cairo_move_to (cr, label->rect.x, label->rect.y);
        sp_render_show_layout (cr, g_ptr_array_index (layouts, label->id));
        cairo_new_path (cr);
      }
  }

  /* a compact legend: departments, then the ring */
  {
    double lx = right + 28 * u, ly = top;

    show_text (scene, cr, _("Departments"), 13, PANGO_WEIGHT_BOLD, scene->fg, lx, ly, 0, 0);
    ly += 24 * u;
    for (guint d = 0; d < scene->departments->len; d++)
      {
        cairo_arc (cr, lx + 6 * u, ly + 8 * u, 5.5 * u, 0, 2 * G_PI);
        sp_set_color (cr, sp_palette_category (d), 1);
        cairo_fill (cr);
        show_text (scene, cr, g_ptr_array_index (scene->departments, d), 12,
                   PANGO_WEIGHT_NORMAL, scene->fg, lx + 18 * u, ly, 0, 0);
        ly += 20 * u;
      }
    ly += 12 * u;
    cairo_arc (cr, lx + 6 * u, ly + 8 * u, 5.5 * u, 0, 2 * G_PI);
    sp_set_color (cr, scene->fg_muted, 1);
    cairo_fill (cr);
    cairo_arc (cr, lx + 6 * u, ly + 8 * u, 9 * u, 0, 2 * G_PI);
    sp_set_color (cr, SP_HIGHLIGHT_COLOR, 1);
    cairo_set_line_width (cr, 2.5 * u);
    cairo_stroke (cr);
    show_text (scene, cr, _("At-risk connector: central, low engagement"), 12,
               PANGO_WEIGHT_NORMAL, scene->fg, lx + 20 * u, ly, 0, 240 * u);
    ly += 44 * u;
    ly += show_text_full (scene, cr, _("Dashed lines: where the lists are cut; the tinted band holds exactly the hidden talent. "
                                       "Names: the first ten of each list."),
                          11, PANGO_WEIGHT_NORMAL, scene->fg_muted, lx, ly, 0, 250 * u, FALSE, NULL);
    /* a survey answered by few: the positions rest on what others named */
    {
      g_autofree char *note = sp_network_response_note (scene->network);

      if (note != NULL)
        show_text (scene, cr, note, 11, PANGO_WEIGHT_BOLD, scene->fg, lx, ly + 12 * u, 0, 250 * u);
    }
  }
#undef PX
#undef PY
  cairo_restore (cr);
}
