/// Builds a ``DoubleArrayTrie`` from keys given in strictly ascending byte order.
///
/// Keys are copied into one flat byte pool as they arrive (no array per key), so two million keys
/// cost little more than their bytes. ``build()`` places the nodes depth first; the free-slot search
/// looks only at the free units of the last few blocks of 256 units (older blocks are closed, their
/// holes left unused), so placing a node costs at most a few thousand probes however large the trie
/// grows, instead of a scan from unit 0.
public struct DoubleArrayTrieBuilder: Sendable {
    private var keyBytes: [UInt8] = []
    /// `keyEnds[i]` is one past the last byte of key `i` in `keyBytes`; key `i` starts at `keyEnds[i - 1]`.
    private var keyEnds: [Int] = []
    private var values: [UInt32] = []

    /// An empty builder.
    public init() {}

    /// The number of keys appended so far.
    public var count: Int { values.count }

    /// Appends `key` with `value`. `key` must sort strictly after the previous key (bytes compared
    /// as unsigned, a proper prefix first); the empty key is allowed and sorts first.
    public mutating func append(_ key: UnsafeBufferPointer<UInt8>, value: UInt32) throws(DoubleArrayTrieError) {
        let index = values.count
        if index > 0 {
            let previousStart = index > 1 ? keyEnds[index - 2] : 0
            let order = keyBytes.withUnsafeBufferPointer { pool in
                Self.compare(UnsafeBufferPointer(rebasing: pool[previousStart..<keyEnds[index - 1]]), key)
            }
            if order == 0 { throw .duplicateKey(index: index) }
            if order > 0 { throw .unsortedKey(index: index) }
        }
        keyBytes.append(contentsOf: key)
        keyEnds.append(keyBytes.count)
        values.append(value)
    }

