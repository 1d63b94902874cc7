/* sp-insight-panel.c — the "Talent & openness" panel */
#define G_LOG_DOMAIN "sp-insight-panel"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sp-insight-panel.h"
#include "sp-group-metrics.h"
#include "sp-render.h"
#include "sp-task.h"

#define BANDWIDTH_SETTLE_MS 300

static const char *const scale_names[] = { "auto", "sequential", "diverging" };
static const char *const ring_names[] = { "none", "constraint", "effective-size", "clustering", "ei-index" };

struct _SpInsightPanel {
  GtkWidget     parent_instance;

  /* owned widgets */
  GtkWidget    *scroller;
  GtkWidget    *color_row;
  GtkWidget    *scale_row;
  GtkWidget    *ring_row;
  GtkWidget    *heatmap_row;
  GtkWidget    *heatmap_switch;
  GtkWidget    *bandwidth_row;
  GtkWidget    *bandwidth_scale;
  GtkWidget    *hulls_switch;
  GtkWidget    *summary_box;
  GtkWidget    *summary_spinner;
  GtkWidget    *lists_group;
  GtkWidget    *list_rows[SP_INSIGHT_N_KINDS];
  GtkWidget    *list_buttons[SP_INSIGHT_N_KINDS];
  GPtrArray    *list_children[SP_INSIGHT_N_KINDS];  /* rows added to each expander */

  /* owned data */
  SpNetwork    *network;
  GPtrArray    *color_names;     /* char *: "" for departments, then attributes and measures */
  SpMetrics    *metrics;
  SpInsights   *insights;    /* borrowed from measures */
  SpMeasures   *measures;
  GCancellable *cancellable;
  guint         bandwidth_source;
  double        bandwidth_max;
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (SpInsightPanel, sp_insight_panel, GTK_TYPE_WIDGET)

enum {
  INSIGHTS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- helpers ------------------------------------------------------------ */

static void
activate (SpInsightPanel *self,
          const char     *action,
          GVariant       *param)
{
  GVariant *sunk = g_variant_ref_sink (param);

  if (!self->updating)
    gtk_widget_activate_action_variant (GTK_WIDGET (self), action, sunk);
  g_variant_unref (sunk);
}

static guint
index_of (const char *const *names,
          guint              n,
          const char        *name,
          guint              fallback)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return fallback;
}

/* "performance" reads "Performance" */
static char *
attribute_label (const char *name)
{
  g_autofree char *first = g_utf8_strup (name, g_utf8_next_char (name) - name);

  return g_strconcat (first, g_utf8_next_char (name), NULL);
}

/* ---- controls ----------------------------------------------------------- */

static void
color_selected_cb (SpInsightPanel *self)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->color_row));

  if (i < self->color_names->len)
    activate (self, "win.color-by", g_variant_new_string (g_ptr_array_index (self->color_names, i)));
}

static void
scale_selected_cb (SpInsightPanel *self)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->scale_row));

  if (i < G_N_ELEMENTS (scale_names))
    activate (self, "win.color-scale", g_variant_new_string (scale_names[i]));
}

static void
ring_selected_cb (SpInsightPanel *self)
{
  guint i = adw_combo_row_get_selected (ADW_COMBO_ROW (self->ring_row));

  if (i < G_N_ELEMENTS (ring_names))
    activate (self, "win.indicator", g_variant_new_string (ring_names[i]));
}

static void
heatmap_active_cb (SpInsightPanel *self)
{
  activate (self, "win.heatmap", g_variant_new_boolean (gtk_switch_get_active (GTK_SWITCH (self->heatmap_switch))));
}

static void
hulls_active_cb (SpInsightPanel *self)
{
  activate (self, "win.hulls", g_variant_new_boolean (gtk_switch_get_active (GTK_SWITCH (self->hulls_switch))));
}

static gboolean
bandwidth_settled (gpointer user_data)
{
  SpInsightPanel *self = user_data;
  double v = gtk_range_get_value (GTK_RANGE (self->bandwidth_scale));

  self->bandwidth_source = 0;
  /* the first step of the slider is "automatic" */
  activate (self, "win.heatmap-bandwidth", g_variant_new_double (v < self->bandwidth_max * 0.02 ? 0 : v));
  return G_SOURCE_REMOVE;
}

