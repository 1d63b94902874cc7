/* cli-run.h — what the command-line tests share: running the samenspel
 * binary without a display, and a temporary folder. */
#pragma once

#include <glib.h>
#include <sys/wait.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} RunResult;

static inline void
run_result_clear (RunResult *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunResult, run_result_clear)

/* Runs the samenspel binary with @args (NULL-terminated, without the
 * program) and no display at all. */
static inline RunResult
run_args (const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  RunResult r = { 0 };
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SAMENSPEL"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &r.out, &r.err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  r.status = WEXITSTATUS (wait_status);
  return r;
}

/* The same with the arguments as a NULL-terminated list. */
static inline RunResult
run (const char *first, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  return run_args ((const char *const *) args->pdata);
}

/* @name in this test program's temporary folder. */
static inline char *
tmp_path (const char *name)
{
  static char *dir = NULL;

  if (dir == NULL)
    dir = g_dir_make_tmp ("samenspel-cli-XXXXXX", NULL);
  return g_build_filename (dir, name, NULL);
}
