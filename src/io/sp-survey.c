/* sp-survey.c — survey exports: the long shape (respondent, question,
 * named, strength: one row a name given), the matrix shape (names ×
 * names, a cell the strength of the row's answer about the column) and
 * the wide shape the form tools export (Microsoft Forms, Google Forms,
 * Qualtrics, LimeSurvey: one row a respondent, one or more columns a
 * question, a cell one name or several separated by ; or ,).
 *
 * The named people are matched to the people file (--people) by id, then
 * exact name, then name without accents, case and extra blanks; a name
 * that matches nobody becomes a node with "matched" = "no", and one note
 * lists them all.  People who answered nothing have "responded" = "no".
 */
#include "sp-io-private.h"
#include "sp-i18n.h"
#include <string.h>

static const char *const respondent_names[] = {
  "respondent", "respondent id", "respondent name", "naam respondent", "respondent naam",
};
static const char *const question_names[] = { "question", "vraag" };
static const char *const named_names[] = {
  "named", "genoemd", "naam collega", "genoemde", "named person", "colleague", "collega",
};
static const char *const strength_names[] = { "strength", "sterkte", "gewicht", "weight" };

static gint
find_column (const SpTable      *t,
             const char *const  *names,
             guint               n_names)
{
  for (guint col = 0; col < t->n_cols; col++)
    for (guint i = 0; i < n_names; i++)
      if (sp_column_name_matches (sp_table_cell (t, 0, col), names[i]))
        return (gint) col;
  return -1;
}

/* A name as it is matched last: casefolded, without accents, trimmed,
 * every run of blanks one space. */
static char *
fold_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *value)
{
  return *value == '\0' || g_ascii_strcasecmp (value, "na") == 0 ||
         g_ascii_strcasecmp (value, "n/a") == 0 || g_ascii_strcasecmp (value, "-") == 0;
}

typedef struct {
  SpNetwork     *network;
  const SpTable *survey;
  const SpTable *people;
  GHashTable    *names;       /* exact name -> index + 1 */
  GHashTable    *folded;      /* folded name -> index + 1 */
  GHashTable    *unmatched;   /* name -> index + 1 of its new node */
  GString       *list;        /* “Jan” (row 4), … */
  guint          n_unmatched;
  guint          n_people;    /* nodes from the people file */
  gboolean      *responded;   /* per people node */
} Survey;

static void
survey_clear (Survey *s)
{
  g_clear_pointer (&s->names, g_hash_table_unref);
  g_clear_pointer (&s->folded, g_hash_table_unref);
  g_clear_pointer (&s->unmatched, g_hash_table_unref);
  if (s->list != NULL)
    g_string_free (s->list, TRUE);
  s->list = NULL;
  g_clear_pointer (&s->responded, g_free);
}

/* The node a name stands for when it is known (an id, a people file's
 * name or e-mail address, a name seen before), without adding one; -1
 * if none. */
static gint
survey_known (Survey     *s,
              const char *name)
{
  g_autofree char *key = NULL;
  gpointer found;
  gint index = sp_network_find_node (s->network, name);

  if (index >= 0)
    return index;
  if ((found = g_hash_table_lookup (s->names, name)) != NULL)
    return GPOINTER_TO_INT (found) - 1;
  key = fold_name (name);
  if ((found = g_hash_table_lookup (s->folded, key)) != NULL)
    return GPOINTER_TO_INT (found) - 1;
  if ((found = g_hash_table_lookup (s->unmatched, key)) != NULL)
    return GPOINTER_TO_INT (found) - 1;
  return -1;
}

/* The node @name stands for, added when it matches nobody; -1 on error. */
static gint
survey_node (Survey     *s,
             const char *name,
             gint64      line,
             GError    **error)
{
  gint index = survey_known (s, name);

  if (index >= 0)
    return index;
  index = sp_io_add_node (s->network, name, SP_NODE_PERSON, s->survey->file, line, error);
  if (index < 0)
    return -1;
  g_hash_table_insert (s->unmatched, fold_name (name), GINT_TO_POINTER (index + 1));
  if (s->people != NULL)
    {
      g_string_append_printf (s->list, "%s“%s” (row %" G_GINT64_FORMAT ")",
                              s->n_unmatched > 0 ? ", " : "", name, line);
      s->n_unmatched++;
    }
  return index;
}

