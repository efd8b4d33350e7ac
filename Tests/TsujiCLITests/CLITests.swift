import Foundation
import Testing

/// Runs the `tsuji` binary that `swift build` put beside this test bundle.
struct TsujiProcess {
    static var executable: URL {
        // /proc/self/exe is the test runner; the built products sit in the same folder.
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("tsuji")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("tsuji")
    }

    /// The environment with the full dictionaries switched off (an empty data directory), so a
    /// test sees the embedded default alone whatever is installed on the machine.
    static var embeddedOnly: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TSUJI_DATA_DIR"] = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-no-data").path
        environment["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-no-config").path
        return environment
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs tsuji with `arguments`. A `launcher` (a command and its arguments, such as
    /// `["/bin/sh", "-c", "ulimit -f 4; exec \"$0\" \"$@\""]`) runs tsuji through it instead:
    /// tsuji's path and `arguments` follow the launcher's own.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
                    currentDirectory: URL? = nil, launcher: [String] = []) throws -> Result {
        let process = Process()
        if let command = launcher.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // Output goes to files, not pipes: a large output can never block the child.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

@Suite struct CLISkeletonTests {
    @Test func versionAndHelp() throws {
        let version = try TsujiProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        let help = try TsujiProcess.run(["--help"])
        #expect(help.status == 0)
        for subcommand in ["annotate", "lookup", "glossary", "romanize", "dict"] {
            #expect(help.stdout.contains(subcommand))
        }
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try TsujiProcess.run(["--no-such-option"])
        #expect(result.status == 64)
    }

    @Test func completionScriptsAreGenerated() throws {
        let result = try TsujiProcess.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("_tsuji"))
    }
}
