/* sp-analysis.c — the GUI's metrics cache and worker */
#define G_LOG_DOMAIN "sp-analysis"

#include "sp-analysis.h"
#include "sp-graph.h"
#include "sp-i18n.h"

#include <string.h>

struct _SpAnalysis {
  GObject     parent_instance;

  SpNetwork  *net;
  GMutex      lock;
  GHashTable *cache;        /* mask key -> SpMetrics */
  gboolean   *removed;      /* or NULL */
  guint       generation;   /* bumped whenever the cache is dropped */
};

G_DEFINE_FINAL_TYPE (SpAnalysis, sp_analysis, G_TYPE_OBJECT)

typedef struct {
  SpNetwork     *net;
  gboolean      *mask;
  gboolean      *removed;
  char          *key;
  guint          generation;
  GMainContext  *context;
  SpProgressFunc progress;
  gpointer       progress_data;
  double         last_reported;
} Job;

typedef struct {
  SpProgressFunc progress;
  gpointer       progress_data;
  double         fraction;
} ProgressReport;

static void
job_free (gpointer data)
{
  Job *job = data;

  sp_network_unref (job->net);
  g_free (job->mask);
  g_free (job->removed);
  g_free (job->key);
  g_main_context_unref (job->context);
  g_free (job);
}

static void
sp_analysis_finalize (GObject *object)
{
  SpAnalysis *self = SP_ANALYSIS (object);

  g_hash_table_unref (self->cache);
  g_free (self->removed);
  sp_network_unref (self->net);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (sp_analysis_parent_class)->finalize (object);
}

static void
sp_analysis_class_init (SpAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sp_analysis_finalize;
}

static void
sp_analysis_init (SpAnalysis *self)
{
  g_mutex_init (&self->lock);
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sp_metrics_unref);
}

SpAnalysis *
sp_analysis_new (SpNetwork *net)
{
  SpAnalysis *self;

  g_return_val_if_fail (net != NULL, NULL);

  self = g_object_new (SP_TYPE_ANALYSIS, NULL);
  self->net = sp_network_ref (net);
  return self;
}

SpNetwork *
sp_analysis_get_network (SpAnalysis *self)
{
  g_return_val_if_fail (SP_IS_ANALYSIS (self), NULL);
  return self->net;
}

static void
drop_cache_locked (SpAnalysis *self)
{
  g_hash_table_remove_all (self->cache);
  self->generation++;
}

void
sp_analysis_invalidate (SpAnalysis *self)
{
  g_return_if_fail (SP_IS_ANALYSIS (self));

  g_mutex_lock (&self->lock);
  drop_cache_locked (self);
  g_mutex_unlock (&self->lock);
}

void
sp_analysis_set_removed (SpAnalysis     *self,
                         const gboolean *removed)
{
  guint n;
  gboolean any = FALSE;

  g_return_if_fail (SP_IS_ANALYSIS (self));

  n = sp_network_n_nodes (self->net);
  for (guint i = 0; removed != NULL && i < n; i++)
    any = any || removed[i];

  g_mutex_lock (&self->lock);
  if (!any && self->removed == NULL)
    {
      g_mutex_unlock (&self->lock);
      return;
    }
  if (any && self->removed != NULL &&
      memcmp (self->removed, removed, sizeof (gboolean) * n) == 0)
    {
      g_mutex_unlock (&self->lock);
      return;
    }
  g_clear_pointer (&self->removed, g_free);
  if (any)
    self->removed = g_memdup2 (removed, sizeof (gboolean) * MAX (n, 1));
  drop_cache_locked (self);
  g_mutex_unlock (&self->lock);
}

static char *
cache_key (SpAnalysis *self,
           const char *tie_spec,
           gboolean  **mask_out,
           GError    **error)
{
  g_autofree gboolean *mask = sp_network_parse_tie_types (self->net, tie_spec, error);
  char *key;

  if (mask == NULL)
    return NULL;
  key = sp_tie_mask_to_string (self->net, mask);
  if (mask_out != NULL)
    *mask_out = g_steal_pointer (&mask);
  return key;
}

