/* sp-person-profile.c — one person's measures in words, their contacts
 * and clients */
#define G_LOG_DOMAIN "sp-person-profile"

#include "sp-person-profile.h"
#include "sp-i18n.h"
#include "sp-locale.h"

#include <locale.h>
#include <math.h>
#include <string.h>

/* ---- numbers ----------------------------------------------------------- */

char *
sp_format_number (double   value,
                  gboolean sign)
{
  double a = fabs (value);
  int decimals = (a == floor (a) || a >= 100) ? 0 : a >= 10 ? 1 : 2;
  g_autofree char *digits = NULL;
  g_autofree char *point = NULL;
  const char *prefix = "";
  gpointer before;

  if (isnan (value))
    return g_strdup ("—");
  if (isinf (value))
    return g_strdup (value > 0 ? "∞" : "−∞");

  /* the user's numbers, whatever Graphviz does to the process's (sp-locale.h);
   * the ' flag: the locale's thousands separator ("2,521", "2.521") */
  before = sp_locale_use_user ();
  digits = g_strdup_printf ("%'.*f", decimals, a);
  point = g_strdup (localeconv ()->decimal_point);
  sp_locale_restore (before);
  if (decimals > 0 && point != NULL && point[0] != '\0')
    {
      char *dp = strstr (digits, point);

      if (dp != NULL)
        {
          char *after = dp + strlen (point);
          char *end = after + strlen (after);

          while (end > after && end[-1] == '0')
            end--;
          if (end == after)
            end = dp;
          *end = '\0';
        }
    }
  if (strcmp (digits, "0") != 0)
    {
      if (value < 0)
        prefix = "−";  /* U+2212, as the heat table writes it */
      else if (sign)
        prefix = "+";
    }
  return g_strconcat (prefix, digits, NULL);
}

/* ---- levels and ranks ---------------------------------------------------- */

static SpLevel
relative_level (const SpRank *r)
{
  guint above;

  if (r->rank == 0 || r->n_ranked == 0)
    return SP_LEVEL_NONE;
  above = r->rank - 1;
  if (above < 0.1 * r->n_ranked && r->n_below > 0)
    return SP_LEVEL_HIGH;
  if (r->n_below < 0.25 * r->n_ranked && above > 0)
    return SP_LEVEL_LOW;
  return SP_LEVEL_MIDDLE;
}

/* The share of people at or above the person's value, in whole percent
 * rounded up (rank 1 of 150: 1 %). */
static guint
top_percent (const SpRank *r)
{
  double share = (double) (r->rank - 1 + r->n_tied) / MAX (r->n_ranked, 1);

  return (guint) CLAMP (ceil (100 * share - 1e-9), 1, 100);
}

static char *
rank_text (const SpRank *r)
{
  if (r->rank == 0)
    return g_strdup (_("not applicable"));
  /* the ends in words, so that the direction is plain */
  if (r->n_tied == 1 && r->n_ranked > 2 && r->rank == 1)
    /* Translators: the person has the highest value of all the people with one */
    return g_strdup_printf (_("the highest of %'u"), r->n_ranked);
  if (r->n_tied == 1 && r->n_ranked > 2 && r->n_below == 0)
    return g_strdup_printf (_("the lowest of %'u"), r->n_ranked);
  if (r->n_tied > 1)
    /* Translators: a person's place among the people with a value,
     * highest first; several people have the same value */
    return g_strdup_printf (_("rank %'u of %'u, shared by %'u"), r->rank, r->n_ranked, r->n_tied);
  /* Translators: a person's place among the people with a value, highest first */
  return g_strdup_printf (_("rank %'u of %'u"), r->rank, r->n_ranked);
}

/* @line (taken), and when the person stands high, how high. */
static char *
with_top (char         *line,
          SpLevel       level,
          const SpRank *r)
{
  char *out;

  if (level != SP_LEVEL_HIGH)
    return line;
  /* Translators: a sentence about a person and the share of the
   * organisation at or above them, e.g. "… a broker (top 2%)" */
  out = g_strdup_printf (_("%s (top %u%%)"), line, top_percent (r));
  g_free (line);
  return out;
}

