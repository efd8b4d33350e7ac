import TsujiDictionary
import TsujiText
import TsujiRomanize

/// How lookup results are shown: readable cards, the `tsuji.lookup/1` JSON contract, or TSV.
///
/// One presenter serves every query of a process: it remembers the romaji of each reading,
/// since the same readings come back query after query.
struct LookupPresenter {
    private var romajiOfReading: [String: String] = [:]
    /// The same for readings of plain kana, keyed by their bytes: a `String` key hashes
    /// non-ASCII text through its NFC form, which cost more than the romanizing it saves.
    /// Exact, since any other spelling of such a reading (kana and a combining voicing mark)
    /// is romanized alike, and is not plain kana.
    private var romajiOfKana: [UTF8Bytes: String] = [:]

    mutating func romaji(_ readings: [String]) -> [String] {
        readings.map { reading in
            if Self.isPlainKana(reading) {
                let key = UTF8Bytes(reading)
                if let known = romajiOfKana[key] { return known }
                let romaji = Hepburn.romanize(reading)
                if romajiOfKana.count >= 100_000 { romajiOfKana.removeAll(keepingCapacity: true) }
                romajiOfKana[key] = romaji
                return romaji
            }
            if let known = romajiOfReading[reading] { return known }
            let romaji = Hepburn.romanize(reading)
            if romajiOfReading.count >= 100_000 { romajiOfReading.removeAll(keepingCapacity: true) }
            romajiOfReading[reading] = romaji
            return romaji
        }
    }

