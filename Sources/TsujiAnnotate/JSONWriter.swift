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

    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

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
