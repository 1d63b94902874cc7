/* sp-metrics.c — per-person measures, the column table, the CSV writer */
#define G_LOG_DOMAIN "sp-metrics"

#include "sp-metrics.h"
#include "sp-output.h"
#include "sp-analysis-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct _SpMetrics {
  gint      ref_count;
  guint     n_nodes;
  double   *columns[SP_METRIC_N_COLUMNS];
  gint     *community;
  guint     n_communities;
  double    modularity;
  gboolean  eigenvector_converged;
  gboolean *removed;

  /* betweenness and closeness estimated from this many sampled sources
   * (0: exact), with the 95% margin of each estimate per node */
  guint     n_sources;
  guint     n_people;
  double   *betweenness_margin;
  double   *closeness_margin;

  /* per column the values of the people who have one, ascending, for
   * sp_metrics_rank(): sorted once (sp_metrics_prepare_ranks()) */
  double   *sorted[SP_METRIC_N_COLUMNS];
  guint     n_sorted[SP_METRIC_N_COLUMNS];
  gsize     ranks_once;
  gint      ranks_ready;
};

static const struct {
  const char *name;
  const char *label;
} columns[SP_METRIC_N_COLUMNS] = {
  { "degree", N_("Degree") },
  { "in_degree", N_("In-degree") },
  { "out_degree", N_("Out-degree") },
  { "weighted_degree", N_("Weighted degree") },
  { "betweenness", N_("Betweenness") },
  { "closeness", N_("Closeness") },
  { "eigenvector", N_("Eigenvector centrality") },
  { "clustering", N_("Clustering") },
  { "constraint", N_("Constraint") },
  { "effective_size", N_("Effective size") },
  { "efficiency", N_("Efficiency") },
  { "hierarchy", N_("Hierarchy") },
  { "broker_coordinator", N_("Coordinator") },
  { "broker_itinerant", N_("Itinerant broker") },
  { "broker_representative", N_("Representative") },
  { "broker_gatekeeper", N_("Gatekeeper") },
  { "broker_liaison", N_("Liaison") },
  { "ei_index", N_("E-I index") },
  { "reciprocity", N_("Reciprocity") },
  { "community", N_("Community") },
  { "reach_2", N_("Two-step reach") },
  { "core", N_("Core (k-core)") },
};

guint
sp_metrics_n_columns (void)
{
  return SP_METRIC_N_COLUMNS;
}

const char *
sp_metrics_column_name (guint i)
{
  g_return_val_if_fail (i < SP_METRIC_N_COLUMNS, NULL);
  return columns[i].name;
}

const char *
sp_metrics_column_label (guint i)
{
  g_return_val_if_fail (i < SP_METRIC_N_COLUMNS, NULL);
  return _(columns[i].label);
}

gint
sp_metrics_column_index (const char *name)
{
  g_return_val_if_fail (name != NULL, -1);
  for (guint i = 0; i < SP_METRIC_N_COLUMNS; i++)
    if (strcmp (columns[i].name, name) == 0)
      return (gint) i;
  return -1;
}

static SpMetrics *
metrics_new (guint n_nodes)
{
  SpMetrics *m = g_new0 (SpMetrics, 1);

  m->ref_count = 1;
  m->n_nodes = n_nodes;
  for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
    {
      m->columns[c] = g_new (double, MAX (n_nodes, 1));
      for (guint i = 0; i < n_nodes; i++)
        m->columns[c][i] = NAN;
    }
  m->community = g_new (gint, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    m->community[i] = -1;
  m->modularity = NAN;
  return m;
}

SpMetrics *
sp_metrics_ref (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, NULL);
  g_atomic_int_inc (&m->ref_count);
  return m;
}

void
sp_metrics_unref (SpMetrics *m)
{
  if (m == NULL || !g_atomic_int_dec_and_test (&m->ref_count))
    return;
  for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
    {
      g_free (m->columns[c]);
      g_free (m->sorted[c]);
    }
  g_free (m->community);
  g_free (m->removed);
  g_free (m->betweenness_margin);
  g_free (m->closeness_margin);
  g_free (m);
}

