/* sp-network.c — the data model */
#define G_LOG_DOMAIN "sp-network"

#include "sp-network.h"
#include "sp-i18n.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

G_DEFINE_QUARK (samenspel-error-quark, sp_error)

/* A message goes to a terminal (and to the window): control characters
 * from a file (ESC, BEL, …) are shown escaped, never sent.  C0 controls
 * and DEL read "\x1b", C1 controls (U+0080–U+009F) "\u009b".  @text is
 * valid UTF-8. */
char *
sp_error_escape_controls (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const unsigned char *p = (const unsigned char *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 || *p == 0x7f)
        g_string_append_printf (out, "\\x%02x", *p);
      else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
        {
          g_string_append_printf (out, "\\u%04x", p[1]);
          p++;
        }
      else
        g_string_append_c (out, (char) *p);
    }
  return g_string_free (out, FALSE);
}

static void
attribute_free (gpointer data)
{
  SpAttribute *attr = data;

  g_free (attr->num);
  g_free (attr->str);
  g_free (attr);
}

SpNetwork *
sp_network_new (void)
{
  SpNetwork *self = g_new0 (SpNetwork, 1);

  self->ref_count = 1;
  self->nodes = g_array_new (FALSE, TRUE, sizeof (SpNode));
  self->ties = g_array_new (FALSE, TRUE, sizeof (SpTie));
  self->tie_types = g_ptr_array_new ();
  self->attributes = g_ptr_array_new_with_free_func (attribute_free);
  self->strings = g_string_chunk_new (4096);
  self->interned = g_hash_table_new (g_str_hash, g_str_equal);
  self->id_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->access_type = -1;
  g_ptr_array_add (self->tie_types, (gpointer) sp_network_intern (self, ""));

  return self;
}

