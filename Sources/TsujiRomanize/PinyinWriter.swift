import TsujiText

/// Writes syllables with tone marks, keeping the case of the letters they came from.
enum PinyinWriter {
    /// The index of the letter that takes the tone mark: a or e if there is one; o in ou;
    /// otherwise the last vowel; for the syllabic nasals (m, n, ng, hm, hng) the m or n. Nil
    /// when nothing can carry a mark (the erhua r).
    static func markIndex(_ base: [Unicode.Scalar]) -> Int? {
        if let index = base.firstIndex(where: { $0 == "a" || $0 == "e" || $0 == "ê" }) { return index }
        if let index = base.indices.dropLast().first(where: { base[$0] == "o" && base[$0 + 1] == "u" }) { return index }
        if let index = base.lastIndex(where: { $0 == "i" || $0 == "o" || $0 == "u" || $0 == "ü" }) { return index }
        if base == ["r"] { return nil }
        return base.firstIndex(where: { $0 == "m" || $0 == "n" })
    }

    static func combiningMark(_ tone: Int) -> Unicode.Scalar? {
        switch tone {
        case 1: "\u{0304}"
        case 2: "\u{0301}"
        case 3: "\u{030C}"
        case 4: "\u{0300}"
        default: nil
        }
    }

    /// Appends the syllable `base` with `tone` to `out`, decomposed (NFD); `uppercase[i]` says
    /// whether letter i was a capital in the source. The caller composes the result (NFC).
    static func appendDecomposed(
        _ base: [Unicode.Scalar], tone: Int, uppercase: (Int) -> Bool, to out: inout [Unicode.Scalar]
    ) {
        let marked = tone == 5 ? nil : markIndex(base)
        for (index, letter) in base.enumerated() {
            let upper = uppercase(index)
            switch letter {
            case "ü":
                out.append(upper ? "U" : "u")
                out.append("\u{0308}")
            case "ê":
                out.append(upper ? "E" : "e")
                out.append("\u{0302}")
            default:
                out.append(upper && letter.isASCII ? Unicode.Scalar(letter.value & ~0x20)! : letter)
            }
            if index == marked, let mark = combiningMark(tone) { out.append(mark) }
        }
    }

    /// Composes decomposed output (ǚ from u + ̈ + ̌).
    static func composed(_ scalars: [Unicode.Scalar]) -> String {
        let text = String(String.UnicodeScalarView(scalars))
        return scalars.allSatisfy(\.isASCII) ? text : Normalizer.normalize(text, .nfc)
    }

    static func marked(_ syllable: PinyinSyllable) -> String {
        var out: [Unicode.Scalar] = []
        appendDecomposed(Array(syllable.base.unicodeScalars), tone: syllable.tone, uppercase: { _ in false }, to: &out)
        return composed(out)
    }
}
