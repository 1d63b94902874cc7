/* sp-key-players.h — Borgatti's key player problem (Computational and
 * Mathematical Organization Theory 12, 2006), for "whom to involve first"
 * and "whose departure would fragment the organisation".
 *
 * Both run on the person–person graph of sp-graph.h (clients left out,
 * one tie type selection, what-if removals taken out first); n is the
 * number of people in that graph.
 *
 * - SP_KEY_PLAYERS_REACH (KPP-Pos, --key-players): the set's reach is the
 *   number of people outside the set at distance at most two from some
 *   member, along the ties' direction on directed data (Borgatti's
 *   m-reach with m = 2, as a count).  The set maximises it.
 * - SP_KEY_PLAYERS_FRAGMENT (KPP-Neg, --fragmenters): the fragmentation
 *   of the n − K people left when the set is taken out, on the undirected
 *   graph: F = 1 − Σ s(s − 1) / (n' (n' − 1)) over the sizes s of the
 *   components of the n' people left (1 when fewer than two are left): the
 *   share of the pairs of those left who can no longer reach each other.
 *   The set maximises it.
 *
 * The search is Borgatti's: from a starting set, swaps of a member for a
 * non-member, the best swap first, as long as one strictly improves the
 * set; and, as he advises, from several starting sets, keeping the best
 * result: the greedy set (each time the person who raises the value
 * most), the K people with the most contacts, and random sets from a
 * fixed seed (SP_KEY_PLAYERS_*_RANDOM_STARTS, fewer on large networks).  Equal values go to the
 * person first in the network's order, and equal sets to the earlier
 * start, so the result is the same on every run.  Both values are
 * compared as whole numbers (people covered; Σ s(s − 1)), never as
 * rounded fractions.
 *
 * The set is then listed in the order the greedy step would take its own
 * members: first the member with the highest value alone, then the one
 * that adds most to it, and so on; each row's value is the value of the
 * set of that person and those above, so the last row's value is the
 * whole set's.  When the greedy set is kept unchanged this is the greedy
 * order itself.
 *
 * No GTK here.
 */
#pragma once

#include <gio/gio.h>

#include "sp-network.h"

G_BEGIN_DECLS

/* The searches begun besides the greedy set's and the hubs': random
 * sets, from a fixed seed, at most this many.  Reach, a coverage, is one
 * the greedy set nearly always holds best (and one start costs many walks
 * of two-step neighbourhoods); fragmentation has wide plateaus (most sets
 * cut no one off) where swaps stop early, and a start there costs little.
 * On large networks fewer, down to one: as many as about
 * SP_KEY_PLAYERS_WORK steps allow (a few seconds), counted from the size
 * of the network and K alone. */
#define SP_KEY_PLAYERS_REACH_RANDOM_STARTS 4
#define SP_KEY_PLAYERS_FRAGMENT_RANDOM_STARTS 40
#define SP_KEY_PLAYERS_WORK 2e8
#define SP_KEY_PLAYERS_SEED 2006

typedef enum {
  SP_KEY_PLAYERS_REACH,     /* KPP-Pos: reach within two steps */
  SP_KEY_PLAYERS_FRAGMENT,  /* KPP-Neg: fragmentation when taken out */
} SpKeyPlayerGoal;

typedef struct {
  guint  node;   /* network node index */
  double value;  /* the value of the set of this person and those listed above */
} SpKeyPlayer;

typedef struct {
  SpKeyPlayerGoal goal;
  GArray         *players;       /* SpKeyPlayer, in the order above */
  guint           n_people;      /* people in the graph */
  double          greedy_value;  /* the greedy set's value, before its swaps */
  guint           n_swaps;       /* swaps that improved the greedy set */
  guint           start;         /* the start the set comes from (0: the greedy set) */
} SpKeyPlayers;

/* Whether @k people can be chosen from the people of @net without
 * @removed: 1 <= @k < n.  Sets SP_ERROR_INVALID (the message
 * sp_key_players_compute() gives) when not. */
gboolean      sp_key_players_check_k   (SpNetwork       *net,
                                        const gboolean  *removed,
                                        guint            k,
                                        GError         **error);

/* The @k key players of @net for @goal.  @tie_type_mask has one entry per
 * tie type (NULL: all), @removed one per node (NULL: none).  Fails with
 * SP_ERROR_INVALID unless 1 <= @k < n, with SP_ERROR_CANCELLED when
 * @cancellable fires.  @progress (may be NULL) is called from the calling
 * thread only. */
SpKeyPlayers *sp_key_players_compute   (SpNetwork       *net,
                                        const gboolean  *tie_type_mask,
                                        const gboolean  *removed,
                                        SpKeyPlayerGoal  goal,
                                        guint            k,
                                        SpProgressFunc   progress,
                                        gpointer         user_data,
                                        GCancellable    *cancellable,
                                        GError         **error);

void          sp_key_players_free      (SpKeyPlayers    *players);

/* The value for @goal of the set of the @n_nodes network nodes @nodes
 * (people in the graph, each once), as defined above. */
double        sp_key_players_value     (SpNetwork       *net,
                                        const gboolean  *tie_type_mask,
                                        const gboolean  *removed,
                                        SpKeyPlayerGoal  goal,
                                        const guint     *nodes,
                                        guint            n_nodes);

/* Writes rank,id,name,value, a row per member in the order above,
 * atomically; @path "-" is stdout. */
gboolean      sp_key_players_write_csv (SpNetwork           *net,
                                        const SpKeyPlayers  *players,
                                        const char          *path,
                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SpKeyPlayers, sp_key_players_free)

G_END_DECLS
