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
#include "sp-metrics.h"
#include "sp-measures.h"
#include "sp-labels.h"
#include "sp-talent-grid.h"

G_BEGIN_DECLS

/* The open-versus-closed ring around each person. */
typedef enum {
  SP_RING_NONE = 0,
  SP_RING_CONSTRAINT,      /* Burt's constraint: high = closed */
  SP_RING_EFFECTIVE_SIZE,  /* Burt's effective size: high = open */
  SP_RING_CLUSTERING,      /* local clustering: high = closed */
  SP_RING_EI_INDEX,        /* the person's own E-I index: −1 = closed */
} SpRingIndicator;

/* How a numeric fill is coloured. */
typedef enum {
  SP_COLOR_SCALE_AUTO = 0,      /* diverging for E-I style measures in [−1, 1], else sequential */
  SP_COLOR_SCALE_SEQUENTIAL,
  SP_COLOR_SCALE_DIVERGING,
} SpColorScale;

/* What sp_render() draws. */
typedef enum {
  SP_RENDER_VIEW_NETWORK = 0,
  SP_RENDER_VIEW_HEAT_TABLE,    /* departments × measures (sp-heat-table.c) */
  SP_RENDER_VIEW_CLIENTS,       /* the organisation quietly, its clients on a ring around it
                                 * (sp_layout_place_clients_around), clients held by one person
                                 * and shared by three or more departments flagged; a selected
                                 * client's contacts emphasised (sp-client-view.c) */
  SP_RENDER_VIEW_QUADRANTS,     /* talent × betweenness rank, cut where the insight lists are
                                 * cut (sp-quadrant-view.c) */
  SP_RENDER_VIEW_TALENT_GRID,   /* the 9-box grid: performance across, potential up, each box's
                                 * people with their network position (sp-talent-grid-view.c) */
  SP_RENDER_VIEW_GROUPS,        /* the department map: a circle per group sized by its people,
                                 * filled by its E-I index, lines as wide as the ties between
                                 * groups (sp-groups-map-view.c) */
} SpRenderView;

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
  const char  *group_by;        /* categorical attribute whose values are the groups
                                 * (colours, hulls and their E-I, the legend), or
                                 * NULL: the departments */
  double       label_density;   /* 0 none … 1 as many as fit; default 1 */
  double       label_scale;     /* 1 normal; presentation mode uses more */
  gboolean     dark;            /* dark background */
  gboolean     show_legend;
  gboolean     show_title;
  /* room kept free beyond the margins for what floats over a drawing on
   * screen (the window's slide title at the top, its legend card at the
   * right), in drawing units; 0: none */
  double       reserve_top;
  double       reserve_right;

  /* what is shown; NULL means all */
  const gboolean *node_visible; /* per node */
  const gboolean *tie_type_visible; /* per tie type */
  guint        max_ties;        /* ties drawn at most (the strongest; the legend
                                 * says so); 0: SP_RENDER_MAX_TIES */

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

  /* talent heatmap and open versus closed; every one off by default.
   * @metrics (borrowed) must match @tie_type_visible and @node_visible;
   * when NULL, the measures an option needs are computed on each render,
   * so callers that render repeatedly pass their own.  @color_by names a
   * numeric attribute or, failing that, a metrics column ("betweenness"). */
  SpMetrics   *metrics;
  /* where every measure of the drawing comes from (borrowed); NULL: a
   * cache of the drawing's own, so each sp_render() computes what it
   * needs once.  Callers that draw repeatedly (the canvas) pass one, and
   * then a redraw computes nothing. */
  SpMeasures  *measures;
  /* one node (index + 1) left out of the drawing but not of the measures
   * (the canvas draws the node being dragged itself); 0: none */
  guint        omit_node;
  /* the positions drawn instead of the network's (a copy the caller took
   * while nobody moved them; one per node), or NULL */
  const double *x;
  const double *y;
  SpColorScale color_scale;
  SpRingIndicator indicator;
  gboolean     heatmap;           /* score-weighted density underlay of color_by */
  double       heatmap_bandwidth; /* kernel bandwidth in layout units; 0 automatic */
  gboolean     hulls;             /* department hulls coloured by E-I index */
  SpRenderView view;
  /* the talent grid's attributes (NULL: found by name) and cut points
   * (sp-talent-grid.h); the scene copies its strings */
  SpTalentGridSpec talent_grid;

  /* a named list of people to point at (others dimmed), e.g. "Hidden talent" */
  const guint *highlight;
  guint        n_highlight;
  const char  *highlight_name;

  /* the layers drawn (SpRenderLayers; sp_render_options_init sets all).
   * Without SP_RENDER_LAYER_SCENE the legend alone is drawn, at the
   * origin on no background (the canvas's legend card). */
  guint        layers;

  /* what-if and before/after (sp-render-overlays.c); all off by default */
  const gboolean *ghosted;        /* per node: a ghost (dashed outline, no fill), its ties lost */
  const char *const *moved_department; /* per node: drawn (and counted) in this department,
                                        * interned in the network, with a dashed ring;
                                        * NULL entries (or NULL): not moved */
  const guint *ties_gained;       /* node pairs (2 × n_ties_gained): green */
  guint        n_ties_gained;
  const guint *ties_lost;         /* node pairs (2 × n_ties_lost): red, dashed */
  guint        n_ties_lost;
  const char  *caption;           /* sentences under the title (title layer) */
  const char *const *outline_groups;  /* departments outlined … */
  const guint32 *outline_colors;      /* … in these colours (0xRRGGBB) … */
  const char *const *outline_labels;  /* … with these labels (may be NULL) */
  guint        n_outlines;
} SpRenderOptions;

