/// An output buffer of UTF-8 bytes for the renderers. Appending to a
/// `String.UnicodeScalarView` piece by piece copies the whole string each time (quadratic on a
/// long article); bytes in an array append in amortized constant time.
struct UTF8Writer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    mutating func append<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) {
        for scalar in scalars { append(scalar) }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The scalars as a string, in one go.
    static func string<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var writer = UTF8Writer(capacity: scalars.underestimatedCount)
        writer.append(scalars: scalars)
        return writer.string
    }
}
