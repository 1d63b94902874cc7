/* sp-render.c — the scene and its layers: background, edges, nodes, labels
 * (legend and title are in sp-legend.c) */
#define G_LOG_DOMAIN "sp-render"

#include "sp-render-private.h"
#include "sp-text.h"
#include "sp-render-overlays.h"
#include "sp-heatmap.h"
#include "sp-insights.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

void
sp_render_options_init (SpRenderOptions *options,
                        double           width,
                        double           height)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->width = width;
  options->height = height;
  options->label_density = 1.0;
  options->label_scale = 1.0;
  options->show_legend = TRUE;
  options->show_title = TRUE;
  options->layers = SP_RENDER_LAYERS_ALL;
  options->selected = -1;
  options->hovered = -1;
  options->zoom = 1.0;
}

static const char *ring_names[] = { "none", "constraint", "effective-size", "clustering", "ei-index" };

gboolean
sp_ring_indicator_from_string (const char      *name,
                               SpRingIndicator *indicator)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (ring_names); k++)
    if (g_ascii_strcasecmp (name, ring_names[k]) == 0)
      {
        *indicator = k;
        return TRUE;
      }
  return FALSE;
}

char *
sp_render_node_label (SpNetwork *network,
                      guint      node,
                      gboolean   anonymize)
{
  SpNode *n;
  guint ordinal = 0;

  g_return_val_if_fail (network != NULL, NULL);
  g_return_val_if_fail (node < sp_network_n_nodes (network), NULL);

  n = sp_network_node (network, node);
  if (!anonymize)
    return g_strdup (n->name != NULL ? n->name : n->id);

  /* the ordinal among nodes of the same kind, so that persons and clients
   * each count from 1 */
  for (guint i = 0; i <= node; i++)
    if (g_array_index (network->nodes, SpNode, i).kind == n->kind)
      ordinal++;
  if (n->kind == SP_NODE_CLIENT)
    return g_strdup_printf (_("Client %u"), ordinal);
  return g_strdup_printf (_("Person %u"), ordinal);
}

static const char *
node_department (SpScene *scene,
                 guint    i)
{
  if (scene->group_attr != NULL)
    return scene->group_attr->str[i];
  /* what-if: a person moved to another department */
  if (scene->opt != NULL && scene->opt->moved_department != NULL && scene->opt->moved_department[i] != NULL)
    return scene->opt->moved_department[i];
  return g_array_index (scene->network->nodes, SpNode, i).department;
}

static gboolean
is_client (SpScene *scene,
           guint    i)
{
  return g_array_index (scene->network->nodes, SpNode, i).kind == SP_NODE_CLIENT;
}

static void
scene_theme (SpScene *scene)
{
  if (scene->opt->dark)
    {
      scene->bg = sp_color_from_hex (0x1C1F24);
      scene->fg = sp_color_from_hex (0xECEEF0);
      scene->fg_muted = sp_color_from_hex (0x9AA0A6);
      scene->edge_neutral = sp_color_from_hex (0x9AA5B1);
      scene->client_fill = sp_color_from_hex (0x3A3F47);
      scene->client_stroke = sp_color_from_hex (0xD8DCE0);
      scene->client_edge = sp_color_from_hex (0xC9B48A);
      scene->accent = sp_color_from_hex (0xFFFFFF);
    }
  else
    {
      scene->bg = sp_color_from_hex (0xFFFFFF);
      scene->fg = sp_color_from_hex (0x1F2328);
      scene->fg_muted = sp_color_from_hex (0x656D76);
      scene->edge_neutral = sp_color_from_hex (0x5C6670);
      scene->client_fill = sp_color_from_hex (0xEEF0F2);
      scene->client_stroke = sp_color_from_hex (0x3D444D);
      scene->client_edge = sp_color_from_hex (0x7A5C2E);
      scene->accent = sp_color_from_hex (0x1F2328);
    }
}

/* The measures an option asks for, computed unless the caller passed them. */
static SpMetricsFlags
flags_for_column (const char *name)
{
  if (g_str_has_suffix (name, "degree"))
    return SP_METRICS_DEGREE;
  if (g_str_equal (name, "betweenness") || g_str_equal (name, "closeness"))
    return SP_METRICS_BETWEENNESS;
  if (g_str_equal (name, "eigenvector"))
    return SP_METRICS_EIGENVECTOR;
  if (g_str_equal (name, "clustering"))
    return SP_METRICS_CLUSTERING;
  if (g_str_equal (name, "constraint") || g_str_equal (name, "effective_size") ||
      g_str_equal (name, "efficiency") || g_str_equal (name, "hierarchy"))
    return SP_METRICS_STRUCTURAL_HOLES;
  if (g_str_has_prefix (name, "broker_"))
    return SP_METRICS_BROKERAGE;
  if (g_str_equal (name, "ei_index"))
    return SP_METRICS_EI_INDEX;
  if (g_str_equal (name, "reciprocity"))
    return SP_METRICS_RECIPROCITY;
  if (g_str_equal (name, "reach_2"))
    return SP_METRICS_REACH;
  if (g_str_equal (name, "core"))
    return SP_METRICS_CORE;
  return SP_METRICS_ALL;
}

static const char *
ring_column (SpRingIndicator indicator)
{
  switch (indicator)
    {
    case SP_RING_CONSTRAINT: return "constraint";
    case SP_RING_EFFECTIVE_SIZE: return "effective_size";
    case SP_RING_CLUSTERING: return "clustering";
    case SP_RING_EI_INDEX: return "ei_index";
    case SP_RING_NONE:
    default: return NULL;
    }
}

static void
scene_metrics (SpScene *scene)
{
  const SpRenderOptions *opt = scene->opt;
  SpNetwork *net = scene->network;
  SpMetricsFlags flags = 0;
  g_autofree gboolean *removed = NULL;

  if (opt->color_by != NULL)
    {
      SpAttribute *attr = sp_network_find_attribute (net, opt->color_by);

      if ((attr == NULL || attr->type != SP_ATTR_NUMERIC) && sp_metrics_column_index (opt->color_by) >= 0)
        flags |= flags_for_column (opt->color_by);
    }
  if (ring_column (opt->indicator) != NULL)
    flags |= flags_for_column (ring_column (opt->indicator));
  if (opt->hulls)
    flags |= SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING;
  if (opt->view == SP_RENDER_VIEW_HEAT_TABLE)
    flags |= SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES |
             SP_METRICS_CLUSTERING;
  /* the talent grid's network positions */
  if (opt->view == SP_RENDER_VIEW_TALENT_GRID)
    flags |= SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES;
  if (flags == 0 || scene->n_persons == 0)
    return;

  removed = sp_scene_removed (scene);
  if (opt->metrics != NULL)
    scene->metrics = sp_metrics_ref (opt->metrics);
  else
    scene->metrics = sp_measures_metrics (scene->measures, opt->tie_type_visible, removed, flags,
                                          NULL, NULL, NULL, NULL);
  if (opt->hulls || opt->view == SP_RENDER_VIEW_HEAT_TABLE)
    scene->groups = sp_measures_groups_by (scene->measures, opt->tie_type_visible, removed,
                                           scene->group_attr != NULL ? scene->group_attr->name : NULL,
                                           scene->metrics);
  /* (the openness sentence is about departments; groups by another
   * attribute get theirs in words) */
  if (scene->groups != NULL && scene->group_attr != NULL)
    scene->openness = sp_insights_homophily (scene->groups, scene->group_attr->name);
  else if (scene->groups != NULL)
    {
      SpInsights *ins = sp_measures_insights (scene->measures, opt->tie_type_visible, removed, NULL);

      if (ins->summary->len > 0)
        scene->openness = g_strdup (g_ptr_array_index (ins->summary, 0));
    }

  /* the ring: 0 open … 1 closed */
  if (ring_column (opt->indicator) != NULL && scene->metrics != NULL)
    {
      const double *v = sp_metrics_get (scene->metrics, ring_column (opt->indicator));
      double lo = INFINITY, hi = -INFINITY;

      scene->closed = g_new (double, MAX (scene->n, 1));
      for (guint i = 0; i < scene->n; i++)
        if (v != NULL && scene->visible[i] && !isnan (v[i]))
          lo = MIN (lo, v[i]), hi = MAX (hi, v[i]);
      switch (opt->indicator)
        {
        case SP_RING_CLUSTERING:
          lo = 0, hi = 1;
          break;
        case SP_RING_EI_INDEX:
          lo = -1, hi = 1;
          break;
        case SP_RING_CONSTRAINT:
        case SP_RING_EFFECTIVE_SIZE:
        case SP_RING_NONE:
        default:
          if (!isfinite (lo))
            lo = 0, hi = 1;
          break;
        }
      scene->closed_lo = lo;
      scene->closed_hi = hi;
      for (guint i = 0; i < scene->n; i++)
        {
          double t;

          if (v == NULL || !scene->visible[i] || isnan (v[i]) || is_client (scene, i))
            {
              scene->closed[i] = NAN;
              continue;
            }
          t = hi > lo ? CLAMP (sp_palette_fraction (v[i], lo, hi), 0.0, 1.0) : 0.5;
          /* effective size and E-I grow with openness */
          if (opt->indicator == SP_RING_EFFECTIVE_SIZE || opt->indicator == SP_RING_EI_INDEX)
            t = 1 - t;
          scene->closed[i] = t;
        }
    }
}

SpAttribute *
sp_render_own_color_attribute (SpNetwork  *network,
                               const char *name)
{
  SpAttribute *attr;
  gboolean any = FALSE;
  SpColor c;

  g_return_val_if_fail (network != NULL, NULL);

  attr = name != NULL ? sp_network_find_attribute (network, name) : NULL;
  if (attr == NULL || attr->type != SP_ATTR_CATEGORICAL)
    return NULL;
  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    if (attr->str[i] != NULL)
      {
        if (!sp_color_parse_hex (attr->str[i], &c))
          return NULL;
        any = TRUE;
      }
  return any ? attr : NULL;
}

/* Node colours: department, a numeric attribute or measure on a
 * colour-blind-safe map, or the nodes' own colours. */
static gint
compare_category (gconstpointer a,
                  gconstpointer b,
                  gpointer      counts)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  guint cx = GPOINTER_TO_UINT (g_hash_table_lookup (counts, x));
  guint cy = GPOINTER_TO_UINT (g_hash_table_lookup (counts, y));

  if (cx != cy)
    return cx > cy ? -1 : 1;
  return sp_text_compare_natural (x, y);
}

/* A categorical fill: the values ordered by how many people hold them
 * (all people, not only those shown, so that a filter does not change a
 * value's colour), the first SP_PALETTE_N_SAFE with a colour each. */
static void
scene_categories (SpScene *scene)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);

  scene->cat_values = g_ptr_array_new ();
  scene->cat_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < scene->n; i++)
    {
      const char *value = scene->color_cat->str[i];
      guint count;

      if (value == NULL || is_client (scene, i))
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, value));
      if (count == 0)
        g_ptr_array_add (scene->cat_values, (gpointer) value);
      g_hash_table_insert (counts, (gpointer) value, GUINT_TO_POINTER (count + 1));
    }
  g_ptr_array_sort_with_data (scene->cat_values, compare_category, counts);
  for (guint k = 0; k < scene->cat_values->len; k++)
    g_hash_table_insert (scene->cat_index, g_ptr_array_index (scene->cat_values, k), GUINT_TO_POINTER (k + 1));
  scene->cat_count = g_new0 (guint, SP_PALETTE_N_SAFE);
}

