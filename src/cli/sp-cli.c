/* sp-cli.c — the headless command line */
#define G_LOG_DOMAIN "sp-cli"

#include "sp-cli.h"
#include "sp-i18n.h"

#include <string.h>

static const char *headless_options[] = {
  "--export", "--metrics", "--group-metrics", "--client-report", "--overlap",
  "--fit-report", "--help", "-h", "--version", NULL
};

gboolean
sp_cli_is_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    for (guint j = 0; headless_options[j] != NULL; j++)
      {
        gsize len = strlen (headless_options[j]);
        if (strncmp (argv[i], headless_options[j], len) == 0 &&
            (argv[i][len] == '\0' || argv[i][len] == '='))
          return TRUE;
      }
  return FALSE;
}

int
sp_cli_run (int    argc,
            char **argv)
{
  return 2;
}
