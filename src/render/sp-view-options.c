/* sp-view-options.c — a view state as drawing options */
#define G_LOG_DOMAIN "sp-render"

#include "config.h"

#include "sp-view-options.h"
#include "sp-state.h"

/* indexed by SpRenderView */
static const char *const view_names[] = { "network", "heat-table", "clients", "quadrants", "talent-grid", "groups" };

const char *
sp_render_view_to_string (SpRenderView view)
{
  g_return_val_if_fail ((guint) view < G_N_ELEMENTS (view_names), view_names[0]);
  return view_names[view];
}

gboolean
sp_render_view_from_string (const char   *name,
                            SpRenderView *view)
{
  g_return_val_if_fail (view != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (view_names); i++)
    if (g_str_equal (name, view_names[i]))
      {
        *view = (SpRenderView) i;
        return TRUE;
      }
  return FALSE;
}

void
sp_view_storage_clear (SpViewStorage *storage)
{
  g_clear_pointer (&storage->node_visible, g_free);
  g_clear_pointer (&storage->tie_type_visible, g_free);
  g_clear_pointer (&storage->ghosted, g_free);
  g_clear_pointer (&storage->moved_department, g_ptr_array_unref);
  g_clear_pointer (&storage->ties_gained, g_array_unref);
  g_clear_pointer (&storage->ties_lost, g_array_unref);
  g_clear_pointer (&storage->caption, g_free);
}

void
sp_render_options_from_view (SpRenderOptions   *options,
                             const SpViewState *view,
                             SpNetwork         *network,
                             SpInsights        *insights,
                             SpViewStorage     *storage)
{
  SpRenderView kind = SP_RENDER_VIEW_NETWORK;
  SpRingIndicator ring = SP_RING_NONE;
  SpInsightKind list;

  g_return_if_fail (options != NULL);
  g_return_if_fail (view != NULL);

  options->color_by = view->color_by;
  options->size_by = view->size_by;
  options->group_by = view->group_by;
  options->label_density = view->label_density;
  options->zoom = view->zoom;
  options->pan_x = view->pan_x;
  options->pan_y = view->pan_y;

  if (!sp_render_view_from_string (view->view, &kind))
    kind = SP_RENDER_VIEW_NETWORK;
  options->view = kind;
  options->color_scale = (SpColorScale) CLAMP (view->color_scale, 0, 2);
  if (view->indicator == NULL || !sp_ring_indicator_from_string (view->indicator, &ring))
    ring = SP_RING_NONE;
  options->indicator = ring;
  options->heatmap = view->heatmap;
  options->heatmap_bandwidth = view->heatmap_bandwidth;
  options->hulls = view->hulls;

  if (network != NULL && storage != NULL)
    {
      g_free (storage->node_visible);
      g_free (storage->tie_type_visible);
      /* a filter on a measure reads the drawing's measures: set
       * options->metrics before this call */
      storage->node_visible = sp_view_state_node_visibility_full (view, network, options->metrics);
      storage->tie_type_visible = sp_view_state_tie_visibility (view, network);
      options->node_visible = storage->node_visible;
      options->tie_type_visible = storage->tie_type_visible;
    }

  if (insights != NULL && view->highlight != NULL
      && sp_insight_kind_from_string (view->highlight, &list))
    {
      GArray *people = insights->people[list];

      options->highlight = (const guint *) (gpointer) people->data;
      options->n_highlight = people->len;
      options->highlight_name = sp_insight_kind_label (list);
    }
}

void
sp_render_options_from_scenario (SpRenderOptions  *options,
                                 const SpScenario *scenario,
                                 SpNetwork        *network,
                                 SpViewStorage    *storage)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (network != NULL);
  g_return_if_fail (storage != NULL);

  g_free (storage->ghosted);
  storage->ghosted = sp_scenario_removed_mask (scenario, network, NULL);
  options->ghosted = storage->ghosted;

  g_clear_pointer (&storage->moved_department, g_ptr_array_unref);
  storage->moved_department = sp_scenario_moved_departments (scenario, network);
  options->moved_department = storage->moved_department != NULL
                            ? (const char *const *) storage->moved_department->pdata : NULL;

  g_clear_pointer (&storage->ties_gained, g_array_unref);
  g_clear_pointer (&storage->ties_lost, g_array_unref);
  if (scenario->comparison != NULL)
    {
      storage->ties_gained = g_array_new (FALSE, FALSE, sizeof (guint));
      storage->ties_lost = g_array_new (FALSE, FALSE, sizeof (guint));
      sp_scenario_drawn_ties (scenario, storage->ties_gained, storage->ties_lost);
      options->ties_gained = (const guint *) (gpointer) storage->ties_gained->data;
      options->n_ties_gained = storage->ties_gained->len / 2;
      options->ties_lost = (const guint *) (gpointer) storage->ties_lost->data;
      options->n_ties_lost = storage->ties_lost->len / 2;
    }

  g_free (storage->caption);
  storage->caption = sp_scenario_caption (scenario, network);
  if (storage->caption != NULL)
    options->caption = storage->caption;
}

void
sp_render_options_add_state (SpRenderOptions   *options,
                             SpNetwork         *network,
                             const SpViewState *view,
                             const SpScenario  *scenario,
                             SpViewStorage     *storage)
{
  g_autofree char *line = NULL;
  char *caption;

  g_return_if_fail (options != NULL && network != NULL && storage != NULL);

  line = sp_state_describe (network, view, scenario, storage->node_visible, NULL);
  if (line == NULL)
    return;
  caption = options->caption != NULL && *options->caption != '\0'
          ? g_strconcat (line, "\n", options->caption, NULL)
          : g_strdup (line);
  g_free (storage->caption);   /* (options->caption may be it: replaced below) */
  storage->caption = caption;
  options->caption = storage->caption;
}
