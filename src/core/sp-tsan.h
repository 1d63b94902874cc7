/* sp-tsan.h — telling ThreadSanitizer about hand-offs it cannot see.
 *
 * Debian's GLib is not built with ThreadSanitizer: its GMutex and GCond
 * are futexes and GTask hands a job to its thread pool through them, so
 * TSan sees no order between what one thread wrote and another read.
 * SP_TSAN_RELEASE (p) in one thread and a later SP_TSAN_ACQUIRE (p) in
 * another say "everything before the release happens before the acquire".
 * Without -Db_sanitize=thread they are nothing.
 */
#pragma once

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define SP_TSAN_RELEASE(p) __tsan_release ((void *) (p))
#define SP_TSAN_ACQUIRE(p) __tsan_acquire ((void *) (p))
#else
#define SP_TSAN_RELEASE(p) ((void) 0)
#define SP_TSAN_ACQUIRE(p) ((void) 0)
#endif
