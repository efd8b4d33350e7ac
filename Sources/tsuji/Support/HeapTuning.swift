import CHeapTuning

/// How the C heap treats the large arrays that annotating allocates and frees for every piece
/// of a long text (the folded text, its offset maps, the matches' annotations).
enum HeapTuning {
    /// Keeps freed memory in the heap for the next piece instead of handing it back to the
    /// system: glibc serves large blocks with fresh mappings and trims the heap top, so each
    /// piece faulted in and zeroed its memory again (145,600 page faults annotating 100 MB,
    /// 88,400 with this).
    static func keepFreedMemoryForReuse() {
        tsuji_keep_freed_memory(128 << 20)
    }
}
