/* sp-client-view.c — the client view: how the organisation meets its clients
 *
 * The organisation is drawn quietly in the middle (small people in their
 * department colours, faint internal ties); the clients stand on a ring
 * around it (sp_layout_place_clients_around), each a ring chart of the
 * departments its contacts come from with the number of contacts in the
 * middle, tied to those contacts by curves in their department colours.
 * Two things must be seen at a glance at the board table: a client held by
 * one person (a warning ring and "only: NAME") and a client shared by three
 * or more departments (a ring of several colours and "N departments").
 * Selecting a client brings out its contacts and the ties among them.
 */
#define G_LOG_DOMAIN "sp-client-view"

#include "sp-render-private.h"
#include "sp-client-metrics.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* a strong red, apart from the department palette's vermillion */
#define WARNING_RGB 0xC8102E
#define SHARED_MIN_DEPARTMENTS 3

typedef struct {
  SpScene         *scene;
  SpClientMetrics *cm;
  gboolean        *removed;          /* per node, from node_visible */
  double           cx, cy;           /* the ring's centre, drawing units */
  double           ring, org;        /* ring and organisation radii, drawing units */
  gint             selected_client;  /* node, or -1 */
  gint             selected_person;  /* node, or -1 */
  guint8          *emphasis;         /* per node: 2 selected, 1 related, 0 other */
  GArray          *taken;            /* SpRect: client glyphs and labels, legend, title */
  GArray          *path_keys;        /* guint64 (a << 32 | b), sorted: ties on the contacts' paths */
  gboolean        *on_path;          /* per node: a person between the selected client's contacts */
  guint            n_between;        /* how many such people */
  SpColor          warning;
} ClientView;

static gboolean
is_client (SpScene *scene,
           guint    i)
{
  return g_array_index (scene->network->nodes, SpNode, i).kind == SP_NODE_CLIENT;
}

static SpColor
department_color (SpScene    *scene,
                  const char *dept)
{
  guint d = dept != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (scene->department_index, dept)) : 0;

  return d > 0 ? sp_palette_category (d - 1) : sp_palette_missing (scene->opt->dark);
}

static SpColor
person_color (SpScene *scene,
              guint    i)
{
  return department_color (scene, g_array_index (scene->network->nodes, SpNode, i).department);
}

/* ---- geometry ---- */

#define LABEL_SPACE_X 150.0  /* room for client names left and right, × u */
#define LABEL_SPACE_Y 46.0   /* above and below */

static double
client_radius (SpScene *scene,
               guint    n_contacts,
               guint    max_contacts)
{
  double t = max_contacts > 0 ? sqrt ((double) n_contacts / max_contacts) : 0;

  return (8.5 + 8.5 * t) * scene->u;
}

/* The client legend's rows are fixed: its size is known up front. */
static void client_legend_measure (SpScene *scene, double *width, double *height);

void
sp_client_view_fit (SpScene *scene)
{
  const SpRenderOptions *opt = scene->opt;
  double px = 0, py = 0, org = 0, ring = 0, legend_w, legend_h, margin, top, right;
  double avail_w, avail_h, s, zoom, spacing;
  guint np = 0, nc = 0;

  if (!scene->has_layout || scene->n == 0)
    return;

  /* the legend column, measured for the client legend */
  margin = 24 * scene->u;
  top = scene->plot.y;
  right = opt->width - margin;
  scene->legend_box = (SpRect) { 0, 0, 0, 0 };
  if (opt->show_legend)
    {
      client_legend_measure (scene, &legend_w, &legend_h);
      scene->legend_box = (SpRect) { opt->width - margin - legend_w, top, legend_w, legend_h };
      right = scene->legend_box.x - 12 * scene->u;
    }
  scene->plot = (SpRect) { margin, top, MAX (right - margin, 1), MAX (opt->height - margin - top, 1) };

  /* the persons' centre and the radius of everything around it, in layout
   * units; all nodes, so that filtering does not move the drawing */
  for (guint i = 0; i < scene->n; i++)
    if (!is_client (scene, i))
      {
        px += scene->lx[i];
        py += scene->ly[i];
        np++;
      }
  if (np > 0)
    {
      px /= np;
      py /= np;
    }
  for (guint i = 0; i < scene->n; i++)
    {
      double d = hypot (scene->lx[i] - px, scene->ly[i] - py);

      if (is_client (scene, i))
        {
          ring = MAX (ring, d);
          nc++;
        }
      else
        org = MAX (org, d);
    }
  if (nc == 0)
    ring = org;
  if (ring <= 0)
    ring = 1;

  avail_w = scene->plot.width - 2 * LABEL_SPACE_X * scene->u;
  avail_h = scene->plot.height - 2 * LABEL_SPACE_Y * scene->u;
  s = MAX (MIN (avail_w, avail_h), 0.3 * MIN (scene->plot.width, scene->plot.height)) / (2 * ring);
  zoom = opt->zoom > 0 ? opt->zoom : 1;
  scene->fit_scale = s;
  scene->fit_cx = px;
  scene->fit_cy = py;
  scene->scale = s * zoom;
  scene->ox = scene->plot.x + scene->plot.width / 2 - px * scene->scale + opt->pan_x;
  scene->oy = scene->plot.y + scene->plot.height / 2 - py * scene->scale + opt->pan_y;
  for (guint i = 0; i < scene->n; i++)
    {
      scene->sx[i] = scene->ox + scene->lx[i] * scene->scale;
      scene->sy[i] = scene->oy + scene->ly[i] * scene->scale;
    }

  /* people small and calm: the clients are what this view is about */
  spacing = np > 1 ? org * scene->scale / sqrt ((double) np) : 20 * scene->u;
  scene->r_mid = CLAMP (0.32 * spacing, 1.6 * scene->u, 4.5 * scene->u);
  scene->line_width = CLAMP (0.2 * scene->r_mid, 0.5 * scene->u, 0.9 * scene->u);
  for (guint i = 0; i < scene->n; i++)
    if (!is_client (scene, i))
      {
        double t = scene->max_degree > 0 ? sqrt ((double) scene->degree[i] / scene->max_degree) : 0;

        scene->radius[i] = scene->r_mid * (0.75 + 0.6 * t);
      }

  /* clients sized by their number of contacts: the distinct persons tied
   * to them (the merged visible ties, as the client measures count them) */
  {
    g_autofree guint *contacts = g_new0 (guint, MAX (scene->n, 1));
    guint max_contacts = 0;

    for (guint k = 0; k < scene->edges->len; k++)
      {
        const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);
        gboolean ca = is_client (scene, e->a), cb = is_client (scene, e->b);

        if (ca != cb && e->weight > 0)
          contacts[ca ? e->a : e->b]++;
      }
    for (guint i = 0; i < scene->n; i++)
      if (scene->visible[i] && is_client (scene, i))
        max_contacts = MAX (max_contacts, contacts[i]);
    for (guint i = 0; i < scene->n; i++)
      if (is_client (scene, i))
        scene->radius[i] = client_radius (scene, contacts[i], max_contacts);

    /* many clients: the glyphs shrink to fit side by side on the ring */
    if (nc > 0)
      {
        double room = 0.45 * 2 * G_PI * ring * scene->scale / nc;
        double largest = client_radius (scene, max_contacts, max_contacts);

        if (room < largest)
          for (guint i = 0; i < scene->n; i++)
            if (is_client (scene, i))
              scene->radius[i] = MAX (2.5 * scene->u, scene->radius[i] * room / largest);
      }
  }
}

