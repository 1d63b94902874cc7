/* sp-insights.c — named lists, heat table and the open-versus-closed summary */
#define G_LOG_DOMAIN "sp-insights"

#include "sp-insights.h"
#include "sp-person-profile.h"
#include "sp-output.h"
#include "sp-graph.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *kind_names[SP_INSIGHT_N_KINDS] = {
  "hidden-talent", "key-brokers", "overloaded", "at-risk-connectors",
};

const char *
sp_insight_kind_name (SpInsightKind kind)
{
  g_return_val_if_fail (kind < SP_INSIGHT_N_KINDS, NULL);
  return kind_names[kind];
}

const char *
sp_insight_kind_label (SpInsightKind kind)
{
  switch (kind)
    {
    case SP_INSIGHT_HIDDEN_TALENT: return _("Hidden talent");
    case SP_INSIGHT_KEY_BROKERS: return _("Key brokers");
    case SP_INSIGHT_OVERLOADED: return _("Overloaded");
    case SP_INSIGHT_AT_RISK_CONNECTORS: return _("At-risk connectors");
    case SP_INSIGHT_N_KINDS:
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
sp_insight_kind_from_string (const char    *name,
                             SpInsightKind *kind)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    if (g_ascii_strcasecmp (name, kind_names[k]) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

static gint
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
sp_insights_quantile (const double   *values,
                      const gboolean *use,
                      guint           n,
                      double          q)
{
  g_autoptr (GArray) v = g_array_new (FALSE, FALSE, sizeof (double));
  double pos;
  guint i;

  for (guint k = 0; k < n; k++)
    if ((use == NULL || use[k]) && !isnan (values[k]))
      g_array_append_val (v, values[k]);
  if (v->len == 0)
    return NAN;
  g_array_sort (v, compare_double);
  /* linear interpolation between order statistics (numpy's default) */
  pos = CLAMP (q, 0.0, 1.0) * (v->len - 1);
  i = MIN ((guint) pos, v->len - 1);
  if (i + 1 >= v->len)
    return g_array_index (v, double, i);
  /* weighted, not a difference: that of -1.7e308 and 1e308 overflows */
  return (1 - (pos - i)) * g_array_index (v, double, i) +
         (pos - i) * g_array_index (v, double, i + 1);
}

static SpAttribute *
numeric_attribute (SpNetwork  *net,
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

/* Whether every person's value of @attr lies on the 1–5 scale. */
static gboolean
on_talent_scale (SpNetwork   *net,
                 SpAttribute *attr,
                 const gboolean *person)
{
  for (guint i = 0; i < net->nodes->len; i++)
    if (person[i] && !isnan (attr->num[i]) && (attr->num[i] < 1.0 || attr->num[i] > 5.0))
      return FALSE;
  return TRUE;
}

/* A list's order: by @key, highest first; equal keys by @then, highest
 * first (the rule's second measure: a board's top ten among many equal
 * scores are not the lowest row numbers); then by node. */
typedef struct {
  double key;
  guint  node;
  double then;
} Ranked;

static gint
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  if (x->then != y->then && !isnan (x->then) && !isnan (y->then))
    return x->then > y->then ? -1 : 1;
  return (x->node > y->node) - (x->node < y->node);
}

static void
sort_into (GArray *ranked,
           GArray *out)
{
  g_array_sort (ranked, compare_ranked);
  for (guint k = 0; k < ranked->len; k++)
    g_array_append_val (out, g_array_index (ranked, Ranked, k).node);
}

/* What the talent score is made of, and on which scales. */
static char *
talent_label (SpAttribute *perf,
              double       perf_min,
              double       perf_max,
              SpAttribute *pot,
              double       pot_min,
              double       pot_max,
              gboolean     rescaled)
{
  g_autofree char *perf_scale = !isnan (perf_min) ? sp_scale_format (perf_min, perf_max) : NULL;
  g_autofree char *pot_scale = !isnan (pot_min) ? sp_scale_format (pot_min, pot_max) : NULL;

  if (perf != NULL && pot != NULL && rescaled)
    /* Translators: the scales, e.g. "performance 1–5 and potential 1–10,
     * rescaled to 1–5" */
    return g_strdup_printf (_("Talent (mean of performance %s and potential %s, rescaled to %s)"),
                            perf_scale, pot_scale, perf_scale);
  if (perf != NULL && pot != NULL)
    return perf_scale != NULL
      /* Translators: %s is the scale both are on, e.g. "1–5" */
      ? g_strdup_printf (_("Talent (mean of performance and potential, both %s)"), perf_scale)
      : g_strdup (_("Talent (mean of performance and potential)"));
  if (perf != NULL || pot != NULL)
    {
      SpAttribute *one = perf != NULL ? perf : pot;
      const char *scale = perf != NULL ? perf_scale : pot_scale;

      return scale != NULL ? g_strdup_printf ("%s (%s)", one->name, scale) : g_strdup (one->name);
    }
  return NULL;
}

/* Where a "top" band of @share of @n people starts, as a quantile: the
 * share of at most SP_INSIGHTS_BAND_BASE people, so that the band holds
 * as many people at 5,000 as at 500. */
static double
top_band (guint  n,
          double share)
{
  return 1.0 - (n > SP_INSIGHTS_BAND_BASE ? share * SP_INSIGHTS_BAND_BASE / n : share);
}

/* How many people a band of @share holds at most (50 for 10 %). */
static guint
band_people (double share)
{
  return (guint) lround (share * SP_INSIGHTS_BAND_BASE);
}

static void find_overload (SpInsights     *ins,
                           SpNetwork      *net,
                           const gboolean *tie_type_mask,
                           const gboolean *person);

static void
find_people (SpInsights     *ins,
             SpNetwork      *net,
             const gboolean *tie_type_mask,
             SpMetrics      *metrics)
{
  guint n = net->nodes->len;
  const double *betweenness = sp_metrics_get (metrics, "betweenness");
  const double *constraint = sp_metrics_get (metrics, "constraint");
  SpAttribute *perf = numeric_attribute (net, "performance");
  SpAttribute *pot = numeric_attribute (net, "potential");
  SpAttribute *eng = numeric_attribute (net, "engagement");
  g_autofree gboolean *person = g_new0 (gboolean, MAX (n, 1));
  double *talent = g_new (double, MAX (n, 1));
  gboolean scale15 = TRUE;
  double perf_min = NAN, perf_max = NAN, pot_min = NAN, pot_max = NAN;
  double pot_a = 1, pot_b = 0;  /* potential onto performance's scale: a·v + b */
  double talent_cut, btw20, btw90, btw80, btw_risk, con10, eng_cut = NAN;
  gboolean eng15 = FALSE;
  guint n_people = 0;

  for (guint i = 0; i < n; i++)
    {
      person[i] = g_array_index (net->nodes, SpNode, i).kind == SP_NODE_PERSON &&
                  !sp_metrics_is_removed (metrics, i);
      n_people += person[i];
    }
  ins->n_people = n_people;

  if (perf == NULL && pot == NULL)
    for (guint a = 0; a < net->attributes->len && perf == NULL; a++)
      {
        SpAttribute *attr = g_ptr_array_index (net->attributes, a);

        if (attr->type == SP_ATTR_NUMERIC && attr != eng)
          perf = attr;
      }
  /* performance on 1–5 and potential on 1–10 are not averaged raw (then
   * potential alone would decide): potential is rescaled onto
   * performance's scale, (v − min) / (max − min) on both */
  /* (scores on no usual scale, from their lowest to their highest value,
   * are averaged as they are: their range says nothing about a scale) */
  if (perf != NULL && sp_attribute_scale (net, perf, &perf_min, &perf_max) >= SP_SCALE_OBSERVED)
    perf_min = perf_max = NAN;
  if (pot != NULL && sp_attribute_scale (net, pot, &pot_min, &pot_max) >= SP_SCALE_OBSERVED)
    pot_min = pot_max = NAN;
  if (perf != NULL && pot != NULL && !isnan (perf_min) && !isnan (pot_min) &&
      (perf_min != pot_min || perf_max != pot_max) && pot_max > pot_min && perf_max > perf_min)
    {
      pot_a = (perf_max - perf_min) / (pot_max - pot_min);
      pot_b = perf_min - pot_min * pot_a;
    }
  for (guint i = 0; i < n; i++)
    {
      double sum = 0;
      guint k = 0;

      /* halves, not a sum: 1e308 + 1e308 is no double, their mean is */
      if (perf != NULL && !isnan (perf->num[i]))
        sum += perf->num[i] / 2, k++;
      if (pot != NULL && !isnan (pot->num[i]))
        sum += (pot_a * pot->num[i] + pot_b) / 2, k++;
      talent[i] = person[i] && k > 0 ? (k == 2 ? sum : sum * 2) : NAN;
    }
  /* the absolute cut of 4.5 holds for scores on 1–5 (rescaled or not) */
  if (perf != NULL && pot != NULL && pot_a != 1)
    scale15 = perf_min == 1 && perf_max == 5;
  else
    {
      if (perf != NULL)
        scale15 = scale15 && on_talent_scale (net, perf, person);
      if (pot != NULL)
        scale15 = scale15 && on_talent_scale (net, pot, person);
    }
  talent_cut = scale15 ? 4.5 : sp_insights_quantile (talent, person, n, top_band (n_people, 0.2));
  if (eng != NULL)
    {
      eng15 = on_talent_scale (net, eng, person);
      eng_cut = eng15 ? 2.5 : sp_insights_quantile (eng->num, person, n, 0.2);
    }

  /* the edge on the same measure the quadrants plot across: their
   * hidden-talent band and this list are one rule */
  btw20 = betweenness != NULL ? sp_insights_quantile (betweenness, person, n, 0.2) : NAN;
  btw90 = betweenness != NULL ? sp_insights_quantile (betweenness, person, n, top_band (n_people, 0.1)) : NAN;
  /* the quadrants split at the 80th percentile at any size; the list of
   * at-risk connectors is a band that stops growing */
  btw80 = betweenness != NULL ? sp_insights_quantile (betweenness, person, n, 0.8) : NAN;
  btw_risk = betweenness != NULL ? sp_insights_quantile (betweenness, person, n, top_band (n_people, 0.2)) : NAN;
  con10 = constraint != NULL ? sp_insights_quantile (constraint, person, n, 0.1) : NAN;

  ins->talent = talent;
  ins->talent_cut = talent_cut;
  ins->talent_absolute = scale15;
  ins->edge_cut = btw20;
  ins->broker_cut = btw80;
  ins->engagement_cut = eng != NULL ? eng_cut : NAN;
  ins->engagement_absolute = eng15;
  ins->talent_label = talent_label (perf, perf_min, perf_max, pot, pot_min, pot_max, pot_a != 1);

  {
    g_autoptr (GArray) hidden = g_array_new (FALSE, FALSE, sizeof (Ranked));
    g_autoptr (GArray) brokers = g_array_new (FALSE, FALSE, sizeof (Ranked));
    g_autoptr (GArray) at_risk = g_array_new (FALSE, FALSE, sizeof (Ranked));

    for (guint i = 0; i < n; i++)
      {
        if (!person[i])
          continue;
        /* equal talent: the more hidden (fewer paths) first */
        if (!isnan (talent[i]) && talent[i] >= talent_cut &&
            betweenness != NULL && !isnan (betweenness[i]) && betweenness[i] <= btw20)
          {
            Ranked r = { talent[i], i, -betweenness[i] };

            g_array_append_val (hidden, r);
          }
        if (betweenness == NULL || isnan (betweenness[i]) || betweenness[i] <= 0)
          continue;
        /* equal betweenness: the more open, the less engaged first */
        if (betweenness[i] >= btw90 && constraint != NULL &&
            !isnan (constraint[i]) && constraint[i] <= con10)
          {
            Ranked r = { betweenness[i], i, -constraint[i] };

            g_array_append_val (brokers, r);
          }
        if (betweenness[i] >= btw_risk && eng != NULL &&
            !isnan (eng->num[i]) && eng->num[i] <= eng_cut)
          {
            Ranked r = { betweenness[i], i, -eng->num[i] };

            g_array_append_val (at_risk, r);
          }
      }
    sort_into (hidden, ins->people[SP_INSIGHT_HIDDEN_TALENT]);
    sort_into (brokers, ins->people[SP_INSIGHT_KEY_BROKERS]);
    sort_into (at_risk, ins->people[SP_INSIGHT_AT_RISK_CONNECTORS]);
  }
  find_overload (ins, net, tie_type_mask, person);
}

/* ---- overload ---- */

/* Whether @graph has the arc between the network nodes @from → @to. */
static gboolean
has_arc (const SpGraph *graph,
         guint          from,
         guint          to)
{
  gint u = graph->node_vertex[from], v = graph->node_vertex[to];
  guint lo, hi;

  if (u < 0 || v < 0)
    return FALSE;
  /* rows are sorted by vertex */
  lo = graph->out_off[u];
  hi = graph->out_off[u + 1];
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (graph->out_adj[mid] == (guint) v)
        return TRUE;
      if (graph->out_adj[mid] < (guint) v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* The median and the median absolute deviation of the in-degrees of
 * @nodes. */
static void
median_mad (const guint *sought,
            GArray      *nodes,
            double      *median,
            double      *mad)
{
  g_autofree double *v = g_new (double, MAX (nodes->len, 1));

  for (guint k = 0; k < nodes->len; k++)
    v[k] = sought[g_array_index (nodes, guint, k)];
  *median = sp_insights_quantile (v, NULL, nodes->len, 0.5);
  for (guint k = 0; k < nodes->len; k++)
    v[k] = fabs (v[k] - *median);
  *mad = sp_insights_quantile (v, NULL, nodes->len, 0.5);
}

/* The overloaded: see the header.  In-degree and "returned" are read on
 * the simple person graph of the selected ties (as the metrics are): a
 * tie i → j is returned when j → i is a tie of a selected type other
 * than the access type. */
static void
find_overload (SpInsights     *ins,
               SpNetwork      *net,
               const gboolean *tie_type_mask,
               const gboolean *person)
{
  guint n = net->nodes->len, n_types = net->tie_types->len;
  guint access = sp_network_access_type (net);
  gboolean use_access = access != 0 && (tie_type_mask == NULL || tie_type_mask[access]);
  g_autofree gboolean *regular_mask = g_new0 (gboolean, MAX (n_types, 1));
  g_autofree gboolean *access_mask = g_new0 (gboolean, MAX (n_types, 1));
  g_autofree gboolean *removed = g_new0 (gboolean, MAX (n, 1));
  g_autoptr (SpGraph) all = NULL;
  g_autoptr (SpGraph) regular = NULL;
  g_autoptr (SpGraph) asks = NULL;
  g_autoptr (GHashTable) departments = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                              (GDestroyNotify) g_array_unref);
  g_autoptr (GArray) everyone = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) overloaded = g_array_new (FALSE, FALSE, sizeof (Ranked));
  double org_median, org_mad;

  ins->sought = g_new0 (guint, MAX (n, 1));
  ins->unreturned = g_new0 (guint, MAX (n, 1));
  ins->access_asks = g_new0 (guint, MAX (n, 1));
  ins->sought_median = g_new (double, MAX (n, 1));
  ins->sought_cut = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    ins->sought_median[i] = ins->sought_cut[i] = NAN;
  ins->access_type = use_access ? g_ptr_array_index (net->tie_types, access) : NULL;

  if (!net->directed)
    {
      ins->unavailable[SP_INSIGHT_OVERLOADED] =
        g_strdup (_("Cannot be computed: the ties have no direction, so nobody can tell whose ties are returned."));
      return;
    }

  for (guint t = 0; t < n_types; t++)
    {
      gboolean selected = tie_type_mask == NULL || tie_type_mask[t];

      regular_mask[t] = selected && !(use_access && t == access);
      access_mask[t] = use_access && t == access;
    }
  for (guint i = 0; i < n; i++)
    removed[i] = g_array_index (net->nodes, SpNode, i).kind == SP_NODE_PERSON && !person[i];
  all = sp_graph_new (net, tie_type_mask, removed);
  regular = sp_graph_new (net, regular_mask, removed);
  if (use_access)
    asks = sp_graph_new (net, access_mask, removed);

  for (guint v = 0; v < all->n; v++)
    {
      guint node = all->vertex_node[v];

      ins->sought[node] = all->in_off[v + 1] - all->in_off[v];
      for (guint e = all->in_off[v]; e < all->in_off[v + 1]; e++)
        {
          guint from = all->vertex_node[all->in_adj[e]];
          gboolean ask = asks != NULL && has_arc (asks, from, node);

          ins->access_asks[node] += ask;
          if (ask || !has_arc (regular, node, from))
            ins->unreturned[node]++;
        }
    }

  /* each person against their department, or the organisation */
  for (guint i = 0; i < n; i++)
    {
      const char *department = g_array_index (net->nodes, SpNode, i).department;
      GArray *members;

      if (!person[i])
        continue;
      g_array_append_val (everyone, i);
      if (department == NULL)
        continue;
      if ((members = g_hash_table_lookup (departments, department)) == NULL)
        g_hash_table_insert (departments, (gpointer) department,
                             members = g_array_new (FALSE, FALSE, sizeof (guint)));
      g_array_append_val (members, i);
    }
  median_mad (ins->sought, everyone, &org_median, &org_mad);
  for (guint i = 0; i < n; i++)
    if (person[i])
      {
        ins->sought_median[i] = org_median;
        ins->sought_cut[i] = MAX (SP_OVERLOAD_MIN_SOUGHT, MAX (2 * org_median, org_median + 3 * org_mad));
      }
  {
    GHashTableIter iter;
    GArray *members;

    g_hash_table_iter_init (&iter, departments);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &members))
      {
        double median, mad;

        if (members->len < SP_OVERLOAD_MIN_GROUP)
          continue;
        median_mad (ins->sought, members, &median, &mad);
        for (guint k = 0; k < members->len; k++)
          {
            guint i = g_array_index (members, guint, k);

            ins->sought_median[i] = median;
            ins->sought_cut[i] = MAX (SP_OVERLOAD_MIN_SOUGHT, MAX (2 * median, median + 3 * mad));
          }
      }
  }

  for (guint i = 0; i < n; i++)
    if (person[i] && ins->sought[i] > 0 && ins->sought[i] >= ins->sought_cut[i] &&
        ins->unreturned[i] >= SP_OVERLOAD_MIN_UNRETURNED * ins->sought[i])
      {
        /* the most ties not returned first, then the most sought */
        Ranked r = { ins->unreturned[i], i, ins->sought[i] };

        g_array_append_val (overloaded, r);
      }
  sort_into (overloaded, ins->people[SP_INSIGHT_OVERLOADED]);
}

static char *
names_of (SpNetwork *net,
          GArray    *people,
          guint      max)
{
  GString *s = g_string_new (NULL);

  for (guint k = 0; k < people->len && k < max; k++)
    {
      guint i = g_array_index (people, guint, k);

      if (k > 0)
        g_string_append (s, ", ");
      g_string_append (s, sp_network_node_label (net, i));
    }
  if (people->len > max)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " and %u other", " and %u others",
                                            people->len - max), people->len - max);
  return g_string_free (s, FALSE);
}

