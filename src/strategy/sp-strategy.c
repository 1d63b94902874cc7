/* sp-strategy.c — strategy profiles, the strategy file, and the fit */
#define G_LOG_DOMAIN "sp-strategy"

#include "sp-strategy.h"
#include "sp-i18n.h"

#include <math.h>
#include <string.h>

#include "sp-metrics.h"

typedef struct {
  char    *group;    /* department name; NULL in the default/organisation rules */
  char    *profile;  /* NULL when only ranges are given */
  SpRange  target[SP_N_INDICATORS];
} SpRule;

struct _SpStrategy {
  SpRule    *fallback;      /* [default] */
  SpRule    *organisation;  /* [organisation] */
  GPtrArray *departments;   /* SpRule * */
};

typedef struct {
  SpIndicator indicator;
  double      min;
  double      max;
} SpProfileTarget;

typedef struct {
  const char            *name;
  const char            *label;
  const SpProfileTarget *targets;
} SpProfile;

/* The profiles and their reasoning (the README explains them at length):
 *
 * exploration — Burt's brokerage: new ideas come from people who span
 * structural holes, so members should have low constraint, and the
 * department should have an open boundary (Krackhardt & Stern's E-I well
 * above the −0.6 … −0.8 that departments usually show).
 *
 * execution — Coleman's closure: dense, clustered teams share norms and
 * trust and coordinate without a manager in the middle; their focus is
 * inside (E-I at most 0) and, with directed data, ties are returned.
 *
 * client-intimacy — every client the department serves is held by
 * several people, never by a single point of contact. */
static const SpProfileTarget exploration_targets[] = {
  { SP_INDICATOR_EI_INDEX, -0.35, NAN },
  { SP_INDICATOR_MEAN_CONSTRAINT, NAN, 0.35 },
  { SP_N_INDICATORS, 0, 0 },
};
static const SpProfileTarget execution_targets[] = {
  { SP_INDICATOR_DENSITY, 0.25, NAN },
  { SP_INDICATOR_MEAN_CLUSTERING, 0.30, NAN },
  { SP_INDICATOR_EI_INDEX, NAN, 0.0 },
  { SP_INDICATOR_RECIPROCITY, 0.5, NAN },
  { SP_N_INDICATORS, 0, 0 },
};
static const SpProfileTarget client_targets[] = {
  { SP_INDICATOR_CONTACTS_PER_CLIENT, 2.0, NAN },
  { SP_INDICATOR_SINGLE_CONTACT_SHARE, NAN, 0.0 },
  { SP_N_INDICATORS, 0, 0 },
};

static const SpProfile profiles[] = {
  { "exploration", N_("Exploration and innovation"), exploration_targets },
  { "execution", N_("Execution and operational excellence"), execution_targets },
  { "client-intimacy", N_("Client intimacy"), client_targets },
};

static const char *profile_names[] = { "exploration", "execution", "client-intimacy", NULL };

static const struct {
  const char *name;
  const char *label;
  double      scale;   /* the width of the indicator's usual range */
} indicators[SP_N_INDICATORS] = {
  { "density", N_("Density"), 1.0 },
  { "ei_index", N_("E-I index"), 2.0 },
  { "mean_constraint", N_("Mean constraint"), 1.0 },
  { "mean_clustering", N_("Mean clustering"), 1.0 },
  { "reciprocity", N_("Reciprocity"), 1.0 },
  { "contacts_per_client", N_("Contacts per client"), 5.0 },
  { "single_contact_share", N_("Clients with a single contact"), 1.0 },
};

const char *
sp_indicator_name (SpIndicator indicator)
{
  g_return_val_if_fail (indicator < SP_N_INDICATORS, NULL);
  return indicators[indicator].name;
}

const char *
sp_indicator_label (SpIndicator indicator)
{
  g_return_val_if_fail (indicator < SP_N_INDICATORS, NULL);
  return _(indicators[indicator].label);
}

const char *const *
sp_strategy_profiles (void)
{
  return profile_names;
}

