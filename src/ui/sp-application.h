/* sp-application.h — the GtkApplication: windows, app actions, settings */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SP_TYPE_APPLICATION (sp_application_get_type ())
G_DECLARE_FINAL_TYPE (SpApplication, sp_application, SP, APPLICATION, AdwApplication)

SpApplication *sp_application_new  (void);
/* Loads the resources and registers the types of the UI (for tests). */
void           sp_application_init_resources (void);
int            sp_application_main (int    argc,
                                    char **argv);

G_END_DECLS
