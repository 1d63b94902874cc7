/* sp-tables.c — from tables of text to a network: what each column means
 * (its header in English or Dutch, or the user's --map), which values are
 * missing, which columns are numeric; then people, clients and ties.
 *
 * Every table is only read: a CSV file's cells point into its buffer, a
 * workbook's into its sheet (sp-table.h).
 */
#define G_LOG_DOMAIN "sp-tables"

#include "sp-io-private.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

/* ---- column roles ------------------------------------------------------ */

static const struct {
  SpColumnRole  role;
  const char   *name;   /* for --map */
  const char   *label;  /* for people */
} roles[] = {
  { SP_COLUMN_AUTO, "auto", N_("Detect") },
  { SP_COLUMN_ID, "id", N_("Id") },
  { SP_COLUMN_NAME, "name", N_("Name") },
  { SP_COLUMN_GROUP, "group", N_("Group") },
  { SP_COLUMN_ROLE, "role", N_("Role") },
  { SP_COLUMN_MANAGER, "manager", N_("Manager") },
  { SP_COLUMN_KIND, "kind", N_("Person or client") },
  { SP_COLUMN_SOURCE, "source", N_("Source") },
  { SP_COLUMN_TARGET, "target", N_("Target") },
  { SP_COLUMN_TYPE, "type", N_("Tie type") },
  { SP_COLUMN_WEIGHT, "weight", N_("Weight") },
  { SP_COLUMN_DIRECTED, "directed", N_("Directed") },
  { SP_COLUMN_NUMERIC, "numeric", N_("Number") },
  { SP_COLUMN_CATEGORICAL, "categorical", N_("Category") },
  { SP_COLUMN_IGNORE, "ignore", N_("Ignore") },
};

const char *
sp_column_role_name (SpColumnRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].role == role)
      return roles[i].name;
  return NULL;
}

const char *
sp_column_role_label (SpColumnRole role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].role == role)
      return _(roles[i].label);
  return NULL;
}

gint
sp_column_role_from_name (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (roles); i++)
    if (g_ascii_strcasecmp (name, roles[i].name) == 0)
      return roles[i].role;
  /* the Dutch and older spellings a user may type */
  if (name != NULL && (g_ascii_strcasecmp (name, "department") == 0 ||
                       g_ascii_strcasecmp (name, "label") == 0))
    return g_ascii_strcasecmp (name, "label") == 0 ? SP_COLUMN_NAME : SP_COLUMN_GROUP;
  return -1;
}

/* A header as it is compared: lower case, without accents, every run of
 * blanks, '_', '-', '.' and '/' one space, trimmed.  "Personeels_Nr." is
 * "personeels nr". */
static char *
normalise_header (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  GString *out = g_string_sized_new (strlen (ascii));
  gboolean space = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '-' || *p == '.' || *p == '/' || *p == '\t')
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, g_ascii_tolower (*p));
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
sp_column_name_matches (const char *header,
                        const char *column)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (header == NULL || column == NULL)
    return FALSE;
  a = normalise_header (header);
  b = normalise_header (column);
  return strcmp (a, b) == 0;
}

/* Header names, normalised, for each role: what HR systems, Excel
 * exports and survey tools call them in English and Dutch. */
static const struct {
  SpColumnRole role;
  gboolean     ties;  /* a ties table's column; else people's */
  const char  *names;
} aliases[] = {
  { SP_COLUMN_ID, FALSE, "id|nummer|nr|personeelsnummer|personeelsnr|personeels nummer|"
                         "medewerkernummer|medewerker nummer|medewerker id|werknemernummer|"
                         "employee id|employeeid|employee number|employee no|emp id|staff id|"
                         "person id|personid|node|node id|key|code" },
  { SP_COLUMN_NAME, FALSE, "name|label|naam|volledige naam|full name|fullname|display name|"
                           "employee name|naam medewerker|medewerker|employee|person|persoon" },
  { SP_COLUMN_GROUP, FALSE, "department|dept|group|afdeling|team|unit|business unit|"
                            "organisational unit|organizational unit|org unit|division|"
                            "divisie|directie|groep|bedrijfsonderdeel" },
  { SP_COLUMN_ROLE, FALSE, "role|functie|rol|job title|jobtitle|job|title|position|"
                           "functietitel|functienaam|function" },
  { SP_COLUMN_MANAGER, FALSE, "manager|leidinggevende|manager id|reports to|supervisor|"
                              "chef|direct manager|line manager|leidinggevende id" },
  { SP_COLUMN_KIND, FALSE, "kind" },
  { SP_COLUMN_SOURCE, TRUE, "source|from|van|bron|ego|source id|from id" },
  { SP_COLUMN_TARGET, TRUE, "target|to|naar|doel|alter|target id|to id" },
  { SP_COLUMN_TYPE, TRUE, "type|soort|relation|relatie|tie type|relationship|relatietype|"
                          "relatie type|kind of tie" },
  { SP_COLUMN_WEIGHT, TRUE, "weight|gewicht|strength|sterkte|waarde|value" },
  { SP_COLUMN_DIRECTED, TRUE, "directed|gericht" },
};

