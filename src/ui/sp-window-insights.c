/* sp-window-insights.c — the window's talent, openness and views
 *
 * The actions behind the "Talent & openness" panel and the view switcher
 * (each an undoable change of the view state, saved with the file), the
 * client panel beside the client view, the clients placed on their ring
 * while that view is shown (and put back after), and the highlighted
 * named list.
 */
#define G_LOG_DOMAIN "sp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-client-layout.h"
#include "sp-view-options.h"
#include "sp-window-private.h"

typedef struct {
  guint  node;
  double x;
  double y;
} ClientPosition;

void
sp_window_insights_finalize (SpWindow *self)
{
  SpWindowInsights *st = &self->insights;

  g_clear_pointer (&st->placed, sp_network_unref);
  g_clear_pointer (&st->positions, g_array_unref);
  g_clear_pointer (&st->panel_network, sp_network_unref);
  g_clear_pointer (&st->panel_ties, g_free);
  g_clear_pointer (&st->shown_highlight, g_free);
}

static const char *const scale_names[] = { "auto", "sequential", "diverging" };

static SpRenderView
view_from_string (const char *name)
{
  SpRenderView view = SP_RENDER_VIEW_NETWORK;

  return sp_render_view_from_string (name, &view) ? view : SP_RENDER_VIEW_NETWORK;
}

static void
set_state (SpWindow   *self,
           const char *name,
           GVariant   *state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_variant_ref_sink (state);
  if (action != NULL)
    g_simple_action_set_state (G_SIMPLE_ACTION (action), state);
  g_variant_unref (state);
}

/* ---- actions ---------------------------------------------------------- */

static void
action_view (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);
  SpRenderView view = view_from_string (name);
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  g_free (next->view);
  next->view = view == SP_RENDER_VIEW_NETWORK ? NULL : g_strdup (sp_render_view_to_string (view));
  sp_window_change_view (self, _("Change view"), next);
  /* a view is a drawing: the canvas comes back from behind the table */
  sp_window_show_people_table (self, FALSE);
  /* the client list belongs beside the client view; the tables have
   * nobody to select and want the room */
  if (view == SP_RENDER_VIEW_CLIENTS && !sp_window_get_presenting (self))
    adw_flap_set_reveal_flap (self->insight_flap, TRUE);   /* (a slide shows the drawing alone) */
  if (view == SP_RENDER_VIEW_HEAT_TABLE || view == SP_RENDER_VIEW_QUADRANTS
      || view == SP_RENDER_VIEW_TALENT_GRID || view == SP_RENDER_VIEW_GROUPS
      || view == SP_RENDER_VIEW_CLIENTS)
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
action_color_scale (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  next->color_scale = 0;
  for (guint i = 0; i < G_N_ELEMENTS (scale_names); i++)
    if (g_str_equal (name, scale_names[i]))
      next->color_scale = i;
  sp_window_change_view (self, _("Colour scale"), next);
}

static void
action_indicator (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);
  SpRingIndicator ring;
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  if (!sp_ring_indicator_from_string (name, &ring))
    ring = SP_RING_NONE;
  next = sp_window_copy_view (self);
  g_free (next->indicator);
  next->indicator = ring == SP_RING_NONE ? NULL : g_strdup (name);
  sp_window_change_view (self, _("Ring"), next);
}

static void
action_heatmap (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  next->heatmap = g_variant_get_boolean (param);
  sp_window_change_view (self, next->heatmap ? _("Show heatmap") : _("Hide heatmap"), next);
}

static void
action_heatmap_bandwidth (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  next->heatmap_bandwidth = MAX (g_variant_get_double (param), 0);
  sp_window_change_view (self, _("Heatmap spread"), next);
}

static void
action_hulls (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  next->hulls = g_variant_get_boolean (param);
  sp_window_change_view (self, next->hulls ? _("Show department hulls") : _("Hide department hulls"), next);
}

static void
action_highlight (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpWindow *self = user_data;
  const char *name = g_variant_get_string (param, NULL);
  SpInsightKind kind;
  SpViewState *next;

  if (sp_window_get_network (self) == NULL)
    return;
  next = sp_window_copy_view (self);
  g_free (next->highlight);
  next->highlight = sp_insight_kind_from_string (name, &kind) ? g_strdup (name) : NULL;
  sp_window_change_view (self, next->highlight ? _("Highlight list") : _("Clear highlight"), next);
}

static void
action_show_insights (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  AdwFlap *flap = SP_WINDOW (user_data)->insight_flap;

  adw_flap_set_reveal_flap (flap, !adw_flap_get_reveal_flap (flap));
}

