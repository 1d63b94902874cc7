/* sp-output.c — writing the files a user asked for, without losing any
 * (see sp-output.h).
 */
#define G_LOG_DOMAIN "sp-output"

#include "sp-output.h"
#include "sp-network.h"
#include "sp-i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

struct _SpOutput {
  char *display;   /* the path as the user gave it, for messages */
  char *target;    /* the file replaced (links resolved); NULL when direct */
  char *tmp_path;  /* the temporary file beside it; NULL when direct */
  int   fd;
  gboolean close_fd;  /* FALSE for standard output */
  int   slot;         /* in pending[], or -1 */
};

/* The temporary files in flight, for the signal handler: it may only
 * call async-signal-safe functions, so the paths are plain buffers. */
#define MAX_PENDING 16
static char pending[MAX_PENDING][4096];
static volatile sig_atomic_t pending_used[MAX_PENDING];
static GMutex pending_lock;

static int
pending_add (const char *path)
{
  int slot = -1;

  if (strlen (path) >= sizeof pending[0])
    return -1;
  g_mutex_lock (&pending_lock);
  for (int i = 0; i < MAX_PENDING && slot < 0; i++)
    if (!pending_used[i])
      {
        strcpy (pending[i], path);
        pending_used[i] = 1;
        slot = i;
      }
  g_mutex_unlock (&pending_lock);
  return slot;
}

static void
pending_remove (int slot)
{
  if (slot < 0)
    return;
  g_mutex_lock (&pending_lock);
  pending_used[slot] = 0;
  g_mutex_unlock (&pending_lock);
}

static void
on_signal (int sig)
{
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending_used[i])
      unlink (pending[i]);
  signal (sig, SIG_DFL);
  raise (sig);
}

void
sp_output_catch_signals (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  struct sigaction action = { 0 };

  action.sa_handler = on_signal;
  sigemptyset (&action.sa_mask);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    sigaction (signals[i], &action, NULL);
}

gboolean
sp_output_is_stdout (const char *path)
{
  return path != NULL && strcmp (path, "-") == 0;
}

/* /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: the descriptor
 * itself (renaming over what it points at would cut the shell's
 * redirection), or -1. */
static int
descriptor_of (const char *path)
{
  const char *n = NULL;
  char *end;
  long fd;

  if (strcmp (path, "/dev/stdout") == 0)
    return STDOUT_FILENO;
  if (strcmp (path, "/dev/stderr") == 0)
    return STDERR_FILENO;
  if (g_str_has_prefix (path, "/dev/fd/"))
    n = path + strlen ("/dev/fd/");
  else if (g_str_has_prefix (path, "/proc/self/fd/"))
    n = path + strlen ("/proc/self/fd/");
  if (n == NULL || !g_ascii_isdigit (*n))
    return -1;
  errno = 0;
  fd = strtol (n, &end, 10);
  if (*end != '\0' || errno != 0 || fd > G_MAXINT)
    return -1;
  return (int) fd;
}

/* Follows symbolic links, also a dangling last one: the file a write to
 * @path really replaces. */
static char *
resolve_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint depth = 0; depth < 40; depth++)
    {
      GStatBuf st;
      g_autofree char *link = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        break;
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        break;
      if (!g_path_is_absolute (link))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          char *joined = g_build_filename (dir, link, NULL);

          g_free (link);
          link = joined;
        }
      g_free (current);
      current = g_steal_pointer (&link);
    }
  return g_steal_pointer (&current);
}

static void
set_io_error (GError    **error,
              const char *display,
              int         saved_errno)
{
  g_autofree char *name = g_filename_display_name (display);

  if (g_str_equal (display, "-"))
    g_set_error (error, SP_ERROR, SP_ERROR_IO, _("cannot write to standard output: %s"),
                 g_strerror (saved_errno));
  else
    g_set_error (error, SP_ERROR, SP_ERROR_IO, _("cannot write “%s”: %s"), name,
                 g_strerror (saved_errno));
}

/* The name is registered for the signal handler before the file exists,
 * so that no signal can come between creating and registering it. */
