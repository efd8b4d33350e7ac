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

    /// Folded bytes as a dictionary key, hashed once. Keys stored in the memo own their bytes
    /// (a slice of a piece's buffer would keep the whole piece alive).
    struct Key: Hashable {
        let bytes: ArraySlice<UInt8>
        /// FNV-1a of the bytes, made once: the table's hasher then mixes one word, not a run of
        /// bytes (hashing the bytes themselves was a few per cent of annotating).
        let digest: UInt64

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            var digest: UInt64 = 0xCBF2_9CE4_8422_2325
            bytes.withUnsafeBufferPointer { buffer in
                for byte in buffer { digest = (digest ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
            self.digest = digest
        }

        static func == (a: Key, b: Key) -> Bool {
            a.digest == b.digest && a.bytes.withUnsafeBufferPointer { x in
                b.bytes.withUnsafeBufferPointer { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        /// The same key with bytes of its own.
        init(owning key: Key) {
            bytes = Array(key.bytes)[...]
            digest = key.digest
        }
    }

    private let lock = NSLock()
    /// Key → index into `decisions`: the table stays small (annotations are large), so probing
    /// it stays in cache.
    private var indexes: [Key: Int32] = [:]
    private var decisions: [Decision] = []
    private let limit: Int

    init(limit: Int = 50_000) { self.limit = limit }

    func decision(for key: Key) -> Decision? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = indexes[key] else { return nil }
        return decisions[Int(index)]
    }

    func remember(_ decision: Decision, for key: Key) {
        let owned = Key(owning: key)
        lock.lock()
        defer { lock.unlock() }
        if decisions.count >= limit {
            indexes.removeAll(keepingCapacity: true)
            decisions.removeAll(keepingCapacity: true)
        }
        if let index = indexes[owned] {
            decisions[Int(index)] = decision
        } else {
            indexes[owned] = Int32(decisions.count)
            decisions.append(decision)
        }
    }
}
