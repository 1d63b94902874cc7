/* sp-window-search.c — the search bar: people found, marked on the
 * canvas, stepped through with Enter and the arrow keys
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sp-window-private.h"

/* ---- search ------------------------------------------------------------ */

static void
search_changed_cb (SpWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  GArray *matches;

  g_clear_pointer (&self->search_matches, g_array_unref);
  if (self->network == NULL || text[0] == '\0')
    {
      gtk_label_set_text (self->search_status, "");
      sp_canvas_set_marked (self->canvas, NULL);
      return;
    }

  needle = g_utf8_casefold (text, -1);
  matches = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < sp_network_n_nodes (self->network); i++)
    {
      g_autofree char *hay = g_utf8_casefold (sp_network_node_label (self->network, i), -1);

      if (strstr (hay, needle) != NULL)
        g_array_append_val (matches, i);
    }

  if (matches->len == 0)
    gtk_label_set_text (self->search_status, _("No one found"));
  else
    {
      g_autofree char *status = g_strdup_printf (ngettext ("%u person", "%u people", matches->len), matches->len);
      gtk_label_set_text (self->search_status, status);
    }
  self->search_matches = g_array_ref (matches);
  sp_canvas_set_marked (self->canvas, matches);
}

static void
search_step (SpWindow *self,
             int       step)
{
  gint current = sp_canvas_get_selected (self->canvas);
  guint n, pick = 0;

  if (self->search_matches == NULL || self->search_matches->len == 0)
    return;
  n = self->search_matches->len;
  for (guint i = 0; i < n; i++)
    if ((gint) g_array_index (self->search_matches, guint, i) == current)
      {
        pick = (i + n + step) % n;
        break;
      }
  sp_window_select_node (self, g_array_index (self->search_matches, guint, pick), TRUE);
}

static void search_activate_cb (SpWindow *self) { search_step (self, 1); }
static void search_next_cb     (SpWindow *self) { search_step (self, 1); }
static void search_previous_cb (SpWindow *self) { search_step (self, -1); }

static void
search_stop_cb (SpWindow *self)
{
  gtk_toggle_button_set_active (self->search_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}

void
sp_window_search_init (SpWindow *self)
{
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search_entry, "next-match", G_CALLBACK (search_next_cb), self);
  g_signal_connect_swapped (self->search_entry, "previous-match", G_CALLBACK (search_previous_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->canvas));
}
