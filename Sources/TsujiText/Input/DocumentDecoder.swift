/// Turns the bytes of an input document into text: UTF-8 by default (a BOM is accepted), UTF-16
/// when a UTF-16 BOM says so, or a named legacy encoding (EUC-JP, Shift_JIS, GB18030, Big5).
public enum DocumentDecoder {
    /// A decoded document: its text and how it was decoded.
    public struct Decoded: Sendable {
        /// The document's text.
        public var text: String
        /// The encoding actually used.
        public var encoding: String
        /// How many invalid sequences were replaced with U+FFFD (lossy mode only).
        public var replacements: Int
    }

    /// Decodes a whole document at once.
    ///
    /// - Parameters:
    ///   - encoding: a charset name for ICU, or nil for UTF-8 (or UTF-16 with a BOM).
    ///   - lossy: replace invalid UTF-8 with U+FFFD instead of failing.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil, lossy: Bool = false) throws(DecodingError) -> Decoded {
        let decoder = try StreamingDecoder(encoding: encoding, lossy: lossy)
        var text = try decoder.decode(bytes)
        text += try decoder.finish()
        return Decoded(text: text, encoding: decoder.encoding, replacements: decoder.replacements)
    }
}
