import TsujiText

/// Greedy longest match of dictionary written forms over a folded text: the surface scan, kept
/// next to the trie it walks so that its pointers never leave this module.
///
/// At each position every layer of the stack reports the keys that start there; the longest
/// key wins, and all entries of that length are kept for the classifier (user and curated layers
/// come first). Matches start and end only on folding-segment boundaries, so each maps to a
/// whole original slice. Works on the folded UTF-8 bytes, never on `Character`s.
public struct SurfaceMatcher: Sendable {
    /// The keys of some layers (at most eight: user, curated and full make three), held inline
    /// so that a match costs no allocation.
    public struct LayerKeys: Sendable, Equatable {
        var mask: UInt8 = 0
        /// The key of layer `i` in the low (even `i`) or high (odd `i`) half of word `i / 2`.
        /// Plain words, not a SIMD vector: setting one lane of a vector went through memory and
        /// stalled the copy that followed (store forwarding), a tenth of the matcher's time.
        private var pairs: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        mutating func insert(layer: Int, key: UInt32) {
            mask |= 1 << UInt8(layer)
            let word = UInt64(key) << (UInt64(layer & 1) * 32)
            switch layer >> 1 {
            case 0: pairs.0 |= word
            case 1: pairs.1 |= word
            case 2: pairs.2 |= word
            default: pairs.3 |= word
            }
        }

        /// The key of a layer in the mask.
        func key(_ layer: Int) -> UInt32 {
            let word: UInt64
            switch layer >> 1 {
            case 0: word = pairs.0
            case 1: word = pairs.1
            case 2: word = pairs.2
            default: word = pairs.3
            }
            return UInt32(truncatingIfNeeded: word >> (UInt64(layer & 1) * 32))
        }

        /// Equal when the same layers have the same keys.
        public static func == (a: LayerKeys, b: LayerKeys) -> Bool {
            a.mask == b.mask && a.pairs == b.pairs
        }

        /// Whether no layer has a key here.
        public var isEmpty: Bool { mask == 0 }

        /// Whether one of the first `count` layers has a key here.
        public func hasLayer(below count: Int) -> Bool { count > 0 && mask & UInt8(truncatingIfNeeded: (1 << count) - 1) != 0 }

        /// Every entry stored under these keys, in layer order.
        public func hits(in stack: DictionaryStack) -> [DictionaryStack.Hit] {
            var hits: [DictionaryStack.Hit] = []
            var rest = mask
            while rest != 0 {
                let layer = rest.trailingZeroBitCount
                rest &= rest - 1
                stack.layers[layer].forEachSurfaceEntry(key(layer)) { entry in
                    hits.append(DictionaryStack.Hit(layer: layer, index: entry))
                }
            }
            return hits
        }
    }

    /// A span of the text that dictionary keys match: the longest key at its start, with the keys
    /// of every layer that have exactly this span.
    public struct Match: Sendable, Equatable {
        /// Byte offsets into the folded text (``TextBuffer/folded``).
        public let foldedRange: Range<Int>
        /// Unicode scalar offsets into the original text.
        public let originalRange: Range<Int>
        /// The keys that are exactly this span. Their entries are read only when needed
        /// (``hits(in:)``): a span met again is decided from memory.
        public let keys: LayerKeys
        /// The longest match of the trusted layers (user and curated terms) at the same start,
        /// when it is shorter than the longest match overall: 中国 inside the EDICT word 中国人.
        public let trusted: (length: Int, originalRange: Range<Int>, keys: LayerKeys)?

        /// Equal when they span the same folded bytes with the same keys and the same length of
        /// trusted match (the original range follows from the folded one).
        public static func == (a: Match, b: Match) -> Bool {
            a.foldedRange == b.foldedRange && a.keys == b.keys && a.trusted?.length == b.trusted?.length
        }

        /// Every entry whose key is exactly this span, most trusted layer first.
        public func hits(in stack: DictionaryStack) -> [DictionaryStack.Hit] { keys.hits(in: stack) }
    }

    /// The dictionaries whose written forms are matched.
    public let stack: DictionaryStack
    /// Each layer's written forms, prepared for scanning (``SurfaceScanner``), in layer order.
    let scanners: [SurfaceScanner]

