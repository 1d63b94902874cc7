/* sp-canvas.c — the network canvas */
#define G_LOG_DOMAIN "sp-canvas"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sp-canvas.h"
#include "sp-task.h"

#define MIN_ZOOM 0.1
#define MAX_ZOOM 60.0
#define ZOOM_SETTLE_MS 140
#define PAN_SETTLE_MS 90
#define DRAG_THRESHOLD 4.0
/* The scene covers this share of the window beyond each edge, so that a
 * pan shows drawn content before the next scene arrives. */
#define MARGIN_SHARE 0.35
#define N_FRAME_TIMES 1024
/* Going to a person: close enough that neighbours are this far apart
 * (their labels fit between them), not closer than this, with room for
 * the labels around the framed people; in user units of the canvas. */
#define PERSON_SPACING 64.0
#define PERSON_MAX_SPACING 180.0
#define FRAME_MARGIN 48.0
/* an ego network: close enough to read, but a lone person stays a person */
#define EGO_MAX_SPACING 320.0
#define FRAME_ANIMATION_US (280 * G_TIME_SPAN_MILLISECOND)
/* a frame is kept this long after it was first shown, so that a canvas
 * that is resized meanwhile (the side panel opening) frames anew */
#define FRAME_KEEP_US (1200 * G_TIME_SPAN_MILLISECOND)

typedef struct {
  double scale;
  double offset_x;
  double offset_y;
} Fit;

/* What a frame request shows (sp_canvas_go_to_person, sp_canvas_fit_visible). */
typedef enum {
  FRAME_NONE,
  FRAME_PERSON,
  FRAME_VISIBLE,
} FrameKind;

struct _SpCanvas {
  GtkWidget        parent_instance;

  /* owned */
  SpNetwork       *network;
  SpRenderOptions  style;       /* encodings; strings below */
  char            *color_by;
  char            *size_by;
  char            *group_by;
  char            *title;
  char            *subtitle;
  gboolean        *node_visible;
  gboolean        *tie_type_visible;
  GArray          *marked;      /* guint */
  /* what-if and before/after overlays; replaced, never changed, so
   * that a scene being drawn can hold a reference */
  GArray          *ghosted;     /* gboolean per node, or NULL */
  GPtrArray       *moved;       /* per node: interned department, or NULL; or NULL */
  GArray          *ties_gained; /* guint node pairs, or NULL */
  GArray          *ties_lost;
  char            *caption;
  gboolean         legend_space;  /* keep the legend card's column free */
  GtkWidget       *legend_overlay; /* what floats over the canvas (weak): */
  GtkWidget       *title_overlay;  /* the legend card, the slide title's revealer */
  GStrv            outline_groups;
  GStrv            outline_labels;
  GArray          *outline_colors; /* guint32 */
  SpMetrics       *metrics;     /* the window's measures, or NULL */
  GArray          *highlight;   /* guint nodes of a named list, or NULL; replaced, never changed */
  char            *highlight_name;
  /* each view keeps its own zoom and pan (the tables have none) */
  double           view_zoom[SP_RENDER_VIEW_GROUPS + 1];
  double           view_pan_x[SP_RENDER_VIEW_GROUPS + 1];
  double           view_pan_y[SP_RENDER_VIEW_GROUPS + 1];
  int              last_width;
  int              last_height;

  double           zoom;
  double           pan_x;
  double           pan_y;
  gint             selected;
  gint             hovered;

  /* the cached scene */
  GdkTexture      *texture;
  double           tex_zoom;
  double           tex_pan_x;
  double           tex_pan_y;
  int              tex_width;   /* logical size of the view it was drawn for */
  int              tex_height;
  int              tex_margin_x;
  int              tex_margin_y;
  guint            tex_generation;
  gint             tex_hidden;  /* node left out (being dragged), or -1 */
  guint            generation;  /* bumped when the scene content changes */
  SpScene         *scene;       /* what the texture shows, as data: hover,
                                 * selection and hit tests read it */
  SpMeasures      *measures;    /* every measure the scenes need, computed
                                 * once per state of the network */
  GCancellable    *render_cancellable;
  gboolean         rendering;
  guint            render_source;
  gint64           scene_time;
  gint64           scene_build_time;
  guint            scene_count;

  /* interaction */
  double           pointer_x;
  double           pointer_y;
  gboolean         pointer_inside;
  gint             drag_node;   /* node being dragged, or -1 */
  gboolean         drag_moved;
  gboolean         drag_panning;
  double           drag_start_pan_x;
  double           drag_start_pan_y;
  double           drag_node_x;  /* layout position at drag start */
  double           drag_node_y;
  double           drag_radius;  /* its radius in the scene at drag start */
  double           pinch_zoom;
  double           pinch_x;
  double           pinch_y;

  GArray          *frame_times;  /* gint64 µs */

  /* a frame request: waits for a scene of the canvas's size, then moves
   * the view there (animated), again when the size changes soon after */
  FrameKind        frame_kind;
  guint            frame_node;
  int              frame_width;   /* the size it was shown at; 0: not yet */
  int              frame_height;
  gint64           frame_shown;   /* when, monotonic µs */
  /* the animation towards it: the layout point in the middle of the plot
   * and the zoom, from and to, on the scene it started on */
  guint            anim_tick;
  SpScene         *anim_scene;
  gint64           anim_start;
  double           anim_from_x, anim_from_y, anim_from_zoom;
  double           anim_to_x, anim_to_y, anim_to_zoom;
};

G_DEFINE_FINAL_TYPE (SpCanvas, sp_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_HOVERED,
  PROP_ZOOM,
  N_PROPS
};

enum {
  NODE_MOVED,
  NODE_ACTIVATED,
  SCENE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_render (SpCanvas *self,
                             guint     delay_ms);
static void frame_try_show  (SpCanvas *self);
static void frame_cancel    (SpCanvas *self);

/* The heat table, the quadrants, the talent grid and the department map
 * are drawn fitted to the window: no pan or zoom, and no node to drag. */
static gboolean
is_fixed_view (SpCanvas *self)
{
  return self->style.view == SP_RENDER_VIEW_HEAT_TABLE
      || self->style.view == SP_RENDER_VIEW_QUADRANTS
      || self->style.view == SP_RENDER_VIEW_TALENT_GRID
      || self->style.view == SP_RENDER_VIEW_GROUPS;
}

/* ---- geometry ---------------------------------------------------------- */

/* The held scene was drawn at (tex_zoom, tex_pan); a point q of it is
 * now at k·q + (ox, oy) in the widget, as the snapshot shows its texture. */
static gboolean
scene_map (SpCanvas *self,
           double   *k,
           double   *ox,
           double   *oy)
{
  double cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (self->scene == NULL || self->texture == NULL || self->tex_zoom <= 0)
    return FALSE;
  *k = self->zoom / self->tex_zoom;
  *ox = cx + self->pan_x - *k * (self->tex_width / 2.0 + self->tex_pan_x);
  *oy = cy + self->pan_y - *k * (self->tex_height / 2.0 + self->tex_pan_y);
  return TRUE;
}

/* Layout positions to widget coordinates, as the held scene draws them
 * (FALSE for the views that do not draw the layout). */
static gboolean
compute_fit (SpCanvas *self,
             Fit      *fit)
{
  double k, ox, oy, scale, sx, sy;

  if (!scene_map (self, &k, &ox, &oy) || !sp_scene_get_transform (self->scene, &scale, &sx, &sy))
    return FALSE;
  fit->scale = k * scale;
  fit->offset_x = k * sx + ox;
  fit->offset_y = k * sy + oy;
  return TRUE;
}

static void
layout_to_view (const Fit *fit,
                double     x,
                double     y,
                double    *vx,
                double    *vy)
{
  *vx = x * fit->scale + fit->offset_x;
  *vy = y * fit->scale + fit->offset_y;
}

static void
view_to_layout (const Fit *fit,
                double     vx,
                double     vy,
                double    *x,
                double    *y)
{
  *x = (vx - fit->offset_x) / fit->scale;
  *y = (vy - fit->offset_y) / fit->scale;
}

/* Where @node is drawn in the widget and its radius: from the held scene,
 * except the node being dragged, which follows the pointer. */
static gboolean
node_view (SpCanvas *self,
           guint     node,
           double   *x,
           double   *y,
           double   *radius)
{
  double k, ox, oy, sx, sy, r;

  if (!scene_map (self, &k, &ox, &oy))
    return FALSE;
  /* the node being dragged, or just dropped and left out of the scene
   * shown until the next one arrives: where the network has it */
  if ((self->drag_moved && (gint) node == self->drag_node) || (gint) node == self->tex_hidden)
    {
      Fit fit;

      if (!compute_fit (self, &fit))
        return FALSE;
      layout_to_view (&fit, self->network->x[node], self->network->y[node], x, y);
      if (radius != NULL)
        *radius = CLAMP (self->drag_radius * k, 3.0, 14.0);
      return TRUE;
    }
  if (!sp_scene_node_position (self->scene, node, &sx, &sy, &r))
    return FALSE;
  *x = k * sx + ox;
  *y = k * sy + oy;
  if (radius != NULL)
    *radius = CLAMP (r * k, 3.0, 14.0);
  return TRUE;
}

gboolean
sp_canvas_node_position (SpCanvas *self,
                         guint     node,
                         double   *x,
                         double   *y)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), FALSE);

  if (self->network == NULL || node >= sp_network_n_nodes (self->network))
    return FALSE;
  return node_view (self, node, x, y, NULL);
}

