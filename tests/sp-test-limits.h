/* sp-test-limits.h — the time limits of the "never a hang" tests
 * (issue 12): inputs that once took minutes must finish within a
 * generous limit.  These are not benchmarks (bench/ measures speed):
 * the limit only tells a hang from slow work on a loaded machine, so it
 * grows five-fold under a sanitizer, and under valgrind (some fifty times
 * slower) the large cases are left to the plain and sanitizer runs.
 */
#pragma once

#include <string.h>
#include <glib.h>

static inline gboolean
sp_test_sanitized (void)
{
  const char *s = g_getenv ("SP_SANITIZED");

  return s != NULL && *s != '\0' && strcmp (s, "none") != 0;
}

static inline gboolean
sp_test_under_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

/* @seconds on a plain build. */
static inline double
sp_test_hang_limit (double seconds)
{
  return sp_test_sanitized () ? 5 * seconds : seconds;
}

/* At the start of a test of a large input: TRUE (and the test skipped)
 * under valgrind. */
static inline gboolean
sp_test_skip_large (void)
{
  if (!sp_test_under_valgrind ())
    return FALSE;
  g_test_skip ("a large input: too slow under valgrind (the plain and sanitizer runs check it)");
  return TRUE;
}
