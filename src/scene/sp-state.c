/* sp-state.c — what a drawing shows, said in one line */
#define G_LOG_DOMAIN "sp-state"

#include "config.h"

#include "sp-state.h"
#include "sp-filter.h"
#include "sp-i18n.h"

char *
sp_state_name_people (SpNetwork         *network,
                      const char *const *ids,
                      guint              most)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  GString *out;
  guint shown;

  for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
    {
      gint node = sp_network_find_node (network, ids[k]);

      if (node >= 0)
        g_ptr_array_add (names, (gpointer) sp_network_node_label (network, node));
    }
  if (names->len == 0)
    return NULL;

  /* "Anna", "Anna and Bram", "Anna, Bram and Carla", "Anna, Bram and 3 others" */
  out = g_string_new (g_ptr_array_index (names, 0));
  shown = names->len <= most ? names->len : MAX (most, 2) - 1;
  for (guint k = 1; k < shown; k++)
    {
      if (k == names->len - 1)
        /* Translators: between the last two names of a list */
        g_string_append (out, _(" and "));
      else
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (names, k));
    }
  if (shown < names->len)
    {
      guint rest = names->len - shown;

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %u other", " and %u others", rest), rest);
    }
  return g_string_free (out, FALSE);
}

static void
add_part (GPtrArray *parts,
          char      *part)
{
  if (part != NULL)
    g_ptr_array_add (parts, part);
}

/* Whole sentences, so that each language can put its verbs where they
 * go ("Wat als Carla naar Sales gaat") */
static char *
describe_whatif (SpNetwork        *network,
                 const SpScenario *scenario)
{
  g_autofree char *leaving = NULL;
  g_autofree char *moving = NULL;
  const char *to = NULL;
  guint n_removed = 0, n_moved = 0;

  for (guint k = 0; scenario->removed != NULL && scenario->removed[k] != NULL; k++)
    n_removed += sp_network_find_node (network, scenario->removed[k]) >= 0;
  for (guint k = 0; scenario->move_ids != NULL && scenario->move_ids[k] != NULL; k++)
    if (sp_network_find_node (network, scenario->move_ids[k]) >= 0)
      {
        n_moved++;
        to = scenario->move_departments[k];
      }
  if (n_removed > 0)
    leaving = sp_state_name_people (network, (const char *const *) scenario->removed, 3);
  if (n_moved > 0)
    moving = sp_state_name_people (network, (const char *const *) scenario->move_ids, 3);

  /* Translators: the state of a drawing; each %s of people is one name or
   * a list ("Anna, Bram and 3 others"), the last %s of a move a department */
  if (n_removed > 0 && n_moved == 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "What if %s leaves, and %s moves to %s",
                                         "What if %s leave, and %s moves to %s", n_removed),
                            leaving, moving, to);
  if (n_removed > 0 && n_moved > 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "What if %s leaves, and %s move to other departments",
                                         "What if %s leave, and %s move to other departments", n_removed),
                            leaving, moving);
  if (n_removed > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "What if %s leaves", "What if %s leave", n_removed),
                            leaving);
  if (n_moved == 1)
    return g_strdup_printf (_("What if %s moves to %s"), moving, to);
  if (n_moved > 1)
    return g_strdup_printf (_("What if %s move to other departments"), moving);
  return NULL;
}

