import TsujiDictionary

/// Chooses, from the variant cross-references of KANJIDIC2 and Unihan, the pairs that extend
/// the embedded folding table (Jōyō shinjitai/kyūjitai + ICU Traditional-Simplified).
///
/// Only pairs that say "this is the same character written another way" are taken: a KANJIDIC2
/// `<variant>` given by a character code (JIS X 0208/0212/0213 or UCS; the cross-references to
/// printed dictionaries such as Nelson's point at related but different characters: 克 → 勝) and
/// a Unihan kZVariant, where the other side is a traditional form that ICU simplifies to a third
/// character: 尭 ↔ 堯 (尧), 唖 ↔ 啞 (哑), so the Japanese form meets the traditional and the
/// simplified one. Semantic variants (different characters of one meaning) and Unihan's
/// simplified/traditional pairs (ICU's table already has them) are left out. A character given
/// two different traditional forms is ambiguous, and ``VariantFolder`` never folds it.
public enum VariantPairSelection {
    /// KANJIDIC2 `var_type`s that name the variant by a character code.
    static let codeTypes: Set<String> = ["jis208", "jis212", "jis213", "ucs"]

    /// (variant, traditional) pairs for ``VariantFolder/init(extraPairs:)``, sorted and unique.
    public static func foldingPairs(from pairs: [VariantPair], base: VariantFolder = .standard) -> [(Unicode.Scalar, Unicode.Scalar)] {
        var chosen = Set<UInt64>()
        func add(_ variant: Unicode.Scalar, _ traditional: Unicode.Scalar) {
            chosen.insert(UInt64(variant.value) << 32 | UInt64(traditional.value))
        }
        for pair in pairs {
            guard let a = single(pair.character), let b = single(pair.variant), a != b else { continue }
            // A character the base table already folds keeps its fold.
            guard base.fold(a) == nil else { continue }
            switch pair.kind {
            case .kanji where codeTypes.contains(pair.detail ?? ""), .z:
                if let simplified = base.fold(b), simplified != a { add(a, b) }
            case .kanji, .traditional, .simplified, .semantic, .specializedSemantic:
                continue
            }
        }
        return chosen.sorted().map { (Unicode.Scalar(UInt32($0 >> 32))!, Unicode.Scalar(UInt32($0 & 0xFFFF_FFFF))!) }
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.value >= 0x3400 else { return nil }
        return scalar
    }
}
