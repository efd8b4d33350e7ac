import TsujiAnnotate
import TsujiDictionary

/// One row of a glossary: a term with every form the articles used, what is known of it, and
/// where it occurred. Fields that are not known are nil or empty, never invented — a row read
/// from a plain two-column file knows only its source and target.
public struct GlossaryTerm: CarriesTermFacts, Sendable, Hashable {
    /// How often the term occurred in one document.
    public struct DocumentCount: Sendable, Hashable {
        /// The document's name, as the glossary lists it.
        public var name: String
        /// How many times the term occurred in it.
        public var count: Int
        /// `count` occurrences in document `name`.
        public init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }

    /// The identity of the term across runs: `Annotation.termKey` (a dictionary entry id, or
    /// `article:…` for names learned from an article); `glossary:…` for a row that came from a
    /// file without keys.
    public var key: String
    /// The written forms seen, in order of first appearance (騰訊, テンセント, 腾讯).
    public var forms: [String]
    /// What is known of the term; a row read from a plain two-column file knows only its
    /// source and target.
    public var facts: TermFacts
    /// Occurrences per document, in document order. Empty when not known.
    public var documents: [DocumentCount]
    /// The sentence of the first occurrence, the term marked ⟦like this⟧.
    public var context: String?
    /// How the facts were found (dictionary, article, fallback); nil when a file did not say.
    public var confidence: Confidence?
    /// Rank of first appearance across all documents, 1-based.
    public var order: Int?
    /// Total occurrences; kept apart from `documents` because a file may give a count alone.
    public var count: Int

    /// A row with its facts given one by one, under the glossary's names.
    public init(
        key: String, forms: [String], language: TermLanguage? = nil, kind: TermKind? = nil,
        hanzi: String? = nil, simplified: String? = nil, reading: String? = nil, romaji: String? = nil,
        pinyin: String? = nil, english: [String] = [], count: Int = 0, documents: [DocumentCount] = [],
        context: String? = nil, source: String? = nil, confidence: Confidence? = nil, note: String? = nil,
        order: Int? = nil
    ) {
        self.key = key
        self.forms = forms
        facts = TermFacts(
            language: language, kind: kind, hanzi: hanzi, simplified: simplified, reading: reading, romaji: romaji,
            pinyin: pinyin, english: english, source: source, note: note)
        self.count = count
        self.documents = documents
        self.context = context
        self.confidence = confidence
        self.order = order
    }

    // The facts by name, as the glossary formats name them.

    /// `zh` for a Chinese term, `ja` for a Japanese word; nil when not known.
    public var language: TermLanguage? {
        get { facts.language }
        set { facts.language = newValue }
    }
    /// What the term names (company, person, word, …); nil when not known.
    public var kind: TermKind? {
        get { facts.kind }
        set { facts.kind = newValue }
    }
    /// Simplified Chinese form.
    public var simplified: String? {
        get { facts.simplified }
        set { facts.simplified = newValue }
    }
    /// Where the data came from: a dictionary name, `article`, `fallback` or `user`.
    public var source: String? {
        get { facts.source }
        set { facts.source = newValue }
    }

    /// The key prefix of a row from a file without keys (`glossary:通義千問`).
    public static let unkeyedPrefix = "glossary:"

    /// The form to show first: the first one seen.
    public var term: String { forms.first ?? hanzi ?? simplified ?? key }

    /// Every written form known: those seen, then the dictionary's traditional and simplified.
    public var allForms: [String] {
        var out: [String] = []
        var seen = UniqueStrings()
        for form in forms + [hanzi, simplified].compactMap({ $0 }) where !form.isEmpty && seen.insert(form) {
            out.append(form)
        }
        return out
    }

    /// The Annotation-derived facts of a term, without occurrences.
    init(facts annotation: Annotation) {
        self.init(key: annotation.termKey, forms: [], confidence: annotation.confidence)
        facts = annotation.facts
    }
}

extension GlossaryTerm {
    /// The largest count tsuji reads from a file: 2^53 − 1, the largest whole number that every
    /// JSON reader keeps exact (RFC 8259, section 6), and far more occurrences than any corpus
    /// holds. A larger count in a glossary or a partial file, or counts that add up to more, are
    /// bad data (an error naming the file and the row), so that no sum of counts can overflow:
    /// two such sums together still fit in an `Int`.
    public static let maximumCount = 9_007_199_254_740_991

    /// `count`, read from a file as `what`, when it is at most ``maximumCount``.
    static func checkedCount(_ count: Int, _ what: String) throws(GlossaryReadError.Reason) -> Int {
        guard count <= maximumCount else { throw .init("\(what) \(count) is more than \(maximumCount), the largest count tsuji reads") }
        return count
    }

    /// `a + b`, two counts, or nil when the sum is more than ``maximumCount``.
    static func addingCounts(_ a: Int, _ b: Int) -> Int? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow || sum > maximumCount ? nil : sum
    }

    /// The documents' counts added up, for a row read from a file: more than ``maximumCount``
    /// is bad data.
    func documentsTotal() throws(GlossaryReadError.Reason) -> Int {
        var total = 0
        for document in documents {
            guard let sum = Self.addingCounts(total, document.count) else {
                throw .init("the documents' counts add up to more than \(Self.maximumCount), the largest count tsuji reads")
            }
            total = sum
        }
        return total
    }
}