/* Above this many distinct ties only the strongest are drawn: 2 M ties
 * cost minutes of strokes and cover the drawing in grey anyway. */
#define SP_RENDER_MAX_TIES 50000

/* Layers of the drawing, for SpRenderOptions.layers. */
typedef enum {
  SP_RENDER_LAYER_SCENE  = 1 << 0,   /* background, network, overlays */
  SP_RENDER_LAYER_LEGEND = 1 << 1,
  SP_RENDER_LAYER_TITLE  = 1 << 2,   /* title, subtitle and caption */
} SpRenderLayers;

#define SP_RENDER_LAYERS_ALL (SP_RENDER_LAYER_SCENE | SP_RENDER_LAYER_LEGEND | SP_RENDER_LAYER_TITLE)

/* The categorical attribute @name of @network when every value it has is a
 * colour "#rrggbb" (GEXF's "viz colour"): Colour by then draws each node
 * in its own colour.  NULL for any other attribute or name. */
SpAttribute *sp_render_own_color_attribute (SpNetwork  *network,
                                            const char *name);

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

/* Machine names of the indicators ("constraint", "effective-size",
 * "clustering", "ei-index", "none"); FALSE for an unknown name. */
gboolean sp_ring_indicator_from_string (const char      *name,
                                        SpRingIndicator *indicator);

/* The legend's entries, in order, as "kind:text" strings ("header:performance",
 * "colour-bar:sequential:1:5", "ring:closed", "hulls:-1:1", …), for tests and
 * accessibility.  Free with g_ptr_array_unref. */
GPtrArray *sp_render_legend_entries (SpNetwork             *network,
                                     const SpRenderOptions *options);

/* The size of the legend box sp_render() would draw for @options (with
 * SP_RENDER_LAYER_LEGEND alone it is drawn at the origin); FALSE when
 * there is no legend. */
gboolean sp_render_legend_size  (SpNetwork             *network,
                                 const SpRenderOptions *options,
                                 double                *width,
                                 double                *height);

/* ---- the scene: what a view draws, as data ----
 *
 * sp_scene_new() builds everything a drawing of @options shows — copied
 * positions, radii, colours, visible ties, hulls, placed labels, legend
 * rows, title and caption boxes, the transform — taking its measures
 * from @options->measures (or a cache of its own).  The scene is
 * immutable and holds its own copy of @options and of the positions, so
 * it may be built in one thread and drawn, hit-tested and read in
 * another while the network's positions change.  sp_render() is
 * sp_scene_new() + sp_render_scene(). */
typedef struct _SpScene SpScene;

SpScene   *sp_scene_new            (SpNetwork             *network,
                                    const SpRenderOptions *options);
