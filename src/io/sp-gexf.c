/* sp-gexf.c — GEXF 1.1, 1.2 and 1.3 (Gephi)
 *
 * Node label → name; node attributes titled like a node field (department,
 * role, manager, kind, …) fill it, the others become attributes, numeric
 * when declared so.  Edge weight → weight; the tie type is the edge's
 * `kind` (1.3), else an edge attribute titled "type", else a `type` that
 * is not a direction (networkx puts it there), else the edge's label.
 * viz:position gives the layout: GEXF's y axis points up (Gephi draws a
 * node at (x, −y), NodeBuilder in its preview), ours points down, so y is
 * negated.  viz:color becomes the categorical attribute "viz colour"
 * ("#rrggbb"), viz:size the numeric attribute "viz size", so that Colour
 * by and Size by can pick them.
 * The title is the <meta>'s <title>, else the graph's label, else its
 * name (networkx writes one), else <meta>'s <description> when it is one
 * short line; without any, the file name (sp-import.c).
 * Dynamic data (spells) is ignored, but a dynamic graph may declare a node
 * again (same id) for another spell (GEXF 1.1 files do): the first
 * declaration counts, the later ones are merged into it, with a note; the
 * same for an edge declared again with its id.  In a static graph a node
 * declared twice is still an error.
 * A hierarchy (nodes inside nodes, `pid`, `<parents>`) loads flat: every
 * node and edge, each child with the attribute "parent" (its parent's id).
 */
#define G_LOG_DOMAIN "sp-gexf"

#include "sp-xml-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

typedef struct {
  char        *id;
  char        *title;
  char        *default_value;
  gboolean     numeric;
  const char  *field;   /* node field, or NULL */
  SpAttribute *attr;    /* node attribute, or NULL */
  gboolean     is_type; /* edge attribute giving the tie type */
  gboolean     is_weight;
  gint64       line;
} GexfAttr;

static void
gexf_attr_free (gpointer data)
{
  GexfAttr *a = data;

  g_free (a->id);
  g_free (a->title);
  g_free (a->default_value);
  g_free (a);
}

typedef struct {
  const char *path;
  SpNetwork  *network;
  GPtrArray  *node_attrs;   /* GexfAttr */
  GPtrArray  *edge_attrs;   /* GexfAttr */
  GHashTable *node_index;   /* id -> GexfAttr of node_attrs */
  GHashTable *edge_index;   /* id -> GexfAttr of edge_attrs */
  GArray     *undirected;
  gboolean    default_directed;
  gboolean    any_directed;
  GPtrArray  *node_defaults; /* GexfAttr of node_attrs with a default */
  SpAttribute *parent;       /* "parent", once a node has one */
  GArray     *given;         /* guint8 per node: TRUE when it has a position */
  SpAttribute *viz_colour;   /* "viz colour", once a node has one */
  SpAttribute *viz_size;     /* "viz size", once a node has one */
  gboolean    dynamic;       /* <graph mode="dynamic"> */
  GHashTable *edge_ids;      /* "id\1source\1target" of edges, in a dynamic graph */
  guint       merged_nodes;  /* nodes declared again with other spells */
  guint       merged_ties;   /* edges declared again with other spells */
} GexfReader;