/* ---- the view's data ---- */

static void
client_view_init (ClientView *v,
                  SpScene    *scene)
{
  SpNetwork *net = scene->network;
  double sum = 0, org = 0;
  guint np = 0, nc = 0;

  memset (v, 0, sizeof *v);
  v->scene = scene;
  v->warning = sp_color_from_hex (scene->opt->dark ? 0xFF4D5E : WARNING_RGB);
  v->removed = g_new0 (gboolean, MAX (scene->n, 1));
  for (guint i = 0; i < scene->n; i++)
    v->removed[i] = scene->opt->node_visible != NULL && !scene->opt->node_visible[i];
  v->cm = sp_measures_clients (scene->measures, scene->opt->tie_type_visible, v->removed);


  /* the ring as drawn */
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i] && !is_client (scene, i))
      {
        v->cx += scene->sx[i];
        v->cy += scene->sy[i];
        np++;
      }
  if (np > 0)
    {
      v->cx /= np;
      v->cy /= np;
    }
  for (guint i = 0; i < scene->n; i++)
    {
      double d = hypot (scene->sx[i] - v->cx, scene->sy[i] - v->cy);

      if (!scene->visible[i])
        continue;
      if (is_client (scene, i))
        {
          sum += d;
          nc++;
        }
      else
        org = MAX (org, d);
    }
  v->org = org;
  v->ring = nc > 0 ? sum / nc : org;

  /* emphasis: a selected client and its contacts, or a selected person and
   * their clients */
  v->selected_client = v->selected_person = -1;
  v->emphasis = g_new0 (guint8, MAX (scene->n, 1));
  if (scene->focus[0] >= 0)
    {
      guint f = (guint) scene->focus[0];

      v->emphasis[f] = 2;
      if (is_client (scene, f))
        {
          const SpClientStats *s = sp_client_metrics_find (v->cm, f);
          g_autoptr (GArray) paths = NULL;

          v->selected_client = (gint) f;
          for (guint k = 0; s != NULL && k < s->n_contacts; k++)
            v->emphasis[s->contacts[k]] = 1;

          /* the internal network among its contacts: one shortest path
           * between each pair, and the people on it */
          paths = sp_client_metrics_contact_paths (v->cm, net, scene->opt->tie_type_visible, v->removed, f);
          v->path_keys = g_array_sized_new (FALSE, FALSE, sizeof (guint64), paths->len / 2);
          v->on_path = g_new0 (gboolean, MAX (scene->n, 1));
          for (guint k = 0; k + 1 < paths->len; k += 2)
            {
              guint a = g_array_index (paths, guint, k), b = g_array_index (paths, guint, k + 1);
              guint64 key = ((guint64) a << 32) | b;

              g_array_append_val (v->path_keys, key);
              for (guint e = 0; e < 2; e++)
                {
                  guint p = e == 0 ? a : b;

                  if (v->emphasis[p] == 0 && !v->on_path[p])
                    {
                      v->on_path[p] = TRUE;
                      v->n_between++;
                    }
                }
            }
        }
      else
        {
          v->selected_person = (gint) f;
          for (guint c = 0; c < sp_client_metrics_n_clients (v->cm); c++)
            {
              const SpClientStats *s = sp_client_metrics_client (v->cm, c);

              for (guint k = 0; k < s->n_contacts; k++)
                if (s->contacts[k] == f)
                  v->emphasis[s->node] = 1;
            }
        }
    }
}

static void
client_view_clear (ClientView *v)
{
  g_clear_pointer (&v->removed, g_free);
  g_clear_pointer (&v->emphasis, g_free);
  g_clear_pointer (&v->taken, g_array_unref);
  g_clear_pointer (&v->path_keys, g_array_unref);
  g_clear_pointer (&v->on_path, g_free);
}

static gboolean
has_selection (ClientView *v)
{
  return v->selected_client >= 0 || v->selected_person >= 0;
}

