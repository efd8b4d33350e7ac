import Foundation

/// A compiled full dictionary (CC-CEDICT, EDICT, ENAMDICT, KANJIDIC2, Unihan) as a layer of the
/// stack. Reads straight from the memory-mapped file.
///
/// Decoded entries are not cached: the annotator decides spans from the records' traits and
/// remembers its decisions, so it decodes an entry only for a term it shows; lookups decode
/// mostly distinct entries. (A cache of 5,000 entries, emptied when full, missed on nearly
/// every lookup and cost 7% of a 10,000-query run.)
public final class CompiledLayer: DictionaryLayer, @unchecked Sendable {
    public let name = "full"
    /// The full dictionaries are read through the classifier's rules, never trusted as they stand.
    public let isTermList = false
    public let dictionary: CompiledDictionary
    private let indexes: [IndexKind: PostingsIndex]
    private let surface: PostingsIndex?

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
        do {
            return try dictionary.entry(at: index)
        } catch {
            return Entry(id: "damaged:\(index)", source: "damaged", language: .ja, kind: .word, note: error.description)
        }
    }

    public func traits(at index: Int) -> EntryTraits { dictionary.traits(at: index) }

    public func forEachSurfacePrefix(of bytes: [UInt8], from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in surface?.commonPrefixValues(in: bytes, from: start, body) }
    }

    public func makeSurfaceScanner() -> SurfaceScanner { SurfaceScanner(trie: surface?.trie) }

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