static void
survey_responded (Survey *s,
                  gint    index)
{
  if (index >= 0 && (guint) index < s->n_people)
    s->responded[index] = TRUE;
}

static gboolean
parse_strength (const SpTable *t,
                const char    *value,
                gint64         line,
                double        *weight,
                GError       **error)
{
  if (!sp_io_parse_double (value, t->decimal_comma, weight))
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, line,
                       _("strength “%s” is not a number"), value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_long (Survey  *s,
           gint     col_respondent,
           GError **error)
{
  const SpTable *t = s->survey;
  gint col_question = find_column (t, question_names, G_N_ELEMENTS (question_names));
  gint col_named = find_column (t, named_names, G_N_ELEMENTS (named_names));
  gint col_strength = find_column (t, strength_names, G_N_ELEMENTS (strength_names));

  if (col_named < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("survey without a column of named people (“named” or “genoemd”)"));
      return FALSE;
    }
  for (guint row = 1; row <= sp_table_n_rows (t); row++)
    {
      gint64 line = sp_table_line (t, row);
      const char *respondent = sp_table_cell (t, row, col_respondent);
      const char *named = sp_table_cell (t, row, col_named);
      const char *question = col_question >= 0 ? sp_table_cell (t, row, col_question) : "";
      const char *strength = col_strength >= 0 ? sp_table_cell (t, row, col_strength) : "";
      double weight = 1.0;
      gint from, to;

      if (is_blank (respondent))
        {
          sp_io_set_error (error, SP_ERROR_PARSE, t->file, line, _("answer without a respondent"));
          return FALSE;
        }
      if ((from = survey_node (s, respondent, line, error)) < 0)
        return FALSE;
      survey_responded (s, from);
      /* a respondent who named nobody answered */
      if (is_blank (named))
        continue;
      if (!is_blank (strength) && !parse_strength (t, strength, line, &weight, error))
        return FALSE;
      if ((to = survey_node (s, named, line, error)) < 0)
        return FALSE;
      if (!sp_io_add_tie (s->network, (guint) from, (guint) to,
                          sp_network_tie_type (s->network, question), weight, t->file, line,
                          error))
        return FALSE;
    }
  return TRUE;
}

/* Whether @t is names × names: the first header cell empty, "name" or
 * "naam", and the other header cells the row labels.  A table whose first
 * header cell is empty but is no such matrix is refused (*@error). */
static gboolean
is_matrix (const SpTable *t,
           GError       **error)
{
  const char *corner = sp_table_cell (t, 0, 0);
  g_autoptr (GHashTable) rows = NULL;
  gboolean empty = *corner == '\0';

  if (t->n_cols < 2 || (!empty && !sp_column_name_matches (corner, "name") &&
                        !sp_column_name_matches (corner, "naam")))
    return FALSE;
  rows = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint row = 1; row <= sp_table_n_rows (t); row++)
    g_hash_table_add (rows, (gpointer) sp_table_cell (t, row, 0));
  for (guint col = 1; col < t->n_cols; col++)
    if (!g_hash_table_contains (rows, sp_table_cell (t, 0, col)))
      {
        if (empty)
          sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                           _("not a square matrix: column “%s” has no row of that name"),
                           sp_table_cell (t, 0, col));
        return FALSE;
      }
  if (g_hash_table_size (rows) != t->n_cols - 1 || sp_table_n_rows (t) != t->n_cols - 1)
    {
      if (empty)
        sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                         _("not a square matrix: %u rows and %u columns of names"),
                         sp_table_n_rows (t), t->n_cols - 1);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_matrix (Survey  *s,
             GError **error)
{
  const SpTable *t = s->survey;
  g_autofree gint *index = g_new (gint, t->n_cols);

  /* everyone is a node, in the columns' order, ties or not */
  for (guint col = 1; col < t->n_cols; col++)
    if ((index[col] = survey_node (s, sp_table_cell (t, 0, col), sp_table_line (t, 0),
                                   error)) < 0)
      return FALSE;
  for (guint row = 1; row <= sp_table_n_rows (t); row++)
    {
      gint64 line = sp_table_line (t, row);
      gint from = survey_node (s, sp_table_cell (t, row, 0), line, error);

      if (from < 0)
        return FALSE;
      survey_responded (s, from);
      for (guint col = 1; col < t->n_cols; col++)
        {
          const char *value = sp_table_cell (t, row, col);
          double weight;

          if (is_blank (value))
            continue;
          if (!parse_strength (t, value, line, &weight, error))
            return FALSE;
          if (weight != 0.0 &&
              !sp_io_add_tie (s->network, (guint) from, (guint) index[col], 0, weight, t->file,
                              line, error))
            return FALSE;
        }
    }
  return TRUE;
}