SpScene *
sp_canvas_get_scene (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->scene;
}

SpMeasures *
sp_canvas_get_measures (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->measures;
}

/* ---- options ----------------------------------------------------------- */

void
sp_canvas_get_render_options (SpCanvas        *self,
                              SpRenderOptions *options)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  *options = self->style;
  options->width = MAX (1, gtk_widget_get_width (GTK_WIDGET (self)));
  options->height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self)));
  options->color_by = self->color_by;
  options->size_by = self->size_by;
  options->group_by = self->group_by;
  options->title = self->title;
  options->subtitle = self->subtitle;
  options->node_visible = self->node_visible;
  options->tie_type_visible = self->tie_type_visible;
  options->selected = -1;
  options->hovered = -1;
  /* Title and legend belong to exports; on screen they would move with
   * the cached scene while panning. */
  options->show_title = FALSE;
  options->show_legend = FALSE;
  options->layers = SP_RENDER_LAYER_SCENE;
  options->ghosted = self->ghosted ? (const gboolean *) (gpointer) self->ghosted->data : NULL;
  options->moved_department = self->moved ? (const char *const *) self->moved->pdata : NULL;
  options->ties_gained = self->ties_gained ? (const guint *) (gpointer) self->ties_gained->data : NULL;
  options->n_ties_gained = self->ties_gained ? self->ties_gained->len / 2 : 0;
  options->ties_lost = self->ties_lost ? (const guint *) (gpointer) self->ties_lost->data : NULL;
  options->n_ties_lost = self->ties_lost ? self->ties_lost->len / 2 : 0;
  options->outline_groups = (const char *const *) self->outline_groups;
  options->outline_labels = (const char *const *) self->outline_labels;
  options->outline_colors = self->outline_colors ? (const guint32 *) (gpointer) self->outline_colors->data : NULL;
  options->n_outlines = self->outline_colors ? self->outline_colors->len : 0;
  options->caption = self->caption;
  options->zoom = self->zoom;
  options->pan_x = self->pan_x;
  options->pan_y = self->pan_y;
  options->metrics = self->metrics;
  options->highlight = self->highlight ? (const guint *) (gpointer) self->highlight->data : NULL;
  options->n_highlight = self->highlight ? self->highlight->len : 0;
  options->highlight_name = self->highlight_name;
  /* the other views are whole drawings with their own legends; the
   * client view emphasises the selected client's contacts in the scene */
  if (self->style.view != SP_RENDER_VIEW_NETWORK)
    {
      options->show_legend = TRUE;
      options->layers = SP_RENDER_LAYERS_ALL;
    }
  else
    {
      /* the legend card floats at the top right: the renderer keeps its
       * column free (as in an export) without drawing the legend */
      options->show_legend = self->legend_space;
      if (self->legend_space && self->legend_overlay != NULL && gtk_widget_get_visible (self->legend_overlay))
        {
          int natural = 0;

          /* the card's own width (its text is the window's, not the
           * scene's), when it leaves the drawing room enough */
          gtk_widget_measure (self->legend_overlay, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          natural += gtk_widget_get_margin_end (self->legend_overlay);
          if (natural > 0 && natural < 0.5 * options->width)
            {
              options->show_legend = FALSE;
              options->reserve_right = natural;
            }
        }
    }
  /* the slide title over the top while presenting: every view starts
   * below it */
  if (self->title_overlay != NULL && GTK_IS_REVEALER (self->title_overlay)
      && gtk_revealer_get_reveal_child (GTK_REVEALER (self->title_overlay)))
    {
      GtkWidget *child = gtk_revealer_get_child (GTK_REVEALER (self->title_overlay));
      int natural = 0;

      if (child != NULL)
        gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, MAX (1, (int) options->width - 48),
                            NULL, &natural, NULL, NULL);
      if (natural > 0)
        options->reserve_top = gtk_widget_get_margin_top (self->title_overlay) + natural;
    }
  if (self->style.view == SP_RENDER_VIEW_CLIENTS)
    options->selected = self->selected;
}

void
sp_canvas_set_overlays (SpCanvas  *self,
                        GtkWidget *legend,
                        GtkWidget *title)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->legend_overlay != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->legend_overlay), (gpointer *) &self->legend_overlay);
  if (self->title_overlay != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->title_overlay), (gpointer *) &self->title_overlay);
  self->legend_overlay = legend;
  self->title_overlay = title;
  if (legend != NULL)
    g_object_add_weak_pointer (G_OBJECT (legend), (gpointer *) &self->legend_overlay);
  if (title != NULL)
    g_object_add_weak_pointer (G_OBJECT (title), (gpointer *) &self->title_overlay);
  if (legend != NULL || title != NULL)
    sp_canvas_invalidate (self);
}

static gboolean
node_is_visible (SpCanvas *self,
                 gint      node)
{
  return node >= 0 && self->network != NULL
      && (guint) node < sp_network_n_nodes (self->network)
      && (self->node_visible == NULL || self->node_visible[node]);
}

static gint hit_test    (SpCanvas *self,
                         double    x,
                         double    y);
static void set_hovered (SpCanvas *self,
                         gint      node);

/* ---- the scene in a worker thread ------------------------------------- */

