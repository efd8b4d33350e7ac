import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// Helpers for the source-parser tests: temporary folders and external encoders/compressors
/// (`iconv`, `gzip`, `bzip2`, `python3`) that produce fixture bytes independently of the code
/// under test.
enum SourceFixtures {
    struct CommandError: Error, CustomStringConvertible {
        let description: String
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("tsuji-sources-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `arguments` with `input` on standard input and returns standard output.
    static func run(_ arguments: [String], input: [UInt8] = []) throws -> [UInt8] {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputPath = (folder as NSString).appendingPathComponent("in")
        let outputPath = (folder as NSString).appendingPathComponent("out")
        _ = FileManager.default.createFile(atPath: inputPath, contents: Data(input))
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle(forReadingAtPath: inputPath)
        process.standardOutput = FileHandle(forWritingAtPath: outputPath)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError(description: "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return [UInt8](FileManager.default.contents(atPath: outputPath) ?? Data())
    }

    static func eucJP(_ text: String) throws -> [UInt8] {
        try run(["iconv", "-f", "UTF-8", "-t", "EUC-JP"], input: Array(text.utf8))
    }

    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        try run(["gzip", "-c", "-n"], input: bytes)
    }

    static func bzip2(_ bytes: [UInt8]) throws -> [UInt8] {
        try run(["bzip2", "-c"], input: bytes)
    }
}