static const SpProfile *
find_profile (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    if (g_strcmp0 (profiles[i].name, name) == 0)
      return &profiles[i];
  return NULL;
}

const char *
sp_strategy_profile_label (const char *profile)
{
  const SpProfile *p = find_profile (profile);

  if (p != NULL)
    return _(p->label);
  return profile != NULL ? _("Custom targets") : NULL;
}

const char *
sp_fit_verdict_label (SpFitVerdict verdict)
{
  switch (verdict)
    {
    case SP_FIT_FITS:
      return _("fits");
    case SP_FIT_NEAR:
      return _("nearly fits");
    case SP_FIT_MISFIT:
      return _("does not fit");
    case SP_FIT_NOT_SET:
    default:
      return _("no target");
    }
}

static SpRule *
rule_new (const char *group)
{
  SpRule *rule = g_new0 (SpRule, 1);

  rule->group = g_strdup (group);
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    rule->target[i].min = rule->target[i].max = NAN;
  return rule;
}

static void
rule_free (gpointer data)
{
  SpRule *rule = data;

  if (rule == NULL)
    return;
  g_free (rule->group);
  g_free (rule->profile);
  g_free (rule);
}

static SpStrategy *
strategy_new (void)
{
  SpStrategy *self = g_new0 (SpStrategy, 1);

  self->departments = g_ptr_array_new_with_free_func (rule_free);
  return self;
}

void
sp_strategy_free (SpStrategy *strategy)
{
  if (strategy == NULL)
    return;
  rule_free (strategy->fallback);
  rule_free (strategy->organisation);
  g_ptr_array_unref (strategy->departments);
  g_free (strategy);
}

SpStrategy *
sp_strategy_new_uniform (const char *profile)
{
  SpStrategy *self;

  g_return_val_if_fail (find_profile (profile) != NULL, NULL);

  self = strategy_new ();
  self->fallback = rule_new (NULL);
  self->fallback->profile = g_strdup (profile);
  self->organisation = rule_new (NULL);
  self->organisation->profile = g_strdup (profile);
  return self;
}

static gboolean
parse_bound (const char *text,
             double     *value)
{
  char *end = NULL;

  text = text + strspn (text, " \t");
  if (*text == '\0')
    {
      *value = NAN;
      return TRUE;
    }
  *value = g_ascii_strtod (text, &end);
  if (end == text || !isfinite (*value))
    return FALSE;
  end += strspn (end, " \t");
  return *end == '\0';
}

/* "MIN .. MAX", "MIN ..", ".. MAX" or a single value (MIN = MAX). */
static gboolean
parse_range (const char *text,
             SpRange    *range)
{
  const char *dots = strstr (text, "..");

  if (dots == NULL)
    {
      if (!parse_bound (text, &range->min) || isnan (range->min))
        return FALSE;
      range->max = range->min;
      return TRUE;
    }
  else
    {
      g_autofree char *lo = g_strndup (text, dots - text);

      if (!parse_bound (lo, &range->min) || !parse_bound (dots + 2, &range->max))
        return FALSE;
      if (isnan (range->min) && isnan (range->max))
        return FALSE;
      if (!isnan (range->min) && !isnan (range->max) && range->min > range->max)
        return FALSE;
      return TRUE;
    }
}

static gint
find_indicator (const char *name)
{
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    if (strcmp (indicators[i].name, name) == 0)
      return i;
  return -1;
}

/* A department name in a header is written plain ([department Sales])
 * when the parser gives it back unchanged, and quoted otherwise:
 * [department "R#D \"x\""], with \" \\ \n \r \t and \xHH for the
 * other control characters.  Quoting is needed for "#" (a comment), "["
 * "]" "=" and a quote or backslash, a line break or any control
 * character, blanks at either end (stripped) and an empty name. */
static gboolean
needs_quotes (const char *name)
{
  gsize len = strlen (name);

  if (len == 0 || g_ascii_isspace (name[0]) || g_ascii_isspace (name[len - 1]))
    return TRUE;
  for (const char *p = name; *p != '\0'; p++)
    if (strchr ("#[]=\"\\", *p) != NULL || (guchar) *p < 0x20 || *p == 0x7f)
      return TRUE;
  return FALSE;
}