SpColumnRole
sp_column_role_for_name (const char *header,
                         gboolean    ties)
{
  g_autofree char *norm = NULL;

  if (header == NULL || *header == '\0')
    return SP_COLUMN_AUTO;
  norm = normalise_header (header);
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    {
      const char *p = aliases[i].names;
      gsize len = strlen (norm);

      if (aliases[i].ties != ties)
        continue;
      while (p != NULL && *p != '\0')
        {
          const char *bar = strchr (p, '|');
          gsize n = bar != NULL ? (gsize) (bar - p) : strlen (p);

          if (n == len && strncmp (p, norm, n) == 0)
            return aliases[i].role;
          p = bar != NULL ? bar + 1 : NULL;
        }
    }
  return SP_COLUMN_AUTO;
}

/* The talent columns the measures look for by name ("performance",
 * "potential", "engagement"), under the names HR systems give them: a
 * Dutch sheet's "Prestatie" is the attribute "performance". */
static const char *
talent_attribute (const char *header)
{
  static const struct { const char *name, *names; } talent[] = {
    { "performance", "performance|prestatie|prestaties|beoordeling|performance rating|"
                     "performance score|functioneren" },
    { "potential", "potential|potentieel|potential rating|potential score|groeipotentieel" },
    { "engagement", "engagement|betrokkenheid|bevlogenheid|engagement score" },
  };
  g_autofree char *norm = normalise_header (header);

  for (guint i = 0; i < G_N_ELEMENTS (talent); i++)
    {
      g_auto (GStrv) names = g_strsplit (talent[i].names, "|", -1);

      if (g_strv_contains ((const char * const *) names, norm))
        return talent[i].name;
    }
  return NULL;
}

/* ---- --map ------------------------------------------------------------- */

SpColumnMapping *
sp_column_mapping_new (const char  *column,
                       SpColumnRole role)
{
  SpColumnMapping *mapping = g_new0 (SpColumnMapping, 1);

  mapping->column = g_strdup (column);
  mapping->role = role;
  mapping->scale_min = mapping->scale_max = NAN;
  return mapping;
}

void
sp_column_mapping_free (SpColumnMapping *mapping)
{
  if (mapping == NULL)
    return;
  g_free (mapping->column);
  g_free (mapping);
}

/* "1-10", "0-100", "1–5", "0,5-1" */
static gboolean
parse_scale (const char *text,
             double     *min,
             double     *max)
{
  g_autofree char *copy = g_strdup (text);
  char *dash = strstr (copy, "–");
  gsize dash_len = 3;

  if (dash == NULL)
    {
      /* the first '-' after the first character: "-1-1" is -1 to 1 */
      dash = copy[0] != '\0' ? strchr (copy + 1, '-') : NULL;
      dash_len = 1;
    }
  if (dash == NULL)
    return FALSE;
  *dash = '\0';
  return sp_io_parse_double (copy, FALSE, min) &&
         sp_io_parse_double (dash + dash_len, FALSE, max) && *min < *max;
}

