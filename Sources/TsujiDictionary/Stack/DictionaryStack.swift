/// The dictionaries tsuji consults, in order of trust: a user's terms, then the curated terms,
/// then the compiled full dictionaries. Earlier layers outrank later ones wherever two answer.
public final class DictionaryStack: Sendable {
    /// An entry and the layer it came from (0 is the most trusted).
    public struct Hit: Sendable, Hashable {
        /// The layer's position in ``DictionaryStack/layers``.
        public let layer: Int
        /// The entry's index in its layer.
        public let index: Int
        /// The hit of entry `index` of layer `layer`.
        public init(layer: Int, index: Int) {
            self.layer = layer
            self.index = index
        }

        /// One word hashed, not two: lookups hash hundreds of hits each.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(truncatingIfNeeded: layer) << 48 ^ UInt64(truncatingIfNeeded: index))
        }
    }

    /// The layers, most trusted first.
    public let layers: [any DictionaryLayer]
    /// How every layer makes its keys; queries go through the same.
    public let keys: IndexKeys

    /// A stack of `layers`, most trusted first, whose keys were all made by `keys`.
    public init(layers: [any DictionaryLayer], keys: IndexKeys = IndexKeys()) {
        self.layers = layers
        self.keys = keys
    }

    /// How many of the first layers are term lists (the user's and the curated terms): the
    /// layers whose matches are trusted as they stand.
    public var termListLayerCount: Int { layers.prefix { $0.isTermList }.count }

    /// Whether a layer beyond the term lists is loaded (the full dictionaries).
    public var hasFullDictionaries: Bool { layers.contains { !$0.isTermList } }

    /// The hit's entry, decoded.
    public func entry(_ hit: Hit) -> Entry { layers[hit.layer].entry(at: hit.index) }

    /// What classifying needs of the hit's entry, without decoding it.
    public func traits(_ hit: Hit) -> EntryTraits { layers[hit.layer].traits(at: hit.index) }

    /// The curated terms compiled into the binary, as a layer.
    public static func embeddedTerms(keys: IndexKeys = IndexKeys()) throws(TermsFile.Problem) -> MemoryDictionary {
        var entries: [Entry] = []
        for file in EmbeddedTerms.files {
            entries += try TermsFile.parse(file.text, file: file.name, source: DictionarySource.curated.name, strict: true).entries
        }
        return MemoryDictionary(source: .curated, entries: entries, keys: keys)
    }

    /// Entries whose key in `index` is `key` (already normalized), in layer order.
    public func lookup(_ index: IndexKind, key: String) -> [Hit] {
        var hits: [Hit] = []
        for (layer, dictionary) in layers.enumerated() {
            for entry in dictionary.lookup(index, key: key) { hits.append(Hit(layer: layer, index: entry)) }
        }
        return hits
    }

    /// Entries whose key in `index` starts with `prefix`.
    public func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Hit] {
        var hits: [Hit] = []
        for (layer, dictionary) in layers.enumerated() where hits.count < limit {
            for entry in dictionary.lookup(index, prefix: prefix, limit: limit - hits.count) {
                hits.append(Hit(layer: layer, index: entry))
            }
        }
        return hits
    }

    /// Every entry with a written form that folds to the same key as `form`.
    public func entries(writtenAs form: String) -> [Hit] { lookup(.surface, key: keys.surface(form)) }
}
