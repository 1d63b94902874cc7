/* sp-labels.c — collision-free label placement */
#define G_LOG_DOMAIN "sp-labels"

#include "sp-labels.h"

#include <math.h>

/* A grid of buckets over the bounds; each holds the indices of the placed
 * rectangles that touch it. */
typedef struct {
  double     x0, y0, cell;
  guint      cols, rows;
  GArray   **cells;  /* guint indices into rects, created lazily */
  GArray    *rects;  /* SpRect */
} Grid;

static void
grid_init (Grid         *grid,
           const SpRect *bounds,
           double        cell)
{
  grid->x0 = bounds->x;
  grid->y0 = bounds->y;
  grid->cell = cell;
  grid->cols = MAX (1, (guint) ceil (bounds->width / cell));
  grid->rows = MAX (1, (guint) ceil (bounds->height / cell));
  grid->cells = g_new0 (GArray *, (gsize) grid->cols * grid->rows);
  grid->rects = g_array_new (FALSE, FALSE, sizeof (SpRect));
}

static void
grid_clear (Grid *grid)
{
  for (gsize i = 0; i < (gsize) grid->cols * grid->rows; i++)
    if (grid->cells[i] != NULL)
      g_array_unref (grid->cells[i]);
  g_free (grid->cells);
  g_array_unref (grid->rects);
}

static void
grid_span (Grid         *grid,
           const SpRect *r,
           guint        *c0,
           guint        *c1,
           guint        *r0,
           guint        *r1)
{
  double a = floor ((r->x - grid->x0) / grid->cell);
  double b = floor ((r->x + r->width - grid->x0) / grid->cell);
  double c = floor ((r->y - grid->y0) / grid->cell);
  double d = floor ((r->y + r->height - grid->y0) / grid->cell);

  *c0 = (guint) CLAMP (a, 0, grid->cols - 1);
  *c1 = (guint) CLAMP (b, 0, grid->cols - 1);
  *r0 = (guint) CLAMP (c, 0, grid->rows - 1);
  *r1 = (guint) CLAMP (d, 0, grid->rows - 1);
}

static gboolean
grid_collides (Grid         *grid,
               const SpRect *r)
{
  guint c0, c1, r0, r1;

  grid_span (grid, r, &c0, &c1, &r0, &r1);
  for (guint row = r0; row <= r1; row++)
    for (guint col = c0; col <= c1; col++)
      {
        GArray *cell = grid->cells[(gsize) row * grid->cols + col];

        if (cell == NULL)
          continue;
        for (guint k = 0; k < cell->len; k++)
          if (sp_rect_intersects (r, &g_array_index (grid->rects, SpRect,
                                                     g_array_index (cell, guint, k))))
            return TRUE;
      }
  return FALSE;
}

static void
grid_insert (Grid         *grid,
             const SpRect *r)
{
  guint c0, c1, r0, r1;
  guint index = grid->rects->len;

  g_array_append_val (grid->rects, *r);
  grid_span (grid, r, &c0, &c1, &r0, &r1);
  for (guint row = r0; row <= r1; row++)
    for (guint col = c0; col <= c1; col++)
      {
        GArray **cell = &grid->cells[(gsize) row * grid->cols + col];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, index);
      }
}

gboolean
sp_rect_intersects (const SpRect *a,
                    const SpRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
rect_inside (const SpRect *r,
             const SpRect *bounds)
{
  return r->x >= bounds->x && r->y >= bounds->y &&
         r->x + r->width <= bounds->x + bounds->width &&
         r->y + r->height <= bounds->y + bounds->height;
}

static gint
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const SpLabel *labels = user_data;
  const SpLabel *x = &labels[*(const guint *) a];
  const SpLabel *y = &labels[*(const guint *) b];

  if (x->force != y->force)
    return x->force ? -1 : 1;
  if (x->priority != y->priority)
    return x->priority > y->priority ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

/* Candidate @k (0..7) for @l: right, left, above, below, then the corners. */
static SpRect
candidate (const SpLabel *l,
           guint          k)
{
  double gap = l->gap + 2.0;
  double w = l->width, h = l->height;
  double d = gap * 0.7071;

  switch (k)
    {
    case 0: return (SpRect) { l->x + gap, l->y - h / 2, w, h };
    case 1: return (SpRect) { l->x - gap - w, l->y - h / 2, w, h };
    case 2: return (SpRect) { l->x - w / 2, l->y - gap - h, w, h };
    case 3: return (SpRect) { l->x - w / 2, l->y + gap, w, h };
    case 4: return (SpRect) { l->x + d, l->y - d - h, w, h };
    case 5: return (SpRect) { l->x - d - w, l->y - d - h, w, h };
    case 6: return (SpRect) { l->x + d, l->y + d, w, h };
    default: return (SpRect) { l->x - d - w, l->y + d, w, h };
    }
}

guint
sp_labels_place (SpLabel      *labels,
                 guint         n_labels,
                 const SpRect *bounds,
                 const SpRect *obstacles,
                 guint         n_obstacles,
                 guint         max_placed)
{
  g_autofree guint *order = NULL;
  Grid grid;
  double mean_h = 0;
  guint placed = 0, optional = 0;

  g_return_val_if_fail (labels != NULL || n_labels == 0, 0);
  g_return_val_if_fail (bounds != NULL, 0);

  if (n_labels == 0)
    return 0;

  order = g_new (guint, n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      order[i] = i;
      labels[i].placed = FALSE;
      mean_h += labels[i].height;
    }
  g_qsort_with_data (order, (gint) n_labels, sizeof (guint), compare_priority, labels);

  /* cells about the size of a short label */
  grid_init (&grid, bounds, MAX (8.0, 4.0 * mean_h / n_labels));
  for (guint i = 0; i < n_obstacles; i++)
    grid_insert (&grid, &obstacles[i]);

  for (guint i = 0; i < n_labels; i++)
    {
      SpLabel *l = &labels[order[i]];

      if (!l->force && optional >= max_placed)
        break;

      for (guint k = 0; k < 8; k++)
        {
          SpRect r = candidate (l, k);

          if (!rect_inside (&r, bounds) || grid_collides (&grid, &r))
            continue;
          l->rect = r;
          l->placed = TRUE;
          break;
        }
      /* forced labels go to their first place even when it is taken */
      if (!l->placed && l->force)
        {
          l->rect = candidate (l, 0);
          l->placed = TRUE;
        }
      if (l->placed)
        {
          grid_insert (&grid, &l->rect);
          placed++;
          if (!l->force)
            optional++;
        }
    }

  grid_clear (&grid);
  return placed;
}
