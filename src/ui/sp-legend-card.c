/* sp-legend-card.c — the canvas's legend, drawn by the shared renderer */
#define G_LOG_DOMAIN "sp-legend-card"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sp-legend-card.h"

struct _SpLegendCard {
  GtkWidget  parent_instance;

  /* owned */
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *arrow;
  GtkWidget *revealer;
  GtkWidget *area;

  /* borrowed */
  SpCanvas  *canvas;
  gulong     changed_id;
  guint      update_source;

  double     legend_width;
  double     legend_height;
};

G_DEFINE_FINAL_TYPE (SpLegendCard, sp_legend_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
sp_legend_card_get_options (SpLegendCard    *self,
                            SpRenderOptions *options)
{
  double fit, scale;

  g_return_if_fail (SP_IS_LEGEND_CARD (self));

  if (self->canvas == NULL)
    {
      sp_render_options_init (options, 1, 1);
      return;
    }
  sp_canvas_get_render_options (self->canvas, options);
  options->layers = SP_RENDER_LAYER_LEGEND;
  options->show_legend = TRUE;
  options->show_title = FALSE;
  /* Text at the size of the window's own (the renderer scales its text
   * with the drawing; undo that), a little larger when presenting. */
  fit = CLAMP (sqrt (MAX (options->width * options->height, 1)) / 1265.0, 0.75, 2.5);
  scale = MIN (options->label_scale > 0 ? options->label_scale : 1.0, 1.5);
  options->label_scale = scale / fit;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  SpLegendCard *self = user_data;
  SpRenderOptions options;
  SpNetwork *network;

  if (self->canvas == NULL || (network = sp_canvas_get_network (self->canvas)) == NULL)
    return;
  sp_legend_card_get_options (self, &options);
  /* the card is the legend's box: leave out the box's own border */
  cairo_rectangle (cr, 1, 0, width - 2, height - 1);
  cairo_clip (cr);
  sp_render (cr, network, &options);
}

static void
update (SpLegendCard *self)
{
  SpRenderOptions options;
  SpNetwork *network = self->canvas ? sp_canvas_get_network (self->canvas) : NULL;
  double w = 0, h = 0;
  gboolean wider;

  if (network == NULL || !network->has_layout || sp_network_n_nodes (network) == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  sp_legend_card_get_options (self, &options);
  /* the client view, the heat table and the quadrants carry their own */
  if (options.view != SP_RENDER_VIEW_NETWORK
      || !sp_render_legend_size (network, &options, &w, &h))
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }
  wider = (int) ceil (w) != (int) ceil (self->legend_width);
  self->legend_width = w;
  self->legend_height = h;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), (int) ceil (w));
  /* the legend's top padding is the header's */
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), (int) ceil (h));
  if (options.dark)
    gtk_widget_add_css_class (self->box, "sp-dark");
  else
    gtk_widget_remove_css_class (self->box, "sp-dark");
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_widget_queue_draw (self->area);
  /* a wider or narrower card: the canvas keeps its new column free (the
   * new scene brings the same width, so this asks once) */
  if (wider && sp_legend_card_get_expanded (self))
    sp_canvas_invalidate (self->canvas);
}

static gboolean
update_idle (gpointer user_data)
{
  SpLegendCard *self = user_data;

  self->update_source = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* The canvas tells of changes during size allocation too: measure the
 * legend once things have settled. */
static void
scene_changed_cb (SpLegendCard *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add (update_idle, self);
}

void
sp_legend_card_set_canvas (SpLegendCard *self,
                           SpCanvas     *canvas)
{
  g_return_if_fail (SP_IS_LEGEND_CARD (self));

  if (self->canvas != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->canvas);
      g_object_remove_weak_pointer (G_OBJECT (self->canvas), (gpointer *) &self->canvas);
    }
  self->canvas = canvas;
  if (canvas != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (canvas), (gpointer *) &self->canvas);
      self->changed_id = g_signal_connect_swapped (canvas, "scene-changed", G_CALLBACK (scene_changed_cb), self);
      sp_canvas_set_legend_space (canvas, sp_legend_card_get_expanded (self));
    }
  update (self);
}

gboolean
sp_legend_card_get_expanded (SpLegendCard *self)
{
  g_return_val_if_fail (SP_IS_LEGEND_CARD (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->revealer));
}

void
sp_legend_card_set_expanded (SpLegendCard *self,
                             gboolean      expanded)
{
  g_return_if_fail (SP_IS_LEGEND_CARD (self));

  if (sp_legend_card_get_expanded (self) == !!expanded)
    return;
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), expanded);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->header), expanded);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow), expanded ? "pan-up-symbolic" : "pan-down-symbolic");
  if (self->canvas != NULL)
    sp_canvas_set_legend_space (self->canvas, expanded);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

gboolean
sp_legend_card_is_showing (SpLegendCard *self)
{
  g_return_val_if_fail (SP_IS_LEGEND_CARD (self), FALSE);
  return self->update_source == 0 && gtk_widget_get_visible (GTK_WIDGET (self)) && sp_legend_card_get_expanded (self)
      && self->legend_height > 0;
}

static void
header_toggled_cb (SpLegendCard *self)
{
  sp_legend_card_set_expanded (self, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->header)));
}

static void
sp_legend_card_dispose (GObject *object)
{
  SpLegendCard *self = SP_LEGEND_CARD (object);

  sp_legend_card_set_canvas (self, NULL);
  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (sp_legend_card_parent_class)->dispose (object);
}

static void
sp_legend_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SpLegendCard *self = SP_LEGEND_CARD (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, sp_legend_card_get_expanded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_legend_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SpLegendCard *self = SP_LEGEND_CARD (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      sp_legend_card_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_legend_card_class_init (SpLegendCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_legend_card_dispose;
  object_class->get_property = sp_legend_card_get_property;
  object_class->set_property = sp_legend_card_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "splegendcard");
}

static void
sp_legend_card_init (SpLegendCard *self)
{
  GtkWidget *header_box, *label;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->box, "sp-legend-card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (_("Legend"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header_box), label);
  self->arrow = gtk_image_new_from_icon_name ("pan-up-symbolic");
  gtk_box_append (GTK_BOX (header_box), self->arrow);

  self->header = gtk_toggle_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->header), header_box);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->header), TRUE);
  gtk_widget_add_css_class (self->header, "flat");
  gtk_widget_set_tooltip_text (self->header, _("Show or hide the legend"));
  g_signal_connect_swapped (self->header, "toggled", G_CALLBACK (header_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->header);

  self->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend of the network drawing"), -1);
  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), self->area);
  gtk_box_append (GTK_BOX (self->box), self->revealer);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sp_legend_card_new (void)
{
  return g_object_new (SP_TYPE_LEGEND_CARD, NULL);
}
