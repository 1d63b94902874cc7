/* sp-filter.c — the filter expressions of sp-filter.h.
 *
 * A recursive-descent parser over a small token list, into a tree of
 * conditions; evaluation walks the tree per person.  Text conditions on
 * interned values are decided once per distinct value in
 * sp_filter_apply() (a hash of value pointers), so filtering 100,000
 * people folds each department or location name once, not per person.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sp-filter.h"
#include "sp-i18n.h"
#include "sp-text.h"

typedef enum {
  TOK_WORD,
  TOK_STRING,
  TOK_OP,
  TOK_LPAREN,
  TOK_RPAREN,
  TOK_AND,
  TOK_OR,
  TOK_NOT,
  TOK_PIPE,
  TOK_END,
} TokKind;

typedef enum {
  OP_EQ,
  OP_NE,
  OP_LT,
  OP_LE,
  OP_GT,
  OP_GE,
  OP_CONTAINS,
} Op;

typedef struct {
  TokKind kind;
  Op      op;
  char   *text;   /* WORD, STRING: the text; others: NULL */
  guint   pos;    /* 1-based character position, for messages */
} Token;

typedef enum {
  FIELD_ATTRIBUTE,
  FIELD_MEASURE,
  FIELD_DEPARTMENT,
  FIELD_ROLE,
  FIELD_NAME,
  FIELD_ID,
} FieldKind;

typedef enum {
  EXPR_COND,
  EXPR_AND,
  EXPR_OR,
  EXPR_NOT,
} ExprKind;

typedef struct _Expr Expr;
struct _Expr {
  ExprKind  kind;
  Expr     *a, *b;
  /* EXPR_COND */
  FieldKind field;
  char     *field_label;    /* as the data or the column table names it */
  const SpAttribute *attr;  /* FIELD_ATTRIBUTE */
  guint     column;         /* FIELD_MEASURE */
  Op        op;
  double    number;         /* numeric fields */
  GPtrArray *values;        /* text fields: folded, char * */
  GPtrArray *shown;         /* text fields: as typed, char * */
  guint     index;          /* the condition's number, for the value caches */
};

struct _SpFilter {
  Expr  *root;
  guint  n_conditions;
  gboolean uses_measures;
};

static const char *const op_symbols[] = { "=", "≠", "<", "≤", ">", "≥", "~" };

static void
expr_free (Expr *e)
{
  if (e == NULL)
    return;
  expr_free (e->a);
  expr_free (e->b);
  g_free (e->field_label);
  if (e->values != NULL)
    g_ptr_array_unref (e->values);
  if (e->shown != NULL)
    g_ptr_array_unref (e->shown);
  g_free (e);
}

void
sp_filter_free (SpFilter *self)
{
  if (self == NULL)
    return;
  expr_free (self->root);
  g_free (self);
}

/* ---- tokens ---------------------------------------------------------- */

static void
token_clear (gpointer p)
{
  g_free (((Token *) p)->text);
}

static gboolean
is_special (gunichar c)
{
  return c == '(' || c == ')' || c == ',' || c == '&' || c == '|' || c == '='
      || c == '!' || c == '<' || c == '>' || c == '~' || c == '"'
      || c == 0x2264 || c == 0x2265 || c == 0x2260 || c == 0x201C || c == 0x201D;
}

