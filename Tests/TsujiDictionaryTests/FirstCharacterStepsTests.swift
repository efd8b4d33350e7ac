import Testing
@testable import TsujiDictionary
import TsujiTestSupport

/// A prefix search that starts from the first-character table must report exactly what the
/// plain walk reports: same lengths, same values, same order, at every position of any text
/// (ill-formed UTF-8, two-byte characters, leaves met inside a character, the empty key). The
/// longest search (with and without the table) must find the last key of the plain walk that
/// ends where allowed.
@Suite struct FirstCharacterStepsTests {
    /// Pieces of test texts beyond the keys' own: a two-byte character, a four-byte one, an
    /// overlong sequence, stray continuation and truncated lead bytes.
    static let extraPieces: [[UInt8]] = [
        Array("é".utf8), Array("😀".utf8), [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xE3, 0x81], [0xE9],
    ]

    static func calls(_ search: (_ body: (Int, UInt32) -> Void) -> Void) -> [PrefixMatch] {
        var found: [PrefixMatch] = []
        search { found.append(PrefixMatch(length: $0, value: $1)) }
        return found
    }

    static func expectSameAsPlainWalk(_ trie: DoubleArrayTrie, texts: [[UInt8]]) throws {
        let storage = try #require(trie.view.makeFirstCharacterSteps())
        let scanner = SurfaceScanner(trie: trie)
        var rng = SplitMix64(state: UInt64(texts.count))
        for text in texts {
            // Where keys may end: everywhere, nowhere, and at random.
            let allowedMaps: [[Bool]] = [
                Array(repeating: true, count: text.count + 1), Array(repeating: false, count: text.count + 1),
                (0...text.count).map { _ in Bool.random(using: &rng) },
            ]
            text.withUnsafeBufferPointer { bytes in
                for start in 0...bytes.count {
                    let plain = calls { trie.commonPrefixSearchUTF8(in: bytes, from: start, $0) }
                    // The longest search is the last key the plain walk reports that ends where allowed.
                    for allowed in allowedMaps {
                        let expected = plain.last { allowed[start + $0.length] && $0.length > 0 }
                        allowed.withUnsafeBufferPointer { flags in
                            let ends = flags.baseAddress!
                            #expect(trie.view.longestPrefixUTF8(in: bytes, from: start, steps: nil, allowedEnds: ends) == expected,
                                    "plain: text \(text) from \(start), allowed \(allowed)")
                            #expect(trie.view.longestPrefixUTF8(in: bytes, from: start, steps: storage.steps, allowedEnds: ends) == expected,
                                    "stepped: text \(text) from \(start), allowed \(allowed)")
                            withExtendedLifetime(scanner) {
                                #expect(scanner.unsafeProbe.longestPrefix(in: bytes, from: start, allowedEnds: ends) == expected)
                            }
                        }
                    }
                    let stepped = calls { trie.view.commonPrefixSearchUTF8(in: bytes, from: start, steps: storage.steps, $0) }
                    #expect(stepped == plain, "text \(text) from \(start)")
                    withExtendedLifetime(scanner) {
                        let probed = calls { scanner.unsafeProbe.forEachPrefix(in: bytes, from: start, $0) }
                        #expect(probed == plain, "scanner: text \(text) from \(start)")
                    }
                }
            }
        }
    }

    @Test(arguments: [(1, 4000), (2, 4000), (3, 30), (4, 3)])
    func agreesWithThePlainWalk(seed: UInt64, keys: Int) throws {
        var rng = SplitMix64(state: seed)
        // Seed 1 stores the empty key (the table is then bypassed); small tries have leaves
        // high up, met in the middle of a first character.
        let reference = randomReference(count: keys, maxPieces: 6, allowEmpty: seed == 1, using: &rng)
        let trie = try buildTrie(reference)
        var texts: [[UInt8]] = []
        for _ in 0..<150 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 0...10, using: &rng) {
                text += Bool.random(using: &rng) ? keyPieces.randomElement(using: &rng)! : Self.extraPieces.randomElement(using: &rng)!
            }
            texts.append(text)
        }
        // Stored keys themselves, and keys cut inside their last character.
        for key in reference.keys.prefix(200) {
            texts.append(key)
            if key.count > 1 { texts.append(Array(key.dropLast())) }
        }
        try Self.expectSameAsPlainWalk(trie, texts: texts)
    }

    @Test func singleCharacterKeysComeFromTheTable() throws {
        let trie = try buildTrie([Array("通".utf8): 5, Array("通義".utf8): 6, Array("a".utf8): 7])
        let storage = try #require(trie.view.makeFirstCharacterSteps())
        let text = Array("通義a義".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(Self.calls { trie.view.commonPrefixSearchUTF8(in: bytes, from: 0, steps: storage.steps, $0) }
                == [PrefixMatch(length: 3, value: 5), PrefixMatch(length: 6, value: 6)])
            #expect(Self.calls { trie.view.commonPrefixSearchUTF8(in: bytes, from: 6, steps: storage.steps, $0) }
                == [PrefixMatch(length: 1, value: 7)])
            // 義 starts no key: nothing, without walking.
            #expect(Self.calls { trie.view.commonPrefixSearchUTF8(in: bytes, from: 7, steps: storage.steps, $0) }.isEmpty)
        }
        #expect(storage.steps.nodes[0x901A] & FirstCharacterSteps.hasValue != 0)  // 通 alone is a key
        #expect(storage.steps.nodes[0x901B] == 0)
    }
}
