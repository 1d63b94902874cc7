/* sp-strategy-panel.c — what the strategy asks, and whether the network fits */
#define G_LOG_DOMAIN "sp-strategy-panel"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sp-strategy-panel.h"
#include "sp-whatif-panel.h"

/* the dropdown's items: "as default" (or "none"), the profiles, and
 * "custom" while a file's ranges apply */
enum { ITEM_DEFAULT, ITEM_FIRST_PROFILE, ITEM_CUSTOM = 4 };

struct _SpStrategyPanel {
  GtkWidget  parent_instance;

  /* owned */
  GtkWidget *scroller;
  GtkWidget *spinner;
  GtkWidget *compare_group;
  GtkWidget *compare_text;
  GtkWidget *compare_grid;   /* departments before → after */
  GString   *compare_table;
  GtkWidget *profiles_group;
  GtkWidget *default_row;
  GtkWidget *error_label;
  GtkWidget *fit_group;
  GtkWidget *fit_empty;
  GPtrArray *department_rows;  /* AdwComboRow *, in the order of the departments */
  GPtrArray *fit_rows;         /* AdwActionRow * */
  GString   *fit_text;
  gboolean   syncing;
};

G_DEFINE_FINAL_TYPE (SpStrategyPanel, sp_strategy_panel, GTK_TYPE_WIDGET)

enum { PROFILE_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

guint32
sp_strategy_panel_verdict_color (SpFitVerdict verdict)
{
  /* GNOME palette: green 4, yellow 5, red 3 */
  switch (verdict)
    {
    case SP_FIT_FITS:
      return 0x2ec27e;
    case SP_FIT_NEAR:
      return 0xe5a50a;
    case SP_FIT_MISFIT:
      return 0xe01b24;
    case SP_FIT_NOT_SET:
    default:
      return 0x9a9996;
    }
}

static const char *
short_profile_label (const char *profile)
{
  if (g_strcmp0 (profile, "exploration") == 0)
    return _("Exploration");
  if (g_strcmp0 (profile, "execution") == 0)
    return _("Execution");
  if (g_strcmp0 (profile, "client-intimacy") == 0)
    return _("Client intimacy");
  if (g_strcmp0 (profile, "custom") == 0)
    return _("Custom targets");
  return NULL;
}

static GtkStringList *
profile_model (gboolean department)
{
  const char *const *profiles = sp_strategy_profiles ();
  GtkStringList *list = gtk_string_list_new (NULL);

  /* Translators: a department's profile follows the organisation's default */
  gtk_string_list_append (list, department ? _("As default") : _("None"));
  for (guint i = 0; profiles[i] != NULL; i++)
    gtk_string_list_append (list, short_profile_label (profiles[i]));
  return list;
}

static guint
item_of_profile (const char *profile)
{
  const char *const *profiles = sp_strategy_profiles ();

  if (g_strcmp0 (profile, "custom") == 0)
    return ITEM_CUSTOM;
  for (guint i = 0; profiles[i] != NULL; i++)
    if (g_strcmp0 (profiles[i], profile) == 0)
      return ITEM_FIRST_PROFILE + i;
  return ITEM_DEFAULT;
}

/* Shows @profile in @row, adding or removing the "custom" item. */
static void
set_row_profile (GtkWidget  *row,
                 const char *profile)
{
  GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint item = item_of_profile (profile);

  if (item == ITEM_CUSTOM && n == ITEM_CUSTOM)
    gtk_string_list_append (list, _("Custom targets"));
  else if (item != ITEM_CUSTOM && n > ITEM_CUSTOM)
    gtk_string_list_remove (list, ITEM_CUSTOM);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), item);
}

static void
row_selected_cb (GtkWidget       *row,
                 GParamSpec      *pspec,
                 SpStrategyPanel *self)
{
  const char *department = g_object_get_data (G_OBJECT (row), "department");
  guint item = adw_combo_row_get_selected (ADW_COMBO_ROW (row));
  const char *profile = NULL;

  if (self->syncing || item == ITEM_CUSTOM || item == GTK_INVALID_LIST_POSITION)
    return;
  if (item >= ITEM_FIRST_PROFILE)
    profile = sp_strategy_profiles ()[item - ITEM_FIRST_PROFILE];
  g_signal_emit (self, signals[PROFILE_CHOSEN], 0, department, profile);
}

