/* bench-canvas.c — frame times of the network canvas while panning and
 * zooming, at 5,000 people / 25,000 ties and 20,000 / 100,000.
 *
 * Reports the median and 95th percentile of (a) the time the canvas
 * spends building a frame (snapshot) and (b) the interval between frames
 * as the frame clock sees it, and the time the worker takes to draw the
 * whole scene (what a canvas without the cache would pay per frame) and,
 * of that, to build the scene (data: positions, colours, ties, labels).
 * Then the same with the constraint ring and department hulls on, which
 * need measures: the canvas computes them once, not on every scene, and
 * the bench says how many it computed while panning and zooming.
 */
#include "config.h"
#include "sp-task.h"

#include <math.h>
#include <adwaita.h>

#include "sp-application.h"
#include "sp-canvas.h"

typedef struct {
  SpCanvas *canvas;
  guint     frames;
  guint     limit;
  gint64    last;
  GArray   *intervals;
  gboolean  zoom;
} Run;

static SpNetwork *
make_network (guint n,
              guint m)
{
  SpNetwork *net = sp_network_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);
  guint side = (guint) ceil (sqrt (n));
  SpAttribute *dept = NULL;
  const char *departments[] = { "Sales", "Engineering", "Finance", "HR", "Operations", "Legal", "Marketing", "Support" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      SpNode *node;

      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
      node = sp_network_node (net, i);
      node->name = sp_network_intern (net, name);
      node->department = sp_network_intern (net, departments[(i / side) * 8 / side % 8]);
    }
  (void) dept;
  sp_network_ensure_positions (net);
  for (guint i = 0; i < n; i++)
    {
      net->x[i] = (i % side) * 20 + g_rand_double_range (rand, -8, 8);
      net->y[i] = (i / side) * 20 + g_rand_double_range (rand, -8, 8);
    }
  net->has_layout = TRUE;

  /* mostly local ties, as a force-directed layout would place them */
  for (guint t = 0; t < m; t++)
    {
      guint a = g_rand_int_range (rand, 0, n);
      gint b;

      if (g_rand_double (rand) < 0.1)
        b = g_rand_int_range (rand, 0, n);
      else
        b = (gint) a + g_rand_int_range (rand, -3, 4) * (gint) side + g_rand_int_range (rand, -3, 4);
      if (b < 0 || (guint) b >= n || (guint) b == a)
        b = (a + 1) % n;
      sp_network_add_tie (net, a, b, 0, 1);
    }
  sp_network_set_title (net, "bench");
  return net;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Run *run = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (run->last != 0)
    {
      gint64 d = now - run->last;
      g_array_append_val (run->intervals, d);
    }
  run->last = now;

  if (run->zoom)
    sp_canvas_zoom_at (run->canvas, run->frames < run->limit / 2 ? 1.02 : 1 / 1.02, 800, 500);
  else
    sp_canvas_pan_by (run->canvas, run->frames < run->limit / 2 ? 6 : -6, 3);
  run->frames++;
  return run->frames < run->limit ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static int
cmp_int64 (gconstpointer a,
           gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *values,
        guint       from)
{
  g_autoptr (GArray) v = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = from; i < values->len; i++)
    g_array_append_val (v, g_array_index (values, gint64, i));
  if (v->len == 0)
    return;
  g_array_sort (v, cmp_int64);
  g_print ("  %-28s median %7.2f ms   p95 %7.2f ms   (%u frames)\n", what,
           g_array_index (v, gint64, v->len / 2) / 1000.0,
           g_array_index (v, gint64, MIN (v->len - 1, v->len * 95 / 100)) / 1000.0, v->len);
}

static void
wait_scene (SpCanvas *canvas)
{
  while (sp_canvas_is_rendering (canvas) || sp_canvas_get_scene_count (canvas) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
measure (guint    n,
         guint    m,
         gboolean overlays)
{
  g_autoptr (SpNetwork) net = make_network (n, m);
  GtkWidget *window = gtk_window_new ();
  SpCanvas *canvas = SP_CANVAS (sp_canvas_new ());
  Run run = { canvas, 0, 180, 0, NULL, FALSE };
  guint from, computed;

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (canvas));
  gtk_window_present (GTK_WINDOW (window));
  sp_canvas_set_network (canvas, net);
  if (overlays)
    {
      SpRenderOptions style;

      sp_render_options_init (&style, 1, 1);
      style.indicator = SP_RING_CONSTRAINT;
      style.hulls = TRUE;
      sp_canvas_set_style (canvas, &style);
    }
  wait_scene (canvas);
  computed = sp_measures_n_computed (sp_canvas_get_measures (canvas));

  g_print ("%u people, %u ties%s (canvas %d×%d, scale %d)\n", n, m,
           overlays ? ", constraint ring and hulls" : "",
           gtk_widget_get_width (GTK_WIDGET (canvas)), gtk_widget_get_height (GTK_WIDGET (canvas)),
           gtk_widget_get_scale_factor (GTK_WIDGET (canvas)));
  g_print ("  %-28s %7.2f ms (worker thread, off the UI thread)\n", "full scene render",
           sp_canvas_get_scene_time (canvas) / 1000.0);
  g_print ("  %-28s %7.2f ms (of that; the first computes the measures)\n", "scene build",
           sp_canvas_get_scene_build_time (canvas) / 1000.0);

  for (int pass = 0; pass < 2; pass++)
    {
      run.frames = 0;
      run.last = 0;
      run.zoom = pass == 1;
      run.intervals = g_array_new (FALSE, FALSE, sizeof (gint64));
      from = sp_canvas_get_frame_times (canvas)->len;
      gtk_widget_add_tick_callback (GTK_WIDGET (canvas), tick_cb, &run, NULL);
      while (run.frames < run.limit)
        g_main_context_iteration (NULL, TRUE);
      g_print (" %s:\n", pass == 0 ? "panning" : "zooming");
      report ("frame build (snapshot)", sp_canvas_get_frame_times (canvas), from);
      report ("frame interval", run.intervals, 0);
      g_array_unref (run.intervals);
      wait_scene (canvas);
      g_print ("  %-28s %7.2f ms, %u scenes drawn so far\n", "last scene render",
               sp_canvas_get_scene_time (canvas) / 1000.0, sp_canvas_get_scene_count (canvas));
      g_print ("  %-28s %7.2f ms\n", "last scene build",
               sp_canvas_get_scene_build_time (canvas) / 1000.0);
    }
  g_print ("  %-28s %u\n", "measures computed meanwhile",
           sp_measures_n_computed (sp_canvas_get_measures (canvas)) - computed);

  gtk_window_destroy (GTK_WINDOW (window));
  /* no worker may still be drawing when the process exits */
  g_assert_true (sp_task_wait_idle (10000));
}

int
main (int    argc,
      char **argv)
{
  gtk_init ();
  adw_init ();
  sp_application_init_resources ();

  measure (5000, 25000, FALSE);
  measure (20000, 100000, FALSE);
  measure (5000, 25000, TRUE);
  measure (20000, 100000, TRUE);
  return 0;
}
