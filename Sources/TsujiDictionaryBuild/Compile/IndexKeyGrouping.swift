#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TsujiDictionary

/// Turns an index's (key, entry) pairs into a trie and a postings array: sorts the pairs by key
/// bytes then entry, merges repeats, and gives each distinct key either its single entry (flagged
/// in the trie value) or the word offset of a postings list.
///
/// Keys are first copied into one flat byte pool and sorted as 32-bit positions compared with
/// `memcmp`, because sorting millions of `[UInt8]` with the generic comparison is many times slower.
enum IndexKeyGrouping {
    static func build(
        name: String, pairs: [(key: [UInt8], entry: Int)], entryCount: Int
    ) throws(DictionaryWriteError) -> (trie: [UInt32], postings: [UInt32]) {
        var pool: [UInt8] = []
        var starts: [Int] = []
        var lengths: [Int32] = []
        var entries: [UInt32] = []
        pool.reserveCapacity(pairs.reduce(0) { $0 + $1.key.count })
        starts.reserveCapacity(pairs.count)
        lengths.reserveCapacity(pairs.count)
        entries.reserveCapacity(pairs.count)
        for (number, pair) in pairs.enumerated() {
            guard pair.entry >= 0, pair.entry < entryCount else {
                throw .entryOutOfRange(index: name, pair: number, entry: pair.entry)
            }
            // An empty key would match at every position with length 0: it is never indexed.
            if pair.key.isEmpty { continue }
            guard pair.key.count <= Int(Int32.max) else { throw .tooLarge("index \(name): key \(number) is too long") }
            starts.append(pool.count)
            lengths.append(Int32(pair.key.count))
            entries.append(UInt32(pair.entry))
            pool.append(contentsOf: pair.key)
        }
        guard starts.count < Int(Int32.max) else { throw .tooLarge("index \(name) has too many keys") }

        var order = (0..<Int32(starts.count)).map { $0 }
        pool.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress
            order.sort { a, b in
                let la = Int(lengths[Int(a)]), lb = Int(lengths[Int(b)])
                let c = memcmpBytes(base! + starts[Int(a)], base! + starts[Int(b)], min(la, lb))
                if c != 0 { return c < 0 }
                if la != lb { return la < lb }
                return entries[Int(a)] < entries[Int(b)]
            }
        }

        var builder = DoubleArrayTrieBuilder()
        var postings: [UInt32] = []
        var group: [UInt32] = []
        let result: Result<Void, DictionaryWriteError> = pool.withUnsafeBufferPointer { bytes in
            func key(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: bytes[starts[Int(i)]..<(starts[Int(i)] + Int(lengths[Int(i)]))])
            }
            var i = 0
            while i < order.count {
                let first = order[i]
                group.removeAll(keepingCapacity: true)
                var j = i
                while j < order.count, j == i || DoubleArrayTrieBuilder.compare(key(order[j]), key(first)) == 0 {
                    let entry = entries[Int(order[j])]
                    if group.last != entry { group.append(entry) }
                    j += 1
                }
                let value: UInt32
                if group.count == 1 {
                    value = CompiledDictionaryLayout.singleEntryFlag | group[0]
                } else {
                    guard postings.count < Int(CompiledDictionaryLayout.singleEntryFlag) else {
                        return .failure(.tooLarge("index \(name): postings exceed 2^31 words"))
                    }
                    value = UInt32(postings.count)
                    postings.append(UInt32(group.count))
                    postings.append(contentsOf: group)
                }
                do {
                    try builder.append(key(first), value: value)
                } catch {
                    return .failure(.tooLarge("index \(name): \(error)"))
                }
                i = j
            }
            return .success(())
        }
        try result.get()
        do {
            return (try builder.build(), postings)
        } catch {
            throw .tooLarge("index \(name): \(error)")
        }
    }

    private static func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Int32 {
        n == 0 ? 0 : memcmp(a, b, n)
    }
}
