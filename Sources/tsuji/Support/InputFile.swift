import Foundation
#if canImport(Glibc)
import Glibc
/// The C library's read(2), named apart from this file's own `read` methods.
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// An input read with read(2), a chunk at a time: a named file or standard input ("-").
/// Errors are `CLIError`s naming the file: 66 when it cannot be opened, 74 when reading fails.
final class InputFile {
    /// The name for messages: the path, or `<stdin>`.
    let name: String
    private let descriptor: Int32
    private let owned: Bool

    init(path: String) throws {
        if path == "-" {
            name = "<stdin>"
            guard !StandardStreams.inputWasClosed else { throw CLIError.noInput("<stdin>: standard input is closed") }
            descriptor = 0
            owned = false
            return
        }
        name = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw CLIError.noInput("\(path): no such file")
            case EACCES, EPERM: throw CLIError.noInput("\(path): cannot be read: permission denied")
            default: throw CLIError.noInput("\(path): cannot be opened: \(String(cString: strerror(errno)))")
            }
        }
        var status = stat()
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw CLIError.noInput("\(path): is a folder, not a file")
        }
        descriptor = fd
        owned = true
    }

    deinit { if owned { close(descriptor) } }

    /// Up to `count` bytes; empty at the end of the input.
    func read(upTo count: Int = 1 << 20) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, count) }
            if got >= 0 {
                bytes.removeSubrange(got...)
                return bytes
            }
            if errno == EINTR { continue }
            if errno == EISDIR { throw CLIError.noInput("\(name): is a folder, not a file") }
            throw CLIError.io("\(name): cannot read: \(String(cString: strerror(errno)))")
        }
    }

    /// Everything left.
    func readAll() throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try read()
            if chunk.isEmpty { return all }
            all += chunk
        }
    }

    /// Reads a whole file (`-` for standard input).
    static func contents(of path: String) throws -> [UInt8] {
        try InputFile(path: path).readAll()
    }
}