GPtrArray *
sp_column_map_parse (const char  *spec,
                     GError     **error)
{
  g_autoptr (GPtrArray) map = g_ptr_array_new_with_free_func ((GDestroyNotify) sp_column_mapping_free);
  g_auto (GStrv) items = g_strsplit (spec != NULL ? spec : "", ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto (GStrv) parts = NULL;
      g_autofree char *item = g_strstrip (g_strdup (items[i]));
      char *column;
      gint role;
      SpColumnMapping *mapping;

      if (*item == '\0')
        continue;
      parts = g_strsplit (item, ":", 3);
      column = g_strstrip (parts[0]);
      role = parts[1] != NULL ? sp_column_role_from_name (g_strstrip (parts[1])) : -1;
      if (*column == '\0' || parts[1] == NULL)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                       _("--map: “%s” is not COLUMN:ROLE"), item);
          return NULL;
        }
      if (role < 0)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                       _("--map: “%s” is not a role (id, name, group, role, manager, kind, "
                         "source, target, type, weight, directed, numeric, categorical, ignore)"),
                       parts[1]);
          return NULL;
        }
      for (guint j = 0; j < map->len; j++)
        if (sp_column_name_matches (((SpColumnMapping *) g_ptr_array_index (map, j))->column,
                                    column))
          {
            g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                         _("--map: column “%s” is mapped twice"), column);
            return NULL;
          }
      mapping = sp_column_mapping_new (column, role);
      g_ptr_array_add (map, mapping);
      if (parts[2] != NULL)
        {
          if (role != SP_COLUMN_NUMERIC ||
              !parse_scale (g_strstrip (parts[2]), &mapping->scale_min, &mapping->scale_max))
            {
              g_set_error (error, SP_ERROR, SP_ERROR_INVALID,
                           _("--map: “%s”: only a numeric column has a scale, written "
                             "MIN-MAX (“potential:numeric:1-10”)"),
                           item);
              return NULL;
            }
        }
    }
  return g_steal_pointer (&map);
}

char *
sp_column_map_to_string (GPtrArray *map)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; map != NULL && i < map->len; i++)
    {
      const SpColumnMapping *m = g_ptr_array_index (map, i);

      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append_printf (out, "%s:%s", m->column, sp_column_role_name (m->role));
      if (m->role == SP_COLUMN_NUMERIC && !isnan (m->scale_min))
        {
          char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

          g_string_append_printf (out, ":%s-%s", g_ascii_dtostr (lo, sizeof lo, m->scale_min),
                                  g_ascii_dtostr (hi, sizeof hi, m->scale_max));
        }
    }
  return g_string_free (out, FALSE);
}

/* ---- missing values ---------------------------------------------------- */

/* What spreadsheets, R, SPSS and Dutch sheets write for "no value". */
static gboolean
is_missing (const char *value)
{
  static const char *const missing[] = {
    "na", "n/a", "n.a.", "#n/a", "null", "-", "?", "n.v.t.", "nvt", "n.v.t", "#na", "none",
  };

  if (*value == '\0')
    return TRUE;
  if (strlen (value) > 6)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    if (g_ascii_strcasecmp (value, missing[i]) == 0)
      return TRUE;
  return FALSE;
}

/* ---- a table's columns ------------------------------------------------- */

typedef struct {
  const SpTable  *table;
  SpColumnRole   *roles;     /* per column: never SP_COLUMN_AUTO once resolved */
  char          **names;     /* per column: the attribute name (lower case) */
  SpAttribute   **attrs;
  const SpColumnMapping **mapped;  /* per column: the user's mapping, or NULL */
} Columns;

