/* sp-locale.c — numbers in the user's language, whatever Graphviz does */
#define G_LOG_DOMAIN "sp-locale"

#include "config.h"

#include <locale.h>

#include "sp-locale.h"

static locale_t
user_locale (void)
{
  static gsize once;
  static locale_t locale;

  if (g_once_init_enter (&once))
    {
      /* the environment's locale, as setlocale (LC_ALL, "") reads it; the
       * process's own when that cannot be made */
      locale = newlocale (LC_ALL_MASK, "", (locale_t) 0);
      if (locale == (locale_t) 0)
        locale = duplocale (LC_GLOBAL_LOCALE);
      g_once_init_leave (&once, 1);
    }
  return locale;
}

/* The user's locale with "C" numbers only: messages, collation and the
 * rest stay the user's (a Dutch error from a Graphviz call stays Dutch). */
static locale_t
c_locale (void)
{
  static gsize once;
  static locale_t locale;

  if (g_once_init_enter (&once))
    {
      locale_t base = user_locale ();

      locale = base != (locale_t) 0 ? duplocale (base) : (locale_t) 0;
      locale = newlocale (LC_NUMERIC_MASK, "C", locale);
      g_once_init_leave (&once, 1);
    }
  return locale;
}

gpointer
sp_locale_use_user (void)
{
  locale_t locale = user_locale ();

  return locale != (locale_t) 0 ? (gpointer) uselocale (locale) : (gpointer) uselocale ((locale_t) 0);
}

gpointer
sp_locale_use_c (void)
{
  locale_t locale = c_locale ();

  return locale != (locale_t) 0 ? (gpointer) uselocale (locale) : (gpointer) uselocale ((locale_t) 0);
}

void
sp_locale_restore (gpointer previous)
{
  if (previous != NULL)
    uselocale ((locale_t) previous);
}
