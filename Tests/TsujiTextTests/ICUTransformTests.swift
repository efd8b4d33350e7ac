import Testing
@testable import TsujiText

@Suite struct NormalizerTests {
    @Test func nfkcFoldsFullWidthAndHalfWidth() {
        #expect(Normalizer.normalize("ＡＩ２０２６", .nfkc) == "AI2026")
        #expect(Normalizer.normalize("ﾃﾝｾﾝﾄ", .nfkc) == "テンセント")
        #expect(Normalizer.normalize("ﾎﾝﾊﾞｵ", .nfkc) == "ホンバオ")
        #expect(Normalizer.normalize("㍿", .nfkc) == "株式会社")
    }

    @Test func nfcComposesAndNfdDecomposes() {
        #expect(Normalizer.normalize("か\u{3099}", .nfc) == "が")
        #expect(Normalizer.normalize("が", .nfd).unicodeScalars.count == 2)
        #expect(Normalizer.normalize("e\u{301}", .nfc) == "é")
    }

    @Test func casefoldLowersLatin() {
        #expect(Normalizer.normalize("Qwen ＤｅｅｐＳｅｅｋ", .nfkcCasefold) == "qwen deepseek")
    }

    @Test func widthFoldingChangesOnlyWidth() {
        #expect(Normalizer.foldWidth("ＡＩ２０２６と㍿とﾃﾝｾﾝﾄ") == "AI2026と㍿とテンセント")
        #expect(Normalizer.foldWidth("ﾊﾞｲﾄﾞｩ") == "バイドゥ")
        #expect(Normalizer.foldWidth("全角\u{3000}空白") == "全角 空白")
    }
}

@Suite struct TransliteratorTests {
    @Test func traditionalToSimplified() throws {
        #expect(try Transliterator.transliterate("騰訊", "Traditional-Simplified") == "腾讯")
        #expect(try Transliterator.transliterate("字節跳動", "Traditional-Simplified") == "字节跳动")
    }

    @Test func simplifiedToTraditional() throws {
        #expect(try Transliterator.transliterate("腾讯", "Simplified-Traditional") == "騰訊")
    }

    @Test func hanLatinGivesPinyin() throws {
        #expect(try Transliterator.transliterate("中国", "Han-Latin") == "zhōng guó")
    }

    @Test func kanaTransforms() throws {
        #expect(try Transliterator.transliterate("ひらがな", "Hiragana-Katakana") == "ヒラガナ")
        #expect(try Transliterator.transliterate("テンセント", "Katakana-Latin") == "tensento")
    }

    @Test func unknownIDThrows() {
        #expect(throws: ICUError.self) { try Transliterator.named("No-Such-Transform") }
    }

    @Test func cachedAndUsableFromManyThreads() async throws {
        let first = try Transliterator.named("Traditional-Simplified")
        let second = try Transliterator.named("Traditional-Simplified")
        #expect(first === second)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 { group.addTask { first.transliterate("騰訊與阿里巴巴") } }
            var all: [String] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == "腾讯与阿里巴巴" })
    }
}

@Suite struct WordBreakerTests {
    @Test func japaneseSentenceBreaksIntoWords() throws {
        let words = try WordBreaker.words("私は東京に住んでいます。")
        #expect(words.count >= 4)
        #expect(words.contains("東京"))
        #expect(words.joined() == "私は東京に住んでいます")
    }

    @Test func segmentsCoverTheTextAndCarryKinds() throws {
        let text = "アリババは2026年にAIを"
        let segments = try WordBreaker.segments(text)
        #expect(segments.first?.range.lowerBound == 0)
        #expect(segments.last?.range.upperBound == text.unicodeScalars.count)
        for (a, b) in zip(segments, segments.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        #expect(segments.contains { $0.kind == .number })
        // ICU gives its dictionary words (kana or kanji) the ideographic status.
        #expect(segments.filter { $0.kind == .ideographic }.count >= 2)
        #expect(segments.contains { $0.kind == .ideographic })
    }

    @Test func offsetsAreScalarsNotUTF16() throws {
        // 𠮷 is outside the BMP: two UTF-16 units, one scalar.
        let segments = try WordBreaker.segments("𠮷野家で")
        #expect(segments.last?.range.upperBound == 4)
    }
}

@Suite struct CollatorTests {
    @Test func japaneseOrder() throws {
        let collator = try Collator(locale: "ja")
        #expect(collator.areInIncreasingOrder("あ", "か"))
        #expect(collator.sorted(["さくら", "あさ", "かき"], by: { $0 }) == ["あさ", "かき", "さくら"])
    }

    @Test func pinyinOrder() throws {
        let collator = try Collator(locale: "zh@collation=pinyin")
        // bǎi (百) < chūn (春) < hóng (红)
        #expect(collator.sorted(["红包", "春节", "百度"], by: { $0 }) == ["百度", "春节", "红包"])
    }

