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

/// One annotated term in a text: where it is, what it is (``TermFacts``), and where that
/// knowledge came from. Fields that are not known are nil or empty and are omitted from JSON,
/// never invented.
public struct Annotation: CarriesTermFacts, Sendable, Hashable {
    /// Unicode scalar offsets into the original text, half-open.
    public var start: Int
    /// Where the term ends: one past its last scalar.
    public var end: Int
    /// The original text of `start..<end`, exactly.
    public var surface: String
    /// What is known of the term. An annotation always knows its language, kind and source.
    public var facts: TermFacts
    /// The entry id the data came from.
    public var entry: String?
    /// The stored form, when the match was made only through variant folding (騰讯 matched 騰訊).
    public var variantOf: String?
    /// How the facts were found: from a dictionary entry, from the article, or per character.
    public var confidence: Confidence
    /// Every written form known for the term (Japanese, traditional, simplified, katakana).
    public var forms: [String]

    /// An annotation with its facts given one by one, under the contract's names
    /// (`hanziSimplified` is ``TermFacts/simplified``).
    public init(
        start: Int, end: Int, surface: String, language: TermLanguage, kind: TermKind,
        hanzi: String? = nil, hanziSimplified: String? = nil, reading: String? = nil, romaji: String? = nil,
        pinyin: String? = nil, english: [String] = [], source: String, entry: String? = nil,
        variantOf: String? = nil, confidence: Confidence, forms: [String] = [], note: String? = nil
    ) {
        self.start = start
        self.end = end
        self.surface = surface
        facts = TermFacts(
            language: language, kind: kind, hanzi: hanzi, simplified: hanziSimplified, reading: reading, romaji: romaji,
            pinyin: pinyin, english: english, source: source, note: note)
        self.entry = entry
        self.variantOf = variantOf
        self.confidence = confidence
        self.forms = forms
    }

    // The facts by name, as the annotation contract (`tsuji.annotation/1`) names them.

    /// `zh` for a Chinese term, `ja` for a Japanese word (`ja` while the facts do not say).
    public var language: TermLanguage {
        get { facts.language ?? .ja }
        set { facts.language = newValue }
    }
    /// What the term names (`word` while the facts do not say).
    public var kind: TermKind {
        get { facts.kind ?? .word }
        set { facts.kind = newValue }
    }
    /// The simplified Chinese written form (``TermFacts/simplified``, under the contract's key).
    public var hanziSimplified: String? {
        get { facts.simplified }
        set { facts.simplified = newValue }
    }
    /// A dictionary name, or `article` when learned from the text.
    public var source: String {
        get { facts.source ?? "" }
        set { facts.source = newValue }
    }

    /// A key that is the same for every occurrence of one term, whatever form the article used.
    public var termKey: String { entry ?? "article:\(hanziSimplified ?? hanzi ?? surface)" }
}
