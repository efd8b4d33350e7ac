internal import CICU

/// Why bytes could not be decoded.
public enum DecodingError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The encoding name is not known to ICU.
    case unknownEncoding(String)
    /// An invalid or unmappable byte sequence starts at `byteOffset` (from the start of the input).
    case invalidSequence(encoding: String, byteOffset: Int, length: Int)
    /// The input ends inside a multi-byte sequence.
    case truncatedSequence(encoding: String, byteOffset: Int)
    /// A NUL byte: this is a binary file, not text.
    case binary(byteOffset: Int)

    /// The error as one line for a message, naming the encoding and byte offset where there are any.
    public var description: String {
        switch self {
        case .unknownEncoding(let name): "unknown encoding '\(name)'"
        case .invalidSequence(let encoding, let offset, let length):
            "invalid \(encoding) byte sequence of \(length) byte\(length == 1 ? "" : "s") at byte offset \(offset)"
        case .truncatedSequence(let encoding, let offset):
            "\(encoding) input ends inside a character that starts at byte offset \(offset)"
        case .binary(let offset): "binary data (a NUL byte at byte offset \(offset)), not text"
        }
    }

    /// The byte offset the error points at, if any.
    public var byteOffset: Int? {
        switch self {
        case .unknownEncoding: nil
        case .invalidSequence(_, let offset, _), .truncatedSequence(_, let offset), .binary(let offset): offset
        }
    }
}

/// An ICU converter from a legacy encoding (EUC-JP, Shift_JIS, GB18030, Big5, …) to Unicode.
///
/// Feed it chunks with `decode(_:final:)`; it keeps partial characters between chunks and counts
/// bytes, so an error names the byte offset from the start of the whole input. It stops at the
/// first invalid sequence. One converter per stream; not for use from several threads at once.
public final class Converter {
    /// The charset name the converter was opened with, as given.
    public let encoding: String
    private let handle: OpaquePointer
    private var consumed = 0

    /// Opens an ICU converter for `encoding` (a name or alias ICU knows: "EUC-JP", "Shift_JIS",
    /// "GB18030", "Big5", …). Throws ``DecodingError/unknownEncoding(_:)`` for any other name.
    public init(encoding: String) throws(DecodingError) {
        var status: Int32 = 0
        guard let handle = tsuji_converter_open(encoding, &status), !icuFailed(status) else {
            throw DecodingError.unknownEncoding(encoding)
        }
        self.encoding = encoding
        self.handle = handle
    }

    deinit { tsuji_converter_close(handle) }

    /// Decodes the next chunk. Pass `final: true` with the last one (it may be empty).
    public func decode(_ bytes: some Collection<UInt8>, final: Bool = false) throws(DecodingError) -> String {
        let input = Array(bytes)
        var output: [UInt16] = []
        output.reserveCapacity(input.count + 16)
        var offset = 0
        var scratch = [UInt16](repeating: 0, count: max(1024, min(input.count + 16, 1 << 16)))
        while true {
            var used: Int32 = 0, produced: Int32 = 0, invalid: Int32 = 0, status: Int32 = 0
            input.withUnsafeBufferPointer { source in
                source.baseAddress!.withMemoryRebound(to: CChar.self, capacity: source.count) { base in
                    scratch.withUnsafeMutableBufferPointer { target in
                        tsuji_converter_to_utf16(
                            handle, base + offset, Int32(source.count - offset), &used,
                            target.baseAddress, Int32(target.count), &produced, final ? 1 : 0, &invalid, &status)
                    }
                }
            }
            output.append(contentsOf: scratch[0..<Int(produced)])
            offset += Int(used)
            if status == icuBufferOverflow { continue }
            if icuFailed(status) {
                let at = consumed + offset - Int(invalid)
                consumed += offset
                if status == 11 /* U_TRUNCATED_CHAR_FOUND */ {
                    throw .truncatedSequence(encoding: encoding, byteOffset: at)
                }
                throw .invalidSequence(encoding: encoding, byteOffset: at, length: Int(invalid))
            }
            break
        }
        consumed += offset
        return String(decoding: output, as: UTF16.self)
    }

    /// Whether this converter's charset has the character (e.g. whether a kanji is in JIS X 0208,
    /// for the EUC-JP or Shift_JIS converter).
    public func canEncode(_ scalar: Unicode.Scalar) -> Bool {
        tsuji_converter_can_encode(handle, Int32(scalar.value)) != 0
    }

    /// Decodes a whole input at once.
    public static func decode(_ bytes: some Collection<UInt8>, encoding: String) throws(DecodingError) -> String {
        try Converter(encoding: encoding).decode(bytes, final: true)
    }
}

/// Strict UTF-8 decoding that reports where the input goes wrong.
public enum UTF8Decoding {
    /// The byte offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// ``firstInvalidOffset(_:)`` over plain memory, for this module's decoders.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var minimum: UInt32 = 0
            var value: UInt32 = 0
            switch b {
            case 0xC2...0xDF: need = 1; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: need = 2; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: need = 3; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return i
            }
            if i + need >= n { return i }
            for k in 1...need {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += need + 1
        }
        return nil
    }

    /// Decodes UTF-8, dropping a leading byte order mark. Throws at the first invalid byte.
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> String {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let invalid = bytes.withUnsafeBufferPointer { UTF8Decoding.firstInvalidOffset(UnsafeBufferPointer(rebasing: $0[start...])) }
        if let invalid {
            let at = invalid + start
            var length = 1
            while at + length < bytes.count, length < 4, bytes[at + length] & 0xC0 == 0x80 { length += 1 }
            throw .invalidSequence(encoding: "UTF-8", byteOffset: at, length: length)
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// Decodes UTF-8, replacing each invalid sequence with U+FFFD, and counts the replacements.
    public static func decodeLossy(_ bytes: [UInt8]) -> (text: String, replacements: Int) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return decodeLossy(bytes[start...])
    }

    /// UTF-8 with each invalid sequence replaced by U+FFFD; a BOM here is a character, not a
    /// mark (a stream's later chunks use this).
    static func decodeLossy(_ bytes: ArraySlice<UInt8>) -> (text: String, replacements: Int) {
        var replacements = 0
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                replacements += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), replacements)
    }
}
