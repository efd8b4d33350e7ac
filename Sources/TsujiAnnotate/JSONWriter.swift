/// Writes JSON with keys in the order given, which the stable contracts in DESIGN.md need
/// (Foundation's encoder does not keep order). Values are escaped per RFC 8259.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = []

    public init() {}

    /// The output written since the last call, removed from the writer (which keeps its place
    /// in the open objects and arrays): for writing a long document as it is produced.
    public mutating func takeOutput() -> String {
        defer { output = "" }
        return output
    }

    /// `text` as a JSON string literal: quoted, with `"`, `\`, control characters and
    /// U+2028/U+2029 (which end a line in JavaScript) escaped.
    public static func quoted(_ text: String) -> String {
        var text = text
        // Most text needs no escape: then the literal is made in one piece.
        let plain = text.withUTF8 { firstEscape(in: $0, from: 0) == nil }
        if plain { return "\"" + text + "\"" }
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `quoted(text)` as UTF-8 to `out`, copying the runs between escapes whole rather
    /// than a character at a time.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var text = text
        out.append(0x22)
        text.withUTF8 { bytes in
            var start = 0
            while let escape = firstEscape(in: bytes, from: start) {
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
    private static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var at = start
        while at < bytes.count {
            let byte = bytes[at]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return at }
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if byte == 0xE2, at + 2 < bytes.count, bytes[at + 1] == 0x80, bytes[at + 2] & 0xFE == 0xA8 { return at }
            at += 1
        }
        return nil
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }

    private mutating func separator() {
        if let last = needsComma.last {
            if last { output += "," }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func beginObject(key: String? = nil) {
        separator()
        if let key { output += Self.quoted(key) + ":" }
        output += "{"
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        output += "}"
    }

    public mutating func beginArray(key: String? = nil) {
        separator()
        if let key { output += Self.quoted(key) + ":" }
        output += "["
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        output += "]"
    }

    public mutating func raw(key: String?, _ literal: String) {
        separator()
        if let key { output += Self.quoted(key) + ":" }
        output += literal
    }

    public mutating func string(_ key: String?, _ value: String) { raw(key: key, Self.quoted(value)) }
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
