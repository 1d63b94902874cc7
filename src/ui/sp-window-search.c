/* sp-window-search.c — the search bar: people found (without regard to
 * accents or case, sp-text.h), marked on the canvas, listed under the
 * entry to pick from, stepped through with Enter and Ctrl+G; the person
 * picked is gone to (centred, zoomed in)
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sp-text.h"
#include "sp-window-private.h"

/* Rows listed at most; more would only be scrolled past: type more. */
#define MAX_ROWS 50

/* ---- the matches ------------------------------------------------------- */

typedef struct {
  guint        node;
  SpTextMatch  match;
  const char  *folded;   /* the cache's */
} Found;

static gint
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *x = a, *y = b;
  int c;

  if (x->match != y->match)
    return x->match < y->match ? -1 : 1;
  c = strcmp (x->folded, y->folded);
  if (c != 0)
    return c;
  return x->node < y->node ? -1 : x->node > y->node;
}

static void
clear_folded (SpWindowSearch *search)
{
  g_clear_pointer (&search->folded, g_ptr_array_unref);
  g_clear_pointer (&search->folded_from, g_ptr_array_unref);
  g_clear_pointer (&search->folded_network, sp_network_unref);
}

/* Node @i's label folded, from the cache: made again only for a new
 * network or a renamed person (labels are interned, so a rename is a new
 * pointer). */
static const char *
folded_label (SpWindowSearch *search,
              SpNetwork      *network,
              guint           i)
{
  const char *label = sp_network_node_label (network, i);

  if (search->folded_network != network || search->folded->len != sp_network_n_nodes (network))
    {
      clear_folded (search);
      search->folded_network = sp_network_ref (network);
      search->folded = g_ptr_array_new_full (sp_network_n_nodes (network), g_free);
      search->folded_from = g_ptr_array_new_full (sp_network_n_nodes (network), NULL);
      g_ptr_array_set_size (search->folded, sp_network_n_nodes (network));
      g_ptr_array_set_size (search->folded_from, sp_network_n_nodes (network));
    }
  if (g_ptr_array_index (search->folded_from, i) != label || g_ptr_array_index (search->folded, i) == NULL)
    {
      g_free (g_ptr_array_index (search->folded, i));
      g_ptr_array_index (search->folded, i) = sp_text_fold (label);
      g_ptr_array_index (search->folded_from, i) = (gpointer) label;
    }
  return g_ptr_array_index (search->folded, i);
}

/* The people whose names match @text, best first (guint nodes). */
static GArray *
find_people (SpWindowSearch *search,
             SpNetwork      *network,
             const char     *text)
{
  g_autofree char *query = sp_text_fold (text);
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  GArray *nodes;

  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    {
      const char *name = folded_label (search, network, i);
      SpTextMatch match = sp_text_match (name, query);
      Found f = { i, match, name };

      if (match != SP_TEXT_MATCH_NONE)
        g_array_append_val (found, f);
    }
  g_array_sort (found, compare_found);

  nodes = g_array_sized_new (FALSE, FALSE, sizeof (guint), found->len);
  for (guint i = 0; i < found->len; i++)
    g_array_append_val (nodes, g_array_index (found, Found, i).node);
  return nodes;
}

/* ---- the list ---------------------------------------------------------- */

static void
popdown (SpWindow *self)
{
  if (self->search.popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->search.popover));
}

static gboolean
list_shown (SpWindow *self)
{
  return self->search.popover != NULL && gtk_widget_get_visible (self->search.popover);
}

static GtkWidget *
person_row (SpWindow *self,
            guint     node)
{
  const SpNode *person = sp_network_node (self->network, node);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (sp_network_node_label (self->network, node));
  GtkWidget *detail;

  if (person->kind == SP_NODE_CLIENT)
    detail = gtk_label_new (_("Client"));
  else
    detail = gtk_label_new (person->department ? person->department : "");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_visible (detail, gtk_label_get_text (GTK_LABEL (detail))[0] != '\0');
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* the keyboard stays in the entry: the list is moved through from there */
  gtk_widget_set_focusable (row, FALSE);
  g_object_set_data (G_OBJECT (row), "node", GUINT_TO_POINTER (node));
  return row;
}

static void
fill_list (SpWindow *self)
{
  GtkWidget *child;
  guint n = self->search_matches ? self->search_matches->len : 0;
  guint shown = MIN (n, MAX_ROWS);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->search.list))) != NULL)
    gtk_list_box_remove (self->search.list, child);
  for (guint i = 0; i < shown; i++)
    gtk_list_box_append (self->search.list,
                         person_row (self, g_array_index (self->search_matches, guint, i)));
  gtk_list_box_select_row (self->search.list, gtk_list_box_get_row_at_index (self->search.list, 0));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->search.scroller), 0);

  if (n > shown)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more — type more of the name",
                                                         "and %u more — type more of the name",
                                                         n - shown),
                                               n - shown);

      gtk_label_set_text (self->search.more, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->search.more), n > shown);
}

static void
show_list (SpWindow *self)
{
  if (self->search_matches == NULL || self->search_matches->len == 0)
    {
      popdown (self);
      return;
    }
  fill_list (self);
  if (!list_shown (self))
    gtk_popover_popup (GTK_POPOVER (self->search.popover));
}

