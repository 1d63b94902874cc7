/* test-insights-ui.c — the "Talent & openness" panel, the named lists and
 * the views (network, clients, heat table, quadrants), driven through
 * their widgets and the window's actions on the example organisation.
 */
#include "config.h"
#include "sp-task.h"

#include <adwaita.h>
#include <string.h>

#include "sp-application.h"
#include "sp-import.h"
#include "sp-render.h"
#include "sp-window.h"
#include "sp-window-private.h"
#include <math.h>
#include "ui-test-util.h"

static SpApplication *app;
static SpWindow *window;

static gboolean
insights_ready (gpointer data)
{
  SpInsightPanel *panel = SP_WINDOW (data)->insight_panel;

  return window_idle (data) && !sp_insight_panel_is_busy (panel)
      && sp_insight_panel_get_insights (panel) != NULL;
}

static gboolean
legend_settled (gpointer data)
{
  return sp_legend_card_is_showing (sp_window_get_legend_card (data));
}

static void
canvas_options (SpRenderOptions *options)
{
  sp_canvas_get_render_options (sp_window_get_canvas (window), options);
}

static GtkWidget *
control (const char *name)
{
  GtkWidget *widget = sp_insight_panel_get_control (window->insight_panel, name);

  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The row of a named list for the person @id. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *id)
{
  if (ADW_IS_ACTION_ROW (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "id"), id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* ---- tests ----------------------------------------------------------- */

static void
test_open (void)
{
  activate (window, "open-example", NULL);
  g_assert_true (wait_until (insights_ready, window, 120));
  g_assert_true (gtk_widget_get_visible (window->view_switcher));
  activate (window, "show-insights", NULL);
  g_assert_true (adw_flap_get_reveal_flap (window->insight_flap));
  /* the summary is there, in sentences */
  g_assert_nonnull (gtk_widget_get_first_child (control ("summary")));
}

/* Colour by performance through the panel's combo row; undo brings the
 * departments back. */
static void
test_color_by (void)
{
  AdwComboRow *row = ADW_COMBO_ROW (control ("color-by"));
  GListModel *model = adw_combo_row_get_model (row);
  SpRenderOptions options;
  guint performance = G_MAXUINT;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "Performance") == 0)
      performance = i;
  g_assert_cmpuint (performance, !=, G_MAXUINT);
  /* measures are offered too */
  g_assert_cmpuint (g_list_model_get_n_items (model), >, performance + 5);
  /* but not the ones that repeat the degree on undirected data */
  g_assert_false (sp_window_get_network (window)->directed);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), !=, "In-degree");
      g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), !=, "Reciprocity");
    }

  canvas_options (&options);
  g_assert_null (options.color_by);
  adw_combo_row_set_selected (row, performance);
  canvas_options (&options);
  g_assert_cmpstr (options.color_by, ==, "performance");
  g_assert_cmpstr (sp_window_get_view (window)->color_by, ==, "performance");
  g_assert_true (wait_until (legend_settled, window, 10));
  g_assert_true (legend_has (window, "colour-bar:"));
  g_assert_false (legend_has (window, "header:Departments"));

  /* diverging, then back by undo */
  adw_combo_row_set_selected (ADW_COMBO_ROW (control ("color-scale")), 2);
  canvas_options (&options);
  g_assert_cmpint (options.color_scale, ==, SP_COLOR_SCALE_DIVERGING);
  activate (window, "undo", NULL);
  canvas_options (&options);
  g_assert_cmpint (options.color_scale, ==, SP_COLOR_SCALE_AUTO);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (control ("color-scale"))), ==, 0);

  activate (window, "undo", NULL);
  canvas_options (&options);
  g_assert_null (options.color_by);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_true (wait_until (legend_settled, window, 10));
  g_assert_true (legend_has (window, "header:Departments"));

  activate (window, "redo", NULL);
  canvas_options (&options);
  g_assert_cmpstr (options.color_by, ==, "performance");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, performance);
}

