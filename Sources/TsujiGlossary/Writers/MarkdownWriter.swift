/// A Markdown (GFM) table, after an HTML comment that marks it as a tsuji glossary.
/// `|` in a cell is escaped as `\|`, and a line break becomes a space. `<`, `>` and `&` are
/// backslash-escaped too, so that a term, note, context or file name holding markup
/// (`<img src=x onerror=…>`) shows as text, never as raw HTML; the reader unescapes them.
public struct MarkdownWriter: GlossaryWriter {
    /// The columns written, in order (`--columns`).
    public var columns: [GlossaryColumn]
    /// The HTML comment the file starts with, which marks it as a tsuji glossary.
    public static let marker = "<!-- \(Glossary.formatName) -->"

    /// A writer of `columns` (by default all).
    public init(columns: [GlossaryColumn] = GlossaryColumn.allCases) { self.columns = columns }

    /// The marker, then the table: a header row, the delimiter row (count and order
    /// right-aligned) and one row per term.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = Self.marker + "\n\n"
        out += row(columns.map(\.rawValue))
        out += "|" + columns.map { $0 == .count || $0 == .order ? " --: " : " --- " }.joined(separator: "|") + "|\n"
        for term in glossary.terms { out += row(columns.map { $0.text(of: term) }) }
        return out
    }

    func row(_ cells: [String]) -> String {
        "| " + cells.map(Self.cell).joined(separator: " | ") + " |\n"
    }

    static func cell(_ text: String) -> String {
        DelimitedText.tsvCell(text).replacingAll("\\", with: "\\\\").replacingAll("|", with: "\\|")
            .replacingAll("<", with: "\\<").replacingAll(">", with: "\\>").replacingAll("&", with: "\\&")
    }
}
