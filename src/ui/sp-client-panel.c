/* sp-client-panel.c — the client panel: clients, who serves whom, selection */
#define G_LOG_DOMAIN "sp-client-panel"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sp-client-panel.h"
#include "sp-text.h"
#include "sp-client-metrics.h"
#include "sp-palette.h"

#define SHARED_MIN_DEPARTMENTS 3
#define CELL 20.0          /* heat table cell, px */
#define HEADER_HEIGHT 64.0 /* rotated client ids */

struct _SpClientPanel {
  GtkWidget        parent_instance;

  /* owned */
  GtkWidget       *scroller;
  GtkWidget       *summary;
  GtkWidget       *list;
  GtkWidget       *matrix;
  GtkWidget       *matrix_title;

  SpNetwork       *network;
  SpClientMetrics *cm;          /* borrowed from measures */
  SpMeasures      *measures;    /* what cm comes from */
  SpMeasures      *next;        /* for the next sp_client_panel_set_network */
  GArray          *order;       /* client ordinals, in list order */
  double           label_width; /* of the heat table's department column */
  gint             selected;    /* network node, or -1 */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (SpClientPanel, sp_client_panel, GTK_TYPE_WIDGET)

enum {
  CLIENT_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* held by one person first, then the most departments, then by name */
static int
compare_clients (const void *a,
                 const void *b,
                 void       *data)
{
  SpClientPanel *self = data;
  const SpClientStats *x = sp_client_metrics_client (self->cm, *(const guint *) a);
  const SpClientStats *y = sp_client_metrics_client (self->cm, *(const guint *) b);

  if (x->single_point_of_contact != y->single_point_of_contact)
    return x->single_point_of_contact ? -1 : 1;
  if (x->n_departments != y->n_departments)
    return x->n_departments > y->n_departments ? -1 : 1;
  /* "Client 13" before "Client 124" */
  return sp_text_compare_natural (sp_network_node_label (self->network, x->node),
                                  sp_network_node_label (self->network, y->node));
}

static GtkWidget *
client_row (SpClientPanel       *self,
            const SpClientStats *s)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (sp_network_node_label (self->network, s->node));
  g_autoptr (GString) detail = g_string_new (NULL);
  GtkWidget *sub, *flag = NULL;

  g_string_printf (detail, g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", s->n_contacts),
                   s->n_contacts);
  for (guint d = 0; d < s->n_departments; d++)
    {
      g_string_append (detail, d == 0 ? " · " : ", ");
      g_string_append (detail, s->departments[d]);
    }
  sub = gtk_label_new (detail->str);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), name);
  gtk_box_append (GTK_BOX (text), sub);
  gtk_box_append (GTK_BOX (box), text);

  if (s->single_point_of_contact)
    {
      flag = gtk_label_new (_("one person"));
      gtk_widget_add_css_class (flag, "error");
      gtk_widget_add_css_class (name, "heading");
      gtk_widget_set_tooltip_text (flag, _("Held by one person: if they leave, the relation goes with them"));
    }
  else if (s->n_departments >= SHARED_MIN_DEPARTMENTS)
    {
      flag = gtk_label_new (_("shared"));
      gtk_widget_add_css_class (flag, "accent");
      gtk_widget_add_css_class (name, "heading");
      gtk_widget_set_tooltip_text (flag, _("Served by three or more departments"));
    }
  else if (s->n_contacts == 0)
    {
      flag = gtk_label_new (_("no contact"));
      gtk_widget_add_css_class (flag, "dim-label");
    }
  if (flag != NULL)
    {
      gtk_widget_add_css_class (flag, "caption-heading");
      gtk_widget_set_valign (flag, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), flag);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 SpClientPanel *self)
{
  gint node = -1;

  if (self->updating)
    return;
  if (row != NULL)
    {
      guint c = g_array_index (self->order, guint, gtk_list_box_row_get_index (row));

      node = (gint) sp_client_metrics_client (self->cm, c)->node;
    }
  if (node == self->selected)
    return;
  self->selected = node;
  gtk_widget_queue_draw (self->matrix);
  g_signal_emit (self, signals[CLIENT_SELECTED], 0, node);
}

