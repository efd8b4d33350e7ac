/// One named index of a ``CompiledDictionary``: a trie from keys (bytes of folded forms) to the
/// entries that have that key. Keys are matched byte for byte; folding them is the caller's job.
///
/// Lookups throw ``DictionaryFileError`` (`.corrupt`) when a stored value points outside the
/// postings, names an entry that does not exist, or makes a list that is not strictly ascending —
/// only a damaged file can do that.
///
/// The ascending check bounds the damage of a flipped length or value: a list names distinct
/// entries in ascending order (the writer sorts and merges them), so it is never longer than the
/// entry count, and a list read past its end meets the next list's count, a small number that
/// breaks the order within a few words. Without it, one flipped byte of a length made a key
/// name every entry of the 100,000 lists after it.
public struct PostingsIndex: @unchecked Sendable {
    // @unchecked: `postings` points into immutable memory that `owner` keeps alive.
    /// The index name (`surface`, `reading`, `pinyin`, `romaji`, `english`, …).
    public let name: String
    let trie: DoubleArrayTrie
    private let postings: UnsafeRawPointer?
    private let postingsWordCount: Int
    /// The file offset of the postings section, for error messages.
    private let postingsFileOffset: Int
    private let entryCount: Int
    private let path: String
    private let owner: AnyObject?

    init(
        name: String, trie: DoubleArrayTrie, postings: UnsafeRawBufferPointer, postingsFileOffset: Int,
        entryCount: Int, path: String, owner: AnyObject?
    ) {
        self.name = name
        self.trie = trie
        self.postings = postings.baseAddress
        self.postingsWordCount = postings.count / 4
        self.postingsFileOffset = postingsFileOffset
        self.entryCount = entryCount
        self.path = path
        self.owner = owner
    }

    /// The number of distinct keys.
    public var keyCount: Int { trie.keyCount }
    /// The longest key in bytes; a common-prefix search reports at most one match per length.
    public var maxKeyLength: Int { trie.maxKeyLength }

    private func corrupt(_ message: String) -> DictionaryFileError {
        DictionaryFileError(path: path, reason: .corrupt("index \(name): \(message)"))
    }

