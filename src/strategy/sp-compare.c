/* sp-compare.c — before and after, matched by id */
#define G_LOG_DOMAIN "sp-compare"

#include "sp-compare.h"
#include "sp-i18n.h"

#include <math.h>

#include "sp-graph.h"

/* The set of tied pairs of @net, as "i j" keys over its node indices
 * (undirected pairs with i < j). */
static GHashTable *
tie_pairs (SpNetwork      *net,
           const gboolean *mask)
{
  GHashTable *pairs = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      const SpTie *tie = sp_network_tie (net, t);
      guint a = tie->source, b = tie->target;
      gint64 *key;

      if ((mask != NULL && !mask[tie->type]) || a == b || !(tie->weight > 0))
        continue;
      if (!net->directed && a > b)
        {
          guint tmp = a;
          a = b;
          b = tmp;
        }
      key = g_new (gint64, 1);
      *key = ((gint64) a << 32) | b;
      /* g_hash_table_add() keeps the new key of an equal pair (and
       * would leave the old one to us): free the duplicate instead */
      if (g_hash_table_contains (pairs, key))
        g_free (key);
      else
        g_hash_table_add (pairs, key);
    }
  return pairs;
}

static void
free_keys (GHashTable *pairs)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_free (key);
  g_hash_table_unref (pairs);
}

/* Ties of @from (pairs over its nodes) whose mapped pair is not in @to. */
static GArray *
missing_pairs (GHashTable *from,
               GHashTable *to,
               const gint *map,
               gboolean    directed)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (SpTiePair));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 k = *(gint64 *) key;
      SpTiePair pair = { (guint) (k >> 32), (guint) (k & 0xffffffff) };
      gint a = map[pair.source], b = map[pair.target];
      gboolean present = FALSE;

      if (a >= 0 && b >= 0)
        {
          gint64 mapped;

          if (!directed && a > b)
            {
              gint tmp = a;
              a = b;
              b = tmp;
            }
          mapped = ((gint64) a << 32) | (guint) b;
          present = g_hash_table_contains (to, &mapped);
        }
      if (!present)
        g_array_append_val (out, pair);
    }
  return out;
}

static gint
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const SpTiePair *x = a, *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  return x->target < y->target ? -1 : (x->target > y->target);
}

SpComparison *
sp_compare_networks (SpNetwork  *before,
                     SpNetwork  *after,
                     const char *tie_spec,
                     GError    **error)
{
  g_autoptr (SpComparison) self = NULL;
  g_autofree gboolean *mask_before = NULL;
  g_autofree gboolean *mask_after = NULL;
  g_autofree gint *before_of_after = NULL;
  GHashTable *pairs_before, *pairs_after;
  guint nb, na;

  g_return_val_if_fail (before != NULL && after != NULL, NULL);

  if (tie_spec != NULL)
    {
      mask_before = sp_network_parse_tie_types (before, tie_spec, error);
      if (mask_before == NULL)
        return NULL;
      mask_after = sp_network_parse_tie_types (after, tie_spec, error);
      if (mask_after == NULL)
        return NULL;
    }

  nb = sp_network_n_nodes (before);
  na = sp_network_n_nodes (after);
  self = g_new0 (SpComparison, 1);
  self->n_before = nb;
  self->joined = g_array_new (FALSE, FALSE, sizeof (guint));
  self->left = g_array_new (FALSE, FALSE, sizeof (guint));
  self->after_of_before = g_new (gint, MAX (nb, 1));
  before_of_after = g_new (gint, MAX (na, 1));

  for (guint i = 0; i < nb; i++)
    {
      self->after_of_before[i] = sp_network_find_node (after, sp_network_node (before, i)->id);
      if (self->after_of_before[i] < 0)
        g_array_append_val (self->left, i);
    }
  for (guint i = 0; i < na; i++)
    {
      before_of_after[i] = sp_network_find_node (before, sp_network_node (after, i)->id);
      if (before_of_after[i] < 0)
        g_array_append_val (self->joined, i);
    }

  pairs_before = tie_pairs (before, mask_before);
  pairs_after = tie_pairs (after, mask_after);
  self->ties_lost = missing_pairs (pairs_before, pairs_after, self->after_of_before,
                                   after->directed);
  self->ties_gained = missing_pairs (pairs_after, pairs_before, before_of_after,
                                     before->directed);
  g_array_sort (self->ties_lost, compare_pairs);
  g_array_sort (self->ties_gained, compare_pairs);
  free_keys (pairs_before);
  free_keys (pairs_after);

  return g_steal_pointer (&self);
}

void
sp_comparison_free (SpComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_clear_pointer (&comparison->joined, g_array_unref);
  g_clear_pointer (&comparison->left, g_array_unref);
  g_clear_pointer (&comparison->ties_gained, g_array_unref);
  g_clear_pointer (&comparison->ties_lost, g_array_unref);
  g_free (comparison->after_of_before);
  g_free (comparison);
}

