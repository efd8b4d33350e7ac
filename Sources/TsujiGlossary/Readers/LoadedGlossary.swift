/// A glossary file read back: its rows, each with the line it came from, so merge conflicts can
/// name the place.
public struct LoadedGlossary: Sendable {
    /// One row, with the line it came from.
    public struct Row: Sendable {
        /// The row's term; a plain two-column row knows only its form and English.
        public var term: GlossaryTerm
        /// 1-based line of the row in its file, when the format has lines per row.
        public var line: Int?
        /// A row read at `line`.
        public init(term: GlossaryTerm, line: Int?) {
            self.term = term
            self.line = line
        }
    }

    /// The file's path, for messages.
    public var file: String
    /// The format the file was read as.
    public var format: GlossaryFormat
    /// Whether the file carried tsuji's marker (header row, `#columns`, format field, comment).
    public var isTsujiGlossary: Bool
    /// The documents the glossary was built from, when the file lists them (JSON, TBX).
    public var documents: [String]
    /// The rows, in file order.
    public var rows: [Row]
    /// Things read but not understood (a column tsuji does not know), for the user.
    public var warnings: [String]

    /// A file's reading, as a reader assembles it.
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