    @inline(__always) private func word(_ i: Int) -> Int {
        Int(UInt32(littleEndian: postings!.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
    }

    /// Where the list a (non-single) trie value points at lies: its count's word offset and its
    /// length, both checked against the section and the entry count (a list's entries are
    /// distinct).
    private func listBounds(_ value: UInt32) throws(DictionaryFileError) -> (offset: Int, count: Int) {
        let offset = Int(value)
        guard offset < postingsWordCount else {
            throw corrupt("postings offset \(offset) is past the end (\(postingsWordCount) words at byte \(postingsFileOffset))")
        }
        let count = word(offset)
        guard count >= 1, count <= entryCount, count <= postingsWordCount - offset - 1 else {
            throw corrupt("postings list at byte \(postingsFileOffset + offset * 4) has impossible length \(count)")
        }
        return (offset, count)
    }

    /// The postings a trie value stands for, checked against the section and the entry count.
    public func postings(for value: UInt32) throws(DictionaryFileError) -> Postings {
        if value & CompiledDictionaryLayout.singleEntryFlag != 0 {
            let entry = Int(value & ~CompiledDictionaryLayout.singleEntryFlag)
            guard entry < entryCount else { throw corrupt("entry \(entry) does not exist (\(entryCount) entries)") }
            return Postings(single: entry)
        }
        let (offset, count) = try listBounds(value)
        var previous = -1
        for i in (offset + 1)...(offset + count) {
            previous = try checkedEntry(at: i, after: previous)
        }
        return Postings(words: postings! + (offset + 1) * 4, count: count, owner: owner)
    }

    /// The entries stored under `key`, without copying them; nil when `key` is not in the index.
    public func postings(forKey key: UnsafeBufferPointer<UInt8>) throws(DictionaryFileError) -> Postings? {
        guard let value = trie.exactMatch(key) else { return nil }
        return try postings(for: value)
    }

    /// The indexes of the entries stored under `key`, ascending; empty when it is not a key.
    public func lookup(_ key: UnsafeBufferPointer<UInt8>) throws(DictionaryFileError) -> [Int] {
        guard let value = trie.exactMatch(key) else { return [] }
        return try entries(for: value)
    }

    /// ``postings(for:)`` copied to an array, each entry checked as it is copied (one pass over
    /// the list instead of two; the same error for the same damage).
    private func entries(for value: UInt32) throws(DictionaryFileError) -> [Int] {
        if value & CompiledDictionaryLayout.singleEntryFlag != 0 { return [try postings(for: value)[0]] }
        let (offset, count) = try listBounds(value)
        var entries: [Int] = []
        entries.reserveCapacity(count)
        var previous = -1
        for i in (offset + 1)...(offset + count) {
            previous = try checkedEntry(at: i, after: previous)
            entries.append(previous)
        }
        return entries
    }

    /// The entry at word `i` of a list, checked to exist and to follow `previous` (the list's
    /// entry before it, or -1) in strictly ascending order.
    @inline(__always) private func checkedEntry(at i: Int, after previous: Int) throws(DictionaryFileError) -> Int {
        let entry = word(i)
        guard entry < entryCount else {
            throw corrupt("postings at byte \(postingsFileOffset + i * 4) name entry \(entry) (\(entryCount) entries)")
        }
        guard entry > previous else {
            throw corrupt("postings at byte \(postingsFileOffset + i * 4) name entry \(entry) after entry \(previous): a list is strictly ascending")
        }
        return entry
    }

    /// The indexes of the entries stored under `key`, ascending; empty when it is not a key.
    public func lookup(_ key: [UInt8]) throws(DictionaryFileError) -> [Int] {
        let result: Result<[Int], DictionaryFileError> = key.withUnsafeBufferPointer { buffer in
            Result { () throws(DictionaryFileError) in try lookup(buffer) }
        }
        return try result.get()
    }

    /// The indexes of the entries stored under the UTF-8 of `key`, ascending.
    public func lookup(_ key: String) throws(DictionaryFileError) -> [Int] {
        try lookup(Array(key.utf8))
    }

    /// Calls `body` for every key that is a prefix of `bytes[start...]`, shortest first, with
    /// its length in bytes and its entries. The matcher's hot path: allocates nothing.
    public func commonPrefixMatches(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        _ body: (_ length: Int, _ entries: Postings) -> Void
    ) throws(DictionaryFileError) {
        try trie.commonPrefixSearch(in: bytes, from: start) { (length: Int, value: UInt32) throws(DictionaryFileError) in
            body(length, try postings(for: value))
        }
    }

    /// Calls `body` for every key that is a prefix of `bytes[start...]` and ends where a UTF-8
    /// character ends (every key of tsuji's indexes), shortest first, with its length in bytes
    /// and its trie value (for ``postings(for:)``): the entries are not read.
    public func commonPrefixValues(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (_ length: Int, _ value: UInt32) -> Void
    ) {
        trie.commonPrefixSearchUTF8(in: bytes, from: start, body)
    }

    /// Every key that is a prefix of `bytes[start...]`, shortest first, with its entries.
    public func commonPrefixMatches(in bytes: [UInt8], from start: Int) throws(DictionaryFileError) -> [(length: Int, entries: [Int])] {
        var matches: [(length: Int, entries: [Int])] = []
        let result: Result<Void, DictionaryFileError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(DictionaryFileError) in
                try commonPrefixMatches(in: buffer, from: start) { length, entries in
                    matches.append((length, Array(entries)))
                }
            }
        }
        try result.get()
        return matches
    }

    /// Up to `limit` keys that start with `prefix` (itself included), in ascending byte order,
    /// with their entries — for `tsuji lookup --prefix`.
    public func predictive(prefix: [UInt8], limit: Int) throws(DictionaryFileError) -> [(key: [UInt8], entries: [Int])] {
        var results: [(key: [UInt8], entries: [Int])] = []
        for found in trie.predictiveSearch(prefix: prefix, limit: limit) {
            results.append((found.key, try entries(for: found.value)))
        }
        return results
    }

    /// Up to `limit` keys that start with the UTF-8 of `prefix`, in ascending byte order.
    public func predictive(prefix: String, limit: Int) throws(DictionaryFileError) -> [(key: [UInt8], entries: [Int])] {
        try predictive(prefix: Array(prefix.utf8), limit: limit)
    }
}
