#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of a ``DoubleArrayTrie`` read in place, without keeping them alive: every lookup
/// of the trie, on a value that holds only pointers and counts, so that copying it costs
/// nothing (no reference counting on a scanner's hot path). ``DoubleArrayTrie`` owns the memory
/// and hands out this view.
///
/// The serialized form is a flat run of little-endian `UInt32` words, read in place (from a
/// memory-mapped file or an owned heap copy), never parsed into objects:
///
/// | words | content |
/// |---|---|
/// | 0 | unit count `n` (≥ 1; unit 0 is the root) |
/// | 1 | tail byte count |
/// | 2 | key count |
/// | 3 | length in bytes of the longest key |
/// | 4 ..< 4 + 2n | units: `base`, `check` pairs |
/// | then | tail bytes, zero-padded to a whole word |
///
/// A child of node `s` by code `c` is unit `base[s] + c` when that unit's `check` is `s`; code 0
/// ends a key, byte `b` has code `b + 1`. A node whose subtree holds a single key is a leaf: its
/// `base` has the top bit set and the low 31 bits give a tail record (4-byte value, LEB128 length,
/// the key's remaining bytes), so a unique suffix costs its bytes instead of one unit per byte.
/// Free units have `check` `0xFFFFFFFF`.
///
/// Every read is bounds-checked and every walk either consumes a key byte per step or is capped
/// by the unit count, so arbitrary (corrupted) words give wrong answers at worst, never a crash
/// or a hang.
struct TrieView: @unchecked Sendable {
    // @unchecked: the pointers address immutable memory that whoever made the view keeps alive.
    static let headerWords = 4
    static let leafFlag: UInt32 = 0x8000_0000

    private let units: UnsafeRawPointer
    private let tails: UnsafeRawPointer
    /// The number of units (nodes and holes) in the double array.
    let unitCount: Int
    private let tailCount: Int
    /// The number of keys stored.
    let keyCount: Int
    /// The length in bytes of the longest key. A common-prefix search reports at most
    /// `maxKeyLength + 1` matches (one per length), which sizes a caller's match buffer.
    let maxKeyLength: Int