SpNetwork *
sp_network_ref (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
sp_network_unref (SpNetwork *self)
{
  if (self == NULL)
    return;
  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;

  g_array_unref (self->nodes);
  g_array_unref (self->ties);
  g_ptr_array_unref (self->tie_types);
  g_ptr_array_unref (self->attributes);
  g_hash_table_unref (self->interned);
  g_hash_table_unref (self->id_index);
  g_ptr_array_unref (self->notes);
  g_string_chunk_free (self->strings);
  g_free (self->title);
  g_free (self->source_path);
  g_free (self->view_state);
  g_free (self->x);
  g_free (self->y);
  g_free (self);
}

void
sp_network_add_note (SpNetwork  *self,
                     const char *format,
                     ...)
{
  va_list args;

  g_return_if_fail (self != NULL);
  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

const char *
sp_network_intern (SpNetwork  *self,
                   const char *s)
{
  const char *found;

  g_return_val_if_fail (self != NULL, NULL);

  if (s == NULL)
    return NULL;
  found = g_hash_table_lookup (self->interned, s);
  if (found != NULL)
    return found;
  found = g_string_chunk_insert (self->strings, s);
  g_hash_table_add (self->interned, (gpointer) found);
  return found;
}

/* Grows every per-node array to hold at least @need nodes. */
static void
ensure_capacity (SpNetwork *self,
                 guint      need)
{
  guint cap = self->capacity;

  if (need <= cap)
    return;
  cap = MAX (cap * 2, MAX (need, 64));

  for (guint i = 0; i < self->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->attributes, i);

      if (attr->type == SP_ATTR_NUMERIC)
        {
          attr->num = g_renew (double, attr->num, cap);
          for (guint j = self->capacity; j < cap; j++)
            attr->num[j] = NAN;
        }
      else
        {
          attr->str = g_renew (const char *, attr->str, cap);
          memset (attr->str + self->capacity, 0, (cap - self->capacity) * sizeof (char *));
        }
    }
  if (self->x != NULL)
    {
      self->x = g_renew (double, self->x, cap);
      self->y = g_renew (double, self->y, cap);
      memset (self->x + self->capacity, 0, (cap - self->capacity) * sizeof (double));
      memset (self->y + self->capacity, 0, (cap - self->capacity) * sizeof (double));
    }
  self->capacity = cap;
}

/* What sp_network_copy() and sp_network_snapshot() share: a new network
 * with @self's direction, title, source, view and notes ... */
static SpNetwork *
copy_frame (SpNetwork *self)
{
  SpNetwork *copy = sp_network_new ();

  copy->directed = self->directed;
  copy->access_type = self->access_type;
  copy->title = g_strdup (self->title);
  copy->source_path = g_strdup (self->source_path);
  copy->view_state = g_strdup (self->view_state);
  for (guint i = 0; i < self->notes->len; i++)
    g_ptr_array_add (copy->notes, g_strdup (g_ptr_array_index (self->notes, i)));
  return copy;
}

/* ... and, once the nodes are in, @self's positions */
static void
copy_positions (SpNetwork *copy,
                SpNetwork *self)
{
  guint n = self->nodes->len;

  if (self->x != NULL)
    {
      sp_network_ensure_positions (copy);
      memcpy (copy->x, self->x, n * sizeof (double));
      memcpy (copy->y, self->y, n * sizeof (double));
    }
  copy->has_layout = self->has_layout;
}

SpNetwork *
sp_network_copy (SpNetwork *self)
{
  SpNetwork *copy;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  copy = copy_frame (self);
  n = self->nodes->len;

  for (guint t = 1; t < self->tie_types->len; t++)
    g_ptr_array_add (copy->tie_types,
                     (gpointer) sp_network_intern (copy, g_ptr_array_index (self->tie_types, t)));

  ensure_capacity (copy, n);
  for (guint i = 0; i < n; i++)
    {
      const SpNode *from = &g_array_index (self->nodes, SpNode, i);
      SpNode node = { 0 };

      node.id = sp_network_intern (copy, from->id);
      node.name = sp_network_intern (copy, from->name);
      node.department = sp_network_intern (copy, from->department);
      node.role = sp_network_intern (copy, from->role);
      node.manager = sp_network_intern (copy, from->manager);
      node.kind = from->kind;
      g_array_append_val (copy->nodes, node);
      g_hash_table_insert (copy->id_index, (gpointer) node.id, GUINT_TO_POINTER (i + 1));
    }

  g_array_append_vals (copy->ties, self->ties->data, self->ties->len);

  for (guint a = 0; a < self->attributes->len; a++)
    {
      const SpAttribute *from = g_ptr_array_index (self->attributes, a);
      SpAttribute *attr = sp_network_ensure_attribute (copy, from->name, from->type);

      attr->scale_min = from->scale_min;
      attr->scale_max = from->scale_max;

      for (guint i = 0; i < n; i++)
        {
          if (from->type == SP_ATTR_NUMERIC)
            attr->num[i] = from->num[i];
          else
            attr->str[i] = sp_network_intern (copy, from->str[i]);
        }
    }

  copy_positions (copy, self);
  return copy;
}

gint
sp_network_add_node (SpNetwork  *self,
                     const char *id,
                     SpNodeKind  kind,
                     GError    **error)
{
  SpNode node = { 0 };
  const char *iid;

  g_return_val_if_fail (self != NULL, -1);

  if (id == NULL || *id == '\0')
    {
      g_set_error_literal (error, SP_ERROR, SP_ERROR_INVALID, _("empty id"));
      return -1;
    }
  iid = sp_network_intern (self, id);
  if (g_hash_table_contains (self->id_index, iid))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_INVALID, _("duplicate id “%s”"), id);
      return -1;
    }
  if (self->nodes->len >= G_MAXINT - 1)
    {
      g_set_error_literal (error, SP_ERROR, SP_ERROR_LIMIT, _("too many nodes"));
      return -1;
    }

  ensure_capacity (self, self->nodes->len + 1);
  node.id = iid;
  node.kind = kind;
  g_array_append_val (self->nodes, node);
  g_hash_table_insert (self->id_index, (gpointer) iid, GUINT_TO_POINTER (self->nodes->len));
  return (gint) self->nodes->len - 1;
}

gint
sp_network_find_node (SpNetwork  *self,
                      const char *id)
{
  const char *iid;

  g_return_val_if_fail (self != NULL, -1);
  if (id == NULL)
    return -1;
  iid = g_hash_table_lookup (self->interned, id);
  if (iid == NULL)
    return -1;
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (self->id_index, iid)) - 1;
}

guint
sp_network_n_nodes (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->nodes->len;
}

SpNode *
sp_network_node (SpNetwork *self,
                 guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);
  return &g_array_index (self->nodes, SpNode, index);
}

static guint
count_kind (SpNetwork *self,
            SpNodeKind kind)
{
  guint n = 0;

  for (guint i = 0; i < self->nodes->len; i++)
    if (g_array_index (self->nodes, SpNode, i).kind == kind)
      n++;
  return n;
}

