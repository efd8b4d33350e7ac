import Testing
@testable import TsujiText

/// A small deterministic generator, so a failing case can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pieces that stress folding: combining marks, emoji ZWJ sequences, CRLF, BOM, half-width kana,
/// full-width forms, compatibility characters that expand, ignorable characters, astral kanji.
let awkwardPieces: [String] = [
    "アリババ", "通義千問", "騰訊", "ﾃﾝｾﾝﾄ", "ﾎﾞ", "ﾊﾟ", "ＡＩ２０２６", "Qwen", "\r\n", "\n", "\u{FEFF}",
    "e\u{301}", "か\u{3099}", "\u{3099}", "👨‍👩‍👧", "🇯🇵", "㍿", "ﬁ", "Ⅻ", "\u{200B}", "\u{200D}", "𠮷",
    "　", "。", "（", "）", "「", "」", "ß", "İ", "a", "1", " ", "\u{0301}\u{0323}", "ｰ", "ヶ", "々",
]

@Suite struct TextBufferTests {
    @Test func foldsWidthAndCase() {
        let buffer = TextBuffer("ﾃﾝｾﾝﾄとＡＩ２０２６とQwen")
        #expect(buffer.foldedText == "テンセントとai2026とqwen")
    }

    @Test func foldedSpanMapsBackToOriginal() {
        let buffer = TextBuffer("前ﾃﾝｾﾝﾄ後")
        let folded = Array(buffer.foldedText.utf8)
        // "テンセント" starts after "前" (3 bytes) and is 15 bytes long.
        #expect(String(decoding: folded[3..<18], as: UTF8.self) == "テンセント")
        let range = buffer.originalRange(ofFolded: 3..<18)
        #expect(buffer.originalSlice(range) == "ﾃﾝｾﾝﾄ")
    }

    @Test func expansionMapsToTheWholeSegment() {
        let buffer = TextBuffer("㍿アリババ")
        #expect(buffer.foldedText == "株式会社アリババ")
        // Any part of the expansion maps back to the one original scalar.
        #expect(buffer.originalRange(ofFolded: 3..<6) == 0..<1)
        #expect(!buffer.isSegmentBoundary(3) && buffer.isSegmentBoundary(12))
    }

    /// U+2066 (LEFT-TO-RIGHT ISOLATE) is Default_Ignorable_Code_Point, which NFKC_Casefold maps
    /// to nothing (Unicode DerivedNormalizationProps, NFKC_CF). After a character it joins that
    /// character's segment; at the very start it is a segment of its own with no folded byte, so
    /// no span starts with it there either (found by fuzzing: the whole folded text maps to 1..<n).
    /// A text that folding makes four times longer than the room first given (its length plus
    /// 64 bytes) is folded again with more room, and maps back as a short one does.
    @Test func longExpansionsGetMoreRoom() {
        let text = "a" + String(repeating: "㍿", count: 300) + "ｂ"
        let buffer = TextBuffer(text)
        #expect(buffer.foldedText == "a" + String(repeating: "株式会社", count: 300) + "b")
        #expect(buffer.folded.count > 3 * text.utf8.count)
        // Each 株式会社 (12 bytes) maps to its one ㍿; the last letter to the last scalar.
        #expect(buffer.originalRange(ofFolded: 1..<13) == 1..<2)
        #expect(buffer.originalRange(ofFolded: (1 + 12 * 299)..<(1 + 12 * 300)) == 300..<301)
        #expect(buffer.originalRange(ofFolded: (buffer.folded.count - 1)..<buffer.folded.count) == 301..<302)
        #expect(!buffer.isSegmentBoundary(2))
        #expect(buffer.isSegmentBoundary(13))
    }

    @Test func defaultIgnorableFoldsToNothing() {
        let leading = TextBuffer("\u{2066}AB")
        #expect(leading.foldedText == "ab")
        #expect(leading.originalRange(ofFolded: 0..<2) == 1..<3)
        let inside = TextBuffer("A\u{2066}B")
        #expect(inside.foldedText == "ab")
        #expect(inside.originalRange(ofFolded: 0..<1) == 0..<2)
        #expect(inside.originalRange(ofFolded: 0..<2) == 0..<3)
        let alone = TextBuffer("\u{2066}")
        #expect(alone.folded.isEmpty && alone.originalRange(ofFolded: 0..<0).isEmpty)
    }