void
sp_person_measure_free (SpPersonMeasure *measure)
{
  if (measure == NULL)
    return;
  g_free (measure->value_text);
  g_free (measure->rank_text);
  g_free (measure->line);
  g_free (measure);
}

static guint
count (double v)
{
  return v > 0 ? (guint) MIN (round (v), G_MAXUINT) : 0;
}

static guint
percent (double share)
{
  return (guint) CLAMP (round (100 * share), 0, 100);
}

/* The line for @column of a person with value @v. */
static char *
measure_line (SpMetricColumn  column,
              double          v,
              SpLevel         level,
              const SpRank   *r,
              guint           n_contacts,
              guint           n_communities)
{
  g_autofree char *number = NULL;

  switch (column)
    {
    case SP_METRIC_DEGREE:
      if (n_contacts == 0)
        return g_strdup (_("Has no ties with colleagues"));
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Works directly with %u colleague",
                                                     "Works directly with %u colleagues", n_contacts),
                                        n_contacts), level, r);
    case SP_METRIC_IN_DEGREE:
      if (count (v) == 0)
        return g_strdup (_("Named by no colleague"));
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Named by %u colleague",
                                                     "Named by %u colleagues", count (v)),
                                        count (v)), level, r);
    case SP_METRIC_OUT_DEGREE:
      if (count (v) == 0)
        return g_strdup (_("Names no colleague"));
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Names %u colleague",
                                                     "Names %u colleagues", count (v)),
                                        count (v)), level, r);
    case SP_METRIC_WEIGHTED_DEGREE:
      if (level == SP_LEVEL_HIGH)
        return with_top (g_strdup (_("Many or strong ties, all added up")), level, r);
      if (level == SP_LEVEL_LOW)
        return g_strdup (_("Few or weak ties, all added up"));
      return g_strdup (_("Ties of usual strength, all added up"));
    case SP_METRIC_BETWEENNESS:
      if (v == 0)
        return g_strdup (_("On no shortest path between colleagues"));
      if (level == SP_LEVEL_HIGH)
        return with_top (g_strdup (_("On many shortest paths between colleagues: a broker")), level, r);
      if (level == SP_LEVEL_LOW)
        return g_strdup (_("On few shortest paths between colleagues"));
      return g_strdup (_("On some shortest paths between colleagues"));
    case SP_METRIC_CLOSENESS:
      if (v == 0)
        return g_strdup (_("Reaches no colleague through the ties"));
      if (level == SP_LEVEL_HIGH)
        return with_top (g_strdup (_("Close to everyone: reaches the organisation in few steps")), level, r);
      if (level == SP_LEVEL_LOW)
        return g_strdup (_("Far from most colleagues: many steps to reach them"));
      return g_strdup (_("An average number of steps from colleagues"));
    case SP_METRIC_EIGENVECTOR:
      if (level == SP_LEVEL_HIGH)
        return with_top (g_strdup (_("Tied to colleagues who are well connected themselves")), level, r);
      if (level == SP_LEVEL_LOW)
        return g_strdup (_("Tied mostly to colleagues on the edge of the network"));
      return g_strdup (_("Tied to averagely connected colleagues"));
    case SP_METRIC_CLUSTERING:
      if (n_contacts < 2)
        return g_strdup (_("Too few contacts to tell whether they know each other"));
      if (v >= 0.5)
        return g_strdup (_("Their contacts mostly know each other"));
      if (v < 0.2)
        return g_strdup (_("Their contacts rarely know each other"));
      return g_strdup (_("Some of their contacts know each other"));
    case SP_METRIC_CONSTRAINT:
      if (v >= 0.5)
        return g_strdup (_("A closed network: few contacts, or contacts who all know each other"));
      if (v < 0.3)
        return g_strdup (_("An open network: contacts who don't know each other"));
      return g_strdup (_("A partly open network: some contacts know each other"));
    case SP_METRIC_EFFECTIVE_SIZE:
      number = sp_format_number (v, FALSE);
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Worth about %s independent contact",
                                                     "Worth about %s independent contacts",
                                                     v == 1 ? 1 : 2),
                                        number), level, r);
    case SP_METRIC_EFFICIENCY:
      /* Translators: efficiency, the effective size over the contacts */
      return g_strdup_printf (_("%u%% of their contacts bring someone new"), percent (v));
    case SP_METRIC_HIERARCHY:
      if (v >= 0.3)
        return g_strdup (_("Leans on one contact above all"));
      if (v < 0.1)
        return g_strdup (_("Leans on no single contact"));
      return g_strdup (_("Leans somewhat on a few contacts"));
    case SP_METRIC_BROKER_COORDINATOR:
      return with_top (g_strdup (_("Coordinator: connects colleagues within their own department")), level, r);
    case SP_METRIC_BROKER_ITINERANT:
      return with_top (g_strdup (_("Itinerant broker: connects colleagues of another department with each other")),
                       level, r);
    case SP_METRIC_BROKER_REPRESENTATIVE:
      return with_top (g_strdup (_("Representative: carries their department's work to other departments")),
                       level, r);
    case SP_METRIC_BROKER_GATEKEEPER:
      return with_top (g_strdup (_("Gatekeeper: lets what other departments bring into their own")), level, r);
    case SP_METRIC_BROKER_LIAISON:
      return with_top (g_strdup (_("Liaison: connects departments they are not part of")), level, r);
    case SP_METRIC_EI_INDEX:
      {
        /* E-I = (E − I) / (E + I): the share outside is (1 + E-I) / 2 */
        guint outside = percent ((1 + v) / 2);

        if (v > 0.2)
          /* Translators: %u%% is the share of the person's contacts in other departments */
          return g_strdup_printf (_("Works mostly outside their department: %u%% of contacts elsewhere"), outside);
        if (v < -0.2)
          return g_strdup_printf (_("Works mostly inside their department: %u%% of contacts elsewhere"), outside);
        return g_strdup_printf (_("Works as much inside as outside their department: %u%% of contacts elsewhere"),
                                outside);
      }
    case SP_METRIC_RECIPROCITY:
      return g_strdup_printf (_("%u%% of their ties are returned"), percent (v));
    case SP_METRIC_COMMUNITY:
      /* Translators: Louvain communities, groups the ties form whatever
       * the departments; "In community 3 of 7 found in the ties" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In community %u of %u found in the ties",
                                           "In community %u of %u found in the ties", n_communities),
                              (guint) v + 1, n_communities);
    case SP_METRIC_REACH_2:
      if (count (v) == 0)
        return g_strdup (_("Reaches no colleague in two steps"));
      /* Translators: reach_2, the colleagues they know or could be
       * introduced to by someone they know */
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Reaches %'u colleague in two steps",
                                                     "Reaches %'u colleagues in two steps", count (v)),
                                        count (v)), level, r);
    case SP_METRIC_CORE:
      if (count (v) == 0)
        return g_strdup (_("Has no ties with colleagues"));
      /* Translators: the k-core number k: the person belongs to a group in
       * which everyone works with at least k others of the group */
      return with_top (g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Part of a group in which everyone works with at least %u other",
                                                     "Part of a group in which everyone works with at least %u others",
                                                     count (v)),
                                        count (v)), level, r);
    case SP_METRIC_N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Why a measure has no value for a person. */
