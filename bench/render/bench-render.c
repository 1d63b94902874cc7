/* bench-render.c — import + layout + PNG export against `sfdp -Tpng`.
 *
 * For generated organisations of 1,000, 5,000 and 20,000 people (~5 ties
 * each, written by tools/gen-org.py as CSV and DOT), times Samenspel
 * (`samenspel --export=OUT.png DIR` when the CLI can do it, and always the
 * library path: sp_import_file + sp_layout_run + sp_export_file) and
 * `sfdp -Tpng` on the same graph, in the same run, and prints the ratios.
 * Both commands are timed alike: wall clock from spawn to exit, process
 * start included; each measurement --repeat times (3), the median shown,
 * with the children's CPU time (user + system) beside it, which a loaded
 * machine disturbs less.  The load average is printed before and after.
 * Not a test: registered with meson benchmark().
 *
 *   bench-render [--sizes 1000,5000,20000] [--repeat 3] [--keep DIR]
 *   bench-render --demo OUT.{png,svg,pdf} --import PATH [--engine E]
 *                [--dark] [--anonymize] [--select ID] [--width W --height H]
 *
 * Environment: SP_SOURCE_ROOT (to find tools/gen-org.py), SP_SAMENSPEL
 * (the built executable).
 */
#define G_LOG_DOMAIN "bench-render"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "sp-import.h"
#include "sp-layout.h"
#include "sp-render.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
children_cpu (void)
{
  struct rusage ru;

  getrusage (RUSAGE_CHILDREN, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static double
self_cpu (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* Runs @argv to completion: wall seconds (spawn to exit) and CPU seconds. */
static gboolean
run (const char * const *argv,
     double             *seconds,
     double             *cpu)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  double c0 = children_cpu ();
  double t0 = now ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  *seconds = now () - t0;
  if (cpu != NULL)
    *cpu = children_cpu () - c0;
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n%s", argv[0], error->message, err != NULL ? err : "");
      return FALSE;
    }
  return TRUE;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @n values (sorts them). */
static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof (double), compare_double);
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  return g_strdup (g_strstrip (text));
}

/* Width x height from a PNG's IHDR, or "?". */
static char *
png_size (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL) || len < 24 ||
      memcmp (data + 12, "IHDR", 4) != 0)
    return g_strdup ("?");
  return g_strdup_printf ("%ux%u",
                          GUINT32_FROM_BE (*(guint32 *) (gpointer) (data + 16)),
                          GUINT32_FROM_BE (*(guint32 *) (gpointer) (data + 20)));
}

/* The library path, timed by stage. */
static gboolean
library_path (const char *dir,
              const char *out,
              double     *t_import,
              double     *t_layout,
              double     *t_export,
              double     *cpu)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = NULL;
  SpRenderOptions options;
  double c0 = self_cpu ();
  double t0 = now ();

  network = sp_import_file (dir, NULL, &error);
  if (network == NULL)
    {
      g_printerr ("import: %s\n", error->message);
      return FALSE;
    }
  *t_import = now () - t0;

  t0 = now ();
  if (!sp_layout_run (network, SP_LAYOUT_SFDP, NULL, NULL, NULL, &error))
    {
      g_printerr ("layout: %s\n", error->message);
      return FALSE;
    }
  *t_layout = now () - t0;

  t0 = now ();
  sp_render_options_init (&options, 1600, 1000);
  if (!sp_export_file (network, &options, out, &error))
    {
      g_printerr ("export: %s\n", error->message);
      return FALSE;
    }
  *t_export = now () - t0;
  *cpu = self_cpu () - c0;
  return TRUE;
}

#define MAX_REPEAT 15

