#include "CHeapTuning.h"

#if defined(__has_include)
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
#endif

void tsuji_keep_freed_memory(int limit) {
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD) && defined(M_MMAP_THRESHOLD)
    // glibc refuses mmap thresholds above 32 MiB (DEFAULT_MMAP_THRESHOLD_MAX on 64-bit).
    mallopt(M_MMAP_THRESHOLD, limit < (32 << 20) ? limit : (32 << 20));
    mallopt(M_TRIM_THRESHOLD, limit);
#else
    (void)limit;
#endif
}