static void
scene_colors (SpScene *scene)
{
  g_autoptr (GHashTable) other_shown = NULL;   /* values beyond the palette, drawn */
  SpNetwork *net = scene->network;
  const SpRenderOptions *opt = scene->opt;
  guint n = scene->n;

  scene->departments = sp_network_group_values (net, scene->group_attr);
  scene->department_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  scene->department_count = g_new0 (guint, scene->departments->len + 1);
  for (guint d = 0; d < scene->departments->len; d++)
    g_hash_table_insert (scene->department_index,
                         g_ptr_array_index (scene->departments, d),
                         GUINT_TO_POINTER (d + 1));

  scene->color = g_new (SpColor, MAX (n, 1));
  scene->missing = g_new0 (gboolean, MAX (n, 1));
  other_shown = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (opt->color_by != NULL)
    {
      SpAttribute *attr = sp_network_find_attribute (net, opt->color_by);

      if (attr != NULL && attr->type == SP_ATTR_NUMERIC)
        {
          scene->color_attr = attr;
          scene->color_values = attr->num;
          scene->color_label = attr->name;
        }
      else if ((scene->color_own = sp_render_own_color_attribute (net, opt->color_by)) != NULL)
        scene->color_label = scene->color_own->name;
      else if (attr != NULL && attr->type == SP_ATTR_CATEGORICAL)
        {
          scene->color_cat = attr;
          scene->color_label = attr->name;
          scene_categories (scene);
        }
      else if (scene->metrics != NULL && sp_metrics_get (scene->metrics, opt->color_by) != NULL)
        {
          gint column = sp_metrics_column_index (opt->color_by);

          scene->color_values = sp_metrics_get (scene->metrics, opt->color_by);
          scene->color_label = sp_metrics_column_label (column);
        }
    }
  if (scene->color_values != NULL)
    {
      g_autofree gboolean *use = g_new (gboolean, MAX (n, 1));
      double lo = INFINITY, hi = -INFINITY;

      for (guint i = 0; i < n; i++)
        {
          use[i] = scene->visible[i] && !is_client (scene, i);
          if (use[i] && !isnan (scene->color_values[i]))
            lo = MIN (lo, scene->color_values[i]), hi = MAX (hi, scene->color_values[i]);
        }
      scene->color_diverging = opt->color_scale == SP_COLOR_SCALE_DIVERGING ||
                               (opt->color_scale == SP_COLOR_SCALE_AUTO &&
                                (g_strcmp0 (opt->color_by, "ei_index") == 0 ||
                                 (lo < 0 && lo >= -1 && hi <= 1)));
      if (scene->color_diverging)
        {
          /* symmetric around 0, so that white means "balanced" */
          double m = isfinite (lo) ? MAX (fabs (lo), fabs (hi)) : 1;

          if (lo >= -1 && hi <= 1)
            m = 1;
          scene->color_min = -m;
          scene->color_max = m > 0 ? m : 1;
        }
      else
        sp_color_domain (scene->color_values, use, n, &scene->color_min, &scene->color_max);
    }

  for (guint i = 0; i < n; i++)
    {
      const char *dept = node_department (scene, i);
      guint d = dept != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (scene->department_index, dept)) : 0;

      if (is_client (scene, i))
        {
          scene->color[i] = scene->client_fill;
          continue;
        }
      if (scene->visible[i])
        {
          if (d > 0)
            scene->department_count[d - 1]++;
          else
            scene->n_missing_department++;
        }

      if (scene->color_values != NULL)
        {
          double v = scene->color_values[i];
          double t = sp_palette_fraction (v, scene->color_min, scene->color_max);

          scene->missing[i] = isnan (v);
          scene->color[i] = scene->missing[i] ? sp_palette_missing (opt->dark)
                            : scene->color_diverging ? sp_palette_diverging (t)
                            : sp_palette_sequential (t);
        }
      else if (scene->color_cat != NULL)
        {
          const char *value = scene->color_cat->str[i];
          guint k = value != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (scene->cat_index, value)) : 0;

          scene->missing[i] = value == NULL;
          scene->color[i] = value == NULL ? sp_palette_missing (opt->dark)
                          : k > 0 && k <= SP_PALETTE_N_SAFE ? sp_palette_safe (k - 1)
                          : sp_palette_other (opt->dark);
          if (scene->visible[i] && value != NULL)
            {
              if (k > 0 && k <= SP_PALETTE_N_SAFE)
                scene->cat_count[k - 1]++;
              else
                {
                  scene->cat_other_count++;
                  if (g_hash_table_add (other_shown, (gpointer) value))
                    scene->cat_other_values++;
                }
            }
        }
      else if (scene->color_own != NULL)
        {
          /* checked by sp_render_own_color_attribute(): NULL or a colour */
          scene->missing[i] = !sp_color_parse_hex (scene->color_own->str[i], &scene->color[i]);
          if (scene->missing[i])
            scene->color[i] = sp_palette_missing (opt->dark);
        }
      else
        {
          scene->missing[i] = d == 0;
          scene->color[i] = d > 0 ? sp_palette_category (d - 1) : sp_palette_missing (opt->dark);
        }
    }
}

static void
scene_highlight (SpScene *scene)
{
  const SpRenderOptions *opt = scene->opt;

  scene->highlighted = g_new0 (gboolean, MAX (scene->n, 1));
  for (guint k = 0; opt->highlight != NULL && k < opt->n_highlight; k++)
    {
      guint i = opt->highlight[k];

      if (i < scene->n && scene->visible[i] && !scene->highlighted[i])
        {
          scene->highlighted[i] = TRUE;
          scene->n_highlighted++;
        }
    }
}

gboolean
sp_scene_dimmed (SpScene *scene,
                 guint    i)
{
  if (scene->has_focus)
    return scene->near[i] == 0;
  return scene->n_highlighted > 0 && !scene->highlighted[i];
}

typedef struct {
  guint64 key;
  double  weight;
} PairWeight;

static gint
compare_pair (gconstpointer a,
              gconstpointer b)
{
  guint64 x = ((const PairWeight *) a)->key;
  guint64 y = ((const PairWeight *) b)->key;

  return (x > y) - (x < y);
}

typedef struct {
  double  weight;
  guint64 hash;
  guint   index;
} EdgeStrength;

static gint
compare_edge_strength (gconstpointer a,
                       gconstpointer b)
{
  const EdgeStrength *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Keeps the @budget strongest of the scene's edges (equal weights in a
 * deterministic, well-spread order), in their order. */
static void
scene_edges_budget (SpScene *scene,
                    guint    budget)
{
  GArray *edges = scene->edges;
  g_autofree EdgeStrength *strength = NULL;
  g_autofree guint8 *keep = NULL;
  guint out = 0;

  if (edges->len <= budget)
    return;
  strength = g_new (EdgeStrength, edges->len);
  for (guint i = 0; i < edges->len; i++)
    {
      const SpEdge *e = &g_array_index (edges, SpEdge, i);

      strength[i].weight = isnan (e->weight) ? -INFINITY : e->weight;
      strength[i].hash = sp_pair_hash (((guint64) e->a << 32) | e->b);
      strength[i].index = i;
    }
  qsort (strength, edges->len, sizeof (EdgeStrength), compare_edge_strength);
  keep = g_new0 (guint8, edges->len);
  for (guint k = 0; k < budget; k++)
    keep[strength[k].index] = 1;
  for (guint i = 0; i < edges->len; i++)
    if (keep[i])
      g_array_index (edges, SpEdge, out++) = g_array_index (edges, SpEdge, i);
  g_array_set_size (edges, out);
  scene->n_client_edges = 0;
  for (guint i = 0; i < edges->len; i++)
    scene->n_client_edges += g_array_index (edges, SpEdge, i).klass == SP_EDGE_CLIENT;
}

/* The visible ties merged per pair, and degrees (distinct neighbours);
 * above the budget only the strongest ties stay in the scene (degrees
 * count them all). */
static void
scene_edges (SpScene *scene)
{
  SpNetwork *net = scene->network;
  const gboolean *type_visible = scene->opt->tie_type_visible;
  g_autoptr (GArray) pairs = g_array_sized_new (FALSE, FALSE, sizeof (PairWeight), net->ties->len);

  for (guint i = 0; i < net->ties->len; i++)
    {
      const SpTie *t = &g_array_index (net->ties, SpTie, i);
      PairWeight pw;

      if (t->source == t->target || !scene->visible[t->source] || !scene->visible[t->target])
        continue;
      if (type_visible != NULL && !type_visible[t->type])
        continue;
      pw.key = ((guint64) MIN (t->source, t->target) << 32) | MAX (t->source, t->target);
      pw.weight = t->weight;
      g_array_append_val (pairs, pw);
    }
  g_array_sort (pairs, compare_pair);

  scene->edges = g_array_sized_new (FALSE, FALSE, sizeof (SpEdge), pairs->len);
  scene->degree = g_new0 (guint, MAX (scene->n, 1));
  for (guint i = 0; i < pairs->len; i++)
    {
      PairWeight *pw = &g_array_index (pairs, PairWeight, i);
      SpEdge e;

      if (i > 0 && pw->key == g_array_index (pairs, PairWeight, i - 1).key)
        {
          g_array_index (scene->edges, SpEdge, scene->edges->len - 1).weight += pw->weight;
          continue;
        }
      e.a = pw->key >> 32;
      e.b = pw->key & 0xffffffffu;
      e.weight = pw->weight;
      if (is_client (scene, e.a) || is_client (scene, e.b))
        {
          e.klass = SP_EDGE_CLIENT;
          scene->n_client_edges++;
        }
      else if (node_department (scene, e.a) != NULL &&
               node_department (scene, e.a) == node_department (scene, e.b))
        e.klass = SP_EDGE_INTERNAL;
      else
        e.klass = SP_EDGE_CROSS;
      g_array_append_val (scene->edges, e);
      scene->degree[e.a]++;
      scene->degree[e.b]++;
    }

  scene->min_degree = G_MAXUINT;
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i])
      {
        scene->max_degree = MAX (scene->max_degree, scene->degree[i]);
        scene->min_degree = MIN (scene->min_degree, scene->degree[i]);
      }
  if (scene->min_degree == G_MAXUINT)
    scene->min_degree = 0;

  scene->n_ties_total = scene->edges->len;
  scene_edges_budget (scene, scene->opt->max_ties > 0 ? scene->opt->max_ties : SP_RENDER_MAX_TIES);
}

static void
scene_focus (SpScene *scene)
{
  scene->near = g_new0 (guint8, MAX (scene->n, 1));
  scene->focus[0] = scene->opt->selected;
  scene->focus[1] = scene->opt->hovered;
  for (guint k = 0; k < 2; k++)
    {
      gint f = scene->focus[k];

      if (f < 0 || (guint) f >= scene->n || !scene->visible[f])
        {
          scene->focus[k] = -1;
          continue;
        }
      scene->has_focus = TRUE;
      scene->near[f] = 2;
    }
  if (!scene->has_focus)
    return;
  for (guint i = 0; i < scene->edges->len; i++)
    {
      const SpEdge *e = &g_array_index (scene->edges, SpEdge, i);

      if (scene->near[e->a] == 2 && scene->near[e->b] == 0)
        scene->near[e->b] = 1;
      else if (scene->near[e->b] == 2 && scene->near[e->a] == 0)
        scene->near[e->a] = 1;
    }
}

static gint
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Median distance from a node to its nearest neighbour, in layout units,
 * from a sample of nodes and a grid (not O(n²)); 0 when unknown. */
