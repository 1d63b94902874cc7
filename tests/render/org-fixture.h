/* org-fixture.h — a small organisation with talent scores, laid out,
 * shared by the quadrant and scene tests. */
#pragma once

#include "sp-network.h"
#include "sp-layout.h"

static void
add_person (SpNetwork  *net,
            const char *id,
            const char *dept,
            double      perf,
            double      pot,
            double      eng)
{
  gint n = sp_network_add_node (net, id, SP_NODE_PERSON, NULL);

  sp_network_node (net, n)->department = sp_network_intern (net, dept);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "performance", SP_ATTR_NUMERIC), n, perf);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "potential", SP_ATTR_NUMERIC), n, pot);
  sp_network_set_numeric (net, sp_network_ensure_attribute (net, "engagement", SP_ATTR_NUMERIC), n, eng);
}

/* Two teams of five joined through one broker "b"; "h" is a peripheral
 * high performer tied to one person only. */
static SpNetwork *
make_org (double broker_engagement)
{
  SpNetwork *net = sp_network_new ();
  char id[8];

  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 5; i++)
      {
        g_snprintf (id, sizeof id, "%c%u", "xy"[t], i);
        add_person (net, id, t == 0 ? "X" : "Y", 3, 3, 4);
      }
  add_person (net, "b", "B", 3.5, 3.5, broker_engagement);
  add_person (net, "h", "X", 4.8, 4.9, 4);
  for (guint t = 0; t < 2; t++)
    for (guint i = 0; i < 5; i++)
      for (guint j = i + 1; j < 5; j++)
        sp_network_add_tie (net, t * 5 + i, t * 5 + j, 0, 1);
  sp_network_add_tie (net, 10, 0, 0, 1);
  sp_network_add_tie (net, 10, 5, 0, 1);
  sp_network_add_tie (net, 11, 1, 0, 1);
  g_assert_true (sp_layout_run (net, SP_LAYOUT_NEATO, NULL, NULL, NULL, NULL));
  return net;
}