static gboolean
is_numeric_type (const char *type)
{
  static const char *const numeric[] = {
    "integer", "long", "float", "double", "short", "byte", "bigdecimal", "biginteger", NULL
  };

  for (guint i = 0; type != NULL && numeric[i] != NULL; i++)
    if (g_ascii_strcasecmp (type, numeric[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
read_attributes (GexfReader *r,
                 xmlNode    *element,
                 GError    **error)
{
  g_autofree char *klass = sp_xml_prop (element, "class");
  gboolean for_edges = klass != NULL && strcmp (klass, "edge") == 0;

  if (klass != NULL && strcmp (klass, "node") != 0 && !for_edges)
    return TRUE;
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      g_autofree char *type = NULL;
      GexfAttr *a;

      if (!sp_xml_is (child, "attribute"))
        continue;
      a = g_new0 (GexfAttr, 1);
      g_ptr_array_add (for_edges ? r->edge_attrs : r->node_attrs, a);
      a->line = sp_xml_line (child);
      if (!sp_io_check_attributes (r->path, a->line,
                                   r->node_attrs->len + r->edge_attrs->len, error))
        return FALSE;
      a->id = sp_xml_prop (child, "id");
      a->title = sp_xml_prop (child, "title");
      type = sp_xml_prop (child, "type");
      if (a->id == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, a->line, _("attribute without an id"));
          return FALSE;
        }
      if (a->title == NULL)
        a->title = g_strdup (a->id);
      a->numeric = is_numeric_type (type);
      for (xmlNode *d = child->children; d != NULL; d = d->next)
        if (sp_xml_is (d, "default"))
          {
            /* the last of several defaults counts (a leak otherwise) */
            g_free (a->default_value);
            a->default_value = sp_xml_text (d);
          }

      if (for_edges)
        {
          a->is_type = g_ascii_strcasecmp (a->title, "type") == 0;
          a->is_weight = g_ascii_strcasecmp (a->title, "weight") == 0;
        }
      else if ((a->field = sp_io_node_field (a->title)) != NULL && strcmp (a->field, "id") != 0)
        ;
      else
        {
          SpAttrType t = a->numeric ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL;

          a->field = NULL;
          a->attr = sp_network_find_attribute (r->network, a->title);
          if (a->attr != NULL && a->attr->type != t)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, a->line,
                               _("two attributes “%s” of different types"), a->title);
              return FALSE;
            }
          a->attr = sp_network_ensure_attribute (r->network, a->title, t);
        }
    }
  return TRUE;
}

/* A table of attribute ids, so that a file of many attvalues is not
 * quadratic; the first declaration of an id wins. */
static GHashTable *
index_attrs (GPtrArray *attrs)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = attrs->len; i > 0; i--)
    {
      GexfAttr *a = g_ptr_array_index (attrs, i - 1);
      g_hash_table_insert (index, a->id, a);
    }
  return index;
}

static gboolean
set_node_value (GexfReader *r,
                GexfAttr   *a,
                guint       index,
                const char *value,
                gint64      line,
                GError    **error)
{
  double v;

  if (a->field != NULL)
    return sp_io_set_node_field (r->network, index, a->field, value, r->path, line, error);
  if (a->attr->type == SP_ATTR_CATEGORICAL)
    {
      sp_network_set_string (r->network, a->attr, index, value);
      return TRUE;
    }
  if (!sp_xml_parse_number (value, &v))
    {
      sp_io_set_value_error (error, r->path, line, value, a->title, FALSE);
      return FALSE;
    }
  sp_network_set_numeric (r->network, a->attr, index, v);
  return TRUE;
}

/* attvalue/@for (1.2, 1.3) or attvalue/@id (1.1) */
static GexfAttr *
attvalue_attr (GexfReader *r,
               GHashTable *index,
               xmlNode    *attvalue,
               GError    **error)
{
  g_autofree char *id = sp_xml_prop (attvalue, "for");
  GexfAttr *a;

  if (id == NULL)
    id = sp_xml_prop (attvalue, "id");
  a = id != NULL ? g_hash_table_lookup (index, id) : NULL;
  if (a == NULL)
    sp_io_set_error (error, SP_ERROR_PARSE, r->path, sp_xml_line (attvalue),
                     _("attvalue for undeclared attribute “%s”"), id != NULL ? id : "");
  return a;
}

/* The parents of a node in a hierarchy: the node whose <nodes> holds it,
 * else its `pid` (1.2's flat form), else the `for` of each <parent> in
 * <parents> (1.2: several parents), joined by ", ".  NULL when none. */
static char *
node_parent (xmlNode    *element,
             const char *enclosing)
{
  g_autoptr (GString) parents = NULL;
  char *pid;

  if (enclosing != NULL)
    return g_strdup (enclosing);
  if ((pid = sp_xml_prop (element, "pid")) != NULL)
    return pid;
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "parents"))
      for (xmlNode *p = child->children; p != NULL; p = p->next)
        {
          g_autofree char *id = sp_xml_is (p, "parent") ? sp_xml_prop (p, "for") : NULL;

          if (id == NULL)
            continue;
          if (parents == NULL)
            parents = g_string_new (id);
          else
            g_string_append_printf (parents, ", %s", id);
        }
  return parents != NULL ? g_string_free (g_steal_pointer (&parents), FALSE) : NULL;
}