static void
columns_clear (Columns *c)
{
  if (c->names != NULL)
    for (guint i = 0; i < c->table->n_cols; i++)
      g_free (c->names[i]);
  c->table = NULL;
  g_clear_pointer (&c->roles, g_free);
  g_clear_pointer (&c->names, g_free);
  g_clear_pointer (&c->attrs, g_free);
  g_clear_pointer (&c->mapped, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Columns, columns_clear)

static const SpColumnMapping *
find_mapping (const SpImportOptions *options,
              const char            *header)
{
  if (options == NULL || options->column_map == NULL)
    return NULL;
  for (guint i = 0; i < options->column_map->len; i++)
    {
      const SpColumnMapping *m = g_ptr_array_index (options->column_map, i);

      if (sp_column_name_matches (header, m->column))
        return m;
    }
  return NULL;
}

static gint
columns_find (const Columns *c,
              SpColumnRole   role)
{
  for (guint i = 0; i < c->table->n_cols; i++)
    if (c->roles[i] == role)
      return (gint) i;
  return -1;
}

/* Gives each column of @table its role: the user's mapping, else what its
 * header names (as a ties table's header when @ties), else an attribute.
 * Of two columns naming one role the first has it, the other is an
 * attribute. */
static gboolean
columns_resolve (Columns               *c,
                 const SpTable         *table,
                 gboolean               ties,
                 const SpImportOptions *options,
                 GError               **error)
{
  guint n = table->n_cols;

  c->table = table;
  c->roles = g_new0 (SpColumnRole, n);
  c->names = g_new0 (char *, n);
  c->attrs = g_new0 (SpAttribute *, n);
  c->mapped = g_new0 (const SpColumnMapping *, n);
  if (!sp_io_check_attributes (table->file, sp_table_line (table, 0), n, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *header = sp_table_cell (table, 0, i);
      SpColumnRole role;

      const char *talent = talent_attribute (header);

      c->names[i] = g_utf8_strdown (header, -1);
      for (guint j = 0; j < i && *header != '\0'; j++)
        if (sp_column_name_matches (header, sp_table_cell (table, 0, j)))
          {
            sp_io_set_error (error, SP_ERROR_PARSE, table->file, sp_table_line (table, 0),
                             _("duplicate column “%s”"), c->names[i]);
            return FALSE;
          }
      /* "Prestatie" is the attribute "performance", unless a column of
       * that name comes first */
      if (talent != NULL)
        {
          gboolean taken = FALSE;

          for (guint j = 0; j < i; j++)
            taken = taken || strcmp (c->names[j], talent) == 0;
          if (!taken)
            g_free (c->names[i]), c->names[i] = g_strdup (talent);
        }
      c->mapped[i] = find_mapping (options, header);
      if (*header == '\0')
        role = SP_COLUMN_IGNORE;
      else if (c->mapped[i] != NULL && c->mapped[i]->role != SP_COLUMN_AUTO)
        role = c->mapped[i]->role;
      else
        {
          role = sp_column_role_for_name (header, ties);
          /* a people file's "type" is an attribute, a ties file's "name"
           * too; the roles of the other kind of table are not looked for */
          if (role == SP_COLUMN_AUTO)
            role = SP_COLUMN_CATEGORICAL;  /* typed below */
          else
            for (guint j = 0; j < i; j++)
              if (c->roles[j] == role && c->mapped[j] == NULL)
                role = SP_COLUMN_CATEGORICAL;
        }
      c->roles[i] = role;
    }
  return TRUE;
}

/* A value of column @col in @row, "" when it is missing. */
static const char *
cell (const Columns *c,
      guint          row,
      guint          col)
{
  const char *value = sp_table_cell (c->table, row, col);

  return is_missing (value) ? "" : value;
}

/* Whether every value of the attribute @name, over every table that has
 * it, is a number (or missing). */
static gboolean
values_numeric (Columns    *tables,
                guint       n_tables,
                const char *name)
{
  for (guint k = 0; k < n_tables; k++)
    {
      Columns *c = &tables[k];

      if (c->table == NULL)
        continue;
      for (guint col = 0; col < c->table->n_cols; col++)
        {
          if (strcmp (c->names[col], name) != 0)
            continue;
          for (guint row = 1; row <= sp_table_n_rows (c->table); row++)
            {
              const char *value = cell (c, row, col);
              double v;

              /* a number out of range does not make the column text: it is
               * refused where its line is known */
              if (*value != '\0' && !sp_io_parse_double (value, c->table->decimal_comma, &v) &&
                  !sp_io_number_too_large (value, c->table->decimal_comma))
                return FALSE;
            }
        }
    }
  return TRUE;
}

/* Nodes of a people or clients table.  A table without an id column takes
 * its names as ids (a survey's people are known by name). */
static gboolean
add_nodes (SpNetwork  *network,
           Columns    *c,
           SpNodeKind  default_kind,
           GError    **error)
{
  const SpTable *t = c->table;
  gint col_id = columns_find (c, SP_COLUMN_ID);
  guint n_missing_attr = 0;

  if (col_id < 0)
    col_id = columns_find (c, SP_COLUMN_NAME);
  if (col_id < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("missing required column “%s”"), "id");
      return FALSE;
    }
  for (guint row = 1; row <= sp_table_n_rows (t); row++)
    {
      gint64 line = sp_table_line (t, row);
      SpNodeKind kind = default_kind;
      SpNode *node;
      gint index;

      for (guint col = 0; col < t->n_cols; col++)
        {
          const char *value = cell (c, row, col);

          if (c->roles[col] == SP_COLUMN_KIND && *value != '\0')
            {
              if (g_ascii_strcasecmp (value, "person") == 0)
                kind = SP_NODE_PERSON;
              else if (g_ascii_strcasecmp (value, "client") == 0)
                kind = SP_NODE_CLIENT;
              else
                {
                  sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                                   _("kind “%s” is neither “person” nor “client”"), value);
                  return FALSE;
                }
            }
        }
      index = sp_io_add_node (network, sp_table_cell (t, row, col_id), kind, t->file, line,
                              error);
      if (index < 0)
        return FALSE;
      node = sp_network_node (network, index);
      for (guint col = 0; col < t->n_cols; col++)
        {
          const char *raw = sp_table_cell (t, row, col);
          const char *value = cell (c, row, col);
          SpAttribute *attr = c->attrs[col];
          double v;

          if (*value == '\0')
            {
              if (*raw != '\0' && attr != NULL)
                n_missing_attr++;
              continue;
            }
          switch (c->roles[col])
            {
            case SP_COLUMN_NAME:
              node->name = sp_network_intern (network, value);
              break;
            case SP_COLUMN_GROUP:
              node->department = sp_network_intern (network, value);
              break;
            case SP_COLUMN_ROLE:
              node->role = sp_network_intern (network, value);
              break;
            case SP_COLUMN_MANAGER:
              node->manager = sp_network_intern (network, value);
              break;
            case SP_COLUMN_NUMERIC:
            case SP_COLUMN_CATEGORICAL:
              if (attr->type == SP_ATTR_CATEGORICAL)
                sp_network_set_string (network, attr, index, value);
              else if (sp_io_parse_double (value, t->decimal_comma, &v))
                {
                  if (!isnan (attr->scale_min) && (v < attr->scale_min || v > attr->scale_max))
                    {
                      g_autofree char *scale = sp_scale_format (attr->scale_min, attr->scale_max);

                      sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                                       _("value “%s” of “%s” is outside its scale %s"), value,
                                       attr->name, scale);
                      return FALSE;
                    }
                  sp_network_set_numeric (network, attr, index, v);
                }
              else
                {
                  sp_io_set_value_error (error, t->file, line, value, attr->name,
                                         t->decimal_comma);
                  return FALSE;
                }
              break;
            default:
              break;
            }
        }
    }
  if (n_missing_attr > 0)
    sp_network_add_note (network,
                         g_dngettext (GETTEXT_PACKAGE, "%s: %u value such as “NA” or “n.v.t.” "
                                      "read as missing", "%s: %u values such as “NA” or "
                                      "“n.v.t.” read as missing", n_missing_attr),
                         t->file, n_missing_attr);
  return TRUE;
}

