/* sp-cli.c — the headless command line (needs no display)
 *
 * Parses the options of DESIGN.md's "Command line", loads the file, and
 * hands the work to the core: export, metrics, group metrics, client
 * reports.  Exit status: 0 done, 1 bad input, 2 usage error.
 */
#define G_LOG_DOMAIN "sp-cli"

#include "sp-cli.h"
#include "sp-i18n.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sp-import.h"
#include "sp-layout.h"
#include "sp-render.h"
#include "sp-view-options.h"
#include "sp-scenario.h"
#include "sp-metrics.h"
#include "sp-graph.h"
#include "sp-group-metrics.h"
#include "sp-similarity.h"
#include "sp-client-metrics.h"
#include "sp-client-layout.h"
#include "sp-projection.h"
#include "sp-strategy.h"
#include "sp-compare.h"
#include "sp-insights.h"
#include "sp-talent-grid.h"
#include "sp-key-players.h"
#include "sp-output.h"
#include "sp-filter.h"

enum {
  EXIT_OK = 0,
  EXIT_BAD_INPUT = 1,
  EXIT_USAGE = 2,
};

/* The largest drawing --width × --height may ask for: a PNG has twice
 * the pixels a side, so 36 million pixels make a 576 MB image. */
#define MAX_DRAWING_PIXELS 36000000.0

typedef struct {
  char    *export_path;
  char    *save_path;
  char    *metrics_path;
  char    *group_metrics_path;
  char    *group_by;
  char    *filter;
  gboolean layout_groups;
  char    *group_matrix_path;
  char    *similar_path;
  char    *client_report_path;
  char    *overlap_path;
  char    *client_matrix_path;
  gboolean project;
  char    *map;
  char    *layout;
  char    *color_by;
  char    *size_by;
  char    *indicator;
  char    *ties;
  char    *access_type;
  char    *people;
  char    *clients;
  char    *title;
  char    *view;
  char    *remove;
  char    *strategy;
  char    *fit_report;
  char    *compare;
  gboolean anonymize;
  gboolean exact;
  gboolean heatmap;
  gboolean hulls;
  char    *insights_path;
  char    *highlight;
  char    *talent_grid_path;
  char    *performance;
  char    *potential;
  char    *grid_cuts;
  char    *key_players;
  char    *fragmenters;
  char    *players_out;
  gboolean version;
  gint     width;
  gint     height;
  char   **files;
} SpCliOptions;

static void
sp_cli_options_clear (SpCliOptions *o)
{
  g_free (o->export_path);
  g_free (o->save_path);
  g_free (o->metrics_path);
  g_free (o->group_metrics_path);
  g_free (o->group_by);
  g_free (o->filter);
  g_free (o->group_matrix_path);
  g_free (o->similar_path);
  g_free (o->client_report_path);
  g_free (o->overlap_path);
  g_free (o->client_matrix_path);
  g_free (o->layout);
  g_free (o->color_by);
  g_free (o->size_by);
  g_free (o->indicator);
  g_free (o->insights_path);
  g_free (o->highlight);
  g_free (o->talent_grid_path);
  g_free (o->performance);
  g_free (o->potential);
  g_free (o->grid_cuts);
  g_free (o->key_players);
  g_free (o->fragmenters);
  g_free (o->players_out);
  g_free (o->ties);
  g_free (o->access_type);
  g_free (o->people);
  g_free (o->clients);
  g_free (o->title);
  g_free (o->view);
  g_free (o->remove);
  g_free (o->strategy);
  g_free (o->fit_report);
  g_free (o->compare);
  g_free (o->map);
  g_strfreev (o->files);
}

static const char *headless_options[] = {
  "--export", "--metrics", "--group-metrics", "--group-matrix", "--similar", "--client-report",
  "--overlap", "--client-matrix", "--insights", "--fit-report", "--save", "--talent-grid",
  "--key-players", "--fragmenters", "--players-out", "--help", "-h", "--help-all", "--version", NULL
};

gboolean
sp_cli_is_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      for (guint j = 0; headless_options[j] != NULL; j++)
        {
          gsize len = strlen (headless_options[j]);
          if (strncmp (argv[i], headless_options[j], len) == 0 &&
              (argv[i][len] == '\0' || argv[i][len] == '='))
            return TRUE;
        }
    }
  return FALSE;
}

/* Progress of long work on stderr, when stderr is a terminal: one line,
 * rewritten in place ("Laying out… 40%"), cleared when done.  May be
 * called from worker threads. */
static gboolean progress_shown;
static G_LOCK_DEFINE (progress);

static void
clear_progress (void)
{
  G_LOCK (progress);
  if (progress_shown)
    {
      fputs ("\r\033[K", stderr);
      fflush (stderr);
      progress_shown = FALSE;
    }
  G_UNLOCK (progress);
}

static void
show_progress (double   fraction,
               gpointer user_data)
{
  static int last_percent = -2;
  static const char *last_label;
  const char *label = user_data;
  int percent = fraction < 0 ? -1 : (int) (CLAMP (fraction, 0.0, 1.0) * 100.0);

  if (!isatty (STDERR_FILENO))
    return;
  /* done: the line goes at once, before anything is written to a
   * terminal on standard output */
  if (fraction >= 1.0)
    {
      clear_progress ();
      return;
    }
  G_LOCK (progress);
  if (percent != last_percent || label != last_label)
    {
      if (percent < 0)
        fprintf (stderr, "\r\033[K%s", label);
      else
        fprintf (stderr, "\r\033[K%s %d%%", label, percent);
      fflush (stderr);
      last_percent = percent;
      last_label = label;
      progress_shown = TRUE;
    }
  G_UNLOCK (progress);
}


static void
print_error (const char *message)
{
  /* The message already reads "FILE:LINE: what is wrong" for bad input;
   * what it quotes from a file (or a strategy) must not drive the terminal. */
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  g_autofree char *escaped = sp_error_escape_controls (valid);

  clear_progress ();
  g_printerr ("%s\n", escaped);
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *prgname = g_strdup (g_get_prgname ());

  g_printerr ("%s: %s\n", prgname != NULL ? prgname : "samenspel", message);
  g_printerr (_("Try “%s --help” for more information.\n"),
              prgname != NULL ? prgname : "samenspel");
  return EXIT_USAGE;
}