static void
bandwidth_changed_cb (SpInsightPanel *self)
{
  double v = gtk_range_get_value (GTK_RANGE (self->bandwidth_scale));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->bandwidth_row),
                               v < self->bandwidth_max * 0.02 ? _("Automatic") : _("Wider spreads each score further"));
  if (self->updating)
    return;
  /* one undo step per gesture, not per pixel */
  g_clear_handle_id (&self->bandwidth_source, g_source_remove);
  self->bandwidth_source = g_timeout_add (BANDWIDTH_SETTLE_MS, bandwidth_settled, self);
}

static void
highlight_toggled_cb (GtkToggleButton *button,
                      SpInsightPanel  *self)
{
  SpInsightKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));

  activate (self, "win.highlight",
            g_variant_new_string (gtk_toggle_button_get_active (button) ? sp_insight_kind_name (kind) : ""));
}

static void
person_activated_cb (AdwActionRow   *row,
                     SpInsightPanel *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "id");

  if (id != NULL)
    activate (self, "win.select", g_variant_new_string (id));
}

/* ---- the summary and the lists ------------------------------------------ */

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static const char *
list_description (SpInsightKind kind)
{
  switch (kind)
    {
    case SP_INSIGHT_HIDDEN_TALENT:
      return _("High talent, at the edge of the network: easily overlooked");
    case SP_INSIGHT_KEY_BROKERS:
      return _("Many paths run through them; their contacts do not know each other");
    case SP_INSIGHT_OVERLOADED:
      return _("Many go to them, and they return few of those ties");
    case SP_INSIGHT_AT_RISK_CONNECTORS:
      return _("Central, but with low engagement");
    case SP_INSIGHT_N_KINDS:
    default:
      return "";
    }
}

static void
show_insights (SpInsightPanel *self)
{
  clear_box (self->summary_box);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    {
      AdwExpanderRow *expander = ADW_EXPANDER_ROW (self->list_rows[k]);
      GArray *people = self->insights ? self->insights->people[k] : NULL;
      g_autofree char *subtitle = NULL;

      for (guint i = 0; i < self->list_children[k]->len; i++)
        adw_expander_row_remove (expander, g_ptr_array_index (self->list_children[k], i));
      g_ptr_array_set_size (self->list_children[k], 0);

      if (people == NULL)
        {
          adw_expander_row_set_subtitle (expander, list_description (k));
          gtk_widget_set_sensitive (self->list_buttons[k], FALSE);
          continue;
        }

      {
        g_autofree char *count = people->len == 0 ? g_strdup (_("Nobody"))
                                                  : g_strdup_printf (ngettext ("%u person", "%u people", people->len),
                                                                     people->len);

        subtitle = g_strdup_printf ("%s · %s", count, list_description (k));
      }
      if (self->insights->unavailable[k] != NULL)
        {
          /* not "Nobody": the list cannot be made here, and it says why */
          g_free (subtitle);
          subtitle = g_strdup_printf ("%s · %s", list_description (k), self->insights->unavailable[k]);
        }
      adw_expander_row_set_subtitle (expander, subtitle);
      gtk_widget_set_sensitive (self->list_buttons[k], people->len > 0);
      adw_expander_row_set_enable_expansion (expander, people->len > 0);

      /* a board's list: the first ten by the rule's measure, then how
       * many more and the rule; the highlight button shows them all */
      for (guint i = 0; i < sp_insights_n_shown (self->insights, k); i++)
        {
          guint node = g_array_index (people, guint, i);
          const SpNode *n = sp_network_node (self->network, node);
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sp_network_node_label (self->network, node));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          {
            g_autofree char *numbers = sp_insights_numbers (self->insights, k, node);
            g_autofree char *line = numbers == NULL || n->department == NULL ? NULL
                                    : g_strdup_printf ("%s · %s", n->department, numbers);

            /* the numbers behind the place on the list, where the list has its own */
            if (line != NULL || numbers != NULL || n->department != NULL)
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                           line != NULL ? line : numbers != NULL ? numbers : n->department);
            adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
          }
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_widget_set_tooltip_text (row, _("Select on the canvas"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_object_set_data_full (G_OBJECT (row), "id", g_strdup (n->id), g_free);
          g_signal_connect (row, "activated", G_CALLBACK (person_activated_cb), self);
          adw_expander_row_add_row (expander, row);
          g_ptr_array_add (self->list_children[k], row);
        }
      if (people->len > sp_insights_n_shown (self->insights, k))
        {
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *more = sp_insights_more (people->len - sp_insights_n_shown (self->insights, k));

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Highlight shows them all on the canvas"));
          gtk_widget_add_css_class (row, "dim-label");
          adw_expander_row_add_row (expander, row);
          g_ptr_array_add (self->list_children[k], row);
        }
      if (people->len > 0)
        {
          g_autofree char *rule = sp_insights_rule (self->insights, k);
          GtkWidget *label = gtk_label_new (rule);
          /* a row of our own, so that adw_expander_row_remove() finds it */
          GtkWidget *row = gtk_list_box_row_new ();

          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_set_margin_start (label, 12);
          gtk_widget_set_margin_end (label, 12);
          gtk_widget_set_margin_top (label, 6);
          gtk_widget_set_margin_bottom (label, 6);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
          adw_expander_row_add_row (expander, row);
          g_ptr_array_add (self->list_children[k], row);
        }
    }

  gtk_widget_set_visible (self->summary_spinner, self->insights == NULL && self->network != NULL);
  if (self->insights == NULL)
    return;
  for (guint i = 0; i < self->insights->summary->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (self->insights->summary, i));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, i == 0 ? "heading" : "body");
      gtk_box_append (GTK_BOX (self->summary_box), label);
    }
}