/* The hulls and the heatmap switch on and off, and reach the export. */
static void
test_hulls_heatmap (void)
{
  SpRenderOptions options, export;

  gtk_switch_set_active (GTK_SWITCH (control ("hulls")), TRUE);
  canvas_options (&options);
  g_assert_true (options.hulls);
  g_assert_true (sp_window_get_view (window)->hulls);
  g_assert_true (wait_until (legend_settled, window, 10));
  g_assert_true (legend_has (window, "header:Department hulls"));

  gtk_switch_set_active (GTK_SWITCH (control ("heatmap")), TRUE);
  canvas_options (&options);
  g_assert_true (options.heatmap);
  g_assert_cmpfloat (options.heatmap_bandwidth, ==, 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (control ("indicator")), 1);
  canvas_options (&options);
  g_assert_cmpint (options.indicator, ==, SP_RING_CONSTRAINT);

  sp_window_get_export_options (window, 800, 600, &export);
  g_assert_true (export.hulls);
  g_assert_true (export.heatmap);
  g_assert_cmpint (export.indicator, ==, SP_RING_CONSTRAINT);
  g_assert_cmpstr (export.color_by, ==, "performance");

  activate (window, "undo", NULL);
  activate (window, "undo", NULL);
  canvas_options (&options);
  g_assert_false (options.heatmap);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (control ("heatmap"))));
  g_assert_true (options.hulls);
  gtk_switch_set_active (GTK_SWITCH (control ("hulls")), FALSE);
  canvas_options (&options);
  g_assert_false (options.hulls);
}

/* "Hidden talent" points at exactly the people of sp_insights. */
static void
test_hidden_talent (void)
{
  const char *expected[] = { "E063", "E144", "E087", "E024" };
  SpNetwork *net = sp_window_get_network (window);
  SpInsights *insights = sp_insight_panel_get_insights (window->insight_panel);
  GtkWidget *button = control ("hidden-talent");
  SpRenderOptions options, export;

  g_assert_nonnull (insights);
  g_assert_cmpuint (insights->people[SP_INSIGHT_HIDDEN_TALENT]->len, ==, G_N_ELEMENTS (expected));

  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpstr (sp_window_get_view (window)->highlight, ==, "hidden-talent");
  canvas_options (&options);
  g_assert_cmpuint (options.n_highlight, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < options.n_highlight; k++)
        found |= g_str_equal (sp_network_node (net, options.highlight[k])->id, expected[i]);
      g_assert_true (found);
      g_assert_cmpuint (options.highlight[i], ==, g_array_index (insights->people[SP_INSIGHT_HIDDEN_TALENT], guint, i));
    }
  g_assert_cmpstr (options.highlight_name, ==, sp_insight_kind_label (SP_INSIGHT_HIDDEN_TALENT));
  sp_window_get_export_options (window, 800, 600, &export);
  g_assert_cmpuint (export.n_highlight, ==, G_N_ELEMENTS (expected));
  g_assert_true (wait_until (legend_settled, window, 10));
  g_assert_true (legend_has (window, "highlight:"));

  /* another list replaces it; clicking it again clears */
  g_signal_emit_by_name (control ("key-brokers"), "clicked");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  canvas_options (&options);
  g_assert_cmpuint (options.n_highlight, ==, insights->people[SP_INSIGHT_KEY_BROKERS]->len);
  g_signal_emit_by_name (control ("key-brokers"), "clicked");
  canvas_options (&options);
  g_assert_cmpuint (options.n_highlight, ==, 0);
  g_assert_null (sp_window_get_view (window)->highlight);

  /* picking a person in a list selects them */
  {
    GtkWidget *row = find_row (GTK_WIDGET (window->insight_panel), "E063");

    g_assert_nonnull (row);
    g_signal_emit_by_name (row, "activated");
    g_assert_cmpint (sp_canvas_get_selected (sp_window_get_canvas (window)), ==, sp_network_find_node (net, "E063"));
    sp_canvas_set_selected (sp_window_get_canvas (window), -1);
  }

  /* undo brings the key brokers back */
  activate (window, "undo", NULL);
  canvas_options (&options);
  g_assert_cmpuint (options.n_highlight, ==, insights->people[SP_INSIGHT_KEY_BROKERS]->len);
  activate (window, "highlight", g_variant_new_string (""));
}

