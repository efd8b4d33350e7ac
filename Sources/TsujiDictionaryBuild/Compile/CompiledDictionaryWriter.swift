import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TsujiDictionary

/// Writes a compiled dictionary file (see ``CompiledDictionary`` for reading it back).
///
/// Give it the entries and the sources, add one index per kind of key, then ``write(to:)``.
/// Each index is built as soon as it is added, so the caller's key pairs can be released.
public struct CompiledDictionaryWriter: Sendable {
    private let entries: [Entry]
    private let sources: [SourceInfo]
    private let variantPairs: [(Unicode.Scalar, Unicode.Scalar)]
    private var indexes: [(name: String, trie: [UInt32], postings: [UInt32])] = []

    /// - Parameter variantPairs: the (variant, traditional) pairs the index keys were folded
    ///   with beyond the embedded table (``VariantFolder/init(extraPairs:)``); readers fold
    ///   their queries with the same pairs.
    public init(entries: [Entry], sources: [SourceInfo], variantPairs: [(Unicode.Scalar, Unicode.Scalar)] = []) {
        self.entries = entries
        self.sources = sources
        self.variantPairs = variantPairs
    }

    /// Adds the index `name` (1 to 11 of `a-z0-9_-`: `surface`, `reading`, `pinyin`, `romaji`,
    /// `english`, …) mapping each key — the bytes of a folded form, as lookups will give them —
    /// to the entries listed with it. Pairs may come in any order and repeat; empty keys are
    /// skipped (they would match everywhere). Each key's entries are stored ascending, so an
    /// entry order chosen by the caller (say, common words first) carries through to lookups.
    public mutating func addIndex(named name: String, keys: [(key: [UInt8], entry: Int)]) throws(DictionaryWriteError) {
        guard CompiledDictionaryLayout.isValidIndexName(name) else { throw .invalidIndexName(name) }
        guard !indexes.contains(where: { $0.name == name }) else { throw .duplicateIndex(name) }
        guard entries.count < Int(CompiledDictionaryLayout.singleEntryFlag) else {
            throw .tooLarge("\(entries.count) entries exceed 2^31")
        }
        let built = try IndexKeyGrouping.build(name: name, pairs: keys, entryCount: entries.count)
        indexes.append((name, built.trie, built.postings))
    }

