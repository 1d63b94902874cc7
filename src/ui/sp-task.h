/* sp-task.h — a job in a worker thread, its hand-offs visible to
 * ThreadSanitizer (sp-tsan.h).
 *
 * sp_task_run_in_thread() is g_task_run_in_thread(): what the UI thread
 * did before it happens before @func runs.  The task's callback starts
 * with SP_TASK_DONE (result): what @func did happens before the rest.
 */
#pragma once

#include <gio/gio.h>
#include "sp-tsan.h"

void sp_task_run_in_thread (GTask           *task,
                            GTaskThreadFunc  func);

#define SP_TASK_DONE(result) SP_TSAN_ACQUIRE (result)
