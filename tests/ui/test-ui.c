/* test-ui.c — the application driven through its actions and widgets
 *
 * One window opens the example organisation; each test drives actions
 * (g_action_group_activate_action) or widgets and checks the resulting
 * state, the undo history and the files written.
 */
#include "config.h"
#include "sp-task.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <math.h>

#include "sp-application.h"
#include "sp-cli.h"
#include "sp-export-dialog.h"
#include "sp-render.h"
#include "sp-window.h"
#include "sp-window-whatif.h"
#include "sp-import.h"
#include "sp-whatif.h"
#include "ui-test-util.h"
#include "sp-window-private.h"

static SpApplication *app;
static SpWindow *window;
static char *tmpdir;

static gboolean
canvas_drawn (gpointer data)
{
  return !sp_canvas_is_rendering (sp_window_get_canvas (data))
      && sp_canvas_get_scene_count (sp_window_get_canvas (data)) > 0;
}

static guint
n_visible (SpWindow *w)
{
  const gboolean *visible = sp_canvas_get_node_visibility (sp_window_get_canvas (w));
  SpNetwork *net = sp_window_get_network (w);
  guint n = 0;

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    n += visible == NULL || visible[i];
  return n;
}

static gint
first_person (SpNetwork *net)
{
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON && sp_network_node (net, i)->name != NULL)
      return i;
  return -1;
}

/* ---- tests ----------------------------------------------------------- */

static void
test_welcome (void)
{
  g_assert_cmpstr (sp_window_get_page (window), ==, "welcome");
  g_assert_null (sp_window_get_network (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "open-example"));
}

static void
test_open (void)
{
  SpNetwork *net;

  activate (window, "open-example", NULL);
  g_assert_true (wait_until (window_idle, window, 120));
  net = sp_window_get_network (window);
  g_assert_nonnull (net);
  g_assert_cmpuint (sp_network_n_persons (net), >, 0);
  g_assert_true (net->has_layout);
  g_assert_nonnull (sp_window_get_metrics (window));
  g_assert_true (wait_until (canvas_drawn, window, 30));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export"));
  g_assert_false (sp_history_can_undo (sp_window_get_history (window)));
}

static void
test_select (void)
{
  SpNetwork *net = sp_window_get_network (window);
  gint node = first_person (net);
  SpPersonPanel *panel = sp_window_get_person_panel (window);
  const SpNode *n = sp_network_node (net, node);

  activate (window, "select", g_variant_new_string (n->id));
  g_assert_cmpint (sp_canvas_get_selected (sp_window_get_canvas (window)), ==, node);
  g_assert_cmpint (sp_person_panel_get_person (panel), ==, node);
  g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, n->name);
  if (n->department != NULL)
    g_assert_cmpstr (sp_person_panel_lookup (panel, "Department"), ==, n->department);
  /* the measures of the person are shown */
  g_assert_nonnull (sp_person_panel_lookup (panel, "Degree"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "focus"));

  /* a click elsewhere (no node) clears the selection */
  activate (window, "select", g_variant_new_string (""));
  g_assert_cmpint (sp_canvas_get_selected (sp_window_get_canvas (window)), ==, -1);
}

/* The first field of the line of @file (in the example folder) whose
 * field @column is @value, and (@other) field @want of it; NULL when none. */
static char *
csv_find (const char *file,
          guint       column,
          const char *value,
          guint       want)
{
  g_autofree char *path = g_build_filename (g_getenv ("SAMENSPEL_EXAMPLE"), file, NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint k = 1; lines[k] != NULL; k++)
    {
      g_auto (GStrv) f = g_strsplit (g_strstrip (lines[k]), ",", -1);

      if (g_strv_length (f) > MAX (column, want) && g_str_equal (f[column], value))
        return g_strdup (f[want]);
    }
  return NULL;
}

static gboolean
names_have (GPtrArray  *names,
            const char *name)
{
  for (guint k = 0; k < names->len; k++)
    if (g_str_equal (g_ptr_array_index (names, k), name))
      return TRUE;
  return FALSE;
}

/* The activatable row titled @title under @widget, or NULL. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
panel_scrolls (gpointer data)
{
  GtkAdjustment *adj = sp_person_panel_get_vadjustment (data);

  return gtk_adjustment_get_upper (adj) > gtk_adjustment_get_page_size (adj) + 100;
}

/* The person panel in words: Jeroen Bakker's contacts and clients as
 * the example's files have them, a rank for his betweenness, no client
 * fields on a person; selecting another person starts at the top. */
static void
test_person_panel (void)
{
  SpPersonPanel *panel = sp_window_get_person_panel (window);
  g_autofree char *id = csv_find ("people.csv", 1, "Jeroen Bakker", 0);
  g_autofree char *contact_id = NULL, *contact = NULL, *client_id = NULL, *client = NULL;
  GtkAdjustment *adj;
  const char *detail;

  g_assert_nonnull (id);
  /* a colleague and a client he has a tie with, from ties.csv */
  {
    g_autofree char *path = g_build_filename (g_getenv ("SAMENSPEL_EXAMPLE"), "ties.csv", NULL);
    g_autofree char *text = NULL;
    g_auto (GStrv) lines = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    lines = g_strsplit (text, "\n", -1);
    for (guint k = 1; lines[k] != NULL && (contact_id == NULL || client_id == NULL); k++)
      {
        g_auto (GStrv) f = g_strsplit (g_strstrip (lines[k]), ",", -1);
        const char *other;

        if (g_strv_length (f) < 2 || (!g_str_equal (f[0], id) && !g_str_equal (f[1], id)))
          continue;
        other = g_str_equal (f[0], id) ? f[1] : f[0];
        if (contact_id == NULL && (contact = csv_find ("people.csv", 0, other, 1)) != NULL)
          contact_id = g_strdup (other);
        else if (client_id == NULL && (client = csv_find ("clients.csv", 0, other, 1)) != NULL)
          client_id = g_strdup (other);
      }
  }
  g_assert_nonnull (contact);
  g_assert_nonnull (client);

  activate (window, "select", g_variant_new_string (id));
  g_assert_true (wait_until (window_idle, window, 60));
  g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, "Jeroen Bakker");
  g_assert_true (names_have (sp_person_panel_get_names (panel, SP_NODE_PERSON), contact));
  g_assert_true (names_have (sp_person_panel_get_names (panel, SP_NODE_CLIENT), client));
  g_assert_false (names_have (sp_person_panel_get_names (panel, SP_NODE_PERSON), client));

  /* each measure: a line in words, and the value with a rank */
  g_assert_nonnull (sp_person_panel_lookup_line (panel, "Betweenness"));
  detail = sp_person_panel_lookup_detail (panel, "Betweenness");
  g_assert_nonnull (detail);
  g_assert_true (g_str_has_prefix (detail, "Betweenness "));
  /* his rank among the 150 people ("rank 3 of 150", "the highest of 150") */
  g_assert_nonnull (strstr (detail, " · "));
  g_assert_true (g_str_has_suffix (detail, " of 150") || strstr (detail, " of 150, shared by ") != NULL);
  g_assert_nonnull (sp_person_panel_lookup_line (panel, "Constraint"));

  /* people have performance, not the clients' sector or region */
  g_assert_nonnull (sp_person_panel_lookup (panel, "performance"));
  g_assert_null (sp_person_panel_lookup (panel, "sector"));
  g_assert_null (sp_person_panel_lookup (panel, "region"));

  /* down the panel, then another person: back at the top */
  adj = sp_person_panel_get_vadjustment (panel);
  g_assert_true (wait_until (panel_scrolls, panel, 10));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  pump (0.1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), >, 0);
  activate (window, "select", g_variant_new_string (contact_id));
  pump (0.1);
  g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, contact);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);

  /* new measures of the same person keep the place */
  gtk_adjustment_set_value (adj, 50);
  sp_person_panel_set_person (panel, sp_window_get_network (window), sp_person_panel_get_person (panel),
                              sp_window_get_metrics (window), NULL);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 50);

  /* a contact's row selects them: back to Jeroen Bakker */
  {
    GtkWidget *row = find_row (GTK_WIDGET (panel), "Jeroen Bakker");

    g_assert_nonnull (row);
    gtk_widget_activate (row);
    g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, "Jeroen Bakker");
    g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, 0);
  }
  activate (window, "select", g_variant_new_string (""));
}