typedef struct {
  SpNetwork       *network;
  SpRenderOptions  options;
  char            *color_by;
  char            *size_by;
  char            *group_by;
  char            *title;
  char            *subtitle;
  gboolean        *node_visible;
  gboolean        *tie_type_visible;
  GArray          *ghosted;
  GPtrArray       *moved;
  GArray          *ties_gained;
  GArray          *ties_lost;
  GArray          *outline_colors;
  GStrv            outline_groups;
  GStrv            outline_labels;
  GArray          *highlight;
  char            *highlight_name;
  SpMetrics       *metrics;
  SpMeasures      *measures;
  double          *x;           /* the positions, copied on the UI thread */
  double          *y;
  int              margin_x;
  int              margin_y;
  int              scale;
  guint            generation;
  gint             hidden;

  /* result */
  SpScene         *scene;
  GBytes          *pixels;
  int              pixel_width;
  int              pixel_height;
  gsize            stride;
  gint64           duration;
  gint64           scene_duration;  /* building the scene, of duration */
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_clear_pointer (&job->network, sp_network_unref);
  g_free (job->color_by);
  g_free (job->size_by);
  g_free (job->group_by);
  g_free (job->title);
  g_free (job->subtitle);
  g_free (job->node_visible);
  g_free (job->tie_type_visible);
  g_clear_pointer (&job->ghosted, g_array_unref);
  g_clear_pointer (&job->moved, g_ptr_array_unref);
  g_clear_pointer (&job->ties_gained, g_array_unref);
  g_clear_pointer (&job->ties_lost, g_array_unref);
  g_clear_pointer (&job->outline_colors, g_array_unref);
  g_strfreev (job->outline_groups);
  g_strfreev (job->outline_labels);
  g_clear_pointer (&job->highlight, g_array_unref);
  g_free (job->highlight_name);
  g_clear_pointer (&job->metrics, sp_metrics_unref);
  g_clear_pointer (&job->measures, sp_measures_unref);
  g_clear_pointer (&job->scene, sp_scene_unref);
  g_free (job->x);
  g_free (job->y);
  g_clear_pointer (&job->pixels, g_bytes_unref);
  g_free (job);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;
  cairo_surface_t *surface;
  cairo_t *cr;
  gint64 start = g_get_monotonic_time ();

  job->pixel_width = (int) ceil ((job->options.width + 2 * job->margin_x) * job->scale);
  job->pixel_height = (int) ceil ((job->options.height + 2 * job->margin_y) * job->scale);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->pixel_width, job->pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, job->scale, job->scale);
  cairo_translate (cr, job->margin_x, job->margin_y);
  /* the measures' frozen copy, not the window's network: the UI thread
   * may be renaming someone meanwhile (the positions are the job's own) */
  job->scene = sp_scene_new (sp_measures_get_data (job->measures), &job->options);
  job->scene_duration = g_get_monotonic_time () - start;
  sp_render_scene (cr, job->scene);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, _("cannot draw the network"));
      return;
    }

  job->stride = cairo_image_surface_get_stride (surface);
  job->pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                            job->stride * job->pixel_height,
                                            (GDestroyNotify) cairo_surface_destroy,
                                            surface);
  job->duration = g_get_monotonic_time () - start;
  g_task_return_boolean (task, TRUE);
}

static void
render_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr (SpCanvas) self = user_data;
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SP_TASK_DONE (result);

  self->rendering = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("%s", error->message);
      return;
    }

  if (job->network == self->network)
    {
      g_clear_object (&self->texture);
      /* GDK_MEMORY_DEFAULT is cairo's ARGB32 in native byte order. */
      self->texture = gdk_memory_texture_new (job->pixel_width, job->pixel_height,
                                              GDK_MEMORY_DEFAULT, job->pixels, job->stride);
      self->tex_zoom = job->options.zoom;
      self->tex_pan_x = job->options.pan_x;
      self->tex_pan_y = job->options.pan_y;
      self->tex_width = (int) job->options.width;
      self->tex_height = (int) job->options.height;
      self->tex_margin_x = job->margin_x;
      self->tex_margin_y = job->margin_y;
      self->tex_generation = job->generation;
      self->tex_hidden = job->hidden;
      g_clear_pointer (&self->scene, sp_scene_unref);
      self->scene = g_steal_pointer (&job->scene);
      self->scene_time = job->duration;
      self->scene_build_time = job->scene_duration;
      self->scene_count++;
      /* what is under the pointer in the new scene: no hover label left of
       * someone a filter or another view has taken away, or from before
       * the pointer left */
      if (self->drag_node < 0 && !self->drag_panning)
        set_hovered (self, self->pointer_inside ? hit_test (self, self->pointer_x, self->pointer_y) : -1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      frame_try_show (self);
    }

  /* Anything that changed meanwhile gets the next scene. */
  schedule_render (self, 0);
}

static gboolean
scene_is_current (SpCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  return self->texture != NULL
      && self->tex_generation == self->generation
      && self->tex_width == w
      && self->tex_height == h
      && self->tex_zoom == self->zoom
      && self->tex_hidden == (self->drag_moved ? self->drag_node : -1)
      && fabs (self->tex_pan_x - self->pan_x) <= self->tex_margin_x * 0.5
      && fabs (self->tex_pan_y - self->pan_y) <= self->tex_margin_y * 0.5
      && gtk_widget_get_scale_factor (GTK_WIDGET (self)) * self->tex_width
           + 2 * self->tex_margin_x * gtk_widget_get_scale_factor (GTK_WIDGET (self))
           <= gdk_texture_get_width (self->texture) + 1;
}

static void
start_render (SpCanvas *self)
{
  g_autoptr (GTask) task = NULL;
  RenderJob *job;
  guint n_nodes, n_types;
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->network == NULL || !self->network->has_layout || w <= 1 || h <= 1)
    return;

  n_nodes = sp_network_n_nodes (self->network);
  n_types = self->network->tie_types->len;

  job = g_new0 (RenderJob, 1);
  job->network = sp_network_ref (self->network);
  sp_canvas_get_render_options (self, &job->options);
  job->options.width = w;
  job->options.height = h;
  job->color_by = g_strdup (self->color_by);
  job->size_by = g_strdup (self->size_by);
  job->group_by = g_strdup (self->group_by);
  job->title = g_strdup (self->title);
  job->subtitle = g_strdup (self->subtitle);
  job->options.color_by = job->color_by;
  job->options.size_by = job->size_by;
  job->options.group_by = job->group_by;
  job->options.title = job->title;
  job->options.subtitle = job->subtitle;
  job->hidden = self->drag_moved ? self->drag_node : -1;
  /* left out of the drawing, not of the measures: a drag changes no measure */
  job->options.omit_node = job->hidden >= 0 ? (guint) job->hidden + 1 : 0;
  if (self->node_visible != NULL)
    job->node_visible = g_memdup2 (self->node_visible, sizeof (gboolean) * MAX (n_nodes, 1));
  if (self->tie_type_visible != NULL)
    job->tie_type_visible = g_memdup2 (self->tie_type_visible, sizeof (gboolean) * MAX (n_types, 1));
  job->options.node_visible = job->node_visible;
  job->options.tie_type_visible = job->tie_type_visible;
  /* the overlays are never changed in place: hold them for the worker */
  job->ghosted = self->ghosted ? g_array_ref (self->ghosted) : NULL;
  job->moved = self->moved ? g_ptr_array_ref (self->moved) : NULL;
  job->ties_gained = self->ties_gained ? g_array_ref (self->ties_gained) : NULL;
  job->ties_lost = self->ties_lost ? g_array_ref (self->ties_lost) : NULL;
  job->outline_colors = self->outline_colors ? g_array_ref (self->outline_colors) : NULL;
  job->outline_groups = g_strdupv (self->outline_groups);
  job->outline_labels = g_strdupv (self->outline_labels);
  job->options.outline_groups = (const char *const *) job->outline_groups;
  job->options.outline_labels = (const char *const *) job->outline_labels;
  job->options.caption = NULL;
  job->highlight = self->highlight ? g_array_ref (self->highlight) : NULL;
  job->highlight_name = g_strdup (self->highlight_name);
  job->metrics = self->metrics ? sp_metrics_ref (self->metrics) : NULL;
  if (self->measures == NULL)
    self->measures = sp_measures_new_frozen (self->network);
  job->measures = sp_measures_ref (self->measures);
  job->options.measures = job->measures;
  /* the worker draws a copy: a drag or an undo moves nodes meanwhile */
  job->x = g_memdup2 (self->network->x, sizeof (double) * MAX (n_nodes, 1));
  job->y = g_memdup2 (self->network->y, sizeof (double) * MAX (n_nodes, 1));
  job->options.x = job->x;
  job->options.y = job->y;
  job->options.highlight_name = job->highlight_name;
  job->options.metrics = job->metrics;
  /* a table fits the window exactly: no margin to pan into */
  job->margin_x = is_fixed_view (self) ? 0 : (int) (w * MARGIN_SHARE);
  job->margin_y = is_fixed_view (self) ? 0 : (int) (h * MARGIN_SHARE);
  job->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  job->generation = self->generation;

  self->rendering = TRUE;
  task = g_task_new (self, NULL, render_done, g_object_ref (self));
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  sp_task_run_in_thread (task, render_thread);
}