static const char *
missing_line (SpMetricColumn column)
{
  switch (column)
    {
    case SP_METRIC_EI_INDEX:
      return _("Inside or outside their department: not applicable without a department or contacts");
    case SP_METRIC_HIERARCHY:
      return _("Leaning on one contact: not applicable with fewer than two contacts");
    case SP_METRIC_CONSTRAINT:
    case SP_METRIC_EFFECTIVE_SIZE:
    case SP_METRIC_EFFICIENCY:
      return _("Open or closed network: not applicable without contacts");
    case SP_METRIC_EIGENVECTOR:
      return _("Tied to well-connected colleagues: could not be computed for this network");
    default:
      return NULL;
    }
}

/* The order a reader takes the measures in. */
static const SpMetricColumn display_order[] = {
  SP_METRIC_DEGREE, SP_METRIC_IN_DEGREE, SP_METRIC_OUT_DEGREE, SP_METRIC_REACH_2,
  SP_METRIC_BETWEENNESS, SP_METRIC_CLOSENESS,
  SP_METRIC_CONSTRAINT, SP_METRIC_EFFECTIVE_SIZE, SP_METRIC_EFFICIENCY,
  SP_METRIC_CLUSTERING, SP_METRIC_CORE, SP_METRIC_HIERARCHY, SP_METRIC_EI_INDEX,
  SP_METRIC_BROKER_COORDINATOR, SP_METRIC_BROKER_GATEKEEPER, SP_METRIC_BROKER_REPRESENTATIVE,
  SP_METRIC_BROKER_LIAISON, SP_METRIC_BROKER_ITINERANT,
  SP_METRIC_EIGENVECTOR, SP_METRIC_WEIGHTED_DEGREE, SP_METRIC_RECIPROCITY, SP_METRIC_COMMUNITY,
};
G_STATIC_ASSERT (G_N_ELEMENTS (display_order) == SP_METRIC_N_COLUMNS);

