/// The kana ranges that tsuji's fast paths test, named once. Each path asks the question it
/// needs (a letter, a whole block, plain kana that is its own NFKC), and every answer comes
/// from here. Inlinable: they sit in per-character loops of other modules.
public enum Kana {
    /// Hiragana letters ぁ…ゖ (U+3041–3096): precomposed, no marks.
    @inlinable
    public static func isHiraganaLetter(_ value: UInt32) -> Bool { value >= 0x3041 && value <= 0x3096 }

    /// Katakana letters ァ…ヺ (U+30A1–30FA): precomposed, no marks.
    @inlinable
    public static func isKatakanaLetter(_ value: UInt32) -> Bool { value >= 0x30A1 && value <= 0x30FA }

    /// A hiragana or katakana letter.
    @inlinable
    public static func isLetter(_ value: UInt32) -> Bool { isHiraganaLetter(value) || isKatakanaLetter(value) }

    /// The middle dot ・ (U+30FB) that separates the words of a katakana name.
    public static let middleDot: UInt32 = 0x30FB
    /// The prolonged sound mark ー (U+30FC).
    public static let prolongedSoundMark: UInt32 = 0x30FC

    /// Plain kana: a letter, ・ or ー. Such text is its own NFKC, so it needs no ICU call.
    @inlinable
    public static func isPlain(_ value: UInt32) -> Bool { isHiraganaLetter(value) || (value >= 0x30A1 && value <= 0x30FC) }

    /// Anything in the Hiragana block (U+3041–309F): letters, voicing and iteration marks, ゟ.
    @inlinable
    public static func isInHiraganaBlock(_ value: UInt32) -> Bool { value >= 0x3041 && value <= 0x309F }

    /// Anything in the Hiragana or Katakana block (U+3041–30FF).
    @inlinable
    public static func isInKanaBlocks(_ value: UInt32) -> Bool { value >= 0x3041 && value <= 0x30FF }
}