static const GActionEntry insight_entries[] = {
  { "view", action_view, "s", "'network'" },
  { "color-scale", action_color_scale, "s", "'auto'" },
  { "indicator", action_indicator, "s", "'none'" },
  { "heatmap", action_heatmap, "b", "false" },
  { "heatmap-bandwidth", action_heatmap_bandwidth, "d", "0.0" },
  { "hulls", action_hulls, "b", "false" },
  { "highlight", action_highlight, "s", "''" },
  { "show-insights", action_show_insights, NULL, "false" },
};

/* ---- keeping things in step ------------------------------------------ */

static void
apply_highlight (SpWindow *self)
{
  SpWindowInsights *st = &self->insights;
  const SpViewState *view = sp_window_get_view (self);
  SpInsights *insights = sp_insight_panel_get_insights (self->insight_panel);
  SpRenderOptions options;

  sp_render_options_init (&options, 1, 1);
  sp_render_options_from_view (&options, view, NULL, insights, NULL);
  if (options.highlight_name == NULL)
    insights = NULL;
  if (st->shown_valid && st->shown_insights == insights && g_strcmp0 (st->shown_highlight, view->highlight) == 0)
    return;
  st->shown_valid = TRUE;
  st->shown_insights = insights;
  g_free (st->shown_highlight);
  st->shown_highlight = g_strdup (view->highlight);

  if (insights == NULL)
    sp_canvas_set_highlight (sp_window_get_canvas (self), NULL, NULL);
  else
    {
      GArray *nodes = g_array_sized_new (FALSE, FALSE, sizeof (guint), options.n_highlight);

      g_array_append_vals (nodes, options.highlight, options.n_highlight);
      sp_canvas_set_highlight (sp_window_get_canvas (self), nodes, options.highlight_name);
    }
}

/* Clients stand on a ring around the organisation in the client view; the
 * positions they had come back when the view is left. */
static void
place_clients (SpWindow *self)
{
  SpWindowInsights *st = &self->insights;
  SpNetwork *net = sp_window_get_network (self);
  const SpViewState *view = sp_window_get_view (self);
  gboolean want = net != NULL && net->has_layout && sp_network_n_clients (net) > 0
               && view_from_string (view->view) == SP_RENDER_VIEW_CLIENTS;

  if (st->placed != NULL && st->placed != net)
    {
      /* another network: nothing to put back */
      g_clear_pointer (&st->placed, sp_network_unref);
      g_clear_pointer (&st->positions, g_array_unref);
    }

  if (want && st->placed == NULL)
    {
      st->positions = g_array_new (FALSE, FALSE, sizeof (ClientPosition));
      for (guint i = 0; i < sp_network_n_nodes (net); i++)
        if (sp_network_node (net, i)->kind == SP_NODE_CLIENT)
          g_array_append_val (st->positions, ((ClientPosition) { i, net->x[i], net->y[i] }));
      sp_layout_place_clients_around (net);
      st->placed = sp_network_ref (net);
      sp_canvas_invalidate (sp_window_get_canvas (self));
    }
  else if (!want && st->placed != NULL)
    {
      for (guint k = 0; k < st->positions->len; k++)
        {
          const ClientPosition *p = &g_array_index (st->positions, ClientPosition, k);

          net->x[p->node] = p->x;
          net->y[p->node] = p->y;
        }
      g_clear_pointer (&st->placed, sp_network_unref);
      g_clear_pointer (&st->positions, g_array_unref);
      sp_canvas_invalidate (sp_window_get_canvas (self));
    }
}

static char *
ties_key (const SpViewState *view)
{
  return view->hidden_tie_types ? g_strjoinv ("\n", view->hidden_tie_types) : g_strdup ("");
}

