/* sp-whatif.c — the network with and without some people */
#define G_LOG_DOMAIN "sp-whatif"

#include "sp-whatif.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

#include "sp-graph.h"
#include "sp-metrics.h"
#include "sp-group-metrics.h"
#include "sp-client-metrics.h"

/* Labels every vertex of @g with its component; returns the number of
 * components and, per network node, the component's size (0 when the
 * node is not in the graph). */
static guint
components (const SpGraph *g,
            guint         *size_of_node,
            guint         *largest)
{
  g_autofree guint *comp = g_new (guint, MAX (g->n, 1));
  g_autofree guint *stack = g_new (guint, MAX (g->n, 1));
  g_autoptr (GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_comp = 0;

  *largest = 0;
  for (guint v = 0; v < g->n; v++)
    comp[v] = G_MAXUINT;
  for (guint s = 0; s < g->n; s++)
    {
      guint top = 0, size = 0;

      if (comp[s] != G_MAXUINT)
        continue;
      comp[s] = n_comp;
      stack[top++] = s;
      while (top > 0)
        {
          guint v = stack[--top];

          size++;
          for (guint k = g->nb_off[v]; k < g->nb_off[v + 1]; k++)
            {
              guint w = g->nb_adj[k];
              if (comp[w] == G_MAXUINT)
                {
                  comp[w] = n_comp;
                  stack[top++] = w;
                }
            }
        }
      g_array_append_val (sizes, size);
      *largest = MAX (*largest, size);
      n_comp++;
    }

  memset (size_of_node, 0, g->n_nodes * sizeof (guint));
  for (guint v = 0; v < g->n; v++)
    size_of_node[g->vertex_node[v]] = g_array_index (sizes, guint, comp[v]);
  return n_comp;
}

SpWhatIf *
sp_whatif_compute (SpNetwork      *network,
                   const gboolean *tie_type_mask,
                   const gboolean *removed,
                   GCancellable   *cancellable,
                   GError        **error)
{
  return sp_whatif_compute_full (network, tie_type_mask, removed, NULL, cancellable, error);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  return g_strcmp0 (((const SpWhatIfGroup *) a)->name, ((const SpWhatIfGroup *) b)->name);
}

GArray *
sp_whatif_pair_groups (SpGroupMetrics *g_before,
                       SpGroupMetrics *g_after)
{
  GArray *groups = g_array_new (FALSE, FALSE, sizeof (SpWhatIfGroup));

  for (guint i = 0; i < g_before->groups->len; i++)
    {
      const SpGroupStats *b = &g_array_index (g_before->groups, SpGroupStats, i);
      SpWhatIfGroup grp = { b->name, b->size, 0, b->ei_index, NAN, b->mean_constraint, NAN };

      for (guint j = 0; j < g_after->groups->len; j++)
        {
          const SpGroupStats *a = &g_array_index (g_after->groups, SpGroupStats, j);
          /* matched by name: the two may be different networks */
          if (g_strcmp0 (a->name, b->name) == 0)
            {
              grp.size_after = a->size;
              grp.ei_after = a->ei_index;
              grp.constraint_after = a->mean_constraint;
            }
        }
      g_array_append_val (groups, grp);
    }
  /* departments only on the later side (after a move, or new since) */
  for (guint j = 0; j < g_after->groups->len; j++)
    {
      const SpGroupStats *a = &g_array_index (g_after->groups, SpGroupStats, j);
      SpWhatIfGroup grp = { a->name, 0, a->size, NAN, a->ei_index, NAN, a->mean_constraint };
      gboolean known = FALSE;

      for (guint i = 0; i < g_before->groups->len && !known; i++)
        known = g_strcmp0 (g_array_index (g_before->groups, SpGroupStats, i).name, a->name) == 0;
      if (!known)
        g_array_append_val (groups, grp);
    }
  g_array_sort (groups, compare_groups);
  return groups;
}

SpWhatIf *
sp_whatif_compute_full (SpNetwork         *network,
                        const gboolean    *tie_type_mask,
                        const gboolean    *removed,
                        const char *const *moved_department,
                        GCancellable      *cancellable,
                        GError           **error)
{
  g_autoptr (SpWhatIf) self = g_new0 (SpWhatIf, 1);
  g_autoptr (SpGraph) before = NULL;
  g_autoptr (SpGraph) after = NULL;
  g_autoptr (SpMetrics) m_before = NULL;
  g_autoptr (SpMetrics) m_after = NULL;
  g_autoptr (SpGroupMetrics) g_before = NULL;
  g_autoptr (SpGroupMetrics) g_after = NULL;
  g_autoptr (SpClientMetrics) c_before = NULL;
  g_autoptr (SpClientMetrics) c_after = NULL;
  g_autofree guint *size_before = NULL;
  g_autofree guint *size_after = NULL;
  SpNetwork *after_net;
  guint n;

  g_return_val_if_fail (network != NULL, NULL);

  n = sp_network_n_nodes (network);
  self->moves = g_array_new (FALSE, FALSE, sizeof (SpWhatIfMove));
  for (guint i = 0; moved_department != NULL && i < n; i++)
    {
      const SpNode *node = sp_network_node (network, i);
      SpWhatIfMove move = { i, node->department, NULL };

      if (moved_department[i] == NULL || (removed != NULL && removed[i])
          || node->kind != SP_NODE_PERSON || g_strcmp0 (moved_department[i], node->department) == 0)
        continue;
      /* the moves are made on a copy: the caller's network is not touched */
      if (self->moved_network == NULL)
        self->moved_network = sp_network_copy (network);
      move.to = sp_network_intern (self->moved_network, moved_department[i]);
      sp_network_node (self->moved_network, i)->department = move.to;
      g_array_append_val (self->moves, move);
    }
  after_net = self->moved_network != NULL ? self->moved_network : network;

  self->cut_off = g_array_new (FALSE, FALSE, sizeof (guint));
  self->orphaned_clients = g_array_new (FALSE, FALSE, sizeof (guint));
  self->groups = g_array_new (FALSE, TRUE, sizeof (SpWhatIfGroup));

  before = sp_graph_new (network, tie_type_mask, NULL);
  after = sp_graph_new (network, tie_type_mask, removed);
  size_before = g_new0 (guint, MAX (n, 1));
  size_after = g_new0 (guint, MAX (n, 1));
  self->components_before = components (before, size_before, &self->largest_before);
  self->components_after = components (after, size_after, &self->largest_after);

  for (guint i = 0; i < n; i++)
    {
      if (removed != NULL && removed[i])
        {
          if (sp_network_node (network, i)->kind == SP_NODE_PERSON)
            self->n_removed++;
          continue;
        }
      if (size_before[i] == self->largest_before && self->largest_before > 1 &&
          size_after[i] != self->largest_after)
        g_array_append_val (self->cut_off, i);
    }

  /* person–person ties lost: edges of the full graph with a removed end */
  for (guint v = 0; removed != NULL && v < before->n; v++)
    for (guint k = before->out_off[v]; k < before->out_off[v + 1]; k++)
      {
        guint w = before->out_adj[k];
        if (!before->directed && w < v)
          continue;
        if (removed[before->vertex_node[v]] || removed[before->vertex_node[w]])
          self->ties_lost++;
      }

  m_before = sp_metrics_compute_full (network, tie_type_mask, NULL,
                                      SP_METRICS_BETWEENNESS | SP_METRICS_STRUCTURAL_HOLES |
                                      SP_METRICS_BROKERAGE | SP_METRICS_CLUSTERING |
                                      SP_METRICS_COMMUNITY,
                                      0, NULL, NULL, cancellable, error);
  if (m_before == NULL)
    return NULL;
  m_after = sp_metrics_compute_full (after_net, tie_type_mask, removed,
                                     SP_METRICS_STRUCTURAL_HOLES | SP_METRICS_CLUSTERING |
                                     SP_METRICS_COMMUNITY,
                                     0, NULL, NULL, cancellable, error);
  if (m_after == NULL)
    return NULL;

  for (guint i = 0; removed != NULL && i < n; i++)
    {
      const SpMetricColumn roles[] = {
        SP_METRIC_BROKER_COORDINATOR, SP_METRIC_BROKER_ITINERANT,
        SP_METRIC_BROKER_REPRESENTATIVE, SP_METRIC_BROKER_GATEKEEPER,
        SP_METRIC_BROKER_LIAISON,
      };
      double b;

      if (!removed[i])
        continue;
      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          double v = sp_metrics_column (m_before, roles[r])[i];
          if (!isnan (v))
            self->brokerage_lost += v;
        }
      b = sp_metrics_column (m_before, SP_METRIC_BETWEENNESS)[i];
      if (!isnan (b))
        self->betweenness_lost += b;
    }

  g_before = sp_group_metrics_compute (network, tie_type_mask, NULL, NULL, m_before, error);
  if (g_before == NULL)
    return NULL;
  g_after = sp_group_metrics_compute (after_net, tie_type_mask, removed, NULL, m_after, error);
  if (g_after == NULL)
    return NULL;
  g_array_unref (self->groups);
  self->groups = sp_whatif_pair_groups (g_before, g_after);

  c_before = sp_client_metrics_compute (network, tie_type_mask, NULL);
  c_after = sp_client_metrics_compute (network, tie_type_mask, removed);
  for (guint i = 0; i < sp_client_metrics_n_clients (c_before); i++)
    {
      const SpClientStats *b = sp_client_metrics_client (c_before, i);
      const SpClientStats *a = sp_client_metrics_find (c_after, b->node);

      if (b->n_contacts > 0 && (a == NULL || a->n_contacts == 0))
        g_array_append_val (self->orphaned_clients, b->node);
    }

  return g_steal_pointer (&self);
}

