/// Where a prefix search of a trie stands after the first character, for every character below
/// U+10000, so that a scan over a long text does not walk the top of the trie again at every
/// position: one read of this table replaces two to four scattered reads of the trie's units.
///
/// A view of a ``Storage`` (pointers only, free to copy), valid while that storage lives.
struct FirstCharacterSteps: @unchecked Sendable {
    // @unchecked: the pointers address a Storage's memory, immutable once made.
    static let reached: UInt32 = 1 << 31
    static let hasValue: UInt32 = 1 << 30
    static let consumedShift: UInt32 = 28
    static let nodeMask: UInt32 = (1 << 28) - 1
    static let count = 0x10000

    /// Per code point: 0 when no key starts with the character; else `reached`, the node the
    /// walk stands on (low 28 bits), how many of the character's bytes it consumed before it met
    /// a leaf (bits 28–29), and `hasValue` when the character alone is a key.
    let nodes: UnsafePointer<UInt32>
    /// The value of the one-character key, where `hasValue` says there is one.
    let values: UnsafePointer<UInt32>
    /// A trie that stores the empty key is searched without the table (that key is reported
    /// before any character).
    let hasEmptyKey: Bool

    /// Owns the two tables of one trie (512 KiB).
    final class Storage: @unchecked Sendable {
        // @unchecked: filled by TrieView.makeFirstCharacterSteps, read-only afterwards.
        let nodes = UnsafeMutablePointer<UInt32>.allocate(capacity: FirstCharacterSteps.count)
        let values = UnsafeMutablePointer<UInt32>.allocate(capacity: FirstCharacterSteps.count)
        let hasEmptyKey: Bool

        init(hasEmptyKey: Bool) {
            self.hasEmptyKey = hasEmptyKey
            nodes.initialize(repeating: 0, count: FirstCharacterSteps.count)
            values.initialize(repeating: 0, count: FirstCharacterSteps.count)
        }

        deinit {
            nodes.deallocate()
            values.deallocate()
        }

        var steps: FirstCharacterSteps { FirstCharacterSteps(nodes: nodes, values: values, hasEmptyKey: hasEmptyKey) }
    }
}
