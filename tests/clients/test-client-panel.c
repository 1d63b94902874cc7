/* test-client-panel.c — the client panel: order, summary, selection both
 * ways (needs a display: suite "ui", under xvfb-run). */
#include <gtk/gtk.h>

#include "sp-client-panel.h"
#include "sp-import.h"

static void
selected_cb (SpClientPanel *panel,
             gint           node,
             gint          *out)
{
  *out = node;
}

static void
test_panel (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "noordhaven", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, NULL, &error);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = sp_client_panel_new ();
  g_autoptr (GArray) order = NULL;
  gint emitted = -2;
  gint c001, c002;

  g_assert_no_error (error);
  c001 = sp_network_find_node (net, "C001");
  c002 = sp_network_find_node (net, "C002");
  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 800);
  gtk_window_present (GTK_WINDOW (window));

  sp_client_panel_set_network (SP_CLIENT_PANEL (panel), net, NULL, NULL);
  order = sp_client_panel_get_order (SP_CLIENT_PANEL (panel));
  g_assert_cmpuint (order->len, ==, 25);
  /* the client held by one person first, then the shared ones */
  g_assert_cmpint (g_array_index (order, guint, 0), ==, c001);
  g_assert_cmpstr (sp_client_panel_get_summary (SP_CLIENT_PANEL (panel)), ==,
                   "25 clients · 1 held by one person · 6 shared by three or more departments");

  /* from the canvas: no signal back */
  g_signal_connect (panel, "client-selected", G_CALLBACK (selected_cb), &emitted);
  sp_client_panel_select (SP_CLIENT_PANEL (panel), c002);
  g_assert_cmpint (sp_client_panel_get_selected (SP_CLIENT_PANEL (panel)), ==, c002);
  g_assert_cmpint (emitted, ==, -2);
  /* a person is no client */
  sp_client_panel_select (SP_CLIENT_PANEL (panel), sp_network_find_node (net, "E009"));
  g_assert_cmpint (sp_client_panel_get_selected (SP_CLIENT_PANEL (panel)), ==, -1);

  /* from the list: the signal */
  {
    GtkWidget *list = gtk_widget_get_first_child (panel);

    /* scroller > viewport > box > title, summary, list */
    list = gtk_widget_get_first_child (gtk_widget_get_first_child (list));
    list = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_first_child (list)));
    g_assert_true (GTK_IS_LIST_BOX (list));
    gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  }
  g_assert_cmpint (emitted, ==, c001);
  g_assert_cmpint (sp_client_panel_get_selected (SP_CLIENT_PANEL (panel)), ==, c001);

  /* a network without clients */
  {
    g_autoptr (SpNetwork) empty = sp_network_new ();

    sp_network_add_node (empty, "a", SP_NODE_PERSON, NULL);
    sp_client_panel_set_network (SP_CLIENT_PANEL (panel), empty, NULL, NULL);
    g_assert_cmpstr (sp_client_panel_get_summary (SP_CLIENT_PANEL (panel)), ==, "No clients in this data set");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/clients/panel", test_panel);
  return g_test_run ();
}