static char *
describe_filters (SpNetwork         *network,
                  const SpViewState *view,
                  const SpScenario  *scenario,
                  const gboolean    *shown)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) departments = sp_network_departments (network);
  g_autofree gboolean *visible = NULL;
  g_autofree gboolean *type_used = NULL;
  guint hidden_departments = 0, hidden_types = 0, n_types = 0;
  guint shown_people = 0, people = 0;
  gboolean filtered = FALSE;
  gint ego = view->ego != NULL ? sp_network_find_node (network, view->ego) : -1;

  for (guint d = 0; d < departments->len; d++)
    hidden_departments += sp_view_state_strv_has (view->hidden_departments, g_ptr_array_index (departments, d));
  /* the tie types the data uses */
  type_used = g_new0 (gboolean, MAX (network->tie_types->len, 1));
  for (guint i = 0; view->hidden_tie_types != NULL && i < network->ties->len; i++)
    type_used[g_array_index (network->ties, SpTie, i).type] = TRUE;
  for (guint t = 0; t < network->tie_types->len; t++)
    if (type_used[t])
      {
        n_types++;
        hidden_types += sp_view_state_strv_has (view->hidden_tie_types, g_ptr_array_index (network->tie_types, t));
      }

  /* (a filter that hides the focused person leaves no ego network to
   * name: the view then shows everyone the filter picks) */
  if (ego >= 0 && shown == NULL)
    shown = visible = sp_view_state_node_visibility (view, network);
  if (ego >= 0 && shown[ego])
    {
      int depth = CLAMP (view->ego_depth, 1, 2);

      /* Translators: the state of a drawing: "Ego network of Anna de Vries (2 steps)" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Ego network of %s (%d step)",
                                                            "Ego network of %s (%d steps)", depth),
                                               sp_network_node_label (network, ego), depth));
      filtered = TRUE;
    }
  if (hidden_departments > 0)
    {
      guint shown = departments->len - hidden_departments;

      /* Translators: the state of a drawing: "Showing 6 of 7 departments" */
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u department",
                                                            "Showing %u of %u departments", departments->len),
                                               shown, departments->len));
      filtered = TRUE;
    }
  if (hidden_types > 0)
    {
      GString *kept = g_string_new (NULL);

      for (guint t = 0; t < network->tie_types->len; t++)
        {
          const char *type = g_ptr_array_index (network->tie_types, t);

          if (!type_used[t] || type == NULL || *type == '\0'
              || sp_view_state_strv_has (view->hidden_tie_types, type))
            continue;
          if (kept->len > 0)
            g_string_append (kept, ", ");
          g_string_append (kept, type);
        }
      if (kept->len > 0)
        /* Translators: the state of a drawing: "Ties: advice, trust (2 of 3 types)" */
        g_ptr_array_add (parts, g_strdup_printf (_("Ties: %s (%u of %u types)"), kept->str,
                                                 n_types - hidden_types, n_types));
      else
        g_ptr_array_add (parts, g_strdup (_("No ties shown")));
      g_string_free (kept, TRUE);
      filtered = TRUE;
    }
  {
    g_autoptr (GPtrArray) hidden = g_ptr_array_new ();

    /* (people a what-if takes out, and a view therefore leaves out, are
     * said by the what-if) */
    for (guint k = 0; view->hidden_people != NULL && view->hidden_people[k] != NULL; k++)
      if (sp_network_find_node (network, view->hidden_people[k]) >= 0
          && !(scenario != NULL && sp_view_state_strv_has (scenario->removed, view->hidden_people[k])))
        g_ptr_array_add (hidden, view->hidden_people[k]);
    if (hidden->len > 0)
      {
        g_autofree char *names = NULL;

        g_ptr_array_add (hidden, NULL);
        names = sp_state_name_people (network, (const char *const *) hidden->pdata, 3);
        /* Translators: the state of a drawing: "Hidden: Anna and Bram" */
        g_ptr_array_add (parts, g_strdup_printf (_("Hidden: %s"), names));
        filtered = TRUE;
      }
  }
  if (view->filter != NULL && *view->filter != '\0')
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (SpFilter) filter = sp_filter_parse (view->filter, network, &error);

      if (filter != NULL)
        {
          g_autofree char *text = sp_filter_describe (filter);

          /* Translators: the state of a drawing: "Filter: performance ≥ 4 and location = Utrecht" */
          g_ptr_array_add (parts, g_strdup_printf (_("Filter: %s"), text));
        }
      else
        /* Translators: the state of a drawing whose saved filter no longer fits the data;
         * the second %s says why */
        g_ptr_array_add (parts, g_strdup_printf (_("Filter “%s” not applied: %s"), view->filter, error->message));
      filtered = TRUE;
    }
  if (!filtered)
    return NULL;

  /* the headline count follows the filter */
  if (shown == NULL)
    shown = visible = sp_view_state_node_visibility (view, network);
  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    if (sp_network_node (network, i)->kind == SP_NODE_PERSON)
      {
        people++;
        shown_people += shown[i];
      }
  if (shown_people < people)
    /* Translators: the state of a drawing: "135 of 150 people" */
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u person",
                                                          "%u of %u people", people),
                                             shown_people, people));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
sp_state_describe (SpNetwork         *network,
                   const SpViewState *view,
                   const SpScenario  *scenario,
                   const gboolean    *visible,
                   SpStateFlags      *flags)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  SpStateFlags f = 0;
  char *part;

  g_return_val_if_fail (network != NULL, NULL);

  if (scenario != NULL && (part = describe_whatif (network, scenario)) != NULL)
    {
      add_part (parts, part);
      f |= SP_STATE_WHAT_IF;
    }
  if (scenario != NULL && (scenario->other != NULL || scenario->before_name != NULL))
    {
      /* Translators: the state of a drawing that compares two data sets */
      add_part (parts, g_strdup_printf (_("Before: %s · After: %s"),
                                        scenario->before_name ? scenario->before_name : "?",
                                        scenario->after_name ? scenario->after_name : "?"));
      f |= SP_STATE_COMPARED;
    }
  if (view != NULL && (part = describe_filters (network, view, scenario, visible)) != NULL)
    {
      add_part (parts, part);
      f |= SP_STATE_FILTERED;
    }
  if (flags != NULL)
    *flags = f;
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}
