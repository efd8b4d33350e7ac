import Foundation
import Testing

/// The curated terms are compiled into the binary: a copy of `tsuji` alone in an empty folder,
/// with no data directory, annotates as well as the one in the build folder.
@Suite struct StandaloneBinaryTests {
    @Test func binaryAloneInAnEmptyFolderAnnotates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("tsuji")
        try FileManager.default.copyItem(at: TsujiProcess.executable, to: copy)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["annotate", "--format", "json"]
        process.currentDirectoryURL = folder
        process.environment = ["HOME": folder.path, "TSUJI_DATA_DIR": folder.appendingPathComponent("data").path,
                               "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "PATH": "/usr/bin:/bin"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("アリババは「通義千問」を公開した。".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""pinyin":"Tōngyì Qiānwèn""#))
        #expect(json.contains(#""english":["Alibaba""#))
        // Nothing was written next to the binary.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tsuji"])
    }
}
