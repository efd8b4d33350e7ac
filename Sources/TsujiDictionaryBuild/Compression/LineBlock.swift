import TsujiDictionary

/// A run of whole lines from a `LineReader`, with the number of its first line and its byte
/// offset in the (decompressed) input.
public struct LineBlock: Sendable {
    /// The lines' bytes, each line with its line end (the last may have none).
    public let bytes: ArraySlice<UInt8>
    /// The number of the block's first line, counted from 1.
    public let firstLine: Int
    /// The offset of the block's first byte in the decompressed input.
    public let byteOffset: Int

    /// A block of whole lines starting at line `firstLine`, byte `byteOffset`.
    public init(bytes: ArraySlice<UInt8>, firstLine: Int, byteOffset: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.byteOffset = byteOffset
    }

    /// Calls `body` with each line (without its `\n` or `\r\n`), its number and byte offset.
    /// The buffer is valid only during the call.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, _ line: Int, _ byteOffset: Int) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { buffer in
            try LineBlock.forEachLine(in: buffer, firstLine: firstLine, byteOffset: byteOffset, body)
        }
    }

    /// Splits `buffer` into lines as `forEachLine` does.
    static func forEachLine(
        in buffer: UnsafeBufferPointer<UInt8>, firstLine: Int, byteOffset: Int,
        _ body: (UnsafeBufferPointer<UInt8>, Int, Int) throws -> Void
    ) rethrows {
        guard let base = buffer.baseAddress else { return }
        var start = 0
        var line = firstLine
        let count = buffer.count
        while start < count {
            var end = start
            while end < count, base[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > start, base[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            try body(UnsafeBufferPointer(start: base + start, count: contentEnd - start), line, byteOffset + start)
            line += 1
            start = end + 1
        }
    }
}