typedef struct {
  SpNetwork  *network;
  SpMeasures *measures;
  SpMetrics  *metrics;
  gboolean   *tie_mask;
} Analysis;

static void
analysis_free (Analysis *a)
{
  g_clear_pointer (&a->network, sp_network_unref);
  g_clear_pointer (&a->measures, sp_measures_unref);
  g_clear_pointer (&a->metrics, sp_metrics_unref);
  g_free (a->tie_mask);
  g_free (a);
}

static void
analysis_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Analysis *a = task_data;

  /* borrowed from the cache, which the panel then holds */
  g_task_return_pointer (task, sp_measures_insights (a->measures, a->tie_mask, NULL, a->metrics), NULL);
}

static void
analysis_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  SpInsightPanel *self = SP_INSIGHT_PANEL (object);
  Analysis *a = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  SpInsights *insights = g_task_propagate_pointer (G_TASK (result), &error);
  SP_TASK_DONE (result);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result)))
      || a->metrics != self->metrics || a->network != self->network || a->measures != self->measures)
    return;
  g_clear_object (&self->cancellable);
  if (insights == NULL && error != NULL)
    g_warning ("%s", error->message);
  self->insights = insights;
  show_insights (self);
  g_signal_emit (self, signals[INSIGHTS_CHANGED], 0);
}

/* ---- public API ---------------------------------------------------------- */

static void
add_color_choice (SpInsightPanel *self,
                  GtkStringList  *model,
                  const char     *name,
                  const char     *label)
{
  g_ptr_array_add (self->color_names, g_strdup (name));
  gtk_string_list_append (model, label);
}