static double
median_nearest_distance (SpScene *scene,
                         double   x0,
                         double   y0,
                         double   w,
                         double   h)
{
  guint nv = scene->n_visible;
  g_autofree guint *start = NULL;
  g_autofree guint *members = NULL;
  g_autoptr (GArray) found = NULL;
  double cell;
  guint cols, rows, stride;

  if (nv < 2 || w <= 0 || h <= 0)
    return 0;
  cell = MAX (sqrt (w * h / nv), 1e-6);
  cols = MIN ((guint) (w / cell) + 1, 4096);
  rows = MIN ((guint) (h / cell) + 1, 4096);
  cell = MAX (w / cols, h / rows) * 1.0001;

  /* counting sort of the nodes into cells */
  start = g_new0 (guint, (gsize) cols * rows + 1);
  members = g_new (guint, nv);
#define CELL_OF(i) ((gsize) MIN ((guint) ((scene->ly[i] - y0) / cell), rows - 1) * cols + \
                    MIN ((guint) ((scene->lx[i] - x0) / cell), cols - 1))
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i])
      start[CELL_OF (i) + 1]++;
  for (gsize c = 0; c < (gsize) cols * rows; c++)
    start[c + 1] += start[c];
  {
    g_autofree guint *fill = g_memdup2 (start, ((gsize) cols * rows + 1) * sizeof (guint));

    for (guint i = 0; i < scene->n; i++)
      if (scene->visible[i])
        members[fill[CELL_OF (i)]++] = i;
  }

  found = g_array_new (FALSE, FALSE, sizeof (double));
  stride = MAX (1, nv / 1500);
  for (guint s = 0; s < nv; s += stride)
    {
      guint i = members[s];
      gsize c = CELL_OF (i);
      gint cx = c % cols, cy = c / cols;
      double best = INFINITY;

      for (gint yy = MAX (cy - 1, 0); yy <= MIN (cy + 1, (gint) rows - 1); yy++)
        for (gint xx = MAX (cx - 1, 0); xx <= MIN (cx + 1, (gint) cols - 1); xx++)
          {
            gsize cc = (gsize) yy * cols + xx;

            for (guint k = start[cc]; k < start[cc + 1]; k++)
              {
                guint j = members[k];
                double dx = scene->lx[j] - scene->lx[i], dy = scene->ly[j] - scene->ly[i];
                double d = dx * dx + dy * dy;

                if (j != i && d < best)
                  best = d;
              }
          }
      if (isfinite (best))
        {
          best = sqrt (best);
          g_array_append_val (found, best);
        }
      else
        {
          /* nothing within a cell: at least a cell away */
          g_array_append_val (found, cell);
        }
    }
#undef CELL_OF
  if (found->len == 0)
    return 0;
  g_array_sort (found, compare_double);
  return g_array_index (found, double, found->len / 2);
}

/* Size measure of node @i in [0, 1]. */
static double
size_measure (SpScene *scene,
              guint    i)
{
  if (scene->size_attr != NULL)
    {
      double v = scene->size_attr->num[i];

      if (isnan (v))
        return 0;
      return sp_palette_fraction (v, scene->size_min, scene->size_max);
    }
  if (scene->max_degree == 0)
    return 0;
  return (double) scene->degree[i] / scene->max_degree;
}

/* Fits the layout's bounding box into the plot and sizes the nodes. */
static void
scene_geometry (SpScene *scene)
{
  SpNetwork *net = scene->network;
  const SpRenderOptions *opt = scene->opt;
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  double pad, pw, ph, bw, bh, s, zoom, nn;

  scene->sx = g_new0 (double, MAX (scene->n, 1));
  scene->sy = g_new0 (double, MAX (scene->n, 1));
  scene->radius = g_new0 (double, MAX (scene->n, 1));
  if (!scene->has_layout || scene->n == 0)
    return;

  /* all nodes, not only the visible ones: filtering must not move the drawing */
  for (guint i = 0; i < scene->n; i++)
    {
      x0 = MIN (x0, scene->lx[i]);
      x1 = MAX (x1, scene->lx[i]);
      y0 = MIN (y0, scene->ly[i]);
      y1 = MAX (y1, scene->ly[i]);
    }
  bw = x1 - x0;
  bh = y1 - y0;

  pad = 16 * scene->u;
  pw = MAX (scene->plot.width - 2 * pad, 1);
  ph = MAX (scene->plot.height - 2 * pad, 1);
  if (bw <= 0 && bh <= 0)
    s = 1;
  else if (bw <= 0)
    s = ph / bh;
  else if (bh <= 0)
    s = pw / bw;
  else
    s = MIN (pw / bw, ph / bh);

  zoom = opt->zoom > 0 ? opt->zoom : 1;
  scene->fit_scale = s;
  scene->fit_cx = x0 + bw / 2;
  scene->fit_cy = y0 + bh / 2;
  scene->scale = s * zoom;
  scene->ox = scene->plot.x + scene->plot.width / 2 - (x0 + bw / 2) * scene->scale + opt->pan_x;
  scene->oy = scene->plot.y + scene->plot.height / 2 - (y0 + bh / 2) * scene->scale + opt->pan_y;

  for (guint i = 0; i < scene->n; i++)
    {
      scene->sx[i] = scene->ox + scene->lx[i] * scene->scale;
      scene->sy[i] = scene->oy + scene->ly[i] * scene->scale;
    }

  /* node size from the typical spacing: nodes a third of the distance to
   * their nearest neighbour, within bounds that keep them visible and calm */
  nn = median_nearest_distance (scene, x0, y0, bw, bh) * scene->scale;
  scene->nearest = nn;
  if (nn <= 0)
    nn = 60 * scene->u;
  scene->r_mid = CLAMP (0.21 * nn, 1.3 * scene->u, 8.0 * scene->u);
  scene->line_width = CLAMP (0.16 * scene->r_mid, 0.4 * scene->u, 1.2 * scene->u);

  if (opt->size_by != NULL)
    {
      SpAttribute *attr = sp_network_find_attribute (net, opt->size_by);

      if (attr != NULL && attr->type == SP_ATTR_NUMERIC)
        {
          double lo = INFINITY, hi = -INFINITY;

          scene->size_attr = attr;
          for (guint i = 0; i < scene->n; i++)
            if (scene->visible[i] && !isnan (attr->num[i]))
              {
                lo = MIN (lo, attr->num[i]);
                hi = MAX (hi, attr->num[i]);
              }
          scene->size_min = isfinite (lo) ? lo : 0;
          scene->size_max = isfinite (hi) ? hi : 1;
        }
    }

  /* area grows with the measure: radius with its square root, bounded */
  for (guint i = 0; i < scene->n; i++)
    {
      scene->radius[i] = scene->r_mid * (0.6 + 1.4 * sqrt (size_measure (scene, i)));
      /* clients are few and matter: never smaller than a typical person */
      if (is_client (scene, i))
        scene->radius[i] = MAX (scene->radius[i], 1.15 * scene->r_mid);
    }
}

/* ---- convex hulls (geometry) ---- */

typedef struct {
  double x, y;
} Point;

static gint
compare_point (gconstpointer a,
               gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  return (p->y > q->y) - (p->y < q->y);
}

static double
cross (Point o,
       Point a,
       Point b)
{
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/* Andrew's monotone chain; positive orientation in the raw coordinates,
 * which is clockwise on screen (y grows downwards), the direction in
 * which cairo_arc() sweeps. */
static GArray *
convex_hull (GArray *points)
{
  Point *p = (Point *) (gpointer) points->data;
  guint n = points->len, k = 0;
  g_autofree Point *h = g_new (Point, 2 * n + 1);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Point));

  g_array_sort (points, compare_point);
  if (n < 3)
    {
      for (guint i = 0; i < n; i++)
        if (i == 0 || compare_point (&p[i], &p[i - 1]) != 0)
          g_array_append_val (out, p[i]);
      return out;
    }
  for (guint i = 0; i < n; i++)
    {
      while (k >= 2 && cross (h[k - 2], h[k - 1], p[i]) <= 0)
        k--;
      h[k++] = p[i];
    }
  for (gint i = (gint) n - 2, t = k + 1; i >= 0; i--)
    {
      while (k >= (guint) t && cross (h[k - 2], h[k - 1], p[i]) <= 0)
        k--;
      h[k++] = p[i];
    }
  g_array_append_vals (out, h, k - 1);
  return out;
}

/* "2", "12": a group value that needs its attribute's name to mean something */
static gboolean
is_plain_number (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

static void
hull_clear (gpointer data)
{
  SpHull *hull = data;

  g_clear_pointer (&hull->hull, g_array_unref);
  g_clear_pointer (&hull->label, g_free);
}

static void
scene_hulls (SpScene *scene)
{
  SpGroupMetrics *gm = scene->groups;

  if (!scene->opt->hulls || !scene->has_layout || gm == NULL)
    return;
  scene->hulls = g_array_new (FALSE, TRUE, sizeof (SpHull));
  g_array_set_clear_func (scene->hulls, hull_clear);
  for (guint g = 0; g < gm->groups->len; g++)
    {
      const SpGroupStats *st = &g_array_index (gm->groups, SpGroupStats, g);
      g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (Point));
      g_autoptr (PangoLayout) layout = NULL;
      PangoRectangle logical;
      SpHull hull = { 0 };
      double r_max = 0, top = INFINITY, top_x = 0;
      char ei[32];

      for (guint i = 0; i < scene->n; i++)
        if (scene->visible[i] && !is_client (scene, i) && node_department (scene, i) == st->name)
          {
            Point pt = { scene->sx[i], scene->sy[i] };

            g_array_append_val (points, pt);
            r_max = MAX (r_max, scene->radius[i]);
          }
      if (points->len == 0)
        continue;
      hull.name = st->name;
      hull.ei = st->ei_index;
      hull.hull = convex_hull (points);
      hull.pad = r_max + 6 * scene->u;
      for (guint k = 0; k < hull.hull->len; k++)
        {
          Point *pt = &g_array_index (hull.hull, Point, k);

          if (pt->y < top)
            top = pt->y, top_x = pt->x;
        }
      if (isnan (st->ei_index))
        g_strlcpy (ei, "–", sizeof ei);
      else
        g_snprintf (ei, sizeof ei, "%s%.2f", st->ei_index < 0 ? "−" : "+", fabs (st->ei_index));
      /* TRANSLATORS: a department's hull label, "Finance · E-I −0.90" */
      if (scene->group_attr != NULL && is_plain_number (st->name))
        /* TRANSLATORS: the hull label of a group whose value is a number: "office 2 · E-I +0.15" */
        hull.label = g_strdup_printf (_("%s %s · E-I %s"), scene->group_attr->name, st->name, ei);
      else
        hull.label = g_strdup_printf (_("%s · E-I %s"), st->name, ei);
      layout = sp_scene_text (scene, hull.label, 12.0, PANGO_WEIGHT_BOLD);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      hull.label_rect = (SpRect) { top_x - logical.width / 2.0, top - hull.pad - logical.height - 1 * scene->u,
                                   logical.width, logical.height };
      /* inside the plot */
      hull.label_rect.x = CLAMP (hull.label_rect.x, scene->plot.x,
                                 MAX (scene->plot.x, scene->plot.x + scene->plot.width - logical.width));
      hull.label_rect.y = MAX (hull.label_rect.y, scene->plot.y);
      g_array_append_val (scene->hulls, hull);
    }
}

