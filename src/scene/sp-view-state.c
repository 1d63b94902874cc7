/* sp-view-state.c — the view settings and their GKeyFile form */
#define G_LOG_DOMAIN "sp-view-state"

#include "config.h"

#include <math.h>

#include "sp-view-state.h"
#include "sp-filter.h"
#include <glib/gi18n.h>

#define GROUP_VIEW "View"
#define GROUP_SLIDE "Slide %u"

SpViewState *
sp_view_state_new (void)
{
  SpViewState *self = g_new0 (SpViewState, 1);

  self->layout_engine = g_strdup ("sfdp");
  self->label_density = 0.6;
  self->ego_depth = 1;
  self->zoom = 1.0;

  return self;
}

SpViewState *
sp_view_state_copy (const SpViewState *self)
{
  SpViewState *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (SpViewState, 1);
  *copy = *self;
  copy->name = g_strdup (self->name);
  copy->caption = g_strdup (self->caption);
  copy->layout_engine = g_strdup (self->layout_engine);
  copy->color_by = g_strdup (self->color_by);
  copy->size_by = g_strdup (self->size_by);
  copy->group_by = g_strdup (self->group_by);
  copy->hidden_departments = g_strdupv (self->hidden_departments);
  copy->hidden_tie_types = g_strdupv (self->hidden_tie_types);
  copy->hidden_people = g_strdupv (self->hidden_people);
  copy->filter = g_strdup (self->filter);
  copy->ego = g_strdup (self->ego);
  copy->selected = g_strdup (self->selected);
  copy->view = g_strdup (self->view);
  copy->indicator = g_strdup (self->indicator);
  copy->highlight = g_strdup (self->highlight);
  copy->strategy = g_strdup (self->strategy);

  return copy;
}

void
sp_view_state_free (SpViewState *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->caption);
  g_free (self->layout_engine);
  g_free (self->color_by);
  g_free (self->size_by);
  g_free (self->group_by);
  g_strfreev (self->hidden_departments);
  g_strfreev (self->hidden_tie_types);
  g_strfreev (self->hidden_people);
  g_free (self->filter);
  g_free (self->ego);
  g_free (self->selected);
  g_free (self->view);
  g_free (self->indicator);
  g_free (self->highlight);
  g_free (self->strategy);
  g_free (self);
}

static gboolean
strv_equal0 (GStrv a,
             GStrv b)
{
  guint la = a ? g_strv_length (a) : 0;
  guint lb = b ? g_strv_length (b) : 0;

  if (la != lb)
    return FALSE;
  for (guint i = 0; i < la; i++)
    if (!g_strv_contains ((const char * const *) b, a[i]))
      return FALSE;
  return TRUE;
}

gboolean
sp_view_state_equal (const SpViewState *a,
                     const SpViewState *b)
{
  return g_strcmp0 (a->name, b->name) == 0
      && g_strcmp0 (a->caption, b->caption) == 0
      && g_strcmp0 (a->layout_engine, b->layout_engine) == 0
      && g_strcmp0 (a->color_by, b->color_by) == 0
      && g_strcmp0 (a->size_by, b->size_by) == 0
      && g_strcmp0 (a->group_by, b->group_by) == 0
      && !a->layout_groups == !b->layout_groups
      && a->label_density == b->label_density
      && strv_equal0 (a->hidden_departments, b->hidden_departments)
      && strv_equal0 (a->hidden_tie_types, b->hidden_tie_types)
      && strv_equal0 (a->hidden_people, b->hidden_people)
      && g_strcmp0 (a->filter, b->filter) == 0
      && g_strcmp0 (a->ego, b->ego) == 0
      && (a->ego == NULL || a->ego_depth == b->ego_depth)
      && g_strcmp0 (a->selected, b->selected) == 0
      && a->zoom == b->zoom
      && a->pan_x == b->pan_x
      && a->pan_y == b->pan_y
      && g_strcmp0 (a->view, b->view) == 0
      && a->color_scale == b->color_scale
      && g_strcmp0 (a->indicator, b->indicator) == 0
      && !a->heatmap == !b->heatmap
      && a->heatmap_bandwidth == b->heatmap_bandwidth
      && !a->hulls == !b->hulls
      && g_strcmp0 (a->highlight, b->highlight) == 0
      && g_strcmp0 (a->strategy, b->strategy) == 0
      && !a->fit_outlines == !b->fit_outlines;
}

