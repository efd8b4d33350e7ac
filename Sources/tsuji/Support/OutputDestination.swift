import Foundation
#if canImport(Glibc)
import Glibc
/// The C library's write(2), named apart from this file's own `write` methods.
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif
import TsujiText

/// Where a command's result goes: standard output, or a file written atomically with `-o`.
struct OutputDestination {
    let path: String?

    func write(_ text: String) throws {
        let sink = try OutputSink(path: path)
        try sink.write(text)
        try sink.commit()
    }
}

/// Output written in parts as it is produced: to standard output as it comes, or to a
/// temporary file that replaces the `-o` file only at `commit()` (so an error half-way, or
/// the process being killed, leaves the old file as it was).
final class OutputSink {
    private let file: AtomicFile.Writer?

    init(path: String?) throws {
        guard let path, path != "-" else {
            file = nil
            return
        }
        file = try AtomicFile.Writer(path: path)
    }

    func write(_ text: String) throws {
        guard let file else {
            StandardOutput.write(text)
            return
        }
        try file.write(text)
    }

    func commit() throws {
        try file?.commit()
    }
}

/// Standard output written with write(2): a closed pipe (`tsuji … | head -1`) ends the process
/// quietly instead of crashing it.
enum StandardOutput {
    static func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes UTF-8 (or any) bytes as they are.
    static func write(_ bytes: [UInt8]) {
        if StandardStreams.outputWasClosed { fail("standard output is closed") }
        var bytes = bytes[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // EPIPE: the reader is gone; there is nobody left to tell.
                if errno == EPIPE { exit(0) }
                fail("cannot write to standard output: \(String(cString: strerror(errno)))")
            }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func fail(_ message: String) -> Never {
        Terminal.error(message)
        exit(74)
    }

    /// Ignore SIGPIPE so a closed stdout shows up as EPIPE from write(2). (Also done for every
    /// command by `StandardStreams.setUp()`.)
    static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }
}
