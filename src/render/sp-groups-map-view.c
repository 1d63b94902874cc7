/* sp-groups-map-view.c — the department map: the organisation as groups
 *
 * Each group (the departments, or the values of the --group-by
 * attribute) is a circle whose area is its people, filled by its E-I
 * index on the diverging map the hulls use (−1 sealed, orange … +1 open,
 * blue).  A line joins two groups with ties between them, as wide as
 * the number of ties crossing (each tie counted once, as
 * sp_group_matrix_compute counts them); beyond a budget only the
 * strongest lines are drawn, and the legend says so.  The groups sit on
 * a circle in an order that keeps heavily tied pairs next to each other
 * (a greedy chain, deterministic), so the map is the same at every
 * export.  Every text is kept in the scene's label set and placed only
 * where it meets no other text and no circle: the tests read the boxes
 * and the SVG export gets real text.
 */
#define G_LOG_DOMAIN "sp-groups-map-view"

#include "sp-render-private.h"
#include "sp-render-overlays.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

/* the lines drawn at most, and how many of the strongest carry their count */
#define LINK_BUDGET    120
#define LINK_LABELS    10

#define NAME_SIZE      12.0
#define DETAIL_SIZE    10.5
#define COUNT_SIZE     10.5
#define HEAD_SIZE      13.0
#define LEGEND_SIZE    11.5

typedef struct {
  const char *name;     /* interned */
  guint       size;     /* people */
  double      ei;       /* NAN without ties */
  double      x, y, r;
  SpColor     fill;
} MapGroup;

typedef struct {
  guint    a, b;        /* group indices */
  guint    ties;
  double   width;
  gboolean labelled;
} MapLink;

typedef struct {
  double  x0, y0, x1, y1, width;
} LegendLine;

typedef struct {
  GArray  *groups;      /* MapGroup, in the groups' sorted order */
  GArray  *links;       /* MapLink drawn, strongest first */
  guint    n_links;     /* links between groups, drawn or not */
  GArray  *colors;      /* SpColor per text in scene->labels */
  GArray  *boxes;       /* SpRect: the plates under the lines' counts */
  GArray  *legend_lines;
  SpRect   ramp;        /* the E-I colour ramp in the legend */
  GArray  *legend_discs; /* double triples x, y, r */
  char    *why;         /* nothing to draw: why */
} GroupsMapView;

static void
groups_map_view_free (gpointer data)
{
  GroupsMapView *v = data;

  g_clear_pointer (&v->groups, g_array_unref);
  g_clear_pointer (&v->links, g_array_unref);
  g_clear_pointer (&v->colors, g_array_unref);
  g_clear_pointer (&v->boxes, g_array_unref);
  g_clear_pointer (&v->legend_lines, g_array_unref);
  g_clear_pointer (&v->legend_discs, g_array_unref);
  g_free (v->why);
  g_free (v);
}

static PangoRectangle
extents (PangoLayout *l)
{
  PangoRectangle r;

  pango_layout_get_pixel_extents (l, NULL, &r);
  return r;
}

static PangoLayout *
text_layout (SpScene    *scene,
             const char *text,
             double      size,
             PangoWeight weight,
             double      width)
{
  PangoLayout *l = sp_scene_text (scene, text, size, weight);

  if (width > 0)
    {
      pango_layout_set_width (l, (int) (MAX (width, 1) * PANGO_SCALE));
      pango_layout_set_wrap (l, PANGO_WRAP_WORD);
    }
  return l;
}

/* Keeps @l (taken) drawn with its origin at (@x, @y) in @color. */
static SpRect
place (SpScene       *scene,
       GroupsMapView *v,
       PangoLayout   *l,
       double         x,
       double         y,
       SpColor        color)
{
  return sp_scene_keep_text (scene, v->colors, l, x, y, color);
}

/* Whether @r meets any text placed so far or any of @obstacles. */
static gboolean
blocked (SpScene      *scene,
         const SpRect *r,
         const SpRect *bounds,
         GArray       *obstacles)
{
  if (r->x < bounds->x || r->y < bounds->y || r->x + r->width > bounds->x + bounds->width ||
      r->y + r->height > bounds->y + bounds->height)
    return TRUE;
  for (guint k = 0; k < scene->labels.labels->len; k++)
    if (sp_rect_intersects (r, &g_array_index (scene->labels.labels, SpLabel, k).rect))
      return TRUE;
  for (guint k = 0; obstacles != NULL && k < obstacles->len; k++)
    if (sp_rect_intersects (r, &g_array_index (obstacles, SpRect, k)))
      return TRUE;
  return FALSE;
}