    /// The complete file contents.
    public func serialized() throws(DictionaryWriteError) -> [UInt8] {
        typealias L = CompiledDictionaryLayout
        guard entries.count <= Int(UInt32.max) else { throw .tooLarge("\(entries.count) entries") }

        // Entry table and pool; each distinct source name and note is stored once.
        var table: [UInt8] = []
        table.reserveCapacity(entries.count * L.entryRecordSize)
        var pool: [UInt8] = []
        var sourceIndexes: [String: Int] = [:]
        var sourceNames: [String] = []
        var noteOffsets: [String: Int] = [:]
        var notes: [UInt8] = []
        for entry in entries {
            let sourceIndex: Int
            if let known = sourceIndexes[entry.source] {
                sourceIndex = known
            } else {
                guard sourceNames.count < 256 else { throw .tooLarge("more than 256 source names") }
                sourceIndex = sourceNames.count
                sourceIndexes[entry.source] = sourceIndex
                sourceNames.append(entry.source)
            }
            var noteOffset: Int?
            if let note = entry.note {
                if let known = noteOffsets[note] {
                    noteOffset = known
                } else {
                    noteOffset = notes.count
                    noteOffsets[note] = notes.count
                    notes.appendVarintString(note)
                }
            }
            let number = EntryBinaryCoding.numericID(entry.id, source: entry.source)
            let bodyOffset = pool.count
            EntryBinaryCoding.appendBody(of: entry, numericID: number, noteOffset: noteOffset, to: &pool)
            guard pool.count <= Int(UInt32.max) else { throw .tooLarge("the string pool exceeds 4 GiB") }
            table.appendLittleEndian(UInt32(bodyOffset))
            table.append(UInt8(sourceIndex))
            table.append(EntryBinaryCoding.code(of: entry.language))
            table.append(EntryBinaryCoding.code(of: entry.kind))
            table.append(EntryBinaryCoding.flags(of: entry, numericID: number != nil))
        }
        var names: [UInt8] = []
        names.appendVarint(sourceNames.count)
        for name in sourceNames { names.appendVarintString(name) }
        var variantWords: [UInt32] = []
        for (variant, traditional) in variantPairs { variantWords += [variant.value, traditional.value] }
        var variantBytes: [UInt8] = []
        variantBytes.appendWords(variantWords)

        var sections: [(name: String, bytes: [UInt8])] = [
            (L.entriesSection, table), (L.poolSection, pool), (L.sourceNamesSection, names), (L.notesSection, notes),
        ]
        if !variantBytes.isEmpty { sections.append((L.variantsSection, variantBytes)) }
        for index in indexes {
            var trie: [UInt8] = []
            trie.appendWords(index.trie)
            var postings: [UInt8] = []
            postings.appendWords(index.postings)
            sections.append((L.triePrefix + index.name, trie))
            sections.append((L.postingsPrefix + index.name, postings))
        }

        var sourceBytes: [UInt8] = []
        for source in sources {
            sourceBytes.appendU32String(source.name)
            sourceBytes.appendU32String(source.version)
            sourceBytes.appendU32String(source.licence)
            sourceBytes.appendLittleEndian(UInt64(max(0, source.entryCount)))
            sourceBytes.appendLittleEndian(UInt64(max(0, source.skippedLines)))
        }
        var headerLength = L.fixedHeaderSize + sections.count * L.sectionRecordSize + sourceBytes.count
        headerLength = (headerLength + L.alignment - 1) / L.alignment * L.alignment
        guard headerLength <= L.maxHeaderLength else { throw .tooLarge("the header exceeds \(L.maxHeaderLength) bytes") }

        var offsets: [Int] = []
        var end = headerLength
        for section in sections {
            offsets.append(end)
            end += (section.bytes.count + L.alignment - 1) / L.alignment * L.alignment
        }

        var file: [UInt8] = []
        file.reserveCapacity(end)
        file.append(contentsOf: L.magic)
        file.appendLittleEndian(L.formatVersion)
        file.appendLittleEndian(UInt32(headerLength))
        file.appendLittleEndian(UInt64(end))
        file.appendLittleEndian(UInt64(0))  // body checksum, filled in below
        file.appendLittleEndian(UInt64(0))  // header checksum, filled in below
        file.appendLittleEndian(UInt32(entries.count))
        file.appendLittleEndian(UInt32(sections.count))
        file.appendLittleEndian(UInt32(sources.count))
        file.appendLittleEndian(UInt32(0))
        file.appendLittleEndian(UInt64(0))
        for (section, offset) in zip(sections, offsets) {
            var name = Array(section.name.utf8)
            name += repeatElement(0, count: L.sectionNameSize - name.count)
            file.append(contentsOf: name)
            file.appendLittleEndian(UInt64(offset))
            file.appendLittleEndian(UInt64(section.bytes.count))
        }
        file.append(contentsOf: sourceBytes)
        file.padToMultiple(of: L.alignment)
        for section in sections {
            file.append(contentsOf: section.bytes)
            file.padToMultiple(of: L.alignment)
        }
        let bodyChecksum = file.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[headerLength...])) }
        file.storeLittleEndian(bodyChecksum, at: L.bodyChecksumOffset)
        let headerChecksum = file.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[..<headerLength])) }
        file.storeLittleEndian(headerChecksum, at: L.headerChecksumOffset)
        return file
    }

    /// Writes the file to `url` atomically: into a temporary file in the same folder, synced,
    /// then renamed over `url`, so a failure never leaves a partial or clobbered dictionary.
    public func write(to url: URL) throws(DictionaryWriteError) {
        let bytes = try serialized()
        try Self.writeAtomically(bytes, to: url.path)
    }

    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(DictionaryWriteError) {
        func reason() -> String { String(cString: strerror(errno)) }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: reason()) }
        var failure: DictionaryWriteError?
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .io(path: path, reason: "write: \(reason())")
                    return
                }
                written += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = .io(path: path, reason: "fsync: \(reason())") }
        if close(fd) != 0, failure == nil { failure = .io(path: path, reason: "close: \(reason())") }
        if failure == nil, rename(temporary, path) != 0 { failure = .io(path: path, reason: "rename: \(reason())") }
        if let failure {
            unlink(temporary)
            throw failure
        }
        // Make the rename itself durable; a failure here loses nothing already written.
        let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
