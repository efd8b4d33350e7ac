import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct ZipArchiveTests {
    /// Builds a ZIP with Python's zipfile module (an independent writer): one deflated member,
    /// one stored member.
    static func makeZip(in folder: String, deflated: [UInt8], stored: [UInt8]) throws -> String {
        let zip = (folder as NSString).appendingPathComponent("test.whl")
        let a = (folder as NSString).appendingPathComponent("a.bin")
        let b = (folder as NSString).appendingPathComponent("b.bin")
        _ = FileManager.default.createFile(atPath: a, contents: Data(deflated))
        _ = FileManager.default.createFile(atPath: b, contents: Data(stored))
        let script = """
        import sys, zipfile
        with zipfile.ZipFile(sys.argv[1], 'w') as z:
            z.write(sys.argv[2], 'pkg/data/a.txt.gz', compress_type=zipfile.ZIP_DEFLATED)
            z.write(sys.argv[3], 'pkg/b.txt', compress_type=zipfile.ZIP_STORED)
        """
        _ = try SourceFixtures.run(["python3", "-c", script, zip, a, b])
        return zip
    }

    @Test func extractsDeflatedAndStoredMembers() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = Array((0..<20000).map { "row \($0) 通義千問\n" }.joined().utf8)
        let small = Array("stored member\n".utf8)
        let archive = try ZipArchive(path: try Self.makeZip(in: folder, deflated: big, stored: small))
        #expect(Set(archive.members.map(\.name)) == ["pkg/data/a.txt.gz", "pkg/b.txt"])
        #expect(archive.members.first { $0.name == "pkg/data/a.txt.gz" }?.method == 8)
        #expect(archive.members.first { $0.name == "pkg/b.txt" }?.method == 0)

        let outA = (folder as NSString).appendingPathComponent("out-a")
        try archive.extract("pkg/data/a.txt.gz", to: outA)
        #expect(FileManager.default.contents(atPath: outA) == Data(big))
        let outB = (folder as NSString).appendingPathComponent("out-b")
        try archive.extract("pkg/b.txt", to: outB)
        #expect(FileManager.default.contents(atPath: outB) == Data(small))
        // No temporary files are left beside the outputs.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".part-") }
        #expect(leftovers.isEmpty)
    }

    @Test func missingMemberAndNonZipAreErrors() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let zip = try Self.makeZip(in: folder, deflated: Array("x".utf8), stored: Array("y".utf8))
        #expect(throws: ZipError.memberNotFound(path: zip, member: "nope")) {
            try ZipArchive(path: zip).extract("nope", to: (folder as NSString).appendingPathComponent("n"))
        }
        let notZip = (folder as NSString).appendingPathComponent("plain.txt")
        _ = FileManager.default.createFile(atPath: notZip, contents: Data("just text, long enough to be searched".utf8))
        #expect(throws: ZipError.notZip(path: notZip)) { try ZipArchive(path: notZip) }
    }

    @Test func corruptDataIsDetected() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let content = Array((0..<5000).map { "line \($0)\n" }.joined().utf8)
        let zip = try Self.makeZip(in: folder, deflated: content, stored: Array("s".utf8))
        var bytes = [UInt8](FileManager.default.contents(atPath: zip)!)
        // Damage the deflated data just after the first local header and name.
        for i in 60..<90 { bytes[i] ^= 0xA5 }
        _ = FileManager.default.createFile(atPath: zip, contents: Data(bytes))
        let out = (folder as NSString).appendingPathComponent("out")
        #expect(throws: ZipError.self) { try ZipArchive(path: zip).extract("pkg/data/a.txt.gz", to: out) }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
