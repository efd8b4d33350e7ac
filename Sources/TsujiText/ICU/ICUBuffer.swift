internal import CICU

/// An ICU failure, with ICU's own error name.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's `UErrorCode` (positive values are failures).
    public let code: Int32
    /// What tsuji asked ICU to do, e.g. "open transliterator Han-Latin".
    public let operation: String
    /// "<operation> failed: <ICU's error name>", e.g. "open word break iterator failed:
    /// U_MEMORY_ALLOCATION_ERROR".
    public var description: String {
        "\(operation) failed: \(String(cString: tsuji_error_name(code)))"
    }
}

@inline(__always) func icuFailed(_ status: Int32) -> Bool { status > 0 }

/// U_BUFFER_OVERFLOW_ERROR
let icuBufferOverflow: Int32 = 15

/// Calls an ICU function that writes UTF-16 into a caller buffer, growing the buffer once when
/// ICU reports the size it needs.
func withGrowingUTF16Buffer(
    initialCapacity: Int,
    operation: String,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var status: Int32 = 0
        var result = [UInt16](repeating: 0, count: capacity)
        let needed = result.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
        if status == icuBufferOverflow || Int(needed) > capacity {
            capacity = Int(needed) + 1
            continue
        }
        if icuFailed(status) { throw ICUError(code: status, operation: operation) }
        result.removeSubrange(Int(needed)...)
        return result
    }
    throw ICUError(code: icuBufferOverflow, operation: operation)
}

/// ICU's version string, e.g. "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    tsuji_icu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
