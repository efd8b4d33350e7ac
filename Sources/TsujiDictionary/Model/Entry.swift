/// Which language a term belongs to: `zh` for a Chinese term, whatever script an article writes
/// it in; `ja` for a Japanese word.
public enum TermLanguage: String, Codable, Sendable, Hashable, CaseIterable {
    /// A Chinese term; a Japanese word.
    case zh, ja
}

/// What a term names.
public enum TermKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// A company (騰訊), a product (通義千問), a person, a place, an organization, an event, a
    /// concept, a currency.
    case company, product, person, place, organization, event, concept, currency
    /// An ordinary dictionary word (EDICT, CC-CEDICT common nouns, …).
    case word
    /// A name from a names dictionary whose kind is not one of the above.
    case name
    /// A single character from a character dictionary (KANJIDIC2, Unihan).
    case character

    /// Whether terms of this kind are names (proper nouns): their pinyin and romaji are written
    /// capitalized (Tōngyì Qiānwèn, Tsūgi Senmon; a word stays lower case: shunsetsu).
    public var isProperNoun: Bool {
        switch self {
        case .company, .product, .person, .place, .organization, .name: true
        case .event, .concept, .currency, .word, .character: false
        }
    }
}

/// One dictionary entry: a term with every written form and reading that a source gives.
///
/// Fields a source does not know are empty, never invented. Romaji is not stored: it is derived
/// from `readings` by `TsujiRomanize.Hepburn`.
public struct Entry: Sendable, Hashable, Codable {
    /// Stable identifier, `source:key` (e.g. `tsuji-terms:qwen`, `cc-cedict:41873`).
    public var id: String
    /// The source name: `user`, `tsuji-terms`, `cc-cedict`, `edict`, `enamdict`, `kanjidic2`, `unihan`.
    public var source: String
    /// Chinese or Japanese, as the source says (a CC-CEDICT entry is `zh`, an EDICT entry `ja`).
    /// Whether a match in a text counts as Chinese is decided by ``ChineseTermRule``.
    public var language: TermLanguage
    /// What the term names, as far as the source says.
    public var kind: TermKind
    /// Japanese written forms: kanji as Japanese writes them (shinjitai), and katakana renderings.
    public var japanese: [String]
    /// Traditional Chinese forms.
    public var traditional: [String]
    /// Simplified Chinese forms.
    public var simplified: [String]
    /// Japanese readings in kana.
    public var readings: [String]
    /// Hanyu Pinyin with tone marks, syllables of a word joined ("Tōngyì Qiānwèn").
    public var pinyin: [String]
    /// English names or senses, preferred first.
    public var english: [String]
    /// A short note (what the term is).
    public var note: String?
    /// Marked common by its source (EDICT's (P)).
    public var isCommon: Bool

    /// An entry with the fields a source gives; what it does not give stays empty.
    public init(
        id: String, source: String, language: TermLanguage, kind: TermKind,
        japanese: [String] = [], traditional: [String] = [], simplified: [String] = [],
        readings: [String] = [], pinyin: [String] = [], english: [String] = [],
        note: String? = nil, isCommon: Bool = false
    ) {
        self.id = id
        self.source = source
        self.language = language
        self.kind = kind
        self.japanese = japanese
        self.traditional = traditional
        self.simplified = simplified
        self.readings = readings
        self.pinyin = pinyin
        self.english = english
        self.note = note
        self.isCommon = isCommon
    }

    /// Every written form, Japanese first, without repeats.
    public var headwords: [String] {
        var seen = UniqueStrings()
        var out: [String] = []
        out.reserveCapacity(japanese.count + traditional.count + simplified.count)
        for list in [japanese, traditional, simplified] {
            for form in list where seen.insert(form) { out.append(form) }
        }
        return out
    }
}
