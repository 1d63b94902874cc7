/* sp-render.h — one drawing path for the screen and every export.
 *
 * sp_render() draws a network (with its layout) as layers — underlay,
 * hulls, edges, nodes, indicators, labels, legend, title — onto any
 * cairo_t.  The GTK canvas and the PNG/SVG/PDF exporters call the same
 * code, so an export looks like the screen.
 */
#pragma once

#include <cairo.h>
#include "sp-network.h"

G_BEGIN_DECLS

typedef struct {
  /* size of the drawing in user units (pixels at 1x) */
  double       width;
  double       height;

  /* texts; NULL title means the network's title; subtitle defaults to
   * "<data set> · <date>" */
  const char  *title;
  const char  *subtitle;
  gboolean     anonymize;       /* pseudonyms instead of names */

  /* encodings */
  const char  *color_by;        /* numeric attribute for the fill, or NULL: department */
  const char  *size_by;         /* numeric attribute for the size, or NULL: degree */
  double       label_density;   /* 0 none … 1 as many as fit; default 1 */
  double       label_scale;     /* 1 normal; presentation mode uses more */
  gboolean     dark;            /* dark background */
  gboolean     show_legend;
  gboolean     show_title;

  /* what is shown; NULL means all */
  const gboolean *node_visible; /* per node */
  const gboolean *tie_type_visible; /* per tie type */

  /* emphasis: -1 for none */
  gint         selected;
  gint         hovered;

  /* view transform for the canvas: the layout's bounding box is fitted
   * into the drawing, then scaled by zoom around the centre and moved by
   * (pan_x, pan_y) user units.  Exports use zoom 1, pan 0. */
  double       zoom;
  double       pan_x;
  double       pan_y;

  /* the date in the default subtitle, NULL for today (tests fix it) */
  const char  *date;
} SpRenderOptions;

/* Fills @options with defaults for a @width x @height drawing. */
void     sp_render_options_init (SpRenderOptions *options,
                                 double           width,
                                 double           height);

/* Draws @network (which must have a layout) onto @cr. */
void     sp_render              (cairo_t               *cr,
                                 SpNetwork             *network,
                                 const SpRenderOptions *options);

/* Node under the point (x, y) in user units of the drawing, or -1. */
gint     sp_render_hit_test     (SpNetwork             *network,
                                 const SpRenderOptions *options,
                                 double                 x,
                                 double                 y);

/* Where @node is drawn: its centre (@x, @y) and radius in user units of
 * the drawing.  FALSE when there is no layout or the node is hidden. */
gboolean sp_render_node_position (SpNetwork             *network,
                                  const SpRenderOptions *options,
                                  guint                  node,
                                  double                *x,
                                  double                *y,
                                  double                *radius);

/* The label shown for @node: its name (else id), or with @anonymize a
 * pseudonym stable by node index ("Person 17", "Client 3").  Free it. */
char    *sp_render_node_label   (SpNetwork             *network,
                                 guint                  node,
                                 gboolean               anonymize);

/* The texts of the node labels sp_render() would place, in placement
 * order (for tests and accessibility).  Free with g_ptr_array_unref. */
GPtrArray *sp_render_placed_labels (SpNetwork             *network,
                                    const SpRenderOptions *options);

/* Writes the drawing to @path: PNG (at 2x for print quality), SVG or PDF,
 * chosen by extension.  The file appears under its final name only when
 * complete. */
gboolean sp_export_file         (SpNetwork             *network,
                                 const SpRenderOptions *options,
                                 const char            *path,
                                 GError               **error);

G_END_DECLS
