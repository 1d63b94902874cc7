/* sp-task.c — a job in a worker thread, its hand-offs visible to TSan */
#include "config.h"

#include "sp-task.h"
#include "sp-locale.h"

static GMutex running_lock;
static GCond running_cond;
static guint n_running;

static void
run (GTask        *task,
     gpointer      source_object,
     gpointer      task_data,
     GCancellable *cancellable)
{
  GTaskThreadFunc func = (GTaskThreadFunc) g_object_get_data (G_OBJECT (task), "sp-task-func");
  gpointer previous;

  SP_TSAN_ACQUIRE (task);
  /* the text a worker writes (sentences, legends) in the user's numbers,
   * even while Graphviz has the process's locale at "C" (sp-locale.h) */
  previous = sp_locale_use_user ();
  func (task, source_object, task_data, cancellable);
  sp_locale_restore (previous);
  /* GTask calls back only once the thread function has returned */
  SP_TSAN_RELEASE (task);
  g_mutex_lock (&running_lock);
  if (--n_running == 0)
    g_cond_broadcast (&running_cond);
  g_mutex_unlock (&running_lock);
}

void
sp_task_run_in_thread (GTask           *task,
                       GTaskThreadFunc  func)
{
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  g_object_set_data (G_OBJECT (task), "sp-task-func", (gpointer) func);
  g_mutex_lock (&running_lock);
  n_running++;
  g_mutex_unlock (&running_lock);
  SP_TSAN_RELEASE (task);
  g_task_run_in_thread (task, run);
}

gboolean
sp_task_wait_idle (guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  gboolean idle;

  g_mutex_lock (&running_lock);
  while (n_running > 0 && g_cond_wait_until (&running_cond, &running_lock, end))
    ;
  idle = n_running == 0;
  g_mutex_unlock (&running_lock);
  return idle;
}