static void
test_search (void)
{
  SpNetwork *net = sp_window_get_network (window);
  gint node = first_person (net);
  const char *name = sp_network_node (net, node)->name;
  g_autofree char *part = g_utf8_strdown (name, 4);
  GtkWidget *entry;
  gint selected;

  activate (window, "search", NULL);
  entry = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_SEARCH_ENTRY (entry));
  entry = gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), part);
  /* search-changed comes after a delay: under a sanitizer or a loaded
   * machine longer than any fixed wait, so it is sent at once */
  g_signal_emit_by_name (entry, "search-changed");
  g_signal_emit_by_name (entry, "activate");

  selected = sp_canvas_get_selected (sp_window_get_canvas (window));
  g_assert_cmpint (selected, >=, 0);
  {
    g_autofree char *label = g_utf8_casefold (sp_network_node_label (net, selected), -1);
    g_autofree char *needle = g_utf8_casefold (part, -1);
    g_assert_nonnull (strstr (label, needle));
  }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  pump (0.3);
}

/* Waits until the canvas shows its last scene, the view moved where it
 * was asked to (a frame also follows the side panel opening) */
static void
wait_drawn (void)
{
  g_assert_true (wait_until (canvas_drawn, window, 20));
  pump (0.5);
  g_assert_true (wait_until (canvas_drawn, window, 20));
}

static GtkWidget *
open_search (const char *text)
{
  GtkWidget *entry;

  activate (window, "search", NULL);
  entry = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  return entry;
}

/* Presses @keyval in the search entry, as its key controller sees it
 * (GTK has no way to send a real key event to a window). */
static gboolean
press_key (GtkWidget *entry,
           guint      keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c)
          && gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (c)) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

/* How far @node is from the middle of the canvas, as a share of its size. */
static double
off_centre (gint node)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  double x, y;
  int w = gtk_widget_get_width (GTK_WIDGET (canvas));
  int h = gtk_widget_get_height (GTK_WIDGET (canvas));

  g_assert_true (sp_canvas_node_position (canvas, node, &x, &y));
  return MAX (fabs (x - w / 2.0) / w, fabs (y - h / 2.0) / h);
}

/* "ozturk" finds every Öztürk; picked from the list, one is centred and
 * zoomed to. */
static void
test_search_accents (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpCanvas *canvas = sp_window_get_canvas (window);
  GtkWidget *entry;
  GtkListBoxRow *row;
  guint n_ozturk = 0;
  gint picked, selected;
  g_autofree char *status = NULL;

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    n_ozturk += strstr (sp_network_node_label (net, i), "Öztürk") != NULL;
  g_assert_cmpuint (n_ozturk, >=, 5);

  activate (window, "zoom-fit", NULL);
  wait_drawn ();
  entry = open_search ("ozturk");
  g_assert_nonnull (window->search_matches);
  g_assert_cmpuint (window->search_matches->len, ==, n_ozturk);
  for (guint i = 0; i < window->search_matches->len; i++)
    g_assert_nonnull (strstr (sp_network_node_label (net, g_array_index (window->search_matches, guint, i)),
                              "Öztürk"));
  status = g_strdup_printf ("%u people", n_ozturk);
  g_assert_cmpstr (gtk_label_get_text (window->search_status), ==, status);
  /* the list to pick from shows them all */
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, n_ozturk);

  /* an accented query finds them as well */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Öztürk");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (window->search_matches->len, ==, n_ozturk);

  /* Down and Up move through the list, Escape closes it (not the
   * search), Down opens it again */
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (window->search.list)), ==, 0);
  g_assert_true (press_key (entry, GDK_KEY_Down));
  g_assert_true (press_key (entry, GDK_KEY_Down));
  g_assert_true (press_key (entry, GDK_KEY_Up));
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (window->search.list)), ==, 1);
  g_assert_true (press_key (entry, GDK_KEY_Escape));
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, 0);
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_false (press_key (entry, GDK_KEY_Escape));
  g_assert_true (press_key (entry, GDK_KEY_Down));
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, n_ozturk);
  g_assert_true (press_key (entry, GDK_KEY_Down));

  /* the second one in the list, picked */
  row = gtk_list_box_get_selected_row (window->search.list);
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 1);
  picked = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "node"));
  g_signal_emit_by_name (window->search.list, "row-activated", row);
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, 0);
  selected = sp_canvas_get_selected (canvas);
  g_assert_cmpint (selected, ==, picked);
  g_assert_nonnull (strstr (sp_network_node_label (net, selected), "Öztürk"));

  wait_drawn ();
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), >, 1.5);
  g_assert_cmpfloat (off_centre (selected), <, 0.05);

  /* Enter with the list open takes the first */
  gtk_editable_set_text (GTK_EDITABLE (entry), "lucia nowak");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, 1);
  g_signal_emit_by_name (entry, "activate");
  selected = sp_canvas_get_selected (canvas);
  g_assert_cmpstr (sp_network_node_label (net, selected), ==, "Lucía Nowak");
  wait_drawn ();
  g_assert_cmpfloat (off_centre (selected), <, 0.05);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (sp_window_search_n_listed (window), ==, 0);
  activate (window, "select", g_variant_new_string (""));
  activate (window, "zoom-fit", NULL);
  wait_drawn ();
}

/* An ego network fills the canvas, however small it is. */
static void
test_ego_zoom (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpCanvas *canvas = sp_window_get_canvas (window);
  guint n = sp_network_n_nodes (net);
  g_autofree guint *degree = g_new0 (guint, n);
  gint ego = -1;
  guint depths[] = { 1, 2 };

  /* someone with two contacts: an ego network of three */
  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      degree[sp_network_tie (net, t)->source]++;
      degree[sp_network_tie (net, t)->target]++;
    }
  for (guint i = 0; i < n && ego < 0; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON && degree[i] == 2)
      ego = i;
  for (guint i = 0; i < n && ego < 0; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON && degree[i] > 0)
      ego = i;
  g_assert_cmpint (ego, >=, 0);

  activate (window, "zoom-fit", NULL);
  activate (window, "select", g_variant_new_string (sp_network_node (net, ego)->id));
  for (guint d = 0; d < G_N_ELEMENTS (depths); d++)
    {
      const gboolean *visible;
      double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
      int w, h;

      activate (window, "focus", g_variant_new_int32 (depths[d]));
      wait_drawn ();
      visible = sp_canvas_get_node_visibility (canvas);
      g_assert_nonnull (visible);
      w = gtk_widget_get_width (GTK_WIDGET (canvas));
      h = gtk_widget_get_height (GTK_WIDGET (canvas));
      for (guint i = 0; i < n; i++)
        if (visible[i])
          {
            double x, y;

            g_assert_true (sp_canvas_node_position (canvas, i, &x, &y));
            g_assert_cmpfloat (x, >=, 0);
            g_assert_cmpfloat (x, <=, w);
            g_assert_cmpfloat (y, >=, 0);
            g_assert_cmpfloat (y, <=, h);
            x0 = MIN (x0, x), x1 = MAX (x1, x);
            y0 = MIN (y0, y), y1 = MAX (y1, y);
          }
      g_test_message ("depth %u: %d×%d, span %.0f×%.0f, zoom %.2f", depths[d], w, h, x1 - x0, y1 - y0, sp_canvas_get_zoom (canvas));
      /* no speck in a corner: it spans a good part of the canvas one way
       * (a few people are not blown up beyond readable spacing, about
       * 180 px between neighbours, so not all of it) */
      g_assert_cmpfloat (MAX ((x1 - x0) / w, (y1 - y0) / h), >, 0.4);
      g_assert_cmpfloat (sp_canvas_get_zoom (canvas), >, 1.0);
    }

  /* back to everybody: the whole drawing again */
  activate (window, "undo", NULL);
  activate (window, "undo", NULL);
  wait_drawn ();
  g_assert_cmpfloat_with_epsilon (sp_canvas_get_zoom (canvas), 1.0, 1e-6);
  activate (window, "select", g_variant_new_string (""));
}

static void
test_filter_undo (void)
{
  SpNetwork *net = sp_window_get_network (window);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  SpHistory *history = sp_window_get_history (window);
  const char *dept = g_ptr_array_index (departments, 0);
  guint all = n_visible (window);
  guint in_dept = 0;
  const gboolean *visible;

  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    in_dept += sp_network_node (net, i)->department == dept;
  g_assert_cmpuint (in_dept, >, 0);

  activate (window, "toggle-department", g_variant_new_string (dept));
  g_assert_cmpuint (n_visible (window), ==, all - in_dept);
  visible = sp_canvas_get_node_visibility (sp_window_get_canvas (window));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->department == dept)
      g_assert_false (visible[i]);
  g_assert_true (sp_view_state_strv_has (sp_window_get_view (window)->hidden_departments, dept));
  g_assert_true (sp_history_can_undo (history));
  /* the state bar says what is left out, with the count it leaves */
  {
    g_autoptr (GPtrArray) departments = sp_network_departments (net);
    g_autofree char *expected = g_strdup_printf ("Showing %u of %u departments · %u of %u people",
                                                 departments->len - 1, departments->len,
                                                 sp_network_n_persons (net) - in_dept,
                                                 sp_network_n_persons (net));

    g_assert_true (gtk_revealer_get_reveal_child (sp_window_get_state_bar (window)));
    g_assert_cmpstr (sp_window_get_state_text (window), ==, expected);
  }

  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all);
  g_assert_false (gtk_revealer_get_reveal_child (sp_window_get_state_bar (window)));
  activate (window, "redo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all - in_dept);
  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all);

  /* tie types: hiding one recomputes the measures for that selection */
  if (net->tie_types->len > 1)
    {
      const char *type = g_ptr_array_index (net->tie_types, net->tie_types->len - 1);

      activate (window, "toggle-tie-type", g_variant_new_string (type));
      g_assert_true (sp_view_state_strv_has (sp_window_get_view (window)->hidden_tie_types, type));
      g_assert_true (wait_until (window_idle, window, 60));
      g_assert_nonnull (sp_window_get_metrics (window));
      activate (window, "undo", NULL);
      g_assert_false (sp_view_state_strv_has (sp_window_get_view (window)->hidden_tie_types, type));
      g_assert_true (wait_until (window_idle, window, 60));
    }
}

