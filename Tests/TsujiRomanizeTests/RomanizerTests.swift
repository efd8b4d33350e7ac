import Foundation
import Testing
import TsujiText
@testable import TsujiRomanize

@Suite struct HanziFallbackTests {
    // Readings are the standard Mandarin ones of each character.
    @Test(arguments: [
        TextCase("中国", "zhōng guó"), TextCase("绿色", "lǜ sè"), TextCase("通义千问", "tōng yì qiān wèn"),
        TextCase("女儿", "nǚ ér"), TextCase("紅包", "hóng bāo"), TextCase("人々", "rén rén"),
        TextCase("中国abc", "zhōng guó abc"), TextCase("ひらがな", "ひらがな"), TextCase("深度求索", "shēn dù qiú suǒ"),
        TextCase("", ""), TextCase("中、国", "zhōng、guó"), TextCase("2026年", "2026 nián"),
    ]) func perCharacter(_ example: TextCase) {
        #expect(HanziFallback.pinyin(example.input) == example.output)
    }

    @Test func oneCharacter() {
        #expect(HanziFallback.reading("腾") == "téng")
        #expect(HanziFallback.reading("〆") == nil)
    }
}

@Suite struct RomanizerTests {
    @Test func autoPicksBySystem() {
        let auto = Romanizer()
        #expect(auto.romanize("とうきょう").output == "tōkyō")
        #expect(auto.romanize("とうきょう").systemUsed == "hepburn")
        let hanzi = auto.romanize("通义千问")
        #expect(hanzi.output == "tōng yì qiān wèn")
        #expect(hanzi.systemUsed == "pinyin")
        #expect(hanzi.usedFallback)
        let mixed = auto.romanize("東京タワー")
        #expect(mixed.output == "dōng jīng tawā")
        #expect(mixed.systemUsed == "mixed")
        #expect(auto.romanize("Qwen 2.5").output == "Qwen 2.5")
        #expect(auto.romanize("Qwen 2.5").systemUsed == "none")
        #expect(auto.romanize("").output == "")
        #expect(auto.romanize("").segments.isEmpty)
        #expect(Romanizer(system: .pinyin).romanize("").output == "")
        #expect(ScriptRuns.runs("").isEmpty)
    }

    @Test func wordsAreSpacedButPunctuationIsNot() {
        let auto = Romanizer()
        #expect(auto.romanize("AIのモデル").output == "AI no moderu")
        #expect(auto.romanize("アリババ（阿里巴巴）").output == "aribaba（ā lǐ bā bā）")
        #expect(auto.romanize("ドナルド・トランプ").output == "donarudo toranpu")
        #expect(auto.romanize("2026年").output == "2026 nián")
        #expect(auto.romanize("「ラーメン」").output == "「rāmen」")
    }

    @Test func japaneseHanIsNeverReadByHanLatin() {
        let auto = Romanizer()
        let people = auto.romanize("人々")
        #expect(people.output == "人々")
        #expect(!people.usedFallback)
        #expect(auto.romanize("三ヶ月").output == "三ヶ月")
    }