static gboolean
set_parent (GexfReader *r,
            guint       index,
            const char *parent,
            gint64      line,
            GError    **error)
{
  return sp_io_set_parent (r->network, &r->parent, r->path, index, parent, line, error);
}

/* Whether @element (a node or an edge) says when it exists: start, end
 * (1.1–1.3), their open forms, timestamps (1.3) or <spells>. */
static gboolean
has_spells (xmlNode *element)
{
  static const char *const time_props[] = {
    "start", "end", "startopen", "endopen", "timestamp", "timestamps", NULL
  };

  for (guint i = 0; time_props[i] != NULL; i++)
    if (xmlHasProp (element, (const xmlChar *) time_props[i]) != NULL)
      return TRUE;
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "spells"))
      return TRUE;
  return FALSE;
}

/* The attribute @name of @type that viz data fills, made on first use:
 * within the limits on attributes and values, and not clashing with a
 * declared attribute of that title and another type. */
static SpAttribute *
viz_attribute (GexfReader   *r,
               SpAttribute **slot,
               const char   *name,
               SpAttrType    type,
               gint64        line,
               GError      **error)
{
  SpAttribute *attr;
  guint n_attrs = r->network->attributes->len + 1;

  if (*slot != NULL)
    return *slot;
  attr = sp_network_find_attribute (r->network, name);
  if (attr != NULL && attr->type != type)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("two attributes “%s” of different types"), name);
      return NULL;
    }
  if (attr == NULL)
    {
      if (!sp_io_check_attributes (r->path, line, n_attrs, error))
        return NULL;
      if ((guint64) sp_network_n_nodes (r->network) * n_attrs > SP_IO_MAX_VALUES)
        {
          sp_io_set_error (error, SP_ERROR_LIMIT, r->path, line,
                           _("too many values: %u attributes × %u nodes is more than the limit "
                             "of %u million"),
                           n_attrs, sp_network_n_nodes (r->network), SP_IO_MAX_VALUES / 1000000);
          return NULL;
        }
      attr = sp_network_ensure_attribute (r->network, name, type);
    }
  return *slot = attr;
}

/* A colour component: a number from 0 to 255 (Gephi writes integers). */
static gboolean
parse_component (const char *text,
                 guint      *value)
{
  double v;

  if (text == NULL || !sp_xml_parse_number (text, &v) || isnan (v) || v < 0 || v > 255)
    return FALSE;
  *value = (guint) lround (v);
  return TRUE;
}

/* <viz:color r g b [a]/> or <viz:color hex="#rrggbb"/> (1.3) as "#rrggbb";
 * the opacity is left out. */
static gboolean
read_viz_colour (GexfReader *r,
                 xmlNode    *element,
                 guint       index,
                 GError    **error)
{
  g_autofree char *red = sp_xml_prop (element, "r");
  g_autofree char *green = sp_xml_prop (element, "g");
  g_autofree char *blue = sp_xml_prop (element, "b");
  g_autofree char *hex = sp_xml_prop (element, "hex");
  gint64 line = sp_xml_line (element);
  char text[8];
  guint rgb[3];
  SpAttribute *attr;

  if (red == NULL && green == NULL && blue == NULL && hex != NULL)
    {
      const char *h = hex[0] == '#' ? hex + 1 : hex;
      guint k;

      for (k = 0; g_ascii_isxdigit (h[k]); k++)
        ;
      if (h[k] != '\0' || (k != 6 && k != 3))
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           _("colour “%s” is not a hexadecimal colour #rrggbb"), hex);
          return FALSE;
        }
      for (guint c = 0; c < 3; c++)
        rgb[c] = k == 6 ? (guint) (g_ascii_xdigit_value (h[2 * c]) * 16 + g_ascii_xdigit_value (h[2 * c + 1]))
                        : (guint) g_ascii_xdigit_value (h[c]) * 17;
    }
  else if (!parse_component (red, &rgb[0]) || !parse_component (green, &rgb[1]) ||
           !parse_component (blue, &rgb[2]))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("colour (“%s”, “%s”, “%s”) is not three numbers from 0 to 255"),
                       red != NULL ? red : "", green != NULL ? green : "", blue != NULL ? blue : "");
      return FALSE;
    }
  attr = viz_attribute (r, &r->viz_colour, "viz colour", SP_ATTR_CATEGORICAL, line, error);
  if (attr == NULL)
    return FALSE;
  g_snprintf (text, sizeof text, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  sp_network_set_string (r->network, attr, index, text);
  return TRUE;
}