static int
open_temporary (const char *target,
                char      **tmp_path,
                int        *slot)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", base, g_random_int ());
      g_autofree char *candidate = g_build_filename (dir, name, NULL);
      int fd, saved_errno;

      *slot = pending_add (candidate);
      fd = g_open (candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd >= 0)
        {
          *tmp_path = g_steal_pointer (&candidate);
          return fd;
        }
      saved_errno = errno;
      pending_remove (*slot);
      *slot = -1;
      if (saved_errno != EEXIST)
        {
          errno = saved_errno;
          return -1;
        }
    }
  errno = EEXIST;
  return -1;
}

SpOutput *
sp_output_open (const char *path,
                GError    **error)
{
  g_autofree char *target = NULL;
  SpOutput *out;
  GStatBuf st;
  int fd = -1;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = g_new0 (SpOutput, 1);
  out->display = g_strdup (path);
  out->slot = -1;
  out->fd = -1;

  if (sp_output_is_stdout (path) || (fd = descriptor_of (path)) >= 0)
    {
      /* what was printed before goes first */
      fflush (stdout);
      out->fd = sp_output_is_stdout (path) ? STDOUT_FILENO : fd;
      if (fcntl (out->fd, F_GETFD) < 0)
        {
          set_io_error (error, path, errno);
          sp_output_abort (out);
          return NULL;
        }
      return out;
    }

  target = resolve_links (path);
  if (g_stat (target, &st) == 0 && !S_ISREG (st.st_mode))
    {
      /* a device, a FIFO: written as it is, never replaced */
      if (S_ISDIR (st.st_mode))
        {
          set_io_error (error, path, EISDIR);
          sp_output_abort (out);
          return NULL;
        }
      out->fd = g_open (target, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
      if (out->fd < 0)
        {
          set_io_error (error, path, errno);
          sp_output_abort (out);
          return NULL;
        }
      out->close_fd = TRUE;
      return out;
    }

  out->fd = open_temporary (target, &out->tmp_path, &out->slot);
  if (out->fd < 0)
    {
      set_io_error (error, path, errno);
      sp_output_abort (out);
      return NULL;
    }
  out->close_fd = TRUE;
  out->target = g_steal_pointer (&target);
  /* the file replaced keeps its permissions (and, for root, its owner) */
  if (g_stat (out->target, &st) == 0)
    {
      if (fchmod (out->fd, st.st_mode & 07777) != 0)
        { /* best effort: the new file keeps the default mode */ }
      if (geteuid () == 0 && fchown (out->fd, st.st_uid, st.st_gid) != 0)
        { /* best effort */ }
    }
  return out;
}

gboolean
sp_output_write (SpOutput   *out,
                 const void *data,
                 gsize       len,
                 GError    **error)
{
  const char *p = data;

  g_return_val_if_fail (out != NULL, FALSE);

  while (len > 0)
    {
      ssize_t n = write (out->fd, p, MIN (len, (gsize) 1 << 30));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          set_io_error (error, out->display, errno);
          return FALSE;
        }
      p += n;
      len -= (gsize) n;
    }
  return TRUE;
}

static void
sp_output_free (SpOutput *out)
{
  pending_remove (out->slot);
  g_free (out->display);
  g_free (out->target);
  g_free (out->tmp_path);
  g_free (out);
}

void
sp_output_abort (SpOutput *out)
{
  if (out == NULL)
    return;
  if (out->close_fd && out->fd >= 0)
    close (out->fd);
  if (out->tmp_path != NULL)
    g_unlink (out->tmp_path);
  sp_output_free (out);
}

gboolean
sp_output_close (SpOutput *out,
                 GError  **error)
{
  int saved_errno = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (out->tmp_path != NULL && fsync (out->fd) != 0 && errno != EINVAL)
    saved_errno = errno;
  if (out->close_fd)
    {
      if (close (out->fd) != 0 && saved_errno == 0 && errno != EINTR)
        saved_errno = errno;
      out->fd = -1;
    }
  if (saved_errno == 0 && out->tmp_path != NULL && g_rename (out->tmp_path, out->target) != 0)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      set_io_error (error, out->display, saved_errno);
      sp_output_abort (out);
      return FALSE;
    }
  /* renamed: nothing left to remove */
  g_clear_pointer (&out->tmp_path, g_free);
  sp_output_free (out);
  return TRUE;
}

