#include "sp-task.h"
/* test-i18n-ui.c — with LANGUAGE=nl, the application window is in Dutch. */
#include <adwaita.h>

#include "i18n-setup.h"
#include "sp-application.h"
#include "sp-window.h"

static SpWindow *window;

static void
pump (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Collects the texts of every label and button under @root. */
static void
collect_texts (GtkWidget *root,
               GString   *out)
{
  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (root)));
  else if (GTK_IS_BUTTON (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    g_string_append_printf (out, "%s\n", gtk_button_get_label (GTK_BUTTON (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

/* The welcome page greets in Dutch, and its buttons speak Dutch too. */
static void
test_welcome (void)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_autoptr (GString) texts = g_string_new (NULL);

  g_assert_cmpstr (sp_window_get_page (window), ==, "welcome");
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, "Welkom bij Samenspel");
  g_assert_true (g_str_has_prefix (adw_status_page_get_description (ADW_STATUS_PAGE (page)),
                                   "Bekijk wie met wie samenwerkt"));

  collect_texts (page, texts);
  g_test_message ("welcome page texts:\n%s", texts->str);
  g_assert_nonnull (strstr (texts->str, "Voorbeeld_organisatie openen"));
  g_assert_null (strstr (texts->str, "Welcome"));
}

int
main (int    argc,
      char **argv)
{
  SpApplication *app;
  int status;

  i18n_setup ();
  g_test_init (&argc, &argv, NULL);
  if (!i18n_has_dutch ())
    {
      g_test_skip ("the Dutch translation was not found (LANGUAGE=nl, SAMENSPEL_LOCALEDIR)");
      return g_test_run ();
    }
  gtk_init ();
  adw_init ();

  app = sp_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = sp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  pump (0.3);

  g_test_add_func ("/i18n/window-welcome", test_welcome);
  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  /* no worker may still be drawing when the process exits */
  g_assert_true (sp_task_wait_idle (10000));
  g_object_unref (app);
  return status;
}