/* The columns by which a form tool's export is known (any one of them),
 * and the other columns it adds that hold no answers. */
static const char *const wide_signatures[] = {
  "timestamp", "tijdstempel",                                  /* Google Forms */
  "completion time", "start time", "tijd van voltooien", "begintijd",  /* Microsoft Forms */
  "responseid", "startdate", "recordeddate",                   /* Qualtrics */
  "submitdate", "date submitted", "lastpage", "startlanguage", /* LimeSurvey */
};
static const char *const wide_metadata[] = {
  "timestamp", "tijdstempel", "id", "start time", "completion time", "begintijd",
  "tijd van voltooien", "last modified time", "tijd van laatste wijziging",
  "startdate", "enddate", "status", "ipaddress", "progress", "duration (in seconds)",
  "finished", "recordeddate", "responseid", "recipientlastname", "recipientfirstname",
  "externalreference", "locationlatitude", "locationlongitude", "distributionchannel",
  "userlanguage", "response id", "date submitted", "last page", "start language", "seed",
  "submitdate", "lastpage", "startlanguage", "date started", "date last action",
  "startdate", "datestamp", "token", "refurl", "ipaddr",
};
/* The respondent of a wide export, in the order tried. */
static const char *const wide_respondent[] = {
  "respondent", "respondent name", "naam respondent", "your name", "je naam", "uw naam",
  "email", "email address", "e-mail", "e-mailadres", "e-mail address", "recipientemail",
  "name", "naam",
};
static const char *const email_columns[] = {
  "email", "e-mail", "email address", "e-mailadres", "e-mail address", "mail",
};

static gboolean
name_in (const char        *header,
         const char *const *names,
         guint              n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (sp_column_name_matches (header, names[i]))
      return TRUE;
  return FALSE;
}

/* A form export: a column only form tools write, and no source or
 * target column (a ties table may well have a timestamp) */
static gboolean
is_wide_export (const SpTable *t)
{
  gboolean signature = FALSE;

  for (guint col = 0; col < t->n_cols; col++)
    {
      const char *header = sp_table_cell (t, 0, col);
      SpColumnRole role = sp_column_role_for_name (header, TRUE);

      if (role == SP_COLUMN_SOURCE || role == SP_COLUMN_TARGET)
        return FALSE;
      signature |= name_in (header, wide_signatures, G_N_ELEMENTS (wide_signatures));
    }
  return signature;
}

/* The names in one answer: "Ann; Bob;" (Microsoft Forms), "Ann, Bob"
 * (Google Forms checkboxes), one per line; blanks dropped. */
static GPtrArray *
split_answer (const char *cell)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  const char *seps = strchr (cell, ';') != NULL ? ";\n" : strchr (cell, '\n') != NULL ? "\n" : ",";
  g_auto (GStrv) parts = g_strsplit_set (cell, seps, -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (!is_blank (name))
        g_ptr_array_add (out, g_strdup (name));
    }
  return out;
}

/* The question a column belongs to: its header without the numbering of
 * one question's several columns ("Advice - 2", "Q1_3", "Advice [2]",
 * "Advice 2"). */
static char *
question_of (const char *header)
{
  g_autoptr (GRegex) re = g_regex_new ("(\\s*\\[[^\\]]*\\]|\\s*-\\s*\\d+|\\s+\\d+|_\\d+)$", 0, 0, NULL);
  char *q = g_regex_replace_literal (re, header, -1, 0, "", 0, NULL);

  g_strstrip (q);
  if (*q == '\0')
    {
      g_free (q);
      q = g_strdup (header);
    }
  return q;
}

