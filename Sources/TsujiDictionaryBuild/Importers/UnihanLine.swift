import TsujiDictionary

/// One line of a Unihan file: `U+6F22<TAB>kMandarin<TAB>hàn`, a comment, or blank.
enum UnihanLine {
    case skip
    /// `# Unicode version: 15.0.0` in the header.
    case version(String)
    case field(Unicode.Scalar, String, String)
    case malformed(String)

    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> UnihanLine {
        let all = line.trimmed(0..<line.count)
        if all.isEmpty { return .skip }
        if line[all.lowerBound] == UInt8(ascii: "#") {
            if let at = line.firstIndex(of: "Unicode version:", in: all) {
                return .version(line.string(line.trimmed((at + 16)..<all.upperBound)))
            }
            return .skip
        }
        guard let tab1 = line.firstIndex(of: 0x09, in: all),
              let tab2 = line.firstIndex(of: 0x09, in: (tab1 + 1)..<all.upperBound) else {
            return .malformed("expected 'U+XXXX<TAB>field<TAB>value'")
        }
        let codeText = line.string(all.lowerBound..<tab1)
        guard let scalar = scalar(Substring(codeText)) else { return .malformed("bad code point '\(codeText)'") }
        let field = line.string(line.trimmed((tab1 + 1)..<tab2))
        let value = line.string(line.trimmed((tab2 + 1)..<all.upperBound))
        if field.isEmpty { return .malformed("empty field name") }
        if value.isEmpty { return .malformed("empty value for \(field)") }
        return .field(scalar, field, value)
    }

    /// `U+6F22` → 漢.
    static func scalar(_ text: Substring) -> Unicode.Scalar? {
        guard text.hasPrefix("U+"), (4...6).contains(text.count - 2) else { return nil }
        return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    }
}
