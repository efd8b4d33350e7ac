import TsujiDictionary
import TsujiText

/// Greedy longest match of dictionary written forms over a folded text.
///
/// At each position every layer of the stack reports the keys that start there; the longest
/// key wins, and all entries of that length are kept for the classifier (user and curated layers
/// come first). Matches start and end only on folding-segment boundaries, so each maps to a
/// whole original slice. Works on the folded UTF-8 bytes, never on `Character`s.
public struct Matcher: Sendable {
    /// The longest key of one layer at a position: the layer and the key's handle.
    public struct LayerKey: Sendable, Equatable {
        public let layer: Int
        public let key: UInt32
    }

    public struct Match: Sendable, Equatable {
        public let foldedRange: Range<Int>
        /// Unicode scalar offsets into the original text.
        public let originalRange: Range<Int>
        /// The keys that are exactly this span, most trusted layer first. Their entries are read
        /// only when needed (``hits(in:)``): a span met again is decided from memory.
        public let keys: [LayerKey]
        /// The longest match of the trusted layers (user and curated terms) at the same start,
        /// when it is shorter than the longest match overall: 中国 inside the EDICT word 中国人.
        public let trusted: (length: Int, originalRange: Range<Int>, keys: [LayerKey])?

        public static func == (a: Match, b: Match) -> Bool {
            a.foldedRange == b.foldedRange && a.keys == b.keys && a.trusted?.length == b.trusted?.length
        }

        /// Every entry stored under `keys`, in layer order.
        public static func hits(_ keys: [LayerKey], in stack: DictionaryStack) -> [DictionaryStack.Hit] {
            var hits: [DictionaryStack.Hit] = []
            for key in keys {
                stack.layers[key.layer].forEachSurfaceEntry(key.key) { entry in
                    hits.append(DictionaryStack.Hit(layer: key.layer, index: entry))
                }
            }
            return hits
        }

        /// Every entry whose key is exactly this span, most trusted layer first.
        public func hits(in stack: DictionaryStack) -> [DictionaryStack.Hit] { Self.hits(keys, in: stack) }
    }

    /// How many of the stack's first layers are trusted term lists (user and curated).
    var trustedLayerCount: Int {
        stack.layers.prefix { $0.name == "user" || $0.name == "tsuji-terms" }.count
    }

    public let stack: DictionaryStack

    public init(stack: DictionaryStack) { self.stack = stack }

    public func matches(in buffer: TextBuffer) -> [Match] {
        var matches: [Match] = []
        let layers = stack.layers
        let trustedCount = trustedLayerCount
        // Per layer, the longest key at the current position that ends on a segment boundary.
        var longest = [(length: Int, key: UInt32)](repeating: (0, 0), count: layers.count)
        buffer.folded.withUnsafeBufferPointer { bytes in
            var position = 0
            while position < bytes.count {
                var best = 0
                var trustedBest = 0
                if buffer.isSegmentBoundary(position) {
                    for (layerIndex, layer) in layers.enumerated() {
                        var layerBest = (length: 0, key: UInt32(0))
                        layer.forEachSurfacePrefix(in: bytes, from: position) { length, key in
                            if buffer.isSegmentBoundary(position + length) { layerBest = (length, key) }
                        }
                        longest[layerIndex] = layerBest
                        best = max(best, layerBest.length)
                        if layerIndex < trustedCount { trustedBest = max(trustedBest, layerBest.length) }
                    }
                }
                if best > 0 {
                    func keys(length: Int, layers range: Range<Int>) -> [LayerKey] {
                        range.filter { longest[$0].length == length }.map { LayerKey(layer: $0, key: longest[$0].key) }
                    }
                    let folded = position..<(position + best)
                    var trusted: (length: Int, originalRange: Range<Int>, keys: [LayerKey])?
                    if trustedBest > 0, trustedBest < best {
                        let shorter = position..<(position + trustedBest)
                        trusted = (trustedBest, buffer.originalRange(ofFolded: shorter), keys(length: trustedBest, layers: 0..<trustedCount))
                    }
                    matches.append(Match(foldedRange: folded, originalRange: buffer.originalRange(ofFolded: folded),
                                         keys: keys(length: best, layers: 0..<layers.count), trusted: trusted))
                    position += best
                } else {
                    position += Self.sequenceLength(bytes[position])
                }
            }
        }
        return matches
    }

    @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0xC0: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        default: 4
        }
    }
}