static void
append_department_header (GString    *out,
                          const char *name)
{
  if (!needs_quotes (name))
    {
      g_string_append_printf (out, "[department %s]\n", name);
      return;
    }
  g_string_append (out, "[department \"");
  for (const char *p = name; *p != '\0'; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default:
        if ((guchar) *p < 0x20 || *p == 0x7f)
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
        else
          g_string_append_c (out, *p);
        break;
      }
  g_string_append (out, "\"]\n");
}

/* Reads a quoted department header, "[department "…"]" with an optional
 * comment after it, from @line (blanks at the start skipped).  Returns
 * the name, or NULL with @error set; *@matched is FALSE (and nothing is
 * set) when @line is not such a header. */
static char *
parse_quoted_header (const char  *line,
                     const char  *filename,
                     guint        line_number,
                     gboolean    *matched,
                     GError     **error)
{
  g_autoptr (GString) name = g_string_new (NULL);
  const char *p = line;

  *matched = FALSE;
  while (g_ascii_isspace (*p))
    p++;
  if (*p++ != '[')
    return NULL;
  while (g_ascii_isspace (*p))
    p++;
  if (!g_str_has_prefix (p, "department"))
    return NULL;
  p += strlen ("department");
  if (!g_ascii_isspace (*p))
    return NULL;
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '"')
    return NULL;
  *matched = TRUE;
  for (p++; *p != '"'; p++)
    {
      if (*p == '\0')
        {
          g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                       _("%s:%u: the quoted department name is not closed"), filename, line_number);
          return NULL;
        }
      if (*p != '\\')
        {
          g_string_append_c (name, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case '"': case '\\': g_string_append_c (name, *p); break;
        case 'n': g_string_append_c (name, '\n'); break;
        case 'r': g_string_append_c (name, '\r'); break;
        case 't': g_string_append_c (name, '\t'); break;
        case 'x':
          if (g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]) &&
              (g_ascii_xdigit_value (p[1]) != 0 || g_ascii_xdigit_value (p[2]) != 0))
            {
              g_string_append_c (name, (char) (g_ascii_xdigit_value (p[1]) * 16 +
                                               g_ascii_xdigit_value (p[2])));
              p += 2;
              break;
            }
          G_GNUC_FALLTHROUGH;
        default:
          g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                       _("%s:%u: unknown escape in a quoted department name (use \\\" \\\\ \\n \\r \\t or \\xHH)"),
                       filename, line_number);
          return NULL;
        }
    }
  for (p++; g_ascii_isspace (*p); p++)
    ;
  if (*p++ != ']')
    {
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                   _("%s:%u: a section header must look like [department NAME]"),
                   filename, line_number);
      return NULL;
    }
  for (; g_ascii_isspace (*p); p++)
    ;
  if (*p != '\0' && *p != '#')
    {
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                   _("%s:%u: a section header must look like [department NAME]"),
                   filename, line_number);
      return NULL;
    }
  if (!g_utf8_validate (name->str, -1, NULL))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                   _("%s:%u: the department name is not valid UTF-8"), filename, line_number);
      return NULL;
    }
  return g_strdup (name->str);
}

