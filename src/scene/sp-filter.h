/* sp-filter.h — which people a view shows: a small expression language.
 *
 *   performance >= 4 and location = Utrecht
 *   tenure < 1, degree > 10
 *   office = Boston|Hartford or not (practice = litigation)
 *   name ~ "de vries"
 *
 * A condition is FIELD OP VALUE.  A field is an attribute of the data
 * (matched without regard to case or accents), a measure by its metrics
 * CSV name (degree, betweenness, constraint, …), or one of department,
 * role, name, id.  Operators: = != (also ≠), < <= > >= (also ≤ ≥) for
 * numbers, = != and ~ (contains) for text; text compares without regard
 * to case or accents, and "a|b" after = or != means either value.
 * Conditions combine with "and" (also "," and "&"), "or", "not" and
 * parentheses; "and" binds before "or" ("&" between two letters, as in
 * R&D, is part of the name).  A value holding a space, a
 * comma or a keyword can be quoted ("Research and Development"); an
 * unquoted value may hold spaces (location = Den Haag).
 *
 * A person without a value for a field matches no condition on it (not
 * even !=), so that "performance < 3" never lists the people nobody
 * scored.  Clients are not filtered: they are shown when a person tied to
 * them is.
 *
 * The filter picks whom to show; it does not change the network, so a
 * person's measures stay those of the whole organisation (unlike a
 * what-if).  What a view measures over the people it shows (hull E-I, the
 * tables) is measured among them, as for hidden departments.
 *
 * No GTK here.
 */
#pragma once

#include "sp-network.h"
#include "sp-metrics.h"

G_BEGIN_DECLS

typedef struct _SpFilter SpFilter;

/* Parses @text against the fields of @network.  On an error (SP_ERROR_PARSE,
 * SP_ERROR_INVALID) the message says what is wrong and where, without a
 * prefix ("unknown field “lokatie” (fields: …)"). */
SpFilter   *sp_filter_parse          (const char     *text,
                                      SpNetwork      *network,
                                      GError        **error);
void        sp_filter_free           (SpFilter       *self);
/* Whether a condition reads a measure (the caller then passes metrics). */
gboolean    sp_filter_uses_measures  (const SpFilter *self);
/* Whether person @node matches; @metrics may be NULL when the filter uses
 * no measure (a measure condition then matches no one). */
gboolean    sp_filter_matches        (const SpFilter *self,
                                      SpNetwork      *network,
                                      SpMetrics      *metrics,
                                      guint           node);
/* Clears @visible[i] for every person who does not match, and for every
 * client tied to no visible person; returns how many people match. */
guint       sp_filter_apply          (const SpFilter *self,
                                      SpNetwork      *network,
                                      SpMetrics      *metrics,
                                      gboolean       *visible);
/* The filter as a reader expects it: the fields as the data names them,
 * ≥ ≤ ≠ for the operators ("performance ≥ 4 and location = Utrecht"). */
char       *sp_filter_describe       (const SpFilter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpFilter, sp_filter_free)

G_END_DECLS
