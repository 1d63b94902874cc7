/* sp-graphviz-lock.h — one lock for every call into Graphviz.
 *
 * Graphviz (cgraph, gvc) keeps global state and is not thread-safe: any
 * code that calls into it, from any thread, holds this lock meanwhile.
 * The lock is not recursive.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sp_graphviz_lock   (void);
void sp_graphviz_unlock (void);

G_END_DECLS
