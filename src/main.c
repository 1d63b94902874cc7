/* main.c — headless command line or the application window */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sp-cli.h"
#include "sp-locale.h"
#include "sp-application.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* this thread's numbers stay the user's while Graphviz works (sp-locale.h) */
  sp_locale_use_user ();
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENSPEL_LOCALEDIR") != NULL ? g_getenv ("SAMENSPEL_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (sp_cli_is_headless (argc, argv))
    return sp_cli_run (argc, argv);

  return sp_application_main (argc, argv);
}
