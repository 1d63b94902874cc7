/* sp-measures.c — the one results cache between the measures and the views */
#include "config.h"

#include "sp-measures.h"
#include "sp-tsan.h"

typedef struct {
  GBytes          *key;
  SpMetrics       *metrics;
  SpMetricsFlags   flags;            /* the groups in metrics */
  SpGroupMetrics  *groups;
  GHashTable      *groups_by;        /* attribute name -> SpGroupMetrics * */
  SpInsights      *insights;         /* with the person measures */
  SpInsights      *insights_groups;  /* from the groups alone */
  SpClientMetrics *clients;
  gboolean        *tie_mask;         /* NULL: all */
  gboolean        *removed;          /* NULL: none */
} Entry;

struct _SpMeasures {
  gint       ref_count;
  SpNetwork *network;
  SpNetwork *data;                   /* what is measured: @network, or a
                                      * copy of it frozen at creation */
  GMutex     lock;
  GPtrArray *entries;                /* Entry, most recently used last; never
                                      * dropped, since what they hold is lent
                                      * out for the cache's lifetime (a cache
                                      * lives as long as one state of the
                                      * network: a handful of keys) */
  guint      n_computed;
};

/* The lock, annotated for ThreadSanitizer (GLib's GMutex is invisible to it). */
static void
lock (SpMeasures *self)
{
  g_mutex_lock (&self->lock);
  SP_TSAN_ACQUIRE (&self->lock);
}

static void
unlock (SpMeasures *self)
{
  SP_TSAN_RELEASE (&self->lock);
  g_mutex_unlock (&self->lock);
}

static void
entry_free (gpointer data)
{
  Entry *e = data;

  g_bytes_unref (e->key);
  g_clear_pointer (&e->metrics, sp_metrics_unref);
  g_clear_pointer (&e->groups, sp_group_metrics_free);
  g_clear_pointer (&e->groups_by, g_hash_table_unref);
  g_clear_pointer (&e->insights, sp_insights_free);
  g_clear_pointer (&e->insights_groups, sp_insights_free);
  g_clear_pointer (&e->clients, sp_client_metrics_free);
  g_free (e->tie_mask);
  g_free (e->removed);
  g_free (e);
}

SpMeasures *
sp_measures_new (SpNetwork *network)
{
  SpMeasures *self = g_new0 (SpMeasures, 1);

  g_return_val_if_fail (network != NULL, NULL);
  self->ref_count = 1;
  self->network = sp_network_ref (network);
  self->data = sp_network_ref (network);
  g_mutex_init (&self->lock);
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  return self;
}

SpMeasures *
sp_measures_new_frozen (SpNetwork *network)
{
  SpMeasures *self = sp_measures_new (network);

  g_return_val_if_fail (self != NULL, NULL);
  sp_network_unref (self->data);
  self->data = sp_network_snapshot (network);
  return self;
}

SpMeasures *
sp_measures_ref (SpMeasures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
sp_measures_unref (SpMeasures *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_ptr_array_unref (self->entries);
  g_mutex_clear (&self->lock);
  sp_network_unref (self->data);
  sp_network_unref (self->network);
  g_free (self);
}

SpNetwork *
sp_measures_get_network (SpMeasures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->network;
}

SpNetwork *
sp_measures_get_data (SpMeasures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->data;
}

guint
sp_measures_n_computed (SpMeasures *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);
  lock (self);
  n = self->n_computed;
  unlock (self);
  return n;
}

/* The key: one byte per tie type (NULL: all in), then one per node
 * (NULL: none removed), so that NULL and an all-default mask agree. */
static GBytes *
make_key (SpMeasures     *self,
          const gboolean *tie_mask,
          const gboolean *removed)
{
  guint n_types = self->data->tie_types->len, n = sp_network_n_nodes (self->data);
  guint8 *key = g_malloc (n_types + n + 1);

  for (guint t = 0; t < n_types; t++)
    key[t] = tie_mask == NULL || tie_mask[t];
  for (guint i = 0; i < n; i++)
    key[n_types + i] = removed != NULL && removed[i];
  key[n_types + n] = 0;
  return g_bytes_new_take (key, n_types + n + 1);
}

