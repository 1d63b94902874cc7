/* test-text.c — folding names and queries, and matching them */
#include "sp-text.h"

static void
assert_fold (const char *text,
             const char *expected)
{
  g_autofree char *folded = sp_text_fold (text);

  g_assert_cmpstr (folded, ==, expected);
}

static SpTextMatch
match (const char *name,
       const char *query)
{
  g_autofree char *n = sp_text_fold (name);
  g_autofree char *q = sp_text_fold (query);

  return sp_text_match (n, q);
}

static void
test_fold_accents (void)
{
  assert_fold ("Öztürk", "ozturk");
  assert_fold ("Lucía Vermeulen", "lucia vermeulen");
  assert_fold ("Ángel Muñoz", "angel munoz");
  assert_fold ("François Škoda", "francois skoda");
  assert_fold ("Nguyễn Thị", "nguyen thi");
  /* decomposed input (as some file systems and macOS write it) */
  assert_fold ("O\xcc\x88zturk", "ozturk");
  assert_fold ("İpek", "ipek");
}

static void
test_fold_letters (void)
{
  assert_fold ("Søren Løkke", "soren lokke");
  assert_fold ("Łukasz Wałęsa", "lukasz walesa");
  assert_fold ("Straße", "strasse");
  assert_fold ("Ægir Bjørnæs", "aegir bjornaes");
  assert_fold ("Cœur", "coeur");
  assert_fold ("Đorđe", "dorde");
  assert_fold ("Işık", "isik");
  assert_fold ("ĳsbrand", "ijsbrand");
  assert_fold ("Þór", "thor");
}

static void
test_fold_space (void)
{
  assert_fold ("  van   der\tLinden ", "van der linden");
  assert_fold ("", "");
  assert_fold ("   ", "");
  /* invalid UTF-8 is repaired, not refused */
  {
    g_autofree char *folded = sp_text_fold ("Ab\xff" "c");

    g_assert_true (g_utf8_validate (folded, -1, NULL));
  }
}

static void
test_match_accents_both_ways (void)
{
  g_assert_cmpint (match ("Sophie Öztürk", "ozturk"), ==, SP_TEXT_MATCH_WORD);
  g_assert_cmpint (match ("Sophie Ozturk", "Öztürk"), ==, SP_TEXT_MATCH_WORD);
  g_assert_cmpint (match ("Lucía Vermeulen", "Lucia Verm"), ==, SP_TEXT_MATCH_START);
  g_assert_cmpint (match ("Lucia Vermeulen", "lucía"), ==, SP_TEXT_MATCH_START);
  g_assert_cmpint (match ("Søren Løkke", "soren"), ==, SP_TEXT_MATCH_START);
}

static void
test_match_words (void)
{
  g_assert_cmpint (match ("Lucía Vermeulen", "verm lucia"), ==, SP_TEXT_MATCH_WORDS);
  g_assert_cmpint (match ("Jan-Willem de Vries", "willem"), ==, SP_TEXT_MATCH_WORD);
  g_assert_cmpint (match ("Jan-Willem de Vries", "jan vries"), ==, SP_TEXT_MATCH_WORDS);
  g_assert_cmpint (match ("Anna van der Linden", "van der"), ==, SP_TEXT_MATCH_WORD);
  g_assert_cmpint (match ("Anna van der Linden", "linden"), ==, SP_TEXT_MATCH_WORD);
  g_assert_cmpint (match ("Anna Vanderlinden", "linden"), ==, SP_TEXT_MATCH_INSIDE);
  g_assert_cmpint (match ("Daan Bakker", "aan"), ==, SP_TEXT_MATCH_INSIDE);
}

static void
test_match_negatives (void)
{
  g_assert_cmpint (match ("Lucía Vermeulen", "lucia vermeer"), ==, SP_TEXT_MATCH_NONE);
  g_assert_cmpint (match ("Lucía Nowak", "lucia verm"), ==, SP_TEXT_MATCH_NONE);
  g_assert_cmpint (match ("Sophie Öztürk", "oztruk"), ==, SP_TEXT_MATCH_NONE);
  /* every word must begin a word: "ia" and "ul" are only inside them */
  g_assert_cmpint (match ("Lucía Vermeulen", "ia ul"), ==, SP_TEXT_MATCH_NONE);
  g_assert_cmpint (match ("Anna van der Linden", "der van x"), ==, SP_TEXT_MATCH_NONE);
  g_assert_cmpint (match ("Anna", ""), ==, SP_TEXT_MATCH_NONE);
  g_assert_cmpint (match ("Anna", "   "), ==, SP_TEXT_MATCH_NONE);
}

/* Client lists read as people count: 2, 13, 124 */
static void
test_natural_order (void)
{
  g_assert_cmpint (sp_text_compare_natural ("Client 13", "Client 124"), <, 0);
  g_assert_cmpint (sp_text_compare_natural ("Client 124", "Client 13"), >, 0);
  g_assert_cmpint (sp_text_compare_natural ("Client 2", "Client 13"), <, 0);
  g_assert_cmpint (sp_text_compare_natural ("Aurora Hydrogen", "Brabant Agri"), <, 0);
  g_assert_cmpint (sp_text_compare_natural ("Team 7", "Team 7"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold/accents", test_fold_accents);
  g_test_add_func ("/text/fold/letters-without-marks", test_fold_letters);
  g_test_add_func ("/text/fold/white-space", test_fold_space);
  g_test_add_func ("/text/match/accents-both-ways", test_match_accents_both_ways);
  g_test_add_func ("/text/match/words-in-any-order", test_match_words);
  g_test_add_func ("/text/match/negatives", test_match_negatives);

  g_test_add_func ("/text/natural-order", test_natural_order);
  return g_test_run ();
}