SpScene   *sp_scene_ref            (SpScene               *scene);
void       sp_scene_unref          (SpScene               *scene);
/* Draws @scene onto @cr (computing nothing). */
void       sp_render_scene         (cairo_t               *cr,
                                    SpScene               *scene);
/* The options the scene was built with (its own copy). */
const SpRenderOptions *sp_scene_get_options (SpScene      *scene);
SpNetwork *sp_scene_get_network    (SpScene               *scene);
/* The view the scene draws (its options may name another: the
 * quadrants build on a network scene). */
SpRenderView sp_scene_get_view     (SpScene               *scene);
/* Node under (x, y) in user units of the drawing, or -1: people and
 * clients in the network and client views, the dots of the quadrants,
 * the people named in the talent grid (their glyph and name). */
gint       sp_scene_hit_test       (SpScene               *scene,
                                    double                 x,
                                    double                 y);
/* Where @node is drawn; FALSE when it is not. */
gboolean   sp_scene_node_position  (SpScene               *scene,
                                    guint                  node,
                                    double                *x,
                                    double                *y,
                                    double                *radius);
/* How layout positions map onto the drawing: X = @ox + x × @scale (and
 * Y alike); FALSE for views that do not draw the layout (heat table,
 * quadrants). */
gboolean   sp_scene_get_transform  (SpScene               *scene,
                                    double                *scale,
                                    double                *ox,
                                    double                *oy);
/* Where the layout is fitted, in user units of the drawing (the page
 * less the title and the legend); FALSE for views that do not draw the
 * layout. */
gboolean   sp_scene_get_plot       (SpScene               *scene,
                                    double                *x,
                                    double                *y,
                                    double                *width,
                                    double                *height);
/* The zoom and pan (SpRenderOptions) at which a scene like @scene — the
 * same page, view, options other than zoom and pan, and positions —
 * shows the layout box (@x0, @y0)–(@x1, @y1) centred in its plot, as
 * large as fits with @margin user units to spare on each side, but
 * between @min_zoom and @max_zoom (a box of one point gets @max_zoom).
 * FALSE for views that do not draw the layout. */
gboolean   sp_scene_frame_box      (SpScene               *scene,
                                    double                 x0,
                                    double                 y0,
                                    double                 x1,
                                    double                 y1,
                                    double                 margin,
                                    double                 min_zoom,
                                    double                 max_zoom,
                                    double                *zoom,
                                    double                *pan_x,
                                    double                *pan_y);
/* The layout point in the middle of the plot of a scene like @scene at
 * @zoom and (@pan_x, @pan_y): the inverse of sp_scene_frame_box. */
gboolean   sp_scene_plot_centre_at (SpScene               *scene,
                                    double                 zoom,
                                    double                 pan_x,
                                    double                 pan_y,
                                    double                *x,
                                    double                *y);
/* The zoom at which neighbouring people of @scene are @spacing user
 * units apart (the median distance to the nearest one, of the people
 * drawn); 0 when there is no such distance (fewer than two). */
double     sp_scene_zoom_for_spacing (SpScene             *scene,
                                      double               spacing);
/* The quadrants' hidden-talent band (high talent, at the edge), in user
 * units of the drawing: the dots inside it (edges included) are exactly
 * the hidden-talent list.  FALSE for other views, or when nothing is
 * plotted. */
gboolean   sp_scene_quadrant_band  (SpScene               *scene,
                                    double                *x,
                                    double                *y,
                                    double                *width,
                                    double                *height);
/* The heat table's cell at @row, @column (rows as sp_heat_table_new's,
 * the organisation last): where its coloured box is drawn, in user units,
 * and its fill as 0xRRGGBB.  FALSE for other views or outside the table. */
gboolean   sp_scene_heat_table_cell (SpScene              *scene,
                                     guint                 row,
                                     guint                 column,
                                     double               *x,
                                     double               *y,
                                     double               *width,
                                     double               *height,
                                     guint32              *rgb);
/* The talent grid's box @box (SP_TALENT_BOX (performance, potential)):
 * where it is drawn, in user units, its fill as 0xRRGGBB, how many people
 * it holds and how many of them are named in it (the rest are "+N
 * more").  FALSE for other views, or when no grid is drawn. */