static gboolean
panel_ready (gpointer data)
{
  SpInsightPanel *panel = data;

  return !sp_insight_panel_is_busy (panel) && sp_insight_panel_get_insights (panel) != NULL;
}

/* The overloaded beside the key brokers: on the example (undirected) the
 * row says why there is no list; on directed data each person's row
 * carries the numbers behind it, and the rule closes the list. */
static void
test_overloaded (void)
{
  GtkWidget *button = control ("overloaded");
  GtkWidget *expander = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
  GtkWidget *brokers = gtk_widget_get_ancestor (control ("key-brokers"), ADW_TYPE_EXPANDER_ROW);

  g_assert_nonnull (expander);
  g_assert_true (gtk_widget_get_next_sibling (brokers) == expander);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, "Overloaded");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)),
                            "Cannot be computed: the ties have no direction"));
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));

  {
    const char *path = g_test_get_filename (G_TEST_DIST, "cli", "data", "overload", NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
    g_autoptr (SpMetrics) metrics = NULL;
    GtkWidget *panel = g_object_ref_sink (sp_insight_panel_new ());
    GtkWidget *row;
    SpInsights *insights;

    g_assert_no_error (error);
    g_assert_true (net->directed);
    metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
    sp_insight_panel_set_network (SP_INSIGHT_PANEL (panel), net);
    sp_insight_panel_set_analysis (SP_INSIGHT_PANEL (panel), NULL, metrics, NULL);
    g_assert_true (wait_until (panel_ready, panel, 30));
    insights = sp_insight_panel_get_insights (SP_INSIGHT_PANEL (panel));
    g_assert_cmpuint (insights->people[SP_INSIGHT_OVERLOADED]->len, ==, 2);

    button = sp_insight_panel_get_control (SP_INSIGHT_PANEL (panel), "overloaded");
    expander = gtk_widget_get_ancestor (button, ADW_TYPE_EXPANDER_ROW);
    g_assert_true (gtk_widget_get_sensitive (button));
    g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), "2 people · "));
    row = find_row (expander, "b2");
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                     "B · Sought by 5 (median 1), 3 not returned (60%); 1 asks for more access");
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (expander, "a1"))), ==,
                     "A · Sought by 6 (median 1), 5 not returned (83%)");
    /* a4 (4 people, below the 5) is not on it */
    g_assert_null (find_row (expander, "a4"));
    /* the last row is the rule, with the access question */
    {
      GtkWidget *label = NULL;

      for (GtkWidget *w = row; w != NULL; w = gtk_widget_get_next_sibling (w))
        if (GTK_IS_LIST_BOX_ROW (w) && !ADW_IS_ACTION_ROW (w))
          label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (w));
      g_assert_true (GTK_IS_LABEL (label));
      g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "Rule: at least 5 people go to them"));
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Incoming “toegang” ties"));
    }
    g_object_unref (panel);
  }
}

/* Issue 18 goal 4 in the panel: at 5,000 people (directed, one in fifty
 * a hub whom many ask and who answers few) each list shows ten people,
 * then "and N more", then its rule. */