static int
percent (double share)
{
  return (int) lround (100.0 * share);
}

static void
summarise (SpInsights     *ins,
           SpNetwork      *net,
           SpGroupMetrics *groups)
{
  const SpGroupStats *org = &groups->organisation;
  GPtrArray *out = ins->summary;
  gboolean has_groups;
  guint org_ties = org->internal_ties + org->external_ties;

  ins->cross_share = org_ties > 0 ? (double) org->external_ties / org_ties : NAN;
  ins->density = org->density;
  ins->mean_constraint = org->mean_constraint;
  ins->modularity = org->modularity;
  if (isnan (ins->cross_share) || ins->cross_share <= 0.20)
    ins->openness = SP_OPENNESS_CLOSED;
  else if (ins->cross_share >= 0.40)
    ins->openness = SP_OPENNESS_OPEN;
  else
    ins->openness = SP_OPENNESS_MIXED;

  if (!isnan (ins->cross_share))
    {
      int p = percent (ins->cross_share);

      switch (ins->openness)
        {
        case SP_OPENNESS_CLOSED:
          g_ptr_array_add (out, g_strdup_printf (_("The organisation reads as closed: only %d%% of ties cross departments."), p));
          break;
        case SP_OPENNESS_MIXED:
          g_ptr_array_add (out, g_strdup_printf (_("The organisation reads as partly open: %d%% of ties cross departments."), p));
          break;
        case SP_OPENNESS_OPEN:
        default:
          g_ptr_array_add (out, g_strdup_printf (_("The organisation reads as open: %d%% of ties cross departments."), p));
          break;
        }
    }

  /* departments from most closed to most open; only the clear cases */
  {
    g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (Ranked));

    for (guint g = 0; g < groups->groups->len; g++)
      {
        const SpGroupStats *st = &g_array_index (groups->groups, SpGroupStats, g);
        Ranked r = { -st->ei_index, g, NAN };

        if (st->name != NULL && !isnan (st->ei_index))
          g_array_append_val (order, r);
      }
    g_array_sort (order, compare_ranked);
    for (guint k = 0; k < order->len; k++)
      {
        const SpGroupStats *st = &g_array_index (groups->groups, SpGroupStats,
                                                 g_array_index (order, Ranked, k).node);

        if (st->ei_index <= -0.6)
          g_ptr_array_add (out, g_strdup_printf (_("%s is closed: %d%% of its ties stay inside."),
                                                 st->name, percent (1 - st->external_share)));
        else if (st->ei_index >= 0.0)
          g_ptr_array_add (out, g_strdup_printf (_("%s is open: %d%% of its ties reach other departments."),
                                                 st->name, percent (st->external_share)));
      }
  }

  if (!isnan (org->mean_constraint))
    g_ptr_array_add (out, g_strdup_printf (org->mean_constraint >= 0.4
                                           ? _("Mean constraint %.2f: most people work in closed circles where everyone knows everyone.")
                                           : org->mean_constraint <= 0.2
                                           ? _("Mean constraint %.2f: many people have open networks that bridge groups.")
                                           : _("Mean constraint %.2f: a mix of closed circles and open networks."),
                                           org->mean_constraint));
  /* of departments only where there are departments (Les Misérables and
   * Zachary's karate club have none) */
  {
    g_autoptr (GPtrArray) departments = sp_network_departments (net);

    has_groups = departments->len >= 2;
  }
  if (has_groups && !isnan (org->modularity))
    g_ptr_array_add (out, g_strdup_printf (org->modularity >= 0.4
                                           ? _("Modularity %.2f: the departments are clearly separate groups.")
                                           : _("Modularity %.2f: the departments overlap in who works with whom."),
                                           org->modularity));

  {
    GArray *hidden = ins->people[SP_INSIGHT_HIDDEN_TALENT];
    GArray *brokers = ins->people[SP_INSIGHT_KEY_BROKERS];
    GArray *at_risk = ins->people[SP_INSIGHT_AT_RISK_CONNECTORS];
    GArray *overloaded = ins->people[SP_INSIGHT_OVERLOADED];

    if (hidden->len > 0)
      {
        g_autofree char *names = names_of (net, hidden, SP_INSIGHTS_SHOWN);

        g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u high performer sits at the edge of the network: %s.",
                                                            "%u high performers sit at the edge of the network: %s.",
                                                            hidden->len), hidden->len, names));
      }
    if (brokers->len > 0)
      {
        g_autofree char *names = names_of (net, brokers, SP_INSIGHTS_SHOWN);

        if (has_groups)
          g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u person connects the departments: %s.",
                                                              "%u people connect the departments: %s.",
                                                              brokers->len), brokers->len, names));
        else
          g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u person links parts of the network that would otherwise hardly meet: %s.",
                                                              "%u people link parts of the network that would otherwise hardly meet: %s.",
                                                              brokers->len), brokers->len, names));
      }
    if (overloaded->len > 0)
      {
        g_autofree char *names = names_of (net, overloaded, SP_INSIGHTS_SHOWN);

        g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u person many go to does not return most of those ties and may be overloaded: %s.",
                                                            "%u people many go to do not return most of those ties and may be overloaded: %s.",
                                                            overloaded->len), overloaded->len, names));
      }
    if (at_risk->len > 0)
      {
        g_autofree char *names = names_of (net, at_risk, SP_INSIGHTS_SHOWN);

        g_ptr_array_add (out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u connector has low engagement and may leave: %s.",
                                                            "%u connectors have low engagement and may leave: %s.",
                                                            at_risk->len), at_risk->len, names));
      }
  }

  /* a survey's response rate first: it says how far the rest holds */
  {
    char *note = sp_network_response_note (net);

    if (note != NULL)
      g_ptr_array_insert (out, 0, note);
  }
}

