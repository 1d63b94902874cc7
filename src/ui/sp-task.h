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

/* Waits until no job started by sp_task_run_in_thread() is running, at
 * most @timeout_ms; FALSE if some still are.  For quitting: a process that
 * exits while a worker shapes text crashes in the font libraries. */
gboolean sp_task_wait_idle (guint timeout_ms);

#define SP_TASK_DONE(result) SP_TSAN_ACQUIRE (result)
