/// The full table as TSV or CSV: a header row naming the columns (which is also how a tsuji
/// glossary is recognised), then one row per term.
public struct DelimitedWriter: GlossaryWriter {
    /// Tab (TSV) or comma (CSV).
    public var separator: DelimitedText.Separator
    /// The columns written, in order (`--columns`).
    public var columns: [GlossaryColumn]

    /// A writer of `columns` (by default all) separated by `separator`.
    public init(separator: DelimitedText.Separator, columns: [GlossaryColumn] = GlossaryColumn.allCases) {
        self.separator = separator
        self.columns = columns
    }

    /// The header row, then one row per term.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = DelimitedText.line(columns.map(\.rawValue), separator: separator)
        for term in glossary.terms {
            // Cells copy the articles' sentences and the user's terms: none may run as a formula.
            out += DelimitedText.line(columns.map { DelimitedText.neutralized($0.text(of: term)) }, separator: separator)
        }
        return out
    }
}