/* The order around the circle: a chain that starts at the group with the
 * most ties to others and goes on each time to the group most tied to
 * the one before (then to the whole chain, then the larger, then by
 * name), so that heavy pairs are neighbours.  Deterministic. */
static guint *
circle_order (GArray              *groups,
              const SpGroupMatrix *gmx)
{
  guint n = groups->len, *order = g_new (guint, MAX (n, 1));
  g_autofree gboolean *used = g_new0 (gboolean, MAX (n, 1));
  g_autofree guint64 *to_chain = g_new0 (guint64, MAX (n, 1));
  guint first = 0;
  guint64 best = 0;

  for (guint a = 0; a < n; a++)
    {
      guint64 out = 0;

      for (guint b = 0; b < n; b++)
        if (b != a)
          out += gmx->ties[a * n + b];
      if (out > best)
        {
          best = out;
          first = a;
        }
    }
  for (guint k = 0; k < n; k++)
    {
      guint pick = first;

      if (k > 0)
        {
          guint last = order[k - 1];
          gint found = -1;

          for (guint c = 0; c < n; c++)
            {
              guint wc, wf;

              if (used[c])
                continue;
              if (found < 0)
                {
                  found = (gint) c;
                  continue;
                }
              wc = gmx->ties[last * n + c];
              wf = gmx->ties[last * n + (guint) found];
              if (wc > wf ||
                  (wc == wf && (to_chain[c] > to_chain[found] ||
                                (to_chain[c] == to_chain[found] &&
                                 g_array_index (groups, MapGroup, c).size >
                                 g_array_index (groups, MapGroup, found).size))))
                found = (gint) c;
            }
          pick = (guint) found;
        }
      order[k] = pick;
      used[pick] = TRUE;
      for (guint c = 0; c < n; c++)
        to_chain[c] += gmx->ties[pick * n + c];
    }
  return order;
}

static gint
link_cmp (gconstpointer pa,
          gconstpointer pb)
{
  const MapLink *a = pa, *b = pb;

  if (a->ties != b->ties)
    return a->ties > b->ties ? -1 : 1;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return a->b < b->b ? -1 : (a->b > b->b);
}

static double
ei_t (double ei)
{
  return (ei + 1) / 2;
}

/* A group's name as the map says it: a value that is a number ("2" of
 * office) with the attribute's name before it, as the hulls say it. */
static char *
display_name (SpScene    *scene,
              const char *name)
{
  char *end = NULL;

  if (scene->group_attr != NULL && name != NULL && *name != '\0' &&
      (g_ascii_strtod (name, &end), end != NULL && *end == '\0'))
    /* Translators: a group on the department map whose value is a
     * number: "office 2" */
    return g_strdup_printf (C_("groups map", "%s %s"), scene->group_attr->name, name);
  return g_strdup (name);
}

/* A group's label: its name (bold) and, under it, its size, outside its
 * circle on the side facing away from the centre (left of it on the left
 * half), so that the lines inside stay clear; where two lines do not
 * fit, "Name · N" on one.  Texts are never put inside the ring, where
 * they would cover the lines. */