    /// Hiragana ぁ–ゖ, katakana ァ–ヶ, ・ and ー: precomposed, with no iteration mark and none of
    /// ヷ–ヺ, whose decomposed spellings Hepburn reads differently.
    static func isPlainKana(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x3041...0x3096, 0x30A1...0x30F6, 0x30FB, 0x30FC: true
            default: false
            }
        }
    }

    /// Appends the readable cards of `result` to `out` (UTF-8).
    mutating func cards(_ result: LookupEngine.Result, to out: inout [UInt8]) {
        for term in result.terms {
            let japanese = term.japanese
            let title = japanese.first ?? term.headwords.first ?? result.query
            out.appendUTF8(title)
            out.appendUTF8("  [")
            out.appendUTF8(term.language.rawValue)
            out.appendUTF8(", ")
            out.appendUTF8(term.kind.rawValue)
            out.appendUTF8("]\n")
            /// A labelled line of `values`, each followed by its romaji in brackets when given.
            func line(_ label: String, _ values: [String], separator: String = " · ", romaji: [String]? = nil) {
                guard !values.isEmpty else { return }
                out.appendUTF8("  ")
                Self.appendPadded(label, to: &out)
                out.append(0x20)
                for (index, value) in values.enumerated() {
                    if index > 0 { out.appendUTF8(separator) }
                    out.appendUTF8(value)
                    if let romaji {
                        out.appendUTF8(" (")
                        out.appendUTF8(romaji[index])
                        out.append(0x29)
                    }
                }
                out.append(0x0A)
            }
            line("Japanese", japanese)
            line("traditional", term.traditional)
            line("simplified", term.simplified)
            line("pinyin", term.pinyin)
            let readings = term.readings
            line("reading", readings, romaji: romaji(readings))
            line("English", term.english, separator: "; ")
            line("note", term.notes, separator: "; ")
            line("source", term.sources.map(SourceLicence.of), separator: "; ")
            out.append(0x0A)
        }
    }

    /// Appends a card's label padded with spaces to 12 columns (the labels are ASCII), as
    /// `padding(toLength: 12, withPad: " ", startingAt: 0)` would, without Foundation.
    static func appendPadded(_ label: String, to out: inout [UInt8]) {
        let width = label.utf16.count
        guard width < 12 else { return out.appendUTF8(String(label.prefix(12))) }
        out.appendUTF8(label)
        out.append(contentsOf: repeatElement(0x20, count: 12 - width))
    }

    /// Appends `"key":` (the keys are ASCII and need no escape), after a comma unless it is
    /// the object's first.
    static func appendKey(_ key: StaticString, first: Bool = false, to out: inout [UInt8]) {
        out.append(contentsOf: first ? [0x22] : [0x2C, 0x22])
        key.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(contentsOf: [0x22, 0x3A])
    }

    /// Appends `"key":[…]`, each value a JSON string.
    static func appendStrings(_ key: StaticString, _ values: [String], first: Bool = false, to out: inout [UInt8]) {
        appendKey(key, first: first, to: &out)
        out.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONWriter.appendQuoted(value, to: &out)
        }
        out.append(0x5D)
    }

    /// Appends the `tsuji.lookup/1` object of `result` and a newline to `out`, as
    /// ``JSONWriter`` would write it.
    mutating func json(_ result: LookupEngine.Result, to out: inout [UInt8]) {
        out.appendUTF8(#"{"format":"tsuji.lookup/1","query":"#)
        JSONWriter.appendQuoted(result.query, to: &out)
        out.appendUTF8(#","entries":["#)
        for (index, term) in result.terms.enumerated() {
            out.append(contentsOf: index > 0 ? [0x2C, 0x7B] : [0x7B])
            Self.appendStrings("headwords", term.headwords, first: true, to: &out)
            Self.appendKey("lang", to: &out)
            JSONWriter.appendQuoted(term.language.rawValue, to: &out)
            Self.appendKey("kind", to: &out)
            JSONWriter.appendQuoted(term.kind.rawValue, to: &out)
            let readings = term.readings
            Self.appendStrings("readings", readings, to: &out)
            Self.appendStrings("romaji", romaji(readings), to: &out)
            Self.appendStrings("pinyin", term.pinyin, to: &out)
            Self.appendStrings("english", term.english, to: &out)
            Self.appendKey("source", to: &out)
            JSONWriter.appendQuoted(term.primary.source, to: &out)
            Self.appendStrings("sources", term.sources, to: &out)
            Self.appendStrings("ids", term.ids, to: &out)
            out.append(0x7D)
        }
        out.appendUTF8("]}\n")
    }

    /// Appends the TSV rows of `result` to `out`.
    mutating func tsv(_ result: LookupEngine.Result, to out: inout [UInt8]) {
        /// `values` without tabs and newlines, joined with "|", then a tab.
        func field(_ values: [String]) {
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(0x7C) }
                Self.appendReplacingTabsAndNewlines(value, to: &out)
            }
            out.append(0x09)
        }
        for term in result.terms {
            let readings = term.readings
            Self.appendReplacingTabsAndNewlines(result.query, to: &out)
            out.append(0x09)
            field(term.headwords)
            out.appendUTF8(term.language.rawValue)
            out.append(0x09)
            out.appendUTF8(term.kind.rawValue)
            out.append(0x09)
            field(readings)
            field(romaji(readings))
            field(term.pinyin)
            field(term.english)
            out.appendUTF8(term.primary.source)
            out.append(0x0A)
        }
    }

    /// Appends `text` with each tab, line feed and carriage return made a space.
    static func appendReplacingTabsAndNewlines(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        out.appendUTF8(text)
        for index in start..<out.count where out[index] == 0x09 || out[index] == 0x0A || out[index] == 0x0D {
            out[index] = 0x20
        }
    }

    /// Each character's line under "per character", made once per process.
    private var characterLines: [Unicode.Scalar: String] = [:]

    mutating func notFound(query: String, kind: LookupEngine.QueryKind, engine: LookupEngine) -> String {
        var message = "tsuji: nothing found for '\(query)'"
        switch kind {
        case .hanzi:
            var lines: [String] = []
            for scalar in query.unicodeScalars where scalar.properties.isIdeographic {
                if let known = characterLines[scalar] {
                    lines.append(known)
                    continue
                }
                let character = String(scalar)
                var parts = ["pinyin \(HanziFallback.pinyin(character))"]
                // Lazily: a common character is written by hundreds of names.
                if let entry = engine.stack.entries(writtenAs: character).lazy.map(engine.stack.entry).first(where: { !$0.readings.isEmpty }) {
                    parts.append("reading \(entry.readings.prefix(3).joined(separator: ", "))")
                    if let english = entry.english.first { parts.append(english) }
                }
                let line = "  \(character)  " + parts.joined(separator: " · ")
                characterLines[scalar] = line
                lines.append(line)
            }
            if !lines.isEmpty { message += "; per character:\n" + lines.joined(separator: "\n") }
        case .latin:
            let near = engine.suggestions(for: query)
            if !near.isEmpty { message += "; did you mean: " + near.joined(separator: ", ") }
        default: break
        }
        return message
    }
}
