import Foundation
import Testing
@testable import TsujiText

/// The chunked decoder and the paragraph splitter: the result must not depend on where the
/// input was cut into chunks.
@Suite struct StreamingDecoderTests {
    /// Decodes `bytes` fed in chunks of the given sizes (cycled).
    static func decode(_ bytes: [UInt8], chunks: [Int], encoding: String? = nil, lossy: Bool = false) throws(DecodingError) -> (String, Int) {
        let decoder = try StreamingDecoder(encoding: encoding, lossy: lossy)
        var text = "", position = 0, index = 0
        while position < bytes.count {
            let size = max(1, chunks[index % chunks.count])
            text += try decoder.decode(bytes[position..<min(bytes.count, position + size)])
            position += size
            index += 1
        }
        text += try decoder.finish()
        return (text, decoder.replacements)
    }

    static func error(_ body: () throws -> Void) -> DecodingError? {
        do { try body() } catch { return error as? DecodingError }
        return nil
    }

    @Test func anyChunkingGivesTheSameText() throws {
        let text = "中国の春節🧧と\u{FEFF}紅包、e\u{301}、ﾃﾝｾﾝﾄ。\r\nabc"
        let bytes = Array(text.utf8)
        for size in 1...8 {
            #expect(try Self.decode(bytes, chunks: [size]).0 == text)
            #expect(try Self.decode([0xEF, 0xBB, 0xBF] + bytes, chunks: [size]).0 == text, "a leading BOM is dropped")
        }
        #expect(try Self.decode(bytes, chunks: [1, 2, 5, 3]).0 == text)
    }

    @Test func errorsNameTheOffsetInTheWholeInput() {
        // "ab" + 中 (3 bytes) + an invalid byte at offset 5.
        let bytes: [UInt8] = [0x61, 0x62, 0xE4, 0xB8, 0xAD, 0xFF, 0x63]
        for size in 1...7 {
            let error = Self.error { _ = try Self.decode(bytes, chunks: [size]) }
            #expect(error == .invalidSequence(encoding: "UTF-8", byteOffset: 5, length: 1), "chunk size \(size)")
            let bom = Self.error { _ = try Self.decode([0xEF, 0xBB, 0xBF] + bytes, chunks: [size]) }
            #expect(bom == .invalidSequence(encoding: "UTF-8", byteOffset: 8, length: 1), "offsets count the BOM")
        }
        // A sequence cut short by the end of the input, whatever the chunks.
        for size in 1...4 {
            let error = Self.error { _ = try Self.decode([0x61, 0xE4, 0xB8], chunks: [size]) }
            #expect(error?.byteOffset == 1)
        }
        // The length counts the stray continuation bytes after the bad one, even across chunks
        // (found by fuzzing: Fuzz/Crashes/annotate/chunked-decoding-error-length).
        for size in 1...4 {
            let error = Self.error { _ = try Self.decode([0x61, 0x80, 0x95, 0x62], chunks: [size]) }
            #expect(error == .invalidSequence(encoding: "UTF-8", byteOffset: 1, length: 2), "chunk size \(size)")
        }
        let nul = Self.error { _ = try Self.decode([0x61, 0x62, 0x00, 0x63], chunks: [1]) }
        #expect(nul == .binary(byteOffset: 2))
    }