SpStrategy *
sp_strategy_parse (const char  *text,
                   gssize       length,
                   const char  *filename,
                   GError     **error)
{
  g_autoptr (SpStrategy) self = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *copy = NULL;
  SpRule *current = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (filename == NULL)
    filename = "strategy";
  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                   _("%s:1: the file is not valid UTF-8 text"), filename);
      return NULL;
    }

  self = strategy_new ();
  copy = g_strndup (text, length);
  lines = g_strsplit (copy, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    {
      char *line = lines[n];
      char *hash;
      char *eq;
      gboolean quoted;
      g_autofree char *department = NULL;

      /* before comments are cut: a quoted name may hold "#" */
      department = parse_quoted_header (line, filename, n + 1, &quoted, error);
      if (quoted && department == NULL)
        return NULL;
      if (quoted)
        {
          current = rule_new (department);
          g_ptr_array_add (self->departments, current);
          continue;
        }
      hash = strchr (line, '#');
      if (hash != NULL)
        *hash = '\0';
      g_strstrip (line);
      if (*line == '\0')
        continue;

      if (*line == '[')
        {
          char *close = strchr (line, ']');
          char *name;

          if (close == NULL || close[1] != '\0')
            {
              g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                           _("%s:%u: a section header must look like [department NAME]"),
                           filename, n + 1);
              return NULL;
            }
          *close = '\0';
          name = g_strstrip (line + 1);
          if (strcmp (name, "default") == 0)
            {
              if (self->fallback == NULL)
                self->fallback = rule_new (NULL);
              current = self->fallback;
            }
          else if (strcmp (name, "organisation") == 0 || strcmp (name, "organization") == 0)
            {
              if (self->organisation == NULL)
                self->organisation = rule_new (NULL);
              current = self->organisation;
            }
          else if (g_str_has_prefix (name, "department ") &&
                   *g_strstrip (name + strlen ("department ")) != '\0')
            {
              current = rule_new (g_strstrip (name + strlen ("department ")));
              g_ptr_array_add (self->departments, current);
            }
          else
            {
              g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                           _("%s:%u: unknown section “%s” (use [default], [organisation] or [department NAME])"),
                           filename, n + 1, name);
              return NULL;
            }
          continue;
        }

      eq = strchr (line, '=');
      if (eq == NULL)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                       _("%s:%u: expected “key = value”"), filename, n + 1);
          return NULL;
        }
      if (current == NULL)
        {
          g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                       _("%s:%u: “%s” comes before any section"), filename, n + 1, line);
          return NULL;
        }
      *eq = '\0';
      {
        const char *key = g_strstrip (line);
        const char *value = g_strstrip (eq + 1);
        gint ind;

        if (strcmp (key, "profile") == 0)
          {
            if (find_profile (value) == NULL)
              {
                g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                             _("%s:%u: unknown profile “%s” (use exploration, execution or client-intimacy)"),
                             filename, n + 1, value);
                return NULL;
              }
            g_free (current->profile);
            current->profile = g_strdup (value);
          }
        else if ((ind = find_indicator (key)) >= 0)
          {
            if (!parse_range (value, &current->target[ind]))
              {
                g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                             _("%s:%u: “%s” is not a range (write MIN .. MAX, MIN .., or .. MAX)"),
                             filename, n + 1, value);
                return NULL;
              }
          }
        else
          {
            g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                         _("%s:%u: unknown indicator “%s”"), filename, n + 1, key);
            return NULL;
          }
      }
    }

  return g_steal_pointer (&self);
}

SpStrategy *
sp_strategy_load (const char  *path,
                  GError     **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &text, &length, &local))
    {
      g_set_error (error, SP_ERROR, SP_ERROR_IO, _("%s:0: cannot read: %s"), path, local->message);
      return NULL;
    }
  return sp_strategy_parse (text, length, path, error);
}

/* The effective targets for one group: the profile's, then the ranges
 * given directly, which override. */
static const char *
resolve_targets (const SpRule *rule,
                 SpRange       target[SP_N_INDICATORS])
{
  const SpProfile *profile;
  gboolean any = FALSE;

  for (guint i = 0; i < SP_N_INDICATORS; i++)
    target[i].min = target[i].max = NAN;
  if (rule == NULL)
    return NULL;

  profile = find_profile (rule->profile);
  if (profile != NULL)
    for (const SpProfileTarget *t = profile->targets; t->indicator < SP_N_INDICATORS; t++)
      {
        target[t->indicator].min = t->min;
        target[t->indicator].max = t->max;
      }
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    if (!isnan (rule->target[i].min) || !isnan (rule->target[i].max))
      {
        target[i] = rule->target[i];
        any = TRUE;
      }
  if (profile != NULL)
    return profile->name;
  return any ? "custom" : NULL;
}