/* --remove=ID[,ID…]: the people taken out, for the scenario. */
static GStrv
parse_removed (const char *spec)
{
  g_auto (GStrv) ids = g_strsplit (spec, ",", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);

      if (*id != '\0')
        g_strv_builder_add (builder, id);
    }
  return g_strv_builder_end (builder);
}

/* --view=VIEW: the names of DESIGN.md's command line, in any case. */
static gboolean
parse_view (const char   *name,
            SpRenderView *view)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  return sp_render_view_from_string (lower, view);
}

/* What the export flags choose, as the window keeps it: the same view
 * state gives the same drawing options (sp_render_options_from_view). */
static SpViewState *
view_from_flags (SpCliOptions   *o,
                 SpNetwork      *network,
                 const gboolean *tie_mask,
                 const gboolean *removed)
{
  SpViewState *view = sp_view_state_new ();
  g_autoptr (GStrvBuilder) hidden_types = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) hidden_people = g_strv_builder_new ();
  SpRenderView kind = SP_RENDER_VIEW_NETWORK;

  if (o->view != NULL && !parse_view (o->view, &kind))
    g_assert_not_reached (); /* validated in sp_cli_run */
  view->view = kind == SP_RENDER_VIEW_NETWORK ? NULL : g_strdup (sp_render_view_to_string (kind));
  /* an export places every label that fits */
  view->label_density = 1.0;
  view->color_by = g_strdup (o->color_by);
  view->size_by = g_strdup (o->size_by);
  view->group_by = g_strdup (o->group_by);
  /* the command line rings people by their constraint unless told */
  view->indicator = g_strdup (o->indicator != NULL ? o->indicator : "constraint");
  view->heatmap = o->heatmap;
  view->hulls = o->hulls;
  view->highlight = g_strdup (o->highlight);
  view->filter = g_strdup (o->filter);

  for (guint t = 0; tie_mask != NULL && t < network->tie_types->len; t++)
    if (!tie_mask[t])
      g_strv_builder_add (hidden_types, g_ptr_array_index (network->tie_types, t));
  view->hidden_tie_types = g_strv_builder_end (hidden_types);
  /* the network view shows the people taken out as ghosts (what-if);
   * the other views leave them out */
  if (kind != SP_RENDER_VIEW_NETWORK)
    for (guint i = 0; removed != NULL && i < sp_network_n_nodes (network); i++)
      if (removed[i])
        g_strv_builder_add (hidden_people, sp_network_node (network, i)->id);
  view->hidden_people = g_strv_builder_end (hidden_people);

  return view;
}

/* The measures the chosen view needs, computed once here into the
 * results cache the drawing then reads (as the window's canvas does):
 * the fill, the ring, the hulls, the tables and a named list to point at.
 * @insights is borrowed from @measures. */
static gboolean
export_measures (const SpViewState *vs,
                 SpRenderView       view,
                 SpMeasures        *measures,
                 const gboolean    *tie_mask,
                 const gboolean    *removed,
                 SpMetrics        **metrics,
                 SpInsights       **insights,
                 GError           **error)
{
  SpNetwork *network = sp_measures_get_network (measures);
  SpMetricsFlags flags = SP_METRICS_DEGREE;
  SpAttribute *attr = vs->color_by != NULL ? sp_network_find_attribute (network, vs->color_by) : NULL;
  SpRingIndicator ring = SP_RING_NONE;

  if (vs->indicator != NULL && !sp_ring_indicator_from_string (vs->indicator, &ring))
    g_assert_not_reached (); /* validated in sp_cli_run */

  if (vs->color_by != NULL && attr == NULL)
    flags = SP_METRICS_ALL;
  if (ring != SP_RING_NONE || vs->hulls)
    flags |= SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING | SP_METRICS_EI_INDEX;
  if (vs->highlight != NULL || view == SP_RENDER_VIEW_HEAT_TABLE || view == SP_RENDER_VIEW_QUADRANTS)
    flags |= SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING;
  if (sp_view_state_filter_uses_measures (vs, network))
    flags = SP_METRICS_ALL;
  /* the talent grid's network positions */
  if (view == SP_RENDER_VIEW_TALENT_GRID)
    flags |= SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES;
  *metrics = sp_measures_metrics (measures, tie_mask, removed, flags, show_progress,
                                  (gpointer) _("Measuring…"), NULL, error);
  if (*metrics == NULL)
    return FALSE;
  if (vs->highlight != NULL)
    *insights = sp_measures_insights (measures, tie_mask, removed, *metrics);
  return TRUE;
}

/* --performance, --potential and --grid-cuts, as the talent grid reads
 * them (the cuts validated in sp_cli_run). */
static void
talent_grid_spec (SpCliOptions     *o,
                  SpTalentGridSpec *spec)
{
  memset (spec, 0, sizeof *spec);
  spec->performance = o->performance;
  spec->potential = o->potential;
  if (o->grid_cuts != NULL && !sp_talent_grid_parse_cuts (o->grid_cuts, spec, NULL))
    g_assert_not_reached ();
}

/* --talent-grid=OUT: one row per person with their levels and box. */
static int
run_talent_grid (SpCliOptions   *o,
                 SpNetwork      *network,
                 const gboolean *tie_mask,
                 const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpMetrics) metrics = NULL;
  g_autoptr (SpTalentGrid) grid = NULL;
  SpTalentGridSpec spec;

  talent_grid_spec (o, &spec);
  metrics = sp_metrics_compute_full (network, tie_mask, removed,
                                     SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES,
                                     0, show_progress, (gpointer) _("Measuring…"), NULL, &error);
  if (metrics == NULL)
    goto fail;
  grid = sp_talent_grid_compute (network, metrics, tie_mask, removed, &spec, &error);
  if (grid == NULL)
    {
      g_printerr ("%s: --talent-grid: %s\n", o->files[0], error->message);
      return EXIT_BAD_INPUT;
    }
  if (!sp_talent_grid_write_csv (grid, network, o->talent_grid_path, &error))
    goto fail;
  return EXIT_OK;

fail:
  print_error (error->message);
  return EXIT_BAD_INPUT;
}

