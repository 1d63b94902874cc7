/* sp-client-metrics.c — clients, their contacts and overlaps */
#define G_LOG_DOMAIN "sp-client-metrics"

#include "sp-client-metrics.h"
#include "sp-metrics.h"
#include "sp-graph.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  guint *items;   /* sorted client ordinals */
  guint  len;
} Set;

struct _SpClientMetrics {
  GArray     *clients;      /* SpClientStats */
  gint       *client_of;    /* network node -> client ordinal, or -1 */
  Set        *person_sets;  /* per network node (empty for clients) */
  GPtrArray  *departments;  /* interned, sorted */
  GHashTable *dept_sets;    /* department -> Set * */
  const char **contact_department; /* per network node, interned or NULL */
  guint       n_nodes;
};

static int
compare_uint (const void *a,
              const void *b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* Sorts and removes duplicates in place. */
static guint
sort_unique (guint *items,
             guint  len)
{
  guint k = 0;

  if (len > 1)
    qsort (items, len, sizeof (guint), compare_uint);
  for (guint i = 0; i < len; i++)
    if (k == 0 || items[k - 1] != items[i])
      items[k++] = items[i];
  return k;
}

static double
jaccard (const Set *a,
         const Set *b)
{
  guint i = 0, j = 0, both = 0;
  guint na = a != NULL ? a->len : 0, nb = b != NULL ? b->len : 0;

  if (na + nb == 0)
    return 0.0;
  while (i < na && j < nb)
    {
      if (a->items[i] < b->items[j])
        i++;
      else if (a->items[i] > b->items[j])
        j++;
      else
        {
          both++;
          i++;
          j++;
        }
    }
  return (double) both / (na + nb - both);
}

static void
set_free (gpointer data)
{
  Set *s = data;

  g_free (s->items);
  g_free (s);
}

/* Shortest internal paths between the contacts of @s: a breadth-first
 * search over the contacts graph (in- or out-neighbours) from each
 * contact, stopping once every later contact has been reached.  @dist and
 * @queue have room for graph->n entries; @dist is all -1 on entry and on
 * return. */
static void
internal_paths (const SpGraph *graph,
                SpClientStats *s,
                gint          *dist,
                guint         *queue)
{
  guint64 sum = 0;
  gboolean all_tied = TRUE, within_two = TRUE;

  s->n_reachable_pairs = 0;
  s->n_unreachable_pairs = 0;
  s->mean_internal_path = NAN;
  s->max_internal_path = 0;
  if (s->n_contacts < 2)
    {
      s->contacts_all_tied = FALSE;
      s->contacts_within_two = FALSE;
      return;
    }

  for (guint i = 0; i + 1 < s->n_contacts; i++)
    {
      gint src = graph->node_vertex[s->contacts[i]];
      guint head = 0, tail = 0, wanted = 0, found = 0;

      if (src >= 0)
        {
          /* mark the later contacts as targets with -2 */
          for (guint j = i + 1; j < s->n_contacts; j++)
            {
              gint t = graph->node_vertex[s->contacts[j]];

              if (t >= 0 && dist[t] == -1)
                {
                  dist[t] = -2;
                  wanted++;
                }
            }
          dist[src] = 0;
          queue[tail++] = (guint) src;
          while (head < tail && found < wanted)
            {
              guint v = queue[head++];

              for (guint k = graph->nb_off[v]; k < graph->nb_off[v + 1]; k++)
                {
                  guint w = graph->nb_adj[k];

                  if (dist[w] >= 0)
                    continue;
                  if (dist[w] == -2)
                    found++;
                  dist[w] = dist[v] + 1;
                  queue[tail++] = w;
                }
            }
        }

      for (guint j = i + 1; j < s->n_contacts; j++)
        {
          gint t = graph->node_vertex[s->contacts[j]];
          gint d = t >= 0 && src >= 0 ? dist[t] : -1;

          if (d > 0)
            {
              s->n_reachable_pairs++;
              sum += (guint) d;
              s->max_internal_path = MAX (s->max_internal_path, (guint) d);
            }
          else
            s->n_unreachable_pairs++;
          all_tied = all_tied && d == 1;
          within_two = within_two && d > 0 && d <= 2;
        }

      /* reset what this search touched */
      for (guint k = 0; k < tail; k++)
        dist[queue[k]] = -1;
      for (guint j = i + 1; j < s->n_contacts; j++)
        {
          gint t = graph->node_vertex[s->contacts[j]];

          if (t >= 0)
            dist[t] = -1;
        }
    }
  if (s->n_reachable_pairs > 0)
    s->mean_internal_path = (double) sum / s->n_reachable_pairs;
  s->contacts_all_tied = all_tied;
  s->contacts_within_two = within_two;
}

SpClientMetrics *
sp_client_metrics_compute (SpNetwork      *net,
                           const gboolean *tie_type_mask,
                           const gboolean *removed)
{
  SpClientMetrics *cm;
  guint n_nodes, n_ties, n_clients = 0;
  g_autofree guint *per_client_off = NULL;
  g_autofree guint *per_client = NULL;
  g_autofree guint *per_person_off = NULL;
  g_autofree guint *per_person = NULL;
  g_autofree guint *fill_c = NULL;
  g_autofree guint *fill_p = NULL;

  g_return_val_if_fail (net != NULL, NULL);

  n_nodes = sp_network_n_nodes (net);
  n_ties = sp_network_n_ties (net);
  cm = g_new0 (SpClientMetrics, 1);
  cm->n_nodes = n_nodes;
  cm->clients = g_array_new (FALSE, TRUE, sizeof (SpClientStats));
  cm->client_of = g_new (gint, MAX (n_nodes, 1));
  cm->person_sets = g_new0 (Set, MAX (n_nodes, 1));
  cm->dept_sets = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, set_free);
  cm->contact_department = g_new0 (const char *, MAX (n_nodes, 1));

  for (guint i = 0; i < n_nodes; i++)
    {
      const SpNode *node = &g_array_index (net->nodes, SpNode, i);

      cm->client_of[i] = -1;
      cm->contact_department[i] = node->department;
      if (node->kind == SP_NODE_CLIENT && (removed == NULL || !removed[i]))
        {
          SpClientStats s = { 0 };

          s.node = i;
          cm->client_of[i] = (gint) n_clients++;
          g_array_append_val (cm->clients, s);
        }
    }

  /* person–client pairs, bucketed both ways */
  per_client_off = g_new0 (guint, n_clients + 1);
  per_person_off = g_new0 (guint, n_nodes + 1);
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1)
        {
          for (guint c = 0; c < n_clients; c++)
            per_client_off[c + 1] += per_client_off[c];
          for (guint p = 0; p < n_nodes; p++)
            per_person_off[p + 1] += per_person_off[p];
          per_client = g_new (guint, MAX (per_client_off[n_clients], 1));
          per_person = g_new (guint, MAX (per_person_off[n_nodes], 1));
          fill_c = g_memdup2 (per_client_off, sizeof (guint) * (n_clients + 1));
          fill_p = g_memdup2 (per_person_off, sizeof (guint) * (n_nodes + 1));
        }
      for (guint t = 0; t < n_ties; t++)
        {
          const SpTie *tie = &g_array_index (net->ties, SpTie, t);
          guint person, client;
          gint c;

          if (!(tie->weight > 0) || (tie_type_mask != NULL && !tie_type_mask[tie->type]))
            continue;
          if (cm->client_of[tie->target] >= 0)
            {
              client = tie->target;
              person = tie->source;
            }
          else
            {
              client = tie->source;
              person = tie->target;
            }
          c = cm->client_of[client];
          if (c < 0 || g_array_index (net->nodes, SpNode, person).kind != SP_NODE_PERSON ||
              (removed != NULL && removed[person]))
            continue;
          if (pass == 0)
            {
              per_client_off[c + 1]++;
              per_person_off[person + 1]++;
            }
          else
            {
              per_client[fill_c[c]++] = person;
              per_person[fill_p[person]++] = (guint) c;
            }
        }
    }

  for (guint p = 0; p < n_nodes; p++)
    {
      Set *s = &cm->person_sets[p];
      guint len = per_person_off[p + 1] - per_person_off[p];

      if (len == 0)
        continue;
      s->items = g_memdup2 (per_person + per_person_off[p], sizeof (guint) * len);
      s->len = sort_unique (s->items, len);
    }

  for (guint c = 0; c < n_clients; c++)
    {
      SpClientStats *s = &g_array_index (cm->clients, SpClientStats, c);
      guint len = per_client_off[c + 1] - per_client_off[c];
      /* never empty (the stats point at it), but copy only what is there */
      guint *contacts = g_new0 (guint, MAX (len, 1));
      GPtrArray *depts;

      if (len > 0)
        memcpy (contacts, per_client + per_client_off[c], sizeof (guint) * len);
      depts = g_ptr_array_new ();

      len = sort_unique (contacts, len);
      for (guint i = 0; i < len; i++)
        {
          const char *d = g_array_index (net->nodes, SpNode, contacts[i]).department;
          gboolean seen = FALSE;

          for (guint k = 0; k < depts->len && !seen; k++)
            seen = depts->pdata[k] == d;
          if (d != NULL && !seen)
            g_ptr_array_add (depts, (gpointer) d);
        }
      g_ptr_array_sort (depts, compare_strings);
      s->contacts = contacts;
      s->n_contacts = len;
      s->n_departments = depts->len;
      s->single_point_of_contact = len == 1;
      g_ptr_array_add (depts, NULL);
      s->departments = (const char *const *) g_ptr_array_free (depts, FALSE);
    }

  /* shortest internal paths between each client's contacts */
  if (n_clients > 0)
    {
      g_autoptr (SpGraph) graph = sp_graph_new (net, tie_type_mask, removed);
      g_autofree gint *dist = g_new (gint, MAX (graph->n, 1));
      g_autofree guint *queue = g_new (guint, MAX (graph->n, 1));

      for (guint v = 0; v < graph->n; v++)
        dist[v] = -1;
      for (guint c = 0; c < n_clients; c++)
        internal_paths (graph, &g_array_index (cm->clients, SpClientStats, c), dist, queue);
    }

  /* departments and the union of their members' client sets */
  cm->departments = sp_network_departments (net);
  for (guint k = 0; k < cm->departments->len; k++)
    {
      const char *d = g_ptr_array_index (cm->departments, k);
      GArray *items = g_array_new (FALSE, FALSE, sizeof (guint));
      Set *s = g_new0 (Set, 1);

      for (guint p = 0; p < n_nodes; p++)
        if (cm->person_sets[p].len > 0 && g_array_index (net->nodes, SpNode, p).department == d)
          g_array_append_vals (items, cm->person_sets[p].items, cm->person_sets[p].len);
      s->len = sort_unique ((guint *) (void *) items->data, items->len);
      s->items = (guint *) (void *) g_array_free (items, FALSE);
      g_hash_table_insert (cm->dept_sets, (gpointer) d, s);
    }

  return cm;
}