static gboolean
render_timeout (gpointer user_data)
{
  SpCanvas *self = user_data;

  self->render_source = 0;
  if (!self->rendering && !scene_is_current (self))
    start_render (self);
  return G_SOURCE_REMOVE;
}

/* Draws a new scene after @delay_ms without further changes; one scene is
 * drawn at a time, the next starts when it is done. */
static void
schedule_render (SpCanvas *self,
                 guint     delay_ms)
{
  g_clear_handle_id (&self->render_source, g_source_remove);
  if (self->rendering || scene_is_current (self))
    return;
  self->render_source = g_timeout_add (delay_ms, render_timeout, self);
}

gboolean
sp_canvas_is_rendering (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), FALSE);
  return self->rendering || self->render_source != 0 || self->anim_tick != 0
      || (self->frame_kind != FRAME_NONE && self->frame_width == 0
          && gtk_widget_get_mapped (GTK_WIDGET (self)))
      || (self->network != NULL && self->network->has_layout && !scene_is_current (self));
}

/* ---- drawing ----------------------------------------------------------- */

static void
background_color (SpCanvas *self,
                  GdkRGBA  *color)
{
  if (self->style.dark)
    gdk_rgba_parse (color, "#1e1e1e");
  else
    gdk_rgba_parse (color, "#ffffff");
}

static void
draw_node_emphasis (SpCanvas  *self,
                    cairo_t   *cr,
                    guint      node,
                    gboolean   selected,
                    gboolean   with_ties,
                    gboolean   with_node)
{
  SpNetwork *net = self->network;
  guint n_ties = sp_network_n_ties (net);
  double cx, cy;
  double accent_r = 0.21, accent_g = 0.52, accent_b = 0.89;   /* GNOME blue 3 */
  double radius;

  if (self->style.dark)
    accent_r = 0.47, accent_g = 0.68, accent_b = 0.93;

  if (!node_view (self, node, &cx, &cy, &radius))
    return;
  /* the quadrants' dots and the talent grid's names are not joined by ties */
  if (self->style.view == SP_RENDER_VIEW_QUADRANTS || self->style.view == SP_RENDER_VIEW_HEAT_TABLE ||
      self->style.view == SP_RENDER_VIEW_TALENT_GRID)
    with_ties = FALSE;

  /* a what-if ghost's ties are drawn as lost by the scene: leave them be */
  if (self->ghosted != NULL && node < self->ghosted->len && g_array_index (self->ghosted, gboolean, node))
    with_ties = FALSE;

  if (with_ties)
    {
      cairo_set_line_width (cr, selected ? 2.0 : 1.6);
      cairo_set_source_rgba (cr, accent_r, accent_g, accent_b, 0.85);
      for (guint t = 0; t < n_ties; t++)
        {
          const SpTie *tie = sp_network_tie (net, t);
          guint other;
          double ox, oy;

          if (tie->source == node)
            other = tie->target;
          else if (tie->target == node)
            other = tie->source;
          else
            continue;
          if (!node_is_visible (self, other)
              || (self->tie_type_visible != NULL && !self->tie_type_visible[tie->type]))
            continue;
          if (!node_view (self, other, &ox, &oy, NULL))
            continue;
          cairo_move_to (cr, cx, cy);
          cairo_line_to (cr, ox, oy);
          cairo_stroke (cr);
        }
    }

  if (with_node)
    {
      cairo_arc (cr, cx, cy, radius * 0.8, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, accent_r, accent_g, accent_b);
      cairo_fill (cr);
    }

  /* a ring that reads on light and dark */
  cairo_arc (cr, cx, cy, radius + 2, 0, 2 * G_PI);
  cairo_set_line_width (cr, selected ? 3.5 : 2.5);
  cairo_set_source_rgb (cr, accent_r, accent_g, accent_b);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, 1.0);
  if (self->style.dark)
    cairo_set_source_rgb (cr, 0, 0, 0);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_stroke (cr);
}

static void
draw_label (SpCanvas  *self,
            GtkWidget *widget,
            cairo_t   *cr,
            guint      node)
{
  g_autoptr (PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle ink, logical;
  double cx, cy, x, y, radius;
  const char *label = sp_network_node_label (self->network, node);
  double scale = self->style.label_scale > 0 ? self->style.label_scale : 1.0;

  /* the talent grid writes every name it shows already */
  if (self->style.view == SP_RENDER_VIEW_TALENT_GRID || !node_view (self, node, &cx, &cy, &radius))
    return;

  layout = gtk_widget_create_pango_layout (widget, label);
  font = pango_font_description_from_string ("Sans Bold");
  pango_font_description_set_absolute_size (font, 12 * scale * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_get_pixel_extents (layout, &ink, &logical);

  x = cx - logical.width / 2.0;
  y = cy - radius - 8 - logical.height;

  /* a rounded pill behind the text, for legibility over edges */
  {
    double px = x - 6, py = y - 2, pw = logical.width + 12, ph = logical.height + 4, r = ph / 2;

    cairo_new_sub_path (cr);
    cairo_arc (cr, px + pw - r, py + r, r, -G_PI / 2, G_PI / 2);
    cairo_arc (cr, px + r, py + r, r, G_PI / 2, 3 * G_PI / 2);
    cairo_close_path (cr);
    if (self->style.dark)
      cairo_set_source_rgba (cr, 0.1, 0.1, 0.1, 0.92);
    else
      cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
    cairo_fill_preserve (cr);
    cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.5);
    cairo_set_line_width (cr, 1);
    cairo_stroke (cr);
  }

  if (self->style.dark)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
sp_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SpCanvas *self = SP_CANVAS (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  gint64 start = g_get_monotonic_time ();
  GdkRGBA bg;

  background_color (self, &bg);
  gtk_snapshot_append_color (snapshot, &bg, &GRAPHENE_RECT_INIT (0, 0, w, h));

  if (self->texture != NULL)
    {
      /* A point q of the cached scene (view coordinates when it was
       * drawn) is now at k·q + offset. */
      double k = self->zoom / self->tex_zoom;
      double cx0 = self->tex_width / 2.0, cy0 = self->tex_height / 2.0;
      double cx = w / 2.0, cy = h / 2.0;
      double ox = cx + self->pan_x - k * (cx0 + self->tex_pan_x);
      double oy = cy + self->pan_y - k * (cy0 + self->tex_pan_y);

      gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ox, oy));
      gtk_snapshot_scale (snapshot, k, k);
      gtk_snapshot_append_texture (snapshot, self->texture,
                                   &GRAPHENE_RECT_INIT (-self->tex_margin_x, -self->tex_margin_y,
                                                        self->tex_width + 2 * self->tex_margin_x,
                                                        self->tex_height + 2 * self->tex_margin_y));
      gtk_snapshot_restore (snapshot);
      gtk_snapshot_pop (snapshot);
    }

  if (self->scene != NULL && self->texture != NULL)
    {
      gboolean dragging = self->drag_node >= 0 && self->drag_moved;
      gboolean any = self->hovered >= 0 || self->selected >= 0 || dragging
                  || (self->marked != NULL && self->marked->len > 0);

      if (any)
        {
          cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));

          if (self->marked != NULL)
            for (guint i = 0; i < self->marked->len; i++)
              {
                guint node = g_array_index (self->marked, guint, i);

                if (node_is_visible (self, node) && (gint) node != self->selected)
                  draw_node_emphasis (self, cr, node, FALSE, FALSE, FALSE);
              }
          if (dragging)
            draw_node_emphasis (self, cr, self->drag_node, TRUE, TRUE, TRUE);
          /* the client view draws its selection in the scene */
          if (node_is_visible (self, self->selected) && self->selected != self->drag_node
              && self->style.view != SP_RENDER_VIEW_CLIENTS)
            draw_node_emphasis (self, cr, self->selected, TRUE, TRUE, FALSE);
          if (node_is_visible (self, self->hovered) && self->hovered != self->selected
              && self->hovered != self->drag_node)
            draw_node_emphasis (self, cr, self->hovered, FALSE, TRUE, FALSE);

          if (node_is_visible (self, self->selected) && self->style.view != SP_RENDER_VIEW_CLIENTS)
            draw_label (self, widget, cr, self->selected);
          if (node_is_visible (self, self->hovered) && self->hovered != self->selected)
            draw_label (self, widget, cr, self->hovered);
          if (self->marked != NULL)
            for (guint i = 0; i < self->marked->len && i < 12; i++)
              {
                guint node = g_array_index (self->marked, guint, i);

                if (node_is_visible (self, node) && (gint) node != self->selected
                    && (gint) node != self->hovered)
                  draw_label (self, widget, cr, node);
              }
          cairo_destroy (cr);
        }
    }

  if (self->frame_times->len >= N_FRAME_TIMES)
    g_array_remove_index_fast (self->frame_times, 0);
  g_array_append_val (self->frame_times, (gint64) { g_get_monotonic_time () - start });

  if (!scene_is_current (self))
    schedule_render (self, self->tex_zoom != self->zoom ? ZOOM_SETTLE_MS : PAN_SETTLE_MS);
}