guint
sp_network_n_persons (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_kind (self, SP_NODE_PERSON);
}

guint
sp_network_n_clients (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return count_kind (self, SP_NODE_CLIENT);
}

guint
sp_network_tie_type (SpNetwork  *self,
                     const char *type)
{
  const char *itype;

  g_return_val_if_fail (self != NULL, 0);
  if (type == NULL || *type == '\0')
    return 0;
  itype = sp_network_intern (self, type);
  for (guint i = 0; i < self->tie_types->len; i++)
    if (g_ptr_array_index (self->tie_types, i) == itype)
      return i;
  g_ptr_array_add (self->tie_types, (gpointer) itype);
  return self->tie_types->len - 1;
}

guint
sp_network_access_type (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, 0);
  if (self->access_type >= 0)
    return MIN ((guint) self->access_type, self->tie_types->len - 1);
  /* Cross's question as a survey or a ties file names it, in English or
   * Dutch */
  for (guint t = 1; t < self->tie_types->len; t++)
    {
      const char *name = g_ptr_array_index (self->tie_types, t);

      if (g_ascii_strcasecmp (name, "access") == 0 || g_ascii_strcasecmp (name, "toegang") == 0)
        return t;
    }
  return 0;
}

void
sp_network_set_access_type (SpNetwork *self,
                            guint      type)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (type < self->tie_types->len);
  self->access_type = (gint) type;
}

void
sp_network_add_tie (SpNetwork *self,
                    guint      source,
                    guint      target,
                    guint      type,
                    double     weight)
{
  SpTie tie = { source, target, type, weight };

  g_return_if_fail (self != NULL);
  g_return_if_fail (source < self->nodes->len && target < self->nodes->len);
  g_return_if_fail (type < self->tie_types->len);
  g_array_append_val (self->ties, tie);
}

guint
sp_network_n_ties (SpNetwork *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->ties->len;
}

static int
compare_guint64 (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return (x > y) - (x < y);
}

guint
sp_network_n_tie_pairs (SpNetwork *self)
{
  g_autofree guint64 *keys = NULL;
  guint n = 0, pairs = 0;

  g_return_val_if_fail (self != NULL, 0);

  keys = g_new (guint64, MAX (self->ties->len, 1));
  for (guint i = 0; i < self->ties->len; i++)
    {
      const SpTie *t = &g_array_index (self->ties, SpTie, i);

      if (t->source != t->target)
        keys[n++] = ((guint64) MIN (t->source, t->target) << 32) | MAX (t->source, t->target);
    }
  qsort (keys, n, sizeof (guint64), compare_guint64);
  for (guint i = 0; i < n; i++)
    pairs += i == 0 || keys[i] != keys[i - 1];
  return pairs;
}

SpTie *
sp_network_tie (SpNetwork *self,
                guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->ties->len, NULL);
  return &g_array_index (self->ties, SpTie, index);
}

SpAttribute *
sp_network_find_attribute (SpNetwork  *self,
                           const char *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (name == NULL)
    return NULL;
  for (guint i = 0; i < self->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (self->attributes, i);
      if (strcmp (attr->name, name) == 0)
        return attr;
    }
  return NULL;
}

SpAttribute *
sp_network_ensure_attribute (SpNetwork  *self,
                             const char *name,
                             SpAttrType  type)
{
  SpAttribute *attr;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  attr = sp_network_find_attribute (self, name);
  if (attr != NULL)
    return attr;

  attr = g_new0 (SpAttribute, 1);
  attr->name = sp_network_intern (self, name);
  attr->type = type;
  attr->scale_min = attr->scale_max = NAN;
  if (type == SP_ATTR_NUMERIC)
    {
      attr->num = g_new (double, MAX (self->capacity, 1));
      for (guint j = 0; j < self->capacity; j++)
        attr->num[j] = NAN;
    }
  else
    attr->str = g_new0 (const char *, MAX (self->capacity, 1));
  g_ptr_array_add (self->attributes, attr);
  return attr;
}

void
sp_network_set_numeric (SpNetwork   *self,
                        SpAttribute *attr,
                        guint        node,
                        double       value)
{
  g_return_if_fail (self != NULL && attr != NULL);
  g_return_if_fail (attr->type == SP_ATTR_NUMERIC);
  g_return_if_fail (node < self->nodes->len);
  attr->num[node] = value;
}

