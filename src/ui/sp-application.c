/* sp-application.c — the GtkApplication: windows, app actions, settings */
#define G_LOG_DOMAIN "sp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "sp-application.h"
#include "sp-locale.h"
#include "sp-task.h"
#include "sp-preferences-window.h"
#include "sp-window.h"
#include "sp-ui-resources.h"

struct _SpApplication {
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (SpApplication, sp_application, ADW_TYPE_APPLICATION)

static SpWindow *
get_window (SpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SP_IS_WINDOW (window))
    return SP_WINDOW (window);
  return sp_window_new (GTK_APPLICATION (self));
}

static void
sp_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (SP_APPLICATION (app))));
}

static void
sp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SpApplication *self = SP_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      /* The first file reuses an empty window; others get their own. */
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
      SpWindow *window;

      if (SP_IS_WINDOW (active) && sp_window_get_network (SP_WINDOW (active)) == NULL)
        window = SP_WINDOW (active);
      else
        window = sp_window_new (GTK_APPLICATION (self));
      sp_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
apply_color_scheme (SpApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint scheme = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[MIN (scheme, G_N_ELEMENTS (schemes) - 1)]);
}

static void
action_new_window (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gtk_window_present (GTK_WINDOW (sp_window_new (GTK_APPLICATION (user_data))));
}

static void
action_quit (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  for (GList *l = g_list_copy (windows), *it = l; it != NULL; it = it->next)
    {
      gtk_window_close (it->data);
      if (it->next == NULL)
        g_list_free (l);
    }
}

static void
action_preferences (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpApplication *self = user_data;
  GtkWindow *window = GTK_WINDOW (sp_preferences_window_new ());

  gtk_window_set_transient_for (window, gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (window);
}

static void
action_about (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  SpApplication *self = user_data;
  static const char *developers[] = { "The Samenspel developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Samenspel"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Samenspel developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("See how your organisation works together: who works with whom, where knowledge flows, where teams are sealed off, and how your people reach your clients."),
                        "website", "https://samenspel.nl",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_entries[] = {
  { "new-window", action_new_window },
  { "preferences", action_preferences },
  { "about", action_about },
  { "quit", action_quit },
};

static const struct {
  const char *action;
  const char *accels[4];
} accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.open-folder", { "<Control><Shift>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-fit", { "<Control>0", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.hide-selected", { "Delete", NULL } },
  { "win.show-all", { "<Control><Shift>h", NULL } },
  { "win.relayout", { "<Control>l", NULL } },
  { "win.presentation", { "F5", NULL } },
  { "win.leave-presentation", { "Escape", NULL } },
  { "win.next-slide", { "Right", "Page_Down", "space", NULL } },
  { "win.previous-slide", { "Left", "Page_Up", "BackSpace", NULL } },
  { "win.add-slide", { "<Control>d", NULL } },
  { "win.show-panel", { "F9", NULL } },
  { "win.whatif-toggle", { "<Alt>w", NULL } },
  { "win.show-insights", { "F8", NULL } },
  { "win.people-table", { "<Control>t", NULL } },
  { "win.view('network')", { "<Alt>1", NULL } },
  { "win.view('clients')", { "<Alt>2", NULL } },
  { "win.view('heat-table')", { "<Alt>3", NULL } },
  { "win.view('quadrants')", { "<Alt>4", NULL } },
  { "win.view('talent-grid')", { "<Alt>5", NULL } },
  { "win.view('groups')", { "<Alt>6", NULL } },
  { "win.focus(1)", { "<Control>1", NULL } },
  { "win.focus(2)", { "<Control>2", NULL } },
  { "win.focus(0)", { "<Control><Shift>1", NULL } },
};

static void
sp_application_startup (GApplication *app)
{
  SpApplication *self = SP_APPLICATION (app);

  /* the main thread's numbers stay the user's while Graphviz works in
   * another (sp-locale.h); main () does it too, tests start here */
  sp_locale_use_user ();
  G_APPLICATION_CLASS (sp_application_parent_class)->startup (app);

  g_set_application_name (_("Samenspel"));
  gtk_window_set_default_icon_name (APP_ID);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::color-scheme",
                            G_CALLBACK (apply_color_scheme), self);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

/* the windows are gone and their jobs cancelled: let the workers still
 * drawing or measuring finish before the process exits */
static void
sp_application_shutdown (GApplication *app)
{
  sp_task_wait_idle (3000);
  G_APPLICATION_CLASS (sp_application_parent_class)->shutdown (app);
}

static void
sp_application_finalize (GObject *object)
{
  SpApplication *self = SP_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sp_application_parent_class)->finalize (object);
}

static void
sp_application_class_init (SpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sp_application_finalize;
  app_class->activate = sp_application_activate;
  app_class->open = sp_application_open;
  app_class->startup = sp_application_startup;
  app_class->shutdown = sp_application_shutdown;
}

static void
sp_application_init (SpApplication *self)
{
}

void
sp_application_init_resources (void)
{
  /* Referencing the resource links it in; its constructor registers it. */
  (void) sp_ui_get_resource ();
}

SpApplication *
sp_application_new (void)
{
  sp_application_init_resources ();
  return g_object_new (SP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/nl/samenspel/Samenspel",
                       NULL);
}

int
sp_application_main (int    argc,
                     char **argv)
{
  g_autoptr (SpApplication) app = sp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