    @Test func variantFoldingPlugsIn() {
        struct Simplify: ScalarFolding {
            func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
                switch scalar { case "騰": "腾"; case "訊": "讯"; default: nil }
            }
        }
        let buffer = TextBuffer("騰訊", variants: Simplify())
        #expect(buffer.foldedText == "腾讯")
        #expect(buffer.originalSlice(buffer.originalRange(ofFolded: 0..<6)) == "騰訊")
    }

    /// With a folder, the folded text is NFKC_Casefold followed by the folder's fold of each
    /// character, whether the folder has a table (whole BMP from its start, or part of it, the
    /// rest asked of the folder) or none.
    @Test(arguments: [UInt32(0x3400), 0x20, 0x3000], [true, false])
    func variantFoldsFollowNormalization(tableStart: UInt32, wholeBMP: Bool) {
        // Folds a few letters, kana, kanji, full-width forms' folds and an astral character.
        let pairs: [UInt32: UInt32] = [0x61: 0x62, 0x30A2: 0x30A4, 0x9A30: 0x817E, 0x8A0A: 0x8BAF, 0x3400: 0x3401,
                                       0x20: 0x5F, 0xFF41: 0x41, 0x20BB7: 0x5409]
        struct Folder: ScalarFolding {
            let pairs: [UInt32: UInt32]
            let table: ScalarFoldTable?
            func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? { pairs[scalar.value].flatMap(Unicode.Scalar.init) }
            var foldTable: ScalarFoldTable? { table }
        }
        let end: UInt32 = wholeBMP ? 0x10000 : 0x9000
        let folds = (tableStart..<end).map { pairs[$0] ?? 0 }
        let folders = [Folder(pairs: pairs, table: ScalarFoldTable(start: tableStart, folds: folds)), Folder(pairs: pairs, table: nil)]
        let text = "aAＡａ アｱ騰訊 㐀𠮷 ﾃﾝｾﾝﾄ か\u{3099} e\u{301} ㍿ Qwen　通義千問"
        for folder in folders {
            // Below its table a folder with one folds nothing; the rest it folds as asked.
            let expected = Normalizer.normalize(text, .nfkcCasefold).unicodeScalars.map { scalar in
                if let table = folder.table, scalar.value < table.start { return scalar }
                return folder.fold(scalar) ?? scalar
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: expected)
            #expect(TextBuffer(text, variants: folder).folded == Array(String(view).utf8), "table \(folder.table != nil)")
            // fold(_:variants:) asks the folder alone, so it agrees where the folder's table and
            // its fold(_:) agree (this folder's table leaves alone what lies below its start).
            if folder.table == nil {
                #expect(Array(TextBuffer.fold(text, variants: folder).utf8) == Array(String(view).utf8), "fold(_:variants:)")
            }
        }
    }

    /// The folded text is ICU's NFKC_Casefold of the whole text, for every character of the
    /// BMP and beyond (the fast paths: hand-written fast folds, UTF-8 decoding and encoding).
    @Test func foldingIsNFKCCasefold() {
        var scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.value < 0x30000 || $0.value >= 0xE0000 }
        // Neighbours that compose (か + ゙, e + ́) meet as often as in text when shuffled.
        var random = SplitMix64(state: 2026)
        scalars.shuffle(using: &random)
        for start in stride(from: 0, to: scalars.count, by: 4096) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<min(start + 4096, scalars.count)])
            let text = String(view)
            // Bytes, not Strings: String equality is canonical equivalence (か + ゙ == が).
            #expect(TextBuffer(text).folded == Array(Normalizer.normalize(text, .nfkcCasefold).utf8), "block at \(start)")
            #expect(TextBuffer(text).originalScalars == Array(text.unicodeScalars))
            #expect(Array(TextBuffer.fold(text).utf8) == TextBuffer(text).folded, "fold(_:) at \(start)")
        }
        // Every kana, letter and digit followed by each combining mark that composes with some.
        let bases = (0x3041...0x30FF).map { $0 } + (0x20...0x7E).map { $0 } + (0xFF01...0xFF9F).map { $0 }
        let marks: [Unicode.Scalar] = ["\u{3099}", "\u{309A}", "\u{FF9E}", "\u{FF9F}", "\u{0301}", "\u{0308}"]
        let composing = bases.compactMap(Unicode.Scalar.init).flatMap { base in marks.map { String(base) + String($0) } }
        for piece in awkwardPieces + composing {
            #expect(TextBuffer(piece).folded == Array(Normalizer.normalize(piece, .nfkcCasefold).utf8), "\(piece.debugDescription)")
        }
    }

    @Test(arguments: 0..<400)
    func everySpanMapsBackToValidSlices(seed: Int) throws {
        var random = SplitMix64(state: UInt64(seed))
        let pieceCount = Int.random(in: 0...12, using: &random)
        let text = (0..<pieceCount).map { _ in awkwardPieces.randomElement(using: &random)! }.joined()
        let buffer = TextBuffer(text)
        let folded = buffer.folded
        // Scalar boundaries of the folded text.
        var boundaries = [0]
        var offset = 0
        for scalar in buffer.foldedText.unicodeScalars {
            offset += UTF8.width(scalar)
            boundaries.append(offset)
        }
        #expect(offset == folded.count)
        // Random spans: each maps to a valid, in-order original range.
        for _ in 0..<8 where boundaries.count > 1 {
            let a = boundaries.randomElement(using: &random)!
            let b = boundaries.randomElement(using: &random)!
            let span = min(a, b)..<max(a, b)
            let range = buffer.originalRange(ofFolded: span)
            #expect(range.lowerBound >= 0 && range.upperBound <= buffer.originalScalars.count)
        }
        // Cut the folded text at segment boundaries (where a matcher may start or end a match)
        // into consecutive spans; the original slices between and of the spans concatenate to
        // the input exactly.
        let segmentBoundaries = boundaries.filter(buffer.isSegmentBoundary)
        var cuts = Set([0, folded.count])
        for _ in 0..<4 { cuts.insert(segmentBoundaries.randomElement(using: &random)!) }
        let sorted = cuts.sorted()
        var rebuilt = ""
        var previousEnd = 0
        for (start, end) in zip(sorted, sorted.dropFirst()) {
            let range = buffer.originalRange(ofFolded: start..<end)
            if range.isEmpty { continue }
            try #require(range.lowerBound >= previousEnd)
            rebuilt += buffer.originalSlice(previousEnd..<range.lowerBound)
            rebuilt += buffer.originalSlice(range)
            previousEnd = range.upperBound
        }
        rebuilt += buffer.originalSlice(previousEnd..<buffer.originalScalars.count)
        #expect(Array(rebuilt.unicodeScalars) == Array(text.unicodeScalars), "seed \(seed): \(text.debugDescription)")
    }
}