/* <viz:size value/>: a number, not below 0. */
static gboolean
read_viz_size (GexfReader *r,
               xmlNode    *element,
               guint       index,
               GError    **error)
{
  g_autofree char *value = sp_xml_prop (element, "value");
  gint64 line = sp_xml_line (element);
  SpAttribute *attr;
  double v;

  if (value == NULL || !sp_xml_parse_number (value, &v) || isnan (v) || v < 0)
    {
      if (sp_io_number_too_large (value, FALSE))
        sp_io_set_value_error (error, r->path, line, value, "viz size", FALSE);
      else
        sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                         _("size “%s” is not a number of 0 or more"), value != NULL ? value : "");
      return FALSE;
    }
  attr = viz_attribute (r, &r->viz_size, "viz size", SP_ATTR_NUMERIC, line, error);
  if (attr == NULL)
    return FALSE;
  sp_network_set_numeric (r->network, attr, index, v);
  return TRUE;
}

static gboolean read_nodes (GexfReader *r,
                            xmlNode    *nodes,
                            const char *parent,
                            GError    **error);

static gboolean
read_node (GexfReader *r,
           xmlNode    *element,
           const char *enclosing,
           GError    **error)
{
  g_autofree char *id = sp_xml_prop (element, "id");
  g_autofree char *label = sp_xml_prop (element, "label");
  g_autofree char *parent = NULL;
  gint64 line = sp_xml_line (element);
  gint index;

  if (id == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("node without an id"));
      return FALSE;
    }
  /* a dynamic graph's node declared again for another spell: the first
   * declaration counts (there is no model of time); the nodes inside it
   * are read all the same */
  if (r->dynamic && sp_network_find_node (r->network, id) >= 0 && has_spells (element))
    {
      r->merged_nodes++;
      for (xmlNode *child = element->children; child != NULL; child = child->next)
        if (sp_xml_is (child, "nodes") && !read_nodes (r, child, id, error))
          return FALSE;
      return TRUE;
    }
  index = sp_io_add_node (r->network, id, SP_NODE_PERSON, r->path, line, error);
  if (index < 0)
    return FALSE;
  parent = node_parent (element, enclosing);
  if (parent != NULL && !set_parent (r, index, parent, line, error))
    return FALSE;
  for (guint i = 0; i < r->node_defaults->len; i++)
    {
      GexfAttr *a = g_ptr_array_index (r->node_defaults, i);

      if (!set_node_value (r, a, index, a->default_value, a->line, error))
        return FALSE;
    }
  if (label != NULL && *label != '\0')
    sp_network_node (r->network, index)->name = sp_network_intern (r->network, label);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (sp_xml_is (child, "attvalues"))
        for (xmlNode *av = child->children; av != NULL; av = av->next)
          {
            g_autofree char *value = NULL;
            GexfAttr *a;

            if (!sp_xml_is (av, "attvalue"))
              continue;
            if ((a = attvalue_attr (r, r->node_index, av, error)) == NULL)
              return FALSE;
            value = sp_xml_prop (av, "value");
            if (!set_node_value (r, a, index, value, sp_xml_line (av), error))
              return FALSE;
          }
      else if (sp_xml_is (child, "position"))
        {
          g_autofree char *x = sp_xml_prop (child, "x");
          g_autofree char *y = sp_xml_prop (child, "y");
          double vx, vy;

          if (!sp_xml_parse_number (x, &vx) || !sp_xml_parse_number (y, &vy) ||
              isnan (vx) || isnan (vy))
            {
              if (sp_io_number_too_large (x, FALSE) || sp_io_number_too_large (y, FALSE))
                sp_io_set_error (error, SP_ERROR_LIMIT, r->path, sp_xml_line (child),
                                 _("position (“%s”, “%s”) is out of range: the limit is ±%g"),
                                 x != NULL ? x : "", y != NULL ? y : "", SP_IO_MAX_NUMBER);
              else
                sp_io_set_error (error, SP_ERROR_PARSE, r->path, sp_xml_line (child),
                                 _("position (“%s”, “%s”) is not a pair of numbers"),
                                 x != NULL ? x : "", y != NULL ? y : "");
              return FALSE;
            }
          sp_network_ensure_positions (r->network);
          r->network->has_layout = TRUE;
          r->network->x[index] = vx;
          r->network->y[index] = vy != 0 ? -vy : 0;  /* up in GEXF, down here */
          if (r->given->len <= (guint) index)
            g_array_set_size (r->given, index + 1);
          g_array_index (r->given, guint8, index) = TRUE;
        }
      else if (sp_xml_is (child, "color") && !read_viz_colour (r, child, index, error))
        return FALSE;
      else if (sp_xml_is (child, "size") && !read_viz_size (r, child, index, error))
        return FALSE;
      else if (sp_xml_is (child, "nodes") && !read_nodes (r, child, id, error))
        return FALSE;
    }
  return TRUE;
}

