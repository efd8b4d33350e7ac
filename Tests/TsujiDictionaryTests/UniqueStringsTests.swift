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
}
