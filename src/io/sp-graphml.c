/* sp-graphml.c — GraphML in (networkx, igraph, yEd, Gephi) and out
 *
 * Keys map onto the model by their attr.name: name/label, department/dept/
 * group, role, manager and kind onto node fields; weight and type onto
 * ties; samenspel.x/samenspel.y (or Gephi's x/y) onto positions;
 * samenspel.view and samenspel.title onto the graph.  Other node keys
 * become attributes, numeric when the key's type is.  yEd's graphics data
 * is ignored except for a node label when there is no name.
 * Without samenspel.title, the title is the graph's data named title,
 * name (networkx, igraph) or label, in that order, else the graph's id
 * unless it is one a program makes up ("G", "g0", "1"); else the file
 * name (sp-import.c).
 */
#define G_LOG_DOMAIN "sp-graphml"

#include "sp-xml-private.h"
#include "sp-import.h"
#include "sp-output.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>

/* ---------------------------------------------------------------------- */
/* reading */

typedef enum {
  TARGET_IGNORE,
  TARGET_FIELD,       /* node field: name, department, … */
  TARGET_ATTRIBUTE,
  TARGET_X,
  TARGET_Y,
  TARGET_WEIGHT,
  TARGET_TYPE,
  TARGET_VIEW,
  TARGET_TITLE,
  TARGET_NAME,        /* a graph's title, name or label: the title, after samenspel.title */
  TARGET_YFILES_NODE, /* yEd node graphics: a label */
} KeyTarget;

typedef struct {
  char        *id;
  char        *name;
  char        *default_value;
  gboolean     default_parsed;  /* a numeric attribute's default, parsed once */
  double       default_number;
  gboolean     numeric;
  gboolean     for_node, for_edge, for_graph;
  KeyTarget    node_target;
  KeyTarget    edge_target;
  KeyTarget    graph_target;
  guint        name_rank;  /* for TARGET_NAME: 0 title, 1 name, 2 label */
  const char  *field;      /* for TARGET_FIELD */
  SpAttribute *attr;       /* for TARGET_ATTRIBUTE */
  gint64       line;
} GmlKey;

static void
gml_key_free (gpointer data)
{
  GmlKey *key = data;

  g_free (key->id);
  g_free (key->name);
  g_free (key->default_value);
  g_free (key);
}

typedef struct {
  const char *path;
  SpNetwork  *network;
  GHashTable *keys;        /* id -> GmlKey */
  GPtrArray  *key_list;    /* GmlKey, in document order */
  GArray     *undirected;  /* guint: ties to double when directed */
  gboolean    any_directed;
  GPtrArray  *claimed;     /* node fields and positions already given a key */
  GPtrArray  *node_defaults; /* GmlKey: node keys with a default that matters */
  const char *type_default;  /* an edge key's default type, or NULL */
  double      weight_default;
  GHashTable *groups;      /* ids of yEd group nodes (not people) */
  SpAttribute *parent;     /* "parent": the node a nested node belongs to */
  GArray     *given;       /* guint8 per node: 1 when x was given, 2 y, 3 both */
} GmlReader;

/* The first key for a field (or position) gets it: a later "label" beside
 * "name", or "x" beside "samenspel.x", is an attribute like any other. */
static gboolean
claim (GmlReader  *r,
       const char *what)
{
  const char *interned = g_intern_string (what);

  if (g_ptr_array_find (r->claimed, interned, NULL))
    return FALSE;
  g_ptr_array_add (r->claimed, (gpointer) interned);
  return TRUE;
}

