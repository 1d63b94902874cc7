/* test-key-players.c — Borgatti's key players (sp-key-players.h) against
 * the brute-force optimum of make-fixtures.py (every set of K <= 3
 * people, networkx), a fragmentation worked out by hand, and the errors,
 * progress, cancelling and CSV of sp_key_players_compute(). */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "sp-graph.h"
#include "sp-key-players.h"
#include "fixture.h"

static gboolean *
mask_of_ids (SpNetwork  *net,
             const char *ids)
{
  g_auto (GStrv) list = NULL;
  gboolean *mask;

  if (ids == NULL || strcmp (ids, "-") == 0)
    return NULL;
  mask = g_new0 (gboolean, sp_network_n_nodes (net));
  list = g_strsplit (ids, ",", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      gint n = sp_network_find_node (net, list[i]);

      g_assert_cmpint (n, >=, 0);
      mask[n] = TRUE;
    }
  return mask;
}

static SpKeyPlayers *
compute (SpNetwork       *net,
         const gboolean  *types,
         const gboolean  *removed,
         SpKeyPlayerGoal  goal,
         guint            k)
{
  g_autoptr (GError) error = NULL;
  SpKeyPlayers *kp = sp_key_players_compute (net, types, removed, goal, k, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kp);
  g_assert_cmpuint (kp->players->len, ==, k);
  return kp;
}

/* Each row's value is the value of that person and those above it. */
static void
assert_running_values (SpNetwork          *net,
                       const gboolean     *types,
                       const gboolean     *removed,
                       const SpKeyPlayers *kp)
{
  g_autofree guint *nodes = g_new (guint, kp->players->len);

  for (guint r = 0; r < kp->players->len; r++)
    {
      const SpKeyPlayer *p = &g_array_index (kp->players, SpKeyPlayer, r);

      nodes[r] = p->node;
      g_assert_true (sp_network_node (net, p->node)->kind == SP_NODE_PERSON);
      g_assert_true (removed == NULL || !removed[p->node]);
      for (guint q = 0; q < r; q++)
        g_assert_cmpuint (nodes[q], !=, p->node);
      g_assert_cmpfloat (sp_key_players_value (net, types, removed, kp->goal, nodes, r + 1), ==, p->value);
    }
}

/* Every case of key-players.tsv: the search reaches at least 95 % of the
 * best set's value (on Zachary's karate club: the best value itself), and
 * the value of a best set is networkx's. */
static void
test_brute_force (void)
{
  g_autoptr (GPtrArray) cases = fixture_read_tsv ("cases.tsv");
  g_autoptr (GPtrArray) rows = fixture_read_tsv ("key-players.tsv");
  guint n_optimal = 0, n_karate = 0, n_karate_optimal = 0;

  g_assert_cmpuint (rows->len, >, 1);
  for (guint r = 1; r < rows->len; r++)
    {
      char **f = rows->pdata[r];
      char **c = NULL;
      SpKeyPlayerGoal goal = strcmp (f[1], "reach") == 0 ? SP_KEY_PLAYERS_REACH : SP_KEY_PLAYERS_FRAGMENT;
      guint k = (guint) g_ascii_strtoull (f[2], NULL, 10);
      double optimum = g_ascii_strtod (f[3], NULL);
      g_autoptr (SpNetwork) net = NULL;
      g_autofree gboolean *types = NULL;
      g_autofree gboolean *removed = NULL;
      g_autoptr (SpKeyPlayers) kp = NULL;
      g_autoptr (GError) error = NULL;
      g_auto (GStrv) best_sets = g_strsplit (f[5], ";", -1);
      g_auto (GStrv) best = g_strsplit (best_sets[0], ",", -1);
      g_autofree guint *best_nodes = g_new (guint, k);
      gboolean karate = g_str_has_prefix (f[0], "karate");
      gboolean optimal;
      double value;

      for (guint i = 0; i < cases->len && c == NULL; i++)
        if (strcmp (((char **) cases->pdata[i])[0], f[0]) == 0)
          c = cases->pdata[i];
      g_assert_nonnull (c);
      net = fixture_load_graph (c[1]);
      if (strcmp (c[2], "-") != 0)
        {
          types = sp_network_parse_tie_types (net, c[2], &error);
          g_assert_no_error (error);
        }
      removed = mask_of_ids (net, c[3]);

      /* the objective is networkx's */
      g_assert_cmpuint (g_strv_length (best), ==, k);
      for (guint i = 0; i < k; i++)
        {
          gint node = sp_network_find_node (net, best[i]);

          g_assert_cmpint (node, >=, 0);
          best_nodes[i] = node;
        }
      g_assert_true (fixture_close (sp_key_players_value (net, types, removed, goal, best_nodes, k),
                                    optimum, 1e-12));

      kp = compute (net, types, removed, goal, k);
      assert_running_values (net, types, removed, kp);
      value = g_array_index (kp->players, SpKeyPlayer, k - 1).value;
      g_assert_cmpfloat (value, <=, optimum + 1e-12);
      g_assert_cmpfloat (value, >=, 0.95 * optimum);
      /* swaps only improve */
      g_assert_cmpfloat (value, >=, kp->greedy_value);
      optimal = fabs (value - optimum) <= 1e-12;
      n_optimal += optimal;
      if (karate)
        {
          n_karate++;
          n_karate_optimal += optimal;
        }
      g_test_message ("%s %s K=%u: %.17g of %.17g (greedy %.17g, %u swaps)%s", f[0], f[1], k,
                      value, optimum, kp->greedy_value, kp->n_swaps, optimal ? "" : " not optimal");
    }
  g_test_message ("optimal in %u of %u cases; Zachary's karate club: %u of %u",
                  n_optimal, rows->len - 1, n_karate_optimal, n_karate);
  g_assert_cmpuint (n_karate_optimal, ==, n_karate);
}