/* A filter expression: whom it shows (counted here from the data), the
 * state bar, undo, an error that changes nothing, and a filter on a
 * measure, which waits for the measures. */
static void
test_filter_expression (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpAttribute *performance = sp_network_find_attribute (net, "performance");
  SpHistory *history = sp_window_get_history (window);
  g_autoptr (GError) error = NULL;
  guint all = n_visible (window), expected = 0, persons = sp_network_n_persons (net);
  const gboolean *visible;

  g_assert_nonnull (performance);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    expected += sp_network_node (net, i)->kind == SP_NODE_PERSON && performance->num[i] >= 4;
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, persons);

  sp_window_set_filter (window, "performance >= 4", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sp_window_get_view (window)->filter, ==, "performance >= 4");
  visible = sp_canvas_get_node_visibility (sp_window_get_canvas (window));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      g_assert_true (!visible[i] == !(performance->num[i] >= 4));
  {
    g_autofree char *line = g_strdup_printf ("Filter: performance ≥ 4 · %u of %u people", expected, persons);

    g_assert_true (gtk_revealer_get_reveal_child (sp_window_get_state_bar (window)));
    g_assert_cmpstr (sp_window_get_state_text (window), ==, line);
  }
  g_assert_true (sp_history_can_undo (history));

  /* a mistake says what is wrong and leaves the view as it was */
  sp_window_set_filter (window, "prestatie >= 4", &error);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "unknown field"));
  g_clear_error (&error);
  g_assert_cmpstr (sp_window_get_view (window)->filter, ==, "performance >= 4");

  activate (window, "undo", NULL);
  g_assert_null (sp_window_get_view (window)->filter);
  g_assert_cmpuint (n_visible (window), ==, all);
  activate (window, "redo", NULL);
  g_assert_cmpstr (sp_window_get_view (window)->filter, ==, "performance >= 4");
  /* Show All clears it */
  activate (window, "show-all", NULL);
  g_assert_null (sp_window_get_view (window)->filter);
  g_assert_cmpuint (n_visible (window), ==, all);

  /* on a measure: the people whose degree the window measured */
  g_assert_true (wait_until (window_idle, window, 60));
  sp_window_set_filter (window, "degree >= 10", &error);
  g_assert_no_error (error);
  g_assert_true (wait_until (window_idle, window, 60));
  {
    SpMetrics *metrics = sp_window_get_metrics (window);
    const double *degree;
    guint high = 0;

    g_assert_nonnull (metrics);
    degree = sp_metrics_get (metrics, "degree");
    visible = sp_canvas_get_node_visibility (sp_window_get_canvas (window));
    for (guint i = 0; i < sp_network_n_nodes (net); i++)
      if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
        {
          g_assert_true (!visible[i] == !(degree[i] >= 10));
          high += degree[i] >= 10;
        }
    g_assert_cmpuint (high, >, 0);
  }
  sp_window_set_filter (window, "", &error);
  g_assert_no_error (error);
  g_assert_null (sp_window_get_view (window)->filter);
  g_assert_cmpuint (n_visible (window), ==, all);
}

static int
cmp_measure (gconstpointer a,
             gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  if (isnan (x) || isnan (y))
    return isnan (x) - isnan (y);
  return x < y ? -1 : x > y;
}

static gboolean
table_rows_are (gpointer data)
{
  SpPeopleTable *table = window->people_table;

  return sp_people_table_n_rows (table) == GPOINTER_TO_UINT (data);
}

/* The people table: a row per person, sorted as the measures say,
 * searched with accents folded, its selection the canvas's both ways. */