static gboolean
load_wide (Survey  *s,
           GError **error)
{
  const SpTable *t = s->survey;
  gint col_respondent = -1;
  guint first = 1, n_rows = sp_table_n_rows (t);
  g_autofree gint *respondent_of = NULL;
  g_autofree char **question = NULL;
  g_autoptr (GString) not_names = g_string_new (NULL);
  guint n_questions = 0;

  /* Qualtrics: a row of question texts, then one of {"ImportId": …} */
  if (n_rows >= 2 && g_str_has_prefix (sp_table_cell (t, 2, 0), "{\"ImportId\""))
    first = 3;
  /* who answered: of the columns that can say it, the one naming most of
   * the people file (a name, or an e-mail address the people file holds) */
  {
    guint best = 0;

    for (guint i = 0; i < G_N_ELEMENTS (wide_respondent); i++)
      {
        gint col = find_column (t, &wide_respondent[i], 1);
        guint known = 0;

        if (col < 0)
          continue;
        for (guint row = first; row <= n_rows; row++)
          known += survey_known (s, sp_table_cell (t, row, col)) >= 0;
        if (col_respondent < 0 || known > best)
          col_respondent = col, best = known;
      }
  }
  if (col_respondent < 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("a form export without a column saying who answered (“Name”, “Email” "
                         "or “Respondent”)"));
      return FALSE;
    }

  /* the respondents first: they are the people a name can be */
  respondent_of = g_new0 (gint, n_rows + 1);
  for (guint row = first; row <= n_rows; row++)
    {
      const char *who = sp_table_cell (t, row, col_respondent);

      respondent_of[row] = -1;
      if (is_blank (who))
        continue;
      if ((respondent_of[row] = survey_node (s, who, sp_table_line (t, row), error)) < 0)
        return FALSE;
      survey_responded (s, respondent_of[row]);
    }

  /* a question column is one whose answers are mostly people's names */
  question = g_new0 (char *, t->n_cols);
  for (guint col = 0; col < t->n_cols; col++)
    {
      const char *header = sp_table_cell (t, 0, col);
      guint known = 0, total = 0;

      if ((gint) col == col_respondent ||
          name_in (header, wide_metadata, G_N_ELEMENTS (wide_metadata)) ||
          name_in (header, wide_respondent, G_N_ELEMENTS (wide_respondent)))
        continue;
      for (guint row = first; row <= n_rows; row++)
        {
          g_autoptr (GPtrArray) names = split_answer (sp_table_cell (t, row, col));

          for (guint i = 0; i < names->len; i++)
            known += survey_known (s, g_ptr_array_index (names, i)) >= 0;
          total += names->len;
        }
      if (total > 0 && 2 * known >= total)
        {
          question[col] = question_of (first == 3 ? sp_table_cell (t, 1, col) : header);
          n_questions++;
        }
      else if (total > 0)
        g_string_append_printf (not_names, "%s“%s”", not_names->len > 0 ? ", " : "", header);
    }
  if (n_questions == 0)
    {
      sp_io_set_error (error, SP_ERROR_PARSE, t->file, sp_table_line (t, 0),
                       _("a form export without a question answered with colleagues’ names"));
      for (guint col = 0; col < t->n_cols; col++)
        g_free (question[col]);
      return FALSE;
    }

  for (guint row = first; row <= n_rows; row++)
    for (guint col = 0; col < t->n_cols && respondent_of[row] >= 0; col++)
      {
        g_autoptr (GPtrArray) names = NULL;

        if (question[col] == NULL)
          continue;
        names = split_answer (sp_table_cell (t, row, col));
        for (guint i = 0; i < names->len; i++)
          {
            gint to = survey_node (s, g_ptr_array_index (names, i), sp_table_line (t, row), error);

            if (to < 0 ||
                (to != respondent_of[row] &&
                 !sp_io_add_tie (s->network, (guint) respondent_of[row], (guint) to,
                                 sp_network_tie_type (s->network, question[col]), 1.0, t->file,
                                 sp_table_line (t, row), error)))
              {
                for (guint c = 0; c < t->n_cols; c++)
                  g_free (question[c]);
                return FALSE;
              }
          }
      }
  for (guint col = 0; col < t->n_cols; col++)
    g_free (question[col]);
  if (not_names->len > 0)
    sp_network_add_note (s->network,
                         _("%s: columns not read as questions (their answers are mostly no "
                           "one’s name): %s"), t->file, not_names->str);
  return TRUE;
}

static void
set_attribute (SpNetwork  *network,
               const char *name,
               guint       node,
               const char *value)
{
  SpAttribute *attr = sp_network_ensure_attribute (network, name, SP_ATTR_CATEGORICAL);

  sp_network_set_string (network, attr, node, value);
}

