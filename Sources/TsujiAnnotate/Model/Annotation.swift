import TsujiDictionary

/// How sure tsuji is of an annotation.
public enum Confidence: String, Sendable, Codable, Hashable {
    /// A dictionary entry matched.
    case dictionary
    /// Learned from the article itself, e.g. from an apposition ディープシーク（深度求索）.
    case article
    /// Per-character readings only.
    case fallback
}

/// One annotated term in a text: where it is, what it is, and where that knowledge came from.
/// Fields that are not known are nil or empty and are omitted from JSON, never invented.
public struct Annotation: Sendable, Hashable {
    /// Unicode scalar offsets into the original text, half-open.
    public var start: Int
    public var end: Int
    /// The original text of `start..<end`, exactly.
    public var surface: String
    public var language: TermLanguage
    public var kind: TermKind
    /// The traditional (or Japanese kanji) written form.
    public var hanzi: String?
    public var hanziSimplified: String?
    /// Japanese reading in kana.
    public var reading: String?
    /// Hepburn romanization of the reading.
    public var romaji: String?
    /// Hanyu Pinyin with tone marks.
    public var pinyin: String?
    /// English names, preferred first.
    public var english: [String]
    /// A dictionary name, or `article` when learned from the text.
    public var source: String
    /// The entry id the data came from.
    public var entry: String?
    /// The stored form, when the match was made only through variant folding (騰讯 matched 騰訊).
    public var variantOf: String?
    public var confidence: Confidence
    /// Every written form known for the term (Japanese, traditional, simplified, katakana).
    public var forms: [String]
    /// A remark for the reader, e.g. where the article's gloss disagrees with the dictionary.
    public var note: String?

    public init(
        start: Int, end: Int, surface: String, language: TermLanguage, kind: TermKind,
        hanzi: String? = nil, hanziSimplified: String? = nil, reading: String? = nil, romaji: String? = nil,
        pinyin: String? = nil, english: [String] = [], source: String, entry: String? = nil,
        variantOf: String? = nil, confidence: Confidence, forms: [String] = [], note: String? = nil
    ) {
        self.start = start
        self.end = end
        self.surface = surface
        self.language = language
        self.kind = kind
        self.hanzi = hanzi
        self.hanziSimplified = hanziSimplified
        self.reading = reading
        self.romaji = romaji
        self.pinyin = pinyin
        self.english = english
        self.source = source
        self.entry = entry
        self.variantOf = variantOf
        self.confidence = confidence
        self.forms = forms
        self.note = note
    }

    /// A key that is the same for every occurrence of one term, whatever form the article used.
    public var termKey: String { entry ?? "article:\(hanziSimplified ?? hanzi ?? surface)" }
}