void
sp_client_metrics_free (SpClientMetrics *cm)
{
  if (cm == NULL)
    return;
  for (guint c = 0; c < cm->clients->len; c++)
    {
      SpClientStats *s = &g_array_index (cm->clients, SpClientStats, c);

      g_free ((gpointer) s->contacts);
      g_free ((gpointer) s->departments);
    }
  for (guint p = 0; p < cm->n_nodes; p++)
    g_free (cm->person_sets[p].items);
  g_array_unref (cm->clients);
  g_free (cm->client_of);
  g_free (cm->contact_department);
  g_free (cm->person_sets);
  g_ptr_array_unref (cm->departments);
  g_hash_table_unref (cm->dept_sets);
  g_free (cm);
}

guint
sp_client_metrics_n_clients (SpClientMetrics *cm)
{
  g_return_val_if_fail (cm != NULL, 0);
  return cm->clients->len;
}

const SpClientStats *
sp_client_metrics_client (SpClientMetrics *cm,
                          guint            i)
{
  g_return_val_if_fail (cm != NULL, NULL);
  g_return_val_if_fail (i < cm->clients->len, NULL);
  return &g_array_index (cm->clients, SpClientStats, i);
}

const SpClientStats *
sp_client_metrics_find (SpClientMetrics *cm,
                        guint            node)
{
  g_return_val_if_fail (cm != NULL, NULL);
  if (node >= cm->n_nodes || cm->client_of[node] < 0)
    return NULL;
  return &g_array_index (cm->clients, SpClientStats, cm->client_of[node]);
}