/* Two triangles a-b-c and d-e-f joined by c-d, and g hanging from f:
 *
 *     a           e
 *     | \       / |
 *     |  c --- d  |
 *     | /       \ |
 *     b           f --- g
 *
 * Fragmentation F = 1 − Σ s(s − 1) / (n (n − 1)) over the components
 * of the n people left.  By hand:
 *   one person out, n = 6, n(n − 1) = 30:
 *     c: {a,b} {d,e,f,g}  Σ = 2 + 12 = 14   F = 16/30 = 0.5333…
 *     d: {a,b,c} {e,f,g}  Σ = 6 + 6 = 12    F = 18/30 = 0.6   (the best)
 *     f: {a,b,c,d,e} {g}  Σ = 20            F = 10/30 = 0.3333…
 *     a, b, e, g: one component of 6        F = 0
 *   two out, n = 5, n(n − 1) = 20:
 *     d then f (greedy): {a,b,c} {e} {g}    Σ = 6    F = 14/20 = 0.7
 *     (d with c, e or a: Σ = 8, F = 0.6; with b: 0.6; with g: 0.6)
 *     c, f: {a,b} {d,e} {g}                 Σ = 4    F = 16/20 = 0.8
 *     c, e: {a,b} {d} {f,g}                 Σ = 4    F = 0.8
 *   and no pair leaves Σ < 4, so 0.8 is the best: greedy reaches {d, f}
 *   (0.7), and the swap of d for c makes it {c, f} (0.8); listed as
 *   c (0.5333…, the better alone) then f (0.8).
 * Reach (K = 1): d reaches everyone else (c, e, f, then a, b, g): 6;
 *   c reaches a, b, d, e, f: 5. */
static SpNetwork *
two_triangles (void)
{
  SpNetwork *net = sp_network_new ();
  const char *ids = "abcdefg";
  const char *ties[] = { "ab", "ac", "bc", "cd", "de", "df", "ef", "fg" };

  for (const char *c = ids; *c != '\0'; c++)
    {
      char id[2] = { *c, '\0' };
      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ties); i++)
    sp_network_add_tie (net, ties[i][0] - 'a', ties[i][1] - 'a', 0, 1);
  return net;
}

static const char *
id_at (SpNetwork          *net,
       const SpKeyPlayers *kp,
       guint               rank)
{
  return sp_network_node (net, g_array_index (kp->players, SpKeyPlayer, rank).node)->id;
}

