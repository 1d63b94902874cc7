/* io-test-util.h — helpers for the importer tests */
#pragma once

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include "sp-import.h"

/* A file under tests/io/data, found through G_TEST_SRCDIR (tests/). */
static inline char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "io", "data", name, NULL);
}

static inline SpNetwork *
load_ok (const char            *name,
         const SpImportOptions *options)
{
  g_autofree char *path = data_path (name);
  g_autoptr (GError) error = NULL;
  SpNetwork *net = sp_import_file (path, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (net);
  g_assert_cmpstr (net->source_path, ==, path);
  return net;
}

/* Loads @name, expecting exactly "@file_name:@line: @message" (@file_name
 * is the data file the message is about, NULL for @name itself). */
static inline void
assert_error_full (const char            *name,
                   const SpImportOptions *options,
                   const char            *file_name,
                   int                    line,
                   const char            *message)
{
  g_autofree char *path = data_path (name);
  g_autofree char *file = data_path (file_name != NULL ? file_name : name);
  g_autofree char *expected = g_strdup_printf ("%s:%d: %s", file, line, message);
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_file (path, options, &error);

  g_assert_null (net);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SP_ERROR);
  g_assert_cmpstr (error->message, ==, expected);
}

static inline void
assert_error (const char *name,
              int         line,
              const char *message)
{
  assert_error_full (name, NULL, NULL, line, message);
}

static inline guint
find (SpNetwork  *net,
      const char *id)
{
  gint i = sp_network_find_node (net, id);

  g_assert_cmpint (i, >=, 0);
  return (guint) i;
}

static inline const char *
type_name (SpNetwork *net,
           SpTie     *tie)
{
  return g_ptr_array_index (net->tie_types, tie->type);
}

/* Every node has a finite position, and no two share one. */
static inline void
assert_positions_distinct (SpNetwork *net)
{
  g_assert_true (net->has_layout);
  g_assert_nonnull (net->x);
  for (guint i = 0; i < sp_network_n_nodes (net); i++)
    {
      g_assert_true (isfinite (net->x[i]) && isfinite (net->y[i]));
      for (guint j = 0; j < i; j++)
        g_assert_false (hypot (net->x[i] - net->x[j], net->y[i] - net->y[j]) < 1.0);
    }
}

/* How many ties @node is an end of (a self-tie twice). */
static inline guint
tie_degree (SpNetwork *net,
            guint      node)
{
  guint d = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    d += (sp_network_tie (net, t)->source == node) + (sp_network_tie (net, t)->target == node);
  return d;
}

/* How many ties are of the type named @type. */
static inline guint
n_ties_of_type (SpNetwork  *net,
                const char *type)
{
  guint n = 0;

  for (guint t = 0; t < sp_network_n_ties (net); t++)
    n += g_strcmp0 (type_name (net, sp_network_tie (net, t)), type) == 0;
  return n;
}

/* The two people of the Dutch-keys samples (afdeling, naam, functie):
 * Anna de Vries, Financiën, Controller; Bram Öztürk, Verkoop. */
static inline void
assert_dutch_people (SpNetwork *net)
{
  g_assert_nonnull (net);
  g_assert_cmpuint (sp_network_n_nodes (net), ==, 2);
  g_assert_cmpstr (sp_network_node (net, 0)->name, ==, "Anna de Vries");
  g_assert_cmpstr (sp_network_node (net, 0)->department, ==, "Financiën");
  g_assert_cmpstr (sp_network_node (net, 0)->role, ==, "Controller");
  g_assert_cmpstr (sp_network_node (net, 1)->department, ==, "Verkoop");
  g_assert_null (sp_network_find_attribute (net, "afdeling"));
  g_assert_null (sp_network_find_attribute (net, "Afdeling"));
}
