import Foundation

/// Maps one scalar of already-normalized text to its fold key scalar (e.g. 騰 and 腾 to one form).
/// Return nil to keep the scalar. Plugged into `TextBuffer` by the dictionary layer.
public protocol ScalarFolding: Sendable {
    /// The fold of `scalar`, or nil when the scalar is its own fold.
    func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar?
    /// The same folds as a flat table, when there is one: `TextBuffer` reads it directly instead
    /// of calling ``fold(_:)`` for every character of a text.
    var foldTable: ScalarFoldTable? { get }
}

extension ScalarFolding {
    /// No table unless the folder has one: `TextBuffer` then calls ``fold(_:)`` for each character.
    public var foldTable: ScalarFoldTable? { nil }
}

/// Folds of the scalars `start..<start + folds.count`: `folds[scalar - start]` is the fold, or 0
/// when the scalar is its own. Scalars below `start` never fold; those above the range go
/// through ``ScalarFolding/fold(_:)``.
public struct ScalarFoldTable: Sendable {
    /// The first scalar the table covers.
    public let start: UInt32
    /// The fold of each scalar from `start` on, or 0 for a scalar that is its own.
    public let folds: [UInt32]
    /// See ``fastFolds``.
    private let fastFoldsCache: FastFoldsCache

    /// A table of the folds of `start..<start + folds.count`.
    public init(start: UInt32, folds: [UInt32]) {
        self.start = start
        self.folds = folds
        fastFoldsCache = FastFoldsCache()
    }

    /// For every BMP scalar that `TextBuffer` folds without ICU (``TextBuffer/fastFold(_:)``),
    /// that fold with `folds` applied after it; 0 for the others. Made on first use (65,536
    /// entries, about a millisecond; a lookup that folds no text never pays it), so that
    /// folding a text reads one entry per character.
    var fastFolds: [UInt32] {
        let start = start, folds = folds
        return fastFoldsCache.value {
            Self.fastFolds { value in
                let offset = Int(value) - Int(start)
                guard offset >= 0, offset < folds.count, folds[offset] != 0, Unicode.Scalar(folds[offset]) != nil else { return value }
                return folds[offset]
            }
        }
    }

    /// The fast folds without variant folding.
    static let plainFastFolds = fastFolds { $0 }

    /// No folds.
    static let empty = ScalarFoldTable(start: 0, folds: [])

    /// Whether the table reaches the end of the BMP: then ``fastFolds`` holds every variant fold
    /// of a fast fold (the folder is asked only about scalars above the table).
    var coversBMP: Bool { Int(start) + folds.count >= 0x10000 }

    private static func fastFolds(then variant: (UInt32) -> UInt32) -> [UInt32] {
        (0..<0x10000).map { value in
            guard let scalar = Unicode.Scalar(UInt32(value)), let fast = TextBuffer.fastFold(scalar) else { return 0 }
            return variant(fast.value)
        }
    }

    /// Made once, by whichever thread asks first.
    private final class FastFoldsCache: @unchecked Sendable {
        // @unchecked: `made` is read and written under the lock only.
        private let lock = NSLock()
        private var made: [UInt32]?

