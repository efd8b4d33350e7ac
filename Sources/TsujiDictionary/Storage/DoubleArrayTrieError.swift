/// Why a double-array trie could not be built or read.
public enum DoubleArrayTrieError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Keys must be appended in strictly ascending byte order; key number `index` was not.
    case unsortedKey(index: Int)
    /// Key number `index` equals the key before it.
    case duplicateKey(index: Int)
    /// The trie would need more units or tail bytes than the 31-bit fields can address.
    case tooLarge
    /// The serialized words or bytes do not describe a trie; the message says what is wrong.
    case malformed(String)

    /// The error as one line for a message.
    public var description: String {
        switch self {
        case .unsortedKey(let index): "trie key \(index) is not in ascending byte order"
        case .duplicateKey(let index): "trie key \(index) repeats the key before it"
        case .tooLarge: "trie is too large for its 31-bit offsets"
        case .malformed(let message): "malformed trie: \(message)"
        }
    }
}