/* Contacts per client and the share of single-contact clients, over the
 * clients that @group serves (NULL: every client with a contact). */
static void
client_indicators (SpClientMetrics *clients,
                   const char      *group,
                   double          *contacts_per_client,
                   double          *single_share)
{
  guint served = 0, contacts = 0, single = 0;

  *contacts_per_client = *single_share = NAN;
  if (clients == NULL)
    return;

  for (guint i = 0; i < sp_client_metrics_n_clients (clients); i++)
    {
      const SpClientStats *c = sp_client_metrics_client (clients, i);
      gboolean serves = FALSE;

      if (c->n_contacts == 0)
        continue;
      if (group == NULL)
        serves = TRUE;
      for (guint d = 0; !serves && d < c->n_departments; d++)
        serves = strcmp (c->departments[d], group) == 0;
      if (!serves)
        continue;
      served++;
      contacts += c->n_contacts;
      single += c->single_point_of_contact ? 1 : 0;
    }
  if (served > 0)
    {
      *contacts_per_client = (double) contacts / served;
      *single_share = (double) single / served;
    }
}

static void
evaluate_one (SpFitResult        *result,
              const SpRule       *rule,
              const SpGroupStats *stats,
              SpClientMetrics    *clients)
{
  result->profile = resolve_targets (rule, result->target);

  result->actual[SP_INDICATOR_DENSITY] = stats->density;
  result->actual[SP_INDICATOR_EI_INDEX] = stats->ei_index;
  result->actual[SP_INDICATOR_MEAN_CONSTRAINT] = stats->mean_constraint;
  result->actual[SP_INDICATOR_MEAN_CLUSTERING] = stats->mean_clustering;
  result->actual[SP_INDICATOR_RECIPROCITY] = stats->reciprocity;
  client_indicators (clients, result->group,
                     &result->actual[SP_INDICATOR_CONTACTS_PER_CLIENT],
                     &result->actual[SP_INDICATOR_SINGLE_CONTACT_SHARE]);

  result->verdict = SP_FIT_NOT_SET;
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    {
      const SpRange *t = &result->target[i];
      double v = result->actual[i];

      result->miss[i] = NAN;
      /* an indicator that cannot be measured here (reciprocity on
       * undirected data, clients where there are none) is not held
       * against the group */
      if ((isnan (t->min) && isnan (t->max)) || isnan (v))
        continue;
      result->n_checked++;
      if (!isnan (t->min) && v < t->min)
        result->miss[i] = t->min - v;
      else if (!isnan (t->max) && v > t->max)
        result->miss[i] = v - t->max;
      else
        result->miss[i] = 0;

      if (result->miss[i] > 0)
        {
          result->n_missed++;
          if (result->miss[i] > 0.1 * indicators[i].scale)
            result->verdict = SP_FIT_MISFIT;
          else if (result->verdict != SP_FIT_MISFIT)
            result->verdict = SP_FIT_NEAR;
        }
    }
  if (result->n_checked > 0 && result->n_missed == 0)
    result->verdict = SP_FIT_FITS;
}

GArray *
sp_strategy_evaluate (SpStrategy      *strategy,
                      SpNetwork       *network,
                      SpGroupMetrics  *groups,
                      SpClientMetrics *clients)
{
  GArray *results;

  g_return_val_if_fail (strategy != NULL, NULL);
  g_return_val_if_fail (groups != NULL, NULL);

  results = g_array_new (FALSE, TRUE, sizeof (SpFitResult));
  for (guint g = 0; g < groups->groups->len; g++)
    {
      const SpGroupStats *stats = &g_array_index (groups->groups, SpGroupStats, g);
      const SpRule *rule = strategy->fallback;
      SpFitResult result = { 0 };

      for (guint r = 0; r < strategy->departments->len; r++)
        {
          const SpRule *candidate = g_ptr_array_index (strategy->departments, r);
          if (g_strcmp0 (candidate->group, stats->name) == 0)
            rule = candidate;
        }
      result.group = stats->name;
      evaluate_one (&result, rule, stats, clients);
      g_array_append_val (results, result);
    }
  {
    SpFitResult result = { 0 };

    result.group = NULL;
    evaluate_one (&result, strategy->organisation, &groups->organisation, clients);
    g_array_append_val (results, result);
  }
  return results;
}

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, sp_metrics_format_value (buf, value));
}

