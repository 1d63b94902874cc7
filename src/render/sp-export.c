/* sp-export.c — PNG, SVG and PDF files from the renderer
 *
 * The drawing goes through sp-output: to a hidden temporary file in the
 * target's folder, renamed over the target only when complete (readers
 * never see a half-written file under the final name), or straight to a
 * device, a FIFO or standard output.
 *
 * PNGs are drawn in horizontal bands by one thread per processor (at
 * most MAX_BANDS), each band its own image surface over the rows of one
 * shared buffer: the renderer keeps no global state and Pango gives each
 * thread its own font map, and the pixels are the same as in one pass.
 * Each thread then also filters (Up) and compresses (zlib level 1,
 * run-length matching) its rows, as pigz does: the bands' raw deflate
 * streams, all but the last ended on a byte boundary by a sync flush,
 * joined make one zlib stream, the Adler-32 checksums combined.  libpng
 * writes the signature and chunks.  The files are about as small as
 * Cairo's own (zlib level 6, every filter tried), in a third of the time.
 */
#define G_LOG_DOMAIN "sp-export"

#include "sp-render.h"
#include "sp-output.h"
#include "sp-i18n.h"
#include "sp-svg-text.h"

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
  SpOutput   *out;
  GError     *error;   /* the first failed write */
  GByteArray *buffer;  /* when set, what is written goes here instead */
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->buffer != NULL)
    {
      g_byte_array_append (sink->buffer, data, length);
      return CAIRO_STATUS_SUCCESS;
    }
  if (sink->error != NULL ||
      !sp_output_write (sink->out, data, length, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
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
  /* the band's part of the PNG's zlib stream, when encode */
  gboolean               encode;
  gboolean               last;
  gboolean               opaque;
  GByteArray            *deflated;
  uLong                  adler;
  gsize                  raw_length;
} Band;

static gboolean
rows_opaque (const unsigned char *data,
             int                  width,
             int                  rows,
             int                  stride)
{
  for (int y = 0; y < rows; y++)
    {
      const guint32 *row = (const guint32 *) (gconstpointer) (data + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }
  return TRUE;
}

/* The band's rows as PNG scanlines of 8-bit RGB (Cairo's pixels are
 * native-endian 0xAARRGGBB, opaque here), filtered Up, or Sub on the
 * band's first row (the row above is another thread's), deflated raw
 * into band->deflated; FALSE if zlib fails. */
static gboolean
encode_band (Band *band)
{
  gsize line = 1 + (gsize) band->width * 3;
  g_autofree guint8 *cur = g_malloc (line);
  g_autofree guint8 *prev = g_malloc (line);
  g_autofree guint8 *out = g_malloc (line);
  guint8 buffer[65536];
  z_stream z = { 0 };
  int rc = Z_OK;

  if (deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK)
    return FALSE;
  band->deflated = g_byte_array_sized_new ((guint) MIN (line * band->rows / 2, G_MAXUINT / 2));
  band->adler = adler32 (0, NULL, 0);
  band->raw_length = 0;
  for (int y = 0; y < band->rows; y++)
    {
      const guint32 *px = (const guint32 *) (gconstpointer) (band->data + (gsize) (band->y0 + y) * band->stride);
      guint8 *rgb = cur + 1;

      for (int x = 0; x < band->width; x++)
        {
          guint32 v = px[x];

          rgb[3 * x] = (guint8) (v >> 16);
          rgb[3 * x + 1] = (guint8) (v >> 8);
          rgb[3 * x + 2] = (guint8) v;
        }
      if (y == 0)
        {
          out[0] = 1;  /* Sub */
          for (gsize i = 1; i < line; i++)
            out[i] = (guint8) (cur[i] - (i > 3 ? cur[i - 3] : 0));
        }
      else
        {
          out[0] = 2;  /* Up */
          for (gsize i = 1; i < line; i++)
            out[i] = (guint8) (cur[i] - prev[i]);
        }
      band->adler = adler32 (band->adler, out, (uInt) line);
      band->raw_length += line;

      z.next_in = out;
      z.avail_in = (uInt) line;
      do
        {
          int flush = y + 1 < band->rows ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH;

          z.next_out = buffer;
          z.avail_out = sizeof buffer;
          rc = deflate (&z, flush);
          if (rc == Z_STREAM_ERROR)
            break;
          g_byte_array_append (band->deflated, buffer, sizeof buffer - z.avail_out);
        }
      while (z.avail_out == 0 || (z.avail_in > 0));
      if (rc == Z_STREAM_ERROR)
        break;
      {
        guint8 *t = prev;

        prev = cur;
        cur = t;
      }
    }
  deflateEnd (&z);
  return rc != Z_STREAM_ERROR && (!band->last || rc == Z_STREAM_END);
}

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

  if (band->status == CAIRO_STATUS_SUCCESS && band->encode)
    {
      band->opaque = rows_opaque (band->data + (gsize) band->y0 * band->stride,
                                  band->width, band->rows, band->stride);
      if (band->opaque && !encode_band (band))
        band->status = CAIRO_STATUS_NO_MEMORY;
    }
  return NULL;
}

/* Renders onto the image @surface (device scale @scale) in bands, in
 * parallel when there are several processors; with @encode, each band
 * also compresses its rows.  Fills @bands, returns how many. */
static guint
render_image (cairo_surface_t       *surface,
              double                 scale,
              SpNetwork             *network,
              const SpRenderOptions *options,
              gboolean               encode,
              Band                  *bands)
{
  int height = cairo_image_surface_get_height (surface);
  guint n_bands = CLAMP ((guint) g_get_num_processors (), 1, MAX_BANDS);
  GThread *threads[MAX_BANDS] = { NULL };

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
        .encode = encode,
        .last = k + 1 == n_bands,
      };
    }
  /* the first band on this thread, the others on their own */
  for (guint k = 1; k < n_bands; k++)
    threads[k] = g_thread_new ("sp-export-band", render_band, &bands[k]);
  render_band (&bands[0]);
  for (guint k = 1; k < n_bands; k++)
    g_thread_join (threads[k]);
  cairo_surface_mark_dirty (surface);
  return n_bands;
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

