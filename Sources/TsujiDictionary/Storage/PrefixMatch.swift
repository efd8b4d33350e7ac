/// One key found by a common-prefix search: the key is the `length` bytes from the search start.
struct PrefixMatch: Sendable, Hashable {
    var length: Int
    var value: UInt32
}