static void
test_people_table (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpPeopleTable *table = window->people_table;
  SpMetrics *metrics;
  const double *betweenness;
  g_autoptr (GArray) expected = g_array_new (FALSE, FALSE, sizeof (double));
  guint persons = sp_network_n_persons (net), n_ozturk = 0;
  gint node;
  g_autofree char *csv = NULL;

  g_assert_true (wait_until (window_idle, window, 60));
  activate (window, "people-table", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->canvas_stack), ==, "people");
  g_assert_cmpuint (sp_people_table_n_rows (table), ==, persons);
  for (guint r = 0; r < persons; r++)
    g_assert_cmpint (sp_network_node (net, sp_people_table_row_node (table, r))->kind, ==, SP_NODE_PERSON);

  /* sorted by a measure: in the order of the values, sorted here */
  metrics = sp_window_get_metrics (window);
  g_assert_nonnull (metrics);
  betweenness = sp_metrics_get (metrics, "betweenness");
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      g_array_append_val (expected, betweenness[i]);
  g_array_sort (expected, cmp_measure);
  g_assert_true (sp_people_table_sort_by (table, "betweenness", GTK_SORT_ASCENDING));
  for (guint r = 0; r < persons; r++)
    {
      double v = betweenness[sp_people_table_row_node (table, r)];
      double want = g_array_index (expected, double, r);

      g_assert_true (v == want || (isnan (v) && isnan (want)));
    }
  g_assert_true (sp_people_table_sort_by (table, "betweenness", GTK_SORT_DESCENDING));
  g_assert_cmpfloat (betweenness[sp_people_table_row_node (table, 0)], ==,
                     g_array_index (expected, double, persons - 1));
  g_assert_true (sp_people_table_sort_by (table, "name", GTK_SORT_ASCENDING));
  g_assert_false (sp_people_table_sort_by (table, "no such column", GTK_SORT_ASCENDING));

  /* "ozturk" finds the Öztürks, and only them */
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    n_ozturk += sp_network_node (net, i)->kind == SP_NODE_PERSON
                && strstr (sp_network_node (net, i)->name, "Öztürk") != NULL;
  g_assert_cmpuint (n_ozturk, >, 1);
  gtk_editable_set_text (sp_people_table_get_search (table), "ozturk");
  g_assert_true (wait_until (table_rows_are, GUINT_TO_POINTER (n_ozturk), 5));
  for (guint r = 0; r < n_ozturk; r++)
    g_assert_nonnull (strstr (sp_network_node (net, sp_people_table_row_node (table, r))->name, "Öztürk"));

  /* a row selected selects the person on the canvas … */
  node = sp_people_table_row_node (table, 1);
  /* (as a click does: through the column view's model) */
  gtk_selection_model_select_item (sp_people_table_get_model (table), 1, TRUE);
  g_assert_cmpint (sp_canvas_get_selected (sp_window_get_canvas (window)), ==, node);
  g_assert_cmpint (sp_people_table_get_selected (table), ==, node);
  /* … and Ctrl+C copies that row */
  csv = sp_people_table_to_csv (table, TRUE);
  g_assert_true (g_str_has_prefix (csv, "id,name,department,degree,"));
  g_assert_nonnull (strstr (csv, sp_network_node (net, node)->name));
  {
    g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);

    /* the header, the row, and nothing after the last newline */
    g_assert_cmpuint (g_strv_length (lines), ==, 3);
  }

  /* a person selected elsewhere selects their row */
  gtk_editable_set_text (sp_people_table_get_search (table), "");
  g_assert_true (wait_until (table_rows_are, GUINT_TO_POINTER (persons), 5));
  node = first_person (net);
  activate (window, "select", g_variant_new_string (sp_network_node (net, node)->id));
  g_assert_cmpint (sp_people_table_get_selected (table), ==, node);
  /* a search that hides them leaves the canvas's selection alone, and
   * clearing it selects their row again */
  g_assert_null (strstr (sp_network_node (net, node)->name, "Öztürk"));
  gtk_editable_set_text (sp_people_table_get_search (table), "ozturk");
  g_assert_true (wait_until (table_rows_are, GUINT_TO_POINTER (n_ozturk), 5));
  g_assert_cmpint (sp_people_table_get_selected (table), ==, -1);
  g_assert_cmpint (sp_canvas_get_selected (sp_window_get_canvas (window)), ==, node);
  gtk_editable_set_text (sp_people_table_get_search (table), "");
  g_assert_true (wait_until (table_rows_are, GUINT_TO_POINTER (persons), 5));
  g_assert_cmpint (sp_people_table_get_selected (table), ==, node);
  activate (window, "select", g_variant_new_string (""));
  g_assert_cmpint (sp_people_table_get_selected (table), ==, -1);

  /* exported: every row, atomically; never over the data read */
  {
    g_autofree char *dir = g_dir_make_tmp ("samenspel-people-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "people.csv", NULL);
    g_autoptr (GFile) out = g_file_new_for_path (path);
    g_autofree char *text = NULL;
    g_auto (GStrv) lines = NULL;
    g_autoptr (GError) error = NULL;
    GFile *input = sp_window_get_file (window);

    g_assert_true (sp_window_export_people_table (window, out, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    lines = g_strsplit (text, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, persons + 2);
    g_assert_nonnull (strstr (lines[0], ",performance"));
    g_unlink (path);
    g_rmdir (dir);

    g_assert_nonnull (input);
    {
      g_autofree char *in = g_file_get_path (input);
      g_autofree char *people = g_file_test (in, G_FILE_TEST_IS_DIR)
                                ? g_build_filename (in, "people.csv", NULL) : g_strdup (in);
      g_autoptr (GFile) over = g_file_new_for_path (people);
      g_autofree char *before = NULL, *after = NULL;

      g_assert_true (g_file_get_contents (people, &before, NULL, NULL));
      g_assert_false (sp_window_export_people_table (window, over, &error));
      g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
      g_assert_true (g_file_get_contents (people, &after, NULL, NULL));
      g_assert_cmpstr (before, ==, after);
    }
  }

  /* choosing a view brings the canvas back */
  activate (window, "view", g_variant_new_string ("network"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->canvas_stack), ==, "canvas");
  g_assert_false (g_variant_get_boolean (g_action_group_get_action_state (G_ACTION_GROUP (window), "people-table")));
}

/* Keep Groups Together: a view setting, saved with the view, and a new
 * layout in which the departments sit tighter. */
static void
test_layout_groups (void)
{
  SpNetwork *net = sp_window_get_network (window);
  guint n = sp_network_n_nodes (net);
  g_autofree double *x = NULL;
  gboolean moved = FALSE;

  g_assert_true (wait_until (window_idle, window, 60));
  x = g_memdup2 (net->x, sizeof (double) * n);
  g_assert_false (sp_window_get_view (window)->layout_groups);
  activate (window, "layout-groups", NULL);
  g_assert_true (sp_window_get_view (window)->layout_groups);
  g_assert_true (wait_until (window_idle, window, 60));
  for (guint i = 0; i < n && !moved; i++)
    moved = net->x[i] != x[i];
  g_assert_true (moved);
  {
    g_autofree char *text = sp_view_state_serialize (sp_window_get_view (window), NULL);

    g_assert_nonnull (strstr (text, "layout-groups=true"));
  }
  activate (window, "layout-groups", NULL);
  g_assert_false (sp_window_get_view (window)->layout_groups);
  g_assert_true (wait_until (window_idle, window, 60));
}

static void
test_focus_hide (void)
{
  SpNetwork *net = sp_window_get_network (window);
  gint node = first_person (net);
  guint all = n_visible (window), ego1, ego2;

  activate (window, "select", g_variant_new_string (sp_network_node (net, node)->id));
  activate (window, "focus", g_variant_new_int32 (1));
  ego1 = n_visible (window);
  g_assert_cmpuint (ego1, <, all);
  g_assert_cmpuint (ego1, >, 1);
  g_assert_true (sp_canvas_get_node_visibility (sp_window_get_canvas (window))[node]);
  activate (window, "focus", g_variant_new_int32 (2));
  ego2 = n_visible (window);
  g_assert_cmpuint (ego2, >=, ego1);
  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, ego1);
  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all);

  activate (window, "hide-selected", NULL);
  g_assert_cmpuint (n_visible (window), ==, all - 1);
  g_assert_false (sp_canvas_get_node_visibility (sp_window_get_canvas (window))[node]);
  activate (window, "show-all", NULL);
  g_assert_cmpuint (n_visible (window), ==, all);
  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all - 1);
  activate (window, "undo", NULL);
  g_assert_cmpuint (n_visible (window), ==, all);
}

static void
test_zoom (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  double zoom = sp_canvas_get_zoom (canvas);
  double x0, y0, x1, y1;
  gint node = first_person (sp_window_get_network (window));

  activate (window, "zoom-fit", NULL);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), ==, 1.0);
  activate (window, "zoom-in", NULL);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), >, 1.0);
  activate (window, "zoom-out", NULL);
  activate (window, "zoom-out", NULL);
  g_assert_cmpfloat (sp_canvas_get_zoom (canvas), <, 1.0);

  /* zooming at a point keeps what is under it in place */
  g_assert_true (sp_canvas_node_position (canvas, node, &x0, &y0));
  sp_canvas_zoom_at (canvas, 2.0, x0, y0);
  g_assert_true (sp_canvas_node_position (canvas, node, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x0, x1, 1e-6);
  g_assert_cmpfloat_with_epsilon (y0, y1, 1e-6);

  /* the cached scene is drawn again at the new zoom once it settles */
  g_assert_true (wait_until (canvas_drawn, window, 30));
  activate (window, "zoom-fit", NULL);
  g_assert_true (wait_until (canvas_drawn, window, 30));
  (void) zoom;
}

static gboolean
scene_has_label (SpCanvas   *canvas,
                 const char *text)
{
  g_autoptr (GPtrArray) labels = sp_scene_placed_labels (sp_canvas_get_scene (canvas));

  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (g_ptr_array_index (labels, i), text))
      return TRUE;
  return FALSE;
}

static void
test_move_and_edit (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpPersonPanel *panel = sp_window_get_person_panel (window);
  gint node = first_person (net);
  double x = net->x[node], y = net->y[node];
  g_autofree char *name = g_strdup (sp_network_node (net, node)->name);

  /* what the canvas does at the end of a drag */
  net->x[node] = x + 50;
  net->y[node] = y - 20;
  g_signal_emit_by_name (canvas, "node-moved", node, x, y);
  activate (window, "undo", NULL);
  g_assert_cmpfloat (net->x[node], ==, x);
  g_assert_cmpfloat (net->y[node], ==, y);
  activate (window, "redo", NULL);
  g_assert_cmpfloat (net->x[node], ==, x + 50);
  activate (window, "undo", NULL);

  /* editing the name in the side panel */
  activate (window, "select", g_variant_new_string (sp_network_node (net, node)->id));
  g_signal_emit_by_name (panel, "edited", node, "name", "Renamed Person");
  g_assert_cmpstr (sp_network_node (net, node)->name, ==, "Renamed Person");
  g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, "Renamed Person");
  /* the canvas draws from a frozen copy of the network (its worker never
   * reads what the UI thread edits): the edit reaches the next scene */
  g_assert_true (wait_until (canvas_drawn, window, 30));
  g_assert_true (scene_has_label (canvas, "Renamed Person"));
  /* search finds the new name (its folded labels follow a rename) … */
  {
    GtkWidget *entry = open_search ("renamed pers");

    g_assert_nonnull (window->search_matches);
    g_assert_cmpuint (window->search_matches->len, ==, 1);
    g_assert_cmpuint (g_array_index (window->search_matches, guint, 0), ==, (guint) node);
    activate (window, "undo", NULL);
    /* … and, undone, no longer */
    g_signal_emit_by_name (entry, "search-changed");
    g_assert_true (window->search_matches == NULL || window->search_matches->len == 0);
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    g_signal_emit_by_name (entry, "search-changed");
  }
  g_assert_cmpstr (sp_network_node (net, node)->name, ==, name);
  g_assert_cmpstr (sp_person_panel_lookup (panel, "Name"), ==, name);
  g_assert_true (wait_until (canvas_drawn, window, 30));
  g_assert_false (scene_has_label (canvas, "Renamed Person"));
  g_assert_true (scene_has_label (canvas, name));
}

