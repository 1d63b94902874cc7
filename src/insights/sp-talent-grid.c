/* sp-talent-grid.c — the 9-box talent grid (rules in sp-talent-grid.h) */
#define G_LOG_DOMAIN "sp-talent-grid"

#include "sp-talent-grid.h"
#include "sp-insights.h"
#include "sp-person-profile.h"
#include "sp-graph.h"
#include "sp-text.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>

/* The names a talent attribute goes by when none is chosen: the English
 * one the table importer maps Dutch headings to, and the Dutch one a
 * GraphML or GEXF file may still carry. */
static const char *const default_names[2][2] = {
  { "performance", "prestatie" },
  { "potential", "potentieel" },
};

/* Indexed by SpTalentBox index: potential × 3 + performance. */
static const struct {
  const char *key;
  const char *label;
} boxes[SP_TALENT_N_BOXES] = {
  /* low potential */
  { "talent-risk", N_("Talent risk") },
  { "effective", N_("Effective") },
  { "trusted-professional", N_("Trusted professional") },
  /* medium potential */
  { "inconsistent-player", N_("Inconsistent player") },
  { "core-player", N_("Core player") },
  { "high-performer", N_("High performer") },
  /* high potential */
  { "rough-diamond", N_("Rough diamond") },
  { "future-star", N_("Future star") },
  { "star", N_("Star") },
};

static const struct {
  const char *name;
  const char *label;
  const char *rule;
} positions[SP_POSITION_N] = {
  { "broker", N_("Broker"), N_("many shortest paths run through them (top 20%)") },
  { "connected", N_("Connected"), N_("the rest: neither broker nor closed, not at the edge") },
  { "closed", N_("Closed"), N_("contacts who all know each other (constraint 0.5 or more)") },
  { "peripheral", N_("Peripheral"), N_("few contacts, at the edge (lowest 20%)") },
  { "isolated", N_("Isolated"), N_("no ties with colleagues") },
};

const char *
sp_talent_box_key (guint box)
{
  g_return_val_if_fail (box < SP_TALENT_N_BOXES, "");
  return boxes[box].key;
}

const char *
sp_talent_box_label (guint box)
{
  g_return_val_if_fail (box < SP_TALENT_N_BOXES, "");
  return _(boxes[box].label);
}

const char *
sp_talent_level_name (SpTalentLevel level)
{
  static const char *const names[] = { "low", "medium", "high" };

  return level >= 0 && level < SP_TALENT_N_LEVELS ? names[level] : "";
}

const char *
sp_talent_level_label (SpTalentLevel level)
{
  switch (level)
    {
    /* Translators: a level of performance or potential in the 9-box grid */
    case SP_TALENT_LEVEL_LOW: return C_("talent level", "Low");
    case SP_TALENT_LEVEL_MEDIUM: return C_("talent level", "Medium");
    case SP_TALENT_LEVEL_HIGH: return C_("talent level", "High");
    case SP_TALENT_LEVEL_NONE:
    case SP_TALENT_N_LEVELS:
    default:
      return "";
    }
}

const char *
sp_network_position_name (SpNetworkPosition position)
{
  g_return_val_if_fail (position < SP_POSITION_N, "");
  return positions[position].name;
}

const char *
sp_network_position_label (SpNetworkPosition position)
{
  g_return_val_if_fail (position < SP_POSITION_N, "");
  return _(positions[position].label);
}

const char *
sp_network_position_rule (SpNetworkPosition position)
{
  g_return_val_if_fail (position < SP_POSITION_N, "");
  return _(positions[position].rule);
}

void
sp_talent_default_cuts (double lo,
                        double hi,
                        double cuts[2])
{
  /* lo + (hi − lo) · k / 3, multiplied before dividing so that scales
   * such as 1–10 get their cuts (4 and 7) exactly */
  cuts[0] = lo + (hi - lo) * 1 / 3;
  cuts[1] = lo + (hi - lo) * 2 / 3;
  if (!(cuts[0] < cuts[1]))
    {
      /* one value (an observed "scale" of a single score): everyone is
       * medium, the grid's middle, rather than high */
      cuts[0] = lo;
      cuts[1] = nextafter (lo, INFINITY);
    }
}

