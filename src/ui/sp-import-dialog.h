/* sp-import-dialog.h — what the columns of a table hold, checked and
 * changed before it is read (as Gephi's import wizard and Kumu do) */
#pragma once

#include <adwaita.h>
#include "sp-import.h"

G_BEGIN_DECLS

#define SP_TYPE_IMPORT_DIALOG (sp_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SpImportDialog, sp_import_dialog, SP, IMPORT_DIALOG, AdwWindow)

/* A dialog for @file, showing @tables (SpPreviewTable *, from
 * sp_import_preview(); a reference is taken) made with @map (NULL: roles
 * by name only; a reference is taken).  Emits "import" when the user
 * chooses Open, and closes. */
SpImportDialog *sp_import_dialog_new      (GtkWindow      *parent,
                                           GFile          *file,
                                           GPtrArray      *tables,
                                           GPtrArray      *map);
GFile          *sp_import_dialog_get_file (SpImportDialog *self);
/* The column map of the roles chosen: every column the user gave another
 * role than the preview showed, and those the previous map named.  A new
 * array (SpColumnMapping *), possibly empty. */
GPtrArray      *sp_import_dialog_get_map  (SpImportDialog *self);
SpColumnRole    sp_import_dialog_get_role (SpImportDialog *self,
                                           guint           table,
                                           guint           column);
/* Chooses @role for a column, as the user would in its drop-down;
 * FALSE when the table offers no such role. */
gboolean        sp_import_dialog_set_role (SpImportDialog *self,
                                           guint           table,
                                           guint           column,
                                           SpColumnRole    role);
/* Opens, as the Open button does. */
void            sp_import_dialog_accept   (SpImportDialog *self);

G_END_DECLS
