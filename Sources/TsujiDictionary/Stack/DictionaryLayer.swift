/// One layer of a ``DictionaryStack``: the user's terms, the curated terms, or the compiled full
/// dictionaries.
public protocol DictionaryLayer: Sendable {
    /// A short name for messages and `source` fields ("user", "tsuji-terms", "full").
    var name: String { get }
    /// Whether the layer is a term list (the user's or the curated terms), whose entries are
    /// trusted as they stand; the full dictionaries are not.
    var isTermList: Bool { get }
    /// How many entries the layer holds; entry indexes run from 0 to one less.
    var entryCount: Int { get }
    /// Entry `index`, decoded.
    func entry(at index: Int) -> Entry
    /// What classifying needs of entry `index`, without decoding it.
    func traits(at index: Int) -> EntryTraits
    /// Calls `body(length, key)` for every surface key that is a prefix of `bytes[start...]`,
    /// shortest first (length in bytes; `key` a handle for ``forEachSurfaceEntry(_:_:)``). The
    /// matcher's hot path: no allocation, and no entry is touched until a match is chosen.
    func forEachSurfacePrefix(of bytes: [UInt8], from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void)
    /// The surface keys prepared for a scan over a whole text (``SurfaceMatcher``): the same keys
    /// as ``forEachSurfacePrefix(of:from:_:)``, found with less work per position.
    func makeSurfaceScanner() -> SurfaceScanner
    /// Calls `body` with each entry index stored under a key that ``forEachSurfacePrefix(of:from:_:)`` reported.
    func forEachSurfaceEntry(_ key: UInt32, _ body: (Int) -> Void)
    /// Entries whose key in `index` equals `key` exactly (the key already normalized by `IndexKeys`).
    func lookup(_ index: IndexKind, key: String) -> [Int]
    /// Entries whose key in `index` starts with `prefix`, at most `limit`.
    func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Int]
}
