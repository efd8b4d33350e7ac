import TsujiDictionary

/// The fields of one KANJIDIC2 `<character>` as they are read.
struct Kanjidic2Record {
    let line: Int
    var literal: String?
    /// Attributes of the element being read.
    var attributes: [String: String] = [:]
    /// Codes that identify the character: `jis208:1-20-33`, `nelson_c:2662`, …
    var codes: [String] = []
    /// `<variant>`s: (var_type, value).
    var variants: [(type: String, value: String)] = []
    var on: [String] = []
    var kun: [String] = []
    var pinyin: [String] = []
    var meanings: [String] = []
    var grade: Int?

    init(line: Int) {
        self.line = line
    }

    /// Records a finished leaf element.
    mutating func take(element: String, text: String) {
        switch element {
        case "literal":
            literal = text
        case "cp_value":
            if let type = attributes["cp_type"] { codes.append("\(type):\(text)") }
        case "dic_ref":
            if let type = attributes["dr_type"], ["nelson_c", "halpern_njecd", "oneill_names"].contains(type) {
                codes.append("\(type):\(text)")
            }
        case "q_code":
            if let type = attributes["qc_type"], type == "deroo" || type == "sh_desc" { codes.append("\(type):\(text)") }
        case "variant":
            if let type = attributes["var_type"] { variants.append((type, text)) }
        case "reading":
            switch attributes["r_type"] {
            case "ja_on": on.append(text)
            case "ja_kun": kun.append(text)
            case "pinyin": pinyin.append(text)
            default: break
            }
        case "meaning":
            if attributes["m_lang"] == nil || attributes["m_lang"] == "en" { meanings.append(text) }
        case "grade":
            grade = Int(text)
        default:
            break
        }
    }

    func entry(source: String, pinyinTransform: PinyinTransform) -> Result<Entry, RecordError> {
        guard let literal, !literal.isEmpty else { return .failure(RecordError("<character> without a <literal>")) }
        guard literal.unicodeScalars.count == 1 else {
            return .failure(RecordError("<literal> '\(literal)' is not a single character"))
        }
        return .success(Entry(
            id: "\(source):U+\(String(literal.unicodeScalars.first!.value, radix: 16, uppercase: true))", source: source, language: .ja, kind: .character,
            japanese: [literal], readings: on + kun, pinyin: pinyin.map(pinyinTransform), english: meanings,
            isCommon: grade.map { (1...8).contains($0) } ?? false))
    }

    struct RecordError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