static void
append_range (GString       *out,
              const SpRange *range)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isnan (range->min))
    g_string_append (out, sp_metrics_format_value (buf, range->min));
  g_string_append (out, " .. ");
  if (!isnan (range->max))
    g_string_append (out, sp_metrics_format_value (buf, range->max));
}

gboolean
sp_fit_report_write_csv (GArray      *results,
                         const char  *path,
                         GError     **error)
{
  g_autoptr (GString) out = g_string_new ("level,group,profile,verdict,indicator,target,actual,miss\n");

  g_return_val_if_fail (results != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  for (guint r = 0; r < results->len; r++)
    {
      const SpFitResult *res = &g_array_index (results, SpFitResult, r);

      for (guint i = 0; i < SP_N_INDICATORS; i++)
        {
          g_autoptr (GString) target = g_string_new (NULL);

          if (isnan (res->target[i].min) && isnan (res->target[i].max))
            continue;
          append_range (target, &res->target[i]);
          g_string_append (out, res->group != NULL ? "group," : "organisation,");
          sp_csv_append_field (out, res->group != NULL ? res->group : "");
          g_string_append_c (out, ',');
          sp_csv_append_field (out, res->profile != NULL ? res->profile : "");
          g_string_append_c (out, ',');
          /* machine-readable verdicts in the CSV; labels are for people */
          g_string_append (out, res->verdict == SP_FIT_FITS ? "fits"
                                : res->verdict == SP_FIT_NEAR ? "near"
                                : res->verdict == SP_FIT_MISFIT ? "misfit" : "");
          g_string_append_c (out, ',');
          g_string_append (out, indicators[i].name);
          g_string_append_c (out, ',');
          /* two numbers we formatted ("-1 .. -0.2"): no text from a file, so
           * no formula to neutralise, and no character that needs quotes */
          g_string_append (out, target->str);
          g_string_append_c (out, ',');
          append_number (out, res->actual[i]);
          g_string_append_c (out, ',');
          append_number (out, res->miss[i]);
          g_string_append_c (out, '\n');
        }
    }
  return sp_csv_write (path, out, error);
}

/* ---- building and writing a strategy ------------------------------------ */

SpStrategy *
sp_strategy_new (void)
{
  return strategy_new ();
}

static SpRule *
rule_copy (const SpRule *rule)
{
  SpRule *copy;

  if (rule == NULL)
    return NULL;
  copy = rule_new (rule->group);
  copy->profile = g_strdup (rule->profile);
  memcpy (copy->target, rule->target, sizeof copy->target);
  return copy;
}

SpStrategy *
sp_strategy_copy (const SpStrategy *strategy)
{
  SpStrategy *copy;

  g_return_val_if_fail (strategy != NULL, NULL);

  copy = strategy_new ();
  copy->fallback = rule_copy (strategy->fallback);
  copy->organisation = rule_copy (strategy->organisation);
  for (guint r = 0; r < strategy->departments->len; r++)
    g_ptr_array_add (copy->departments, rule_copy (g_ptr_array_index (strategy->departments, r)));
  return copy;
}

static gboolean
rule_has_ranges (const SpRule *rule)
{
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    if (!isnan (rule->target[i].min) || !isnan (rule->target[i].max))
      return TRUE;
  return FALSE;
}

/* The last rule naming @department wins when evaluating, so that one is
 * the one to read and change. */
static gint
find_department_rule (const SpStrategy *strategy,
                      const char       *department)
{
  for (gint r = (gint) strategy->departments->len - 1; r >= 0; r--)
    {
      const SpRule *rule = g_ptr_array_index (strategy->departments, r);

      if (g_strcmp0 (rule->group, department) == 0)
        return r;
    }
  return -1;
}

void
sp_strategy_set_profile (SpStrategy *strategy,
                         const char *department,
                         const char *profile)
{
  g_return_if_fail (strategy != NULL);
  g_return_if_fail (profile == NULL || find_profile (profile) != NULL);

  if (department == NULL)
    {
      g_clear_pointer (&strategy->fallback, rule_free);
      g_clear_pointer (&strategy->organisation, rule_free);
      if (profile != NULL)
        {
          strategy->fallback = rule_new (NULL);
          strategy->fallback->profile = g_strdup (profile);
          strategy->organisation = rule_new (NULL);
          strategy->organisation->profile = g_strdup (profile);
        }
      return;
    }

  /* drop every rule for @department, then add the new one */
  for (gint r; (r = find_department_rule (strategy, department)) >= 0;)
    g_ptr_array_remove_index (strategy->departments, r);
  if (profile != NULL)
    {
      SpRule *rule = rule_new (department);

      rule->profile = g_strdup (profile);
      g_ptr_array_add (strategy->departments, rule);
    }
}

const char *
sp_strategy_get_profile (const SpStrategy *strategy,
                         const char       *department)
{
  const SpRule *rule = NULL;
  const SpProfile *profile;
  gint r;

  g_return_val_if_fail (strategy != NULL, NULL);

  if (department == NULL)
    rule = strategy->fallback;
  else if ((r = find_department_rule (strategy, department)) >= 0)
    rule = g_ptr_array_index (strategy->departments, r);
  if (rule == NULL)
    return NULL;
  if (rule_has_ranges (rule))
    return "custom";
  profile = find_profile (rule->profile);
  return profile != NULL ? profile->name : NULL;
}

static gboolean
rule_is_empty (const SpRule *rule)
{
  return rule == NULL || (rule->profile == NULL && !rule_has_ranges (rule));
}

gboolean
sp_strategy_is_empty (const SpStrategy *strategy)
{
  g_return_val_if_fail (strategy != NULL, TRUE);

  if (!rule_is_empty (strategy->fallback) || !rule_is_empty (strategy->organisation))
    return FALSE;
  for (guint r = 0; r < strategy->departments->len; r++)
    if (!rule_is_empty (g_ptr_array_index (strategy->departments, r)))
      return FALSE;
  return TRUE;
}

static void
append_exact (GString *out,
              double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* short text ("-0.2") when it reads back as the same double */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (out, buf);
}

static void
write_rule (GString      *out,
            const char   *header,
            const SpRule *rule)
{
  if (rule == NULL)
    return;
  if (header != NULL)
    g_string_append_printf (out, "[%s]\n", header);
  else
    append_department_header (out, rule->group);
  if (rule->profile != NULL)
    g_string_append_printf (out, "profile = %s\n", rule->profile);
  for (guint i = 0; i < SP_N_INDICATORS; i++)
    {
      const SpRange *t = &rule->target[i];

      if (isnan (t->min) && isnan (t->max))
        continue;
      g_string_append_printf (out, "%s = ", indicators[i].name);
      if (!isnan (t->min))
        {
          append_exact (out, t->min);
          g_string_append_c (out, ' ');
        }
      g_string_append (out, "..");
      if (!isnan (t->max))
        {
          g_string_append_c (out, ' ');
          append_exact (out, t->max);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

char *
sp_strategy_to_text (const SpStrategy *strategy)
{
  GString *out;

  g_return_val_if_fail (strategy != NULL, NULL);

  out = g_string_new (NULL);
  write_rule (out, "default", strategy->fallback);
  write_rule (out, "organisation", strategy->organisation);
  for (guint r = 0; r < strategy->departments->len; r++)
    {
      const SpRule *rule = g_ptr_array_index (strategy->departments, r);

      write_rule (out, NULL, rule);
    }
  return g_string_free (out, FALSE);
}
