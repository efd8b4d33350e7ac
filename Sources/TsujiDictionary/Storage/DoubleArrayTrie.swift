/// A read-only double-array trie over byte-string keys, each mapped to a `UInt32` value.
///
/// The serialized words are read in place (from a memory-mapped file or an owned heap copy),
/// never parsed into objects; ``TrieView`` documents the format and does every lookup. This
/// type keeps the memory alive for as long as the trie is used.
public struct DoubleArrayTrie: Sendable {
    /// The lookups, over memory that `owner` keeps alive.
    let view: TrieView
    private let owner: (any AnyObject & Sendable)?

    /// Wraps serialized trie bytes in place, without copying. `owner` is retained and must keep
    /// `bytes` valid and unchanged (a file mapping, say). Only the header and the overall size
    /// are checked here; the units are checked as they are read.
    public init(unsafeBytes bytes: UnsafeRawBufferPointer, owner: (any AnyObject & Sendable)?) throws(DoubleArrayTrieError) {
        view = try TrieView(unsafeBytes: bytes)
        self.owner = owner
    }

    /// Wraps serialized words (as ``DoubleArrayTrieBuilder/build()`` returns) for in-memory use.
    /// The words are copied once into memory the trie owns.
    public init(words: [UInt32]) throws(DoubleArrayTrieError) {
        let storage = TrieStorage(words: words)
        try self.init(unsafeBytes: UnsafeRawBufferPointer(start: storage.bytes.baseAddress, count: words.count * 4), owner: storage)
    }

    /// The number of units (nodes and holes) in the double array.
    public var unitCount: Int { view.unitCount }
    /// The number of keys stored.
    public var keyCount: Int { view.keyCount }
    /// The length in bytes of the longest key. A common-prefix search reports at most
    /// `maxKeyLength + 1` matches (one per length), which sizes a caller's match buffer.
    public var maxKeyLength: Int { view.maxKeyLength }

    /// The value of `key`, or nil when it is not a key.
    public func exactMatch(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? { view.exactMatch(key) }

    /// The value of `key`, or nil when it is not a key.
    public func exactMatch(_ key: [UInt8]) -> UInt32? { view.exactMatch(key) }

    /// Calls `body` with the length and value of every key that is a prefix of `bytes[start...]`,
    /// shortest first (the empty key, if stored, has length 0). Allocates nothing.
    public func commonPrefixSearch<E: Error>(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        _ body: (_ length: Int, _ value: UInt32) throws(E) -> Void
    ) throws(E) {
        try view.commonPrefixSearch(in: bytes, from: start, body)
    }

    /// ``commonPrefixSearch(in:from:_:)`` for keys that are UTF-8 text: a key can only end
    /// where a character ends, so the end-of-key unit is not looked up in the middle of a
    /// character (two lookups of three for kanji and kana, each a likely cache miss).
    public func commonPrefixSearchUTF8(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (_ length: Int, _ value: UInt32) -> Void
    ) {
        view.commonPrefixSearchUTF8(in: bytes, from: start, body)
    }

    /// Writes every key that is a prefix of `bytes[start...]` into `matches`, shortest first, and
    /// returns how many it wrote. Matches beyond the buffer's capacity are dropped; a buffer of
    /// `maxKeyLength + 1` holds them all.
    func commonPrefixSearch(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, into matches: UnsafeMutableBufferPointer<PrefixMatch>
    ) -> Int {
        view.commonPrefixSearch(in: bytes, from: start, into: matches)
    }

    /// Up to `limit` keys that start with `prefix` (the prefix itself included), in ascending byte
    /// order, with their values.
    public func predictiveSearch(prefix: UnsafeBufferPointer<UInt8>, limit: Int) -> [(key: [UInt8], value: UInt32)] {
        view.predictiveSearch(prefix: prefix, limit: limit)
    }

    /// Up to `limit` keys that start with `prefix`, in ascending byte order, with their values.
    public func predictiveSearch(prefix: [UInt8], limit: Int) -> [(key: [UInt8], value: UInt32)] {
        view.predictiveSearch(prefix: prefix, limit: limit)
    }
}
