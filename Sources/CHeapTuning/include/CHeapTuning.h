#ifndef CHEAPTUNING_H
#define CHEAPTUNING_H

/// Keeps up to `limit` bytes of freed memory in the C heap for reuse, and serves blocks of up
/// to `limit` bytes (at most 32 MiB) from the heap rather than from fresh mappings (glibc's
/// mallopt M_TRIM_THRESHOLD and M_MMAP_THRESHOLD). Does nothing where the C library has no
/// such knobs.
void tsuji_keep_freed_memory(int limit);

#endif