static gboolean
read_key (GmlReader *r,
          xmlNode   *element,
          GError   **error)
{
  g_autofree char *type = sp_xml_prop (element, "attr.type");
  g_autofree char *domain = sp_xml_prop (element, "for");
  g_autofree char *yfiles = sp_xml_prop (element, "yfiles.type");
  GmlKey *key = g_new0 (GmlKey, 1);
  const char *lname;

  key->line = sp_xml_line (element);
  g_ptr_array_add (r->key_list, key);
  if (!sp_io_check_attributes (r->path, key->line, r->key_list->len, error))
    return FALSE;
  key->id = sp_xml_prop (element, "id");
  key->name = sp_xml_prop (element, "attr.name");
  if (key->id == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line, _("key without an id"));
      return FALSE;
    }
  if (g_hash_table_contains (r->keys, key->id))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                       _("duplicate key id “%s”"), key->id);
      return FALSE;
    }
  g_hash_table_insert (r->keys, key->id, key);
  if (key->name == NULL)
    key->name = g_strdup (key->id);
  lname = key->name;

  key->numeric = type != NULL && (strcmp (type, "int") == 0 || strcmp (type, "long") == 0 ||
                                  strcmp (type, "float") == 0 || strcmp (type, "double") == 0);
  key->for_node = domain == NULL || strcmp (domain, "node") == 0 || strcmp (domain, "all") == 0;
  key->for_edge = domain != NULL && (strcmp (domain, "edge") == 0 || strcmp (domain, "all") == 0);
  key->for_graph = domain != NULL && (strcmp (domain, "graph") == 0 || strcmp (domain, "all") == 0);

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (sp_xml_is (child, "default"))
      {
        /* the last of several defaults counts (found by fuzzing: a leak) */
        g_free (key->default_value);
        key->default_value = sp_xml_text (child);
      }

  if (yfiles != NULL)
    {
      /* yEd graphics and resources: only a node's label is of use */
      key->node_target = strcmp (yfiles, "nodegraphics") == 0 ? TARGET_YFILES_NODE : TARGET_IGNORE;
      return TRUE;
    }

  if (key->for_node)
    {
      if ((g_ascii_strcasecmp (lname, "samenspel.x") == 0 ||
           (key->numeric && g_ascii_strcasecmp (lname, "x") == 0)) && claim (r, "x"))
        key->node_target = TARGET_X;
      else if ((g_ascii_strcasecmp (lname, "samenspel.y") == 0 ||
                (key->numeric && g_ascii_strcasecmp (lname, "y") == 0)) && claim (r, "y"))
        key->node_target = TARGET_Y;
      else if ((key->field = sp_io_node_field (lname)) != NULL && strcmp (key->field, "id") != 0 &&
               claim (r, key->field))
        key->node_target = TARGET_FIELD;
      else
        {
          /* any other name is an attribute, "samenspel.note" too: the
           * writer saves an attribute of any name, and it must reopen */
          SpAttrType t = key->numeric ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL;

          key->node_target = TARGET_ATTRIBUTE;
          key->attr = sp_network_find_attribute (r->network, lname);
          if (key->attr != NULL && key->attr->type != t)
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                               _("two keys for attribute “%s” of different types"), lname);
              return FALSE;
            }
          key->attr = sp_network_ensure_attribute (r->network, lname, t);
          /* Samenspel's own: the scale the user declared ("1 10"), on
           * the key as yEd keeps yfiles.type there */
          if (t == SP_ATTR_NUMERIC)
            {
              g_autofree char *scale = sp_xml_prop (element, "samenspel.scale");
              double lo, hi;
              char *end;

              if (scale != NULL)
                {
                  lo = g_ascii_strtod (scale, &end);
                  hi = g_ascii_strtod (end, &end);
                  if (*end != '\0' || !isfinite (lo) || !isfinite (hi) || !(lo < hi))
                    {
                      sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                                       _("scale “%s” of “%s” is not two numbers, lowest first"),
                                       scale, lname);
                      return FALSE;
                    }
                  sp_attribute_set_scale (key->attr, lo, hi);
                }
            }
        }
    }
  if (key->for_edge)
    {
      if (g_ascii_strcasecmp (lname, "weight") == 0)
        key->edge_target = TARGET_WEIGHT;
      else if (g_ascii_strcasecmp (lname, "type") == 0)
        key->edge_target = TARGET_TYPE;
    }
  if (key->for_graph)
    {
      if (strcmp (lname, "samenspel.view") == 0)
        key->graph_target = TARGET_VIEW;
      else if (strcmp (lname, "samenspel.title") == 0)
        key->graph_target = TARGET_TITLE;
      else
        {
          static const char *const names[] = { "title", "name", "label" };

          for (guint i = 0; i < G_N_ELEMENTS (names); i++)
            if (g_ascii_strcasecmp (lname, names[i]) == 0)
              {
                key->graph_target = TARGET_NAME;
                key->name_rank = i;
                break;
              }
        }
    }
  return TRUE;
}

static GmlKey *
lookup_key (GmlReader *r,
            xmlNode   *data,
            GError   **error)
{
  g_autofree char *id = sp_xml_prop (data, "key");
  GmlKey *key = id != NULL ? g_hash_table_lookup (r->keys, id) : NULL;

  if (key == NULL)
    sp_io_set_error (error, SP_ERROR_PARSE, r->path, sp_xml_line (data),
                     _("data for undeclared key “%s”"), id != NULL ? id : "");
  return key;
}

