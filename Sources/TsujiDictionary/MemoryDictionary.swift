/// A dictionary layer held in memory: the curated terms and a user's terms (hundreds to a few
/// thousand entries, built in milliseconds at start-up).
public final class MemoryDictionary: DictionaryLayer, @unchecked Sendable {
    public let name: String
    public let entries: [Entry]
    private var indexes: [IndexKind: [String: [Int]]] = [:]
    /// Surface keys by FNV-1a hash of their UTF-8 bytes, so prefix probes allocate nothing.
    private var surfaceByHash: [UInt64: [(key: [UInt8], entries: [Int])]] = [:]
    /// FNV-1a hashes of every leading byte run of every surface key: a probe stops at the first
    /// byte no key continues with, instead of hashing on to the longest key's length.
    private var surfacePrefixHashes: Set<UInt64> = []
    private var longestSurface = 0

    public init(name: String, entries: [Entry], keys: IndexKeys = IndexKeys()) {
        self.name = name
        self.entries = entries
        for (index, entry) in entries.enumerated() {
            for kind in IndexKind.allCases {
                for key in keys.keys(for: entry, in: kind) where !key.isEmpty {
                    indexes[kind, default: [:]][key, default: []].append(index)
                }
            }
        }
        for (key, list) in indexes[.surface] ?? [:] {
            let bytes = Array(key.utf8)
            surfaceByHash[Self.hash(bytes[...]), default: []].append((bytes, Self.unique(list)))
            var hash = Self.offsetBasis
            for byte in bytes {
                hash = Self.step(hash, byte)
                surfacePrefixHashes.insert(hash)
            }
            longestSurface = max(longestSurface, bytes.count)
        }
        for kind in IndexKind.allCases {
            indexes[kind] = indexes[kind]?.mapValues(Self.unique)
        }
    }

    public var entryCount: Int { entries.count }
    public func entry(at index: Int) -> Entry { entries[index] }

    public func forEachSurfacePrefix(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ body: (Int, Int) -> Void) {
        var hash = Self.offsetBasis
        let limit = min(bytes.count - start, longestSurface)
        var length = 0
        while length < limit {
            hash = Self.step(hash, bytes[start + length])
            length += 1
            // No key starts with these bytes (a hash collision only lets the probe run on).
            guard surfacePrefixHashes.contains(hash) else { return }
            // Only whole UTF-8 sequences end a key.
            if start + length < bytes.count, bytes[start + length] & 0xC0 == 0x80 { continue }
            guard let bucket = surfaceByHash[hash] else { continue }
            for candidate in bucket where candidate.key.count == length {
                var same = true
                for k in 0..<length where candidate.key[k] != bytes[start + k] {
                    same = false
                    break
                }
                if same { for entry in candidate.entries { body(length, entry) } }
            }
        }
    }

    public func lookup(_ index: IndexKind, key: String) -> [Int] { indexes[index]?[key] ?? [] }

    public func lookup(_ index: IndexKind, prefix: String, limit: Int) -> [Int] {
        guard let table = indexes[index] else { return [] }
        var found: [Int] = []
        for key in table.keys.sorted() where key.hasPrefix(prefix) {
            found.append(contentsOf: table[key]!)
            if found.count >= limit { break }
        }
        return Array(Self.unique(found).prefix(limit))
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    private static func unique(_ list: [Int]) -> [Int] {
        var seen = Set<Int>()
        return list.filter { seen.insert($0).inserted }
    }
}