/* Ties.  Direction: ties are undirected, unless the table has a directed
 * column with at least one true value; then the data set is directed, and
 * each row whose directed is explicitly false stands for a tie both ways
 * (it is added a second time, reversed).  An empty directed cell follows
 * the data set.  @strict: every end must be a known node. */
static gboolean
add_ties (SpNetwork  *network,
          Columns    *c,
          gboolean    strict,
          GError    **error)
{
  const SpTable *t = c->table;
  g_autoptr (GArray) undirected = g_array_new (FALSE, FALSE, sizeof (guint));
  gint col_source = columns_find (c, SP_COLUMN_SOURCE);
  gint col_target = columns_find (c, SP_COLUMN_TARGET);
  gint col_type = columns_find (c, SP_COLUMN_TYPE);
  gint col_weight = columns_find (c, SP_COLUMN_WEIGHT);
  gint col_directed = columns_find (c, SP_COLUMN_DIRECTED);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean any_directed = FALSE;
  const char *last_type = NULL;
  guint last_type_index = 0;

  if (col_source < 0 && col_target < 0 && sp_network_n_nodes (network) == 0)
    {
      /* no column names a role: say which columns there are, and how to
       * name them, rather than only what is missing */
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint col = 0; col < t->n_cols && col < 8; col++)
        g_string_append_printf (names, "%s“%s”", col > 0 ? ", " : "", sp_table_cell (t, 0, col));
      if (t->n_cols > 8)
        g_string_append (names, ", …");
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("no column is recognised as an id, a name, or a tie’s source and "
                         "target (the columns are %s): say which is which with "
                         "--map=COLUMN:ROLE or in the import dialog"), names->str);
      return FALSE;
    }
  if (col_source < 0 || col_target < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("missing required column “%s”"),
                       col_source < 0 ? "source" : "target");
      return FALSE;
    }

  /* one lookup per endpoint instead of sp_network_find_node()'s two, in
   * a table of ids only: twice as fast on a million ties */
  for (guint i = 0; i < sp_network_n_nodes (network); i++)
    g_hash_table_insert (ids, (gpointer) sp_network_node (network, i)->id, GUINT_TO_POINTER (i + 1));

  for (guint row = 1; row <= sp_table_n_rows (t); row++)
    {
      gint64 line = sp_table_line (t, row);
      const char *ends[2] = { cell (c, row, col_source), cell (c, row, col_target) };
      gint index[2];
      guint type = 0;
      double weight = 1.0;

      for (guint k = 0; k < 2; k++)
        {
          if (*ends[k] == '\0')
            {
              sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                               k == 0 ? _("tie without a source") : _("tie without a target"));
              return FALSE;
            }
          index[k] = (gint) GPOINTER_TO_UINT (g_hash_table_lookup (ids, ends[k])) - 1;
          if (index[k] < 0 && strict)
            {
              sp_io_set_error (error, SP_ERROR_INVALID, t->file, line,
                               _("unknown node id “%s” in tie"), ends[k]);
              return FALSE;
            }
          if (index[k] < 0)
            {
              index[k] = sp_io_add_node (network, ends[k], SP_NODE_PERSON, t->file, line, error);
              if (index[k] < 0)
                return FALSE;
              g_hash_table_insert (ids, (gpointer) sp_network_node (network, index[k])->id,
                                   GUINT_TO_POINTER (index[k] + 1));
            }
        }
      if (col_type >= 0)
        {
          const char *value = cell (c, row, col_type);

          /* rows of one type tend to come together */
          if (last_type == NULL || strcmp (value, last_type) != 0)
            {
              last_type_index = sp_network_tie_type (network, value);
              last_type = g_ptr_array_index (network->tie_types, last_type_index);
            }
          type = last_type_index;
        }
      if (col_weight >= 0)
        {
          const char *value = cell (c, row, col_weight);

          if (*value != '\0' && !sp_io_parse_double (value, t->decimal_comma, &weight))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                               _("weight “%s” is not a number"), value);
              return FALSE;
            }
        }
      if (col_directed >= 0)
        {
          const char *value = cell (c, row, col_directed);
          gboolean directed;

          if (!sp_io_parse_bool (value, &directed))
            {
              sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                               _("directed “%s” is neither true nor false"), value);
              return FALSE;
            }
          if (directed)
            any_directed = TRUE;
          else if (*value != '\0')
            {
              guint tie = sp_network_n_ties (network);
              g_array_append_val (undirected, tie);
            }
        }
      if (!sp_io_add_tie (network, index[0], index[1], type, weight, t->file, line, error))
        return FALSE;
    }

  network->directed = any_directed;
  if (any_directed && !sp_io_add_reverse_ties (network, undirected, t->file, error))
    return FALSE;
  return TRUE;
}