/* A copy of @n items at @p, kept with the scene (NULL stays NULL). */
static gpointer
keep (SpScene       *scene,
      gconstpointer  p,
      gsize          size)
{
  gpointer copy;

  if (p == NULL)
    return NULL;
  copy = size > 0 ? g_memdup2 (p, size) : g_malloc0 (1);
  g_ptr_array_add (scene->owned, copy);
  return copy;
}

static const char *
keep_string (SpScene    *scene,
             const char *s)
{
  return s != NULL ? keep (scene, s, strlen (s) + 1) : NULL;
}

static const char *const *
keep_strv (SpScene           *scene,
           const char *const *strv,
           guint              n)
{
  const char **copy;

  if (strv == NULL)
    return NULL;
  copy = keep (scene, strv, sizeof (char *) * n);
  for (guint k = 0; k < n; k++)
    copy[k] = keep_string (scene, strv[k]);
  return copy;
}

/* The scene's own copy of @options: nothing it points at may change or go
 * away while the scene lives (another thread may draw it). */
typedef struct {
  const char *name;
  guint       node;
} FoundName;

static int
compare_found_longest_first (gconstpointer a,
                             gconstpointer b)
{
  gsize la = strlen (((const FoundName *) a)->name), lb = strlen (((const FoundName *) b)->name);

  return (la < lb) - (la > lb);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '_';
}

/* Whether @name is a word of its own at @at in @text */
static gboolean
whole_word_at (const char *text,
               const char *at,
               gsize       len)
{
  const char *after = at + len;

  if (at > text && is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, at))))
    return FALSE;
  return *after == '\0' || !is_word_char (g_utf8_get_char (after));
}

static gboolean
all_digits (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* @text with every person's and client's name in it replaced by their
 * pseudonym, for an anonymised drawing: the captions (what-if, state,
 * comparison) are written with names before the drawing is made.  Names
 * are matched as whole words ("Jan" is not in "Jansen"), longest first,
 * in one pass over the text; labels that are numbers only (an id standing
 * for a missing name) are left alone, so that "135 of 150 people" keeps
 * its counts. */
static char *
pseudonymize (SpNetwork  *network,
              const char *text)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (FoundName));
  GString *out;
  const char *p = text;

  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    {
      const SpNode *n = sp_network_node (network, i);
      FoundName f = { n->name != NULL ? n->name : n->id, i };

      if (f.name != NULL && *f.name != '\0' && !all_digits (f.name) && strstr (text, f.name) != NULL)
        g_array_append_val (found, f);
    }
  if (found->len == 0)
    return g_strdup (text);
  g_array_sort (found, compare_found_longest_first);
  out = g_string_new (NULL);
  while (*p != '\0')
    {
      gboolean replaced = FALSE;

      for (guint k = 0; k < found->len && !replaced; k++)
        {
          const FoundName *f = &g_array_index (found, FoundName, k);
          gsize len = strlen (f->name);

          if (strncmp (p, f->name, len) == 0 && whole_word_at (text, p, len))
            {
              g_autofree char *pseudonym = sp_render_node_label (network, f->node, TRUE);

              g_string_append (out, pseudonym);
              p += len;
              replaced = TRUE;
            }
        }
      if (!replaced)
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
    }
  return g_string_free (out, FALSE);
}

static const char *
keep_pseudonymized (SpScene    *scene,
                    const char *text,
                    gboolean    anonymize)
{
  char *copy;

  if (text == NULL || !anonymize)
    return keep_string (scene, text);
  copy = pseudonymize (scene->network, text);
  g_ptr_array_add (scene->owned, copy);
  return copy;
}

static void
scene_copy_options (SpScene               *scene,
                    const SpRenderOptions *options)
{
  SpRenderOptions *o = &scene->own;
  SpNetwork *net = scene->network;
  guint n = scene->n, n_types = net->tie_types->len;

  *o = *options;
  scene->owned = g_ptr_array_new_with_free_func (g_free);
  o->title = keep_string (scene, options->title);
  o->subtitle = keep_pseudonymized (scene, options->subtitle, options->anonymize);
  o->color_by = keep_string (scene, options->color_by);
  o->size_by = keep_string (scene, options->size_by);
  o->group_by = keep_string (scene, options->group_by);
  o->date = keep_string (scene, options->date);
  o->node_visible = keep (scene, options->node_visible, sizeof (gboolean) * n);
  o->tie_type_visible = keep (scene, options->tie_type_visible, sizeof (gboolean) * n_types);
  o->highlight = keep (scene, options->highlight, sizeof (guint) * options->n_highlight);
  o->highlight_name = keep_string (scene, options->highlight_name);
  o->ghosted = keep (scene, options->ghosted, sizeof (gboolean) * n);
  /* the departments are interned in the network, which the scene holds */
  o->moved_department = keep (scene, options->moved_department, sizeof (char *) * n);
  o->ties_gained = keep (scene, options->ties_gained, sizeof (guint) * 2 * options->n_ties_gained);
  o->ties_lost = keep (scene, options->ties_lost, sizeof (guint) * 2 * options->n_ties_lost);
  o->caption = keep_pseudonymized (scene, options->caption, options->anonymize);
  o->outline_groups = keep_strv (scene, options->outline_groups, options->n_outlines);
  o->outline_colors = keep (scene, options->outline_colors, sizeof (guint32) * options->n_outlines);
  o->outline_labels = keep_strv (scene, options->outline_labels, options->n_outlines);
  o->talent_grid.performance = keep_string (scene, options->talent_grid.performance);
  o->talent_grid.potential = keep_string (scene, options->talent_grid.potential);
  o->metrics = options->metrics != NULL ? sp_metrics_ref (options->metrics) : NULL;
  o->measures = NULL;   /* scene->measures */
  o->x = o->y = NULL;   /* scene->lx, ly */
  scene->opt = o;
}

SpScene *
sp_scene_build (SpNetwork             *network,
                const SpRenderOptions *options)
{
  SpScene *scene = g_new0 (SpScene, 1);
  const SpRenderOptions *opt;
  PangoFontMap *fontmap;
  cairo_font_options_t *font_options;
  double top, right, margin, legend_w = 0, legend_h = 0;

  scene->ref_count = 1;
  scene->network = sp_network_ref (network);
  scene->n = network->nodes->len;
  scene->view = options->view;
  scene_copy_options (scene, options);
  opt = scene->opt;
  if (opt->group_by != NULL && !g_str_equal (opt->group_by, "department"))
    {
      SpAttribute *attr = sp_network_find_attribute (network, opt->group_by);

      if (attr != NULL && attr->type == SP_ATTR_CATEGORICAL)
        scene->group_attr = attr;
    }
  scene->measures = options->measures != NULL ? sp_measures_ref (options->measures)
                                              : sp_measures_new (network);
  /* positions handed in are a layout (the canvas copies them only from
   * a network that has one, and its worker must not read the flag the UI
   * thread sets when a layout arrives) */
  scene->has_layout = (options->x != NULL && options->y != NULL) ||
                      (network->has_layout && network->x != NULL && network->y != NULL);
  if (scene->has_layout)
    {
      scene->lx = keep (scene, options->x != NULL ? options->x : network->x, sizeof (double) * scene->n);
      scene->ly = keep (scene, options->y != NULL ? options->y : network->y, sizeof (double) * scene->n);
    }
  scene->u = (opt->label_scale > 0 ? opt->label_scale : 1) *
             CLAMP (sqrt (MAX (opt->width * opt->height, 1)) / 1265.0, 0.75, 2.5);
  scene_theme (scene);

  /* measured without hinting, so that sizes do not depend on the surface
   * (the canvas, hit testing and every export agree) */
  fontmap = pango_cairo_font_map_get_default ();
  scene->pango = pango_font_map_create_context (fontmap);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (scene->pango, font_options);
  cairo_font_options_destroy (font_options);

  scene->visible = g_new (gboolean, MAX (scene->n, 1));
  for (guint i = 0; i < scene->n; i++)
    {
      scene->visible[i] = opt->node_visible == NULL || opt->node_visible[i];
      if (scene->visible[i])
        {
          scene->n_visible++;
          if (is_client (scene, i))
            scene->n_clients++;
          else
            scene->n_persons++;
        }
    }

  scene_metrics (scene);
  if (opt->omit_node > 0 && opt->omit_node <= scene->n && scene->visible[opt->omit_node - 1])
    {
      guint i = opt->omit_node - 1;

      scene->visible[i] = FALSE;
      scene->n_visible--;
      if (is_client (scene, i))
        scene->n_clients--;
      else
        scene->n_persons--;
    }
  scene_colors (scene);
  scene_edges (scene);
  scene_focus (scene);
  scene_highlight (scene);

  /* page: title band on top, legend column on the right when there is room */
  scene->page = (SpRect) { 0, 0, opt->width, opt->height };
  margin = 24 * scene->u;
  top = margin;
  right = opt->width - margin;
  if (opt->show_title)
    {
      double h = sp_title_height (scene);

      scene->title_box = (SpRect) { margin, margin, opt->width - 2 * margin, h };
      top += h + 8 * scene->u;
    }
  if (sp_overlays_caption_height (scene) > 0)   /* what-if sentences, sp-render-overlays.c */
    top += sp_overlays_caption_height (scene) + 8 * scene->u;
  if (opt->show_legend && scene->n > 0 && scene->has_layout)
    {
      sp_legend_measure (scene, &legend_w, &legend_h);
      if (opt->width - 2 * margin - legend_w >= 0.6 * opt->width)
        {
          scene->legend_box = (SpRect) { opt->width - margin - legend_w, top, legend_w, legend_h };
          right = scene->legend_box.x - 12 * scene->u;
        }
      else
        scene->legend_box = (SpRect) { opt->width - margin - legend_w,
                                       opt->height - margin - legend_h, legend_w, legend_h };
      if (!(opt->layers & SP_RENDER_LAYER_SCENE))   /* the legend alone, at the origin */
        scene->legend_box.x = scene->legend_box.y = 0;
    }
  /* what floats over the drawing on screen keeps its room */
  if (opt->reserve_top > 0)
    top = MAX (top, opt->reserve_top + 8 * scene->u);
  if (opt->reserve_right > 0)
    right = MIN (right, opt->width - opt->reserve_right - 12 * scene->u);
  scene->plot = (SpRect) { margin, top, MAX (right - margin, 1), MAX (opt->height - margin - top, 1) };

  scene_geometry (scene);
  if (opt->view == SP_RENDER_VIEW_CLIENTS)
    sp_client_view_fit (scene);
  scene_hulls (scene);
  return scene;
}

SpScene *
sp_scene_ref (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  g_atomic_int_inc (&scene->ref_count);
  return scene;
}

void
sp_scene_unref (SpScene *scene)
{
  if (scene == NULL || !g_atomic_int_dec_and_test (&scene->ref_count))
    return;
  if (scene->view_data_free != NULL)
    scene->view_data_free (scene->view_data);
  g_clear_pointer (&scene->labels.labels, g_array_unref);
  g_clear_pointer (&scene->labels.layouts, g_ptr_array_unref);
  g_clear_pointer (&scene->departments, g_ptr_array_unref);
  g_clear_pointer (&scene->department_index, g_hash_table_unref);
  g_clear_pointer (&scene->cat_values, g_ptr_array_unref);
  g_clear_pointer (&scene->cat_index, g_hash_table_unref);
  g_clear_pointer (&scene->cat_count, g_free);
  g_clear_pointer (&scene->edges, g_array_unref);
  g_clear_object (&scene->pango);
  g_clear_pointer (&scene->metrics, sp_metrics_unref);
  g_clear_pointer (&scene->own.metrics, sp_metrics_unref);
  g_clear_pointer (&scene->measures, sp_measures_unref);
  g_clear_pointer (&scene->hulls, g_array_unref);
  g_free (scene->closed);
  g_free (scene->highlighted);
  g_free (scene->openness);
  g_free (scene->department_count);
  g_free (scene->color);
  g_free (scene->missing);
  g_free (scene->visible);
  g_free (scene->degree);
  g_free (scene->near);
  g_free (scene->sx);
  g_free (scene->sy);
  g_free (scene->radius);
  g_clear_pointer (&scene->owned, g_ptr_array_unref);
  sp_network_unref (scene->network);
  g_free (scene);
}

