/// A glossary: one row per distinct term across a set of documents.
public struct Glossary: Sendable, Hashable {
    /// The marker every tsuji glossary carries (JSON `format`, TBX source description, Markdown
    /// comment), so `--merge` and `-o` can tell a tsuji glossary from any other file.
    public static let formatName = "tsuji.glossary/1"

    /// The documents the glossary was built from, in input order.
    public var documents: [String]
    /// The rows, one per distinct term.
    public var terms: [GlossaryTerm]

    /// A glossary of `terms` built from `documents`.
    public init(documents: [String] = [], terms: [GlossaryTerm] = []) {
        self.documents = documents
        self.terms = terms
    }

    /// The glossary with `filter` applied and the rows in `order`. Rows whose index `exempt`
    /// marks pass whatever the filter says (the rows of a `--merge` file are never dropped).
    public func arranged(filter: GlossaryFilter = GlossaryFilter(), order: GlossarySortOrder = .firstSeen,
                         exempt: [Bool] = []) -> Glossary {
        let kept = terms.enumerated().filter { ($0.offset < exempt.count && exempt[$0.offset]) || filter.accepts($0.element) }
        return Glossary(documents: documents, terms: order.sorted(kept.map(\.element)))
    }
}