static void
place_group_label (SpScene        *scene,
                   GroupsMapView  *v,
                   const MapGroup *g,
                   double          cx,
                   double          cy,
                   const SpRect   *bounds,
                   GArray         *obstacles)
{
  double u = scene->u, ang = atan2 (g->y - cy, g->x - cx);
  g_autofree char *detail = NULL;
  g_autofree char *shown = display_name (scene, g->name);
  /* Translators: a group's label on the department map when room is
   * short: its name and its number of people */
  g_autofree char *short_text = g_strdup_printf (C_("groups map", "%s · %u"), shown, g->size);

  if (isnan (g->ei))
    detail = g_strdup_printf (ngettext ("%u person", "%u people", g->size), g->size);
  else
    {
      char ei[16];

      g_snprintf (ei, sizeof ei, "%s%.2f", g->ei < 0 ? "−" : "+", fabs (g->ei));
      /* Translators: under a group's name on the department map:
       * "33 people · E-I −0.30" */
      detail = g_strdup_printf (ngettext ("%u person · E-I %s", "%u people · E-I %s", g->size), g->size, ei);
    }
  /* outward first, then a little around the circle */
  const double turns[] = { 0, -0.3, 0.3, -0.6, 0.6 };

  if (g->name == NULL || *g->name == '\0')
    return;
  for (guint form = 0; form < 2; form++)
    {
      PangoLayout *name = text_layout (scene, form == 0 ? shown : short_text, NAME_SIZE, PANGO_WEIGHT_BOLD, 0);
      PangoLayout *size = form == 0 ? text_layout (scene, detail, DETAIL_SIZE, PANGO_WEIGHT_NORMAL, 0) : NULL;
      PangoRectangle ne = extents (name), se = size != NULL ? extents (size) : (PangoRectangle) { 0 };
      double w = MAX (ne.width, se.width), h = ne.height + se.height;

      for (guint t = 0; t < G_N_ELEMENTS (turns); t++)
        {
          double a = ang + turns[t], d = g->r + 3 * u;
          double ax = g->x + cos (a) * d, ay = g->y + sin (a) * d;
          /* the box touches the circle on the side it faces */
          double bx = ax - w / 2 + cos (a) * w / 2, by = ay - h / 2 + sin (a) * h / 2;
          SpRect box = { bx, by, w, h };
          PangoAlignment align;
          double nx, sx;

          if (blocked (scene, &box, bounds, obstacles))
            continue;
          align = cos (a) > 0.3 ? PANGO_ALIGN_LEFT : cos (a) < -0.3 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
          nx = align == PANGO_ALIGN_LEFT ? bx : align == PANGO_ALIGN_RIGHT ? bx + w - ne.width
                                                                          : bx + (w - ne.width) / 2;
          sx = align == PANGO_ALIGN_LEFT ? bx : align == PANGO_ALIGN_RIGHT ? bx + w - se.width
                                                                          : bx + (w - se.width) / 2;
          place (scene, v, name, nx - ne.x, by - ne.y, scene->fg);
          if (size != NULL)
            place (scene, v, size, sx - se.x, by + ne.height - se.y, scene->fg_muted);
          return;
        }
      g_object_unref (name);
      g_clear_object (&size);
    }
}

/* The count on one of the strongest lines, at its middle or a little
 * along it, on a small plate of the background. */
static void
place_link_label (SpScene        *scene,
                  GroupsMapView  *v,
                  MapLink        *link,
                  const SpRect   *bounds,
                  GArray         *obstacles)
{
  const MapGroup *a = &g_array_index (v->groups, MapGroup, link->a);
  const MapGroup *b = &g_array_index (v->groups, MapGroup, link->b);
  double u = scene->u, pad = 2.5 * u;
  g_autofree char *text = g_strdup_printf ("%'u", link->ties);
  PangoLayout *l = text_layout (scene, text, COUNT_SIZE, PANGO_WEIGHT_BOLD, 0);
  PangoRectangle e = extents (l);
  const double at[] = { 0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73 };

  for (guint k = 0; k < G_N_ELEMENTS (at); k++)
    {
      double mx = a->x + (b->x - a->x) * at[k], my = a->y + (b->y - a->y) * at[k];
      SpRect plate = { mx - e.width / 2 - pad, my - e.height / 2 - pad / 2, e.width + 2 * pad, e.height + pad };

      if (blocked (scene, &plate, bounds, obstacles))
        continue;
      /* the plate is what is kept apart, the text sits in it */
      place (scene, v, l, mx - e.width / 2 - e.x, my - e.height / 2 - e.y, scene->fg);
      g_array_index (scene->labels.labels, SpLabel, scene->labels.labels->len - 1).rect = plate;
      g_array_append_val (v->boxes, plate);
      link->labelled = TRUE;
      return;
    }
  g_object_unref (l);
}

