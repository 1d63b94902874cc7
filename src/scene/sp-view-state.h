/* sp-view-state.h — what the user chose to see, saved with the file.
 *
 * A view state is a plain value (copy it with sp_view_state_copy): the
 * layout engine, colouring, filters, hidden people, the ego focus and the
 * zoom.  The window keeps one as "the current view"; the undo history
 * keeps copies; presentation slides are named copies.  It is stored in
 * SpNetwork.view_state as GKeyFile text, so a saved GraphML file reopens
 * with the same picture.
 */
#pragma once

#include <glib.h>
#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

typedef struct _SpViewState SpViewState;

struct _SpViewState {
  char     *name;              /* slide title, or NULL */
  char     *caption;           /* a slide's sentence of the presenter's own, or NULL */
  char     *layout_engine;     /* "sfdp", … */
  char     *color_by;          /* numeric attribute, or NULL: department */
  char     *size_by;           /* numeric attribute, or NULL: degree */
  char     *group_by;          /* categorical attribute for the groups, or NULL: department */
  gboolean  layout_groups;     /* the layout keeps the groups together */
  double    label_density;
  GStrv     hidden_departments;/* departments filtered out */
  GStrv     hidden_tie_types;  /* tie types filtered out */
  GStrv     hidden_people;     /* ids of people the user hid */
  char     *filter;            /* an sp-filter.h expression, or NULL */
  char     *ego;               /* id of the focused person, or NULL */
  int       ego_depth;         /* 1 or 2 */
  char     *selected;          /* id, or NULL (slides only) */
  double    zoom;
  double    pan_x;
  double    pan_y;

  /* talent and open versus closed (SpRenderOptions), and the view */
  char     *view;              /* "clients", "heat-table", "quadrants", "talent-grid", "groups", or NULL: network */
  int       color_scale;       /* SpColorScale */
  char     *indicator;         /* "constraint", …, or NULL: none */
  gboolean  heatmap;
  double    heatmap_bandwidth; /* 0: automatic */
  gboolean  hulls;
  char     *highlight;         /* "hidden-talent", …, or NULL */

  /* strategy fit (sp-window-strategy.c) */
  char     *strategy;          /* the strategy as text (sp_strategy_to_text), or NULL */
  gboolean  fit_outlines;      /* departments outlined by their fit */
};

SpViewState *sp_view_state_new        (void);
SpViewState *sp_view_state_copy       (const SpViewState *self);
void         sp_view_state_free       (SpViewState       *self);
gboolean     sp_view_state_equal      (const SpViewState *a,
                                       const SpViewState *b);

/* Per-node visibility (length n_nodes) and per-tie-type visibility
 * (length tie_types->len) of @self on @network. */
gboolean    *sp_view_state_node_visibility (const SpViewState *self,
                                            SpNetwork         *network);
gboolean    *sp_view_state_tie_visibility  (const SpViewState *self,
                                            SpNetwork         *network);
/* The same with the view's filter reading @metrics (may be NULL: then a
 * filter on a measure is not applied yet; sp_view_state_filter_uses_measures()
 * says whether to pass them).  A filter that does not parse on @network
 * (its field is gone) is not applied; sp_state_describe() says so. */
gboolean    *sp_view_state_node_visibility_full (const SpViewState *self,
                                                 SpNetwork         *network,
                                                 SpMetrics         *metrics);
gboolean     sp_view_state_filter_uses_measures (const SpViewState *self,
                                                 SpNetwork         *network);

gboolean     sp_view_state_strv_has   (GStrv              strv,
                                       const char        *s);
/* Returns a new strv with @s added (or removed when @add is FALSE). */
GStrv        sp_view_state_strv_with  (GStrv              strv,
                                       const char        *s,
                                       gboolean           add);

/* The view plus the saved slides, as GKeyFile text, and back.  @slides
 * holds SpViewState *.  Returns FALSE when @text is not a view file. */
char        *sp_view_state_serialize   (const SpViewState *view,
                                        GPtrArray         *slides);
gboolean     sp_view_state_deserialize (const char        *text,
                                        SpViewState      **view,
                                        GPtrArray        **slides,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpViewState, sp_view_state_free)

G_END_DECLS