static void
sp_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  SpCanvas *self = SP_CANVAS (widget);

  /* Keep the cached scene shown (centred) until the new one arrives. */
  schedule_render (self, ZOOM_SETTLE_MS);
  if (width != self->last_width || height != self->last_height)
    {
      self->last_width = width;
      self->last_height = height;
      g_signal_emit (self, signals[SCENE_CHANGED], 0);
    }
}

/* ---- interaction ------------------------------------------------------- */

/* The nearest visible node within reach of (x, y), from the held scene:
 * what is drawn is what can be pointed at, in every view. */
static gint
hit_test (SpCanvas *self,
          double    x,
          double    y)
{
  double best = INFINITY;
  gint found = -1;

  if (self->scene == NULL || self->network == NULL)
    return -1;
  /* the department map draws groups, not people (its tooltip names the
   * group under the pointer) */
  if (self->style.view == SP_RENDER_VIEW_GROUPS)
    return -1;
  /* the talent grid's people are picked by their name as well: the
   * scene knows where it wrote them */
  if (self->style.view == SP_RENDER_VIEW_TALENT_GRID)
    {
      double k, ox, oy;
      gint node;

      if (!scene_map (self, &k, &ox, &oy) || k <= 0)
        return -1;
      node = sp_scene_hit_test (self->scene, (x - ox) / k, (y - oy) / k);
      return node >= 0 && node_is_visible (self, node) ? node : -1;
    }
  for (guint i = 0, n = sp_network_n_nodes (self->network); i < n; i++)
    {
      double vx, vy, r, d, reach;

      if (!node_is_visible (self, i) || !node_view (self, i, &vx, &vy, &r))
        continue;
      reach = MAX (8.0, r + 3);
      d = (vx - x) * (vx - x) + (vy - y) * (vy - y);
      if (d <= reach * reach && d < best)
        {
          best = d;
          found = i;
        }
    }
  return found;
}

gint
sp_canvas_pick (SpCanvas *self,
                double    x,
                double    y)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), -1);
  return hit_test (self, x, y);
}

static void
set_hovered (SpCanvas *self,
             gint      node)
{
  if (self->hovered == node)
    return;
  self->hovered = node;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED]);
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           SpCanvas                 *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  if (self->drag_node < 0 && !self->drag_panning)
    set_hovered (self, hit_test (self, x, y));
}

static void
leave_cb (GtkEventControllerMotion *motion,
          SpCanvas                 *self)
{
  self->pointer_inside = FALSE;
  set_hovered (self, -1);
}