void
sp_metrics_free (SpMetrics *m)
{
  sp_metrics_unref (m);
}

const double *
sp_metrics_column (SpMetrics *m,
                   guint      i)
{
  g_return_val_if_fail (m != NULL, NULL);
  g_return_val_if_fail (i < SP_METRIC_N_COLUMNS, NULL);
  return m->columns[i];
}

const double *
sp_metrics_get (SpMetrics  *m,
                const char *name)
{
  gint i;

  g_return_val_if_fail (m != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  i = sp_metrics_column_index (name);
  return i < 0 ? NULL : m->columns[i];
}

guint
sp_metrics_n_nodes (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, 0);
  return m->n_nodes;
}

const gint *
sp_metrics_community (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, NULL);
  return m->community;
}

guint
sp_metrics_n_communities (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, 0);
  return m->n_communities;
}

double
sp_metrics_modularity (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, NAN);
  return m->modularity;
}

gboolean
sp_metrics_eigenvector_converged (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, FALSE);
  return m->eigenvector_converged;
}

gboolean
sp_metrics_is_removed (SpMetrics *m,
                       guint      i)
{
  g_return_val_if_fail (m != NULL, FALSE);
  g_return_val_if_fail (i < m->n_nodes, FALSE);
  return m->removed != NULL && m->removed[i];
}

guint
sp_metrics_sampled_sources (SpMetrics *m)
{
  g_return_val_if_fail (m != NULL, 0);
  return m->n_sources;
}

gboolean
sp_metrics_is_estimate (SpMetrics *m,
                        guint      column)
{
  g_return_val_if_fail (m != NULL, FALSE);
  return m->n_sources > 0 &&
         (column == SP_METRIC_BETWEENNESS || column == SP_METRIC_CLOSENESS);
}

const double *
sp_metrics_margin (SpMetrics *m,
                   guint      column)
{
  g_return_val_if_fail (m != NULL, NULL);
  if (!sp_metrics_is_estimate (m, column))
    return NULL;
  return column == SP_METRIC_BETWEENNESS ? m->betweenness_margin : m->closeness_margin;
}

char *
sp_metrics_estimate_note (SpMetrics *m)
{
  g_autofree char *k = NULL;
  g_autofree char *n = NULL;

  g_return_val_if_fail (m != NULL, NULL);
  if (m->n_sources == 0)
    return NULL;
  k = g_strdup_printf ("%'u", m->n_sources);
  n = g_strdup_printf ("%'u", m->n_people);
  /* TRANSLATORS: a legend note; the first %s is a number of sampled
   * people, the second the number of people */
  return g_strdup_printf (_("Betweenness and closeness: estimates from the paths of %s of %s people"),
                          k, n);
}

char *
sp_metrics_describe_estimate (SpMetrics *m)
{
  g_autofree char *k = NULL;
  g_autofree char *n = NULL;

  g_return_val_if_fail (m != NULL, NULL);
  if (m->n_sources == 0)
    return NULL;
  k = g_strdup_printf ("%'u", m->n_sources);
  n = g_strdup_printf ("%'u", m->n_people);
  /* TRANSLATORS: the first %s is a number of sampled people, the second
   * the number of people; the margins are the half-widths of 95%
   * confidence intervals */
  return g_strdup_printf (_("Betweenness and closeness are estimates from the paths of %s of "
                            "%s people (a fixed sample: the same file gives the same numbers), "
                            "each with an approximate 95%% margin"), k, n);
}

/* ---- ranks ------------------------------------------------------------ */

