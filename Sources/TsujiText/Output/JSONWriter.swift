/// Writes JSON with keys in the order given, which the stable contracts in DESIGN.md need
/// (Foundation's encoder does not keep order). Values are escaped per RFC 8259.
///
/// Every JSON tsuji writes goes through this one writer (`tsuji.annotation/1`, `tsuji.lookup/1`,
/// `tsuji.dict-info/1`, glossaries and their partial counts, `tsuji romanize --format json`), so
/// the contracts escape strings alike. The output is UTF-8 bytes, appended in place.
public struct JSONWriter: Sendable {
    /// How a string's U+2028 and U+2029 are written. Both are valid in JSON as they are, but end
    /// a line in JavaScript, so the contracts escape them; one older output never did.
    public enum LineSeparators: Sendable {
        /// As `\u2028` and `\u2029`: every contract except `tsuji romanize --format json`.
        case escaped
        /// As they are: `tsuji romanize --format json`, whose bytes must stay as they were.
        case verbatim
    }

    /// The UTF-8 written since the writer was made or last taken from.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    private let lineSeparators: LineSeparators

    public init(lineSeparators: LineSeparators = .escaped) {
        self.lineSeparators = lineSeparators
    }

    /// The output written so far, as text.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The output written since the last call, removed from the writer (which keeps its place
    /// in the open objects and arrays): for writing a long document as it is produced.
    public mutating func takeOutput() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return output
    }

    /// `takeOutput()` as bytes.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// `text` as a JSON string literal: quoted, with `"`, `\`, control characters and (unless
    /// `lineSeparators` is `.verbatim`) U+2028/U+2029 escaped.
    public static func quoted(_ text: String, lineSeparators: LineSeparators = .escaped) -> String {
        var text = text
        // Most text needs no escape: then the literal is made in one piece.
        let plain = text.withUTF8 { firstEscape(in: $0, from: 0, lineSeparators: lineSeparators) == nil }
        if plain { return "\"" + text + "\"" }
        var out: [UInt8] = []
        appendQuoted(text, to: &out, lineSeparators: lineSeparators)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `quoted(text)` as UTF-8 to `out`, copying the runs between escapes whole rather
    /// than a character at a time.
    public static func appendQuoted(_ text: String, to out: inout [UInt8], lineSeparators: LineSeparators = .escaped) {
        var text = text
        out.append(0x22)
        text.withUTF8 { bytes in
            var start = 0
            while let escape = firstEscape(in: bytes, from: start, lineSeparators: lineSeparators) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<escape]))
                let byte = bytes[escape]
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0xE2:  // U+2028 or U+2029, three bytes
                    out.append(contentsOf: [0x5C, 0x75, 0x32, 0x30, 0x32, bytes[escape + 2] == 0xA8 ? 0x38 : 0x39])
                    start = escape + 3
                    continue
                default:  // another control character: \u00XX, lowercase hex
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])
                }
                start = escape + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(0x22)
    }

    /// The offset of the first byte at or after `start` that begins something to escape.
    private static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                    lineSeparators: LineSeparators) -> Int? {
        let separators = lineSeparators == .escaped
        var at = start
        while at < bytes.count {
            let byte = bytes[at]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return at }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if separators, byte == 0xE2, at + 2 < bytes.count, bytes[at + 1] == 0x80, bytes[at + 2] & 0xFE == 0xA8 {
                return at
            }
            at += 1
        }
        return nil
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }

    /// A comma before every value of an object or array but its first.
    private mutating func separator() {
        if let last = needsComma.last {
            if last { bytes.append(0x2C) }
            needsComma[needsComma.count - 1] = true
        }
    }

    /// The separator, then `"key":` when a key is given (inside an object).
    private mutating func begin(key: String?) {
        separator()
        if let key {
            Self.appendQuoted(key, to: &bytes, lineSeparators: lineSeparators)
            bytes.append(0x3A)
        }
    }

    public mutating func beginObject(key: String? = nil) {
        begin(key: key)
        bytes.append(0x7B)
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        bytes.append(0x7D)
    }

    public mutating func beginArray(key: String? = nil) {
        begin(key: key)
        bytes.append(0x5B)
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        bytes.append(0x5D)
    }

    /// A value written as given (already JSON), under `key` when given.
    public mutating func raw(key: String?, _ literal: String) {
        begin(key: key)
        bytes.appendUTF8(literal)
    }

    public mutating func string(_ key: String?, _ value: String) {
        begin(key: key)
        Self.appendQuoted(value, to: &bytes, lineSeparators: lineSeparators)
    }

    /// Omits the key when the value is nil.
    public mutating func string(_ key: String, ifPresent value: String?) { if let value { string(key, value) } }
    public mutating func number(_ key: String?, _ value: Int) { raw(key: key, String(value)) }
    public mutating func bool(_ key: String?, _ value: Bool) { raw(key: key, value ? "true" : "false") }
    public mutating func null(_ key: String) { raw(key: key, "null") }
    public mutating func strings(_ key: String, _ values: [String]) {
        beginArray(key: key)
        for value in values { string(nil, value) }
        endArray()
    }
}