gboolean
sp_view_state_strv_has (GStrv       strv,
                        const char *s)
{
  return strv != NULL && s != NULL && g_strv_contains ((const char * const *) strv, s);
}

GStrv
sp_view_state_strv_with (GStrv       strv,
                         const char *s,
                         gboolean    add)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (g_strcmp0 (strv[i], s) != 0)
      g_strv_builder_add (builder, strv[i]);
  if (add && s != NULL)
    g_strv_builder_add (builder, s);

  return g_strv_builder_end (builder);
}

gboolean *
sp_view_state_tie_visibility (const SpViewState *self,
                              SpNetwork         *network)
{
  guint n = network->tie_types->len;
  gboolean *visible = g_new (gboolean, MAX (n, 1));

  for (guint t = 0; t < n; t++)
    visible[t] = !sp_view_state_strv_has (self->hidden_tie_types,
                                          g_ptr_array_index (network->tie_types, t));
  return visible;
}

gboolean
sp_view_state_filter_uses_measures (const SpViewState *self,
                                    SpNetwork         *network)
{
  g_autoptr (SpFilter) filter = NULL;

  if (self->filter == NULL || *self->filter == '\0')
    return FALSE;
  filter = sp_filter_parse (self->filter, network, NULL);
  return filter != NULL && sp_filter_uses_measures (filter);
}

gboolean *
sp_view_state_node_visibility (const SpViewState *self,
                               SpNetwork         *network)
{
  return sp_view_state_node_visibility_full (self, network, NULL);
}

gboolean *
sp_view_state_node_visibility_full (const SpViewState *self,
                                    SpNetwork         *network,
                                    SpMetrics         *metrics)
{
  guint n = sp_network_n_nodes (network);
  gboolean *visible = g_new (gboolean, MAX (n, 1));
  g_autofree gboolean *tie_visible = sp_view_state_tie_visibility (self, network);
  gint ego = self->ego ? sp_network_find_node (network, self->ego) : -1;

  for (guint i = 0; i < n; i++)
    {
      const SpNode *node = sp_network_node (network, i);

      visible[i] = !sp_view_state_strv_has (self->hidden_people, node->id)
                && !(node->department != NULL
                     && sp_view_state_strv_has (self->hidden_departments, node->department));
    }
  if (self->filter != NULL && *self->filter != '\0')
    {
      g_autoptr (SpFilter) filter = sp_filter_parse (self->filter, network, NULL);

      /* (a filter on a measure waits for the measures rather than hide
       * everyone; the state line says so) */
      if (filter != NULL && (metrics != NULL || !sp_filter_uses_measures (filter)))
        sp_filter_apply (filter, network, metrics, visible);
    }

  if (ego >= 0 && visible[ego])
    {
      /* Breadth-first over the visible ties, up to ego_depth steps. */
      g_autofree int *dist = g_new (int, MAX (n, 1));
      guint n_ties = sp_network_n_ties (network);
      int depth = CLAMP (self->ego_depth, 1, 2);

      for (guint i = 0; i < n; i++)
        dist[i] = -1;
      dist[ego] = 0;

      for (int step = 1; step <= depth; step++)
        for (guint t = 0; t < n_ties; t++)
          {
            const SpTie *tie = sp_network_tie (network, t);

            if (!tie_visible[tie->type] || !visible[tie->source] || !visible[tie->target])
              continue;
            if (dist[tie->source] == step - 1 && dist[tie->target] < 0)
              dist[tie->target] = step;
            else if (dist[tie->target] == step - 1 && dist[tie->source] < 0)
              dist[tie->source] = step;
          }

      for (guint i = 0; i < n; i++)
        visible[i] = visible[i] && dist[i] >= 0;
    }

  return visible;
}