static void
test_relayout (void)
{
  SpNetwork *net = sp_window_get_network (window);
  guint n = sp_network_n_nodes (net);
  g_autofree double *x = g_memdup2 (net->x, sizeof (double) * n);
  gboolean changed = FALSE;

  activate (window, "layout-engine", g_variant_new_string ("circo"));
  g_assert_true (sp_window_is_busy (window));
  g_assert_true (wait_until (window_idle, window, 120));
  for (guint i = 0; i < n; i++)
    changed |= net->x[i] != x[i];
  g_assert_true (changed);
  g_assert_cmpstr (sp_window_get_view (window)->layout_engine, ==, "circo");

  /* positions survive recolouring */
  {
    g_autofree double *after = g_memdup2 (net->x, sizeof (double) * n);
    SpAttribute *numeric = NULL;

    for (guint i = 0; i < net->attributes->len; i++)
      if (((SpAttribute *) g_ptr_array_index (net->attributes, i))->type == SP_ATTR_NUMERIC)
        numeric = g_ptr_array_index (net->attributes, i);
    if (numeric != NULL)
      {
        activate (window, "color-by", g_variant_new_string (numeric->name));
        g_assert_cmpstr (sp_window_get_view (window)->color_by, ==, numeric->name);
        g_assert_false (sp_window_is_busy (window) && FALSE);
        g_assert_cmpmem (after, sizeof (double) * n, net->x, sizeof (double) * n);
        activate (window, "undo", NULL);
        g_assert_null (sp_window_get_view (window)->color_by);
      }
  }

  activate (window, "undo", NULL);
  g_assert_cmpmem (x, sizeof (double) * n, net->x, sizeof (double) * n);
  g_assert_cmpstr (sp_window_get_view (window)->layout_engine, ==, "sfdp");

  /* a layout can be cancelled; the positions stay */
  activate (window, "layout-engine", g_variant_new_string ("neato"));
  activate (window, "cancel", NULL);
  g_assert_true (wait_until (window_idle, window, 120));
  if (sp_history_can_redo (sp_window_get_history (window)))
    g_assert_cmpmem (x, sizeof (double) * n, net->x, sizeof (double) * n);
  else
    activate (window, "undo", NULL);  /* it finished before the cancel */
  g_assert_cmpmem (x, sizeof (double) * n, net->x, sizeof (double) * n);
}

/* The first widget under @root whose action is @name, or NULL. */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *name)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Actions installed on the class are reached by name like the others, and
 * the buttons that name them follow their enabled state. */
static void
test_class_actions (void)
{
  GtkWidget *load = find_actionable (GTK_WIDGET (window->strategy_panel), "win.strategy-load");
  SpNetwork *net = sp_window_get_network (window);
  guint n = sp_network_n_nodes (net);
  g_autofree double *x = g_memdup2 (net->x, sizeof (double) * n);

  g_assert_nonnull (load);
  g_assert_true (gtk_widget_get_sensitive (load));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.relayout", NULL));
  g_assert_true (sp_window_is_busy (window));
  g_assert_true (wait_until (window_idle, window, 120));
  activate (window, "undo", NULL);
  g_assert_cmpmem (x, sizeof (double) * n, net->x, sizeof (double) * n);
}

/* What floats over the canvas keeps its room: no person is drawn under
 * the expanded legend card, nor, while presenting, under the slide's
 * title. */
static guint
nodes_under (GtkWidget *overlay)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpNetwork *net = sp_window_get_network (window);
  const gboolean *visible = sp_canvas_get_node_visibility (canvas);
  graphene_rect_t box;
  guint n = 0;

  g_assert_true (gtk_widget_compute_bounds (overlay, GTK_WIDGET (canvas), &box));
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      double x, y;

      if ((visible == NULL || visible[i]) && sp_canvas_node_position (canvas, i, &x, &y)
          && graphene_rect_contains_point (&box, &GRAPHENE_POINT_INIT (x, y)))
        n++;
    }
  return n;
}

static void
test_overlays_keep_clear (void)
{
  GtkWidget *legend = GTK_WIDGET (sp_window_get_legend_card (window));

  activate (window, "select", g_variant_new_string (""));
  activate (window, "zoom-fit", NULL);
  sp_legend_card_set_expanded (SP_LEGEND_CARD (legend), TRUE);
  wait_drawn ();
  g_assert_true (gtk_widget_get_visible (legend));
  g_assert_cmpuint (nodes_under (legend), ==, 0);

  sp_window_add_slide (window, "Who goes to whom");
  activate (window, "presentation", NULL);
  wait_drawn ();
  g_assert_true (gtk_revealer_get_reveal_child (window->caption_revealer));
  g_assert_cmpuint (nodes_under (gtk_revealer_get_child (window->caption_revealer)), ==, 0);
  g_assert_cmpuint (nodes_under (legend), ==, 0);
  activate (window, "leave-presentation", NULL);
  wait_drawn ();
}

/* One count of ties: the title says the pairs joined by a tie, as
 * ties.csv has them (counted here from the file), like the legend; a
 * narrow window says the people alone and keeps the rest in the tooltip. */
static void
test_title_counts (void)
{
  SpNetwork *net = sp_window_get_network (window);
  g_autofree char *path = g_build_filename (g_getenv ("SAMENSPEL_EXAMPLE"), "ties.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *people = NULL;
  g_autofree char *full = NULL;
  const char *subtitle, *tooltip;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint n = 1; lines[n] != NULL; n++)
    {
      g_auto (GStrv) f = g_strsplit (lines[n], ",", 3);

      if (f[0] == NULL || f[1] == NULL || g_str_equal (f[0], f[1]))
        continue;
      g_hash_table_add (pairs, strcmp (f[0], f[1]) < 0 ? g_strdup_printf ("%s %s", f[0], f[1])
                                                        : g_strdup_printf ("%s %s", f[1], f[0]));
    }
  people = g_strdup_printf ("%u people", sp_network_n_persons (net));
  full = g_strdup_printf ("%u people · %u clients · %u ties", sp_network_n_persons (net),
                          sp_network_n_clients (net), g_hash_table_size (pairs));
  pump (0.3);
  subtitle = adw_window_title_get_subtitle (window->window_title);
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (window->window_title));
  if (gtk_widget_get_width (GTK_WIDGET (window)) < 1500)
    {
      g_assert_cmpstr (subtitle, ==, people);
      g_assert_nonnull (tooltip);
      g_assert_true (g_str_has_prefix (tooltip, full));
    }
  else
    g_assert_cmpstr (subtitle, ==, full);
}

/* A hover label never outlives what it names: the pointer resting on a
 * person whose department is then hidden no longer hovers them once the
 * new scene is there, and leaving hovers nobody. */
static GtkEventController *
motion_controller (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (c))
        return GTK_EVENT_CONTROLLER (c);
    }
  return NULL;
}

static void
test_hover_follows_scene (void)
{
  SpCanvas *canvas = sp_window_get_canvas (window);
  SpNetwork *net = sp_window_get_network (window);
  GtkEventController *motion = motion_controller (GTK_WIDGET (canvas));
  gint node = first_person (net);
  double x, y;

  g_assert_nonnull (motion);
  activate (window, "show-all", NULL);
  wait_drawn ();
  g_assert_true (sp_canvas_node_position (canvas, node, &x, &y));
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_cmpint (sp_canvas_get_hovered (canvas), ==, node);

  activate (window, "toggle-department", g_variant_new_string (sp_network_node (net, node)->department));
  wait_drawn ();
  /* not the hidden person; whoever the refitted drawing puts under the
   * pointer, if anyone, and visible */
  g_assert_cmpint (sp_canvas_get_hovered (canvas), !=, node);
  if (sp_canvas_get_hovered (canvas) >= 0)
    g_assert_true (sp_canvas_get_node_visibility (canvas)[sp_canvas_get_hovered (canvas)]);
  activate (window, "undo", NULL);
  wait_drawn ();
  /* the pointer is still there: the person is hovered again */
  g_assert_cmpint (sp_canvas_get_hovered (canvas), ==, node);
  g_signal_emit_by_name (motion, "leave");
  g_assert_cmpint (sp_canvas_get_hovered (canvas), ==, -1);
}

static gboolean
panel_shown (SpWindow *w)
{
  g_autoptr (GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (w), "show-panel");

  return g_variant_get_boolean (state);
}