/* ---- the heat table: departments × clients ---- */

static void
foreground (GtkWidget *widget,
            GdkRGBA   *rgba)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
draw_matrix (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  SpClientPanel *self = data;
  GPtrArray *depts;
  GdkRGBA fg;
  guint max = 1;

  if (self->cm == NULL || self->order->len == 0)
    return;
  depts = sp_client_metrics_departments (self->cm);
  foreground (GTK_WIDGET (area), &fg);

  for (guint r = 0; r < depts->len; r++)
    for (guint k = 0; k < self->order->len; k++)
      max = MAX (max, sp_client_metrics_department_contacts (self->cm, g_ptr_array_index (depts, r),
                                                             g_array_index (self->order, guint, k)));

  /* client ids, rotated, over their columns */
  for (guint k = 0; k < self->order->len; k++)
    {
      const SpClientStats *s = sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k));
      const char *id = sp_network_node (self->network, s->node)->id;
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), id);
      double x = self->label_width + k * CELL + CELL / 2;

      cairo_save (cr);
      cairo_move_to (cr, x - 6, HEADER_HEIGHT - 4);
      cairo_rotate (cr, -G_PI / 3);
      if (s->single_point_of_contact)
        cairo_set_source_rgb (cr, 0.78, 0.06, 0.18);
      else
        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      g_object_unref (layout);
    }

  for (guint r = 0; r < depts->len; r++)
    {
      const char *dept = g_ptr_array_index (depts, r);
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), dept);
      SpColor dc = sp_palette_category (r);
      double y = HEADER_HEIGHT + r * CELL;
      PangoRectangle logical;

      /* the department, with its colour as everywhere */
      cairo_arc (cr, 6, y + CELL / 2, 4, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, dc.r, dc.g, dc.b);
      cairo_fill (cr);
      pango_layout_set_width (layout, (int) ((self->label_width - 18) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      cairo_move_to (cr, 14, y + (CELL - logical.height) / 2);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);

      for (guint k = 0; k < self->order->len; k++)
        {
          guint n = sp_client_metrics_department_contacts (self->cm, dept, g_array_index (self->order, guint, k));
          double x = self->label_width + k * CELL;

          cairo_rectangle (cr, x + 1, y + 1, CELL - 2, CELL - 2);
          if (n > 0)
            {
              SpColor c = sp_palette_sequential (0.25 + 0.75 * (double) n / max);
              g_autofree char *text = g_strdup_printf ("%u", n);
              PangoLayout *number = gtk_widget_create_pango_layout (GTK_WIDGET (area), text);
              PangoRectangle ink;
              double light = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;

              cairo_set_source_rgb (cr, c.r, c.g, c.b);
              cairo_fill (cr);
              /* the number itself, dark on the light end of the scale */
              pango_layout_get_pixel_extents (number, &ink, NULL);
              cairo_move_to (cr, x + (CELL - ink.width) / 2 - ink.x, y + (CELL - ink.height) / 2 - ink.y);
              if (light > 0.45)
                cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
              else
                cairo_set_source_rgb (cr, 1, 1, 1);
              pango_cairo_show_layout (cr, number);
              g_object_unref (number);
            }
          else
            {
              cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.06);
              cairo_fill (cr);
            }
        }
    }

  /* the selected client's column */
  for (guint k = 0; k < self->order->len; k++)
    if ((gint) sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k))->node == self->selected)
      {
        cairo_rectangle (cr, self->label_width + k * CELL + 0.5, HEADER_HEIGHT - 2,
                         CELL - 1, depts->len * CELL + 3);
        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
        cairo_set_line_width (cr, 1.5);
        cairo_stroke (cr);
      }
}

static gint
matrix_column_at (SpClientPanel *self,
                  double         x)
{
  gint k = (gint) floor ((x - self->label_width) / CELL);

  if (x < self->label_width || k < 0 || (guint) k >= self->order->len)
    return -1;
  return k;
}

static void
matrix_pressed_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   SpClientPanel   *self)
{
  gint k = matrix_column_at (self, x);
  GtkListBoxRow *row;

  if (k < 0)
    return;
  /* through the list, so that both show the same selection */
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), k);
  if (row != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
}