/* Moves the highlighted row by @step, keeping it in sight. */
static void
move_highlight (SpWindow *self,
                int       step)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->search.list);
  int index = row ? gtk_list_box_row_get_index (row) + step : 0;
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->search.list, MAX (index, 0));
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->search.scroller);
  graphene_rect_t bounds;

  if (next == NULL)
    return;
  gtk_list_box_select_row (self->search.list, next);
  if (gtk_widget_compute_bounds (GTK_WIDGET (next), GTK_WIDGET (self->search.list), &bounds))
    {
      double top = gtk_adjustment_get_value (adj);
      double page = gtk_adjustment_get_page_size (adj);

      if (bounds.origin.y < top)
        gtk_adjustment_set_value (adj, bounds.origin.y);
      else if (bounds.origin.y + bounds.size.height > top + page)
        gtk_adjustment_set_value (adj, bounds.origin.y + bounds.size.height - page);
    }
}

/* ---- going to a person ------------------------------------------------- */

static void
pick (SpWindow *self,
      guint     node)
{
  popdown (self);
  sp_window_go_to_node (self, node);
}

static void
row_activated_cb (SpWindow      *self,
                  GtkListBoxRow *row)
{
  pick (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "node")));
}

/* ---- the entry --------------------------------------------------------- */

static void
search_changed_cb (SpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GArray *matches;

  g_clear_pointer (&self->search_matches, g_array_unref);
  if (self->network == NULL || text[0] == '\0')
    {
      gtk_label_set_text (self->search_status, "");
      sp_canvas_set_marked (self->canvas, NULL);
      popdown (self);
      return;
    }

  matches = find_people (&self->search, self->network, text);
  if (matches->len == 0)
    gtk_label_set_text (self->search_status, _("No one found"));
  else
    {
      g_autofree char *status = g_strdup_printf (ngettext ("%u person", "%u people", matches->len), matches->len);
      gtk_label_set_text (self->search_status, status);
    }
  self->search_matches = g_array_ref (matches);
  sp_canvas_set_marked (self->canvas, matches);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    show_list (self);
}

static void
search_step (SpWindow *self,
             int       step)
{
  gint current = sp_canvas_get_selected (self->canvas);
  guint n, pick_index = 0;

  if (self->search_matches == NULL || self->search_matches->len == 0)
    return;
  n = self->search_matches->len;
  for (guint i = 0; i < n; i++)
    if ((gint) g_array_index (self->search_matches, guint, i) == current)
      {
        pick_index = (i + n + step) % n;
        break;
      }
  pick (self, g_array_index (self->search_matches, guint, pick_index));
}

/* Enter: the person highlighted in the list, or with the list closed the
 * next one found. */
static void
search_activate_cb (SpWindow *self)
{
  GtkListBoxRow *row = list_shown (self) ? gtk_list_box_get_selected_row (self->search.list) : NULL;

  if (row != NULL)
    row_activated_cb (self, row);
  else
    search_step (self, 1);
}

static void search_next_cb     (SpWindow *self) { search_step (self, 1); }
static void search_previous_cb (SpWindow *self) { search_step (self, -1); }

static void
search_stop_cb (SpWindow *self)
{
  gtk_toggle_button_set_active (self->search_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

/* Down and Up move through the list (Down opens it again), Escape closes
 * it before it closes the search. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SpWindow              *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!list_shown (self))
        show_list (self);
      else
        move_highlight (self, 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!list_shown (self))
        return FALSE;
      move_highlight (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_Page_Up:
      if (!list_shown (self))
        return FALSE;
      move_highlight (self, keyval == GDK_KEY_Page_Down ? 8 : -8);
      return TRUE;
    case GDK_KEY_Escape:
      if (!list_shown (self))
        return FALSE;
      popdown (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
search_mode_cb (SpWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    popdown (self);
}

static void
focus_leave_cb (SpWindow *self)
{
  popdown (self);
}

static GtkWidget *
build_popover (SpWindow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *more = gtk_label_new (NULL);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_SINGLE);
  gtk_widget_set_focusable (list, FALSE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  g_signal_connect_swapped (list, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  gtk_label_set_xalign (GTK_LABEL (more), 0);
  gtk_label_set_wrap (GTK_LABEL (more), TRUE);
  gtk_widget_add_css_class (more, "dim-label");
  gtk_widget_add_css_class (more, "caption");
  gtk_widget_set_margin_start (more, 12);
  gtk_widget_set_margin_end (more, 12);
  gtk_widget_set_margin_top (more, 6);
  gtk_widget_set_margin_bottom (more, 6);

  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), more);
  gtk_widget_set_size_request (box, 300, -1);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  /* not modal: typing goes on in the entry while the list is open */
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  gtk_widget_add_css_class (popover, "search-results");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People found"),
                                  -1);

  self->search.list = GTK_LIST_BOX (list);
  self->search.scroller = GTK_SCROLLED_WINDOW (scroller);
  self->search.more = GTK_LABEL (more);
  return popover;
}

void
sp_window_search_init (SpWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "next-match", G_CALLBACK (search_next_cb), self);
  g_signal_connect_swapped (self->search_entry, "previous-match", G_CALLBACK (search_previous_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self);
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->canvas));

  /* before the entry's own keys (and the search bar's Escape) */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), focus);

  self->search.popover = build_popover (self);
  gtk_widget_set_parent (self->search.popover, GTK_WIDGET (self->search_entry));
}

void
sp_window_search_dispose (SpWindow *self)
{
  g_clear_pointer (&self->search.popover, gtk_widget_unparent);
  clear_folded (&self->search);
}

guint
sp_window_search_n_listed (SpWindow *self)
{
  guint n = 0;

  if (!list_shown (self))
    return 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->search.list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}
