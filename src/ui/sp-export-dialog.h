/* sp-export-dialog.h — export the current view as PNG, SVG or PDF */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _SpWindow SpWindow;

#define SP_TYPE_EXPORT_DIALOG (sp_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (SpExportDialog, sp_export_dialog, SP, EXPORT_DIALOG, AdwWindow)

SpExportDialog *sp_export_dialog_new        (SpWindow       *window);
/* "png", "svg" or "pdf" */
void            sp_export_dialog_set_format (SpExportDialog *self,
                                             const char     *format);
const char     *sp_export_dialog_get_format (SpExportDialog *self);
void            sp_export_dialog_set_size   (SpExportDialog *self,
                                             int             width,
                                             int             height);
void            sp_export_dialog_set_title  (SpExportDialog *self,
                                             const char     *title);
void            sp_export_dialog_set_anonymize (SpExportDialog *self,
                                                gboolean        anonymize);
/* Writes the image to @file in a worker thread, with the dialog's
 * settings; the dialog closes when done. */
void            sp_export_dialog_export_to  (SpExportDialog *self,
                                             GFile          *file);
gboolean        sp_export_dialog_is_busy    (SpExportDialog *self);

G_END_DECLS