SpInsights *
sp_insights_compute (SpNetwork      *net,
                     SpMetrics      *metrics,
                     SpGroupMetrics *groups)
{
  return sp_insights_compute_full (net, NULL, metrics, groups);
}

SpInsights *
sp_insights_compute_full (SpNetwork      *net,
                          const gboolean *tie_type_mask,
                          SpMetrics      *metrics,
                          SpGroupMetrics *groups)
{
  SpInsights *ins = g_new0 (SpInsights, 1);

  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    ins->people[k] = g_array_new (FALSE, FALSE, sizeof (guint));
  ins->summary = g_ptr_array_new_with_free_func (g_free);
  ins->cross_share = ins->density = ins->mean_constraint = ins->modularity = NAN;
  ins->talent_cut = ins->edge_cut = ins->broker_cut = ins->engagement_cut = NAN;

  g_return_val_if_fail (net != NULL, ins);
  if (metrics != NULL)
    find_people (ins, net, tie_type_mask, metrics);
  if (groups != NULL)
    summarise (ins, net, groups);
  return ins;
}

void
sp_insights_free (SpInsights *insights)
{
  if (insights == NULL)
    return;
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    g_array_unref (insights->people[k]);
  g_ptr_array_unref (insights->summary);
  g_free (insights->talent);
  g_free (insights->talent_label);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    g_free (insights->unavailable[k]);
  g_free (insights->sought);
  g_free (insights->unreturned);
  g_free (insights->access_asks);
  g_free (insights->sought_median);
  g_free (insights->sought_cut);
  g_free (insights);
}

