import Foundation

/// A set of strings for removing repeats, equal exactly when Swift's `String` is equal
/// (canonical equivalence), but cheaper: a `Set<String>` hashes every non-ASCII string through
/// its NFC form. A string made only of characters that are NFC on their own and never combine
/// (Latin up to U+02FF, kana, CJK ideographs, full- and half-width forms — nearly every
/// dictionary string) is already NFC, so two such strings are equal exactly when their UTF-8
/// bytes are, and are hashed and compared by bytes. Any other string is compared with `==`.
public struct UniqueStrings {
    /// The plain strings while they are few (compared one by one: no hashing at all)…
    private var few: [String] = []
    /// …and in a set once they are many.
    private var plain: Set<UTF8Bytes>?
    private var other: [String] = []

    /// An empty set.
    public init() {}

    /// Adds `string`; false when an equal string is already in.
    public mutating func insert(_ string: String) -> Bool {
        if Self.isPlainNFC(string) {
            if !other.isEmpty, other.contains(string) { return false }
            if plain != nil { return plain!.insert(UTF8Bytes(string)).inserted }
            if few.contains(where: { UTF8Bytes.same($0, string) }) { return false }
            if few.isEmpty { few.reserveCapacity(8) }
            few.append(string)
            if few.count > 16 { plain = Set(few.map(UTF8Bytes.init)) }
            return true
        }
        if other.contains(string) || few.contains(string) || plain?.contains(where: { $0.string == string }) == true {
            return false
        }
        other.append(string)
        return true
    }

    /// Whether every scalar of `string` is NFC on its own with combining class 0: U+0000–U+02FF,
    /// U+3000–U+3029, U+3041–U+3096, U+309B–U+30FF, U+3400–U+4DBF, U+4E00–U+9FFF, U+FF01–U+FFEE.
    /// Read from the UTF-8 lead bytes, since it runs for every string a term shows.
    static func isPlainNFC(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { bytes in
            var at = 0
            while at < bytes.count {
                let lead = bytes[at]
                switch lead {
                case 0..<0x80:
                    // English is ASCII: eight bytes at a time while no high bit is set.
                    at += 1
                    while at + 8 <= bytes.count,
                        UnsafeRawPointer(bytes.baseAddress! + at).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        at += 8
                    }
                case 0xC2...0xCB: at += 2  // U+0080–U+02FF
                case 0xE3...0xE9, 0xEF:
                    guard at + 2 < bytes.count else { return false }
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[at + 1] & 0x3F) << 6 | UInt32(bytes[at + 2] & 0x3F)
                    switch value {
                    case 0x3000...0x3029, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFFEE: break
                    default: return false
                    }
                    at += 3
                default: return false
                }
            }
            return true
        }
    }
}

/// A string hashed and compared by its UTF-8 bytes, not by canonical equivalence as `String`
/// is: cheaper, and exact for strings that have only one spelling (NFKC fold keys, plain kana).
public struct UTF8Bytes: Hashable, Sendable {
    /// The string, its UTF-8 contiguous.
    public let string: String

    /// Wraps `string`, making its UTF-8 contiguous when it is not (a bridged string).
    public init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    /// Equal when the UTF-8 bytes are equal.
    public static func == (a: UTF8Bytes, b: UTF8Bytes) -> Bool { same(a.string, b.string) }

    /// Whether two strings have the same UTF-8 bytes.
    static func same(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        if count == 0 { return true }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in memcmp(x.baseAddress!, y.baseAddress!, count) == 0 } }
    }

    /// Hashes the UTF-8 bytes, in place when the string's storage is contiguous.
    public func hash(into hasher: inout Hasher) {
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        Array(string.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
