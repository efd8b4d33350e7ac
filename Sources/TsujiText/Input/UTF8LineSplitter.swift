/// Cuts bytes that arrive in chunks into lines and decodes each as UTF-8: for input read one
/// text per line as it comes (`tsuji romanize` on standard input), which must not wait for
/// the end of the input, nor hold it whole.
///
/// A line ends at `\n`; a `\r` before it is dropped. Each line is decoded by
/// ``UTF8Decoding/decode(_:)`` (so a byte order mark at its start is dropped too).
public struct UTF8LineSplitter: Sendable {
    /// A line that is not valid UTF-8: its 1-based number, and the offset of its first invalid
    /// byte from the start of the whole input.
    public struct InvalidLine: Error, Sendable, Equatable {
        /// The line's number, from 1.
        public var line: Int
        /// Where its first invalid byte is, from the start of the input.
        public var byteOffset: Int

        /// The line `line`, invalid at `byteOffset`.
        public init(line: Int, byteOffset: Int) {
            self.line = line
            self.byteOffset = byteOffset
        }
    }

    private var pending: [UInt8] = []
    private var lineNumber = 0
    /// The offset of `pending` in the whole input.
    private var lineStart = 0

    /// A splitter at the start of an input.
    public init() {}

    /// Adds bytes; calls `body` with each line they complete, in order.
    public mutating func append(_ chunk: some Collection<UInt8>, _ body: (String) -> Void) throws(InvalidLine) {
        pending.append(contentsOf: chunk)
        var start = 0
        while let newline = pending[start...].firstIndex(of: 0x0A) {
            try emit(pending[start..<newline], body)
            lineStart += newline + 1 - start
            start = newline + 1
        }
        pending.removeFirst(start)
    }

    /// Ends the input: calls `body` with the last line when it has no line end.
    public mutating func finish(_ body: (String) -> Void) throws(InvalidLine) {
        if !pending.isEmpty { try emit(pending[...], body) }
        pending = []
    }

    private mutating func emit(_ bytes: ArraySlice<UInt8>, _ body: (String) -> Void) throws(InvalidLine) {
        lineNumber += 1
        var line = Array(bytes)
        if line.last == 0x0D { line.removeLast() }
        do {
            body(try UTF8Decoding.decode(line))
        } catch {
            throw InvalidLine(line: lineNumber, byteOffset: lineStart + (error.byteOffset ?? 0))
        }
    }
}
