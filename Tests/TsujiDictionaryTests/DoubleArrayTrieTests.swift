import Testing
@testable import TsujiDictionary
import TsujiTestSupport

@Suite struct DoubleArrayTrieTests {
    @Test(arguments: [1, 2, 3])
    func exactMatchAgreesWithReference(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        let reference = randomReference(count: 4000, maxPieces: 8, allowEmpty: seed != 2, using: &rng)
        let trie = try buildTrie(reference)
        #expect(trie.keyCount == reference.count)
        #expect(trie.maxKeyLength == reference.keys.map(\.count).max())
        for (key, value) in reference {
            #expect(trie.exactMatch(key) == value, "key \(key)")
        }
        // Missing keys: random ones, proper prefixes and extensions of stored keys.
        var probes: [[UInt8]] = (0..<4000).map { _ in randomKey(maxPieces: 9, using: &rng) }
        for key in reference.keys.prefix(1000) {
            if !key.isEmpty { probes.append(Array(key.dropLast())) }
            probes.append(key + [0x61])
            probes.append(key + [0x00])
        }
        for probe in probes {
            #expect(trie.exactMatch(probe) == reference[probe], "probe \(probe)")
        }
    }

    @Test func emptyKeyIsStoredOnlyWhenAdded() throws {
        let without = try buildTrie([[0x61]: 1, [0x61, 0x62]: 2])
        #expect(without.exactMatch([]) == nil)
        #expect(prefixMatches(without, [0x61, 0x62, 0x63], from: 0) == [PrefixMatch(length: 1, value: 1), PrefixMatch(length: 2, value: 2)])

        let with = try buildTrie([[]: 7, [0x61]: 1])
        #expect(with.exactMatch([]) == 7)
        #expect(prefixMatches(with, [0x61], from: 0) == [PrefixMatch(length: 0, value: 7), PrefixMatch(length: 1, value: 1)])
        #expect(prefixMatches(with, [0x62], from: 0) == [PrefixMatch(length: 0, value: 7)])
        #expect(prefixMatches(with, [0x61], from: 1) == [PrefixMatch(length: 0, value: 7)])
        #expect(with.predictiveSearch(prefix: [], limit: 10).map(\.key) == [[], [0x61]])
    }

    @Test func emptyAndSingleKeyTries() throws {
        let empty = try DoubleArrayTrieBuilder().buildTrie()
        #expect(empty.keyCount == 0)
        #expect(empty.exactMatch([]) == nil)
        #expect(empty.exactMatch([0x61]) == nil)
        #expect(prefixMatches(empty, [0x61, 0x62], from: 0).isEmpty)
        #expect(empty.predictiveSearch(prefix: [], limit: 5).isEmpty)

        let single = try buildTrie([Array("通義千問".utf8): 42])
        #expect(single.exactMatch(Array("通義千問".utf8)) == 42)
        #expect(single.exactMatch(Array("通義".utf8)) == nil)
        #expect(single.exactMatch(Array("通義千問です".utf8)) == nil)
        #expect(prefixMatches(single, Array("「通義千問」".utf8), from: 3) == [PrefixMatch(length: 12, value: 42)])
        #expect(prefixMatches(single, Array("通義千".utf8), from: 0).isEmpty)
        #expect(single.predictiveSearch(prefix: Array("通義".utf8), limit: 5).map(\.value) == [42])
        #expect(single.predictiveSearch(prefix: Array("通義千問".utf8), limit: 5).map(\.value) == [42])
        #expect(single.predictiveSearch(prefix: Array("通義千問だ".utf8), limit: 5).isEmpty)
        #expect(single.predictiveSearch(prefix: Array("義".utf8), limit: 5).isEmpty)
    }

    @Test(arguments: [11, 12])
    func commonPrefixSearchAgreesWithReference(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        let reference = randomReference(count: 3000, maxPieces: 5, allowEmpty: seed == 11, using: &rng)
        let trie = try buildTrie(reference)
        let keys = Array(reference.keys)
        var matches = [PrefixMatch](repeating: PrefixMatch(length: -1, value: 0), count: trie.maxKeyLength + 1)
        for _ in 0..<1500 {
            // Texts made of stored keys and random pieces, searched from every position.
            var text: [UInt8] = []
            for _ in 0..<3 {
                text += Bool.random(using: &rng) ? keys.randomElement(using: &rng)! : randomKey(maxPieces: 2, using: &rng)
            }
            for start in stride(from: 0, through: text.count, by: max(1, text.count / 6)) {
                let expected = expectedPrefixMatches(reference, text, from: start)
                #expect(prefixMatches(trie, text, from: start) == expected, "text \(text) from \(start)")
                let written = text.withUnsafeBufferPointer { bytes in
                    matches.withUnsafeMutableBufferPointer { trie.commonPrefixSearch(in: bytes, from: start, into: $0) }
                }
                #expect(Array(matches[0..<written]) == expected)
            }
        }
    }

    @Test func prefixSearchIntoSmallBufferKeepsTheShortest() throws {
        let trie = try buildTrie([[0x61]: 1, [0x61, 0x61]: 2, [0x61, 0x61, 0x61]: 3])
        var matches = [PrefixMatch](repeating: PrefixMatch(length: 0, value: 0), count: 2)
        let written = [UInt8](repeating: 0x61, count: 5).withUnsafeBufferPointer { bytes in
            matches.withUnsafeMutableBufferPointer { trie.commonPrefixSearch(in: bytes, from: 0, into: $0) }
        }
        #expect(written == 2)
        #expect(matches == [PrefixMatch(length: 1, value: 1), PrefixMatch(length: 2, value: 2)])
    }

