/* sp-legend.c — legend, title and messages of the drawing */
#define G_LOG_DOMAIN "sp-legend"

#include "sp-render-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

typedef enum {
  ROW_HEADER,
  ROW_CATEGORY,   /* swatch + text + count */
  ROW_GRADIENT,   /* the colour map with its range */
  ROW_SIZE,       /* a small and a large node */
  ROW_CLIENT,     /* the client shape */
  ROW_TIE,        /* a line sample */
  ROW_FOOTER,
  ROW_MISSING,    /* grey with a dashed outline: no value */
  ROW_NOTE,       /* a sentence, wrapped, muted */
  ROW_RING,       /* the open-versus-closed ring at closedness `value` */
  ROW_HIGHLIGHT,  /* the ring of a named list */
  ROW_GHOST,      /* a dashed, unfilled circle: taken out in a what-if */
} RowKind;

/* ROW_TIE samples beyond SpEdgeClass: what a what-if or a comparison
 * loses and gains */
#define LEGEND_TIE_LOST   10
#define LEGEND_TIE_GAINED 11

static const char *row_kind_names[] = {
  "header", "category", "colour-bar", "size", "client", "tie", "footer",
  "missing", "note", "ring", "highlight", "ghost",
};

typedef struct {
  RowKind  kind;
  char    *text;
  char    *count;   /* right-aligned, muted; may be NULL */
  SpColor  color;
  guint8   klass;   /* SpEdgeClass for ROW_TIE; SpColorMap for ROW_GRADIENT */
  double   value;   /* closedness for ROW_RING */
} Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->text);
  g_free (row->count);
}

/* For g_ptr_array_sort_with_data(): the higher count in @counts first,
 * then by name, so that the order is the same every time. */
static gint
compare_by_count (gconstpointer a,
                  gconstpointer b,
                  gpointer      counts)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  guint cx = GPOINTER_TO_UINT (g_hash_table_lookup (counts, x));
  guint cy = GPOINTER_TO_UINT (g_hash_table_lookup (counts, y));

  if (cx != cy)
    return cx > cy ? -1 : 1;
  return strcmp (x, y);
}

static void
add_row (GArray     *rows,
         RowKind     kind,
         char       *text,
         char       *count,
         SpColor     color,
         guint8      klass)
{
  Row row = { kind, text, count, color, klass, 0 };

  g_array_append_val (rows, row);
}

#define ROW_HEIGHT 19.0
#define HEADER_HEIGHT 22.0
#define PAD 12.0
#define SWATCH 26.0
#define NOTE_WIDTH 200.0

static double
row_height (RowKind kind)
{
  switch (kind)
    {
    case ROW_HEADER: return HEADER_HEIGHT;
    case ROW_GRADIENT: return 30.0;
    case ROW_SIZE: return 24.0;
    case ROW_FOOTER: return 20.0;
    case ROW_RING: return 22.0;
    default: return ROW_HEIGHT;
    }
}

/* "Showing 50,000 of 1,999,000 ties (the strongest)", the numbers
 * grouped as the locale does. */
char *
sp_legend_tie_budget_note (guint drawn,
                           guint total)
{
  g_autofree char *a = g_strdup_printf ("%'u", drawn);
  g_autofree char *b = g_strdup_printf ("%'u", total);

  /* TRANSLATORS: the legend of a dense network: only the strongest ties are drawn */
  return g_strdup_printf (_("Showing %s of %s ties (the strongest)"), a, b);
}

/* Whether a colour or size column is one of the estimated ones. */
static gboolean
uses_path_measure (const char *column)
{
  return g_strcmp0 (column, "betweenness") == 0 || g_strcmp0 (column, "closeness") == 0;
}

