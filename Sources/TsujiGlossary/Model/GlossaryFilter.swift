import TsujiDictionary

/// Which rows a glossary keeps. A filter drops only rows known not to match: a row whose
/// language or kind is not known (a user's plain two-column row) passes.
public struct GlossaryFilter: Sendable, Hashable {
    /// Rows seen fewer times are dropped; nil keeps every row (also rows never seen, count 0).
    public var minCount: Int?
    /// nil: every language.
    public var language: TermLanguage?
    /// Empty: every kind.
    public var kinds: Set<TermKind>

    /// A filter; by default it keeps every row.
    public init(minCount: Int? = nil, language: TermLanguage? = nil, kinds: Set<TermKind> = []) {
        self.minCount = minCount
        self.language = language
        self.kinds = kinds
    }

    /// Whether the filter keeps `term`: seen often enough, and of a wanted language and kind (or
    /// of one not known).
    public func accepts(_ term: GlossaryTerm) -> Bool {
        if let minCount, term.count < minCount { return false }
        if let language, let known = term.language, known != language { return false }
        if !kinds.isEmpty, let kind = term.kind, !kinds.contains(kind) { return false }
        return true
    }
}