static gboolean
is_broker (SpMetricColumn c)
{
  return c >= SP_METRIC_BROKER_COORDINATOR && c <= SP_METRIC_BROKER_LIAISON;
}

/* Read on their own scale, not against the organisation. */
static gboolean
is_absolute (SpMetricColumn c)
{
  return c == SP_METRIC_CLUSTERING || c == SP_METRIC_CONSTRAINT || c == SP_METRIC_HIERARCHY
      || c == SP_METRIC_EI_INDEX || c == SP_METRIC_EFFICIENCY || c == SP_METRIC_RECIPROCITY;
}

GPtrArray *
sp_person_measures (SpNetwork      *net,
                    SpMetrics      *metrics,
                    const gboolean *tie_type_mask,
                    guint           node)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_person_measure_free);
  guint n_contacts;
  gboolean any_broker_value = FALSE, any_broker_role = FALSE;

  g_return_val_if_fail (net != NULL && metrics != NULL, out);
  g_return_val_if_fail (node < sp_network_n_nodes (net) && node < sp_metrics_n_nodes (metrics), out);

  if (sp_network_node (net, node)->kind != SP_NODE_PERSON)
    return out;

  /* on undirected data the degree is the number of contacts; on directed
   * data it counts a returned tie twice, so count them */
  if (net->directed)
    {
      g_autoptr (GArray) contacts = sp_person_contacts (net, tie_type_mask, node, SP_NODE_PERSON);

      n_contacts = contacts->len;
    }
  else
    n_contacts = count (sp_metrics_column (metrics, SP_METRIC_DEGREE)[node]);

  for (guint k = 0; k < G_N_ELEMENTS (display_order); k++)
    {
      SpMetricColumn c = display_order[k];
      double v = sp_metrics_column (metrics, c)[node];
      SpPersonMeasure *m;

      if (!net->directed
          && (c == SP_METRIC_IN_DEGREE || c == SP_METRIC_OUT_DEGREE || c == SP_METRIC_RECIPROCITY))
        continue;
      if (is_broker (c))
        {
          any_broker_value |= !isnan (v);
          /* only the roles they play */
          if (isnan (v) || v <= 0)
            continue;
          any_broker_role = TRUE;
        }
      if (isnan (v) && missing_line (c) == NULL)
        continue;

      m = g_new0 (SpPersonMeasure, 1);
      m->column = c;
      m->label = sp_metrics_column_label (c);
      m->value = v;
      if (isnan (v))
        {
          m->value_text = g_strdup ("—");
          m->rank_text = g_strdup (_("not applicable"));
          m->line = g_strdup (missing_line (c));
          g_ptr_array_add (out, m);
          continue;
        }
      if (c != SP_METRIC_COMMUNITY)
        {
          sp_metrics_rank (metrics, c, node, &m->rank);
          m->rank_text = rank_text (&m->rank);
        }
      else
        m->rank_text = g_strdup ("");
      m->level = c == SP_METRIC_COMMUNITY ? SP_LEVEL_NONE
               : is_absolute (c) ? SP_LEVEL_MIDDLE
               : relative_level (&m->rank);
      if (c == SP_METRIC_COMMUNITY)
        m->value_text = g_strdup_printf ("%u", (guint) v + 1);
      else if (c == SP_METRIC_EFFICIENCY || c == SP_METRIC_RECIPROCITY)
        m->value_text = g_strdup_printf ("%u%%", percent (v));
      else
        m->value_text = sp_format_number (v, c == SP_METRIC_EI_INDEX);
      if (sp_metrics_is_estimate (metrics, c))
        {
          /* an estimate says so, with its margin: "≈2,521 ± 130" */
          const double *margin = sp_metrics_margin (metrics, c);
          g_autofree char *plus = margin != NULL && !isnan (margin[node])
                                  ? sp_format_number (margin[node], FALSE) : NULL;
          char *text = plus != NULL
                       /* Translators: an estimated measure and its 95% margin: "≈2,521 ± 130" */
                       ? g_strdup_printf (_("≈%s ± %s"), m->value_text, plus)
                       /* Translators: an estimated measure: "≈2,521" */
                       : g_strdup_printf (_("≈%s"), m->value_text);

          g_free (m->value_text);
          m->value_text = text;
        }
      m->line = measure_line (c, v, m->level, &m->rank, n_contacts,
                              sp_metrics_n_communities (metrics));
      g_ptr_array_add (out, m);
    }

  if (any_broker_value && !any_broker_role)
    {
      SpPersonMeasure *m = g_new0 (SpPersonMeasure, 1);
      guint at = 0;

      m->column = SP_METRIC_BROKER_COORDINATOR;
      m->label = sp_metrics_column_label (SP_METRIC_BROKER_COORDINATOR);
      m->value = 0;
      sp_metrics_rank (metrics, SP_METRIC_BROKER_COORDINATOR, node, &m->rank);
      m->value_text = g_strdup ("0");
      m->rank_text = g_strdup ("");
      m->line = g_strdup (_("No broker roles: links no colleagues who are not in touch already"));
      /* where the roles would be: after the E-I index */
      for (guint k = 0; k < out->len; k++)
        if (((SpPersonMeasure *) g_ptr_array_index (out, k))->column == SP_METRIC_EI_INDEX)
          at = k + 1;
        else if (at == 0 && ((SpPersonMeasure *) g_ptr_array_index (out, k))->column == SP_METRIC_HIERARCHY)
          at = k + 1;
      g_ptr_array_insert (out, at, m);
    }
  return out;
}