static gint
compare_key (gconstpointer a,
             gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

/* Whether the tie a–b is on a path between the selected client's contacts. */
static gboolean
on_contact_path (ClientView *v,
                 guint       a,
                 guint       b)
{
  guint64 key = ((guint64) MIN (a, b) << 32) | MAX (a, b);

  return v->path_keys != NULL &&
         bsearch (&key, v->path_keys->data, v->path_keys->len, sizeof (guint64), compare_key) != NULL;
}

/* A person drawn in full: the selected client's contacts, the people on
 * the paths between them, a selected person. */
static gboolean
person_lit (ClientView *v,
            guint       i)
{
  return v->emphasis[i] > 0 || (v->on_path != NULL && v->on_path[i]);
}

static gboolean
is_shared (const SpClientStats *s)
{
  return s->n_departments >= SHARED_MIN_DEPARTMENTS;
}

/* ---- layers ---- */

static void
draw_organisation_disc (ClientView *v,
                        cairo_t    *cr)
{
  SpScene *scene = v->scene;
  double r = v->org + 10 * scene->u;

  /* a faint disc for "the organisation" and a hairline for the clients'
   * ring: inside is us, outside is them */
  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, v->cx, v->cy, r, 0, 2 * G_PI);
  sp_set_color (cr, sp_color_mix (scene->bg, scene->fg, scene->opt->dark ? 0.06 : 0.03), 1);
  cairo_fill_preserve (cr);
  sp_set_color (cr, scene->fg, 0.10);
  cairo_set_line_width (cr, 1.0 * scene->u);
  cairo_stroke (cr);
  if (v->ring > r)
    {
      double dash[] = { 2 * scene->u, 4 * scene->u };

      cairo_new_sub_path (cr);
      cairo_arc (cr, v->cx, v->cy, v->ring, 0, 2 * G_PI);
      cairo_set_dash (cr, dash, 2, 0);
      sp_set_color (cr, scene->fg, 0.14);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_internal_ties (ClientView *v,
                    cairo_t    *cr)
{
  SpScene *scene = v->scene;
  double lw = scene->line_width;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width (cr, lw);
  sp_set_color (cr, scene->edge_neutral, has_selection (v) ? 0.07 : 0.16);
  for (guint k = 0; k < scene->edges->len; k++)
    {
      const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);

      if (e->klass == SP_EDGE_CLIENT)
        continue;
      if (v->selected_client >= 0 &&
          ((v->emphasis[e->a] == 1 && v->emphasis[e->b] == 1) || on_contact_path (v, e->a, e->b)))
        continue;  /* drawn on top */
      cairo_move_to (cr, scene->sx[e->a], scene->sy[e->a]);
      cairo_line_to (cr, scene->sx[e->b], scene->sy[e->b]);
      cairo_stroke (cr);
    }

  /* the internal network among the selected client's contacts: the
   * shortest paths between them, and on top their direct ties */
  if (v->selected_client >= 0)
    {
      double dash[] = { 3.0 * scene->u, 2.0 * scene->u };

      cairo_set_line_width (cr, MAX (1.6 * lw, 1.3 * scene->u));
      cairo_set_dash (cr, dash, 2, 0);
      sp_set_color (cr, scene->fg, 0.6);
      for (guint k = 0; k < scene->edges->len; k++)
        {
          const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);

          if (e->klass == SP_EDGE_CLIENT || (v->emphasis[e->a] == 1 && v->emphasis[e->b] == 1) ||
              !on_contact_path (v, e->a, e->b))
            continue;
          cairo_move_to (cr, scene->sx[e->a], scene->sy[e->a]);
          cairo_line_to (cr, scene->sx[e->b], scene->sy[e->b]);
          cairo_stroke (cr);
        }
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, MAX (2.2 * lw, 1.8 * scene->u));
      sp_set_color (cr, scene->fg, 0.85);
      for (guint k = 0; k < scene->edges->len; k++)
        {
          const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);

          if (e->klass == SP_EDGE_CLIENT || v->emphasis[e->a] != 1 || v->emphasis[e->b] != 1)
            continue;
          cairo_move_to (cr, scene->sx[e->a], scene->sy[e->a]);
          cairo_line_to (cr, scene->sx[e->b], scene->sy[e->b]);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

/* A client tie as a curve that leaves the client towards the centre and
 * bends into the contact, so that a client's ties read as one sheaf. */
static void
client_tie_path (ClientView *v,
                 cairo_t    *cr,
                 guint       client,
                 guint       person)
{
  SpScene *scene = v->scene;
  double x1 = scene->sx[client], y1 = scene->sy[client];
  double x2 = scene->sx[person], y2 = scene->sy[person];
  double dx = x1 - v->cx, dy = y1 - v->cy, d = MAX (hypot (dx, dy), 1e-6);
  double pr = hypot (x2 - v->cx, y2 - v->cy);
  double cr_ = 0.5 * (d + pr);
  double qx = v->cx + dx / d * cr_, qy = v->cy + dy / d * cr_;

  /* a quadratic through (qx, qy) as a cubic */
  cairo_move_to (cr, x1, y1);
  cairo_curve_to (cr,
                  x1 + 2.0 / 3.0 * (qx - x1), y1 + 2.0 / 3.0 * (qy - y1),
                  x2 + 2.0 / 3.0 * (qx - x2), y2 + 2.0 / 3.0 * (qy - y2),
                  x2, y2);
}

static void
draw_client_ties (ClientView *v,
                  cairo_t    *cr)
{
  SpScene *scene = v->scene;
  double max_w = 1, thin;

  for (guint k = 0; k < scene->edges->len; k++)
    {
      const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);

      if (e->klass == SP_EDGE_CLIENT)
        max_w = MAX (max_w, e->weight);
    }
  /* hundreds of client ties would hide everything: fainter the more */
  thin = CLAMP (sqrt (150.0 / MAX (scene->n_client_edges, 1)), 0.25, 1.0);

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < scene->edges->len; k++)
      {
        const SpEdge *e = &g_array_index (scene->edges, SpEdge, k);
        gboolean ca = is_client (scene, e->a), cb = is_client (scene, e->b);
        guint client = ca ? e->a : e->b, person = ca ? e->b : e->a;
        gboolean lit, faded, flagged;
        const SpClientStats *s;
        double t = sqrt (CLAMP (e->weight / max_w, 0, 1));

        if (e->klass != SP_EDGE_CLIENT || ca == cb)
          continue;
        s = sp_client_metrics_find (v->cm, client);
        flagged = s != NULL && (s->single_point_of_contact || is_shared (s));
        lit = has_selection (v) && (v->emphasis[client] == 2 || v->emphasis[person] == 2);
        faded = has_selection (v) && !lit;
        if ((pass == 0) == lit)
          continue;  /* the highlighted ones on top */
        client_tie_path (v, cr, client, person);
        cairo_set_line_width (cr, (lit ? 1.8 : 0.9 + 1.3 * t) * scene->u);
        sp_set_color (cr, sp_color_mix (person_color (scene, person), scene->fg, 0.12),
                   faded ? 0.12 * thin : lit ? 0.95 : (flagged ? 0.7 : 0.38) * thin);
        cairo_stroke (cr);
      }
  cairo_restore (cr);
}

static void
draw_persons (ClientView *v,
              cairo_t    *cr)
{
  SpScene *scene = v->scene;

  cairo_save (cr);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < scene->n; i++)
      {
        double r = scene->radius[i];
        gboolean lit = person_lit (v, i);
        gboolean contact = v->emphasis[i] > 0;
        SpColor c;

        if (!scene->visible[i] || is_client (scene, i) || (pass == 1) != lit)
          continue;
        c = person_color (scene, i);
        if (has_selection (v) && !lit)
          c = sp_color_mix (c, scene->bg, 0.7);
        if (contact)
          r = MAX (1.8 * r, 4.5 * scene->u);
        else if (lit)
          r = MAX (1.2 * r, 3.0 * scene->u);
        cairo_new_sub_path (cr);
        cairo_arc (cr, scene->sx[i], scene->sy[i], r, 0, 2 * G_PI);
        sp_set_color (cr, c, 1);
        cairo_fill_preserve (cr);
        sp_set_color (cr, lit ? scene->fg : sp_color_mix (c, scene->opt->dark ? scene->bg : scene->fg, 0.35),
                   lit ? 1 : 0.8);
        cairo_set_line_width (cr, contact ? 1.6 * scene->u
                                  : lit ? 1.0 * scene->u : CLAMP (0.15 * r, 0.4, 0.8 * scene->u));
        cairo_stroke (cr);
      }
  cairo_restore (cr);
}

/* Departments of a client's contacts with their numbers, in the sorted
 * department order. */
static void
client_segments (ClientView          *v,
                 const SpClientStats *s,
                 guint               *counts)
{
  SpScene *scene = v->scene;

  for (guint d = 0; d <= scene->departments->len; d++)
    counts[d] = 0;
  for (guint k = 0; k < s->n_contacts; k++)
    {
      const char *dept = g_array_index (scene->network->nodes, SpNode, s->contacts[k]).department;
      guint d = dept != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (scene->department_index, dept)) : 0;

      /* index 0 is "no department", drawn last */
      counts[d]++;
    }
}

