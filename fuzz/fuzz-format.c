/* fuzz-format.c — libFuzzer target for one importer, chosen at build time
 * (fuzz/meson.build): FUZZ_FORMAT the SpFormat, FUZZ_NAME the file name
 * messages carry.  Every single-format target is this file. */
#include "fuzz-common.h"

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
  return fuzz_import (data, size, FUZZ_FORMAT, FUZZ_NAME);
}