static gboolean
matrix_tooltip_cb (GtkWidget     *widget,
                   int            x,
                   int            y,
                   gboolean       keyboard,
                   GtkTooltip    *tooltip,
                   SpClientPanel *self)
{
  gint k = matrix_column_at (self, x);
  gint r = (gint) floor ((y - HEADER_HEIGHT) / CELL);
  GPtrArray *depts;
  const SpClientStats *s;
  const char *dept;
  guint n;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  if (self->cm == NULL || k < 0 || r < 0)
    return FALSE;
  depts = sp_client_metrics_departments (self->cm);
  if ((guint) r >= depts->len)
    return FALSE;
  dept = g_ptr_array_index (depts, r);
  s = sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k));
  n = sp_client_metrics_department_contacts (self->cm, dept, g_array_index (self->order, guint, k));
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", n), n);
  /* TRANSLATORS: heat table tooltip: "Sales → Waddenwind Offshore: 1 contact" */
  text = g_strdup_printf (_("%s → %s: %s"), dept, sp_network_node_label (self->network, s->node), count);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- public ---- */

void
sp_client_panel_set_measures (SpClientPanel *self,
                              SpMeasures    *measures)
{
  g_return_if_fail (SP_IS_CLIENT_PANEL (self));

  /* taken by the next set_network: the rows still read cm until then */
  if (measures != NULL)
    sp_measures_ref (measures);
  g_clear_pointer (&self->next, sp_measures_unref);
  self->next = measures;
}

void
sp_client_panel_set_network (SpClientPanel  *self,
                             SpNetwork      *network,
                             const gboolean *tie_type_mask,
                             const gboolean *removed)
{
  GtkWidget *child;
  guint n_single = 0, n_shared = 0;
  g_autofree char *summary = NULL;

  g_return_if_fail (SP_IS_CLIENT_PANEL (self));

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  self->cm = NULL;
  g_clear_pointer (&self->network, sp_network_unref);
  g_array_set_size (self->order, 0);

  if (network != NULL)
    {
      GPtrArray *depts;
      PangoLayout *layout;

      self->network = sp_network_ref (network);
      if (self->next != NULL && sp_measures_get_network (self->next) == network)
        {
          g_clear_pointer (&self->measures, sp_measures_unref);
          self->measures = g_steal_pointer (&self->next);
        }
      else if (self->measures == NULL || sp_measures_get_network (self->measures) != network)
        {
          g_clear_pointer (&self->measures, sp_measures_unref);
          self->measures = sp_measures_new_frozen (network);
        }
      self->cm = sp_measures_clients (self->measures, tie_type_mask, removed);
      for (guint c = 0; c < sp_client_metrics_n_clients (self->cm); c++)
        {
          const SpClientStats *s = sp_client_metrics_client (self->cm, c);

          g_array_append_val (self->order, c);
          n_single += s->single_point_of_contact;
          n_shared += s->n_departments >= SHARED_MIN_DEPARTMENTS;
        }
      g_qsort_with_data (self->order->data, self->order->len, sizeof (guint), compare_clients, self);
      for (guint k = 0; k < self->order->len; k++)
        gtk_list_box_append (GTK_LIST_BOX (self->list),
                             client_row (self, sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k))));

      /* the heat table's size */
      depts = sp_client_metrics_departments (self->cm);
      self->label_width = 60;
      for (guint r = 0; r < depts->len; r++)
        {
          PangoRectangle logical;

          layout = gtk_widget_create_pango_layout (self->matrix, g_ptr_array_index (depts, r));
          pango_layout_get_pixel_extents (layout, NULL, &logical);
          self->label_width = MAX (self->label_width, MIN (logical.width + 24, 160));
          g_object_unref (layout);
        }
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->matrix),
                                          (int) ceil (self->label_width + self->order->len * CELL + 4));
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->matrix),
                                           (int) ceil (HEADER_HEIGHT + depts->len * CELL + 4));
    }

  if (self->order->len == 0)
    summary = g_strdup (_("No clients in this data set"));
  else
    {
      g_autofree char *clients = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u client", "%u clients",
                                                               self->order->len), self->order->len);
      g_autofree char *single = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u held by one person",
                                                              "%u held by one person", n_single), n_single);
      g_autofree char *shared = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u shared by three or more departments",
                                                              "%u shared by three or more departments",
                                                              n_shared), n_shared);

      summary = g_strdup_printf ("%s · %s · %s", clients, single, shared);
    }
  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  gtk_widget_set_visible (self->list, self->order->len > 0);
  gtk_widget_set_visible (self->matrix, self->order->len > 0);
  gtk_widget_set_visible (self->matrix_title, self->order->len > 0);
  self->updating = FALSE;

  sp_client_panel_select (self, self->selected);
  gtk_widget_queue_draw (self->matrix);
}