    /// Prepares every layer of `stack` for scanning (``DictionaryLayer/makeSurfaceScanner()``).
    public init(stack: DictionaryStack) {
        self.stack = stack
        scanners = stack.layers.map { $0.makeSurfaceScanner() }
    }

    /// Every match of the buffer, in text order. See ``forEachMatch(in:_:)``, which the
    /// annotator uses: a piece of Japanese has about one match per two characters, and a
    /// `Match` is some 200 bytes.
    public func matches(in buffer: TextBuffer) -> [Match] {
        var matches: [Match] = []
        forEachMatch(in: buffer) { matches.append($0) }
        return matches
    }

    /// Calls `body` with each match of the buffer, in text order, as it is found: nothing is
    /// stored (an array of the matches of a 256 KB piece took 13 MB of fresh memory).
    public func forEachMatch(in buffer: TextBuffer, _ body: (Match) -> Void) {
        // Plain pointers in the loop: copying a scanner per position and layer would retain
        // and release its tables every time.
        let layers = scanners.map(\.unsafeProbe)
        precondition(layers.count <= 8, "a dictionary stack has at most 8 layers")
        let trustedCount = stack.termListLayerCount
        // Where a match may start and end: on a segment boundary, and not between two Latin
        // letters (tcl inside "tclsh", ernie inside "ernies": the folded text is lower case).
        var allowed = buffer.segmentBoundaries()
        buffer.folded.withUnsafeBufferPointer { bytes in
            allowed.withUnsafeMutableBufferPointer { allowed in
                for i in stride(from: 1, to: bytes.count, by: 1) where Self.isLetter(bytes[i]) && Self.isLetter(bytes[i - 1]) {
                    allowed[i] = false
                }
            }
        }
        // Per layer, the longest key at the position being scanned (length 0 for none).
        let lengths = UnsafeMutablePointer<Int>.allocate(capacity: 8)
        let values = UnsafeMutablePointer<UInt32>.allocate(capacity: 8)
        defer {
            lengths.deallocate()
            values.deallocate()
        }
        withExtendedLifetime(scanners) {
            buffer.folded.withUnsafeBufferPointer { bytes in
                allowed.withUnsafeBufferPointer { allowed in
                  layers.withUnsafeBufferPointer { layers in
                    let allowedEnds = allowed.baseAddress!
                    let layerCount = layers.count
                    var position = 0
                    while position < bytes.count {
                        var best = 0
                        var trustedBest = 0
                        if allowed[position] {
                            for layerIndex in 0..<layerCount {
                                let found = layers[layerIndex].longestPrefix(in: bytes, from: position, allowedEnds: allowedEnds)
                                let length = found?.length ?? 0
                                lengths[layerIndex] = length
                                values[layerIndex] = found?.value ?? 0
                                best = max(best, length)
                                if layerIndex < trustedCount { trustedBest = max(trustedBest, length) }
                            }
                        }
                        if best > 0 {
                            var longest = LayerKeys()
                            var trustedKeys = LayerKeys()
                            for layerIndex in 0..<layerCount {
                                if lengths[layerIndex] == best { longest.insert(layer: layerIndex, key: values[layerIndex]) }
                                if layerIndex < trustedCount, trustedBest < best, lengths[layerIndex] == trustedBest, trustedBest > 0 {
                                    trustedKeys.insert(layer: layerIndex, key: values[layerIndex])
                                }
                            }
                            let folded = position..<(position + best)
                            var trusted: (length: Int, originalRange: Range<Int>, keys: LayerKeys)?
                            if !trustedKeys.isEmpty {
                                let shorter = position..<(position + trustedBest)
                                trusted = (trustedBest, buffer.originalRange(ofFolded: shorter), trustedKeys)
                            }
                            body(Match(foldedRange: folded, originalRange: buffer.originalRange(ofFolded: folded),
                                       keys: longest, trusted: trusted))
                            position += best
                        } else {
                            position += Self.sequenceLength(bytes[position])
                        }
                    }
                  }
                }
            }
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
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