static int
bench (const char *sizes,
       const char *keep,
       guint       repeat)
{
  const char *root = g_getenv ("SP_SOURCE_ROOT");
  const char *samenspel = g_getenv ("SP_SAMENSPEL");
  g_autofree char *gen = g_build_filename (root != NULL ? root : ".", "tools", "gen-org.py", NULL);
  g_autofree char *tmp = NULL;
  g_autofree char *load = load_average ();
  g_auto (GStrv) list = g_strsplit (sizes, ",", -1);
  g_autoptr (GError) error = NULL;
  gboolean cli_ok = samenspel != NULL && g_file_test (samenspel, G_FILE_TEST_IS_EXECUTABLE);

  repeat = CLAMP (repeat, 1, MAX_REPEAT);
  if (!g_file_test (gen, G_FILE_TEST_EXISTS))
    {
      g_printerr ("cannot find %s (set SP_SOURCE_ROOT)\n", gen);
      return 1;
    }
  tmp = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("bench-render-XXXXXX", &error);
  if (tmp == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_mkdir_with_parents (tmp, 0755);

  g_print ("%u processors; load average before: %s\n", g_get_num_processors (), load);
  g_print ("median of %u runs each; wall seconds, process start included (CPU seconds in brackets)\n\n",
           repeat);
  g_print ("%-7s %7s | %6s %6s %6s %14s | %14s | %14s | %11s | %6s %6s | %6s\n",
           "people", "ties", "import", "layout", "export", "library", "samenspel cli", "sfdp -Tpng",
           "sfdp size", "cli/sf", "lib/sf", "cpu c/s");
  for (guint k = 0; list[k] != NULL; k++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/org-%s", tmp, list[k]);
      g_autofree char *dot = g_strdup_printf ("%s/org-%s.dot", tmp, list[k]);
      g_autofree char *png_lib = g_strdup_printf ("%s/samenspel-lib-%s.png", tmp, list[k]);
      g_autofree char *png_cli = g_strdup_printf ("%s/samenspel-cli-%s.png", tmp, list[k]);
      g_autofree char *png_sfdp = g_strdup_printf ("%s/sfdp-%s.png", tmp, list[k]);
      g_autofree char *export_arg = g_strdup_printf ("--export=%s", png_cli);
      g_autofree char *sfdp_size = NULL;
      const char *gen_argv[] = { "python3", gen, "--people", list[k], "--out", dir,
                                 "--dot", dot, "--quiet", NULL };
      const char *cli_argv[] = { samenspel, export_arg, dir, NULL };
      const char *sfdp_argv[] = { "sfdp", "-Tpng", "-o", png_sfdp, dot, NULL };
      double t_import[MAX_REPEAT], t_layout[MAX_REPEAT], t_export[MAX_REPEAT], t_lib[MAX_REPEAT];
      double c_lib[MAX_REPEAT], t_cli[MAX_REPEAT], c_cli[MAX_REPEAT], t_sfdp[MAX_REPEAT], c_sfdp[MAX_REPEAT];
      double lib, cli = NAN, sfdp, cpu_lib, cpu_cli = NAN, cpu_sfdp, t_gen;
      g_autofree char *lib_cpu_s = NULL, *cli_s = NULL, *sfdp_s = NULL;
      g_autoptr (SpNetwork) counted = NULL;

      if (!run (gen_argv, &t_gen, NULL))
        return 1;
      counted = sp_import_file (dir, NULL, NULL);
      /* interleaved, so that a change of load hits all three alike */
      for (guint r = 0; r < repeat; r++)
        {
          if (!library_path (dir, png_lib, &t_import[r], &t_layout[r], &t_export[r], &c_lib[r]))
            return 1;
          t_lib[r] = t_import[r] + t_layout[r] + t_export[r];
          if (cli_ok && !run (cli_argv, &t_cli[r], &c_cli[r]))
            {
              g_printerr ("(the CLI cannot export yet; timing the library path only)\n");
              cli_ok = FALSE;
            }
          if (!run (sfdp_argv, &t_sfdp[r], &c_sfdp[r]))
            return 1;
        }
      lib = median (t_lib, repeat);
      cpu_lib = median (c_lib, repeat);
      if (cli_ok)
        {
          cli = median (t_cli, repeat);
          cpu_cli = median (c_cli, repeat);
        }
      sfdp = median (t_sfdp, repeat);
      cpu_sfdp = median (c_sfdp, repeat);
      sfdp_size = png_size (png_sfdp);
      lib_cpu_s = g_strdup_printf ("%5.2fs (%5.2f)", lib, cpu_lib);
      cli_s = g_strdup_printf ("%5.2fs (%5.2f)", cli, cpu_cli);
      sfdp_s = g_strdup_printf ("%5.2fs (%5.2f)", sfdp, cpu_sfdp);
      g_print ("%-7s %7u | %5.2fs %5.2fs %5.2fs %14s | %14s | %14s | %11s | %6.2f %6.2f | %6.2f\n",
               list[k], counted != NULL ? sp_network_n_ties (counted) : 0,
               median (t_import, repeat), median (t_layout, repeat), median (t_export, repeat),
               lib_cpu_s, cli_s, sfdp_s, sfdp_size, cli / sfdp, lib / sfdp, cpu_cli / cpu_sfdp);
    }
  g_free (load);
  load = load_average ();
  g_print ("\nlibrary = sp_import_file + sp_layout_run (sfdp) + sp_export_file, 1600x1000 drawn at 2x:\n"
           "  a 3200x2000 PNG, in this process; cli = samenspel --export=OUT.png DIR (the same PNG);\n"
           "  sfdp = sfdp -Tpng on the same graph as DOT (plain ellipses with their ids as labels,\n"
           "  at its own natural size, shown above).  Ratios < 1: Samenspel is faster.\n"
           "  cli/sf and lib/sf compare wall clocks, cpu c/s the CPU seconds of cli and sfdp.\n"
           "load average after: %s\n", load);
  if (keep == NULL)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmp);

      if (system (cmd) != 0)
        g_printerr ("could not remove %s\n", tmp);
    }
  else
    g_print ("files kept in %s\n", tmp);
  return 0;
}