static void
test_presentation (void)
{
  SpNetwork *net = sp_window_get_network (window);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  const char *dept = g_ptr_array_index (departments, 0);

  sp_window_add_slide (window, "The whole organisation");
  activate (window, "toggle-department", g_variant_new_string (dept));
  sp_window_add_slide_full (window, "Without the first department", "  Finance keeps to itself & <speaks> less  ");
  activate (window, "show-all", NULL);
  g_assert_cmpuint (sp_window_get_slides (window)->len, ==, 2);

  /* the side panel open before presenting */
  if (!panel_shown (window))
    activate (window, "show-panel", NULL);
  g_assert_true (panel_shown (window));
  activate (window, "presentation", NULL);
  g_assert_true (sp_window_get_presenting (window));
  g_assert_false (panel_shown (window));
  g_assert_cmpint (sp_window_get_slide_index (window), ==, 0);
  g_assert_false (sp_view_state_strv_has (sp_window_get_view (window)->hidden_departments, dept));
  activate (window, "next-slide", NULL);
  g_assert_cmpint (sp_window_get_slide_index (window), ==, 1);
  /* the slide's title, and under it the presenter's sentence (as text,
   * not markup) */
  g_assert_cmpstr (gtk_label_get_text (window->caption_label), ==,
                   "Without the first department\nFinance keeps to itself & <speaks> less");
  g_assert_true (sp_view_state_strv_has (sp_window_get_view (window)->hidden_departments, dept));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "next-slide"));
  activate (window, "previous-slide", NULL);
  g_assert_cmpint (sp_window_get_slide_index (window), ==, 0);
  activate (window, "leave-presentation", NULL);
  g_assert_false (sp_window_get_presenting (window));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "next-slide"));
  /* … is open again, and one F9 closes it */
  g_assert_true (panel_shown (window));
  activate (window, "show-panel", NULL);
  g_assert_false (panel_shown (window));
  activate (window, "show-panel", NULL);
}

static gboolean
dialog_idle (gpointer data)
{
  return !sp_export_dialog_is_busy (data);
}

static char *
read_file (const char *path,
           gsize      *len)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, len, NULL));
  return contents;
}

static char *
read_svg (const char *path,
          gsize      *len)
{
  g_autofree char *raw = read_file (path, len);
  g_autoptr (GRegex) regex = g_regex_new ("surface[0-9]+", 0, 0, NULL);
  char *clean = g_regex_replace_literal (regex, raw, -1, 0, "surface", 0, NULL);

  *len = strlen (clean);
  return clean;
}

static guint
count_texts (const char *svg)
{
  guint n = 0;

  for (const char *p = svg; (p = strstr (p, "<text")) != NULL; p++)
    n++;
  return MAX (n, 1);
}

static void
test_export (void)
{
  SpExportDialog *dialog;
  g_autofree char *svg = g_build_filename (tmpdir, "ui.svg", NULL);
  g_autofree char *cli_svg = g_build_filename (tmpdir, "cli.svg", NULL);
  g_autofree char *png = g_build_filename (tmpdir, "ui-anon.png", NULL);
  g_autofree char *example = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *a = NULL, *b = NULL;
  gsize alen, blen;

  activate (window, "show-all", NULL);
  activate (window, "export", NULL);
  dialog = SP_EXPORT_DIALOG (sp_window_get_export_dialog (window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  sp_export_dialog_set_format (dialog, "svg");
  sp_export_dialog_set_size (dialog, 900, 700);
  sp_export_dialog_set_title (dialog, "Board session");
  sp_export_dialog_set_anonymize (dialog, FALSE);
  file = g_file_new_for_path (svg);
  sp_export_dialog_export_to (dialog, file);
  g_assert_true (wait_until (dialog_idle, dialog, 60));
  g_assert_true (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* the same options as the command line for the same view: what
   * `samenspel --export=… --title=… --width=900 --height=700` builds */
  {
    SpRenderOptions cli;
    g_autoptr (GError) error = NULL;

    sp_render_options_init (&cli, 900, 700);
    cli.title = "Board session";
    g_assert_true (sp_export_file (sp_window_get_network (window), &cli, cli_svg, &error));
    g_assert_no_error (error);
  }
  /* cairo numbers its surfaces process-wide: compare without those ids */
  a = read_svg (svg, &alen);
  b = read_svg (cli_svg, &blen);
  g_assert_cmpmem (a, alen, b, blen);

  /* and the command line itself draws the same picture: same size and
   * the same number of drawn elements (its layout ran apart) */
  {
    g_autoptr (GFile) ex = sp_window_find_example ();
    g_autofree char *cli_run = g_build_filename (tmpdir, "cli-run.svg", NULL);
    g_autofree char *arg = g_strconcat ("--export=", cli_run, NULL);
    char *argv[] = { "samenspel", arg, "--title=Board session", "--width=900", "--height=700", NULL, NULL };
    g_autofree char *c = NULL;
    gsize clen;

    example = g_file_get_path (ex);
    argv[5] = example;
    g_assert_cmpint (sp_cli_run (G_N_ELEMENTS (argv) - 1, argv), ==, 0);
    c = read_file (cli_run, &clen);
    g_assert_nonnull (strstr (c, "width=\"900\""));
    g_assert_nonnull (strstr (a, "width=\"900\""));
    /* labels placed on another layout differ in number a little (each
     * text is one <text>: the file's length, no longer mostly glyph
     * outlines, says too little) */
    g_assert_cmpfloat (ABS ((double) count_texts (c) - (double) count_texts (a)) / count_texts (a), <, 0.12);
  }

  /* anonymised PNG: no real name in it, different from the named one */
  g_clear_object (&file);
  file = g_file_new_for_path (png);
  activate (window, "export", NULL);
  sp_export_dialog_set_format (dialog, "png");
  sp_export_dialog_set_anonymize (dialog, TRUE);
  sp_export_dialog_export_to (dialog, file);
  g_assert_true (wait_until (dialog_idle, dialog, 60));
  {
    gsize len;
    g_autofree char *data = read_file (png, &len);

    g_assert_cmpuint (len, >, 1000);
    g_assert_true (memcmp (data, "\x89PNG", 4) == 0);
  }
}

static void
test_save_reopen (void)
{
  SpNetwork *net = sp_window_get_network (window);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  const char *dept = g_ptr_array_index (departments, 1);
  g_autofree char *path = g_build_filename (tmpdir, "saved.graphml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SpWindow *other;
  SpNetwork *net2;
  guint n = sp_network_n_nodes (net);
  gint node = first_person (net);
  double x = net->x[node];

  net->x[node] = x + 33;
  g_signal_emit_by_name (sp_window_get_canvas (window), "node-moved", node, x, net->y[node]);
  activate (window, "toggle-department", g_variant_new_string (dept));
  sp_canvas_set_transform (sp_window_get_canvas (window), 1.5, 20, -10);

  sp_window_save_to (window, file);
  g_assert_true (wait_until (window_idle, window, 60));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  other = sp_window_new (GTK_APPLICATION (app));
  sp_window_open (other, file);
  g_assert_true (wait_until (window_idle, other, 120));
  net2 = sp_window_get_network (other);
  g_assert_cmpuint (sp_network_n_nodes (net2), ==, n);
  g_assert_true (net2->has_layout);
  for (guint i = 0; i < n; i++)
    {
      gint j = sp_network_find_node (net2, sp_network_node (net, i)->id);

      g_assert_cmpint (j, >=, 0);
      g_assert_cmpfloat_with_epsilon (net2->x[j], net->x[i], 1e-6);
      g_assert_cmpfloat_with_epsilon (net2->y[j], net->y[i], 1e-6);
    }
  g_assert_true (sp_view_state_strv_has (sp_window_get_view (other)->hidden_departments, dept));
  g_assert_cmpuint (n_visible (other), ==, n_visible (window));
  g_assert_cmpfloat_with_epsilon (sp_canvas_get_zoom (sp_window_get_canvas (other)), 1.5, 1e-9);
  g_assert_cmpuint (sp_window_get_slides (other)->len, ==, 2);
  g_assert_cmpstr (((SpViewState *) g_ptr_array_index (sp_window_get_slides (other), 1))->name,
                   ==, "Without the first department");
  /* the presenter's sentence is saved with its slide (trimmed), and the
   * first has none */
  g_assert_cmpstr (((SpViewState *) g_ptr_array_index (sp_window_get_slides (other), 1))->caption,
                   ==, "Finance keeps to itself & <speaks> less");
  g_assert_null (((SpViewState *) g_ptr_array_index (sp_window_get_slides (other), 0))->caption);
  gtk_window_destroy (GTK_WINDOW (other));
}

static gboolean
legend_showing (gpointer data)
{
  return sp_legend_card_is_showing (sp_window_get_legend_card (data));
}

static const char *
numeric_attribute (SpNetwork *net)
{
  for (guint i = 0; i < net->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (net->attributes, i);

      if (attr->type == SP_ATTR_NUMERIC)
        return attr->name;
    }
  return NULL;
}

/* The canvas shows a legend card that follows the colouring; it folds. */
static void
test_legend (void)
{
  SpLegendCard *card = sp_window_get_legend_card (window);
  SpNetwork *net = sp_window_get_network (window);
  const char *attr = numeric_attribute (net);
  SpRenderOptions options;
  double w = 0, h = 0;

  g_assert_true (wait_until (legend_showing, window, 10));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  sp_legend_card_get_options (card, &options);
  g_assert_true (sp_render_legend_size (net, &options, &w, &h));
  g_assert_cmpfloat (h, >, 40);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (card)), >, 40);
  g_assert_true (legend_has (window, "header:Departments"));
  g_assert_false (legend_has (window, "colour-bar:"));

  /* colouring by an attribute: the colour bar instead of departments */
  g_assert_nonnull (attr);
  activate (window, "color-by", g_variant_new_string (attr));
  g_assert_true (wait_until (legend_showing, window, 10));
  g_assert_true (legend_has (window, "colour-bar:"));
  g_assert_false (legend_has (window, "header:Departments"));
  activate (window, "undo", NULL);
  g_assert_true (legend_has (window, "header:Departments"));

  /* the canvas's own scene has no legend or title */
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_cmpuint (options.layers, ==, SP_RENDER_LAYER_SCENE);

  sp_legend_card_set_expanded (card, FALSE);
  g_assert_false (sp_legend_card_is_showing (card));
  sp_legend_card_set_expanded (card, TRUE);
  g_assert_true (wait_until (legend_showing, window, 10));
}

static gboolean
dialog_shown (gpointer data)
{
  return sp_window_get_unsaved_dialog (data) != NULL;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* A change of the data, as the person panel makes it. */
static void
rename_first_person (SpWindow   *w,
                     const char *name)
{
  SpNetwork *net = sp_window_get_network (w);
  gint node = first_person (net);

  g_signal_emit_by_name (sp_window_get_person_panel (w), "edited", node, "name", name);
  g_assert_cmpstr (sp_network_node (net, node)->name, ==, name);
}

/* Closing or opening another file with unsaved changes asks first. */
static void
test_unsaved (void)
{
  SpNetwork *net = sp_window_get_network (window);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  /* a copy: the network is replaced below */
  g_autofree char *dept = g_strdup (g_ptr_array_index (departments, 0));
  g_autofree char *path = g_build_filename (tmpdir, "saved.graphml", NULL);
  g_autofree char *other_path = g_build_filename (tmpdir, "other.graphml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) other_file = g_file_new_for_path (other_path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SpWindow *other;
  gpointer other_ptr;

  /* saved by /ui/save-reopen: nothing to ask */
  g_assert_false (sp_window_is_modified (window));
  /* what is shown alone (a filter, another view) changes nothing to save */
  activate (window, "toggle-department", g_variant_new_string (dept));
  activate (window, "view", g_variant_new_string ("heat-table"));
  g_assert_false (sp_window_is_modified (window));
  activate (window, "undo", NULL);
  /* a change of the data does, and undoing it makes the file clean again,
   * also across the view changes around it */
  rename_first_person (window, "Renamed Person");
  g_assert_true (sp_window_is_modified (window));
  activate (window, "view", g_variant_new_string ("clients"));
  g_assert_true (sp_window_is_modified (window));
  activate (window, "undo", NULL);
  activate (window, "undo", NULL);
  g_assert_false (sp_window_is_modified (window));
  activate (window, "redo", NULL);
  g_assert_true (sp_window_is_modified (window));
  /* a view change after undoing the edit drops the edit: clean again */
  activate (window, "undo", NULL);
  activate (window, "view", g_variant_new_string ("heat-table"));
  g_assert_false (sp_window_is_modified (window));
  rename_first_person (window, "Renamed Person");
  g_assert_true (sp_window_is_modified (window));

  /* opening another file: Cancel keeps everything */
  sp_window_open (window, file);
  g_assert_true (wait_until (dialog_shown, window, 5));
  g_assert_cmpstr (sp_window_get_page (window), ==, "network");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sp_window_get_unsaved_dialog (window)), "cancel");
  g_assert_null (sp_window_get_unsaved_dialog (window));
  g_assert_true (sp_window_get_network (window) == net);
  g_assert_true (sp_window_is_modified (window));

  /* Discard opens it without the change */
  sp_window_open (window, file);
  g_assert_true (wait_until (dialog_shown, window, 5));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sp_window_get_unsaved_dialog (window)), "discard");
  g_assert_true (wait_until (window_idle, window, 120));
  g_assert_false (sp_window_is_modified (window));
  g_assert_false (sp_view_state_strv_has (sp_window_get_view (window)->hidden_departments, dept));

  /* closing: Save writes the file (atomically, in place) and closes */
  other = sp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (other));   /* only a shown window is closed */
  sp_window_open (other, file);
  g_assert_true (wait_until (window_idle, other, 120));
  sp_window_save_to (other, other_file);
  g_assert_true (wait_until (window_idle, other, 60));
  g_assert_true (g_file_get_contents (other_path, &before, NULL, NULL));
  rename_first_person (other, "Renamed Person");
  g_assert_true (sp_window_is_modified (other));
  other_ptr = other;
  g_object_add_weak_pointer (G_OBJECT (other), &other_ptr);
  pump (1.0);   /* let the side panels finish their own measures */
  gtk_window_close (GTK_WINDOW (other));
  g_assert_true (wait_until (dialog_shown, other, 5));
  g_assert_nonnull (other_ptr);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (sp_window_get_unsaved_dialog (other)), "save");
  g_assert_true (wait_until (is_null, &other_ptr, 60));
  g_assert_true (g_file_get_contents (other_path, &after, NULL, NULL));
  g_assert_cmpstr (before, !=, after);
}

