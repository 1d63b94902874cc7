/* sp-canvas.h — the network canvas: pan, zoom, hover, select, drag.
 *
 * The static scene (everything but hover and selection) is drawn by the
 * shared renderer (sp_render) in a worker thread into an image surface at
 * the current zoom, with a margin around the window, and kept as a
 * texture.  Panning composites that texture translated, zooming scales it
 * until the zoom settles and a sharp one replaces it; each frame only
 * draws the hover and selection on top.
 */
#pragma once

#include <gtk/gtk.h>
#include "sp-network.h"
#include "sp-render.h"

G_BEGIN_DECLS

#define SP_TYPE_CANVAS (sp_canvas_get_type ())
G_DECLARE_FINAL_TYPE (SpCanvas, sp_canvas, SP, CANVAS, GtkWidget)

GtkWidget  *sp_canvas_new              (void);

void        sp_canvas_set_network      (SpCanvas              *self,
                                        SpNetwork             *network);
SpNetwork  *sp_canvas_get_network      (SpCanvas              *self);

/* Encodings and texts (strings are copied); zoom, pan, visibility,
 * selection and hover in @options are ignored. */
void        sp_canvas_set_style        (SpCanvas              *self,
                                        const SpRenderOptions *options);
/* Takes both arrays (either may be NULL: all visible). */
void        sp_canvas_set_visibility   (SpCanvas              *self,
                                        gboolean              *node_visible,
                                        gboolean              *tie_type_visible);
const gboolean *sp_canvas_get_node_visibility (SpCanvas       *self);
/* Positions or data changed: draw the scene anew. */
void        sp_canvas_invalidate       (SpCanvas              *self);
/* The results cache the scenes take their measures from (the window's,
 * shared); NULL: one of the canvas's own.  Replaced when the data change. */
void        sp_canvas_set_measures     (SpCanvas              *self,
                                        SpMeasures            *measures);
/* The scene shown (built in the worker, swapped in when drawn), or NULL;
 * borrowed, replaced by the next scene. */
SpScene    *sp_canvas_get_scene        (SpCanvas              *self);
/* The measures cache the canvas's scenes use (NULL before the first). */
SpMeasures *sp_canvas_get_measures     (SpCanvas              *self);

/* Options describing what the canvas shows now (borrowed strings and
 * arrays, valid until the next change). */
void        sp_canvas_get_render_options (SpCanvas            *self,
                                          SpRenderOptions     *options);

double      sp_canvas_get_zoom         (SpCanvas              *self);
void        sp_canvas_get_pan          (SpCanvas              *self,
                                        double                *pan_x,
                                        double                *pan_y);
void        sp_canvas_set_transform    (SpCanvas              *self,
                                        double                 zoom,
                                        double                 pan_x,
                                        double                 pan_y);
/* Zooms by @factor around the pointer when it is over the canvas, else
 * around the centre. */
void        sp_canvas_zoom_by          (SpCanvas              *self,
                                        double                 factor);
void        sp_canvas_zoom_at          (SpCanvas              *self,
                                        double                 factor,
                                        double                 x,
                                        double                 y);
void        sp_canvas_pan_by           (SpCanvas              *self,
                                        double                 dx,
                                        double                 dy);
void        sp_canvas_fit              (SpCanvas              *self);
/* Pans so that @node is in the middle. */
void        sp_canvas_center_on        (SpCanvas              *self,
                                        guint                  node);
/* Goes to @node: in the middle of the drawing, close enough that they
 * and their direct contacts (those shown) are readable — as many of the
 * contacts as fit at that zoom, never beyond a zoom at which neighbours
 * are far apart.  Animated (unless animations are off); as soon as a
 * scene of the canvas's size is there, so it may come after the call.
 * Any other change of the zoom or pan cancels it. */
void        sp_canvas_go_to_person     (SpCanvas              *self,
                                        guint                  node);