static GtkWidget *
combo_row_new (SpStrategyPanel *self,
               const char      *department)
{
  g_autoptr (GtkStringList) model = profile_model (department != NULL);
  GtkWidget *row = adw_combo_row_new ();

  /* department names are text, not markup ("R&D") */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_object_set_data_full (G_OBJECT (row), "department", g_strdup (department), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (row_selected_cb), self);
  return row;
}

static gboolean
same_departments (SpStrategyPanel *self,
                  GPtrArray       *departments)
{
  if (departments == NULL || departments->len != self->department_rows->len)
    return FALSE;
  for (guint i = 0; i < departments->len; i++)
    if (g_strcmp0 (g_object_get_data (g_ptr_array_index (self->department_rows, i), "department"),
                   g_ptr_array_index (departments, i)) != 0)
      return FALSE;
  return TRUE;
}

void
sp_strategy_panel_set_strategy (SpStrategyPanel  *self,
                                GPtrArray        *departments,
                                const SpStrategy *strategy)
{
  g_return_if_fail (SP_IS_STRATEGY_PANEL (self));

  self->syncing = TRUE;
  if (!same_departments (self, departments))
    {
      for (guint i = 0; i < self->department_rows->len; i++)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->profiles_group),
                                      g_ptr_array_index (self->department_rows, i));
      g_ptr_array_set_size (self->department_rows, 0);
      for (guint i = 0; departments != NULL && i < departments->len; i++)
        {
          const char *name = g_ptr_array_index (departments, i);
          GtkWidget *row = combo_row_new (self, name);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->profiles_group), row);
          g_ptr_array_add (self->department_rows, row);
        }
    }

  set_row_profile (self->default_row, strategy ? sp_strategy_get_profile (strategy, NULL) : NULL);
  for (guint i = 0; i < self->department_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->department_rows, i);
      const char *department = g_object_get_data (G_OBJECT (row), "department");

      set_row_profile (row, strategy ? sp_strategy_get_profile (strategy, department) : NULL);
      /* without a default there is nothing to follow */
      gtk_widget_set_sensitive (row, TRUE);
    }
  self->syncing = FALSE;
}

void
sp_strategy_panel_set_busy (SpStrategyPanel *self,
                            gboolean         busy)
{
  g_return_if_fail (SP_IS_STRATEGY_PANEL (self));

  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_visible (self->spinner, busy);
  gtk_widget_set_opacity (self->fit_group, busy ? 0.5 : 1.0);
}

void
sp_strategy_panel_set_error (SpStrategyPanel *self,
                             const char      *message)
{
  g_return_if_fail (SP_IS_STRATEGY_PANEL (self));

  gtk_label_set_text (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

void
sp_strategy_panel_set_comparison (SpStrategyPanel *self,
                                  const char      *title,
                                  const char      *text,
                                  GArray          *groups)
{
  g_return_if_fail (SP_IS_STRATEGY_PANEL (self));

  gtk_widget_set_visible (self->compare_group, text != NULL);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->compare_group), title);
  gtk_label_set_text (GTK_LABEL (self->compare_text), text ? text : "");
  sp_before_after_table_fill (GTK_GRID (self->compare_grid), text != NULL ? groups : NULL, self->compare_table);
  gtk_widget_set_visible (self->compare_grid, text != NULL && groups != NULL && groups->len > 0);
}

const char *
sp_strategy_panel_get_comparison_table (SpStrategyPanel *self)
{
  g_return_val_if_fail (SP_IS_STRATEGY_PANEL (self), NULL);
  return self->compare_table->str;
}

static char *
format_value (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  /* a real minus sign reads better */
  if (value < 0)
    return g_strdup_printf ("−%.2f", -value);
  return g_strdup_printf ("%.2f", value);
}