void
sp_client_panel_select (SpClientPanel *self,
                        gint           node)
{
  GtkListBoxRow *row = NULL;

  g_return_if_fail (SP_IS_CLIENT_PANEL (self));

  self->selected = -1;
  for (guint k = 0; self->cm != NULL && k < self->order->len; k++)
    if ((gint) sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k))->node == node)
      {
        row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), k);
        self->selected = node;
      }
  self->updating = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  else
    gtk_list_box_unselect_all (GTK_LIST_BOX (self->list));
  self->updating = FALSE;
  gtk_widget_queue_draw (self->matrix);
}

gint
sp_client_panel_get_selected (SpClientPanel *self)
{
  g_return_val_if_fail (SP_IS_CLIENT_PANEL (self), -1);
  return self->selected;
}

GArray *
sp_client_panel_get_order (SpClientPanel *self)
{
  GArray *nodes = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (SP_IS_CLIENT_PANEL (self), nodes);
  for (guint k = 0; self->cm != NULL && k < self->order->len; k++)
    {
      guint node = sp_client_metrics_client (self->cm, g_array_index (self->order, guint, k))->node;

      g_array_append_val (nodes, node);
    }
  return nodes;
}

const char *
sp_client_panel_get_summary (SpClientPanel *self)
{
  g_return_val_if_fail (SP_IS_CLIENT_PANEL (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->summary));
}

GtkWidget *
sp_client_panel_new (void)
{
  return g_object_new (SP_TYPE_CLIENT_PANEL, NULL);
}

static void
sp_client_panel_dispose (GObject *object)
{
  SpClientPanel *self = SP_CLIENT_PANEL (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  self->cm = NULL;
  g_clear_pointer (&self->measures, sp_measures_unref);
  g_clear_pointer (&self->next, sp_measures_unref);
  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_pointer (&self->order, g_array_unref);
  G_OBJECT_CLASS (sp_client_panel_parent_class)->dispose (object);
}

static void
sp_client_panel_class_init (SpClientPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_client_panel_dispose;

  /* (node): the user picked a client (its network node), or -1 for none */
  signals[CLIENT_SELECTED] =
    g_signal_new ("client-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "spclientpanel");
}

static void
sp_client_panel_init (SpClientPanel *self)
{
  GtkWidget *box, *title, *hscroll;
  GtkGesture *click;

  self->selected = -1;
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), box);

  title = gtk_label_new (_("Clients"));
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  self->summary = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->summary, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_box_append (GTK_BOX (box), self->summary);

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_SINGLE);
  g_signal_connect (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_box_append (GTK_BOX (box), self->list);

  self->matrix_title = gtk_label_new (_("Who serves whom: contacts per department"));
  gtk_widget_add_css_class (self->matrix_title, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->matrix_title), 0);
  gtk_widget_set_margin_top (self->matrix_title, 12);
  gtk_box_append (GTK_BOX (box), self->matrix_title);

  self->matrix = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->matrix), draw_matrix, self, NULL);
  gtk_widget_set_has_tooltip (self->matrix, TRUE);
  g_signal_connect (self->matrix, "query-tooltip", G_CALLBACK (matrix_tooltip_cb), self);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (matrix_pressed_cb), self);
  gtk_widget_add_controller (self->matrix, GTK_EVENT_CONTROLLER (click));
  hscroll = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (hscroll), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (hscroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (hscroll), self->matrix);
  gtk_box_append (GTK_BOX (box), hscroll);

  sp_client_panel_set_network (self, NULL, NULL, NULL);
}