char *
sp_insights_rule (SpInsights    *insights,
                  SpInsightKind  kind)
{
  g_autofree char *cut = NULL;

  g_return_val_if_fail (insights != NULL, NULL);
  g_return_val_if_fail (kind < SP_INSIGHT_N_KINDS, NULL);

  switch (kind)
    {
    case SP_INSIGHT_HIDDEN_TALENT:
      if (!insights->talent_absolute || isnan (insights->talent_cut))
        /* Translators: %d%% are shares ("20%"), %u the most people the
         * first band holds however large the organisation */
        return g_strdup_printf (_("Rule: talent in the top %d%% (at most %u people) and betweenness in the lowest %d%% "
                                  "(few paths run through them); most talented first, then the fewest paths."), 20, band_people (0.2), 20);
      cut = sp_format_number (insights->talent_cut, FALSE);   /* "4,5" in Dutch */
      /* Translators: %s is the talent cut, e.g. "4.5"; %d%% a share, "20%" */
      return g_strdup_printf (_("Rule: talent %s or higher and betweenness in the lowest %d%% "
                                "(few paths run through them); most talented first, then the fewest paths."), cut, 20);
    case SP_INSIGHT_KEY_BROKERS:
      /* Translators: %d%% are shares ("10%"), %u the most people the
       * first band holds however large the organisation */
      return g_strdup_printf (_("Rule: betweenness in the top %d%% (at most %u people) and constraint in the lowest %d%%; "
                                "most paths through them first."), 10, band_people (0.1), 10);
    case SP_INSIGHT_OVERLOADED:
      {
        g_autofree char *rule = NULL;

        if (insights->unavailable[kind] != NULL)
          return g_strdup (insights->unavailable[kind]);
        /* Translators: %u is at least 5 people; MAD the median absolute deviation;
         * %d%% a share, "50%" */
        rule = g_strdup_printf (_("Rule: at least %u people go to them (in-degree), at least twice their department’s "
                                  "median and 3 MADs above it (the whole organisation’s for departments under %u people), "
                                  "and at least %d%% of those ties are not returned; most ties not returned first."),
                                SP_OVERLOAD_MIN_SOUGHT, SP_OVERLOAD_MIN_GROUP,
                                (int) lround (100 * SP_OVERLOAD_MIN_UNRETURNED));
        if (insights->access_type == NULL)
          return g_steal_pointer (&rule);
        /* Translators: a rule, then the tie type read as "I need more access to this person" */
        return g_strdup_printf (_("%s Incoming “%s” ties (I need more access to this person) are unmet demand: "
                                  "they count as not returned."), rule, insights->access_type);
      }
    case SP_INSIGHT_AT_RISK_CONNECTORS:
      if (!insights->engagement_absolute || isnan (insights->engagement_cut))
        /* Translators: %d%% are shares ("20%"), %u the most people the
         * first band holds however large the organisation */
        return g_strdup_printf (_("Rule: betweenness in the top %d%% (at most %u people) and engagement in the lowest %d%%; "
                                  "most paths through them first."), 20, band_people (0.2), 20);
      cut = sp_format_number (insights->engagement_cut, FALSE);
      /* Translators: %d%% is a share, "20%"; %u the most people that band
       * holds; %s the engagement cut, e.g. "2.5" */
      return g_strdup_printf (_("Rule: betweenness in the top %d%% (at most %u people) and engagement %s or lower; "
                                "most paths through them first."), 20, band_people (0.2), cut);
    case SP_INSIGHT_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

guint
sp_insights_n_shown (SpInsights    *insights,
                     SpInsightKind  kind)
{
  g_return_val_if_fail (insights != NULL, 0);
  g_return_val_if_fail (kind < SP_INSIGHT_N_KINDS, 0);
  return MIN (insights->people[kind]->len, SP_INSIGHTS_SHOWN);
}

char *
sp_insights_more (guint n_more)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n_more), n_more);
}

