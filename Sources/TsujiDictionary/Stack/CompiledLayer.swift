import Foundation

/// A compiled full dictionary (CC-CEDICT, EDICT, ENAMDICT, KANJIDIC2, Unihan) as a layer of the
/// stack. Reads straight from the memory-mapped file.
///
/// Decoded entries are not cached: the annotator decides spans from the records' traits and
/// remembers its decisions, so it decodes an entry only for a term it shows; lookups decode
/// mostly distinct entries. (A cache of 5,000 entries, emptied when full, missed on nearly
/// every lookup and cost 7% of a 10,000-query run.)
public final class CompiledLayer: DictionaryLayer, @unchecked Sendable {
    /// "full": one layer holds every full dictionary, whatever sources the file has.
    public let name = "full"
    /// The full dictionaries are read through the classifier's rules, never trusted as they stand.
    public let isTermList = false
    /// The compiled file the layer reads.
    public let dictionary: CompiledDictionary
    private let indexes: [IndexKind: PostingsIndex]
    private let surface: PostingsIndex?

    /// A layer over an opened dictionary file, with the indexes the file has.
    public init(_ dictionary: CompiledDictionary) {
        self.dictionary = dictionary
        var indexes: [IndexKind: PostingsIndex] = [:]
        for kind in IndexKind.allCases { indexes[kind] = dictionary.index(named: kind.rawValue) }
        self.indexes = indexes
        surface = indexes[.surface]
    }

    /// How many entries the file holds, of every source.
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

    /// The traits from the entry's fixed-size record, without decoding the entry.
    public func traits(at index: Int) -> EntryTraits { dictionary.traits(at: index) }

    /// Walks the file's surface trie from `start`; a file without a surface index reports nothing.
    public func forEachSurfacePrefix(of bytes: [UInt8], from start: Int, _ body: (_ length: Int, _ key: UInt32) -> Void) {
        bytes.withUnsafeBufferPointer { bytes in surface?.commonPrefixValues(in: bytes, from: start, body) }
    }

    /// A scanner over the file's surface trie, read in place.
    public func makeSurfaceScanner() -> SurfaceScanner { SurfaceScanner(trie: surface?.trie) }

    /// Reads the key's postings from the file.
    public func forEachSurfaceEntry(_ key: UInt32, _ body: (Int) -> Void) {
        // A value that points outside the postings is damage the loader could not see; such a
        // key matches nothing.
        guard let postings = try? surface?.postings(for: key) else { return }
        for entry in postings { body(entry) }
    }

    /// Exact lookup in the file's index of `index`; empty when the file has no such index or the
    /// index cannot be read.
    public func lookup(_ index: IndexKind, key: String) -> [Int] {
        (try? indexes[index]?.lookup(key)) ?? []
    }

    /// Predictive lookup in the file's index of `index`: the entries of the keys that start with
    /// `prefix`, in key order, cut at `limit`.
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