void
sp_rank_among (const double   *values,
               const gboolean *use,
               guint           n,
               double          value,
               SpRank         *rank)
{
  guint above = 0;

  g_return_if_fail (rank != NULL);
  memset (rank, 0, sizeof *rank);
  for (guint i = 0; i < n; i++)
    {
      double v = values[i];

      if ((use != NULL && !use[i]) || isnan (v))
        continue;
      rank->n_ranked++;
      if (isnan (value))
        continue;
      if (v > value)
        above++;
      else if (v < value)
        rank->n_below++;
      else
        rank->n_tied++;
    }
  /* a value not among @values (a client's, a left-out person's) is not
   * ranked either */
  if (rank->n_tied == 0)
    {
      rank->n_below = 0;
      return;
    }
  rank->rank = above + 1;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

void
sp_metrics_prepare_ranks (SpMetrics *m)
{
  g_return_if_fail (m != NULL);

  if (g_once_init_enter (&m->ranks_once))
    {
      for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
        {
          guint k = 0;

          m->sorted[c] = g_new (double, MAX (m->n_nodes, 1));
          for (guint i = 0; i < m->n_nodes; i++)
            if (!isnan (m->columns[c][i]))
              m->sorted[c][k++] = m->columns[c][i];
          qsort (m->sorted[c], k, sizeof (double), compare_doubles);
          m->n_sorted[c] = k;
        }
      g_atomic_int_set (&m->ranks_ready, 1);
      g_once_init_leave (&m->ranks_once, 1);
    }
}

/* The first index of @sorted (ascending, @n long) whose value is not
 * below @value (@or_equal FALSE) or above it (TRUE). */
static guint
bound (const double *sorted,
       guint         n,
       double        value,
       gboolean      or_equal)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (sorted[mid] < value || (or_equal && sorted[mid] == value))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
sp_metrics_rank (SpMetrics *m,
                 guint      column,
                 guint      node,
                 SpRank    *rank)
{
  double value;

  g_return_val_if_fail (m != NULL, FALSE);
  g_return_val_if_fail (column < SP_METRIC_N_COLUMNS, FALSE);
  g_return_val_if_fail (rank != NULL, FALSE);
  g_return_val_if_fail (node < m->n_nodes, FALSE);

  value = m->columns[column][node];
  if (!g_atomic_int_get (&m->ranks_ready))
    {
      /* not sorted (yet): one pass, still cheap for one person */
      sp_rank_among (m->columns[column], NULL, m->n_nodes, value, rank);
      return rank->rank > 0;
    }

  memset (rank, 0, sizeof *rank);
  rank->n_ranked = m->n_sorted[column];
  if (!isnan (value))
    {
      guint below = bound (m->sorted[column], m->n_sorted[column], value, FALSE);
      guint upto = bound (m->sorted[column], m->n_sorted[column], value, TRUE);

      rank->n_below = below;
      rank->n_tied = upto - below;
      rank->rank = m->n_sorted[column] - upto + 1;
    }
  return rank->rank > 0;
}

/* Copies a per-vertex array into a per-node column. */
static void
scatter (const SpGraph *g,
         const double  *per_vertex,
         double        *column)
{
  for (guint v = 0; v < g->n; v++)
    column[g->vertex_node[v]] = per_vertex[v];
}

static gboolean
check_cancelled (GCancellable *cancellable,
                 GError      **error)
{
  if (cancellable == NULL || !g_cancellable_is_cancelled (cancellable))
    return FALSE;
  g_set_error_literal (error, SP_ERROR, SP_ERROR_CANCELLED, _("analysis cancelled"));
  return TRUE;
}

/* How many sources to sample; SAMENSPEL_SAMPLE_SOURCES=K forces K (for
 * tests and benchmarks on small data; K >= the people: exact). */
static guint
sample_size (guint n,
             guint n_arcs)
{
  const char *forced = g_getenv ("SAMENSPEL_SAMPLE_SOURCES");

  if (forced != NULL && *forced != '\0')
    {
      guint64 k = g_ascii_strtoull (forced, NULL, 10);

      return k > 0 && k < n ? (guint) k : 0;
    }
  return _sp_sample_size (n, n_arcs);
}

/* --exact: betweenness and closeness exact at any size, process-wide */
static gint exact_everywhere;

void
sp_metrics_set_exact (gboolean exact)
{
  g_atomic_int_set (&exact_everywhere, exact ? 1 : 0);
}

gboolean
sp_metrics_get_exact (void)
{
  return g_atomic_int_get (&exact_everywhere) != 0;
}

SpMetrics *
sp_metrics_compute_full (SpNetwork      *net,
                         const gboolean *tie_type_mask,
                         const gboolean *removed,
                         SpMetricsFlags  which,
                         guint           n_threads,
                         SpProgressFunc  progress,
                         gpointer        user_data,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr (SpMetrics) m = NULL;
  g_autoptr (SpGraph) g = NULL;
  g_autofree double *a = NULL;
  g_autofree double *b = NULL;
  g_autofree double *c = NULL;
  g_autofree double *d = NULL;
  g_autofree gint *group = NULL;
  g_autofree gint *communities = NULL;
  double modularity = NAN;
  guint n, n_nodes;
  double p = 0.0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_nodes = sp_network_n_nodes (net);
  m = metrics_new (n_nodes);
  if (removed != NULL)
    m->removed = g_memdup2 (removed, sizeof (gboolean) * MAX (n_nodes, 1));

  if (progress != NULL)
    progress (0.0, user_data);
  g = sp_graph_new (net, tie_type_mask, removed);
  n = g->n;
  a = g_new (double, MAX (n, 1));
  b = g_new (double, MAX (n, 1));
  c = g_new (double, MAX (n, 1));
  d = g_new (double, MAX (n, 1));

  if (which & SP_METRICS_DEGREE)
    {
      for (guint v = 0; v < n; v++)
        {
          guint node = g->vertex_node[v];
          guint din = g->in_off[v + 1] - g->in_off[v];
          guint dout = g->out_off[v + 1] - g->out_off[v];
          double wd = 0.0;

          for (guint e = g->out_off[v]; e < g->out_off[v + 1]; e++)
            wd += g->out_w[e];
          if (g->directed)
            for (guint e = g->in_off[v]; e < g->in_off[v + 1]; e++)
              wd += g->in_w[e];

          /* undirected ties count both ways: in = out = degree */
          m->columns[SP_METRIC_DEGREE][node] = g->directed ? din + dout : dout;
          m->columns[SP_METRIC_IN_DEGREE][node] = din;
          m->columns[SP_METRIC_OUT_DEGREE][node] = dout;
          m->columns[SP_METRIC_WEIGHTED_DEGREE][node] = wd;
        }
    }

  if (which & SP_METRICS_BETWEENNESS)
    {
      guint k = ((which & SP_METRICS_EXACT) || sp_metrics_get_exact ()) ? 0
                : sample_size (n, g->out_off[n]);
      g_autofree guint *sources = NULL;
      g_autofree double *ma = NULL;
      g_autofree double *mb = NULL;

      if (k > 0)
        {
          /* the sample is stratified by community (Louvain, a fraction of
           * a second at 100,000 people), kept for the community column */
          communities = g_new (gint, MAX (n, 1));
          modularity = _sp_louvain (g, 42, communities);
          sources = g_new (guint, k);
          _sp_sample_sources (n, k, communities, SP_SAMPLE_SEED, sources);
          ma = g_new (double, n);
          mb = g_new (double, n);
        }
      if (!_sp_betweenness_closeness_sampled (g, n_threads, sources, k, a, b, ma, mb,
                                              progress, user_data, 0.0, 0.8, cancellable))
        {
          check_cancelled (cancellable, error);
          return NULL;
        }
      scatter (g, a, m->columns[SP_METRIC_BETWEENNESS]);
      scatter (g, b, m->columns[SP_METRIC_CLOSENESS]);
      m->n_sources = k;
      m->n_people = n;
      if (k > 0)
        {
          m->betweenness_margin = g_new (double, MAX (n_nodes, 1));
          m->closeness_margin = g_new (double, MAX (n_nodes, 1));
          for (guint i = 0; i < n_nodes; i++)
            m->betweenness_margin[i] = m->closeness_margin[i] = NAN;
          scatter (g, ma, m->betweenness_margin);
          scatter (g, mb, m->closeness_margin);
        }
      p = 0.8;
    }

#define STEP(frac) G_STMT_START {                                \
    if (check_cancelled (cancellable, error))                    \
      return NULL;                                               \
    p += (1.0 - p) * (frac);                                     \
    if (progress != NULL)                                        \
      progress (p, user_data);                                   \
  } G_STMT_END

  STEP (0.0);
  if (which & SP_METRICS_EIGENVECTOR)
    {
      m->eigenvector_converged = _sp_eigenvector (g, a);
      scatter (g, a, m->columns[SP_METRIC_EIGENVECTOR]);
      STEP (0.15);
    }

  if (which & SP_METRICS_CLUSTERING)
    {
      _sp_clustering (g, a);
      scatter (g, a, m->columns[SP_METRIC_CLUSTERING]);
      STEP (0.2);
    }

  if (which & SP_METRICS_STRUCTURAL_HOLES)
    {
      _sp_structural_holes (g, a, b, c, d);
      scatter (g, a, m->columns[SP_METRIC_CONSTRAINT]);
      scatter (g, b, m->columns[SP_METRIC_EFFECTIVE_SIZE]);
      scatter (g, c, m->columns[SP_METRIC_EFFICIENCY]);
      scatter (g, d, m->columns[SP_METRIC_HIERARCHY]);
      STEP (0.3);
    }

  if (which & (SP_METRICS_BROKERAGE | SP_METRICS_EI_INDEX))
    group = _sp_graph_groups (net, g, NULL, NULL, NULL);

  if (which & SP_METRICS_BROKERAGE)
    {
      g_autofree double *e = g_new (double, MAX (n, 1));
      double *out[5] = { a, b, c, d, e };

      _sp_brokerage (g, group, out);
      for (guint r = 0; r < 5; r++)
        scatter (g, out[r], m->columns[SP_METRIC_BROKER_COORDINATOR + r]);
      STEP (0.3);
    }

  if (which & SP_METRICS_EI_INDEX)
    {
      _sp_ei_index (g, group, a);
      scatter (g, a, m->columns[SP_METRIC_EI_INDEX]);
    }

  if (which & SP_METRICS_RECIPROCITY)
    {
      _sp_reciprocity (g, a);
      scatter (g, a, m->columns[SP_METRIC_RECIPROCITY]);
    }

  if (which & SP_METRICS_REACH)
    {
      _sp_reach_2 (g, a);
      scatter (g, a, m->columns[SP_METRIC_REACH_2]);
      STEP (0.2);
    }

  if (which & SP_METRICS_CORE)
    {
      _sp_core_number (g, a);
      scatter (g, a, m->columns[SP_METRIC_CORE]);
    }

  if (which & SP_METRICS_COMMUNITY)
    {
      g_autofree gint *comm = g_steal_pointer (&communities);
      gint k = 0;

      if (comm != NULL)
        m->modularity = modularity;
      else
        {
          comm = g_new (gint, MAX (n, 1));
          m->modularity = _sp_louvain (g, 42, comm);
        }
      for (guint v = 0; v < n; v++)
        {
          m->community[g->vertex_node[v]] = comm[v];
          m->columns[SP_METRIC_COMMUNITY][g->vertex_node[v]] = comm[v];
          k = MAX (k, comm[v] + 1);
        }
      m->n_communities = (guint) k;
    }
#undef STEP

  if (check_cancelled (cancellable, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, user_data);

  return g_steal_pointer (&m);
}

SpMetrics *
sp_metrics_compute (SpNetwork      *net,
                    const gboolean *tie_type_mask,
                    const gboolean *removed,
                    SpProgressFunc  progress,
                    gpointer        user_data,
                    GCancellable   *cancellable,
                    GError        **error)
{
  return sp_metrics_compute_full (net, tie_type_mask, removed, SP_METRICS_ALL, 0,
                                  progress, user_data, cancellable, error);
}

const char *
sp_metrics_format_value (char   *buf,
                         double  value)
{
  g_return_val_if_fail (buf != NULL, NULL);

  if (isnan (value))
    {
      buf[0] = '\0';
      return buf;
    }
  /* the shortest of %.15g, %.16g and %.17g that reads back exactly */
  for (int prec = 15; prec <= 17; prec++)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%dg", prec);
      g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, fmt, value);
      if (prec == 17 || g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return buf;
}

/* A plain decimal number: [+-] digits [. digits] [e [+-] digits]. */
static gboolean
is_plain_number (const char *s)
{
  gboolean digits = FALSE;

  if (*s == '+' || *s == '-')
    s++;
  for (; g_ascii_isdigit (*s); s++)
    digits = TRUE;
  if (*s == '.')
    for (s++; g_ascii_isdigit (*s); s++)
      digits = TRUE;
  if (!digits)
    return FALSE;
  if (*s == 'e' || *s == 'E')
    {
      s++;
      if (*s == '+' || *s == '-')
        s++;
      if (!g_ascii_isdigit (*s))
        return FALSE;
      while (g_ascii_isdigit (*s))
        s++;
    }
  return *s == '\0';
}

/* CSV injection (OWASP): a spreadsheet runs a cell that starts with one
 * of these as a formula. */
static gboolean
is_formula_like (const char *s)
{
  return s[0] != '\0' && strchr ("=+-@\t\r", s[0]) != NULL && !is_plain_number (s);
}

void
sp_csv_append_field (GString    *out,
                     const char *field)
{
  gboolean neutralise;

  if (field == NULL)
    return;
  neutralise = is_formula_like (field);
  if (!neutralise && strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *s = field; *s != '\0'; s++)
    {
      if (*s == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

gboolean
sp_csv_write (const char *path,
              GString    *contents,
              GError    **error)
{
  return sp_output_write_all (path, contents->str, (gssize) contents->len, error);
}

gboolean
sp_metrics_write_csv (SpNetwork  *net,
                      SpMetrics  *m,
                      const char *path,
                      GError    **error)
{
  return sp_metrics_write_csv_rows (net, m, NULL, path, error);
}

gboolean
sp_metrics_write_csv_rows (SpNetwork      *net,
                           SpMetrics      *m,
                           const gboolean *rows,
                           const char     *path,
                           GError        **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_nodes;

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (m != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_nodes = sp_network_n_nodes (net);
  if (n_nodes != m->n_nodes)
    {
      g_set_error_literal (error, SP_ERROR, SP_ERROR_INVALID,
                           _("the metrics belong to another network"));
      return FALSE;
    }

  g_string_append (out, "id,kind,name,department");
  for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
    {
      g_string_append_c (out, ',');
      g_string_append (out, columns[c].name);
    }
  /* estimates say so: the half-width of each one's 95% interval */
  if (m->n_sources > 0)
    g_string_append (out, ",betweenness_margin95,closeness_margin95");
  g_string_append_c (out, '\n');

  for (guint i = 0; i < n_nodes; i++)
    {
      const SpNode *node = &g_array_index (net->nodes, SpNode, i);

      if ((m->removed != NULL && m->removed[i]) || (rows != NULL && !rows[i]))
        continue;
      sp_csv_append_field (out, node->id);
      g_string_append (out, node->kind == SP_NODE_CLIENT ? ",client," : ",person,");
      sp_csv_append_field (out, node->name);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, node->department);
      for (guint c = 0; c < SP_METRIC_N_COLUMNS; c++)
        {
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, m->columns[c][i]));
        }
      if (m->n_sources > 0)
        {
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, m->betweenness_margin[i]));
          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, m->closeness_margin[i]));
        }
      g_string_append_c (out, '\n');
    }

  return sp_csv_write (path, out, error);
}
