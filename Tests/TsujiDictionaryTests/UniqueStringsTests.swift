import Testing
@testable import TsujiDictionary

/// UniqueStrings keeps exactly the strings a `Set<String>` would keep, in the same cases where
/// its byte comparison could differ from String's canonical equivalence.
@Suite struct UniqueStringsTests {
    func kept(_ strings: [String]) -> [String] {
        var unique = UniqueStrings()
        return strings.filter { unique.insert($0) }
    }

    func keptBySet(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }

    @Test func repeatsGoPlainOrNot() {
        // が precomposed (U+304C) and as か + combining dakuten (U+304B U+3099); é both ways.
        let strings = ["紅包", "ホンバオ", "紅包", "が", "か\u{3099}", "e\u{301}", "é", "hóngbāo", "ホンバオ", "e\u{301}"]
        #expect(kept(strings) == ["紅包", "ホンバオ", "が", "e\u{301}", "hóngbāo"])
        #expect(kept(strings) == keptBySet(strings))
    }

    @Test func manyStringsSwitchToHashing() {
        // More than the strings compared one by one, with repeats and decomposed forms after.
        var strings = (0..<40).map { "語\($0)" } + (0..<40).map { "語\($0)" }
        strings += ["か\u{3099}", "が", "\u{C5}", "A\u{30A}", "\u{212B}"]  // Å three ways
        #expect(kept(strings) == keptBySet(strings))
        #expect(kept(strings).count == 40 + 2)
    }

    @Test func plainCheck() {
        #expect(UniqueStrings.isPlainNFC("騰訊テンセントtengxun"))
        #expect(!UniqueStrings.isPlainNFC("か\u{3099}"))
        #expect(!UniqueStrings.isPlainNFC("e\u{301}"))
        #expect(!UniqueStrings.isPlainNFC("\u{F900}"))  // a compatibility ideograph: NFC is U+8C48
    }

    /// The check reads UTF-8 lead bytes: every scalar of every UTF-8 length, and each edge of
    /// the plain ranges, against the ranges written as scalars.
    @Test func plainCheckByBytesMatchesTheRanges() {
        let plain: [ClosedRange<UInt32>] = [0...0x2FF, 0x3000...0x3029, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF,
                                            0x4E00...0x9FFF, 0xFF01...0xFFEE]
        let edges = plain.flatMap { [$0.lowerBound, $0.upperBound, $0.upperBound + 1] } + plain.map { $0.lowerBound &- 1 }
        let samples = Array(0...0x400) + Array(0x2F00...0x3100) + Array(0xFF00...0xFFFF) + edges + [0x1F600, 0x20000, 0xE000, 0xA000]
        for value in samples {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = plain.contains { $0.contains(value) }
            #expect(UniqueStrings.isPlainNFC(String(scalar)) == expected, "U+\(String(value, radix: 16))")
            #expect(UniqueStrings.isPlainNFC("紅包" + String(scalar) + "a") == expected, "U+\(String(value, radix: 16)) inside")
        }
        #expect(UniqueStrings.isPlainNFC(""))
    }
}