SpTalentLevel
sp_talent_axis_level (const SpTalentAxis *axis,
                      double              value)
{
  g_return_val_if_fail (axis != NULL, SP_TALENT_LEVEL_NONE);

  if (isnan (value))
    return SP_TALENT_LEVEL_NONE;
  if (value < axis->cut[0])
    return SP_TALENT_LEVEL_LOW;
  if (value < axis->cut[1])
    return SP_TALENT_LEVEL_MEDIUM;
  return SP_TALENT_LEVEL_HIGH;
}

static SpAttribute *
find_numeric (SpNetwork  *net,
              const char *name)
{
  for (guint a = 0; a < net->attributes->len; a++)
    {
      SpAttribute *attr = g_ptr_array_index (net->attributes, a);

      if (attr->type == SP_ATTR_NUMERIC && g_ascii_strcasecmp (attr->name, name) == 0)
        return attr;
    }
  return NULL;
}

/* "engagement, tenure" — what the user could choose instead. */
static char *
numeric_names (SpNetwork *net)
{
  GString *out = g_string_new (NULL);

  for (guint a = 0; a < net->attributes->len; a++)
    {
      SpAttribute *attr = g_ptr_array_index (net->attributes, a);

      if (attr->type == SP_ATTR_NUMERIC)
        g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", attr->name);
    }
  return g_string_free (out, FALSE);
}

SpAttribute *
sp_talent_grid_attribute (SpNetwork              *net,
                          const SpTalentGridSpec *spec,
                          guint                   axis,
                          GError                **error)
{
  const char *chosen;
  SpAttribute *attr = NULL;
  g_autofree char *known = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (axis < 2, NULL);

  chosen = spec == NULL ? NULL : axis == 0 ? spec->performance : spec->potential;
  if (chosen != NULL)
    attr = find_numeric (net, chosen);
  else
    for (guint k = 0; k < G_N_ELEMENTS (default_names[axis]) && attr == NULL; k++)
      attr = find_numeric (net, default_names[axis][k]);
  if (attr != NULL)
    return attr;

  known = numeric_names (net);
  if (chosen != NULL && sp_network_find_attribute (net, chosen) != NULL)
    /* Translators: %s is an attribute of the data, e.g. "location" */
    what = g_strdup_printf (_("“%s” holds categories, not scores"), chosen);
  else if (chosen != NULL)
    what = g_strdup_printf (_("no numeric attribute “%s”"), chosen);
  else
    what = g_strdup (axis == 0 ? _("no performance score: no numeric attribute “performance” or “prestatie”")
                               : _("no potential score: no numeric attribute “potential” or “potentieel”"));
  if (*known != '\0')
    g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                 /* Translators: the first %s says what is missing, the second
                  * lists the numeric attributes the data has */
                 _("%s (numeric attributes in the data: %s)"), what, known);
  else
    g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                 _("%s (the data has no numeric attributes)"), what);
  return NULL;
}

static gboolean
parse_pair (const char *text,
            double      cut[2])
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);

  if (g_strv_length (parts) != 2)
    return FALSE;
  for (guint k = 0; k < 2; k++)
    {
      const char *s = g_strstrip (parts[k]);
      char *end = NULL;

      if (*s == '\0')
        return FALSE;
      cut[k] = g_ascii_strtod (s, &end);
      if (end == s || *end != '\0' || !isfinite (cut[k]))
        return FALSE;
    }
  return TRUE;
}

/* Whether @cut is an increasing pair; else @error says which. */
static gboolean
check_cuts (const double cut[2],
            GError     **error)
{
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

  if (cut[0] < cut[1])
    return TRUE;
  g_ascii_formatd (x, sizeof x, "%g", cut[0]);
  g_ascii_formatd (y, sizeof y, "%g", cut[1]);
  g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
               /* Translators: two cut points of the talent grid, e.g. "4 is not below 3" */
               _("the first cut must be below the second (%s is not below %s)"), x, y);
  return FALSE;
}