    /// Reads serialized trie bytes in place, which must stay valid and unchanged while the view
    /// is used. Only the header and the overall size
    /// are checked here; the units are checked as they are read.
    init(unsafeBytes bytes: UnsafeRawBufferPointer) throws(DoubleArrayTrieError) {
        let headerBytes = Self.headerWords * 4
        guard let start = bytes.baseAddress, bytes.count >= headerBytes else {
            throw .malformed("\(bytes.count) bytes is shorter than the \(headerBytes)-byte header")
        }
        func word(_ i: Int) -> Int {
            Int(UInt32(littleEndian: start.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
        }
        let unitCount = word(0), tailCount = word(1)
        guard unitCount >= 1, unitCount <= Int(Self.leafFlag) else {
            throw .malformed("unit count \(unitCount) is out of range")
        }
        let needed = headerBytes + unitCount * 8 + tailCount
        guard needed <= bytes.count else {
            throw .malformed("\(unitCount) units and \(tailCount) tail bytes need \(needed) bytes, found \(bytes.count)")
        }
        self.units = start + headerBytes
        self.tails = start + headerBytes + unitCount * 8
        self.unitCount = unitCount
        self.tailCount = tailCount
        self.keyCount = word(2)
        self.maxKeyLength = word(3)
    }

    // MARK: Unit access

    @inline(__always) private func base(_ i: Int) -> UInt32 {
        UInt32(littleEndian: units.loadUnaligned(fromByteOffset: i &<< 3, as: UInt32.self))
    }

    @inline(__always) private func check(_ i: Int) -> UInt32 {
        UInt32(littleEndian: units.loadUnaligned(fromByteOffset: (i &<< 3) &+ 4, as: UInt32.self))
    }

    /// The child of internal node `node` (whose base is `b`) by `code`, or -1.
    @inline(__always) private func child(_ node: Int, base b: UInt32, code: Int) -> Int {
        let t = Int(b) &+ code
        return t < unitCount && check(t) == UInt32(truncatingIfNeeded: node) ? t : -1
    }

    /// The tail record at `offset`: its value and the start and length of its suffix bytes.
    @inline(__always) private func tail(_ leafBase: UInt32) -> (value: UInt32, start: Int, length: Int)? {
        let offset = Int(leafBase & ~Self.leafFlag)
        guard offset < tailCount, tailCount - offset > 4 else { return nil }
        let value = UInt32(littleEndian: tails.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        var p = offset + 4
        var length = 0
        var shift = 0
        while true {
            guard p < tailCount, shift <= 28 else { return nil }
            let byte = tails.load(fromByteOffset: p, as: UInt8.self)
            p += 1
            length |= Int(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard length <= tailCount - p else { return nil }
        return (value, p, length)
    }

    /// The value of the key that ends at internal node `node` (whose base is `b`): its end-of-key
    /// child is a leaf with an empty tail. Nil when no key ends there.
    @inline(__always) private func keyEndValue(_ node: Int, base b: UInt32) -> UInt32? {
        let end = child(node, base: b, code: 0)
        guard end >= 0 else { return nil }
        let leafBase = base(end)
        guard leafBase & Self.leafFlag != 0, let record = tail(leafBase), record.length == 0 else { return nil }
        return record.value
    }

    @inline(__always) private func tailEquals(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, count: Int) -> Bool {
        count == 0 || memcmp(tails + start, bytes.baseAddress! + i, count) == 0
    }

    // MARK: Lookups

    /// The value of `key`, or nil when it is not a key.
    func exactMatch(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var node = 0
        var i = 0
        while true {
            let b = base(node)
            if b & Self.leafFlag != 0 {
                guard let record = tail(b), record.length == key.count - i,
                      tailEquals(record.start, key, at: i, count: record.length) else { return nil }
                return record.value
            }
            if i == key.count {
                return keyEndValue(node, base: b)
            }
            node = child(node, base: b, code: Int(key[i]) + 1)
            guard node >= 0 else { return nil }
            i += 1
        }
    }

    /// The value of `key`, or nil when it is not a key.
    func exactMatch(_ key: [UInt8]) -> UInt32? {
        key.withUnsafeBufferPointer { exactMatch($0) }
    }

    /// Calls `body` with the length and value of every key that is a prefix of `bytes[start...]`,
    /// shortest first (the empty key, if stored, has length 0). Allocates nothing.
    func commonPrefixSearch<E: Error>(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        _ body: (_ length: Int, _ value: UInt32) throws(E) -> Void
    ) throws(E) {
        try walkPrefixes(in: bytes, from: start, characterEndsOnly: false, body)
    }

    /// ``commonPrefixSearch(in:from:_:)`` for keys that are UTF-8 text: a key can only end
    /// where a character ends, so the end-of-key unit is not looked up in the middle of a
    /// character (two lookups of three for kanji and kana, each a likely cache miss).
    func commonPrefixSearchUTF8(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (_ length: Int, _ value: UInt32) -> Void
    ) {
        walkPrefixes(in: bytes, from: start, characterEndsOnly: true, body)
    }

    /// ``commonPrefixSearchUTF8(in:from:_:)`` that starts from `steps`, where the walk through
    /// the first character is already done: the same calls to `body`, in the same order, with
    /// the two to four scattered reads of the first character's nodes replaced by one read of
    /// the table. `steps` must come from this trie's ``makeFirstCharacterSteps()``.
    func commonPrefixSearchUTF8(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, steps: FirstCharacterSteps,
        _ body: (_ length: Int, _ value: UInt32) -> Void
    ) {
        precondition(start >= 0 && start <= bytes.count, "search start \(start) outside 0...\(bytes.count)")
        switch Self.firstStep(steps, in: bytes, from: start) {
        case .unusable:
            walkPrefixes(in: bytes, from: start, characterEndsOnly: true, body)
        case .noKey:
            return
        case let .step(node, index, endChecked, length, value):
            if let value { body(length, value) }
            walkPrefixes(in: bytes, from: start, node: node, at: index, endChecked: endChecked, characterEndsOnly: true, body)
        }
    }

    /// Where a walk stands after the first character, read from the first-character steps.
    private enum FirstStep {
        /// The table does not apply (a trie with the empty key, a character it does not cover):
        /// walk from the root.
        case unusable
        /// No key starts with this character.
        case noKey
        /// The walk goes on from `node` at byte `index`; `endChecked` when the table already
        /// answered for a key ending there; `value` of the one-character key (`length` bytes)
        /// where it is a key and ends the character (as the plain walk, no key ends before a
        /// continuation byte, which only ill-formed text has after a whole character).
        case step(node: Int, index: Int, endChecked: Bool, length: Int, value: UInt32?)
    }

    @inline(__always)
    private static func firstStep(_ steps: FirstCharacterSteps, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> FirstStep {
        guard !steps.hasEmptyKey, let (codePoint, length) = decodeBelow10000(bytes, at: start) else { return .unusable }
        let step = steps.nodes[codePoint]
        guard step & FirstCharacterSteps.reached != 0 else { return .noKey }
        let end = start + length
        var value: UInt32?
        if step & FirstCharacterSteps.hasValue != 0, end == bytes.count || bytes[end] & 0xC0 != 0x80 {
            value = steps.values[codePoint]
        }
        let consumed = Int((step >> FirstCharacterSteps.consumedShift) & 3)
        return .step(node: Int(step & FirstCharacterSteps.nodeMask), index: start + consumed, endChecked: consumed == length,
                     length: length, value: value)
    }

    /// The longest key that is a prefix of `bytes[start...]` and ends where `allowedEnds` is
    /// true (an array of `bytes.count + 1` flags), of the keys ``commonPrefixSearchUTF8(in:from:_:)``
    /// reports: the last of them that such a filter keeps, or nil when none (or only the empty
    /// key) is kept.
    ///
    /// What a scan for the greedy longest match needs, at a fraction of the cost of the calls:
    /// no end-of-key unit is looked up where a key may not end, and the value of a key that a
    /// longer one replaces is never read (each is a likely cache miss in a large trie). `steps`,
    /// from this trie's ``makeFirstCharacterSteps()``, does the walk through the first character.

    func longestPrefixUTF8(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, steps: FirstCharacterSteps?, allowedEnds: UnsafePointer<Bool>
    ) -> PrefixMatch? {
        precondition(start >= 0 && start <= bytes.count, "search start \(start) outside 0...\(bytes.count)")
        // The best key so far: its length and either its value or the end-of-key unit that holds
        // it (read once, at the end).
        var bestLength = 0
        var bestValue: UInt32?
        var bestEndUnit = -1
        var node = 0
        var i = start
        var checkEnd = true
        if let steps {
            switch Self.firstStep(steps, in: bytes, from: start) {
            case .unusable:
                break
            case .noKey:
                return nil
            case let .step(stepNode, index, endChecked, length, value):
                if let value, allowedEnds[start + length] {
                    bestLength = length
                    bestValue = value
                }
                node = stepNode
                i = index
                checkEnd = !endChecked
            }
        }
        while true {
            let b = base(node)
            if b & Self.leafFlag != 0 {
                if let record = tail(b), record.length <= bytes.count - i, allowedEnds[i + record.length],
                   tailEquals(record.start, bytes, at: i, count: record.length) {
                    return i - start + record.length > 0 ? PrefixMatch(length: i - start + record.length, value: record.value) : nil
                }
                break
            }
            if checkEnd, i == bytes.count || bytes[i] & 0xC0 != 0x80, allowedEnds[i] {
                let endUnit = child(node, base: b, code: 0)
                if endUnit >= 0 {
                    bestLength = i - start
                    bestValue = nil
                    bestEndUnit = endUnit
                }
            }
            checkEnd = true
            guard i < bytes.count else { break }
            node = child(node, base: b, code: Int(bytes[i]) + 1)
            guard node >= 0 else { break }
            i += 1
        }
        guard bestLength > 0 else { return nil }
        if let bestValue { return PrefixMatch(length: bestLength, value: bestValue) }
        // As keyEndValue: an end-of-key unit is a leaf whose tail is empty.
        let leafBase = base(bestEndUnit)
        guard leafBase & Self.leafFlag != 0, let record = tail(leafBase), record.length == 0 else { return nil }
        return PrefixMatch(length: bestLength, value: record.value)
    }

    /// The code point (below U+10000) and length of the well-formed UTF-8 sequence at `i`, or nil
    /// for anything else (a four-byte sequence, an ill-formed or overlong one, the end).
    @inline(__always) private static func decodeBelow10000(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
        guard i < bytes.count else { return nil }
        let b0 = Int(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 >= 0xC2, b0 < 0xE0, i + 1 < bytes.count {
            let b1 = Int(bytes[i + 1])
            guard b1 & 0xC0 == 0x80 else { return nil }
            return ((b0 & 0x1F) << 6 | (b1 & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < bytes.count {
            let b1 = Int(bytes[i + 1]), b2 = Int(bytes[i + 2])
            guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { return nil }
            let codePoint = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F)
            return codePoint >= 0x800 ? (codePoint, 3) : nil
        }
        return nil
    }

    /// The walk of every key's first character, done once for all characters below U+10000
    /// (ASCII, kana, the common kanji and hanzi); see ``FirstCharacterSteps``. Nil when the trie
    /// is too large for the table's node field. Reads up to 200,000 units: a few milliseconds,
    /// worth it only before a long scan.
    func makeFirstCharacterSteps() -> FirstCharacterSteps.Storage? {
        guard unitCount <= Int(FirstCharacterSteps.nodeMask) + 1 else { return nil }
        let storage = FirstCharacterSteps.Storage(hasEmptyKey: exactMatch([]) != nil)
        let nodes = storage.nodes, values = storage.values
        // Walked byte by byte down the lead and continuation bytes, so that the characters
        // sharing a lead byte share its step (a walk per character cost 30 times as much).
        let root = Step(node: 0, consumed: 0)
        func record(_ codePoint: Int, _ step: Step?, length: Int) {
            guard let step else { return }
            var entry = FirstCharacterSteps.reached | UInt32(step.node) | UInt32(step.consumed) << FirstCharacterSteps.consumedShift
            let b = base(step.node)
            if step.consumed == length, b & Self.leafFlag == 0, let value = keyEndValue(step.node, base: b) {
                entry |= FirstCharacterSteps.hasValue
                values[codePoint] = value
            }
            nodes[codePoint] = entry
        }
        for byte in 0..<0x80 { record(byte, next(root, byte), length: 1) }
        for lead in 0xC2...0xDF {
            guard let first = next(root, lead) else { continue }
            for second in 0x80...0xBF { record((lead & 0x1F) << 6 | (second & 0x3F), next(first, second), length: 2) }
        }
        for lead in 0xE0...0xEF {
            guard let first = next(root, lead) else { continue }
            // E0 80–9F would be overlong: those code points have shorter forms.
            for second in (lead == 0xE0 ? 0xA0 : 0x80)...0xBF {
                guard let middle = next(first, second) else { continue }
                for third in 0x80...0xBF {
                    record((lead & 0x0F) << 12 | (second & 0x3F) << 6 | (third & 0x3F), next(middle, third), length: 3)
                }
            }
        }
        return storage
    }

    /// Where a walk stands: a node, and how many bytes it consumed to get there.
    private struct Step {
        var node: Int
        var consumed: Int
    }

    /// The walk one byte on from `step`, as the search walks: a leaf stays where it is (its tail
    /// holds the rest); nil when no key goes on with this byte.
    private func next(_ step: Step, _ byte: Int) -> Step? {
        let b = base(step.node)
        if b & Self.leafFlag != 0 { return step }
        let node = child(step.node, base: b, code: byte + 1)
        return node < 0 ? nil : Step(node: node, consumed: step.consumed + 1)
    }

    /// The walk behind every prefix search. It starts on `node` at byte `i` (the root at `start`
    /// unless a first-character step did the beginning); `endChecked` skips the end-of-key
    /// lookup at that first byte (the step reported it); `characterEndsOnly` skips the
    /// end-of-key lookup before a UTF-8 continuation byte.
    @inline(__always) private func walkPrefixes<E: Error>(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, node startNode: Int = 0, at startIndex: Int? = nil,
        endChecked: Bool = false, characterEndsOnly: Bool,
        _ body: (_ length: Int, _ value: UInt32) throws(E) -> Void
    ) throws(E) {
        precondition(start >= 0 && start <= bytes.count, "search start \(start) outside 0...\(bytes.count)")
        var node = startNode
        var i = startIndex ?? start
        var checkEnd = !endChecked
        while true {
            let b = base(node)
            if b & Self.leafFlag != 0 {
                if let record = tail(b), record.length <= bytes.count - i,
                   tailEquals(record.start, bytes, at: i, count: record.length) {
                    try body(i - start + record.length, record.value)
                }
                return
            }
            if checkEnd, !characterEndsOnly || i == bytes.count || bytes[i] & 0xC0 != 0x80,
               let value = keyEndValue(node, base: b) {
                try body(i - start, value)
            }
            checkEnd = true
            guard i < bytes.count else { return }
            node = child(node, base: b, code: Int(bytes[i]) + 1)
            guard node >= 0 else { return }
            i += 1
        }
    }

    /// Writes every key that is a prefix of `bytes[start...]` into `matches`, shortest first, and
    /// returns how many it wrote. Matches beyond the buffer's capacity are dropped; a buffer of
    /// `maxKeyLength + 1` holds them all.
    func commonPrefixSearch(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, into matches: UnsafeMutableBufferPointer<PrefixMatch>
    ) -> Int {
        var written = 0
        commonPrefixSearch(in: bytes, from: start) { length, value in
            if written < matches.count {
                matches[written] = PrefixMatch(length: length, value: value)
                written += 1
            }
        }
        return written
    }

    /// Up to `limit` keys that start with `prefix` (the prefix itself included), in ascending byte
    /// order, with their values.
    func predictiveSearch(prefix: UnsafeBufferPointer<UInt8>, limit: Int) -> [(key: [UInt8], value: UInt32)] {
        guard limit > 0 else { return [] }
        var node = 0
        var i = 0
        while i < prefix.count {
            let b = base(node)
            if b & Self.leafFlag != 0 { break }
            node = child(node, base: b, code: Int(prefix[i]) + 1)
            guard node >= 0 else { return [] }
            i += 1
        }
        var key = Array(prefix[0..<i])
        let startBase = base(node)
        if startBase & Self.leafFlag != 0 {
            // One key below: it matches if its tail continues the rest of the prefix.
            guard let record = tail(startBase), record.length >= prefix.count - i,
                  tailEquals(record.start, prefix, at: i, count: prefix.count - i) else { return [] }
            key.append(contentsOf: UnsafeRawBufferPointer(start: tails + record.start, count: record.length))
            return [(key, record.value)]
        }

        var results: [(key: [UInt8], value: UInt32)] = []
        struct Frame { var node: Int; var nextCode: Int; var keyLength: Int }
        var stack = [Frame(node: node, nextCode: 0, keyLength: key.count)]
        // A valid trie visits each unit at most once; the budget stops cycles in a corrupt one.
        var budget = unitCount
        while let top = stack.last {
            let b = base(top.node)
            var code = top.nextCode
            var found = -1
            while code <= 256 {
                found = child(top.node, base: b, code: code)
                if found >= 0 { break }
                code += 1
            }
            if found < 0 {
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].nextCode = code + 1
            budget -= 1
            if budget < 0 { break }
            key.removeSubrange(top.keyLength...)
            if code != 0 { key.append(UInt8(code - 1)) }
            let childBase = base(found)
            if childBase & Self.leafFlag != 0 {
                if let record = tail(childBase) {
                    key.append(contentsOf: UnsafeRawBufferPointer(start: tails + record.start, count: record.length))
                    results.append((key, record.value))
                    if results.count >= limit { break }
                }
            } else if code != 0 {
                stack.append(Frame(node: found, nextCode: 0, keyLength: key.count))
            }
        }
        return results
    }

    /// Up to `limit` keys that start with `prefix`, in ascending byte order, with their values.
    func predictiveSearch(prefix: [UInt8], limit: Int) -> [(key: [UInt8], value: UInt32)] {
        prefix.withUnsafeBufferPointer { predictiveSearch(prefix: $0, limit: limit) }
    }
}