/* A value under a column without a header is a row the header does not
 * describe: refused, not dropped. */
static gboolean
check_unnamed (const Columns *c,
               GError       **error)
{
  for (guint col = 0; col < c->table->n_cols; col++)
    {
      if (*sp_table_cell (c->table, 0, col) != '\0')
        continue;
      for (guint row = 1; row <= sp_table_n_rows (c->table); row++)
        {
          const char *value = sp_table_cell (c->table, row, col);

          if (*value != '\0')
            {
              sp_io_set_error (error, SP_ERROR_PARSE, c->table->file,
                               sp_table_line (c->table, row),
                               _("value “%s” in column %u, which has no name"), value, col + 1);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* Resolves the columns of the tables: a lone table of people, without
 * source and target, is a network without ties (*@people becomes *@ties). */
static gboolean
resolve_tables (const SpTable         **people,
                const SpTable         **ties,
                const SpTable          *clients,
                const SpImportOptions  *options,
                Columns                *tie_cols,
                Columns                 nodes[2],
                GError                **error)
{
  if (*ties != NULL && !columns_resolve (tie_cols, *ties, TRUE, options, error))
    return FALSE;
  if (*ties != NULL && *people == NULL && columns_find (tie_cols, SP_COLUMN_SOURCE) < 0 &&
      columns_find (tie_cols, SP_COLUMN_TARGET) < 0)
    {
      g_auto (Columns) as_people = { 0 };

      if (!columns_resolve (&as_people, *ties, FALSE, options, error))
        return FALSE;
      if (columns_find (&as_people, SP_COLUMN_ID) >= 0 ||
          columns_find (&as_people, SP_COLUMN_NAME) >= 0)
        {
          *people = *ties;
          *ties = NULL;
          columns_clear (tie_cols);
        }
    }
  if (*people != NULL && !columns_resolve (&nodes[0], *people, FALSE, options, error))
    return FALSE;
  if (clients != NULL && !columns_resolve (&nodes[1], clients, FALSE, options, error))
    return FALSE;
  return TRUE;
}

/* The type an attribute column will have: the user's, else numeric when
 * every value over the tables is a number. */
static SpAttrType
column_type (Columns *nodes,
             Columns *c,
             guint    col)
{
  if (c->mapped[col] != NULL && c->roles[col] == SP_COLUMN_NUMERIC)
    return SP_ATTR_NUMERIC;
  if (c->mapped[col] != NULL && c->roles[col] == SP_COLUMN_CATEGORICAL)
    return SP_ATTR_CATEGORICAL;
  return values_numeric (nodes, 2, c->names[col]) ? SP_ATTR_NUMERIC : SP_ATTR_CATEGORICAL;
}

void
sp_preview_table_free (SpPreviewTable *table)
{
  if (table == NULL)
    return;
  for (guint i = 0; i < table->n_cols; i++)
    g_free (table->columns[i].header);
  for (guint i = 0; i < table->n_shown * table->n_cols; i++)
    g_free (table->cells[i]);
  g_free (table->columns);
  g_free (table->cells);
  g_free (table->file);
  g_free (table->sheet);
  g_free (table->encoding);
  g_free (table);
}

static SpPreviewTable *
preview_table (Columns *nodes,
               Columns *c,
               gboolean ties,
               gboolean clients,
               guint    max_rows)
{
  const SpTable *t = c->table;
  SpPreviewTable *p = g_new0 (SpPreviewTable, 1);

  p->file = g_strdup (t->file);
  p->sheet = g_strdup (t->name);
  p->ties = ties;
  p->clients = clients;
  p->delimiter = t->delimiter;
  p->decimal_comma = t->decimal_comma;
  p->encoding = g_strdup (t->encoding != NULL ? t->encoding : t->delimiter != 0 ? "UTF-8" : NULL);
  p->n_rows = sp_table_n_rows (t);
  p->n_cols = t->n_cols;
  p->columns = g_new0 (SpPreviewColumn, t->n_cols);
  p->n_shown = MIN (max_rows, p->n_rows);
  p->cells = g_new0 (char *, (gsize) p->n_shown * t->n_cols);
  for (guint col = 0; col < t->n_cols; col++)
    {
      SpPreviewColumn *pc = &p->columns[col];

      pc->header = g_strdup (sp_table_cell (t, 0, col));
      pc->role = c->roles[col];
      pc->mapped = c->mapped[col] != NULL && c->mapped[col]->role != SP_COLUMN_AUTO;
      pc->scale_min = c->mapped[col] != NULL ? c->mapped[col]->scale_min : NAN;
      pc->scale_max = c->mapped[col] != NULL ? c->mapped[col]->scale_max : NAN;
      if (!ties && (pc->role == SP_COLUMN_NUMERIC || pc->role == SP_COLUMN_CATEGORICAL))
        pc->role = column_type (nodes, c, col) == SP_ATTR_NUMERIC ? SP_COLUMN_NUMERIC
                                                                  : SP_COLUMN_CATEGORICAL;
      for (guint row = 1; row <= p->n_rows; row++)
        if (*cell (c, row, col) == '\0')
          pc->n_missing++;
      for (guint row = 0; row < p->n_shown; row++)
        p->cells[(gsize) row * t->n_cols + col] = g_strdup (sp_table_cell (t, row + 1, col));
    }
  return p;
}

void
sp_tables_preview (const SpTable         *people,
                   const SpTable         *ties,
                   const SpTable         *clients,
                   const SpImportOptions *options,
                   guint                  max_rows,
                   GPtrArray             *out)
{
  g_auto (Columns) tie_cols = { 0 };
  Columns nodes[2] = { { 0 }, { 0 } };

  /* a table whose columns cannot be resolved (two columns of one name) is
   * refused at loading, with its message; the preview shows the others */
  if (resolve_tables (&people, &ties, clients, options, &tie_cols, nodes, NULL))
    {
      if (nodes[0].table != NULL)
        g_ptr_array_add (out, preview_table (nodes, &nodes[0], FALSE, FALSE, max_rows));
      if (tie_cols.table != NULL)
        g_ptr_array_add (out, preview_table (nodes, &tie_cols, TRUE, FALSE, max_rows));
      if (nodes[1].table != NULL)
        g_ptr_array_add (out, preview_table (nodes, &nodes[1], FALSE, TRUE, max_rows));
    }
  columns_clear (&nodes[0]);
  columns_clear (&nodes[1]);
}

SpNetwork *
sp_tables_load (const SpTable         *people,
                const SpTable         *ties,
                const SpTable         *clients,
                const SpImportOptions *options,
                GError               **error)
{
  g_autoptr (SpNetwork) network = sp_network_new ();
  g_auto (Columns) tie_cols = { 0 };
  Columns nodes[2] = { { 0 }, { 0 } };  /* people, clients */
  const SpTable *first = people != NULL ? people : ties;
  gboolean ok = FALSE;

  g_return_val_if_fail (people != NULL || ties != NULL, NULL);

  if (!resolve_tables (&people, &ties, clients, options, &tie_cols, nodes, error))
    goto out;
  for (guint k = 0; k < 2; k++)
    if (nodes[k].table != NULL && !check_unnamed (&nodes[k], error))
      goto out;
  if (ties != NULL && !check_unnamed (&tie_cols, error))
    goto out;

  /* attributes, in column order, typed over both tables */
  for (guint k = 0; k < 2; k++)
    for (guint col = 0; nodes[k].table != NULL && col < nodes[k].table->n_cols; col++)
      {
        Columns *c = &nodes[k];
        SpAttribute *attr;
        SpAttrType type;

        if (c->roles[col] != SP_COLUMN_NUMERIC && c->roles[col] != SP_COLUMN_CATEGORICAL)
          continue;
        attr = sp_network_find_attribute (network, c->names[col]);
        if (attr == NULL)
          {
            if (!sp_io_check_attributes (c->table->file, sp_table_line (c->table, 0),
                                         network->attributes->len + 1, error))
              goto out;
            /* a column the user calls numeric is one: a value that is no
             * number is then an error at its line */
            type = column_type (nodes, c, col);
            attr = sp_network_ensure_attribute (network, c->names[col], type);
          }
        /* the scale the user declared (--map=potentieel:numeric:1-10) */
        if (c->mapped[col] != NULL && attr->type == SP_ATTR_NUMERIC &&
            !isnan (c->mapped[col]->scale_min))
          sp_attribute_set_scale (attr, c->mapped[col]->scale_min, c->mapped[col]->scale_max);
        c->attrs[col] = attr;
      }

  if (nodes[0].table != NULL && !add_nodes (network, &nodes[0], SP_NODE_PERSON, error))
    goto out;
  if (nodes[1].table != NULL && !add_nodes (network, &nodes[1], SP_NODE_CLIENT, error))
    goto out;
  if (ties != NULL && !add_ties (network, &tie_cols, people != NULL, error))
    goto out;

  /* a header and nothing else is a wrong export, not an empty organisation */
  if (sp_network_n_nodes (network) == 0)
    {
      sp_io_set_error (error, SP_ERROR_INVALID, first->file, sp_table_line (first, 0) + 1,
                       _("no data: the file has a header and no rows"));
      goto out;
    }
  ok = TRUE;

out:
  columns_clear (&nodes[0]);
  columns_clear (&nodes[1]);
  return ok ? g_steal_pointer (&network) : NULL;
}