gboolean
sp_talent_grid_parse_cuts (const char       *text,
                           SpTalentGridSpec *spec,
                           GError          **error)
{
  g_auto (GStrv) axes = NULL;
  double cuts[2][2];
  guint n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  axes = g_strsplit (text, ":", -1);
  n = g_strv_length (axes);
  if (n < 1 || n > 2 || !parse_pair (axes[0], cuts[0]) || (n == 2 && !parse_pair (axes[1], cuts[1])))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   /* Translators: the syntax of --grid-cuts; keep P1,P2:Q1,Q2 */
                   _("“%s” is not P1,P2 or P1,P2:Q1,Q2 (numbers with a decimal point, "
                     "each where the next level starts)"), text);
      return FALSE;
    }
  if (n == 1)
    cuts[1][0] = cuts[0][0], cuts[1][1] = cuts[0][1];
  for (guint a = 0; a < 2; a++)
    if (!check_cuts (cuts[a], error))
      return FALSE;
  for (guint a = 0; a < 2; a++)
    {
      spec->has_cuts[a] = TRUE;
      spec->cuts[a][0] = cuts[a][0];
      spec->cuts[a][1] = cuts[a][1];
    }
  return TRUE;
}

/* A person's place on the scale, 0 at its bottom and 1 at its top: what
 * ranks the people within a box, whatever the two scales are. */
static double
fraction (const SpTalentAxis *axis,
          double              v)
{
  return axis->hi > axis->lo ? (v - axis->lo) / (axis->hi - axis->lo) : 0;
}

typedef struct {
  SpTalentGrid *grid;
  SpNetwork    *net;
} SortContext;

static int
compare_in_box (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const SortContext *c = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const SpTalentAxis *x = &c->grid->axis[0], *y = &c->grid->axis[1];
  double si = fraction (x, x->attribute->num[i]) + fraction (y, y->attribute->num[i]);
  double sj = fraction (x, x->attribute->num[j]) + fraction (y, y->attribute->num[j]);
  int by_name;

  if (si != sj)
    return si > sj ? -1 : 1;
  by_name = sp_text_compare_natural (sp_network_node_label (c->net, i), sp_network_node_label (c->net, j));
  return by_name != 0 ? by_name : (i > j) - (i < j);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  SpNetwork *net = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  int by_name = sp_text_compare_natural (sp_network_node_label (net, i), sp_network_node_label (net, j));

  return by_name != 0 ? by_name : (i > j) - (i < j);
}

void
sp_talent_grid_free (SpTalentGrid *grid)
{
  if (grid == NULL)
    return;
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    g_clear_pointer (&grid->boxes[b].people, g_array_unref);
  g_free (grid->level[0]);
  g_free (grid->level[1]);
  g_free (grid->position);
  g_free (grid->box);
  g_free (grid->in_data);
  g_clear_pointer (&grid->missing, g_array_unref);
  g_free (grid);
}

/* Each person's position (rules in the header), from @graph's contacts
 * and @metrics' betweenness and constraint. */
static void
classify_positions (SpTalentGrid  *grid,
                    SpNetwork     *net,
                    SpMetrics     *metrics,
                    const SpGraph *graph,
                    const gboolean *person)
{
  guint n = grid->n_nodes;
  const double *betweenness = sp_metrics_get (metrics, "betweenness");
  const double *constraint = sp_metrics_get (metrics, "constraint");
  g_autofree double *contacts = g_new (double, MAX (n, 1));
  double median;

  for (guint i = 0; i < n; i++)
    {
      gint v = graph->node_vertex[i];

      contacts[i] = person[i] && v >= 0 ? sp_graph_n_contacts (graph, v) : NAN;
    }
  /* the cut of the insight lists and the quadrants (sp-insights.c) */
  grid->broker_cut = betweenness != NULL ? sp_insights_quantile (betweenness, person, n, 0.8) : NAN;
  grid->peripheral_cut = sp_insights_quantile (contacts, person, n, 0.2);
  median = sp_insights_quantile (contacts, person, n, 0.5);

  for (guint i = 0; i < n; i++)
    {
      double b = betweenness != NULL ? betweenness[i] : NAN;
      double c = constraint != NULL ? constraint[i] : NAN;

      if (!person[i])
        continue;
      if (isnan (contacts[i]) || contacts[i] == 0)
        grid->position[i] = SP_POSITION_ISOLATED;
      else if (!isnan (b) && b > 0 && b >= grid->broker_cut)
        grid->position[i] = SP_POSITION_BROKER;
      /* below the median too: where (nearly) everyone has as many
       * contacts, nobody is at the edge */
      else if (contacts[i] <= grid->peripheral_cut && contacts[i] < median)
        grid->position[i] = SP_POSITION_PERIPHERAL;
      else if (!isnan (c) && c >= 0.5)
        grid->position[i] = SP_POSITION_CLOSED;
      else
        grid->position[i] = SP_POSITION_CONNECTED;
    }
}

