import Foundation

/// A compiled dictionary file, memory-mapped read-only for the life of the object.
///
/// Opening costs a few page faults, not a parse: it checks the magic, the format version, the
/// header's own checksum, the file length, the section table (every section inside the body,
/// aligned, not overlapping) and each trie's header — work proportional to the number of
/// sections, not to the data. The body checksum (about 10 ms per 100 MB) is checked only by
/// ``verify()``, which `tsuji dict install` and `tsuji dict info` call: a lookup process must
/// start and answer within ~50 ms, and install-time verification already covers the damage that
/// happens in transit. Damage after install is still caught: every offset read from the body is
/// bounds-checked before use, so a corrupted body yields ``DictionaryFileError`` (or, at worst, a
/// wrong answer from a corrupted trie unit), never a crash.
public final class CompiledDictionary: @unchecked Sendable {
    // @unchecked: every stored property is immutable, and the pointers address the mapping
    // that `file` keeps alive.

    /// The format version this build reads and writes.
    public static let formatVersion = CompiledDictionaryLayout.formatVersion

    /// The file path (or the name given to an in-memory dictionary), used in errors.
    public let path: String
    /// The sources compiled into the file, as its header lists them.
    public let sources: [SourceInfo]
    /// The number of entries; valid indexes are `0..<entryCount`.
    public let entryCount: Int
    /// The names of the indexes in the file, sorted.
    public let indexNames: [String]
    /// The size of the file in bytes.
    public var byteCount: Int { file.bytes.count }

    private let file: MappedFile
    private let headerLength: Int
    private let storedBodyChecksum: UInt64
    private let entryTable: UnsafeRawPointer?
    private let entryTableFileOffset: Int
    private let pool: UnsafeRawBufferPointer
    private let poolFileOffset: Int
    private let indexes: [String: PostingsIndex]
    private let notes: UnsafeRawBufferPointer
    private let notesFileOffset: Int
    /// The entries' source names, by the index their records give.
    private let sourceNames: [String]
    private let sourceRoles: [DictionarySource?]
    /// The (variant, traditional) pairs the keys were folded with beyond the embedded table;
    /// a reader must fold its queries with ``VariantFolder/init(extraPairs:)`` of these.
    public let variantPairs: [(Unicode.Scalar, Unicode.Scalar)]

    /// Maps and checks the file at `url`.
    public convenience init(contentsOf url: URL) throws(DictionaryFileError) {
        try self.init(file: MappedFile(path: url.path), path: url.path)
    }

    /// Checks and wraps a copy of `bytes` (an embedded dictionary, or tests); `name` stands for
    /// the path in errors.
    public convenience init(bytes: [UInt8], name: String) throws(DictionaryFileError) {
        try self.init(file: MappedFile(copying: bytes), path: name)
    }