char *
sp_insights_numbers (SpInsights    *insights,
                     SpInsightKind  kind,
                     guint          node)
{
  g_autofree char *median = NULL;
  g_autofree char *numbers = NULL;
  guint sought;

  g_return_val_if_fail (insights != NULL, NULL);
  if (kind != SP_INSIGHT_OVERLOADED || insights->sought == NULL || insights->unavailable[kind] != NULL)
    return NULL;
  sought = insights->sought[node];
  median = sp_format_number (insights->sought_median[node], FALSE);
  /* Translators: the numbers behind an overloaded person: how many go to
   * them, their department's median, how many of those ties they do not
   * return (%d%% of them) */
  numbers = g_strdup_printf (_("Sought by %u (median %s), %u not returned (%d%%)"),
                             sought, median, insights->unreturned[node],
                             (int) lround (100.0 * insights->unreturned[node] / MAX (sought, 1)));
  if (insights->access_type == NULL || insights->access_asks[node] == 0)
    return g_steal_pointer (&numbers);
  /* Translators: after the numbers of an overloaded person: how many ask for more access */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u asks for more access",
                                       "%s; %u ask for more access", insights->access_asks[node]),
                          numbers, insights->access_asks[node]);
}

char *
sp_insights_to_text (SpInsights *insights,
                     SpNetwork  *net,
                     SpMetrics  *metrics)
{
  GString *s = g_string_new (NULL);
  /* the rule's measures, the one it ranks by first */
  const char *columns[SP_INSIGHT_N_KINDS][3] = {
    { "performance", "potential", "betweenness" }, { "betweenness", "constraint", NULL },
    { NULL, NULL, NULL }, { "betweenness", "engagement", NULL },
  };

  g_return_val_if_fail (insights != NULL && net != NULL, g_string_free (s, FALSE));

  for (guint k = 0; k < insights->summary->len; k++)
    g_string_append_printf (s, "%s\n", (const char *) g_ptr_array_index (insights->summary, k));
  if (metrics != NULL)
    {
      /* the brokers' ranking rests on estimated betweenness: say so */
      g_autofree char *estimate = sp_metrics_describe_estimate (metrics);

      if (estimate != NULL)
        g_string_append_printf (s, "%s.\n", estimate);
    }
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    {
      GArray *people = insights->people[k];

      guint shown = sp_insights_n_shown (insights, k);
      g_autofree char *rule = sp_insights_rule (insights, k);

      if (insights->unavailable[k] != NULL)
        {
          /* not an empty list: a list that cannot be made, and why */
          g_string_append_printf (s, "\n%s\n  %s\n", sp_insight_kind_label (k), insights->unavailable[k]);
          continue;
        }
      g_string_append_printf (s, "\n%s (%u)\n  %s\n", sp_insight_kind_label (k), people->len, rule);
      for (guint j = 0; j < shown; j++)
        {
          guint i = g_array_index (people, guint, j);
          SpNode *node = sp_network_node (net, i);

          g_string_append_printf (s, "  %s  %s", node->id, sp_network_node_label (net, i));
          if (node->department != NULL)
            g_string_append_printf (s, " (%s)", node->department);
          if (k == SP_INSIGHT_OVERLOADED)
            {
              /* the numbers the rule reads, by the names of the
               * metrics CSV where it has them */
              g_string_append_printf (s, "  in_degree %u  group_median %g  cut %g  not_returned %u (%d%%)",
                                      insights->sought[i], insights->sought_median[i], insights->sought_cut[i],
                                      insights->unreturned[i],
                                      (int) lround (100.0 * insights->unreturned[i] / MAX (insights->sought[i], 1)));
              if (insights->access_type != NULL)
                g_string_append_printf (s, "  %s %u", insights->access_type, insights->access_asks[i]);
            }
          for (guint c = 0; c < 3 && columns[k][c] != NULL; c++)
            {
              const double *col = metrics != NULL ? sp_metrics_get (metrics, columns[k][c]) : NULL;
              SpAttribute *attr = col == NULL ? numeric_attribute (net, columns[k][c]) : NULL;
              double v = col != NULL ? col[i] : attr != NULL ? attr->num[i] : NAN;

              if (isnan (v))
                continue;
              g_string_append_printf (s, "  %s %.4g", columns[k][c], v);
              /* a talent score says its scale: 4 on 1–5 is not 4 on 1–10 */
              if (attr != NULL)
                {
                  double lo, hi;
                  g_autofree char *scale = NULL;

                  sp_attribute_scale (net, attr, &lo, &hi);
                  scale = sp_scale_format (lo, hi);
                  g_string_append_printf (s, " (%s)", scale);
                }
            }
          g_string_append_c (s, '\n');
        }
      if (people->len > shown)
        {
          guint n_more = people->len - shown;

          /* the rest are in the measures, not left out */
          g_string_append_printf (s, "  ");
          g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "and %u more (see --metrics)",
                                                  "and %u more (see --metrics)", n_more), n_more);
          g_string_append_c (s, '\n');
        }
    }
  return g_string_free (s, FALSE);
}

