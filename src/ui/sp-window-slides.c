/* sp-window-slides.c — saved views (slides) and presentation mode
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-window-private.h"

/* ---- presentation ------------------------------------------------------ */

static void
show_caption (SpWindow   *self,
              const char *text,
              const char *caption)
{
  /* the slide's name, and under it the presenter's own sentence */
  g_autofree char *markup = caption != NULL && *caption != '\0'
                          ? g_markup_printf_escaped ("%s\n<span size=\"55%%\" weight=\"normal\">%s</span>",
                                                     text ? text : "", caption)
                          : g_markup_escape_text (text ? text : "", -1);

  gtk_label_set_markup (self->caption_label, markup);
  gtk_label_set_justify (self->caption_label, GTK_JUSTIFY_CENTER);
  gtk_revealer_set_reveal_child (self->caption_revealer, self->presenting && text != NULL && *text);
  /* the drawing starts below the title */
  sp_canvas_invalidate (self->canvas);
}

void
sp_window_go_to_slide (SpWindow *self,
                       gint      index)
{
  SpViewState *slide;

  if (self->slides->len == 0)
    return;
  index = CLAMP (index, 0, (gint) self->slides->len - 1);
  self->slide_index = index;
  slide = g_ptr_array_index (self->slides, index);
  sp_window_apply_view (self, slide, TRUE);
  sp_canvas_set_selected (self->canvas, slide->selected ? sp_network_find_node (self->network, slide->selected) : -1);
  show_caption (self, slide->name, slide->caption);
  sp_window_update_actions (self);
}

void
sp_window_add_slide (SpWindow   *self,
                     const char *name)
{
  sp_window_add_slide_full (self, name, NULL);
}

void
sp_window_add_slide_full (SpWindow   *self,
                          const char *name,
                          const char *caption)
{
  SpViewState *slide;
  gint selected;

  g_return_if_fail (SP_IS_WINDOW (self));

  if (self->network == NULL)
    return;
  slide = sp_window_copy_view (self);
  g_free (slide->name);
  slide->name = g_strdup (name && *name ? name : NULL);
  g_free (slide->caption);
  slide->caption = caption != NULL ? g_strstrip (g_strdup (caption)) : NULL;
  if (slide->caption != NULL && *slide->caption == '\0')
    g_clear_pointer (&slide->caption, g_free);
  if (slide->name == NULL)
    slide->name = g_strdup_printf (_("View %u"), self->slides->len + 1);
  selected = sp_canvas_get_selected (self->canvas);
  g_free (slide->selected);
  slide->selected = selected >= 0 ? g_strdup (sp_network_node (self->network, selected)->id) : NULL;
  g_ptr_array_add (self->slides, slide);
  self->unrecorded_changes = TRUE;
  sp_window_update_title (self);
  sp_window_update_actions (self);
  {
    /* Translators: %s is the name of a saved view */
    g_autofree char *message = g_strdup_printf (_("Saved view “%s”"), slide->name);
    sp_window_toast (self, message);
  }
}

void
sp_window_set_presenting (SpWindow *self,
                          gboolean  presenting)
{
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  gtk_revealer_set_reveal_child (self->header_revealer, !presenting);
  gtk_widget_set_visible (self->zoom_box, !presenting);
  if (presenting)
    {
      /* a presentation shows drawings, not the table */
      sp_window_show_people_table (self, FALSE);
      gtk_toggle_button_set_active (self->search_button, FALSE);
      self->panel_before_presenting = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
      show_caption (self, NULL, NULL);
      /* the side panel as it was before presenting, and F9's state with it */
      adw_flap_set_reveal_flap (self->flap, self->panel_before_presenting);
      sp_window_set_action_state (self, "show-panel", g_variant_new_boolean (self->panel_before_presenting));
    }
  sp_window_set_action_state (self, "presentation", g_variant_new_boolean (presenting));
  sp_window_update_style (self);
  if (presenting && self->slides->len > 0)
    sp_window_go_to_slide (self, self->slide_index >= 0 ? self->slide_index : 0);
  sp_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
}
