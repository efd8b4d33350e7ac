/// Anki's text import: tab-separated notes after the file headers Anki reads (`#separator`,
/// `#html`, `#notetype`, `#tags`, `#columns`, `#tags column`, `#guid column`).
///
/// The first two columns fill a Basic note (Front: the forms; Back: English, pinyin, reading);
/// the others keep each field apart for other note types and for `--merge`. The GUID comes from
/// the term key, so re-importing an updated glossary updates the notes instead of duplicating them.
public struct AnkiWriter: GlossaryWriter {
    /// The note fields, as the `#columns` header names them; a file with exactly these is tsuji's.
    public static let columns = ["Front", "Back", "English", "Pinyin", "Reading", "Romaji", "Context", "Key", "Tags", "GUID"]
    /// The 1-based column of the tags (language and kind), for the `#tags column` header.
    public static let tagsColumn = 9
    /// The 1-based column of the GUID, for the `#guid column` header.
    public static let guidColumn = 10
    /// The tag every note gets (`#tags`), so a deck's tsuji notes can be found.
    public static let tag = "tsuji"

    /// A writer with no settings.
    public init() {}

    /// The header lines that start the file, in order.
    public static var headers: [String] {
        [
            "#separator:tab", "#html:false", "#notetype:Basic", "#tags:\(tag)",
            "#columns:" + columns.joined(separator: "\t"),
            "#tags column:\(tagsColumn)", "#guid column:\(guidColumn)",
        ]
    }

    /// Anki reads the file as CSV with a tab delimiter: a cell with a quote is quoted, quotes doubled.
    static func cell(_ text: String) -> String {
        let flat = DelimitedText.tsvCell(text)
        return flat.contains("\"") ? "\"" + flat.replacingAll("\"", with: "\"\"") + "\"" : flat
    }

    /// The headers, then one note per term.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = Self.headers.joined(separator: "\n") + "\n"
        for term in glossary.terms {
            let forms = (term.forms.isEmpty ? [term.term] : term.forms).joined(separator: " / ")
            var back: [String] = []
            if !term.english.isEmpty { back.append(term.english.joined(separator: "; ")) }
            if let pinyin = term.pinyin { back.append(pinyin) }
            if let reading = term.reading { back.append(term.romaji.map { "\(reading) (\($0))" } ?? reading) }
            let tags = [term.language?.rawValue, term.kind?.rawValue].compactMap { $0 }.joined(separator: " ")
            let cells = [
                forms, back.joined(separator: " — "), term.english.joined(separator: GlossaryColumn.valueSeparator),
                term.pinyin ?? "", term.reading ?? "", term.romaji ?? "", term.context ?? "", term.key, tags,
                StableID.hex(term.key),
            ]
            out += cells.map(Self.cell).joined(separator: "\t") + "\n"
        }
        return out
    }
}
