import Foundation
import Synchronization

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
        let value = scalar.value
        // Kana, Latin and everything below the Han blocks: never (the common case, no lock).
        guard value >= 0x3400 else { return false }
        // The unified ideographs need no property lookup; the rest of the BMP and beyond do.
        let isUnified = (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
        guard isUnified || scalar.properties.isIdeographic else { return false }
        // Answers are kept per BMP character in a flat table of atomic bytes (0 unknown, 1 no,
        // 2 yes), read without a lock: every Han character of every text annotated asks this.
        if value < 0x10000 {
            let known = knownBMP[Int(value)].load(ordering: .relaxed)
            if known != 0 { return known == 2 }
        }
        if value >= 0x10000 {
            lock.lock()
            let known = simplifiedOnly[value]
            lock.unlock()
            if let known { return known }
        }
        var result = false
        if !isJIS0208(scalar) {
            let traditional = (try? Transliterator.transliterate(String(scalar), "Simplified-Traditional")) ?? String(scalar)
            result = traditional != String(scalar)
        }
        if value < 0x10000 {
            // Two threads may both compute an answer; it is the same answer.
            knownBMP[Int(value)].store(result ? 2 : 1, ordering: .relaxed)
        } else {
            lock.lock()
            simplifiedOnly[value] = result
            lock.unlock()
        }
        return result
    }

    /// The scan behind both public versions, over plain memory.
    static func containsSimplifiedOnly(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let known = knownBMP
        for scalar in scalars where scalar.value >= 0x3400 {
            if scalar.value < 0x10000 {
                let answer = known[Int(scalar.value)].load(ordering: .relaxed)
                if answer == 1 { continue }
                if answer == 2 { return true }
            }
            if isSimplifiedOnly(scalar) { return true }
        }
        return false
    }

    /// Whether the character writes a number: an ASCII or other Unicode digit, or a kanji
    /// numeral (〇一二三 … 十百千万億兆, and 数 "several" as in 数十億).
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39: return true
        case 0..<0x80, 0x3040...0x30FF: return false  // ASCII, kana: the common cases, no property lookup
        default:
            if scalar.properties.numericType != nil { return true }
            return "〇一二三四五六七八九十百千万億兆数".unicodeScalars.contains(scalar)
        }
    }

    /// Whether any of the characters is ``isSimplifiedOnly(_:)``, as the slice version says.
    public static func containsSimplifiedOnly(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.withUnsafeBufferPointer { containsSimplifiedOnly($0) }
    }

    /// Whether any of the characters is ``isSimplifiedOnly(_:)``: for a whole text at the cost of
    /// a comparison per kana or Latin letter and a table read per common kanji (the annotator
    /// asks this of every piece, so a text without one skips its fallbacks).
    public static func containsSimplifiedOnly(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.withUnsafeBufferPointer { containsSimplifiedOnly($0) }
    }

    nonisolated(unsafe) private static var simplifiedOnly: [UInt32: Bool] = [:]
    /// Allocated once and never freed (it lives as long as the process).
    nonisolated(unsafe) private static let knownBMP: UnsafeMutablePointer<Atomic<UInt8>> = {
        let table = UnsafeMutablePointer<Atomic<UInt8>>.allocate(capacity: 0x10000)
        for index in 0..<0x10000 { (table + index).initialize(to: Atomic(0)) }
        return table
    }()
}
