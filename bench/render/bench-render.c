/* bench-render.c — import + layout + PNG export against `sfdp -Tpng`.
 *
 * For generated organisations of 1,000, 5,000 and 20,000 people (~5 ties
 * each, written by tools/gen-org.py as CSV and DOT), times Samenspel
 * (`samenspel --export=OUT.png DIR` when the CLI can do it, and always the
 * library path: sp_import_file + sp_layout_run + sp_export_file) and
 * `sfdp -Tpng` on the same graph, in the same run, and prints the ratios.
 *
 *   bench-render [--sizes 1000,5000,20000] [--keep DIR]
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

#include "sp-import.h"
#include "sp-layout.h"
#include "sp-render.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static gboolean
run (const char * const *argv,
     double             *seconds)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  double t0 = now ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  *seconds = now () - t0;
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n%s", argv[0], error->message, err != NULL ? err : "");
      return FALSE;
    }
  return TRUE;
}

/* The library path, timed by stage. */
static gboolean
library_path (const char *dir,
              const char *out,
              double     *t_import,
              double     *t_layout,
              double     *t_export)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = NULL;
  SpRenderOptions options;
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
  return TRUE;
}

static int
bench (const char *sizes,
       const char *keep)
{
  const char *root = g_getenv ("SP_SOURCE_ROOT");
  const char *samenspel = g_getenv ("SP_SAMENSPEL");
  g_autofree char *gen = g_build_filename (root != NULL ? root : ".", "tools", "gen-org.py", NULL);
  g_autofree char *tmp = NULL;
  g_auto (GStrv) list = g_strsplit (sizes, ",", -1);
  g_autoptr (GError) error = NULL;
  gboolean cli_ok = samenspel != NULL && g_file_test (samenspel, G_FILE_TEST_IS_EXECUTABLE);

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

  g_print ("%-8s %8s | %8s %8s %8s %8s | %8s | %8s | %7s %7s\n",
           "people", "ties", "import", "layout", "export", "library", "cli", "sfdp",
           "lib/sf", "cli/sf");
  for (guint k = 0; list[k] != NULL; k++)
    {
      g_autofree char *dir = g_strdup_printf ("%s/org-%s", tmp, list[k]);
      g_autofree char *dot = g_strdup_printf ("%s/org-%s.dot", tmp, list[k]);
      g_autofree char *png_lib = g_strdup_printf ("%s/samenspel-lib-%s.png", tmp, list[k]);
      g_autofree char *png_cli = g_strdup_printf ("%s/samenspel-cli-%s.png", tmp, list[k]);
      g_autofree char *png_sfdp = g_strdup_printf ("%s/sfdp-%s.png", tmp, list[k]);
      g_autofree char *export_arg = g_strdup_printf ("--export=%s", png_cli);
      const char *gen_argv[] = { "python3", gen, "--people", list[k], "--out", dir,
                                 "--dot", dot, "--quiet", NULL };
      const char *cli_argv[] = { samenspel, export_arg, dir, NULL };
      const char *sfdp_argv[] = { "sfdp", "-Tpng", "-o", png_sfdp, dot, NULL };
      double t_gen, t_import = 0, t_layout = 0, t_export = 0, t_cli = NAN, t_sfdp = 0, lib;
      g_autoptr (SpNetwork) counted = NULL;

      if (!run (gen_argv, &t_gen))
        return 1;
      counted = sp_import_file (dir, NULL, NULL);
      if (!library_path (dir, png_lib, &t_import, &t_layout, &t_export))
        return 1;
      if (cli_ok && !run (cli_argv, &t_cli))
        {
          g_printerr ("(the CLI cannot export yet; timing the library path only)\n");
          cli_ok = FALSE;
          t_cli = NAN;
        }
      if (!run (sfdp_argv, &t_sfdp))
        return 1;
      lib = t_import + t_layout + t_export;
      g_print ("%-8s %8u | %7.2fs %7.2fs %7.2fs %7.2fs | %7.2fs | %7.2fs | %7.2f %7.2f\n",
               list[k], counted != NULL ? sp_network_n_ties (counted) : 0,
               t_import, t_layout, t_export, lib, t_cli, t_sfdp, lib / t_sfdp, t_cli / t_sfdp);
    }
  g_print ("(library = sp_import_file + sp_layout_run (sfdp) + sp_export_file 1600x1000 PNG at 2x; "
           "cli = samenspel --export=OUT.png DIR; sfdp = sfdp -Tpng on the same graph as DOT)\n");
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
  gboolean dark = FALSE, anonymize = FALSE;
  double width = 1600, height = 1000, zoom = 1;
  GOptionEntry entries[] = {
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "organisation sizes", "N,N,…" },
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
  return bench (sizes, keep);
}
