/// Decodes a document that arrives in chunks, with the same rules as ``DocumentDecoder``: UTF-8
/// by default (a BOM is dropped), UTF-16 when a UTF-16 BOM says so, or a named legacy encoding.
///
/// A chunk may end anywhere, even inside a character: the incomplete end is kept for the next
/// chunk, so the text and the errors do not depend on where the chunks were cut. Error offsets
/// count bytes from the start of the whole input.
///
/// UTF-8 input with a NUL byte in its first 8 KiB is binary data, whatever comes before the NUL
/// (a PNG header is invalid UTF-8 before its first NUL); after that, the first problem in the
/// input is the one reported.
public final class StreamingDecoder {
    /// The encoding in use: the one asked for, or what the first bytes said (UTF-8 until then).
    public private(set) var encoding: String
    /// How many invalid UTF-8 sequences were replaced with U+FFFD (lossy mode only).
    public private(set) var replacements = 0

    private let lossy: Bool
    private var decided = false
    private var converter: Converter?
    /// Added to a converter's offsets: the length of a UTF-16 BOM it never saw.
    private var converterBase = 0
    /// Bytes not decoded yet: the first bytes while the BOM is undecided, or the start of a
    /// character (UTF-8 sequence, UTF-16 unit or surrogate pair) that the last chunk cut.
    private var pending: [UInt8] = []
    /// The byte offset in the whole input of `pending`'s first byte.
    private var consumed = 0

    /// How far into UTF-8 input a NUL byte makes it binary data rather than bad text.
    public static let binaryWindow = 8192

    /// A decoder for one input. Throws ``DecodingError/unknownEncoding(_:)`` for an encoding ICU
    /// does not know.
    ///
    /// - Parameters:
    ///   - encoding: a charset name for ICU, or nil for UTF-8 (or UTF-16 with a BOM).
    ///   - lossy: replace invalid UTF-8 with U+FFFD instead of failing.
    public init(encoding: String? = nil, lossy: Bool = false) throws(DecodingError) {
        self.lossy = lossy
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            converter = try Converter(encoding: encoding)
            self.encoding = encoding
            decided = true
        } else {
            self.encoding = "UTF-8"
        }
    }

    /// Decodes the next chunk; returns the text it completes (possibly empty).
    public func decode(_ bytes: some Collection<UInt8>) throws(DecodingError) -> String {
        try decode(bytes, final: false)
    }

    /// Decodes what is left at the end of the input.
    public func finish() throws(DecodingError) -> String {
        try decode([], final: true)
    }

    private func decode(_ bytes: some Collection<UInt8>, final: Bool) throws(DecodingError) -> String {
        if !decided {
            pending.append(contentsOf: bytes)
            // A BOM is at most three bytes, and binary data shows in the first 8 KiB: wait for
            // them unless the input is shorter.
            guard pending.count >= Self.binaryWindow || final else { return "" }
            decideFromByteOrderMark()
            if converter == nil, let nul = pending.prefix(Self.binaryWindow - consumed).firstIndex(of: 0) {
                throw .binary(byteOffset: consumed + nul)
            }
            let start = pending
            pending = []
            return try decode(start, final: final)
        }
        if let converter {
            var input = bytes.isEmpty && pending.isEmpty ? [] : pending + bytes
            pending = []
            if !final, let bigEndian = utf16BigEndian {
                // Whole UTF-16 units and surrogate pairs only: a converter holding part of a
                // character between chunks could not say exactly where a later error starts.
                var keep = input.count % 2
                if input.count - keep >= 2 {
                    let unitStart = input.count - keep - 2
                    let high = bigEndian ? input[unitStart] : input[unitStart + 1]
                    if (0xD8...0xDB).contains(high) { keep += 2 }
                }
                pending = Array(input[(input.count - keep)...])
                input.removeLast(keep)
            }
            do {
                return try converter.decode(input, final: final)
            } catch {
                throw Self.shifted(error, by: converterBase)
            }
        }
        return try decodeUTF8(bytes, final: final)
    }

    /// Chooses UTF-16 for a UTF-16 BOM and drops a UTF-8 BOM; `pending` holds the first bytes.
    /// For UTF-16 with a known byte order, whether it is big-endian; nil for other encodings.
    private var utf16BigEndian: Bool? {
        switch encoding.uppercased() {
        case "UTF-16LE": false
        case "UTF-16BE": true
        default: nil
        }
    }

    private func decideFromByteOrderMark() {
        decided = true
        if pending.starts(with: [0xFF, 0xFE]) || pending.starts(with: [0xFE, 0xFF]) {
            encoding = pending[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            // ICU knows both names; a failure here would be a broken ICU, not bad input.
            converter = try? Converter(encoding: encoding)
            converterBase = 2
            pending.removeFirst(2)
        } else if pending.starts(with: [0xEF, 0xBB, 0xBF]) {
            pending.removeFirst(3)
            consumed = 3
        }
    }

    private func decodeUTF8(_ bytes: some Collection<UInt8>, final: Bool) throws(DecodingError) -> String {
        var data = pending
        data.append(contentsOf: bytes)
        let nul = data.firstIndex(of: 0)
        var end = data.count - (final ? 0 : Self.incompleteTailLength(data))
        if let nul, nul < end {
            // Text up to the NUL is fine in lossy mode, and in strict mode if valid.
            end = nul
        }
        defer {
            pending = Array(data[end...])
            consumed += end
        }
        if lossy {
            if nul == end { throw .binary(byteOffset: consumed + end) }
            let (text, replaced) = UTF8Decoding.decodeLossy(data[..<end])
            replacements += replaced
            return text
        }
        // Valid text (nearly always) is checked once, by making the string; only invalid text
        // is scanned again for the place of the error.
        if nul != end, let text = String(validating: data[..<end], as: UTF8.self) { return text }
        let invalid = data.withUnsafeBufferPointer { UTF8Decoding.firstInvalidOffset(UnsafeBufferPointer(rebasing: $0[..<end])) }
        if let invalid {
            // The error's length counts the continuation bytes after it (up to 3): near the end
            // of a chunk, wait for the next one so that the length does not depend on the cut.
            if !final, data.count - invalid < 4 {
                end = invalid
                return String(decoding: data[..<end], as: UTF8.self)
            }
            var length = 1
            while invalid + length < data.count, length < 4, data[invalid + length] & 0xC0 == 0x80 { length += 1 }
            throw .invalidSequence(encoding: "UTF-8", byteOffset: consumed + invalid, length: length)
        }
        if nul == end { throw .binary(byteOffset: consumed + end) }
        return String(decoding: data[..<end], as: UTF8.self)
    }

    /// How many bytes at the end of `data` start a UTF-8 sequence that is not complete yet.
    static func incompleteTailLength(_ data: [UInt8]) -> Int {
        guard !data.isEmpty else { return 0 }
        for back in 1...min(3, data.count) {
            let byte = data[data.count - back]
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte: look further back
            let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return needed > back ? back : 0
        }
        return 0
    }

    private static func shifted(_ error: DecodingError, by base: Int) -> DecodingError {
        switch error {
        case .invalidSequence(let encoding, let offset, let length):
            .invalidSequence(encoding: encoding, byteOffset: offset + base, length: length)
        case .truncatedSequence(let encoding, let offset): .truncatedSequence(encoding: encoding, byteOffset: offset + base)
        case .binary(let offset): .binary(byteOffset: offset + base)
        case .unknownEncoding: error
        }
    }
}
