/* sp-text.c — matching what a user types against names (see sp-text.h).
 */
#define G_LOG_DOMAIN "sp-text"

#include "sp-text.h"

#include <string.h>

/* Letters that do not decompose into a base letter and a mark, as they
 * are typed without them; after case folding, so lower case only. */
static const char *
plain_letters (gunichar c)
{
  switch (c)
    {
    case 0x00F8: return "o";   /* ø */
    case 0x0142: return "l";   /* ł */
    case 0x0111: return "d";   /* đ */
    case 0x00F0: return "d";   /* ð */
    case 0x0131: return "i";   /* ı */
    case 0x0127: return "h";   /* ħ */
    case 0x0167: return "t";   /* ŧ */
    case 0x00E6: return "ae";  /* æ */
    case 0x0153: return "oe";  /* œ */
    case 0x00DF: return "ss";  /* ß (case folding already does) */
    case 0x0133: return "ij";  /* ĳ (NFKD already does) */
    case 0x00FE: return "th";  /* þ */
    default:     return NULL;
    }
}

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_combining_class (c) != 0
      || type == G_UNICODE_NON_SPACING_MARK
      || type == G_UNICODE_ENCLOSING_MARK;
}

char *
sp_text_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  folded = g_utf8_casefold (valid, -1);
  /* compatibility decomposition: also ligatures (ﬁ, ĳ) and wide forms */
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *plain;

      if (is_mark (c))
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      plain = plain_letters (c);
      if (plain != NULL)
        g_string_append (out, plain);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Whether @p (inside @s) begins a word: the string's start, or after a
 * character that is no letter or digit ("willem" in "jan-willem"). */
static gboolean
is_word_start (const char *s,
               const char *p)
{
  if (p == s)
    return TRUE;
  return !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (s, p)));
}

/* Whether @needle occurs in @hay where a word begins. */
static gboolean
find_at_word_start (const char *hay,
                    const char *needle)
{
  for (const char *p = hay; (p = strstr (p, needle)) != NULL; p++)
    if (is_word_start (hay, p))
      return TRUE;
  return FALSE;
}

SpTextMatch
sp_text_match (const char *name,
               const char *query)
{
  g_auto (GStrv) words = NULL;
  gboolean all_words = TRUE;
  guint n_words = 0;

  g_return_val_if_fail (name != NULL && query != NULL, SP_TEXT_MATCH_NONE);

  if (query[0] == '\0')
    return SP_TEXT_MATCH_NONE;
  if (g_str_has_prefix (name, query))
    return SP_TEXT_MATCH_START;
  if (find_at_word_start (name, query))
    return SP_TEXT_MATCH_WORD;

  words = g_strsplit (query, " ", -1);
  for (guint i = 0; words[i] != NULL && all_words; i++)
    if (words[i][0] != '\0')
      {
        all_words = find_at_word_start (name, words[i]);
        n_words++;
      }
  if (all_words && n_words > 1)
    return SP_TEXT_MATCH_WORDS;
  if (strstr (name, query) != NULL)
    return SP_TEXT_MATCH_INSIDE;
  return SP_TEXT_MATCH_NONE;
}

int
sp_text_compare_natural (const char *a,
                         const char *b)
{
  g_autofree char *ka = g_utf8_collate_key_for_filename (a != NULL ? a : "", -1);
  g_autofree char *kb = g_utf8_collate_key_for_filename (b != NULL ? b : "", -1);

  return strcmp (ka, kb);
}
