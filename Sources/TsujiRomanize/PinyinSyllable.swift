/// One pinyin syllable: its toneless spelling and its tone.
public struct PinyinSyllable: Hashable, Sendable, CustomStringConvertible {
    /// The toneless syllable in lowercase, ü written as "ü" ("lü", "nüe", "ju", "zhuang").
    public let base: String
    /// 1–4, or 5 for the neutral tone (also what an unmarked syllable reads as).
    public let tone: Int

    /// A syllable as given; `base` is not checked against the table (see
    /// `Pinyin.isValidSyllable`). A tone outside 1–5 is taken as neutral.
    public init(base: String, tone: Int) {
        self.base = base
        self.tone = (1...5).contains(tone) ? tone : 5
    }

    /// With its tone mark: "lǜ", "zhōng", "ma".
    public var marked: String { PinyinWriter.marked(self) }

    /// As CC-CEDICT writes it: "lu:4", "zhong1", "ma5".
    public var numbered: String {
        var view = String.UnicodeScalarView()
        for scalar in base.unicodeScalars {
            if scalar == "ü" { view.append(contentsOf: "u:".unicodeScalars) } else { view.append(scalar) }
        }
        return String(view) + String(tone)
    }

    /// The numbered form (`numbered`): plain ASCII, so a syllable reads the same in any log or
    /// test failure.
    public var description: String { numbered }
}
