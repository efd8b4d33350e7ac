import TsujiAnnotate
import TsujiDictionary
import TsujiRomanize

/// How lookup results are shown: readable cards, the `tsuji.lookup/1` JSON contract, or TSV.
///
/// One presenter serves every query of a process: it remembers the romaji of each reading,
/// since the same readings come back query after query.
struct LookupPresenter {
    private var romajiOfReading: [String: String] = [:]

    mutating func romaji(_ readings: [String]) -> [String] {
        readings.map { reading in
            if let known = romajiOfReading[reading] { return known }
            let romaji = Hepburn.romanize(reading)
            if romajiOfReading.count >= 100_000 { romajiOfReading.removeAll(keepingCapacity: true) }
            romajiOfReading[reading] = romaji
            return romaji
        }
    }

    mutating func cards(_ result: LookupEngine.Result) -> String {
        var out = ""
        for term in result.terms {
            let japanese = term.japanese
            let title = japanese.first ?? term.headwords.first ?? result.query
            out += title
            out += "  ["
            out += term.language.rawValue
            out += ", "
            out += term.kind.rawValue
            out += "]\n"
            func line(_ label: String, _ values: [String], separator: String = " · ") {
                guard !values.isEmpty else { return }
                out += "  "
                Self.appendPadded(label, to: &out)
                out += " "
                for (index, value) in values.enumerated() {
                    if index > 0 { out += separator }
                    out += value
                }
                out += "\n"
            }
            line("Japanese", japanese)
            line("traditional", term.traditional)
            line("simplified", term.simplified)
            line("pinyin", term.pinyin)
            let termReadings = term.readings
            let readings = zip(termReadings, romaji(termReadings)).map { $0 + " (" + $1 + ")" }
            line("reading", readings)
            line("English", term.english, separator: "; ")
            line("note", term.notes, separator: "; ")
            line("source", term.sources.map(SourceLicence.of), separator: "; ")
            out += "\n"
        }
        return out
    }

    /// Appends a card's label padded with spaces to 12 columns (the labels are ASCII), as
    /// `padding(toLength: 12, withPad: " ", startingAt: 0)` would, without Foundation.
    static func appendPadded(_ label: String, to out: inout String) {
        let width = label.utf16.count
        guard width < 12 else { return out += label.prefix(12) }
        out += label
        for _ in width..<12 { out += " " }
    }

    /// `JSONWriter.quoted`, with a shortcut for text that needs no escape (no control
    /// character, quote, backslash, nor anything from U+2000–U+2FFF, where U+2028/9 are).
    static func quoted(_ text: String) -> String {
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) { return JSONWriter.quoted(text) }
        return "\"" + text + "\""
    }

    /// `JSONWriter.strings` written through `quoted`, the array made in one string.
    static func strings(_ json: inout JSONWriter, _ key: String, _ values: [String]) {
        var array = "["
        for (index, value) in values.enumerated() {
            if index > 0 { array += "," }
            if value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
                array += JSONWriter.quoted(value)
            } else {
                array += "\""
                array += value
                array += "\""
            }
        }
        array += "]"
        json.raw(key: key, array)
    }

    mutating func json(_ result: LookupEngine.Result) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("format", "tsuji.lookup/1")
        json.raw(key: "query", Self.quoted(result.query))
        json.beginArray(key: "entries")
        for term in result.terms {
            json.beginObject()
            Self.strings(&json, "headwords", term.headwords)
            json.string("lang", term.language.rawValue)
            json.string("kind", term.kind.rawValue)
            let readings = term.readings
            Self.strings(&json, "readings", readings)
            Self.strings(&json, "romaji", romaji(readings))
            Self.strings(&json, "pinyin", term.pinyin)
            Self.strings(&json, "english", term.english)
            json.raw(key: "source", Self.quoted(term.primary.source))
            Self.strings(&json, "sources", term.sources)
            Self.strings(&json, "ids", term.ids)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    mutating func tsv(_ result: LookupEngine.Result) -> String {
        var out = ""
        /// `values` without tabs and newlines, joined with "|", then a tab.
        func field(_ values: [String]) {
            for (index, value) in values.enumerated() {
                if index > 0 { out += "|" }
                out += value.replacingTabsAndNewlines
            }
            out += "\t"
        }
        let query = result.query.replacingTabsAndNewlines
        for term in result.terms {
            let readings = term.readings
            out += query
            out += "\t"
            field(term.headwords)
            out += term.language.rawValue
            out += "\t"
            out += term.kind.rawValue
            out += "\t"
            field(readings)
            field(romaji(readings))
            field(term.pinyin)
            field(term.english)
            out += term.primary.source
            out += "\n"
        }
        return out
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

extension String {
    var replacingTabsAndNewlines: String {
        guard utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return self }
        return String(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
