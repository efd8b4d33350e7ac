import TsujiText
import TsujiDictionary

/// Turns Unihan's romanized Japanese readings (kJapaneseOn `KAN`, kJapaneseKun `HITOTSU`) into
/// kana with ICU's Latin-Katakana / Latin-Hiragana transforms.
///
/// Unihan writes ふ as `HU` (which ICU reads as へぅ; `SHU`, `CHU` are left alone) and ん before n as `NN` (which ICU reads as
/// a doubled consonant, っ): both are rewritten first (`fu`, `n'n`). A result that is not all kana
/// is refused (nil), so a reading ICU cannot place is never stored wrong.
enum UnihanKana {
    static func katakana(_ romaji: String) -> String? {
        convert(romaji, transform: "Latin-Katakana", range: 0x30A1...0x30FC)
    }

    static func hiragana(_ romaji: String) -> String? {
        convert(romaji, transform: "Latin-Hiragana", range: 0x3041...0x309F)
    }

    private static func convert(_ romaji: String, transform: String, range: ClosedRange<UInt32>) -> String? {
        var prepared: [UInt8] = []
        prepared.reserveCapacity(romaji.utf8.count + 2)
        for byte in romaji.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if lower == UInt8(ascii: "u"), prepared.last == UInt8(ascii: "h"),
               prepared.count < 2 || (prepared[prepared.count - 2] != UInt8(ascii: "s") && prepared[prepared.count - 2] != UInt8(ascii: "c")) {
                prepared[prepared.count - 1] = UInt8(ascii: "f")
            } else if lower == UInt8(ascii: "n"), prepared.last == UInt8(ascii: "n") {
                prepared.append(UInt8(ascii: "'"))
            }
            prepared.append(lower)
        }
        guard let result = try? Transliterator.transliterate(String(decoding: prepared, as: UTF8.self), transform), !result.isEmpty,
              result.unicodeScalars.allSatisfy({ range.contains($0.value) }) else { return nil }
        return result
    }
}