static gboolean
tokenize (const char *text,
          GArray     *tokens,
          GError    **error)
{
  const char *p = text;
  guint pos = 1;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      Token t = { 0 };
      const char *next = g_utf8_next_char (p);

      t.pos = pos;
      if (g_unichar_isspace (c))
        {
          p = next;
          pos++;
          continue;
        }
      if (c == '"' || c == 0x201C || c == 0x201D)
        {
          /* "…", or the typographic quotes a word processor turns them into */
          const char *start = next, *q = next;
          guint len = 0;

          while (*q != '\0' && g_utf8_get_char (q) != '"' && g_utf8_get_char (q) != 0x201D
                 && g_utf8_get_char (q) != 0x201C)
            {
              q = g_utf8_next_char (q);
              len++;
            }
          if (*q == '\0')
            {
              /* Translators: a filter expression's error; %u is a character position */
              g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                           _("the quote at character %u is not closed"), pos);
              return FALSE;
            }
          t.kind = TOK_STRING;
          t.text = g_strndup (start, q - start);
          g_array_append_val (tokens, t);
          p = g_utf8_next_char (q);
          pos += len + 2;
          continue;
        }
      if (c == '(' || c == ')')
        t.kind = c == '(' ? TOK_LPAREN : TOK_RPAREN;
      else if (c == ',' || c == '&')
        {
          t.kind = TOK_AND;
          if (c == '&' && *next == '&')
            next++, pos++;
        }
      else if (c == '|')
        {
          /* "||" is "or"; one bar separates alternative values */
          t.kind = TOK_PIPE;
          if (*next == '|')
            t.kind = TOK_OR, next++, pos++;
        }
      else if (c == '=' )
        {
          t.kind = TOK_OP, t.op = OP_EQ;
          if (*next == '=')
            next++, pos++;
        }
      else if (c == '!' && *next == '=')
        t.kind = TOK_OP, t.op = OP_NE, next++, pos++;
      else if (c == '!')
        t.kind = TOK_NOT;
      else if (c == '<' || c == '>')
        {
          gboolean eq = *next == '=';

          t.kind = TOK_OP;
          t.op = c == '<' ? (eq ? OP_LE : OP_LT) : (eq ? OP_GE : OP_GT);
          if (c == '<' && *next == '>')
            t.op = OP_NE, eq = TRUE;
          if (eq)
            next++, pos++;
        }
      else if (c == '~')
        t.kind = TOK_OP, t.op = OP_CONTAINS;
      else if (c == 0x2264 || c == 0x2265 || c == 0x2260)
        t.kind = TOK_OP, t.op = c == 0x2264 ? OP_LE : c == 0x2265 ? OP_GE : OP_NE;
      else
        {
          /* a word: up to white space or a special character; a comma
           * between two digits is a decimal comma ("3,5") */
          const char *start = p;
          char *word;

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);

              if (g_unichar_isspace (d))
                break;
              if (is_special (d))
                {
                  if (d == ',' && p > start && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
                    ;
                  /* and an ampersand between two letters is part of a
                   * name ("R&D"), not "and" */
                  else if (d == '&' && p > start && g_ascii_isalpha (p[-1]) && g_ascii_isalpha (p[1]))
                    ;
                  else
                    break;
                }
              p = g_utf8_next_char (p);
              pos++;
            }
          word = g_strndup (start, p - start);
          if (g_ascii_strcasecmp (word, "and") == 0)
            t.kind = TOK_AND;
          else if (g_ascii_strcasecmp (word, "or") == 0)
            t.kind = TOK_OR;
          else if (g_ascii_strcasecmp (word, "not") == 0)
            t.kind = TOK_NOT;
          else
            {
              t.kind = TOK_WORD;
              t.text = word;
              word = NULL;
            }
          g_free (word);
          g_array_append_val (tokens, t);
          continue;
        }
      g_array_append_val (tokens, t);
      p = next;
      pos++;
    }
  {
    Token end = { TOK_END, 0, NULL, pos };

    g_array_append_val (tokens, end);
  }
  return TRUE;
}

/* ---- parser ---------------------------------------------------------- */

typedef struct {
  GArray    *tokens;
  guint      at;
  SpNetwork *network;
  SpFilter  *filter;
  GError   **error;
  guint      depth;   /* nested "not" and parentheses */
} Parser;

/* Far beyond what anyone types; keeps the recursion off the stack's end */
#define MAX_DEPTH 64
#define MAX_CONDITIONS 1000

static Token *
peek (Parser *ps)
{
  return &g_array_index (ps->tokens, Token, ps->at);
}

static Expr *parse_or (Parser *ps);

/* The fields a message lists: the builtins, the attributes, then the measures. */
static char *
known_fields (SpNetwork *network)
{
  GString *s = g_string_new ("department, role, name, id");

  for (guint a = 0; a < network->attributes->len; a++)
    {
      const SpAttribute *attr = g_ptr_array_index (network->attributes, a);

      g_string_append_printf (s, ", %s", attr->name);
    }
  for (guint c = 0; c < sp_metrics_n_columns (); c++)
    g_string_append_printf (s, ", %s", sp_metrics_column_name (c));
  return g_string_free (s, FALSE);
}

