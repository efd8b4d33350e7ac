/// Identifiers derived from a term key, the same on every run and every machine (Swift's
/// `Hasher` is seeded per process, so it cannot serve): TBX concept ids and Anki GUIDs stay put
/// when a glossary is regenerated, and a re-run gives a small diff.
public enum StableID {
    /// 64-bit FNV-1a of the UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 16 lowercase hex digits.
    public static func hex(_ text: String) -> String {
        let digits = String(hash(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// An XML ID (must not start with a digit): `c` and the hex hash.
    public static func conceptID(_ key: String) -> String { "c" + hex(key) }
}
