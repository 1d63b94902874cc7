/* Tests of the command line's outputs (issue 12): an output never
 * overwrites an input, every output is checked before the first write,
 * links and special files stay what they are, a failed write says so,
 * the drawing's size is bounded, progress shows on a terminal, and an
 * interrupted export leaves nothing behind. */
#define _GNU_SOURCE  /* posix_openpt, ptsname */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <glib/gstdio.h>

#include "cli-run.h"

/* A copy of tests/cli/data/team in a new folder @name: tests never touch
 * the data they ship with. */
static char *
copy_team (const char *name)
{
  const char *team = g_test_get_filename (G_TEST_DIST, "cli", "data", "team", NULL);
  static const char *files[] = { "people.csv", "ties.csv", "clients.csv" };
  char *dir = tmp_path (name);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_build_filename (team, files[i], NULL);
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_autofree char *data = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (from, &data, &len, NULL));
      g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
    }
  return dir;
}

static char *
contents (const char *path)
{
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  return data;
}

/* No file in @dir but @keep (a NULL-terminated list): no temporary file
 * and no partial output left. */
static void
assert_only (const char *dir,
             const char *const *keep)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_strv_contains (keep, name))
      g_error ("unexpected file %s/%s", dir, name);
}

/* The command must refuse with exit status 2 and "OUT: would overwrite
 * the input IN", and leave @protected as it was. */
static void
assert_refused (const char *out,
                const char *in,
                const char *protected,
                const char *first, ...)
{
  g_autofree char *before = contents (protected);
  g_autofree char *after = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: would overwrite the input %s\n", out, in);
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_auto (RunResult) r = { 0 };
  va_list ap;

  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  r = run_args ((const char *const *) args->pdata);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_cmpstr (r.err, ==, expected);
  after = contents (protected);
  g_assert_cmpstr (after, ==, before);
}

static void
test_never_overwrites_input (void)
{
  g_autofree char *org = copy_team ("org");
  g_autofree char *old = copy_team ("old");
  g_autofree char *people = g_build_filename (org, "people.csv", NULL);
  g_autofree char *ties = g_build_filename (org, "ties.csv", NULL);
  g_autofree char *clients = g_build_filename (org, "clients.csv", NULL);
  g_autofree char *old_people = g_build_filename (old, "people.csv", NULL);
  g_autofree char *hard = tmp_path ("hard-link.csv");
  g_autofree char *soft = tmp_path ("soft-link.csv");
  g_autofree char *strategy = tmp_path ("strategy.txt");
  g_autofree char *png = tmp_path ("same.png");
  g_autofree char *fit = tmp_path ("fit.csv");
  g_autofree char *opt_metrics = NULL, *opt_group = NULL, *opt_export = NULL;
  g_autofree char *opt_insights = NULL, *opt_compare = NULL, *opt_hard = NULL;
  g_autofree char *opt_soft = NULL, *opt_strategy = NULL, *opt_fit = NULL;
  g_autofree char *opt_people = NULL, *opt_clients_out = NULL, *opt_ties = NULL;

  g_assert_true (g_file_set_contents (strategy, "[default]\nprofile = exploration\n", -1, NULL));
  g_assert_true (g_file_set_contents (png, "not a network, but the user's file\n", -1, NULL));
  g_assert_cmpint (link (people, hard), ==, 0);
  g_assert_cmpint (symlink (ties, soft), ==, 0);

  /* a file the folder contributes */
  opt_metrics = g_strconcat ("--metrics=", people, NULL);
  assert_refused (people, people, people, opt_metrics, org, NULL);
  opt_group = g_strconcat ("--group-metrics=", ties, NULL);
  assert_refused (ties, ties, ties, "--metrics=-", opt_group, org, NULL);
  opt_insights = g_strconcat ("--insights=", clients, NULL);
  assert_refused (clients, clients, clients, opt_insights, org, NULL);
  /* the file itself */
  opt_ties = g_strconcat ("--metrics=", ties, NULL);
  assert_refused (ties, ties, ties, opt_ties, ties, NULL);
  opt_export = g_strconcat ("--export=", png, NULL);
  assert_refused (png, png, png, opt_export, png, NULL);
  /* --people, by another name: a hard link and a symbolic link */
  opt_hard = g_strconcat ("--client-report=", hard, NULL);
  opt_people = g_strconcat ("--people=", people, NULL);
  assert_refused (hard, people, people, opt_hard, opt_people, ties, NULL);
  opt_soft = g_strconcat ("--overlap=", soft, NULL);
  assert_refused (soft, ties, ties, opt_soft, org, NULL);
  /* the --compare data set and the --strategy file */
  opt_compare = g_strconcat ("--compare=", old, NULL);
  opt_clients_out = g_strconcat ("--metrics=", old_people, NULL);
  assert_refused (old_people, old_people, old_people, opt_clients_out, opt_compare, org, NULL);
  opt_strategy = g_strconcat ("--strategy=", strategy, NULL);
  opt_fit = g_strconcat ("--fit-report=", strategy, NULL);
  assert_refused (strategy, strategy, strategy, opt_strategy, opt_fit, org, NULL);

  /* the same command with outputs of their own works */
  {
    g_autofree char *ok = g_strconcat ("--fit-report=", fit, NULL);
    RunResult r = run (opt_strategy, ok, org, NULL);

    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (fit, G_FILE_TEST_IS_REGULAR));
    run_result_clear (&r);
  }
}

