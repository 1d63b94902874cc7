/* test-categories.c — colour by a categorical attribute, group by one, and
 * the safe palette's colours as colour-blind eyes see them. */
#include <math.h>
#include <string.h>

#include "sp-render.h"
#include "sp-palette.h"

/* ---- colour-blindness simulation ------------------------------------
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model
 * for simulation of color vision deficiency", the matrices of full
 * severity (1.0), applied to linear RGB; distances are CIE 1976 ΔE in
 * CIELAB (D65). */
static const double machado[4][3][3] = {
  { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },                                 /* normal */
  { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
    { -0.003882, -0.048116, 1.051998 } },                                    /* protanopia */
  { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
    { -0.011820, 0.042940, 0.968881 } },                                     /* deuteranopia */
  { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
    { 0.004733, 0.691367, 0.303900 } },                                      /* tritanopia */
};
static const char *const vision[] = { "normal", "protanopia", "deuteranopia", "tritanopia" };

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
lab_f (double t)
{
  return t > 216.0 / 24389.0 ? cbrt (t) : (24389.0 / 27.0 * t + 16) / 116;
}

/* @c as seen with @kind of vision, in CIELAB */
static void
seen_lab (SpColor c,
          guint   kind,
          double  lab[3])
{
  double lin[3] = { to_linear (c.r), to_linear (c.g), to_linear (c.b) }, s[3];
  double X, Y, Z;

  for (guint i = 0; i < 3; i++)
    {
      s[i] = 0;
      for (guint j = 0; j < 3; j++)
        s[i] += machado[kind][i][j] * lin[j];
      s[i] = CLAMP (s[i], 0, 1);
    }
  X = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
  Y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
  Z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
  lab[0] = 116 * lab_f (Y) - 16;
  lab[1] = 500 * (lab_f (X) - lab_f (Y));
  lab[2] = 200 * (lab_f (Y) - lab_f (Z));
}

static double
seen_distance (SpColor a,
               SpColor b,
               guint   kind)
{
  double p[3], q[3];

  seen_lab (a, kind, p);
  seen_lab (b, kind, q);
  return sqrt ((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1]) + (p[2] - q[2]) * (p[2] - q[2]));
}

static void
test_palette_colour_blind (void)
{
  SpColor colours[SP_PALETTE_N_SAFE + 1];

  for (guint k = 0; k < SP_PALETTE_N_SAFE; k++)
    colours[k] = sp_palette_safe (k);
  colours[SP_PALETTE_N_SAFE] = sp_palette_other (FALSE);

  for (guint kind = 0; kind < G_N_ELEMENTS (vision); kind++)
    {
      double least = INFINITY;

      for (guint a = 0; a <= SP_PALETTE_N_SAFE; a++)
        for (guint b = a + 1; b <= SP_PALETTE_N_SAFE; b++)
          least = MIN (least, seen_distance (colours[a], colours[b], kind));
      g_test_message ("%s: the closest two colours are ΔE %.1f apart", vision[kind], least);
      g_assert_cmpfloat (least, >=, 15.0);
    }

  /* the simulation has teeth: matplotlib's red and green under
   * deuteranopia, and its blue and purple under protanopia, fall below */
  g_assert_cmpfloat (seen_distance (sp_color_from_hex (0xD62728), sp_color_from_hex (0x2CA02C), 2), <, 15.0);
  g_assert_cmpfloat (seen_distance (sp_color_from_hex (0x1F77B4), sp_color_from_hex (0x9467BD), 1), <, 15.0);
  g_assert_cmpfloat (seen_distance (sp_color_from_hex (0xD62728), sp_color_from_hex (0x2CA02C), 0), >, 100.0);
  /* beyond the palette is "other" */
  {
    SpColor o = sp_palette_safe (SP_PALETTE_N_SAFE), p = sp_palette_other (FALSE);

    g_assert_true (o.r == p.r && o.g == p.g && o.b == p.b);
  }
}

/* ---- a fill by category ---------------------------------------------- */

static guint32
hex_of (SpColor c)
{
  return (guint32) lround (c.r * 255) << 16 | (guint32) lround (c.g * 255) << 8 | (guint32) lround (c.b * 255);
}

static gboolean
has_entry (GPtrArray  *entries,
           const char *entry)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (g_ptr_array_index (entries, i), entry) == 0)
      return TRUE;
  return FALSE;
}

/* 14 people: location A ×4, B ×3, C ×2, D … I once each, and one
 * without; laid out on a line, tied in a chain. */
static SpNetwork *
make_locations (void)
{
  static const char *const where[] = { "A", "A", "A", "A", "B", "B", "B", "C", "C",
                                       "D", "E", "F", "G", "H", "I", NULL };
  SpNetwork *net = sp_network_new ();
  SpAttribute *location = sp_network_ensure_attribute (net, "location", SP_ATTR_CATEGORICAL);
  guint n = G_N_ELEMENTS (where);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, k)->department = sp_network_intern (net, i % 2 ? "Odd" : "Even");
      if (where[i] != NULL)
        sp_network_set_string (net, location, k, where[i]);
      if (i > 0)
        sp_network_add_tie (net, i - 1, i, 0, 1);
    }
  sp_network_ensure_positions (net);
  for (guint i = 0; i < n; i++)
    {
      net->x[i] = 60.0 * i;
      net->y[i] = (i % 3) * 40.0;
    }
  net->has_layout = TRUE;
  return net;
}