guint
sp_client_metrics_n_person_clients (SpClientMetrics *cm,
                                    guint            node)
{
  g_return_val_if_fail (cm != NULL, 0);
  g_return_val_if_fail (node < cm->n_nodes, 0);
  return cm->person_sets[node].len;
}

double
sp_client_metrics_person_overlap (SpClientMetrics *cm,
                                  guint            a,
                                  guint            b)
{
  g_return_val_if_fail (cm != NULL, NAN);
  g_return_val_if_fail (a < cm->n_nodes && b < cm->n_nodes, NAN);
  return jaccard (&cm->person_sets[a], &cm->person_sets[b]);
}

GPtrArray *
sp_client_metrics_departments (SpClientMetrics *cm)
{
  g_return_val_if_fail (cm != NULL, NULL);
  return cm->departments;
}

double
sp_client_metrics_department_overlap (SpClientMetrics *cm,
                                      const char      *dept_a,
                                      const char      *dept_b)
{
  const Set *a = NULL, *b = NULL;

  g_return_val_if_fail (cm != NULL, NAN);

  /* departments are interned, but accept any equal string */
  for (guint k = 0; k < cm->departments->len; k++)
    {
      const char *d = g_ptr_array_index (cm->departments, k);

      if (dept_a != NULL && strcmp (d, dept_a) == 0)
        a = g_hash_table_lookup (cm->dept_sets, d);
      if (dept_b != NULL && strcmp (d, dept_b) == 0)
        b = g_hash_table_lookup (cm->dept_sets, d);
    }
  return jaccard (a, b);
}

