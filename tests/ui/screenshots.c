/* screenshots.c — drives the application into its main states and takes
 * a screenshot of each with `import -window root` (run under xvfb-run):
 *   screenshots OUTDIR [dark]
 * ($SAMENSPEL_IMPORT=TABLE adds the import dialog for TABLE;
 * $SAMENSPEL_SHOT_FILE=FOLDER opens FOLDER instead of the example)
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "sp-application.h"
#include "sp-window.h"
#include "sp-window-whatif.h"
#include "sp-window-strategy.h"
#include "sp-window-private.h"

static void
pump (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
shoot (const char *dir,
       const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.png", dir, name);
  char *argv[] = { "import", "-window", "root", path, NULL };

  pump (0.8);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  g_print ("%s\n", path);
}

static void
wait_idle (SpWindow *w)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!g_str_equal (sp_window_get_page (w), "network") || sp_window_is_busy (w)
         || sp_canvas_is_rendering (sp_window_get_canvas (w)))
    {
      if (g_get_monotonic_time () > end)
        {
          g_printerr ("still busy: page %s, busy %d, rendering %d\n", sp_window_get_page (w),
                      sp_window_is_busy (w), sp_canvas_is_rendering (sp_window_get_canvas (w)));
          break;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* An "earlier" copy of the example for the before/after shot: one person
 * not there yet, one who has left since, some ties different. */
