/* sp-text.h — matching what a user types against names.
 *
 * A name and a query are both folded (sp_text_fold()): accents and case
 * do not count, and letters that carry no accent to drop but are commonly
 * typed without their stroke or as two letters (ø, ł, đ, ı, æ, œ, ß, ĳ,
 * þ) are written as they are typed on a plain keyboard.  So "ozturk"
 * finds "Öztürk" and "Öztürk" finds "Ozturk".
 *
 * No GTK here.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How well a folded query matches a folded name, best first. */
typedef enum {
  SP_TEXT_MATCH_NONE = -1,
  SP_TEXT_MATCH_START = 0,  /* the name begins with the query */
  SP_TEXT_MATCH_WORD,       /* the query begins at a word of the name */
  SP_TEXT_MATCH_WORDS,      /* every word of the query begins a word of the
                             * name, in any order ("verm lucia") */
  SP_TEXT_MATCH_INSIDE,     /* the query is inside a word ("linden" in
                             * "Vanderlinden") */
} SpTextMatch;

/* @text without accents, in case-folded form, its runs of white space one
 * space, none at either end; invalid UTF-8 is repaired first.  Free it. */
char        *sp_text_fold  (const char *text);
/* Whether (and how well) @query matches @name, both folded with
 * sp_text_fold(); an empty query matches nothing. */
SpTextMatch  sp_text_match (const char *name,
                            const char *query);

/* Orders names as people do: numbers by value ("Client 13" before
 * "Client 124"), then by the locale's collation. */
int          sp_text_compare_natural (const char *a,
                                      const char *b);

G_END_DECLS