    @Test(arguments: [21, 22])
    func predictiveSearchAgreesWithReference(seed: UInt64) throws {
        var rng = SplitMix64(state: seed)
        let reference = randomReference(count: 3000, maxPieces: 6, allowEmpty: seed == 21, using: &rng)
        let trie = try buildTrie(reference)
        let sortedKeys = reference.keys.sorted(by: { $0.lexicographicallyPrecedes($1) })
        var prefixes: [[UInt8]] = [[]]
        for key in sortedKeys.shuffled(using: &rng).prefix(150) {
            prefixes.append(Array(key.prefix(Int.random(in: 0...key.count, using: &rng))))
        }
        prefixes += (0..<50).map { _ in randomKey(maxPieces: 3, using: &rng) }
        for prefix in prefixes {
            let all = sortedKeys.filter { $0.starts(with: prefix) }
            for limit in [1, 7, Int.max] {
                let found = trie.predictiveSearch(prefix: prefix, limit: limit)
                let expected = Array(all.prefix(limit))
                #expect(found.map(\.key) == expected, "prefix \(prefix) limit \(limit)")
                #expect(found.map(\.value) == expected.map { reference[$0]! })
            }
            #expect(trie.predictiveSearch(prefix: prefix, limit: 0).isEmpty)
        }
    }

    @Test func builderRejectsUnsortedAndDuplicateKeys() throws {
        var builder = DoubleArrayTrieBuilder()
        try builder.append([0x61, 0x62], value: 1)
        #expect(throws: DoubleArrayTrieError.duplicateKey(index: 1)) { try builder.append([0x61, 0x62], value: 2) }
        #expect(throws: DoubleArrayTrieError.unsortedKey(index: 1)) { try builder.append([0x61], value: 2) }
        #expect(throws: DoubleArrayTrieError.unsortedKey(index: 1)) { try builder.append([0x61, 0x61, 0xFF], value: 2) }
        try builder.append([0x61, 0x62, 0x00], value: 3)
        try builder.append([0x80], value: 4)
        #expect(builder.count == 3)
        let trie = try builder.buildTrie()
        #expect(trie.exactMatch([0x61, 0x62, 0x00]) == 3)
        #expect(trie.exactMatch([0x80]) == 4)
    }

    @Test func readsSerializedBytesInPlace() throws {
        var rng = SplitMix64(state: 5)
        let reference = randomReference(count: 500, maxPieces: 6, allowEmpty: true, using: &rng)
        var builder = DoubleArrayTrieBuilder()
        for key in reference.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            try builder.append(key, value: reference[key]!)
        }
        let words = try builder.build()
        var bytes: [UInt8] = []
        for word in words { withUnsafeBytes(of: word.littleEndian) { bytes += $0 } }
        try bytes.withUnsafeBytes { raw in
            let trie = try DoubleArrayTrie(unsafeBytes: raw, owner: nil)
            for (key, value) in reference { #expect(trie.exactMatch(key) == value) }
        }
    }

    @Test func refusesTooShortOrInconsistentHeaders() {
        #expect(throws: DoubleArrayTrieError.self) { try DoubleArrayTrie(words: []) }
        #expect(throws: DoubleArrayTrieError.self) { try DoubleArrayTrie(words: [0, 0, 0, 0]) }
        #expect(throws: DoubleArrayTrieError.self) { try DoubleArrayTrie(words: [3, 0, 0, 0, 0, 0]) }
        #expect(throws: DoubleArrayTrieError.self) { try DoubleArrayTrie(words: [1, 9, 0, 0, 0, 0xFFFF_FFFF]) }
    }

    /// Arbitrary words that pass the size checks must give answers, never a crash or a hang.
    @Test func garbageUnitsNeverCrash() throws {
        var rng = SplitMix64(state: 99)
        let reference = randomReference(count: 300, maxPieces: 5, allowEmpty: true, using: &rng)
        var builder = DoubleArrayTrieBuilder()
        for key in reference.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            try builder.append(key, value: reference[key]!)
        }
        let valid = try builder.build()
        let probes = Array(reference.keys.prefix(25)) + [[], [0x61, 0x61, 0x61, 0x61]]
        for round in 0..<150 {
            var words = valid
            let flips = round < 75 ? 1 : 20
            for _ in 0..<flips {
                let i = Int.random(in: TrieView.headerWords..<words.count, using: &rng)
                words[i] = round % 3 == 0 ? UInt32.random(in: 0...UInt32.max, using: &rng) : words[i] ^ (1 << UInt32.random(in: 0..<32, using: &rng))
            }
            // Make some nodes point at each other to try to build cycles.
            if round % 5 == 0 {
                for i in stride(from: TrieView.headerWords, to: min(words.count, 200), by: 2) where i + 1 < words.count {
                    words[i] = UInt32.random(in: 0..<16, using: &rng)
                    words[i + 1] = UInt32.random(in: 0..<16, using: &rng)
                }
            }
            let trie = try DoubleArrayTrie(words: words)
            for probe in probes {
                _ = trie.exactMatch(probe)
                _ = prefixMatches(trie, probe + probe, from: 0)
                _ = trie.predictiveSearch(prefix: Array(probe.prefix(1)), limit: 1000)
            }
        }
    }
}
