/// One key found by a common-prefix search: the key is the `length` bytes from the search start.
public struct PrefixMatch: Sendable, Hashable {
    public var length: Int
    public var value: UInt32

    public init(length: Int, value: UInt32) {
        self.length = length
        self.value = value
    }
}