/* The entry of the key, or NULL; with the lock held. */
static Entry *
find_key (SpMeasures *self,
          GBytes     *key)
{
  for (guint k = self->entries->len; k-- > 0;)
    {
      Entry *e = g_ptr_array_index (self->entries, k);

      if (g_bytes_equal (e->key, key))
        {
          /* most recently used last */
          g_ptr_array_steal_index (self->entries, k);
          g_ptr_array_add (self->entries, e);
          return e;
        }
    }
  return NULL;
}

static Entry *
find (SpMeasures     *self,
      const gboolean *tie_mask,
      const gboolean *removed)
{
  g_autoptr (GBytes) key = make_key (self, tie_mask, removed);

  return find_key (self, key);
}

/* The entry of the key, made when missing; with the lock held. */
static Entry *
lookup (SpMeasures     *self,
        const gboolean *tie_mask,
        const gboolean *removed)
{
  g_autoptr (GBytes) key = make_key (self, tie_mask, removed);
  guint n_types = self->data->tie_types->len, n = sp_network_n_nodes (self->data);
  Entry *e = find_key (self, key);

  if (e != NULL)
    return e;
  e = g_new0 (Entry, 1);
  e->key = g_steal_pointer (&key);
  if (tie_mask != NULL)
    e->tie_mask = g_memdup2 (tie_mask, sizeof (gboolean) * MAX (n_types, 1));
  if (removed != NULL)
    e->removed = g_memdup2 (removed, sizeof (gboolean) * MAX (n, 1));
  g_ptr_array_add (self->entries, e);
  return e;
}

/* Each getter looks up under the lock and computes outside it, so that a
 * long computation (the window's full measures of 100,000 people) never
 * holds up another thread that wants something already there; when two
 * threads compute the same thing at once, the first result is kept. */

SpMetrics *
sp_measures_metrics (SpMeasures     *self,
                     const gboolean *tie_type_mask,
                     const gboolean *removed,
                     SpMetricsFlags  flags,
                     SpProgressFunc  progress,
                     gpointer        progress_data,
                     GCancellable   *cancellable,
                     GError        **error)
{
  SpMetrics *result = NULL, *m;
  SpMetricsFlags want;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  lock (self);
  e = lookup (self, tie_type_mask, removed);
  if (e->metrics != NULL && (e->flags & flags) == flags)
    result = sp_metrics_ref (e->metrics);
  /* what was there and what is asked, in one go */
  want = e->metrics != NULL ? (e->flags | flags) : flags;
  unlock (self);
  if (result != NULL)
    return result;

  m = sp_metrics_compute_full (self->data, e->tie_mask, e->removed, want, 0,
                               progress, progress_data, cancellable, error);
  if (m == NULL)
    return NULL;
  lock (self);
  self->n_computed++;
  if (e->metrics == NULL || (e->flags & want) != want)
    {
      g_clear_pointer (&e->metrics, sp_metrics_unref);
      e->metrics = sp_metrics_ref (m);
      e->flags = want;
    }
  unlock (self);
  return m;
}

SpMetrics *
sp_measures_peek_metrics (SpMeasures     *self,
                          const gboolean *tie_type_mask,
                          const gboolean *removed,
                          SpMetricsFlags  flags)
{
  SpMetrics *result = NULL;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  lock (self);
  e = find (self, tie_type_mask, removed);
  if (e != NULL && e->metrics != NULL && (e->flags & flags) == flags)
    result = sp_metrics_ref (e->metrics);
  unlock (self);
  return result;
}