SpMetrics *
sp_analysis_lookup (SpAnalysis *self,
                    const char *tie_spec)
{
  g_autofree char *key = NULL;
  SpMetrics *m;

  g_return_val_if_fail (SP_IS_ANALYSIS (self), NULL);

  key = cache_key (self, tie_spec, NULL, NULL);
  if (key == NULL)
    return NULL;
  g_mutex_lock (&self->lock);
  m = g_hash_table_lookup (self->cache, key);
  if (m != NULL)
    sp_metrics_ref (m);
  g_mutex_unlock (&self->lock);
  return m;
}

static gboolean
report_progress (gpointer data)
{
  ProgressReport *r = data;

  r->progress (r->fraction, r->progress_data);
  return G_SOURCE_REMOVE;
}

/* Called in the worker threads: hand the news to the caller's context,
 * at most a hundred times per run. */
static void
forward_progress (double   fraction,
                  gpointer user_data)
{
  Job *job = user_data;
  ProgressReport *r;
  GSource *source;

  if (fraction < 1.0 && fraction - job->last_reported < 0.01)
    return;
  job->last_reported = fraction;
  r = g_new (ProgressReport, 1);
  r->progress = job->progress;
  r->progress_data = job->progress_data;
  r->fraction = fraction;
  /* not g_main_context_invoke(): it would run the callback right here
   * whenever the context happens to be free */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, report_progress, r, g_free);
  g_source_set_static_name (source, "[samenspel] analysis progress");
  g_source_attach (source, job->context);
  g_source_unref (source);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SpAnalysis *self = source_object;
  Job *job = task_data;
  GError *error = NULL;
  SpMetrics *m;

  /* sp_metrics_compute() reports progress from this thread only */
  m = sp_metrics_compute (job->net, job->mask, job->removed,
                          job->progress != NULL ? forward_progress : NULL, job,
                          cancellable, &error);
  if (m == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_mutex_lock (&self->lock);
  if (job->generation == self->generation)
    g_hash_table_replace (self->cache, g_strdup (job->key), sp_metrics_ref (m));
  g_mutex_unlock (&self->lock);

  g_task_return_pointer (task, m, (GDestroyNotify) sp_metrics_unref);
}

void
sp_analysis_compute_async (SpAnalysis         *self,
                           const char         *tie_spec,
                           GCancellable       *cancellable,
                           SpProgressFunc      progress,
                           gpointer            progress_data,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree gboolean *mask = NULL;
  g_autofree char *key = NULL;
  SpMetrics *cached;
  Job *job;

  g_return_if_fail (SP_IS_ANALYSIS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sp_analysis_compute_async);
  g_task_set_return_on_cancel (task, FALSE);

  key = cache_key (self, tie_spec, &mask, &error);
  if (key == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_mutex_lock (&self->lock);
  cached = g_hash_table_lookup (self->cache, key);
  if (cached != NULL)
    {
      g_task_return_pointer (task, sp_metrics_ref (cached), (GDestroyNotify) sp_metrics_unref);
      g_mutex_unlock (&self->lock);
      return;
    }

  job = g_new0 (Job, 1);
  job->net = sp_network_ref (self->net);
  job->mask = g_steal_pointer (&mask);
  job->key = g_steal_pointer (&key);
  job->generation = self->generation;
  if (self->removed != NULL)
    job->removed = g_memdup2 (self->removed, sizeof (gboolean) * MAX (sp_network_n_nodes (self->net), 1));
  g_mutex_unlock (&self->lock);

  job->context = g_main_context_ref_thread_default ();
  job->progress = progress;
  job->progress_data = progress_data;
  job->last_reported = -1.0;

  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, compute_thread);
}

SpMetrics *
sp_analysis_compute_finish (SpAnalysis   *self,
                            GAsyncResult *result,
                            GError      **error)
{
  g_return_val_if_fail (SP_IS_ANALYSIS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