    @Test func segmentsCoverTheInput() {
        let text = "アリババは通义千问を"
        let result = Romanizer().romanize(text)
        #expect(result.segments.first?.range.lowerBound == 0)
        #expect(result.segments.last?.range.upperBound == text.unicodeScalars.count)
        for (a, b) in zip(result.segments, result.segments.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        #expect(result.segments.map(\.source) == [.kana, .kana, .fallback, .kana])
    }

    @Test func wordPinyinComesFirst() {
        let words: [String: String] = ["通义千问": "Tōngyì Qiānwèn", "千问": "qiānwèn", "阿里巴巴": "Ālǐbābā"]
        let romanizer = Romanizer(wordPinyin: { words[$0] })
        let whole = romanizer.romanize("通义千问")
        #expect(whole.output == "Tōngyì Qiānwèn")
        #expect(!whole.usedFallback)
        #expect(whole.segments.map(\.source) == [.dictionary])
        let partial = romanizer.romanize("义千问")
        #expect(partial.output == "yì qiānwèn")
        #expect(partial.segments.map(\.source) == [.fallback, .dictionary])
        #expect(partial.segments.map(\.range) == [0..<1, 1..<3])
        #expect(romanizer.romanize("阿里巴巴と腾讯").output == "Ālǐbābā to téng xùn")
    }

    @Test func explicitSystems() {
        let hepburn = Romanizer(system: .hepburn)
        #expect(hepburn.romanize("東京タワー").output == "東京 tawā")
        #expect(hepburn.romanize("通义").systemUsed == "none")
        let pinyin = Romanizer(system: .pinyin)
        #expect(pinyin.romanize("とうきょう").output == "とうきょう")
        #expect(pinyin.romanize("Tong1 yi4 Qian1 wen4").output == "Tōngyì Qiānwèn")
        #expect(pinyin.romanize("Tōngyì").output == "Tōngyì")
        #expect(Romanizer(system: .pinyin, pinyinStyle: .numbered).romanize("Tōngyì").output == "Tong1 yi4")
        #expect(Romanizer(system: .pinyin, pinyinStyle: .toneless).romanize("Tong1 yi4").output == "Tongyi")
    }

    @Test func styles() {
        let ascii = Romanizer(hepburnStyle: .ascii, pinyinStyle: .toneless)
        #expect(ascii.romanize("とうきょう 北京").output == "toukyou bei jing")
        let numbered = Romanizer(pinyinStyle: .numbered)
        #expect(numbered.romanize("通义").output == "tong1 yi4")
        let kunrei = Romanizer(hepburnStyle: .kunrei)
        #expect(kunrei.romanize("しんぶん").output == "sinbun")
    }
}

/// The readings embedded at build time against ICU's Han-Latin asked now, character by character.
@Suite struct EmbeddedHanLatinTests {
    @Test func embeddedReadingsAgreeWithICU() throws {
        let transform = try Transliterator.named("Han-Latin")
        var checked = 0
        for value in stride(from: UInt32(0x3400), through: 0x2A6DF, by: 37) {
            guard let scalar = Unicode.Scalar(value), ScriptRuns.scriptClass(of: scalar) == .han else { continue }
            let original = String(scalar)
            let result = transform.transliterate(original).trimmingCharacters(in: .whitespaces)
            let expected = result != original && result.unicodeScalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) != .han }) ? result : nil
            #expect(HanziFallback.reading(scalar) == expected, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 1000)
        #expect(HanziFallback.reading("中") == "zhōng")
    }
}

/// `Hepburn.looseKey(romaji:)` decomposes precomposed Latin letters from a cache; the key must be
/// what ICU's NFD of the whole string gives.
@Suite struct LooseKeyDecompositionTests {
    func keyThroughICU(_ romaji: String) -> String {
        let ascii = Normalizer.normalize(romaji, .nfd).unicodeScalars.filter(\.isASCII)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: ascii)
        return Hepburn.looseKey(romaji: String(view))
    }

    @Test func everyLatinLetterAgreesWithICU() {
        let letters = (UInt32(0xC0)...0x24F).map { $0 } + (UInt32(0x1E00)...0x1EFF).map { $0 }
        for value in letters {
            let letter = String(Unicode.Scalar(value)!)
            for text in ["k" + letter + "a", letter, "sh" + letter + "n'ya"] {
                #expect(Hepburn.looseKey(romaji: text) == keyThroughICU(text), "\(text)")
            }
        }
        #expect(Hepburn.looseKey(romaji: "Tōkyō") == "tokyo")
        #expect(Hepburn.looseKey(romaji: "Tsūgi") == "tsugi")
        #expect(LatinDecomposition.nfd("ǚ") == ["u", "\u{308}", "\u{30C}"])
        #expect(LatinDecomposition.nfd("テ") == nil)
    }
}
