import TsujiDictionary

/// Why a dictionary source could not be found or fetched.
public enum InstallError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An external command could not be started (not installed, not on PATH).
    case commandNotFound(command: String)
    /// An external command exited with a non-zero status; `output` is the end of what it printed.
    case commandFailed(command: String, status: Int32, output: String)
    /// A command succeeded but the file it should have produced is not there.
    case missingFile(path: String, after: String)
    /// The data directory or a cache folder could not be created or written.
    case cannotWrite(path: String, reason: String)
    /// The wheel could not be read.
    case archive(ZipError)

    /// The error as one line for a message (a failed command adds the end of its output).
    public var description: String {
        switch self {
        case .commandNotFound(let command):
            "cannot run '\(command)': command not found"
        case .commandFailed(let command, let status, let output):
            "'\(command)' failed with exit status \(status)" + (output.isEmpty ? "" : ":\n\(output)")
        case .missingFile(let path, let command):
            "\(path) is missing after '\(command)'"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason)"
        case .archive(let error):
            error.description
        }
    }
}