/* The client glyph: a ring chart of its contacts' departments around a
 * disc with the number of contacts. */
static void
draw_client_glyph (ClientView          *v,
                   cairo_t             *cr,
                   double               x,
                   double               y,
                   double               r,
                   const SpClientStats *s,
                   double               fade)
{
  SpScene *scene = v->scene;
  double u = scene->u;
  double band = MAX (0.34 * r, 2.6 * u);
  double mid = r - band / 2;
  g_autofree guint *counts = g_new0 (guint, scene->departments->len + 1);
  SpColor bg = scene->bg;

  /* a plate in the background colour keeps ties from running through */
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, r + 1.5 * u, 0, 2 * G_PI);
  sp_set_color (cr, bg, 1);
  cairo_fill (cr);

  if (s != NULL && s->single_point_of_contact)
    {
      /* the warning: a bold red ring around the glyph */
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r + 4.2 * u, 0, 2 * G_PI);
      sp_set_color (cr, sp_color_mix (v->warning, bg, fade), 1);
      cairo_set_line_width (cr, 3.4 * u);
      cairo_stroke (cr);
    }

  if (s == NULL || s->n_contacts == 0)
    {
      /* no contact at all (or none left in a what-if): worse than one, a
       * dashed ring in the warning colour */
      double dash[] = { 2.5 * u, 2.0 * u };

      cairo_save (cr);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, mid, 0, 2 * G_PI);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 2.2 * u);
      sp_set_color (cr, sp_color_mix (v->warning, bg, fade), 1);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  else
    {
      double a = -G_PI / 2;
      guint n_segments = 0;
      double gap;

      client_segments (v, s, counts);
      for (guint d = 0; d <= scene->departments->len; d++)
        n_segments += counts[d] > 0;
      gap = n_segments > 1 ? MIN (1.4 * u / mid, 0.12) : 0;
      cairo_save (cr);
      cairo_set_line_width (cr, band);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      for (guint k = 1; k <= scene->departments->len + 1; k++)
        {
          guint d = k % (scene->departments->len + 1);  /* 1…n, then 0 */
          double sweep;
          SpColor c;

          if (counts[d] == 0)
            continue;
          sweep = 2 * G_PI * counts[d] / s->n_contacts;
          c = d > 0 ? sp_palette_category (d - 1) : sp_palette_missing (scene->opt->dark);
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, mid, a + gap / 2, a + sweep - gap / 2);
          sp_set_color (cr, sp_color_mix (c, bg, fade), 1);
          cairo_stroke (cr);
          a += sweep;
        }
      cairo_restore (cr);
    }

  /* the number of contacts in the middle, when there is room for it */
  if (s != NULL && r >= 6.5 * u)
    {
      g_autofree char *text = g_strdup_printf ("%u", s->n_contacts);
      g_autoptr (PangoLayout) layout = sp_scene_text (scene, text, CLAMP (0.95 * (r - band), 8.5, 15.0),
                                                      PANGO_WEIGHT_BOLD);
      PangoRectangle ink;

      pango_layout_get_pixel_extents (layout, &ink, NULL);
      cairo_move_to (cr, x - ink.x - ink.width / 2.0, y - ink.y - ink.height / 2.0);
      sp_set_color (cr, sp_color_mix (s->n_contacts < 2 ? v->warning : scene->fg, bg, fade), 1);
      sp_render_show_layout (cr, layout);
    }
}

static void
draw_clients (ClientView *v,
              cairo_t    *cr)
{
  SpScene *scene = v->scene;

  cairo_save (cr);
  for (guint i = 0; i < scene->n; i++)
    {
      const SpClientStats *s;
      double fade, r = scene->radius[i];

      if (!scene->visible[i] || !is_client (scene, i))
        continue;
      s = sp_client_metrics_find (v->cm, i);
      fade = has_selection (v) && v->emphasis[i] == 0 ? 0.72 : 0.0;
      if (v->emphasis[i] == 2)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, scene->sx[i], scene->sy[i], r + 9 * scene->u, 0, 2 * G_PI);
          sp_set_color (cr, scene->fg, 0.10);
          cairo_fill (cr);
        }
      draw_client_glyph (v, cr, scene->sx[i], scene->sy[i], r, s, fade);
      if (v->emphasis[i] == 2)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, scene->sx[i], scene->sy[i],
                     r + (s != NULL && s->single_point_of_contact ? 7.5 : 3.5) * scene->u, 0, 2 * G_PI);
          sp_set_color (cr, scene->accent, 1);
          cairo_set_line_width (cr, 2.0 * scene->u);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}

/* ---- labels ---- */

/* The second line under a client's name: who holds it when only one
 * person does, the departments when three or more share it. */
static char *
client_status (ClientView          *v,
               const SpClientStats *s)
{
  if (s == NULL || s->n_contacts == 0)
    return g_strdup (_("no contact"));
  if (s->single_point_of_contact)
    {
      g_autofree char *who = sp_render_node_label (v->scene->network, s->contacts[0],
                                                   v->scene->opt->anonymize);

      /* TRANSLATORS: under a client held by one person, e.g. "only Fenna Hoekstra" */
      return g_strdup_printf (_("only %s"), who);
    }
  if (is_shared (s))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u department", "%u departments",
                                         s->n_departments), s->n_departments);
  return NULL;
}

/* Draws @layout with its top-left at (x, y) over a halo of the background. */
static void
show_text (SpScene     *scene,
           cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y,
           SpColor      color,
           double       alpha)
{
  cairo_move_to (cr, x, y);
  sp_set_color (cr, scene->bg, 0.85 * alpha);
  cairo_set_line_width (cr, 3.0 * scene->u);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  sp_render_layout_halo (cr, layout);
  cairo_move_to (cr, x, y);
  sp_set_color (cr, color, alpha);
  sp_render_show_layout (cr, layout);
}

typedef struct {
  guint        node;
  PangoLayout *name;
  PangoLayout *status;   /* or NULL */
  SpColor      status_color;
  double       w, h, w1, w2, h1;
  double       out;      /* how far beyond the glyph it went */
  gboolean     placed;
  double       dx, dy;   /* outward direction */
  SpRect       rect;
} ClientLabel;

static void
client_label_clear (gpointer data)
{
  ClientLabel *l = data;

  g_clear_object (&l->name);
  g_clear_object (&l->status);
}

/* The label's box with its anchor @out units beyond the glyph, radially:
 * left of the anchor on the left, centred at the top and bottom. */