    private init(file: MappedFile, path: String) throws(DictionaryFileError) {
        typealias L = CompiledDictionaryLayout
        self.file = file
        self.path = path
        let bytes = file.bytes
        let size = bytes.count
        func fail(_ reason: DictionaryFileError.Reason) -> DictionaryFileError {
            DictionaryFileError(path: path, reason: reason)
        }
        func corrupt(_ message: String) -> DictionaryFileError { fail(.corrupt(message)) }

        // Magic and version come first, so that a foreign or newer file is named as such.
        let magicBytes = Array(bytes.prefix(L.magic.count))
        guard magicBytes == Array(L.magic.prefix(magicBytes.count)) else { throw fail(.badMagic) }
        guard size >= L.versionOffset + 4, let start = bytes.baseAddress else {
            throw fail(.truncated(expected: nil, found: UInt64(size)))
        }
        func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
        func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
        let version = u32(L.versionOffset)
        guard version == L.formatVersion else {
            throw fail(.unsupportedVersion(found: version, expected: L.formatVersion))
        }
        guard size >= L.fixedHeaderSize else { throw fail(.truncated(expected: nil, found: UInt64(size))) }

        // The header, checked against its own checksum before any of it is trusted.
        let headerLength = Int(u32(L.headerLengthOffset))
        let fileLength = u64(L.fileLengthOffset)
        guard headerLength >= L.fixedHeaderSize, headerLength % L.alignment == 0, headerLength <= L.maxHeaderLength else {
            throw corrupt("header length \(headerLength) at byte \(L.headerLengthOffset) is impossible")
        }
        guard headerLength <= size else {
            throw fail(.truncated(expected: max(fileLength, UInt64(headerLength)), found: UInt64(size)))
        }
        var header = Array(UnsafeRawBufferPointer(start: start, count: headerLength))
        header.storeLittleEndian(UInt64(0), at: L.headerChecksumOffset)
        guard header.withUnsafeBytes(Checksum.fnv1a64Lanes) == u64(L.headerChecksumOffset) else {
            throw fail(.checksumMismatch(region: "header"))
        }
        guard fileLength <= UInt64(size) else { throw fail(.truncated(expected: fileLength, found: UInt64(size))) }
        guard fileLength == UInt64(size) else {
            throw corrupt("\(UInt64(size) - fileLength) bytes follow the end of the body at byte \(fileLength)")
        }
        guard u32(52) == 0, u64(56) == 0 else { throw corrupt("reserved header fields at bytes 52..<64 are not zero") }
        self.headerLength = headerLength
        self.storedBodyChecksum = u64(L.bodyChecksumOffset)
        let entryCount = Int(u32(L.entryCountOffset))
        self.entryCount = entryCount

        // Section directory and sources.
        var reader = ByteReader(UnsafeRawBufferPointer(start: start + L.fixedHeaderSize, count: headerLength - L.fixedHeaderSize), fileOffset: L.fixedHeaderSize)
        let sectionCount = Int(u32(L.sectionCountOffset))
        guard sectionCount <= reader.remaining / L.sectionRecordSize else {
            throw corrupt("\(sectionCount) sections do not fit in the \(headerLength)-byte header")
        }
        var sections: [String: (offset: Int, length: Int)] = [:]
        do throws(ByteReader.Failure) {
            for number in 0..<sectionCount {
                let recordOffset = L.fixedHeaderSize + reader.position
                let nameBytes = try reader.bytes(L.sectionNameSize, "section name")
                let nameLength = nameBytes.firstIndex(of: 0) ?? L.sectionNameSize
                guard nameLength > 0, nameBytes[nameLength...].allSatisfy({ $0 == 0 }),
                      nameBytes[..<nameLength].allSatisfy({ (0x21...0x7E).contains($0) }) else {
                    throw ByteReader.Failure(message: "section \(number) at byte \(recordOffset) has an invalid name")
                }
                let name = String(decoding: nameBytes[..<nameLength], as: UTF8.self)
                let offset = try reader.u64("section offset"), length = try reader.u64("section length")
                let (end, overflow) = offset.addingReportingOverflow(length)
                guard !overflow, offset >= UInt64(headerLength), end <= fileLength, offset % UInt64(L.alignment) == 0 else {
                    throw ByteReader.Failure(message: "section \(name) (\(length) bytes at byte \(offset)) lies outside the body \(headerLength)..<\(fileLength)")
                }
                guard sections.updateValue((Int(offset), Int(length)), forKey: name) == nil else {
                    throw ByteReader.Failure(message: "section \(name) appears twice")
                }
            }
            // Empty sections read nothing, so only the others can overlap.
            var end = headerLength
            for (name, section) in sections.filter({ $0.value.length > 0 }).sorted(by: { $0.value.offset < $1.value.offset }) {
                guard section.offset >= end else {
                    throw ByteReader.Failure(message: "section \(name) at byte \(section.offset) overlaps the section before it")
                }
                end = section.offset + section.length
            }

            let sourceCount = Int(u32(L.sourceCountOffset))
            guard sourceCount <= reader.remaining / 28 else {
                throw ByteReader.Failure(message: "\(sourceCount) sources do not fit in the \(headerLength)-byte header")
            }
            var sources: [SourceInfo] = []
            for _ in 0..<sourceCount {
                let name = try reader.u32String("source name")
                let version = try reader.u32String("source version")
                let licence = try reader.u32String("source licence")
                let entries = try reader.u64("source entry count"), skipped = try reader.u64("source skipped lines")
                guard let entries = Int(exactly: entries), let skipped = Int(exactly: skipped) else {
                    throw ByteReader.Failure(message: "source \(name) has impossible counts")
                }
                sources.append(SourceInfo(name: name, version: version, licence: licence, entryCount: entries, skippedLines: skipped))
            }
            guard reader.remaining < L.alignment, try reader.bytes(reader.remaining, "padding").allSatisfy({ $0 == 0 }) else {
                throw ByteReader.Failure(message: "unexpected bytes at the end of the header at byte \(L.fixedHeaderSize + reader.position)")
            }
            self.sources = sources
        } catch {
            throw corrupt(error.message)
        }

        func section(_ name: String) -> (buffer: UnsafeRawBufferPointer, offset: Int)? {
            sections[name].map { (UnsafeRawBufferPointer(start: start + $0.offset, count: $0.length), $0.offset) }
        }
        guard let entries = section(L.entriesSection), let pool = section(L.poolSection) else {
            throw corrupt("the \(L.entriesSection) or \(L.poolSection) section is missing")
        }
        guard entries.buffer.count == entryCount * L.entryRecordSize else {
            throw corrupt("the entry table holds \(entries.buffer.count) bytes, \(entryCount) entries need \(entryCount * L.entryRecordSize)")
        }
        self.entryTable = entries.buffer.baseAddress
        self.entryTableFileOffset = entries.offset
        self.pool = pool.buffer
        self.poolFileOffset = pool.offset
        guard let names = section(L.sourceNamesSection), let notes = section(L.notesSection) else {
            throw corrupt("the \(L.sourceNamesSection) or \(L.notesSection) section is missing")
        }
        self.notes = notes.buffer
        self.notesFileOffset = notes.offset
        var sourceNames: [String] = []
        do throws(ByteReader.Failure) {
            var reader = ByteReader(names.buffer, fileOffset: names.offset)
            let count = try reader.varint("source name count")
            guard count <= 256 else { throw ByteReader.Failure(message: "\(count) source names (at most 256)") }
            for _ in 0..<count { sourceNames.append(try reader.varintString("source name")) }
        } catch {
            throw corrupt("\(L.sourceNamesSection): \(error.message)")
        }
        self.sourceNames = sourceNames
        self.sourceRoles = sourceNames.map(DictionarySource.init(name:))
        var variantPairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        if let variants = section(L.variantsSection) {
            guard variants.buffer.count % 8 == 0 else {
                throw corrupt("the \(L.variantsSection) section at byte \(variants.offset) is not whole pairs")
            }
            for pair in stride(from: 0, to: variants.buffer.count, by: 8) {
                let a = UInt32(littleEndian: variants.buffer.loadUnaligned(fromByteOffset: pair, as: UInt32.self))
                let b = UInt32(littleEndian: variants.buffer.loadUnaligned(fromByteOffset: pair + 4, as: UInt32.self))
                guard let variant = Unicode.Scalar(a), let traditional = Unicode.Scalar(b) else {
                    throw corrupt("the variant pair at byte \(variants.offset + pair) is not two code points")
                }
                variantPairs.append((variant, traditional))
            }
        }
        self.variantPairs = variantPairs

        var indexes: [String: PostingsIndex] = [:]
        for name in sections.keys {
            let isTrie = name.hasPrefix(L.triePrefix), isPostings = name.hasPrefix(L.postingsPrefix)
            if !isTrie && !isPostings { continue }
            let indexName = String(name.dropFirst(L.triePrefix.count))
            guard let trieSection = section(L.triePrefix + indexName), let postingsSection = section(L.postingsPrefix + indexName) else {
                throw corrupt("index \(indexName) lacks its trie or postings section")
            }
            if isPostings { continue }
            guard postingsSection.buffer.count % 4 == 0 else {
                throw corrupt("index \(indexName): postings section at byte \(postingsSection.offset) is not whole words")
            }
            let trie: DoubleArrayTrie
            do {
                trie = try DoubleArrayTrie(unsafeBytes: trieSection.buffer, owner: file)
            } catch {
                throw corrupt("index \(indexName): trie at byte \(trieSection.offset): \(error)")
            }
            indexes[indexName] = PostingsIndex(
                name: indexName, trie: trie, postings: postingsSection.buffer, postingsFileOffset: postingsSection.offset,
                entryCount: entryCount, path: path, owner: file
            )
        }
        self.indexes = indexes
        self.indexNames = indexes.keys.sorted()
    }