guint
sp_client_metrics_department_contacts (SpClientMetrics *cm,
                                       const char      *dept,
                                       guint            i)
{
  const SpClientStats *s;
  guint count = 0;

  g_return_val_if_fail (cm != NULL, 0);
  g_return_val_if_fail (i < cm->clients->len, 0);

  if (dept == NULL)
    return 0;
  s = &g_array_index (cm->clients, SpClientStats, i);
  for (guint k = 0; k < s->n_contacts; k++)
    {
      const char *d = cm->contact_department[s->contacts[k]];

      count += d != NULL && (d == dept || strcmp (d, dept) == 0);
    }
  return count;
}

static gint
compare_pair64 (gconstpointer a,
                gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

GArray *
sp_client_metrics_contact_paths (SpClientMetrics *cm,
                                 SpNetwork       *net,
                                 const gboolean  *tie_type_mask,
                                 const gboolean  *removed,
                                 guint            client)
{
  const SpClientStats *s;
  g_autoptr (SpGraph) graph = NULL;
  g_autoptr (GArray) keys = NULL;
  g_autofree gint *parent = NULL;
  g_autofree guint *queue = NULL;
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (cm != NULL, out);
  g_return_val_if_fail (net != NULL, out);

  s = sp_client_metrics_find (cm, client);
  if (s == NULL || s->n_contacts < 2)
    return out;

  graph = sp_graph_new (net, tie_type_mask, removed);
  parent = g_new (gint, MAX (graph->n, 1));
  queue = g_new (guint, MAX (graph->n, 1));
  keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = 0; i + 1 < s->n_contacts; i++)
    {
      gint src = graph->node_vertex[s->contacts[i]];
      guint head = 0, tail = 0;

      if (src < 0)
        continue;
      /* breadth-first from this contact, parents recorded; CSR rows are
       * sorted, so the path found is the same every time */
      for (guint v = 0; v < graph->n; v++)
        parent[v] = -1;
      parent[src] = src;
      queue[tail++] = (guint) src;
      while (head < tail)
        {
          guint v = queue[head++];

          for (guint k = graph->nb_off[v]; k < graph->nb_off[v + 1]; k++)
            if (parent[graph->nb_adj[k]] < 0)
              {
                parent[graph->nb_adj[k]] = (gint) v;
                queue[tail++] = graph->nb_adj[k];
              }
        }
      for (guint j = i + 1; j < s->n_contacts; j++)
        {
          gint v = graph->node_vertex[s->contacts[j]];

          if (v < 0 || parent[v] < 0)
            continue;
          while (v != src)
            {
              guint a = graph->vertex_node[v], b = graph->vertex_node[parent[v]];
              guint64 key = ((guint64) MIN (a, b) << 32) | MAX (a, b);

              g_array_append_val (keys, key);
              v = parent[v];
            }
        }
    }
  g_array_sort (keys, compare_pair64);
  for (guint k = 0; k < keys->len; k++)
    {
      guint64 key = g_array_index (keys, guint64, k);
      guint a = key >> 32, b = key & 0xffffffffu;

      if (k > 0 && key == g_array_index (keys, guint64, k - 1))
        continue;
      g_array_append_val (out, a);
      g_array_append_val (out, b);
    }
  return out;
}

static const char *
flag_text (const SpClientStats *s,
           gboolean             flag)
{
  if (s->n_contacts < 2)
    return "";
  return flag ? "true" : "false";
}

