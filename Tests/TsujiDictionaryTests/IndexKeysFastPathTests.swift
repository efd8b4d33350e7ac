import Foundation
import Testing
import TsujiText
@testable import TsujiDictionary
import TsujiTestSupport

/// The index keys skip ICU for plain input (ASCII, precomposed Latin letters, plain kana); these
/// tests hold the shortcuts to what ICU's normalization gives for the same input.
@Suite struct IndexKeysFastPathTests {
    let keys = IndexKeys()

    /// The pinyin key as made before the shortcut: ICU's NFD of the whole string.
    func pinyinThroughICU(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let decomposed = Normalizer.normalize(text.replacingOccurrences(of: "u:", with: "v"), .nfd)
        var previous: Unicode.Scalar = " "
        for scalar in decomposed.unicodeScalars {
            switch scalar.value {
            case 0x0308 where previous == "u" || previous == "U":
                out.removeLast()
                out.append("v")
            case 0x0300...0x036F: continue
            case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A: out.append(scalar)
            default: break
            }
            previous = scalar
        }
        return String(out)
    }

    @Test func pinyinKeyOfEveryLatinLetterMatchesICU() {
        let letters = (UInt32(0x20)...0x7E).map { $0 } + (UInt32(0xC0)...0x24F).map { $0 } + (UInt32(0x1E00)...0x1EFF).map { $0 }
        for value in letters {
            let letter = String(Unicode.Scalar(value)!)
            for text in ["n" + letter + "n", "u" + letter, letter + "u:", "lu:" + letter] {
                #expect(keys.pinyin(text) == pinyinThroughICU(text), "\(text)")
            }
        }
        for text in ["Tōngyì Qiānwèn", "lǜ", "nu:3", "NU:", "lüè", "Xī'ān", "hóngbāo", "tong1yi4", "u", "uu:u", "ǖǘǚǜ"] {
            #expect(keys.pinyin(text) == pinyinThroughICU(text), "\(text)")
        }
        #expect(keys.pinyin("Tōngyì Qiānwèn") == "tongyiqianwen")
        #expect(keys.pinyin("lǜ") == "lv")
    }

    @Test func englishFoldOfASCIIMatchesICU() {
        for value in UInt32(0)...0x7F {
            let text = String(Unicode.Scalar(value)!)
            #expect(IndexKeys.asciiLowercased(text) == Normalizer.normalize(text, .nfkcCasefold), "U+\(value)")
        }
        #expect(keys.englishPhrase("Red Envelope (gift)") == "red envelope")
    }

    /// `englishPhrase` as made before the ASCII shortcut: ICU's NFKC case fold, then scalars.
    func englishThroughICU(_ text: String) -> String {
        IndexKeys.englishPhrase(folded: Normalizer.normalize(text, .nfkcCasefold))
    }

    @Test func englishPhraseOfASCIIMatchesICU() {
        var generator = SplitMix64(state: 6)
        let alphabet = (UInt32(0)...0x7F).map { Character(Unicode.Scalar($0)!) }
        var samples = ["Red Envelope (gift)", "Tongyi Qianwen", "(abbr) Qwen", "St. John's Wort", "a  b\tc", "((x) y) z", "", ")"]
        for _ in 0..<2000 {
            let length = Int(generator.next() % 24)
            samples.append(String((0..<length).map { _ in alphabet[Int(generator.next() % 128)] }))
        }
        for text in samples {
            #expect(keys.englishPhrase(text) == englishThroughICU(text), "\(text.debugDescription)")
        }
    }

    @Test func readingOfPlainKanaMatchesICU() {
        let kana = (UInt32(0x3041)...0x3096).map { $0 } + (UInt32(0x30A1)...0x30FC).map { $0 }
        for value in kana {
            let text = String(Unicode.Scalar(value)!)
            #expect(Normalizer.normalize(text, .nfkc) == text, "U+\(String(value, radix: 16))")
        }
        #expect(keys.reading("ほんばお") == "ホンバオ")
        #expect(keys.reading("ﾎﾝﾊﾞｵ") == "ホンバオ")
        #expect(keys.reading("つうぎ・せんもん") == "ツウギセンモン")
    }
}