/* Largest IDAT chunk written. */
#define IDAT_MAX (1u << 22)

/* Writes an 8-bit RGB PNG of @width x @height from the bands' deflated
 * rows: one zlib stream, its header and checksum added here. */
static cairo_status_t
write_png (Band  *bands,
           guint  n_bands,
           int    width,
           int    height,
           Sink  *sink)
{
  static const guint8 zlib_header[2] = { 0x78, 0x01 };  /* deflate, 32K window, fastest */
  guint8 ihdr[13] = { 0 };
  guint8 trailer[4];
  uLong adler = bands[0].adler;
  png_structp png;

  for (guint k = 1; k < n_bands; k++)
    adler = adler32_combine (adler, bands[k].adler, (z_off_t) bands[k].raw_length);
  trailer[0] = (guint8) (adler >> 24);
  trailer[1] = (guint8) (adler >> 16);
  trailer[2] = (guint8) (adler >> 8);
  trailer[3] = (guint8) adler;

  png_save_uint_32 (ihdr, (png_uint_32) width);
  png_save_uint_32 (ihdr + 4, (png_uint_32) height);
  ihdr[8] = 8;                   /* bit depth */
  ihdr[9] = PNG_COLOR_TYPE_RGB;  /* compression, filter method, interlace: 0 */

  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, NULL, png_error_jump, png_warning_ignore);
  if (png == NULL)
    return CAIRO_STATUS_NO_MEMORY;
  if (setjmp (png_jmpbuf (png)))
    {
      png_destroy_write_struct (&png, NULL);
      return CAIRO_STATUS_WRITE_ERROR;
    }
  png_set_write_fn (png, sink, png_sink_write, png_sink_flush);
  png_write_sig (png);
  png_write_chunk (png, (png_const_bytep) "IHDR", ihdr, sizeof ihdr);
  png_write_chunk (png, (png_const_bytep) "IDAT", zlib_header, sizeof zlib_header);
  for (guint k = 0; k < n_bands; k++)
    for (guint off = 0; off < bands[k].deflated->len; off += IDAT_MAX)
      png_write_chunk (png, (png_const_bytep) "IDAT", bands[k].deflated->data + off,
                       MIN (IDAT_MAX, bands[k].deflated->len - off));
  png_write_chunk (png, (png_const_bytep) "IDAT", trailer, sizeof trailer);
  png_write_chunk (png, (png_const_bytep) "IEND", NULL, 0);
  png_destroy_write_struct (&png, NULL);
  return CAIRO_STATUS_SUCCESS;
}

