/* fuzz-common.h — what every importer fuzz target checks
 *
 * An importer must return a network or an error, never both or neither;
 * the error is "NAME:LINE: message" in SP_ERROR, in valid UTF-8 (it is
 * shown in the window, through Pango); every string in a network is
 * valid UTF-8 and every index is in range.  A broken rule aborts, and
 * libFuzzer keeps the input.
 */
#pragma once

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "sp-import.h"

/* abort (), which libFuzzer catches and keeps the input of; g_error ()
 * raises SIGTRAP, which it does not */
#define fuzz_fail(...) \
  G_STMT_START { \
    g_printerr ("fuzz check failed: "); \
    g_printerr (__VA_ARGS__); \
    g_printerr ("\n"); \
    abort (); \
  } G_STMT_END

int LLVMFuzzerInitialize   (int       *argc,
                            char    ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static inline void
fuzz_check_utf8 (const char *s,
                 const char *what)
{
  if (s != NULL && !g_utf8_validate (s, -1, NULL))
    fuzz_fail ("invalid UTF-8 in %s", what);
}

static inline void
fuzz_check_network (SpNetwork *net)
{
  guint n = sp_network_n_nodes (net);

  fuzz_check_utf8 (net->title, "the title");
  for (guint i = 0; i < n; i++)
    {
      SpNode *node = sp_network_node (net, i);

      if (node->id == NULL || *node->id == '\0')
        fuzz_fail ("node %u without an id", i);
      if (sp_network_find_node (net, node->id) != (gint) i)
        fuzz_fail ("node %u is not found by its id", i);
      fuzz_check_utf8 (node->id, "an id");
      fuzz_check_utf8 (node->name, "a name");
      fuzz_check_utf8 (node->department, "a department");
      fuzz_check_utf8 (node->role, "a role");
      fuzz_check_utf8 (node->manager, "a manager");
      if (node->kind != SP_NODE_PERSON && node->kind != SP_NODE_CLIENT)
        fuzz_fail ("node %u of kind %d", i, node->kind);
    }
  for (guint t = 0; t < sp_network_n_ties (net); t++)
    {
      SpTie *tie = sp_network_tie (net, t);

      if (tie->source >= n || tie->target >= n || tie->type >= net->tie_types->len)
        fuzz_fail ("tie %u out of range", t);
    }
  for (guint k = 0; k < net->tie_types->len; k++)
    fuzz_check_utf8 (g_ptr_array_index (net->tie_types, k), "a tie type");
  for (guint a = 0; a < net->attributes->len; a++)
    {
      SpAttribute *attr = g_ptr_array_index (net->attributes, a);

      fuzz_check_utf8 (attr->name, "an attribute name");
      for (guint i = 0; i < n && attr->type == SP_ATTR_CATEGORICAL; i++)
        fuzz_check_utf8 (attr->str[i], "an attribute value");
    }
  if (net->has_layout && (net->x == NULL || net->y == NULL))
    fuzz_fail ("a layout without positions");
}

static inline int
fuzz_import (const uint8_t *data,
             size_t         size,
             SpFormat       format,
             const char    *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (SpNetwork) net = sp_import_data ((const char *) data, size, format, name, &error);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  if ((net == NULL) == (error == NULL))
    fuzz_fail ("a network and an error, or neither");
  if (error != NULL)
    {
      if (error->domain != SP_ERROR)
        fuzz_fail ("error outside SP_ERROR: %s", error->message);
      if (!g_utf8_validate (error->message, -1, NULL))
        fuzz_fail ("error message in invalid UTF-8");
      if (!g_str_has_prefix (error->message, prefix))
        fuzz_fail ("error message without the file name: %s", error->message);
    }
  else
    fuzz_check_network (net);
  return 0;
}

static inline void
fuzz_log (const char     *domain,
          GLogLevelFlags  level,
          const char     *message,
          gpointer        user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    fuzz_fail ("%s: %s", domain != NULL ? domain : "", message);
}

static inline void
fuzz_init (void)
{
  /* a critical (a g_return_if_fail) or a warning is a bug too */
  g_log_set_default_handler (fuzz_log, NULL);
}
