internal import CICU

/// ICU collation, for sorting readings, pinyin and English the way people expect.
///
/// Comparing with an opened ICU collator is thread-safe (the collator is not modified).
public final class Collator: @unchecked Sendable {
    /// Japanese order (kana in gojūon order, あ before か).
    public static let japanese = try? Collator(locale: "ja")
    /// Chinese in pinyin order.
    public static let pinyin = try? Collator(locale: "zh@collation=pinyin")
    /// English order, for English names.
    public static let english = try? Collator(locale: "en")

    /// The ICU locale the collator was opened for, e.g. "zh@collation=pinyin".
    public let locale: String
    private let handle: OpaquePointer

    /// Opens an ICU collator for `locale` ("ja", "en", or a locale with keywords such as
    /// "zh@collation=pinyin"). Throws when ICU cannot open one.
    public init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        guard let handle = tsuji_collator_open(locale, &status), !icuFailed(status) else {
            throw ICUError(code: status, operation: "open collator \(locale)")
        }
        self.locale = locale
        self.handle = handle
    }

    deinit { tsuji_collator_close(handle) }

    /// Whether `a` sorts before `b`.
    public func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

    /// -1, 0 or 1.
    public func compare(_ a: String, _ b: String) -> Int {
        let ua = Array(a.utf16), ub = Array(b.utf16)
        return ua.withUnsafeBufferPointer { pa in
            ub.withUnsafeBufferPointer { pb in
                Int(tsuji_collator_compare(handle, pa.baseAddress, Int32(pa.count), pb.baseAddress, Int32(pb.count)))
            }
        }
    }

    /// A binary sort key: comparing keys bytewise orders as `compare` does. Cheaper when sorting
    /// many strings.
    public func sortKey(_ text: String) -> [UInt8] {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            var key = [UInt8](repeating: 0, count: capacity)
            let length = units.withUnsafeBufferPointer { source in
                key.withUnsafeMutableBufferPointer {
                    Int(tsuji_collator_sort_key(handle, source.baseAddress, Int32(source.count), $0.baseAddress, Int32(capacity)))
                }
            }
            if length <= capacity {
                key.removeSubrange(length...)
                return key
            }
            capacity = length
        }
    }

    /// Sorts `items` by the collation order of `key(item)`.
    public func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
        let keyed = items.map { (sortKey(key($0)), $0) }
        return keyed.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }
}