        func value(_ make: () -> [UInt32]) -> [UInt32] {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

/// An input text kept twice: the `original`, never changed, and a `folded` copy that matching
/// runs on (NFKC with case folding, which folds width too, then optional variant folding), with a
/// map from every folded position back to the original.
///
/// Folding works one normalization segment at a time (a starter and the marks that combine
/// with it), so every folded span maps back to whole original segments: the original slice of a
/// span is always valid, and the slices between spans concatenate to the input exactly. Modelled
/// on Sudachi's InputBuffer (`original`, `modified`, `m2o`).
public struct TextBuffer: Sendable {
    /// The text as given.
    public let original: String
    /// The original as Unicode scalars; offsets everywhere in tsuji count these.
    public let originalScalars: [Unicode.Scalar]
    /// The folded text as UTF-8 bytes: what the matcher scans.
    public let folded: [UInt8]
    /// For each folded byte (and one past the end), the original scalar offset of the start and
    /// the end of the segment it came from.
    private let segmentStart: [Int32]
    private let segmentEnd: [Int32]

    /// Folds `text` (NFKC with case folding, then the folds of `variants` when given) and maps every
    /// folded byte back to the original. The dictionary passes its variant folder, so that 騰訊 and
    /// 腾讯 fold to the same bytes.
    public init(_ text: String, variants: (any ScalarFolding)? = nil) {
        original = text
        let scalars = Self.scalars(of: text)
        originalScalars = scalars
        let n = scalars.count
        // Folding seldom makes a text longer (full-width letters and spaces shrink, few
        // characters expand), so the arrays are filled in place at the original's length plus
        // some room, and folded again with twice the room in the rare case that is not enough.
        var capacity = text.utf8.count + 64
        let hasTable = variants?.foldTable != nil
        let foldTable = variants?.foldTable ?? ScalarFoldTable.empty
        // The fast folds with the variant folds applied, when the folder has a table; without
        // a table, the folder is asked about each fast fold (`foldFast`).
        let tableCoversBMP = variants?.foldTable?.coversBMP ?? false
        let fastFolds = tableCoversBMP ? foldTable.fastFolds : ScalarFoldTable.plainFastFolds
        let foldFast = variants != nil && !tableCoversBMP
        while true {
            var done = false
            var count = 0
            var bytes: [UInt8] = [], starts: [Int32] = [], ends: [Int32] = []
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { bytesBuffer, bytesCount in
                starts = [Int32](unsafeUninitializedCapacity: capacity + 1) { startsBuffer, startsCount in
                    ends = [Int32](unsafeUninitializedCapacity: capacity + 1) { endsBuffer, endsCount in
                        done = foldTable.folds.withUnsafeBufferPointer { table in
                            fastFolds.withUnsafeBufferPointer { fastFolds in
                                var builder = FoldedBuilder(bytes: bytesBuffer.baseAddress!, starts: startsBuffer.baseAddress!,
                                                            ends: endsBuffer.baseAddress!, capacity: capacity, variants: variants,
                                                            table: hasTable ? table : nil, tableStart: foldTable.start)
                                let fastFolds = fastFolds.baseAddress!
                                let done = scalars.withUnsafeBufferPointer { scalars in
                                    TextBuffer.forEachSegment(
                                        scalars, fast: { $0.value < 0x10000 ? fastFolds[Int($0.value)] : 0 },
                                        single: { value, i in
                                            foldFast ? builder.emit(Unicode.Scalar(value)!, i, i + 1) : builder.emitFolded(value, i, i + 1)
                                        },
                                        segment: { range in
                                            for scalar in TextBuffer.normalized(scalars[range]) {
                                                guard builder.emit(scalar, range.lowerBound, range.upperBound) else { return false }
                                            }
                                            return true
                                        })
                                }
                                count = builder.count
                                return done
                            }
                        }
                        if done {
                            // The end entry of the map.
                            startsBuffer[count] = Int32(n)
                            endsBuffer[count] = Int32(n)
                        }
                        bytesCount = done ? count : 0
                        startsCount = done ? count + 1 : 0
                        endsCount = startsCount
                    }
                }
            }
            if done {
                (folded, segmentStart, segmentEnd) = (bytes, starts, ends)
                break
            }
            capacity *= 2
        }
    }

    /// The text's scalars, decoded from its UTF-8 into room for the worst case (one scalar per
    /// byte): `Array(text.unicodeScalars)` walks the text twice, appending checks capacity per
    /// scalar.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { scalars, count in
                // A String's UTF-8 is always well-formed: no checks beyond the lead byte.
                var i = 0
                var n = 0
                while i < utf8.count {
                    let b0 = UInt32(utf8[i])
                    var value: UInt32
                    if b0 < 0x80 {
                        value = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                            | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    scalars.initializeElement(at: n, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    n += 1
                }
                count = n
            }
        }
    }

    /// Cuts `scalars` into normalization segments, as both foldings do. A scalar with a fast
    /// fold (`fast` gives it, or 0 for none) that the next scalar does not combine with is a
    /// segment of its own: `single(fold, offset)`. Any other run, up to the next scalar that
    /// starts a segment, goes to `segment(range)` (for ICU). Stops, returning false, as soon as
    /// a handler returns false.
    @inline(__always)
    private static func forEachSegment(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, fast: (Unicode.Scalar) -> UInt32,
        single: (_ fold: UInt32, _ offset: Int) -> Bool, segment: (Range<Int>) -> Bool
    ) -> Bool {
        var i = 0
        let n = scalars.count
        // The fast fold of the scalar at `i`, carried over from the boundary test that found `i`.
        var fastHere = n > 0 ? fast(scalars[0]) : 0
        while i < n {
            var j = i + 1
            var fastNext = j < n ? fast(scalars[j]) : 0
            if j < n, fastNext == 0 {
                // A scalar without a fast fold may combine with the one before it.
                while j < n, fast(scalars[j]) == 0, !Normalizer.hasBoundaryBefore(scalars[j], .nfkcCasefold) { j += 1 }
                fastNext = j < n ? fast(scalars[j]) : 0
            }
            if j == i + 1, fastHere != 0 {
                guard single(fastHere, i) else { return false }
            } else {
                guard segment(i..<j) else { return false }
            }
            i = j
            fastHere = fastNext
        }
        return true
    }

    /// ICU's NFKC_Casefold of one segment.
    private static func normalized(_ segment: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String.UnicodeScalarView {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: segment)
        return Normalizer.normalize(String(view), .nfkcCasefold).unicodeScalars
    }

    /// Writes the folded bytes and their offset map into room the caller gives: no capacity or
    /// uniqueness checks per byte, as appending to arrays made (three times per byte).
    private struct FoldedBuilder {
        private let bytes: UnsafeMutablePointer<UInt8>
        private let starts: UnsafeMutablePointer<Int32>
        private let ends: UnsafeMutablePointer<Int32>
        private(set) var count = 0
        private let capacity: Int
        let variants: (any ScalarFolding)?
        /// The variant table's folds (see ``ScalarFoldTable``), read in place: the caller keeps
        /// the table alive while the builder is used.
        let table: UnsafePointer<UInt32>?
        let tableCount: Int
        let tableStart: UInt32

        init(bytes: UnsafeMutablePointer<UInt8>, starts: UnsafeMutablePointer<Int32>, ends: UnsafeMutablePointer<Int32>,
             capacity: Int, variants: (any ScalarFolding)?, table: UnsafeBufferPointer<UInt32>?, tableStart: UInt32) {
            self.bytes = bytes
            self.starts = starts
            self.ends = ends
            self.capacity = capacity
            self.variants = variants
            self.table = table?.baseAddress
            tableCount = table?.count ?? 0
            self.tableStart = tableStart
        }

        /// Writes the scalar's folded bytes; false, writing nothing, when they do not fit.
        @inline(__always)
        mutating func emit(_ scalar: Unicode.Scalar, _ from: Int, _ to: Int) -> Bool {
            var value = scalar.value
            if let table {
                // Below the table nothing folds (ASCII, kana); above it, the folder decides.
                if value >= tableStart {
                    let offset = Int(value &- tableStart)
                    if offset < tableCount {
                        let fold = table[offset]
                        if fold != 0, Unicode.Scalar(fold) != nil { value = fold }
                    } else if let fold = variants?.fold(scalar) {
                        value = fold.value
                    }
                }
            } else if let variants, let fold = variants.fold(scalar) {
                value = fold.value
            }
            return emitFolded(value, from, to)
        }

        /// Writes the bytes of a scalar value already folded; false, writing nothing, when they
        /// do not fit.
        @inline(__always)
        mutating func emitFolded(_ value: UInt32, _ from: Int, _ to: Int) -> Bool {
            guard count + 4 <= capacity else { return false }
            let from = Int32(from), to = Int32(to)
            // UTF-8 by hand: the standard library's encoder returns a collection to iterate.
            if value < 0x80 {
                put(UInt8(value), from, to)
            } else if value < 0x800 {
                put(UInt8(0xC0 | value >> 6), from, to)
                put(UInt8(0x80 | value & 0x3F), from, to)
            } else if value < 0x10000 {
                put(UInt8(0xE0 | value >> 12), from, to)
                put(UInt8(0x80 | value >> 6 & 0x3F), from, to)
                put(UInt8(0x80 | value & 0x3F), from, to)
            } else {
                put(UInt8(0xF0 | value >> 18), from, to)
                put(UInt8(0x80 | value >> 12 & 0x3F), from, to)
                put(UInt8(0x80 | value >> 6 & 0x3F), from, to)
                put(UInt8(0x80 | value & 0x3F), from, to)
            }
            return true
        }

        @inline(__always)
        private mutating func put(_ byte: UInt8, _ from: Int32, _ to: Int32) {
            bytes[count] = byte
            starts[count] = from
            ends[count] = to
            count += 1
        }
    }

    /// The folded form of `text` alone, without the offset map: what dictionaries index written
    /// forms by. Equal to `TextBuffer(text, variants:).foldedText`, at a fraction of the cost
    /// for a short text (every headword at `dict install`, the curated terms at every start-up).
    public static func fold(_ text: String, variants: (any ScalarFolding)? = nil) -> String {
        let scalars = Self.scalars(of: text)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        func append(_ scalar: Unicode.Scalar) {
            let value = (variants?.fold(scalar) ?? scalar).value
            if value < 0x80 {
                out.append(UInt8(value))
            } else {
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
            }
        }
        // The switch of fastFold, not the buffer's table: the table costs more to make than a
        // short key takes to fold.
        _ = scalars.withUnsafeBufferPointer { scalars in
            forEachSegment(
                scalars, fast: { fastFold($0)?.value ?? 0 },
                single: { value, _ in
                    append(Unicode.Scalar(value)!)
                    return true
                },
                segment: { range in
                    for scalar in normalized(scalars[range]) { append(scalar) }
                    return true
                })
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded text as a String.
    public var foldedText: String { String(decoding: folded, as: UTF8.self) }

    /// The original scalar range of a folded byte range. Both ends must be scalar boundaries of
    /// the folded text (a matcher that walks whole UTF-8 sequences only produces those).
    public func originalRange(ofFolded range: Range<Int>) -> Range<Int> {
        let start = Int(segmentStart[range.lowerBound])
        if range.isEmpty { return start..<start }
        return start..<max(start, Int(segmentEnd[range.upperBound - 1]))
    }

    /// The original text of a scalar range.
    public func originalSlice(_ range: Range<Int>) -> String {
        // Encoded straight into the string's storage: appending to a UnicodeScalarView was a
        // measurable part of annotating.
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for scalar in originalScalars[range] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a folded byte offset falls between two folding segments. A match must start and
    /// end on such boundaries: inside an expansion (㍿ → 株式会社) there is no original position.
    public func isSegmentBoundary(_ offset: Int) -> Bool {
        offset == 0 || offset == folded.count || segmentStart[offset] != segmentStart[offset - 1]
    }

    /// ``isSegmentBoundary(_:)`` of every folded offset, `0...folded.count`, in one pass.
    public func segmentBoundaries() -> [Bool] {
        let count = folded.count
        return [Bool](unsafeUninitializedCapacity: count + 1) { flags, initialized in
            segmentStart.withUnsafeBufferPointer { starts in
                flags[0] = true
                for offset in stride(from: 1, to: count, by: 1) { flags[offset] = starts[offset] != starts[offset - 1] }
                flags[count] = true
            }
            initialized = count + 1
        }
    }

    /// The original scalar offset where the segment containing folded byte `offset` starts.
    public func originalOffset(ofFolded offset: Int) -> Int { Int(segmentStart[offset]) }

    /// Scalars that NFKC_Casefold keeps as they are (or lowercases) and that start a segment: the
    /// bulk of Japanese and Chinese text, folded without calling ICU.
    @inline(__always)
    static func fastFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        // The bulk of Japanese and Chinese text first: kana and the unified ideographs.
        if v >= 0x4E00 {
            if v <= 0x9FFF { return scalar }
        } else if Kana.isLetter(v) {
            return scalar
        }
        switch v {
        case 0x20...0x40, 0x5B...0x7E, 0x0A, 0x0D, 0x09: return scalar
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)
        // Full-width ASCII (（）！？０-９Ａ-Ｚ), common in Japanese text, and the ideographic space:
        // NFKC makes them ASCII, case folding lowers the letters.
        case 0xFF21...0xFF3A: return Unicode.Scalar(v - 0xFEE0 + 0x20)
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)
        case 0x3000: return " "
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3001...0x3003, 0x3005...0x3007, 0x300C...0x300F,
            0x4E00...0x9FFF, 0x3400...0x4DBF:
            return scalar
        default: return nil
        }
    }
}
