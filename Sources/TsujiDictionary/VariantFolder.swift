import Foundation
import TsujiText

/// Folds the variants of a Han character to one key: Japanese shinjitai (団 発 広), traditional
/// (團 發 廣) and simplified (团 发 广) all become the simplified form, so 騰訊, 腾讯 and a
/// mixed 騰讯 meet the same dictionary entry.
///
/// The path is shinjitai → kyūjitai (the Jōyō table, plus pairs that full dictionaries add) →
/// simplified (ICU's Traditional-Simplified, one character at a time). One-to-many cases
/// (芸/藝, 弁/辨/辯/瓣) are never folded. Results are cached in a flat table per 256-character
/// block, filled on first use with one ICU call per block.
public final class VariantFolder: ScalarFolding, @unchecked Sendable {
    /// The folder with the embedded Jōyō table, used when no full dictionaries add pairs.
    public static let standard = VariantFolder()

    private let toTraditional: [UInt32: UInt32]
    private let blocked: Set<UInt32>
    private let lock = NSLock()
    /// 0 = not computed; otherwise the folded scalar value (which may equal the input).
    private var table = [UInt32](repeating: 0, count: 0x30000)
    private var blockDone = [Bool](repeating: false, count: 0x300)

    /// - Parameter extraPairs: (variant, traditional) pairs from KANJIDIC2 or Unihan, added to the
    ///   Jōyō table. A character given more than one traditional form is treated as ambiguous.
    public init(extraPairs: [(Unicode.Scalar, Unicode.Scalar)] = []) {
        var map: [UInt32: UInt32] = [:]
        var ambiguous = Set(ambiguousShinjitai.keys.map(\.value))
        let joyo = Array(joyoShinjitaiKyujitai.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\\" })
        for index in stride(from: 0, to: joyo.count - 1, by: 2) {
            map[joyo[index].value] = joyo[index + 1].value
        }
        for (variant, traditional) in extraPairs where variant != traditional {
            if let existing = map[variant.value], existing != traditional.value {
                ambiguous.insert(variant.value)
            } else {
                map[variant.value] = traditional.value
            }
        }
        toTraditional = map
        blocked = ambiguous
    }

    /// The fold of one scalar, or nil when it is its own key.
    public func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        guard value >= 0x2E80, value < 0x30000, isHanLike(value) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        let block = Int(value >> 8)
        if !blockDone[block] { fill(block: block) }
        let folded = table[Int(value)]
        return folded == value || folded == 0 ? nil : Unicode.Scalar(folded)
    }

    /// The fold key of a whole string (NFKC, case-folded, variants folded): the key the
    /// dictionaries index written forms by.
    public func key(_ text: String) -> String {
        TextBuffer(text, variants: self).foldedText
    }

    /// Whether two written forms meet under folding.
    public func sameKey(_ a: String, _ b: String) -> Bool { key(a) == key(b) }

    @inline(__always) private func isHanLike(_ value: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value) || (0x20000..<0x30000).contains(value)
    }

    /// Computes the folds of one 256-character block with a single ICU call.
    private func fill(block: Int) {
        let start = UInt32(block << 8)
        var traditional: [Unicode.Scalar] = []
        var sources: [UInt32] = []
        for value in start..<(start + 256) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isIdeographic || (0xF900...0xFAFF).contains(value) else {
                table[Int(value)] = value
                continue
            }
            if blocked.contains(value) {
                table[Int(value)] = value
                continue
            }
            sources.append(value)
            traditional.append(Unicode.Scalar(toTraditional[value] ?? value) ?? scalar)
        }
        if !sources.isEmpty {
            var joined = String.UnicodeScalarView()
            joined.append(contentsOf: traditional)
            let converter = try? Transliterator.named("Traditional-Simplified")
            let simplified = Array((converter?.transliterate(String(joined)) ?? String(joined)).unicodeScalars)
            if simplified.count == sources.count {
                for (index, value) in sources.enumerated() { table[Int(value)] = simplified[index].value }
            } else {
                // ICU changed the length (a phrase rule): fall back to one call per character.
                for (index, value) in sources.enumerated() {
                    let one = converter?.transliterate(String(traditional[index])) ?? String(traditional[index])
                    let scalars = Array(one.unicodeScalars)
                    table[Int(value)] = scalars.count == 1 ? scalars[0].value : traditional[index].value
                }
            }
        }
        blockDone[block] = true
    }
}
