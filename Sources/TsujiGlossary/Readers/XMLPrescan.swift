/// Prepares XML for Foundation's `XMLParser`, which crashes (a null pointer read) on a processing
/// instruction without data such as `<?x?>`: libxml2 reports it with a null data pointer, which
/// the Linux Foundation turns into a `String` unchecked (found by fuzzing the TBX reader).
///
/// Such instructions mean nothing to a glossary reader and are dropped; they contain no line
/// break, so line numbers in the parser's messages stay those of the file. An internal DTD
/// subset (`<!DOCTYPE x [ … ]>`) is refused: its entities can spell the same instruction
/// (`&#60;?x?>`), and no TBX file needs one.
enum XMLPrescan {
    struct Refusal: Error, Equatable {
        let line: Int
        let message: String
    }

    /// `bytes` without data-less processing instructions (outside comments and CDATA sections).
    static func prepare(_ bytes: [UInt8]) throws(Refusal) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var line = 1
        let n = bytes.count
        func starts(_ prefix: String, at index: Int) -> Bool {
            var k = index
            for byte in prefix.utf8 {
                guard k < n, bytes[k] == byte else { return false }
                k += 1
            }
            return true
        }
        /// The index just past the first `terminator` at or after `index` (or the end).
        func skip(to terminator: String, from index: Int) -> Int {
            var k = index
            while k < n, !starts(terminator, at: k) { k += 1 }
            return min(n, k + terminator.utf8.count)
        }
        func copy(_ range: Range<Int>) {
            for byte in bytes[range] where byte == 0x0A { line += 1 }
            out.append(contentsOf: bytes[range])
        }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else {
                if bytes[i] == 0x0A { line += 1 }
                out.append(bytes[i])
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                let end = skip(to: "-->", from: i + 4)
                copy(i..<end)
                i = end
            } else if starts("<![CDATA[", at: i) {
                let end = skip(to: "]]>", from: i + 9)
                copy(i..<end)
                i = end
            } else if starts("<!DOCTYPE", at: i) {
                var k = i + 9
                var quote: UInt8?
                var subsetLine = line
                while k < n {
                    let byte = bytes[k]
                    if byte == 0x0A { subsetLine += 1 }
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: "[") {
                        throw Refusal(line: subsetLine, message: "an internal DTD subset (<!DOCTYPE … [ … ]>) is not supported")
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    k += 1
                }
                let end = min(n, k + 1)
                copy(i..<end)
                i = end
            } else if starts("<?", at: i) {
                var k = i + 2
                while k < n, isNameByte(bytes[k]) { k += 1 }
                if k > i + 2, starts("?>", at: k) {
                    i = k + 2  // `<?name?>`: dropped.
                } else {
                    let end = skip(to: "?>", from: k)
                    copy(i..<end)
                    i = end
                }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    /// ASCII letters, digits, `-._:` and every byte of a non-ASCII character: the bytes an XML
    /// name is made of (a little more, which only drops a few malformed instructions too).
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...0xFF:
            return true
        default:
            return false
        }
    }
}