void
sp_insight_panel_set_network (SpInsightPanel *self,
                              SpNetwork      *network)
{
  g_autoptr (GtkStringList) model = gtk_string_list_new (NULL);
  double sx = 0, sy = 0, sxx = 0, syy = 0;
  guint m = 0;

  g_return_if_fail (SP_IS_INSIGHT_PANEL (self));

  if (network != self->network)
    {
      g_clear_pointer (&self->network, sp_network_unref);
      self->network = network ? sp_network_ref (network) : NULL;
      sp_insight_panel_set_analysis (self, NULL, NULL, NULL);
    }

  self->updating = TRUE;
  g_ptr_array_set_size (self->color_names, 0);
  add_color_choice (self, model, "", _("Department"));
  for (guint i = 0; network != NULL && i < network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (network->attributes, i);
      g_autofree char *label = NULL;

      /* a scale, or the nodes' own colours (GEXF's "viz colour") */
      if (attr->type != SP_ATTR_NUMERIC && sp_render_own_color_attribute (network, attr->name) == NULL)
        continue;
      label = attribute_label (attr->name);
      add_color_choice (self, model, attr->name, label);
    }
  for (guint c = 0; network != NULL && c < sp_metrics_n_columns (); c++)
    {
      const char *name = sp_metrics_column_name (c);

      /* communities are groups, not a scale; an attribute of the same name comes first */
      if (c == SP_METRIC_COMMUNITY || sp_network_find_attribute (network, name) != NULL)
        continue;
      /* on undirected data these repeat the degree or are empty */
      if (!network->directed
          && (c == SP_METRIC_IN_DEGREE || c == SP_METRIC_OUT_DEGREE || c == SP_METRIC_RECIPROCITY))
        continue;
      add_color_choice (self, model, name, sp_metrics_column_label (c));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self->color_row), G_LIST_MODEL (model));

  /* the bandwidth slider spans up to the people's spread on the layout */
  for (guint i = 0; network != NULL && network->has_layout && i < sp_network_n_nodes (network); i++)
    if (sp_network_node (network, i)->kind == SP_NODE_PERSON)
      {
        sx += network->x[i];
        sy += network->y[i];
        sxx += network->x[i] * network->x[i];
        syy += network->y[i] * network->y[i];
        m++;
      }
  self->bandwidth_max = m > 1 ? (sqrt (MAX (sxx / m - (sx / m) * (sx / m), 0))
                                 + sqrt (MAX (syy / m - (sy / m) * (sy / m), 0))) / 2
                              : 100;
  if (self->bandwidth_max <= 0)
    self->bandwidth_max = 100;
  gtk_range_set_range (GTK_RANGE (self->bandwidth_scale), 0, self->bandwidth_max);
  gtk_range_set_increments (GTK_RANGE (self->bandwidth_scale), self->bandwidth_max / 50, self->bandwidth_max / 10);
  self->updating = FALSE;
  show_insights (self);
}

void
sp_insight_panel_set_analysis (SpInsightPanel *self,
                               SpMeasures     *measures,
                               SpMetrics      *metrics,
                               const gboolean *tie_type_mask)
{
  g_autoptr (GTask) task = NULL;
  Analysis *a;

  g_return_if_fail (SP_IS_INSIGHT_PANEL (self));

  if (metrics == self->metrics && (metrics != NULL || self->insights == NULL)
      && (measures == NULL || measures == self->measures))
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  self->insights = NULL;
  g_clear_pointer (&self->measures, sp_measures_unref);
  if (measures != NULL)
    self->measures = sp_measures_ref (measures);
  else if (self->network != NULL)
    self->measures = sp_measures_new_frozen (self->network);
  self->metrics = metrics ? sp_metrics_ref (metrics) : NULL;
  show_insights (self);
  g_signal_emit (self, signals[INSIGHTS_CHANGED], 0);
  if (metrics == NULL || self->network == NULL)
    return;

  a = g_new0 (Analysis, 1);
  a->network = sp_network_ref (self->network);
  a->measures = sp_measures_ref (self->measures);
  a->metrics = sp_metrics_ref (metrics);
  if (tie_type_mask != NULL)
    a->tie_mask = g_memdup2 (tie_type_mask, sizeof (gboolean) * MAX (self->network->tie_types->len, 1));
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, analysis_done, NULL);
  g_task_set_source_tag (task, sp_insight_panel_set_analysis);
  g_task_set_task_data (task, a, (GDestroyNotify) analysis_free);
  sp_task_run_in_thread (task, analysis_thread);
}

SpInsights *
sp_insight_panel_get_insights (SpInsightPanel *self)
{
  g_return_val_if_fail (SP_IS_INSIGHT_PANEL (self), NULL);
  return self->insights;
}