static gboolean
resolve_field (Parser     *ps,
               const char *name,
               guint       pos,
               Expr       *e)
{
  g_autofree char *folded = sp_text_fold (name);
  SpNetwork *network = ps->network;
  const SpAttribute *attr = sp_network_find_attribute (network, name);
  gint column;
  static const struct { const char *name; FieldKind kind; } builtins[] = {
    { "department", FIELD_DEPARTMENT }, { "role", FIELD_ROLE },
    { "name", FIELD_NAME }, { "id", FIELD_ID },
  };

  /* the data's own names first, exactly, then without case or accents */
  for (guint a = 0; attr == NULL && a < network->attributes->len; a++)
    {
      const SpAttribute *candidate = g_ptr_array_index (network->attributes, a);
      g_autofree char *f = sp_text_fold (candidate->name);

      if (g_str_equal (f, folded))
        attr = candidate;
    }
  if (attr != NULL)
    {
      e->field = FIELD_ATTRIBUTE;
      e->attr = attr;
      e->field_label = g_strdup (attr->name);
      return TRUE;
    }
  for (guint b = 0; b < G_N_ELEMENTS (builtins); b++)
    if (g_str_equal (folded, builtins[b].name))
      {
        e->field = builtins[b].kind;
        e->field_label = g_strdup (builtins[b].name);
        return TRUE;
      }
  if ((column = sp_metrics_column_index (folded)) >= 0)
    {
      e->field = FIELD_MEASURE;
      e->column = (guint) column;
      e->field_label = g_strdup (sp_metrics_column_name (column));
      ps->filter->uses_measures = TRUE;
      return TRUE;
    }
  {
    g_autofree char *fields = known_fields (network);

    /* Translators: a filter expression's error; the list is the fields the data has */
    g_set_error (ps->error, SP_ERROR, SP_ERROR_INVALID,
                 _("unknown field “%s” at character %u (fields: %s)"), name, pos, fields);
  }
  return FALSE;
}

static gboolean
field_is_numeric (const Expr *e)
{
  return e->field == FIELD_MEASURE
      || (e->field == FIELD_ATTRIBUTE && e->attr->type == SP_ATTR_NUMERIC);
}

static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *s = g_strdup (text);
  char *end;

  /* a decimal comma, as Dutch users write it */
  g_strdelimit (s, ",", '.');
  *value = g_ascii_strtod (s, &end);
  return end != s && *end == '\0' && isfinite (*value);
}

/* One value: a quoted string, or unquoted words up to the next operator. */
static char *
parse_value (Parser *ps)
{
  Token *t = peek (ps);
  GString *s;

  if (t->kind == TOK_STRING)
    {
      ps->at++;
      return g_strdup (t->text);
    }
  if (t->kind != TOK_WORD)
    return NULL;
  s = g_string_new (NULL);
  while ((t = peek (ps))->kind == TOK_WORD)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, t->text);
      ps->at++;
    }
  return g_string_free (s, FALSE);
}