static void
write_state (GKeyFile          *kf,
             const char        *group,
             const SpViewState *v)
{
  if (v->name != NULL)
    g_key_file_set_string (kf, group, "name", v->name);
  if (v->caption != NULL)
    g_key_file_set_string (kf, group, "caption", v->caption);
  g_key_file_set_string (kf, group, "layout-engine", v->layout_engine ? v->layout_engine : "sfdp");
  g_key_file_set_string (kf, group, "color-by", v->color_by ? v->color_by : "");
  g_key_file_set_string (kf, group, "size-by", v->size_by ? v->size_by : "");
  if (v->group_by != NULL)
    g_key_file_set_string (kf, group, "group-by", v->group_by);
  if (v->layout_groups)
    g_key_file_set_boolean (kf, group, "layout-groups", TRUE);
  g_key_file_set_double (kf, group, "label-density", v->label_density);
#define WRITE_STRV(key, strv) \
  g_key_file_set_string_list (kf, group, key, \
                              (const char * const *) (strv ? strv : (GStrv) (const char *[]) { NULL }), \
                              strv ? g_strv_length (strv) : 0)
  WRITE_STRV ("hidden-departments", v->hidden_departments);
  WRITE_STRV ("hidden-tie-types", v->hidden_tie_types);
  WRITE_STRV ("hidden-people", v->hidden_people);
#undef WRITE_STRV
  if (v->filter != NULL)
    g_key_file_set_string (kf, group, "filter", v->filter);
  g_key_file_set_string (kf, group, "ego", v->ego ? v->ego : "");
  g_key_file_set_integer (kf, group, "ego-depth", v->ego_depth);
  g_key_file_set_string (kf, group, "selected", v->selected ? v->selected : "");
  g_key_file_set_double (kf, group, "zoom", v->zoom);
  g_key_file_set_double (kf, group, "pan-x", v->pan_x);
  g_key_file_set_double (kf, group, "pan-y", v->pan_y);
  g_key_file_set_string (kf, group, "view", v->view ? v->view : "");
  g_key_file_set_string (kf, group, "color-scale",
                         v->color_scale == 1 ? "sequential" : v->color_scale == 2 ? "diverging" : "auto");
  g_key_file_set_string (kf, group, "indicator", v->indicator ? v->indicator : "");
  g_key_file_set_boolean (kf, group, "heatmap", v->heatmap);
  g_key_file_set_double (kf, group, "heatmap-bandwidth", v->heatmap_bandwidth);
  g_key_file_set_boolean (kf, group, "hulls", v->hulls);
  g_key_file_set_string (kf, group, "highlight", v->highlight ? v->highlight : "");
  g_key_file_set_string (kf, group, "strategy", v->strategy ? v->strategy : "");
  g_key_file_set_boolean (kf, group, "fit-outlines", v->fit_outlines);
}

static char *
read_string (GKeyFile   *kf,
             const char *group,
             const char *key)
{
  g_autofree char *s = g_key_file_get_string (kf, group, key, NULL);

  if (s == NULL || *s == '\0')
    return NULL;
  return g_steal_pointer (&s);
}

static GStrv
read_strv (GKeyFile   *kf,
           const char *group,
           const char *key)
{
  GStrv strv = g_key_file_get_string_list (kf, group, key, NULL, NULL);

  if (strv != NULL && strv[0] == NULL)
    g_clear_pointer (&strv, g_strfreev);
  return strv;
}

static double
read_double (GKeyFile   *kf,
             const char *group,
             const char *key,
             double      fallback)
{
  g_autoptr (GError) error = NULL;
  double d = g_key_file_get_double (kf, group, key, &error);

  return error != NULL || !isfinite (d) ? fallback : d;
}