/* What the legend says, for the page height available. */
static GArray *
legend_rows (SpScene *scene)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  double budget = scene->opt->height * 0.78 / scene->u;
  guint n_fixed_rows = 0, max_categories;
  SpColor none = { 0, 0, 0 };

  g_array_set_clear_func (rows, row_clear);

  if (scene->color_values != NULL)
    {
      char lo[32], hi[32];

      add_row (rows, ROW_HEADER, g_strdup (scene->color_label), NULL, none, 0);
      g_snprintf (lo, sizeof lo, "%.3g", scene->color_min);
      g_snprintf (hi, sizeof hi, "%.3g", scene->color_max);
      add_row (rows, ROW_GRADIENT, g_strdup (lo), g_strdup (hi), none,
               scene->color_diverging ? SP_COLOR_MAP_DIVERGING : SP_COLOR_MAP_SEQUENTIAL);
      for (guint i = 0; i < scene->n; i++)
        if (scene->visible[i] && scene->missing[i] &&
            g_array_index (scene->network->nodes, SpNode, i).kind == SP_NODE_PERSON)
          {
            add_row (rows, ROW_MISSING, g_strdup (_("No value")), NULL,
                     sp_palette_missing (scene->opt->dark), 0);
            break;
          }
      if (scene->opt->heatmap && scene->has_layout)
        add_row (rows, ROW_NOTE,
                 g_strdup_printf (_("Shading: the average %s of the people nearby; "
                                    "no shading where few people are."), scene->color_label),
                 NULL, none, 0);
    }
  else if (scene->color_cat != NULL)
    {
      guint n_missing = 0, n_other_values = scene->cat_other_values;

      add_row (rows, ROW_HEADER, g_strdup (scene->color_label), NULL, none, 0);
      for (guint k = 0; k < MIN (scene->cat_values->len, SP_PALETTE_N_SAFE); k++)
        if (scene->cat_count[k] > 0)
          add_row (rows, ROW_CATEGORY, g_strdup (g_ptr_array_index (scene->cat_values, k)),
                   g_strdup_printf ("%u", scene->cat_count[k]), sp_palette_safe (k), 0);
      if (scene->cat_other_count > 0)
        add_row (rows, ROW_CATEGORY,
                 /* Translators: the legend row of the values beyond the colour palette: "Other (5 values)" */
                 g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Other (%u value)", "Other (%u values)",
                                               n_other_values), n_other_values),
                 g_strdup_printf ("%u", scene->cat_other_count), sp_palette_other (scene->opt->dark), 0);
      for (guint i = 0; i < scene->n; i++)
        n_missing += scene->visible[i] && scene->missing[i]
                  && g_array_index (scene->network->nodes, SpNode, i).kind == SP_NODE_PERSON;
      if (n_missing > 0)
        add_row (rows, ROW_CATEGORY, g_strdup (_("No value")), g_strdup_printf ("%u", n_missing),
                 sp_palette_missing (scene->opt->dark), 0);
    }
  else if (scene->color_own != NULL)
    {
      /* the file's own colours, most used first */
      g_autoptr (GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
      g_autoptr (GPtrArray) colours = g_ptr_array_new ();
      guint n_missing = 0;

      max_categories = (guint) MAX (3.0, budget / ROW_HEIGHT - 9);
      add_row (rows, ROW_HEADER, g_strdup (scene->color_label), NULL, none, 0);
      for (guint i = 0; i < scene->n; i++)
        {
          const char *value = scene->color_own->str[i];
          guint count;

          if (!scene->visible[i] || g_array_index (scene->network->nodes, SpNode, i).kind != SP_NODE_PERSON)
            continue;
          if (value == NULL)
            {
              n_missing++;
              continue;
            }
          count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, value));
          if (count == 0)
            g_ptr_array_add (colours, (gpointer) value);
          g_hash_table_insert (counts, (gpointer) value, GUINT_TO_POINTER (count + 1));
        }
      g_ptr_array_sort_with_data (colours, compare_by_count, counts);
      for (guint c = 0; c < colours->len; c++)
        {
          const char *value = g_ptr_array_index (colours, c);
          SpColor colour = none;

          if (c + 1 >= max_categories && c + 1 < colours->len)
            {
              guint rest = colours->len - c;

              add_row (rows, ROW_FOOTER,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more colour",
                                                     "and %u more colours", rest), rest),
                       NULL, none, 0);
              break;
            }
          sp_color_parse_hex (value, &colour);
          add_row (rows, ROW_CATEGORY, g_strdup (value),
                   g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts, value))),
                   colour, 0);
        }
      if (n_missing > 0)
        add_row (rows, ROW_CATEGORY, g_strdup (_("No value")), g_strdup_printf ("%u", n_missing),
                 sp_palette_missing (scene->opt->dark), 0);
    }
  else if (scene->n_persons > 0)
    {
      guint n_depts = scene->departments->len;
      guint shown = 0;

      /* the other rows take about 9 rows; departments share the rest */
      n_fixed_rows = 9;
      max_categories = (guint) MAX (3.0, budget / ROW_HEIGHT - n_fixed_rows);

      add_row (rows, ROW_HEADER, g_strdup (scene->group_attr != NULL ? scene->group_attr->name : _("Departments")),
               NULL, none, 0);
      for (guint d = 0; d < n_depts; d++)
        {
          if (scene->department_count[d] == 0)
            continue;
          if (shown + 1 >= max_categories && d + 1 < n_depts)
            {
              guint rest = 0;

              for (guint e = d; e < n_depts; e++)
                rest += scene->department_count[e] > 0;
              add_row (rows, ROW_FOOTER,
                       scene->group_attr != NULL
                       /* Translators: the legend's last row when not every group fits */
                       ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more group",
                                                       "and %u more groups", rest), rest)
                       : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more department",
                                                       "and %u more departments", rest), rest),
                       NULL, none, 0);
              break;
            }
          add_row (rows, ROW_CATEGORY, g_strdup (g_ptr_array_index (scene->departments, d)),
                   g_strdup_printf ("%u", scene->department_count[d]), sp_palette_category (d), 0);
          shown++;
        }
      if (scene->n_missing_department > 0)
        add_row (rows, ROW_CATEGORY, g_strdup (scene->group_attr != NULL ? _("No value") : _("No department")),
                 g_strdup_printf ("%u", scene->n_missing_department),
                 sp_palette_missing (scene->opt->dark), 0);
    }

  if (scene->n_highlighted > 0)
    {
      add_row (rows, ROW_HEADER, g_strdup (_("Pointed out")), NULL, none, 0);
      add_row (rows, ROW_HIGHLIGHT,
               g_strdup (scene->opt->highlight_name != NULL ? scene->opt->highlight_name : _("Highlighted")),
               g_strdup_printf ("%u", scene->n_highlighted), SP_HIGHLIGHT_COLOR, 0);
    }

  if (scene->closed != NULL)
    {
      const char *closed_text, *open_text, *header;

      switch (scene->opt->indicator)
        {
        case SP_RING_EFFECTIVE_SIZE:
          header = _("Ring: effective size");
          closed_text = _("Closed: few independent contacts");
          open_text = _("Open: many independent contacts");
          break;
        case SP_RING_CLUSTERING:
          header = _("Ring: clustering");
          closed_text = _("Closed: contacts know each other");
          open_text = _("Open: contacts are strangers");
          break;
        case SP_RING_EI_INDEX:
          header = _("Ring: own E-I index");
          closed_text = _("Closed: contacts in own department");
          open_text = _("Open: contacts across departments");
          break;
        case SP_RING_CONSTRAINT:
        case SP_RING_NONE:
        default:
          header = _("Ring: Burt’s constraint");
          closed_text = _("Closed: high constraint");
          open_text = _("Open: low constraint (broker)");
          break;
        }
      add_row (rows, ROW_HEADER, g_strdup (header), NULL, none, 0);
      add_row (rows, ROW_RING, g_strdup (closed_text), NULL, none, 0);
      g_array_index (rows, Row, rows->len - 1).value = 1.0;
      add_row (rows, ROW_RING, g_strdup (open_text), NULL, none, 0);
      g_array_index (rows, Row, rows->len - 1).value = 0.0;
    }

  /* (the hulls themselves are built after the legend is measured) */
  if (scene->opt->hulls && scene->groups != NULL && scene->has_layout)
    {
      add_row (rows, ROW_HEADER,
               scene->group_attr != NULL
               /* Translators: the legend's heading for hulls of groups by an attribute: "Hulls by office: E-I index" */
               ? g_strdup_printf (_("Hulls by %s: E-I index"), scene->group_attr->name)
               : g_strdup (_("Department hulls: E-I index")), NULL, none, 0);
      add_row (rows, ROW_GRADIENT, g_strdup (_("−1 sealed")), g_strdup (_("open +1")), none,
               SP_COLOR_MAP_DIVERGING);
      if (scene->openness != NULL)
        add_row (rows, ROW_NOTE, g_strdup (scene->openness), NULL, none, 0);
    }

  add_row (rows, ROW_HEADER, g_strdup (_("Network")), NULL, none, 0);
  if (scene->size_attr != NULL)
    add_row (rows, ROW_SIZE, g_strdup_printf (_("Size: %s"), scene->size_attr->name), NULL, none, 0);
  else
    add_row (rows, ROW_SIZE, g_strdup (_("Size: number of contacts")), NULL, none, 0);
  if (scene->n_clients > 0)
    add_row (rows, ROW_CLIENT, g_strdup (_("Client")),
             g_strdup_printf ("%u", scene->n_clients), scene->client_fill, 0);
  {
    gboolean by_group = scene->color_values == NULL && scene->color_cat == NULL
                     && scene->color_own == NULL && scene->departments->len > 0;

    if (by_group)
      add_row (rows, ROW_TIE, g_strdup (scene->group_attr != NULL ? _("Tie within a group")
                                                                  : _("Tie within a department")), NULL,
               sp_palette_category (0), SP_EDGE_INTERNAL);
    add_row (rows, ROW_TIE, g_strdup (!by_group ? _("Tie")
                                      : scene->group_attr != NULL ? _("Tie between groups")
                                      : _("Tie between departments")),
             NULL, scene->edge_neutral, SP_EDGE_CROSS);
  }
  if (scene->n_client_edges > 0)
    add_row (rows, ROW_TIE, g_strdup (_("Tie with a client")), NULL,
             scene->client_edge, SP_EDGE_CLIENT);
  if (scene->edges->len < scene->n_ties_total)
    add_row (rows, ROW_NOTE, sp_legend_tie_budget_note (scene->edges->len, scene->n_ties_total),
             NULL, none, 0);
  /* a drawing shaped by estimated measures says so */
  if (scene->metrics != NULL && sp_metrics_sampled_sources (scene->metrics) > 0 &&
      (uses_path_measure (scene->opt->color_by) || uses_path_measure (scene->opt->size_by) ||
       scene->n_highlighted > 0))
    add_row (rows, ROW_NOTE, sp_metrics_estimate_note (scene->metrics), NULL, none, 0);

  /* strategy fit: the outlines' colours, each with its verdict (the part
   * of an outline label after its last ": ", "Finance: fits") */
  if (scene->opt->n_outlines > 0 && scene->opt->outline_colors != NULL && scene->opt->outline_labels != NULL)
    {
      const SpRenderOptions *opt = scene->opt;
      g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (guint32));

      add_row (rows, ROW_HEADER, g_strdup (_("Strategy fit")), NULL, none, 0);
      for (guint k = 0; k < opt->n_outlines; k++)
        {
          const char *label = opt->outline_labels[k];
          const char *verdict = label != NULL ? g_strrstr (label, ": ") : NULL;
          gboolean known = FALSE;

          for (guint j = 0; j < seen->len; j++)
            known |= g_array_index (seen, guint32, j) == opt->outline_colors[k];
          if (known || verdict == NULL)
            continue;
          g_array_append_val (seen, opt->outline_colors[k]);
          add_row (rows, ROW_HIGHLIGHT, g_strdup (verdict + 2), NULL,
                   sp_color_from_hex (opt->outline_colors[k]), 0);
        }
    }

  /* what-if and before/after (sp-render-overlays.c draws them) */
  {
    const SpRenderOptions *opt = scene->opt;
    guint n_ghosts = 0;

    for (guint i = 0; opt->ghosted != NULL && i < scene->n; i++)
      n_ghosts += opt->ghosted[i] ? 1 : 0;
    if (n_ghosts > 0 || opt->n_ties_lost > 0 || opt->n_ties_gained > 0)
      {
        add_row (rows, ROW_HEADER, g_strdup (_("Changes")), NULL, none, 0);
        if (n_ghosts > 0 && n_ghosts <= 2)
          {
            /* the people taken out by name: the picture says whom it supposes gone */
            GString *names = g_string_new (NULL);

            for (guint i = 0; i < scene->n; i++)
              if (opt->ghosted[i])
                {
                  g_autofree char *name = sp_render_node_label (scene->network, i, opt->anonymize);

                  if (names->len > 0)
                    g_string_append (names, _(" and "));
                  g_string_append (names, name);
                }
            /* Translators: a legend row naming the people a what-if takes out */
            add_row (rows, ROW_GHOST, g_strdup_printf (_("Taken out: %s"), names->str),
                     NULL, scene->fg_muted, 0);
            g_string_free (names, TRUE);
          }
        else if (n_ghosts > 0)
          add_row (rows, ROW_GHOST, g_strdup (_("Taken out (what if)")),
                   g_strdup_printf ("%u", n_ghosts), scene->fg_muted, 0);
        if (n_ghosts > 0 || opt->n_ties_lost > 0)
          add_row (rows, ROW_TIE, g_strdup (_("Tie lost")),
                   opt->n_ties_lost > 0 ? g_strdup_printf ("%u", opt->n_ties_lost) : NULL,
                   sp_color_from_hex (SP_LOST_COLOR), LEGEND_TIE_LOST);
        if (opt->n_ties_gained > 0)
          add_row (rows, ROW_TIE, g_strdup (_("Tie gained")),
                   g_strdup_printf ("%u", opt->n_ties_gained),
                   sp_color_from_hex (SP_GAINED_COLOR), LEGEND_TIE_GAINED);
      }
  }

  {
    g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                                            scene->n_persons), scene->n_persons);
    g_autofree char *ties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tie", "%u ties",
                                                          scene->n_ties_total), scene->n_ties_total);

    guint n_isolated = 0;

    for (guint i = 0; i < scene->n; i++)
      if (scene->visible[i] && scene->degree[i] == 0 &&
          g_array_index (scene->network->nodes, SpNode, i).kind == SP_NODE_PERSON)
        n_isolated++;
    add_row (rows, ROW_FOOTER, g_strdup_printf ("%s · %s", people, ties), NULL, none, 0);
    /* low survey response looks like this: say how many are not connected */
    if (n_isolated > 0)
      add_row (rows, ROW_FOOTER,
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person without ties",
                                             "%u people without ties", n_isolated), n_isolated),
               NULL, none, 0);
    /* … and how many answered, and what that means for the measures */
    {
      char *note = sp_network_response_note (scene->network);

      if (note != NULL)
        add_row (rows, ROW_NOTE, note, NULL, none, 0);
    }
  }
  return rows;
}