/* The nodes of <nodes>, and the nodes nested in them. */
static gboolean
read_nodes (GexfReader *r,
            xmlNode    *nodes,
            const char *parent,
            GError    **error)
{
  for (xmlNode *n = nodes->children; n != NULL; n = n->next)
    if (sp_xml_is (n, "node") && !read_node (r, n, parent, error))
      return FALSE;
  return TRUE;
}

/* A direction, in any case ("Directed" as well as "directed"). */
static gboolean
is_direction (const char *text)
{
  return g_ascii_strcasecmp (text, "directed") == 0 || g_ascii_strcasecmp (text, "undirected") == 0 ||
         g_ascii_strcasecmp (text, "mutual") == 0;
}

static gboolean
parse_edge_type (GexfReader *r,
                 const char *text,
                 gint64      line,
                 gboolean   *directed,
                 GError    **error)
{
  if (text == NULL)
    return TRUE;
  if (g_ascii_strcasecmp (text, "directed") == 0)
    *directed = TRUE;
  else if (is_direction (text))
    *directed = FALSE;
  else
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("edge type “%s” is not directed, undirected or mutual"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_edge (GexfReader *r,
           xmlNode    *element,
           GError    **error)
{
  gint64 line = sp_xml_line (element);
  g_autofree char *source = sp_xml_prop (element, "source");
  g_autofree char *target = sp_xml_prop (element, "target");
  g_autofree char *weight_text = sp_xml_prop (element, "weight");
  g_autofree char *edge_type = sp_xml_prop (element, "type");
  g_autofree char *kind = sp_xml_prop (element, "kind");
  g_autofree char *label = sp_xml_prop (element, "label");
  g_autofree char *type_value = NULL;
  const char *ends[2] = { source, target };
  const char *type = NULL;
  gboolean directed = r->default_directed;
  double weight = 1.0;
  gint index[2];
  g_autofree char *id = NULL;

  for (guint k = 0; k < 2; k++)
    {
      if (ends[k] == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           k == 0 ? _("edge without a source") : _("edge without a target"));
          return FALSE;
        }
      index[k] = sp_network_find_node (r->network, ends[k]);
      if (index[k] < 0)
        {
          sp_io_set_error (error, SP_ERROR_INVALID, r->path, line,
                           _("edge to unknown node “%s”"), ends[k]);
          return FALSE;
        }
    }
  /* a dynamic graph's edge declared again (its id, between the same
   * nodes) for another spell: merged into the first, like nodes.  The
   * same id between other nodes is another tie (gexf.net's 1.1 sample
   * __dynamics.gexf has one).  U+0001 cannot be in XML. */
  if (r->dynamic && (id = sp_xml_prop (element, "id")) != NULL)
    {
      char *key = g_strdup_printf ("%s\1%d\1%d", id, index[0], index[1]);

      if (g_hash_table_contains (r->edge_ids, key) && has_spells (element))
        {
          g_free (key);
          r->merged_ties++;
          return TRUE;
        }
      g_hash_table_add (r->edge_ids, key);
    }
  /* networkx writes an edge attribute "type" into GEXF's own `type`
   * (the direction): a value other than a direction is the tie type */
  if (edge_type != NULL && !is_direction (edge_type))
    type = edge_type;
  else if (!parse_edge_type (r, edge_type, line, &directed, error))
    return FALSE;

  for (guint i = 0; i < r->edge_attrs->len && type == NULL; i++)
    {
      GexfAttr *a = g_ptr_array_index (r->edge_attrs, i);

      if (a->is_type && a->default_value != NULL)
        type = a->default_value;
    }
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "attvalues"))
      for (xmlNode *av = child->children; av != NULL; av = av->next)
        {
          GexfAttr *a;

          if (!sp_xml_is (av, "attvalue"))
            continue;
          if ((a = attvalue_attr (r, r->edge_index, av, error)) == NULL)
            return FALSE;
          if (a->is_type)
            {
              g_free (type_value);
              type = type_value = sp_xml_prop (av, "value");
            }
          else if (a->is_weight && weight_text == NULL)
            weight_text = sp_xml_prop (av, "value");
        }
  if (kind != NULL && *kind != '\0')
    type = kind;
  else if (type == NULL && label != NULL)
    type = label;

  if (weight_text != NULL && !sp_xml_parse_number (weight_text, &weight))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("weight “%s” is not a number"), weight_text);
      return FALSE;
    }
  if (isnan (weight))
    weight = 1.0;

  if (directed)
    r->any_directed = TRUE;
  else
    {
      guint tie = sp_network_n_ties (r->network);
      g_array_append_val (r->undirected, tie);
    }
  return sp_io_add_tie (r->network, index[0], index[1],
                        sp_network_tie_type (r->network, type), weight, r->path, line, error);
}