static SpRect
client_label_rect (ClientView        *v,
                   const ClientLabel *l,
                   double             out)
{
  SpScene *scene = v->scene;
  double u = scene->u;
  double ax = scene->sx[l->node] + l->dx * (scene->radius[l->node] + out);
  double ay = scene->sy[l->node] + l->dy * (scene->radius[l->node] + out);
  double x = ax - l->w * (0.5 - 0.5 * CLAMP (l->dx / 0.5, -1, 1));
  double y = ay - l->h * (0.5 - 0.5 * CLAMP (l->dy / 0.7, -1, 1));

  x = CLAMP (x, 4 * u, scene->page.width - l->w - 4 * u);
  y = CLAMP (y, 4 * u, scene->page.height - l->h - 4 * u);
  return (SpRect) { x, y, l->w, l->h };
}

static void
draw_client_labels (ClientView *v,
                    cairo_t    *cr)
{
  SpScene *scene = v->scene;
  double u = scene->u;
  g_autoptr (GArray) labels = g_array_new (FALSE, TRUE, sizeof (ClientLabel));
  GArray *taken = g_array_new (FALSE, FALSE, sizeof (SpRect));

  /* kept for the person labels */
  g_clear_pointer (&v->taken, g_array_unref);
  v->taken = taken;

  g_array_set_clear_func (labels, client_label_clear);
  for (guint i = 0; i < scene->n; i++)
    {
      const SpClientStats *s;
      g_autofree char *name = NULL;
      g_autofree char *status = NULL;
      ClientLabel l = { 0 };
      PangoRectangle e1 = { 0 }, e2 = { 0 };
      double d, r;
      gboolean flagged;
      SpRect glyph;

      if (!scene->visible[i] || !is_client (scene, i))
        continue;
      s = sp_client_metrics_find (v->cm, i);
      flagged = s == NULL || s->n_contacts < 2 || is_shared (s);
      name = sp_render_node_label (scene->network, i, scene->opt->anonymize);
      status = client_status (v, s);
      l.node = i;
      l.name = sp_scene_text (scene, name, v->emphasis[i] == 2 ? 13.5 : 11.5,
                              flagged || v->emphasis[i] == 2 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_get_pixel_extents (l.name, NULL, &e1);
      if (status != NULL)
        {
          gboolean alarm = s == NULL || s->n_contacts < 2;

          l.status = sp_scene_text (scene, status, 10.5, alarm ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
          l.status_color = alarm ? v->warning : scene->fg_muted;
          pango_layout_get_pixel_extents (l.status, NULL, &e2);
        }
      l.w1 = e1.width;
      l.w2 = e2.width;
      l.h1 = e1.height;
      l.w = MAX (e1.width, e2.width);
      l.h = e1.height + e2.height;
      l.dx = scene->sx[i] - v->cx;
      l.dy = scene->sy[i] - v->cy;
      d = MAX (hypot (l.dx, l.dy), 1e-6);
      l.dx /= d;
      l.dy /= d;
      g_array_append_val (labels, l);

      /* the glyphs (with their warning rings) are in the way of labels */
      r = scene->radius[i] + 6 * u;
      glyph = (SpRect) { scene->sx[i] - r, scene->sy[i] - r, 2 * r, 2 * r };
      g_array_append_val (taken, glyph);
    }
  if (scene->legend_box.width > 0)
    g_array_append_val (taken, scene->legend_box);
  if (scene->title_box.width > 0)
    g_array_append_val (taken, scene->title_box);

  /* the selected first, then the flagged, then the rest; each moves
   * outwards until it is clear of what is already placed, and is left out
   * when it finds no room (only the selected one is always shown) */
  for (guint pass = 0; pass < 3; pass++)
    for (guint k = 0; k < labels->len; k++)
      {
        ClientLabel *l = &g_array_index (labels, ClientLabel, k);
        guint rank = v->emphasis[l->node] == 2 ? 0 : l->status != NULL ? 1 : 2;
        SpRect best;

        if (rank != pass)
          continue;
        l->placed = rank == 0;
        best = client_label_rect (v, l, 8 * u);
        for (guint step = 0; step < 16; step++)
          {
            SpRect r = client_label_rect (v, l, (8 + 6 * step) * u);
            gboolean clear = TRUE;

            for (guint t = 0; t < taken->len && clear; t++)
              clear = !sp_rect_intersects (&r, &g_array_index (taken, SpRect, t));
            if (clear)
              {
                best = r;
                l->out = 6 * step * u;
                l->placed = TRUE;
                break;
              }
          }
        l->rect = best;
        if (l->placed)
          g_array_append_val (taken, best);
      }

  cairo_save (cr);
  for (guint k = 0; k < labels->len; k++)
    {
      const ClientLabel *l = &g_array_index (labels, ClientLabel, k);
      double alpha = has_selection (v) && v->emphasis[l->node] == 0 ? 0.4 : 1.0;
      double x = l->rect.x, y = l->rect.y;

      if (!l->placed)
        continue;
      if (l->out > 0)
        {
          /* a label pushed away keeps a thin leader to its client */
          double r0 = scene->radius[l->node] + 2 * u, r1 = scene->radius[l->node] + 4 * u + l->out;

          cairo_move_to (cr, scene->sx[l->node] + l->dx * r0, scene->sy[l->node] + l->dy * r0);
          cairo_line_to (cr, scene->sx[l->node] + l->dx * r1, scene->sy[l->node] + l->dy * r1);
          sp_set_color (cr, scene->fg_muted, 0.6 * alpha);
          cairo_set_line_width (cr, 0.8 * u);
          cairo_stroke (cr);
        }

      show_text (scene, cr, l->name, x + (l->dx < -0.5 ? l->w - l->w1 : l->dx > 0.5 ? 0 : (l->w - l->w1) / 2),
                 y, scene->fg, alpha);
      if (l->status != NULL)
        show_text (scene, cr, l->status,
                   x + (l->dx < -0.5 ? l->w - l->w2 : l->dx > 0.5 ? 0 : (l->w - l->w2) / 2),
                   y + l->h1, l->status_color, alpha);
    }
  cairo_restore (cr);
}

/* Names of the selected client's contacts (or of the selected person);
 * without a selection, the names of a small group's people where they fit
 * (two-mode data such as Davis's Southern Women is about them). */
#define LABEL_ALL_PERSONS_MAX 40

static void
draw_person_labels (ClientView *v,
                    cairo_t    *cr)
{
  SpScene *scene = v->scene;
  g_autoptr (GArray) labels = g_array_new (FALSE, TRUE, sizeof (SpLabel));
  g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (SpRect));
  SpRect bounds;
  gboolean all = !has_selection (v) && scene->n_persons <= LABEL_ALL_PERSONS_MAX &&
                 scene->opt->label_density > 0;

  if (!has_selection (v) && !all)
    return;
  for (guint i = 0; i < scene->n; i++)
    {
      g_autofree char *text = NULL;
      PangoLayout *layout;
      PangoRectangle logical;
      SpLabel l = { 0 };

      gboolean between = v->on_path != NULL && v->on_path[i] && v->n_between <= 12;

      if (!scene->visible[i] || is_client (scene, i) || (!all && v->emphasis[i] == 0 && !between))
        continue;
      text = sp_render_node_label (scene->network, i, scene->opt->anonymize);
      layout = sp_scene_text (scene, text, all || between ? 10.5 : 11.5,
                              all || between ? PANGO_WEIGHT_NORMAL : PANGO_WEIGHT_BOLD);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      l.x = scene->sx[i];
      l.y = scene->sy[i];
      l.gap = (all ? scene->radius[i] : MAX (1.8 * scene->radius[i], 4.5 * scene->u)) + 2 * scene->u;
      l.width = logical.width;
      l.height = logical.height;
      l.priority = all ? scene->degree[i] : between ? 0 : 1;
      l.force = !all && !between;
      l.id = i;
      g_array_append_val (labels, l);
      g_ptr_array_add (layouts, layout);
    }
  /* names keep off the client labels and glyphs, and off the people
   * brought out */
  if (v->taken != NULL)
    g_array_append_vals (obstacles, v->taken->data, v->taken->len);
  for (guint i = 0; i < scene->n; i++)
    if (scene->visible[i] && !is_client (scene, i) && person_lit (v, i))
      {
        double r = MAX (1.8 * scene->radius[i], 4.5 * scene->u);
        SpRect box = { scene->sx[i] - r, scene->sy[i] - r, 2 * r, 2 * r };

        g_array_append_val (obstacles, box);
      }
  bounds = (SpRect) { 0, 0, scene->page.width, scene->page.height };
  sp_labels_place ((SpLabel *) (gpointer) labels->data, labels->len, &bounds,
                   (const SpRect *) (gpointer) obstacles->data, obstacles->len, labels->len);
  cairo_save (cr);
  for (guint k = 0; k < labels->len; k++)
    {
      const SpLabel *l = &g_array_index (labels, SpLabel, k);

      if (l->placed)
        show_text (scene, cr, g_ptr_array_index (layouts, k), l->rect.x, l->rect.y, scene->fg, 1);
    }
  cairo_restore (cr);
}

/* ---- legend ---- */

typedef enum {
  ROW_HEADER,
  ROW_DEPARTMENT,
  ROW_CLIENT,
  ROW_SHARED,
  ROW_SINGLE,
  ROW_NONE,
  ROW_CLIENT_TIE,
  ROW_INTERNAL_TIE,
  ROW_CONTACT_TIE,
  ROW_PATH_TIE,
  ROW_TEXT,
  ROW_FOOTER,
} RowKind;

typedef struct {
  RowKind  kind;
  char    *text;
  char    *count;
  SpColor  color;
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->text);
  g_free (row->count);
}