static char *
format_target (const SpRange *range)
{
  g_autofree char *lo = format_value (range->min);
  g_autofree char *hi = format_value (range->max);

  if (isnan (range->max))
    return g_strdup_printf ("≥ %s", lo);
  if (isnan (range->min))
    return g_strdup_printf ("≤ %s", hi);
  if (range->min == range->max)
    return g_strdup_printf ("= %s", lo);
  /* Translators: a target range, "from −1.00 to −0.20" */
  return g_strdup_printf (_("%s to %s"), lo, hi);
}

/* "E-I index −0.90, target ≥ −0.35 (misses by 0.55)", one line per
 * indicator that misses */
static char *
describe_misses (const SpFitResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < SP_N_INDICATORS; i++)
    {
      g_autofree char *actual = NULL;
      g_autofree char *target = NULL;
      g_autofree char *miss = NULL;

      if (isnan (result->miss[i]) || result->miss[i] <= 0)
        continue;
      actual = format_value (result->actual[i]);
      target = format_target (&result->target[i]);
      miss = format_value (result->miss[i]);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* Translators: indicator, its value, the target and by how much it misses */
      g_string_append_printf (out, _("%s %s, target %s (misses by %s)"),
                              sp_indicator_label (i), actual, target, miss);
    }
  return g_string_free (out, FALSE);
}

static GtkWidget *
verdict_chip (SpFitVerdict verdict)
{
  GtkWidget *chip = gtk_label_new (sp_fit_verdict_label (verdict));

  gtk_widget_add_css_class (chip, "sp-fit-chip");
  gtk_widget_add_css_class (chip, verdict == SP_FIT_FITS ? "fits"
                                  : verdict == SP_FIT_NEAR ? "near"
                                  : verdict == SP_FIT_MISFIT ? "misfit" : "unset");
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  return chip;
}

void
sp_strategy_panel_set_results (SpStrategyPanel *self,
                               GArray          *results)
{
  g_return_if_fail (SP_IS_STRATEGY_PANEL (self));

  for (guint i = 0; i < self->fit_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->fit_group),
                                  g_ptr_array_index (self->fit_rows, i));
  g_ptr_array_set_size (self->fit_rows, 0);
  g_string_truncate (self->fit_text, 0);
  gtk_widget_set_visible (self->fit_empty, results == NULL);
  if (results == NULL)
    return;

  for (guint r = 0; r < results->len; r++)
    {
      const SpFitResult *res = &g_array_index (results, SpFitResult, r);
      const char *name = res->group != NULL ? res->group : _("Organisation as a whole");
      const char *profile = short_profile_label (res->profile);
      g_autofree char *misses = describe_misses (res);
      g_autoptr (GString) subtitle = g_string_new (profile ? profile : _("No target"));
      GtkWidget *row = adw_action_row_new ();

      if (*misses != '\0')
        g_string_append_printf (subtitle, "\n%s", misses);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), verdict_chip (res->verdict));
      if (res->group == NULL)
        gtk_widget_add_css_class (row, "sp-fit-organisation");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->fit_group), row);
      g_ptr_array_add (self->fit_rows, row);

      g_string_append_printf (self->fit_text, "%s: %s, %s\n",
                              res->group != NULL ? res->group : "organisation",
                              res->profile != NULL ? res->profile : "none",
                              sp_fit_verdict_label (res->verdict));
    }
}

GtkWidget *
sp_strategy_panel_get_profile_row (SpStrategyPanel *self,
                                   const char      *department)
{
  g_return_val_if_fail (SP_IS_STRATEGY_PANEL (self), NULL);

  if (department == NULL)
    return self->default_row;
  for (guint i = 0; i < self->department_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->department_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "department"), department) == 0)
        return row;
    }
  return NULL;
}

char *
sp_strategy_panel_get_fit_text (SpStrategyPanel *self)
{
  g_return_val_if_fail (SP_IS_STRATEGY_PANEL (self), NULL);
  return g_strdup (self->fit_text->str);
}

const char *
sp_strategy_panel_get_comparison_text (SpStrategyPanel *self)
{
  g_return_val_if_fail (SP_IS_STRATEGY_PANEL (self), NULL);
  return gtk_widget_get_visible (self->compare_group) ? gtk_label_get_text (GTK_LABEL (self->compare_text)) : NULL;
}