static void
test_lists_short_in_panel (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (18);
  g_autoptr (SpMetrics) metrics = NULL;
  GtkWidget *panel = g_object_ref_sink (sp_insight_panel_new ());
  guint n = 5000, per_dept = n / 10, advice = sp_network_tie_type (net, "advice");
  SpInsights *insights;

  net->directed = TRUE;
  for (guint i = 0; i < n; i++)
    {
      char id[16], dept[16];
      gint k;

      g_snprintf (id, sizeof id, "P%04u", i);
      g_snprintf (dept, sizeof dept, "Dept %u", i / per_dept);
      k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      sp_network_node (net, k)->department = sp_network_intern (net, dept);
    }
  for (guint i = 0; i < n; i++)
    for (guint t = 0, ties = g_rand_int_range (rand, 1, 6); t < ties; t++)
      {
        guint d = i / per_dept;
        guint j = g_rand_int_range (rand, 0, 3) == 0
                  ? d * per_dept + 50 * g_rand_int_range (rand, 0, per_dept / 50)
                  : g_rand_int_range (rand, 0, 8) == 0 ? (guint) g_rand_int_range (rand, 0, n)
                  : d * per_dept + g_rand_int_range (rand, 0, per_dept);

        if (j == i)
          continue;
        sp_network_add_tie (net, i, j, advice, 1);
        if (g_rand_int_range (rand, 0, j % 50 == 0 ? 10 : 2) == 0)
          sp_network_add_tie (net, j, i, advice, 1);
      }
  metrics = sp_metrics_compute (net, NULL, NULL, NULL, NULL, NULL, NULL);
  sp_insight_panel_set_network (SP_INSIGHT_PANEL (panel), net);
  sp_insight_panel_set_analysis (SP_INSIGHT_PANEL (panel), NULL, metrics, NULL);
  g_assert_true (wait_until (panel_ready, panel, 120));
  insights = sp_insight_panel_get_insights (SP_INSIGHT_PANEL (panel));

  for (SpInsightKind k = SP_INSIGHT_KEY_BROKERS; k <= SP_INSIGHT_OVERLOADED; k++)
    {
      GArray *people = insights->people[k];
      GtkWidget *expander = gtk_widget_get_ancestor (sp_insight_panel_get_control (SP_INSIGHT_PANEL (panel),
                                                                                   sp_insight_kind_name (k)),
                                                     ADW_TYPE_EXPANDER_ROW);
      GtkWidget *first = find_row (expander, sp_network_node (net, g_array_index (people, guint, 0))->id);
      g_autofree char *more = g_strdup_printf ("and %u more", people->len - SP_INSIGHTS_SHOWN);
      guint named = 0;
      gboolean said_more = FALSE, ruled = FALSE;

      g_test_message ("%s: %u", sp_insight_kind_label (k), people->len);
      g_assert_cmpuint (people->len, >, SP_INSIGHTS_SHOWN);
      g_assert_nonnull (first);
      for (GtkWidget *w = first; w != NULL; w = gtk_widget_get_next_sibling (w))
        if (ADW_IS_ACTION_ROW (w) && g_object_get_data (G_OBJECT (w), "id") != NULL)
          {
            /* in the list's order */
            g_assert_cmpstr (g_object_get_data (G_OBJECT (w), "id"), ==,
                             sp_network_node (net, g_array_index (people, guint, named))->id);
            named++;
          }
        else if (ADW_IS_ACTION_ROW (w))
          said_more |= g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), more);
        else if (GTK_IS_LIST_BOX_ROW (w))
          ruled |= g_str_has_prefix (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (w)))),
                                     "Rule: ");
      g_assert_cmpuint (named, ==, SP_INSIGHTS_SHOWN);
      g_assert_true (said_more);
      g_assert_true (ruled);
    }
  /* the key brokers' band stops at 50 people */
  g_assert_cmpuint (insights->people[SP_INSIGHT_KEY_BROKERS]->len, <=, 50);
  g_object_unref (panel);
}

/* The client view: clients on their ring (and back after), the client
 * panel and the canvas select the same client. */