SpNetwork *
sp_survey_load (const SpTable         *survey,
                const SpTable         *people,
                const SpImportOptions *options,
                gboolean              *handled,
                GError               **error)
{
  g_autoptr (SpNetwork) network = NULL;
  g_autoptr (GError) local = NULL;
  gint col_respondent;
  gboolean matrix = FALSE, wide;
  Survey s = { 0 };
  gboolean ok;

  *handled = FALSE;
  if (survey == NULL || survey->n_cols == 0 || (options != NULL && options->column_map != NULL &&
                                               options->column_map->len > 0))
    return NULL;
  col_respondent = find_column (survey, respondent_names, G_N_ELEMENTS (respondent_names));
  wide = is_wide_export (survey);
  if (col_respondent < 0 && !wide)
    {
      matrix = is_matrix (survey, &local);
      if (local != NULL)
        {
          *handled = TRUE;
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      if (!matrix)
        return NULL;
    }
  *handled = TRUE;

  if (people != NULL)
    network = sp_tables_load (people, NULL, NULL, options, error);
  else
    network = sp_network_new ();
  if (network == NULL)
    return NULL;
  if (!sp_io_check_attributes (survey->file, 1, network->attributes->len + 2, error))
    return NULL;

  s.network = network;
  s.survey = survey;
  s.people = people;
  s.names = g_hash_table_new (g_str_hash, g_str_equal);
  s.folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s.unmatched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s.list = g_string_new (NULL);
  s.n_people = sp_network_n_nodes (network);
  s.responded = g_new0 (gboolean, s.n_people + 1);
  for (guint i = 0; i < s.n_people; i++)
    {
      SpNode *node = sp_network_node (network, i);

      if (node->name == NULL)
        continue;
      g_hash_table_insert (s.names, (gpointer) node->name, GINT_TO_POINTER (i + 1));
      g_hash_table_insert (s.folded, fold_name (node->name), GINT_TO_POINTER (i + 1));
    }

  /* a people file's e-mail addresses name its people too */
  for (guint a = 0; a < network->attributes->len; a++)
    {
      SpAttribute *attr = g_ptr_array_index (network->attributes, a);

      if (attr->type != SP_ATTR_CATEGORICAL ||
          !name_in (attr->name, email_columns, G_N_ELEMENTS (email_columns)))
        continue;
      for (guint i = 0; i < s.n_people; i++)
        if (attr->str[i] != NULL)
          g_hash_table_insert (s.folded, fold_name (attr->str[i]), GINT_TO_POINTER (i + 1));
    }

  if (matrix)
    ok = load_matrix (&s, error);
  else if (wide && (col_respondent < 0 ||
                    find_column (survey, question_names, G_N_ELEMENTS (question_names)) < 0))
    ok = load_wide (&s, error);
  else
    ok = load_long (&s, col_respondent, error);
  if (ok && sp_network_n_nodes (network) == 0)
    {
      sp_io_set_error (error, SP_ERROR_INVALID, survey->file, sp_table_line (survey, 0) + 1,
                       _("no data: the file has a header and no rows"));
      ok = FALSE;
    }
  if (ok)
    {
      network->directed = TRUE;
      if (people != NULL)
        {
          guint n_responded = 0;

          for (guint i = 0; i < sp_network_n_nodes (network); i++)
            {
              set_attribute (network, "matched", i, i < s.n_people ? "yes" : "no");
              if (i < s.n_people)
                {
                  set_attribute (network, "responded", i, s.responded[i] ? "yes" : "no");
                  n_responded += s.responded[i] ? 1 : 0;
                }
            }
          if (s.n_unmatched > 0)
            sp_network_add_note (network,
                                 g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u named person matches nobody in %s: %s",
                                              "%s: %u named people match nobody in %s: %s",
                                              s.n_unmatched),
                                 survey->file, s.n_unmatched, people->file, s.list->str);
          if (s.n_people > 0)
            sp_network_add_note (network,
                                 _("Response rate %u of %u (%.0f%%): measures of people who did "
                                   "not answer count only the ties others named to them"),
                                 n_responded, s.n_people, 100.0 * n_responded / s.n_people);
        }
    }
  survey_clear (&s);
  return ok ? g_steal_pointer (&network) : NULL;
}
