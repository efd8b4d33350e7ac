import TsujiDictionary

/// Splits a `DecompressingReader`'s output into runs of whole lines, counting line numbers and
/// byte offsets (in the decompressed stream), so each line can be reported as `file:line`.
///
/// A line is ended by `\n`; a `\r` before it is dropped. The last line may lack its `\n`.
/// Works on bytes, so any ASCII-compatible encoding (UTF-8, EUC-JP) splits correctly.
public final class LineReader {
    /// The input's name, for messages.
    public let name: String
    private let reader: DecompressingReader
    private var carry: [UInt8] = []
    private var nextLine = 1
    private var nextOffset = 0

    /// Splits the output of `reader` into lines.
    public init(_ reader: DecompressingReader) {
        self.reader = reader
        self.name = reader.name
    }

    /// Opens `input` (decompressing it as its first bytes say) and splits it into lines.
    public convenience init(_ input: DictionaryInput) throws(DictionaryReadError) {
        try self.init(DecompressingReader(input))
    }

    /// The next run of whole lines (ending with `\n`, or at the end of the input), or nil at the end.
    public func nextBlock() throws(DictionaryReadError) -> LineBlock? {
        while true {
            guard let chunk = try reader.read() else {
                if carry.isEmpty { return nil }
                defer { carry = [] }
                return makeBlock(carry[...])
            }
            guard let lastNewline = chunk.lastIndex(of: 0x0A) else {
                carry.append(contentsOf: chunk)
                continue
            }
            let block: ArraySlice<UInt8>
            if carry.isEmpty {
                block = chunk[...lastNewline]
            } else {
                carry.append(contentsOf: chunk[...lastNewline])
                block = carry[...]
            }
            carry = Array(chunk[(lastNewline + 1)...])
            return makeBlock(block)
        }
    }

    /// Calls `body` with each line of the input in turn.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, _ line: Int, _ byteOffset: Int) throws -> Void) throws {
        while let block = try nextBlock() {
            try block.forEachLine(body)
        }
    }

    private func makeBlock(_ bytes: ArraySlice<UInt8>) -> LineBlock {
        var newlines = 0
        for byte in bytes where byte == 0x0A { newlines += 1 }
        let block = LineBlock(bytes: bytes, firstLine: nextLine, byteOffset: nextOffset)
        nextLine += newlines + (bytes.last == 0x0A ? 0 : 1)
        nextOffset += bytes.count
        return block
    }
}