/* The edges of every <edges> under @element (a graph or a node), down
 * the hierarchy of nodes; after every node is known. */
static gboolean
read_edges (GexfReader *r,
            xmlNode    *element,
            GError    **error)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "edges"))
      {
        for (xmlNode *e = child->children; e != NULL; e = e->next)
          if (sp_xml_is (e, "edge") && !read_edge (r, e, error))
            return FALSE;
      }
    else if (sp_xml_is (child, "nodes"))
      {
        for (xmlNode *n = child->children; n != NULL; n = n->next)
          if (sp_xml_is (n, "node") && !read_edges (r, n, error))
            return FALSE;
      }
  return TRUE;
}

/* The first <@name> in the <meta> of @root, its text stripped; NULL when
 * absent or empty. */
static char *
meta_text (xmlNode    *root,
           const char *name)
{
  for (xmlNode *meta = root->children; meta != NULL; meta = meta->next)
    if (sp_xml_is (meta, "meta"))
      for (xmlNode *child = meta->children; child != NULL; child = child->next)
        if (sp_xml_is (child, name))
          {
            char *text = g_strstrip (sp_xml_text (child));

            if (*text != '\0')
              return text;
            g_free (text);
          }
  return NULL;
}

/* The data set's name the file gives (see the top of this file), or NULL. */
static char *
graph_title (xmlNode *root,
             xmlNode *graph)
{
  static const char *const props[] = { "label", "name", NULL };
  char *title = meta_text (root, "title");

  for (guint i = 0; title == NULL && props[i] != NULL; i++)
    {
      title = sp_xml_prop (graph, props[i]);
      if (title != NULL && *g_strstrip (title) == '\0')
        g_clear_pointer (&title, g_free);
    }
  /* a description is a title only when it is as short as one */
  if (title == NULL && (title = meta_text (root, "description")) != NULL &&
      (strchr (title, '\n') != NULL || g_utf8_strlen (title, -1) > 80))
    g_clear_pointer (&title, g_free);
  /* one line, for legends and exports */
  return title != NULL ? g_strdelimit (title, "\t\n\r", ' ') : NULL;
}

