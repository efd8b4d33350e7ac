import TsujiText

/// Kana → romaji: modified Hepburn with macrons by default (とうきょう → tōkyō, しんや →
/// shin'ya, まっちゃ → matcha, コーヒー → kōhī), and the other styles of `HepburnStyle`.
///
/// Hiragana, katakana (also half-width and the small Ainu letters), voicing marks written
/// apart (か゛, ｶﾞ), the iteration marks ゝ ゞ ヽ ヾ and the extended katakana for foreign
/// sounds are read; anything else passes through unchanged, except the middle dot ・, which
/// separates words and becomes a space. Kana are read as written: the particles は and へ are
/// ha and he, and おう is ō even where it spans two morphemes, because telling those apart needs
/// a dictionary.
public enum Hepburn {
    /// Romanizes `kana` in `style`. Never fails: a stray small kana is read on its own (ゃ → ya),
    /// っ before a vowel or at the end is dropped, ー with no vowel before it becomes "-", and a
    /// voicing or iteration mark that fits nothing is dropped.
    public static func romanize(_ kana: String, style: HepburnStyle = .modified) -> String {
        let scalars = romanize(scalars: kana.unicodeScalars, style: style)
        // Made as UTF-8 in one go: a UnicodeScalarView appends a scalar at a time, slower
        // than the romanizing itself (lookup romanizes every reading it shows).
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count + scalars.count / 2)
        for scalar in scalars { UTF8.encode(scalar) { utf8.append($0) } }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Romanizes a sequence of scalars; the scalar form of `romanize(_:style:)`.
    public static func romanize(scalars: some Sequence<Unicode.Scalar>, style: HepburnStyle = .modified) -> [Unicode.Scalar] {
        let letters = KanaNormalizer.normalize(scalars)
        var writer = HepburnWriter(style: style)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: Unicode.Scalar? = index + 1 < letters.count ? letters[index + 1] : nil
            if let mora = KanaTable.mora(letter, style: style) {
                if let next, let combined = KanaTable.combination(letter, next, style: style) {
                    writer.mora(combined, plainVowel: false)
                    index += 2
                } else {
                    writer.mora(mora, plainVowel: KanaTable.isPlainVowel(letter))
                    index += 1
                }
                continue
            }
            switch letter {
            case "っ": writer.sokuon()
            case "ん": writer.moraicN()
            case KanaNormalizer.prolongedSoundMark: writer.prolong()
            case KanaNormalizer.middleDot: writer.other(" ")
            default:
                if let small = KanaTable.smallKana(letter) {
                    writer.mora(small, plainVowel: false)
                } else {
                    writer.other(letter)
                }
            }
            index += 1
        }
        return writer.finish()
    }

    /// A loose lookup key of romaji, in lowercase ASCII letters and digits, so that the many
    /// ways of writing one reading meet: "Tsūgi", "tsuugi", "tsugi", "TSUGI" and "tuugi" all
    /// give "tsugi"; "Tōkyō", "Toukyou", "Tookyoo" and "Tokyo" give "tokyo".
    ///
    /// Steps, applied the same way to romaji and (through `looseKey(kana:)`) to kana:
    /// 1. lowercase; accents dropped (ō ô ó → o); everything but a–z and 0–9 dropped, so spaces,
    ///    apostrophes (shin'ya → shinya) and hyphens go;
    /// 2. Kunrei and Nihon spellings become Hepburn: si → shi, ti → chi, tu → tsu, hu → fu,
    ///    zi, di → ji, du → zu, sy/ty/zy/jy + vowel → sh/ch/j + vowel; m before b, m, p → n
    ///    (shimbun → shinbun); cch → tch;
    /// 3. a vowel repeated is written once (aa → a, ii → i, uu → u, ee → e, oo → o) and ou → o.
    ///    ii collapses too, because word-processor romaji writes ー after i as ii (koohii);
    ///    ei stays, since Hepburn keeps it.
    /// The key is deliberately lossy (ティ and チ, おばさん and おばあさん meet): it finds
    /// candidates, and the caller ranks them by their exact forms. Passport spellings with h
    /// (Ohno) are not folded.
    public static func looseKey(romaji: String) -> String {
        var letters: [UInt8] = []
        letters.reserveCapacity(romaji.utf8.count)
        let isASCII = romaji.utf8.allSatisfy { $0 < 0x80 }
        let decomposed: String
        if isASCII {
            decomposed = romaji
        } else if let latin = LatinDecomposition.nfd(romaji) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: latin)
            decomposed = String(view)
        } else {
            decomposed = Normalizer.normalize(romaji, .nfd)
        }
        for byte in decomposed.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): letters.append(byte)
            default: continue
            }
        }
        return String(decoding: foldLoose(letters), as: UTF8.self)
    }

    /// The loose key of a kana reading: its modified Hepburn through `looseKey(romaji:)`, so
    /// つうぎ, ツウギ and ﾂｳｷﾞ give "tsugi" like the romaji spellings do.
    public static func looseKey(kana: String) -> String {
        looseKey(romaji: romanize(kana, style: .modified))
    }

    private static func foldLoose(_ letters: [UInt8]) -> [UInt8] {
        func at(_ index: Int) -> UInt8 { index < letters.count ? letters[index] : 0 }
        func isVowel(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "a") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "u")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o")
        }
        let c = UInt8(ascii: "c"), d = UInt8(ascii: "d"), f = UInt8(ascii: "f")
        let h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j"), m = UInt8(ascii: "m")
        let n = UInt8(ascii: "n"), o = UInt8(ascii: "o"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
        let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), z = UInt8(ascii: "z"), b = UInt8(ascii: "b")
        let p = UInt8(ascii: "p")
        var out: [UInt8] = []
        out.reserveCapacity(letters.count + 4)
        var index = 0
        while index < letters.count {
            let letter = letters[index], next = at(index + 1)
            if isVowel(letter) {
                // A repeated vowel is written once, and ou is o.
                if let last = out.last, last == letter || (last == o && letter == u) {
                    index += 1
                    continue
                }
                out.append(letter)
                index += 1
                continue
            }
            switch (letter, next) {
            case (s, h), (c, h), (t, s):  // Hepburn digraphs: copied whole
                out += [letter, next]
                index += 2
            case (s, i): out += [s, h]; index += 1  // si → shi (the i follows)
            case (t, i): out += [c, h]; index += 1  // ti → chi
            case (t, u): out += [t, s]; index += 1  // tu → tsu
            case (h, u): out.append(f); index += 1  // hu → fu
            case (z, i), (d, i): out.append(j); index += 1  // zi, di → ji
            case (d, u): out.append(z); index += 1  // du → zu
            case (s, y) where isVowel(at(index + 2)): out += [s, h]; index += 2  // sya → sha
            case (t, y) where isVowel(at(index + 2)): out += [c, h]; index += 2  // tya → cha
            case (z, y) where isVowel(at(index + 2)), (j, y) where isVowel(at(index + 2)):
                out.append(j)
                index += 2  // zya, jya → ja
            case (m, b), (m, p), (m, m): out.append(n); index += 1  // shimbun → shinbun
            case (c, c) where at(index + 2) == h: out.append(t); index += 1  // maccha → matcha
            default:
                out.append(letter)
                index += 1
            }
        }
        return out
    }
}
