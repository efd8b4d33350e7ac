import TsujiDictionary

/// Where a dictionary source's bytes come from: a file on disk or bytes in memory (tests,
/// embedded data). Either may be plain, gzip or bzip2; `DecompressingReader` tells them apart by
/// their first bytes, not by the file name.
public enum DictionaryInput: Sendable, Hashable {
    /// A file at this path.
    case file(String)
    /// Bytes in memory, with a name for messages.
    case bytes([UInt8], name: String)

    /// The name used in messages (`file:line`): the path, or the given name.
    public var name: String {
        switch self {
        case .file(let path): path
        case .bytes(_, let name): name
        }
    }
}