/* Zooms and pans so that the people shown (the visibility) fill the
 * drawing, at most as close as a reading zoom allows; with everybody
 * shown, as sp_canvas_fit().  Like sp_canvas_go_to_person, it may come
 * after the call. */
void        sp_canvas_fit_visible      (SpCanvas              *self);

gint        sp_canvas_get_selected     (SpCanvas              *self);
void        sp_canvas_set_selected     (SpCanvas              *self,
                                        gint                   node);
gint        sp_canvas_get_hovered      (SpCanvas              *self);
/* The node a pointer at (@x, @y) would hover, or -1 (every view). */
gint        sp_canvas_pick             (SpCanvas              *self,
                                        double                 x,
                                        double                 y);
/* Emphasised search results (takes @nodes, may be NULL). */
void        sp_canvas_set_marked       (SpCanvas              *self,
                                        GArray                *nodes);

/* What-if and before/after, drawn over the scene on the same layout
 * (see SpRenderOptions).  Each takes its arguments, NULL for none:
 * @ghosted a gboolean per node; @gained and @lost guint node pairs;
 * @groups and @labels department names and their labels, @colors one
 * 0xRRGGBB (guint32) per group.  The caption goes to exports only. */
void        sp_canvas_set_ghosts       (SpCanvas              *self,
                                        GArray                *ghosted);
/* People counted in another department (what-if): one interned
 * department (or NULL) per node; drawn in its colour with a dashed ring.
 * Takes @moved. */
void        sp_canvas_set_moves        (SpCanvas              *self,
                                        GPtrArray             *moved);
void        sp_canvas_set_tie_changes  (SpCanvas              *self,
                                        GArray                *gained,
                                        GArray                *lost);
void        sp_canvas_set_outlines     (SpCanvas              *self,
                                        GStrv                  groups,
                                        GArray                *colors,
                                        GStrv                  labels);
void        sp_canvas_set_legend_space (SpCanvas              *self,
                                        gboolean               legend_space);
void        sp_canvas_set_caption      (SpCanvas              *self,
                                        const char            *caption);

/* The measures the encodings use (colour by a measure, rings, hulls);
 * NULL: computed when drawing.  Must match the tie types shown. */
void        sp_canvas_set_metrics      (SpCanvas              *self,
                                        SpMetrics             *metrics);
/* A named list of people to point at, others dimmed (takes @nodes, guint;
 * NULL for none). */
void        sp_canvas_set_highlight    (SpCanvas              *self,
                                        GArray                *nodes,
                                        const char            *name);
const GArray *sp_canvas_get_highlight  (SpCanvas              *self);

/* Where @node is drawn, in widget coordinates; FALSE without a layout. */
gboolean    sp_canvas_node_position    (SpCanvas              *self,
                                        guint                  node,
                                        double                *x,
                                        double                *y);

/* Statistics for the frame-time measurement: snapshot durations in µs
 * (the last up to 1024), the duration of the last scene render in µs and
 * how many scenes were rendered. */
GArray     *sp_canvas_get_frame_times  (SpCanvas              *self);
gint64      sp_canvas_get_scene_time   (SpCanvas              *self);
/* Of the last scene's time: building it (the rest is drawing). */
gint64      sp_canvas_get_scene_build_time (SpCanvas          *self);
guint       sp_canvas_get_scene_count  (SpCanvas              *self);
/* TRUE while a scene is being drawn or waits to be (or the view moves
 * to a person or to what is shown). */
gboolean    sp_canvas_is_rendering     (SpCanvas              *self);

/* What floats over the canvas (each may be NULL): the legend card at the
 * top right, whose column the network view keeps free while it is
 * expanded, and the slide title's GtkRevealer, below which every view
 * starts while it is revealed.  Call sp_canvas_invalidate when they
 * change size. */
void       sp_canvas_set_overlays  (SpCanvas   *self,
                                    GtkWidget  *legend,
                                    GtkWidget  *title);

G_END_DECLS
