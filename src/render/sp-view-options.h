/* sp-view-options.h — what the user chose (SpViewState), as drawing options
 *
 * The window and the command line both turn a view state into
 * SpRenderOptions here, so that the screen and `samenspel --export` with
 * the same choices draw the same picture.  The view state itself lives in
 * scene/ (no drawing there); this is the one place that knows both.
 */
#pragma once

#include "sp-render.h"
#include "sp-view-state.h"
#include "sp-insights.h"
#include "sp-scenario.h"

G_BEGIN_DECLS

/* The arrays sp_render_options_from_view() and _from_scenario() point
 * @options at. */
typedef struct {
  gboolean  *node_visible;      /* per node */
  gboolean  *tie_type_visible;  /* per tie type */
  gboolean  *ghosted;           /* per node */
  GPtrArray *moved_department;  /* per node, interned */
  GArray    *ties_gained;       /* guint node pairs */
  GArray    *ties_lost;
  char      *caption;
} SpViewStorage;

void         sp_view_storage_clear       (SpViewStorage     *storage);

/* Fills @options with the choices of @view: encodings (color_by, size_by,
 * label_density), the view kind, colour scale, ring indicator, heatmap,
 * hulls and the transform (zoom, pan).  With @network and @storage, also
 * the filters as node_visible and tie_type_visible (kept in @storage,
 * which must outlive @options); with @insights, the highlighted list
 * named by @view->highlight.  @options->color_by and size_by borrow
 * @view's strings.  Other fields are left as they are. */
void         sp_render_options_from_view (SpRenderOptions   *options,
                                          const SpViewState *view,
                                          SpNetwork         *network,
                                          SpInsights        *insights,
                                          SpViewStorage     *storage);

/* Fills the what-if and before/after overlays of @options from
 * @scenario, computed on @network (sp_scenario_compute): the people taken
 * out as ghosts, the people moved, the ties gained and lost, and the
 * caption (sp_scenario_caption).  Kept in @storage. */
void         sp_render_options_from_scenario (SpRenderOptions  *options,
                                              const SpScenario *scenario,
                                              SpNetwork        *network,
                                              SpViewStorage    *storage);

/* Puts the state line (sp_state_describe: the what-if, the comparison,
 * the filters) first in @options->caption, on a line of its own above
 * the sentences already there, so that every export says what it shows.
 * @view and @scenario may be NULL.  Kept in @storage. */
void         sp_render_options_add_state     (SpRenderOptions   *options,
                                              SpNetwork         *network,
                                              const SpViewState *view,
                                              const SpScenario  *scenario,
                                              SpViewStorage     *storage);

/* The names of SpViewState.view: "network", "heat-table", "clients",
 * "quadrants", "talent-grid", "groups".  from_string gives FALSE for an unknown name. */
const char  *sp_render_view_to_string    (SpRenderView       view);
gboolean     sp_render_view_from_string  (const char        *name,
                                          SpRenderView      *view);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SpViewStorage, sp_view_storage_clear)

G_END_DECLS