static void
test_clients_view (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpClientPanel *panel = window->client_panel;
  SpCanvas *canvas = sp_window_get_canvas (window);
  gint c001 = sp_network_find_node (net, "C001");
  g_autofree double *x = g_memdup2 (net->x, sizeof (double) * sp_network_n_nodes (net));
  g_autoptr (GArray) order = NULL;
  GtkWidget *list;
  SpRenderOptions options;
  gint other = -1;

  g_assert_cmpint (c001, >=, 0);
  activate (window, "view", g_variant_new_string ("clients"));
  canvas_options (&options);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_CLIENTS);
  g_assert_cmpstr (sp_window_get_view (window)->view, ==, "clients");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_true (adw_flap_get_reveal_flap (window->insight_flap));
  g_assert_cmpfloat (net->x[c001], !=, x[c001]);  /* on the ring */
  g_assert_false (sp_legend_card_is_showing (sp_window_get_legend_card (window)));

  /* picking C001 in the panel's list selects it on the canvas */
  order = sp_client_panel_get_order (panel);
  list = find_child (GTK_WIDGET (panel), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  for (guint k = 0; k < order->len; k++)
    if ((gint) g_array_index (order, guint, k) == c001)
      gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), k));
    else if (other < 0)
      other = g_array_index (order, guint, k);
  g_assert_cmpint (sp_canvas_get_selected (canvas), ==, c001);
  canvas_options (&options);
  g_assert_cmpint (options.selected, ==, c001);
  g_assert_false (adw_flap_get_reveal_flap (window->flap));

  /* and the reverse */
  sp_canvas_set_selected (canvas, other);
  g_assert_cmpint (sp_client_panel_get_selected (panel), ==, other);
  sp_canvas_set_selected (canvas, c001);
  g_assert_cmpint (sp_client_panel_get_selected (panel), ==, c001);

  /* the export shows the same */
  {
    SpRenderOptions export;

    sp_window_get_export_options (window, 800, 600, &export);
    g_assert_cmpint (export.view, ==, SP_RENDER_VIEW_CLIENTS);
    g_assert_cmpint (export.selected, ==, c001);
  }

  /* the network view has its positions back */
  activate (window, "view", g_variant_new_string ("network"));
  g_assert_cmpfloat (net->x[c001], ==, x[c001]);
  canvas_options (&options);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_NETWORK);
  g_assert_cmpint (options.selected, ==, -1);  /* the overlay draws it */
  activate (window, "undo", NULL);
  g_assert_cmpstr (sp_window_get_view (window)->view, ==, "clients");
  activate (window, "undo", NULL);
  g_assert_null (sp_window_get_view (window)->view);
  g_assert_cmpfloat (net->x[c001], ==, x[c001]);
  sp_canvas_set_selected (canvas, -1);
}

/* The tables are fitted to the window: no zoom; the network keeps its own. */
static void
test_fixed_views (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpRenderOptions options;
  double zoom;

  sp_canvas_zoom_by (canvas, 1.5);
  zoom = sp_canvas_get_zoom (canvas);
  g_assert_cmpfloat (zoom, >, 1.2);

  activate (window, "view", g_variant_new_string ("heat-table"));
  canvas_options (&options);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_HEAT_TABLE);
  g_assert_cmpfloat (options.zoom, ==, 1);
  sp_canvas_zoom_by (canvas, 2);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), ==, 1);
  g_assert_false (gtk_widget_get_visible (window->zoom_box));

  activate (window, "view", g_variant_new_string ("quadrants"));
  canvas_options (&options);
  g_assert_cmpint (options.view, ==, SP_RENDER_VIEW_QUADRANTS);

  activate (window, "view", g_variant_new_string ("network"));
  g_assert_cmpfloat_with_epsilon (sp_canvas_get_zoom (canvas), zoom, 1e-9);
  g_assert_true (gtk_widget_get_visible (window->zoom_box));
  sp_canvas_fit (canvas);
}

static gboolean
canvas_drawn (gpointer data)
{
  return !sp_canvas_is_rendering (data) && sp_canvas_get_scene (data) != NULL;
}

/* The canvas and an export of the same view build the same scene: the
 * export options carry every encoding, filter and overlay the canvas
 * draws (the canvas leaves out title and legend, so the export is asked
 * for the same page). */