static char *
capitalised (const char *text)
{
  char first[8] = { 0 };

  if (text[0] == '\0')
    return g_strdup (text);
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

SpPersonMeasure *
sp_person_attribute (SpNetwork   *net,
                     SpAttribute *attr,
                     guint        node)
{
  SpPersonMeasure *m;
  g_autofree gboolean *people = NULL;
  g_autofree char *name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *scale = NULL;
  double min, max;
  guint n;

  g_return_val_if_fail (net != NULL && attr != NULL, NULL);
  g_return_val_if_fail (node < sp_network_n_nodes (net), NULL);

  if (attr->type != SP_ATTR_NUMERIC)
    return NULL;

  n = sp_network_n_nodes (net);
  people = g_new (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    people[i] = sp_network_node (net, i)->kind == SP_NODE_PERSON;

  m = g_new0 (SpPersonMeasure, 1);
  m->column = -1;
  m->attribute = attr;
  m->label = attr->name;
  m->value = attr->num[node];
  name = capitalised (attr->name);
  if (isnan (m->value) || !people[node])
    {
      m->value = NAN;
      m->value_text = g_strdup ("—");
      m->rank_text = g_strdup (_("no value"));
      /* Translators: %s is an attribute ("Performance") */
      m->line = g_strdup_printf (_("%s: no value"), name);
      return m;
    }

  sp_rank_among (attr->num, people, n, m->value, &m->rank);
  m->level = relative_level (&m->rank);
  m->rank_text = rank_text (&m->rank);
  number = sp_format_number (m->value, FALSE);
  if (sp_attribute_scale (net, attr, &min, &max) != SP_SCALE_NONE)
    scale = sp_scale_format (min, max);
  if (scale != NULL)
    /* Translators: a value on its scale, "4.2 on 1–5" */
    m->value_text = g_strdup_printf (_("%s on %s"), number, scale);
  else
    m->value_text = g_strdup (number);
  m->line = with_top (g_strdup_printf ("%s %s", name, m->value_text), m->level, &m->rank);
  return m;
}

/* ---- contacts ------------------------------------------------------------ */

typedef struct {
  SpContact  contact;
  char      *key;
} Sortable;

static gint
compare_sortable (gconstpointer a,
                  gconstpointer b)
{
  const Sortable *x = a, *y = b;
  gint c = strcmp (x->key, y->key);

  return c != 0 ? c : (x->contact.node > y->contact.node) - (x->contact.node < y->contact.node);
}

static gboolean
tie_counts (const SpTie    *t,
            const gboolean *tie_type_mask)
{
  return t->source != t->target && (tie_type_mask == NULL || tie_type_mask[t->type]);
}

GArray *
sp_person_contacts (SpNetwork      *net,
                    const gboolean *tie_type_mask,
                    guint           node,
                    SpNodeKind      kind)
{
  g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (Sortable));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SpContact));
  guint n_ties, kept = 0;

  g_return_val_if_fail (net != NULL, out);
  g_return_val_if_fail (node < sp_network_n_nodes (net), out);

  n_ties = sp_network_n_ties (net);
  for (guint t = 0; t < n_ties; t++)
    {
      const SpTie *tie = sp_network_tie (net, t);
      guint other;
      gpointer at;

      if (!tie_counts (tie, tie_type_mask) || (tie->source != node && tie->target != node))
        continue;
      other = tie->source == node ? tie->target : tie->source;
      if (sp_network_node (net, other)->kind != kind)
        continue;
      at = g_hash_table_lookup (index, GUINT_TO_POINTER (other));
      if (at == NULL)
        {
          Sortable s = { { other, 0, 0 }, NULL };

          g_array_append_val (found, s);
          at = GUINT_TO_POINTER (found->len);
          g_hash_table_insert (index, GUINT_TO_POINTER (other), at);
        }
      g_array_index (found, Sortable, GPOINTER_TO_UINT (at) - 1).contact.weight += tie->weight;
    }

  /* as the measures merge ties: what sums to 0 or less is no tie */
  for (guint k = 0; k < found->len; k++)
    {
      Sortable *s = &g_array_index (found, Sortable, k);

      if (s->contact.weight > 0)
        {
          g_autofree char *folded = g_utf8_casefold (sp_network_node_label (net, s->contact.node), -1);

          s->key = g_utf8_collate_key (folded, -1);
          g_array_index (found, Sortable, kept++) = *s;
        }
    }
  g_array_set_size (found, kept);

  if (kind == SP_NODE_CLIENT && found->len > 0)
    {
      /* how many people each of these clients has, the same way */
      g_autoptr (GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_remove_all (index);
      for (guint k = 0; k < found->len; k++)
        g_hash_table_insert (index, GUINT_TO_POINTER (g_array_index (found, Sortable, k).contact.node),
                             GUINT_TO_POINTER (k + 1));
      for (guint t = 0; t < n_ties; t++)
        {
          const SpTie *tie = sp_network_tie (net, t);
          gpointer at_source, at_target;
          guint client, person;
          gint64 pair;
          double *sum;

          if (!tie_counts (tie, tie_type_mask))
            continue;
          at_source = g_hash_table_lookup (index, GUINT_TO_POINTER (tie->source));
          at_target = g_hash_table_lookup (index, GUINT_TO_POINTER (tie->target));
          if (at_source == NULL && at_target == NULL)
            continue;
          client = at_source != NULL ? GPOINTER_TO_UINT (at_source) - 1 : GPOINTER_TO_UINT (at_target) - 1;
          person = at_source != NULL ? tie->target : tie->source;
          if (sp_network_node (net, person)->kind != SP_NODE_PERSON)
            continue;
          pair = ((gint64) client << 32) | person;
          sum = g_hash_table_lookup (pairs, &pair);
          if (sum == NULL)
            {
              sum = g_new0 (double, 1);
              g_hash_table_insert (pairs, g_memdup2 (&pair, sizeof pair), sum);
            }
          *sum += tie->weight;
        }
      g_hash_table_iter_init (&iter, pairs);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (*(double *) value > 0)
          g_array_index (found, Sortable, *(gint64 *) key >> 32).contact.n_people++;
    }

  g_array_sort (found, compare_sortable);
  for (guint k = 0; k < found->len; k++)
    {
      Sortable *s = &g_array_index (found, Sortable, k);

      g_array_append_val (out, s->contact);
      g_free (s->key);
    }
  return out;
}
