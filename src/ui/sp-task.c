/* sp-task.c — a job in a worker thread, its hand-offs visible to TSan */
#include "config.h"

#include "sp-task.h"

static void
run (GTask        *task,
     gpointer      source_object,
     gpointer      task_data,
     GCancellable *cancellable)
{
  GTaskThreadFunc func = (GTaskThreadFunc) g_object_get_data (G_OBJECT (task), "sp-task-func");

  SP_TSAN_ACQUIRE (task);
  func (task, source_object, task_data, cancellable);
  /* GTask calls back only once the thread function has returned */
  SP_TSAN_RELEASE (task);
}

void
sp_task_run_in_thread (GTask           *task,
                       GTaskThreadFunc  func)
{
  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  g_object_set_data (G_OBJECT (task), "sp-task-func", (gpointer) func);
  SP_TSAN_RELEASE (task);
  g_task_run_in_thread (task, run);
}