SpNetwork *
sp_gexf_load_data (const char *path,
                   const char *buf,
                   gsize       len,
                   GError    **error)
{
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GPtrArray) node_attrs = NULL;
  g_autoptr (GPtrArray) edge_attrs = NULL;
  g_autoptr (GArray) undirected = NULL;
  g_autoptr (GHashTable) node_index = NULL;
  g_autoptr (GHashTable) edge_index = NULL;
  g_autoptr (GPtrArray) node_defaults = g_ptr_array_new ();
  g_autoptr (GArray) given = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autoptr (GHashTable) edge_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *default_type = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *title = NULL;
  xmlNode *root, *graph = NULL;
  GexfReader r = { 0 };

  doc = sp_xml_read_data (path, buf, len, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (!sp_xml_is (root, "gexf"))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, root != NULL ? sp_xml_line (root) : 1,
                       _("not a GEXF file: the root element is <%s>"),
                       root != NULL ? (const char *) root->name : "");
      return NULL;
    }
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "graph"))
      {
        if (graph != NULL)
          {
            sp_io_set_error (error, SP_ERROR_UNSUPPORTED, path, sp_xml_line (child),
                             _("a second <graph> in one file is not supported"));
            return NULL;
          }
        graph = child;
      }
  if (graph == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, sp_xml_line (root), _("no <graph> element"));
      return NULL;
    }

  network = sp_network_new ();
  node_attrs = g_ptr_array_new_with_free_func (gexf_attr_free);
  edge_attrs = g_ptr_array_new_with_free_func (gexf_attr_free);
  undirected = g_array_new (FALSE, FALSE, sizeof (guint));
  r.path = path;
  r.network = network;
  r.node_attrs = node_attrs;
  r.edge_attrs = edge_attrs;
  r.undirected = undirected;
  r.node_defaults = node_defaults;
  r.given = given;
  r.edge_ids = edge_ids;
  mode = sp_xml_prop (graph, "mode");
  r.dynamic = mode != NULL && g_ascii_strcasecmp (mode, "dynamic") == 0;

  default_type = sp_xml_prop (graph, "defaultedgetype");
  if (!parse_edge_type (&r, default_type, sp_xml_line (graph), &r.default_directed, error))
    return NULL;
  r.any_directed = r.default_directed;

  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "attributes") && !read_attributes (&r, child, error))
      return NULL;
  r.node_index = node_index = index_attrs (node_attrs);
  r.edge_index = edge_index = index_attrs (edge_attrs);
  /* worked out once, not once per node */
  for (guint i = 0; i < node_attrs->len; i++)
    if (((GexfAttr *) g_ptr_array_index (node_attrs, i))->default_value != NULL)
      g_ptr_array_add (node_defaults, g_ptr_array_index (node_attrs, i));
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "nodes") && !read_nodes (&r, child, NULL, error))
      return NULL;
  if (!read_edges (&r, graph, error))
    return NULL;
  if (network->has_layout)
    sp_io_place_missing (network, (const guint8 *) given->data, given->len);

  network->directed = r.any_directed;
  if (network->directed && !sp_io_add_reverse_ties (network, undirected, path, error))
    return NULL;
  if ((title = graph_title (root, graph)) != NULL)
    sp_network_set_title (network, title);
  if (r.merged_nodes > 0)
    sp_network_add_note (network,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s: %u node declared again with other spells was merged",
                                      "%s: %u nodes declared again with other spells were merged",
                                      r.merged_nodes),
                         path, r.merged_nodes);
  if (r.merged_ties > 0)
    sp_network_add_note (network,
                         g_dngettext (GETTEXT_PACKAGE,
                                      "%s: %u tie declared again with other spells was merged",
                                      "%s: %u ties declared again with other spells were merged",
                                      r.merged_ties),
                         path, r.merged_ties);
  return g_steal_pointer (&network);
}
