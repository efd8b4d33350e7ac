/// A glossary file read back: its rows, each with the line it came from, so merge conflicts can
/// name the place.
public struct LoadedGlossary: Sendable {
    public struct Row: Sendable {
        public var term: GlossaryTerm
        /// 1-based line of the row in its file, when the format has lines per row.
        public var line: Int?
        public init(term: GlossaryTerm, line: Int?) {
            self.term = term
            self.line = line
        }
    }

    public var file: String
    public var format: GlossaryFormat
    /// Whether the file carried tsuji's marker (header row, `#columns`, format field, comment).
    public var isTsujiGlossary: Bool
    public var documents: [String]
    public var rows: [Row]
    /// Things read but not understood (a column tsuji does not know), for the user.
    public var warnings: [String]

    public init(file: String, format: GlossaryFormat, isTsujiGlossary: Bool, documents: [String] = [],
                rows: [Row] = [], warnings: [String] = []) {
        self.file = file
        self.format = format
        self.isTsujiGlossary = isTsujiGlossary
        self.documents = documents
        self.rows = rows
        self.warnings = warnings
    }

    /// The rows as a glossary, in file order.
    public var glossary: Glossary { Glossary(documents: documents, terms: rows.map(\.term)) }
}