static void
add_row (GArray  *rows,
         RowKind  kind,
         char    *text,
         char    *count,
         SpColor  color)
{
  Row row = { kind, text, count, color };

  g_array_append_val (rows, row);
}

#define ROW_HEIGHT 19.0
#define PAD 12.0
#define SWATCH 28.0

static double
row_height (RowKind kind)
{
  switch (kind)
    {
    case ROW_HEADER: return 22.0;
    case ROW_CLIENT:
    case ROW_SHARED:
    case ROW_SINGLE:
    case ROW_NONE: return 26.0;
    default: return ROW_HEIGHT;
    }
}

/* The legend's rows, with the counts of @cm.  Without @cm (measuring,
 * before the client measures exist) every row that may appear is there,
 * counted as all clients: the legend's width, and so the drawing, then
 * stays put whatever is selected. */
static GArray *
client_legend_rows (SpScene         *scene,
                    SpClientMetrics *cm)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  gboolean measuring = cm == NULL;
  guint n_single = 0, n_shared = 0, n_none = 0, n_clients = scene->n_clients;
  SpColor none = { 0, 0, 0 };
  double budget = scene->opt->height * 0.8 / scene->u;
  guint max_departments = (guint) MAX (3.0, budget / ROW_HEIGHT - 16);

  g_array_set_clear_func (rows, row_clear);
  if (measuring)
    n_single = n_shared = n_none = n_clients;
  else
    {
      n_clients = sp_client_metrics_n_clients (cm);
      for (guint c = 0; c < n_clients; c++)
        {
          const SpClientStats *s = sp_client_metrics_client (cm, c);

          n_single += s->single_point_of_contact;
          n_shared += is_shared (s);
          n_none += s->n_contacts == 0;
        }
    }

  add_row (rows, ROW_HEADER, g_strdup (_("Clients")), NULL, none);
  add_row (rows, ROW_CLIENT, g_strdup (_("Client: ring = its contacts’ departments")),
           g_strdup_printf ("%u", n_clients), none);
  add_row (rows, ROW_SINGLE, g_strdup (_("Held by one person")), g_strdup_printf ("%u", n_single), none);
  add_row (rows, ROW_SHARED, g_strdup_printf (_("Shared by %u or more departments"), SHARED_MIN_DEPARTMENTS),
           g_strdup_printf ("%u", n_shared), none);
  if (n_none > 0)
    add_row (rows, ROW_NONE, g_strdup (_("Held by nobody")), g_strdup_printf ("%u", n_none), none);

  add_row (rows, ROW_HEADER, g_strdup (_("Ties")), NULL, none);
  add_row (rows, ROW_CLIENT_TIE, g_strdup (_("Tie with a client, in the contact’s colour")), NULL, none);
  add_row (rows, ROW_INTERNAL_TIE, g_strdup (_("Tie inside the organisation")), NULL, scene->edge_neutral);
  if (measuring ||
      (scene->opt->selected >= 0 && (guint) scene->opt->selected < scene->n &&
       is_client (scene, scene->opt->selected)))
    {
      add_row (rows, ROW_CONTACT_TIE, g_strdup (_("Tie between the selected client’s contacts")), NULL, scene->fg);
      add_row (rows, ROW_PATH_TIE, g_strdup (_("Shortest internal path between them")), NULL, scene->fg);
    }

  if (scene->departments->len > 0)
    {
      guint shown = 0;

      add_row (rows, ROW_HEADER, g_strdup (_("Departments")), NULL, none);
      for (guint d = 0; d < scene->departments->len; d++)
        {
          if (scene->department_count[d] == 0)
            continue;
          if (shown + 1 >= max_departments && d + 1 < scene->departments->len)
            {
              add_row (rows, ROW_FOOTER, g_strdup (_("and more")), NULL, none);
              break;
            }
          add_row (rows, ROW_DEPARTMENT, g_strdup (g_ptr_array_index (scene->departments, d)),
                   g_strdup_printf ("%u", scene->department_count[d]), sp_palette_category (d));
          shown++;
        }
    }

  {
    g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                                            scene->n_persons), scene->n_persons);
    g_autofree char *clients = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u client", "%u clients",
                                                             n_clients), n_clients);

    add_row (rows, ROW_FOOTER, g_strdup_printf ("%s · %s", people, clients), NULL, none);
  }
  return rows;
}