    /// Checks the body checksum: reads the whole file (about 10 ms per 100 MB).
    public func verify() throws(DictionaryFileError) {
        let body = UnsafeRawBufferPointer(rebasing: file.bytes[headerLength...])
        guard Checksum.fnv1a64Lanes(body) == storedBodyChecksum else {
            throw DictionaryFileError(path: path, reason: .checksumMismatch(region: "body"))
        }
    }

    /// The index called `name`, or nil when the file has none.
    public func index(named name: String) -> PostingsIndex? {
        indexes[name]
    }

    @inline(__always) private func record(_ index: Int) -> UnsafeRawPointer {
        entryTable! + index * CompiledDictionaryLayout.entryRecordSize
    }

    @inline(__always) private func bodyOffset(_ index: Int) -> Int {
        Int(UInt32(littleEndian: record(index).loadUnaligned(as: UInt32.self)))
    }

    /// What classifying needs of entry `index`, from its record alone. A damaged record gives
    /// a wrong answer (an unknown source or code reads as `other`, `ja`, `word`), never a crash;
    /// decoding the entry reports the damage.
    public func traits(at index: Int) -> EntryTraits {
        typealias L = CompiledDictionaryLayout
        precondition(index >= 0 && index < entryCount, "entry index \(index) out of 0..<\(entryCount)")
        let record = record(index)
        let source = Int(record.load(fromByteOffset: 4, as: UInt8.self))
        let flags = record.load(fromByteOffset: 7, as: UInt8.self)
        return EntryTraits(
            source: source < sourceRoles.count ? sourceRoles[source] : nil,
            language: EntryBinaryCoding.language(code: record.load(fromByteOffset: 5, as: UInt8.self)) ?? .ja,
            kind: EntryBinaryCoding.kind(code: record.load(fromByteOffset: 6, as: UInt8.self)) ?? .word,
            isCommon: flags & L.flagCommon != 0, isTiedToChina: flags & L.flagTiedToChina != 0,
            isProperNoun: flags & L.flagProperNoun != 0)
    }

