import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct CompiledDictionaryTests {
    @Test func roundTripsEntriesSourcesAndIndexesThroughAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = sampleEntries(randomCount: 300, seed: 1)
        let indexes = sampleIndexes(entries)
        var writer = CompiledDictionaryWriter(entries: entries, sources: sampleSources)
        for (name, pairs) in indexes { try writer.addIndex(named: name, keys: pairs) }
        let url = folder.appendingPathComponent("full.tsujidic")
        try writer.write(to: url)
        // The temporary file was renamed, not left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["full.tsujidic"])

        let dictionary = try CompiledDictionary(contentsOf: url)
        try dictionary.verify()
        #expect(dictionary.path == url.path)
        #expect(dictionary.entryCount == entries.count)
        #expect(dictionary.sources == sampleSources)
        #expect(dictionary.indexNames == ["english", "pinyin", "reading", "romaji", "surface"])
        for (number, entry) in entries.enumerated() {
            #expect(try dictionary.entry(at: number) == entry)
        }
        #expect(try dictionary.entries(at: [2, 0]) == [entries[2], entries[0]])
        #expect(dictionary.index(named: "nonexistent") == nil)

        for (name, pairs) in indexes {
            let index = try #require(dictionary.index(named: name))
            let reference = referencePostings(pairs)
            #expect(index.keyCount == reference.count)
            for (key, expected) in reference {
                #expect(try index.lookup(key) == expected, "\(name) \(String(decoding: key, as: UTF8.self))")
            }
            #expect(try index.lookup([0xFF, 0xFE]) == [])
            #expect(try index.lookup([]) == [])
        }
    }

    @Test func lookupsByEveryForm() throws {
        let (bytes, entries, _) = try sampleFileBytes(randomCount: 0)
        let dictionary = try CompiledDictionary(bytes: bytes, name: "memory")
        let surface = try #require(dictionary.index(named: "surface"))
        func ids(_ found: [Int]) -> [String] { found.map { entries[$0].id } }
        #expect(ids(try surface.lookup("通義千問")) == ["tsuji-terms:qwen"])
        #expect(ids(try surface.lookup("通义千问")) == ["tsuji-terms:qwen"])
        #expect(ids(try surface.lookup("騰訊")) == ["tsuji-terms:tencent"])
        #expect(ids(try surface.lookup("阿里巴巴")) == ["tsuji-terms:alibaba"])
        #expect(try surface.lookup("通義") == [])
        #expect(ids(try dictionary.index(named: "reading")!.lookup("テンセント")) == ["tsuji-terms:tencent"])
        #expect(ids(try dictionary.index(named: "pinyin")!.lookup("tōngyì qiānwèn")) == ["tsuji-terms:qwen"])
        let english = try #require(dictionary.index(named: "english"))
        #expect(ids(try english.lookup("alibaba")) == ["tsuji-terms:alibaba"])
        #expect(ids(try english.lookup("alibaba group")) == ["tsuji-terms:alibaba"])
        #expect(ids(try english.lookup("qwen")) == ["tsuji-terms:qwen"])

        // Common prefixes of 東京都 in the surface index: 東 then 東京, each with its entry.
        let text = Array("東京都".utf8)
        let matches = try surface.commonPrefixMatches(in: text, from: 0)
        #expect(matches.map(\.length) == [3, 6])
        #expect(matches.map { ids($0.entries) } == [["edict:2"], ["edict:1"]])
        #expect(try surface.commonPrefixMatches(in: text, from: 3).isEmpty)

        // The allocation-free form, from a position inside a sentence.
        let sentence = Array("昨日、騰訊が".utf8)
        var found: [(Int, [Int])] = []
        try sentence.withUnsafeBufferPointer { buffer in
            try surface.commonPrefixMatches(in: buffer, from: 9) { length, entries in found.append((length, Array(entries))) }
        }
        #expect(found.count == 1)
        #expect(found.first?.0 == 6)
        #expect(found.first.map { ids($0.1) } == ["tsuji-terms:tencent"])

        let predicted = try english.predictive(prefix: "alibaba", limit: 10)
        #expect(predicted.map { String(decoding: $0.key, as: UTF8.self) } == ["alibaba", "alibaba group"])
        #expect(try english.predictive(prefix: "alibaba", limit: 1).count == 1)
        #expect(try english.predictive(prefix: "zzz", limit: 10).isEmpty)
    }

    @Test func keysSharedByManyEntriesListThemAll() throws {
        let entries = (0..<40).map { Entry(id: "e:\($0)", source: "s", language: .ja, kind: .word, japanese: ["語"]) }
        var writer = CompiledDictionaryWriter(entries: entries, sources: [])
        // Shuffled, repeated pairs; the empty key is skipped.
        var pairs: [(key: [UInt8], entry: Int)] = entries.indices.reversed().map { (Array("語".utf8), $0) }
        pairs += [(Array("語".utf8), 5), ([], 3), (Array("語彙".utf8), 7)]
        try writer.addIndex(named: "surface", keys: pairs)
        let dictionary = try CompiledDictionary(bytes: try writer.serialized(), name: "memory")
        let surface = try #require(dictionary.index(named: "surface"))
        #expect(try surface.lookup("語") == Array(0..<40))
        #expect(try surface.lookup("語彙") == [7])
        #expect(try surface.lookup([]) == [])
        #expect(surface.keyCount == 2)
        let predicted = try surface.predictive(prefix: "語", limit: 5)
        #expect(predicted.map(\.entries) == [Array(0..<40), [7]])
    }

    @Test func predictiveAgreesWithReference() throws {
        let (bytes, _, indexes) = try sampleFileBytes(randomCount: 400, seed: 3)
        let dictionary = try CompiledDictionary(bytes: bytes, name: "memory")
        for (name, pairs) in indexes {
            let index = try #require(dictionary.index(named: name))
            let reference = referencePostings(pairs)
            let keys = reference.keys.sorted { $0.lexicographicallyPrecedes($1) }
            for key in keys.prefix(60) {
                for prefix in [Array(key.prefix(1)), Array(key.prefix(4)), key] {
                    let expected = keys.filter { $0.starts(with: prefix) }.prefix(25)
                    let found = try index.predictive(prefix: prefix, limit: 25)
                    #expect(found.map(\.key) == Array(expected))
                    #expect(found.map(\.entries) == expected.map { reference[$0]! })
                }
            }
        }
    }

    @Test func emptyDictionaryRoundTrips() throws {
        let bytes = try CompiledDictionaryWriter(entries: [], sources: []).serialized()
        let dictionary = try CompiledDictionary(bytes: bytes, name: "empty")
        try dictionary.verify()
        #expect(dictionary.entryCount == 0)
        #expect(dictionary.sources.isEmpty)
        #expect(dictionary.indexNames.isEmpty)
    }

    @Test func writerRefusesBadIndexes() throws {
        let entries = sampleEntries(randomCount: 0, seed: 0)
        var writer = CompiledDictionaryWriter(entries: entries, sources: [])
        #expect(throws: DictionaryWriteError.invalidIndexName("Surface")) { try writer.addIndex(named: "Surface", keys: []) }
        #expect(throws: DictionaryWriteError.invalidIndexName("")) { try writer.addIndex(named: "", keys: []) }
        #expect(throws: DictionaryWriteError.invalidIndexName("twelve-chars")) { try writer.addIndex(named: "twelve-chars", keys: []) }
        #expect(throws: DictionaryWriteError.entryOutOfRange(index: "surface", pair: 1, entry: entries.count)) {
            try writer.addIndex(named: "surface", keys: [([0x61], 0), ([0x62], entries.count)])
        }
        #expect(throws: DictionaryWriteError.entryOutOfRange(index: "surface", pair: 0, entry: -1)) {
            try writer.addIndex(named: "surface", keys: [([0x61], -1)])
        }
        try writer.addIndex(named: "surface", keys: [([0x61], 0)])
        #expect(throws: DictionaryWriteError.duplicateIndex("surface")) { try writer.addIndex(named: "surface", keys: []) }
    }

    @Test func replacingAFileLeavesAnOpenDictionaryReadable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("d.tsujidic")
        let first = sampleEntries(randomCount: 5, seed: 1), second = sampleEntries(randomCount: 5, seed: 2)
        try CompiledDictionaryWriter(entries: first, sources: []).write(to: url)
        let opened = try CompiledDictionary(contentsOf: url)
        try CompiledDictionaryWriter(entries: second, sources: []).write(to: url)
        #expect(try opened.entry(at: 8) == first[8])
        #expect(try CompiledDictionary(contentsOf: url).entry(at: 8) == second[8])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["d.tsujidic"])
    }

    @Test func writeIntoAMissingFolderFailsCleanly() throws {
        let url = URL(fileURLWithPath: "/nonexistent-tsuji-folder/d.tsujidic")
        #expect {
            try CompiledDictionaryWriter(entries: [], sources: []).write(to: url)
        } throws: { error in
            // The message names the dictionary the user asked for, not its temporary file.
            guard case .cannotCreate(let path, _) = error as? DictionaryWriteError else { return false }
            return path == url.path
        }
    }
}
