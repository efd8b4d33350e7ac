import TsujiDictionary

/// Two characters that a source says are variants of each other.
public struct VariantPair: Sendable, Hashable, Codable {
    /// The character the source lists the variant under.
    public var character: String
    /// The variant form.
    public var variant: String
    /// How the two are variants (simplified, traditional, semantic, …).
    public var kind: VariantKind
    /// `kanjidic2` or `unihan`.
    public var source: String
    /// KANJIDIC2's `var_type` (`jis208`, `jis212`, `ucs`, `nelson_c`, …), which names the code the
    /// variant was given by; nil for Unihan.
    public var detail: String?

    /// A pair as a source lists it.
    public init(character: String, variant: String, kind: VariantKind, source: String, detail: String? = nil) {
        self.character = character
        self.variant = variant
        self.kind = kind
        self.source = source
        self.detail = detail
    }
}
