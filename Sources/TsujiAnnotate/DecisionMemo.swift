import Foundation

/// What the annotator decided a span to be, remembered by the span's folded bytes across the
/// pieces of a long text and the documents of a glossary: Japanese prose repeats its words, and
/// a word met again needs neither classifying nor building its annotation again.
///
/// Bounded (it is emptied when full), so a text streamed through `tsuji annotate` never grows
/// it without end; shared by the threads that annotate a glossary's documents, behind a lock.
final class DecisionMemo: @unchecked Sendable {
    enum Decision {
        case skip
        case japanese(trusted: Bool)
        /// Boxed, so that handing out a remembered decision retains one box instead of copying
        /// the annotation's dozen strings and arrays.
        indirect case term(Annotation, trusted: Bool)
    }

    /// Folded bytes as a key, with their FNV-1a digest made once. A key looked up is a slice of
    /// the piece's buffer; the memo keeps a copy of the bytes of the keys it stores.
    struct Key {
        let bytes: ArraySlice<UInt8>
        let digest: UInt64

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            self.digest = digest
        }
    }

    private let lock = NSLock()
    private var table = Table()
    private let limit: Int

    init(limit: Int = 50_000) { self.limit = limit }

    /// How many decisions are remembered.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.decisions.count
    }

    func decision(for key: Key) -> Decision? {
        lock.lock()
        defer { lock.unlock() }
        return table.record(of: key).map { table.decisions[$0] }
    }

    func remember(_ decision: Decision, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if table.decisions.count >= limit { table.removeAll() }
        table.insert(decision, for: key)
    }

    /// An open-addressing hash table (linear probing) over flat arrays: a lookup hashes nothing
    /// more (the key carries its digest), allocates nothing and compares bytes only when digests
    /// agree. Swift's `Dictionary` spent as much again in its hasher and bucket search.
    private struct Table {
        /// Record index + 1 per slot, 0 for an empty slot; a power of two, at most half full.
        var slots = [Int32](repeating: 0, count: 256)
        var digests: [UInt64] = []
        /// Where each record's key bytes end in `keyBytes` (they start where the previous end).
        var keyEnds: [Int] = []
        var keyBytes: [UInt8] = []
        var decisions: [Decision] = []

        private var shift: UInt64 { UInt64(64 - slots.count.trailingZeroBitCount) }

        /// Fibonacci hashing: the digest's bits mixed into the top bits, which pick the slot.
        private func home(_ digest: UInt64) -> Int { Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        /// The record of `key`, or nil.
        func record(of key: Key) -> Int? {
            if case .found(let record) = probe(key) { return record }
            return nil
        }

        private enum Probe { case found(Int), empty(slot: Int) }

        private func probe(_ key: Key) -> Probe {
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var slot = home(key.digest)
                while true {
                    let stored = Int(slots[slot])
                    if stored == 0 { return .empty(slot: slot) }
                    if digests[stored - 1] == key.digest, keyEquals(stored - 1, key.bytes) { return .found(stored - 1) }
                    slot = (slot + 1) & mask
                }
            }
        }

        private func keyEquals(_ record: Int, _ bytes: ArraySlice<UInt8>) -> Bool {
            let start = record == 0 ? 0 : keyEnds[record - 1]
            guard keyEnds[record] - start == bytes.count else { return false }
            return keyBytes.withUnsafeBufferPointer { stored in
                bytes.withUnsafeBufferPointer { bytes in
                    for i in 0..<bytes.count where stored[start + i] != bytes[i] { return false }
                    return true
                }
            }
        }

        mutating func insert(_ decision: Decision, for key: Key) {
            switch probe(key) {
            case .found(let record):
                decisions[record] = decision
            case .empty(let slot):
                slots[slot] = Int32(decisions.count + 1)
                digests.append(key.digest)
                keyBytes.append(contentsOf: key.bytes)
                keyEnds.append(keyBytes.count)
                decisions.append(decision)
                if decisions.count * 2 > slots.count { grow() }
            }
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            let mask = slots.count - 1
            for record in digests.indices {
                var slot = home(digests[record])
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(record + 1)
            }
        }

        mutating func removeAll() {
            for i in slots.indices { slots[i] = 0 }
            digests.removeAll(keepingCapacity: true)
            keyEnds.removeAll(keepingCapacity: true)
            keyBytes.removeAll(keepingCapacity: true)
            decisions.removeAll(keepingCapacity: true)
        }
    }
}
