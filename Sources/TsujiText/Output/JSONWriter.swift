/// Writes JSON with keys in the order given, which the stable contracts in DESIGN.md need
/// (Foundation's encoder does not keep order). Values are escaped per RFC 8259; keys are
/// literals (`StaticString`) written as they are, so they must need no escape.
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
    /// Per open object or array (bit `depth - 1` the innermost): whether a value was written
    /// in it, so the next takes a comma. Bits, not an array: cheaper for many small results.
    private var needsComma: UInt64 = 0
    private var depth = 0
    private let lineSeparators: LineSeparators

    /// A writer at the start of a document; strings' U+2028/U+2029 as `lineSeparators` says.
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

    /// Appends the output written since the last take to `out` and removes it from the writer,
    /// which keeps its memory: a writer reused for many small documents allocates once.
    public mutating func moveOutput(to out: inout [UInt8]) {
        out.append(contentsOf: bytes)
        bytes.removeAll(keepingCapacity: true)
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
    @inline(__always)
    private static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                    lineSeparators: LineSeparators) -> Int? {
        // Two loops, each with its test fixed: a test of the option per byte slowed the scan.
        lineSeparators == .escaped
            ? firstEscape(in: bytes, from: start, separators: true)
            : firstEscape(in: bytes, from: start, separators: false)
    }

    @inline(__always)
    private static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, separators: Bool) -> Int? {
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
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        if needsComma & bit != 0 { bytes.append(0x2C) }
        needsComma |= bit
    }

    /// Enters an object or array: its first value takes no comma.
    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 64, "JSONWriter nests at most 64 objects and arrays")
        bytes.append(bracket)
        depth += 1
        needsComma &= ~(1 << UInt64(depth - 1))
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(bracket)
    }

    /// The separator, then `"key":` when a key is given (inside an object). Keys are the
    /// contracts' own names, literals that need no escape, so they are copied as they are:
    /// scanning them for escapes was a measurable part of writing many small results.
    private mutating func begin(key: StaticString?) {
        separator()
        if let key {
            bytes.append(0x22)
            key.withUTF8Buffer { name in
                assert(name.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }, "a key that needs escaping")
                bytes.append(contentsOf: name)
            }
            bytes.append(contentsOf: [0x22, 0x3A])
        }
    }

    /// Opens an object: a value of the open array, or under `key` in the open object.
    public mutating func beginObject(key: StaticString? = nil) {
        begin(key: key)
        open(0x7B)
    }

    /// Closes the innermost object.
    public mutating func endObject() { close(0x7D) }

    /// Opens an array: a value of the open array, or under `key` in the open object.
    public mutating func beginArray(key: StaticString? = nil) {
        begin(key: key)
        open(0x5B)
    }

    /// Closes the innermost array.
    public mutating func endArray() { close(0x5D) }

    /// A value written as given (already JSON), under `key` when given.
    public mutating func raw(key: StaticString?, _ literal: String) {
        begin(key: key)
        bytes.appendUTF8(literal)
    }

    /// A string value, escaped, under `key` (nil inside an array).
    public mutating func string(_ key: StaticString?, _ value: String) {
        begin(key: key)
        Self.appendQuoted(value, to: &bytes, lineSeparators: lineSeparators)
    }

    /// Omits the key when the value is nil.
    public mutating func string(_ key: StaticString, ifPresent value: String?) { if let value { string(key, value) } }
    /// An integer value, in decimal.
    public mutating func number(_ key: StaticString?, _ value: Int) { raw(key: key, String(value)) }
    /// `true` or `false`.
    public mutating func bool(_ key: StaticString?, _ value: Bool) { raw(key: key, value ? "true" : "false") }
    /// `null` under `key`.
    public mutating func null(_ key: StaticString) { raw(key: key, "null") }
    /// An array of strings under `key`.
    public mutating func strings(_ key: StaticString, _ values: [String]) {
        beginArray(key: key)
        for value in values { string(nil, value) }
        endArray()
    }
}