    /// Appends `key` with `value`; see ``append(_:value:)-(UnsafeBufferPointer<UInt8>,_)``.
    public mutating func append(_ key: [UInt8], value: UInt32) throws(DoubleArrayTrieError) {
        let result: Result<Void, DoubleArrayTrieError> = key.withUnsafeBufferPointer { buffer in
            do throws(DoubleArrayTrieError) {
                try append(buffer, value: value)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Builds the trie and returns its serialized words (see ``DoubleArrayTrie`` for the layout).
    public func build() throws(DoubleArrayTrieError) -> [UInt32] {
        let result: Result<[UInt32], DoubleArrayTrieError> = keyBytes.withUnsafeBufferPointer { pool in
            keyEnds.withUnsafeBufferPointer { ends in
                values.withUnsafeBufferPointer { values in
                    var construction = Construction(pool: pool, ends: ends, values: values)
                    do throws(DoubleArrayTrieError) {
                        try construction.run()
                        return .success(construction.serialize())
                    } catch {
                        return .failure(error)
                    }
                }
            }
        }
        return try result.get()
    }

    /// Builds the trie and wraps it for in-memory lookups.
    public func buildTrie() throws(DoubleArrayTrieError) -> DoubleArrayTrie {
        try DoubleArrayTrie(words: build())
    }

    /// Three-way comparison of two byte strings: negative, zero or positive.
    package static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        var i = 0
        while i < common {
            let x = a[i], y = b[i]
            if x != y { return x < y ? -1 : 1 }
            i += 1
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

/// The placement state while building: base/check arrays plus a doubly linked list of free units.
private struct Construction {
    static let blockSize = 256
    /// Free units are searched only in this many trailing blocks.
    static let activeBlocks = 16
    /// `check` of a free unit that is in the free list.
    static let free: UInt32 = 0xFFFF_FFFF
    /// `check` of a free unit in a closed block: never used again, written out as `free`.
    static let dead: UInt32 = 0xFFFF_FFFE
    /// `check` of the root while building (no unit may name it as a child).
    static let rootMark: UInt32 = 0xFFFF_FFFD
    static let maxUnits = 0x7FFF_0000

    let pool: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    let values: UnsafeBufferPointer<UInt32>

    var base: [UInt32] = []
    var check: [UInt32] = []
    var next: [Int32] = []
    var prev: [Int32] = []
    var head: Int32 = -1
    var tail: Int32 = -1
    var closedBlocks = 0
    var tails: [UInt8] = []
    var maxKeyLength = 0

    init(pool: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, values: UnsafeBufferPointer<UInt32>) {
        self.pool = pool
        self.ends = ends
        self.values = values
        let estimate = min(Self.maxUnits, max(Self.blockSize, values.count * 3))
        base.reserveCapacity(estimate)
        check.reserveCapacity(estimate)
        next.reserveCapacity(estimate)
        prev.reserveCapacity(estimate)
        tails.reserveCapacity(pool.count + values.count * 5)
    }

    @inline(__always) func keyStart(_ k: Int) -> Int { k == 0 ? 0 : ends[k - 1] }

    /// The code of key `k` at `depth`: 0 when the key ends there, else its byte + 1.
    @inline(__always) func code(_ k: Int, _ depth: Int) -> Int {
        let position = keyStart(k) + depth
        return position < ends[k] ? Int(pool[position]) + 1 : 0
    }

    mutating func run() throws(DoubleArrayTrieError) {
        try addBlock()
        unlink(0)
        check[0] = Self.rootMark

        struct Pending { var node: Int; var lo: Int; var hi: Int; var depth: Int }
        var stack: [Pending] = [Pending(node: 0, lo: 0, hi: values.count, depth: 0)]
        var codes: [Int] = []
        var starts: [Int] = []
        codes.reserveCapacity(257)
        starts.reserveCapacity(258)

        while let item = stack.popLast() {
            codes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            var k = item.lo
            while k < item.hi {
                let c = code(k, item.depth)
                if codes.last != c {
                    codes.append(c)
                    starts.append(k)
                }
                k += 1
            }
            starts.append(item.hi)
            if codes.isEmpty { continue }  // only the root of an empty trie

            let b = try findBase(codes)
            let last = b + codes[codes.count - 1]
            while last >= check.count { try addBlock() }
            base[item.node] = UInt32(b)
            for c in codes {
                let t = b + c
                unlink(t)
                check[t] = UInt32(item.node)
            }
            // Children pushed last-first so that they are placed first-first (depth first, in order).
            var g = codes.count - 1
            while g >= 0 {
                let child = b + codes[g]
                let lo = starts[g], hi = starts[g + 1]
                if hi - lo == 1 {
                    try makeLeaf(child, key: lo, from: codes[g] == 0 ? item.depth : item.depth + 1)
                } else {
                    stack.append(Pending(node: child, lo: lo, hi: hi, depth: item.depth + 1))
                }
                g -= 1
            }
        }
    }

    /// The first base, scanning the free list, at which every code lands on a free unit (or past
    /// the end); else the start of the next new block.
    mutating func findBase(_ codes: [Int]) throws(DoubleArrayTrieError) -> Int {
        let first = codes[0]
        let size = check.count
        var f = head
        while f >= 0 {
            let b = Int(f) - first
            if b >= 0 {
                var fits = true
                var j = 1
                while j < codes.count {
                    let t = b + codes[j]
                    if t < size && check[t] != Self.free { fits = false; break }
                    j += 1
                }
                if fits { return b }
            }
            f = next[Int(f)]
        }
        let b = size - first
        if b + 257 > Self.maxUnits { throw .tooLarge }
        return b
    }

    mutating func makeLeaf(_ node: Int, key k: Int, from depth: Int) throws(DoubleArrayTrieError) {
        let start = keyStart(k) + depth
        let end = ends[k]
        let length = end - start
        maxKeyLength = max(maxKeyLength, end - keyStart(k))
        let offset = tails.count
        if offset > 0x7FFF_FFFF - 16 - length { throw .tooLarge }
        let value = values[k]
        tails.append(UInt8(truncatingIfNeeded: value))
        tails.append(UInt8(truncatingIfNeeded: value >> 8))
        tails.append(UInt8(truncatingIfNeeded: value >> 16))
        tails.append(UInt8(truncatingIfNeeded: value >> 24))
        var n = UInt32(length)
        while n >= 0x80 {
            tails.append(UInt8(truncatingIfNeeded: n) | 0x80)
            n >>= 7
        }
        tails.append(UInt8(n))
        tails.append(contentsOf: UnsafeBufferPointer(rebasing: pool[start..<end]))
        base[node] = TrieView.leafFlag | UInt32(offset)
    }

    mutating func addBlock() throws(DoubleArrayTrieError) {
        let start = check.count
        if start + Self.blockSize > Self.maxUnits { throw .tooLarge }
        base.append(contentsOf: repeatElement(0, count: Self.blockSize))
        check.append(contentsOf: repeatElement(Self.free, count: Self.blockSize))
        next.append(contentsOf: repeatElement(-1, count: Self.blockSize))
        prev.append(contentsOf: repeatElement(-1, count: Self.blockSize))
        for i in start..<(start + Self.blockSize) {
            let unit = Int32(i)
            prev[i] = tail
            if tail >= 0 { next[Int(tail)] = unit } else { head = unit }
            tail = unit
        }
        if check.count / Self.blockSize - closedBlocks > Self.activeBlocks {
            let blockStart = closedBlocks * Self.blockSize
            for i in blockStart..<(blockStart + Self.blockSize) where check[i] == Self.free {
                unlink(i)
                check[i] = Self.dead
            }
            closedBlocks += 1
        }
    }

    mutating func unlink(_ i: Int) {
        let p = prev[i], n = next[i]
        if p >= 0 { next[Int(p)] = n } else { head = n }
        if n >= 0 { prev[Int(n)] = p } else { tail = p }
        prev[i] = -1
        next[i] = -1
    }

    /// Header, base/check pairs (trailing free units dropped), then the tail bytes padded to a word.
    func serialize() -> [UInt32] {
        var unitCount = check.count
        while unitCount > 1 && (check[unitCount - 1] == Self.free || check[unitCount - 1] == Self.dead) {
            unitCount -= 1
        }
        let tailWords = (tails.count + 3) / 4
        var words: [UInt32] = []
        words.reserveCapacity(TrieView.headerWords + unitCount * 2 + tailWords)
        words.append(UInt32(unitCount))
        words.append(UInt32(tails.count))
        words.append(UInt32(values.count))
        words.append(UInt32(clamping: maxKeyLength))
        for i in 0..<unitCount {
            let c = check[i]
            words.append(base[i])
            words.append(c == Self.dead || c == Self.rootMark ? Self.free : c)
        }
        var i = 0
        while i < tails.count {
            var word: UInt32 = 0
            var j = 0
            while j < 4 && i + j < tails.count {
                word |= UInt32(tails[i + j]) << (8 * UInt32(j))
                j += 1
            }
            words.append(word)
            i += 4
        }
        return words
    }
}