gboolean   sp_scene_talent_grid_box (SpScene              *scene,
                                     guint                 box,
                                     SpRect               *rect,
                                     guint32              *rgb,
                                     guint                *n_people,
                                     guint                *n_shown);
/* The talent grid's box under (x, y), or -1 (also for other views).
 * sp_scene_hit_test gives the person named under a point. */
gint       sp_scene_talent_grid_box_at (SpScene           *scene,
                                        double             x,
                                        double             y);
/* The talent grid the scene draws (borrowed, valid as long as @scene),
 * or NULL for other views and when the data has no scores for it. */
const SpTalentGrid *sp_scene_get_talent_grid (SpScene     *scene);
/* The department map's groups (in the groups' sorted order, as
 * sp_group_metrics_compute() gives them), 0 for other views. */
guint      sp_scene_groups_map_n_groups (SpScene          *scene);
/* Group @k: its name (interned), people, E-I index (NAN without ties),
 * its circle in user units and its fill as 0xRRGGBB.  FALSE for other
 * views or @k out of range. */
gboolean   sp_scene_groups_map_group (SpScene             *scene,
                                      guint                k,
                                      const char         **name,
                                      guint               *n_people,
                                      double              *ei,
                                      double              *x,
                                      double              *y,
                                      double              *radius,
                                      guint32             *rgb);
/* The lines drawn (strongest first, at most the view's budget); @n_total
 * gets the number of linked pairs of groups, drawn or not. */
guint      sp_scene_groups_map_n_links (SpScene           *scene,
                                        guint             *n_total);
/* Line @k: its groups (indices as above), ties crossing, width in user
 * units and whether its count is written on it. */
gboolean   sp_scene_groups_map_link  (SpScene             *scene,
                                      guint                k,
                                      guint               *a,
                                      guint               *b,
                                      guint               *ties,
                                      double              *width,
                                      gboolean            *labelled);
/* The name of the group whose circle holds (x, y), or NULL (also for
 * other views): what the window opens the people of. */
const char *sp_scene_groups_map_group_at (SpScene         *scene,
                                          double           x,
                                          double           y);
/* The node's fill colour as 0xRRGGBB, or FALSE when it is not drawn. */
gboolean   sp_scene_node_color     (SpScene               *scene,
                                    guint                  node,
                                    guint32               *rgb);
/* How many nodes and ties are drawn. */
guint      sp_scene_n_drawn_nodes  (SpScene               *scene);
guint      sp_scene_n_drawn_ties   (SpScene               *scene);
/* Placed label texts and legend entries (as sp_render_placed_labels and
 * sp_render_legend_entries).  Free with g_ptr_array_unref. */
GPtrArray *sp_scene_placed_labels  (SpScene               *scene);
GPtrArray *sp_scene_legend_entries (SpScene               *scene);
/* The hulls' labels ("Finance · E-I −0.90"), in the groups' order. */
GPtrArray *sp_scene_hull_labels    (SpScene               *scene);
/* The page's boxes, in user units (empty when absent): the title band,
 * the caption under it (the state line and the what-if's sentences), the
 * legend and the drawing area; and every placed label's box (SpRect;
 * free with g_array_unref) — in the talent grid, every text it places.
 * For tests of a page's layout. */
void       sp_scene_page_boxes     (SpScene               *scene,
                                    SpRect                *title,
                                    SpRect                *caption,
                                    SpRect                *legend,
                                    SpRect                *plot);
GArray    *sp_scene_label_boxes    (SpScene               *scene);
/* A text describing the scene's data (page boxes, every drawn node's
 * position, radius and colour, ties, labels, legend rows), for tests
 * that compare two scenes.  Free it. */
char      *sp_scene_describe       (SpScene               *scene);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpScene, sp_scene_unref)

/* Writes the drawing to @path: PNG (at 2x for print quality), SVG or PDF,
 * chosen by extension.  The file appears under its final name only when
 * complete. */
gboolean sp_export_file         (SpNetwork             *network,
                                 const SpRenderOptions *options,
                                 const char            *path,
                                 GError               **error);

G_END_DECLS
