/* sp-scenario.c — removals, moves and a comparison, and what they say */
#define G_LOG_DOMAIN "sp-scenario"

#include "config.h"

#include "sp-scenario.h"

static void
clear_results (SpScenario *self)
{
  g_clear_pointer (&self->whatif, sp_whatif_free);
  g_clear_pointer (&self->comparison, sp_comparison_free);
}

static void
scenario_clear (gpointer data)
{
  SpScenario *self = data;

  clear_results (self);
  g_strfreev (self->removed);
  g_strfreev (self->move_ids);
  g_strfreev (self->move_departments);
  g_clear_pointer (&self->other, sp_network_unref);
  g_free (self->before_name);
  g_free (self->after_name);
}

SpScenario *
sp_scenario_new (void)
{
  return g_rc_box_new0 (SpScenario);
}

SpScenario *
sp_scenario_ref (SpScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

void
sp_scenario_unref (SpScenario *self)
{
  g_rc_box_release_full (self, scenario_clear);
}

void
sp_scenario_set_removed (SpScenario        *self,
                         const char *const *ids)
{
  g_return_if_fail (self != NULL);

  clear_results (self);
  g_strfreev (self->removed);
  self->removed = g_strdupv ((GStrv) ids);
}

void
sp_scenario_set_moves (SpScenario        *self,
                       const char *const *ids,
                       const char *const *departments)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail ((ids == NULL) == (departments == NULL));
  g_return_if_fail (ids == NULL
                    || g_strv_length ((GStrv) ids) == g_strv_length ((GStrv) departments));

  clear_results (self);
  g_strfreev (self->move_ids);
  g_strfreev (self->move_departments);
  self->move_ids = g_strdupv ((GStrv) ids);
  self->move_departments = g_strdupv ((GStrv) departments);
}

void
sp_scenario_set_comparison (SpScenario *self,
                            SpNetwork  *other,
                            gboolean    other_is_after,
                            const char *before_name,
                            const char *after_name)
{
  g_return_if_fail (self != NULL);

  clear_results (self);
  g_clear_pointer (&self->other, sp_network_unref);
  g_clear_pointer (&self->before_name, g_free);
  g_clear_pointer (&self->after_name, g_free);
  self->other_is_after = FALSE;
  if (other != NULL)
    {
      self->other = sp_network_ref (other);
      self->other_is_after = other_is_after;
      self->before_name = g_strdup (before_name);
      self->after_name = g_strdup (after_name);
    }
}

gboolean *
sp_scenario_removed_mask (const SpScenario *self,
                          SpNetwork        *network,
                          const char      **unknown)
{
  gboolean *removed;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (network != NULL, NULL);

  if (unknown != NULL)
    *unknown = NULL;
  if (self->removed == NULL)
    return NULL;

  removed = g_new0 (gboolean, MAX (sp_network_n_nodes (network), 1));
  for (guint k = 0; self->removed[k] != NULL; k++)
    {
      gint node = sp_network_find_node (network, self->removed[k]);

      if (node >= 0)
        removed[node] = TRUE;
      else if (unknown != NULL && *unknown == NULL)
        *unknown = self->removed[k];
    }
  return removed;
}

/* Per node of @network: the department it is moved to (a copy, for the
 * measures), NULL entries for the rest. */
static GPtrArray *
moved_to (const SpScenario *self,
          SpNetwork        *network)
{
  GPtrArray *moved = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_set_size (moved, sp_network_n_nodes (network));
  for (guint k = 0; self->move_ids[k] != NULL; k++)
    {
      gint node = sp_network_find_node (network, self->move_ids[k]);

      if (node < 0)
        continue;
      g_free (g_ptr_array_index (moved, node));
      g_ptr_array_index (moved, node) = g_strdup (self->move_departments[k]);
    }
  return moved;
}

GPtrArray *
sp_scenario_moved_departments (const SpScenario *self,
                               SpNetwork        *network)
{
  g_autoptr (GPtrArray) departments = NULL;
  GPtrArray *moved;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (network != NULL, NULL);

  if (self->move_ids == NULL)
    return NULL;

  departments = sp_network_departments (network);
  moved = g_ptr_array_new ();
  g_ptr_array_set_size (moved, sp_network_n_nodes (network));
  for (guint k = 0; self->move_ids[k] != NULL; k++)
    {
      gint node = sp_network_find_node (network, self->move_ids[k]);

      if (node < 0)
        continue;
      /* a drawing colours by the network's own (interned) names */
      g_ptr_array_index (moved, node) = NULL;
      for (guint d = 0; d < departments->len; d++)
        if (g_str_equal (g_ptr_array_index (departments, d), self->move_departments[k]))
          g_ptr_array_index (moved, node) = g_ptr_array_index (departments, d);
    }
  return moved;
}

gboolean
sp_scenario_compute (SpScenario     *self,
                     SpNetwork      *network,
                     const gboolean *tie_mask,
                     const char     *tie_spec,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clear_results (self);
  if (self->removed != NULL || self->move_ids != NULL)
    {
      g_autofree gboolean *removed = sp_scenario_removed_mask (self, network, NULL);
      g_autoptr (GPtrArray) moved = self->move_ids != NULL ? moved_to (self, network) : NULL;

      if (removed == NULL)
        removed = g_new0 (gboolean, MAX (sp_network_n_nodes (network), 1));
      self->whatif = sp_whatif_compute_full (network, tie_mask, removed,
                                             moved != NULL ? (const char *const *) moved->pdata : NULL,
                                             cancellable, error);
      if (self->whatif == NULL)
        return FALSE;
    }
  if (self->other != NULL)
    {
      self->comparison = self->other_is_after
                       ? sp_compare_networks (network, self->other, tie_spec, error)
                       : sp_compare_networks (self->other, network, tie_spec, error);
      if (self->comparison == NULL)
        {
          clear_results (self);
          return FALSE;
        }
    }
  return TRUE;
}

char *
sp_scenario_caption (const SpScenario *self,
                     SpNetwork        *network)
{
  g_autoptr (GString) caption = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (self->whatif != NULL)
    {
      g_autofree char *text = sp_whatif_describe (self->whatif, network);

      g_string_append (caption, text);
    }
  if (self->comparison != NULL)
    {
      g_autofree char *text = sp_comparison_caption (self->comparison, self->before_name,
                                                     self->after_name);

      if (caption->len > 0)
        g_string_append_c (caption, ' ');
      g_string_append (caption, text);
    }
  if (caption->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&caption), FALSE);
}

void
sp_scenario_drawn_ties (const SpScenario *self,
                        GArray           *gained,
                        GArray           *lost)
{
  g_return_if_fail (self != NULL);

  if (self->comparison != NULL)
    sp_comparison_drawn_ties (self->comparison, !self->other_is_after, gained, lost);
}
