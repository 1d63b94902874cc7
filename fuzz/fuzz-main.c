/* fuzz-main.c — runs a fuzz target over files and folders, for builds
 * without libFuzzer (gcc): `fuzz-csv corpus/csv ../tests/io/data/regress`
 * replays a corpus and the regression files. */
#include "fuzz-common.h"

#include <stdio.h>

static int
run_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  int status = 0;
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GDir) dir = g_dir_open (argv[i], 0, NULL);
          const char *name;

          while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *path = g_build_filename (argv[i], name, NULL);

              if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
                {
                  status |= run_file (path);
                  n++;
                }
            }
        }
      else
        {
          status |= run_file (argv[i]);
          n++;
        }
    }
  printf ("%u inputs\n", n);
  return status;
}
