import TsujiDictionary

/// Why a ZIP member could not be read.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String)
    /// The file has no end-of-central-directory record: it is not a ZIP file.
    case notZip(path: String)
    /// The archive has no member of that name.
    case memberNotFound(path: String, member: String)
    /// A feature this reader refuses: ZIP64, encryption, a method other than stored or deflated.
    case unsupported(path: String, what: String)
    /// The archive's structures or a member's data are inconsistent (bad header, short data,
    /// size or CRC-32 mismatch).
    case corrupt(path: String, reason: String)
    /// Reading the archive or writing the extracted file failed; `path` names the file.
    case io(path: String, reason: String)

    /// The error as one line for a message, starting with the path.
    public var description: String {
        switch self {
        case .cannotOpen(let path): "\(path): cannot open"
        case .notZip(let path): "\(path): not a ZIP file (no end of central directory)"
        case .memberNotFound(let path, let member): "\(path): no member named \(member)"
        case .unsupported(let path, let what): "\(path): unsupported: \(what)"
        case .corrupt(let path, let reason): "\(path): corrupt ZIP data: \(reason)"
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
}
