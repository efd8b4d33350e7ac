import Foundation
import TsujiDictionary

/// Runs an external command (`apt-get`, `dpkg-deb`, `pip`) and waits for it.
public protocol CommandRunner: Sendable {
    /// Runs `arguments[0]` (looked up on PATH) with the rest as its arguments, in `directory`.
    /// Throws `InstallError.commandNotFound` or `.commandFailed` (with the end of its output).
    func run(_ arguments: [String], in directory: String) throws(InstallError)
}

/// Runs commands with Foundation's `Process`, their output going to a temporary file (so a
/// chatty command never blocks on a full pipe) whose end is quoted if the command fails.
public struct ProcessCommandRunner: CommandRunner {
    /// A runner with no settings.
    public init() {}

    /// Runs the command with stdin from /dev/null; on failure, throws with the last 12 lines it
    /// printed.
    public func run(_ arguments: [String], in directory: String) throws(InstallError) {
        let commandLine = arguments.joined(separator: " ")
        guard let name = arguments.first, let executable = Self.find(name) else {
            throw .commandNotFound(command: arguments.first ?? "")
        }
        let logPath = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("tsuji-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
              let log = FileHandle(forWritingAtPath: logPath) else {
            throw .cannotWrite(path: logPath, reason: "cannot create a log file for '\(commandLine)'")
        }
        defer {
            try? log.close()
            try? FileManager.default.removeItem(atPath: logPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw .commandNotFound(command: name)
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            let tail = text.split(separator: "\n", omittingEmptySubsequences: true).suffix(12).joined(separator: "\n")
            let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
            throw .commandFailed(command: commandLine, status: status, output: tail)
        }
    }

    /// The executable for `name`: a path as given, else the first match on PATH.
    static func find(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = (String(directory) as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