/* Each box's share of brokers, mean constraint and E-I index. */
static void
box_networks (SpTalentGrid  *grid,
              SpMetrics     *metrics,
              const SpGraph *graph)
{
  const double *constraint = sp_metrics_get (metrics, "constraint");
  double con_sum[SP_TALENT_N_BOXES] = { 0 };
  guint con_n[SP_TALENT_N_BOXES] = { 0 };

  /* every tie once: arcs, or undirected edges from their lower end, as
   * the group measures count them (sp-group-metrics.c) */
  for (guint u = 0; u < graph->n; u++)
    for (guint e = graph->out_off[u]; e < graph->out_off[u + 1]; e++)
      {
        guint v = graph->out_adj[e];
        gint bu = grid->box[graph->vertex_node[u]], bv = grid->box[graph->vertex_node[v]];

        if (!graph->directed && v < u)
          continue;
        if (bu >= 0 && bu == bv)
          grid->boxes[bu].internal_ties++;
        else
          {
            if (bu >= 0)
              grid->boxes[bu].external_ties++;
            if (bv >= 0)
              grid->boxes[bv].external_ties++;
          }
      }

  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    {
      SpTalentBox *box = &grid->boxes[b];
      guint ties = box->internal_ties + box->external_ties;

      for (guint k = 0; k < box->people->len; k++)
        {
          guint i = g_array_index (box->people, guint, k);

          box->n_position[grid->position[i]]++;
          if (constraint != NULL && !isnan (constraint[i]))
            {
              con_sum[b] += constraint[i];
              con_n[b]++;
            }
        }
      box->broker_share = box->people->len > 0
                        ? (double) box->n_position[SP_POSITION_BROKER] / box->people->len : NAN;
      box->mean_constraint = con_n[b] > 0 ? con_sum[b] / con_n[b] : NAN;
      box->ei_index = ties > 0 ? ((double) box->external_ties - box->internal_ties) / ties : NAN;
    }
}

