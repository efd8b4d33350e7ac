import TsujiRomanize
import TsujiText

/// How lookup results are shown: readable cards, the `tsuji.lookup/1` JSON contract (one object
/// a line per query), or TSV rows under a header.
///
/// One renderer serves every query of a process: it remembers the romaji of each reading,
/// since the same readings come back query after query.
public struct LookupRenderer {
    /// The output formats of `tsuji lookup`.
    public enum Format: String, CaseIterable, Sendable {
        /// A card per term: title, language and kind, then a labelled line per field.
        case text
        /// `tsuji.lookup/1`: `{"format":"tsuji.lookup/1","query":…,"entries":[…]}` and a newline.
        case json
        /// A row per term under ``LookupRenderer/header``, lists joined with `|`.
        case tsv
    }

    /// The format every result is rendered in.
    public let format: Format
    private var romajiOfReading: [String: String] = [:]
    /// The same for readings of plain kana, keyed by their bytes: a `String` key hashes
    /// non-ASCII text through its NFC form, which cost more than the romanizing it saves.
    /// Exact, since any other spelling of such a reading (kana and a combining voicing mark)
    /// is romanized alike, and is not plain kana.
    private var romajiOfKana: [UTF8Bytes: String] = [:]
    /// Each character's line under "per character", made once per process.
    private var characterLines: [Unicode.Scalar: String] = [:]
    /// One writer for every JSON result, so that its buffer is allocated once.
    private var json = JSONWriter()

    /// A renderer of results in `format`.
    public init(format: Format = .text) { self.format = format }

    /// What comes before the first result: the TSV header row; nothing for the other formats.
    public var header: String {
        format == .tsv ? "query\theadwords\tlang\tkind\treadings\tromaji\tpinyin\tenglish\tsource\n" : ""
    }

    /// Appends the rendering of `result` to `out` (UTF-8).
    public mutating func render(_ result: LookupEngine.Result, to out: inout [UInt8]) {
        switch format {
        case .text: cards(result, to: &out)
        case .json: json(result, to: &out)
        case .tsv: tsv(result, to: &out)
        }
    }

    /// The rendering of `result`.
    public mutating func render(_ result: LookupEngine.Result) -> String {
        var out: [UInt8] = []
        render(result, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

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

    /// Appends the readable cards of `result` to `out`.
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
            line("source", term.sources.map(DictionarySource.attribution(ofName:)), separator: "; ")
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

    /// Appends the `tsuji.lookup/1` object of `result` and a newline to `out`.
    mutating func json(_ result: LookupEngine.Result, to out: inout [UInt8]) {
        json.beginObject()
        json.string("format", "tsuji.lookup/1")
        json.string("query", result.query)
        json.beginArray(key: "entries")
        for term in result.terms {
            json.beginObject()
            json.strings("headwords", term.headwords)
            json.string("lang", term.language.rawValue)
            json.string("kind", term.kind.rawValue)
            let readings = term.readings
            json.strings("readings", readings)
            json.strings("romaji", romaji(readings))
            json.strings("pinyin", term.pinyin)
            json.strings("english", term.english)
            json.string("source", term.primary.source)
            json.strings("sources", term.sources)
            json.strings("ids", term.ids)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.moveOutput(to: &out)
        out.append(0x0A)
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

    /// What to tell the user when `result` found nothing: "nothing found for 'QUERY'", then for
    /// hanzi each character's pinyin, reading and English, for Latin text the nearest keys.
    public mutating func notFound(_ result: LookupEngine.Result, engine: LookupEngine) -> String {
        let query = result.query
        var message = "nothing found for '\(query)'"
        switch result.kind {
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