static void
test_hand_fragmentation (void)
{
  g_autoptr (SpNetwork) net = two_triangles ();
  g_autoptr (SpKeyPlayers) one = compute (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, 1);
  g_autoptr (SpKeyPlayers) two = compute (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, 2);
  g_autoptr (SpKeyPlayers) reach = compute (net, NULL, NULL, SP_KEY_PLAYERS_REACH, 1);
  const guint c = 2, f = 5;
  const guint cf[] = { c, f };
  gboolean removed[7] = { FALSE };

  g_assert_cmpfloat_with_epsilon (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, &c, 1),
                                  16.0 / 30, 1e-15);
  g_assert_cmpfloat_with_epsilon (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, &f, 1),
                                  10.0 / 30, 1e-15);
  g_assert_cmpfloat_with_epsilon (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, cf, 2),
                                  0.8, 1e-15);
  g_assert_cmpfloat (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, NULL, 0), ==, 0);

  g_assert_cmpstr (id_at (net, one, 0), ==, "d");
  g_assert_cmpfloat_with_epsilon (g_array_index (one->players, SpKeyPlayer, 0).value, 0.6, 1e-15);
  g_assert_cmpuint (one->n_swaps, ==, 0);

  g_assert_cmpfloat_with_epsilon (two->greedy_value, 0.7, 1e-15);
  g_assert_cmpuint (two->n_swaps, ==, 1);
  g_assert_cmpstr (id_at (net, two, 0), ==, "c");
  g_assert_cmpstr (id_at (net, two, 1), ==, "f");
  g_assert_cmpfloat_with_epsilon (g_array_index (two->players, SpKeyPlayer, 0).value, 16.0 / 30, 1e-15);
  g_assert_cmpfloat_with_epsilon (g_array_index (two->players, SpKeyPlayer, 1).value, 0.8, 1e-15);
  assert_running_values (net, NULL, NULL, two);

  g_assert_cmpstr (id_at (net, reach, 0), ==, "d");
  g_assert_cmpfloat (g_array_index (reach->players, SpKeyPlayer, 0).value, ==, 6);
  g_assert_cmpfloat (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_REACH, &c, 1), ==, 5);

  /* what-if: with d gone, c alone holds a and b to the rest: f, then
   * taking out c leaves {a,b} {e} {g} */
  removed[3] = TRUE;
  {
    g_autoptr (SpKeyPlayers) w = compute (net, NULL, removed, SP_KEY_PLAYERS_FRAGMENT, 1);

    /* without d: {a,b,c} {e,f,g}; c out: {a,b} {e,f,g}: Σ = 8 of 20;
     * f out: {a,b,c} {e} {g}: Σ = 6 of 20, the best */
    g_assert_cmpstr (id_at (net, w, 0), ==, "f");
    g_assert_cmpfloat_with_epsilon (g_array_index (w->players, SpKeyPlayer, 0).value, 0.7, 1e-15);
  }

  /* everyone but one taken out: nobody left to reach anybody */
  {
    g_autoptr (SpKeyPlayers) all = compute (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, 6);

    g_assert_cmpfloat (g_array_index (all->players, SpKeyPlayer, 5).value, ==, 1);
  }
}

/* Reach follows the ties' direction; equal values go to the first
 * person in the network's order. */
