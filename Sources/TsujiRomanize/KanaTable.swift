/// The spelling of each hiragana letter (after `KanaNormalizer`) in each style, and the
/// combinations with small kana (きゃ, ファ, ティ, …).
enum KanaTable {
    enum Vowel: UInt8 {
        case a, i, u, e, o

        var letter: Unicode.Scalar {
            switch self {
            case .a: "a"
            case .i: "i"
            case .u: "u"
            case .e: "e"
            case .o: "o"
            }
        }

        /// The long vowel: with a macron in Hepburn, a circumflex in Kunrei and Nihon.
        func long(circumflex: Bool) -> Unicode.Scalar {
            switch self {
            case .a: circumflex ? "â" : "ā"
            case .i: circumflex ? "î" : "ī"
            case .u: circumflex ? "û" : "ū"
            case .e: circumflex ? "ê" : "ē"
            case .o: circumflex ? "ô" : "ō"
            }
        }
    }

    /// One mora: consonant letters (possibly empty) and a vowel.
    struct Mora: Equatable {
        var onset: String
        var vowel: Vowel
    }

    static let vowelOrder: [Vowel] = [.a, .i, .u, .e, .o]

    /// The onsets of the letters か … ゖ in Hepburn, indexed from U+3041; nil for letters that
    /// are not a plain consonant-vowel mora (small kana, っ, ん).
    private static let hepburn: [Mora?] = {
        var table = [Mora?](repeating: nil, count: 0x3097 - 0x3041)
        func set(_ letter: Unicode.Scalar, _ onset: String, _ vowel: Vowel) {
            table[Int(letter.value - 0x3041)] = Mora(onset: onset, vowel: vowel)
        }
        func row(_ letters: String, _ onsets: [String]) {
            for (index, letter) in letters.unicodeScalars.enumerated() {
                set(letter, onsets[index], vowelOrder[index])
            }
        }
        row("あいうえお", ["", "", "", "", ""])
        row("かきくけこ", ["k", "k", "k", "k", "k"])
        row("がぎぐげご", ["g", "g", "g", "g", "g"])
        row("さしすせそ", ["s", "sh", "s", "s", "s"])
        row("ざじずぜぞ", ["z", "j", "z", "z", "z"])
        row("たちつてと", ["t", "ch", "ts", "t", "t"])
        row("だぢづでど", ["d", "j", "z", "d", "d"])
        row("なにぬねの", ["n", "n", "n", "n", "n"])
        row("はひふへほ", ["h", "h", "f", "h", "h"])
        row("ばびぶべぼ", ["b", "b", "b", "b", "b"])
        row("ぱぴぷぺぽ", ["p", "p", "p", "p", "p"])
        row("まみむめも", ["m", "m", "m", "m", "m"])
        row("らりるれろ", ["r", "r", "r", "r", "r"])
        set("や", "y", .a)
        set("ゆ", "y", .u)
        set("よ", "y", .o)
        set("わ", "w", .a)
        set("ゐ", "", .i)
        set("ゑ", "", .e)
        set("を", "", .o)
        set("ゔ", "v", .u)
        set("ゕ", "k", .a)
        set("ゖ", "k", .e)
        return table
    }()

    /// The plain mora of a full-size letter in `style`, or nil.
    static func mora(_ letter: Unicode.Scalar, style: HepburnStyle) -> Mora? {
        let v = letter.value
        guard v >= 0x3041, v <= 0x3096, var mora = hepburn[Int(v - 0x3041)] else { return nil }
        switch (style, letter) {
        case (.kunrei, "し"), (.nihon, "し"): mora.onset = "s"
        case (.kunrei, "ち"), (.nihon, "ち"): mora.onset = "t"
        case (.kunrei, "つ"), (.nihon, "つ"): mora.onset = "t"
        case (.kunrei, "ふ"), (.nihon, "ふ"): mora.onset = "h"
        case (.kunrei, "じ"), (.nihon, "じ"), (.kunrei, "ぢ"): mora.onset = "z"
        case (.kunrei, "づ"): mora.onset = "z"
        case (.nihon, "ぢ"), (.nihon, "づ"): mora.onset = "d"
        case (.traditional, "を"), (.nihon, "を"), (.nihon, "ゐ"), (.nihon, "ゑ"): mora.onset = "w"
        default: break
        }
        return mora
    }