char *
sp_insights_homophily (SpGroupMetrics *groups,
                       const char     *attribute)
{
  const SpGroupStats *org;
  const char *what;
  char ei[32], r[32];
  double shown;
  g_autofree char *sentence = NULL;

  g_return_val_if_fail (groups != NULL, NULL);
  org = &groups->organisation;
  if (isnan (org->ei_index))
    return NULL;
  what = attribute != NULL && !g_str_equal (attribute, "department") ? attribute
         /* Translators: the grouping in "People mostly go to people of their own department" */
         : _("department");
  /* the verdict follows the number the sentence shows (no "−0.00") */
  shown = round (org->ei_index * 100) / 100;
  if (shown == 0)
    shown = 0;
  g_snprintf (ei, sizeof ei, "%s%.2f", shown < 0 ? "−" : "+", fabs (shown));
  if (shown <= -0.3)
    /* Translators: homophily; %s is the attribute (office, location), then the E-I index */
    sentence = g_strdup_printf (_("People mostly go to people of their own %s: E-I %s"), what, ei);
  else if (shown >= 0.3)
    /* Translators: homophily; %s is the attribute (office, location), then the E-I index */
    sentence = g_strdup_printf (_("People mostly go to people of another %s: E-I %s"), what, ei);
  else
    /* Translators: homophily; %s is the attribute (office, location), then the E-I index */
    sentence = g_strdup_printf (_("People go to people of their own and of another %s alike: E-I %s"), what, ei);
  if (isnan (org->assortativity))
    return g_steal_pointer (&sentence);
  g_snprintf (r, sizeof r, "%s%.2f", org->assortativity < 0 ? "−" : "", fabs (org->assortativity));
  /* Translators: a homophily sentence, then Newman's attribute assortativity */
  return g_strdup_printf (_("%s (assortativity %s)"), sentence, r);
}