/* The text of the first yEd NodeLabel under @node, or NULL. */
static char *
find_node_label (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      char *label;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (sp_xml_is (child, "NodeLabel"))
        {
          label = g_strstrip (sp_xml_text (child));
          if (*label != '\0')
            return label;
          g_free (label);
        }
      else if ((label = find_node_label (child)) != NULL)
        return label;
    }
  return NULL;
}

static gboolean
set_node_value (GmlReader  *r,
                GmlKey     *key,
                guint       index,
                const char *value,
                gint64      line,
                GError    **error)
{
  double v;

  switch (key->node_target)
    {
    case TARGET_FIELD:
      return sp_io_set_node_field (r->network, index, key->field, value, r->path, line, error);
    case TARGET_ATTRIBUTE:
      if (key->attr->type == SP_ATTR_CATEGORICAL)
        {
          sp_network_set_string (r->network, key->attr, index, value);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;
    case TARGET_X:
    case TARGET_Y:
      if (!sp_xml_parse_number (value, &v))
        {
          sp_io_set_value_error (error, r->path, line, value, key->name, FALSE);
          return FALSE;
        }
      if (key->node_target == TARGET_ATTRIBUTE)
        sp_network_set_numeric (r->network, key->attr, index, v);
      else if (!isnan (v))
        {
          sp_network_ensure_positions (r->network);
          r->network->has_layout = TRUE;
          (key->node_target == TARGET_X ? r->network->x : r->network->y)[index] = v;
          if (r->given->len <= index)
            g_array_set_size (r->given, index + 1);
          g_array_index (r->given, guint8, index) |= key->node_target == TARGET_X ? 1 : 2;
        }
      return TRUE;
    case TARGET_IGNORE:
    case TARGET_WEIGHT:
    case TARGET_TYPE:
    case TARGET_VIEW:
    case TARGET_TITLE:
    case TARGET_YFILES_NODE:
    default:
      return TRUE;
    }
}

static gboolean read_graph_nodes (GmlReader  *r,
                                  xmlNode    *graph,
                                  const char *parent,
                                  GError    **error);

/* Refuses what would make a load partial: a hyperedge (a tie among more
 * than two nodes) and a <locator> (content in another file). */
static gboolean
check_supported (GmlReader *r,
                 xmlNode   *element,
                 GError   **error)
{
  if (sp_xml_is (element, "hyperedge"))
    {
      /* a tie joins two people; dropping it would lose data silently */
      sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, sp_xml_line (element),
                       _("hyperedges (ties among more than two nodes) are not supported"));
      return FALSE;
    }
  if (sp_xml_is (element, "locator"))
    {
      sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, sp_xml_line (element),
                       _("<locator> (a graph stored in another file) is not supported"));
      return FALSE;
    }
  return TRUE;
}

/* Nested graphs (yEd groups, GraphML's nested graphs) are loaded flat:
 * every node inside gets the categorical attribute "parent", the id of
 * the node (or yEd group) whose graph holds it. */
static gboolean
set_parent (GmlReader  *r,
            guint       index,
            const char *parent,
            gint64      line,
            GError    **error)
{
  return sp_io_set_parent (r->network, &r->parent, r->path, index, parent, line, error);
}

