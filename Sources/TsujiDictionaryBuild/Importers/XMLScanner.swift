import TsujiDictionary

/// A small streaming XML tokenizer for KANJIDIC2: start tags with attributes, end tags and text,
/// read from a `DecompressingReader` a chunk at a time, with the line each token starts on.
///
/// It knows the five predefined entities and character references, skips the XML declaration,
/// comments, processing instructions and the DOCTYPE with its internal subset, and reads CDATA.
/// It does not validate or expand DTD-defined entities (KANJIDIC2 defines none). Syntax errors
/// come back as `.error` events so the caller can report `file:line` and go on where it can.
final class XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
        /// Malformed input; `fatal` when nothing after it can be read.
        case error(String, fatal: Bool)
    }

    private let reader: DecompressingReader
    private var buffer: [UInt8] = []
    private var position = 0
    private var sourceEnded = false
    private var done = false
    /// The line the last event started on.
    private(set) var line = 1
    /// Lines counted up to `position`.
    private var currentLine = 1

    init(_ reader: DecompressingReader) {
        self.reader = reader
    }

    /// Whether the last byte consumed ended a line.
    private var atLineStart = true

    /// The number of lines read so far (a final `\n` does not start another).
    var lines: Int { atLineStart ? currentLine - 1 : currentLine }

    func next() throws(DictionaryReadError) -> Event? {
        while !done {
            if position > 1 << 20 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            guard let first = try byte(at: position) else {
                done = true
                return nil
            }
            line = currentLine
            if first != UInt8(ascii: "<") {
                let end = try firstIndex(of: UInt8(ascii: "<"), from: position) ?? buffer.count
                let range = position..<end
                advance(to: end)
                if isWhitespace(range) { continue }
                switch decodeEntities(range) {
                case .success(let text): return .text(text)
                case .failure(let error): return .error(error.message, fatal: false)
                }
            }
            let second = try byte(at: position + 1)
            if second == UInt8(ascii: "!") {
                if try matches("<!--", at: position) {
                    guard let end = try firstIndex(of: "-->", from: position + 4) else { return fail("comment not closed") }
                    advance(to: end + 3)
                    continue
                }
                if try matches("<![CDATA[", at: position) {
                    guard let end = try firstIndex(of: "]]>", from: position + 9) else { return fail("CDATA section not closed") }
                    let text = String(decoding: buffer[(position + 9)..<end], as: UTF8.self)
                    advance(to: end + 3)
                    return .text(text)
                }
                guard let end = try endOfDeclaration(from: position + 2) else { return fail("declaration not closed") }
                advance(to: end + 1)
                continue
            }
            if second == UInt8(ascii: "?") {
                guard let end = try firstIndex(of: "?>", from: position + 2) else { return fail("processing instruction not closed") }
                advance(to: end + 2)
                continue
            }
            guard let close = try endOfTag(from: position + 1) else { return fail("tag not closed") }
            let tag = (position + 1)..<close
            advance(to: close + 1)
            return parseTag(tag)
        }
        return nil
    }

    private func fail(_ message: String) -> Event {
        done = true
        return .error(message, fatal: true)
    }

    // MARK: Tags

    private func parseTag(_ range: Range<Int>) -> Event {
        // A local reference: reading it needs no exclusivity check per byte, unlike the property.
        let buffer = self.buffer
        var i = range.lowerBound
        var upper = range.upperBound
        if i < upper, buffer[i] == UInt8(ascii: "/") {
            let name = trimmed((i + 1)..<upper)
            guard !name.isEmpty else { return .error("end tag without a name", fatal: false) }
            return .end(name: String(decoding: buffer[name], as: UTF8.self))
        }
        var selfClosing = false
        if upper > i, buffer[upper - 1] == UInt8(ascii: "/") {
            selfClosing = true
            upper -= 1
        }
        let nameStart = i
        while i < upper, !isSpace(buffer[i]) { i += 1 }
        guard i > nameStart else { return .error("tag without a name", fatal: false) }
        let name = String(decoding: buffer[nameStart..<i], as: UTF8.self)
        var attributes: [String: String] = [:]
        while true {
            while i < upper, isSpace(buffer[i]) { i += 1 }
            if i >= upper { break }
            let attributeStart = i
            while i < upper, buffer[i] != UInt8(ascii: "="), !isSpace(buffer[i]) { i += 1 }
            let attributeName = String(decoding: buffer[attributeStart..<i], as: UTF8.self)
            while i < upper, isSpace(buffer[i]) { i += 1 }
            guard i < upper, buffer[i] == UInt8(ascii: "=") else {
                return .error("attribute '\(attributeName)' of <\(name)> has no value", fatal: false)
            }
            i += 1
            while i < upper, isSpace(buffer[i]) { i += 1 }
            guard i < upper, buffer[i] == UInt8(ascii: "\"") || buffer[i] == UInt8(ascii: "'") else {
                return .error("value of attribute '\(attributeName)' of <\(name)> is not quoted", fatal: false)
            }
            let quote = buffer[i]
            let valueStart = i + 1
            i = valueStart
            while i < upper, buffer[i] != quote { i += 1 }
            guard i < upper else { return .error("value of attribute '\(attributeName)' of <\(name)> not closed", fatal: false) }
            switch decodeEntities(valueStart..<i) {
            case .success(let value): attributes[attributeName] = value
            case .failure(let error): return .error(error.message, fatal: false)
            }
            i += 1
        }
        return .start(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// The `>` that ends a tag starting at `start`, skipping `>` inside quoted attribute values.
    private func endOfTag(from start: Int) throws(DictionaryReadError) -> Int? {
        var i = start
        var quote: UInt8 = 0
        while true {
            let buffer = self.buffer
            var found: Int?
            var broken = false
            while i < buffer.count {
                let b = buffer[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: ">") {
                    found = i
                    break
                } else if b == UInt8(ascii: "<") {
                    broken = true
                    break
                }
                i += 1
            }
            if let found { return found }
            if broken { return nil }
            guard try readMore() else { return nil }
        }
    }

    /// The `>` that ends a `<!DOCTYPE …>` (or other `<!…>`) declaration, past an internal subset
    /// in `[…]` and any comments or quoted strings inside it.
    private func endOfDeclaration(from start: Int) throws(DictionaryReadError) -> Int? {
        var i = start
        var depth = 0
        while let b = try byte(at: i) {
            if b == UInt8(ascii: "<"), try matches("<!--", at: i) {
                guard let end = try firstIndex(of: "-->", from: i + 4) else { return nil }
                i = end + 3
                continue
            }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                guard let end = try firstIndex(of: b, from: i + 1) else { return nil }
                i = end + 1
                continue
            }
            if b == UInt8(ascii: "[") { depth += 1 }
            if b == UInt8(ascii: "]") { depth -= 1 }
            if b == UInt8(ascii: ">"), depth <= 0 { return i }
            i += 1
        }
        return nil
    }

    // MARK: Text

    private func decodeEntities(_ range: Range<Int>) -> Result<String, EntityError> {
        let buffer = self.buffer
        guard buffer[range].contains(UInt8(ascii: "&")) else {
            return .success(String(decoding: buffer[range], as: UTF8.self))
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let b = buffer[i]
            guard b == UInt8(ascii: "&") else {
                out.append(b)
                i += 1
                continue
            }
            guard let semicolon = buffer[i..<range.upperBound].firstIndex(of: UInt8(ascii: ";")) else {
                return .failure(EntityError("'&' without ';'"))
            }
            let name = String(decoding: buffer[(i + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { return .failure(EntityError("unknown entity '&\(name);'")) }
            out.append(contentsOf: String(Character(scalar)).utf8)
            i = semicolon + 1
        }
        return .success(String(decoding: out, as: UTF8.self))
    }

    struct EntityError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    private func isWhitespace(_ range: Range<Int>) -> Bool {
        let buffer = self.buffer
        for i in range where !isSpace(buffer[i]) { return false }
        return true
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        let buffer = self.buffer
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(buffer[lower]) { lower += 1 }
        while upper > lower, isSpace(buffer[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
    }

    // MARK: Buffer

    private func advance(to index: Int) {
        let buffer = self.buffer
        var i = position
        while i < index {
            if buffer[i] == 0x0A { currentLine += 1 }
            i += 1
        }
        if index > position { atLineStart = buffer[index - 1] == 0x0A }
        position = index
    }

    /// The byte at `index`, reading more input when the buffer ends before it; nil at the end.
    private func byte(at index: Int) throws(DictionaryReadError) -> UInt8? {
        while index >= buffer.count {
            guard try readMore() else { return nil }
        }
        return buffer[index]
    }

    private func readMore() throws(DictionaryReadError) -> Bool {
        if sourceEnded { return false }
        guard let chunk = try reader.read() else {
            sourceEnded = true
            return false
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    private func matches(_ pattern: StaticString, at index: Int) throws(DictionaryReadError) -> Bool {
        let count = pattern.utf8CodeUnitCount
        for k in 0..<count {
            guard let b = try byte(at: index + k), b == pattern.utf8Start[k] else { return false }
        }
        return true
    }

    private func firstIndex(of target: UInt8, from start: Int) throws(DictionaryReadError) -> Int? {
        var i = start
        while true {
            if i >= buffer.count {
                guard try readMore() else { return nil }
            }
            if let found = buffer[i...].firstIndex(of: target) { return found }
            i = buffer.count
        }
    }

    private func firstIndex(of pattern: StaticString, from start: Int) throws(DictionaryReadError) -> Int? {
        var i = start
        let first = pattern.utf8Start[0]
        while let candidate = try firstIndex(of: first, from: i) {
            if try matches(pattern, at: candidate) { return candidate }
            i = candidate + 1
        }
        return nil
    }
}
