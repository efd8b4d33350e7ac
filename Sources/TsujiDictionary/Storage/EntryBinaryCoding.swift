import TsujiText

/// The binary form of an ``Entry`` inside a compiled dictionary.
///
/// The fixed-size record carries what every lookup filters on (language, kind, flags, source);
/// the body in the pool holds the rest: the id (a LEB128 number when the record's flag says it
/// is `source:N`, else a LEB128-length string), then six string lists (japanese, traditional,
/// simplified, readings, pinyin, english), each a LEB128 count of strings, then,
/// when the record's flag says there is one, the note as a LEB128 offset into the notes section.
///
/// A body string is a LEB128 header `n << 1 | packed` and n bytes: UTF-8 when `packed` is 0;
/// when it is 1, a kana-only string (U+3041–U+30FF: readings, katakana names), one byte per
/// character (the code point minus U+3000). Readings are most of a names dictionary, and this
/// stores them in a third of the space. Codes are spelled out here rather than
/// taken from declaration order, so reordering the enums cannot silently change the format.
package enum EntryBinaryCoding {
    package static func code(of language: TermLanguage) -> UInt8 {
        switch language {
        case .zh: 0
        case .ja: 1
        }
    }

    static func language(code: UInt8) -> TermLanguage? {
        switch code {
        case 0: .zh
        case 1: .ja
        default: nil
        }
    }

    package static func code(of kind: TermKind) -> UInt8 {
        switch kind {
        case .company: 0
        case .product: 1
        case .person: 2
        case .place: 3
        case .organization: 4
        case .event: 5
        case .concept: 6
        case .currency: 7
        case .word: 8
        case .name: 9
        case .character: 10
        }
    }

    static func kind(code: UInt8) -> TermKind? {
        switch code {
        case 0: .company
        case 1: .product
        case 2: .person
        case 3: .place
        case 4: .organization
        case 5: .event
        case 6: .concept
        case 7: .currency
        case 8: .word
        case 9: .name
        case 10: .character
        default: nil
        }
    }

    package static func flags(of entry: Entry, numericID: Bool) -> UInt8 {
        typealias L = CompiledDictionaryLayout
        let traits = EntryTraits(entry)
        var flags: UInt8 = 0
        if entry.isCommon { flags |= L.flagCommon }
        if entry.note != nil { flags |= L.flagHasNote }
        if numericID { flags |= L.flagNumericID }
        if traits.isTiedToChina { flags |= L.flagTiedToChina }
        if traits.isProperNoun { flags |= L.flagProperNoun }
        return flags
    }

    /// N when `id` is `source:N` with N written the usual way (no sign, no leading zero).
    package static func numericID(_ id: String, source: String) -> Int? {
        let utf8 = id.utf8
        let sourceCount = source.utf8.count
        guard utf8.count > sourceCount + 1, utf8.starts(with: source.utf8),
              utf8[utf8.index(utf8.startIndex, offsetBy: sourceCount)] == UInt8(ascii: ":") else { return nil }
        let digits = utf8.dropFirst(sourceCount + 1)
        guard digits.count <= 15, digits.allSatisfy({ (0x30...0x39).contains($0) }),
              digits.first != 0x30 || digits.count == 1 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// Appends the body; `numericID` as ``numericID(_:source:)`` gave it, `noteOffset` where the
    /// entry's note is in the notes section.
    package static func appendBody(of entry: Entry, numericID: Int?, noteOffset: Int?, to pool: inout [UInt8]) {
        if let numericID { pool.appendVarint(numericID) } else { appendString(entry.id, to: &pool) }
        for list in [entry.japanese, entry.traditional, entry.simplified, entry.readings, entry.pinyin, entry.english] {
            pool.appendVarint(list.count)
            for string in list { appendString(string, to: &pool) }
        }
        if let noteOffset { pool.appendVarint(noteOffset) }
    }

    static let kanaBase: UInt32 = 0x3000

    static func appendString(_ string: String, to pool: inout [UInt8]) {
        let scalars = string.unicodeScalars
        if !scalars.isEmpty, scalars.allSatisfy({ Kana.isInKanaBlocks($0.value) }) {
            pool.appendVarint(scalars.count << 1 | 1)
            for scalar in scalars { pool.append(UInt8(scalar.value - kanaBase)) }
        } else {
            pool.appendVarint(string.utf8.count << 1)
            pool.append(contentsOf: string.utf8)
        }
    }

    static func readString(_ reader: inout ByteReader, _ what: @autoclosure () -> String) throws(ByteReader.Failure) -> String {
        let header = try reader.varint(what())
        guard header & 1 == 1 else { return try reader.string(length: header >> 1, what()) }
        let start = reader.position
        let packed = try reader.bytes(header >> 1, what())
        if let byte = packed.first(where: { $0 < 0x41 }) {
            throw ByteReader.Failure(message: "at byte \(reader.fileOffset + start): \(what()) has a bad kana byte \(byte)")
        }
        // Every kana from U+3041 is three UTF-8 bytes, E3 then two continuation bytes.
        return String(unsafeUninitializedCapacity: packed.count * 3) { utf8 in
            var at = 0
            for byte in packed {
                let scalar = kanaBase + UInt32(byte)
                utf8[at] = 0xE3
                utf8[at + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                utf8[at + 2] = UInt8(0x80 | scalar & 0x3F)
                at += 3
            }
            return at
        }
    }

    /// `source:number`, written straight into the string (the concatenation made two strings
    /// on the way, for every entry decoded).
    static func numberedID(source: String, _ number: Int) -> String {
        var digits = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        let sourceCount = source.utf8.count
        return String(unsafeUninitializedCapacity: sourceCount + 1 + digits) { buffer in
            _ = buffer.initialize(fromContentsOf: source.utf8)
            buffer[sourceCount] = UInt8(ascii: ":")
            var value = number
            for at in stride(from: sourceCount + digits, to: sourceCount, by: -1) {
                buffer[at] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
            }
            return sourceCount + 1 + digits
        }
    }

    /// Decodes a body written by ``appendBody(of:to:)``; the reader must end exactly at its end.
    static func decodeBody(
        _ reader: inout ByteReader, source: String, language: TermLanguage, kind: TermKind, flags: UInt8,
        noteAt: (Int) throws(ByteReader.Failure) -> String
    ) throws(ByteReader.Failure) -> Entry {
        let id = flags & CompiledDictionaryLayout.flagNumericID != 0
            ? numberedID(source: source, try reader.varint("entry number")) : try readString(&reader, "entry id")
        func list(_ name: StaticString) throws(ByteReader.Failure) -> [String] {
            let count = try reader.varint("count of \(name)")
            // Each string takes at least its one-byte length: a larger count is corrupt, and
            // checking it first keeps a corrupt count from reserving absurd memory.
            guard count <= reader.remaining else {
                throw ByteReader.Failure(message: "at byte \(reader.fileOffset + reader.position): \(count) \(name) cannot fit in \(reader.remaining) bytes")
            }
            var list: [String] = []
            list.reserveCapacity(count)
            for _ in 0..<count { list.append(try readString(&reader, "\(name)")) }
            return list
        }
        let japanese = try list("japanese forms"), traditional = try list("traditional forms")
        let simplified = try list("simplified forms"), readings = try list("readings")
        let pinyin = try list("pinyin"), english = try list("english")
        let note = flags & CompiledDictionaryLayout.flagHasNote != 0 ? try noteAt(try reader.varint("note offset")) : nil
        guard reader.isAtEnd else {
            throw ByteReader.Failure(message: "at byte \(reader.fileOffset + reader.position): \(reader.remaining) unexpected bytes after the entry body")
        }
        return Entry(
            id: id, source: source, language: language, kind: kind,
            japanese: japanese, traditional: traditional, simplified: simplified,
            readings: readings, pinyin: pinyin, english: english,
            note: note, isCommon: flags & CompiledDictionaryLayout.flagCommon != 0
        )
    }
}