void
sp_window_insights_sync (SpWindow *self)
{
  SpWindowInsights *st = &self->insights;
  SpNetwork *net = sp_window_get_network (self);
  const SpViewState *view = sp_window_get_view (self);
  SpRenderView v = view_from_string (view->view);
  g_autofree char *ties = ties_key (view);

  set_state (self, "view", g_variant_new_string (sp_render_view_to_string (v)));
  set_state (self, "color-scale", g_variant_new_string (scale_names[CLAMP (view->color_scale, 0, 2)]));
  set_state (self, "indicator", g_variant_new_string (view->indicator ? view->indicator : "none"));
  set_state (self, "heatmap", g_variant_new_boolean (view->heatmap));
  set_state (self, "heatmap-bandwidth", g_variant_new_double (view->heatmap_bandwidth));
  set_state (self, "hulls", g_variant_new_boolean (view->hulls));
  set_state (self, "highlight", g_variant_new_string (view->highlight ? view->highlight : ""));

  gtk_widget_set_visible (self->view_switcher, net != NULL);
  gtk_widget_set_visible (self->zoom_box,
                          !sp_window_get_presenting (self)
                          && v != SP_RENDER_VIEW_HEAT_TABLE && v != SP_RENDER_VIEW_QUADRANTS
                          && v != SP_RENDER_VIEW_TALENT_GRID && v != SP_RENDER_VIEW_GROUPS);
  if (net != st->panel_network || g_strcmp0 (ties, st->panel_ties) != 0)
    {
      g_autofree gboolean *mask = net ? sp_view_state_tie_visibility (view, net) : NULL;

      if (net != st->panel_network)
        sp_insight_panel_set_network (self->insight_panel, net);
      sp_client_panel_set_measures (self->client_panel, self->measures);
      sp_client_panel_set_network (self->client_panel, net, mask, NULL);
      g_clear_pointer (&st->panel_network, sp_network_unref);
      st->panel_network = net ? sp_network_ref (net) : NULL;
      g_free (st->panel_ties);
      st->panel_ties = g_steal_pointer (&ties);
    }
  sp_insight_panel_sync (self->insight_panel, view);
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    v == SP_RENDER_VIEW_CLIENTS ? "clients" : "insights");
  place_clients (self);
  apply_highlight (self);
}

void
sp_window_insights_update (SpWindow *self)
{
  SpNetwork *net = sp_window_get_network (self);
  SpMetrics *metrics = sp_window_get_metrics (self);
  SpCanvas *canvas = sp_window_get_canvas (self);

  if (net == NULL)
    return;
  sp_canvas_set_metrics (canvas, metrics);
  {
    g_autofree gboolean *mask = sp_view_state_tie_visibility (sp_window_get_view (self), net);

    sp_insight_panel_set_analysis (self->insight_panel, self->measures, metrics, mask);
  }
  sp_client_panel_select (self->client_panel, sp_canvas_get_selected (canvas));
}

void
sp_window_insights_export_options (SpWindow              *self,
                                   const SpRenderOptions *canvas,
                                   SpRenderOptions       *options)
{
  options->view = canvas->view;
  options->color_scale = canvas->color_scale;
  options->indicator = canvas->indicator;
  options->heatmap = canvas->heatmap;
  options->heatmap_bandwidth = canvas->heatmap_bandwidth;
  options->hulls = canvas->hulls;
  options->metrics = canvas->metrics;
  options->highlight = canvas->highlight;
  options->n_highlight = canvas->n_highlight;
  options->highlight_name = canvas->highlight_name;
  if (canvas->view == SP_RENDER_VIEW_CLIENTS)
    options->selected = canvas->selected;
}

static void
insights_changed_cb (SpWindow *self)
{
  if (sp_window_get_network (self) != NULL)
    apply_highlight (self);
}

static void
client_selected_cb (SpWindow *self,
                    gint      node)
{
  sp_canvas_set_selected (sp_window_get_canvas (self), node);
}

static void
insight_flap_revealed_cb (SpWindow *self)
{
  set_state (self, "show-insights",
             g_variant_new_boolean (adw_flap_get_reveal_flap (self->insight_flap)));
}

/* Presenting shows the drawing alone; the side panel comes back after. */
static void
presentation_changed_cb (GActionGroup *group,
                         const char   *name,
                         GVariant     *state,
                         SpWindow     *self)
{
  SpWindowInsights *st = &self->insights;
  AdwFlap *flap = self->insight_flap;

  if (g_variant_get_boolean (state))
    {
      st->revealed_before_presenting = adw_flap_get_reveal_flap (flap);
      adw_flap_set_reveal_flap (flap, FALSE);
    }
  else if (st->revealed_before_presenting)
    adw_flap_set_reveal_flap (flap, TRUE);
  if (sp_window_get_network (self) != NULL)
    sp_window_insights_sync (self);
}

void
sp_window_insights_init (SpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), insight_entries, G_N_ELEMENTS (insight_entries), self);
  /* a worker may finish after the window is gone */
  g_signal_connect_object (self->insight_panel, "insights-changed",
                           G_CALLBACK (insights_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->client_panel, "client-selected",
                           G_CALLBACK (client_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->insight_flap, "notify::reveal-flap",
                            G_CALLBACK (insight_flap_revealed_cb), self);
  g_signal_connect (self, "action-state-changed::presentation",
                    G_CALLBACK (presentation_changed_cb), self);
}
