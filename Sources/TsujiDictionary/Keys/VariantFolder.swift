import Foundation
import TsujiText

/// Folds the variants of a Han character to one key: Japanese shinjitai (団 発 広), traditional
/// (團 發 廣) and simplified (团 发 广) all become the simplified form, so 騰訊, 腾讯 and a
/// mixed 騰讯 meet the same dictionary entry.
///
/// The path is shinjitai → kyūjitai (the Jōyō table, plus pairs that full dictionaries add) →
/// simplified (ICU's Traditional-Simplified, one character at a time). One-to-many cases
/// (芸/藝, 弁/辨/辯/瓣) are never folded. Folds of the Basic Multilingual Plane are kept in a flat
/// table (one array read per character of every text annotated); the rare others in a dictionary.
public final class VariantFolder: ScalarFolding, @unchecked Sendable {
    // @unchecked: every stored property is immutable after init.

    /// The folder with the embedded Jōyō table, used when no full dictionaries add pairs.
    public static let standard = VariantFolder()

    /// variant → its fold, for every Han character that folds to another.
    private let folds: [UInt32: UInt32]
    /// The folds of the BMP from U+3400 as a flat table (0: no fold), read by `fold` and by
    /// `TextBuffer` directly.
    private let bmp: ScalarFoldTable
    /// The BMP folds from U+3400 as a flat table, which `TextBuffer` reads without calling
    /// ``fold(_:)``.
    public var foldTable: ScalarFoldTable? { bmp }
    private static let bmpStart: UInt32 = 0x3400

    /// - Parameter extraPairs: (variant, traditional) pairs from KANJIDIC2 or Unihan, added to the
    ///   Jōyō table. A character given more than one traditional form is treated as ambiguous.
    public init(extraPairs: [(Unicode.Scalar, Unicode.Scalar)] = []) {
        var toTraditional: [UInt32: UInt32] = [:]
        var ambiguous = Set(ambiguousShinjitai.keys.map(\.value))
        let joyo = Array(joyoShinjitaiKyujitai.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\\" })
        for index in stride(from: 0, to: joyo.count - 1, by: 2) {
            toTraditional[joyo[index].value] = joyo[index + 1].value
        }
        for (variant, traditional) in extraPairs where variant != traditional {
            if let existing = toTraditional[variant.value], existing != traditional.value {
                ambiguous.insert(variant.value)
            } else {
                toTraditional[variant.value] = traditional.value
            }
        }
        // ICU's Traditional-Simplified, computed at build time (Plugins/EmbedTermsPlugin).
        var toSimplified: [UInt32: UInt32] = [:]
        let pairs = Array(embeddedSimplifications.unicodeScalars)
        toSimplified.reserveCapacity(pairs.count / 2)
        for index in stride(from: 0, to: pairs.count - 1, by: 2) {
            toSimplified[pairs[index].value] = pairs[index + 1].value
        }
        var folds: [UInt32: UInt32] = [:]
        for (from, to) in toSimplified where !ambiguous.contains(from) { folds[from] = to }
        for (shinjitai, kyujitai) in toTraditional where !ambiguous.contains(shinjitai) {
            let simplified = toSimplified[kyujitai] ?? kyujitai
            if simplified != shinjitai { folds[shinjitai] = simplified }
        }
        self.folds = folds
        var bmp = [UInt32](repeating: 0, count: Int(0x10000 - Self.bmpStart))
        for (from, to) in folds where from >= Self.bmpStart && from < 0x10000 { bmp[Int(from - Self.bmpStart)] = to }
        self.bmp = ScalarFoldTable(start: Self.bmpStart, folds: bmp)
    }

    /// The fold of one scalar, or nil when it is its own key.
    @inline(__always)
    public func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        guard value >= Self.bmpStart else { return nil }
        if value < 0x10000 {
            let folded = bmp.folds[Int(value - Self.bmpStart)]
            return folded == 0 ? nil : Unicode.Scalar(folded)
        }
        guard let folded = folds[value] else { return nil }
        return Unicode.Scalar(folded)
    }

    /// The fold key of a whole string (NFKC, case-folded, variants folded): the key the
    /// dictionaries index written forms by.
    public func key(_ text: String) -> String {
        TextBuffer.fold(text, variants: self)
    }
}