static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           SpCanvas                 *self)
{
  GdkScrollUnit unit = gtk_event_controller_scroll_get_unit (scroll);
  double steps = unit == GDK_SCROLL_UNIT_WHEEL ? dy : dy / 20.0;

  if (dy == 0 || is_fixed_view (self))
    return FALSE;
  sp_canvas_zoom_at (self, pow (1.2, -steps), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SpCanvas       *self)
{
  gint node = hit_test (self, x, y);

  self->drag_moved = FALSE;
  self->drag_panning = FALSE;
  self->drag_node = node;
  self->drag_start_pan_x = self->pan_x;
  self->drag_start_pan_y = self->pan_y;
  if (node >= 0)
    {
      double r = 4;

      self->drag_node_x = self->network->x[node];
      self->drag_node_y = self->network->y[node];
      sp_scene_node_position (self->scene, node, NULL, NULL, &r);
      self->drag_radius = r;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SpCanvas       *self)
{
  if ((!self->drag_moved && hypot (dx, dy) < DRAG_THRESHOLD) || is_fixed_view (self))
    return;

  if (self->drag_node >= 0)
    {
      Fit fit;
      double sx, sy, vx, vy, lx, ly;

      if (!compute_fit (self, &fit))
        return;
      if (!self->drag_moved)
        {
          self->drag_moved = TRUE;
          /* The scene is drawn again without the node, which the overlay
           * then draws where it is dragged. */
          schedule_render (self, 0);
        }
      gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
      layout_to_view (&fit, self->drag_node_x, self->drag_node_y, &vx, &vy);
      view_to_layout (&fit, vx + dx, vy + dy, &lx, &ly);
      self->network->x[self->drag_node] = lx;
      self->network->y[self->drag_node] = ly;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    {
      self->drag_moved = TRUE;
      self->drag_panning = TRUE;
      frame_cancel (self);
      set_hovered (self, -1);
      self->pan_x = self->drag_start_pan_x + dx;
      self->pan_y = self->drag_start_pan_y + dy;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SpCanvas       *self)
{
  gint node = self->drag_node;
  gboolean moved = self->drag_moved;

  self->drag_node = -1;
  self->drag_moved = FALSE;
  self->drag_panning = FALSE;

  if (!moved)
    {
      sp_canvas_set_selected (self, node);
      if (node >= 0 && gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_PRIMARY)
        g_signal_emit (self, signals[NODE_ACTIVATED], 0, node);
      return;
    }

  if (node >= 0)
    {
      self->generation++;
      g_signal_emit (self, signals[NODE_MOVED], 0, node, self->drag_node_x, self->drag_node_y);
    }
  schedule_render (self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               SpCanvas         *self)
{
  self->pinch_zoom = self->zoom;
  gtk_gesture_get_bounding_box_center (gesture, &self->pinch_x, &self->pinch_y);
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       SpCanvas       *self)
{
  double target = CLAMP (self->pinch_zoom * scale, MIN_ZOOM, MAX_ZOOM);

  sp_canvas_zoom_at (self, target / self->zoom, self->pinch_x, self->pinch_y);
}

/* The department map's group under the pointer: its name, people and
 * E-I index, read from the scene shown. */
static gboolean
groups_map_tooltip (SpCanvas   *self,
                    int         x,
                    int         y,
                    GtkTooltip *tooltip)
{
  double k, ox, oy;
  const char *group;

  if (!scene_map (self, &k, &ox, &oy) || k <= 0 ||
      (group = sp_scene_groups_map_group_at (self->scene, (x - ox) / k, (y - oy) / k)) == NULL)
    return FALSE;
  for (guint g = 0, n = sp_scene_groups_map_n_groups (self->scene); g < n; g++)
    {
      const char *name;
      guint size;
      double ei;
      g_autofree char *escaped = NULL;
      g_autofree char *people = NULL;
      g_autofree char *markup = NULL;

      if (!sp_scene_groups_map_group (self->scene, g, &name, &size, &ei, NULL, NULL, NULL, NULL) ||
          name != group)
        continue;
      escaped = g_markup_escape_text (name, -1);
      people = g_strdup_printf (ngettext ("%u person", "%u people", size), size);
      if (isnan (ei))
        markup = g_strdup_printf ("<b>%s</b>\n%s", escaped, people);
      else
        markup = g_strdup_printf ("<b>%s</b>\n%s\n%s %s%.2f", escaped, people, _("E-I index"),
                                  ei < 0 ? "−" : "+", fabs (ei));
      gtk_tooltip_set_markup (tooltip, markup);
      return TRUE;
    }
  return FALSE;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  SpCanvas   *self)
{
  const SpNode *node;
  g_autoptr (GString) text = NULL;
  g_autofree char *escaped = NULL;

  if (self->style.view == SP_RENDER_VIEW_GROUPS)
    return groups_map_tooltip (self, x, y, tooltip);
  if (!node_is_visible (self, self->hovered) || self->drag_node >= 0)
    return FALSE;

  node = sp_network_node (self->network, self->hovered);
  escaped = g_markup_escape_text (sp_network_node_label (self->network, self->hovered), -1);
  text = g_string_new (NULL);
  g_string_append_printf (text, "<b>%s</b>", escaped);
  if (node->kind == SP_NODE_CLIENT)
    g_string_append_printf (text, "\n%s", _("Client"));
  if (node->role != NULL)
    {
      g_autofree char *role = g_markup_escape_text (node->role, -1);
      g_string_append_printf (text, "\n%s", role);
    }
  if (node->department != NULL)
    {
      g_autofree char *dept = g_markup_escape_text (node->department, -1);
      g_string_append_printf (text, "\n%s", dept);
    }
  gtk_tooltip_set_markup (tooltip, text->str);
  return TRUE;
}

/* ---- public API -------------------------------------------------------- */

static void
set_transform (SpCanvas *self,
               double    zoom,
               double    pan_x,
               double    pan_y)
{
  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (is_fixed_view (self))
    zoom = 1, pan_x = pan_y = 0;
  if (zoom == self->zoom && pan_x == self->pan_x && pan_y == self->pan_y)
    return;
  self->zoom = zoom;
  self->pan_x = pan_x;
  self->pan_y = pan_y;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
sp_canvas_set_transform (SpCanvas *self,
                         double    zoom,
                         double    pan_x,
                         double    pan_y)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  /* whoever sets the view now (the user, undo, a slide) has the last word */
  frame_cancel (self);
  set_transform (self, zoom, pan_x, pan_y);
}

/* ---- framing: going to a person, fitting what is shown ------------------ */

static void
anim_stop (SpCanvas *self)
{
  if (self->anim_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->anim_tick);
  self->anim_tick = 0;
  g_clear_pointer (&self->anim_scene, sp_scene_unref);
}

static void
frame_cancel (SpCanvas *self)
{
  self->frame_kind = FRAME_NONE;
  anim_stop (self);
}

/* The zoom and pan at @t (0 … 1) of the way: the zoom geometrically and
 * the point in the middle along a straight line, eased. */
static void
anim_apply (SpCanvas *self,
            double    t)
{
  double e = t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
  double zoom = self->anim_from_zoom * pow (self->anim_to_zoom / self->anim_from_zoom, e);
  double x = self->anim_from_x + (self->anim_to_x - self->anim_from_x) * e;
  double y = self->anim_from_y + (self->anim_to_y - self->anim_from_y) * e;
  double pan_x, pan_y;

  if (sp_scene_frame_box (self->anim_scene, x, y, x, y, 0, zoom, zoom, &zoom, &pan_x, &pan_y))
    set_transform (self, zoom, pan_x, pan_y);
}

static gboolean
anim_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  SpCanvas *self = SP_CANVAS (widget);
  double t = (double) (gdk_frame_clock_get_frame_time (clock) - self->anim_start) / FRAME_ANIMATION_US;

  if (self->anim_start == 0)
    {
      self->anim_start = gdk_frame_clock_get_frame_time (clock);
      t = 0;
    }
  anim_apply (self, CLAMP (t, 0, 1));
  if (t < 1)
    return G_SOURCE_CONTINUE;
  self->anim_tick = 0;
  g_clear_pointer (&self->anim_scene, sp_scene_unref);
  return G_SOURCE_REMOVE;
}

/* Moves the view to @zoom and (@pan_x, @pan_y), computed on @scene:
 * animated when the canvas is shown and animations are wanted. */
static void
frame_move_to (SpCanvas *self,
               SpScene  *scene,
               double    zoom,
               double    pan_x,
               double    pan_y)
{
  gboolean animate = FALSE;

  anim_stop (self);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);
  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self))
      && sp_scene_plot_centre_at (scene, self->zoom, self->pan_x, self->pan_y,
                                  &self->anim_from_x, &self->anim_from_y)
      && sp_scene_plot_centre_at (scene, zoom, pan_x, pan_y, &self->anim_to_x, &self->anim_to_y))
    {
      self->anim_from_zoom = self->zoom;
      self->anim_to_zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
      self->anim_scene = sp_scene_ref (scene);
      self->anim_start = 0;
      self->anim_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), anim_tick_cb, NULL, NULL);
      return;
    }
  set_transform (self, zoom, pan_x, pan_y);
}

/* The zoom between which the framed person is readable: neighbours
 * PERSON_SPACING apart at least (never less than the whole drawing),
 * @max_spacing at most. */
static void
readable_zooms (SpScene *scene,
                double   max_spacing,
                double  *lo,
                double  *hi)
{
  double read = sp_scene_zoom_for_spacing (scene, PERSON_SPACING);
  double most = sp_scene_zoom_for_spacing (scene, max_spacing);

  if (read <= 0 || most <= 0)
    read = 4, most = 12;
  *hi = CLAMP (most, 1, MAX_ZOOM);
  *lo = CLAMP (read, 1, *hi);
}

static gboolean
frame_person (SpCanvas *self,
              SpScene  *scene,
              double   *zoom,
              double   *pan_x,
              double   *pan_y)
{
  guint node = self->frame_node;
  double x, y, dx = 0, dy = 0, lo, hi;

  if (node >= sp_network_n_nodes (self->network))
    return FALSE;
  x = self->network->x[node];
  y = self->network->y[node];
  /* the person in the middle, their direct contacts around them */
  for (guint t = 0; t < sp_network_n_ties (self->network); t++)
    {
      const SpTie *tie = sp_network_tie (self->network, t);
      guint other;

      if (tie->source != node && tie->target != node)
        continue;
      other = tie->source == node ? tie->target : tie->source;
      if (!node_is_visible (self, other)
          || (self->tie_type_visible != NULL && !self->tie_type_visible[tie->type]))
        continue;
      dx = MAX (dx, fabs (self->network->x[other] - x));
      dy = MAX (dy, fabs (self->network->y[other] - y));
    }
  readable_zooms (scene, PERSON_MAX_SPACING, &lo, &hi);
  if (!sp_scene_frame_box (scene, x - dx, y - dy, x + dx, y + dy, FRAME_MARGIN,
                           lo, hi, zoom, pan_x, pan_y))
    return FALSE;
  /* in the middle of the canvas, not of the plot beside the legend's
   * column: that is where one looks for them */
  {
    double px, py, pw, ph;

    if (sp_scene_get_plot (scene, &px, &py, &pw, &ph))
      {
        *pan_x += gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 - (px + pw / 2);
        *pan_y += gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 - (py + ph / 2);
      }
  }
  return TRUE;
}

