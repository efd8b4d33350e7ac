/// The ways a dictionary is indexed. Every index maps a normalized key (see `IndexKeys`) to
/// entries.
public enum IndexKind: String, Sendable, CaseIterable, Codable {
    /// Fold keys of written forms: what the matcher scans text with.
    case surface
    /// Kana readings, folded to katakana.
    case reading
    /// Toneless pinyin, syllables joined ("tongyiqianwen").
    case pinyin
    /// Loose Hepburn of the readings ("tsugisenmon").
    case romaji
    /// English names and senses, lowercased, whole and word by word.
    case english
}