static int
demo (const char *out,
      const char *path,
      const char *engine_name,
      gboolean    dark,
      gboolean    anonymize,
      const char *select,
      double      width,
      double      height,
      double      zoom)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = NULL;
  SpLayoutEngine engine = SP_LAYOUT_AUTO;
  SpRenderOptions options;
  double t0;

  if (engine_name != NULL && !sp_layout_engine_from_string (engine_name, &engine))
    {
      g_printerr ("unknown engine %s\n", engine_name);
      return 2;
    }
  t0 = now ();
  network = sp_import_file (path, NULL, &error);
  if (network == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("import %.3fs: %u nodes, %u ties\n", now () - t0,
           sp_network_n_nodes (network), sp_network_n_ties (network));
  t0 = now ();
  if (!sp_layout_run (network, engine, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("layout %.3fs\n", now () - t0);

  sp_render_options_init (&options, width, height);
  options.dark = dark;
  options.anonymize = anonymize;
  options.zoom = zoom;
  if (select != NULL)
    options.selected = sp_network_find_node (network, select);
  t0 = now ();
  if (!sp_export_file (network, &options, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("export %.3fs\n", now () - t0);

  /* a render alone, to an image surface at 1x */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
    cairo_t *cr = cairo_create (surface);

    t0 = now ();
    sp_render (cr, network, &options);
    g_print ("render 1x %.3fs\n", now () - t0);
    t0 = now ();
    sp_render_hit_test (network, &options, width / 2, height / 2);
    g_print ("hit test %.3fs\n", now () - t0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sizes = g_strdup ("1000,5000,20000");
  g_autofree char *keep = NULL;
  g_autofree char *out = NULL;
  g_autofree char *path = NULL;
  g_autofree char *engine = NULL;
  g_autofree char *select = NULL;
  gint repeat = 3;
  gboolean dark = FALSE, anonymize = FALSE;
  double width = 1600, height = 1000, zoom = 1;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "organisation sizes", "N,N,…" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "runs per measurement (median)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "keep the files in DIR", "DIR" },
    { "demo", 0, 0, G_OPTION_ARG_FILENAME, &out, "export one drawing to OUT", "OUT" },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &path, "data set for --demo", "PATH" },
    { "engine", 0, 0, G_OPTION_ARG_STRING, &engine, "layout engine for --demo", "ENGINE" },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "select node ID", "ID" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "dark mode", NULL },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &anonymize, "pseudonyms", NULL },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, "width", "PX" },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, "height", "PX" },
    { "zoom", 0, 0, G_OPTION_ARG_DOUBLE, &zoom, "zoom", "Z" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("— render benchmark");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (out != NULL)
    {
      if (path == NULL)
        {
          g_printerr ("--demo needs --import\n");
          return 2;
        }
      return demo (out, path, engine, dark, anonymize, select, width, height, zoom);
    }
  return bench (sizes, keep, (guint) MAX (repeat, 1));
}
