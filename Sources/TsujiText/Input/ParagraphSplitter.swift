#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a long text that arrives in chunks into pieces that can be handled one at a time, so
/// that memory stays bounded however long the text is.
///
/// A piece ends at a paragraph boundary (after a blank line: one that is empty or holds only
/// spaces, tabs or a carriage return) once it holds at least `minimumPiece` bytes; a text shorter
/// than that stays one piece. A piece that reaches `maximumPiece` bytes without a blank line is
/// cut after its last line break, else after its last space or 。, else between two characters.
///
/// The defaults (64 KiB, 256 KiB) keep a whole article in one piece (so names it introduces
/// apply throughout; an article is a few KB) while bounding the annotator's working memory,
/// which is a few hundred bytes per input byte with the full dictionaries.
///
/// Where the cuts fall depends only on the text, never on how it was chunked: reading the same
/// file through a pipe or from disk gives the same pieces. Concatenating the pieces gives the
/// text back exactly.
public struct ParagraphSplitter: Sendable {
    /// A piece ends at the first paragraph boundary after this many UTF-8 bytes.
    public let minimumPiece: Int
    /// No piece is longer than this many UTF-8 bytes.
    public let maximumPiece: Int

    /// The text not yet cut into pieces. Kept as a String, not bytes: pieces are copied out of
    /// it without checking their UTF-8 again (it was checked when the text was decoded).
    private var buffer = ""
    /// Where the scan of `buffer` stands (offsets into `buffer`).
    private var state = Scan()

    /// A splitter with these bounds, in UTF-8 bytes. `minimumPiece` is raised to 1 and
    /// `maximumPiece` to 4 (the longest UTF-8 character) and to `minimumPiece` when smaller.
    public init(minimumPiece: Int = 64 << 10, maximumPiece: Int = 256 << 10) {
        self.minimumPiece = max(1, minimumPiece)
        self.maximumPiece = max(4, maximumPiece, self.minimumPiece)
    }

    /// Adds text; returns the pieces it completes, in order.
    public mutating func append(_ text: String) -> [String] {
        buffer.append(text)
        // The scan reads the bytes through a pointer and notes where pieces end; the pieces
        // are made afterwards, copied out of the buffer.
        buffer.makeContiguousUTF8()
        _ = buffer.utf8.withContiguousStorageIfAvailable { bytes in
            Self.scan(bytes, &state, minimumPiece: minimumPiece, maximumPiece: maximumPiece)
        }
        var pieces: [String] = []
        var from = 0
        for end in state.cuts {
            pieces.append(slice(from, end))
            from = end
        }
        // What is left becomes the buffer; the scan's offsets move with it.
        let start = state.start
        if start > 0 { buffer = slice(start, buffer.utf8.count) }
        state.k -= start
        state.lastLineEnd -= start
        state.softFloor -= start
        state.start = 0
        state.cuts = []
        return pieces
    }

    /// Where a scan stands.
    private struct Scan {
        /// Bytes already scanned.
        var k = 0
        /// Whether the line being scanned is blank so far.
        var lineBlank = true
        /// The end of the last line break in the current piece.
        var lastLineEnd = 0
        /// Where the search for the last space or 。 stops (bytes before it were scanned before
        /// the last cut).
        var softFloor = 0
        /// Where the current piece starts.
        var start = 0
        /// The ends of the pieces completed.
        var cuts: [Int] = []
    }

    /// Scans `buffer` from `scan.k` on, a line at a time: memchr finds each line break, and a
    /// line is looked at only until its first character that is not a space (which makes it
    /// not blank). Where the last space or 。 falls matters only for a piece that outgrows
    /// `maximumPiece` without a line break, and is looked for then, backwards (scanning every
    /// byte for it was most of the cost of splitting).
    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ scan: inout Scan, minimumPiece: Int, maximumPiece: Int) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        var k = scan.k, start = scan.start, lineBlank = scan.lineBlank
        var lastLineEnd = scan.lastLineEnd, softFloor = scan.softFloor
        var cuts: [Int] = []
        while k < count {
            // A cut is due once the piece holds maximumPiece bytes.
            let stop = min(count, start + maximumPiece)
            if lineBlank {
                while k < stop, buffer[k] == 0x20 || buffer[k] == 0x09 || buffer[k] == 0x0D { k += 1 }
                if k < stop, buffer[k] != 0x0A { lineBlank = false }
            }
            if k < stop, buffer[k] != 0x0A {
                let found = memchr(base + k, 0x0A, stop - k)
                k = found.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? stop
            }
            if k < stop {
                // The line break at k.
                if lineBlank, k + 1 - start >= minimumPiece {
                    cuts.append(k + 1)
                    start = k + 1
                    softFloor = start
                }
                lastLineEnd = k + 1
                lineBlank = true
                k += 1
            }
            if k - start >= maximumPiece {
                var end = lastLineEnd > start ? lastLineEnd : lastSoftBreak(buffer, from: softFloor, to: k, start: start) ?? k
                while end > start, end < count, buffer[end] & 0xC0 == 0x80 { end -= 1 }
                if end == start { end = k }  // cannot happen for valid UTF-8 with maximumPiece >= 4
                cuts.append(end)
                start = end
                lastLineEnd = start
                softFloor = k
            }
        }
        scan.k = k
        scan.start = start
        scan.lineBlank = lineBlank
        scan.lastLineEnd = lastLineEnd
        scan.softFloor = softFloor
        scan.cuts = cuts
    }

    /// The end of the last space or 。 (E3 80 82, all of it in the piece that begins at `start`)
    /// among the bytes `floor..<end`, or nil.
    private static func lastSoftBreak(_ buffer: UnsafeBufferPointer<UInt8>, from floor: Int, to end: Int, start: Int) -> Int? {
        var j = end - 1
        while j >= floor {
            let byte = buffer[j]
            if byte == 0x20 { return j + 1 }
            if byte == 0x82, j >= start + 2, buffer[j - 2] == 0xE3, buffer[j - 1] == 0x80 { return j + 1 }
            j -= 1
        }
        return nil
    }

    /// The rest of the text, or nil when nothing is left.
    public mutating func finish() -> String? {
        defer {
            buffer = ""
            state = Scan()
        }
        return buffer.isEmpty ? nil : buffer
    }

    /// The buffer's bytes `from..<to`, both on scalar boundaries (a cut may fall inside a
    /// grapheme cluster, never inside a scalar), copied without checking them again.
    private func slice(_ from: Int, _ to: Int) -> String {
        let utf8 = buffer.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: from), upper = utf8.index(utf8.startIndex, offsetBy: to)
        return String(Substring(buffer.unicodeScalars[lower..<upper]))
    }
}
