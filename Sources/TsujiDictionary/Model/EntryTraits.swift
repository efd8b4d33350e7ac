/// What the matcher and the classifier need to know of an entry, readable without decoding it:
/// a compiled dictionary keeps these in the entry's fixed-size record, so deciding whether a
/// match is a Chinese term or a Japanese word costs a few byte reads, not a string decode.
public struct EntryTraits: Sendable, Hashable {
    /// The sources tsuji knows, by the role each plays in classifying.
    public enum Source: UInt8, Sendable, Hashable {
        case user, curated, cedict, edict, enamdict, kanjidic2, unihan, other

        public init(name: String) {
            switch name {
            case "user": self = .user
            case "tsuji-terms": self = .curated
            case "cc-cedict": self = .cedict
            case "edict": self = .edict
            case "enamdict": self = .enamdict
            case "kanjidic2": self = .kanjidic2
            case "unihan": self = .unihan
            default: self = .other
            }
        }

        /// The user's and the curated term lists: their entries are trusted as they stand.
        public var isTermList: Bool { self == .user || self == .curated }
    }

    public var source: Source
    public var language: TermLanguage
    public var kind: TermKind
    /// Marked common by its source (EDICT's (P)).
    public var isCommon: Bool
    /// The English senses tie it to China (a province, a dynasty, a Chinese company …) and to no
    /// other country.
    public var isTiedToChina: Bool
    /// A proper noun by CC-CEDICT's convention: its pinyin starts with a capital letter.
    public var isProperNoun: Bool

    public init(source: Source, language: TermLanguage, kind: TermKind, isCommon: Bool = false,
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
        self.init(source: Source(name: entry.source), language: entry.language, kind: entry.kind,
                  isCommon: entry.isCommon, isTiedToChina: ChinaTies.isChinese(entry),
                  isProperNoun: ChinaTies.isProperNoun(entry))
    }
}
