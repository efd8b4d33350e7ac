/// What the matcher and the classifier need to know of an entry, readable without decoding it:
/// a compiled dictionary keeps these in the entry's fixed-size record, so deciding whether a
/// match is a Chinese term or a Japanese word costs a few byte reads, not a string decode.
public struct EntryTraits: Sendable, Hashable {
    /// The source of the entry; nil for a source tsuji does not know.
    public var source: DictionarySource?
    /// The entry's ``Entry/language``.
    public var language: TermLanguage
    /// The entry's ``Entry/kind``.
    public var kind: TermKind
    /// Marked common by its source (EDICT's (P)).
    public var isCommon: Bool
    /// The English senses tie it to China (a province, a dynasty, a Chinese company …) and to no
    /// other country.
    public var isTiedToChina: Bool
    /// A proper noun by CC-CEDICT's convention: its pinyin starts with a capital letter.
    public var isProperNoun: Bool

    /// Whether the entry comes from a term list (the user's or the curated terms), trusted as it
    /// stands.
    public var isFromTermList: Bool { source?.isTermList ?? false }

    /// Traits given one by one, as a compiled dictionary's record stores them.
    public init(source: DictionarySource?, language: TermLanguage, kind: TermKind, isCommon: Bool = false,
                isTiedToChina: Bool = false, isProperNoun: Bool = false) {
        self.source = source
        self.language = language
        self.kind = kind
        self.isCommon = isCommon
        self.isTiedToChina = isTiedToChina
        self.isProperNoun = isProperNoun
    }

    /// The traits of a decoded entry.
    public init(_ entry: Entry) {
        self.init(source: DictionarySource(name: entry.source), language: entry.language, kind: entry.kind,
                  isCommon: entry.isCommon, isTiedToChina: ChinaTies.isChinese(entry),
                  isProperNoun: ChinaTies.isProperNoun(entry))
    }
}
