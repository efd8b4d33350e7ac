import Foundation

/// Writes a file so that a failure never leaves it half-written or clobbered: the data goes to a
/// temporary file in the same folder, is flushed to disk, and is renamed over the target.
public enum AtomicFile {
    public enum WriteError: Error, CustomStringConvertible, Sendable {
        /// The temporary file could not be created (no such folder, no permission, read-only).
        case cannotCreate(path: String, reason: String)
        /// Writing, flushing or renaming failed (disk full, I/O error).
        case ioError(path: String, reason: String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
            case .ioError(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// Test hook: when set, writing fails after this many bytes (simulates a full disk).
    nonisolated(unsafe) public static var failAfterBytesForTesting: Int?

    public static func write(_ data: some Collection<UInt8>, to path: String, permissions: mode_t = 0o644) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        func fail(_ reason: String) -> WriteError {
            if !closed { close(fd) }
            unlink(temporary)
            return .ioError(path: path, reason: reason)
        }
        var bytes = Array(data)
        var limit = bytes.count
        if let failAfter = failAfterBytesForTesting { limit = min(limit, failAfter) }
        var offset = 0
        while offset < limit {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, limit - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw fail(String(cString: strerror(errno)))
            }
            offset += written
        }
        if limit < bytes.count { throw fail("no space left on device (simulated)") }
        bytes.removeAll()
        if fchmod(fd, permissions) != 0 || fsync(fd) != 0 { throw fail(String(cString: strerror(errno))) }
        closed = true
        if close(fd) != 0 { throw fail(String(cString: strerror(errno))) }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .ioError(path: path, reason: reason)
        }
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }
}