static gboolean
read_node (GmlReader  *r,
           xmlNode    *element,
           const char *parent,
           GError    **error)
{
  g_autofree char *id = sp_xml_prop (element, "id");
  g_autofree char *folder = sp_xml_prop (element, "yfiles.foldertype");
  gint64 line = sp_xml_line (element);
  g_autofree char *label = NULL;
  gint index;

  if (id == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line, _("node without an id"));
      return FALSE;
    }
  if (folder == NULL)
    {
      index = sp_io_add_node (r->network, id, SP_NODE_PERSON, r->path, line, error);
      if (index < 0)
        return FALSE;
      if (parent != NULL && !set_parent (r, index, parent, line, error))
        return FALSE;
      for (guint i = 0; i < r->node_defaults->len; i++)
        {
          GmlKey *key = g_ptr_array_index (r->node_defaults, i);

          if (key->default_parsed)
            sp_network_set_numeric (r->network, key->attr, index, key->default_number);
          else if (!set_node_value (r, key, index, key->default_value, key->line, error))
            return FALSE;
        }
      for (xmlNode *child = element->children; child != NULL; child = child->next)
        {
          g_autofree char *value = NULL;
          GmlKey *key;

          if (!sp_xml_is (child, "data"))
            continue;
          if ((key = lookup_key (r, child, error)) == NULL)
            return FALSE;
          if (key->node_target == TARGET_YFILES_NODE)
            {
              if (label == NULL)
                label = find_node_label (child);
              continue;
            }
          value = sp_xml_text (child);
          if (!set_node_value (r, key, index, value, sp_xml_line (child), error))
            return FALSE;
        }
      if (label != NULL && sp_network_node (r->network, index)->name == NULL)
        sp_network_node (r->network, index)->name = sp_network_intern (r->network, label);
    }
  else
    g_hash_table_add (r->groups, g_strdup (id));
  /* yEd groups hold a graph of their own; a group is not a person */
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (!check_supported (r, child, error))
        return FALSE;
      if (sp_xml_is (child, "graph") &&
          !read_graph_nodes (r, child, id, error))
        return FALSE;
    }
  return TRUE;
}

/* The nodes of @graph and of the graphs nested in them. */
static gboolean
read_graph_nodes (GmlReader  *r,
                  xmlNode    *graph,
                  const char *parent,
                  GError    **error)
{
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      if (!check_supported (r, child, error))
        return FALSE;
      if (sp_xml_is (child, "graph"))
        {
          /* not GraphML (a nested graph belongs in a node), and not dropped */
          sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, sp_xml_line (child),
                           _("a <graph> directly inside a <graph> is not supported"));
          return FALSE;
        }
      if (sp_xml_is (child, "node") && !read_node (r, child, parent, error))
        return FALSE;
    }
  return TRUE;
}

/* A graph's edgedefault: "directed" or "undirected" (any case, as tools
 * write it); a nested graph without one inherits its parent's. */
static gboolean
graph_directed (GmlReader *r,
                xmlNode   *graph,
                gboolean   inherited,
                gboolean  *directed,
                GError   **error)
{
  g_autofree char *value = sp_xml_prop (graph, "edgedefault");

  if (value == NULL)
    *directed = inherited;
  else if (g_ascii_strcasecmp (value, "directed") == 0)
    *directed = TRUE;
  else if (g_ascii_strcasecmp (value, "undirected") == 0)
    *directed = FALSE;
  else
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, sp_xml_line (graph),
                       _("edgedefault “%s” is neither “directed” nor “undirected”"), value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_edge (GmlReader *r,
           xmlNode   *element,
           gboolean   edge_default_directed,
           GError   **error)
{
  gint64 line = sp_xml_line (element);
  g_autofree char *source = sp_xml_prop (element, "source");
  g_autofree char *target = sp_xml_prop (element, "target");
  const char *ends[2] = { source, target };
  g_autofree char *directed_text = sp_xml_prop (element, "directed");
  gboolean directed = edge_default_directed;
  const char *type = r->type_default;
  g_autofree char *type_text = NULL;
  double weight = r->weight_default;
  gint index[2];

  for (guint k = 0; k < 2; k++)
    {
      if (ends[k] == NULL)
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                           k == 0 ? _("edge without a source") : _("edge without a target"));
          return FALSE;
        }
      index[k] = sp_network_find_node (r->network, ends[k]);
      if (index[k] < 0 && g_hash_table_contains (r->groups, ends[k]))
        {
          /* a group is not a person: its members are */
          sp_io_set_error (error, SP_ERROR_UNSUPPORTED, r->path, line,
                           _("edge to the yEd group “%s”: ties to groups are not supported"),
                           ends[k]);
          return FALSE;
        }
      if (index[k] < 0)
        {
          sp_io_set_error (error, SP_ERROR_INVALID, r->path, line,
                           _("edge to unknown node “%s”"), ends[k]);
          return FALSE;
        }
    }
  if (directed_text != NULL && !sp_io_parse_bool (directed_text, &directed))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, r->path, line,
                       _("directed “%s” is neither true nor false"), directed_text);
      return FALSE;
    }
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      g_autofree char *value = NULL;
      GmlKey *key;

      if (!sp_xml_is (child, "data"))
        continue;
      if ((key = lookup_key (r, child, error)) == NULL)
        return FALSE;
      if (key->edge_target == TARGET_TYPE)
        {
          g_free (type_text);
          type = type_text = sp_xml_text (child);
        }
      else if (key->edge_target == TARGET_WEIGHT)
        {
          value = sp_xml_text (child);
          if (!sp_xml_parse_number (value, &weight))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, r->path, sp_xml_line (child),
                               _("weight “%s” is not a number"), value);
              return FALSE;
            }
        }
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

