import TsujiDictionary

/// How two characters are variants of each other.
public enum VariantKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unihan kSimplifiedVariant: `variant` is the simplified form of `character`.
    case simplified
    /// Unihan kTraditionalVariant: `variant` is the traditional form of `character`.
    case traditional
    /// Unihan kSemanticVariant: same meaning, interchangeable.
    case semantic
    /// Unihan kSpecializedSemanticVariant: same meaning in some senses only.
    case specializedSemantic
    /// Unihan kZVariant: the same character, shapes differ only in font style.
    case z
    /// A KANJIDIC2 `<variant>`: a cross-referenced form of the kanji (old/new form, itaiji).
    case kanji
}
