import TsujiDictionary
import TsujiText

/// Greedy longest match of dictionary written forms over a folded text.
///
/// At each position every layer of the stack reports the keys that start there; the longest
/// key wins, and all entries of that length are kept for the classifier (user and curated layers
/// come first). Matches start and end only on folding-segment boundaries, so each maps to a
/// whole original slice. Works on the folded UTF-8 bytes, never on `Character`s.
public struct Matcher: Sendable {
    public struct Match: Sendable, Equatable {
        public let foldedRange: Range<Int>
        /// Unicode scalar offsets into the original text.
        public let originalRange: Range<Int>
        /// Every entry whose key is exactly this span, most trusted layer first.
        public let hits: [DictionaryStack.Hit]
        /// The longest match of the trusted layers (user and curated terms) at the same start,
        /// when it is shorter than the longest match overall: 中国 inside the EDICT word 中国人.
        public let trusted: (length: Int, originalRange: Range<Int>, hits: [DictionaryStack.Hit])?

        public static func == (a: Match, b: Match) -> Bool {
            a.foldedRange == b.foldedRange && a.hits == b.hits && a.trusted?.length == b.trusted?.length
        }
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
        buffer.folded.withUnsafeBufferPointer { bytes in
            var position = 0
            var hits: [DictionaryStack.Hit] = []
            var trustedHits: [DictionaryStack.Hit] = []
            let trustedCount = trustedLayerCount
            while position < bytes.count {
                var best = 0
                var trustedBest = 0
                hits.removeAll(keepingCapacity: true)
                trustedHits.removeAll(keepingCapacity: true)
                if buffer.isSegmentBoundary(position) {
                    for (layerIndex, layer) in layers.enumerated() {
                        layer.forEachSurfacePrefix(in: bytes, from: position) { length, entry in
                            guard length >= best || (layerIndex < trustedCount && length >= trustedBest),
                                buffer.isSegmentBoundary(position + length)
                            else { return }
                            let hit = DictionaryStack.Hit(layer: layerIndex, index: entry)
                            if layerIndex < trustedCount, length >= trustedBest {
                                if length > trustedBest {
                                    trustedBest = length
                                    trustedHits.removeAll(keepingCapacity: true)
                                }
                                trustedHits.append(hit)
                            }
                            guard length >= best else { return }
                            if length > best {
                                best = length
                                hits.removeAll(keepingCapacity: true)
                            }
                            hits.append(hit)
                        }
                    }
                }
                if best > 0 {
                    let folded = position..<(position + best)
                    var trusted: (length: Int, originalRange: Range<Int>, hits: [DictionaryStack.Hit])?
                    if trustedBest > 0, trustedBest < best {
                        let shorter = position..<(position + trustedBest)
                        trusted = (trustedBest, buffer.originalRange(ofFolded: shorter), trustedHits)
                    }
                    matches.append(Match(foldedRange: folded, originalRange: buffer.originalRange(ofFolded: folded), hits: hits, trusted: trusted))
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