/* The edges of @graph and of the graphs nested in its nodes, after every
 * node is known: an edge may name a node that comes later in the file. */
static gboolean
read_edges (GmlReader *r,
            xmlNode   *graph,
            gboolean   inherited_directed,
            GError   **error)
{
  gboolean directed;

  if (!graph_directed (r, graph, inherited_directed, &directed, error))
    return FALSE;
  if (directed)
    r->any_directed = TRUE;
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      if (sp_xml_is (child, "edge") && !read_edge (r, child, directed, error))
        return FALSE;
      if (sp_xml_is (child, "node"))
        for (xmlNode *sub = child->children; sub != NULL; sub = sub->next)
          if (sp_xml_is (sub, "graph") && !read_edges (r, sub, directed, error))
            return FALSE;
    }
  return TRUE;
}

/* What the keys' defaults give every node and edge, worked out once (not
 * once per node: 1000 keys × 200,000 nodes). */
static gboolean
collect_defaults (GmlReader *r,
                  GError   **error)
{
  r->weight_default = 1.0;
  for (guint i = 0; i < r->key_list->len; i++)
    {
      GmlKey *key = g_ptr_array_index (r->key_list, i);

      if (key->default_value == NULL)
        continue;
      if (key->for_node && key->node_target != TARGET_IGNORE &&
          key->node_target != TARGET_YFILES_NODE)
        g_ptr_array_add (r->node_defaults, key);
      /* parsed here, not for every node (a bad one is reported at the
       * first node, by set_node_value) */
      if (key->for_node && key->node_target == TARGET_ATTRIBUTE &&
          key->attr->type == SP_ATTR_NUMERIC)
        key->default_parsed = sp_xml_parse_number (key->default_value, &key->default_number);
      if (key->for_edge && key->edge_target == TARGET_TYPE)
        r->type_default = key->default_value;
      else if (key->for_edge && key->edge_target == TARGET_WEIGHT &&
               !sp_xml_parse_number (key->default_value, &r->weight_default))
        {
          sp_io_set_error (error, SP_ERROR_PARSE, r->path, key->line,
                           _("weight “%s” is not a number"), key->default_value);
          return FALSE;
        }
    }
  return TRUE;
}

/* The best name for the data set seen so far: @text (stripped, on one
 * line) of @key replaces *@best unless a better-ranked key gave one. */
static void
consider_name (GmlKey     *key,
               const char *text,
               char      **best,
               guint      *best_rank)
{
  g_autofree char *t = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*t == '\0' || (*best != NULL && key->name_rank > *best_rank))
    return;
  g_free (*best);
  *best = g_strdelimit (g_steal_pointer (&t), "\t\n\r", ' ');
  *best_rank = key->name_rank;
}

/* Whether a graph's id is a name, not one a program made up: "G" (igraph,
 * yEd, Gephi), "g0", "1". */
static gboolean
id_is_name (const char *id)
{
  const char *p = id;
  gboolean blank = TRUE;

  if (p == NULL)
    return FALSE;
  if (*p == 'G' || *p == 'g')
    p++;
  while (g_ascii_isdigit (*p))
    p++;
  for (const char *q = id; *q != '\0'; q++)
    blank = blank && g_ascii_isspace (*q);
  return *p != '\0' && !blank;
}

