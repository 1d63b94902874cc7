/* fuzz-dl.c — libFuzzer target for the UCINET DL importer (sp_import_data) */
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
  return fuzz_import (data, size, SP_FORMAT_DL, "network.dl");
}