static void
test_canvas_export_same_scene (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  g_autoptr (SpScene) exported = NULL;
  g_autofree char *on_screen = NULL;
  g_autofree char *in_export = NULL;
  const SpRenderOptions *shown;
  SpRenderOptions options;
  SpScene *scene;
  g_autofree char *color_by = g_strdup (sp_window_get_view (window)->color_by);
  g_autofree char *indicator = g_strdup (sp_window_get_view (window)->indicator);

  activate (window, "color-by", g_variant_new_string ("performance"));
  activate (window, "indicator", g_variant_new_string ("constraint"));
  sp_canvas_fit (canvas);
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  scene = sp_canvas_get_scene (canvas);
  shown = sp_scene_get_options (scene);
  g_assert_cmpstr (shown->color_by, ==, "performance");
  g_assert_cmpint (shown->indicator, ==, SP_RING_CONSTRAINT);

  sp_window_get_export_options (window, shown->width, shown->height, &options);
  /* exports label as densely as the command line does, whatever the
   * screen's preference (tests/ui/test-ui.c: window export = CLI export) */
  g_assert_cmpfloat (options.label_density, ==, 1);
  options.label_density = shown->label_density;
  options.show_title = shown->show_title;
  options.show_legend = shown->show_legend;
  options.layers = shown->layers;
  /* the room the canvas keeps for what floats over it (the legend card) */
  options.reserve_top = shown->reserve_top;
  options.reserve_right = shown->reserve_right;
  exported = sp_scene_new (sp_window_get_network (window), &options);
  on_screen = sp_scene_describe (scene);
  in_export = sp_scene_describe (exported);
  g_assert_cmpuint (sp_scene_n_drawn_nodes (scene), >, 50);
  if (g_strcmp0 (on_screen, in_export) != 0 && g_getenv ("SP_TEST_DUMP") != NULL)
    {
      g_autofree char *a = g_strconcat (g_getenv ("SP_TEST_DUMP"), "-canvas.txt", NULL);
      g_autofree char *b = g_strconcat (g_getenv ("SP_TEST_DUMP"), "-export.txt", NULL);

      g_file_set_contents (a, on_screen, -1, NULL);
      g_file_set_contents (b, in_export, -1, NULL);
    }
  g_assert_cmpstr (on_screen, ==, in_export);

  /* as the earlier tests left it */
  activate (window, "indicator", g_variant_new_string (indicator != NULL ? indicator : "none"));
  activate (window, "color-by", g_variant_new_string (color_by != NULL ? color_by : ""));
}

/* A zoom step draws a new scene and computes no measure; the quadrants'
 * dots can be pointed at. */
static void
test_zoom_computes_nothing (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpMeasures *measures;
  guint computed, scenes;
  double x, y;
  gint found = -1;
  g_autofree char *indicator = g_strdup (sp_window_get_view (window)->indicator);
  gboolean hulls = sp_window_get_view (window)->hulls;

  activate (window, "indicator", g_variant_new_string ("constraint"));
  activate (window, "hulls", g_variant_new_boolean (TRUE));
  g_assert_true (wait_until (window_idle, window, 60));
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  measures = sp_canvas_get_measures (canvas);
  /* one cache: the window's analysis and the canvas's scenes */
  g_assert_true (measures == window->measures);
  g_assert_nonnull (measures);
  computed = sp_measures_n_computed (measures);
  scenes = sp_canvas_get_scene_count (canvas);
  sp_canvas_zoom_by (canvas, 1.5);
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  sp_canvas_pan_by (canvas, 300, 200);
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  g_assert_cmpuint (sp_canvas_get_scene_count (canvas), >, scenes);
  g_assert_true (sp_canvas_get_measures (canvas) == measures);
  g_assert_cmpuint (sp_measures_n_computed (measures), ==, computed);
  activate (window, "hulls", g_variant_new_boolean (hulls));
  activate (window, "indicator", g_variant_new_string (indicator != NULL ? indicator : "none"));
  sp_canvas_fit (canvas);

  activate (window, "view", g_variant_new_string ("quadrants"));
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  g_assert_cmpint (sp_scene_get_view (sp_canvas_get_scene (canvas)), ==, SP_RENDER_VIEW_QUADRANTS);
  for (guint i = 0; i < sp_network_n_nodes (sp_window_get_network (window)) && found < 0; i++)
    if (sp_canvas_node_position (canvas, i, &x, &y))
      found = (gint) i;
  g_assert_cmpint (found, >=, 0);
  g_assert_true (sp_scene_node_position (sp_canvas_get_scene (canvas), found, NULL, NULL, NULL));
  g_assert_cmpint (sp_canvas_pick (canvas, x, y), >=, 0);
  {
    double px, py;

    /* the dot picked is drawn where the pointer is */
    g_assert_true (sp_canvas_node_position (canvas, sp_canvas_pick (canvas, x, y), &px, &py));
    g_assert_cmpfloat (hypot (px - x, py - y), <, 14);
  }
  activate (window, "view", g_variant_new_string ("network"));
}

