import Foundation
#if canImport(Glibc)
import Glibc
/// The C library's write(2), named apart from this file's own `write` methods.
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a file so that a failure never leaves it half-written or clobbered: the data goes to a
/// temporary file in the same folder, is flushed to disk, and is renamed over the target.
public enum AtomicFile {
    /// Why a file could not be written. The target is left as it was.
    public enum WriteError: Error, CustomStringConvertible, Sendable {
        /// The temporary file could not be created (no such folder, no permission, read-only).
        case cannotCreate(path: String, reason: String)
        /// Writing, flushing or renaming failed (disk full, I/O error).
        case ioError(path: String, reason: String)

        /// The error as one line for a message: "cannot create <path>: <reason>" or "cannot write
        /// <path>: <reason>".
        public var description: String {
            switch self {
            case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
            case .ioError(let path, let reason): "cannot write \(path): \(reason)"
            }
        }
    }

    /// Test hook: when set, writing fails after this many bytes (simulates a full disk).
    nonisolated(unsafe) public static var failAfterBytesForTesting: Int?

    /// Writes `data` to `path` through a ``Writer``: the target is replaced only once all of `data`
    /// is on disk, and gets `permissions` (rw-r--r-- by default).
    public static func write(_ data: some Collection<UInt8>, to path: String, permissions: mode_t = 0o644) throws(WriteError) {
        let writer = try Writer(path: path, permissions: permissions)
        try writer.write(data)
        try writer.commit()
    }

    /// Writes `text` as UTF-8 to `path`, atomically, with the default permissions.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// A file written in parts as they are produced, which replaces the target only at
    /// ``commit()``. Until then the target is untouched; after a failure, ``abort()`` or the
    /// writer's end without a commit, the temporary file is removed.
    public final class Writer {
        /// The target file, which ``commit()`` replaces.
        public let path: String
        private let permissions: mode_t
        private let temporary: String
        private var descriptor: Int32
        private var written = 0

        /// Creates the temporary file beside `path`.
        public init(path: String, permissions: mode_t = 0o644) throws(WriteError) {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                throw .cannotCreate(path: path, reason: "it is a folder")
            }
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
            self.path = path
            self.permissions = permissions
            temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            descriptor = fd
        }

        deinit { abort() }

        /// Appends bytes to the temporary file. On failure the writer is aborted.
        public func write(_ data: some Collection<UInt8>) throws(WriteError) {
            guard descriptor >= 0 else { throw .ioError(path: path, reason: "the file was already closed") }
            let bytes = Array(data)
            var limit = bytes.count
            if let failAfter = AtomicFile.failAfterBytesForTesting { limit = min(limit, max(0, failAfter - written)) }
            var offset = 0
            while offset < limit {
                let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, limit - offset) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw fail(String(cString: strerror(errno)))
                }
                offset += count
            }
            written += offset
            if limit < bytes.count { throw fail("no space left on device (simulated)") }
        }

        /// Appends `text` as UTF-8 to the temporary file. On failure the writer is aborted.
        public func write(_ text: String) throws(WriteError) {
            try write(text.utf8)
        }

        /// Flushes the temporary file to disk and renames it over the target.
        public func commit() throws(WriteError) {
            guard descriptor >= 0 else { throw .ioError(path: path, reason: "the file was already closed") }
            if fchmod(descriptor, permissions) != 0 || fsync(descriptor) != 0 { throw fail(String(cString: strerror(errno))) }
            let fd = descriptor
            descriptor = -1
            if close(fd) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .ioError(path: path, reason: reason)
            }
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .ioError(path: path, reason: reason)
            }
        }

        /// Removes the temporary file and leaves the target as it was. Does nothing after a commit.
        public func abort() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            unlink(temporary)
        }

        private func fail(_ reason: String) -> WriteError {
            abort()
            return .ioError(path: path, reason: reason)
        }
    }
}
