import Foundation
import Testing
import TsujiAnnotate
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport
import TsujiText

/// A flipped byte in a postings list's length stays local (issue 22, row 1): the damaged key
/// matches nothing, every other key answers as before, and annotating a short text reads a
/// bounded number of entries. Before, the list ran on through the lists after it, and one
/// three-byte input made the classifier merge every entry of 100,000 of them.
@Suite struct DamagedPostingsTests {
    typealias L = CompiledDictionaryLayout
    static let fillerKeys = 2000

    /// かね, the written form of two EDICT entries (the last two), then き0 … き1999, each the
    /// written form of two CC-CEDICT entries: かね's list comes first in the surface postings
    /// (か sorts before き), and 2,000 lists of two follow it.
    static func dictionaryBytes() throws -> [UInt8] {
        var entries: [Entry] = []
        for number in 0..<fillerKeys {
            for sense in 0..<2 {
                entries.append(Entry(
                    id: "filler:\(number).\(sense)", source: DictionarySource.cedict.name, language: .zh, kind: .place,
                    japanese: ["き\(number)"], traditional: ["き\(number)"], pinyin: ["Jī"],
                    english: ["filler \(number)", "filler sense \(sense)"]))
            }
        }
        for sense in 0..<2 {
            entries.append(Entry(id: "kane:\(sense)", source: DictionarySource.edict.name, language: .ja, kind: .word,
                                 japanese: ["かね"], readings: ["かね"], english: ["money \(sense)"]))
        }
        let keys = IndexKeys()
        var writer = CompiledDictionaryWriter(entries: entries, sources: [])
        var pairs: [(key: [UInt8], entry: Int)] = []
        for (index, entry) in entries.enumerated() {
            for key in Set(keys.keys(for: entry, in: .surface)) { pairs.append((Array(key.utf8), index)) }
        }
        try writer.addIndex(named: IndexKind.surface.rawValue, keys: pairs)
        return try writer.serialized()
    }

    /// The byte offset of a section, read from the header's section directory.
    static func sectionOffset(_ name: String, in bytes: [UInt8]) -> Int? {
        func u64(_ at: Int) -> Int { (0..<8).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        let count = Int(bytes[L.sectionCountOffset]) | Int(bytes[L.sectionCountOffset + 1]) << 8
        for number in 0..<count {
            let record = L.fixedHeaderSize + number * L.sectionRecordSize
            let nameBytes = bytes[record..<(record + L.sectionNameSize)].prefix { $0 != 0 }
            if String(decoding: nameBytes, as: UTF8.self) == name { return u64(record + L.sectionNameSize) }
        }
        return nil
    }

    /// Where the count word of `key`'s postings list lies in the file.
    static func countByte(of key: String, in bytes: [UInt8]) throws -> Int {
        let dictionary = try CompiledDictionary(bytes: bytes, name: "healthy")
        let index = try #require(dictionary.index(named: IndexKind.surface.rawValue))
        let value = try #require(index.trie.exactMatch(Array(IndexKeys().surface(key).utf8)))
        try #require(value & L.singleEntryFlag == 0, "\(key) has a list, not a single entry")
        let postings = try #require(sectionOffset(L.postingsPrefix + IndexKind.surface.rawValue, in: bytes))
        return postings + Int(value) * 4
    }

    static func stack(_ bytes: [UInt8], name: String) throws -> DictionaryStack {
        DictionaryStack(layers: [CompiledLayer(try CompiledDictionary(bytes: bytes, name: name))])
    }

    /// Every entry the matcher hands the classifier for `text`.
    static func hits(_ text: String, in stack: DictionaryStack) -> [DictionaryStack.Hit] {
        SurfaceMatcher(stack: stack).matches(in: TextBuffer(text, variants: stack.keys.folder)).flatMap { $0.hits(in: stack) }
    }

    @Test func aFlippedLengthByteMakesItsKeyMatchNothingAndLeavesTheOthers() throws {
        let bytes = try Self.dictionaryBytes()
        let healthy = try Self.stack(bytes, name: "healthy")
        #expect(Self.hits("かね", in: healthy).map(\.index) == [2 * Self.fillerKeys, 2 * Self.fillerKeys + 1])

        // One bit of the length's second byte: 2 becomes 2,050, which still fits in the section,
        // and every word after the list names an entry that exists.
        var damaged = bytes
        let countByte = try Self.countByte(of: "かね", in: bytes)
        #expect(damaged[countByte] == 2)
        damaged[countByte + 1] ^= 0x08
        let dictionary = try CompiledDictionary(bytes: damaged, name: "flipped")
        let index = try #require(dictionary.index(named: IndexKind.surface.rawValue))
        #expect {
            _ = try index.lookup(IndexKeys().surface("かね"))
        } throws: { error in
            guard let error = error as? DictionaryFileError, case .corrupt(let detail) = error.reason else { return false }
            return detail.contains("strictly ascending")
        }

        let stack = try Self.stack(damaged, name: "flipped")
        let hits = Self.hits("かね", in: stack)
        #expect(hits.count == 0, "the damaged key reads entries")
        #expect(stack.lookup(.surface, key: stack.keys.surface("かね")).isEmpty)
        let annotator = Annotator(stack: stack, options: .init(all: true))
        let annotations = annotator.annotate("かね")
        #expect(annotations.isEmpty, "\(annotations.first?.english.count ?? 0) English names for かね")
        // The damage stays local: the key after it answers as before.
        #expect(Self.hits("き7", in: stack).count == 2)
        #expect(annotator.annotate("き7").map(\.english) == [["filler 7", "filler sense 0"]])
    }

    /// Any bit of any list's length, flipped: the key reads at most its list and the start of
    /// the next (a run-over meets the next list's count, which breaks the ascending order).
    @Test func everyFlippedLengthBitStaysWithinItsNeighbour() throws {
        let bytes = try Self.dictionaryBytes()
        let postings = try #require(Self.sectionOffset(L.postingsPrefix + IndexKind.surface.rawValue, in: bytes))
        let lists = Self.fillerKeys + 1
        var rng = SplitMix64(state: 41)
        for _ in 0..<200 {
            let list = Int.random(in: 0..<lists, using: &rng), bit = Int.random(in: 0..<32, using: &rng)
            var damaged = bytes
            // Every list holds two entries, so list n's count is word 3n.
            let countByte = postings + list * 12
            #expect(damaged[countByte] == 2)
            damaged[countByte + bit / 8] ^= 1 << UInt8(bit % 8)
            let index = try #require(try CompiledDictionary(bytes: damaged, name: "flipped").index(named: IndexKind.surface.rawValue))
            let read = (try? index.postings(for: UInt32(list * 3)))?.count ?? 0
            #expect(read <= 3, "list \(list), bit \(bit): \(read) entries")
        }
    }
}
