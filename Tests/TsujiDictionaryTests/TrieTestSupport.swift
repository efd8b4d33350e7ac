@testable import TsujiDictionary
import TsujiTestSupport

/// Pieces that random keys are made of: single bytes including the extremes 0x00 and 0xFF, and
/// UTF-8 of kana, kanji and Latin, so that keys share prefixes and split inside a character.
let keyPieces: [[UInt8]] = [
    [0x00], [0xFF], [0x61], [0x62], [0x63], [0x7F], [0x80],
    Array("あ".utf8), Array("い".utf8), Array("ア".utf8), Array("通".utf8), Array("義".utf8),
    Array("千".utf8), Array("問".utf8), Array("阿".utf8), Array("qwen".utf8), Array(" ".utf8),
]

/// A random key of 0 to `maxPieces` pieces.
func randomKey(maxPieces: Int, using rng: inout SplitMix64) -> [UInt8] {
    var key: [UInt8] = []
    for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
        key += keyPieces.randomElement(using: &rng)!
    }
    return key
}

/// A reference map of `count` distinct random keys (the empty key only when `allowEmpty`).
func randomReference(count: Int, maxPieces: Int, allowEmpty: Bool, using rng: inout SplitMix64) -> [[UInt8]: UInt32] {
    var reference: [[UInt8]: UInt32] = [:]
    var attempts = 0
    while reference.count < count && attempts < count * 50 {
        attempts += 1
        let key = randomKey(maxPieces: maxPieces, using: &rng)
        if key.isEmpty && !allowEmpty { continue }
        reference[key] = UInt32.random(in: 0...UInt32.max, using: &rng)
    }
    return reference
}

/// Builds a trie from a reference map, keys sorted as the builder requires.
func buildTrie(_ reference: [[UInt8]: UInt32]) throws -> DoubleArrayTrie {
    var builder = DoubleArrayTrieBuilder()
    for key in reference.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
        try builder.append(key, value: reference[key]!)
    }
    return try builder.buildTrie()
}

/// Every (length, value) the reference says is a prefix of `bytes[start...]`, shortest first.
func expectedPrefixMatches(_ reference: [[UInt8]: UInt32], _ bytes: [UInt8], from start: Int) -> [PrefixMatch] {
    (0...(bytes.count - start)).compactMap { length in
        reference[Array(bytes[start..<(start + length)])].map { PrefixMatch(length: length, value: $0) }
    }
}

func prefixMatches(_ trie: DoubleArrayTrie, _ bytes: [UInt8], from start: Int) -> [PrefixMatch] {
    var found: [PrefixMatch] = []
    bytes.withUnsafeBufferPointer { buffer in
        trie.commonPrefixSearch(in: buffer, from: start) { length, value in
            found.append(PrefixMatch(length: length, value: value))
        }
    }
    return found
}