static void
test_color_by_category (void)
{
  g_autoptr (SpNetwork) net = make_locations ();
  SpRenderOptions options;
  SpScene *scene;
  guint32 rgb;

  sp_render_options_init (&options, 1280, 800);
  options.color_by = "location";
  scene = sp_scene_new (net, &options);

  /* the most frequent values first: A, B, C, then D, E, F, G (one each,
   * in natural order); H and I share "other"; p15 has no value */
  g_assert_true (sp_scene_node_color (scene, 0, &rgb));
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_safe (0)));
  g_assert_true (sp_scene_node_color (scene, 5, &rgb));
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_safe (1)));
  g_assert_true (sp_scene_node_color (scene, 8, &rgb));
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_safe (2)));
  g_assert_true (sp_scene_node_color (scene, 12, &rgb));   /* G */
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_safe (6)));
  g_assert_true (sp_scene_node_color (scene, 13, &rgb));   /* H */
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_other (FALSE)));
  g_assert_true (sp_scene_node_color (scene, 14, &rgb));   /* I */
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_other (FALSE)));
  g_assert_true (sp_scene_node_color (scene, 15, &rgb));
  g_assert_cmphex (rgb, ==, hex_of (sp_palette_missing (FALSE)));
  {
    g_autoptr (GPtrArray) entries = sp_scene_legend_entries (scene);

    g_assert_true (has_entry (entries, "header:location"));
    g_assert_true (has_entry (entries, "category:A"));
    g_assert_true (has_entry (entries, "category:G"));
    g_assert_false (has_entry (entries, "category:H"));
    g_assert_true (has_entry (entries, "category:Other (2 values)"));
    g_assert_true (has_entry (entries, "category:No value"));
    g_assert_false (has_entry (entries, "header:Departments"));
  }
  sp_scene_unref (scene);

  /* a filter does not change a value's colour: B stays B with A hidden */
  {
    g_autofree gboolean *visible = g_new (gboolean, sp_network_n_nodes (net));

    for (guint i = 0; i < sp_network_n_nodes (net); i++)
      visible[i] = i >= 4;
    options.node_visible = visible;
    scene = sp_scene_new (net, &options);
    g_assert_true (sp_scene_node_color (scene, 5, &rgb));
    g_assert_cmphex (rgb, ==, hex_of (sp_palette_safe (1)));
    sp_scene_unref (scene);
  }
}

/* ---- groups by an attribute ------------------------------------------ */

/* office A: p0 p1 p2; office B: p3 p4; p5 none.
 * ties p0-p1 p1-p2 p2-p3 p3-p4 p4-p5.
 * By hand: A has I = 2 (p0-p1, p1-p2), E = 1 (p2-p3): E-I = −1/3;
 * B has I = 1 (p3-p4), E = 2 (p2-p3, p4-p5): E-I = +1/3. */
static void
test_group_by_attribute (void)
{
  static const char *const office[] = { "A", "A", "A", "B", "B", NULL };
  g_autoptr (SpNetwork) net = sp_network_new ();
  SpAttribute *attr = sp_network_ensure_attribute (net, "office", SP_ATTR_CATEGORICAL);
  SpRenderOptions options;
  SpScene *scene;
  guint32 a, b;

  for (guint i = 0; i < G_N_ELEMENTS (office); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      gint k = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

      sp_network_node (net, k)->department = sp_network_intern (net, "Everyone");
      if (office[i] != NULL)
        sp_network_set_string (net, attr, k, office[i]);
      if (i > 0)
        sp_network_add_tie (net, i - 1, i, 0, 1);
    }
  sp_network_ensure_positions (net);
  for (guint i = 0; i < G_N_ELEMENTS (office); i++)
    {
      net->x[i] = 100.0 * i;
      net->y[i] = (i % 2) * 80.0;
    }
  net->has_layout = TRUE;

  sp_render_options_init (&options, 1280, 800);
  options.group_by = "office";
  options.hulls = TRUE;
  scene = sp_scene_new (net, &options);
  {
    g_autoptr (GPtrArray) hulls = sp_scene_hull_labels (scene);
    g_autoptr (GPtrArray) entries = sp_scene_legend_entries (scene);

    g_assert_cmpuint (hulls->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (hulls, 0), ==, "A · E-I −0.33");
    g_assert_cmpstr (g_ptr_array_index (hulls, 1), ==, "B · E-I +0.33");
    g_assert_true (has_entry (entries, "header:office"));
    g_assert_true (has_entry (entries, "category:No value"));
    g_assert_false (has_entry (entries, "header:Departments"));
  }
  /* the groups' colours, not the one department's */
  g_assert_true (sp_scene_node_color (scene, 0, &a));
  g_assert_true (sp_scene_node_color (scene, 3, &b));
  g_assert_cmphex (a, ==, hex_of (sp_palette_category (0)));
  g_assert_cmphex (b, ==, hex_of (sp_palette_category (1)));
  sp_scene_unref (scene);

  /* by department (the default): one group */
  options.group_by = NULL;
  scene = sp_scene_new (net, &options);
  {
    g_autoptr (GPtrArray) hulls = sp_scene_hull_labels (scene);

    g_assert_cmpuint (hulls->len, ==, 1);
    g_assert_true (g_str_has_prefix (g_ptr_array_index (hulls, 0), "Everyone"));
  }
  sp_scene_unref (scene);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/safe-for-colour-blind-eyes", test_palette_colour_blind);
  g_test_add_func ("/render/color-by-category", test_color_by_category);
  g_test_add_func ("/render/group-by-attribute", test_group_by_attribute);

  return g_test_run ();
}