gboolean
sp_output_write_all (const char *path,
                     const char *data,
                     gssize      len,
                     GError    **error)
{
  SpOutput *out = sp_output_open (path, error);

  if (out == NULL)
    return FALSE;
  if (!sp_output_write (out, data, len < 0 ? strlen (data) : (gsize) len, error))
    {
      sp_output_abort (out);
      return FALSE;
    }
  return sp_output_close (out, error);
}

/* ---- outputs against inputs ---- */

typedef struct {
  const char *path;
  gboolean    exists;   /* a regular file: compared by device and inode */
  dev_t       dev;
  ino_t       ino;
  char       *name;     /* not there yet: the absolute path it will get */
} Identity;

static gboolean
identify (const char *path,
          Identity   *id)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real_dir;
  GStatBuf st;

  memset (id, 0, sizeof *id);
  id->path = path;
  if (sp_output_is_stdout (path) || descriptor_of (path) >= 0)
    return FALSE;
  if (g_stat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        return FALSE;
      id->exists = TRUE;
      id->dev = st.st_dev;
      id->ino = st.st_ino;
      return TRUE;
    }
  target = resolve_links (path);
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  real_dir = realpath (dir, NULL);
  id->name = g_build_filename (real_dir != NULL ? real_dir : dir, base, NULL);
  free (real_dir);
  return TRUE;
}

/* Whether @path can be written: its folder (for the temporary file), or
 * a device or FIFO itself. */
static gboolean
check_writable (const char *path,
                GError    **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  GStatBuf st;

  if (sp_output_is_stdout (path) || descriptor_of (path) >= 0)
    return TRUE;
  target = resolve_links (path);
  if (g_stat (target, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_io_error (error, path, EISDIR);
      return FALSE;
    }
  if (g_stat (target, &st) == 0 && !S_ISREG (st.st_mode))
    {
      if (access (target, W_OK) != 0)
        {
          set_io_error (error, path, errno);
          return FALSE;
        }
      return TRUE;
    }
  dir = g_path_get_dirname (target);
  if (access (dir, W_OK | X_OK) != 0)
    {
      set_io_error (error, path, errno);
      return FALSE;
    }
  return TRUE;
}

static gboolean
same_file (const Identity *a,
           const Identity *b)
{
  if (a->exists && b->exists)
    return a->dev == b->dev && a->ino == b->ino;
  if (!a->exists && !b->exists)
    return g_str_equal (a->name, b->name);
  return FALSE;
}

gboolean
sp_output_check_paths (const char * const *inputs,
                       const char * const *outputs,
                       GError            **error)
{
  g_autoptr (GArray) ins = g_array_new (FALSE, FALSE, sizeof (Identity));
  g_autoptr (GArray) outs = g_array_new (FALSE, FALSE, sizeof (Identity));
  gboolean ok = TRUE;

  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      Identity id;

      if (identify (inputs[i], &id) && id.exists)
        g_array_append_val (ins, id);
      else
        g_free (id.name);
    }
  for (guint i = 0; outputs != NULL && outputs[i] != NULL && ok; i++)
    {
      Identity id;
      g_autofree char *out_name = g_filename_display_name (outputs[i]);

      if (!identify (outputs[i], &id))
        continue;
      if (!check_writable (outputs[i], error))
        {
          g_free (id.name);
          ok = FALSE;
          break;
        }
      for (guint k = 0; k < ins->len && ok; k++)
        if (same_file (&id, &g_array_index (ins, Identity, k)))
          {
            g_autofree char *in_name =
              g_filename_display_name (g_array_index (ins, Identity, k).path);

            g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                         _("%s: would overwrite the input %s"), out_name, in_name);
            ok = FALSE;
          }
      for (guint k = 0; k < outs->len && ok; k++)
        if (same_file (&id, &g_array_index (outs, Identity, k)))
          {
            g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                         _("%s: two outputs would write the same file"), out_name);
            ok = FALSE;
          }
      g_array_append_val (outs, id);
    }
  for (guint k = 0; k < outs->len; k++)
    g_free (g_array_index (outs, Identity, k).name);
  return ok;
}
