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
        case term(Annotation, trusted: Bool)
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
        return table.count
    }

    /// What was decided for `key`, or nil; for a term, its annotation is copied into `term`.
    /// The annotator's lookup: it returns one byte, where a `Decision` (an annotation wide)
    /// was copied out for every word met again, most of them Japanese words with no annotation.
    func kind(for key: Key, term: inout Annotation) -> Kind? {
        lock.lock()
        defer { lock.unlock() }
        guard let record = table.record(of: key) else { return nil }
        let kind = table.kinds[record]
        if kind == .term || kind == .trustedTerm { term = table.terms[Int(table.termIndexes[record])] }
        return kind
    }

    /// What was decided for `key`, or nil.
    func decision(for key: Key) -> Decision? {
        lock.lock()
        defer { lock.unlock() }
        return table.record(of: key).map { table.decision($0) }
    }

    /// A decision as the memo keeps it: its kind, and for a term an annotation kept apart.
    enum Kind: UInt8 { case skip, japanese, trustedJapanese, term, trustedTerm }

    func remember(_ decision: Decision, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if table.count >= limit { table.removeAll() }
        table.insert(decision, for: key)
    }

    /// An open-addressing hash table (linear probing) over flat arrays: a lookup hashes nothing
    /// more (the key carries its digest) and allocates nothing. Each slot holds a tag of the
    /// digest, the key's length and, for keys of up to 8 bytes (words of one or two kana or
    /// kanji), the key itself: most lookups read one slot and nothing else (each further array
    /// read was a likely cache miss once the memo grew past the cache).
    private struct Table {
        struct Slot {
            /// 0 for an empty slot; else the digest's top 24 bits, the key length (255 for
            /// 255 and more) and the record index + 1, from the top down.
            var meta: UInt64 = 0
            /// The bytes of a key of up to 8 bytes, little-endian, zero-padded.
            var inline: UInt64 = 0
        }

        /// A power of two, at most half full.
        var slots = [Slot](repeating: Slot(), count: 256)
        /// Per record, for growing the table and for checking keys longer than 8 bytes.
        var digests: [UInt64] = []
        /// Where each record's key bytes end in `keyBytes` (they start where the previous end).
        var keyEnds: [Int] = []
        var keyBytes: [UInt8] = []
        /// Per record, what was decided, without the annotation of a term (in `terms`): a
        /// lookup copies no annotation unless it finds a term, the rare case. (Not an array of
        /// `Decision`s, which copied through the enum's value witness; nor boxed annotations,
        /// whose pointers the enum tags, so that LeakSanitizer reports them lost at exit.)
        var kinds: [Kind] = []
        var termIndexes: [Int32] = []
        var terms: [Annotation] = []

        var count: Int { kinds.count }

        func decision(_ record: Int) -> Decision {
            switch kinds[record] {
            case .skip: .skip
            case .japanese: .japanese(trusted: false)
            case .trustedJapanese: .japanese(trusted: true)
            case .term: .term(terms[Int(termIndexes[record])], trusted: false)
            case .trustedTerm: .term(terms[Int(termIndexes[record])], trusted: true)
            }
        }

        private mutating func store(_ decision: Decision, at record: Int?) {
            let kind: Kind
            var term: Annotation?
            switch decision {
            case .skip: kind = .skip
            case .japanese(let trusted): kind = trusted ? .trustedJapanese : .japanese
            case .term(let annotation, let trusted):
                kind = trusted ? .trustedTerm : .term
                term = annotation
            }
            var termIndex: Int32 = -1
            if let term {
                // A term decided again (met in another spelling) replaces its annotation in place.
                if let record, termIndexes[record] >= 0 {
                    termIndex = termIndexes[record]
                    terms[Int(termIndex)] = term
                } else {
                    termIndex = Int32(terms.count)
                    terms.append(term)
                }
            }
            if let record {
                kinds[record] = kind
                termIndexes[record] = termIndex
            } else {
                kinds.append(kind)
                termIndexes.append(termIndex)
            }
        }

        private var shift: UInt64 { UInt64(64 - slots.count.trailingZeroBitCount) }

        /// Fibonacci hashing: the digest's bits mixed into the top bits, which pick the slot.
        private func home(_ digest: UInt64) -> Int { Int(truncatingIfNeeded: (digest &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        /// The slot's meta word without its record: what a lookup of `digest` and `count` bytes compares.
        private static func signature(_ digest: UInt64, count: Int) -> UInt64 {
            (digest >> 40) << 40 | UInt64(min(count, 255)) << 32
        }

        private static func inline(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            guard bytes.count <= 8 else { return 0 }
            var word: UInt64 = 0
            for i in 0..<bytes.count { word |= UInt64(bytes[i]) << (UInt64(i) * 8) }
            return word
        }

        /// The record of `key`, or nil.
        func record(of key: Key) -> Int? {
            if case .found(let record) = probe(key) { return record }
            return nil
        }

        private enum Probe { case found(Int), empty(slot: Int) }

        private func probe(_ key: Key) -> Probe {
            key.bytes.withUnsafeBufferPointer { bytes in
                let signature = Self.signature(key.digest, count: bytes.count)
                let inline = Self.inline(bytes)
                return slots.withUnsafeBufferPointer { slots in
                    let mask = slots.count - 1
                    var slot = home(key.digest)
                    while true {
                        let meta = slots[slot].meta
                        if meta == 0 { return .empty(slot: slot) }
                        if meta & ~0xFFFF_FFFF == signature {
                            let record = Int(meta & 0xFFFF_FFFF) - 1
                            if bytes.count <= 8 ? slots[slot].inline == inline : keyEquals(record, bytes) { return .found(record) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }

        private func keyEquals(_ record: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = record == 0 ? 0 : keyEnds[record - 1]
            guard keyEnds[record] - start == bytes.count else { return false }
            return keyBytes.withUnsafeBufferPointer { stored in
                for i in 0..<bytes.count where stored[start + i] != bytes[i] { return false }
                return true
            }
        }

        mutating func insert(_ decision: Decision, for key: Key) {
            switch probe(key) {
            case .found(let record):
                store(decision, at: record)
            case .empty(let slot):
                let record = count
                slots[slot] = key.bytes.withUnsafeBufferPointer { bytes in
                    Slot(meta: Self.signature(key.digest, count: bytes.count) | UInt64(record + 1), inline: Self.inline(bytes))
                }
                digests.append(key.digest)
                keyBytes.append(contentsOf: key.bytes)
                keyEnds.append(keyBytes.count)
                store(decision, at: nil)
                if count * 2 > slots.count { grow() }
            }
        }

        private mutating func grow() {
            var old = [Slot](repeating: Slot(), count: slots.count * 2)
            swap(&old, &slots)
            let mask = slots.count - 1
            for entry in old where entry.meta != 0 {
                let record = Int(entry.meta & 0xFFFF_FFFF) - 1
                var slot = home(digests[record])
                while slots[slot].meta != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }

        mutating func removeAll() {
            for i in slots.indices { slots[i] = Slot() }
            digests.removeAll(keepingCapacity: true)
            keyEnds.removeAll(keepingCapacity: true)
            keyBytes.removeAll(keepingCapacity: true)
            kinds.removeAll(keepingCapacity: true)
            termIndexes.removeAll(keepingCapacity: true)
            terms.removeAll(keepingCapacity: true)
        }
    }
}
