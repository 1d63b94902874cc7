/* ui-test-util.h — what the UI tests share: waiting for the window,
 * driving its actions, reading its legend */
#pragma once

#include <adwaita.h>

#include "sp-render.h"
#include "sp-window.h"
#include "sp-window-private.h"

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @condition holds or @seconds pass. */
static inline gboolean
wait_until (Condition condition,
            gpointer  data,
            double    seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* Runs the main loop for @seconds. */
static inline void
pump (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The network page is shown and nothing runs in the background. */
static inline gboolean
window_idle (gpointer data)
{
  SpWindow *w = data;

  return g_str_equal (sp_window_get_page (w), "network") && !sp_window_is_busy (w);
}

/* Activates a window action, which must be enabled. */
static inline void
activate (SpWindow   *w,
          const char *action,
          GVariant   *param)
{
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (w), action));
  g_action_group_activate_action (G_ACTION_GROUP (w), action, param);
}

/* Whether the legend card shows an entry starting with @prefix. */
static inline gboolean
legend_has (SpWindow   *w,
            const char *prefix)
{
  SpRenderOptions options;
  g_autoptr (GPtrArray) entries = NULL;

  sp_legend_card_get_options (sp_window_get_legend_card (w), &options);
  entries = sp_render_legend_entries (sp_window_get_network (w), &options);
  for (guint i = 0; i < entries->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (entries, i), prefix))
      return TRUE;
  return FALSE;
}