gboolean *
sp_scene_removed (SpScene *scene)
{
  gboolean *removed;

  if (scene->opt->node_visible == NULL)
    return NULL;
  removed = g_new (gboolean, MAX (scene->n, 1));
  for (guint i = 0; i < scene->n; i++)
    removed[i] = !scene->opt->node_visible[i];
  return removed;
}

PangoLayout *
sp_scene_text (SpScene     *scene,
               const char  *text,
               double       size,
               PangoWeight  weight)
{
  PangoLayout *layout = pango_layout_new (scene->pango);
  PangoFontDescription *desc = pango_font_description_from_string ("Cantarell, Sans");

  pango_font_description_set_absolute_size (desc, size * scene->u * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

void
sp_rounded_rect (cairo_t *cr,
                 double   x,
                 double   y,
                 double   w,
                 double   h,
                 double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* ---- density heatmap underlay ---- */

/* Distance from each grid cell centre to the nearest of the @m points,
 * capped at @cap: points are put in buckets of @cap, so each cell looks
 * at its 3 × 3 neighbouring buckets only. */
static void
nearest_distances (const double *x,
                   const double *y,
                   guint         m,
                   double        x0,
                   double        y0,
                   double        cell,
                   guint         cols,
                   guint         rows,
                   double        cap,
                   double       *out)
{
  guint bcols = MAX ((guint) ceil (cols * cell / cap), 1) + 1;
  guint brows = MAX ((guint) ceil (rows * cell / cap), 1) + 1;
  g_autofree guint *start = g_new0 (guint, (gsize) bcols * brows + 1);
  g_autofree guint *order = g_new (guint, MAX (m, 1));
  g_autofree guint *fill = NULL;

  /* counting sort of the points into buckets */
  for (guint i = 0; i < m; i++)
    {
      gint bc = sp_heatmap_cell_index (x[i] - x0, cap, 0, (gint) bcols - 1);
      gint br = sp_heatmap_cell_index (y[i] - y0, cap, 0, (gint) brows - 1);
      start[(gsize) br * bcols + bc + 1]++;
    }
  for (gsize b = 0; b < (gsize) bcols * brows; b++)
    start[b + 1] += start[b];
  fill = g_memdup2 (start, ((gsize) bcols * brows + 1) * sizeof (guint));
  for (guint i = 0; i < m; i++)
    {
      gint bc = sp_heatmap_cell_index (x[i] - x0, cap, 0, (gint) bcols - 1);
      gint br = sp_heatmap_cell_index (y[i] - y0, cap, 0, (gint) brows - 1);
      order[fill[(gsize) br * bcols + bc]++] = i;
    }

  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      {
        double px = x0 + (c + 0.5) * cell, py = y0 + (r + 0.5) * cell;
        gint bc = sp_heatmap_cell_index (px - x0, cap, -1, (gint) bcols);
        gint br = sp_heatmap_cell_index (py - y0, cap, -1, (gint) brows);
        double best = cap * cap;

        for (gint dr = -1; dr <= 1; dr++)
          for (gint dc = -1; dc <= 1; dc++)
            {
              gint rr = br + dr, cc = bc + dc;
              gsize b;

              if (rr < 0 || cc < 0 || rr >= (gint) brows || cc >= (gint) bcols)
                continue;
              b = (gsize) rr * bcols + cc;
              for (guint k = start[b]; k < start[b + 1]; k++)
                {
                  double dx = x[order[k]] - px, dy = y[order[k]] - py;
                  best = MIN (best, dx * dx + dy * dy);
                }
            }
        out[(gsize) r * cols + c] = sqrt (best);
      }
}

static void
draw_heatmap (SpScene *scene,
              cairo_t *cr)
{
  const SpRect *page = &scene->page;
  g_autofree double *x = g_new (double, MAX (scene->n, 1));
  g_autofree double *y = g_new (double, MAX (scene->n, 1));
  g_autofree double *w = g_new (double, MAX (scene->n, 1));
  g_autofree double *value = NULL;
  g_autofree double *density = NULL;
  g_autofree double *nearest = NULL;
  cairo_surface_t *image;
  guint32 *data;
  double h, cell;
  guint m = 0, cols, rows;
  int stride;

  if (scene->color_values == NULL || !scene->has_layout)
    return;
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i] && !is_client (scene, i) && !isnan (scene->color_values[i]))
      {
        x[m] = scene->sx[i];
        y[m] = scene->sy[i];
        /* the colour map's fraction, not the raw value: sums of values
         * near 1e308 overflow, sums of fractions do not */
        w[m] = sp_palette_fraction (scene->color_values[i], scene->color_min, scene->color_max);
        m++;
      }
  if (m == 0)
    return;

  if (scene->opt->heatmap_bandwidth > 0)
    h = scene->opt->heatmap_bandwidth * scene->scale;
  else
    /* capped at 1.2 × the median nearest-neighbour distance (the
     * function caps at twice the distance it is given): wider kernels
     * average the whole organisation into one colour */
    h = sp_heatmap_auto_bandwidth (x, y, NULL, m, 0.6 * scene->nearest);
  h = MAX (h, 2 * scene->u);

  /* a quarter of the drawing's resolution, upscaled smoothly, over the
   * whole page so that the landscape fades out softly instead of ending
   * at the edge of the plot */
  cell = MAX (4.0 * scene->u, 1.0);
  cols = MAX ((guint) ceil (page->width / cell), 1);
  rows = MAX ((guint) ceil (page->height / cell), 1);
  value = g_new (double, (gsize) cols * rows);
  density = g_new (double, (gsize) cols * rows);
  nearest = g_new (double, (gsize) cols * rows);
  sp_heatmap_grid (x, y, w, m, h, page->x, page->y, cell, cols, rows, value, density);
  nearest_distances (x, y, m, page->x, page->y, cell, cols, rows, 1.6 * h, nearest);

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cols, rows);
  data = (guint32 *) (gpointer) cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image) / 4;
  for (guint r = 0; r < rows; r++)
    for (guint c = 0; c < cols; c++)
      {
        gsize k = (gsize) r * cols + c;
        double t, a;
        SpColor col;

        if (isnan (value[k]))
          {
            data[r * stride + c] = 0;
            continue;
          }
        /* the landscape belongs to the people: full strength within 0.8
         * bandwidth of someone, gone at 1.6 — a peripheral person keeps a
         * patch of their own, the empty page stays white */
        t = CLAMP ((1.6 * h - nearest[k]) / (0.8 * h), 0.0, 1.0);
        a = 0.55 * t * t * (3 - 2 * t);
        col = scene->color_diverging
              ? sp_palette_diverging (value[k])
              : sp_palette_sequential (value[k]);
        data[r * stride + c] = ((guint32) lround (a * 255) << 24) |
                               ((guint32) lround (a * col.r * 255) << 16) |
                               ((guint32) lround (a * col.g * 255) << 8) |
                               (guint32) lround (a * col.b * 255);
      }
  cairo_surface_mark_dirty (image);

  cairo_save (cr);
  cairo_rectangle (cr, page->x, page->y, page->width, page->height);
  cairo_clip (cr);
  cairo_translate (cr, page->x, page->y);
  cairo_scale (cr, cell, cell);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
}

/* ---- department hulls ---- */

static SpColor
hull_color (SpScene      *scene,
            const SpHull *hull)
{
  if (isnan (hull->ei))
    return sp_palette_missing (scene->opt->dark);
  return sp_palette_diverging ((hull->ei + 1) / 2);
}

/* The hull grown by its pad: straight sides moved outwards joined by arcs
 * around the corners (the Minkowski sum with a disc). */