static SpViewState *
read_state (GKeyFile   *kf,
            const char *group)
{
  SpViewState *v = sp_view_state_new ();
  g_autofree char *engine = read_string (kf, group, "layout-engine");

  v->name = read_string (kf, group, "name");
  v->caption = read_string (kf, group, "caption");
  if (engine != NULL)
    {
      g_free (v->layout_engine);
      v->layout_engine = g_steal_pointer (&engine);
    }
  v->color_by = read_string (kf, group, "color-by");
  v->size_by = read_string (kf, group, "size-by");
  v->group_by = read_string (kf, group, "group-by");
  v->layout_groups = g_key_file_get_boolean (kf, group, "layout-groups", NULL);
  v->label_density = CLAMP (read_double (kf, group, "label-density", 0.6), 0.0, 1.0);
  v->hidden_departments = read_strv (kf, group, "hidden-departments");
  v->hidden_tie_types = read_strv (kf, group, "hidden-tie-types");
  v->hidden_people = read_strv (kf, group, "hidden-people");
  v->filter = read_string (kf, group, "filter");
  v->ego = read_string (kf, group, "ego");
  v->ego_depth = CLAMP (g_key_file_get_integer (kf, group, "ego-depth", NULL), 1, 2);
  v->selected = read_string (kf, group, "selected");
  v->zoom = CLAMP (read_double (kf, group, "zoom", 1.0), 0.05, 200.0);
  v->pan_x = read_double (kf, group, "pan-x", 0.0);
  v->pan_y = read_double (kf, group, "pan-y", 0.0);
  v->view = read_string (kf, group, "view");
  {
    g_autofree char *scale = read_string (kf, group, "color-scale");

    v->color_scale = g_strcmp0 (scale, "sequential") == 0 ? 1 : g_strcmp0 (scale, "diverging") == 0 ? 2 : 0;
  }
  v->indicator = read_string (kf, group, "indicator");
  v->heatmap = g_key_file_get_boolean (kf, group, "heatmap", NULL);
  v->heatmap_bandwidth = MAX (read_double (kf, group, "heatmap-bandwidth", 0.0), 0.0);
  v->hulls = g_key_file_get_boolean (kf, group, "hulls", NULL);
  v->highlight = read_string (kf, group, "highlight");
  v->strategy = read_string (kf, group, "strategy");
  v->fit_outlines = g_key_file_get_boolean (kf, group, "fit-outlines", NULL);

  return v;
}

char *
sp_view_state_serialize (const SpViewState *view,
                         GPtrArray         *slides)
{
  g_autoptr (GKeyFile) kf = g_key_file_new ();

  g_return_val_if_fail (view != NULL, NULL);

  g_key_file_set_integer (kf, "Samenspel", "version", 1);
  write_state (kf, GROUP_VIEW, view);
  for (guint i = 0; slides != NULL && i < slides->len; i++)
    {
      g_autofree char *group = g_strdup_printf (GROUP_SLIDE, i + 1);

      write_state (kf, group, g_ptr_array_index (slides, i));
    }

  return g_key_file_to_data (kf, NULL, NULL);
}

gboolean
sp_view_state_deserialize (const char   *text,
                           SpViewState **view,
                           GPtrArray   **slides,
                           GError      **error)
{
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_view_state_free);

  g_return_val_if_fail (text != NULL, FALSE);

  if (!g_key_file_load_from_data (kf, text, -1, G_KEY_FILE_NONE, error))
    return FALSE;
  if (!g_key_file_has_group (kf, GROUP_VIEW))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID, _("no [%s] group in the view settings"), GROUP_VIEW);
      return FALSE;
    }

  for (guint i = 1; ; i++)
    {
      g_autofree char *group = g_strdup_printf (GROUP_SLIDE, i);

      if (!g_key_file_has_group (kf, group))
        break;
      g_ptr_array_add (list, read_state (kf, group));
    }

  if (view != NULL)
    *view = read_state (kf, GROUP_VIEW);
  if (slides != NULL)
    *slides = g_steal_pointer (&list);

  return TRUE;
}