static void
sp_strategy_panel_dispose (GObject *object)
{
  SpStrategyPanel *self = SP_STRATEGY_PANEL (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->department_rows, g_ptr_array_unref);
  g_clear_pointer (&self->fit_rows, g_ptr_array_unref);
  if (self->fit_text != NULL)
    g_string_free (g_steal_pointer (&self->fit_text), TRUE);
  if (self->compare_table != NULL)
    g_string_free (g_steal_pointer (&self->compare_table), TRUE);

  G_OBJECT_CLASS (sp_strategy_panel_parent_class)->dispose (object);
}

static void
sp_strategy_panel_class_init (SpStrategyPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_strategy_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * SpStrategyPanel::profile-chosen:
   * @department: (nullable): the department, NULL for the default
   * @profile: (nullable): the profile, NULL for "as default" / "none"
   *
   * The user chose a profile in one of the dropdowns.
   */
  signals[PROFILE_CHOSEN] =
    g_signal_new ("profile-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
sp_strategy_panel_init (SpStrategyPanel *self)
{
  GtkWidget *box, *heading, *header, *title, *intro, *button, *row, *toggle, *end;

  self->department_rows = g_ptr_array_new ();
  self->fit_rows = g_ptr_array_new ();
  self->fit_text = g_string_new (NULL);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_set_vexpand (self->scroller, TRUE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), box);

  heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), heading);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = gtk_label_new (_("Strategy Fit"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (header), title);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (header), self->spinner);
  gtk_box_append (GTK_BOX (heading), header);

  intro = gtk_label_new (_("Choose what the strategy asks of each department. "
                           "The fit compares it with how people actually work together."));
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_widget_set_margin_top (intro, 6);
  gtk_box_append (GTK_BOX (heading), intro);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->error_label), TRUE);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->error_label);

  /* before/after, while comparing */
  self->compare_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->compare_group), _("Before and After"));
  end = gtk_button_new_with_mnemonic (_("_End Comparison"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (end), "win.compare-end");
  gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (end, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->compare_group), end);
  self->compare_text = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->compare_text), 0);
  gtk_label_set_wrap (GTK_LABEL (self->compare_text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->compare_text), TRUE);
  gtk_widget_add_css_class (self->compare_text, "card");
  gtk_widget_add_css_class (self->compare_text, "sp-compare-summary");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->compare_group), self->compare_text);
  self->compare_table = g_string_new (NULL);
  self->compare_grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->compare_grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->compare_grid), 6);
  gtk_widget_set_margin_top (self->compare_grid, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->compare_group), self->compare_grid);
  gtk_widget_set_visible (self->compare_group, FALSE);
  gtk_box_append (GTK_BOX (box), self->compare_group);

  /* the fit */
  self->fit_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->fit_group), _("Fit"));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Show Fit on the Canvas"));
  toggle = gtk_switch_new ();
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (toggle), "win.strategy-outlines");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->fit_group), row);
  self->fit_empty = gtk_label_new (_("Choose a default profile or load a strategy file to see the fit."));
  gtk_label_set_wrap (GTK_LABEL (self->fit_empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->fit_empty), 0);
  gtk_widget_add_css_class (self->fit_empty, "dim-label");
  gtk_widget_set_margin_top (self->fit_empty, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->fit_group), self->fit_empty);
  gtk_box_append (GTK_BOX (box), self->fit_group);

  /* the profiles */
  self->profiles_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->profiles_group), _("Profiles"));
  button = gtk_button_new_with_mnemonic (_("_Load Strategy File…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.strategy-load");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->profiles_group), button);
  self->default_row = combo_row_new (self, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->default_row), _("Default"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->profiles_group),
                                         _("The default is for the organisation as a whole and every "
                                           "department set to “As default”."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->profiles_group), self->default_row);
  gtk_box_append (GTK_BOX (box), self->profiles_group);

}

GtkWidget *
sp_strategy_panel_new (void)
{
  return g_object_new (SP_TYPE_STRATEGY_PANEL, NULL);
}