static gboolean
whatif_done (gpointer data)
{
  return !sp_window_whatif_is_busy (data);
}

/* A person whose leaving splits the network. */
static gint
find_cut_person (SpNetwork *net)
{
  guint n = sp_network_n_nodes (net);
  g_autofree gboolean *removed = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (SpWhatIf) w = NULL;

      if (sp_network_node (net, i)->kind != SP_NODE_PERSON)
        continue;
      removed[i] = TRUE;
      w = sp_whatif_compute (net, NULL, removed, NULL, NULL);
      removed[i] = FALSE;
      if (w != NULL && w->components_after > w->components_before)
        return i;
    }
  return -1;
}

/* Taking a broker out: ghost on the canvas, the split in the panel,
 * undone by undo; the data is not changed. */
static void
test_whatif (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpWhatIfPanel *panel = sp_window_get_whatif_panel (window);
  gint node = find_cut_person (net);
  guint n_ties = sp_network_n_ties (net);
  SpRenderOptions options;
  g_autofree char *table = NULL;

  g_assert_cmpint (node, >=, 0);
  activate (window, "select", g_variant_new_string (sp_network_node (net, node)->id));
  activate (window, "whatif-toggle", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sp_window_get_panel_stack (window)), ==, "whatif");
  g_assert_true (wait_until (whatif_done, window, 30));
  g_assert_nonnull (strstr (sp_whatif_panel_get_text (panel), "splits"));
  table = sp_whatif_panel_get_table (panel);
  g_assert_nonnull (strstr (table, "→"));
  g_assert_nonnull (strstr (table, sp_network_node (net, node)->department));

  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_nonnull (options.ghosted);
  g_assert_true (options.ghosted[node]);
  g_assert_nonnull (options.caption);
  /* the export carries the ghosts and the sentences */
  sp_window_get_export_options (window, 800, 600, &options);
  g_assert_true (options.ghosted != NULL && options.ghosted[node]);
  g_assert_nonnull (strstr (options.caption, "splits"));
  /* and the canvas and the export say whom the what-if takes out */
  {
    g_autofree char *line = g_strdup_printf ("What if %s leaves", sp_network_node_label (net, node));

    g_assert_true (gtk_revealer_get_reveal_child (sp_window_get_state_bar (window)));
    g_assert_true (g_str_has_prefix (sp_window_get_state_text (window), line));
    g_assert_true (g_str_has_prefix (options.caption, line));
  }
  /* nothing changed in the data */
  g_assert_true (sp_window_get_network (window) == net);
  g_assert_cmpuint (sp_network_n_ties (net), ==, n_ties);
  /* a what-if is not a change of the file */
  g_assert_false (sp_window_is_modified (window));

  activate (window, "undo", NULL);
  g_assert_null (sp_window_whatif_get_removed (window));
  g_assert_null (strstr (sp_window_get_state_text (window), "What if"));
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_null (options.ghosted);
  g_assert_false (sp_window_is_modified (window));

  /* redo, then the reset button brings everyone back */
  activate (window, "redo", NULL);
  g_assert_nonnull (sp_window_whatif_get_removed (window));
  g_assert_true (wait_until (whatif_done, window, 30));
  activate (window, "whatif-reset", NULL);
  g_assert_null (sp_window_whatif_get_removed (window));
  activate (window, "undo", NULL);
  activate (window, "undo", NULL);
  g_assert_false (sp_window_is_modified (window));
}

/* Moving a person to another department: the panel says so, the
 * department table changes, the canvas draws them in the new colour;
 * undo restores, and the saved file keeps the real department. */
