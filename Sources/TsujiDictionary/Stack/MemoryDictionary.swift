import Foundation

/// A dictionary layer held in memory: the curated terms and a user's terms (hundreds to a few
/// thousand entries, built in milliseconds at start-up). Written forms go into a double-array
/// trie, the same structure the compiled dictionaries use, so the matcher's prefix search costs
/// one walk down the trie per position.
///
/// Only the written forms are indexed at start-up (all that annotating needs); the reading,
/// pinyin, romaji and English indexes are built on the first lookup that needs them.
public final class MemoryDictionary: DictionaryLayer, @unchecked Sendable {
    /// The layer's name: the source name for a term list (`user`, `tsuji-terms`).
    public let name: String
    /// Whether the entries are trusted as they stand.
    public let isTermList: Bool
    /// The entries, in the order given; their positions are the entry indexes.
    public let entries: [Entry]
    private let keys: IndexKeys
    private let lock = NSLock()
    private var indexes: [IndexKind: [String: [Int]]] = [:]
    /// Written forms (fold keys) → index into `surfaceEntries`.
    private let surfaceTrie: DoubleArrayTrie?
    /// One bit per lead byte and first continuation byte of the keys' first characters: a
    /// position whose character starts no key (most of a Japanese text, for a few hundred
    /// terms) is passed over without walking the trie.
    private let firstBytes: [UInt64]
    private let surfaceEntries: [[Int]]
    private let traitsTable: [EntryTraits]

    /// A layer of the term list `source` (the user's or the curated terms), trusted as it stands
    /// when `source` is a term list.
    public convenience init(source: DictionarySource, entries: [Entry], keys: IndexKeys = IndexKeys()) {
        self.init(name: source.name, isTermList: source.isTermList, entries: entries, keys: keys)
    }

    /// A layer called `name`; `isTermList` says whether its entries are trusted as they stand
    /// (a layer that is no term list plays the part of the full dictionaries, as tests need).
    public init(name: String, isTermList: Bool = false, entries: [Entry], keys: IndexKeys = IndexKeys()) {
        self.name = name
        self.isTermList = isTermList
        self.entries = entries
        self.keys = keys
        traitsTable = entries.map(EntryTraits.init)
        let surface = Self.index(entries, .surface, keys)
        let sorted = surface.map { (key: Array($0.key.utf8), entries: Self.unique($0.value)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
        // Built into locals and stored once: the hot path reads constants, which need no
        // exclusivity checks (a class's `var`s do).
        var builder = DoubleArrayTrieBuilder()
        var firstBytes = [UInt64](repeating: 0, count: 1 << 10)
        for item in sorted where !item.key.isEmpty {
            let pair = Self.firstPair(item.key[0], item.key.count > 1 ? item.key[1] : 0)
            firstBytes[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        var surfaceEntries: [[Int]] = []
        for (index, item) in sorted.enumerated() {
            // Keys are unique and sorted, so appending cannot fail.
            try? builder.append(item.key, value: UInt32(index))
            surfaceEntries.append(item.entries)
        }
        self.firstBytes = firstBytes
        self.surfaceEntries = surfaceEntries
        surfaceTrie = try? builder.buildTrie()
        indexes[.surface] = surface
    }

    private static func index(_ entries: [Entry], _ kind: IndexKind, _ keys: IndexKeys) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for key in keys.keys(for: entry, in: kind) where !key.isEmpty { table[key, default: []].append(index) }
        }
        return table.mapValues(unique)
    }

    /// The index of `kind`, built on first use.
    private func table(_ kind: IndexKind) -> [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let built = indexes[kind] { return built }
        let built = Self.index(entries, kind, keys)
        indexes[kind] = built
        return built
    }

    /// How many entries the layer holds.
    public var entryCount: Int { entries.count }
    /// Entry `index`, as given.
    public func entry(at index: Int) -> Entry { entries[index] }

    /// The entry's traits, worked out once when the layer was made.
    public func traits(at index: Int) -> EntryTraits { traitsTable[index] }

    /// The first two bytes of a key (the second counts only after a multi-byte lead) as a
    /// 16-bit number for `firstBytes`.
    @inline(__always) private static func firstPair(_ lead: UInt8, _ next: UInt8) -> Int {
        Int(lead) << 8 | (lead >= 0xC0 ? Int(next) : 0)
    }

    /// Walks the surface trie from `start`, after a test of the first character that skips the
    /// walk where no key starts.
    public func forEachSurfacePrefix(of bytes: [UInt8], from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void) {
        guard start < bytes.count else { return }
        let pair = Self.firstPair(bytes[start], start + 1 < bytes.count ? bytes[start + 1] : 0)
        guard firstBytes[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return }
        bytes.withUnsafeBufferPointer { bytes in
            surfaceTrie?.commonPrefixSearchUTF8(in: bytes, from: start) { length, value in
                guard length > 0 else { return }
                body(length, value)
            }
        }
    }

    /// A scanner over the layer's surface trie.
    public func makeSurfaceScanner() -> SurfaceScanner { SurfaceScanner(trie: surfaceTrie) }

    /// The entries of one written form, in entry order.
    public func forEachSurfaceEntry(_ key: UInt32, _ body: (Int) -> Void) {
        for entry in surfaceEntries[Int(key)] { body(entry) }
    }

    /// Exact lookup: written forms through the surface trie, other keys through an index built on
    /// first use.
    public func lookup(_ index: IndexKind, key: String) -> [Int] {
        // Written forms through the trie: no lock, and no hashing of the key through NFC (fold
        // keys are NFKC, so equal keys have equal bytes, as in the compiled dictionaries).
        if index == .surface, !key.isEmpty, let surfaceTrie {
            var key = key
            guard let value = key.withUTF8({ surfaceTrie.exactMatch($0) }) else { return [] }
            return surfaceEntries[Int(value)]
        }
        return table(index)[key] ?? []
    }

    /// Predictive lookup over the index of `index`, built on first use: keys in sorted order, each
    /// entry once, at most `limit`.
    public func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Int] {
        let table = table(index)
        var found: [Int] = []
        for key in table.keys.sorted() where key.hasPrefix(prefix) {
            found.append(contentsOf: table[key]!)
            if found.count >= limit { break }
        }
        return Array(Self.unique(found).prefix(limit))
    }

    private static func unique(_ list: [Int]) -> [Int] {
        var seen = Set<Int>()
        return list.filter { seen.insert($0).inserted }
    }
}