/* Draws the PNG in bands and writes it: from the bands' compressed rows
 * when the drawing is opaque (it has a background), else with Cairo's
 * writer (alpha). */
static cairo_status_t
render_png (cairo_surface_t       *surface,
            double                 scale,
            Sink                  *sink,
            SpNetwork             *network,
            const SpRenderOptions *options)
{
  Band bands[MAX_BANDS];
  guint n_bands = render_image (surface, scale, network, options, TRUE, bands);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  gboolean opaque = TRUE;

  for (guint k = 0; k < n_bands; k++)
    {
      if (status == CAIRO_STATUS_SUCCESS)
        status = bands[k].status;
      opaque = opaque && bands[k].opaque;
    }
  if (status == CAIRO_STATUS_SUCCESS && opaque)
    status = write_png (bands, n_bands, cairo_image_surface_get_width (surface),
                        cairo_image_surface_get_height (surface), sink);
  else if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, sink_write, sink);
  for (guint k = 0; k < n_bands; k++)
    if (bands[k].deflated != NULL)
      g_byte_array_unref (bands[k].deflated);
  return status;
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
  g_autoptr (GByteArray) svg = NULL;
  Sink svg_sink = { NULL, NULL, NULL };
  SpSvgText *texts = NULL;
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
      /* into memory: the texts go into the document once Cairo is done */
      svg = g_byte_array_new ();
      svg_sink.buffer = svg;
      surface = cairo_svg_surface_create_for_stream (sink_write, &svg_sink, options->width, options->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        {
          texts = sp_svg_text_attach (surface);
          if (texts == NULL)
            {
              cairo_surface_destroy (surface);
              return CAIRO_STATUS_NO_MEMORY;
            }
        }
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
      status = render_png (surface, png_scale, sink, network, options);
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
  if (status == CAIRO_STATUS_SUCCESS && texts != NULL)
    {
      g_autoptr (GByteArray) merged = sp_svg_text_merge (texts, svg->data, svg->len);
      const guint8 *data = merged->data;
      gsize left = merged->len;

      while (status == CAIRO_STATUS_SUCCESS && left > 0)
        {
          unsigned int chunk = (unsigned int) MIN (left, G_MAXUINT);

          status = sink_write (sink, data, chunk);
          data += chunk;
          left -= chunk;
        }
    }
  cairo_surface_destroy (surface);
  return status;
}

gboolean
sp_export_file (SpNetwork             *network,
                const SpRenderOptions *options,
                const char            *path,
                GError               **error)
{
  g_autofree char *display = NULL;
  Sink sink = { NULL, NULL };
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

  sink.out = sp_output_open (path, error);
  if (sink.out == NULL)
    return FALSE;

  status = render_to (format, &sink, network, options);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      sp_output_abort (sink.out);
      if (sink.error != NULL)
        g_propagate_error (error, sink.error);
      else
        g_set_error (error, SP_ERROR, SP_ERROR_IO, _("cannot write “%s”: %s"), display,
                     cairo_status_to_string (status));
      return FALSE;
    }
  return sp_output_close (sink.out, error);
}
