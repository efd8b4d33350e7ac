internal import CICU

/// The classes of script that matter to tsuji when it reads Japanese text with Chinese terms.
public enum ScriptClass: String, Sendable, Equatable, CaseIterable {
    /// Han (with 々 〆), hiragana, katakana, Latin letters, decimal digits, punctuation and symbols,
    /// white space, and anything else (other scripts, a combining mark with nothing before it).
    case han, hiragana, katakana, latin, digit, punctuation, space, other
}

/// ICU script properties of scalars, and the split of a text into runs of one script class.
public enum ScriptRuns {
    /// A run of scalars of one class: `range` is in Unicode scalar offsets.
    public struct Run: Sendable, Equatable {
        /// The run's scalars, as offsets into the text.
        public let range: Range<Int>
        /// The class of the run: of each of its scalars, once marks have taken their context's.
        public let script: ScriptClass
    }

    /// ICU's script code of a scalar (USCRIPT_HAN is 17, HIRAGANA 20, KATAKANA 22, LATIN 25,
    /// COMMON 0, INHERITED 1).
    public static func icuScript(_ scalar: Unicode.Scalar) -> Int32 {
        var status: Int32 = 0
        return tsuji_script(Int32(scalar.value), &status)
    }

    /// ICU's short name of the scalar's script ("Hani", "Hira", "Zyyy").
    public static func icuScriptName(_ scalar: Unicode.Scalar) -> String {
        guard let name = tsuji_script_short_name(icuScript(scalar)) else { return "Zzzz" }
        return String(cString: name)
    }

    static let han: Int32 = 17, hiragana: Int32 = 20, katakana: Int32 = 22, latin: Int32 = 25
    static let common: Int32 = 0, inherited: Int32 = 1

    /// The class of one scalar taken alone. Marks that belong to the text around them (ー 々 ヶ ゝ,
    /// combining marks) get their most likely class here; `runs` then places them by context.
    public static func scriptClass(of scalar: Unicode.Scalar) -> ScriptClass {
        let v = scalar.value
        // Fast paths for the blocks Japanese news is made of.
        switch v {
        case 0x3041...0x3096, 0x309D...0x309F: return .hiragana
        case 0x30A1...0x30FA, 0x30FD...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D: return .katakana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005, 0x3006, 0x3007, 0x303B: return .han
        case 0x30: return .digit
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .decimalNumber: return .digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            if v == 0x30FC || v == 0xFF70 { return .katakana }
            return .punctuation
        default: break
        }
        switch icuScript(scalar) {
        case han: return .han
        case hiragana: return .hiragana
        case katakana: return .katakana
        case latin: return .latin
        case inherited: return .other
        default:
            if v == 0x30FC || v == 0xFF70 { return .katakana }  // ー, ｰ
            return .other
        }
    }

    /// Whether the scalar takes its class from the scalar before it: the prolonged sound mark
    /// (ー, ｰ), voicing and iteration marks, combining marks, and ヶ/ヵ between kanji (三ヶ月).
    static func isContextual(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30FC, 0xFF70, 0x3099...0x309C, 0xFF9E, 0xFF9F: return true
        default:
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
        }
    }

    /// Splits text into runs of one class. ー joins the kana run before it (so ラーメン is one
    /// katakana run and すごーい one hiragana run); combining and voicing marks join whatever is
    /// before them; 々 and 〆 are Han; ヶ and ヵ between two kanji (三ヶ月, 霞ヶ関) join the Han run.
    public static func runs(_ scalars: some Collection<Unicode.Scalar>) -> [Run] {
        let array = Array(scalars)
        var classes = array.map(scriptClass(of:))
        for i in array.indices {
            let v = array[i].value
            if isContextual(array[i]), i > 0 {
                classes[i] = classes[i - 1]
            } else if (v == 0x30F6 || v == 0x30F5 || v == 0x30F6), i > 0, i + 1 < array.count,
                classes[i - 1] == .han, scriptClass(of: array[i + 1]) == .han
            {
                classes[i] = .han
            }
        }
        if array.isEmpty { return [] }  // the loop below would read classes[1]
        var runs: [Run] = []
        var start = 0
        for i in 1...array.count where i == array.count || classes[i] != classes[start] {
            if start < array.count { runs.append(Run(range: start..<i, script: classes[start])) }
            start = i
        }
        return runs
    }

    /// Splits a string into runs of one class, as the overload for scalars does.
    public static func runs(_ text: String) -> [Run] { runs(text.unicodeScalars) }
}