void
sp_whatif_free (SpWhatIf *whatif)
{
  if (whatif == NULL)
    return;
  g_clear_pointer (&whatif->cut_off, g_array_unref);
  g_clear_pointer (&whatif->orphaned_clients, g_array_unref);
  g_clear_pointer (&whatif->groups, g_array_unref);
  g_clear_pointer (&whatif->moves, g_array_unref);
  g_clear_pointer (&whatif->moved_network, sp_network_unref);
  g_free (whatif);
}

static void
append_names (GString    *out,
              SpNetwork  *network,
              GArray     *nodes,
              guint       most)
{
  for (guint i = 0; i < nodes->len && i < most; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, sp_network_node_label (network, g_array_index (nodes, guint, i)));
    }
  if (nodes->len > most)
    g_string_append_printf (out, _(" and %u more"), nodes->len - most);
}

char *
sp_whatif_describe (SpWhatIf  *whatif,
                    SpNetwork *network)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (whatif != NULL, NULL);

  for (guint i = 0; i < whatif->moves->len; i++)
    {
      const SpWhatIfMove *move = &g_array_index (whatif->moves, SpWhatIfMove, i);

      if (move->from != NULL)
        /* Translators: "Anna de Vries moves from Sales to Delivery." */
        g_string_append_printf (out, _("%s moves from %s to %s."),
                                sp_network_node_label (network, move->node), move->from, move->to);
      else
        /* Translators: "Anna de Vries moves to Delivery." */
        g_string_append_printf (out, _("%s moves to %s."),
                                sp_network_node_label (network, move->node), move->to);
      g_string_append_c (out, ' ');
    }
  /* moves alone change no ties: say only what they do */
  if (whatif->moves->len > 0 && whatif->n_removed == 0)
    {
      g_string_truncate (out, out->len - 1);
      return g_string_free (out, FALSE);
    }

  if (whatif->components_after > whatif->components_before)
    g_string_append_printf (out,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "The network splits into %u part (it had %u).",
                                         "The network splits into %u parts (it had %u).",
                                         whatif->components_after),
                            whatif->components_after, whatif->components_before);
  else
    g_string_append (out, _("The network stays in one piece."));

  if (whatif->cut_off->len > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u person is cut off from the rest: ",
                                           "%u people are cut off from the rest: ",
                                           whatif->cut_off->len),
                              whatif->cut_off->len);
      append_names (out, network, whatif->cut_off, 5);
      g_string_append_c (out, '.');
    }

  g_string_append_c (out, ' ');
  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u tie is lost",
                                       "%u ties are lost",
                                       whatif->ties_lost),
                          whatif->ties_lost);
  /* in words a board uses: a Gould–Fernandez brokerage role is one pair
   * of colleagues without a tie of their own whom the person links */
  if (whatif->brokerage_lost >= 0.5)
    {
      guint pairs = (guint) (whatif->brokerage_lost + 0.5);

      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "; %u pair of colleagues without a direct tie loses someone who linked them.",
                                           "; %u pairs of colleagues without a direct tie lose someone who linked them.",
                                           pairs),
                              pairs);
    }
  else
    g_string_append_c (out, '.');

  if (whatif->orphaned_clients->len > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u client loses its only contact: ",
                                           "%u clients lose every contact: ",
                                           whatif->orphaned_clients->len),
                              whatif->orphaned_clients->len);
      append_names (out, network, whatif->orphaned_clients, 5);
      g_string_append_c (out, '.');
    }
  return g_string_free (out, FALSE);
}
