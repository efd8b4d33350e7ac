import TsujiDictionary

/// Why a compiled dictionary could not be written.
public enum DictionaryWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Index names are 1 to 11 characters of `a-z`, `0-9`, `_` and `-`.
    case invalidIndexName(String)
    /// An index of this name was already added.
    case duplicateIndex(String)
    /// Pair number `pair` of index `index` names entry `entry`, which does not exist.
    case entryOutOfRange(index: String, pair: Int, entry: Int)
    /// A count or offset does not fit the format's fields; the text says which.
    case tooLarge(String)
    /// The temporary output file could not be created.
    case cannotCreate(path: String, reason: String)
    /// Writing, syncing or renaming the output failed.
    case io(path: String, reason: String)

    /// The error as one line for a message.
    public var description: String {
        switch self {
        case .invalidIndexName(let name):
            "invalid index name \"\(name)\": use 1 to 11 characters of a-z, 0-9, _ and -"
        case .duplicateIndex(let name):
            "index \"\(name)\" was added twice"
        case .entryOutOfRange(let index, let pair, let entry):
            "index \"\(index)\" key \(pair) names entry \(entry), which does not exist"
        case .tooLarge(let what):
            "dictionary too large: \(what)"
        case .cannotCreate(let path, let reason):
            "\(path): cannot create: \(reason)"
        case .io(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