static void
hull_path (cairo_t      *cr,
           const SpHull *hull)
{
  const Point *p = (const Point *) (gpointer) hull->hull->data;
  guint n = hull->hull->len;

  cairo_new_sub_path (cr);
  if (n == 1)
    {
      cairo_arc (cr, p[0].x, p[0].y, hull->pad, 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }
  for (guint k = 0; k < n; k++)
    {
      Point prev = p[(k + n - 1) % n], cur = p[k], next = p[(k + 1) % n];
      double a_in = atan2 (-(cur.x - prev.x), cur.y - prev.y);
      double a_out = atan2 (-(next.x - cur.x), next.y - cur.y);

      while (a_out < a_in)
        a_out += 2 * G_PI;
      cairo_arc (cr, cur.x, cur.y, hull->pad, a_in, a_out);
    }
  cairo_close_path (cr);
}

static void
draw_hulls (SpScene *scene,
            cairo_t *cr)
{
  if (scene->hulls == NULL)
    return;
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint k = 0; k < scene->hulls->len; k++)
    {
      const SpHull *hull = &g_array_index (scene->hulls, SpHull, k);
      SpColor c = hull_color (scene, hull);

      /* light fills (overlaps add up), a firm outline in the same hue */
      hull_path (cr, hull);
      sp_set_color (cr, c, scene->opt->heatmap ? 0.10 : 0.20);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (c, scene->fg, 0.2), 0.9);
      cairo_set_line_width (cr, 2.0 * scene->u);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_hull_labels (SpScene *scene,
                  cairo_t *cr)
{
  if (scene->hulls == NULL)
    return;
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint k = 0; k < scene->hulls->len; k++)
    {
      const SpHull *hull = &g_array_index (scene->hulls, SpHull, k);
      g_autoptr (PangoLayout) layout = sp_scene_text (scene, hull->label, 12.0, PANGO_WEIGHT_BOLD);
      SpColor c = hull_color (scene, hull);

      cairo_move_to (cr, hull->label_rect.x, hull->label_rect.y);
      sp_set_color (cr, scene->bg, 0.9);
      cairo_set_line_width (cr, 4.0 * scene->u);
      sp_render_layout_halo (cr, layout);
      cairo_move_to (cr, hull->label_rect.x, hull->label_rect.y);
      /* the hull's hue, dark enough to read */
      sp_set_color (cr, sp_color_mix (c, scene->fg, scene->opt->dark ? 0.0 : 0.55), 1);
      if (scene->opt->dark)
        sp_set_color (cr, sp_color_mix (c, scene->fg, 0.4), 1);
      sp_render_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/* ---- edges ---- */

static guint
edge_group (SpScene      *scene,
            const SpEdge *e)
{
  if (e->klass == SP_EDGE_INTERNAL)
    return 2 + GPOINTER_TO_UINT (g_hash_table_lookup (scene->department_index,
                                                      node_department (scene, e->a)));
  return e->klass == SP_EDGE_CLIENT ? 1 : 0;
}

static SpColor
edge_color (SpScene      *scene,
            const SpEdge *e)
{
  if (e->klass == SP_EDGE_CLIENT)
    return scene->client_edge;
  /* (a fill by another attribute than the groups leaves the ties grey:
   * a tie inside a group in the colour of one of its ends' values would
   * say something false) */
  if (e->klass == SP_EDGE_CROSS || scene->color_values != NULL
      || scene->color_cat != NULL || scene->color_own != NULL)
    return scene->edge_neutral;
  /* internal ties take their department's colour, darkened a little so
   * light hues (yellow, sky blue) still read as lines */
  return sp_color_mix (scene->color[e->a], scene->opt->dark ? scene->bg : scene->fg, 0.15);
}

static gboolean
edge_outside (SpScene *scene,
              double   x1,
              double   y1,
              double   x2,
              double   y2)
{
  const SpRect *p = &scene->page;

  return (x1 < p->x && x2 < p->x) || (y1 < p->y && y2 < p->y) ||
         (x1 > p->x + p->width && x2 > p->x + p->width) ||
         (y1 > p->y + p->height && y2 > p->y + p->height);
}

typedef struct {
  guint group;
  guint index;
} EdgeOrder;

static gint
compare_edge_order (gconstpointer a,
                    gconstpointer b)
{
  const EdgeOrder *x = a, *y = b;

  if (x->group != y->group)
    return (x->group > y->group) - (x->group < y->group);
  return (x->index > y->index) - (x->index < y->index);
}

/* The alpha of an edge so that the drawing stays readable whatever the
 * density: from the share of the plot the strokes would cover. */
static double
edge_alpha (SpScene *scene)
{
  double total = 0, cover;

  for (guint i = 0; i < scene->edges->len; i++)
    {
      const SpEdge *e = &g_array_index (scene->edges, SpEdge, i);

      total += hypot (scene->sx[e->a] - scene->sx[e->b], scene->sy[e->a] - scene->sy[e->b]);
    }
  cover = total * scene->line_width / MAX (scene->plot.width * scene->plot.height, 1);
  return CLAMP (0.12 / MAX (cover, 1e-6), 0.07, 0.5);
}

static void
draw_edge (SpScene      *scene,
           cairo_t      *cr,
           const SpEdge *e)
{
  double x1 = scene->sx[e->a], y1 = scene->sy[e->a];
  double x2 = scene->sx[e->b], y2 = scene->sy[e->b];

  if (edge_outside (scene, x1, y1, x2, y2))
    return;
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x2, y2);
  /* one stroke per edge: Cairo strokes a long path as a union, far slower */
  cairo_stroke (cr);
}

static void
draw_edges (SpScene *scene,
            cairo_t *cr)
{
  GArray *edges = scene->edges;
  g_autofree EdgeOrder *order = g_new (EdgeOrder, MAX (edges->len, 1));
  double alpha = edge_alpha (scene);
  double lw = scene->line_width;
  guint group = G_MAXUINT;

  for (guint i = 0; i < edges->len; i++)
    {
      order[i].group = edge_group (scene, &g_array_index (edges, SpEdge, i));
      order[i].index = i;
    }
  qsort (order, edges->len, sizeof (EdgeOrder), compare_edge_order);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, lw);
  for (guint k = 0; k < edges->len; k++)
    {
      const SpEdge *e = &g_array_index (edges, SpEdge, order[k].index);

      if (scene->has_focus && (scene->near[e->a] == 2 || scene->near[e->b] == 2))
        continue;  /* drawn on top below */
      if (order[k].group != group)
        {
          group = order[k].group;
          sp_set_color (cr, edge_color (scene, e),
                     scene->has_focus || scene->n_highlighted > 0 ? alpha * 0.35 : alpha);
          if (e->klass == SP_EDGE_CLIENT)
            {
              double dash[] = { 4 * lw, 3 * lw };

              cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
              cairo_set_dash (cr, dash, 2, 0);
            }
          else
            {
              cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
              cairo_set_dash (cr, NULL, 0, 0);
            }
        }
      draw_edge (scene, cr, e);
    }

  /* the ties of the selected and hovered nodes, highlighted */
  if (scene->has_focus)
    {
      double flw = MAX (1.6 * lw, 1.2 * scene->u);

      cairo_set_line_width (cr, flw);
      for (guint i = 0; i < edges->len; i++)
        {
          const SpEdge *e = &g_array_index (edges, SpEdge, i);

          if (scene->near[e->a] != 2 && scene->near[e->b] != 2)
            continue;
          if (e->klass == SP_EDGE_CLIENT)
            {
              double dash[] = { 4 * flw, 2.5 * flw };

              cairo_set_dash (cr, dash, 2, 0);
              sp_set_color (cr, scene->client_edge, 0.9);
            }
          else
            {
              cairo_set_dash (cr, NULL, 0, 0);
              sp_set_color (cr, sp_color_mix (edge_color (scene, e), scene->fg, 0.35), 0.8);
            }
          draw_edge (scene, cr, e);
        }
    }
  cairo_restore (cr);
}

/* ---- nodes ---- */

typedef struct {
  double key;
  guint  index;
} NodeOrder;

static gint
compare_node_order (gconstpointer a,
                    gconstpointer b)
{
  const NodeOrder *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

static void
node_path (SpScene *scene,
           cairo_t *cr,
           guint    i,
           double   grow)
{
  double r = scene->radius[i] + grow;

  if (is_client (scene, i))
    {
      double h = r * 0.92;

      sp_rounded_rect (cr, scene->sx[i] - h, scene->sy[i] - h, 2 * h, 2 * h, h * 0.35);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, scene->sx[i], scene->sy[i], r, 0, 2 * G_PI);
    }
}

