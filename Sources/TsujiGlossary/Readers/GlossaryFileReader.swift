/// Reads a glossary file of any format tsuji writes, or a plain two-column TSV/CSV, telling the
/// format from the content (and the file name where the content leaves it open).
public enum GlossaryFileReader {
    /// The format of `text`: by its marker or shape first, then by the name.
    public static func detect(_ text: String, path: String) -> GlossaryFormat {
        let start = text.drop { $0 == "\u{FEFF}" || $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        let firstLine = start.prefix { $0 != "\n" && $0 != "\r" }
        if start.hasPrefix("<?xml") || start.hasPrefix("<tbx") || start.hasPrefix("<martif") { return .tbx }
        if start.hasPrefix("{") { return .json }
        if start.hasPrefix("#separator:") || start.hasPrefix("#html:") || start.hasPrefix("#columns:") { return .anki }
        if start.hasPrefix(MarkdownWriter.marker) || start.hasPrefix("|") { return .md }
        if firstLine == PromptWriter.header { return .prompt }
        if let named = GlossaryFormat.from(path: path), named != .tbx, named != .json, named != .md { return named }
        if firstLine.contains("\t") { return .tsv }
        if firstLine.contains(",") { return .csv }
        return .tsv
    }

    /// The reader of `format`.
    public static func reader(for format: GlossaryFormat) -> any GlossaryReader {
        switch format {
        case .tsv: DelimitedReader(separator: .tab)
        case .omegat: DelimitedReader(separator: .tab, format: .omegat)
        case .csv: DelimitedReader(separator: .comma)
        case .tbx: TBXReader()
        case .json: GlossaryJSONReader()
        case .md: MarkdownReader()
        case .anki: AnkiReader()
        case .prompt: PromptReader()
        }
    }

    /// Reads `text` in the format ``detect(_:path:)`` finds; `path` names the file in messages.
    public static func read(_ text: String, path: String) throws(GlossaryReadError) -> LoadedGlossary {
        try reader(for: detect(text, path: path)).read(text, file: path)
    }

    /// Reads an earlier glossary for `--merge`: a tsuji glossary in any format, or a plain two- or
    /// three-column list (DeepL, OmegaT). Anything else — an article, a `.json` file that is not
    /// JSON — is refused, so that its lines never come back as glossary rows.
    public static func readExisting(_ text: String, path: String) throws(GlossaryReadError) -> LoadedGlossary {
        let loaded = try read(text, path: path)
        guard text.allSatisfy(\.isWhitespace) || (!GlossaryPartial.isPartial(text) && mayReplace(text, path: path)) else {
            throw GlossaryReadError(
                file: path,
                message: "not a glossary: neither a tsuji glossary nor a list of two or three columns (term, translation, note)")
        }
        return loaded
    }

    /// Whether `text`, the present content of an output path, may be replaced without `--force`:
    /// it is empty, a tsuji glossary (or partial), or a plain two- or three-column glossary —
    /// anything else (an article, a spreadsheet) is the user's and is not overwritten.
    public static func mayReplace(_ text: String, path: String) -> Bool {
        if text.allSatisfy(\.isWhitespace) { return true }
        if GlossaryPartial.isPartial(text) { return true }
        guard let loaded = try? read(text, path: path) else { return false }
        if loaded.isTsujiGlossary { return true }
        // A file tsuji wrote without a marker (DeepL, OmegaT): every line two or three cells.
        switch loaded.format {
        case .tsv, .omegat:
            let records = DelimitedText.tsvRecords(text)
            return !records.isEmpty && records.allSatisfy { (2...3).contains($0.cells.count) && !$0.cells[0].isEmpty }
        case .csv:
            guard let records = try? DelimitedText.csvRecords(text, file: path) else { return false }
            return !records.isEmpty && records.allSatisfy { (2...3).contains($0.cells.count) && !$0.cells[0].isEmpty }
        default:
            return false
        }
    }
}