/* The legend column: what the size, the fill and the lines say. */
static void
lay_out_legend (SpScene       *scene,
                GroupsMapView *v,
                double         x,
                double         y,
                double         width,
                double         bottom,
                guint          max_size,
                guint          max_ties,
                guint          n_missing)
{
  double u = scene->u;
  PangoLayout *l;
  const char *group_word = scene->group_attr != NULL ? scene->group_attr->name : NULL;
  g_autofree char *head = group_word != NULL
                          /* Translators: the department map's legend heading; %s is the attribute grouped by */
                          ? g_strdup_printf (_("Groups by %s"), group_word)
                          : g_strdup (_("Departments"));

#define PUT(text, size, weight, color, after)                                        \
  G_STMT_START {                                                                     \
    l = text_layout (scene, (text), (size), (weight), width);                        \
    if (y + extents (l).height > bottom)                                             \
      {                                                                              \
        g_object_unref (l);                                                          \
        return;                                                                      \
      }                                                                              \
    y += place (scene, v, l, x, y, (color)).height + (after);                        \
  } G_STMT_END

  PUT (head, HEAD_SIZE, PANGO_WEIGHT_BOLD, scene->fg, 8 * u);

  /* size: two discs, the largest group and a quarter of it */
  {
    double r_big = 14 * u, r_small = 7 * u;
    double dy = y + r_big;

    if (dy + r_big > bottom)
      return;
    {
      double disc[] = { x + r_big, dy, r_big, x + 2 * r_big + 10 * u + r_small, dy + r_big - r_small, r_small };

      g_array_append_vals (v->legend_discs, disc, 6);
    }
    {
      g_autofree char *big = g_strdup_printf (ngettext ("%u person", "%u people", max_size), max_size);
      guint q = MAX (max_size / 4, 1);
      g_autofree char *small = g_strdup_printf (ngettext ("%u person", "%u people", q), q);
      double tx = x + 2 * r_big + 2 * r_small + 20 * u;
      PangoLayout *a = text_layout (scene, big, LEGEND_SIZE, PANGO_WEIGHT_NORMAL, width - (tx - x));
      PangoLayout *b = text_layout (scene, small, LEGEND_SIZE, PANGO_WEIGHT_NORMAL, width - (tx - x));
      double ah = extents (a).height;

      place (scene, v, a, tx, dy - ah, scene->fg_muted);
      place (scene, v, b, tx, dy, scene->fg_muted);
    }
    y = dy + r_big + 4 * u;
  }
  PUT (_("Circle area: the group's people"), LEGEND_SIZE, PANGO_WEIGHT_NORMAL, scene->fg, 12 * u);

  /* fill: the E-I ramp */
  PUT (_("Fill: the group's E-I index"), LEGEND_SIZE, PANGO_WEIGHT_NORMAL, scene->fg, 4 * u);
  if (y + 12 * u > bottom)
    return;
  v->ramp = (SpRect) { x, y, MIN (width, 220 * u), 12 * u };
  y += 12 * u + 2 * u;
  {
    PangoLayout *a = text_layout (scene, _("−1 closed"), LEGEND_SIZE, PANGO_WEIGHT_NORMAL, 0);
    PangoLayout *b = text_layout (scene, _("+1 open"), LEGEND_SIZE, PANGO_WEIGHT_NORMAL, 0);
    double h = extents (a).height;

    place (scene, v, a, x, y, scene->fg_muted);
    place (scene, v, b, x + v->ramp.width - extents (b).width, y, scene->fg_muted);
    y += h + 4 * u;
  }
  PUT (_("−1: every tie of its people stays inside the group; +1: every tie reaches another group. "
         "Grey: no ties."), LEGEND_SIZE * 0.92, PANGO_WEIGHT_NORMAL, scene->fg_muted, 12 * u);

  /* lines: two samples */
  PUT (_("Line width: the ties between the two groups"), LEGEND_SIZE, PANGO_WEIGHT_NORMAL, scene->fg, 6 * u);
  if (max_ties > 0 && v->links->len > 0)
    {
      guint weak = g_array_index (v->links, MapLink, v->links->len - 1).ties;
      guint samples[] = { max_ties, weak };
      guint n_samples = weak < max_ties ? 2 : 1;

      for (guint k = 0; k < n_samples; k++)
        {
          g_autofree char *t = g_strdup_printf (ngettext ("%'u tie", "%'u ties", samples[k]), samples[k]);
          PangoLayout *a = text_layout (scene, t, LEGEND_SIZE, PANGO_WEIGHT_NORMAL, 0);
          double h = extents (a).height;
          LegendLine line = { x, y + h / 2, x + 48 * u, y + h / 2,
                              1.0 * u + 11.0 * u * samples[k] / (double) max_ties };

          if (y + h > bottom)
            {
              g_object_unref (a);
              return;
            }
          g_array_append_val (v->legend_lines, line);
          place (scene, v, a, x + 58 * u, y, scene->fg_muted);
          y += MAX (h, line.width) + 4 * u;
        }
      y += 4 * u;
    }
  {
    g_autofree char *note = NULL;
    guint labelled = 0;

    for (guint k = 0; k < v->links->len; k++)
      labelled += g_array_index (v->links, MapLink, k).labelled;
    if (v->links->len < v->n_links)
      /* Translators: the department map's legend, when not every line is drawn */
      note = g_strdup_printf (_("The %u strongest of %u links are drawn."), v->links->len, v->n_links);
    else
      note = g_strdup_printf (ngettext ("%u link between groups.", "%u links between groups.", v->n_links),
                              v->n_links);
    PUT (note, LEGEND_SIZE, PANGO_WEIGHT_BOLD, scene->fg, 4 * u);
    if (labelled > 0)
      {
        g_autofree char *n2 = g_strdup_printf (ngettext ("The number on a line: the ties it stands for "
                                                         "(on the strongest link).",
                                                         "The numbers on lines: the ties they stand for "
                                                         "(on the %u strongest links that have room).",
                                                         labelled), labelled);

        PUT (n2, LEGEND_SIZE * 0.92, PANGO_WEIGHT_NORMAL, scene->fg_muted, 4 * u);
      }
    PUT (_("A tie is a pair of people with at least one tie between them, counted once."),
         LEGEND_SIZE * 0.92, PANGO_WEIGHT_NORMAL, scene->fg_muted, 12 * u);
  }
  if (n_missing > 0)
    {
      g_autofree char *m = g_strdup_printf (ngettext ("%u person without a group is not on the map.",
                                                      "%u people without a group are not on the map.",
                                                      n_missing), n_missing);

      PUT (m, LEGEND_SIZE * 0.92, PANGO_WEIGHT_NORMAL, scene->fg_muted, 4 * u);
    }
#undef PUT
}