static char *
write_earlier_copy (const char *example)
{
  g_autofree char *tmp = g_dir_make_tmp ("samenspel-earlier-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (tmp, "noordhaven-2025", NULL);
  const char *names[] = { "people.csv", "ties.csv", "clients.csv" };

  g_mkdir_with_parents (dir, 0700);
  for (guint f = 0; f < G_N_ELEMENTS (names); f++)
    {
      g_autofree char *from = g_build_filename (example, names[f], NULL);
      g_autofree char *to = g_build_filename (dir, names[f], NULL);
      g_autofree char *text = NULL;
      g_auto (GStrv) lines = NULL;
      g_autoptr (GString) out = g_string_new (NULL);

      if (!g_file_get_contents (from, &text, NULL, NULL))
        continue;
      lines = g_strsplit (text, "\n", -1);
      for (guint n = 0; lines[n] != NULL; n++)
        {
          if (*lines[n] == '\0' || strstr (lines[n], "E010,") != NULL)
            continue;   /* E010 joined later */
          if (f == 1 && n > 0 && n % 23 == 0)
            continue;   /* ties gained since */
          g_string_append_printf (out, "%s\n", lines[n]);
        }
      if (f == 0)
        g_string_append (out, "E900,Sanne de Wit,Sales,Account Manager,,3.1,2.9,3.0\n");
      if (f == 1)
        g_string_append (out, "E900,E031,collaboration,3\nE900,E045,advice,2\n"
                              "E003,E120,advice,3\nE015,E101,collaboration,2\nE022,E140,advice,3\n");
      g_file_set_contents (to, out->str, out->len, NULL);
    }
  return g_steal_pointer (&dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (SpApplication) app = NULL;
  const char *dir = argc > 1 ? argv[1] : ".";
  SpWindow *window;
  SpNetwork *net;
  gint pick = -1;
  double best = -1;

  /* in the language of the environment, as the application (LANGUAGE=nl,
   * SAMENSPEL_LOCALEDIR=BUILD/po) */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENSPEL_LOCALEDIR") != NULL ? g_getenv ("SAMENSPEL_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  if (argc > 2 && g_str_equal (argv[2], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = sp_window_new (GTK_APPLICATION (app));
  {
    /* SAMENSPEL_SHOT_SIZE=1280x800: another window size */
    int width = 1400, height = 900;

    if (g_getenv ("SAMENSPEL_SHOT_SIZE") != NULL)
      sscanf (g_getenv ("SAMENSPEL_SHOT_SIZE"), "%dx%d", &width, &height);
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  }
  gtk_window_present (GTK_WINDOW (window));
  shoot (dir, "welcome");

  /* SAMENSPEL_SHOT_FILE=FOLDER: that organisation instead of the example
   * (directed data, to see the overloaded) */
  if (g_getenv ("SAMENSPEL_SHOT_FILE") != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_path (g_getenv ("SAMENSPEL_SHOT_FILE"));

      sp_window_open (window, file);
    }
  else
    g_action_group_activate_action (G_ACTION_GROUP (window), "open-example", NULL);
  wait_idle (window);
  shoot (dir, "network");

  /* the people table, one person selected (and so shown in the panel) */
  g_action_group_activate_action (G_ACTION_GROUP (window), "people-table", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string ("E002"));
  /* the side panel slides in */
  pump (1.5);
  shoot (dir, "people-table");
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));
  g_action_group_activate_action (G_ACTION_GROUP (window), "people-table", NULL);

  /* the people found, listed under the search entry, and one gone to */
  {
    GtkWidget *entry;

    g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
    entry = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
    if (entry != NULL)
      {
        gtk_editable_set_text (GTK_EDITABLE (entry), "e");
        g_signal_emit_by_name (entry, "search-changed");
        shoot (dir, "search-many");
        gtk_editable_set_text (GTK_EDITABLE (entry), "ozturk");
        g_signal_emit_by_name (entry, "search-changed");
        shoot (dir, "search");
        g_signal_emit_by_name (entry, "activate");
        wait_idle (window);
        shoot (dir, "search-person");
        gtk_editable_set_text (GTK_EDITABLE (entry), "");
        g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-fit", NULL);
        g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));
        wait_idle (window);
      }
  }

  /* the best-connected person */
  net = sp_window_get_network (window);
  {
    const double *degree = sp_metrics_get (sp_window_get_metrics (window), "betweenness");

    for (guint i = 0; degree != NULL && i < sp_network_n_nodes (net); i++)
      if (!isnan (degree[i]) && degree[i] > best)
        best = degree[i], pick = i;
  }
  if (pick >= 0)
    {
      g_action_group_activate_action (G_ACTION_GROUP (window), "select",
                                      g_variant_new_string (sp_network_node (net, pick)->id));
      wait_idle (window);
      shoot (dir, "selected");
      /* the panel further down: measures, then clients and contacts */
      {
        GtkAdjustment *adj = sp_person_panel_get_vadjustment (sp_window_get_person_panel (window));

        gtk_adjustment_set_value (adj, gtk_adjustment_get_page_size (adj) * 0.9);
        shoot (dir, "selected-measures");
        gtk_adjustment_set_value (adj, gtk_adjustment_get_page_size (adj) * 1.8);
        shoot (dir, "selected-clients");
        gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
        shoot (dir, "selected-contacts");
        gtk_adjustment_set_value (adj, 0);
      }
      g_action_group_activate_action (G_ACTION_GROUP (window), "focus", g_variant_new_int32 (1));
      wait_idle (window);
      shoot (dir, "ego");
      g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
      wait_idle (window);

      /* what if the best-connected person leaves */
      g_action_group_activate_action (G_ACTION_GROUP (window), "whatif-toggle", NULL);
      while (sp_window_whatif_is_busy (window))
        g_main_context_iteration (NULL, FALSE);
      wait_idle (window);
      shoot (dir, "whatif");
      g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
      wait_idle (window);

      /* what if they move to another department instead */
      {
        g_autoptr (GPtrArray) departments = sp_network_departments (net);
        const char *to = NULL;

        for (guint d = 0; d < departments->len && to == NULL; d++)
          if (g_ptr_array_index (departments, d) != sp_network_node (net, pick)->department)
            to = g_ptr_array_index (departments, d);
        if (to != NULL)
          {
            g_action_group_activate_action (G_ACTION_GROUP (window), "whatif-move",
                                            g_variant_new_string (to));
            while (sp_window_whatif_is_busy (window))
              g_main_context_iteration (NULL, FALSE);
            wait_idle (window);
            shoot (dir, "whatif-move");
            g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
            wait_idle (window);
          }
      }
    }

  /* strategy fit of the example's strategy, outlined on the canvas, and
   * before/after against an earlier copy */
  {
    const char *example = g_getenv ("SAMENSPEL_EXAMPLE");
    g_autofree char *strategy = g_build_filename (example ? example : "data/examples/noordhaven",
                                                  "strategy.txt", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (strategy);
    g_autofree char *earlier = write_earlier_copy (example ? example : "data/examples/noordhaven");
    g_autoptr (GFile) folder = g_file_new_for_path (earlier);

    g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));
    sp_window_strategy_load_file (window, file);
    while (sp_window_strategy_is_busy (window))
      g_main_context_iteration (NULL, FALSE);
    wait_idle (window);
    shoot (dir, "strategy");
    {
      /* the profiles, further down the page */
      GtkWidget *panel = GTK_WIDGET (sp_window_get_strategy_panel (window));
      GtkWidget *scroller = gtk_widget_get_first_child (panel);
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      shoot (dir, "strategy-profiles");
      gtk_adjustment_set_value (adj, 0);
    }
    sp_window_compare_with (window, folder);
    while (sp_window_strategy_is_busy (window))
      g_main_context_iteration (NULL, FALSE);
    wait_idle (window);
    shoot (dir, "compare");
    g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
    g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
    wait_idle (window);
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "export", NULL);
  shoot (dir, "export");
  gtk_window_close (sp_window_get_export_dialog (window));

  sp_window_add_slide_full (window, "These are our brokers", "Seven people hold the departments together");
  g_action_group_activate_action (G_ACTION_GROUP (window), "presentation", NULL);
  pump (1.0);
  wait_idle (window);
  shoot (dir, "presentation");
  /* every view as a slide */
  {
    const char *views[] = { "clients", "heat-table", "quadrants", "talent-grid", "groups" };

    for (guint v = 0; v < G_N_ELEMENTS (views); v++)
      {
        g_autofree char *name = g_strdup_printf ("presentation-%s", views[v]);

        g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string (views[v]));
        pump (0.5);
        wait_idle (window);
        shoot (dir, name);
      }
    g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("network"));
    wait_idle (window);
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "leave-presentation", NULL);
  wait_idle (window);

  /* talent and openness: performance with its heatmap, department hulls */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-insights", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));
  g_action_group_activate_action (G_ACTION_GROUP (window), "zoom-fit", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "color-by", g_variant_new_string ("performance"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "heatmap", g_variant_new_boolean (TRUE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "hulls", g_variant_new_boolean (TRUE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "indicator", g_variant_new_string ("constraint"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "talent");

  g_action_group_activate_action (G_ACTION_GROUP (window), "heatmap", g_variant_new_boolean (FALSE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "hulls", g_variant_new_boolean (FALSE));
  g_action_group_activate_action (G_ACTION_GROUP (window), "indicator", g_variant_new_string ("none"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "highlight", g_variant_new_string ("hidden-talent"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "hidden-talent");

  /* the overloaded, opened in the panel (on undirected data: why not) */
  {
    GtkWidget *button = sp_insight_panel_get_control (window->insight_panel, "overloaded");
    GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);

    g_action_group_activate_action (G_ACTION_GROUP (window), "highlight", g_variant_new_string ("overloaded"));
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    pump (1.0);
    wait_idle (window);
    shoot (dir, "overloaded");
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "highlight", g_variant_new_string (""));
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("clients"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string ("C001"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "clients");

  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("heat-table"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "heat-table");

  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("quadrants"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "quadrants");

  /* the 9-box grid, its CEO selected */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("talent-grid"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string ("E001"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "talent-grid");
  g_action_group_activate_action (G_ACTION_GROUP (window), "select", g_variant_new_string (""));

  /* the department map */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("groups"));
  pump (1.0);
  wait_idle (window);
  shoot (dir, "groups");

  /* the import dialog, for a table named in $SAMENSPEL_IMPORT */
  if (g_getenv ("SAMENSPEL_IMPORT") != NULL)
    {
      g_autoptr (GFile) table = g_file_new_for_path (g_getenv ("SAMENSPEL_IMPORT"));
      SpWindow *fresh = sp_window_new (GTK_APPLICATION (app));

      /* a window of its own: this one has unsaved changes */
      gtk_window_set_default_size (GTK_WINDOW (fresh), 1400, 900);
      gtk_window_present (GTK_WINDOW (fresh));
      sp_window_import (fresh, table);
      pump (3.0);
      shoot (dir, "import");
    }
  return 0;
}
