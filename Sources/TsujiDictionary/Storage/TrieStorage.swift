/// Owns a heap copy of serialized trie words, so an in-memory trie can use the same raw-pointer
/// reader as a memory-mapped one.
final class TrieStorage: @unchecked Sendable {
    // Immutable after init; the memory is freed only in deinit, when no trie refers to it.
    let bytes: UnsafeMutableRawBufferPointer

    init(words: [UInt32]) {
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(words.count * 4, 4), alignment: 8)
        for (i, word) in words.enumerated() {
            bytes.storeBytes(of: word.littleEndian, toByteOffset: i * 4, as: UInt32.self)
        }
    }

    deinit { bytes.deallocate() }
}