static gboolean
frame_visible (SpCanvas *self,
               SpScene  *scene,
               double   *zoom,
               double   *pan_x,
               double   *pan_y)
{
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY, lo, hi;

  for (guint i = 0; i < sp_network_n_nodes (self->network); i++)
    if (node_is_visible (self, i))
      {
        x0 = MIN (x0, self->network->x[i]);
        x1 = MAX (x1, self->network->x[i]);
        y0 = MIN (y0, self->network->y[i]);
        y1 = MAX (y1, self->network->y[i]);
      }
  if (self->node_visible == NULL || !isfinite (x0))
    {
      /* everybody (or nobody): the whole drawing */
      *zoom = 1;
      *pan_x = *pan_y = 0;
      return TRUE;
    }
  readable_zooms (scene, EGO_MAX_SPACING, &lo, &hi);
  return sp_scene_frame_box (scene, x0, y0, x1, y1, FRAME_MARGIN, 1, hi, zoom, pan_x, pan_y);
}

/* Shows the frame asked for once a scene of the canvas's present size is
 * there (the frame depends on it), and once more for each new size soon
 * after. */
static void
frame_try_show (SpCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom, pan_x, pan_y;
  gboolean ok;

  if (self->frame_kind == FRAME_NONE || self->network == NULL)
    return;
  if (self->frame_width > 0 && g_get_monotonic_time () - self->frame_shown > FRAME_KEEP_US)
    {
      self->frame_kind = FRAME_NONE;
      return;
    }
  if (self->scene == NULL || self->tex_width != w || self->tex_height != h
      || (self->frame_width == w && self->frame_height == h))
    return;

  if (self->frame_kind == FRAME_PERSON)
    ok = frame_person (self, self->scene, &zoom, &pan_x, &pan_y);
  else
    ok = frame_visible (self, self->scene, &zoom, &pan_x, &pan_y);
  if (!ok)
    {
      /* a view without the layout (the tables): nothing to frame */
      self->frame_kind = FRAME_NONE;
      return;
    }
  if (self->frame_width == 0)
    self->frame_shown = g_get_monotonic_time ();
  self->frame_width = w;
  self->frame_height = h;
  frame_move_to (self, self->scene, zoom, pan_x, pan_y);
}

static void
frame_request (SpCanvas  *self,
               FrameKind  kind,
               guint      node)
{
  frame_cancel (self);
  if (self->network == NULL || is_fixed_view (self))
    return;
  self->frame_kind = kind;
  self->frame_node = node;
  self->frame_width = self->frame_height = 0;
  frame_try_show (self);
  /* no scene of this size yet: the next one brings it */
  schedule_render (self, 0);
}

void
sp_canvas_go_to_person (SpCanvas *self,
                        guint     node)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail (self->network == NULL || node < sp_network_n_nodes (self->network));

  frame_request (self, FRAME_PERSON, node);
}

void
sp_canvas_fit_visible (SpCanvas *self)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  frame_request (self, FRAME_VISIBLE, 0);
}

double
sp_canvas_get_zoom (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), 1.0);
  return self->zoom;
}

void
sp_canvas_get_pan (SpCanvas *self,
                   double   *pan_x,
                   double   *pan_y)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  *pan_x = self->pan_x;
  *pan_y = self->pan_y;
}

void
sp_canvas_zoom_at (SpCanvas *self,
                   double    factor,
                   double    x,
                   double    y)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom = CLAMP (self->zoom * factor, MIN_ZOOM, MAX_ZOOM);
  double k = zoom / self->zoom;

  g_return_if_fail (SP_IS_CANVAS (self));

  /* Keep the point under (x, y) where it is. */
  sp_canvas_set_transform (self, zoom,
                           x - w / 2 - k * (x - self->pan_x - w / 2),
                           y - h / 2 - k * (y - self->pan_y - h / 2));
}

void
sp_canvas_zoom_by (SpCanvas *self,
                   double    factor)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->pointer_inside)
    sp_canvas_zoom_at (self, factor, self->pointer_x, self->pointer_y);
  else
    sp_canvas_zoom_at (self, factor,
                       gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                       gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
sp_canvas_pan_by (SpCanvas *self,
                  double    dx,
                  double    dy)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  sp_canvas_set_transform (self, self->zoom, self->pan_x + dx, self->pan_y + dy);
}

void
sp_canvas_fit (SpCanvas *self)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  sp_canvas_set_transform (self, 1.0, 0, 0);
}

void
sp_canvas_center_on (SpCanvas *self,
                     guint     node)
{
  double x, y;

  g_return_if_fail (SP_IS_CANVAS (self));

  if (!sp_canvas_node_position (self, node, &x, &y))
    return;
  sp_canvas_pan_by (self,
                    gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 - x,
                    gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 - y);
}

gint
sp_canvas_get_selected (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), -1);
  return self->selected;
}

void
sp_canvas_set_selected (SpCanvas *self,
                        gint      node)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->network == NULL || node >= (gint) sp_network_n_nodes (self->network))
    node = -1;
  if (self->selected == node)
    return;
  self->selected = node;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->style.view == SP_RENDER_VIEW_CLIENTS)
    sp_canvas_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gint
sp_canvas_get_hovered (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), -1);
  return self->hovered;
}

void
sp_canvas_set_marked (SpCanvas *self,
                      GArray   *nodes)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  g_clear_pointer (&self->marked, g_array_unref);
  self->marked = nodes;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sp_canvas_invalidate (SpCanvas *self)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  self->generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  schedule_render (self, 0);
  g_signal_emit (self, signals[SCENE_CHANGED], 0);
}

void
sp_canvas_set_measures (SpCanvas   *self,
                        SpMeasures *measures)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail (measures == NULL || self->network == NULL
                    || sp_measures_get_network (measures) == self->network);

  if (self->measures == measures)
    return;
  g_clear_pointer (&self->measures, sp_measures_unref);
  self->measures = measures != NULL ? sp_measures_ref (measures) : NULL;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_ghosts (SpCanvas *self,
                      GArray   *ghosted)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail (ghosted == NULL || self->network == NULL
                    || ghosted->len == sp_network_n_nodes (self->network));

  g_clear_pointer (&self->ghosted, g_array_unref);
  self->ghosted = ghosted;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_moves (SpCanvas  *self,
                     GPtrArray *moved)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail (moved == NULL || self->network == NULL
                    || moved->len == sp_network_n_nodes (self->network));

  g_clear_pointer (&self->moved, g_ptr_array_unref);
  self->moved = moved;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_tie_changes (SpCanvas *self,
                           GArray   *gained,
                           GArray   *lost)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  g_clear_pointer (&self->ties_gained, g_array_unref);
  g_clear_pointer (&self->ties_lost, g_array_unref);
  self->ties_gained = gained;
  self->ties_lost = lost;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_outlines (SpCanvas *self,
                        GStrv     groups,
                        GArray   *colors,
                        GStrv     labels)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail ((groups == NULL) == (colors == NULL));
  g_return_if_fail (groups == NULL || g_strv_length (groups) == colors->len);

  g_strfreev (self->outline_groups);
  g_strfreev (self->outline_labels);
  g_clear_pointer (&self->outline_colors, g_array_unref);
  self->outline_groups = groups;
  self->outline_colors = colors;
  self->outline_labels = labels;
  sp_canvas_invalidate (self);
}

/* Whether the network view leaves the legend's column free (the window's
 * legend card covers it while expanded). */
void
sp_canvas_set_legend_space (SpCanvas *self,
                            gboolean  legend_space)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->legend_space == !!legend_space)
    return;
  self->legend_space = !!legend_space;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_caption (SpCanvas   *self,
                       const char *caption)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  /* only for the exports and the legend: the canvas shows it in a panel */
  g_free (self->caption);
  self->caption = g_strdup (caption);
}