static PangoLayout *
row_layout (SpScene   *scene,
            const Row *row)
{
  switch (row->kind)
    {
    case ROW_HEADER:
      return sp_scene_text (scene, row->text, 12.5, PANGO_WEIGHT_BOLD);
    case ROW_FOOTER:
      return sp_scene_text (scene, row->text, 11.0, PANGO_WEIGHT_NORMAL);
    case ROW_NOTE:
      {
        PangoLayout *layout = sp_scene_text (scene, row->text, 11.0, PANGO_WEIGHT_NORMAL);

        pango_layout_set_width (layout, (int) (NOTE_WIDTH * scene->u * PANGO_SCALE));
        pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
        return layout;
      }
    default:
      return sp_scene_text (scene, row->text, 12.0, PANGO_WEIGHT_NORMAL);
    }
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  return logical.width;
}

/* The height of a row; notes take as many lines as they wrap to. */
static double
row_kind_height (SpScene     *scene,
                 const Row   *row,
                 PangoLayout *layout)
{
  if (row->kind == ROW_NOTE)
    {
      PangoRectangle logical;

      pango_layout_get_pixel_extents (layout, NULL, &logical);
      return logical.height + 6 * scene->u;
    }
  return row_height (row->kind) * scene->u;
}

GPtrArray *
sp_legend_entries (SpScene *scene)
{
  g_autoptr (GArray) rows = legend_rows (scene);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);

      if (row->kind == ROW_GRADIENT)
        g_ptr_array_add (out, g_strdup_printf ("colour-bar:%s:%s:%s",
                                               row->klass == SP_COLOR_MAP_DIVERGING ? "diverging" : "sequential",
                                               row->text, row->count));
      else if (row->kind == ROW_RING)
        g_ptr_array_add (out, g_strdup_printf ("ring:%s:%s", row->value > 0.5 ? "closed" : "open", row->text));
      else
        g_ptr_array_add (out, g_strdup_printf ("%s:%s", row_kind_names[row->kind], row->text));
    }
  return out;
}

