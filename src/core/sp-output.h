/* sp-output.h — writing the files a user asked for, without losing any.
 *
 * Every file Samenspel writes goes through here:
 *  - "-", /dev/stdout, /dev/fd/N and anything that is not a regular file
 *    (a character device such as /dev/null, a FIFO, a socket) are written
 *    directly: a device stays a device;
 *  - a symbolic link is followed: the file it points to is replaced
 *    atomically and the link stays a link;
 *  - a regular file is replaced atomically: a temporary file beside it,
 *    written, flushed to disk (fsync) and renamed over it, keeping the old
 *    file's permissions.  The old file stays whole until the new one is
 *    complete; a failed write removes the temporary file.
 * Every write, flush and close is checked (a full disk is an error).
 * While a temporary file exists, SIGINT, SIGTERM and SIGHUP remove it
 * before the program ends (sp_output_catch_signals()).
 *
 * sp_output_check_paths() refuses an output that would overwrite an input.
 *
 * No GTK here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SpOutput SpOutput;

SpOutput *sp_output_open      (const char  *path,
                               GError     **error);
gboolean  sp_output_write     (SpOutput    *out,
                               const void  *data,
                               gsize        len,
                               GError     **error);
/* Flushes, closes and (for a regular file) renames into place; frees @out.
 * On failure nothing replaces the old file. */
gboolean  sp_output_close     (SpOutput    *out,
                               GError     **error);
/* Gives up: removes the temporary file, frees @out.  NULL is ignored. */
void      sp_output_abort     (SpOutput    *out);

/* One-shot: the whole of @data (@len < 0: a NUL-terminated string). */
gboolean  sp_output_write_all (const char  *path,
                               const char  *data,
                               gssize       len,
                               GError     **error);

/* TRUE when @path names standard output ("-"). */
gboolean  sp_output_is_stdout (const char  *path);

/* Before anything is written: fails (SP_ERROR_INVALID) when an output is
 * one of the inputs (same device and inode, links resolved), or when two
 * outputs name the same file (SP_ERROR_INVALID), or when an output cannot
 * be written: its folder is missing or read-only (SP_ERROR_IO).  Outputs
 * that are not regular files (a device, a FIFO, standard output) never
 * clash.  Both arrays end in NULL. */
gboolean  sp_output_check_paths (const char * const *inputs,
                                 const char * const *outputs,
                                 GError            **error);

/* Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the
 * temporary files in flight and end the program with the signal. */
void      sp_output_catch_signals (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpOutput, sp_output_abort)

G_END_DECLS
