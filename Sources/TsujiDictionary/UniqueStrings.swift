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

    public init() {}

    /// Adds `string`; false when an equal string is already in.
    public mutating func insert(_ string: String) -> Bool {
        if Self.isPlainNFC(string) {
            if !other.isEmpty, other.contains(string) { return false }
            if plain != nil { return plain!.insert(UTF8Bytes(string)).inserted }
            if few.contains(where: { UTF8Bytes.same($0, string) }) { return false }
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

    /// Whether every scalar of `string` is NFC on its own with combining class 0.
    static func isPlainNFC(_ string: String) -> Bool {
        string.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x2FF, 0x3000...0x3029, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xFF01...0xFFEE:
                true
            default: false
            }
        }
    }
}

/// A string hashed and compared by its UTF-8 bytes.
struct UTF8Bytes: Hashable {
    let string: String

    init(_ string: String) {
        var string = string
        string.makeContiguousUTF8()
        self.string = string
    }

    static func == (a: UTF8Bytes, b: UTF8Bytes) -> Bool { same(a.string, b.string) }

    /// Whether two strings have the same UTF-8 bytes.
    static func same(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        if let done: Void = string.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        Array(string.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
