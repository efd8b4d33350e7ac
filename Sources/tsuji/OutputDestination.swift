import Foundation
import TsujiText

/// Where a command's result goes: standard output, or a file written atomically with `-o`.
struct OutputDestination {
    let path: String?

    func write(_ text: String) throws {
        guard let path, path != "-" else {
            StandardOutput.write(text)
            return
        }
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(text, to: path)
        } catch {
            throw CLIError(error)
        }
    }
}

/// Standard output written with write(2): a closed pipe (`tsuji … | head -1`) ends the process
/// quietly instead of crashing it.
enum StandardOutput {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // EPIPE: the reader is gone; there is nobody left to tell.
                exit(errno == EPIPE ? 0 : 74)
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Ignore SIGPIPE so a closed stdout shows up as EPIPE from write(2).
    static func ignoreBrokenPipe() { signal(SIGPIPE, SIG_IGN) }
}