    /// Whether the letter is one of the full-size vowels あいうえお, which can lengthen the vowel
    /// before them (おう → ō).
    static func isPlainVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "あ", "い", "う", "え", "お": true
        default: false
        }
    }

    /// A small kana that combines with the letter before it, or stands alone as a mora.
    static func smallKana(_ letter: Unicode.Scalar) -> Mora? {
        switch letter {
        case "ぁ": Mora(onset: "", vowel: .a)
        case "ぃ": Mora(onset: "", vowel: .i)
        case "ぅ": Mora(onset: "", vowel: .u)
        case "ぇ": Mora(onset: "", vowel: .e)
        case "ぉ": Mora(onset: "", vowel: .o)
        case "ゃ": Mora(onset: "y", vowel: .a)
        case "ゅ": Mora(onset: "y", vowel: .u)
        case "ょ": Mora(onset: "y", vowel: .o)
        case "ゎ": Mora(onset: "w", vowel: .a)
        default: nil
        }
    }

    /// The palatal stem of a letter before small ゃ ゅ ょ (and ぇ after the i-row): き → ky,
    /// し → sh (Hepburn) or sy (Kunrei, Nihon).
    static func palatalStem(_ letter: Unicode.Scalar, style: HepburnStyle) -> String? {
        let hepburn = style.isHepburn
        switch letter {
        case "き": return "ky"
        case "ぎ": return "gy"
        case "し": return hepburn ? "sh" : "sy"
        case "じ": return hepburn ? "j" : "zy"
        case "ち": return hepburn ? "ch" : "ty"
        case "ぢ": return hepburn ? "j" : (style == .nihon ? "dy" : "zy")
        case "に": return "ny"
        case "ひ": return "hy"
        case "び": return "by"
        case "ぴ": return "py"
        case "み": return "my"
        case "り": return "ry"
        default: return nil
        }
    }

    /// Stems of the foreign-sound combinations before small ゃ ゅ ょ: フュ fyu, ヴュ vyu,
    /// テュ tyu, デュ dyu.
    private static func foreignPalatalStem(_ letter: Unicode.Scalar) -> String? {
        switch letter {
        case "ふ": "fy"
        case "ゔ": "vy"
        case "て": "ty"
        case "で": "dy"
        default: nil
        }
    }

    /// The mora that `letter` followed by the small kana `small` spells together, or nil when
    /// the pair does not combine (then each is read on its own).
    static func combination(_ letter: Unicode.Scalar, _ small: Unicode.Scalar, style: HepburnStyle) -> Mora? {
        guard let smallMora = smallKana(small) else { return nil }
        let vowel = smallMora.vowel
        if smallMora.onset == "y" {
            if let stem = palatalStem(letter, style: style) ?? foreignPalatalStem(letter) {
                return Mora(onset: stem, vowel: vowel)
            }
            return nil
        }
        if smallMora.onset == "w" {  // くゎ ぐゎ
            switch letter {
            case "く": return Mora(onset: "kw", vowel: .a)
            case "ぐ": return Mora(onset: "gw", vowel: .a)
            default: return nil
            }
        }
        // A small vowel.
        switch (letter, vowel) {
        case ("ふ", .a), ("ふ", .i), ("ふ", .e), ("ふ", .o): return Mora(onset: "f", vowel: vowel)
        case ("ゔ", .a), ("ゔ", .i), ("ゔ", .e), ("ゔ", .o): return Mora(onset: "v", vowel: vowel)
        case ("う", .a), ("う", .i), ("う", .e), ("う", .o): return Mora(onset: "w", vowel: vowel)
        case ("つ", .a), ("つ", .i), ("つ", .e), ("つ", .o): return Mora(onset: "ts", vowel: vowel)
        case ("く", .a), ("く", .i), ("く", .e), ("く", .o): return Mora(onset: "kw", vowel: vowel)
        case ("ぐ", .a), ("ぐ", .i), ("ぐ", .e), ("ぐ", .o): return Mora(onset: "gw", vowel: vowel)
        case ("て", .i): return Mora(onset: "t", vowel: .i)
        case ("で", .i): return Mora(onset: "d", vowel: .i)
        case ("と", .u): return Mora(onset: "t", vowel: .u)
        case ("ど", .u): return Mora(onset: "d", vowel: .u)
        case ("す", .i): return Mora(onset: "s", vowel: .i)
        case ("ず", .i): return Mora(onset: "z", vowel: .i)
        case ("い", .e): return Mora(onset: "y", vowel: .e)
        case (_, .e):  // シェ she, チェ che, ジェ je, キェ kye, …
            if let stem = palatalStem(letter, style: style) { return Mora(onset: stem, vowel: .e) }
            return nil
        default: return nil
        }
    }
}