static int
run_insights (SpCliOptions   *o,
              SpNetwork      *network,
              const gboolean *tie_mask,
              const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpMetrics) metrics = NULL;
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpInsights) insights = NULL;

  metrics = sp_metrics_compute_full (network, tie_mask, removed,
                                     SP_METRICS_DEGREE | SP_METRICS_BETWEENNESS |
                                     SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING,
                                     0, show_progress, (gpointer) _("Measuring…"), NULL, &error);
  if (metrics == NULL)
    goto fail;
  groups = sp_group_metrics_compute (network, tie_mask, removed, NULL, metrics, &error);
  if (groups == NULL)
    goto fail;
  insights = sp_insights_compute_full (network, tie_mask, metrics, groups);
  /* --group-by: whether people go to people like themselves, by that
   * attribute, after the departments' sentences */
  if (o->group_by != NULL && !g_str_equal (o->group_by, "department"))
    {
      g_autoptr (SpGroupMetrics) by = sp_group_metrics_compute (network, tie_mask, removed, o->group_by,
                                                                metrics, &error);
      char *sentence;

      if (by == NULL)
        goto fail;
      if ((sentence = sp_insights_homophily (by, o->group_by)) != NULL)
        g_ptr_array_add (insights->summary, sentence);
    }
  if (!sp_insights_write (insights, network, metrics, o->insights_path, &error))
    goto fail;
  return EXIT_OK;

fail:
  print_error (error->message);
  return EXIT_BAD_INPUT;
}

/* --export with --remove or --compare: what changes, drawn on the layout
 * (ghosts, ties gained and lost) with sentences for the caption. */
static gboolean
export_changes (SpCliOptions    *o,
                SpNetwork       *network,
                const gboolean  *tie_mask,
                SpScenario      *scenario,
                SpRenderOptions *ropts,
                SpViewStorage   *storage,
                GError         **error)
{
  if (o->compare != NULL)
    {
      g_autoptr (SpNetwork) before = sp_import_file (o->compare, NULL, error);
      g_autofree char *before_name = NULL;
      g_autofree char *after_name = NULL;

      if (before == NULL)
        return FALSE;
      /* --compare names the earlier data set; FILE is the later one */
      before_name = g_path_get_basename (o->compare);
      after_name = g_path_get_basename (o->files[0]);
      sp_scenario_set_comparison (scenario, before, FALSE, before_name, after_name);
    }
  if (!sp_scenario_compute (scenario, network, tie_mask, o->ties, NULL, error))
    return FALSE;
  sp_render_options_from_scenario (ropts, scenario, network, storage);
  return TRUE;
}

/* --save: the network with its layout, written by the writer Ctrl+S uses
 * (sp_graphml_save: atomic, and refusing text that would not reopen); laid
 * out first, as --export does, when the file had no positions. */
