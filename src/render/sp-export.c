/* sp-export.c — PNG, SVG and PDF files from the renderer
 *
 * The drawing goes to a hidden temporary file in the target's folder,
 * which is renamed over the target only when complete: readers never see
 * a half-written file under the final name.
 *
 * PNGs are drawn in horizontal bands by one thread per processor (at
 * most MAX_BANDS), each band its own image surface over the rows of one
 * shared buffer: the renderer keeps no global state and Pango gives each
 * thread its own font map, and the pixels are the same as in one pass.
 * They are then written with libpng at zlib level 1 with the Paeth filter
 * and run-length matching: as small as Cairo's own PNGs of a drawing
 * (level 6, every filter tried) at a third of the time.
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
#include <png.h>
#include <setjmp.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

typedef enum {
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} Format;

/* Print quality: PNGs carry twice the pixels of the drawing's size. */
#define PNG_SCALE 2.0
/* Cairo's image surfaces are limited to 32767 pixels a side. */
#define MAX_PIXELS 32767.0
/* At most this many threads draw a PNG, each a band of at least
 * MIN_BAND_ROWS rows. */
#define MAX_BANDS 4
#define MIN_BAND_ROWS 256

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

typedef struct {
  SpNetwork             *network;
  const SpRenderOptions *options;
  unsigned char         *data;
  int                    width;
  int                    stride;
  int                    y0;
  int                    rows;
  double                 scale;
  cairo_status_t         status;
} Band;

/* Draws the whole drawing clipped to the rows of @band. */
static gpointer
render_band (gpointer data)
{
  Band *band = data;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create_for_data (band->data + (gsize) band->y0 * band->stride,
                                                 CAIRO_FORMAT_ARGB32, band->width, band->rows,
                                                 band->stride);
  cairo_surface_set_device_scale (surface, band->scale, band->scale);
  cairo_surface_set_device_offset (surface, 0, -band->y0);
  cr = cairo_create (surface);
  sp_render (cr, band->network, band->options);
  band->status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (band->status == CAIRO_STATUS_SUCCESS)
    band->status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return NULL;
}

/* Renders onto the image @surface (device scale @scale) in bands, in
 * parallel when there are several processors. */
static cairo_status_t
render_image (cairo_surface_t       *surface,
              double                 scale,
              SpNetwork             *network,
              const SpRenderOptions *options)
{
  int height = cairo_image_surface_get_height (surface);
  guint n_bands = CLAMP ((guint) g_get_num_processors (), 1, MAX_BANDS);
  Band bands[MAX_BANDS];
  GThread *threads[MAX_BANDS] = { NULL };
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  n_bands = MAX (1, MIN (n_bands, (guint) (height / MIN_BAND_ROWS)));
  cairo_surface_flush (surface);
  for (guint k = 0; k < n_bands; k++)
    {
      int y0 = (int) ((gint64) height * k / n_bands);
      int y1 = (int) ((gint64) height * (k + 1) / n_bands);

      bands[k] = (Band) {
        .network = network,
        .options = options,
        .data = cairo_image_surface_get_data (surface),
        .width = cairo_image_surface_get_width (surface),
        .stride = cairo_image_surface_get_stride (surface),
        .y0 = y0,
        .rows = y1 - y0,
        .scale = scale,
        .status = CAIRO_STATUS_SUCCESS,
      };
    }
  /* the first band on this thread, the others on their own */
  for (guint k = 1; k < n_bands; k++)
    threads[k] = g_thread_new ("sp-export-band", render_band, &bands[k]);
  render_band (&bands[0]);
  for (guint k = 1; k < n_bands; k++)
    g_thread_join (threads[k]);
  cairo_surface_mark_dirty (surface);

  for (guint k = 0; k < n_bands && status == CAIRO_STATUS_SUCCESS; k++)
    status = bands[k].status;
  return status;
}

static gboolean
is_opaque (cairo_surface_t *surface)
{
  const unsigned char *data = cairo_image_surface_get_data (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

static void
png_sink_write (png_structp  png,
                png_bytep    data,
                png_size_t   length)
{
  Sink *sink = png_get_io_ptr (png);

  while (length > 0)
    {
      unsigned int chunk = (unsigned int) MIN (length, G_MAXUINT);

      if (sink_write (sink, data, chunk) != CAIRO_STATUS_SUCCESS)
        png_error (png, "write error");
      data += chunk;
      length -= chunk;
    }
}

static void
png_sink_flush (png_structp png)
{
}

static void
png_warning_ignore (png_structp      png,
                    png_const_charp  message)
{
}

static void
png_error_jump (png_structp      png,
                png_const_charp  message)
{
  png_longjmp (png, 1);
}

/* Writes the opaque image @surface as an 8-bit RGB PNG straight from its
 * rows (libpng drops the unused alpha byte of Cairo's native-endian
 * pixels). */
static cairo_status_t
write_opaque_png (cairo_surface_t *surface,
                  Sink            *sink)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  png_bytep *volatile rows = g_new (png_bytep, height);
  png_structp png;
  png_infop info;

  for (int y = 0; y < height; y++)
    rows[y] = data + (gsize) y * stride;

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, png_error_jump, png_warning_ignore);
  info = png != NULL ? png_create_info_struct (png) : NULL;
  if (info == NULL)
    {
      png_destroy_write_struct (&png, NULL);
      g_free (rows);
      return CAIRO_STATUS_NO_MEMORY;
    }
  if (setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, &info);
      g_free (rows);
      return CAIRO_STATUS_WRITE_ERROR;
    }

  png_set_write_fn (png, sink, png_sink_write, png_sink_flush);
  png_set_compression_level (png, 1);
  png_set_compression_strategy (png, Z_RLE);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_PAETH);
  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info (png, info);
  /* Cairo's pixels are 32-bit native-endian 0xAARRGGBB */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_bgr (png);
  png_set_filler (png, 0, PNG_FILLER_AFTER);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif
  png_write_image (png, rows);
  png_write_end (png, info);
  png_destroy_write_struct (&png, &info);
  g_free (rows);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
render_to (Format                 format,
           Sink                  *sink,
           SpNetwork             *network,
           const SpRenderOptions *options)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  double png_scale = PNG_SCALE;
  cairo_t *cr;

  switch (format)
    {
    case FORMAT_PNG:
      {
        int w, h;

        png_scale = MIN (png_scale, MAX_PIXELS / MAX (options->width, 1));
        png_scale = MIN (png_scale, MAX_PIXELS / MAX (options->height, 1));
        w = MAX (1, (int) ceil (options->width * png_scale));
        h = MAX (1, (int) ceil (options->height * png_scale));
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
        cairo_surface_set_device_scale (surface, png_scale, png_scale);
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

  if (format == FORMAT_PNG)
    {
      status = render_image (surface, png_scale, network, options);
      if (status == CAIRO_STATUS_SUCCESS && is_opaque (surface))
        status = write_opaque_png (surface, sink);
      else if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, sink_write, sink);
    }
  else
    {
      cr = cairo_create (surface);
      sp_render (cr, network, options);
      status = cairo_status (cr);
      cairo_destroy (cr);
    }
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
