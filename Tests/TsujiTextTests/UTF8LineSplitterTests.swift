import Testing
import TsujiText

/// UTF8LineSplitter: lines cut wherever the chunks end, \r\n and \n alike, and the place of
/// invalid UTF-8 counted from the start of the whole input.
@Suite struct UTF8LineSplitterTests {
    func lines(_ chunks: [[UInt8]]) throws(UTF8LineSplitter.InvalidLine) -> [String] {
        var splitter = UTF8LineSplitter()
        var lines: [String] = []
        for chunk in chunks { try splitter.append(chunk, { lines.append($0) }) }
        try splitter.finish { lines.append($0) }
        return lines
    }

    @Test func linesAcrossChunks() throws {
        let bytes = Array("とう\r\nきょう\n\nlast".utf8)
        #expect(try lines([bytes]) == ["とう", "きょう", "", "last"])
        // Cut inside a character and between \r and \n.
        #expect(try lines([Array(bytes[0..<4]), Array(bytes[4..<7]), Array(bytes[7...])]) == ["とう", "きょう", "", "last"])
        #expect(try lines([Array("a\n".utf8)]) == ["a"])
        #expect(try lines([]) == [])
    }

    @Test func invalidUTF8NamesLineAndOffset() {
        // Line 2 starts at byte 3; its 0xFF is byte 4 of the input.
        #expect(throws: UTF8LineSplitter.InvalidLine(line: 2, byteOffset: 4)) {
            try lines([Array("ok\n".utf8), [0x61, 0xFF, 0x0A]])
        }
        #expect(throws: UTF8LineSplitter.InvalidLine(line: 1, byteOffset: 1)) { try lines([[0x61, 0xC3]]) }
    }
}
