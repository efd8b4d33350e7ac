import TsujiText
import TsujiDictionary

/// Decodes an EUC-JP file through ICU (`TsujiText.Converter`) a block of whole lines at a time,
/// and hands out each line as UTF-8.
///
/// EUC-JP never uses a byte below 0x80 inside a multi-byte character, so the raw bytes split into
/// lines before decoding. The converter stops at an invalid sequence; the line holding it is
/// reported (with the sequence's byte offset in the file) and decoding resumes on the next line.
struct EUCJPLineDecoder {
    let lines: LineReader
    var encoding = "EUC-JP"

    func forEachLine(
        issues: IssueCollector,
        _ body: (UnsafeBufferPointer<UInt8>, _ line: Int) throws -> Void
    ) throws {
        while let block = try lines.nextBlock() {
            try decode(block, issues: issues, body)
        }
    }

    private func decode(
        _ block: LineBlock, issues: IssueCollector,
        _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
    ) throws {
        let bytes = block.bytes
        let base = bytes.startIndex
        var start = base
        while start < bytes.endIndex {
            let firstLine = block.firstLine + newlines(in: bytes[base..<start])
            do {
                let text = try Converter(encoding: encoding).decode(bytes[start...], final: true)
                try emit(text, firstLine: firstLine, body)
                return
            } catch let error as DecodingError {
                guard let relative = error.byteOffset else { throw error }
                let bad = start + relative
                let lineStart = (bytes[start..<bad].lastIndex(of: 0x0A).map { $0 + 1 }) ?? start
                let lineEnd = bytes[bad...].firstIndex(of: 0x0A) ?? bytes.endIndex
                if lineStart > start {
                    let text = try Converter(encoding: encoding).decode(bytes[start..<lineStart], final: true)
                    try emit(text, firstLine: firstLine, body)
                }
                let badLine = block.firstLine + newlines(in: bytes[base..<lineStart])
                try issues.skip(line: badLine, Self.message(error, fileOffset: block.byteOffset + (bad - base)))
                start = lineEnd + 1
            }
        }
    }

    private static func message(_ error: DecodingError, fileOffset: Int) -> String {
        switch error {
        case .invalidSequence(let encoding, _, let length):
            "invalid \(encoding) byte sequence (\(length) byte\(length == 1 ? "" : "s")) at byte offset \(fileOffset)"
        case .truncatedSequence(let encoding, _):
            "incomplete \(encoding) character at byte offset \(fileOffset)"
        case .unknownEncoding(let name):
            "unknown encoding \(name)"
        case .binary:
            "a NUL byte at byte offset \(fileOffset)"
        }
    }

    private func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }

    private func emit(_ text: String, firstLine: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var text = text
        try text.withUTF8 { buffer in
            try LineBlock.forEachLine(in: buffer, firstLine: firstLine, byteOffset: 0) { line, number, _ in
                try body(line, number)
            }
        }
    }
}