void
sp_canvas_set_network (SpCanvas  *self,
                       SpNetwork *network)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->network == network)
    return;
  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_pointer (&self->node_visible, g_free);
  g_clear_pointer (&self->tie_type_visible, g_free);
  g_clear_pointer (&self->marked, g_array_unref);
  g_clear_pointer (&self->ghosted, g_array_unref);
  g_clear_pointer (&self->moved, g_ptr_array_unref);
  g_clear_pointer (&self->ties_gained, g_array_unref);
  g_clear_pointer (&self->ties_lost, g_array_unref);
  g_clear_pointer (&self->outline_colors, g_array_unref);
  g_clear_pointer (&self->outline_groups, g_strfreev);
  g_clear_pointer (&self->outline_labels, g_strfreev);
  g_clear_pointer (&self->caption, g_free);
  g_clear_pointer (&self->highlight, g_array_unref);
  g_clear_pointer (&self->highlight_name, g_free);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_clear_pointer (&self->scene, sp_scene_unref);
  g_clear_pointer (&self->measures, sp_measures_unref);
  for (guint v = 0; v < G_N_ELEMENTS (self->view_zoom); v++)
    {
      self->view_zoom[v] = 1;
      self->view_pan_x[v] = self->view_pan_y[v] = 0;
    }
  g_clear_object (&self->texture);
  frame_cancel (self);
  if (network != NULL)
    self->network = sp_network_ref (network);
  self->selected = -1;
  self->hovered = -1;
  self->drag_node = -1;
  self->zoom = 1;
  self->pan_x = self->pan_y = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  sp_canvas_invalidate (self);
}

SpNetwork *
sp_canvas_get_network (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->network;
}

void
sp_canvas_set_style (SpCanvas              *self,
                     const SpRenderOptions *options)
{
  g_return_if_fail (SP_IS_CANVAS (self));
  g_return_if_fail (options != NULL);

  if (options->view != self->style.view && options->view < G_N_ELEMENTS (self->view_zoom))
    {
      /* each view keeps its own zoom and pan */
      self->view_zoom[self->style.view] = self->zoom;
      self->view_pan_x[self->style.view] = self->pan_x;
      self->view_pan_y[self->style.view] = self->pan_y;
      self->style.view = options->view;
      sp_canvas_set_transform (self, self->view_zoom[options->view],
                               self->view_pan_x[options->view], self->view_pan_y[options->view]);
      g_clear_object (&self->texture);
    }
  self->style = *options;
  self->style.highlight = NULL;
  self->style.metrics = NULL;
  self->style.measures = NULL;   /* the canvas's own */
  self->style.x = self->style.y = NULL;
  g_free (self->color_by);
  self->color_by = g_strdup (options->color_by);
  g_free (self->size_by);
  self->size_by = g_strdup (options->size_by);
  g_free (self->group_by);
  self->group_by = g_strdup (options->group_by);
  g_free (self->title);
  self->title = g_strdup (options->title);
  g_free (self->subtitle);
  self->subtitle = g_strdup (options->subtitle);
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_visibility (SpCanvas *self,
                          gboolean *node_visible,
                          gboolean *tie_type_visible)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  g_free (self->node_visible);
  self->node_visible = node_visible;
  g_free (self->tie_type_visible);
  self->tie_type_visible = tie_type_visible;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_metrics (SpCanvas  *self,
                       SpMetrics *metrics)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  if (self->metrics == metrics)
    return;
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  self->metrics = metrics ? sp_metrics_ref (metrics) : NULL;
  sp_canvas_invalidate (self);
}

void
sp_canvas_set_highlight (SpCanvas   *self,
                         GArray     *nodes,
                         const char *name)
{
  g_return_if_fail (SP_IS_CANVAS (self));

  g_clear_pointer (&self->highlight, g_array_unref);
  self->highlight = nodes;
  g_free (self->highlight_name);
  self->highlight_name = g_strdup (name);
  sp_canvas_invalidate (self);
}

const GArray *
sp_canvas_get_highlight (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->highlight;
}

const gboolean *
sp_canvas_get_node_visibility (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->node_visible;
}

GArray *
sp_canvas_get_frame_times (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), NULL);
  return self->frame_times;
}

gint64
sp_canvas_get_scene_build_time (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), 0);
  return self->scene_build_time;
}

gint64
sp_canvas_get_scene_time (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), 0);
  return self->scene_time;
}

guint
sp_canvas_get_scene_count (SpCanvas *self)
{
  g_return_val_if_fail (SP_IS_CANVAS (self), 0);
  return self->scene_count;
}

/* ---- GObject ----------------------------------------------------------- */

static void
sp_canvas_dispose (GObject *object)
{
  SpCanvas *self = SP_CANVAS (object);

  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_object (&self->texture);
  frame_cancel (self);
  sp_canvas_set_overlays (self, NULL, NULL);

  G_OBJECT_CLASS (sp_canvas_parent_class)->dispose (object);
}

static void
sp_canvas_finalize (GObject *object)
{
  SpCanvas *self = SP_CANVAS (object);

  g_clear_pointer (&self->network, sp_network_unref);
  g_free (self->color_by);
  g_free (self->size_by);
  g_free (self->group_by);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->node_visible);
  g_free (self->tie_type_visible);
  g_clear_pointer (&self->marked, g_array_unref);
  g_clear_pointer (&self->ghosted, g_array_unref);
  g_clear_pointer (&self->moved, g_ptr_array_unref);
  g_clear_pointer (&self->ties_gained, g_array_unref);
  g_clear_pointer (&self->ties_lost, g_array_unref);
  g_clear_pointer (&self->outline_colors, g_array_unref);
  g_strfreev (self->outline_groups);
  g_strfreev (self->outline_labels);
  g_free (self->caption);
  g_clear_pointer (&self->highlight, g_array_unref);
  g_free (self->highlight_name);
  g_clear_pointer (&self->scene, sp_scene_unref);
  g_clear_pointer (&self->measures, sp_measures_unref);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_clear_pointer (&self->frame_times, g_array_unref);

  G_OBJECT_CLASS (sp_canvas_parent_class)->finalize (object);
}

static void
sp_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SpCanvas *self = SP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_int (value, self->selected);
      break;
    case PROP_HOVERED:
      g_value_set_int (value, self->hovered);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SpCanvas *self = SP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      sp_canvas_set_selected (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      sp_canvas_set_transform (self, g_value_get_double (value), self->pan_x, self->pan_y);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sp_canvas_class_init (SpCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_canvas_dispose;
  object_class->finalize = sp_canvas_finalize;
  object_class->get_property = sp_canvas_get_property;
  object_class->set_property = sp_canvas_set_property;

  widget_class->snapshot = sp_canvas_snapshot;
  widget_class->size_allocate = sp_canvas_size_allocate;

  properties[PROP_SELECTED] =
    g_param_spec_int ("selected", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOVERED] =
    g_param_spec_int ("hovered", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A node was dragged from (old_x, old_y), in layout coordinates. */
  signals[NODE_MOVED] =
    g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_DOUBLE, G_TYPE_DOUBLE);
  /* A node was clicked. */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /* What is drawn changed (data, style, overlays or size): the legend
   * follows. */
  signals[SCENE_CHANGED] =
    g_signal_new ("scene-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "spcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sp_canvas_init (SpCanvas *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->zoom = 1.0;
  self->selected = -1;
  self->hovered = -1;
  self->drag_node = -1;
  self->tex_hidden = -1;
  self->frame_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  sp_render_options_init (&self->style, 1, 1);
  for (guint v = 0; v < G_N_ELEMENTS (self->view_zoom); v++)
    self->view_zoom[v] = 1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
}

GtkWidget *
sp_canvas_new (void)
{
  return g_object_new (SP_TYPE_CANVAS, NULL);
}
