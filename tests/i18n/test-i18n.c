/* test-i18n.c — with LANGUAGE=nl, the command line's errors and the
 * legends of exports come out in Dutch (po/nl.po). */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "i18n-setup.h"
#include "sp-locale.h"
#include "sp-graphviz-lock.h"
#include "sp-render.h"

static char *tmpdir;

/* Runs the samenspel binary (env SAMENSPEL) with the test environment. */
static int
run_samenspel (char      **err,
               const char *first,
               ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int wait_status = 0;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("SAMENSPEL"));
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                NULL, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* `samenspel --export=x.png` without an input file: a usage error, in Dutch. */
static void
test_cli_error (void)
{
  g_autofree char *err = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "x.png", NULL);
  g_autofree char *option = g_strconcat ("--export=", out, NULL);

  if (g_getenv ("SAMENSPEL") == NULL)
    {
      g_test_skip ("SAMENSPEL is not set");
      return;
    }
  g_assert_cmpint (run_samenspel (&err, option, NULL), ==, 2);
  g_test_message ("stderr: %s", err);
  g_assert_nonnull (strstr (err, "geen invoerbestand opgegeven"));
  g_assert_nonnull (strstr (err, "voor meer informatie"));
  g_assert_null (strstr (err, "no input file given"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* An unknown layout engine names the choices in Dutch around the untranslated engine names. */
static void
test_cli_unknown_engine (void)
{
  g_autofree char *err = NULL;
  g_autofree char *out = g_build_filename (tmpdir, "y.png", NULL);
  g_autofree char *option = g_strconcat ("--export=", out, NULL);

  if (g_getenv ("SAMENSPEL") == NULL)
    {
      g_test_skip ("SAMENSPEL is not set");
      return;
    }
  g_assert_cmpint (run_samenspel (&err, option, "--layout=spring", "in.csv", NULL), ==, 2);
  g_test_message ("stderr: %s", err);
  g_assert_nonnull (strstr (err, "onbekende indelingsmethode “spring”"));
  g_assert_nonnull (strstr (err, "sfdp"));
}

/* Twelve people in two departments, on a circle. */
static SpNetwork *
small_network (void)
{
  SpNetwork *net = sp_network_new ();

  sp_network_set_title (net, "i18n");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, n)->department = sp_network_intern (net, i % 2 ? "Sales" : "Finance");
    }
  for (guint i = 0; i < 12; i++)
    sp_network_add_tie (net, i, (i + 1) % 12, 0, 1);
  sp_network_ensure_positions (net);
  for (guint i = 0; i < 12; i++)
    {
      net->x[i] = 100 * cos (i * G_PI / 6);
      net->y[i] = 100 * sin (i * G_PI / 6);
    }
  net->has_layout = TRUE;
  return net;
}

static gboolean
has_entry (GPtrArray  *entries,
           const char *entry)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_str_equal (g_ptr_array_index (entries, i), entry))
      return TRUE;
  return FALSE;
}

/* The legend's entries: headers and the ring's texts in Dutch. */
static void
test_legend_entries (void)
{
  SpNetwork *net = small_network ();
  SpRenderOptions options;
  g_autoptr (GPtrArray) entries = NULL;

  sp_render_options_init (&options, 1000, 700);
  options.indicator = SP_RING_CONSTRAINT;
  entries = sp_render_legend_entries (net, &options);
  for (guint i = 0; i < entries->len; i++)
    g_test_message ("legend: %s", (const char *) g_ptr_array_index (entries, i));

  g_assert_true (has_entry (entries, "header:Afdelingen"));
  g_assert_true (has_entry (entries, "header:Netwerk"));
  g_assert_true (has_entry (entries, "header:Ring: verwevenheid (Burt)"));
  g_assert_false (has_entry (entries, "header:Departments"));
  sp_network_unref (net);
}

/* The legend of a PDF export, read back with pdftotext. */
static void
test_legend_pdf (void)
{
  SpNetwork *net = small_network ();
  SpRenderOptions options;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "legend.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  int wait_status = 0;

  sp_render_options_init (&options, 1000, 700);
  options.date = "2026-11-28";
  g_assert_true (sp_export_file (net, &options, path, &error));
  g_assert_no_error (error);
  sp_network_unref (net);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  {
    const char *argv[] = { pdftotext, path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &text, NULL, &wait_status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  g_test_message ("pdftotext: %s", text);
  g_assert_nonnull (strstr (text, "Afdelingen"));
  g_assert_nonnull (strstr (text, "Relatie tussen afdelingen"));
  g_assert_null (strstr (text, "Departments"));
  g_unlink (path);
}

/* Graphviz sets the process's LC_NUMERIC to "C" while it lays out; the
 * threads that write for people keep their own (the user's) numbers, and
 * Graphviz, under its lock, its "C" ones (sp-locale.h). */
static gpointer
format_in_worker (gpointer data)
{
  gpointer previous = sp_locale_use_user ();
  char *text = g_strdup_printf ("%.2f", 0.35);

  sp_locale_restore (previous);
  return text;
}

static void
test_numbers_while_graphviz_works (void)
{
  g_autofree char *global = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *before = NULL;
  g_autofree char *main_thread = NULL;
  g_autofree char *worker = NULL;
  g_autofree char *graphviz = NULL;
  g_autofree char *after = NULL;
  gpointer previous;

  before = g_strdup_printf ("%.2f", 0.35);
  if (g_strcmp0 (before, "0,35") != 0)
    {
      g_test_skip ("the nl_NL.UTF-8 locale is not installed (make deps makes it)");
      return;
    }
  previous = sp_locale_use_user ();
  /* what Graphviz does, process-wide, in the middle of a layout */
  setlocale (LC_NUMERIC, "C");
  main_thread = g_strdup_printf ("%.2f", 0.35);
  worker = g_thread_join (g_thread_new ("worker", format_in_worker, NULL));
  sp_graphviz_lock ();
  graphviz = g_strdup_printf ("%.2f", 0.35);
  /* only the numbers are C's: a message from a Graphviz call stays Dutch */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "What If"), ==, "Wat als");
  sp_graphviz_unlock ();
  after = g_strdup_printf ("%.2f", 0.35);
  setlocale (LC_NUMERIC, global);
  sp_locale_restore (previous);

  g_assert_cmpstr (main_thread, ==, "0,35");
  g_assert_cmpstr (worker, ==, "0,35");
  g_assert_cmpstr (graphviz, ==, "0.35");
  g_assert_cmpstr (after, ==, "0,35");
}

int
main (int    argc,
      char **argv)
{
  int status;

  i18n_setup ();
  g_test_init (&argc, &argv, NULL);

  if (!i18n_has_dutch ())
    {
      g_test_skip ("the Dutch translation was not found (LANGUAGE=nl, SAMENSPEL_LOCALEDIR)");
      return g_test_run ();
    }

  tmpdir = g_dir_make_tmp ("samenspel-i18n-XXXXXX", NULL);
  g_test_add_func ("/i18n/cli-error", test_cli_error);
  g_test_add_func ("/i18n/cli-unknown-engine", test_cli_unknown_engine);
  g_test_add_func ("/i18n/legend-entries", test_legend_entries);
  g_test_add_func ("/i18n/legend-pdf", test_legend_pdf);
  g_test_add_func ("/i18n/numbers-while-graphviz-works", test_numbers_while_graphviz_works);
  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return status;
}