static Expr *
parse_condition (Parser *ps)
{
  Token *t = peek (ps);
  Expr *e;
  char *value;
  guint value_pos;

  if (t->kind != TOK_WORD && t->kind != TOK_STRING)
    {
      if (t->kind == TOK_END)
        /* Translators: a filter expression's error */
        g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                     _("the expression ends where a condition was expected (such as performance >= 4)"));
      else
        /* Translators: a filter expression's error; %u is a character position */
        g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                     _("a field name was expected at character %u (such as performance >= 4)"), t->pos);
      return NULL;
    }
  e = g_new0 (Expr, 1);
  e->kind = EXPR_COND;
  e->index = ps->filter->n_conditions++;
  if (!resolve_field (ps, t->text, t->pos, e))
    goto fail;
  ps->at++;

  t = peek (ps);
  if (t->kind != TOK_OP)
    {
      /* Translators: a filter expression's error; %s is a field, %u a character position */
      g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                   _("after “%s”, an operator (=, !=, <, <=, >, >= or ~) was expected at character %u"),
                   e->field_label, t->pos);
      goto fail;
    }
  e->op = t->op;
  ps->at++;

  value_pos = peek (ps)->pos;
  if ((value = parse_value (ps)) == NULL)
    {
      /* Translators: a filter expression's error; %s is an operator, %u a character position */
      g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                   _("a value was expected after “%s” at character %u"), op_symbols[e->op], value_pos);
      goto fail;
    }

  if (field_is_numeric (e))
    {
      if (e->op == OP_CONTAINS)
        {
          /* Translators: a filter expression's error; %s is a numeric field */
          g_set_error (ps->error, SP_ERROR, SP_ERROR_INVALID,
                       _("“%s” is a number: compare it with =, !=, <, <=, > or >="), e->field_label);
          g_free (value);
          goto fail;
        }
      if (!parse_number (value, &e->number))
        {
          /* Translators: a filter expression's error: "“performance” is a number, and “high” is not one" */
          g_set_error (ps->error, SP_ERROR, SP_ERROR_INVALID,
                       _("“%s” is a number, and “%s” at character %u is not one"),
                       e->field_label, value, value_pos);
          g_free (value);
          goto fail;
        }
      g_free (value);
      if (peek (ps)->kind == TOK_PIPE)
        {
          /* Translators: a filter expression's error */
          g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                       _("“|” (either value) is for text; for numbers, combine conditions with “or”"));
          goto fail;
        }
      return e;
    }

  if (e->op != OP_EQ && e->op != OP_NE && e->op != OP_CONTAINS)
    {
      /* Translators: a filter expression's error; %s is a text field such as location */
      g_set_error (ps->error, SP_ERROR, SP_ERROR_INVALID,
                   _("“%s” holds text: compare it with =, != or ~ (contains)"), e->field_label);
      g_free (value);
      goto fail;
    }
  e->values = g_ptr_array_new_with_free_func (g_free);
  e->shown = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      g_ptr_array_add (e->values, sp_text_fold (value));
      g_ptr_array_add (e->shown, value);
      if (peek (ps)->kind != TOK_PIPE)
        break;
      ps->at++;
      value_pos = peek (ps)->pos;
      if ((value = parse_value (ps)) == NULL)
        {
          /* Translators: a filter expression's error; %u is a character position */
          g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                       _("a value was expected after “|” at character %u"), value_pos);
          goto fail;
        }
    }
  return e;

fail:
  expr_free (e);
  return NULL;
}

static Expr *
parse_unary_nested (Parser *ps);

static Expr *
parse_unary (Parser *ps)
{
  Expr *e;

  if (++ps->depth > MAX_DEPTH || ps->filter->n_conditions >= MAX_CONDITIONS)
    {
      /* Translators: a filter expression's error */
      g_set_error (ps->error, SP_ERROR, SP_ERROR_LIMIT,
                   _("the expression is nested too deeply or has too many conditions (at most %u)"),
                   MAX_CONDITIONS);
      return NULL;
    }
  e = parse_unary_nested (ps);
  ps->depth--;
  return e;
}

static Expr *
parse_unary_nested (Parser *ps)
{
  Token *t = peek (ps);

  if (t->kind == TOK_NOT)
    {
      Expr *inner, *e;

      ps->at++;
      if ((inner = parse_unary (ps)) == NULL)
        return NULL;
      e = g_new0 (Expr, 1);
      e->kind = EXPR_NOT;
      e->a = inner;
      return e;
    }
  if (t->kind == TOK_LPAREN)
    {
      guint open = t->pos;
      Expr *e;

      ps->at++;
      if ((e = parse_or (ps)) == NULL)
        return NULL;
      if (peek (ps)->kind != TOK_RPAREN)
        {
          /* Translators: a filter expression's error; %u is a character position */
          g_set_error (ps->error, SP_ERROR, SP_ERROR_PARSE,
                       _("the parenthesis at character %u is not closed"), open);
          expr_free (e);
          return NULL;
        }
      ps->at++;
      return e;
    }
  return parse_condition (ps);
}

static Expr *
parse_binary (Parser  *ps,
              TokKind  op,
              ExprKind kind,
              Expr  *(*operand) (Parser *))
{
  Expr *left = operand (ps);

  while (left != NULL && peek (ps)->kind == op)
    {
      Expr *right, *e;

      ps->at++;
      if ((right = operand (ps)) == NULL)
        {
          expr_free (left);
          return NULL;
        }
      e = g_new0 (Expr, 1);
      e->kind = kind;
      e->a = left;
      e->b = right;
      left = e;
    }
  return left;
}

static Expr *
parse_and (Parser *ps)
{
  return parse_binary (ps, TOK_AND, EXPR_AND, parse_unary);
}

static Expr *
parse_or (Parser *ps)
{
  return parse_binary (ps, TOK_OR, EXPR_OR, parse_and);
}

