#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages to the user on standard error, and what kind of streams we write to.
enum Terminal {
    static func error(_ message: String) { writeStandardError("tsuji: error: \(message)\n") }
    static func warning(_ message: String) { writeStandardError("tsuji: warning: \(message)\n") }
    static func note(_ message: String) { writeStandardError(message + "\n") }

    /// Writes straight to file descriptor 2, unbuffered, so messages interleave correctly.
    static func writeStandardError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }

    static var stderrIsTerminal: Bool { isatty(2) != 0 }
    static var stdoutIsTerminal: Bool { isatty(1) != 0 }

    /// Whether standard output gets colours: a terminal, and no NO_COLOR (https://no-color.org).
    static var colorsStandardOutput: Bool {
        stdoutIsTerminal && (getenv("NO_COLOR").map { $0.pointee == 0 } ?? true)
    }
}
