import TsujiText

/// The order of a glossary's rows. Readings and pinyin sort by ICU collation (Japanese gojūon
/// order; Chinese in pinyin order), so a translator finds a term where a dictionary would put it.
public enum GlossarySortOrder: String, Sendable, CaseIterable {
    /// By reading (gojūon order; a row without one by its form), pinyin or English (rows without
    /// it last), in ICU collation; or by count, most frequent first.
    case reading, pinyin, english, count
    /// In order of first appearance across the documents.
    case firstSeen = "first-seen"

    /// Rows in this order; ties keep first-seen order, so the result is deterministic.
    public func sorted(_ terms: [GlossaryTerm]) -> [GlossaryTerm] {
        let indexed = terms.enumerated().map { (index: $0.offset, term: $0.element) }
        func seen(_ a: (index: Int, term: GlossaryTerm), _ b: (index: Int, term: GlossaryTerm)) -> Bool {
            (a.term.order ?? Int.max, a.index) < (b.term.order ?? Int.max, b.index)
        }
        switch self {
        case .firstSeen:
            return indexed.sorted(by: seen).map(\.term)
        case .count:
            return indexed.sorted { $0.term.count != $1.term.count ? $0.term.count > $1.term.count : seen($0, $1) }.map(\.term)
        case .reading, .pinyin, .english:
            guard let collator = collator else { return indexed.sorted(by: seen).map(\.term) }
            // Rows without the sort field go last, in first-seen order.
            let keyed = indexed.map { (key: sortText($0.term).map(collator.sortKey), item: $0) }
            return keyed.sorted { a, b in
                switch (a.key, b.key) {
                case (let x?, let y?): return x != y ? x.lexicographicallyPrecedes(y) : seen(a.item, b.item)
                case (.some, nil): return true
                case (nil, .some): return false
                case (nil, nil): return seen(a.item, b.item)
                }
            }.map(\.item.term)
        }
    }

    private var collator: Collator? {
        switch self {
        case .reading: Collator.japanese
        case .pinyin: Collator.pinyin
        case .english: Collator.english
        default: nil
        }
    }

    /// The text a row sorts by. A row without a reading sorts by its form under Japanese; one
    /// without pinyin or English goes last (hanzi would not interleave with romanized pinyin).
    private func sortText(_ term: GlossaryTerm) -> String? {
        switch self {
        case .reading: term.reading ?? term.forms.first
        case .pinyin: term.pinyin
        case .english: term.english.first
        default: nil
        }
    }
}