SpFilter *
sp_filter_parse (const char *text,
                 SpNetwork  *network,
                 GError    **error)
{
  g_autoptr (GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  g_autoptr (SpFilter) filter = g_new0 (SpFilter, 1);
  Parser ps = { tokens, 0, network, filter, error };
  Token *t;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (network != NULL, NULL);

  g_array_set_clear_func (tokens, token_clear);
  if (!g_utf8_validate (text, -1, NULL))
    {
      /* Translators: a filter expression's error */
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE, _("the expression is not valid UTF-8 text"));
      return NULL;
    }
  if (!tokenize (text, tokens, error))
    return NULL;
  if (peek (&ps)->kind == TOK_END)
    {
      /* Translators: a filter expression's error */
      g_set_error (error, SP_ERROR, SP_ERROR_PARSE, _("the expression is empty"));
      return NULL;
    }
  if ((filter->root = parse_or (&ps)) == NULL)
    return NULL;
  t = peek (&ps);
  if (t->kind != TOK_END)
    {
      if (t->kind == TOK_RPAREN)
        /* Translators: a filter expression's error; %u is a character position */
        g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                     _("the parenthesis at character %u closes nothing"), t->pos);
      else
        /* Translators: a filter expression's error; %u is a character position */
        g_set_error (error, SP_ERROR, SP_ERROR_PARSE,
                     _("“and” or “or” was expected at character %u"), t->pos);
      return NULL;
    }
  return g_steal_pointer (&filter);
}

gboolean
sp_filter_uses_measures (const SpFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->uses_measures;
}

/* ---- evaluation ------------------------------------------------------ */

static const char *
text_value (const Expr *e,
            SpNetwork  *network,
            guint       node)
{
  const SpNode *n = sp_network_node (network, node);

  switch (e->field)
    {
    case FIELD_ATTRIBUTE:
      return e->attr->str != NULL ? e->attr->str[node] : NULL;
    case FIELD_DEPARTMENT:
      return n->department;
    case FIELD_ROLE:
      return n->role;
    case FIELD_NAME:
      return n->name != NULL ? n->name : n->id;
    case FIELD_ID:
      return n->id;
    case FIELD_MEASURE:
    default:
      return NULL;
    }
}

static gboolean
text_matches (const Expr *e,
              const char *value)
{
  g_autofree char *folded = sp_text_fold (value);
  gboolean any = FALSE;

  for (guint k = 0; k < e->values->len && !any; k++)
    {
      const char *want = g_ptr_array_index (e->values, k);

      any = e->op == OP_CONTAINS ? strstr (folded, want) != NULL : g_str_equal (folded, want);
    }
  return e->op == OP_NE ? !any : any;
}

/* @caches: one hash per condition (value pointer → 1 match, 2 no match),
 * or NULL to fold every time */
static gboolean
eval (const Expr  *e,
      SpNetwork   *network,
      SpMetrics   *metrics,
      guint        node,
      GHashTable **caches)
{
  switch (e->kind)
    {
    case EXPR_AND:
      return eval (e->a, network, metrics, node, caches) && eval (e->b, network, metrics, node, caches);
    case EXPR_OR:
      return eval (e->a, network, metrics, node, caches) || eval (e->b, network, metrics, node, caches);
    case EXPR_NOT:
      return !eval (e->a, network, metrics, node, caches);
    case EXPR_COND:
    default:
      break;
    }

  if (field_is_numeric (e))
    {
      double v;

      if (e->field == FIELD_MEASURE)
        v = metrics != NULL && node < sp_metrics_n_nodes (metrics)
          ? sp_metrics_column (metrics, e->column)[node] : NAN;
      else
        v = e->attr->num[node];
      if (isnan (v))
        return FALSE;
      switch (e->op)
        {
        case OP_EQ: return v == e->number;
        case OP_NE: return v != e->number;
        case OP_LT: return v < e->number;
        case OP_LE: return v <= e->number;
        case OP_GT: return v > e->number;
        case OP_GE: return v >= e->number;
        case OP_CONTAINS:
        default:    return FALSE;
        }
    }
  else
    {
      const char *value = text_value (e, network, node);
      gpointer hit;
      gboolean match;

      if (value == NULL || *value == '\0')
        return FALSE;
      /* names and ids are nearly all distinct: no cache for them */
      if (caches == NULL || e->field == FIELD_NAME || e->field == FIELD_ID)
        return text_matches (e, value);
      if ((hit = g_hash_table_lookup (caches[e->index], value)) != NULL)
        return GPOINTER_TO_INT (hit) == 1;
      match = text_matches (e, value);
      g_hash_table_insert (caches[e->index], (gpointer) value, GINT_TO_POINTER (match ? 1 : 2));
      return match;
    }
}

