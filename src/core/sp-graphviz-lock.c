/* sp-graphviz-lock.c — one lock for every call into Graphviz */
#define G_LOG_DOMAIN "sp-graphviz"

#include "sp-graphviz-lock.h"

/* A static GMutex needs no initialisation. */
static GMutex graphviz_mutex;

void
sp_graphviz_lock (void)
{
  g_mutex_lock (&graphviz_mutex);
}

void
sp_graphviz_unlock (void)
{
  g_mutex_unlock (&graphviz_mutex);
}