static int
run_save (SpCliOptions *o,
          SpNetwork    *network)
{
  g_autoptr (GError) error = NULL;
  SpLayoutEngine engine = SP_LAYOUT_SFDP;

  if (o->layout != NULL && !sp_layout_engine_from_string (o->layout, &engine))
    g_assert_not_reached (); /* validated in sp_cli_run */
  if (!network->has_layout &&
      !sp_layout_run_grouped (network, engine, o->layout_groups ? (o->group_by ? o->group_by : "department") : NULL,
                              show_progress, (gpointer) _("Laying out…"), NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  if (!sp_graphml_save (network, o->save_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
run_export (SpCliOptions   *o,
            SpNetwork      *network,
            const gboolean *tie_mask,
            const gboolean *removed,
            SpScenario     *scenario)
{
  g_autoptr (GError) error = NULL;
  SpLayoutEngine engine = SP_LAYOUT_SFDP;
  SpRenderOptions ropts;
  SpRenderView view = SP_RENDER_VIEW_NETWORK;
  g_autoptr (SpViewState) vs = view_from_flags (o, network, tie_mask, removed);
  g_auto (SpViewStorage) storage = { 0 };
  g_autoptr (SpMeasures) measures = sp_measures_new (network);
  g_autoptr (SpMetrics) metrics = NULL;
  SpInsights *insights = NULL;

  if (o->layout != NULL && !sp_layout_engine_from_string (o->layout, &engine))
    g_assert_not_reached (); /* validated in sp_cli_run */
  if (vs->view != NULL && !sp_render_view_from_string (vs->view, &view))
    g_assert_not_reached ();

  if (!network->has_layout &&
      !sp_layout_run_grouped (network, engine, o->layout_groups ? (o->group_by ? o->group_by : "department") : NULL,
                              show_progress, (gpointer) _("Laying out…"), NULL, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }

  /* the client view: clients on a ring around the organisation */
  if (view == SP_RENDER_VIEW_CLIENTS)
    sp_layout_place_clients_around (network);

  if (!export_measures (vs, view, measures, tie_mask, removed, &metrics, &insights, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  /* a list that cannot be made here is said, not drawn as nobody */
  {
    SpInsightKind kind;

    if (insights != NULL && o->highlight != NULL && sp_insight_kind_from_string (o->highlight, &kind) &&
        insights->unavailable[kind] != NULL)
      {
        /* Translators: the file, the --highlight list, then why it cannot be computed */
        g_autofree char *note = g_strdup_printf (_("%s: --highlight=%s: %s"), o->files[0], o->highlight,
                                                 insights->unavailable[kind]);

        print_error (note);
      }
  }
  sp_render_options_init (&ropts, o->width, o->height);
  /* (before the view: a filter on a measure reads them) */
  ropts.metrics = metrics;
  sp_render_options_from_view (&ropts, vs, network, insights, &storage);
  ropts.measures = measures;
  ropts.title = o->title;
  ropts.anonymize = o->anonymize;
  talent_grid_spec (o, &ropts.talent_grid);
  if (view == SP_RENDER_VIEW_NETWORK && (removed != NULL || o->compare != NULL))
    {
      if (!export_changes (o, network, tie_mask, scenario, &ropts, &storage, &error))
        {
          print_error (error->message);
          return EXIT_BAD_INPUT;
        }
    }
  /* the drawing says what it shows: whom a what-if takes out, the tie
   * types it leaves out, before and after */
  sp_render_options_add_state (&ropts, network, vs, scenario, &storage);

  show_progress (-1, (gpointer) _("Drawing…"));
  if (!sp_export_file (network, &ropts, o->export_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

/* With --compare: the other file is "before", FILE is "after". */
static int
run_compare_metrics (SpCliOptions   *o,
                     SpNetwork      *network,
                     SpMetrics      *after,
                     const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) before = sp_import_file (o->compare, NULL, &error);
  g_autofree gboolean *before_mask = NULL;
  g_autoptr (SpMetrics) m_before = NULL;
  g_autoptr (SpComparison) comparison = NULL;

  if (before == NULL)
    goto fail;
  if (o->ties != NULL &&
      (before_mask = sp_network_parse_tie_types (before, o->ties, &error)) == NULL)
    goto fail;
  m_before = sp_metrics_compute (before, before_mask, NULL, show_progress,
                                 (gpointer) _("Measuring…"), NULL, &error);
  if (m_before == NULL)
    goto fail;
  comparison = sp_compare_networks (before, network, o->ties, &error);
  if (comparison == NULL ||
      !sp_compare_write_metrics_csv (before, m_before, network, after, comparison,
                                     o->metrics_path, &error))
    goto fail;
  return EXIT_OK;

fail:
  print_error (error->message);
  return EXIT_BAD_INPUT;
}

/* Estimated measures say so on stderr, with the columns of their margins
 * and how to get exact values. */
static void
note_estimates (SpMetrics *metrics)
{
  g_autofree char *what = sp_metrics_describe_estimate (metrics);

  if (what == NULL)
    return;
  /* TRANSLATORS: %s is a sentence saying which values are estimates */
  g_printerr (_("samenspel: %s (columns betweenness_margin95 and closeness_margin95; "
                "--exact for exact values)\n"), what);
}

static int
run_metrics (SpCliOptions   *o,
             SpNetwork      *network,
             const gboolean *tie_mask,
             const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpMetrics) metrics = NULL;

  metrics = sp_metrics_compute (network, tie_mask, removed, show_progress,
                                (gpointer) _("Measuring…"), NULL, &error);
  if (metrics != NULL)
    note_estimates (metrics);
  if (metrics != NULL && o->compare != NULL)
    return run_compare_metrics (o, network, metrics, removed);
  if (metrics != NULL && o->filter != NULL)
    {
      /* --filter: the rows of the people it picks (their measures are
       * still those of the whole network) */
      g_autoptr (SpFilter) filter = sp_filter_parse (o->filter, network, NULL);
      g_autofree gboolean *rows = g_new (gboolean, MAX (sp_network_n_nodes (network), 1));

      g_assert (filter != NULL); /* validated in sp_cli_run */
      for (guint i = 0; i < sp_network_n_nodes (network); i++)
        rows[i] = TRUE;
      sp_filter_apply (filter, network, metrics, rows);
      if (!sp_metrics_write_csv_rows (network, metrics, rows, o->metrics_path, &error))
        {
          print_error (error->message);
          return EXIT_BAD_INPUT;
        }
      return EXIT_OK;
    }
  if (metrics == NULL ||
      !sp_metrics_write_csv (network, metrics, o->metrics_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
run_group_metrics (SpCliOptions   *o,
                   SpNetwork      *network,
                   const gboolean *tie_mask,
                   const gboolean *removed)
{
  g_autoptr (GError) error = NULL;

  if (!sp_group_metrics_write_csv (network, tie_mask, removed, o->group_by,
                                   o->group_metrics_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

/* --group-matrix: the ties between each pair of groups of --group-by. */
static int
run_group_matrix (SpCliOptions   *o,
                  SpNetwork      *network,
                  const gboolean *tie_mask,
                  const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpGroupMatrix) gmx = sp_group_matrix_compute (network, tie_mask, removed,
                                                           o->group_by, &error);

  if (gmx == NULL || !sp_group_matrix_write (gmx, o->group_matrix_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

/* --similar: who could replace whom, the three most similar colleagues. */
static int
run_similar (SpCliOptions   *o,
             SpNetwork      *network,
             const gboolean *tie_mask,
             const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpSimilarities) similar = NULL;

  similar = sp_similarity_compute (network, tie_mask, removed, SP_SIMILAR_DEFAULT_K,
                                   show_progress, (gpointer) _("Comparing tie profiles…"),
                                   NULL, &error);
  if (similar == NULL ||
      !sp_similarities_write_csv (network, similar, o->similar_path, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
run_client_reports (SpCliOptions   *o,
                    SpNetwork      *network,
                    const gboolean *tie_mask,
                    const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpClientMetrics) cm = sp_client_metrics_compute (network, tie_mask, removed);

  if ((o->client_report_path != NULL &&
       !sp_client_metrics_write_csv (network, cm, o->client_report_path, &error)) ||
      (o->overlap_path != NULL &&
       !sp_client_overlap_write_csv (network, cm, o->overlap_path, &error)) ||
      (o->client_matrix_path != NULL &&
       !sp_client_matrix_write_csv (network, cm, o->client_matrix_path, &error)))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

static int
run_fit_report (SpCliOptions   *o,
                SpNetwork      *network,
                const gboolean *tie_mask,
                const gboolean *removed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpStrategy) strategy = sp_strategy_load (o->strategy, &error);
  g_autoptr (SpMetrics) metrics = NULL;
  g_autoptr (SpGroupMetrics) groups = NULL;
  g_autoptr (SpClientMetrics) clients = NULL;
  g_autoptr (GArray) results = NULL;

  if (strategy == NULL)
    goto fail;
  metrics = sp_metrics_compute_full (network, tie_mask, removed,
                                     SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING |
                                     SP_METRICS_COMMUNITY,
                                     0, show_progress, (gpointer) _("Measuring…"), NULL, &error);
  if (metrics == NULL)
    goto fail;
  groups = sp_group_metrics_compute (network, tie_mask, removed, NULL, metrics, &error);
  if (groups == NULL)
    goto fail;
  clients = sp_client_metrics_compute (network, tie_mask, removed);
  results = sp_strategy_evaluate (strategy, network, groups, clients);
  if (!sp_fit_report_write_csv (results, o->fit_report, &error))
    goto fail;
  return EXIT_OK;

fail:
  print_error (error->message);
  return EXIT_BAD_INPUT;
}

/* --key-players / --fragmenters: the set, as rank,id,name,value, to
 * --players-out. */
static int
run_key_players (SpCliOptions    *o,
                 SpNetwork       *network,
                 const gboolean  *tie_mask,
                 const gboolean  *removed,
                 SpKeyPlayerGoal  goal,
                 guint            k)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpKeyPlayers) players = NULL;
  const char *label = goal == SP_KEY_PLAYERS_REACH ? _("Finding key players…") : _("Finding fragmenters…");

  players = sp_key_players_compute (network, tie_mask, removed, goal, k, show_progress,
                                    (gpointer) label, NULL, &error);
  if (players == NULL || !sp_key_players_write_csv (network, players, o->players_out, &error))
    {
      print_error (error->message);
      return EXIT_BAD_INPUT;
    }
  return EXIT_OK;
}

/* Every output against every input, before anything is written. */
static gboolean
check_outputs (SpCliOptions          *o,
               const SpImportOptions *iopts,
               GError               **error)
{
  const char *outputs[] = {
    o->metrics_path, o->group_metrics_path, o->group_matrix_path, o->similar_path,
    o->client_report_path, o->overlap_path, o->client_matrix_path, o->fit_report,
    o->insights_path, o->export_path, o->save_path, o->talent_grid_path, o->players_out,
  };
  g_autoptr (GPtrArray) out = g_ptr_array_new ();
  g_autoptr (GPtrArray) in = sp_import_list_inputs (o->files[0], iopts);
  guint n_stdout = 0;

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    if (outputs[i] != NULL)
      {
        g_ptr_array_add (out, (gpointer) outputs[i]);
        n_stdout += g_str_equal (outputs[i], "-");
      }
  /* two tables run together on standard output would read as one */
  if (n_stdout > 1)
    {
      g_set_error_literal (error, SP_ERROR, SP_ERROR_INVALID,
                           _("only one output can go to standard output (“-”); give the others a file"));
      return FALSE;
    }
  g_ptr_array_add (out, NULL);
  if (o->compare != NULL)
    {
      g_autoptr (GPtrArray) before = sp_import_list_inputs (o->compare, NULL);

      for (guint i = 0; i < before->len; i++)
        g_ptr_array_add (in, g_strdup (g_ptr_array_index (before, i)));
    }
  if (o->strategy != NULL)
    g_ptr_array_add (in, g_strdup (o->strategy));
  g_ptr_array_add (in, NULL);
  return sp_output_check_paths ((const char * const *) in->pdata,
                                (const char * const *) out->pdata, error);
}

int
sp_cli_run (int    argc,
            char **argv)
{
  SpCliOptions o = { 0 };
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) network = NULL;
  g_autofree gboolean *tie_mask = NULL;
  g_autofree gboolean *removed = NULL;
  g_autoptr (SpScenario) scenario = sp_scenario_new ();
  SpImportOptions iopts = { 0 };
  SpLayoutEngine engine;
  SpKeyPlayerGoal players_goal = SP_KEY_PLAYERS_REACH;
  const char *player_option = NULL;
  guint n_players = 0;
  int status = EXIT_OK;
  const GOptionEntry entries[] = {
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &o.export_path,
      N_("Render the network to OUT: .png, .svg or .pdf by extension"), N_("OUT") },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &o.save_path,
      N_("Save the network with its layout as GraphML, as Ctrl+S does (laid out first when FILE has no positions)"),
      N_("OUT.graphml") },
    { "metrics", 0, 0, G_OPTION_ARG_FILENAME, &o.metrics_path,
      N_("Write per-person measures as CSV to OUT (“-” for standard output)"), N_("OUT") },
    { "group-metrics", 0, 0, G_OPTION_ARG_FILENAME, &o.group_metrics_path,
      N_("Write one row per department, and one for the organisation, to OUT"), N_("OUT") },
    { "group-matrix", 0, 0, G_OPTION_ARG_FILENAME, &o.group_matrix_path,
      N_("Write the groups × groups matrix (the number of ties between each pair of groups) to OUT"),
      N_("OUT") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &o.group_by,
      N_("Group by this categorical attribute (e.g. club, office, location) instead of the department: the group metrics, the group matrix, and a drawing's colours, hulls and legend"),
      N_("ATTRIBUTE") },
    { "layout-groups", 0, 0, G_OPTION_ARG_NONE, &o.layout_groups,
      N_("Lay out keeping each group (department, or --group-by) together, so that the groups' hulls overlap less"),
      NULL },
    { "filter", 0, 0, G_OPTION_ARG_STRING, &o.filter,
      N_("With --export and --metrics: only the people matching EXPRESSION, e.g. "
         "\"performance >= 4 and location = Utrecht\" (see the README for the syntax)"),
      N_("EXPRESSION") },
    { "similar", 0, 0, G_OPTION_ARG_FILENAME, &o.similar_path,
      N_("Write each person’s three most similar colleagues (the correlation of their tie profiles: who could replace whom) to OUT"),
      N_("OUT") },
    { "client-report", 0, 0, G_OPTION_ARG_FILENAME, &o.client_report_path,
      N_("Write one row per client (contacts, departments, single point of contact) to OUT"), N_("OUT") },
    { "overlap", 0, 0, G_OPTION_ARG_FILENAME, &o.overlap_path,
      N_("Write the department × department overlap of client sets to OUT"), N_("OUT") },
    { "client-matrix", 0, 0, G_OPTION_ARG_FILENAME, &o.client_matrix_path,
      N_("Write the departments × clients matrix (numbers of contacts) to OUT"), N_("OUT") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &o.view,
      N_("With --export: network (default), clients, heat-table, quadrants, talent-grid or groups (the department map)"), N_("VIEW") },
    { "project", 0, 0, G_OPTION_ARG_NONE, &o.project,
      N_("Two-mode data: analyse the people tied by the clients or events they share"), NULL },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &o.layout,
      N_("Layout engine: sfdp (default), neato, fdp, dot, circo, twopi"), N_("ENGINE") },
    { "color-by", 0, 0, G_OPTION_ARG_STRING, &o.color_by,
      N_("Node fill: a numeric attribute or measure (e.g. betweenness) as a talent heatmap, or a categorical attribute (e.g. location) in colour-blind-safe colours"), N_("ATTRIBUTE") },
    { "size-by", 0, 0, G_OPTION_ARG_STRING, &o.size_by,
      N_("Node size by a numeric attribute (e.g. GEXF's “viz size”) instead of the number of contacts"),
      N_("ATTRIBUTE") },
    { "indicator", 0, 0, G_OPTION_ARG_STRING, &o.indicator,
      N_("Open-or-closed ring: constraint (default), effective-size, clustering, ei-index, none"), N_("NAME") },
    { "heatmap", 0, 0, G_OPTION_ARG_NONE, &o.heatmap,
      N_("Density heatmap underlay of the --color-by attribute"), NULL },
    { "hulls", 0, 0, G_OPTION_ARG_NONE, &o.hulls,
      N_("Department hulls coloured by E-I index"), NULL },
    { "highlight", 0, 0, G_OPTION_ARG_STRING, &o.highlight,
      N_("Point at a list: hidden-talent, key-brokers, overloaded, at-risk-connectors"), N_("LIST") },
    { "insights", 0, 0, G_OPTION_ARG_FILENAME, &o.insights_path,
      N_("Write the open-versus-closed summary and the lists of hidden talent, key brokers, the overloaded and at-risk connectors to OUT"),
      N_("OUT") },
    { "access-type", 0, 0, G_OPTION_ARG_STRING, &o.access_type,
      N_("The tie type that asks “I need more access to this person” (default: a type called access or toegang): "
         "its ties are unmet demand on the people named, for the overloaded"),
      N_("TYPE") },
    { "talent-grid", 0, 0, G_OPTION_ARG_FILENAME, &o.talent_grid_path,
      N_("Write the 9-box talent grid as CSV to OUT: id,name,performance,potential,performance_level,potential_level,box"),
      N_("OUT") },
    { "performance", 0, 0, G_OPTION_ARG_STRING, &o.performance,
      N_("Talent grid: the numeric attribute for performance (default: performance or prestatie)"),
      N_("ATTRIBUTE") },
    { "potential", 0, 0, G_OPTION_ARG_STRING, &o.potential,
      N_("Talent grid: the numeric attribute for potential (default: potential or potentieel)"),
      N_("ATTRIBUTE") },
    { "grid-cuts", 0, 0, G_OPTION_ARG_STRING, &o.grid_cuts,
      N_("Talent grid: where medium and high start, for both scores or performance:potential "
         "(e.g. 3,4 or 3,4:6,8; default: the thirds of each scale)"),
      N_("P1,P2[:Q1,Q2]") },
    { "key-players", 0, 0, G_OPTION_ARG_STRING, &o.key_players,
      N_("Write the K people who together reach the most others within two steps to --players-out "
         "(rank,id,name,value; value: the reach of the set so far)"), N_("K") },
    { "fragmenters", 0, 0, G_OPTION_ARG_STRING, &o.fragmenters,
      N_("Write the K people whose departure would fragment the network most to --players-out "
         "(rank,id,name,value; value: the fragmentation so far)"), N_("K") },
    { "players-out", 0, 0, G_OPTION_ARG_FILENAME, &o.players_out,
      N_("Where --key-players or --fragmenters write (default “-”, standard output)"), N_("OUT") },
    { "ties", 0, 0, G_OPTION_ARG_STRING, &o.ties,
      N_("Tie types to use (default: all)"), N_("TYPE[,TYPE…]") },
    { "people", 0, 0, G_OPTION_ARG_FILENAME, &o.people,
      N_("People file, when FILE is a ties CSV"), N_("CSV") },
    { "clients", 0, 0, G_OPTION_ARG_FILENAME, &o.clients,
      N_("Clients file, when FILE is a ties CSV"), N_("CSV") },
    { "map", 0, 0, G_OPTION_ARG_STRING, &o.map,
      N_("What the columns hold, when their names do not say it: roles id, name, group, role, "
         "manager, kind, source, target, type, weight, directed, numeric (with its scale, e.g. "
         "potentieel:numeric:1-10), categorical or ignore"),
      N_("COLUMN:ROLE[,…]") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &o.title,
      N_("Title of the drawing"), N_("TEXT") },
    { "anonymize", 0, 0, G_OPTION_ARG_NONE, &o.anonymize,
      N_("Pseudonyms instead of names"), NULL },
    { "width", 0, 0, G_OPTION_ARG_INT, &o.width,
      N_("Width of the drawing (default 1600; width × height at most 36 million pixels)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &o.height,
      N_("Height of the drawing (default 1000)"), N_("PX") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &o.remove,
      N_("What-if: describe the network without these people"), N_("ID[,ID…]") },
    { "strategy", 0, 0, G_OPTION_ARG_FILENAME, &o.strategy,
      N_("What the strategy asks of the network (see the README)"), N_("FILE") },
    { "fit-report", 0, 0, G_OPTION_ARG_FILENAME, &o.fit_report,
      N_("Write the strategy fit of each department to OUT (needs --strategy)"), N_("OUT") },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &o.compare,
      N_("Before/after: compare with an earlier data set of the same organisation (with --metrics: change columns)"),
      N_("BEFORE_FILE") },
    { "exact", 0, 0, G_OPTION_ARG_NONE, &o.exact,
      N_("Exact betweenness and closeness at any size (above some 25,000 people they are "
         "estimated from sampled paths, with their margins)"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version,
      N_("Show the version and quit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.files, NULL, NULL },
    { NULL }
  };

  g_set_prgname ("samenspel");
  context = g_option_context_new (_("[FILE] — organisational network analysis"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Without an output option, FILE opens in the application window.\n"
      "Exit status: 0 done; 1 bad input; 2 usage error."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      status = usage_error (context, error->message);
      goto out;
    }

  if (o.version)
    {
      g_print ("samenspel %s\n", PACKAGE_VERSION);
      goto out;
    }
  sp_metrics_set_exact (o.exact);

  if (o.files == NULL || o.files[0] == NULL)
    {
      status = usage_error (context, _("no input file given"));
      goto out;
    }
  if (o.files[1] != NULL)
    {
      status = usage_error (context, _("only one input file can be given"));
      goto out;
    }
  {
    SpRenderView view;
    SpRingIndicator ring;
    SpInsightKind kind;
    /* the options that name one of a few choices, each with its message */
    const struct {
      const char *value;
      gboolean    known;
      const char *message;
    } choices[] = {
      { o.layout, o.layout == NULL || sp_layout_engine_from_string (o.layout, &engine),
        N_("unknown layout engine “%s” (use sfdp, neato, fdp, dot, circo or twopi)") },
      { o.view, o.view == NULL || parse_view (o.view, &view),
        N_("unknown view “%s” (use network, clients, heat-table, quadrants, talent-grid or groups)") },
      { o.indicator, o.indicator == NULL || sp_ring_indicator_from_string (o.indicator, &ring),
        N_("unknown indicator “%s” (use constraint, effective-size, clustering, ei-index or none)") },
      { o.highlight, o.highlight == NULL || sp_insight_kind_from_string (o.highlight, &kind),
        N_("unknown list “%s” (use hidden-talent, key-brokers, overloaded or at-risk-connectors)") },
    };

    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      if (!choices[i].known)
        {
          g_autofree char *msg = g_strdup_printf (_(choices[i].message), choices[i].value);

          status = usage_error (context, msg);
          goto out;
        }
  }
  if (o.heatmap && o.color_by == NULL)
    {
      status = usage_error (context, _("--heatmap needs --color-by=ATTRIBUTE"));
      goto out;
    }
  if (o.save_path != NULL && o.remove != NULL)
    {
      status = usage_error (context, _("--save saves the whole network: it cannot be combined with --remove"));
      goto out;
    }
  if (o.fit_report != NULL && o.strategy == NULL)
    {
      status = usage_error (context, _("--fit-report needs --strategy=FILE"));
      goto out;
    }
  {
    SpRenderView view = SP_RENDER_VIEW_NETWORK;
    gboolean grid_view = o.view != NULL && parse_view (o.view, &view) && view == SP_RENDER_VIEW_TALENT_GRID;

    if ((o.performance != NULL || o.potential != NULL || o.grid_cuts != NULL) &&
        o.talent_grid_path == NULL && !(grid_view && o.export_path != NULL))
      {
        status = usage_error (context, _("--performance, --potential and --grid-cuts go with "
                                         "--talent-grid=OUT or --view=talent-grid"));
        goto out;
      }
    if (o.grid_cuts != NULL)
      {
        SpTalentGridSpec spec = { 0 };

        if (!sp_talent_grid_parse_cuts (o.grid_cuts, &spec, &error))
          {
            g_autofree char *msg = g_strdup_printf ("--grid-cuts: %s", error->message);

            status = usage_error (context, msg);
            goto out;
          }
      }
  }
  /* --filter picks the people of a drawing and of the metrics rows; said
   * rather than ignored elsewhere */
  if (o.filter != NULL && o.export_path == NULL && o.metrics_path == NULL)
    {
      status = usage_error (context, _("--filter goes with --export or --metrics"));
      goto out;
    }
  if (o.filter != NULL && o.metrics_path != NULL && o.compare != NULL)
    {
      status = usage_error (context, _("--filter does not go with --metrics and --compare (the change columns compare everyone)"));
      goto out;
    }
  if (o.key_players != NULL && o.fragmenters != NULL)
    {
      status = usage_error (context, _("--key-players and --fragmenters write to the same --players-out: ask for one at a time"));
      goto out;
    }
  if (o.key_players != NULL || o.fragmenters != NULL)
    {
      const char *option = o.key_players != NULL ? "--key-players" : "--fragmenters";
      const char *value = o.key_players != NULL ? o.key_players : o.fragmenters;
      guint64 k = 0;

      players_goal = o.key_players != NULL ? SP_KEY_PLAYERS_REACH : SP_KEY_PLAYERS_FRAGMENT;
      player_option = option;
      if (!g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &k, NULL))
        {
          /* Translators: the first %s is the option, --key-players or --fragmenters */
          g_autofree char *msg = g_strdup_printf (_("%s: “%s” is not a number of people (give a whole number of at least 1)"),
                                                  option, value);

          status = usage_error (context, msg);
          goto out;
        }
      n_players = (guint) k;
      if (o.players_out == NULL)
        o.players_out = g_strdup ("-");
    }
  else if (o.players_out != NULL)
    {
      status = usage_error (context, _("--players-out needs --key-players=K or --fragmenters=K"));
      goto out;
    }
  if (o.width == 0)
    o.width = 1600;
  if (o.height == 0)
    o.height = 1000;
  if (o.width < 16 || o.height < 16 || o.width > 20000 || o.height > 20000)
    {
      status = usage_error (context, _("--width and --height must be between 16 and 20000"));
      goto out;
    }
  if ((double) o.width * o.height > MAX_DRAWING_PIXELS)
    {
      status = usage_error (context, _("--width × --height must be at most 36 million pixels (e.g. 8000 × 4500)"));
      goto out;
    }

  iopts.people_path = o.people;
  iopts.clients_path = o.clients;
  if (o.map != NULL)
    {
      iopts.column_map = sp_column_map_parse (o.map, &error);
      if (iopts.column_map == NULL)
        {
          status = usage_error (context, error->message);
          goto out;
        }
    }
  if (!check_outputs (&o, &iopts, &error))
    {
      print_error (error->message);
      status = g_error_matches (error, SP_ERROR, SP_ERROR_INVALID) ? EXIT_USAGE : EXIT_BAD_INPUT;
      goto out;
    }
  sp_output_catch_signals ();

  network = sp_import_file (o.files[0], &iopts, &error);
  if (network == NULL)
    {
      print_error (error->message);
      status = EXIT_BAD_INPUT;
      goto out;
    }
  /* what the reader converted or guessed ("read as Windows-1252", "4
   * values such as NA read as missing"): said once, never silently */
  for (guint i = 0; network->notes != NULL && i < network->notes->len; i++)
    print_error (g_ptr_array_index (network->notes, i));

  /* two-mode files from networkx or igraph mark their second mode with a
   * "bipartite" attribute: those nodes are the clients (events, projects) */
  sp_network_apply_bipartite (network);
  if (o.project)
    {
      SpNetwork *projection = sp_network_project (network, &error);

      if (projection == NULL)
        {
          print_error (error->message);
          status = EXIT_BAD_INPUT;
          goto out;
        }
      sp_network_unref (network);
      network = projection;
    }

  if (o.ties != NULL)
    {
      tie_mask = sp_network_parse_tie_types (network, o.ties, &error);
      if (tie_mask == NULL)
        {
          print_error (error->message);
          status = EXIT_BAD_INPUT;
          goto out;
        }
    }
  if (o.access_type != NULL)
    {
      guint type = 0;

      for (guint t = 1; t < network->tie_types->len && type == 0; t++)
        if (g_ascii_strcasecmp (g_ptr_array_index (network->tie_types, t), o.access_type) == 0)
          type = t;
      if (type == 0)
        {
          g_autoptr (GString) known = g_string_new (NULL);
          g_autofree char *msg = NULL;

          for (guint t = 1; t < network->tie_types->len; t++)
            g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "",
                                    (const char *) g_ptr_array_index (network->tie_types, t));
          msg = known->len > 0
            /* Translators: --access-type names a tie type the data lacks; then the ones it has */
            ? g_strdup_printf (_("%s: --access-type: no tie type “%s” (the data has: %s)\n"),
                               o.files[0], o.access_type, known->str)
            : g_strdup_printf (_("%s: --access-type: no tie type “%s” (the ties have no types)\n"),
                               o.files[0], o.access_type);
          /* (the names it lists come from the file) */
          g_strchomp (msg);
          print_error (msg);
          status = EXIT_BAD_INPUT;
          goto out;
        }
      sp_network_set_access_type (network, type);
    }
  if (o.remove != NULL)
    {
      g_auto (GStrv) ids = parse_removed (o.remove);
      const char *unknown = NULL;

      sp_scenario_set_removed (scenario, (const char *const *) ids);
      removed = sp_scenario_removed_mask (scenario, network, &unknown);
      if (unknown != NULL)
        {
          g_set_error (&error, SP_ERROR, SP_ERROR_INVALID,
                       _("--remove: no person with id “%s”"), unknown);
          print_error (error->message);
          status = EXIT_BAD_INPUT;
          goto out;
        }
    }

  if (o.group_by != NULL && !g_str_equal (o.group_by, "department"))
    {
      SpAttribute *attr = sp_network_find_attribute (network, o.group_by);

      if (attr == NULL || attr->type != SP_ATTR_CATEGORICAL)
        {
          g_autoptr (GString) known = g_string_new (NULL);

          for (guint i = 0; i < network->attributes->len; i++)
            {
              SpAttribute *a = g_ptr_array_index (network->attributes, i);

              if (a->type == SP_ATTR_CATEGORICAL)
                g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "", a->name);
            }
          g_autofree char *msg = known->len > 0
            /* Translators: --group-by with an attribute the data lacks; the list are the ones it has */
            ? g_strdup_printf (_("%s: --group-by: no categorical attribute “%s” (the data has: department, %s)\n"),
                               o.files[0], o.group_by, known->str)
            : g_strdup_printf (_("%s: --group-by: no categorical attribute “%s” (the data has none but the department)\n"),
                               o.files[0], o.group_by);

          /* (the names it lists come from the file) */
          g_strchomp (msg);
          print_error (msg);
          status = EXIT_BAD_INPUT;
          goto out;
        }
    }

  if (o.filter != NULL)
    {
      g_autoptr (SpFilter) filter = sp_filter_parse (o.filter, network, &error);

      if (filter == NULL)
        {
          /* Translators: an error in the --filter expression, after the file's name */
          g_autofree char *msg = g_strdup_printf (_("%s: --filter: %s\n"), o.files[0], error->message);

          /* (the fields it lists come from the file) */
          g_strchomp (msg);
          print_error (msg);
          status = EXIT_USAGE;
          goto out;
        }
    }

  if (o.color_by != NULL)
    {
      SpAttribute *attr = sp_network_find_attribute (network, o.color_by);

      /* an attribute first (numeric, or colours "#rrggbb"), then a
       * measure of the metrics table */
      if (attr == NULL &&
          (sp_metrics_column_index (o.color_by) < 0 || g_str_equal (o.color_by, "community")))
        {
          g_printerr (_("%s: no attribute or measure “%s” to colour by\n"),
                      o.files[0], o.color_by);
          status = EXIT_BAD_INPUT;
          goto out;
        }
      if (o.heatmap && sp_render_own_color_attribute (network, o.color_by) != NULL)
        {
          g_printerr (_("%s: --heatmap needs a score to colour by; “%s” holds colours\n"),
                      o.files[0], o.color_by);
          status = EXIT_BAD_INPUT;
          goto out;
        }
      if (o.heatmap && attr != NULL && attr->type == SP_ATTR_CATEGORICAL)
        {
          /* Translators: --heatmap with --color-by=location: a landscape needs numbers */
          g_printerr (_("%s: --heatmap needs a score to colour by; “%s” holds categories\n"),
                      o.files[0], o.color_by);
          status = EXIT_BAD_INPUT;
          goto out;
        }
    }

  if (o.size_by != NULL)
    {
      SpAttribute *attr = sp_network_find_attribute (network, o.size_by);

      if (attr == NULL || attr->type != SP_ATTR_NUMERIC)
        {
          g_printerr (_("%s: no numeric attribute “%s” to size by\n"), o.files[0], o.size_by);
          status = EXIT_BAD_INPUT;
          goto out;
        }
    }

  /* the talent grid's scores, before any output is written */
  {
    SpRenderView view = SP_RENDER_VIEW_NETWORK;

    if (o.talent_grid_path != NULL ||
        (o.export_path != NULL && o.view != NULL && parse_view (o.view, &view) && view == SP_RENDER_VIEW_TALENT_GRID))
      {
        SpTalentGridSpec spec;

        talent_grid_spec (&o, &spec);
        for (guint a = 0; a < 2; a++)
          if (sp_talent_grid_attribute (network, &spec, a, &error) == NULL)
            {
              g_printerr ("%s: %s: %s\n", o.files[0],
                          o.talent_grid_path != NULL ? "--talent-grid" : "--view=talent-grid", error->message);
              status = EXIT_BAD_INPUT;
              goto out;
            }
      }
  }
  /* before any output is written: K must leave someone out */
  if (n_players > 0 && !sp_key_players_check_k (network, removed, n_players, &error))
    {
      g_autofree char *msg = g_strdup_printf ("%s: %s", player_option, error->message);

      status = usage_error (context, msg);
      goto out;
    }

  if (o.metrics_path != NULL &&
      (status = run_metrics (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.group_metrics_path != NULL &&
      (status = run_group_metrics (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.group_matrix_path != NULL &&
      (status = run_group_matrix (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.similar_path != NULL &&
      (status = run_similar (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if ((o.client_report_path != NULL || o.overlap_path != NULL || o.client_matrix_path != NULL) &&
      (status = run_client_reports (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.fit_report != NULL &&
      (status = run_fit_report (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.insights_path != NULL &&
      (status = run_insights (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (o.talent_grid_path != NULL &&
      (status = run_talent_grid (&o, network, tie_mask, removed)) != EXIT_OK)
    goto out;
  if (n_players > 0 &&
      (status = run_key_players (&o, network, tie_mask, removed, players_goal, n_players)) != EXIT_OK)
    goto out;
  /* before --export, which may move clients for its view */
  if (o.save_path != NULL && (status = run_save (&o, network)) != EXIT_OK)
    goto out;
  if (o.export_path != NULL &&
      (status = run_export (&o, network, tie_mask, removed, scenario)) != EXIT_OK)
    goto out;

out:
  clear_progress ();
  g_clear_pointer (&iopts.column_map, g_ptr_array_unref);
  sp_cli_options_clear (&o);
  return status;
}
