import TsujiDictionary

/// The reading fields of one Unihan character, gathered line by line.
struct UnihanCharacter {
    let codePoint: Unicode.Scalar
    var mandarin: [String] = []
    var definitions: [String] = []
    var on: [String] = []
    var kun: [String] = []

    init(codePoint: Unicode.Scalar) {
        self.codePoint = codePoint
    }

    mutating func take(field: String, value: String) {
        switch field {
        case "kMandarin": mandarin += value.split(separator: " ").map(String.init)
        case "kDefinition":
            definitions += value.split(separator: ";").map(Self.trimmed).filter { !$0.isEmpty }
        case "kJapaneseOn": on += value.split(separator: " ").map(String.init)
        case "kJapaneseKun": kun += value.split(separator: " ").map(String.init)
        default: break
        }
    }

    /// The entry, or nil when the character has none of the fields an entry is made of.
    func entry(source: String, simplifiedForms: Set<String>, traditionalForms: Set<String>) -> Entry? {
        if mandarin.isEmpty, definitions.isEmpty, on.isEmpty, kun.isEmpty { return nil }
        let character = String(Character(codePoint))
        let isSimplified = simplifiedForms.contains(character)
        let isTraditional = traditionalForms.contains(character)
        var readings: [String] = []
        var unconverted: [String] = []
        for reading in on {
            if let kana = UnihanKana.katakana(reading) { readings.append(kana) } else { unconverted.append("kJapaneseOn \(reading)") }
        }
        for reading in kun {
            if let kana = UnihanKana.hiragana(reading) { readings.append(kana) } else { unconverted.append("kJapaneseKun \(reading)") }
        }
        var seen = Set<String>()
        readings = readings.filter { seen.insert($0).inserted }
        let code = "U+" + String(codePoint.value, radix: 16, uppercase: true)
        return Entry(
            id: "\(source):\(code)", source: source, language: .zh, kind: .character,
            japanese: on.isEmpty && kun.isEmpty ? [] : [character],
            traditional: isTraditional || !isSimplified ? [character] : [],
            simplified: isSimplified || !isTraditional ? [character] : [],
            readings: readings, pinyin: mandarin, english: definitions,
            note: unconverted.isEmpty ? nil : unconverted.joined(separator: "; "))
    }

    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
