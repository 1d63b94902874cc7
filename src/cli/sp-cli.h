/* sp-cli.h — the headless command line (needs no display) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @argv asks for headless work (--export, --metrics, …) rather
 * than the window. */
gboolean sp_cli_is_headless (int    argc,
                             char **argv);

/* Runs the command line; returns the exit status: 0 done, 1 bad input,
 * 2 usage error. */
int      sp_cli_run         (int    argc,
                             char **argv);

G_END_DECLS
