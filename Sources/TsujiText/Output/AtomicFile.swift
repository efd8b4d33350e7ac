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
///
/// What the target is decides how, as `sed -i` and `sort -o` decide it:
/// - a regular file, or none: written atomically as above. An existing file keeps its
///   permission bits (and, where the system allows, its owner and group); a new file gets
///   `0o666` less the umask, as the shell's `>` would give it.
/// - a symbolic link: the file it points at (through every link) is written atomically; the
///   link stays a link. A link to nothing creates the file it names.
/// - anything else (a character or block device such as `/dev/null`, a FIFO): written directly,
///   never renamed over, since a rename would replace the device with a regular file. Every
///   write's result is checked, so `/dev/full` is an error (ENOSPC), not a silent success.
/// - a folder: refused.
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

    /// Writes `data` to `path` (see ``AtomicFile``). `permissions`, when given, are the new
    /// file's mode instead of the kept or umask-derived one.
    public static func write(_ data: some Collection<UInt8>, to path: String, permissions: mode_t? = nil) throws(WriteError) {
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
    /// writer's end without a commit, the temporary file is removed. A target that is not a
    /// regular file (a device, a FIFO) is written directly, as the parts come.
    public final class Writer {
        /// The path as given, which messages name.
        public let path: String
        /// Where the data goes: `path`, or the file its symbolic links lead to.
        public let target: String
        /// Whether the target is written directly (a device or FIFO) rather than replaced.
        public let writesDirectly: Bool
        /// The mode to give the file at commit; nil leaves the one it was created with.
        private let permissions: mode_t?
        /// The owner and group to give the file at commit (those of the file it replaces).
        private let owner: (uid: uid_t, gid: gid_t)?
        private let temporary: String?
        private var descriptor: Int32
        private var written = 0

        /// Opens `path` for writing: a temporary file beside the target, or the target itself
        /// when it is a device or FIFO. `permissions`, when given, replace the kept or
        /// umask-derived mode.
        public init(path: String, permissions: mode_t? = nil) throws(WriteError) {
            self.path = path
            func failure() -> WriteError { .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
            var status = stat()
            var kind: mode_t?
            if stat(path, &status) == 0 {
                kind = status.st_mode & S_IFMT
            } else if errno != ENOENT {
                throw failure()
            }
            switch kind {
            case S_IFDIR?:
                throw .cannotCreate(path: path, reason: "it is a folder")
            case S_IFREG?:
                // Replaced by rename: at the real path, so that a symbolic link stays one.
                target = try Self.resolvingLinks(path)
                self.permissions = permissions ?? (status.st_mode & 0o777)
                owner = status.st_uid != geteuid() || status.st_gid != getegid() ? (status.st_uid, status.st_gid) : nil
                writesDirectly = false
            case nil:
                // A new file; a symbolic link to nothing creates the file it names.
                target = try Self.resolvingLinks(path)
                self.permissions = permissions
                owner = nil
                writesDirectly = false
            default:
                // A device, FIFO or socket: opened through its links, written in place.
                let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
                guard fd >= 0 else { throw failure() }
                target = path
                self.permissions = nil
                owner = nil
                writesDirectly = true
                temporary = nil
                descriptor = fd
                return
            }
            // Created with the final mode (less the umask) when it is known, so that a private
            // file's new contents are never readable by others on the way.
            let (fd, name) = try Self.createTemporary(beside: target, mode: self.permissions ?? 0o666, reportedAs: path)
            temporary = name
            descriptor = fd
        }

        deinit { abort() }

        /// The file `path` names once its symbolic links are followed (it need not exist): each
        /// link's text, relative to the link's folder unless absolute, at most 40 links deep.
        static func resolvingLinks(_ path: String) throws(WriteError) -> String {
            var current = path
            for _ in 0..<40 {
                var status = stat()
                guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
                var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
                let count = buffer.withUnsafeMutableBytes { readlink(current, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) }
                guard count > 0 else { throw .cannotCreate(path: path, reason: String(cString: strerror(errno))) }
                let link = String(decoding: buffer[..<count], as: UTF8.self)
                if link.hasPrefix("/") {
                    current = link
                } else if let slash = current.lastIndex(of: "/") {
                    current = String(current[...slash]) + link
                } else {
                    current = link
                }
            }
            throw .cannotCreate(path: path, reason: String(cString: strerror(ELOOP)))
        }

        /// Creates `.NAME.tmp-XXXXXX` beside `target` with `mode` less the umask (the kernel
        /// applies the umask, so it is never read or changed here).
        static func createTemporary(beside target: String, mode: mode_t, reportedAs path: String) throws(WriteError) -> (Int32, String) {
            let folderEnd = target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex
            let folder = String(target[..<folderEnd]), name = String(target[folderEnd...])
            let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            for _ in 0..<100 {
                let suffix = String((0..<6).map { _ in letters.randomElement()! })
                let candidate = "\(folder).\(name).tmp-\(suffix)"
                let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
                if fd >= 0 { return (fd, candidate) }
                if errno != EEXIST { break }
            }
            throw .cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }

        /// Appends bytes to the temporary file (or the device). On failure the writer is aborted.
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
                // write(2) of at least one byte returns at least one, or an error.
                if count == 0 { throw fail(String(cString: strerror(EIO))) }
                offset += count
            }
            written += offset
            if limit < bytes.count { throw fail("no space left on device (simulated)") }
        }

        /// Appends `text` as UTF-8 to the temporary file. On failure the writer is aborted.
        public func write(_ text: String) throws(WriteError) {
            try write(text.utf8)
        }

        /// Flushes the temporary file to disk and renames it over the target; a device or FIFO
        /// is only closed.
        public func commit() throws(WriteError) {
            guard descriptor >= 0 else { throw .ioError(path: path, reason: "the file was already closed") }
            guard let temporary else {
                let fd = descriptor
                descriptor = -1
                if close(fd) != 0 { throw .ioError(path: path, reason: String(cString: strerror(errno))) }
                return
            }
            // The owner first: changing it clears the set-user-ID bits a mode could set. Best
            // effort, as `sed -i` does it: only root may give a file away.
            if let owner { _ = fchown(descriptor, owner.uid, owner.gid) }
            if let permissions, fchmod(descriptor, permissions) != 0 { throw fail(String(cString: strerror(errno))) }
            if fsync(descriptor) != 0 { throw fail(String(cString: strerror(errno))) }
            let fd = descriptor
            descriptor = -1
            if close(fd) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .ioError(path: path, reason: reason)
            }
            if rename(temporary, target) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .ioError(path: path, reason: reason)
            }
        }

        /// Removes the temporary file and leaves the target as it was (a device or FIFO has
        /// had what was written so far). Does nothing after a commit.
        public func abort() {
            guard descriptor >= 0 else { return }
            close(descriptor)
            descriptor = -1
            if let temporary { unlink(temporary) }
        }

        private func fail(_ reason: String) -> WriteError {
            abort()
            return .ioError(path: path, reason: reason)
        }
    }
}