static PangoLayout *
row_layout (SpScene   *scene,
            const Row *row)
{
  if (row->kind == ROW_HEADER)
    return sp_scene_text (scene, row->text, 12.5, PANGO_WEIGHT_BOLD);
  if (row->kind == ROW_FOOTER)
    return sp_scene_text (scene, row->text, 11.0, PANGO_WEIGHT_NORMAL);
  return sp_scene_text (scene, row->text, 12.0,
                        row->kind == ROW_SINGLE || row->kind == ROW_NONE ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

static void
client_legend_measure (SpScene *scene,
                       double  *width,
                       double  *height)
{
  g_autoptr (GArray) rows = client_legend_rows (scene, NULL);
  double u = scene->u, text_w = 0, count_w = 0, h = 2 * PAD * u;

  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);
      g_autoptr (PangoLayout) layout = row_layout (scene, row);
      double indent = row->kind == ROW_HEADER || row->kind == ROW_FOOTER ? 0 : SWATCH * u;

      text_w = MAX (text_w, indent + text_width (layout));
      if (row->count != NULL)
        {
          g_autoptr (PangoLayout) count = sp_scene_text (scene, row->count, 11.0, PANGO_WEIGHT_NORMAL);

          count_w = MAX (count_w, text_width (count));
        }
      h += row_height (row->kind) * u + (row->kind == ROW_HEADER && k > 0 ? 8 * u : 0);
    }
  *width = ceil (2 * PAD * u + text_w + (count_w > 0 ? count_w + 14 * u : 0));
  *height = ceil (h);
}

static void
show_centered (cairo_t     *cr,
               PangoLayout *layout,
               double       x,
               double       cy)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, cy - logical.height / 2.0);
  sp_render_show_layout (cr, layout);
}

static void
draw_client_legend (ClientView *v,
                    cairo_t    *cr)
{
  SpScene *scene = v->scene;
  SpRect *box = &scene->legend_box;
  g_autoptr (GArray) rows = NULL;
  double u = scene->u, x, y, sx;

  if (box->width <= 0)
    return;
  rows = client_legend_rows (scene, v->cm);

  /* the measured box had room for every possible row: fit it to these */
  box->height = 2 * PAD * u;
  for (guint k = 0; k < rows->len; k++)
    box->height += row_height (g_array_index (rows, Row, k).kind) * u +
                   (g_array_index (rows, Row, k).kind == ROW_HEADER && k > 0 ? 8 * u : 0);
  box->height = ceil (box->height);

  cairo_save (cr);
  sp_rounded_rect (cr, box->x, box->y, box->width, box->height, 8 * u);
  sp_set_color (cr, scene->opt->dark ? sp_color_from_hex (0x262A31) : sp_color_from_hex (0xF7F8FA), 0.94);
  cairo_fill_preserve (cr);
  sp_set_color (cr, scene->fg, 0.12);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  x = box->x + PAD * u;
  y = box->y + PAD * u;
  sx = x + 10 * u;
  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);
      g_autoptr (PangoLayout) layout = row_layout (scene, row);
      double h = row_height (row->kind) * u, cy;
      SpClientStats sample = { 0 };
      guint contacts[4] = { 0 };

      if (row->kind == ROW_HEADER && k > 0)
        y += 8 * u;
      cy = y + h / 2;
      sp_set_color (cr, scene->fg, 1);
      switch (row->kind)
        {
        case ROW_HEADER:
          show_centered (cr, layout, x, cy);
          break;
        case ROW_FOOTER:
          sp_set_color (cr, scene->fg_muted, 1);
          show_centered (cr, layout, x, cy);
          break;
        case ROW_CLIENT:
        case ROW_SHARED:
        case ROW_SINGLE:
        case ROW_NONE:
          {
            /* samples drawn with the glyph itself, from persons of the
             * first departments */
            guint want = row->kind == ROW_NONE ? 0 : row->kind == ROW_SINGLE ? 1 : row->kind == ROW_SHARED ? 3 : 2;
            guint found = 0;

            for (guint d = 0; d < scene->departments->len && found < want; d++)
              for (guint i = 0; i < scene->n && found < want; i++)
                if (!is_client (scene, i) &&
                    g_array_index (scene->network->nodes, SpNode, i).department ==
                    g_ptr_array_index (scene->departments, (d + (row->kind == ROW_CLIENT ? 2 : 0)) %
                                                           scene->departments->len))
                  {
                    contacts[found++] = i;
                    break;
                  }
            /* without departments, any people */
            for (guint i = 0; i < scene->n && found < want; i++)
              if (!is_client (scene, i) && scene->departments->len == 0)
                contacts[found++] = i;
            sample.n_contacts = found;
            sample.contacts = contacts;
            sample.single_point_of_contact = found == 1;
            draw_client_glyph (v, cr, sx, cy, (row->kind == ROW_SINGLE ? 6.5 : 8.5) * u, &sample, 0);
            sp_set_color (cr, row->kind == ROW_SINGLE || row->kind == ROW_NONE ? v->warning : scene->fg, 1);
            show_centered (cr, layout, x + SWATCH * u, cy);
          }
          break;
        case ROW_CLIENT_TIE:
          cairo_save (cr);
          cairo_set_line_width (cr, 1.8 * u);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          for (guint c = 0; c < 3; c++)
            {
              sp_set_color (cr, scene->departments->len > 0 ? sp_palette_category (c)
                                                         : sp_palette_missing (scene->opt->dark), 0.85);
              cairo_move_to (cr, x + 1 * u, cy + (c - 1.0) * 4 * u);
              cairo_curve_to (cr, x + 8 * u, cy + (c - 1.0) * 4 * u, x + 12 * u, cy, x + 20 * u, cy);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;
        case ROW_INTERNAL_TIE:
        case ROW_CONTACT_TIE:
        case ROW_PATH_TIE:
          cairo_save (cr);
          cairo_set_line_width (cr, (row->kind == ROW_CONTACT_TIE ? 2.2 : row->kind == ROW_PATH_TIE ? 1.4 : 1.2) * u);
          cairo_set_line_cap (cr, row->kind == ROW_PATH_TIE ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
          if (row->kind == ROW_PATH_TIE)
            {
              double dash[] = { 3.0 * u, 2.0 * u };

              cairo_set_dash (cr, dash, 2, 0);
            }
          sp_set_color (cr, row->color, row->kind == ROW_CONTACT_TIE ? 0.85 : row->kind == ROW_PATH_TIE ? 0.6 : 0.4);
          cairo_move_to (cr, x + 1 * u, cy);
          cairo_line_to (cr, x + 20 * u, cy);
          cairo_stroke (cr);
          cairo_restore (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;
        case ROW_DEPARTMENT:
          cairo_new_sub_path (cr);
          cairo_arc (cr, sx, cy, 5 * u, 0, 2 * G_PI);
          sp_set_color (cr, row->color, 1);
          cairo_fill (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;
        case ROW_TEXT:
        default:
          sp_set_color (cr, scene->fg_muted, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;
        }
      if (row->count != NULL)
        {
          g_autoptr (PangoLayout) count = sp_scene_text (scene, row->count, 11.0, PANGO_WEIGHT_NORMAL);

          sp_set_color (cr, row->kind == ROW_SINGLE || row->kind == ROW_NONE ? v->warning : scene->fg_muted, 1);
          show_centered (cr, count, box->x + box->width - PAD * u - text_width (count), cy);
        }
      y += h;
    }
  cairo_restore (cr);
}

/* A card under the legend about the selected client. */
static void
draw_selection_card (ClientView *v,
                     cairo_t    *cr)
{
  SpScene *scene = v->scene;
  const SpClientStats *s;
  g_autoptr (GString) text = NULL;
  g_autoptr (PangoLayout) title = NULL;
  g_autoptr (PangoLayout) body = NULL;
  g_autofree char *name = NULL;
  PangoRectangle a, b;
  double u = scene->u, x, y, w, h;

  if (v->selected_client < 0 || scene->legend_box.width <= 0)
    return;
  s = sp_client_metrics_find (v->cm, v->selected_client);
  if (s == NULL)
    return;
  name = sp_render_node_label (scene->network, v->selected_client, scene->opt->anonymize);
  text = g_string_new (NULL);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", s->n_contacts),
                          s->n_contacts);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u department", "%u departments",
                                             s->n_departments), s->n_departments);
  g_string_append_c (text, '\n');
  if (s->n_contacts == 0)
    g_string_append (text, _("Held by nobody"));
  else if (s->n_contacts < 2)
    g_string_append (text, _("Held by one person"));
  else if (s->contacts_all_tied)
    g_string_append (text, _("Its contacts all work together directly"));
  else if (s->contacts_within_two)
    g_string_append (text, _("Its contacts are at most two steps apart"));
  else if (s->n_unreachable_pairs > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u pair of contacts has no internal path",
                                               "%u pairs of contacts have no internal path",
                                               s->n_unreachable_pairs), s->n_unreachable_pairs);
  else
    g_string_append_printf (text, _("Contacts up to %u steps apart (mean %.1f)"),
                            s->max_internal_path, s->mean_internal_path);

  title = sp_scene_text (scene, name, 13, PANGO_WEIGHT_BOLD);
  body = sp_scene_text (scene, text->str, 11.5, PANGO_WEIGHT_NORMAL);
  w = scene->legend_box.width;
  pango_layout_set_width (title, (int) ((w - 2 * PAD * u) * PANGO_SCALE));
  pango_layout_set_width (body, (int) ((w - 2 * PAD * u) * PANGO_SCALE));
  pango_layout_set_wrap (body, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (title, NULL, &a);
  pango_layout_get_pixel_extents (body, NULL, &b);
  h = 2 * PAD * u + a.height + 4 * u + b.height;
  x = scene->legend_box.x;
  y = scene->legend_box.y + scene->legend_box.height + 10 * u;
  if (y + h > scene->page.height - 8 * u)
    return;

  cairo_save (cr);
  sp_rounded_rect (cr, x, y, w, h, 8 * u);
  sp_set_color (cr, scene->opt->dark ? sp_color_from_hex (0x262A31) : sp_color_from_hex (0xF7F8FA), 0.94);
  cairo_fill_preserve (cr);
  sp_set_color (cr, s->single_point_of_contact ? v->warning : scene->fg, s->single_point_of_contact ? 0.9 : 0.25);
  cairo_set_line_width (cr, (s->single_point_of_contact ? 2.0 : 1.0) * u);
  cairo_stroke (cr);
  sp_set_color (cr, scene->fg, 1);
  cairo_move_to (cr, x + PAD * u, y + PAD * u);
  sp_render_show_layout (cr, title);
  sp_set_color (cr, scene->fg_muted, 1);
  cairo_move_to (cr, x + PAD * u, y + PAD * u + a.height + 4 * u);
  sp_render_show_layout (cr, body);
  cairo_restore (cr);
}