static void
draw_node (SpScene *scene,
           cairo_t *cr,
           guint    i)
{
  double r = scene->radius[i];
  double x = scene->sx[i], y = scene->sy[i];
  /* dimmed nodes fade into the background but stay opaque, so the ties
   * behind them do not show through */
  double fade = sp_scene_dimmed (scene, i) ? 0.75 : 0.0;
  SpColor fill = sp_color_mix (scene->color[i], scene->bg, fade);
  SpColor rim = sp_color_mix (sp_color_mix (scene->color[i], scene->opt->dark ? scene->bg : scene->fg, 0.35),
                              scene->bg, fade);

  if (x + 3 * r < 0 || y + 3 * r < 0 || x - 3 * r > scene->page.width || y - 3 * r > scene->page.height)
    return;

  /* the open-versus-closed ring: closed = thick, dark and solid; open =
   * thin, light and broken */
  if (scene->closed != NULL && !isnan (scene->closed[i]) && r >= 1.5)
    {
      double t = scene->closed[i];
      double k = CLAMP (scene->r_mid / (6.0 * scene->u), 0.35, 1.0);
      double lw = (0.7 + 2.6 * t) * k * scene->u;
      SpColor ring = sp_color_mix (scene->fg, scene->bg, 0.62 * (1 - t));

      cairo_save (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r + 1.2 * k * scene->u + lw / 2, 0, 2 * G_PI);
      if (t < 1.0 / 3.0)
        {
          double circumference = 2 * G_PI * (r + 1.2 * k * scene->u + lw / 2);
          guint n_dash = MAX (4, (guint) (circumference / (4.5 * k * scene->u)));
          double dash[] = { 0.55 * circumference / n_dash, 0.45 * circumference / n_dash };

          cairo_set_dash (cr, dash, 2, 0);
        }
      sp_set_color (cr, sp_color_mix (ring, scene->bg, fade), 1);
      cairo_set_line_width (cr, lw);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (scene->near[i] == 2)
    {
      /* soft halo behind the selected or hovered node */
      node_path (scene, cr, i, 7 * scene->u);
      sp_set_color (cr, scene->color[i], 0.28);
      cairo_fill (cr);
    }

  node_path (scene, cr, i, 0);
  if (is_client (scene, i))
    {
      sp_set_color (cr, sp_color_mix (scene->client_fill, scene->bg, fade), 1);
      cairo_fill_preserve (cr);
      sp_set_color (cr, sp_color_mix (scene->client_stroke, scene->bg, fade), 1);
      cairo_set_line_width (cr, CLAMP (0.2 * r, 0.6, 2.0 * scene->u));
      cairo_stroke (cr);
    }
  else
    {
      sp_set_color (cr, fill, 1);
      if (scene->color_values != NULL && scene->missing[i] && r >= 2.0)
        {
          /* no value: light grey with a dashed outline */
          double dash[] = { 0.5 * r, 0.35 * r };

          cairo_fill_preserve (cr);
          cairo_save (cr);
          cairo_set_dash (cr, dash, 2, 0);
          sp_set_color (cr, sp_color_mix (scene->fg_muted, scene->bg, fade), 1);
          cairo_set_line_width (cr, CLAMP (0.16 * r, 0.6, 1.4 * scene->u));
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else if (r >= 2.0)
        {
          /* a thin, darker rim of the same hue gives light colours (yellow,
           * sky blue) an edge on white and keeps touching nodes apart */
          cairo_fill_preserve (cr);
          sp_set_color (cr, rim, 0.9);
          cairo_set_line_width (cr, CLAMP (0.12 * r, 0.5, 1.2 * scene->u));
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
    }

  if (scene->highlighted[i] && !scene->has_focus)
    {
      node_path (scene, cr, i, 2.0 * scene->u + (scene->closed != NULL ? 3.8 * scene->u : 0));
      sp_set_color (cr, SP_HIGHLIGHT_COLOR, 1);
      cairo_set_line_width (cr, 2.2 * scene->u);
      cairo_stroke (cr);
    }

  if (scene->near[i] == 2)
    {
      gboolean selected = (gint) i == scene->focus[0];

      node_path (scene, cr, i, 2.5 * scene->u);
      sp_set_color (cr, scene->accent, selected ? 1.0 : 0.7);
      cairo_set_line_width (cr, (selected ? 2.2 : 1.5) * scene->u);
      cairo_stroke (cr);
    }
}

static void
draw_nodes (SpScene *scene,
            cairo_t *cr)
{
  g_autofree NodeOrder *order = g_new (NodeOrder, MAX (scene->n, 1));
  guint m = 0;

  /* small first, so that hubs stay on top; emphasised ones last */
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i])
      {
        order[m].key = scene->radius[i] + 1e6 * scene->near[i] + 1e5 * scene->highlighted[i];
        order[m].index = i;
        m++;
      }
  qsort (order, m, sizeof (NodeOrder), compare_node_order);

  cairo_save (cr);
  for (guint k = 0; k < m; k++)
    draw_node (scene, cr, order[k].index);
  cairo_restore (cr);
}

/* ---- labels ---- */

static double
label_priority (SpScene *scene,
                guint    i)
{
  /* clients are what the client view is about: they come first among equals */
  return size_measure (scene, i) + (is_client (scene, i) ? 0.35 : 0.0) +
         (scene->near[i] == 1 ? 10.0 : 0.0);
}

static gint
compare_node_priority (gconstpointer a,
                       gconstpointer b)
{
  const NodeOrder *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Measures the candidates and places them (greedy by importance). */
static void
place_labels (SpScene  *scene,
              SpLabelSet *set)
{
  const SpRenderOptions *opt = scene->opt;
  g_autofree NodeOrder *order = g_new (NodeOrder, MAX (scene->n, 1));
  g_autoptr (GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (SpRect));
  double density = CLAMP (opt->label_density, 0.0, 1.0);
  double u = scene->u;
  guint m = 0, max_labels, n_candidates;
  SpRect bounds;

  set->labels = g_array_new (FALSE, TRUE, sizeof (SpLabel));
  set->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  if (!scene->has_layout)
    return;

  for (guint i = 0; i < scene->n; i++)
    {
      if (!scene->visible[i])
        continue;
      if (scene->sx[i] < 0 || scene->sy[i] < 0 ||
          scene->sx[i] > scene->page.width || scene->sy[i] > scene->page.height)
        continue;
      order[m].key = scene->near[i] == 2 ? 100.0
                     : scene->highlighted[i] && !scene->has_focus ? 50.0 : label_priority (scene, i);
      order[m].index = i;
      m++;
    }
  qsort (order, m, sizeof (NodeOrder), compare_node_priority);

  /* a label takes about 90×15 units; at most one per ~7 label areas of the
   * plot keeps the drawing calm */
  max_labels = (guint) (density * scene->plot.width * scene->plot.height / (9 * 90 * 15 * u * u));
  n_candidates = MIN (m, 4 * max_labels + 2);
  if (scene->has_focus)
    while (n_candidates < m && order[n_candidates].key >= 10.0)
      n_candidates++;

  for (guint k = 0; k < n_candidates; k++)
    {
      guint i = order[k].index;
      g_autofree char *text = sp_render_node_label (scene->network, i, opt->anonymize);
      gboolean force = scene->near[i] == 2 || (scene->highlighted[i] && !scene->has_focus);
      double t = sqrt (size_measure (scene, i));
      PangoLayout *layout;
      PangoRectangle logical;
      SpLabel l = { 0 };
      SpRect node_box;

      /* the few most connected in bold, the rest regular, a bit smaller */
      layout = sp_scene_text (scene, text,
                              force ? 13.5 : 10.5 + 2.0 * t,
                              force || (k < MAX (3, n_candidates / 25) && t > 0.5)
                              ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      if (is_client (scene, i))
        {
          PangoFontDescription *desc = pango_font_description_copy (pango_layout_get_font_description (layout));

          pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
          pango_layout_set_font_description (layout, desc);
          pango_font_description_free (desc);
        }
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      l.x = scene->sx[i];
      l.y = scene->sy[i];
      l.gap = scene->radius[i] + (force ? 3 * u : 0);
      l.width = logical.width;
      l.height = logical.height;
      l.priority = order[k].key;
      l.force = force;
      l.id = i;
      g_array_append_val (set->labels, l);
      g_ptr_array_add (set->layouts, layout);

      /* labels keep off the nodes that may get labels */
      node_box = (SpRect) { l.x - 0.8 * scene->radius[i], l.y - 0.8 * scene->radius[i],
                            1.6 * scene->radius[i], 1.6 * scene->radius[i] };
      g_array_append_val (obstacles, node_box);
    }
  if (scene->title_box.width > 0)
    g_array_append_val (obstacles, scene->title_box);
  for (guint k = 0; scene->hulls != NULL && k < scene->hulls->len; k++)
    g_array_append_val (obstacles, g_array_index (scene->hulls, SpHull, k).label_rect);
  if (scene->legend_box.width > 0)
    g_array_append_val (obstacles, scene->legend_box);
  /* what floats over the drawing on screen: its room is no label's */
  if (scene->opt->reserve_top > 0)
    {
      SpRect band = { 0, 0, scene->page.width, scene->opt->reserve_top };

      g_array_append_val (obstacles, band);
    }
  if (scene->opt->reserve_right > 0)
    {
      SpRect column = { scene->page.width - scene->opt->reserve_right, 0,
                        scene->opt->reserve_right, scene->page.height };

      g_array_append_val (obstacles, column);
    }

  bounds = (SpRect) { 4 * u, 4 * u, scene->page.width - 8 * u, scene->page.height - 8 * u };
  sp_labels_place ((SpLabel *) (gpointer) set->labels->data, set->labels->len, &bounds,
                   (const SpRect *) (gpointer) obstacles->data, obstacles->len, max_labels);
}

static void
draw_labels (SpScene  *scene,
             cairo_t  *cr,
             SpLabelSet *set)
{
  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint k = 0; k < set->labels->len; k++)
    {
      const SpLabel *l = &g_array_index (set->labels, SpLabel, k);
      PangoLayout *layout = g_ptr_array_index (set->layouts, k);
      double alpha = sp_scene_dimmed (scene, l->id) ? 0.35 : 1.0;

      if (!l->placed)
        continue;
      /* a halo in the background colour keeps text legible over ties */
      cairo_move_to (cr, l->rect.x, l->rect.y);
      sp_set_color (cr, scene->bg, 0.85 * alpha);
      cairo_set_line_width (cr, 3.0 * scene->u);
      sp_render_layout_halo (cr, layout);
      cairo_move_to (cr, l->rect.x, l->rect.y);
      sp_set_color (cr, scene->fg, alpha);
      sp_render_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

/* ---- the network view ---- */

/* What-if ghosts are left out of the scene and drawn over it; the
 * overlays see the people shown before that (view_data). */
static SpScene *
network_scene (SpNetwork             *network,
               const SpRenderOptions *options)
{
  g_autofree gboolean *without_ghosts = NULL;
  SpRenderOptions scene_options = *options;
  SpRenderOptions *overlay;
  SpScene *scene;

  if ((without_ghosts = sp_overlays_visibility (network, options)) != NULL)
    scene_options.node_visible = without_ghosts;
  scene = sp_scene_build (network, &scene_options);
  overlay = g_new (SpRenderOptions, 1);
  *overlay = scene->own;
  overlay->node_visible = keep (scene, options->node_visible, sizeof (gboolean) * scene->n);
  scene->view_data = overlay;
  scene->view_data_free = g_free;

  if ((options->layers & SP_RENDER_LAYER_SCENE) && scene->n > 0 && scene->has_layout &&
      (options->label_density > 0 || scene->has_focus))
    place_labels (scene, &scene->labels);
  return scene;
}

static void
network_draw (SpScene *scene,
              cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;

  cairo_save (cr);
  if (options->layers & SP_RENDER_LAYER_SCENE)
    {
      sp_set_color (cr, scene->bg, 1.0);
      cairo_rectangle (cr, 0, 0, options->width, options->height);
      cairo_fill (cr);
    }

  if (!(options->layers & SP_RENDER_LAYER_SCENE))
    {
      if (options->show_legend && (options->layers & SP_RENDER_LAYER_LEGEND))
        sp_legend_draw (scene, cr);
    }
  else if (scene->n == 0)
    sp_message_draw (scene, cr, _("This network is empty"),
                     _("Open a data set with people and their ties."));
  else if (!scene->has_layout)
    sp_message_draw (scene, cr, _("No layout yet"),
                     _("The network is drawn once its layout has been computed."));
  else
    {
      if (options->heatmap)
        draw_heatmap (scene, cr);
      draw_hulls (scene, cr);
      draw_edges (scene, cr);
      draw_nodes (scene, cr);
      draw_hull_labels (scene, cr);
      sp_overlays_draw (scene, cr, scene->view_data);
      if (scene->labels.labels != NULL)
        draw_labels (scene, cr, &scene->labels);
      if (options->show_legend && (options->layers & SP_RENDER_LAYER_LEGEND))
        sp_legend_draw (scene, cr);
    }
  if (options->show_title && (options->layers & SP_RENDER_LAYER_TITLE))
    sp_title_draw (scene, cr);
  if (options->layers & SP_RENDER_LAYER_TITLE)
    sp_overlays_caption_draw (scene, cr);
  cairo_restore (cr);
}

/* ---- the scene ---- */

SpScene *
sp_scene_new (SpNetwork             *network,
              const SpRenderOptions *options)
{
  g_return_val_if_fail (network != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  switch (options->view)
    {
    case SP_RENDER_VIEW_CLIENTS:
      return sp_client_view_scene (network, options);
    case SP_RENDER_VIEW_HEAT_TABLE:
      return sp_heat_table_scene (network, options);
    case SP_RENDER_VIEW_QUADRANTS:
      return sp_quadrants_scene (network, options);
    case SP_RENDER_VIEW_TALENT_GRID:
      return sp_talent_grid_scene (network, options);
    case SP_RENDER_VIEW_GROUPS:
      return sp_groups_map_scene (network, options);
    case SP_RENDER_VIEW_NETWORK:
    default:
      return network_scene (network, options);
    }
}

void
sp_render_scene (cairo_t *cr,
                 SpScene *scene)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (scene != NULL);

  switch (scene->view)
    {
    case SP_RENDER_VIEW_CLIENTS:
      sp_client_view_draw (scene, cr);
      break;
    case SP_RENDER_VIEW_HEAT_TABLE:
      sp_heat_table_draw (scene, cr);
      break;
    case SP_RENDER_VIEW_QUADRANTS:
      sp_quadrants_draw (scene, cr);
      break;
    case SP_RENDER_VIEW_TALENT_GRID:
      sp_talent_grid_draw (scene, cr);
      break;
    case SP_RENDER_VIEW_GROUPS:
      sp_groups_map_draw (scene, cr);
      break;
    case SP_RENDER_VIEW_NETWORK:
    default:
      network_draw (scene, cr);
      break;
    }
}

void
sp_render (cairo_t               *cr,
           SpNetwork             *network,
           const SpRenderOptions *options)
{
  g_autoptr (SpScene) scene = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (network != NULL);
  g_return_if_fail (options != NULL);

  scene = sp_scene_new (network, options);
  sp_render_scene (cr, scene);
}

const SpRenderOptions *
sp_scene_get_options (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  return scene->opt;
}

SpRenderView
sp_scene_get_view (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, SP_RENDER_VIEW_NETWORK);
  return scene->view;
}

SpNetwork *
sp_scene_get_network (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  return scene->network;
}

GPtrArray *
sp_scene_placed_labels (SpScene *scene)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (scene != NULL, out);
  for (guint k = 0; scene->labels.labels != NULL && k < scene->labels.labels->len; k++)
    if (g_array_index (scene->labels.labels, SpLabel, k).placed)
      g_ptr_array_add (out, g_strdup (pango_layout_get_text (g_ptr_array_index (scene->labels.layouts, k))));
  return out;
}

void
sp_scene_page_boxes (SpScene *scene,
                     SpRect  *title,
                     SpRect  *caption,
                     SpRect  *legend,
                     SpRect  *plot)
{
  double h;

  g_return_if_fail (scene != NULL);

  h = sp_overlays_caption_height (scene);
  if (title != NULL)
    *title = scene->title_box;
  if (caption != NULL)
    *caption = h > 0
             ? (SpRect) { 24 * scene->u,
                          scene->title_box.width > 0 ? scene->title_box.y + scene->title_box.height + 8 * scene->u
                                                     : 24 * scene->u,
                          scene->page.width - 48 * scene->u, h }
             : (SpRect) { 0, 0, 0, 0 };
  if (legend != NULL)
    *legend = scene->legend_box;
  if (plot != NULL)
    *plot = scene->plot;
}

GArray *
sp_scene_label_boxes (SpScene *scene)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SpRect));

  g_return_val_if_fail (scene != NULL, out);
  for (guint k = 0; scene->labels.labels != NULL && k < scene->labels.labels->len; k++)
    {
      const SpLabel *l = &g_array_index (scene->labels.labels, SpLabel, k);

      if (l->placed)
        g_array_append_val (out, l->rect);
    }
  return out;
}

