/// Turns the bytes of an input document into text: UTF-8 by default (a BOM is accepted), UTF-16
/// when a UTF-16 BOM says so, or a named legacy encoding (EUC-JP, Shift_JIS, GB18030, Big5).
public enum DocumentDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// The encoding actually used.
        public var encoding: String
        /// How many invalid sequences were replaced with U+FFFD (lossy mode only).
        public var replacements: Int
    }

    /// - Parameters:
    ///   - encoding: a charset name for ICU, or nil for UTF-8 (or UTF-16 with a BOM).
    ///   - lossy: replace invalid UTF-8 with U+FFFD instead of failing.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil, lossy: Bool = false) throws(DecodingError) -> Decoded {
        if let encoding, !["utf-8", "utf8"].contains(encoding.lowercased()) {
            let text = try Converter.decode(bytes, encoding: encoding)
            return Decoded(text: text, encoding: encoding, replacements: 0)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            let text = try Converter.decode(bytes[2...], encoding: name)
            return Decoded(text: text, encoding: name, replacements: 0)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(byteOffset: nul)
        }
        if lossy {
            let (text, replacements) = UTF8Decoding.decodeLossy(bytes)
            return Decoded(text: text, encoding: "UTF-8", replacements: replacements)
        }
        return Decoded(text: try UTF8Decoding.decode(bytes), encoding: "UTF-8", replacements: 0)
    }
}
