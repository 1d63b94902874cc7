/* sp-graphviz-lock.c — one lock for every call into Graphviz */
#define G_LOG_DOMAIN "sp-graphviz"

#include "sp-graphviz-lock.h"
#include "sp-locale.h"

/* A static GMutex needs no initialisation. */
static GMutex graphviz_mutex;
/* the locale of the thread holding the lock, given back on unlock */
static gpointer holder_locale;

void
sp_graphviz_lock (void)
{
  g_mutex_lock (&graphviz_mutex);
  /* Graphviz reads and writes numbers in "C", whatever the thread's
   * locale (sp-locale.h) */
  holder_locale = sp_locale_use_c ();
}

void
sp_graphviz_unlock (void)
{
  sp_locale_restore (g_steal_pointer (&holder_locale));
  g_mutex_unlock (&graphviz_mutex);
}
