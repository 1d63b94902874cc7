/* fuzz-roundtrip.c — libFuzzer target for the save round trip
 *
 * The first byte picks the importer ('c' CSV, 'g' GraphML, 'x' GEXF,
 * 'd' DOT; any other byte by its value modulo 4), the rest is the file.
 * What the importer accepts is saved as GraphML in memory, read back and
 * compared (fuzz-roundtrip.h): any difference, or a saved file that does
 * not reopen, aborts.
 */
#include "fuzz-common.h"
#include "fuzz-roundtrip.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const struct { SpFormat format; const char *name; } formats[] = {
    { SP_FORMAT_CSV, "people.csv" },
    { SP_FORMAT_GRAPHML, "input.graphml" },
    { SP_FORMAT_GEXF, "input.gexf" },
    { SP_FORMAT_DOT, "input.dot" },
  };
  g_autoptr (SpNetwork) net = NULL;
  g_autofree char *problem = NULL;
  guint k;

  if (size < 1)
    return 0;
  switch (data[0])
    {
    case 'c': k = 0; break;
    case 'g': k = 1; break;
    case 'x': k = 2; break;
    case 'd': k = 3; break;
    default: k = data[0] % 4; break;
    }
  net = sp_import_data ((const char *) data + 1, size - 1, formats[k].format, formats[k].name, NULL);
  if (net == NULL)
    return 0;
  fuzz_check_network (net);
  problem = roundtrip_check (net);
  if (problem != NULL)
    fuzz_fail ("the round trip through GraphML is not exact: %s", problem);
  return 0;
}
