/// An output buffer of UTF-8 bytes for the renderers. Appending to a
/// `String.UnicodeScalarView` piece by piece copies the whole string each time (quadratic on a
/// long article); bytes in an array append in amortized constant time.
///
/// Inlinable: the renderers of other modules append a scalar at a time in their inner loops.
public struct UTF8Writer {
    /// The bytes written so far.
    public var bytes: [UInt8] { storage }
    @usableFromInline var storage: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    @inlinable
    public init(capacity: Int = 0) { storage.reserveCapacity(capacity) }

    /// Appends the UTF-8 of `text`.
    @inlinable
    public mutating func append(_ text: String) { storage.append(contentsOf: text.utf8) }

    /// Appends the UTF-8 of one scalar.
    @inlinable
    public mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            storage.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { storage.append($0) }
        }
    }

    /// Appends the UTF-8 of every scalar.
    @inlinable
    public mutating func append<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) {
        for scalar in scalars { append(scalar) }
    }

    /// The bytes written, as a string.
    @inlinable
    public var string: String { String(decoding: storage, as: UTF8.self) }

    /// The scalars as a string, in one go.
    @inlinable
    public static func string<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var writer = UTF8Writer(capacity: scalars.underestimatedCount)
        writer.append(scalars: scalars)
        return writer.string
    }
}
