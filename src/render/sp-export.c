/* sp-export.c — PNG, SVG and PDF files from the renderer
 *
 * The drawing goes to a hidden temporary file in the target's folder,
 * which is renamed over the target only when complete: readers never see
 * a half-written file under the final name.
 */
#define G_LOG_DOMAIN "sp-export"

#include "sp-render.h"
#include "sp-i18n.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

typedef enum {
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

/* Print quality: PNGs carry twice the pixels of the drawing's size. */
#define PNG_SCALE 2.0
/* Cairo's image surfaces are limited to 32767 pixels a side. */
#define MAX_PIXELS 32767.0

typedef struct {
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
format_from_path (const char *path,
                  Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

/* Opens a new hidden file next to @path; 0666 minus the umask, as a plain
 * file created under the final name would be. */
static int
open_temporary (const char  *path,
                char       **tmp_path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strdup_printf (".%s.%08x.tmp", base, g_random_int ());
      g_autofree char *candidate = g_build_filename (dir, name, NULL);
      int fd = g_open (candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);

      if (fd >= 0)
        {
          *tmp_path = g_steal_pointer (&candidate);
          return fd;
        }
      if (errno != EEXIST)
        return -1;
    }
  errno = EEXIST;
  return -1;
}

static cairo_status_t
render_to (Format                 format,
           Sink                  *sink,
           SpNetwork             *network,
           const SpRenderOptions *options)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case FORMAT_PNG:
      {
        double scale = PNG_SCALE;
        int w, h;

        scale = MIN (scale, MAX_PIXELS / MAX (options->width, 1));
        scale = MIN (scale, MAX_PIXELS / MAX (options->height, 1));
        w = MAX (1, (int) ceil (options->width * scale));
        h = MAX (1, (int) ceil (options->height * scale));
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
        cairo_surface_set_device_scale (surface, scale, scale);
      }
      break;
    case FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case FORMAT_PDF:
    default:
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, options->width, options->height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Samenspel");
      if (options->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, options->title);
      else if (network->title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, network->title);
      break;
    }

  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return status;
    }

  cr = cairo_create (surface);
  sp_render (cr, network, options);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, sink_write, sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
sp_export_file (SpNetwork             *network,
                const SpRenderOptions *options,
                const char            *path,
                GError               **error)
{
  g_autofree char *tmp_path = NULL;
  g_autofree char *display = NULL;
  Sink sink = { -1, 0 };
  cairo_status_t status;
  Format format;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (path);
  if (!format_from_path (path, &format))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_UNSUPPORTED,
                   _("cannot write “%s”: unknown format (use .png, .svg or .pdf)"), display);
      return FALSE;
    }
  if (!(options->width >= 1 && options->height >= 1))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                   _("cannot write “%s”: the drawing has no size"), display);
      return FALSE;
    }

  sink.fd = open_temporary (path, &tmp_path);
  if (sink.fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SP_ERROR, SP_ERROR_IO, _("cannot write “%s”: %s"),
                   display, g_strerror (saved_errno));
      return FALSE;
    }

  status = render_to (format, &sink, network, options);
  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0 && errno != EINVAL)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (close (sink.fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (status == CAIRO_STATUS_SUCCESS && g_rename (tmp_path, path) != 0)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      const char *reason = sink.saved_errno != 0 ? g_strerror (sink.saved_errno)
                                                 : cairo_status_to_string (status);

      g_unlink (tmp_path);
      g_set_error (error, SP_ERROR, SP_ERROR_IO, _("cannot write “%s”: %s"), display, reason);
      return FALSE;
    }
  return TRUE;
}