SpNetwork *
sp_graphml_load_data (const char *path,
                      const char *buf,
                      gsize       len,
                      GError    **error)
{
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GHashTable) keys = NULL;
  g_autoptr (GPtrArray) key_list = NULL;
  g_autoptr (GArray) undirected = NULL;
  g_autoptr (GPtrArray) claimed = NULL;
  g_autoptr (GPtrArray) node_defaults = NULL;
  g_autoptr (GHashTable) groups = NULL;
  g_autoptr (GArray) given = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_autofree char *name = NULL;
  g_autofree char *graph_id = NULL;
  guint name_rank = 0;
  xmlNode *root, *graph = NULL;
  GmlReader r = { 0 };

  doc = sp_xml_read_data (path, buf, len, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (!sp_xml_is (root, "graphml"))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, root != NULL ? sp_xml_line (root) : 1,
                       _("not a GraphML file: the root element is <%s>"),
                       root != NULL ? (const char *) root->name : "");
      return NULL;
    }

  network = sp_network_new ();
  keys = g_hash_table_new (g_str_hash, g_str_equal);
  key_list = g_ptr_array_new_with_free_func (gml_key_free);
  undirected = g_array_new (FALSE, FALSE, sizeof (guint));
  claimed = g_ptr_array_new ();
  r.claimed = claimed;
  r.path = path;
  r.network = network;
  r.keys = keys;
  r.key_list = key_list;
  r.undirected = undirected;
  r.node_defaults = node_defaults = g_ptr_array_new ();
  r.given = given;
  r.groups = groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (sp_xml_is (child, "key") && !read_key (&r, child, error))
        return NULL;
      if (sp_xml_is (child, "graph") && graph != NULL)
        {
          /* separate networks: merging them would be wrong, dropping one silent */
          sp_io_set_error (error, SP_ERROR_UNSUPPORTED, path, sp_xml_line (child),
                           _("a second <graph> in one file is not supported"));
          return NULL;
        }
      if (sp_xml_is (child, "graph"))
        graph = child;
    }
  if (graph == NULL)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, path, sp_xml_line (root), _("no <graph> element"));
      return NULL;
    }
  if (!collect_defaults (&r, error))
    return NULL;
  graph_id = sp_xml_prop (graph, "id");

  /* graph-level data, then every node before any edge: an edge may name a
   * node that comes later in the file */
  for (guint i = 0; i < key_list->len; i++)
    {
      GmlKey *key = g_ptr_array_index (key_list, i);

      if (key->for_graph && key->default_value != NULL && key->graph_target == TARGET_TITLE)
        sp_network_set_title (network, key->default_value);
      else if (key->for_graph && key->default_value != NULL && key->graph_target == TARGET_NAME)
        consider_name (key, key->default_value, &name, &name_rank);
    }
  for (xmlNode *child = graph->children; child != NULL; child = child->next)
    {
      if (sp_xml_is (child, "data"))
        {
          GmlKey *key = lookup_key (&r, child, error);

          if (key == NULL)
            return NULL;
          if (key->graph_target == TARGET_VIEW)
            {
              g_free (network->view_state);
              network->view_state = sp_xml_text (child);
            }
          else if (key->graph_target == TARGET_TITLE)
            {
              g_autofree char *title = sp_xml_text (child);
              sp_network_set_title (network, title);
            }
          else if (key->graph_target == TARGET_NAME)
            {
              g_autofree char *text = sp_xml_text (child);
              consider_name (key, text, &name, &name_rank);
            }
        }
    }
  if (network->title == NULL && name == NULL && id_is_name (graph_id))
    name = g_strdelimit (g_strstrip (g_steal_pointer (&graph_id)), "\t\n\r", ' ');
  if (network->title == NULL && name != NULL)
    sp_network_set_title (network, name);
  if (!read_graph_nodes (&r, graph, NULL, error) || !read_edges (&r, graph, FALSE, error))
    return NULL;
  /* a position is both coordinates: nodes without lie beside the others */
  for (guint i = 0; i < given->len; i++)
    g_array_index (given, guint8, i) = g_array_index (given, guint8, i) == 3;
  if (network->has_layout)
    sp_io_place_missing (network, (const guint8 *) given->data, given->len);

  /* two-mode files from networkx ("bipartite" 0/1) or igraph ("type"
   * false/true) without kind: the second mode are the clients (events,
   * projects, …).  A file with a kind key (every file Samenspel saves)
   * says who is a client itself. */
  if (!g_ptr_array_find (claimed, g_intern_string ("kind"), NULL))
    sp_network_apply_bipartite (network);

  network->directed = r.any_directed;
  if (network->directed && !sp_io_add_reverse_ties (network, undirected, path, error))
    return NULL;
  return g_steal_pointer (&network);
}

