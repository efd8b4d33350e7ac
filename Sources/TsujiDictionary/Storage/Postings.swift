/// The entry indexes stored under one key of a ``PostingsIndex``, in ascending order, read in
/// place from the dictionary. Every index was checked against the entry count when the value
/// was made, so each is a valid argument to ``CompiledDictionary/entry(at:)``.
public struct Postings: RandomAccessCollection, @unchecked Sendable {
    // @unchecked: `words` points into immutable memory that `owner` keeps alive.
    private let single: Int
    private let words: UnsafeRawPointer?
    private let owner: AnyObject?
    /// How many entries the key has.
    public let count: Int

    init(single entry: Int) {
        single = entry
        words = nil
        owner = nil
        count = 1
    }

    init(words: UnsafeRawPointer, count: Int, owner: AnyObject?) {
        single = 0
        self.words = words
        self.owner = owner
        self.count = count
    }

    /// Always 0.
    public var startIndex: Int { 0 }
    /// ``count``.
    public var endIndex: Int { count }

    /// The entry index at `position`; a position outside `0..<count` stops the program.
    public subscript(position: Int) -> Int {
        precondition(position >= 0 && position < count, "postings index \(position) out of 0..<\(count)")
        guard let words else { return single }
        return Int(UInt32(littleEndian: words.loadUnaligned(fromByteOffset: position * 4, as: UInt32.self)))
    }
}
