import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct DecompressingReaderTests {
    /// Some text long enough to span many small chunks.
    static let text: [UInt8] = Array((1...2000).map { "line \($0): 通義千問 テンセント\n" }.joined().utf8)

    static func readAll(_ input: DictionaryInput, chunkSize: Int) throws -> (bytes: [UInt8], compression: DecompressingReader.Compression) {
        let reader = try DecompressingReader(input, chunkSize: chunkSize)
        var bytes: [UInt8] = []
        while let chunk = try reader.read() {
            #expect(chunk.count <= max(chunkSize, 64))
            bytes += chunk
        }
        return (bytes, reader.compression)
    }

    @Test func plainBytesPassThrough() throws {
        let (bytes, compression) = try Self.readAll(.bytes(Self.text, name: "plain"), chunkSize: 100)
        #expect(compression == .none)
        #expect(bytes == Self.text)
    }

    @Test(arguments: [64, 1000, 1 << 16])
    func gzipRoundTrip(chunkSize: Int) throws {
        let compressed = try SourceFixtures.gzip(Self.text)
        #expect(compressed.starts(with: [0x1F, 0x8B]))
        let (bytes, compression) = try Self.readAll(.bytes(compressed, name: "t.gz"), chunkSize: chunkSize)
        #expect(compression == .gzip)
        #expect(bytes == Self.text)
    }

    @Test(arguments: [64, 1000, 1 << 16])
    func bzip2RoundTrip(chunkSize: Int) throws {
        let compressed = try SourceFixtures.bzip2(Self.text)
        let (bytes, compression) = try Self.readAll(.bytes(compressed, name: "t.bz2"), chunkSize: chunkSize)
        #expect(compression == .bzip2)
        #expect(bytes == Self.text)
    }

    @Test func concatenatedGzipMembersAreAllRead() throws {
        let first = try SourceFixtures.gzip(Array("first\n".utf8))
        let second = try SourceFixtures.gzip(Array("second\n".utf8))
        let (bytes, _) = try Self.readAll(.bytes(first + second, name: "two.gz"), chunkSize: 64)
        #expect(String(decoding: bytes, as: UTF8.self) == "first\nsecond\n")
    }

    @Test func concatenatedBzip2StreamsAreAllRead() throws {
        let first = try SourceFixtures.bzip2(Array("first\n".utf8))
        let second = try SourceFixtures.bzip2(Array("second\n".utf8))
        let (bytes, _) = try Self.readAll(.bytes(first + second, name: "two.bz2"), chunkSize: 64)
        #expect(String(decoding: bytes, as: UTF8.self) == "first\nsecond\n")
    }

    @Test func truncatedGzipIsAnError() throws {
        let compressed = try SourceFixtures.gzip(Self.text)
        let cut = Array(compressed.prefix(compressed.count / 2))
        #expect(throws: DictionaryReadError.self) { try Self.readAll(.bytes(cut, name: "cut.gz"), chunkSize: 1000) }
        do {
            _ = try Self.readAll(.bytes(cut, name: "cut.gz"), chunkSize: 1000)
        } catch let error as DictionaryReadError {
            guard case .truncated(let path, let format, _) = error else {
                Issue.record("expected .truncated, got \(error)")
                return
            }
            #expect(path == "cut.gz")
            #expect(format == "gzip")
        }
    }

    @Test func corruptBzip2IsAnError() throws {
        var compressed = try SourceFixtures.bzip2(Self.text)
        for i in 20..<60 { compressed[i] ^= 0x5A }
        #expect(throws: DictionaryReadError.self) { try Self.readAll(.bytes(compressed, name: "bad.bz2"), chunkSize: 1000) }
    }

    @Test func missingFileIsCannotOpen() {
        do {
            _ = try DecompressingReader(path: "/nonexistent/tsuji/file")
            Issue.record("opening a missing file succeeded")
        } catch {
            guard case .cannotOpen(let path, _) = error else {
                Issue.record("expected .cannotOpen, got \(error)")
                return
            }
            #expect(path == "/nonexistent/tsuji/file")
            #expect(error.description.hasPrefix("/nonexistent/tsuji/file: cannot open"))
        }
    }

    @Test func readsFilesFromDisk() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = (folder as NSString).appendingPathComponent("t.gz")
        _ = FileManager.default.createFile(atPath: path, contents: Data(try SourceFixtures.gzip(Self.text)))
        let (bytes, compression) = try Self.readAll(.file(path), chunkSize: 4096)
        #expect(compression == .gzip)
        #expect(bytes == Self.text)
    }
}

@Suite struct LineReaderTests {
    static func lines(_ text: String, chunkSize: Int) throws -> [(String, Int, Int)] {
        let reader = LineReader(try DecompressingReader(.bytes(Array(text.utf8), name: "t"), chunkSize: chunkSize))
        var result: [(String, Int, Int)] = []
        try reader.forEachLine { line, number, offset in
            result.append((String(decoding: line, as: UTF8.self), number, offset))
        }
        return result
    }

    @Test(arguments: [64, 65, 100, 4096])
    func numbersAndOffsetsSurviveChunkBoundaries(chunkSize: Int) throws {
        let text = (1...50).map { "line number \($0) with some padding text\n" }.joined()
        let lines = try Self.lines(text, chunkSize: chunkSize)
        #expect(lines.count == 50)
        var offset = 0
        for (index, line) in lines.enumerated() {
            #expect(line.0 == "line number \(index + 1) with some padding text")
            #expect(line.1 == index + 1)
            #expect(line.2 == offset)
            offset += line.0.utf8.count + 1
        }
    }

    @Test func crlfBlankLinesAndAMissingFinalNewline() throws {
        let lines = try Self.lines("a\r\n\nb\nlast", chunkSize: 64)
        #expect(lines.map(\.0) == ["a", "", "b", "last"])
        #expect(lines.map(\.1) == [1, 2, 3, 4])
        #expect(lines.map(\.2) == [0, 3, 4, 6])
    }

    @Test func aLineLongerThanAChunk() throws {
        let long = String(repeating: "長", count: 500)
        let lines = try Self.lines("x\n\(long)\ny\n", chunkSize: 64)
        #expect(lines.map(\.0) == ["x", long, "y"])
        #expect(lines.map(\.1) == [1, 2, 3])
    }

    @Test func emptyInputHasNoLines() throws {
        #expect(try Self.lines("", chunkSize: 64).isEmpty)
    }
}
