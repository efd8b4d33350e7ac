import TsujiDictionary

/// A failure to read a source's bytes. Unlike a malformed line, these stop the parse: nothing
/// after the point of failure can be trusted or reached.
public enum DictionaryReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// Reading failed part way.
    case io(path: String, reason: String)
    /// The compressed data is corrupt at (about) `byteOffset` bytes into the compressed input.
    case corrupt(path: String, format: String, byteOffset: Int, reason: String)
    /// The compressed data ends before its stream does.
    case truncated(path: String, format: String, byteOffset: Int)

    /// The error as one line for a message, starting with the path.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open: \(reason)"
        case .io(let path, let reason): "\(path): read error: \(reason)"
        case .corrupt(let path, let format, let offset, let reason):
            "\(path): corrupt \(format) data near compressed byte offset \(offset): \(reason)"
        case .truncated(let path, let format, let offset):
            "\(path): \(format) data ends unexpectedly at compressed byte offset \(offset)"
        }
    }
}
