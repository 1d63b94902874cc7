/* sp-client-layout.c — clients on a ring around the organisation */
#define G_LOG_DOMAIN "sp-client-layout"

#include "sp-client-layout.h"

#include <math.h>
#include <stdlib.h>

typedef struct {
  double angle;   /* wanted, then resolved */
  guint  node;
  gboolean free;  /* no contact: placed in a gap */
} Slot;

static int
compare_slot (const void *a,
              const void *b)
{
  const Slot *x = a, *y = b;

  if (x->angle != y->angle)
    return x->angle < y->angle ? -1 : 1;
  return (x->node > y->node) - (x->node < y->node);
}

/* Centre and bounding radius of the persons. */
static gboolean
person_circle (SpNetwork *net,
               double    *cx,
               double    *cy,
               double    *radius)
{
  guint n = sp_network_n_nodes (net), m = 0;
  double sx = 0, sy = 0, r = 0;

  for (guint i = 0; i < n; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      {
        sx += net->x[i];
        sy += net->y[i];
        m++;
      }
  if (m == 0)
    return FALSE;
  sx /= m;
  sy /= m;
  for (guint i = 0; i < n; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      r = MAX (r, hypot (net->x[i] - sx, net->y[i] - sy));
  *cx = sx;
  *cy = sy;
  *radius = r;
  return TRUE;
}

/* Median distance of a person to its nearest person (quadratic on a
 * sample: the ring's spacing only needs the typical scale). */
static double
typical_spacing (SpNetwork *net)
{
  guint n = sp_network_n_nodes (net);
  g_autoptr (GArray) persons = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (double));
  guint stride;

  for (guint i = 0; i < n; i++)
    if (sp_network_node (net, i)->kind == SP_NODE_PERSON)
      g_array_append_val (persons, i);
  if (persons->len < 2)
    return 0;
  stride = MAX (1, persons->len / 200);
  for (guint s = 0; s < persons->len; s += stride)
    {
      guint i = g_array_index (persons, guint, s);
      double best = INFINITY;

      for (guint k = 0; k < persons->len; k++)
        {
          guint j = g_array_index (persons, guint, k);

          if (j != i)
            best = MIN (best, hypot (net->x[j] - net->x[i], net->y[j] - net->y[i]));
        }
      g_array_append_val (found, best);
    }
  for (guint i = 1; i < found->len; i++)
    for (guint j = i; j > 0 && g_array_index (found, double, j - 1) > g_array_index (found, double, j); j--)
      {
        double t = g_array_index (found, double, j);

        g_array_index (found, double, j) = g_array_index (found, double, j - 1);
        g_array_index (found, double, j - 1) = t;
      }
  return g_array_index (found, double, found->len / 2);
}

/* Pushes sorted angles apart until neighbours (cyclically) are at least
 * @gap radians apart, moving each as little as it can: relaxation, a
 * pair at a time, half the deficit each. */
static void
spread_angles (Slot  *slots,
               guint  m,
               double gap)
{
  if (m < 2)
    return;
  /* never more than 85% of an even share of the circle, so that clients
   * may gather towards the people who hold them */
  gap = MIN (gap, 0.85 * 2 * G_PI / m);
  for (guint iter = 0; iter < 2000; iter++)
    {
      double worst = 0;

      for (guint k = 0; k < m; k++)
        {
          Slot *a = &slots[k], *b = &slots[(k + 1) % m];
          double d = b->angle - a->angle + (k + 1 == m ? 2 * G_PI : 0);
          double deficit = gap - d;

          if (deficit > 1e-9)
            {
              a->angle -= deficit / 2;
              b->angle += deficit / 2;
              worst = MAX (worst, deficit);
            }
        }
      if (worst < 1e-7)
        break;
    }
}

gboolean
sp_layout_place_clients_around (SpNetwork *network)
{
  guint n, n_clients = 0, m = 0;
  double cx, cy, org_r, spacing, ring, gap;
  g_autofree double *wx = NULL;
  g_autofree double *wy = NULL;
  g_autofree double *ws = NULL;
  g_autofree Slot *slots = NULL;

  g_return_val_if_fail (network != NULL, FALSE);

  if (!network->has_layout || network->x == NULL)
    return FALSE;
  n = sp_network_n_nodes (network);
  if (!person_circle (network, &cx, &cy, &org_r))
    return FALSE;

  /* weighted mean position of each client's contacts */
  wx = g_new0 (double, MAX (n, 1));
  wy = g_new0 (double, MAX (n, 1));
  ws = g_new0 (double, MAX (n, 1));
  for (guint t = 0; t < sp_network_n_ties (network); t++)
    {
      const SpTie *tie = sp_network_tie (network, t);
      gboolean sc = sp_network_node (network, tie->source)->kind == SP_NODE_CLIENT;
      gboolean tc = sp_network_node (network, tie->target)->kind == SP_NODE_CLIENT;
      guint client, person;

      if (sc == tc || !(tie->weight > 0))
        continue;
      client = sc ? tie->source : tie->target;
      person = sc ? tie->target : tie->source;
      wx[client] += tie->weight * (network->x[person] - cx);
      wy[client] += tie->weight * (network->y[person] - cy);
      ws[client] += tie->weight;
    }

  slots = g_new0 (Slot, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      Slot *s;

      if (sp_network_node (network, i)->kind != SP_NODE_CLIENT)
        continue;
      n_clients++;
      s = &slots[m++];
      s->node = i;
      if (ws[i] > 0 && hypot (wx[i], wy[i]) > 1e-9 * MAX (org_r, 1))
        s->angle = atan2 (wy[i], wx[i]);
      else if (ws[i] > 0)
        s->angle = 0;  /* contacts all around the centre: any angle is as good */
      else
        s->free = TRUE;
    }
  if (n_clients == 0)
    return FALSE;

  /* the ring: outside the organisation with a margin, and long enough for
   * the clients to stand a few person-spacings apart */
  spacing = typical_spacing (network);
  if (spacing <= 0)
    spacing = MAX (org_r, 36.0) / 4;
  if (org_r <= 0)
    org_r = spacing;
  ring = org_r + MAX (0.2 * org_r, 3 * spacing);
  gap = 5 * spacing;
  ring = MAX (ring, n_clients * gap / (2 * G_PI) * 1.1);

  /* the ones with contacts first, spread apart */
  {
    guint n_tied = 0;
    g_autofree Slot *tied = g_new (Slot, MAX (m, 1));
    g_autofree Slot *free = g_new (Slot, MAX (m, 1));
    guint n_free = 0;

    for (guint k = 0; k < m; k++)
      {
        if (slots[k].free)
          free[n_free++] = slots[k];
        else
          tied[n_tied++] = slots[k];
      }
    qsort (tied, n_tied, sizeof (Slot), compare_slot);

    /* clients without contacts go one by one into the middle of the
     * largest gap left */
    for (guint f = 0; f < n_free; f++)
      {
        double best_gap = -1, at = 0;

        if (n_tied == 0)
          at = -G_PI / 2 + 2 * G_PI * f / n_free;
        else
          for (guint k = 0; k < n_tied; k++)
            {
              double a = tied[k].angle;
              double b = k + 1 < n_tied ? tied[k + 1].angle : tied[0].angle + 2 * G_PI;

              if (b - a > best_gap + 1e-12)
                {
                  best_gap = b - a;
                  at = a + (b - a) / 2;
                }
            }
        free[f].angle = atan2 (sin (at), cos (at));
        tied[n_tied++] = free[f];
        qsort (tied, n_tied, sizeof (Slot), compare_slot);
      }

    /* at least 70% of an even share of the circle: a client gathers
     * towards its contacts, but its name needs room on the page */
    spread_angles (tied, n_tied, MAX (gap / ring, 0.7 * 2 * G_PI / MAX (n_tied, 1)));
    for (guint k = 0; k < n_tied; k++)
      {
        network->x[tied[k].node] = cx + ring * cos (tied[k].angle);
        network->y[tied[k].node] = cy + ring * sin (tied[k].angle);
      }
  }
  return TRUE;
}

gboolean
sp_layout_client_ring (SpNetwork *network,
                       double    *cx,
                       double    *cy,
                       double    *ring_radius,
                       double    *org_radius)
{
  double x, y, r, sum = 0;
  guint m = 0;

  g_return_val_if_fail (network != NULL, FALSE);

  if (!network->has_layout || network->x == NULL || !person_circle (network, &x, &y, &r))
    return FALSE;
  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    if (sp_network_node (network, i)->kind == SP_NODE_CLIENT)
      {
        sum += hypot (network->x[i] - x, network->y[i] - y);
        m++;
      }
  if (m == 0)
    return FALSE;
  if (cx != NULL)
    *cx = x;
  if (cy != NULL)
    *cy = y;
  if (ring_radius != NULL)
    *ring_radius = sum / m;
  if (org_radius != NULL)
    *org_radius = r;
  return TRUE;
}