static void
test_whatif_move (void)
{
  SpNetwork *net = sp_window_get_network (window);
  SpWhatIfPanel *panel = sp_window_get_whatif_panel (window);
  g_autoptr (GPtrArray) departments = sp_network_departments (net);
  g_autofree char *path = g_build_filename (tmpdir, "moved.graphml", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (SpNetwork) saved = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *table = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *sentence = NULL;
  gint node = first_person (net);
  const char *home, *to = NULL;
  guint home_size = 0, to_size = 0;
  SpRenderOptions options;
  gint s;

  g_assert_cmpint (node, >=, 0);
  home = sp_network_node (net, node)->department;
  g_assert_nonnull (home);
  for (guint d = 0; d < departments->len && to == NULL; d++)
    if (g_ptr_array_index (departments, d) != home)
      to = g_ptr_array_index (departments, d);
  g_assert_nonnull (to);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      {
        home_size += sp_network_node (net, i)->department == home;
        to_size += sp_network_node (net, i)->department == to;
      }

  activate (window, "select", g_variant_new_string (sp_network_node (net, node)->id));
  activate (window, "whatif-move", g_variant_new_string (to));
  g_assert_cmpstr (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id), ==, to);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sp_window_get_panel_stack (window)), ==, "whatif");
  g_assert_true (wait_until (whatif_done, window, 30));
  sentence = g_strdup_printf ("%s moves from %s to %s.", sp_network_node_label (net, node), home, to);
  g_assert_nonnull (strstr (sp_whatif_panel_get_text (panel), sentence));
  table = sp_whatif_panel_get_table (panel);
  expected = g_strdup_printf ("%s: %u → %u,", to, to_size, to_size + 1);
  g_assert_nonnull (strstr (table, expected));
  g_free (expected);
  expected = g_strdup_printf ("%s: %u → %u,", home, home_size, home_size - 1);
  g_assert_nonnull (strstr (table, expected));

  /* drawn in the new department, and the export says so */
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_nonnull (options.moved_department);
  g_assert_true (options.moved_department[node] == to);
  g_assert_null (options.ghosted);
  sp_window_get_export_options (window, 800, 600, &options);
  g_assert_true (options.moved_department != NULL && options.moved_department[node] == to);
  g_assert_nonnull (strstr (options.caption, sentence));

  /* the data is not changed, and not saved with the move */
  g_assert_true (sp_network_node (net, node)->department == home);
  sp_window_save_to (window, file);
  g_assert_true (wait_until (window_idle, window, 60));
  saved = sp_import_file (path, NULL, &error);
  g_assert_no_error (error);
  s = sp_network_find_node (saved, sp_network_node (net, node)->id);
  g_assert_cmpint (s, >=, 0);
  g_assert_cmpstr (sp_network_node (saved, s)->department, ==, home);

  /* undo restores; redo and "Bring Everyone Back" clear the moves too */
  activate (window, "undo", NULL);
  g_assert_null (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id));
  sp_canvas_get_render_options (sp_window_get_canvas (window), &options);
  g_assert_null (options.moved_department);
  activate (window, "redo", NULL);
  g_assert_cmpstr (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id), ==, to);
  g_assert_true (wait_until (whatif_done, window, 30));
  activate (window, "whatif-reset", NULL);
  g_assert_null (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id));
  activate (window, "undo", NULL);
  g_assert_cmpstr (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id), ==, to);
  /* moving them to their own department brings them back */
  activate (window, "whatif-move", g_variant_new_string (home));
  g_assert_null (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id));
  g_assert_true (wait_until (whatif_done, window, 30));
  activate (window, "undo", NULL);
  activate (window, "undo", NULL);
  g_assert_null (sp_window_whatif_get_moved (window, sp_network_node (net, node)->id));
  g_assert_cmpstr (sp_network_node (net, node)->department, ==, home);

  /* the next tests start from a saved window, as /ui/save-reopen left it */
  {
    g_autofree char *back_path = g_build_filename (tmpdir, "saved.graphml", NULL);
    g_autoptr (GFile) back = g_file_new_for_path (back_path);

    sp_window_save_to (window, back);
    g_assert_true (wait_until (window_idle, window, 60));
    g_assert_false (sp_window_is_modified (window));
  }
}

typedef struct {
  SpWindow   *window;
  const char *prefix;
} LegendWait;

static gboolean
legend_shows (gpointer data)
{
  LegendWait *w = data;

  return legend_has (w->window, w->prefix);
}

/* A Gephi file in a window of its own: its viz positions are the layout
 * (no layout runs) until Lay Out Again replaces them; Colour by offers its
 * viz colours, the Size menu its viz sizes. */
static void
test_gexf_viz (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "io", "data", "meta", "les-miserables.gexf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  SpWindow *other = sp_window_new (GTK_APPLICATION (app));
  LegendWait colours = { other, "header:viz colour" };
  LegendWait sizes = { other, "size:Size: viz size" };
  SpNetwork *net;
  gint myriel;

  gtk_window_set_default_size (GTK_WINDOW (other), 1000, 700);
  gtk_window_present (GTK_WINDOW (other));
  sp_window_open (other, file);
  g_assert_true (wait_until (window_idle, other, 120));
  net = sp_window_get_network (other);
  g_assert_nonnull (net);
  g_assert_cmpstr (net->title, ==, "Les miserables");
  myriel = sp_network_find_node (net, "0");
  g_assert_cmpint (myriel, >=, 0);
  /* <viz:position x="-102.81979" y="-185.35468"/>, y turned down */
  g_assert_true (net->has_layout);
  g_assert_cmpfloat_with_epsilon (net->x[myriel], -102.81979, 1e-9);
  g_assert_cmpfloat_with_epsilon (net->y[myriel], 185.35468, 1e-9);

  activate (other, "color-by", g_variant_new_string ("viz colour"));
  g_assert_cmpstr (sp_window_get_view (other)->color_by, ==, "viz colour");
  g_assert_true (wait_until (legend_shows, &colours, 10));
  g_assert_true (legend_has (other, "category:#5bf55b"));  /* the most used: 15 people */
  activate (other, "size-by", g_variant_new_string ("viz size"));
  g_assert_cmpstr (sp_window_get_view (other)->size_by, ==, "viz size");
  g_assert_true (wait_until (legend_shows, &sizes, 10));
  activate (other, "undo", NULL);
  g_assert_null (sp_window_get_view (other)->size_by);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.relayout", NULL));
  g_assert_true (wait_until (window_idle, other, 120));
  g_assert_true (net == sp_window_get_network (other));
  g_assert_false (net->x[myriel] == -102.81979 && net->y[myriel] == 185.35468);
  gtk_window_destroy (GTK_WINDOW (other));
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

  tmpdir = g_dir_make_tmp ("samenspel-ui-XXXXXX", NULL);
  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = sp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  pump (0.3);

  g_test_add_func ("/ui/welcome", test_welcome);
  g_test_add_func ("/ui/open", test_open);
  g_test_add_func ("/ui/select", test_select);
  g_test_add_func ("/ui/person-panel", test_person_panel);
  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/search-accents", test_search_accents);
  g_test_add_func ("/ui/ego-zoom", test_ego_zoom);
  g_test_add_func ("/ui/filter-undo", test_filter_undo);
  g_test_add_func ("/ui/filter-expression", test_filter_expression);
  g_test_add_func ("/ui/layout-groups", test_layout_groups);
  g_test_add_func ("/ui/people-table", test_people_table);
  g_test_add_func ("/ui/focus-hide", test_focus_hide);
  g_test_add_func ("/ui/zoom", test_zoom);
  g_test_add_func ("/ui/move-edit-undo", test_move_and_edit);
  g_test_add_func ("/ui/relayout", test_relayout);
  g_test_add_func ("/ui/class-actions", test_class_actions);
  g_test_add_func ("/ui/presentation", test_presentation);
  g_test_add_func ("/ui/export", test_export);
  g_test_add_func ("/ui/save-reopen", test_save_reopen);
  g_test_add_func ("/ui/legend", test_legend);
  g_test_add_func ("/ui/whatif", test_whatif);
  g_test_add_func ("/ui/whatif-move", test_whatif_move);
  g_test_add_func ("/ui/unsaved-changes", test_unsaved);
  g_test_add_func ("/ui/gexf-viz", test_gexf_viz);
  g_test_add_func ("/ui/overlays-keep-clear", test_overlays_keep_clear);
  g_test_add_func ("/ui/title-counts", test_title_counts);
  g_test_add_func ("/ui/hover-follows-scene", test_hover_follows_scene);

  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  /* no worker may still be drawing when the process exits */
  g_assert_true (sp_task_wait_idle (10000));
  g_object_unref (app);
  if (tmpdir != NULL && g_getenv ("SAMENSPEL_KEEP_TMP") == NULL)
    {
      g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (tmpdir, name, NULL);
          g_unlink (path);
        }
      g_rmdir (tmpdir);
    }
  return status;
}