SpScene *
sp_groups_map_scene (SpNetwork             *network,
                     const SpRenderOptions *options)
{
  GroupsMapView *v = g_new0 (GroupsMapView, 1);
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *removed = NULL;
  g_autoptr (SpGroupMatrix) gmx = NULL;
  g_autofree guint *order = NULL;
  g_autofree double *angles = NULL;
  g_autoptr (GArray) obstacles = NULL;
  SpGroupMetrics *gm;
  SpRenderOptions opt;
  SpScene *scene;
  const char *attribute;
  double u, left, top, right, bottom, legend_w, cx, cy, radius_x, radius_y, r_max, label_w, label_h;
  guint n, max_size = 0, max_ties = 0, n_people = 0, n_grouped = 0;
  SpRect bounds;

  /* the scene gives theme, texts, title and the measures; no legend of
   * the network's */
  opt = *options;
  opt.view = SP_RENDER_VIEW_GROUPS;
  opt.show_legend = FALSE;
  opt.heatmap = FALSE;
  opt.hulls = FALSE;
  opt.color_by = NULL;
  opt.indicator = SP_RING_NONE;
  scene = sp_scene_build (network, &opt);
  scene->view = SP_RENDER_VIEW_GROUPS;
  scene->view_data = v;
  scene->view_data_free = groups_map_view_free;
  scene->labels.labels = g_array_new (FALSE, TRUE, sizeof (SpLabel));
  scene->labels.layouts = g_ptr_array_new_with_free_func (g_object_unref);
  v->groups = g_array_new (FALSE, FALSE, sizeof (MapGroup));
  v->links = g_array_new (FALSE, FALSE, sizeof (MapLink));
  v->colors = g_array_new (FALSE, FALSE, sizeof (SpColor));
  v->boxes = g_array_new (FALSE, FALSE, sizeof (SpRect));
  v->legend_lines = g_array_new (FALSE, FALSE, sizeof (LegendLine));
  v->legend_discs = g_array_new (FALSE, FALSE, sizeof (double));
  u = scene->u;

  removed = sp_scene_removed (scene);
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i] && sp_network_node (network, i)->kind == SP_NODE_PERSON)
      n_people++;
  /* people are not drawn here: nothing to point at but the groups */
  for (guint i = 0; i < scene->n; i++)
    scene->visible[i] = FALSE;

  attribute = scene->group_attr != NULL ? scene->group_attr->name : NULL;
  gm = sp_measures_groups_by (scene->measures, scene->opt->tie_type_visible, removed, attribute, NULL);
  gmx = sp_group_matrix_compute (network, scene->opt->tie_type_visible, removed, attribute, &error);
  if (gm == NULL || gmx == NULL || gmx->n == 0)
    {
      v->why = g_strdup (gmx == NULL && error != NULL ? error->message
                                                      : _("No person has a group to draw."));
      return scene;
    }
  /* both in the groups' sorted order (sp-group-metrics.h) */
  g_return_val_if_fail (gm->groups->len == gmx->n, scene);
  n = gmx->n;
  for (guint k = 0; k < n; k++)
    {
      const SpGroupStats *s = &g_array_index (gm->groups, SpGroupStats, k);
      MapGroup g = { 0 };

      g.name = s->name;
      g.size = s->size;
      g.ei = s->internal_ties + s->external_ties > 0 ? s->ei_index : NAN;
      g.fill = isnan (g.ei) ? sp_palette_missing (scene->opt->dark) : sp_palette_diverging (ei_t (g.ei));
      g_array_append_val (v->groups, g);
      max_size = MAX (max_size, g.size);
      n_grouped += g.size;
    }
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      if (gmx->ties[a * n + b] > 0)
        {
          MapLink link = { a, b, gmx->ties[a * n + b], 0, FALSE };

          g_array_append_val (v->links, link);
        }
  g_array_sort (v->links, link_cmp);
  v->n_links = v->links->len;
  if (v->links->len > LINK_BUDGET)
    g_array_set_size (v->links, LINK_BUDGET);
  if (v->links->len > 0)
    max_ties = g_array_index (v->links, MapLink, 0).ties;

  /* the page: below the title and the state line, a legend column at the
   * right */
  left = scene->plot.x;
  top = scene->plot.y + 6 * u;
  right = scene->plot.x + scene->plot.width;
  bottom = scene->plot.y + scene->plot.height;
  legend_w = MIN (280 * u, 0.26 * (right - left));
  bounds = (SpRect) { left, top, right - left - legend_w - 24 * u, bottom - top };
  /* room for the labels left and right of the ring: the widest name on
   * one line ("Name · N"), within reason */
  label_w = 40 * u;
  for (guint k = 0; k < n; k++)
    {
      const MapGroup *g = &g_array_index (v->groups, MapGroup, k);
      g_autofree char *shown = display_name (scene, g->name);
      g_autofree char *t = g_strdup_printf (C_("groups map", "%s · %u"), shown, g->size);
      g_autoptr (PangoLayout) l = text_layout (scene, t, NAME_SIZE, PANGO_WEIGHT_BOLD, 0);

      label_w = MAX (label_w, extents (l).width + 8 * u);
    }
  label_w = MIN (label_w, 0.2 * bounds.width);
  label_h = 36 * u;
  cx = bounds.x + bounds.width / 2;
  cy = bounds.y + bounds.height / 2;
  {
    /* the ring with its largest group and the labels around it must stay
     * in the bounds: an ellipse on a wide page (at most 1.6 times as wide
     * as high, so that few groups still look like a ring), the largest
     * group a fifth of the room and never wider than its share of the
     * ring */
    double ry = MAX (bounds.height / 2 - label_h, 24 * u);
    double rx = MAX (MIN (bounds.width / 2 - label_w, 1.6 * ry), 24 * u);
    double room = MIN (rx, ry), around = G_PI * (rx + ry);

    r_max = n <= 1 ? room * 0.5 : MIN (room * 0.18, 0.32 * around / n);
    r_max = MAX (r_max, 3 * u);
    radius_x = n <= 1 ? 0 : rx - r_max;
    radius_y = n <= 1 ? 0 : ry - r_max;
  }

  order = circle_order (v->groups, gmx);
  angles = g_new (double, MAX (n, 1));
  {
    /* equal steps along the ellipse, not equal angles, so that its
     * flat sides are not crowded: the angle of each k-th n-th of the
     * perimeter, by a fine sampling of it */
    enum { STEPS = 2048 };
    g_autofree double *along = g_new (double, STEPS + 1);

    along[0] = 0;
    for (guint s = 1; s <= STEPS; s++)
      {
        double t0 = -G_PI / 2 + 2 * G_PI * (s - 1) / STEPS, t1 = -G_PI / 2 + 2 * G_PI * s / STEPS;

        along[s] = along[s - 1] + hypot (radius_x * (cos (t1) - cos (t0)), radius_y * (sin (t1) - sin (t0)));
      }
    for (guint k = 0, s = 0; k < n; k++)
      {
        double want = along[STEPS] * k / n;

        while (s < STEPS && along[s + 1] < want)
          s++;
        angles[k] = -G_PI / 2 + 2 * G_PI * s / STEPS;
      }
  }
  for (guint k = 0; k < n; k++)
    {
      MapGroup *g = &g_array_index (v->groups, MapGroup, order[k]);
      /* from the top, clockwise */
      double ang = angles[k];

      g->x = cx + radius_x * cos (ang);
      g->y = cy + radius_y * sin (ang);
      /* area ∝ people */
      g->r = MAX (r_max * sqrt (g->size / (double) MAX (max_size, 1)), 2.5 * u);
    }
  /* a few groups leave the ring's bottom or sides empty (a triangle):
   * the circles, not the ring, centred in the room */
  {
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;

    for (guint k = 0; k < n; k++)
      {
        const MapGroup *g = &g_array_index (v->groups, MapGroup, k);

        x0 = MIN (x0, g->x - g->r);
        x1 = MAX (x1, g->x + g->r);
        y0 = MIN (y0, g->y - g->r);
        y1 = MAX (y1, g->y + g->r);
      }
    for (guint k = 0; k < n; k++)
      {
        MapGroup *g = &g_array_index (v->groups, MapGroup, k);

        g->x += cx - (x0 + x1) / 2;
        g->y += cy - (y0 + y1) / 2;
      }
  }
  for (guint k = 0; k < v->links->len; k++)
    {
      MapLink *link = &g_array_index (v->links, MapLink, k);

      link->width = 1.0 * u + 11.0 * u * link->ties / (double) MAX (max_ties, 1);
    }

  /* texts: the groups' names, largest first, kept off every circle;
   * then the counts of the strongest lines; then the legend in its own
   * column (the map's texts stay left of it), which says how many lines
   * carry their count */
  obstacles = g_array_new (FALSE, FALSE, sizeof (SpRect));
  for (guint k = 0; k < n; k++)
    {
      const MapGroup *g = &g_array_index (v->groups, MapGroup, k);
      SpRect box = { g->x - g->r, g->y - g->r, 2 * g->r, 2 * g->r };

      g_array_append_val (obstacles, box);
    }
  {
    g_autofree guint *by_size = g_new (guint, MAX (n, 1));

    for (guint k = 0; k < n; k++)
      by_size[k] = order[k];
    /* largest first; equal sizes in circle order */
    for (guint k = 1; k < n; k++)
      for (guint j = k; j > 0 && g_array_index (v->groups, MapGroup, by_size[j]).size >
                                 g_array_index (v->groups, MapGroup, by_size[j - 1]).size; j--)
        {
          guint t = by_size[j];

          by_size[j] = by_size[j - 1];
          by_size[j - 1] = t;
        }
    for (guint k = 0; k < n; k++)
      place_group_label (scene, v, &g_array_index (v->groups, MapGroup, by_size[k]), cx, cy, &bounds, obstacles);
  }
  for (guint k = 0; k < MIN (v->links->len, LINK_LABELS); k++)
    place_link_label (scene, v, &g_array_index (v->links, MapLink, k), &bounds, obstacles);

  lay_out_legend (scene, v, right - legend_w, top, legend_w, bottom, max_size, max_ties,
                  n_people > n_grouped ? n_people - n_grouped : 0);
  return scene;
}