SpTalentGrid *
sp_talent_grid_compute (SpNetwork              *net,
                        SpMetrics              *metrics,
                        const gboolean         *tie_type_mask,
                        const gboolean         *removed,
                        const SpTalentGridSpec *spec,
                        GError                **error)
{
  g_autoptr (SpTalentGrid) grid = NULL;
  g_autoptr (SpGraph) graph = NULL;
  g_autofree gboolean *person = NULL;
  SpAttribute *attr[2];
  SortContext sort;
  guint n;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (metrics != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint a = 0; a < 2; a++)
    if ((attr[a] = sp_talent_grid_attribute (net, spec, a, error)) == NULL)
      return NULL;

  n = sp_network_n_nodes (net);
  grid = g_new0 (SpTalentGrid, 1);
  grid->n_nodes = n;
  for (guint a = 0; a < 2; a++)
    {
      SpTalentAxis *axis = &grid->axis[a];

      axis->attribute = attr[a];
      axis->scale_kind = sp_attribute_scale (net, attr[a], &axis->lo, &axis->hi);
      if (axis->scale_kind == SP_SCALE_NONE)
        axis->lo = 0, axis->hi = 1;   /* nobody has a score: no cut matters */
      if (spec != NULL && spec->has_cuts[a])
        {
          if (!check_cuts (spec->cuts[a], error))
            return NULL;
          axis->cut[0] = spec->cuts[a][0];
          axis->cut[1] = spec->cuts[a][1];
          axis->cuts_given = TRUE;
        }
      else
        sp_talent_default_cuts (axis->lo, axis->hi, axis->cut);
      grid->level[a] = g_new (gint8, MAX (n, 1));
    }
  grid->position = g_new0 (guint8, MAX (n, 1));
  grid->box = g_new (gint8, MAX (n, 1));
  grid->in_data = g_new0 (gboolean, MAX (n, 1));
  grid->missing = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    {
      grid->boxes[b].performance = b % SP_TALENT_N_LEVELS;
      grid->boxes[b].potential = b / SP_TALENT_N_LEVELS;
      grid->boxes[b].people = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  person = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      person[i] = sp_network_node (net, i)->kind == SP_NODE_PERSON && !sp_metrics_is_removed (metrics, i) &&
                  (removed == NULL || !removed[i]);
      grid->box[i] = -1;
      grid->level[0][i] = grid->level[1][i] = SP_TALENT_LEVEL_NONE;
      grid->in_data[i] = person[i];
      if (!person[i])
        continue;
      grid->n_persons++;
      for (guint a = 0; a < 2; a++)
        grid->level[a][i] = sp_talent_axis_level (&grid->axis[a], attr[a]->num[i]);
      if (grid->level[0][i] == SP_TALENT_LEVEL_NONE || grid->level[1][i] == SP_TALENT_LEVEL_NONE)
        {
          /* one score is not half a place in the grid */
          grid->level[0][i] = grid->level[1][i] = SP_TALENT_LEVEL_NONE;
          g_array_append_val (grid->missing, i);
          continue;
        }
      grid->box[i] = SP_TALENT_BOX (grid->level[0][i], grid->level[1][i]);
      g_array_append_val (grid->boxes[grid->box[i]].people, i);
      grid->n_placed++;
    }

  graph = sp_graph_new (net, tie_type_mask, removed);
  classify_positions (grid, net, metrics, graph, person);
  box_networks (grid, metrics, graph);

  sort = (SortContext) { grid, net };
  for (guint b = 0; b < SP_TALENT_N_BOXES; b++)
    g_array_sort_with_data (grid->boxes[b].people, compare_in_box, &sort);
  g_array_sort_with_data (grid->missing, compare_by_name, net);
  return g_steal_pointer (&grid);
}

char *
sp_talent_box_network_line (const SpTalentBox *box)
{
  GString *out;
  guint n;

  g_return_val_if_fail (box != NULL, NULL);

  n = box->people->len;
  if (n == 0)
    return NULL;
  out = g_string_new (NULL);
  /* Translators: how many of a box's people are brokers, "Brokers 2 of 9" */
  g_string_append_printf (out, _("Brokers %u of %u"), box->n_position[SP_POSITION_BROKER], n);
  if (!isnan (box->mean_constraint))
    {
      g_autofree char *v = sp_format_number (box->mean_constraint, FALSE);

      g_string_append (out, " · ");
      /* Translators: Burt's constraint, averaged over a box's people */
      g_string_append_printf (out, _("mean constraint %s"), v);
    }
  if (!isnan (box->ei_index))
    {
      g_autofree char *v = sp_format_number (box->ei_index, TRUE);

      g_string_append (out, " · ");
      /* Translators: the E-I index of a box's people, "E-I +0.12" */
      g_string_append_printf (out, _("E-I %s"), v);
    }
  return g_string_free (out, FALSE);
}

gboolean
sp_talent_grid_write_csv (SpTalentGrid *grid,
                          SpNetwork    *net,
                          const char   *path,
                          GError      **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (grid != NULL, FALSE);
  g_return_val_if_fail (net != NULL && sp_network_n_nodes (net) == grid->n_nodes, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  g_string_append (out, "id,name,performance,potential,performance_level,potential_level,box\n");
  for (guint i = 0; i < grid->n_nodes; i++)
    {
      const SpNode *node = sp_network_node (net, i);

      if (node->kind != SP_NODE_PERSON || !grid->in_data[i])
        continue;
      sp_csv_append_field (out, node->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, node->name);
      for (guint a = 0; a < 2; a++)
        {
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, grid->axis[a].attribute->num[i]));
        }
      g_string_append_printf (out, ",%s,%s,%s\n", sp_talent_level_name (grid->level[0][i]),
                              sp_talent_level_name (grid->level[1][i]),
                              grid->box[i] >= 0 ? sp_talent_box_key (grid->box[i]) : "");
    }
  return sp_csv_write (path, out, error);
}