gboolean
sp_scene_node_position (SpScene *scene,
                        guint    node,
                        double  *x,
                        double  *y,
                        double  *radius)
{
  g_return_val_if_fail (scene != NULL, FALSE);

  /* the quadrants place their dots, the talent grid its people, without
   * a layout */
  if (node >= scene->n || !scene->visible[node] || scene->sx == NULL ||
      (!scene->has_layout && scene->view != SP_RENDER_VIEW_QUADRANTS &&
       scene->view != SP_RENDER_VIEW_TALENT_GRID))
    return FALSE;
  if (x != NULL)
    *x = scene->sx[node];
  if (y != NULL)
    *y = scene->sy[node];
  if (radius != NULL)
    *radius = scene->radius[node];
  return TRUE;
}

gboolean
sp_scene_get_transform (SpScene *scene,
                        double  *scale,
                        double  *ox,
                        double  *oy)
{
  g_return_val_if_fail (scene != NULL, FALSE);
  if (!scene->has_layout || scene->scale <= 0 || scene->view == SP_RENDER_VIEW_HEAT_TABLE ||
      scene->view == SP_RENDER_VIEW_QUADRANTS || scene->view == SP_RENDER_VIEW_TALENT_GRID ||
      scene->view == SP_RENDER_VIEW_GROUPS)
    return FALSE;
  *scale = scene->scale;
  *ox = scene->ox;
  *oy = scene->oy;
  return TRUE;
}

gboolean
sp_scene_get_plot (SpScene *scene,
                   double  *x,
                   double  *y,
                   double  *width,
                   double  *height)
{
  g_return_val_if_fail (scene != NULL, FALSE);
  if (!scene->has_layout || scene->fit_scale <= 0 || scene->view == SP_RENDER_VIEW_HEAT_TABLE ||
      scene->view == SP_RENDER_VIEW_QUADRANTS || scene->view == SP_RENDER_VIEW_TALENT_GRID ||
      scene->view == SP_RENDER_VIEW_GROUPS)
    return FALSE;
  *x = scene->plot.x;
  *y = scene->plot.y;
  *width = scene->plot.width;
  *height = scene->plot.height;
  return TRUE;
}

gboolean
sp_scene_frame_box (SpScene *scene,
                    double   x0,
                    double   y0,
                    double   x1,
                    double   y1,
                    double   margin,
                    double   min_zoom,
                    double   max_zoom,
                    double  *zoom,
                    double  *pan_x,
                    double  *pan_y)
{
  double px, py, pw, ph, bw, bh, z = max_zoom;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (zoom != NULL && pan_x != NULL && pan_y != NULL, FALSE);

  if (!sp_scene_get_plot (scene, &px, &py, &pw, &ph))
    return FALSE;
  bw = (x1 - x0) * scene->fit_scale;
  bh = (y1 - y0) * scene->fit_scale;
  pw = MAX (pw - 2 * margin, 1);
  ph = MAX (ph - 2 * margin, 1);
  if (bw > 0)
    z = MIN (z, pw / bw);
  if (bh > 0)
    z = MIN (z, ph / bh);
  z = CLAMP (z, min_zoom, MAX (min_zoom, max_zoom));
  *zoom = z;
  /* ox = plot centre − fit_c × scale + pan, and the box's centre must
   * land on the plot's centre */
  *pan_x = (scene->fit_cx - (x0 + x1) / 2) * scene->fit_scale * z;
  *pan_y = (scene->fit_cy - (y0 + y1) / 2) * scene->fit_scale * z;
  return TRUE;
}

gboolean
sp_scene_plot_centre_at (SpScene *scene,
                         double   zoom,
                         double   pan_x,
                         double   pan_y,
                         double  *x,
                         double  *y)
{
  double px, py, pw, ph;

  g_return_val_if_fail (scene != NULL && x != NULL && y != NULL, FALSE);
  if (!sp_scene_get_plot (scene, &px, &py, &pw, &ph) || zoom <= 0)
    return FALSE;
  /* the inverse of sp_scene_frame_box's pan */
  *x = scene->fit_cx - pan_x / (scene->fit_scale * zoom);
  *y = scene->fit_cy - pan_y / (scene->fit_scale * zoom);
  return TRUE;
}

double
sp_scene_zoom_for_spacing (SpScene *scene,
                           double   spacing)
{
  double zoom;

  g_return_val_if_fail (scene != NULL, 0);
  if (!scene->has_layout || scene->nearest <= 0 || scene->fit_scale <= 0)
    return 0;
  zoom = scene->opt->zoom > 0 ? scene->opt->zoom : 1;
  return spacing * zoom / scene->nearest;
}

gboolean
sp_scene_node_color (SpScene *scene,
                     guint    node,
                     guint32 *rgb)
{
  SpColor c;

  g_return_val_if_fail (scene != NULL, FALSE);
  if (!sp_scene_node_position (scene, node, NULL, NULL, NULL) || scene->color == NULL)
    return FALSE;
  c = scene->color[node];
  if (rgb != NULL)
    *rgb = ((guint32) lround (CLAMP (c.r, 0, 1) * 255) << 16) |
           ((guint32) lround (CLAMP (c.g, 0, 1) * 255) << 8) |
           (guint32) lround (CLAMP (c.b, 0, 1) * 255);
  return TRUE;
}

guint
sp_scene_n_drawn_nodes (SpScene *scene)
{
  guint n = 0;

  g_return_val_if_fail (scene != NULL, 0);
  for (guint i = 0; i < scene->n; i++)
    n += sp_scene_node_position (scene, i, NULL, NULL, NULL);
  return n;
}

guint
sp_scene_n_drawn_ties (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, 0);
  return scene->edges != NULL ? scene->edges->len : 0;
}

gint
sp_scene_hit_test (SpScene *scene,
                   double   x,
                   double   y)
{
  double best = INFINITY;
  gint found = -1;

  g_return_val_if_fail (scene != NULL, -1);
  /* a person is pointed at by their name as well as their glyph */
  if (scene->view == SP_RENDER_VIEW_TALENT_GRID)
    return sp_talent_grid_hit_test (scene, x, y);
  /* the department map draws groups, not people
   * (sp_scene_groups_map_group_at) */
  if (scene->view == SP_RENDER_VIEW_GROUPS)
    return -1;
  for (guint i = 0; i < scene->n; i++)
    {
      double sx, sy, r, d;

      if (!sp_scene_node_position (scene, i, &sx, &sy, &r))
        continue;
      /* a few units of slack make small nodes easy to point at */
      d = hypot (x - sx, y - sy);
      if (d <= r + 3 * scene->u && d - r < best)
        {
          best = d - r;
          found = (gint) i;
        }
    }
  return found;
}

SpRect
sp_scene_keep_text (SpScene     *scene,
                    GArray      *colors,
                    PangoLayout *l,
                    double       x,
                    double       y,
                    SpColor      color)
{
  PangoRectangle r;
  SpLabel label = { 0 };

  pango_layout_get_pixel_extents (l, NULL, &r);
  label.x = x;
  label.y = y;
  label.width = r.width;
  label.height = r.height;
  label.placed = TRUE;
  label.rect = (SpRect) { x + r.x, y + r.y, r.width, r.height };
  label.id = scene->labels.layouts->len;
  g_array_append_val (scene->labels.labels, label);
  g_ptr_array_add (scene->labels.layouts, l);
  g_array_append_val (colors, color);
  return label.rect;
}

void
sp_scene_draw_kept_texts (SpScene *scene,
                          cairo_t *cr,
                          GArray  *colors)
{
  for (guint k = 0; k < scene->labels.labels->len; k++)
    {
      const SpLabel *label = &g_array_index (scene->labels.labels, SpLabel, k);

      sp_set_color (cr, g_array_index (colors, SpColor, k), 1);
      cairo_move_to (cr, label->x, label->y);
      sp_render_show_layout (cr, g_ptr_array_index (scene->labels.layouts, label->id));
      cairo_new_path (cr);
    }
}

GPtrArray *
sp_scene_hull_labels (SpScene *scene)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (scene != NULL, labels);
  for (guint k = 0; scene->hulls != NULL && k < scene->hulls->len; k++)
    g_ptr_array_add (labels, g_strdup (g_array_index (scene->hulls, SpHull, k).label));
  return labels;
}

GPtrArray *
sp_scene_legend_entries (SpScene *scene)
{
  g_return_val_if_fail (scene != NULL, NULL);
  if (scene->legend_box.width <= 0)
    return g_ptr_array_new_with_free_func (g_free);
  return sp_legend_entries (scene);
}

char *
sp_scene_describe (SpScene *scene)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GPtrArray) labels = NULL;
  g_autoptr (GPtrArray) legend = NULL;

  g_return_val_if_fail (scene != NULL, NULL);
#define BOX(name, r) g_string_append_printf (out, "%s %.2f %.2f %.2f %.2f\n", name, (r).x, (r).y, (r).width, (r).height)
  g_string_append_printf (out, "view %d page %.2f × %.2f\n", scene->view, scene->page.width, scene->page.height);
  BOX ("title", scene->title_box);
  BOX ("legend", scene->legend_box);
  BOX ("plot", scene->plot);
#undef BOX
  for (guint i = 0; i < scene->n; i++)
    {
      double x, y, r;
      guint32 rgb = 0;

      if (!sp_scene_node_position (scene, i, &x, &y, &r))
        continue;
      sp_scene_node_color (scene, i, &rgb);
      g_string_append_printf (out, "node %u %.2f %.2f r %.2f #%06X\n", i, x, y, r, rgb);
    }
  for (guint k = 0; scene->edges != NULL && k < scene->edges->len; k++)
    {
      const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);

      g_string_append_printf (out, "tie %u %u %g %u\n", e->a, e->b, e->weight, e->klass);
    }
  labels = sp_scene_placed_labels (scene);
  for (guint k = 0; k < labels->len; k++)
    g_string_append_printf (out, "label %s\n", (const char *) g_ptr_array_index (labels, k));
  legend = sp_scene_legend_entries (scene);
  for (guint k = 0; k < legend->len; k++)
    g_string_append_printf (out, "legend %s\n", (const char *) g_ptr_array_index (legend, k));
  return g_string_free (out, FALSE);
}

/* ---- one-off questions (each builds a scene) ---- */

GPtrArray *
sp_render_placed_labels (SpNetwork             *network,
                         const SpRenderOptions *options)
{
  g_autoptr (SpScene) scene = NULL;

  g_return_val_if_fail (network != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  scene = sp_scene_build (network, options);
  if (scene->n > 0 && scene->has_layout && (options->label_density > 0 || scene->has_focus))
    place_labels (scene, &scene->labels);
  return sp_scene_placed_labels (scene);
}

gboolean
sp_render_node_position (SpNetwork             *network,
                         const SpRenderOptions *options,
                         guint                  node,
                         double                *x,
                         double                *y,
                         double                *radius)
{
  g_autoptr (SpScene) scene = NULL;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (node < sp_network_n_nodes (network), FALSE);

  scene = sp_scene_build (network, options);
  return sp_scene_node_position (scene, node, x, y, radius);
}

gint
sp_render_hit_test (SpNetwork             *network,
                    const SpRenderOptions *options,
                    double                 x,
                    double                 y)
{
  g_autoptr (SpScene) scene = NULL;

  g_return_val_if_fail (network != NULL, -1);
  g_return_val_if_fail (options != NULL, -1);

  scene = sp_scene_build (network, options);
  return sp_scene_hit_test (scene, x, y);
}

GPtrArray *
sp_render_legend_entries (SpNetwork             *network,
                          const SpRenderOptions *options)
{
  g_autoptr (SpScene) scene = NULL;

  g_return_val_if_fail (network != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  scene = sp_scene_build (network, options);
  return sp_scene_legend_entries (scene);
}