void
sp_groups_map_draw (SpScene *scene,
                    cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  GroupsMapView *v = scene->view_data;
  double u = scene->u;
  SpColor line = sp_color_mix (scene->bg, scene->fg, 0.45);

  cairo_save (cr);
  sp_set_color (cr, scene->bg, 1);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);
  if (options->show_title && (options->layers & SP_RENDER_LAYER_TITLE))
    sp_title_draw (scene, cr);
  if (options->layers & SP_RENDER_LAYER_TITLE)
    sp_overlays_caption_draw (scene, cr);
  if (v->why != NULL)
    {
      sp_message_draw (scene, cr, _("No department map to draw"), v->why);
      cairo_restore (cr);
      return;
    }

  /* lines, the weakest first so the strongest lie on top */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint k = v->links->len; k-- > 0;)
    {
      const MapLink *link = &g_array_index (v->links, MapLink, k);
      const MapGroup *a = &g_array_index (v->groups, MapGroup, link->a);
      const MapGroup *b = &g_array_index (v->groups, MapGroup, link->b);

      cairo_move_to (cr, a->x, a->y);
      cairo_line_to (cr, b->x, b->y);
      cairo_set_line_width (cr, link->width);
      sp_set_color (cr, line, 0.55);
      cairo_stroke (cr);
    }
  for (guint k = 0; k < v->groups->len; k++)
    {
      const MapGroup *g = &g_array_index (v->groups, MapGroup, k);

      cairo_new_path (cr);
      cairo_arc (cr, g->x, g->y, g->r, 0, 2 * G_PI);
      sp_set_color (cr, g->fill, 1);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (scene->bg, scene->fg, 0.55), 1);
      cairo_set_line_width (cr, MIN (1.2 * u, g->r / 4));
      cairo_stroke (cr);
    }
  for (guint k = 0; k < v->boxes->len; k++)
    {
      const SpRect *r = &g_array_index (v->boxes, SpRect, k);

      sp_rounded_rect (cr, r->x, r->y, r->width, r->height, 3 * u);
      sp_set_color (cr, scene->bg, 0.92);
      cairo_fill_preserve (cr);
      sp_set_color (cr, line, 1);
      cairo_set_line_width (cr, 0.8 * u);
      cairo_stroke (cr);
    }

  /* the legend's samples */
  for (guint k = 0; k + 2 < v->legend_discs->len; k += 3)
    {
      const double *d = &g_array_index (v->legend_discs, double, k);

      cairo_new_path (cr);
      cairo_arc (cr, d[0], d[1], d[2], 0, 2 * G_PI);
      sp_set_color (cr, sp_palette_diverging (0.5), 1);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (scene->bg, scene->fg, 0.55), 1);
      cairo_set_line_width (cr, 1.0 * u);
      cairo_stroke (cr);
    }
  if (v->ramp.width > 0)
    {
      const SpRect *r = &v->ramp;
      cairo_pattern_t *p = cairo_pattern_create_linear (r->x, 0, r->x + r->width, 0);

      for (guint s = 0; s <= 10; s++)
        {
          SpColor c = sp_palette_diverging (s / 10.0);

          cairo_pattern_add_color_stop_rgb (p, s / 10.0, c.r, c.g, c.b);
        }
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_set_source (cr, p);
      cairo_fill (cr);
      cairo_pattern_destroy (p);
    }
  for (guint k = 0; k < v->legend_lines->len; k++)
    {
      const LegendLine *l = &g_array_index (v->legend_lines, LegendLine, k);

      cairo_move_to (cr, l->x0, l->y0);
      cairo_line_to (cr, l->x1, l->y1);
      cairo_set_line_width (cr, l->width);
      sp_set_color (cr, line, 0.55);
      cairo_stroke (cr);
    }

  sp_scene_draw_kept_texts (scene, cr, v->colors);
  cairo_restore (cr);
}

