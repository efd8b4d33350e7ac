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
    }

    public let stack: DictionaryStack

    public init(stack: DictionaryStack) { self.stack = stack }

    public func matches(in buffer: TextBuffer) -> [Match] {
        var matches: [Match] = []
        let layers = stack.layers
        buffer.folded.withUnsafeBufferPointer { bytes in
            var position = 0
            var hits: [DictionaryStack.Hit] = []
            while position < bytes.count {
                var best = 0
                hits.removeAll(keepingCapacity: true)
                if buffer.isSegmentBoundary(position) {
                    for (layerIndex, layer) in layers.enumerated() {
                        layer.forEachSurfacePrefix(in: bytes, from: position) { length, entry in
                            guard length >= best, buffer.isSegmentBoundary(position + length) else { return }
                            if length > best {
                                best = length
                                hits.removeAll(keepingCapacity: true)
                            }
                            hits.append(DictionaryStack.Hit(layer: layerIndex, index: entry))
                        }
                    }
                }
                if best > 0 {
                    let folded = position..<(position + best)
                    matches.append(Match(foldedRange: folded, originalRange: buffer.originalRange(ofFolded: folded), hits: hits))
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