gboolean
sp_filter_matches (const SpFilter *self,
                   SpNetwork      *network,
                   SpMetrics      *metrics,
                   guint           node)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (node < sp_network_n_nodes (network), FALSE);

  if (sp_network_node (network, node)->kind != SP_NODE_PERSON)
    return TRUE;
  return eval (self->root, network, metrics, node, NULL);
}

guint
sp_filter_apply (const SpFilter *self,
                 SpNetwork      *network,
                 SpMetrics      *metrics,
                 gboolean       *visible)
{
  guint n = sp_network_n_nodes (network), matched = 0;
  g_autofree GHashTable **caches = NULL;
  g_autofree gboolean *client_tied = NULL;
  gboolean any_client = FALSE;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (visible != NULL, 0);

  caches = g_new0 (GHashTable *, MAX (self->n_conditions, 1));
  for (guint c = 0; c < self->n_conditions; c++)
    caches[c] = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < n; i++)
    {
      if (sp_network_node (network, i)->kind != SP_NODE_PERSON)
        {
          any_client = TRUE;
          continue;
        }
      if (eval (self->root, network, metrics, i, caches))
        matched++;
      else
        visible[i] = FALSE;
    }
  for (guint c = 0; c < self->n_conditions; c++)
    g_hash_table_unref (caches[c]);

  if (any_client)
    {
      /* a client stays when a person still shown holds it */
      client_tied = g_new0 (gboolean, n);
      for (guint t = 0; t < sp_network_n_ties (network); t++)
        {
          const SpTie *tie = sp_network_tie (network, t);
          gboolean sp = sp_network_node (network, tie->source)->kind == SP_NODE_PERSON;
          gboolean tp = sp_network_node (network, tie->target)->kind == SP_NODE_PERSON;

          if (sp && !tp && visible[tie->source])
            client_tied[tie->target] = TRUE;
          else if (tp && !sp && visible[tie->target])
            client_tied[tie->source] = TRUE;
        }
      for (guint i = 0; i < n; i++)
        if (sp_network_node (network, i)->kind != SP_NODE_PERSON && !client_tied[i])
          visible[i] = FALSE;
    }
  return matched;
}

/* ---- description ----------------------------------------------------- */

static void
describe (const Expr *e,
          GString    *out,
          ExprKind    parent)
{
  switch (e->kind)
    {
    case EXPR_AND:
    case EXPR_OR:
      {
        gboolean parens = e->kind == EXPR_OR && parent == EXPR_AND;

        if (parens)
          g_string_append_c (out, '(');
        describe (e->a, out, e->kind);
        /* Translators: joins two filter conditions: "performance ≥ 4 and location = Utrecht" */
        g_string_append_printf (out, " %s ", e->kind == EXPR_AND ? C_("filter", "and")
                                                                 /* Translators: joins two filter conditions */
                                                                 : C_("filter", "or"));
        describe (e->b, out, e->kind);
        if (parens)
          g_string_append_c (out, ')');
        return;
      }
    case EXPR_NOT:
      /* Translators: negates a filter condition: "not (office = Boston)" */
      g_string_append_printf (out, "%s (", C_("filter", "not"));
      describe (e->a, out, EXPR_NOT);
      g_string_append_c (out, ')');
      return;
    case EXPR_COND:
    default:
      break;
    }

  g_string_append_printf (out, "%s %s ", e->field_label, op_symbols[e->op]);
  if (e->values == NULL)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, sp_metrics_format_value (buf, e->number));
    }
  else
    for (guint k = 0; k < e->shown->len; k++)
      {
        const char *v = g_ptr_array_index (e->shown, k);

        if (k > 0)
          g_string_append_c (out, '|');
        g_string_append (out, v);
      }
}

char *
sp_filter_describe (const SpFilter *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);
  describe (self->root, out, EXPR_COND);
  return g_string_free (out, FALSE);
}
