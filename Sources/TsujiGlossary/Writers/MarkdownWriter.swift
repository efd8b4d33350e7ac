/// A Markdown (GFM) table, after an HTML comment that marks it as a tsuji glossary.
/// `|` in a cell is escaped as `\|`, and a line break becomes a space.
public struct MarkdownWriter: GlossaryWriter {
    public var columns: [GlossaryColumn]
    public static let marker = "<!-- \(Glossary.formatName) -->"

    public init(columns: [GlossaryColumn] = GlossaryColumn.allCases) { self.columns = columns }

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
    }
}