/* The talent grid is a view like the others: fitted to the window, its
 * people picked by their glyph or their name, a click on a name selecting
 * that person; undone, the network is back. */
static void
test_talent_grid_view (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpScene *scene;
  gint found = -1;
  double x = 0, y = 0;
  guint n_people = 0;

  activate (window, "view", g_variant_new_string ("talent-grid"));
  g_assert_cmpstr (sp_window_get_view (window)->view, ==, "talent-grid");
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  scene = sp_canvas_get_scene (canvas);
  g_assert_cmpint (sp_scene_get_view (scene), ==, SP_RENDER_VIEW_TALENT_GRID);
  g_assert_nonnull (sp_scene_get_talent_grid (scene));
  g_assert_true (sp_scene_talent_grid_box (scene, SP_TALENT_BOX (SP_TALENT_LEVEL_MEDIUM, SP_TALENT_LEVEL_MEDIUM),
                                           NULL, NULL, &n_people, NULL));
  g_assert_cmpuint (n_people, ==, 57);
  g_assert_false (gtk_widget_get_visible (window->zoom_box));
  sp_canvas_zoom_by (canvas, 2);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), ==, 1);

  for (guint i = 0; i < sp_network_n_nodes (sp_window_get_network (window)) && found < 0; i++)
    if (sp_canvas_node_position (canvas, i, &x, &y))
      found = (gint) i;
  g_assert_cmpint (found, >=, 0);
  g_assert_cmpint (sp_canvas_pick (canvas, x, y), ==, found);
  /* on the name, right of the glyph */
  g_assert_cmpint (sp_canvas_pick (canvas, x + 30, y), ==, found);
  sp_canvas_set_selected (canvas, found);
  g_assert_cmpint (sp_canvas_get_selected (canvas), ==, found);
  sp_canvas_set_selected (canvas, -1);

  activate (window, "undo", NULL);
  g_assert_null (sp_window_get_view (window)->view);
  g_assert_true (gtk_widget_get_visible (window->zoom_box));
}

/* The department map is a view like the tables: fitted to the window,
 * a circle per department, nobody to pick; undone, the network is back. */
static void
test_groups_map_view (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpScene *scene;
  const char *name;
  guint size;

  activate (window, "view", g_variant_new_string ("groups"));
  g_assert_cmpstr (sp_window_get_view (window)->view, ==, "groups");
  g_assert_true (wait_until (canvas_drawn, canvas, 30));
  scene = sp_canvas_get_scene (canvas);
  g_assert_cmpint (sp_scene_get_view (scene), ==, SP_RENDER_VIEW_GROUPS);
  g_assert_cmpuint (sp_scene_groups_map_n_groups (scene), ==, 7);
  g_assert_true (sp_scene_groups_map_group (scene, 0, &name, &size, NULL, NULL, NULL, NULL, NULL));
  g_assert_cmpstr (name, ==, "Board");
  g_assert_cmpuint (size, ==, 5);
  g_assert_false (gtk_widget_get_visible (window->zoom_box));
  sp_canvas_zoom_by (canvas, 2);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), ==, 1);
  g_assert_cmpint (sp_canvas_pick (canvas, gtk_widget_get_width (GTK_WIDGET (canvas)) / 2.0,
                                   gtk_widget_get_height (GTK_WIDGET (canvas)) / 2.0), ==, -1);

  activate (window, "undo", NULL);
  g_assert_null (sp_window_get_view (window)->view);
  g_assert_true (gtk_widget_get_visible (window->zoom_box));
}

