import Foundation

/// A compiled full dictionary (CC-CEDICT, EDICT, ENAMDICT, KANJIDIC2, Unihan) as a layer of the
/// stack. Reads straight from the memory-mapped file; decoded entries are cached, since the
/// same common words come up again and again in a text.
public final class CompiledLayer: DictionaryLayer, @unchecked Sendable {
    public let name = "full"
    public let dictionary: CompiledDictionary
    private let indexes: [IndexKind: PostingsIndex]
    private let surface: PostingsIndex?
    private let lock = NSLock()
    private var cache: [Int: Entry] = [:]
    /// Enough for the common words of a text; bounded, since a long input streamed through
    /// `tsuji annotate` must not grow without end. 5 000 entries hold about 35 MB (20 000 held
    /// 70 MB for a few per cent more speed).
    private static let cacheLimit = 5_000

    public init(_ dictionary: CompiledDictionary) {
        self.dictionary = dictionary
        var indexes: [IndexKind: PostingsIndex] = [:]
        for kind in IndexKind.allCases { indexes[kind] = dictionary.index(named: kind.rawValue) }
        self.indexes = indexes
        surface = indexes[.surface]
    }

    public var entryCount: Int { dictionary.entryCount }

    /// The entry, or — should the file be damaged after install — a placeholder that says so,
    /// never a crash (the loader verified the file's structure when it opened it).
    public func entry(at index: Int) -> Entry {
        lock.lock()
        if let cached = cache[index] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let entry: Entry
        do {
            entry = try dictionary.entry(at: index)
        } catch {
            entry = Entry(id: "damaged:\(index)", source: "damaged", language: .ja, kind: .word, note: error.description)
        }
        lock.lock()
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[index] = entry
        lock.unlock()
        return entry
    }

    public func traits(at index: Int) -> EntryTraits { dictionary.traits(at: index) }

    public func forEachSurfacePrefix(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void) {
        surface?.commonPrefixValues(in: bytes, from: start, body)
    }

    public func forEachSurfaceEntry(_ key: UInt32, _ body: (Int) -> Void) {
        // A value that points outside the postings is damage the loader could not see; such a
        // key matches nothing.
        guard let postings = try? surface?.postings(for: key) else { return }
        for entry in postings { body(entry) }
    }

    public func lookup(_ index: IndexKind, key: String) -> [Int] {
        (try? indexes[index]?.lookup(key)) ?? []
    }

    public func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Int] {
        guard let found = try? indexes[index]?.predictive(prefix: prefix, limit: limit) else { return [] }
        var out: [Int] = []
        for (_, entries) in found {
            out.append(contentsOf: entries)
            if out.count >= limit { break }
        }
        return Array(out.prefix(limit))
    }
}
