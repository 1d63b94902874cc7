/* sp-labels.h — collision-free label placement.
 *
 * Greedy by importance: labels are tried in priority order (forced ones
 * first), each at a few positions around its node, and kept only where it
 * overlaps no label placed before and no obstacle.  A uniform grid keeps
 * the overlap test close to constant time.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;   /* top-left corner and size */
} SpRect;

typedef struct {
  /* in */
  double   x, y;          /* anchor: the node centre */
  double   gap;           /* distance to keep from the anchor (node radius) */
  double   width, height; /* the label's extents */
  double   priority;      /* larger first */
  gboolean force;         /* always placed (selected, hovered) */
  guint    id;            /* caller's data, e.g. the node index */
  /* out */
  gboolean placed;
  SpRect   rect;          /* where it was placed */
} SpLabel;

gboolean sp_rect_intersects (const SpRect *a,
                             const SpRect *b);

/* Places @labels inside @bounds, avoiding @obstacles, at most @max_placed
 * of them besides the forced ones.  Sets placed/rect of each label and
 * returns how many were placed. */
guint    sp_labels_place    (SpLabel      *labels,
                             guint         n_labels,
                             const SpRect *bounds,
                             const SpRect *obstacles,
                             guint         n_obstacles,
                             guint         max_placed);

G_END_DECLS