/* ---------------------------------------------------------------------- */
/* writing
 *
 * The round trip is a contract: what the importers accept, this writer
 * saves and the reader gives back exactly (ids, names, groups,
 * attributes, ties, positions).  XML changes some characters on the way:
 * a parser turns a CR or CR LF in text into LF, and tab, LF and CR in an
 * attribute value (an id) into spaces.  Character references survive
 * both, so text is written with CR as "&#13;", attribute values with tab,
 * LF and CR as "&#9;", "&#10;", "&#13;".  XML 1.0 cannot hold the other
 * control characters (U+0001 to U+001F) nor U+FFFE and U+FFFF, even as
 * references: the importers refuse them (a vertical tab, Excel's line
 * break in a cell, is read as a line break), and the writer refuses to
 * write a file that would not reopen rather than replace a good one. */

static gboolean
xml_char_ok (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

typedef struct {
  GString *out;
  GError  *error;  /* the first text that cannot be written */
} GmlWriter;

static void
append_escaped_full (GmlWriter  *w,
                     const char *text,
                     gboolean    attribute)
{
  const char *p;

  if (!g_utf8_validate (text, -1, NULL))
    {
      if (w->error == NULL)
        {
          g_autofree char *shown = g_utf8_make_valid (text, -1);

          g_set_error (&w->error, SP_ERROR, SP_ERROR_INVALID,
                       _("cannot save “%s”: it is not valid UTF-8"), shown);
        }
      return;
    }
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!xml_char_ok (c))
        {
          if (w->error == NULL)
            {
              g_autofree char *shown = g_strescape (text, NULL);

              g_set_error (&w->error, SP_ERROR, SP_ERROR_INVALID,
                           _("cannot save “%s”: GraphML (XML 1.0) cannot hold the control character U+%04X"),
                           shown, c);
            }
          return;
        }
      switch (c)
        {
        case '&': g_string_append (w->out, "&amp;"); break;
        case '<': g_string_append (w->out, "&lt;"); break;
        case '>': g_string_append (w->out, "&gt;"); break;
        case '\r': g_string_append (w->out, "&#13;"); break;
        case '"':
          g_string_append (w->out, attribute ? "&quot;" : "\"");
          break;
        case '\t':
          g_string_append (w->out, attribute ? "&#9;" : "\t");
          break;
        case '\n':
          g_string_append (w->out, attribute ? "&#10;" : "\n");
          break;
        default:
          g_string_append_len (w->out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

/* text content */
static void
append_escaped (GmlWriter  *w,
                const char *text)
{
  append_escaped_full (w, text, FALSE);
}

/* an attribute value, between double quotes */
static void
append_attribute (GmlWriter  *w,
                  const char *text)
{
  append_escaped_full (w, text, TRUE);
}

/* A number the reader takes back: finite and within ±SP_IO_MAX_NUMBER,
 * like every number the importers accept. */
static void
append_number (GmlWriter *w,
               double     v)
{
  GString *out = w->out;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (v) || fabs (v) > SP_IO_MAX_NUMBER)
    {
      if (w->error == NULL)
        g_set_error (&w->error, SP_ERROR, SP_ERROR_INVALID,
                     _("cannot save the number %g: the limit is ±%g"), v, SP_IO_MAX_NUMBER);
      return;
    }

  /* the shortest form that reads back as the same double */
  g_ascii_formatd (buf, sizeof buf, "%.15g", v);
  if (g_ascii_strtod (buf, NULL) != v)
    g_ascii_formatd (buf, sizeof buf, "%.17g", v);
  g_string_append (out, buf);
}

static void
append_data (GmlWriter  *w,
             const char *indent,
             const char *key,
             const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (w->out, "%s<data key=\"%s\">", indent, key);
  append_escaped (w, value);
  g_string_append (w->out, "</data>\n");
}

char *
sp_graphml_write_data (SpNetwork  *network,
                       gsize      *length,
                       GError    **error)
{
  GmlWriter writer = { g_string_sized_new (4096), NULL };
  GmlWriter *w = &writer;
  GString *out = writer.out;
  static const char *const fields[] = { "name", "department", "role", "manager", "kind" };

  g_return_val_if_fail (network != NULL, NULL);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
                   " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                   " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
                   " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_string_append_printf (out, "  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                            fields[i], fields[i]);
  /* before the attributes, so that these keys claim their fields; always,
   * so that a numeric attribute "x" or "y" stays an attribute */
  g_string_append (out,
                   "  <key id=\"x\" for=\"node\" attr.name=\"samenspel.x\" attr.type=\"double\"/>\n"
                   "  <key id=\"y\" for=\"node\" attr.name=\"samenspel.y\" attr.type=\"double\"/>\n");
  for (guint i = 0; i < network->attributes->len; i++)
    {
      SpAttribute *attr = g_ptr_array_index (network->attributes, i);

      g_string_append_printf (out, "  <key id=\"a%u\" for=\"node\" attr.name=\"", i);
      append_attribute (w, attr->name);
      g_string_append_printf (out, "\" attr.type=\"%s\"",
                              attr->type == SP_ATTR_NUMERIC ? "double" : "string");
      if (attr->type == SP_ATTR_NUMERIC && !isnan (attr->scale_min))
        {
          g_string_append (out, " samenspel.scale=\"");
          append_number (w, attr->scale_min);
          g_string_append_c (out, ' ');
          append_number (w, attr->scale_max);
          g_string_append_c (out, '"');
        }
      g_string_append (out, "/>\n");
    }
  g_string_append (out,
                   "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
                   "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                   "  <key id=\"title\" for=\"graph\" attr.name=\"samenspel.title\" attr.type=\"string\"/>\n"
                   "  <key id=\"view\" for=\"graph\" attr.name=\"samenspel.view\" attr.type=\"string\"/>\n");
  g_string_append_printf (out, "  <graph id=\"G\" edgedefault=\"%s\">\n",
                          network->directed ? "directed" : "undirected");
  append_data (w, "    ", "title", network->title);
  append_data (w, "    ", "view", network->view_state);

  for (guint n = 0; n < network->nodes->len && w->error == NULL; n++)
    {
      SpNode *node = sp_network_node (network, n);

      g_string_append (out, "    <node id=\"");
      append_attribute (w, node->id);
      g_string_append (out, "\">\n");
      append_data (w, "      ", "name", node->name);
      append_data (w, "      ", "department", node->department);
      append_data (w, "      ", "role", node->role);
      append_data (w, "      ", "manager", node->manager);
      append_data (w, "      ", "kind", node->kind == SP_NODE_CLIENT ? "client" : "person");
      for (guint i = 0; i < network->attributes->len; i++)
        {
          SpAttribute *attr = g_ptr_array_index (network->attributes, i);

          if (attr->type == SP_ATTR_NUMERIC && !isnan (attr->num[n]))
            {
              g_string_append_printf (out, "      <data key=\"a%u\">", i);
              append_number (w, attr->num[n]);
              g_string_append (out, "</data>\n");
            }
          else if (attr->type == SP_ATTR_CATEGORICAL && attr->str[n] != NULL)
            {
              char key[16];

              g_snprintf (key, sizeof key, "a%u", i);
              append_data (w, "      ", key, attr->str[n]);
            }
        }
      if (network->has_layout && network->x != NULL)
        {
          g_string_append (out, "      <data key=\"x\">");
          append_number (w, network->x[n]);
          g_string_append (out, "</data>\n      <data key=\"y\">");
          append_number (w, network->y[n]);
          g_string_append (out, "</data>\n");
        }
      g_string_append (out, "    </node>\n");
    }
  for (guint t = 0; t < network->ties->len && w->error == NULL; t++)
    {
      SpTie *tie = sp_network_tie (network, t);

      g_string_append (out, "    <edge source=\"");
      append_attribute (w, sp_network_node (network, tie->source)->id);
      g_string_append (out, "\" target=\"");
      append_attribute (w, sp_network_node (network, tie->target)->id);
      g_string_append (out, "\">\n");
      if (tie->type != 0)
        append_data (w, "      ", "type", g_ptr_array_index (network->tie_types, tie->type));
      g_string_append (out, "      <data key=\"weight\">");
      append_number (w, tie->weight);
      g_string_append (out, "</data>\n    </edge>\n");
    }
  g_string_append (out, "  </graph>\n</graphml>\n");

  if (w->error != NULL)
    {
      g_propagate_error (error, w->error);
      g_string_free (out, TRUE);
      return NULL;
    }
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
sp_graphml_save (SpNetwork   *network,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (network != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = sp_graphml_write_data (network, &len, error);
  if (data == NULL)
    {
      /* nothing is written: the file on disk stays as it was */
      if (error != NULL && *error != NULL)
        g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  /* sp-output: a temporary file beside @path (or beside the file a link
   * points to), written, flushed to disk and renamed over it; removed when
   * anything fails.  Not g_file_replace_contents(): in GLib 2.74, when a
   * write fails half-way (a full disk) it still renames the half-written
   * temporary file over the user's file. */
  return sp_output_write_all (path, data, (gssize) len, error);
}
