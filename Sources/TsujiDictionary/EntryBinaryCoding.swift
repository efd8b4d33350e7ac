/// The binary form of an ``Entry`` inside a compiled dictionary.
///
/// The fixed-size record carries what every lookup filters on (language, kind, flags, source);
/// the body in the pool holds the rest: the id, then six string lists (japanese, traditional,
/// simplified, readings, pinyin, english), each a LEB128 count of LEB128-length strings, then
/// the note when the record's flag says there is one. Codes are spelled out here rather than
/// taken from declaration order, so reordering the enums cannot silently change the format.
enum EntryBinaryCoding {
    static func code(of language: TermLanguage) -> UInt8 {
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

    static func code(of kind: TermKind) -> UInt8 {
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

    static func flags(of entry: Entry) -> UInt8 {
        (entry.isCommon ? CompiledDictionaryLayout.flagCommon : 0) | (entry.note != nil ? CompiledDictionaryLayout.flagHasNote : 0)
    }

    static func appendBody(of entry: Entry, to pool: inout [UInt8]) {
        pool.appendVarintString(entry.id)
        for list in [entry.japanese, entry.traditional, entry.simplified, entry.readings, entry.pinyin, entry.english] {
            pool.appendVarint(list.count)
            for string in list { pool.appendVarintString(string) }
        }
        if let note = entry.note { pool.appendVarintString(note) }
    }

    /// Decodes a body written by ``appendBody(of:to:)``; the reader must end exactly at its end.
    static func decodeBody(
        _ reader: inout ByteReader, source: String, language: TermLanguage, kind: TermKind, flags: UInt8
    ) throws(ByteReader.Failure) -> Entry {
        let id = try reader.varintString("entry id")
        var lists: [[String]] = []
        for name in ["japanese forms", "traditional forms", "simplified forms", "readings", "pinyin", "english"] {
            let count = try reader.varint("count of \(name)")
            // Each string takes at least its one-byte length: a larger count is corrupt, and
            // checking it first keeps a corrupt count from reserving absurd memory.
            guard count <= reader.remaining else {
                throw ByteReader.Failure(message: "at byte \(reader.fileOffset + reader.position): \(count) \(name) cannot fit in \(reader.remaining) bytes")
            }
            var list: [String] = []
            list.reserveCapacity(count)
            for _ in 0..<count { list.append(try reader.varintString(name)) }
            lists.append(list)
        }
        let note = flags & CompiledDictionaryLayout.flagHasNote != 0 ? try reader.varintString("note") : nil
        guard reader.isAtEnd else {
            throw ByteReader.Failure(message: "at byte \(reader.fileOffset + reader.position): \(reader.remaining) unexpected bytes after the entry body")
        }
        return Entry(
            id: id, source: source, language: language, kind: kind,
            japanese: lists[0], traditional: lists[1], simplified: lists[2],
            readings: lists[3], pinyin: lists[4], english: lists[5],
            note: note, isCommon: flags & CompiledDictionaryLayout.flagCommon != 0
        )
    }
}
