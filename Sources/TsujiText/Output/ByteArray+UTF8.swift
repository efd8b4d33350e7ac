extension [UInt8] {
    /// Appends the UTF-8 of `text` in one copy: `append(contentsOf: text.utf8)` goes through
    /// the generic sequence path, a measurable part of writing lookup output.
    package mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
