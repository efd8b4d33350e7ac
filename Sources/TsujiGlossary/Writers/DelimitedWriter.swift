/// The full table as TSV or CSV: a header row naming the columns (which is also how a tsuji
/// glossary is recognised), then one row per term.
public struct DelimitedWriter: GlossaryWriter {
    public var separator: DelimitedText.Separator
    public var columns: [GlossaryColumn]

    public init(separator: DelimitedText.Separator, columns: [GlossaryColumn] = GlossaryColumn.allCases) {
        self.separator = separator
        self.columns = columns
    }

    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = DelimitedText.line(columns.map(\.rawValue), separator: separator)
        for term in glossary.terms {
            out += DelimitedText.line(columns.map { $0.text(of: term) }, separator: separator)
        }
        return out
    }
}