gboolean
sp_insight_panel_is_busy (SpInsightPanel *self)
{
  g_return_val_if_fail (SP_IS_INSIGHT_PANEL (self), FALSE);
  return self->cancellable != NULL;
}

void
sp_insight_panel_sync (SpInsightPanel    *self,
                       const SpViewState *view)
{
  guint color;
  gboolean score;

  g_return_if_fail (SP_IS_INSIGHT_PANEL (self));
  g_return_if_fail (view != NULL);

  self->updating = TRUE;
  color = index_of ((const char *const *) self->color_names->pdata, self->color_names->len,
                    view->color_by ? view->color_by : "", 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->color_row), color);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->scale_row),
                              CLAMP (view->color_scale, 0, (int) G_N_ELEMENTS (scale_names) - 1));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->ring_row),
                              index_of (ring_names, G_N_ELEMENTS (ring_names),
                                        view->indicator ? view->indicator : "none", 0));
  gtk_switch_set_active (GTK_SWITCH (self->heatmap_switch), view->heatmap);
  gtk_switch_set_active (GTK_SWITCH (self->hulls_switch), view->hulls);
  if (self->bandwidth_source == 0)
    gtk_range_set_value (GTK_RANGE (self->bandwidth_scale), view->heatmap_bandwidth);
  bandwidth_changed_cb (self);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->list_buttons[k]),
                                  g_strcmp0 (view->highlight, sp_insight_kind_name (k)) == 0);

  /* a scale and a heatmap need a score to colour by (the nodes' own
   * colours are none) */
  score = view->color_by != NULL &&
          (self->network == NULL || sp_render_own_color_attribute (self->network, view->color_by) == NULL);
  gtk_widget_set_sensitive (self->scale_row, score);
  gtk_widget_set_sensitive (self->heatmap_row, score);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->heatmap_row),
                               score ? _("Where high and low scores gather on the map")
                                     : _("Colour by a score to show where it gathers"));
  gtk_widget_set_sensitive (self->bandwidth_row, score && view->heatmap);
  self->updating = FALSE;
}

GtkWidget *
sp_insight_panel_get_control (SpInsightPanel *self,
                              const char     *name)
{
  SpInsightKind kind;

  g_return_val_if_fail (SP_IS_INSIGHT_PANEL (self), NULL);

  if (g_str_equal (name, "color-by"))
    return self->color_row;
  if (g_str_equal (name, "color-scale"))
    return self->scale_row;
  if (g_str_equal (name, "indicator"))
    return self->ring_row;
  if (g_str_equal (name, "heatmap"))
    return self->heatmap_switch;
  if (g_str_equal (name, "bandwidth"))
    return self->bandwidth_scale;
  if (g_str_equal (name, "hulls"))
    return self->hulls_switch;
  if (g_str_equal (name, "summary"))
    return self->summary_box;
  if (sp_insight_kind_from_string (name, &kind))
    return self->list_buttons[kind];
  return NULL;
}

GtkWidget *
sp_insight_panel_new (void)
{
  return g_object_new (SP_TYPE_INSIGHT_PANEL, NULL);
}

/* ---- GObject -------------------------------------------------------------- */