gboolean
sp_insights_write (SpInsights *insights,
                   SpNetwork  *net,
                   SpMetrics  *metrics,
                   const char *path,
                   GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (insights != NULL && net != NULL && path != NULL, FALSE);

  text = sp_insights_to_text (insights, net, metrics);
  return sp_output_write_all (path, text, -1, error);
}

/* ---- heat table ---- */

SpHeatTable *
sp_heat_table_new (SpNetwork      *net,
                   SpGroupMetrics *groups)
{
  SpHeatTable *t = g_new0 (SpHeatTable, 1);
  g_autoptr (GPtrArray) attrs = g_ptr_array_new ();
  g_autoptr (GHashTable) row_of = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n = net->nodes->len, n_groups = groups->groups->len;
  guint c;

  t->rows = g_ptr_array_new_with_free_func (g_free);
  t->column_names = g_ptr_array_new_with_free_func (g_free);
  t->column_labels = g_ptr_array_new_with_free_func (g_free);
  t->column_domains = g_ptr_array_new_with_free_func (g_free);

  for (guint g = 0; g < n_groups; g++)
    {
      const SpGroupStats *st = &g_array_index (groups->groups, SpGroupStats, g);

      g_ptr_array_add (t->rows, g_strdup (st->name));
      g_hash_table_insert (row_of, (gpointer) st->name, GUINT_TO_POINTER (g + 1));
    }
  g_ptr_array_add (t->rows, g_strdup (_("Organisation")));
  t->n_rows = t->rows->len;

  for (guint a = 0; a < net->attributes->len; a++)
    {
      SpAttribute *attr = g_ptr_array_index (net->attributes, a);

      if (attr->type == SP_ATTR_NUMERIC)
        g_ptr_array_add (attrs, attr);
    }
  t->n_columns = attrs->len + 5;
  t->lo = g_new (double, MAX (t->n_columns, 1));
  t->hi = g_new (double, MAX (t->n_columns, 1));
  for (c = 0; c < attrs->len; c++)
    {
      SpAttribute *attr = g_ptr_array_index (attrs, c);
      g_autofree char *scale = NULL;
      double min, max;
      SpScaleKind kind;

      g_ptr_array_add (t->column_names, g_strdup (attr->name));
      g_ptr_array_add (t->column_labels, g_strdup (attr->name));
      /* the scale the scores are on, not the spread of the means */
      kind = sp_attribute_scale (net, attr, &min, &max);
      if (kind == SP_SCALE_NONE)
        min = 0, max = 1;
      scale = sp_scale_format (min, max);
      t->lo[c] = min;
      t->hi[c] = max;
      g_ptr_array_add (t->column_domains, kind == SP_SCALE_OBSERVED
                                          /* Translators: the lowest to the highest person's
                                           * score, e.g. "−3–250"; no usual scale holds them */
                                          ? g_strdup_printf (_("%s (lowest to highest)"), scale)
                                          : kind == SP_SCALE_NONE ? g_strdup ("") : g_steal_pointer (&scale));
    }
  {
    const char *names[] = { "size", "ei_index", "internal_share", "mean_constraint", "density" };
    const char *labels[] = { N_("People"), N_("E-I index"), N_("Ties inside"),
                             N_("Mean constraint"), N_("Density") };
    const double lo[] = { 0, -1, 0, 0, 0 }, hi[] = { 1, 1, 1, 1, 1 };
    const char *domains[] = { "", N_("−1 to +1"), N_("0–100%"), N_("0–1"), N_("0–100%") };

    for (guint k = 0; k < G_N_ELEMENTS (names); k++)
      {
        g_ptr_array_add (t->column_names, g_strdup (names[k]));
        g_ptr_array_add (t->column_labels, g_strdup (_(labels[k])));
        g_ptr_array_add (t->column_domains, g_strdup (domains[k][0] != '\0' ? _(domains[k]) : ""));
        t->lo[attrs->len + k] = lo[k];
        t->hi[attrs->len + k] = hi[k];
      }
  }
  g_assert (t->column_names->len == t->n_columns);
  t->values = g_new (double, MAX (t->n_rows * t->n_columns, 1));
  t->diverging = g_new0 (gboolean, MAX (t->n_columns, 1));
  t->uncoloured = g_new0 (gboolean, MAX (t->n_columns, 1));
  t->percent = g_new0 (gboolean, MAX (t->n_columns, 1));

  /* means of the numeric attributes per department and overall */
  for (c = 0; c < attrs->len; c++)
    {
      SpAttribute *attr = g_ptr_array_index (attrs, c);
      g_autofree double *sum = g_new0 (double, t->n_rows);
      g_autofree guint *count = g_new0 (guint, t->n_rows);

      for (guint i = 0; i < n; i++)
        {
          const SpNode *node = &g_array_index (net->nodes, SpNode, i);
          guint r;

          if (node->kind != SP_NODE_PERSON || isnan (attr->num[i]))
            continue;
          sum[t->n_rows - 1] += attr->num[i];
          count[t->n_rows - 1]++;
          r = node->department != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (row_of, node->department)) : 0;
          if (r > 0)
            {
              sum[r - 1] += attr->num[i];
              count[r - 1]++;
            }
        }
      for (guint r = 0; r < t->n_rows; r++)
        t->values[r * t->n_columns + c] = count[r] > 0 ? sum[r] / count[r] : NAN;
    }
  for (guint r = 0; r < t->n_rows; r++)
    {
      const SpGroupStats *st = r + 1 < t->n_rows ? &g_array_index (groups->groups, SpGroupStats, r)
                                                 : &groups->organisation;
      double *row = &t->values[r * t->n_columns + attrs->len];

      row[0] = st->size;
      row[1] = st->ei_index;
      row[2] = 1.0 - st->external_share;
      row[3] = st->mean_constraint;
      row[4] = st->density;
    }
  if (t->n_rows > 0)
    {
      double *org = &t->values[(t->n_rows - 1) * t->n_columns + attrs->len];
      guint ties = groups->organisation.internal_ties + groups->organisation.external_ties;

      /* the organisation's "inside": ties within a department */
      org[2] = ties > 0 ? (double) groups->organisation.internal_ties / ties : NAN;
    }

  for (c = 0; c < t->n_columns; c++)
    {
      const char *name = g_ptr_array_index (t->column_names, c);

      if (c >= attrs->len && strcmp (name, "ei_index") == 0)
        t->diverging[c] = TRUE;
      else if (c >= attrs->len && strcmp (name, "size") == 0)
        t->uncoloured[c] = TRUE;
      else if (c >= attrs->len && (strcmp (name, "internal_share") == 0 || strcmp (name, "density") == 0))
        t->percent[c] = TRUE;
      if (!(t->hi[c] > t->lo[c]))
        t->hi[c] = t->lo[c] + 1;
    }
  return t;
}

double
sp_heat_table_get (SpHeatTable *table,
                   guint        row,
                   guint        column)
{
  g_return_val_if_fail (table != NULL, NAN);
  g_return_val_if_fail (row < table->n_rows && column < table->n_columns, NAN);
  return table->values[row * table->n_columns + column];
}

void
sp_heat_table_free (SpHeatTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_ptr_array_unref (table->column_names);
  g_ptr_array_unref (table->column_labels);
  g_ptr_array_unref (table->column_domains);
  g_free (table->values);
  g_free (table->lo);
  g_free (table->hi);
  g_free (table->diverging);
  g_free (table->uncoloured);
  g_free (table->percent);
  g_free (table);
}
