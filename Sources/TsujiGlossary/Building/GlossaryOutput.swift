/// What a glossary is written as: a format, the rows kept and their order, the columns, and
/// an earlier glossary to merge with. One call takes collected terms to the file's text, as
/// `tsuji glossary` and `tsuji glossary merge` write it.
public struct GlossaryOutput: Sendable {
    /// Why a glossary cannot be written as asked. The descriptions name the command-line options,
    /// which mirror this type's properties.
    public enum Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        /// No format was given, and the output path's extension implies none.
        case unknownFormat(path: String)
        /// A target language was given for a format other than TSV or CSV.
        case targetNotApplicable(GlossaryFormat)
        /// Columns were chosen for a format without columns (TBX, Anki, prompt, OmegaT).
        case columnsNotApplicable(GlossaryFormat)

        /// The error as the CLI prints it.
        public var description: String {
            switch self {
            case .unknownFormat(let path):
                "cannot tell the format from '\(path)'; give --format (\(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .targetNotApplicable(let format):
                "--target applies to tsv and csv (DeepL's two columns), not \(format.rawValue)"
            case .columnsNotApplicable(let format):
                "--columns applies to tsv, csv, md and json, not \(format.rawValue)"
            }
        }
    }

    /// Something to tell the user about a written glossary.
    public enum Message: Sendable, Hashable {
        /// Something read but not understood, a merge conflict, a row the format could not hold.
        case warning(String)
        /// What a merge did.
        case note(String)
    }

    /// A written glossary: its text, and the messages, in the order they arose.
    public struct Written: Sendable {
        /// The file's text.
        public var text: String
        /// What to tell the user, in order.
        public var messages: [Message]
    }

    /// The file format.
    public var format: GlossaryFormat
    /// The target language of a two-column file (tsv, csv) as DeepL reads it; nil writes every
    /// column.
    public var target: String?
    /// The columns (tsv, csv, md, json); nil for all of them.
    public var columns: [GlossaryColumn]?
    /// Which rows are kept (an existing glossary's rows are kept whatever it says).
    public var filter: GlossaryFilter
    /// The order of the rows.
    public var order: GlossarySortOrder

    /// Throws when `target` or `columns` do not apply to `format`.
    public init(format: GlossaryFormat, target: String? = nil, columns: [GlossaryColumn]? = nil,
                filter: GlossaryFilter = GlossaryFilter(), order: GlossarySortOrder = .firstSeen) throws(Error) {
        if target != nil && !format.allowsTarget { throw .targetNotApplicable(format) }
        if columns != nil && !format.hasColumns { throw .columnsNotApplicable(format) }
        self.format = format
        self.target = target
        self.columns = columns
        self.filter = filter
        self.order = order
    }

    /// The format to write: the one given, else the one the output path's extension implies,
    /// else TSV when there is no path (standard output, `-`).
    public static func format(given: GlossaryFormat?, path: String?) throws(Error) -> GlossaryFormat {
        if let given { return given }
        guard let path, path != "-" else { return .tsv }
        guard let implied = GlossaryFormat.from(path: path) else { throw .unknownFormat(path: path) }
        return implied
    }

    /// `glossary` merged into `existing` when given (the user's edits win, and its rows are kept
    /// whatever the filter), filtered, sorted and written.
    public func write(_ glossary: Glossary, mergingInto existing: LoadedGlossary? = nil) -> Written {
        var messages: [Message] = []
        var glossary = glossary
        var exempt: [Bool] = []
        if let existing {
            messages += existing.warnings.map(Message.warning)
            let result = GlossaryMerger.merge(existing: existing, new: glossary)
            messages += result.conflicts.map { .warning("conflict: \($0)") }
            messages.append(.note("merged with \(existing.file): \(result.updated) updated, \(result.added) added, \(result.kept) kept as they were"))
            (glossary, exempt) = (result.glossary, result.fromExisting)
        }
        let arranged = glossary.arranged(filter: filter, order: order, exempt: exempt)
        var warnings: [String] = []
        let text = format.writer(columns: columns ?? GlossaryColumn.allCases, target: target).write(arranged, warnings: &warnings)
        return Written(text: text, messages: messages + warnings.map(Message.warning))
    }
}