SpGroupMetrics *
sp_measures_groups (SpMeasures     *self,
                    const gboolean *tie_type_mask,
                    const gboolean *removed,
                    SpMetrics      *metrics)
{
  SpGroupMetrics *result, *computed;
  g_autoptr (SpMetrics) with = NULL;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  lock (self);
  e = lookup (self, tie_type_mask, removed);
  result = e->groups;
  if (result == NULL)
    with = metrics != NULL ? sp_metrics_ref (metrics) : e->metrics != NULL ? sp_metrics_ref (e->metrics) : NULL;
  unlock (self);
  if (result != NULL)
    return result;

  computed = sp_group_metrics_compute (self->data, e->tie_mask, e->removed, NULL, with, NULL);
  lock (self);
  self->n_computed++;
  if (e->groups == NULL)
    e->groups = computed;
  else
    sp_group_metrics_free (computed);
  result = e->groups;
  unlock (self);
  return result;
}

SpGroupMetrics *
sp_measures_groups_by (SpMeasures     *self,
                       const gboolean *tie_type_mask,
                       const gboolean *removed,
                       const char     *attribute,
                       SpMetrics      *metrics)
{
  SpGroupMetrics *result, *computed;
  g_autoptr (SpMetrics) with = NULL;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  if (attribute == NULL || g_str_equal (attribute, "department"))
    return sp_measures_groups (self, tie_type_mask, removed, metrics);

  lock (self);
  e = lookup (self, tie_type_mask, removed);
  result = e->groups_by != NULL ? g_hash_table_lookup (e->groups_by, attribute) : NULL;
  if (result == NULL)
    with = metrics != NULL ? sp_metrics_ref (metrics) : e->metrics != NULL ? sp_metrics_ref (e->metrics) : NULL;
  unlock (self);
  if (result != NULL)
    return result;

  computed = sp_group_metrics_compute (self->data, e->tie_mask, e->removed, attribute, with, NULL);
  if (computed == NULL)
    return NULL;   /* not a categorical attribute of the data */
  lock (self);
  self->n_computed++;
  if (e->groups_by == NULL)
    e->groups_by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) sp_group_metrics_free);
  if ((result = g_hash_table_lookup (e->groups_by, attribute)) == NULL)
    g_hash_table_insert (e->groups_by, g_strdup (attribute), result = computed);
  else
    sp_group_metrics_free (computed);
  unlock (self);
  return result;
}

SpInsights *
sp_measures_insights (SpMeasures     *self,
                      const gboolean *tie_type_mask,
                      const gboolean *removed,
                      SpMetrics      *metrics)
{
  SpGroupMetrics *groups;
  SpInsights *result, *computed, **slot;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  groups = sp_measures_groups (self, tie_type_mask, removed, metrics);

  lock (self);
  e = lookup (self, tie_type_mask, removed);
  slot = metrics != NULL ? &e->insights : &e->insights_groups;
  result = *slot;
  unlock (self);
  if (result != NULL)
    return result;

  computed = sp_insights_compute_full (self->data, tie_type_mask, metrics, groups);
  lock (self);
  self->n_computed++;
  if (*slot == NULL)
    *slot = computed;
  else
    sp_insights_free (computed);
  result = *slot;
  unlock (self);
  return result;
}

SpClientMetrics *
sp_measures_clients (SpMeasures     *self,
                     const gboolean *tie_type_mask,
                     const gboolean *removed)
{
  SpClientMetrics *result, *computed;
  Entry *e;

  g_return_val_if_fail (self != NULL, NULL);
  lock (self);
  e = lookup (self, tie_type_mask, removed);
  result = e->clients;
  unlock (self);
  if (result != NULL)
    return result;

  computed = sp_client_metrics_compute (self->data, e->tie_mask, e->removed);
  lock (self);
  self->n_computed++;
  if (e->clients == NULL)
    e->clients = computed;
  else
    sp_client_metrics_free (computed);
  result = e->clients;
  unlock (self);
  return result;
}
