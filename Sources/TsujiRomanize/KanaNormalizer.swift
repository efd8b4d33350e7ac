/// Brings kana to one form before romanization: katakana (full- and half-width) become
/// hiragana, voicing marks are composed, iteration marks (ゝ ゞ ヽ ヾ) are expanded, and the
/// digraphs ゟ ヿ and the letters ヷ ヸ ヹ ヺ are spelled out. Everything else passes unchanged.
///
/// Romanization never looks at whether a mora was written in hiragana or katakana, so working on
/// one syllabary keeps the tables to one copy.
enum KanaNormalizer {
    /// The prolonged sound mark stays as it is: it is not a hiragana letter.
    static let prolongedSoundMark: Unicode.Scalar = "\u{30FC}"
    static let middleDot: Unicode.Scalar = "\u{30FB}"

    /// Half-width katakana U+FF66 … U+FF9D, in order, as full-width katakana.
    private static let halfWidth: [Unicode.Scalar] = Array(
        "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン".unicodeScalars)

    /// Small Ainu katakana U+31F0 … U+31FF, read as their full-size hiragana.
    private static let smallAinu: [Unicode.Scalar] = Array("くしすとぬはひふへほむらりるれろ".unicodeScalars)

    static func normalize(_ input: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.underestimatedCount)
        for scalar in input {
            let v = scalar.value
            switch v {
            case 0x3099, 0x309B, 0xFF9E:  // voiced sound mark: combine with the kana before it
                voice(&out, semi: false)
            case 0x309A, 0x309C, 0xFF9F:  // semi-voiced sound mark
                voice(&out, semi: true)
            case 0x309D, 0x30FD:  // ゝ ヽ: repeat the kana before, unvoiced
                iterate(&out, voiced: false)
            case 0x309E, 0x30FE:  // ゞ ヾ: repeat the kana before, voiced
                iterate(&out, voiced: true)
            case 0x309F: out += ["よ", "り"]  // ゟ
            case 0x30FF: out += ["こ", "と"]  // ヿ
            case 0x30F6: out.append("ゕ")  // ヶ, as in 一ヶ月, is read ka
            case 0x30F7...0x30FA:  // ヷ ヸ ヹ ヺ
                out += ["ゔ", smallVowelAfterV[Int(v - 0x30F7)]]
            case 0x30A1...0x30F5: out.append(Unicode.Scalar(v - 0x60)!)
            case 0x31F0...0x31FF: out.append(smallAinu[Int(v - 0x31F0)])
            case 0xFF66...0xFF9D:
                let katakana = halfWidth[Int(v - 0xFF66)]
                if katakana == prolongedSoundMark {
                    out.append(katakana)
                } else {
                    out.append(Unicode.Scalar(katakana.value - 0x60)!)
                }
            case 0xFF61: out.append("。")
            case 0xFF62: out.append("「")
            case 0xFF63: out.append("」")
            case 0xFF64: out.append("、")
            case 0xFF65: out.append(middleDot)
            case 0xFF70: out.append(prolongedSoundMark)
            default: out.append(scalar)
            }
        }
        return out
    }

    private static let smallVowelAfterV: [Unicode.Scalar] = ["ぁ", "ぃ", "ぇ", "ぉ"]

    /// The voiced form of a hiragana letter (か → が, う → ゔ), or nil.
    static func voiced(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x304B...0x3062 where (v - 0x304B) % 2 == 0,  // か … ち
            0x3064, 0x3066, 0x3068,  // つ て と
            0x306F, 0x3072, 0x3075, 0x3078, 0x307B:  // は ひ ふ へ ほ
            return Unicode.Scalar(v + 1)
        case 0x3046: return "ゔ"
        default: return nil
        }
    }

    /// The semi-voiced form (は → ぱ), or nil.
    static func semiVoiced(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x306F, 0x3072, 0x3075, 0x3078, 0x307B: return Unicode.Scalar(scalar.value + 2)
        default: return nil
        }
    }

    /// The unvoiced form (が → か, ぱ → は, ゔ → う), or the scalar itself.
    static func unvoiced(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        switch v {
        case 0x304C...0x3063 where (v - 0x304C) % 2 == 0, 0x3065, 0x3067, 0x3069: return Unicode.Scalar(v - 1)!
        case 0x3070, 0x3073, 0x3076, 0x3079, 0x307C: return Unicode.Scalar(v - 1)!
        case 0x3071, 0x3074, 0x3077, 0x307A, 0x307D: return Unicode.Scalar(v - 2)!
        case 0x3094: return "う"
        default: return scalar
        }
    }

    /// Applies a (semi-)voiced sound mark to the letter before it. わ゛ ゐ゛ ゑ゛ を゛ are the
    /// old spellings of va vi ve vo. A mark that fits nothing is dropped.
    private static func voice(_ out: inout [Unicode.Scalar], semi: Bool) {
        guard let last = out.last else { return }
        if let marked = semi ? semiVoiced(last) : voiced(last) {
            out[out.count - 1] = marked
        } else if !semi, let index = [Unicode.Scalar("わ"), "ゐ", "ゑ", "を"].firstIndex(of: last) {
            out[out.count - 1] = "ゔ"
            out.append(smallVowelAfterV[index])
        }
    }

    /// Whether an iteration mark may repeat this letter: a full-size hiragana letter or ん.
    static func isRepeatable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3042, 0x3044, 0x3046, 0x3048, 0x304A...0x3062, 0x3064...0x3082, 0x3084, 0x3086, 0x3088...0x308D,
            0x308F...0x3094:
            return true
        default: return false
        }
    }

    /// ゝ repeats the letter before it unvoiced (こゝろ → こころ), ゞ voiced (いすゞ → いすず).
    /// After anything that is not a full-size letter the mark is dropped.
    private static func iterate(_ out: inout [Unicode.Scalar], voiced wantVoiced: Bool) {
        guard let last = out.last, isRepeatable(last) else { return }
        let plain = unvoiced(last)
        out.append(wantVoiced ? (voiced(plain) ?? last) : plain)
    }
}