static GroupsMapView *
map_view (SpScene *scene)
{
  GroupsMapView *v;

  if (scene->view != SP_RENDER_VIEW_GROUPS || (v = scene->view_data) == NULL || v->why != NULL)
    return NULL;
  return v;
}

guint
sp_scene_groups_map_n_groups (SpScene *scene)
{
  GroupsMapView *v;

  g_return_val_if_fail (scene != NULL, 0);
  return (v = map_view (scene)) != NULL ? v->groups->len : 0;
}

gboolean
sp_scene_groups_map_group (SpScene     *scene,
                           guint        k,
                           const char **name,
                           guint       *n_people,
                           double      *ei,
                           double      *x,
                           double      *y,
                           double      *radius,
                           guint32     *rgb)
{
  GroupsMapView *v;
  const MapGroup *g;

  g_return_val_if_fail (scene != NULL, FALSE);
  if ((v = map_view (scene)) == NULL || k >= v->groups->len)
    return FALSE;
  g = &g_array_index (v->groups, MapGroup, k);
  if (name != NULL)
    *name = g->name;
  if (n_people != NULL)
    *n_people = g->size;
  if (ei != NULL)
    *ei = g->ei;
  if (x != NULL)
    *x = g->x;
  if (y != NULL)
    *y = g->y;
  if (radius != NULL)
    *radius = g->r;
  if (rgb != NULL)
    *rgb = ((guint32) lround (CLAMP (g->fill.r, 0, 1) * 255) << 16) |
           ((guint32) lround (CLAMP (g->fill.g, 0, 1) * 255) << 8) |
           (guint32) lround (CLAMP (g->fill.b, 0, 1) * 255);
  return TRUE;
}

