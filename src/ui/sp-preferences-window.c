/* sp-preferences-window.c — preferences, kept in GSettings */
#define G_LOG_DOMAIN "sp-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-preferences-window.h"

/* The colour map choices and their attribute names ("" is department). */
static const char * const color_maps[] = { "", "performance", "potential", "engagement" };

struct _SpPreferencesWindow {
  AdwPreferencesWindow  parent_instance;

  /* template widgets */
  AdwComboRow          *engine_row;
  AdwComboRow          *color_row;
  AdwComboRow          *scheme_row;
  GtkAdjustment        *density_adjustment;

  /* owned */
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (SpPreferencesWindow, sp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
enum_to_index (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  static const char * const engines[] = { "sfdp", "neato", "fdp", "dot", "circo", "twopi" };
  static const char * const schemes[] = { "default", "light", "dark" };
  const char * const *names = GPOINTER_TO_INT (user_data) ? schemes : engines;
  guint n = GPOINTER_TO_INT (user_data) ? G_N_ELEMENTS (schemes) : G_N_ELEMENTS (engines);
  const char *s = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (s, names[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
index_to_enum (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  static const char * const engines[] = { "sfdp", "neato", "fdp", "dot", "circo", "twopi" };
  static const char * const schemes[] = { "default", "light", "dark" };
  guint i = g_value_get_uint (value);

  if (GPOINTER_TO_INT (user_data))
    return g_variant_new_string (schemes[MIN (i, G_N_ELEMENTS (schemes) - 1)]);
  return g_variant_new_string (engines[MIN (i, G_N_ELEMENTS (engines) - 1)]);
}

static gboolean
color_to_index (GValue   *value,
                GVariant *variant,
                gpointer  user_data)
{
  const char *s = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, 0);
  for (guint i = 0; i < G_N_ELEMENTS (color_maps); i++)
    if (g_ascii_strcasecmp (s, color_maps[i]) == 0)
      g_value_set_uint (value, i);
  return TRUE;
}

static GVariant *
index_to_color (const GValue       *value,
                const GVariantType *type,
                gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (color_maps[MIN (i, G_N_ELEMENTS (color_maps) - 1)]);
}

static void
sp_preferences_window_dispose (GObject *object)
{
  SpPreferencesWindow *self = SP_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SP_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (sp_preferences_window_parent_class)->dispose (object);
}

static void
sp_preferences_window_class_init (SpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/samenspel/Samenspel/sp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SpPreferencesWindow, engine_row);
  gtk_widget_class_bind_template_child (widget_class, SpPreferencesWindow, color_row);
  gtk_widget_class_bind_template_child (widget_class, SpPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, SpPreferencesWindow, density_adjustment);
}

static void
sp_preferences_window_init (SpPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "layout-engine", self->engine_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, enum_to_index, index_to_enum,
                                GINT_TO_POINTER (0), NULL);
  g_settings_bind_with_mapping (self->settings, "color-scheme", self->scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, enum_to_index, index_to_enum,
                                GINT_TO_POINTER (1), NULL);
  g_settings_bind_with_mapping (self->settings, "color-map", self->color_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, color_to_index, index_to_color,
                                NULL, NULL);
  g_settings_bind (self->settings, "label-density", self->density_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
sp_preferences_window_new (void)
{
  return g_object_new (SP_TYPE_PREFERENCES_WINDOW, NULL);
}
