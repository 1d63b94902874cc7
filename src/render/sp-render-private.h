/* sp-render-private.h — the scene shared by the render layers.
 *
 * A scene (sp-render.h) is what a view draws, built once: its own copy of
 * the options and of the positions, the visible, merged ties, degrees,
 * colours, the fit of the layout into the drawing, node radii, placed
 * labels and the page geometry (title band, legend box), plus what the
 * view kind adds (view_data).  The measures come from an SpMeasures cache.
 * Drawing reads the scene; hit tests and positions read the same scene,
 * so they agree with what is drawn.
 */
#pragma once

#include <pango/pangocairo.h>

#include "sp-render.h"
#include "sp-palette.h"
#include "sp-labels.h"
#include "sp-group-metrics.h"
#include "sp-svg-text.h"

G_BEGIN_DECLS

/* The one helper every view draws with: @c at @alpha as the source. */
static inline void
sp_set_color (cairo_t *cr,
              SpColor  c,
              double   alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

/* The ring around people on a named list (Okabe–Ito-like vermillion pink,
 * apart from viridis and from the department colours' blues and greens). */
#define SP_HIGHLIGHT_COLOR (sp_color_from_hex (0xD81B60))

/* What a what-if or a comparison loses (red, drawn dashed) and gains
 * (green): the usual reading in a board room (sp-render-overlays.c and
 * the legend). */
#define SP_LOST_COLOR   0xD7263D
#define SP_GAINED_COLOR 0x1E9E4A

typedef enum {
  SP_EDGE_INTERNAL = 0,  /* both ends in the same department */
  SP_EDGE_CROSS,         /* between departments (or unknown ones) */
  SP_EDGE_CLIENT,        /* an employee–client tie */
} SpEdgeClass;

typedef struct {
  guint   a, b;          /* node indices, a < b */
  double  weight;        /* summed over merged ties */
  guint8  klass;         /* SpEdgeClass */
} SpEdge;

typedef struct {
  const char *name;            /* interned department */
  double      ei;              /* its E-I index (NAN when undefined) */
  GArray     *hull;            /* double pairs: convex hull, clockwise on screen */
  double      pad;             /* distance kept around the members */
  char       *label;           /* "Finance · E-I −0.90" */
  SpRect      label_rect;
} SpHull;

typedef struct {
  GArray    *labels;   /* SpLabel */
  GPtrArray *layouts;  /* PangoLayout, parallel to labels */
} SpLabelSet;

struct _SpScene {
  gint                   ref_count;
  SpNetwork             *network;      /* a reference; names, kinds (not positions) */
  const SpRenderOptions *opt;          /* &own */
  SpRenderOptions        own;          /* a copy: every array and string its own */
  SpRenderView           view;         /* the view drawn (opt->view may differ) */
  SpMeasures            *measures;     /* a reference */
  const double          *lx, *ly;      /* layout positions: a copy, per node */
  guint                  n;            /* nodes */

  /* the view's own data (quadrants, clients), freed with the scene */
  gpointer               view_data;
  GDestroyNotify         view_data_free;
  SpLabelSet             labels;       /* the network view's placed labels */

  /* theme */
  double       u;                      /* size of texts and strokes relative to 1600×1000 */
  SpColor      bg, fg, fg_muted, edge_neutral, client_fill, client_stroke, client_edge, accent;

  /* encodings */
  SpAttribute *group_attr;             /* the groups' attribute, or NULL: departments */
  GPtrArray   *departments;            /* the groups: sorted, interned */
  GHashTable  *department_index;       /* interned name -> index + 1 */
  guint       *department_count;
  guint        n_missing_department;
  SpAttribute *color_attr;             /* numeric, or NULL for departments */
  SpAttribute *color_own;              /* categorical "#rrggbb": the nodes' own colours */
  SpAttribute *color_cat;              /* categorical: a safe colour per value */
  GPtrArray   *cat_values;             /* its values, most people first (interned) */
  GHashTable  *cat_index;              /* value -> index + 1 in cat_values */
  guint       *cat_count;              /* per value: the people shown */
  guint        cat_other_count;        /* the people shown with a value beyond the palette */
  guint        cat_other_values;       /* the distinct such values among them */
  double       color_min, color_max;
  SpAttribute *size_attr;
  double       size_min, size_max;
  const double *color_values;          /* per node: the fill measure, or NULL */
  const char  *color_label;            /* its name in the legend */
  gboolean     color_diverging;
  SpColor     *color;                  /* per node */
  gboolean    *missing;                /* per node: no department / value */

  /* graph */
  gboolean    *visible;                /* per node */
  guint        n_visible, n_persons, n_clients;
  GArray      *edges;                  /* SpEdge: the ties drawn, at most the budget */
  guint        n_ties_total;           /* the visible merged ties, drawn or not */
  guint        n_client_edges;
  guint       *degree;
  guint        max_degree, min_degree;

  /* measures (owned references) */
  SpMetrics      *metrics;
  SpGroupMetrics *groups;
  double      *closed;                 /* per node: 0 open … 1 closed, NAN none */
  double       closed_lo, closed_hi;   /* the indicator's range, for the legend */
  GArray      *hulls;                  /* SpHull */
  char        *openness;               /* one sentence for the legend, or NULL */

  /* a named list pointed at */
  gboolean    *highlighted;            /* per node */
  guint        n_highlighted;

  /* emphasis: focus nodes and their neighbours */
  gint         focus[2];
  guint8      *near;                   /* per node: 2 focus, 1 neighbour, 0 other */
  gboolean     has_focus;

  /* page */
  PangoContext *pango;
  SpRect       page;
  SpRect       title_box;              /* empty when no title */
  SpRect       legend_box;             /* empty when no legend */
  SpRect       plot;                   /* where the layout is fitted */

  /* geometry, in user units of the drawing */
  gboolean     has_layout;
  double       scale, ox, oy;          /* X = ox + x * scale */
  /* how the view fits the layout, whatever the zoom and pan: scale is
   * fit_scale × zoom, and at pan 0 the layout point (fit_cx, fit_cy) is
   * in the middle of the plot (sp_scene_frame_box) */
  double       fit_scale, fit_cx, fit_cy;
  double      *sx, *sy, *radius;
  double       r_mid, line_width;
  double       nearest;                /* median nearest-neighbour distance */

  /* every allocation behind own's pointers */
  GPtrArray   *owned;
};

/* The base scene every view builds on (sp-render.c): the network fitted
 * into the page, with @options copied. */
SpScene     *sp_scene_build    (SpNetwork             *network,
                                const SpRenderOptions *options);

/* Each view's scene and drawing (sp-client-view.c, sp-heat-table.c,
 * sp-quadrant-view.c): sp_scene_new() and sp_render_scene() dispatch. */
SpScene     *sp_client_view_scene (SpNetwork             *network,
                                   const SpRenderOptions *options);
void         sp_client_view_draw  (SpScene               *scene,
                                   cairo_t               *cr);
SpScene     *sp_heat_table_scene  (SpNetwork             *network,
                                   const SpRenderOptions *options);
void         sp_heat_table_draw   (SpScene               *scene,
                                   cairo_t               *cr);
SpScene     *sp_quadrants_scene   (SpNetwork             *network,
                                   const SpRenderOptions *options);
void         sp_quadrants_draw    (SpScene               *scene,
                                   cairo_t               *cr);
SpScene     *sp_talent_grid_scene (SpNetwork             *network,
                                   const SpRenderOptions *options);
void         sp_talent_grid_draw  (SpScene               *scene,
                                   cairo_t               *cr);
gint         sp_talent_grid_hit_test (SpScene            *scene,
                                      double              x,
                                      double              y);
SpScene     *sp_groups_map_scene  (SpNetwork             *network,
                                   const SpRenderOptions *options);
void         sp_groups_map_draw   (SpScene               *scene,
                                   cairo_t               *cr);

/* Removed people as the measures' key wants them: those the options do
 * not show (not the node left out while dragged), or NULL when everyone
 * is shown.  Free it. */
gboolean    *sp_scene_removed  (SpScene               *scene);

/* A layout of @text at @size px (times the scene's text scale). */
PangoLayout *sp_scene_text     (SpScene               *scene,
                                const char            *text,
                                double                 size,
                                PangoWeight            weight);

/* The legend's size for sp_scene_new, and the drawing of legend, title
 * and messages (sp-legend.c). */
void         sp_legend_measure (SpScene               *scene,
                                double                *width,
                                double                *height);
void         sp_legend_draw    (SpScene               *scene,
                                cairo_t               *cr);
double       sp_title_height   (SpScene               *scene);
void         sp_title_draw     (SpScene               *scene,
                                cairo_t               *cr);
void         sp_message_draw   (SpScene               *scene,
                                cairo_t               *cr,
                                const char            *message,
                                const char            *detail);

/* Whether node @i is drawn faded (focus or highlight elsewhere). */
gboolean     sp_scene_dimmed   (SpScene               *scene,
                                guint                  i);

/* The legend's note when only @drawn of @total ties are drawn (sp-legend.c). */
char        *sp_legend_tie_budget_note (guint drawn,
                                        guint total);

/* Legend rows as "kind:text" strings (sp-legend.c). */
GPtrArray   *sp_legend_entries (SpScene               *scene);

/* The client view's page and fit (sp-client-view.c): clients on their ring
 * with room for their names, the client legend; sp_scene_new() calls it
 * when the view is SP_RENDER_VIEW_CLIENTS, so hit tests agree. */
void         sp_client_view_fit (SpScene              *scene);

void         sp_rounded_rect   (cairo_t               *cr,
                                double                 x,
                                double                 y,
                                double                 w,
                                double                 h,
                                double                 r);

/* For views that place every text themselves (the talent grid, the
 * department map): keeps @l (taken) as one of the scene's texts, drawn with
 * its origin at (@x, @y) in @color, appended to @colors (one SpColor per
 * text); returns the box it covers. */
SpRect  sp_scene_keep_text        (SpScene     *scene,
                                   GArray      *colors,
                                   PangoLayout *l,
                                   double       x,
                                   double       y,
                                   SpColor      color);
/* Draws the texts kept so, each in its colour. */
void    sp_scene_draw_kept_texts  (SpScene     *scene,
                                   cairo_t     *cr,
                                   GArray      *colors);

G_END_DECLS
