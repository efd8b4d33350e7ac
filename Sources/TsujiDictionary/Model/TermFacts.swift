import TsujiRomanize

/// What tsuji says about one term, in one place: the ten facts that an annotation, a glossary
/// row and a lookup card each give (`Annotation` and `GlossaryTerm` embed this; lookup's
/// ``Term`` produces it).
///
/// A fact that is not known is nil or empty, never invented. The JSON contracts name two of
/// the facts differently (`hanziSimplified` in `tsuji.annotation/1`, `simplified` in a
/// glossary) and keep doing so: those keys are read by other tools.
public struct TermFacts: Sendable, Hashable {
    /// `zh` for a Chinese term, whatever script the text wrote it in; `ja` for a Japanese word.
    public var language: TermLanguage?
    /// What the term names (company, person, word, …).
    public var kind: TermKind?
    /// The traditional (or Japanese kanji) written form.
    public var hanzi: String?
    /// The simplified Chinese written form.
    public var simplified: String?
    /// The Japanese reading in kana.
    public var reading: String?
    /// Modified Hepburn of the reading (Tsūgi Senmon).
    public var romaji: String?
    /// Hanyu Pinyin with tone marks (Tōngyì Qiānwèn).
    public var pinyin: String?
    /// English names or terms, the preferred first.
    public var english: [String]
    /// Where the facts came from: a source name (``DictionarySource/name``), `article` when
    /// learned from the text, `fallback` for per-character readings.
    public var source: String?
    /// A remark for the reader: a description, or where the article disagrees with a dictionary.
    public var note: String?

    /// Facts given one by one; any not given is unknown.
    public init(
        language: TermLanguage? = nil, kind: TermKind? = nil, hanzi: String? = nil, simplified: String? = nil,
        reading: String? = nil, romaji: String? = nil, pinyin: String? = nil, english: [String] = [],
        source: String? = nil, note: String? = nil
    ) {
        self.language = language
        self.kind = kind
        self.hanzi = hanzi
        self.simplified = simplified
        self.reading = reading
        self.romaji = romaji
        self.pinyin = pinyin
        self.english = english
        self.source = source
        self.note = note
    }

    /// A reading as shown: sources may mark word breaks with spaces (つうぎ せんもん); the
    /// displayed reading has none.
    public static func displayReading(_ reading: String) -> String {
        String(reading.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }.map(Character.init))
    }

    /// Hepburn of a reading, word by word: capitalized for names (Tsūgi Senmon), lower case for
    /// words (shunsetsu).
    public static func romaji(ofReading reading: String, kind: TermKind) -> String {
        let words = reading.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "・" })
            .map { Hepburn.romanize(String($0)) }
        let capitalize = kind.isProperNoun
        return words.map { capitalize ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }.joined(separator: " ")
    }
}

/// A value that carries a term's ``TermFacts`` (an annotation, a glossary row): the facts that
/// every carrier names alike, read and written through its `facts`. (Language, kind, source
/// and the simplified form are named by each carrier: an annotation always knows the first
/// three, and the contracts name the simplified form differently.)
public protocol CarriesTermFacts {
    var facts: TermFacts { get set }
}

extension CarriesTermFacts {
    /// The traditional (or Japanese kanji) written form.
    @inlinable public var hanzi: String? {
        get { facts.hanzi }
        set { facts.hanzi = newValue }
    }
    /// The Japanese reading in kana.
    @inlinable public var reading: String? {
        get { facts.reading }
        set { facts.reading = newValue }
    }
    /// Modified Hepburn of the reading.
    @inlinable public var romaji: String? {
        get { facts.romaji }
        set { facts.romaji = newValue }
    }
    /// Hanyu Pinyin with tone marks.
    @inlinable public var pinyin: String? {
        get { facts.pinyin }
        set { facts.pinyin = newValue }
    }
    /// English names or terms, the preferred first.
    @inlinable public var english: [String] {
        get { facts.english }
        set { facts.english = newValue }
    }
    /// A remark for the reader or translator.
    @inlinable public var note: String? {
        get { facts.note }
        set { facts.note = newValue }
    }
}

