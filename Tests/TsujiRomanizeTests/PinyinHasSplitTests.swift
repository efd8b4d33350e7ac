import Testing
@testable import TsujiRomanize

/// `PinyinSplitter.hasSplit` answers exactly as the splitter's own search (`splits(limit: 1)`
/// not empty), which lookup asked before.
@Suite struct PinyinHasSplitTests {
    func agree(_ text: String) -> Bool {
        let units = PinyinScanner.scan(text)
        guard let groups = PinyinScanner.groups(units[...]) else { return true }
        return groups.allSatisfy { PinyinSplitter.hasSplit($0) == !PinyinSplitter.splits($0, limit: 1).isEmpty }
    }

    @Test func knownWords() {
        // Splits, erhua r after a syllable with an initial (not after a, o, e), special syllables,
        // tone marks and digits that agree or not, and letters that split into nothing.
        let split = ["tongyiqianwen", "xian", "fangan", "wanr", "yidianr", "hm", "ng", "r", "er", "ê", "Xīān", "hao3",
                     "lv4", "nü3", "tiananmen", "zhuang1"]
        let none = ["ar", "or", "err", "rr", "tengx", "qwen", "hao6", "xīǎn1", "brr", "zzz"]
        for text in split {
            let groups = PinyinScanner.groups(PinyinScanner.scan(text)[...]) ?? []
            #expect(!groups.isEmpty && groups.allSatisfy(PinyinSplitter.hasSplit), "\(text)")
        }
        for text in none {
            let groups = PinyinScanner.groups(PinyinScanner.scan(text)[...]) ?? []
            #expect(!groups.allSatisfy(PinyinSplitter.hasSplit) || groups.isEmpty, "\(text)")
        }
        for text in split + none { #expect(agree(text), "\(text)") }
    }

    @Test func agreesWithTheSearchOnRandomLetters() {
        var state: UInt64 = 0x7069_6E79_696E
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // Letters weighted toward pinyin's, and whole syllables, so that many runs split.
        let pieces = ["a", "e", "i", "o", "u", "n", "g", "h", "r", "z", "s", "x", "q", "j", "l", "v", "ng", "zh", "an",
                      "ang", "er", "ian", "uo", "ai", "ao", "ou", "ei", "ong", "ü", "á", "ě"]
        var splitting = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0...next(6) { text += pieces[next(pieces.count)] }
            if next(4) == 0 { text += String(1 + next(5)) }
            #expect(agree(text), "\(text)")
            if let groups = PinyinScanner.groups(PinyinScanner.scan(text)[...]), groups.allSatisfy(PinyinSplitter.hasSplit) {
                splitting += 1
            }
        }
        #expect(splitting > 500)
    }
}