/* ---- the view ---- */

static void
client_view_free (gpointer data)
{
  ClientView *v = data;

  client_view_clear (v);
  g_free (v);
}

SpScene *
sp_client_view_scene (SpNetwork             *network,
                      const SpRenderOptions *options)
{
  g_autofree char *title = NULL;
  SpRenderOptions opt;
  SpScene *scene;

  /* the title says which view this is */
  opt = *options;
  if (opt.title == NULL)
    {
      const char *t = network->title != NULL && *network->title != '\0' ? network->title : NULL;
      g_autoptr (GPtrArray) departments = sp_network_departments (network);

      if (departments->len == 0)
        /* people and events, projects, …: no organisation to speak of */
        /* TRANSLATORS: title of the client view of two-mode data, %s is the data set's title */
        title = t != NULL ? g_strdup_printf (_("%s: people and what they share"), t)
                          : g_strdup (_("People and what they share"));
      else
        /* TRANSLATORS: title of the client view, %s is the data set's title */
        title = t != NULL ? g_strdup_printf (_("%s: the organisation and its clients"), t)
                          : g_strdup (_("The organisation and its clients"));
      opt.title = title;
    }

  scene = sp_scene_build (network, &opt);   /* fits the ring: the view is the clients' */
  if (scene->n > 0 && scene->has_layout)
    {
      ClientView *v = g_new0 (ClientView, 1);

      client_view_init (v, scene);
      scene->view_data = v;
      scene->view_data_free = client_view_free;
    }
  return scene;
}

void
sp_client_view_draw (SpScene *scene,
                     cairo_t *cr)
{
  const SpRenderOptions *options = scene->opt;
  ClientView *v = scene->view_data;

  cairo_save (cr);
  sp_set_color (cr, scene->bg, 1.0);
  cairo_rectangle (cr, 0, 0, options->width, options->height);
  cairo_fill (cr);

  if (scene->n == 0)
    sp_message_draw (scene, cr, _("This network is empty"),
                     _("Open a data set with people and their ties."));
  else if (!scene->has_layout)
    sp_message_draw (scene, cr, _("No layout yet"),
                     _("The network is drawn once its layout has been computed."));
  else
    {
      draw_organisation_disc (v, cr);
      draw_internal_ties (v, cr);
      draw_client_ties (v, cr);
      draw_persons (v, cr);
      draw_clients (v, cr);
      draw_client_labels (v, cr);
      draw_person_labels (v, cr);
      if (options->show_legend)
        {
          draw_client_legend (v, cr);
          draw_selection_card (v, cr);
        }
      if (scene->n_clients == 0)
        sp_message_draw (scene, cr, _("No clients in this data set"),
                         _("Add a clients file, or mark nodes with kind = client."));
    }
  if (options->show_title)
    sp_title_draw (scene, cr);
  cairo_restore (cr);
}