static void
test_outputs_checked_first (void)
{
  g_autofree char *org = copy_team ("first");
  g_autofree char *metrics = tmp_path ("first-metrics.csv");
  g_autofree char *group = tmp_path ("first-group.csv");
  g_autofree char *opt_metrics = g_strconcat ("--metrics=", metrics, NULL);
  g_autofree char *opt_group = g_strconcat ("--group-metrics=", metrics, NULL);
  g_autofree char *opt_group2 = g_strconcat ("--group-metrics=", group, NULL);
  RunResult r;

  /* a later output into a folder that does not exist: nothing written */
  r = run (opt_metrics, opt_group2, "--export=/nonexistent/folder/x.png", org, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "/nonexistent/folder/x.png"));
  g_assert_false (g_file_test (metrics, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (group, G_FILE_TEST_EXISTS));
  run_result_clear (&r);

  /* two outputs naming one file */
  r = run (opt_metrics, opt_group, org, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "two outputs would write the same file"));
  g_assert_false (g_file_test (metrics, G_FILE_TEST_EXISTS));
  run_result_clear (&r);
}

static void
test_symlink_output (void)
{
  g_autofree char *org = copy_team ("links");
  g_autofree char *dir = tmp_path ("link-target");
  g_autofree char *target = g_build_filename (dir, "metrics.csv", NULL);
  g_autofree char *link_path = tmp_path ("metrics-link.csv");
  g_autofree char *opt = g_strconcat ("--metrics=", link_path, NULL);
  g_autofree char *data = NULL;
  const char *keep[] = { "metrics.csv", NULL };
  GStatBuf st;
  RunResult r;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old\n", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink (target, link_path), ==, 0);

  r = run (opt, org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_cmpint (g_lstat (link_path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  data = contents (target);
  g_assert_true (g_str_has_prefix (data, "id,kind,name,department,"));
  assert_only (dir, keep);
}

static void
test_special_outputs (void)
{
  g_autofree char *org = copy_team ("special");
  g_autofree char *fifo = tmp_path ("metrics.fifo");
  g_autofree char *device = tmp_path ("null-device");
  g_autofree char *opt_fifo = g_strconcat ("--metrics=", fifo, NULL);
  g_autofree char *opt_device = g_strconcat ("--metrics=", device, NULL);
  char buf[256] = { 0 };
  GStatBuf st;
  RunResult r;
  int fd;

  /* a FIFO: read end held open here, so the writer does not wait */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (fifo, O_RDWR | O_NONBLOCK, 0);
  g_assert_cmpint (fd, >=, 0);
  r = run (opt_fifo, org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_cmpint (read (fd, buf, sizeof buf - 1), >, 0);
  g_assert_true (g_str_has_prefix (buf, "id,kind,name,department,"));
  close (fd);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* a character device (a private /dev/null), when allowed to make one */
  if (mknod (device, S_IFCHR | 0666, makedev (1, 3)) != 0)
    {
      g_test_message ("mknod: %s; the device case is skipped", g_strerror (errno));
      return;
    }
  r = run (opt_device, org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  g_assert_cmpint (g_lstat (device, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpuint (major (st.st_rdev), ==, 1);
  g_assert_cmpuint (minor (st.st_rdev), ==, 3);
}

static void
test_output_full (void)
{
  g_autofree char *org = copy_team ("full");
  g_autofree char *script = g_strdup_printf ("exec \"$SAMENSPEL\" --insights=- '%s' > /dev/full", org);
  const char *argv[] = { "/bin/sh", "-c", script, NULL };
  g_autofree char *err = NULL;
  int wait_status = 0;
  RunResult r;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  r = run ("--metrics=/dev/full", org, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "/dev/full"));
  g_assert_nonnull (strstr (r.err, g_strerror (ENOSPC)));
  run_result_clear (&r);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, &err, &wait_status, NULL));
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 1);
  g_assert_nonnull (strstr (err, "standard output"));
  g_assert_nonnull (strstr (err, g_strerror (ENOSPC)));
}

static void
test_pixel_limit (void)
{
  g_autofree char *org = copy_team ("pixels");
  g_autofree char *png = tmp_path ("huge.png");
  g_autofree char *opt = g_strconcat ("--export=", png, NULL);
  RunResult r;

  /* each side is allowed alone; the product is not */
  r = run (opt, "--width=20000", "--height=20000", org, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "36"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  run_result_clear (&r);

  r = run ("--metrics=-", "--width=8000", "--height=4500", org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  run_result_clear (&r);
  r = run ("--metrics=-", "--width=8000", "--height=4501", org, NULL);
  g_assert_cmpint (r.status, ==, 2);
  run_result_clear (&r);
}

/* A network big enough that laying out and drawing take a while. */
static char *
write_big_network (const char *name,
                   guint       n)
{
  char *dir = tmp_path (name);
  g_autofree char *people = g_build_filename (dir, "people.csv", NULL);
  g_autofree char *ties = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (GString) p = g_string_new ("id,name,department\n");
  g_autoptr (GString) t = g_string_new ("source,target,weight\n");
  GRand *rand = g_rand_new_with_seed (12);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (p, "p%u,Person %u,Dept %u\n", i, i, i % 12);
      for (guint k = 0; k < 4; k++)
        g_string_append_printf (t, "p%u,p%u,1\n", i, g_rand_int_range (rand, 0, (gint32) n));
    }
  g_rand_free (rand);
  g_assert_true (g_file_set_contents (people, p->str, (gssize) p->len, NULL));
  g_assert_true (g_file_set_contents (ties, t->str, (gssize) t->len, NULL));
  return dir;
}

/* Ctrl+C while the PNG is being written: the temporary file goes, the
 * old file stays as it was. */
static void
test_interrupted_export (void)
{
  g_autofree char *org = write_big_network ("big", 3000);
  g_autofree char *dir = tmp_path ("interrupted");
  g_autofree char *png = g_build_filename (dir, "board.png", NULL);
  g_autofree char *opt = g_strconcat ("--export=", png, NULL);
  const char *argv[] = { g_getenv ("SAMENSPEL"), opt, "--width=8000", "--height=4500", org, NULL };
  const char *keep[] = { "board.png", NULL };
  g_autofree char *after = NULL;
  gboolean seen_temporary = FALSE;
  GPid pid;
  int wait_status = 0;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (png, "the board's old picture\n", -1, NULL));
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD |
                                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                NULL, NULL, &pid, NULL));
  /* wait for the temporary file (up to two minutes), then interrupt */
  for (guint i = 0; i < 120000 && !seen_temporary; i++)
    {
      g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".tmp"))
          seen_temporary = TRUE;
      if (!seen_temporary)
        {
          if (waitpid (pid, &wait_status, WNOHANG) == pid)
            break;
          g_usleep (1000);
        }
    }
  g_assert_true (seen_temporary);
  kill (pid, SIGINT);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  /* drawing 16000 × 9000 pixels takes far longer than the signal */
  g_assert_true (WIFSIGNALED (wait_status));
  g_assert_cmpint (WTERMSIG (wait_status), ==, SIGINT);
  after = contents (png);
  g_assert_cmpstr (after, ==, "the board's old picture\n");
  assert_only (dir, keep);
}

