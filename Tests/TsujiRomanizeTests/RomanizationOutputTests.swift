import Testing
@testable import TsujiRomanize

/// `tsuji romanize`'s output, line by line, and its style option — bytes written here by hand.
@Suite struct RomanizationOutputTests {
    static func result(_ output: String, _ sources: [Romanizer.Segment.Source]) -> Romanizer.Result {
        Romanizer.Result(output: output, segments: sources.map { .init(range: 0..<1, output: output, source: $0) })
    }

    @Test func jsonIsAnArrayWithAnObjectALine() {
        var out = RomanizationOutput(format: .json)
        var lines = out.add("とうきょう", Self.result("tōkyō", [.kana]))
        lines += out.add("a\"b\\\t\u{1}\u{2028}", Self.result("x", [.fallback, .kana]))
        lines += out.finish()
        // U+2028 stays as it is in this contract; the rest is escaped as JSON needs.
        #expect(lines == [
            "[",
            #"{"input":"とうきょう","system":"hepburn","output":"tōkyō","fallback":false},"#,
            "{\"input\":\"a\\\"b\\\\\\t\\u0001\u{2028}\",\"system\":\"mixed\",\"output\":\"x\",\"fallback\":true}",
            "]",
        ])
    }

    @Test func noInputIsAnEmptyArray() {
        var out = RomanizationOutput(format: .json)
        #expect(out.finish() == ["[", "]"])
    }

    @Test func textIsTheOutputAlone() {
        var out = RomanizationOutput()
        #expect(out.add("通义", Self.result("tōng yì", [.fallback])) == ["tōng yì"])
        #expect(out.finish() == [])
    }

    @Test(arguments: [
        (Romanizer.Style.modified, HepburnStyle.modified, PinyinStyle.marks), (.traditional, .traditional, .marks),
        (.kunrei, .kunrei, .marks), (.nihon, .nihon, .marks), (.ascii, .ascii, .toneless),
        (.marks, .modified, .marks), (.numbered, .modified, .numbered), (.toneless, .modified, .toneless),
    ])
    func styleSetsItsSystemsStyle(style: Romanizer.Style, hepburn: HepburnStyle, pinyin: PinyinStyle) {
        let romanizer = Romanizer(system: .auto, style: style)
        #expect(romanizer.hepburnStyle == hepburn)
        #expect(romanizer.pinyinStyle == pinyin)
    }

    @Test func stylesThatDoNotFitTheSystem() {
        #expect(Romanizer.Style.numbered.conflict(with: .hepburn)
            == "--style numbered is a pinyin style; --system hepburn takes modified, traditional, kunrei, nihon or ascii.")
        #expect(Romanizer.Style.kunrei.conflict(with: .pinyin)
            == "--style kunrei is a Hepburn style; --system pinyin takes marks, numbered, toneless or ascii.")
        #expect(Romanizer.Style.ascii.conflict(with: .hepburn) == nil)
        #expect(Romanizer.Style.ascii.conflict(with: .pinyin) == nil)
        #expect(Romanizer.Style.marks.conflict(with: .auto) == nil)
        #expect(Romanizer(system: .auto, style: nil).hepburnStyle == .modified)
    }
}