void
sp_comparison_drawn_ties (const SpComparison *comparison,
                          gboolean            on_after,
                          GArray             *gained,
                          GArray             *lost)
{
  g_autofree gint *before_of_after = NULL;
  guint n_after = 0;

  if (!on_after)
    {
      /* the later network's nodes back to the earlier one's */
      for (guint i = 0; i < comparison->n_before; i++)
        n_after = MAX (n_after, (guint) (comparison->after_of_before[i] + 1));
      for (guint k = 0; k < comparison->ties_gained->len; k++)
        {
          const SpTiePair *pair = &g_array_index (comparison->ties_gained, SpTiePair, k);

          n_after = MAX (n_after, MAX (pair->source, pair->target) + 1);
        }
      before_of_after = g_new (gint, MAX (n_after, 1));
      for (guint i = 0; i < n_after; i++)
        before_of_after[i] = -1;
      for (guint i = 0; i < comparison->n_before; i++)
        if (comparison->after_of_before[i] >= 0)
          before_of_after[comparison->after_of_before[i]] = i;
    }

  for (guint k = 0; k < comparison->ties_gained->len; k++)
    {
      const SpTiePair *pair = &g_array_index (comparison->ties_gained, SpTiePair, k);
      gint a = on_after ? (gint) pair->source : before_of_after[pair->source];
      gint b = on_after ? (gint) pair->target : before_of_after[pair->target];

      if (a < 0 || b < 0)   /* a tie of someone who joined: not in the earlier drawing */
        continue;
      g_array_append_val (gained, a);
      g_array_append_val (gained, b);
    }
  for (guint k = 0; k < comparison->ties_lost->len; k++)
    {
      const SpTiePair *pair = &g_array_index (comparison->ties_lost, SpTiePair, k);
      gint a = on_after ? comparison->after_of_before[pair->source] : (gint) pair->source;
      gint b = on_after ? comparison->after_of_before[pair->target] : (gint) pair->target;

      if (a < 0 || b < 0)   /* a tie of someone who left: not in the later drawing */
        continue;
      g_array_append_val (lost, a);
      g_array_append_val (lost, b);
    }
}

char *
sp_comparison_caption (const SpComparison *comparison,
                       const char         *before_name,
                       const char         *after_name)
{
  /* Translators: the caption of a before/after drawing; the first %s is
   * the earlier data set, the second the later one */
  return g_strdup_printf (_("From %s (before) to %s (after): %u joined, %u left; %u ties gained (green), %u lost (red, dashed)."),
                          before_name, after_name, comparison->joined->len, comparison->left->len,
                          comparison->ties_gained->len, comparison->ties_lost->len);
}

static void
append_node_fields (GString  *out,
                    SpNode   *node)
{
  sp_csv_append_field (out, node->id);
  g_string_append (out, node->kind == SP_NODE_CLIENT ? ",client," : ",person,");
  sp_csv_append_field (out, node->name);
  g_string_append_c (out, ',');
  sp_csv_append_field (out, node->department);
}

gboolean
sp_compare_write_metrics_csv (SpNetwork    *before,
                              SpMetrics    *m_before,
                              SpNetwork    *after,
                              SpMetrics    *m_after,
                              SpComparison *comparison,
                              const char   *path,
                              GError      **error)
{
  g_autoptr (GString) out = g_string_new ("id,kind,name,department,presence");
  g_autofree gint *before_of_after = NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_cols = sp_metrics_n_columns ();
  guint na;

  g_return_val_if_fail (before != NULL && after != NULL, FALSE);
  g_return_val_if_fail (m_before != NULL && m_after != NULL && comparison != NULL, FALSE);

  na = sp_network_n_nodes (after);
  before_of_after = g_new (gint, MAX (na, 1));
  for (guint i = 0; i < na; i++)
    before_of_after[i] = -1;
  for (guint i = 0; i < comparison->n_before; i++)
    if (comparison->after_of_before[i] >= 0)
      before_of_after[comparison->after_of_before[i]] = i;

  for (guint c = 0; c < n_cols; c++)
    g_string_append_printf (out, ",%s", sp_metrics_column_name (c));
  for (guint c = 0; c < n_cols; c++)
    if (c != SP_METRIC_COMMUNITY)  /* community labels have no difference */
      g_string_append_printf (out, ",%s_change", sp_metrics_column_name (c));
  g_string_append_c (out, '\n');

  for (guint i = 0; i < na; i++)
    {
      gint b = before_of_after[i];

      if (sp_metrics_is_removed (m_after, i))
        continue;
      append_node_fields (out, sp_network_node (after, i));
      g_string_append (out, b >= 0 ? ",both" : ",joined");
      for (guint c = 0; c < n_cols; c++)
        {
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, sp_metrics_column (m_after, c)[i]));
        }
      for (guint c = 0; c < n_cols; c++)
        {
          double change = NAN;

          if (c == SP_METRIC_COMMUNITY)
            continue;
          if (b >= 0)
            change = sp_metrics_column (m_after, c)[i] - sp_metrics_column (m_before, c)[b];
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, change));
        }
      g_string_append_c (out, '\n');
    }

  /* people who left: a row each, so that a report can list them */
  for (guint k = 0; k < comparison->left->len; k++)
    {
      guint b = g_array_index (comparison->left, guint, k);

      append_node_fields (out, sp_network_node (before, b));
      g_string_append (out, ",left");
      for (guint c = 0; c + 1 < 2 * n_cols; c++)
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }

  return sp_csv_write (path, out, error);
}
