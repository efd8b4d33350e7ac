/// Writes romaji mora by mora and applies the rules that look across morae: long vowels
/// (おう → ō, ー), the geminate っ (っち → tch), and syllabic ん (n', m before b/m/p in
/// traditional Hepburn).
struct HepburnWriter {
    let style: HepburnStyle
    private(set) var output: [Unicode.Scalar] = []

    /// Where the vowel of the last mora sits in `output`, while it can still be lengthened.
    private var lastVowelIndex: Int?
    private var lastVowel: KanaTable.Vowel?
    private var lastVowelIsLong = false
    private var pendingN = false
    private var pendingSokuon = false

    init(style: HepburnStyle) {
        self.style = style
        output.reserveCapacity(32)
    }

    private var circumflex: Bool { style == .kunrei || style == .nihon }

    /// A mora. `plainVowel` is true for a full-size あ い う え お standing alone, the only
    /// morae that can merge into the vowel before them.
    mutating func mora(_ mora: KanaTable.Mora, plainVowel: Bool) {
        if plainVowel, style != .ascii, let previous = lastVowel, let index = lastVowelIndex, !lastVowelIsLong,
            Self.merges(previous, mora.vowel)
        {
            output[index] = previous.long(circumflex: circumflex)
            lastVowelIsLong = true
            return
        }
        let first: Unicode.Scalar = mora.onset.unicodeScalars.first ?? mora.vowel.letter
        flushN(before: first)
        if pendingSokuon {
            pendingSokuon = false
            if !mora.onset.isEmpty {
                if style.isHepburn, first == "c" {  // っち → tch
                    output.append("t")
                } else {
                    output.append(first)
                }
            }
        }
        output.append(contentsOf: mora.onset.unicodeScalars)
        lastVowelIndex = output.count
        output.append(mora.vowel.letter)
        lastVowel = mora.vowel
        lastVowelIsLong = false
    }

    /// The syllabic nasal ん.
    mutating func moraicN() {
        flushN(before: nil)
        pendingSokuon = false
        pendingN = true
        forgetVowel()
    }

    /// The geminate っ: doubles the consonant of the next mora; dropped before a vowel or at the end.
    mutating func sokuon() {
        flushN(before: nil)
        pendingSokuon = true
        forgetVowel()
    }

    /// The prolonged sound mark ー: lengthens the vowel before it once; repeated marks add
    /// nothing; with no vowel before it, it is written as a hyphen.
    mutating func prolong() {
        if let vowel = lastVowel, let index = lastVowelIndex {
            if !lastVowelIsLong {
                if style == .ascii {
                    output.append(vowel.letter)
                } else {
                    output[index] = vowel.long(circumflex: circumflex)
                }
                lastVowelIsLong = true
            }
            return
        }
        other("-")
    }

    /// Anything that is not kana passes through.
    mutating func other(_ scalar: Unicode.Scalar) {
        flushN(before: nil)
        pendingSokuon = false
        output.append(scalar)
        forgetVowel()
    }

    /// Writes a pending ん: n' before a vowel or y, m before b, m, p in traditional Hepburn.
    private mutating func flushN(before next: Unicode.Scalar?) {
        guard pendingN else { return }
        pendingN = false
        output.append(style == .traditional && (next == "b" || next == "m" || next == "p") ? "m" : "n")
        switch next {
        case "a", "i", "u", "e", "o", "y": output.append("'")
        default: break
        }
    }

    mutating func finish() -> [Unicode.Scalar] {
        flushN(before: nil)
        pendingSokuon = false
        return output
    }

    private mutating func forgetVowel() {
        lastVowel = nil
        lastVowelIndex = nil
        lastVowelIsLong = false
    }

    /// おう おお → ō, うう → ū, ああ → ā, ええ → ē. いい and えい stay as they are.
    static func merges(_ previous: KanaTable.Vowel, _ next: KanaTable.Vowel) -> Bool {
        switch (previous, next) {
        case (.o, .u), (.o, .o), (.u, .u), (.a, .a), (.e, .e): true
        default: false
        }
    }
}