guint
sp_scene_groups_map_n_links (SpScene *scene,
                             guint   *n_total)
{
  GroupsMapView *v;

  g_return_val_if_fail (scene != NULL, 0);
  v = map_view (scene);
  if (n_total != NULL)
    *n_total = v != NULL ? v->n_links : 0;
  return v != NULL ? v->links->len : 0;
}

gboolean
sp_scene_groups_map_link (SpScene  *scene,
                          guint     k,
                          guint    *a,
                          guint    *b,
                          guint    *ties,
                          double   *width,
                          gboolean *labelled)
{
  GroupsMapView *v;
  const MapLink *link;

  g_return_val_if_fail (scene != NULL, FALSE);
  if ((v = map_view (scene)) == NULL || k >= v->links->len)
    return FALSE;
  link = &g_array_index (v->links, MapLink, k);
  if (a != NULL)
    *a = link->a;
  if (b != NULL)
    *b = link->b;
  if (ties != NULL)
    *ties = link->ties;
  if (width != NULL)
    *width = link->width;
  if (labelled != NULL)
    *labelled = link->labelled;
  return TRUE;
}

const char *
sp_scene_groups_map_group_at (SpScene *scene,
                              double   x,
                              double   y)
{
  GroupsMapView *v;
  const char *found = NULL;
  double best = INFINITY;

  g_return_val_if_fail (scene != NULL, NULL);
  if ((v = map_view (scene)) == NULL)
    return NULL;
  /* the nearest circle holding the point (small ones may touch) */
  for (guint k = 0; k < v->groups->len; k++)
    {
      const MapGroup *g = &g_array_index (v->groups, MapGroup, k);
      double d = hypot (x - g->x, y - g->y);

      if (d <= MAX (g->r, 4 * scene->u) && d < best)
        {
          best = d;
          found = g->name;
        }
    }
  return found;
}