    /// A NUL in the first 8 KiB makes the input binary data, even after bad UTF-8 (a PNG
    /// header); later, the first problem in the input is reported, whatever the chunks (found
    /// by fuzzing: chunked decoding met the bad byte before the NUL, whole decoding the NUL).
    @Test func binaryDataIsANulInTheFirstEightKilobytes() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        let late = Array(repeating: UInt8(0x61), count: 9000) + [0xFF, 0x61, 0x00]
        let lateNul = Array(repeating: UInt8(0x61), count: 9000) + [0x00, 0xFF]
        for size in [1, 3, 100, 8192, 20_000] {
            for lossy in [false, true] {
                #expect(Self.error { _ = try Self.decode(png, chunks: [size], lossy: lossy) } == .binary(byteOffset: 8))
                #expect(Self.error { _ = try Self.decode(lateNul, chunks: [size], lossy: lossy) } == .binary(byteOffset: 9000))
            }
            #expect(Self.error { _ = try Self.decode(late, chunks: [size]) } == .invalidSequence(encoding: "UTF-8", byteOffset: 9000, length: 1))
            #expect(Self.error { _ = try Self.decode(late, chunks: [size], lossy: true) } == .binary(byteOffset: 9002))
        }
    }

    @Test func lossyReplacementsDoNotDependOnChunks() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0xE4, 0xB8, 0x62, 0xE4, 0xB8, 0xAD, 0xC0, 0xAF, 0xE4]
        let whole = try Self.decode(bytes, chunks: [bytes.count], lossy: true)
        // Swift's own decoder, independently: each maximal invalid subpart becomes one U+FFFD.
        let reference = String(decoding: bytes, as: UTF8.self)
        #expect(whole.0 == reference)
        #expect(whole.1 == reference.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        for size in 1...5 {
            let chunked = try Self.decode(bytes, chunks: [size], lossy: true)
            #expect(chunked.0 == whole.0 && chunked.1 == whole.1, "chunk size \(size)")
        }
    }

    @Test func utf16WithAByteOrderMark() throws {
        let text = "通義千問🐼"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for size in 1...5 {
            #expect(try Self.decode(little, chunks: [size]).0 == text)
            #expect(try Self.decode(big, chunks: [size]).0 == text)
        }
        // A lone high surrogate: the offset counts the BOM.
        let bad: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00]
        for size in 1...8 {
            let error = Self.error { _ = try Self.decode(bad, chunks: [size]) }
            #expect(error?.byteOffset == 4, "chunk size \(size)")
        }
        let cut: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D]
        for size in 1...6 {
            #expect(Self.error { _ = try Self.decode(cut, chunks: [size]) } == .truncatedSequence(encoding: "UTF-16BE", byteOffset: 4))
        }
    }

    @Test func legacyEncodingsInChunks() throws {
        // 東京 in EUC-JP, then an invalid byte pair.
        let bytes: [UInt8] = [0xC5, 0xEC, 0xB5, 0xFE]
        for size in 1...4 { #expect(try Self.decode(bytes, chunks: [size], encoding: "EUC-JP").0 == "東京") }
        #expect(Self.error { _ = try StreamingDecoder(encoding: "no-such-encoding") } == .unknownEncoding("no-such-encoding"))
    }

    @Test func emptyAndTinyInputs() throws {
        #expect(try Self.decode([], chunks: [1]).0 == "")
        #expect(Self.error { _ = try Self.decode([0xEF, 0xBB], chunks: [1]) }?.byteOffset == 0)
        #expect(try Self.decode([0xFF, 0xFE], chunks: [1]).0 == "")
        #expect(try Self.decode([0x61], chunks: [1]).0 == "a")
    }
}

@Suite struct ParagraphSplitterTests {
    /// Feeds `text` in chunks of `size` scalars; returns the pieces.
    static func split(_ text: String, size: Int, minimum: Int, maximum: Int) -> [String] {
        var splitter = ParagraphSplitter(minimumPiece: minimum, maximumPiece: maximum)
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = []
        var position = 0
        while position < scalars.count {
            var chunk = String.UnicodeScalarView()
            chunk.append(contentsOf: scalars[position..<min(scalars.count, position + size)])
            pieces += splitter.append(String(chunk))
            position += size
        }
        if let rest = splitter.finish() { pieces.append(rest) }
        return pieces
    }

    @Test func cutsAfterBlankLinesOnceLongEnough() {
        let text = "一段落目。\n\n二段落目。\n \t\n三段落目。\r\n\r\n四"
        let pieces = Self.split(text, size: 1000, minimum: 1, maximum: 1000)
        #expect(pieces == ["一段落目。\n\n", "二段落目。\n \t\n", "三段落目。\r\n\r\n", "四"])
        #expect(Self.split(text, size: 1000, minimum: 1000, maximum: 4000) == [text], "a short text is one piece")
        // Only after at least 20 bytes: the first cut skips the first blank line.
        #expect(Self.split(text, size: 1000, minimum: 20, maximum: 1000) == ["一段落目。\n\n二段落目。\n \t\n", "三段落目。\r\n\r\n四"])
    }

    @Test func longLinesAreCutAtLineBreaksThenSpacesThenCharacters() {
        let lines = String(repeating: "あいうえお\n", count: 4)  // 16 bytes a line
        let pieces = Self.split(lines, size: 7, minimum: 1, maximum: 40)
        #expect(pieces == ["あいうえお\nあいうえお\n", "あいうえお\nあいうえお\n"])
        let sentences = String(repeating: "あいう。", count: 6)  // 12 bytes a sentence
        #expect(Self.split(sentences, size: 5, minimum: 1, maximum: 30) == ["あいう。あいう。", "あいう。あいう。", "あいう。あいう。"])
        let run = String(repeating: "あ", count: 10)  // 30 bytes, no break at all
        #expect(Self.split(run, size: 3, minimum: 1, maximum: 10) == ["あああ", "あああ", "あああ", "あ"])
    }