    /// Decodes entry `index` (`0..<entryCount`) from its record and the string pool; only that
    /// entry's bytes are read.
    public func entry(at index: Int) throws(DictionaryFileError) -> Entry {
        typealias L = CompiledDictionaryLayout
        precondition(index >= 0 && index < entryCount, "entry index \(index) out of 0..<\(entryCount)")
        let record = record(index)
        let bodyOffset = bodyOffset(index)
        // Bodies follow one another in entry order: this one ends where the next begins.
        let bodyEnd = index + 1 < entryCount ? self.bodyOffset(index + 1) : pool.count
        let sourceIndex = Int(record.load(fromByteOffset: 4, as: UInt8.self))
        let languageCode = record.load(fromByteOffset: 5, as: UInt8.self)
        let kindCode = record.load(fromByteOffset: 6, as: UInt8.self)
        let flags = record.load(fromByteOffset: 7, as: UInt8.self)
        func corrupt(_ message: String) -> DictionaryFileError {
            let at = "entry \(index) (record at byte \(entryTableFileOffset + index * L.entryRecordSize))"
            return DictionaryFileError(path: path, reason: .corrupt("\(at): \(message)"))
        }
        guard let language = EntryBinaryCoding.language(code: languageCode) else { throw corrupt("unknown language code \(languageCode)") }
        guard let kind = EntryBinaryCoding.kind(code: kindCode) else { throw corrupt("unknown kind code \(kindCode)") }
        guard flags & ~L.knownFlags == 0 else { throw corrupt("unknown flags \(flags)") }
        guard sourceIndex < sourceNames.count else { throw corrupt("source \(sourceIndex) of \(sourceNames.count)") }
        guard bodyOffset <= bodyEnd, bodyEnd <= pool.count else {
            throw corrupt("body (pool offsets \(bodyOffset)..<\(bodyEnd)) lies outside the \(pool.count)-byte pool")
        }
        let notes = self.notes, notesFileOffset = self.notesFileOffset
        func note(_ offset: Int) throws(ByteReader.Failure) -> String {
            guard offset < notes.count else {
                throw ByteReader.Failure(message: "note offset \(offset) is past the \(notes.count)-byte notes section")
            }
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: notes[offset...]), fileOffset: notesFileOffset + offset)
            return try reader.varintString("note")
        }
        do throws(ByteReader.Failure) {
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: pool[bodyOffset..<bodyEnd]), fileOffset: poolFileOffset + bodyOffset)
            return try EntryBinaryCoding.decodeBody(&reader, source: sourceNames[sourceIndex], language: language, kind: kind,
                                                    flags: flags, noteAt: note)
        } catch {
            throw corrupt(error.message)
        }
    }

    /// Decodes the entries at `indexes`, in that order.
    public func entries(at indexes: some Sequence<Int>) throws(DictionaryFileError) -> [Entry] {
        var result: [Entry] = []
        for index in indexes { result.append(try entry(at: index)) }
        return result
    }
}