void
sp_network_set_string (SpNetwork   *self,
                       SpAttribute *attr,
                       guint        node,
                       const char  *value)
{
  g_return_if_fail (self != NULL && attr != NULL);
  g_return_if_fail (attr->type == SP_ATTR_CATEGORICAL);
  g_return_if_fail (node < self->nodes->len);
  attr->str[node] = (value != NULL && *value != '\0') ? sp_network_intern (self, value) : NULL;
}

char *
sp_network_attribute_text (SpNetwork   *self,
                           SpAttribute *attr,
                           guint        node)
{
  g_return_val_if_fail (self != NULL && attr != NULL, NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  if (attr->type == SP_ATTR_NUMERIC)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (attr->num[node]))
        return NULL;
      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.6g", attr->num[node]));
    }
  return g_strdup (attr->str[node]);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

GPtrArray *
sp_network_departments (SpNetwork *self)
{
  return sp_network_group_values (self, NULL);
}

GPtrArray *
sp_network_group_values (SpNetwork   *self,
                         SpAttribute *attr)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, out);
  g_return_val_if_fail (attr == NULL || attr->type == SP_ATTR_CATEGORICAL, out);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      SpNode *n = &g_array_index (self->nodes, SpNode, i);
      const char *value = attr != NULL ? attr->str[i] : n->department;

      if (n->kind == SP_NODE_PERSON && value != NULL && g_hash_table_add (seen, (gpointer) value))
        g_ptr_array_add (out, (gpointer) value);
    }
  g_ptr_array_sort (out, compare_strings);
  return out;
}

const char *
sp_network_node_label (SpNetwork *self,
                       guint      node)
{
  SpNode *n = sp_network_node (self, node);

  g_return_val_if_fail (n != NULL, "");
  return n->name != NULL ? n->name : n->id;
}

void
sp_network_set_title (SpNetwork  *self,
                      const char *title)
{
  g_return_if_fail (self != NULL);
  g_free (self->title);
  self->title = g_strdup (title);
}

void
sp_network_ensure_positions (SpNetwork *self)
{
  g_return_if_fail (self != NULL);
  if (self->x != NULL)
    return;
  self->x = g_new0 (double, MAX (self->capacity, 1));
  self->y = g_new0 (double, MAX (self->capacity, 1));
}

gsize
sp_network_memory_size (SpNetwork *self)
{
  gsize total;

  g_return_val_if_fail (self != NULL, 0);

  total = sizeof *self;
  total += (gsize) self->nodes->len * sizeof (SpNode);
  total += (gsize) self->ties->len * sizeof (SpTie);
  for (guint i = 0; i < self->attributes->len; i++)
    total += (gsize) self->capacity * sizeof (double);
  if (self->x != NULL)
    total += 2 * (gsize) self->capacity * sizeof (double);
  /* two hash tables of pointers: about 4 words an entry */
  total += 2 * (gsize) g_hash_table_size (self->interned) * 4 * sizeof (gpointer);
  return total;
}

guint
sp_attribute_n_missing (SpNetwork   *self,
                        SpAttribute *attr,
                        SpNodeKind   kind,
                        guint       *n_nodes)
{
  guint missing = 0, n = 0;

  g_return_val_if_fail (self != NULL && attr != NULL, 0);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      if (g_array_index (self->nodes, SpNode, i).kind != kind)
        continue;
      n++;
      if (attr->type == SP_ATTR_NUMERIC ? isnan (attr->num[i]) : attr->str[i] == NULL)
        missing++;
    }
  if (n_nodes != NULL)
    *n_nodes = n;
  return missing;
}

gboolean
sp_network_response_rate (SpNetwork *self,
                          guint     *responded,
                          guint     *asked)
{
  SpAttribute *attr;
  guint yes = 0, n = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  attr = sp_network_find_attribute (self, "responded");
  if (attr == NULL || attr->type != SP_ATTR_CATEGORICAL)
    return FALSE;
  for (guint i = 0; i < self->nodes->len; i++)
    if (attr->str[i] != NULL)
      {
        n++;
        yes += g_ascii_strcasecmp (attr->str[i], "yes") == 0;
      }
  if (n == 0)
    return FALSE;
  if (responded != NULL)
    *responded = yes;
  if (asked != NULL)
    *asked = n;
  return TRUE;
}

