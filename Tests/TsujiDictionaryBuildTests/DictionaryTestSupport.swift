import Foundation
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// Hand-written entries with every field used, plus random ones with awkward strings.
func sampleEntries(randomCount: Int, seed: UInt64) -> [Entry] {
    var entries = [
        Entry(
            id: "tsuji-terms:qwen", source: "tsuji-terms", language: .zh, kind: .product,
            japanese: ["通義千問"], traditional: ["通義千問"], simplified: ["通义千问"],
            readings: ["つうぎせんもん"], pinyin: ["Tōngyì Qiānwèn"], english: ["Qwen", "Tongyi Qianwen"],
            note: "Alibaba's large language model", isCommon: true
        ),
        Entry(
            id: "tsuji-terms:alibaba", source: "tsuji-terms", language: .zh, kind: .company,
            japanese: ["アリババ"], traditional: ["阿里巴巴"], simplified: ["阿里巴巴"],
            readings: ["アリババ"], pinyin: ["Ālǐbābā"], english: ["Alibaba", "Alibaba Group"]
        ),
        Entry(
            id: "tsuji-terms:tencent", source: "tsuji-terms", language: .zh, kind: .company,
            japanese: ["テンセント"], traditional: ["騰訊"], simplified: ["腾讯"],
            readings: ["テンセント"], pinyin: ["Téngxùn"], english: ["Tencent"]
        ),
        Entry(id: "edict:1", source: "edict", language: .ja, kind: .word, japanese: ["東京"], readings: ["とうきょう"], english: ["Tokyo"], isCommon: true),
        Entry(id: "edict:2", source: "edict", language: .ja, kind: .word, japanese: ["東"], readings: ["ひがし"], english: ["east"]),
        Entry(id: "empty:0", source: "", language: .ja, kind: .character),
        Entry(id: "", source: "edict", language: .zh, kind: .name, note: ""),
    ]
    var rng = SplitMix64(state: seed)
    let pieces = ["通", "義", "ア", "リ", "バ", "e\u{301}", "𠮷", "👨‍👩‍👧", "a", "Z", " ", "'", "\"", "\t", "\\", "\u{0}", "ā", "ǜ"]
    func text(_ maxPieces: Int) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }
    func list() -> [String] { (0..<Int.random(in: 0...3, using: &rng)).map { _ in text(6) } }
    for number in 0..<randomCount {
        entries.append(Entry(
            id: "random:\(number)", source: ["cc-cedict", "edict", "enamdict", "unihan"].randomElement(using: &rng)!,
            language: TermLanguage.allCases.randomElement(using: &rng)!, kind: TermKind.allCases.randomElement(using: &rng)!,
            japanese: list(), traditional: list(), simplified: list(), readings: list(), pinyin: list(), english: list(),
            note: Bool.random(using: &rng) ? text(10) : nil, isCommon: Bool.random(using: &rng)
        ))
    }
    return entries
}

/// The five standard indexes, with simple keys (lowercased UTF-8; folding is not tested here).
func sampleIndexes(_ entries: [Entry]) -> [String: [(key: [UInt8], entry: Int)]] {
    var indexes: [String: [(key: [UInt8], entry: Int)]] = [:]
    for (number, entry) in entries.enumerated() {
        for form in entry.headwords { indexes["surface", default: []].append((Array(form.utf8), number)) }
        for reading in entry.readings { indexes["reading", default: []].append((Array(reading.utf8), number)) }
        for pinyin in entry.pinyin {
            indexes["pinyin", default: []].append((Array(pinyin.lowercased().utf8), number))
            // A repeated pair: the writer must store the entry once.
            indexes["pinyin", default: []].append((Array(pinyin.lowercased().utf8), number))
        }
        for english in entry.english {
            let phrase = english.lowercased()
            indexes["english", default: []].append((Array(phrase.utf8), number))
            for word in phrase.split(separator: " ") where word != Substring(phrase) {
                indexes["english", default: []].append((Array(word.utf8), number))
            }
        }
        indexes["romaji", default: []].append((Array(entry.id.utf8), number))
    }
    return indexes
}

/// What each index must answer: key → ascending distinct entry indexes (empty keys dropped).
func referencePostings(_ pairs: [(key: [UInt8], entry: Int)]) -> [[UInt8]: [Int]] {
    var reference: [[UInt8]: Set<Int>] = [:]
    for pair in pairs where !pair.key.isEmpty { reference[pair.key, default: []].insert(pair.entry) }
    return reference.mapValues { $0.sorted() }
}

let sampleSources = [
    SourceInfo(name: "tsuji-terms", version: "2026-01", licence: "CC BY-SA 4.0", entryCount: 3),
    SourceInfo(name: "edict", version: "2024.01.01-1", licence: "CC BY-SA 4.0", entryCount: 2, skippedLines: 17),
    SourceInfo(name: "ユニコード", version: "", licence: "Unicode", entryCount: 0, skippedLines: 0),
]

func sampleFileBytes(randomCount: Int = 200, seed: UInt64 = 7) throws -> (bytes: [UInt8], entries: [Entry], indexes: [String: [(key: [UInt8], entry: Int)]]) {
    let entries = sampleEntries(randomCount: randomCount, seed: seed)
    let indexes = sampleIndexes(entries)
    var writer = CompiledDictionaryWriter(entries: entries, sources: sampleSources)
    for (name, pairs) in indexes.sorted(by: { $0.key < $1.key }) { try writer.addIndex(named: name, keys: pairs) }
    return (try writer.serialized(), entries, indexes)
}

/// A fresh empty folder under the system temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-dict-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Recomputes both checksums, so that damage inside the file passes them and reaches the
/// structural checks and the readers.
func resealed(_ bytes: [UInt8]) -> [UInt8] {
    typealias L = CompiledDictionaryLayout
    var bytes = bytes
    guard bytes.count >= L.fixedHeaderSize else { return bytes }
    let headerLength = bytes.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: L.headerLengthOffset, as: UInt32.self))) }
    guard headerLength >= L.fixedHeaderSize, headerLength <= bytes.count else { return bytes }
    let body = bytes.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[headerLength...])) }
    bytes.storeLittleEndian(body, at: L.bodyChecksumOffset)
    bytes.storeLittleEndian(UInt64(0), at: L.headerChecksumOffset)
    let header = bytes.withUnsafeBytes { Checksum.fnv1a64Lanes(UnsafeRawBufferPointer(rebasing: $0[..<headerLength])) }
    bytes.storeLittleEndian(header, at: L.headerChecksumOffset)
    return bytes
}

/// Runs every read the API offers over an opened (possibly damaged) dictionary. Errors are
/// fine; the point is that none of it crashes or hangs.
func exerciseEverything(_ dictionary: CompiledDictionary, probes: [[UInt8]]) {
    for index in 0..<dictionary.entryCount { _ = try? dictionary.entry(at: index) }
    for name in dictionary.indexNames {
        guard let index = dictionary.index(named: name) else { continue }
        for probe in probes {
            _ = try? index.lookup(probe)
            _ = try? index.commonPrefixMatches(in: probe + probe, from: 0)
            _ = try? index.predictive(prefix: Array(probe.prefix(2)), limit: 50)
        }
        _ = try? index.predictive(prefix: [], limit: 200)
    }
}
