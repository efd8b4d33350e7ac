/// One dictionary in the stack: the user's terms, the curated terms, or a compiled full
/// dictionary. Layers answer in entry indexes local to themselves.
public protocol DictionaryLayer: Sendable {
    /// A short name for messages and `source` fields ("user", "tsuji-terms", "full").
    var name: String { get }
    var entryCount: Int { get }
    func entry(at index: Int) -> Entry
    /// Calls `body(length, entryIndex)` for every surface key that is a prefix of
    /// `bytes[start...]` (length in bytes). The matcher's hot path: no allocation per call.
    func forEachSurfacePrefix(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Void)
    /// Entries whose key in `index` equals `key` exactly (the key already normalized by `IndexKeys`).
    func lookup(_ index: IndexKind, key: String) -> [Int]
    /// Entries whose key in `index` starts with `prefix`, at most `limit`.
    func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Int]
}
