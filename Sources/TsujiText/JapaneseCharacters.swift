import Foundation

/// Which Han characters Japanese writes. A character outside JIS X 0208 (the set every
/// Japanese system has) whose traditional form differs, like 们, 发 or 这, is a simplified
/// Chinese character: a run containing one is Chinese, whatever the text around it.
public enum JapaneseCharacters {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [UInt32: Bool] = [:]
    nonisolated(unsafe) private static var converter: Converter? = try? Converter(encoding: "Shift_JIS")

    /// Whether the character is in JIS X 0208 (as Shift_JIS encodes it).
    public static func isJIS0208(_ scalar: Unicode.Scalar) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[scalar.value] { return known }
        let result = converter?.canEncode(scalar) ?? false
        cache[scalar.value] = result
        return result
    }

    /// A Han character used only in simplified Chinese: not in JIS X 0208, and ICU's
    /// Simplified-Traditional gives another character for it.
    public static func isSimplifiedOnly(_ scalar: Unicode.Scalar) -> Bool {
        // Kana, Latin and everything below the Han blocks: never (the common case, no lock).
        guard scalar.value >= 0x3400, scalar.properties.isIdeographic else { return false }
        lock.lock()
        if let known = simplifiedOnly[scalar.value] {
            lock.unlock()
            return known
        }
        lock.unlock()
        var result = false
        if !isJIS0208(scalar) {
            let traditional = (try? Transliterator.transliterate(String(scalar), "Simplified-Traditional")) ?? String(scalar)
            result = traditional != String(scalar)
        }
        lock.lock()
        simplifiedOnly[scalar.value] = result
        lock.unlock()
        return result
    }

    nonisolated(unsafe) private static var simplifiedOnly: [UInt32: Bool] = [:]
}
