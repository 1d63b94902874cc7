/* i18n-setup.h — the test programs follow the locale like main.c does,
 * with the translations of the build tree (SAMENSPEL_LOCALEDIR). */
#pragma once

#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

static inline void
i18n_setup (void)
{
  const char *dir = g_getenv ("SAMENSPEL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* TRUE when the Dutch catalogue was found; tests skip otherwise. */
static inline gboolean
i18n_has_dutch (void)
{
  const char *header = g_dgettext (GETTEXT_PACKAGE, "");

  return header != NULL && strstr (header, "Language: nl") != NULL;
}