static void
test_directed_reach (void)
{
  g_autoptr (SpNetwork) net = sp_network_new ();
  g_autoptr (SpKeyPlayers) kp = NULL;
  const guint d = 3;

  net->directed = TRUE;
  for (guint i = 0; i < 5; i++)
    {
      char id[2] = { (char) ('a' + i), '\0' };
      sp_network_add_node (net, id, SP_NODE_PERSON, NULL);
    }
  /* a -> b -> c -> d -> e: a, b and c each reach two */
  for (guint i = 0; i + 1 < 5; i++)
    sp_network_add_tie (net, i, i + 1, 0, 1);
  kp = compute (net, NULL, NULL, SP_KEY_PLAYERS_REACH, 1);
  g_assert_cmpstr (id_at (net, kp, 0), ==, "a");
  g_assert_cmpfloat (g_array_index (kp->players, SpKeyPlayer, 0).value, ==, 2);
  g_assert_cmpfloat (sp_key_players_value (net, NULL, NULL, SP_KEY_PLAYERS_REACH, &d, 1), ==, 1);
  g_clear_pointer (&kp, sp_key_players_free);

  /* two: after a (b, c), c and d each add two (d and e), c first; a
   * and c then reach b, d and e, as many as two people can */
  kp = compute (net, NULL, NULL, SP_KEY_PLAYERS_REACH, 2);
  g_assert_cmpstr (id_at (net, kp, 0), ==, "a");
  g_assert_cmpstr (id_at (net, kp, 1), ==, "c");
  g_assert_cmpfloat (g_array_index (kp->players, SpKeyPlayer, 1).value, ==, 3);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
cancel_now (double   fraction,
            gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_errors_progress_cancel (void)
{
  g_autoptr (SpNetwork) net = fixture_load_graph ("karate");
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (SpKeyPlayers) kp = NULL;
  g_autoptr (SpNetwork) lone = sp_network_new ();
  gboolean removed[34] = { FALSE };

  for (guint goal = 0; goal < 2; goal++)
    {
      kp = sp_key_players_compute (net, NULL, NULL, goal, 0, NULL, NULL, NULL, &error);
      g_assert_null (kp);
      g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "from 1 to 33"));
      g_clear_error (&error);
      kp = sp_key_players_compute (net, NULL, NULL, goal, 34, NULL, NULL, NULL, &error);
      g_assert_null (kp);
      g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
      g_clear_error (&error);
      /* what-if removals count: 32 people left */
      removed[0] = removed[33] = TRUE;
      kp = sp_key_players_compute (net, NULL, removed, goal, 32, NULL, NULL, NULL, &error);
      g_assert_null (kp);
      g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "from 1 to 31"));
      g_clear_error (&error);
      removed[0] = removed[33] = FALSE;
    }
  sp_network_add_node (lone, "x", SP_NODE_PERSON, NULL);
  kp = sp_key_players_compute (lone, NULL, NULL, SP_KEY_PLAYERS_REACH, 1, NULL, NULL, NULL, &error);
  g_assert_null (kp);
  g_assert_error (error, SP_ERROR, SP_ERROR_INVALID);
  g_clear_error (&error);

  for (guint goal = 0; goal < 2; goal++)
    {
      g_array_set_size (seen, 0);
      kp = sp_key_players_compute (net, NULL, NULL, goal, 5, record_progress, seen, NULL, &error);
      g_assert_no_error (error);
      g_clear_pointer (&kp, sp_key_players_free);
      g_assert_cmpuint (seen->len, >=, 3);
      g_assert_cmpfloat (g_array_index (seen, double, 0), ==, 0.0);
      g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
      for (guint i = 1; i < seen->len; i++)
        g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));

      g_cancellable_reset (cancellable);
      kp = sp_key_players_compute (net, NULL, NULL, goal, 5, cancel_now, cancellable, cancellable, &error);
      g_assert_null (kp);
      g_assert_error (error, SP_ERROR, SP_ERROR_CANCELLED);
      g_clear_error (&error);
    }
}

static void
test_csv (void)
{
  g_autoptr (SpNetwork) net = two_triangles ();
  g_autoptr (SpKeyPlayers) kp = compute (net, NULL, NULL, SP_KEY_PLAYERS_FRAGMENT, 2);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sp-key-players-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "kp.csv", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  sp_network_node (net, 2)->name = sp_network_intern (net, "=Chen, \"C\"");
  g_assert_true (sp_key_players_write_csv (net, kp, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==,
                   "rank,id,name,value\n"
                   "1,c,\"'=Chen, \"\"C\"\"\",0.5333333333333333\n"
                   "2,f,,0.8\n");
  g_assert_false (sp_key_players_write_csv (net, kp, "/nonexistent/dir/kp.csv", &error));
  g_assert_error (error, SP_ERROR, SP_ERROR_IO);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/key-players/brute-force", test_brute_force);
  g_test_add_func ("/key-players/hand-fragmentation", test_hand_fragmentation);
  g_test_add_func ("/key-players/directed-reach", test_directed_reach);
  g_test_add_func ("/key-players/errors-progress-cancel", test_errors_progress_cancel);
  g_test_add_func ("/key-players/csv", test_csv);
  return g_test_run ();
}