char *
sp_network_response_note (SpNetwork *self)
{
  guint yes = 0, n = 0;
  double rate;

  if (!sp_network_response_rate (self, &yes, &n) || yes == n)
    return NULL;
  rate = (double) yes / n;
  if (rate < SP_RESPONSE_RATE_TRUSTED)
    /* TRANSLATORS: under a drawing made from a survey; %.0f%% is the response rate */
    return g_strdup_printf (_("Survey: %u of %u answered (%.0f%%). Below %.0f%%, the measures of "
                              "those who did not answer rest only on the ties others named: "
                              "read them with care."),
                            yes, n, 100 * rate, 100 * SP_RESPONSE_RATE_TRUSTED);
  return g_strdup_printf (_("Survey: %u of %u answered (%.0f%%)."), yes, n, 100 * rate);
}

void
sp_attribute_set_scale (SpAttribute *attr,
                        double       min,
                        double       max)
{
  g_return_if_fail (attr != NULL);
  g_return_if_fail ((isnan (min) && isnan (max)) || min < max);
  attr->scale_min = min;
  attr->scale_max = max;
}

SpScaleKind
sp_attribute_scale (SpNetwork   *self,
                    SpAttribute *attr,
                    double      *min,
                    double      *max)
{
  static const double usual[][2] = { { 1, 5 }, { 1, 7 }, { 1, 10 }, { 0, 10 }, { 0, 100 } };
  double lo = INFINITY, hi = -INFINITY;
  gboolean fraction_or_zero = FALSE;

  g_return_val_if_fail (self != NULL && attr != NULL, SP_SCALE_NONE);

  *min = *max = NAN;
  if (attr->type != SP_ATTR_NUMERIC)
    return SP_SCALE_NONE;
  if (!isnan (attr->scale_min) && !isnan (attr->scale_max))
    {
      *min = attr->scale_min;
      *max = attr->scale_max;
      return SP_SCALE_DECLARED;
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      double v = attr->num[i];

      if (isnan (v) || g_array_index (self->nodes, SpNode, i).kind != SP_NODE_PERSON)
        continue;
      lo = MIN (lo, v);
      hi = MAX (hi, v);
      fraction_or_zero = fraction_or_zero || v < 1 || v != floor (v);
    }
  if (lo > hi)
    return SP_SCALE_NONE;
  if (lo >= 0 && hi <= 1 && fraction_or_zero)
    {
      *min = 0, *max = 1;
      return SP_SCALE_USUAL;
    }
  for (guint k = 0; k < G_N_ELEMENTS (usual); k++)
    if (lo >= usual[k][0] && hi <= usual[k][1])
      {
        *min = usual[k][0], *max = usual[k][1];
        return SP_SCALE_USUAL;
      }
  *min = lo, *max = hi;
  return SP_SCALE_OBSERVED;
}

char *
sp_scale_format (double min,
                 double max)
{
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (a, sizeof a, "%g", min);
  g_ascii_formatd (b, sizeof b, "%g", max);
  return g_strdup_printf ("%s–%s", a, b);
}

SpNetwork *
sp_network_snapshot (SpNetwork *self)
{
  SpNetwork *copy;
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  copy = copy_frame (self);
  n = self->nodes->len;
  /* @self's interned strings, the same pointers: what compares strings by
   * pointer (departments, tie types) sees the snapshot's as @self's */
  g_ptr_array_set_size (copy->tie_types, 0);
  for (guint t = 0; t < self->tie_types->len; t++)
    g_ptr_array_add (copy->tie_types, g_ptr_array_index (self->tie_types, t));
  ensure_capacity (copy, n);
  g_array_append_vals (copy->nodes, self->nodes->data, n);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (copy->id_index, (gpointer) g_array_index (copy->nodes, SpNode, i).id,
                         GUINT_TO_POINTER (i + 1));
  g_array_append_vals (copy->ties, self->ties->data, self->ties->len);
  for (guint a = 0; a < self->attributes->len; a++)
    {
      const SpAttribute *from = g_ptr_array_index (self->attributes, a);
      SpAttribute *attr = sp_network_ensure_attribute (copy, from->name, from->type);

      attr->name = from->name;
      attr->scale_min = from->scale_min;
      attr->scale_max = from->scale_max;
      if (from->type == SP_ATTR_NUMERIC)
        memcpy (attr->num, from->num, n * sizeof (double));
      else
        memcpy (attr->str, from->str, n * sizeof (const char *));
    }
  copy_positions (copy, self);
  return copy;
}