    /// The rule the splitter implements, byte by byte over the whole text: the pieces' bytes.
    static func referencePieces(_ bytes: [UInt8], minimum: Int, maximum: Int) -> [[UInt8]] {
        // As the splitter's init: no piece limit below the minimum or below 4 bytes.
        let maximum = max(4, maximum, minimum)
        var cuts: [Int] = []
        var start = 0, lastLineEnd = 0, lastSoftBreak = 0
        var lineBlank = true
        var k = 0
        while k < bytes.count {
            let byte = bytes[k]
            if byte == 0x0A {
                if lineBlank, k + 1 - start >= minimum {
                    cuts.append(k + 1)
                    start = k + 1
                    lastSoftBreak = start
                }
                lastLineEnd = k + 1
                lineBlank = true
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                if byte == 0x20 { lastSoftBreak = k + 1 }
            } else {
                lineBlank = false
                if byte == 0x82, k >= start + 2, bytes[k - 2] == 0xE3, bytes[k - 1] == 0x80 { lastSoftBreak = k + 1 }
            }
            k += 1
            if k - start >= maximum {
                var end = lastLineEnd > start ? lastLineEnd : lastSoftBreak > start ? lastSoftBreak : k
                while end > start, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
                if end == start { end = k }
                cuts.append(end)
                start = end
                lastLineEnd = start
                lastSoftBreak = start
            }
        }
        var pieces: [[UInt8]] = []
        var from = 0
        for end in cuts + [bytes.count] where end > from {
            pieces.append(Array(bytes[from..<end]))
            from = end
        }
        return pieces
    }

    /// Long runs of plain text (read eight bytes at a time) between spaces, 。, line breaks and
    /// blank lines, cut with piece sizes around the runs' lengths, agree with the rule.
    @Test func agreesWithTheRuleByteByByte() {
        var random = SplitMix64(state: 7)
        let parts = ["中国語の文章", "。", "\n", "\n\n", " ", "\r\n", "アリババ集団", "abcdefghij", "\t", "\n \n", "紅包",
                     "む", "ア", "。」", "、", "🧧", "e\u{301}", "0123456789abcdef"]
        for round in 0..<300 {
            var text = ""
            for _ in 0..<Int.random(in: 0...120, using: &random) { text += parts.randomElement(using: &random)! }
            let minimum = Int.random(in: 1...200, using: &random)
            let maximum = Int.random(in: 4...200, using: &random)
            let expected = Self.referencePieces(Array(text.utf8), minimum: minimum, maximum: maximum)
            for size in [Int.max / 2, 1, 5, 13] {
                let pieces = Self.split(text, size: size, minimum: minimum, maximum: maximum).map { Array($0.utf8) }
                #expect(pieces == expected, "round \(round), chunks of \(size), minimum \(minimum), maximum \(maximum)")
            }
        }
    }

    /// Random texts (`TSUJI_PROPERTY_CASES` / 5 of them, default 200; `TSUJI_PROPERTY_SEED`).
    @Test func piecesDoNotDependOnChunkingAndRebuildTheText() {
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["TSUJI_PROPERTY_CASES"].flatMap(Int.init).map { max(1, $0 / 5) } ?? 200
        var random = SplitMix64(state: environment["TSUJI_PROPERTY_SEED"].flatMap(UInt64.init) ?? 42)
        let parts = ["中国", "。", "\n", "\n\n", " ", "\r\n", "🧧", "e\u{301}", "アリババ", "a", "\t", "\n \n", "紅包"]
        for round in 0..<rounds {
            var text = ""
            for _ in 0..<Int.random(in: 0...80, using: &random) { text += parts.randomElement(using: &random)! }
            let minimum = Int.random(in: 1...40, using: &random)
            let maximum = Int.random(in: 4...80, using: &random)
            let reference = Self.split(text, size: Int.max / 2, minimum: minimum, maximum: maximum)
            // Bytes compared, not Strings (String equality is canonical equivalence).
            #expect(Array(reference.joined().utf8) == Array(text.utf8), "round \(round)")
            #expect(reference.allSatisfy { $0.utf8.count <= max(4, maximum, minimum) && !$0.isEmpty }, "round \(round)")
            for size in [1, 2, 3, 7] {
                #expect(Self.split(text, size: size, minimum: minimum, maximum: maximum).map { Array($0.utf8) } == reference.map { Array($0.utf8) },
                        "round \(round), chunks of \(size)")
            }
        }
    }
}
