/* sp-whatif-panel.c — what changes when people leave */
#define G_LOG_DOMAIN "sp-whatif-panel"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "sp-whatif-panel.h"

struct _SpWhatIfPanel {
  GtkWidget  parent_instance;

  /* owned */
  GtkWidget *scroller;
  GtkWidget *stack;
  GtkWidget *people;
  GtkWidget *spinner;
  GtkWidget *summary;
  GtkWidget *grid;
  GString   *table;
};

G_DEFINE_FINAL_TYPE (SpWhatIfPanel, sp_whatif_panel, GTK_TYPE_WIDGET)

static char *
format_value (double value,
              int    digits)
{
  if (isnan (value))
    return g_strdup ("–");
  /* a real minus sign reads better in a table */
  if (value < 0)
    return g_strdup_printf ("−%.*f", digits, -value);
  return g_strdup_printf ("%.*f", digits, value);
}

/* "before → after", the after in bold when it moved noticeably */
static GtkWidget *
change_label (double before,
              double after,
              int    digits,
              char **plain)
{
  g_autofree char *b = format_value (before, digits);
  g_autofree char *a = format_value (after, digits);
  gboolean moved = !isnan (before) && !isnan (after) && fabs (after - before) >= 0.5 * pow (10, -digits);
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *markup = NULL;

  if (moved)
    markup = g_markup_printf_escaped ("%s → <b>%s</b>", b, a);
  else
    markup = g_markup_printf_escaped ("%s → %s", b, a);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  *plain = g_strdup_printf ("%s → %s", b, a);
  return label;
}

static GtkWidget *
cell (const char *text,
      gboolean    heading,
      float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (heading)
    {
      /* headings wrap rather than cut ("Gemiddelde verwevenheid") */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), xalign > 0.5 ? GTK_JUSTIFY_RIGHT : GTK_JUSTIFY_LEFT);
      gtk_widget_set_valign (label, GTK_ALIGN_END);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear_grid (SpWhatIfPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_string_truncate (self->table, 0);
}

void
sp_whatif_panel_set_people (SpWhatIfPanel *self,
                            const char    *names)
{
  g_return_if_fail (SP_IS_WHATIF_PANEL (self));

  if (names == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      gtk_label_set_text (GTK_LABEL (self->summary), "");
      clear_grid (self);
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->people), names);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "whatif");
}

void
sp_whatif_panel_set_busy (SpWhatIfPanel *self,
                          gboolean       busy)
{
  g_return_if_fail (SP_IS_WHATIF_PANEL (self));

  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_widget_set_visible (self->spinner, busy);
  gtk_widget_set_opacity (self->summary, busy ? 0.5 : 1.0);
  gtk_widget_set_opacity (self->grid, busy ? 0.5 : 1.0);
}

void
sp_before_after_table_fill (GtkGrid *grid,
                            GArray  *groups,
                            GString *text)
{
  const char *headings[] = { N_("Department"), N_("People"), N_("E-I index"), N_("Mean constraint") };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
  if (text != NULL)
    g_string_truncate (text, 0);
  if (groups == NULL)
    return;

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_grid_attach (grid, cell (_(headings[c]), TRUE, c == 0 ? 0 : 1), c, 0, 1, 1);
  for (guint g = 0; g < groups->len; g++)
    {
      const SpWhatIfGroup *group = &g_array_index (groups, SpWhatIfGroup, g);
      g_autofree char *size = NULL;
      g_autofree char *ei = NULL;
      g_autofree char *constraint = NULL;
      GtkWidget *name = cell (group->name, FALSE, 0);

      gtk_widget_remove_css_class (name, "numeric");
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_set_tooltip_text (name, group->name);
      gtk_grid_attach (grid, name, 0, g + 1, 1, 1);
      size = g_strdup_printf ("%u → %u", group->size_before, group->size_after);
      gtk_grid_attach (grid, cell (size, FALSE, 1), 1, g + 1, 1, 1);
      gtk_grid_attach (grid, change_label (group->ei_before, group->ei_after, 2, &ei), 2, g + 1, 1, 1);
      gtk_grid_attach (grid, change_label (group->constraint_before, group->constraint_after, 2, &constraint),
                       3, g + 1, 1, 1);
      if (text != NULL)
        g_string_append_printf (text, "%s: %s, E-I %s, constraint %s\n", group->name, size, ei, constraint);
    }
}

void
sp_whatif_panel_set_result (SpWhatIfPanel *self,
                            SpWhatIf      *whatif,
                            const char    *text)
{
  g_return_if_fail (SP_IS_WHATIF_PANEL (self));

  clear_grid (self);
  gtk_label_set_text (GTK_LABEL (self->summary), text ? text : "");
  if (whatif == NULL)
    return;
  sp_before_after_table_fill (GTK_GRID (self->grid), whatif->groups, self->table);
}

const char *
sp_whatif_panel_get_text (SpWhatIfPanel *self)
{
  g_return_val_if_fail (SP_IS_WHATIF_PANEL (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->summary));
}

char *
sp_whatif_panel_get_table (SpWhatIfPanel *self)
{
  g_return_val_if_fail (SP_IS_WHATIF_PANEL (self), NULL);
  return g_strdup (self->table->str);
}

static void
sp_whatif_panel_dispose (GObject *object)
{
  SpWhatIfPanel *self = SP_WHATIF_PANEL (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  if (self->table != NULL)
    g_string_free (g_steal_pointer (&self->table), TRUE);

  G_OBJECT_CLASS (sp_whatif_panel_parent_class)->dispose (object);
}

static void
sp_whatif_panel_class_init (SpWhatIfPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sp_whatif_panel_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sp_whatif_panel_init (SpWhatIfPanel *self)
{
  GtkWidget *empty, *box, *header, *title, *row, *button, *heading;

  self->table = g_string_new (NULL);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_set_vexpand (self->scroller, TRUE);

  self->stack = gtk_stack_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->stack);

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("What If Someone Leaves or Moves?"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select a person and choose “What If They Leave” (Alt+W) to see what "
                                     "the network loses: parts cut off, ties and brokers lost, clients "
                                     "without a contact; or “What If They Move…” to see each department "
                                     "change. Nothing in the file changes."));
  gtk_widget_add_css_class (empty, "compact");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_stack_add_named (GTK_STACK (self->stack), box, "whatif");

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = gtk_label_new (_("What If"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (header), title);
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_visible (self->spinner, FALSE);
  gtk_box_append (GTK_BOX (header), self->spinner);
  gtk_box_append (GTK_BOX (box), header);

  self->people = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->people), 0);
  gtk_label_set_wrap (GTK_LABEL (self->people), TRUE);
  gtk_widget_add_css_class (self->people, "dim-label");
  gtk_box_append (GTK_BOX (box), self->people);

  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->summary), TRUE);
  gtk_widget_add_css_class (self->summary, "sp-whatif-summary");
  gtk_box_append (GTK_BOX (box), self->summary);

  heading = gtk_label_new (_("Departments, before → after"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 6);
  gtk_box_append (GTK_BOX (box), heading);

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_box_append (GTK_BOX (box), self->grid);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (row), TRUE);
  gtk_widget_set_margin_top (row, 12);
  button = gtk_button_new_with_mnemonic (_("_Undo Last"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.undo");
  gtk_box_append (GTK_BOX (row), button);
  button = gtk_button_new_with_mnemonic (_("_Bring Everyone Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.whatif-reset");
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (box), row);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
sp_whatif_panel_new (void)
{
  return g_object_new (SP_TYPE_WHATIF_PANEL, NULL);
}