static void
sp_insight_panel_dispose (GObject *object)
{
  SpInsightPanel *self = SP_INSIGHT_PANEL (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->bandwidth_source, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  self->insights = NULL;
  g_clear_pointer (&self->measures, sp_measures_unref);
  g_clear_pointer (&self->metrics, sp_metrics_unref);
  g_clear_pointer (&self->network, sp_network_unref);
  g_clear_pointer (&self->color_names, g_ptr_array_unref);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    g_clear_pointer (&self->list_children[k], g_ptr_array_unref);

  G_OBJECT_CLASS (sp_insight_panel_parent_class)->dispose (object);
}

static void
sp_insight_panel_class_init (SpInsightPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_insight_panel_dispose;

  /* The summary and the lists were computed anew (or cleared). */
  signals[INSIGHTS_CHANGED] =
    g_signal_new ("insights-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "spinsightpanel");
}

static GtkWidget *
combo_row (const char        *title,
           const char        *subtitle,
           const char *const *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr (GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* the choice under the title, where it has the row's width ("Burt's
   * constraint" was cut to "Const…" beside a description); the
   * description is the row's tooltip */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), TRUE);
  if (subtitle != NULL)
    gtk_widget_set_tooltip_text (row, subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return row;
}

static GtkWidget *
switch_row (const char  *title,
            const char  *subtitle,
            GtkWidget  **out_switch)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  *out_switch = sw;
  return row;
}

static void
sp_insight_panel_init (SpInsightPanel *self)
{
  const char *scale_labels[] = { _("Automatic"), _("Sequential"), _("Diverging"), NULL };
  const char *ring_labels[] = { _("None"), _("Constraint (closed)"), _("Effective size (open)"),
                                _("Clustering (closed)"), _("E-I index (open)"), NULL };
  GtkWidget *box, *title, *group, *hulls_row;

  self->color_names = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    self->list_children[k] = g_ptr_array_new ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), box);

  title = gtk_label_new (_("Talent & Openness"));
  gtk_widget_add_css_class (title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  /* what the organisation looks like, in words */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Open or Closed"));
  self->summary_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->summary_box);
  self->summary_spinner = gtk_spinner_new ();
  gtk_spinner_set_spinning (GTK_SPINNER (self->summary_spinner), TRUE);
  gtk_widget_set_halign (self->summary_spinner, GTK_ALIGN_START);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->summary_spinner);
  gtk_box_append (GTK_BOX (box), group);

  /* the named lists */
  self->lists_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->lists_group), _("People to Talk About"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->lists_group),
                                         _("Highlight a list on the map; pick a person to select them."));
  for (guint k = 0; k < SP_INSIGHT_N_KINDS; k++)
    {
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *button = gtk_toggle_button_new_with_label (_("Highlight"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sp_insight_kind_label (k));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), list_description (k));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Point at these people on the map"));
      g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (k));
      g_signal_connect (button, "toggled", G_CALLBACK (highlight_toggled_cb), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->lists_group), row);
      self->list_rows[k] = row;
      self->list_buttons[k] = button;
    }
  gtk_box_append (GTK_BOX (box), self->lists_group);

  /* the encodings */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Colour and Rings"));
  self->color_row = combo_row (_("Colour by"), NULL, NULL);
  g_signal_connect_swapped (self->color_row, "notify::selected", G_CALLBACK (color_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->color_row);
  self->scale_row = combo_row (_("Colour scale"), _("Diverging centres on the middle score"), scale_labels);
  g_signal_connect_swapped (self->scale_row, "notify::selected", G_CALLBACK (scale_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->scale_row);
  self->ring_row = combo_row (_("Ring"), _("Open or closed network around each person"), ring_labels);
  g_signal_connect_swapped (self->ring_row, "notify::selected", G_CALLBACK (ring_selected_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->ring_row);
  gtk_box_append (GTK_BOX (box), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Underlay"));
  self->heatmap_row = switch_row (_("Density heatmap"), "", &self->heatmap_switch);
  g_signal_connect_swapped (self->heatmap_switch, "notify::active", G_CALLBACK (heatmap_active_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->heatmap_row);

  self->bandwidth_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->bandwidth_row), _("Spread"));
  self->bandwidth_scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 1);
  gtk_scale_set_draw_value (GTK_SCALE (self->bandwidth_scale), FALSE);
  gtk_scale_add_mark (GTK_SCALE (self->bandwidth_scale), 0, GTK_POS_BOTTOM, _("Auto"));
  gtk_widget_set_size_request (self->bandwidth_scale, 120, -1);
  gtk_widget_set_valign (self->bandwidth_scale, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->bandwidth_scale, "value-changed", G_CALLBACK (bandwidth_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->bandwidth_row), self->bandwidth_scale);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->bandwidth_row);

  hulls_row = switch_row (_("Department hulls"), _("Orange for closed silos, blue for open boundaries (E-I index)"),
                          &self->hulls_switch);
  g_signal_connect_swapped (self->hulls_switch, "notify::active", G_CALLBACK (hulls_active_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hulls_row);
  gtk_box_append (GTK_BOX (box), group);

  sp_insight_panel_set_network (self, NULL);
}
