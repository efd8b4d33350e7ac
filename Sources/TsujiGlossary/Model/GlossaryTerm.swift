import TsujiAnnotate
import TsujiDictionary

/// One row of a glossary: a term with every form the articles used, what is known of it, and
/// where it occurred. Fields that are not known are nil or empty, never invented — a row read
/// from a plain two-column file knows only its source and target.
public struct GlossaryTerm: Sendable, Hashable {
    /// How often the term occurred in one document.
    public struct DocumentCount: Sendable, Hashable {
        public var name: String
        public var count: Int
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
    public var language: TermLanguage?
    public var kind: TermKind?
    /// Traditional (or Japanese kanji) form.
    public var hanzi: String?
    public var simplified: String?
    /// Japanese reading in kana.
    public var reading: String?
    public var romaji: String?
    public var pinyin: String?
    /// English names, preferred first.
    public var english: [String]
    /// Occurrences per document, in document order. Empty when not known.
    public var documents: [DocumentCount]
    /// The sentence of the first occurrence, the term marked ⟦like this⟧.
    public var context: String?
    /// Where the data came from: a dictionary name, `article`, `fallback` or `user`.
    public var source: String?
    public var confidence: Confidence?
    /// A remark for the translator (the dictionary's note, or where the article disagrees).
    public var note: String?
    /// Rank of first appearance across all documents, 1-based.
    public var order: Int?
    /// Total occurrences; kept apart from `documents` because a file may give a count alone.
    public var count: Int

    public init(
        key: String, forms: [String], language: TermLanguage? = nil, kind: TermKind? = nil,
        hanzi: String? = nil, simplified: String? = nil, reading: String? = nil, romaji: String? = nil,
        pinyin: String? = nil, english: [String] = [], count: Int = 0, documents: [DocumentCount] = [],
        context: String? = nil, source: String? = nil, confidence: Confidence? = nil, note: String? = nil,
        order: Int? = nil
    ) {
        self.key = key
        self.forms = forms
        self.language = language
        self.kind = kind
        self.hanzi = hanzi
        self.simplified = simplified
        self.reading = reading
        self.romaji = romaji
        self.pinyin = pinyin
        self.english = english
        self.count = count
        self.documents = documents
        self.context = context
        self.source = source
        self.confidence = confidence
        self.note = note
        self.order = order
    }

    /// The key prefix of a row from a file without keys (`glossary:通義千問`).
    public static let unkeyedPrefix = "glossary:"

    /// The form to show first: the first one seen.
    public var term: String { forms.first ?? hanzi ?? simplified ?? key }

    /// Every written form known: those seen, then the dictionary's traditional and simplified.
    public var allForms: [String] {
        var out: [String] = []
        for form in forms + [hanzi, simplified].compactMap({ $0 }) where !form.isEmpty && !out.contains(form) {
            out.append(form)
        }
        return out
    }

    /// The Annotation-derived facts of a term, without occurrences.
    init(facts annotation: Annotation) {
        self.init(
            key: annotation.termKey, forms: [], language: annotation.language, kind: annotation.kind,
            hanzi: annotation.hanzi, simplified: annotation.hanziSimplified, reading: annotation.reading,
            romaji: annotation.romaji, pinyin: annotation.pinyin, english: annotation.english,
            source: annotation.source, confidence: annotation.confidence, note: annotation.note)
    }
}
