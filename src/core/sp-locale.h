/* sp-locale.h — numbers in the user's language, whatever Graphviz does
 *
 * Graphviz switches the process's LC_NUMERIC to "C" while it lays out
 * (setlocale is process-wide), so a sentence formatted in another thread
 * meanwhile would say "0.35" to a Dutch reader, and the next one "0,35".
 * Every thread that writes text for people therefore holds the user's
 * locale as its own (uselocale); every call into Graphviz holds the "C"
 * locale as its own (sp_graphviz_lock does it), so that Graphviz reads and
 * writes its numbers as it expects, whatever the thread's locale.  The
 * files Samenspel writes never depend on the locale (g_ascii_*).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Makes the user's locale (as setlocale (LC_ALL, "") found it) the calling
 * thread's own; returns the locale it had, for sp_locale_restore. */
gpointer sp_locale_use_user (void);
/* The same with "C" numbers (LC_NUMERIC), the rest the user's. */
gpointer sp_locale_use_c    (void);
/* Gives the calling thread back the locale @previous. */
void     sp_locale_restore  (gpointer previous);

G_END_DECLS