/* On a terminal, long work says how far it is; in a pipe, nothing. */
static void
test_progress_on_terminal (void)
{
  g_autofree char *org = write_big_network ("progress", 400);
  g_autofree char *png = tmp_path ("progress.png");
  g_autofree char *opt = g_strconcat ("--export=", png, NULL);
  g_autoptr (GString) seen = g_string_new (NULL);
  const char *argv[] = { g_getenv ("SAMENSPEL"), opt, org, NULL };
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave, wait_status = 0;
  GPid pid;
  char buf[4096];
  ssize_t n;
  RunResult r;

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = g_open (ptsname (master), O_RDWR | O_NOCTTY, 0);
  g_assert_cmpint (slave, >=, 0);
  {
    GSpawnFlags flags = G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL;
    g_autoptr (GError) error = NULL;

    g_assert_true (g_spawn_async_with_fds (NULL, (char **) argv, NULL, flags, NULL, NULL, &pid,
                                           -1, -1, slave, &error));
    g_assert_no_error (error);
  }
  close (slave);
  while ((n = read (master, buf, sizeof buf)) > 0)
    g_string_append_len (seen, buf, n);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  close (master);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  g_assert_nonnull (strstr (seen->str, "%"));
  /* the last thing on the line is the clearing, not a stale percentage */
  g_assert_true (g_str_has_suffix (seen->str, "\r\033[K"));

  r = run (opt, org, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  run_result_clear (&r);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/never-overwrites-input", test_never_overwrites_input);
  g_test_add_func ("/cli/outputs-checked-first", test_outputs_checked_first);
  g_test_add_func ("/cli/symlink-output", test_symlink_output);
  g_test_add_func ("/cli/special-outputs", test_special_outputs);
  g_test_add_func ("/cli/output-full", test_output_full);
  g_test_add_func ("/cli/pixel-limit", test_pixel_limit);
  g_test_add_func ("/cli/interrupted-export", test_interrupted_export);
  g_test_add_func ("/cli/progress-on-terminal", test_progress_on_terminal);
  return g_test_run ();
}