void
sp_legend_measure (SpScene *scene,
                   double  *width,
                   double  *height)
{
  g_autoptr (GArray) rows = legend_rows (scene);
  double u = scene->u;
  double text_w = 0, count_w = 0, h = 2 * PAD;

  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);
      g_autoptr (PangoLayout) layout = row_layout (scene, row);
      double indent = (row->kind == ROW_HEADER || row->kind == ROW_FOOTER || row->kind == ROW_NOTE)
                      ? 0 : SWATCH * u;

      if (row->kind == ROW_GRADIENT)
        text_w = MAX (text_w, 150 * u);
      else
        text_w = MAX (text_w, indent + text_width (layout));
      if (row->count != NULL && row->kind != ROW_GRADIENT)
        {
          g_autoptr (PangoLayout) count = sp_scene_text (scene, row->count, 11.0, PANGO_WEIGHT_NORMAL);

          count_w = MAX (count_w, text_width (count));
        }
      h += row_kind_height (scene, row, layout);
      if (row->kind == ROW_HEADER && k > 0)
        h += 8 * u;
    }
  *width = ceil (2 * PAD * u + MAX (text_w + (count_w > 0 ? count_w + 14 * u : 0), 150 * u));
  *height = ceil (h);
}

/* Draws the text of @layout with its logical box vertically centred on @cy. */
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