    @Test func sortKeysAgreeWithCompare() throws {
        let collator = try Collator(locale: "en")
        let a = collator.sortKey("apple"), b = collator.sortKey("Banana")
        #expect(a.lexicographicallyPrecedes(b) == (collator.compare("apple", "Banana") < 0))
    }
}

@Suite struct ConverterTests {
    // 東京 in EUC-JP.
    let tokyoEUC: [UInt8] = [0xC5, 0xEC, 0xB5, 0xFE]

    @Test func eucJPDecodes() throws {
        #expect(try Converter.decode(tokyoEUC, encoding: "EUC-JP") == "東京")
    }

    @Test func invalidByteIsReportedAtItsOffset() {
        let bytes: [UInt8] = [0x41, 0x42] + tokyoEUC + [0xFF, 0x43]
        #expect(throws: DecodingError.self) { try Converter.decode(bytes, encoding: "EUC-JP") }
        do {
            _ = try Converter.decode(bytes, encoding: "EUC-JP")
        } catch {
            #expect(error.byteOffset == 6)
        }
    }

    @Test func chunksKeepPartialCharactersAndCountOffsets() throws {
        let converter = try Converter(encoding: "EUC-JP")
        var text = try converter.decode(tokyoEUC[0..<3])
        text += try converter.decode(tokyoEUC[3...] + [0x8E], final: false)
        #expect(text == "東京")
        #expect(throws: DecodingError.self) { try converter.decode([UInt8](), final: true) }
    }

    @Test func otherLegacyEncodings() throws {
        #expect(try Converter.decode([0x93, 0x8C, 0x8B, 0x9E], encoding: "Shift_JIS") == "東京")
        #expect(try Converter.decode([0xD6, 0xD0, 0xB9, 0xFA], encoding: "GB18030") == "中国")
        #expect(try Converter.decode([0xA4, 0xA4, 0xB0, 0xEA], encoding: "Big5") == "中國")
    }

    @Test func unknownEncoding() {
        #expect(throws: DecodingError.unknownEncoding("nope-8")) { try Converter(encoding: "nope-8") }
    }

    @Test func utf8Validation() throws {
        #expect(throws: DecodingError.invalidSequence(encoding: "UTF-8", byteOffset: 3, length: 1)) {
            try UTF8Decoding.decode([0x61, 0x62, 0x63, 0xFF, 0x64])
        }
        // Overlong encoding of "/" and a lone surrogate are invalid.
        #expect(throws: DecodingError.self) { try UTF8Decoding.decode([0xC0, 0xAF]) }
        #expect(throws: DecodingError.self) { try UTF8Decoding.decode([0xED, 0xA0, 0x80]) }
        // A truncated sequence at the end.
        #expect(throws: DecodingError.self) { try UTF8Decoding.decode([0x61, 0xE6, 0x9D]) }
        #expect(try UTF8Decoding.decode([0xEF, 0xBB, 0xBF] + Array("紅包".utf8)) == "紅包")
        let lossy = UTF8Decoding.decodeLossy([0x61, 0xFF, 0x62])
        #expect(lossy.text == "a\u{FFFD}b" && lossy.replacements == 1)
    }
}

@Suite struct ScriptRunsTests {
    func classes(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ScriptRuns.runs(text).map { run in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[run.range])
            return "\(String(view)):\(run.script.rawValue)"
        }
    }

    @Test func splitsJapaneseNewsText() {
        #expect(classes("アリババは通義千問をQwen3で") == [
            "アリババ:katakana", "は:hiragana", "通義千問:han", "を:hiragana", "Qwen:latin", "3:digit", "で:hiragana",
        ])
    }

    @Test func marksJoinTheirNeighbours() {
        #expect(classes("ラーメン") == ["ラーメン:katakana"])
        #expect(classes("すごーい") == ["すごーい:hiragana"])
        #expect(classes("人々") == ["人々:han"])
        #expect(classes("三ヶ月") == ["三ヶ月:han"])
        #expect(classes("いすゞ") == ["いすゞ:hiragana"])
        #expect(classes("ﾃﾝｾﾝﾄｰ") == ["ﾃﾝｾﾝﾄｰ:katakana"])
        #expect(classes("か\u{3099}") == ["か\u{3099}:hiragana"])
    }

    @Test func icuScriptNames() {
        #expect(ScriptRuns.icuScriptName("漢") == "Hani")
        #expect(ScriptRuns.icuScriptName("カ") == "Kana")
        #expect(ScriptRuns.icuScriptName("ー") == "Zyyy")
    }
}

@Suite struct JapaneseCharactersTests {
    @Test func simplifiedOnlyCharacters() {
        for character in ["们", "发", "这", "腾", "讯", "节"] {
            #expect(JapaneseCharacters.isSimplifiedOnly(character.unicodeScalars.first!), "\(character)")
        }
        // Japanese characters, including shinjitai that look simplified and Chinese-looking
        // characters that Japanese also writes.
        for character in ["后", "干", "里", "団", "発", "体", "東", "騰", "訊"] {
            #expect(!JapaneseCharacters.isSimplifiedOnly(character.unicodeScalars.first!), "\(character)")
        }
    }
}
