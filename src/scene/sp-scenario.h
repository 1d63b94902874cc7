/* sp-scenario.h — the scenario: what if, and compared with when
 *
 * What the user supposes, beside what they chose to see (SpViewState):
 * people taken out, people moved to another department, and an earlier
 * data set to compare with.  sp_scenario_compute() measures it on a
 * network; the caption sentences and the overlays a drawing shows
 * (ghosts, moves, ties gained and lost) come from the result, so that the
 * window and `samenspel --export` say and draw the same.
 *
 * Reference-counted; set it up, compute it once, then read it.  No GTK,
 * no drawing here.
 */
#pragma once

#include <gio/gio.h>
#include "sp-network.h"
#include "sp-whatif.h"
#include "sp-compare.h"

G_BEGIN_DECLS

typedef struct _SpScenario SpScenario;

struct _SpScenario {
  GStrv         removed;          /* ids of the people taken out; NULL: nobody */
  GStrv         move_ids;         /* ids of the people moved; NULL: nobody … */
  GStrv         move_departments; /* … and where to, alongside */
  SpNetwork    *other;            /* the data set compared with, or NULL: no comparison; */
  gboolean      other_is_after;   /* … the later one (FALSE: the earlier, the usual) */
  char         *before_name;      /* the names of the earlier and the later data set, */
  char         *after_name;       /* as the captions and the state line say them */

  /* the results of sp_scenario_compute() */
  SpWhatIf     *whatif;           /* with removals or moves */
  SpComparison *comparison;       /* with @before */
};

SpScenario   *sp_scenario_new            (void);
SpScenario   *sp_scenario_ref            (SpScenario        *self);
void          sp_scenario_unref          (SpScenario        *self);

/* Each copies its arguments (NULL: none) and drops earlier results. */
void          sp_scenario_set_removed    (SpScenario        *self,
                                          const char *const *ids);
void          sp_scenario_set_moves      (SpScenario        *self,
                                          const char *const *ids,
                                          const char *const *departments);
/* Compares the network the scenario is computed on with @other (NULL:
 * no comparison), the later data set when @other_is_after, else the
 * earlier one; the names say which is which wherever it is shown. */
void          sp_scenario_set_comparison (SpScenario        *self,
                                          SpNetwork         *other,
                                          gboolean           other_is_after,
                                          const char        *before_name,
                                          const char        *after_name);

/* The people taken out, one entry per node of @network; NULL when
 * nobody is.  An id not in @network is skipped, and the first such is
 * stored in @unknown (borrowed from @self) when it is not NULL. */
gboolean     *sp_scenario_removed_mask   (const SpScenario  *self,
                                          SpNetwork         *network,
                                          const char       **unknown);
/* Where each node of @network is moved (NULL: not moved), one entry per
 * node, as @network's own interned department names (NULL also when the
 * department is not in @network), for drawing; NULL when nobody is
 * moved.  Free with g_ptr_array_unref. */
GPtrArray    *sp_scenario_moved_departments (const SpScenario *self,
                                             SpNetwork        *network);

/* Measures the scenario on @network: the what-if (with removals or
 * moves; @tie_mask as for sp_graph_new) and the comparison with @other
 * (the tie types named by @tie_spec, NULL: all). */
gboolean      sp_scenario_compute        (SpScenario        *self,
                                          SpNetwork         *network,
                                          const gboolean    *tie_mask,
                                          const char        *tie_spec,
                                          GCancellable      *cancellable,
                                          GError           **error);

/* The sentences under the drawing's title: the what-if's, then the
 * comparison's; NULL when there are none (or nothing was computed). */
char         *sp_scenario_caption        (const SpScenario  *self,
                                          SpNetwork         *network);
/* The ties a drawing on @network's layout (the network computed on)
 * shows as gained and lost (two guint nodes each, appended); nothing
 * without a comparison. */
void          sp_scenario_drawn_ties     (const SpScenario  *self,
                                          GArray            *gained,
                                          GArray            *lost);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpScenario, sp_scenario_unref)

G_END_DECLS
