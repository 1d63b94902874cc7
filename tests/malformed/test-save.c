/* test-save.c — no data loss: a save or an export that fails half-way
 * (a full disk, a crash, a directory in the way) leaves the previous file
 * as it was under its name, and no temporary file behind when the program
 * lives on to clean up.
 *
 * Failures are injected with RLIMIT_FSIZE in a subprocess (writes past the
 * limit fail with EFBIG, or kill the process with SIGXFSZ: a crash in the
 * middle of writing), and, as root, with a tiny tmpfs (ENOSPC).
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "sp-import.h"
#include "sp-render.h"

#define PREVIOUS "<previous version: the user's work>\n"

/* A network whose GraphML is far over 64 KiB. */
static SpNetwork *
big_network (void)
{
  SpNetwork *net = sp_network_new ();

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i);

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      if (i > 0)
        sp_network_add_tie (net, i - 1, i, 0, 1.0);
    }
  sp_network_ensure_positions (net);
  for (guint i = 0; i < 3000; i++)
    {
      net->x[i] = (i % 60) * 20.0;
      net->y[i] = (i / 60) * 20.0;
    }
  net->has_layout = TRUE;
  sp_network_set_title (net, "Big");
  return net;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) out = g_string_new (NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", (char *) g_ptr_array_index (names, i));
  return g_strdup (out->str);
}

static void
assert_previous (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, PREVIOUS);
}

/* Saves (or, with @export, exports) a big network over PREVIOUS in a
 * subprocess limited to 4 KiB per file. */
static gboolean
write_limited (const char *path,
               gboolean    export,
               gboolean    crash)
{
  g_autoptr (SpNetwork) net = big_network ();
  g_autoptr (GError) error = NULL;
  struct rlimit limit = { 4096, 4096 };
  gboolean ok;

  if (!crash)
    signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  if (export)
    {
      SpRenderOptions options;

      sp_render_options_init (&options, 800, 600);
      ok = sp_export_file (net, &options, path, &error);
    }
  else
    ok = sp_graphml_save (net, path, &error);
  g_assert_false (ok);
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
  return ok;
}

typedef struct {
  const char *file;
  gboolean    export;
  gboolean    crash;
} Injection;

static void
test_interrupted (gconstpointer data)
{
  const Injection *inj = data;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;

  /* the subprocess finds the folder by its parent's pid (no setenv ()
   * once threads may run) */
  if (g_test_subprocess ())
    {
      g_autofree char *name = g_strdup_printf ("sp-save-%d", (int) getppid ());

      path = g_build_filename (g_get_tmp_dir (), name, inj->file, NULL);
      write_limited (path, inj->export, inj->crash);
      return;
    }
  {
    g_autofree char *name = g_strdup_printf ("sp-save-%d", (int) getpid ());

    dir = g_build_filename (g_get_tmp_dir (), name, NULL);
    g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  }
  path = g_build_filename (dir, inj->file, NULL);
  g_assert_true (g_file_set_contents (path, PREVIOUS, -1, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (inj->crash)
    g_test_trap_assert_failed ();
  else
    g_test_trap_assert_passed ();

  assert_previous (path);
  listing = list_dir (dir);
  if (!inj->crash)
    /* the program lived on and cleaned up */
    g_assert_cmpstr (listing, ==, inj->file);
  else
    g_test_message ("after the crash: %s", listing);

  /* and the next save still works */
  {
    g_autoptr (SpNetwork) net = big_network ();
    g_autoptr (GError) error = NULL;
    g_autoptr (SpNetwork) back = NULL;

    if (inj->export)
      {
        SpRenderOptions options;

        sp_render_options_init (&options, 800, 600);
        g_assert_true (sp_export_file (net, &options, path, &error));
      }
    else
      {
        g_assert_true (sp_graphml_save (net, path, &error));
        back = sp_import_file (path, NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (sp_network_n_nodes (back), ==, 3000);
      }
    g_assert_no_error (error);
  }
  g_remove (path);
  {
    /* whatever a crash left behind */
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *p = g_build_filename (dir, name, NULL);
        g_remove (p);
      }
  }
  g_rmdir (dir);
}

/* The final name is a folder: nothing replaces it, nothing is left. */
static void
test_target_is_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "net.graphml", NULL);
  g_autofree char *png = g_build_filename (dir, "net.png", NULL);
  g_autofree char *listing = NULL;
  g_autoptr (SpNetwork) net = big_network ();
  g_autoptr (GError) error = NULL;
  SpRenderOptions options;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (png, 0755), ==, 0);
  g_assert_false (sp_graphml_save (net, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
  g_clear_error (&error);
  sp_render_options_init (&options, 200, 100);
  g_assert_false (sp_export_file (net, &options, png, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_DIR));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "net.graphml net.png");
  g_rmdir (path);
  g_rmdir (png);
  g_rmdir (dir);
}

/* A real full disk: a 64 KiB tmpfs, as root only. */
static void
test_full_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sp-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "net.graphml", NULL);
  g_autofree char *svg = g_build_filename (dir, "net.svg", NULL);
  g_autofree char *listing = NULL;
  g_autoptr (SpNetwork) net = big_network ();
  g_autoptr (GError) error = NULL;
  SpRenderOptions options;

  if (getuid () != 0 || mount ("tmpfs", dir, "tmpfs", 0, "size=64k") != 0)
    {
      g_test_skip ("mounting a tmpfs needs root");
      g_rmdir (dir);
      return;
    }
  g_assert_true (g_file_set_contents (path, PREVIOUS, -1, NULL));
  g_assert_true (g_file_set_contents (svg, PREVIOUS, -1, NULL));

  g_assert_false (sp_graphml_save (net, path, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
  g_clear_error (&error);
  sp_render_options_init (&options, 800, 600);
  g_assert_false (sp_export_file (net, &options, svg, &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);

  assert_previous (path);
  assert_previous (svg);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "net.graphml net.svg");

  g_remove (path);
  g_remove (svg);
  g_assert_cmpint (umount (dir), ==, 0);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const Injection save_fails = { "net.graphml", FALSE, FALSE };
  static const Injection save_crashes = { "net.graphml", FALSE, TRUE };
  static const Injection svg_fails = { "net.svg", TRUE, FALSE };
  static const Injection pdf_crashes = { "net.pdf", TRUE, TRUE };

  g_test_init (&argc, &argv, NULL);
  g_test_add_data_func ("/save/write-fails", &save_fails, test_interrupted);
  g_test_add_data_func ("/save/crash-mid-write", &save_crashes, test_interrupted);
  g_test_add_data_func ("/export/write-fails", &svg_fails, test_interrupted);
  g_test_add_data_func ("/export/crash-mid-write", &pdf_crashes, test_interrupted);
  g_test_add_func ("/save/target-is-directory", test_target_is_directory);
  g_test_add_func ("/save/full-disk", test_full_disk);
  return g_test_run ();
}
