import TsujiDictionary

/// Why a ZIP member could not be read.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String)
    case notZip(path: String)
    case memberNotFound(path: String, member: String)
    case unsupported(path: String, what: String)
    case corrupt(path: String, reason: String)
    case io(path: String, reason: String)

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