/* Presenting shows the drawing alone; the side panel comes back after. */
static void
test_presentation (void)
{
  AdwFlap *flap = window->insight_flap;

  g_assert_true (adw_flap_get_reveal_flap (flap));
  activate (window, "presentation", NULL);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (gtk_widget_get_visible (window->zoom_box));
  activate (window, "leave-presentation", NULL);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_visible (window->zoom_box));
}

/* Everything chosen here is saved with the file. */
static void
test_saved (void)
{
  g_autoptr (SpViewState) view = NULL;
  g_autoptr (GPtrArray) slides = NULL;
  g_autofree char *text = NULL;

  activate (window, "hulls", g_variant_new_boolean (TRUE));
  activate (window, "heatmap", g_variant_new_boolean (TRUE));
  activate (window, "heatmap-bandwidth", g_variant_new_double (42));
  activate (window, "indicator", g_variant_new_string ("effective-size"));
  activate (window, "highlight", g_variant_new_string ("at-risk-connectors"));
  activate (window, "view", g_variant_new_string ("quadrants"));
  activate (window, "color-scale", g_variant_new_string ("sequential"));

  text = sp_view_state_serialize (sp_window_get_view (window), NULL);
  g_assert_true (sp_view_state_deserialize (text, &view, &slides, NULL));
  g_assert_true (view->hulls);
  g_assert_true (view->heatmap);
  g_assert_cmpfloat (view->heatmap_bandwidth, ==, 42);
  g_assert_cmpstr (view->indicator, ==, "effective-size");
  g_assert_cmpstr (view->highlight, ==, "at-risk-connectors");
  g_assert_cmpstr (view->view, ==, "quadrants");
  g_assert_cmpint (view->color_scale, ==, SP_COLOR_SCALE_SEQUENTIAL);
  g_assert_cmpstr (view->color_by, ==, "performance");
  g_assert_true (sp_view_state_equal (view, sp_window_get_view (window)));

  for (guint i = 0; i < 7; i++)
    activate (window, "undo", NULL);
  g_assert_null (sp_window_get_view (window)->view);
  g_assert_false (sp_window_get_view (window)->hulls);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  if (g_getenv ("SAMENSPEL_EXAMPLE") == NULL || !g_file_test (g_getenv ("SAMENSPEL_EXAMPLE"), G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the example organisation is missing");
      return g_test_run ();
    }

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = sp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));

  g_test_add_func ("/insights-ui/open", test_open);
  g_test_add_func ("/insights-ui/color-by", test_color_by);
  g_test_add_func ("/insights-ui/hulls-heatmap", test_hulls_heatmap);
  g_test_add_func ("/insights-ui/hidden-talent", test_hidden_talent);
  g_test_add_func ("/insights-ui/overloaded", test_overloaded);
  g_test_add_func ("/insights-ui/lists-short-in-panel", test_lists_short_in_panel);
  g_test_add_func ("/insights-ui/clients-view", test_clients_view);
  g_test_add_func ("/insights-ui/fixed-views", test_fixed_views);
  g_test_add_func ("/insights-ui/same-scene", test_canvas_export_same_scene);
  g_test_add_func ("/insights-ui/zoom-computes-nothing", test_zoom_computes_nothing);
  g_test_add_func ("/insights-ui/talent-grid", test_talent_grid_view);
  g_test_add_func ("/insights-ui/groups-map", test_groups_map_view);
  g_test_add_func ("/insights-ui/presentation", test_presentation);
  g_test_add_func ("/insights-ui/saved", test_saved);

  status = g_test_run ();

  /* leave without the unsaved-changes question */
  gtk_window_destroy (GTK_WINDOW (window));
  /* no worker may still be drawing when the process exits */
  g_assert_true (sp_task_wait_idle (10000));
  g_object_unref (app);
  return status;
}