void
sp_legend_draw (SpScene *scene,
                cairo_t *cr)
{
  g_autoptr (GArray) rows = NULL;
  const SpRect *box = &scene->legend_box;
  double u = scene->u;
  double x, y, sx;

  if (box->width <= 0)
    return;
  rows = legend_rows (scene);

  cairo_save (cr);
  sp_rounded_rect (cr, box->x, box->y, box->width, box->height, 8 * u);
  sp_set_color (cr, scene->opt->dark ? sp_color_from_hex (0x262A31) : sp_color_from_hex (0xF7F8FA), 0.94);
  cairo_fill_preserve (cr);
  sp_set_color (cr, scene->fg, 0.12);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  x = box->x + PAD * u;
  y = box->y + PAD * u;
  sx = x + 9 * u;  /* swatch centre */
  for (guint k = 0; k < rows->len; k++)
    {
      const Row *row = &g_array_index (rows, Row, k);
      g_autoptr (PangoLayout) layout = row_layout (scene, row);
      double h = row_kind_height (scene, row, layout);
      double cy;

      if (row->kind == ROW_HEADER && k > 0)
        y += 8 * u;
      cy = y + h / 2;

      switch (row->kind)
        {
        case ROW_HEADER:
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x, cy);
          break;

        case ROW_FOOTER:
          sp_set_color (cr, scene->fg_muted, 1);
          show_centered (cr, layout, x, cy);
          break;

        case ROW_NOTE:
          sp_set_color (cr, scene->fg_muted, 1);
          cairo_move_to (cr, x, y + 2 * u);
          sp_render_show_layout (cr, layout);
          break;

        case ROW_MISSING:
          {
            double dash[] = { 2.6 * u, 1.9 * u };

            cairo_new_sub_path (cr);
            cairo_arc (cr, sx, cy, 5.5 * u, 0, 2 * G_PI);
            sp_set_color (cr, row->color, 1);
            cairo_fill_preserve (cr);
            cairo_save (cr);
            cairo_set_dash (cr, dash, 2, 0);
            sp_set_color (cr, scene->fg_muted, 1);
            cairo_set_line_width (cr, 1.1 * u);
            cairo_stroke (cr);
            cairo_restore (cr);
            sp_set_color (cr, scene->fg, 1);
            show_centered (cr, layout, x + SWATCH * u, cy);
          }
          break;

        case ROW_RING:
          {
            double t = row->value, lw = (0.7 + 2.6 * t) * u, rr = 4.5 * u;

            cairo_new_sub_path (cr);
            cairo_arc (cr, sx, cy, rr, 0, 2 * G_PI);
            sp_set_color (cr, scene->fg_muted, 0.35);
            cairo_fill (cr);
            cairo_save (cr);
            cairo_new_sub_path (cr);
            cairo_arc (cr, sx, cy, rr + 1.2 * u + lw / 2, 0, 2 * G_PI);
            if (t < 1.0 / 3.0)
              {
                double circumference = 2 * G_PI * (rr + 1.2 * u + lw / 2);
                guint n_dash = MAX (4, (guint) (circumference / (4.5 * u)));
                double dash[] = { 0.55 * circumference / n_dash, 0.45 * circumference / n_dash };

                cairo_set_dash (cr, dash, 2, 0);
              }
            sp_set_color (cr, sp_color_mix (scene->fg, scene->bg, 0.62 * (1 - t)), 1);
            cairo_set_line_width (cr, lw);
            cairo_stroke (cr);
            cairo_restore (cr);
            sp_set_color (cr, scene->fg, 1);
            show_centered (cr, layout, x + SWATCH * u, cy);
          }
          break;

        case ROW_HIGHLIGHT:
          cairo_new_sub_path (cr);
          cairo_arc (cr, sx, cy, 4.0 * u, 0, 2 * G_PI);
          sp_set_color (cr, scene->fg_muted, 0.5);
          cairo_fill (cr);
          cairo_new_sub_path (cr);
          cairo_arc (cr, sx, cy, 6.5 * u, 0, 2 * G_PI);
          sp_set_color (cr, row->color, 1);
          cairo_set_line_width (cr, 2.0 * u);
          cairo_stroke (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;

        case ROW_GHOST:
          {
            double dash[] = { 2.6 * u, 1.9 * u };

            cairo_save (cr);
            cairo_new_sub_path (cr);
            cairo_arc (cr, sx, cy, 5.5 * u, 0, 2 * G_PI);
            cairo_set_dash (cr, dash, 2, 0);
            sp_set_color (cr, row->color, 1);
            cairo_set_line_width (cr, 1.4 * u);
            cairo_stroke (cr);
            cairo_restore (cr);
            sp_set_color (cr, scene->fg, 1);
            show_centered (cr, layout, x + SWATCH * u, cy);
          }
          break;

        case ROW_CATEGORY:
          cairo_new_sub_path (cr);
          cairo_arc (cr, sx, cy, 5.5 * u, 0, 2 * G_PI);
          sp_set_color (cr, row->color, 1);
          cairo_fill (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;

        case ROW_GRADIENT:
          {
            double bw = box->width - 2 * PAD * u;
            cairo_pattern_t *pattern = cairo_pattern_create_linear (x, 0, x + bw, 0);
            g_autoptr (PangoLayout) lo = sp_scene_text (scene, row->text, 11, PANGO_WEIGHT_NORMAL);
            g_autoptr (PangoLayout) hi = sp_scene_text (scene, row->count, 11, PANGO_WEIGHT_NORMAL);

            for (guint s = 0; s <= 16; s++)
              {
                SpColor c = sp_palette_map (row->klass, s / 16.0);

                cairo_pattern_add_color_stop_rgb (pattern, s / 16.0, c.r, c.g, c.b);
              }
            sp_rounded_rect (cr, x, y + 2 * u, bw, 10 * u, 3 * u);
            cairo_set_source (cr, pattern);
            cairo_fill (cr);
            cairo_pattern_destroy (pattern);
            sp_set_color (cr, scene->fg_muted, 1);
            show_centered (cr, lo, x, y + 21 * u);
            show_centered (cr, hi, x + bw - text_width (hi), y + 21 * u);
          }
          break;

        case ROW_SIZE:
          {
            double r_small = 3.0 * u, r_large = 7.0 * u;

            sp_set_color (cr, scene->fg_muted, 0.8);
            cairo_new_sub_path (cr);
            cairo_arc (cr, x + r_small, cy + r_large - r_small, r_small, 0, 2 * G_PI);
            cairo_fill (cr);
            cairo_new_sub_path (cr);
            cairo_arc (cr, x + 2 * r_small + 3 * u + r_large, cy, r_large, 0, 2 * G_PI);
            cairo_fill (cr);
            sp_set_color (cr, scene->fg, 1);
            show_centered (cr, layout, x + SWATCH * u, cy);
          }
          break;

        case ROW_CLIENT:
          sp_rounded_rect (cr, sx - 5.5 * u, cy - 5.5 * u, 11 * u, 11 * u, 2.5 * u);
          sp_set_color (cr, scene->client_fill, 1);
          cairo_fill_preserve (cr);
          sp_set_color (cr, scene->client_stroke, 1);
          cairo_set_line_width (cr, 1.4 * u);
          cairo_stroke (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;

        case ROW_TIE:
          cairo_save (cr);
          cairo_set_line_width (cr, 1.6 * u);
          if (row->klass == SP_EDGE_CLIENT || row->klass == LEGEND_TIE_LOST)
            {
              double dash[] = { 4 * u, 3 * u };

              cairo_set_dash (cr, dash, 2, 0);
            }
          if (row->klass == LEGEND_TIE_LOST || row->klass == LEGEND_TIE_GAINED)
            cairo_set_line_width (cr, 2.2 * u);
          else
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          if (row->klass == SP_EDGE_INTERNAL)
            {
              /* "in the department's colour": three short strokes */
              for (guint c = 0; c < 3; c++)
                {
                  sp_set_color (cr, sp_palette_category (c), 0.9);
                  cairo_move_to (cr, x + (1 + 6 * c) * u, cy);
                  cairo_line_to (cr, x + (5 + 6 * c) * u, cy);
                  cairo_stroke (cr);
                }
            }
          else
            {
              sp_set_color (cr, row->color, 0.9);
              cairo_move_to (cr, x + 1 * u, cy);
              cairo_line_to (cr, x + 18 * u, cy);
              cairo_stroke (cr);
            }
          cairo_restore (cr);
          sp_set_color (cr, scene->fg, 1);
          show_centered (cr, layout, x + SWATCH * u, cy);
          break;

        default:
          break;
        }

      if (row->count != NULL && row->kind != ROW_GRADIENT)
        {
          g_autoptr (PangoLayout) count = sp_scene_text (scene, row->count, 11.0, PANGO_WEIGHT_NORMAL);

          sp_set_color (cr, scene->fg_muted, 1);
          show_centered (cr, count, box->x + box->width - PAD * u - text_width (count), cy);
        }
      y += h;
    }
  cairo_restore (cr);
}

/* ---- title ---- */

static char *
title_text (SpScene *scene)
{
  if (scene->opt->title != NULL)
    return g_strdup (scene->opt->title);
  if (scene->network->title != NULL && *scene->network->title != '\0')
    return g_strdup (scene->network->title);
  return g_strdup (_("Organisational network"));
}

static char *
subtitle_text (SpScene *scene)
{
  g_autofree char *title = NULL;
  g_autofree char *dataset = NULL;
  g_autofree char *date = NULL;

  if (scene->opt->subtitle != NULL)
    return g_strdup (scene->opt->subtitle);

  if (scene->opt->date != NULL)
    date = g_strdup (scene->opt->date);
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      /* TRANSLATORS: the date in an export's subtitle, see g_date_time_format() */
      date = g_date_time_format (now, _("%-d %B %Y"));
    }

  title = title_text (scene);
  if (scene->network->source_path != NULL)
    dataset = g_path_get_basename (scene->network->source_path);
  else if (scene->network->title != NULL)
    dataset = g_strdup (scene->network->title);

  /* the title already names the data set when nobody gave another */
  if (dataset == NULL || *dataset == '\0' || scene->opt->title == NULL)
    return g_steal_pointer (&date);
  return g_strdup_printf ("%s · %s", dataset, date);
}

double
sp_title_height (SpScene *scene)
{
  g_autofree char *title = title_text (scene);
  g_autofree char *subtitle = subtitle_text (scene);
  g_autoptr (PangoLayout) t = sp_scene_text (scene, title, 22, PANGO_WEIGHT_BOLD);
  g_autoptr (PangoLayout) s = sp_scene_text (scene, subtitle, 13, PANGO_WEIGHT_NORMAL);
  PangoRectangle a, b;

  pango_layout_get_pixel_extents (t, NULL, &a);
  pango_layout_get_pixel_extents (s, NULL, &b);
  return a.height + 2 * scene->u + b.height;
}

void
sp_title_draw (SpScene *scene,
               cairo_t *cr)
{
  g_autofree char *title = title_text (scene);
  g_autofree char *subtitle = subtitle_text (scene);
  g_autoptr (PangoLayout) t = sp_scene_text (scene, title, 22, PANGO_WEIGHT_BOLD);
  g_autoptr (PangoLayout) s = sp_scene_text (scene, subtitle, 13, PANGO_WEIGHT_NORMAL);
  PangoRectangle a;
  double x = scene->title_box.x, y = scene->title_box.y;

  pango_layout_set_width (t, (int) (scene->title_box.width * PANGO_SCALE));
  pango_layout_set_ellipsize (t, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (s, (int) (scene->title_box.width * PANGO_SCALE));
  pango_layout_set_ellipsize (s, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (t, NULL, &a);

  cairo_save (cr);
  sp_set_color (cr, scene->fg, 1);
  cairo_move_to (cr, x, y);
  sp_render_show_layout (cr, t);
  sp_set_color (cr, scene->fg_muted, 1);
  cairo_move_to (cr, x, y + a.height + 2 * scene->u);
  sp_render_show_layout (cr, s);
  cairo_restore (cr);
}

void
sp_message_draw (SpScene    *scene,
                 cairo_t    *cr,
                 const char *message,
                 const char *detail)
{
  g_autoptr (PangoLayout) m = sp_scene_text (scene, message, 20, PANGO_WEIGHT_BOLD);
  g_autoptr (PangoLayout) d = sp_scene_text (scene, detail, 13, PANGO_WEIGHT_NORMAL);
  PangoRectangle a, b;
  double cx = scene->opt->width / 2, cy = scene->opt->height / 2;

  pango_layout_get_pixel_extents (m, NULL, &a);
  pango_layout_get_pixel_extents (d, NULL, &b);
  cairo_save (cr);
  sp_set_color (cr, scene->fg_muted, 1);
  cairo_move_to (cr, cx - a.width / 2.0, cy - a.height);
  sp_render_show_layout (cr, m);
  cairo_move_to (cr, cx - b.width / 2.0, cy + 6 * scene->u);
  sp_render_show_layout (cr, d);
  cairo_restore (cr);
}