gboolean
sp_client_metrics_write_csv (SpNetwork       *net,
                             SpClientMetrics *cm,
                             const char      *path,
                             GError         **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (cm != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_string_append (out, "id,name,contacts,departments,single_point_of_contact,"
                        "contact_ids,department_names,mean_internal_path,max_internal_path,"
                        "unreachable_pairs,contacts_all_tied,contacts_within_two\n");
  for (guint c = 0; c < cm->clients->len; c++)
    {
      const SpClientStats *s = &g_array_index (cm->clients, SpClientStats, c);
      const SpNode *node = &g_array_index (net->nodes, SpNode, s->node);
      g_autoptr (GString) ids = g_string_new (NULL);
      g_autoptr (GString) depts = g_string_new (NULL);

      for (guint i = 0; i < s->n_contacts; i++)
        {
          if (i > 0)
            g_string_append_c (ids, ';');
          g_string_append (ids, g_array_index (net->nodes, SpNode, s->contacts[i]).id);
        }
      for (guint i = 0; i < s->n_departments; i++)
        {
          if (i > 0)
            g_string_append_c (depts, ';');
          g_string_append (depts, s->departments[i]);
        }
      sp_csv_append_field (out, node->id);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, node->name);
      g_string_append_printf (out, ",%u,%u,%s,", s->n_contacts, s->n_departments,
                              s->single_point_of_contact ? "true" : "false");
      sp_csv_append_field (out, ids->str);
      g_string_append_c (out, ',');
      sp_csv_append_field (out, depts->str);
      g_string_append_c (out, ',');
      if (s->n_reachable_pairs > 0)
        g_string_append_printf (out, "%s,%u", sp_metrics_format_value (buf, s->mean_internal_path),
                                s->max_internal_path);
      else
        g_string_append_c (out, ',');
      g_string_append_printf (out, ",%u,%s,%s\n", s->n_unreachable_pairs,
                              flag_text (s, s->contacts_all_tied),
                              flag_text (s, s->contacts_within_two));
    }
  return sp_csv_write (path, out, error);
}

gboolean
sp_client_overlap_write_csv (SpNetwork       *net,
                             SpClientMetrics *cm,
                             const char      *path,
                             GError         **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  GPtrArray *depts;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (cm != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  depts = cm->departments;
  g_string_append (out, "department");
  for (guint j = 0; j < depts->len; j++)
    {
      g_string_append_c (out, ',');
      sp_csv_append_field (out, g_ptr_array_index (depts, j));
    }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depts->len; i++)
    {
      const Set *a = g_hash_table_lookup (cm->dept_sets, g_ptr_array_index (depts, i));

      sp_csv_append_field (out, g_ptr_array_index (depts, i));
      for (guint j = 0; j < depts->len; j++)
        {
          const Set *b = g_hash_table_lookup (cm->dept_sets, g_ptr_array_index (depts, j));

          g_string_append_c (out, ',');
          g_string_append (out, sp_metrics_format_value (buf, jaccard (a, b)));
        }
      g_string_append_c (out, '\n');
    }
  return sp_csv_write (path, out, error);
}

gboolean
sp_client_matrix_write_csv (SpNetwork       *net,
                            SpClientMetrics *cm,
                            const char      *path,
                            GError         **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  GPtrArray *depts;

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (cm != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  depts = cm->departments;
  g_string_append (out, "department");
  {
    /* the columns by name (a spreadsheet's reader knows the clients by
     * name), the id added where two clients share one */
    g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint c = 0; c < cm->clients->len; c++)
      {
        const char *name = sp_network_node_label (net, g_array_index (cm->clients, SpClientStats, c).node);

        g_hash_table_insert (seen, (gpointer) name,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, name)) + 1));
      }
    for (guint c = 0; c < cm->clients->len; c++)
      {
        const SpNode *node = &g_array_index (net->nodes, SpNode, g_array_index (cm->clients, SpClientStats, c).node);
        const char *name = sp_network_node_label (net, g_array_index (cm->clients, SpClientStats, c).node);

        g_string_append_c (out, ',');
        if (GPOINTER_TO_UINT (g_hash_table_lookup (seen, name)) > 1)
          {
            g_autofree char *both = g_strdup_printf ("%s (%s)", name, node->id);

            sp_csv_append_field (out, both);
          }
        else
          sp_csv_append_field (out, name);
      }
  }
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depts->len; i++)
    {
      const char *d = g_ptr_array_index (depts, i);

      sp_csv_append_field (out, d);
      for (guint c = 0; c < cm->clients->len; c++)
        g_string_append_printf (out, ",%u", sp_client_metrics_department_contacts (cm, d, c));
      g_string_append_c (out, '\n');
    }
  return sp_csv_write (path, out, error);
}
