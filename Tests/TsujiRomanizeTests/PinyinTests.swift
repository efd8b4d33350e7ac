import Testing
@testable import TsujiRomanize

/// One conversion pair. Expected values are written from the Hanyu Pinyin rules (tone mark on a
/// or e, on the o of ou, else on the last vowel; syllables of a word joined; apostrophe before a,
/// o, e inside a word) and the standard readings of the words, not taken from the program.
struct TextCase: Sendable, CustomTestStringConvertible {
    let input: String
    let output: String
    init(_ input: String, _ output: String) {
        self.input = input
        self.output = output
    }
    var testDescription: String { "\(input) → \(output)" }
}

@Suite struct PinyinFromNumberedTests {
    static let words: [TextCase] = [
        .init("Tong1 yi4 Qian1 wen4", "Tōngyì Qiānwèn"), .init("Zhong1 guo2", "Zhōngguó"),
        .init("zhong1 wen2", "zhōngwén"), .init("Bei3 jing1", "Běijīng"), .init("Shang4 hai3", "Shànghǎi"),
        .init("Guang3 zhou1", "Guǎngzhōu"), .init("Xiang1 gang3", "Xiānggǎng"), .init("Tai2 wan1", "Táiwān"),
        .init("A1 li3 ba1 ba1", "Ālǐbābā"), .init("Teng2 xun4", "Téngxùn"), .init("Bai3 du4", "Bǎidù"),
        .init("Shen1 du4 Qiu2 suo3", "Shēndù Qiúsuǒ"), .init("hong2 bao1", "hóngbāo"), .init("ni3 hao3", "nǐhǎo"),
        .init("Shen1 zhen4", "Shēnzhèn"), .init("Hang2 zhou1", "Hángzhōu"), .init("Zi4 jie2 Tiao4 dong4", "Zìjié Tiàodòng"),
        .init("Hua2 wei2", "Huáwéi"), .init("Xiao3 mi3", "Xiǎomǐ"), .init("Jing1 dong1", "Jīngdōng"),
        .init("Wei1 xin4", "Wēixìn"), .init("Tao2 bao3", "Táobǎo"), .init("Zhi1 fu4 bao3", "Zhīfùbǎo"),
        .init("Mei3 tuan2", "Měituán"), .init("Pin1 duo1 duo1", "Pīnduōduō"), .init("Dou3 yin1", "Dǒuyīn"),
        .init("Xin1 jiang1", "Xīnjiāng"), .init("Xi1 zang4", "Xīzàng"), .init("Nei4 meng3 gu3", "Nèiměnggǔ"),
        .init("Wu1 lu3 mu4 qi2", "Wūlǔmùqí"), .init("Nan2 jing1", "Nánjīng"), .init("Xia4 men2", "Xiàmén"),
        .init("Qing1 dao3", "Qīngdǎo"), .init("Chong2 qing4", "Chóngqìng"), .init("Cheng2 du1", "Chéngdū"),
        .init("Wu3 han4", "Wǔhàn"), .init("Tian1 jin1", "Tiānjīn"), .init("Su1 zhou1", "Sūzhōu"),
        .init("Gui4 zhou1", "Guìzhōu"), .init("Yun2 nan2", "Yúnnán"), .init("Ri4 ben3", "Rìběn"),
        .init("zi4 ji3", "zìjǐ"), .init("bu4 shi4", "bùshì"), .init("yi1 ma3 dang1 xian1", "yīmǎdāngxiān"),
        .init("tong1 yi4", "tōngyì"), .init("Tong1yi4", "Tōngyì"),
    ]

    static let names: [TextCase] = [
        .init("Ma3 Yun2", "Mǎ Yún"), .init("Hu2 Jin3 tao1", "Hú Jǐntāo"), .init("Xi2 Jin4 ping2", "Xí Jìnpíng"),
        .init("Mao2 Ze2 dong1", "Máo Zédōng"), .init("Sun1 Zhong1 shan1", "Sūn Zhōngshān"),
        .init("Deng4 Xiao3 ping2", "Dèng Xiǎopíng"), .init("Zhou1 En1 lai2", "Zhōu Ēnlái"),
        .init("Ka3 er3 · Ma3 ke4 si1", "Kǎ'ěr Mǎkèsī"),
    ]

    static let apostrophes: [TextCase] = [
        .init("Xi1 an1", "Xī'ān"), .init("xi1 an1", "xī'ān"), .init("Tian1 an1 men2", "Tiān'ānmén"),
        .init("nu:3 er2", "nǚ'ér"), .init("ping2 an1", "píng'ān"), .init("fang1 an4", "fāng'àn"),
        .init("ji1 e4", "jī'è"), .init("Chang2 an1", "Cháng'ān"), .init("hai3 ou1", "hǎi'ōu"),
        .init("tian1 e2", "tiān'é"), .init("Yan2 an1", "Yán'ān"), .init("shi2 er4", "shí'èr"),
        .init("Ha1 er3 bin1", "Hā'ěrbīn"), .init("an1 quan2", "ānquán"), .init("Ao4 men2", "Àomén"),
        .init("ao4 yun4", "àoyùn"), .init("Ou1 zhou1", "Ōuzhōu"), .init("ou1 zhou1", "ōuzhōu"),
    ]

    static let umlaut: [TextCase] = [
        .init("lu:4 se4", "lǜsè"), .init("lu:3 you2", "lǚyóu"), .init("nu:3 ren2", "nǚrén"), .init("lu:e4", "lüè"),
        .init("nu:e4 dai4", "nüèdài"), .init("lu:e4 duo2", "lüèduó"), .init("nu:e4", "nüè"), .init("Lu:3", "Lǚ"),
        .init("lu:4 shi1", "lǜshī"), .init("lv4 se4", "lǜsè"), .init("lü3 you2", "lǚyóu"), .init("Lü4", "Lǜ"),
        .init("jv3", "jǔ"), .init("ju2 zi5", "júzi"), .init("qu4", "qù"), .init("xue2 sheng5", "xuésheng"),
        .init("yu3 yan2", "yǔyán"), .init("yue4 liang5", "yuèliang"), .init("jue2 de5", "juéde"),
        .init("quan2", "quán"), .init("yun2", "yún"),
    ]

    static let markPlacement: [TextCase] = [
        .init("hao3", "hǎo"), .init("gui4", "guì"), .init("liu2", "liú"), .init("dui4", "duì"), .init("jiu3", "jiǔ"),
        .init("shui3", "shuǐ"), .init("niu2 nai3", "niúnǎi"), .init("zou3", "zǒu"), .init("lou2", "lóu"),
        .init("you3", "yǒu"), .init("guo2", "guó"), .init("huo3", "huǒ"), .init("xiao3", "xiǎo"), .init("jiao4", "jiào"),
        .init("mei3", "měi"), .init("lei4", "lèi"), .init("xie4", "xiè"), .init("yue4", "yuè"), .init("er4", "èr"),
        .init("Er4", "Èr"), .init("e4", "è"), .init("ai4", "ài"), .init("kuai4", "kuài"), .init("chuang2", "chuáng"),
        .init("zhuang4", "zhuàng"), .init("shuang1", "shuāng"), .init("qiong2", "qióng"), .init("xiong2", "xióng"),
        .init("jiong3", "jiǒng"), .init("yi1", "yī"), .init("o2", "ó"), .init("yo1", "yō"), .init("zher4", "zhèr"),
        .init("ma1 ma0", "māma"),
    ]

    static let neutralAndErhua: [TextCase] = [
        .init("xie4 xie5", "xièxie"), .init("ma1 ma5", "māma"), .init("peng2 you5", "péngyou"),
        .init("xian1 sheng5", "xiānsheng"), .init("dong1 xi5", "dōngxi"), .init("zhe4 ge5", "zhège"),
        .init("na4 me5", "nàme"), .init("lo5", "lo"), .init("wan2 r5", "wánr"), .init("yi1 dian3 r5", "yīdiǎnr"),
        .init("nu:3 hai2 r5", "nǚháir"), .init("hao3 hao3 r5", "hǎohǎor"), .init("r5", "r"),
    ]

    static let nasalsAndOthers: [TextCase] = [
        .init("n2", "ń"), .init("m2", "ḿ"), .init("ng4", "ǹg"), .init("n3", "ň"), .init("ng3", "ňg"),
        .init("m4", "m\u{300}"), .init("hm5", "hm"), .init("hng5", "hng"), .init("ê2", "ế"), .init("xx5", "xx"),
        .init("ka3 la1 O K", "kǎlā O K"), .init("T xu4", "T xù"), .init("A A zhi4", "A A zhì"),
        .init("ni3 hao3 , shi4 jie4", "nǐhǎo, shìjiè"), .init("", ""),
    ]

    static var all: [TextCase] { words + names + apostrophes + umlaut + markPlacement + neutralAndErhua + nasalsAndOthers }

    @Test(arguments: all) func fromNumbered(_ example: TextCase) {
        #expect(Pinyin.fromNumbered(example.input) == example.output)
    }

    @Test func tableSize() {
        #expect(Self.all.count >= 100)
    }

    /// CC-CEDICT's numbered form back from the marked one.
    @Test(arguments: words + names.filter { !$0.input.contains("·") } + apostrophes + neutralAndErhua
        + umlaut.filter { $0.input.contains("u:") || !$0.input.contains("u") && !$0.input.contains("v") && !$0.input.contains("ü") })
    func numberedRoundTrip(_ example: TextCase) {
        let marked = Pinyin.fromNumbered(example.input)
        let expected = example.input.replacingOccurrences(of: "ma0", with: "ma5")
            .replacingOccurrences(of: "Tong1yi4", with: "Tong1 yi4")
        #expect(Pinyin.numbered(marked) == expected, "\(marked)")
    }
}

@Suite struct PinyinConversionTests {
    @Test(arguments: [
        TextCase("Tōngyì Qiānwèn", "Tongyi Qianwen"), TextCase("Xī'ān", "Xi'an"), TextCase("lǜsè", "luse"),
        TextCase("nǚ'ér", "nu'er"), TextCase("Lǚ", "Lu"), TextCase("Běijīng", "Beijing"), TextCase("ḿ", "m"),
        TextCase("ňg", "ng"), TextCase("ế", "e"), TextCase("Tiān'ānmén", "Tian'anmen"), TextCase("plain text", "plain text"),
        TextCase("a\u{304}n", "an"), TextCase("Mǎ Yún, Hú Jǐntāo", "Ma Yun, Hu Jintao"),
    ]) func toneless(_ example: TextCase) {
        #expect(Pinyin.toneless(example.input) == example.output)
    }

    @Test func tonelessUmlautSpellings() {
        #expect(Pinyin.toneless("lǜsè", umlaut: .v) == "lvse")
        #expect(Pinyin.toneless("Lǚ", umlaut: .v) == "Lv")
        #expect(Pinyin.toneless("lǜsè", umlaut: .uColon) == "lu:se")
        #expect(Pinyin.toneless("lǜsè", umlaut: .keep) == "lüse")
        #expect(Pinyin.toneless("nǚ'ér", umlaut: .keep) == "nü'er")
    }

    @Test(arguments: [
        TextCase("Tōngyì Qiānwèn", "Tong1 yi4 Qian1 wen4"), TextCase("Xī'ān", "Xi1 an1"), TextCase("lǜsè", "lu:4 se4"),
        TextCase("nǚ'ér", "nu:3 er2"), TextCase("Mǎ Yún", "Ma3 Yun2"), TextCase("xièxie", "xie4 xie5"),
        TextCase("Tiān'ānmén", "Tian1 an1 men2"), TextCase("wánr", "wan2 r5"), TextCase("yīdiǎnr", "yi1 dian3 r5"),
        TextCase("Zhōngguó", "Zhong1 guo2"), TextCase("fāngàn", "fan1 gan4"), TextCase("fāng'àn", "fang1 an4"),
        TextCase("Xiānsheng", "Xian1 sheng5"), TextCase("Hú Jǐntāo", "Hu2 Jin3 tao1"), TextCase("OK", "OK"),
        TextCase("Běijīng,", "Bei3 jing1 ,"), TextCase("Tong1 yi4", "Tong1 yi4"), TextCase("ḿ", "m2"),
    ]) func numbered(_ example: TextCase) {
        #expect(Pinyin.numbered(example.input) == example.output)
    }

    @Test func styles() {
        #expect(PinyinStyle.marks.render("Xī'ān") == "Xī'ān")
        #expect(PinyinStyle.numbered.render("Xī'ān") == "Xi1 an1")
        #expect(PinyinStyle.toneless.render("Xī'ān") == "Xi'an")
    }

    @Test func word() {
        let xian = [PinyinSyllable(base: "xi", tone: 1), PinyinSyllable(base: "an", tone: 1)]
        #expect(Pinyin.word(xian) == "xī'ān")
        #expect(Pinyin.word([PinyinSyllable(base: "lü", tone: 4), PinyinSyllable(base: "se", tone: 4)]) == "lǜsè")
    }

    @Test func syllableForms() {
        let lve = PinyinSyllable(base: "lüe", tone: 4)
        #expect(lve.marked == "lüè")
        #expect(lve.numbered == "lu:e4")
        #expect(PinyinSyllable(base: "ma", tone: 5).marked == "ma")
        #expect(PinyinSyllable(base: "ma", tone: 9).tone == 5)
    }
}

@Suite struct PinyinParsingTests {
    static func syl(_ text: String) -> [PinyinSyllable] {
        text.split(separator: " ").map { token in
            let tone = Int(String(token.last!))!
            return PinyinSyllable(base: String(token.dropLast()), tone: tone)
        }
    }

    @Test(arguments: [
        TextCase("Tōngyì", "tong1 yi4"), TextCase("tong1yi4", "tong1 yi4"), TextCase("tong1 yi4", "tong1 yi4"),
        TextCase("tongyi qianwen", "tong5 yi5 qian5 wen5"), TextCase("tongyiqianwen", "tong5 yi5 qian5 wen5"),
        TextCase("Tōngyì Qiānwèn", "tong1 yi4 qian1 wen4"), TextCase("xian", "xian5"), TextCase("xi'an", "xi5 an5"),
        TextCase("Xī'ān", "xi1 an1"), TextCase("xīān", "xi1 an1"), TextCase("lu:4 se4", "lü4 se4"),
        TextCase("lvse", "lü5 se5"), TextCase("lǜsè", "lü4 se4"), TextCase("nüe", "nüe5"), TextCase("nue", "nüe5"),
        TextCase("jue", "jue5"), TextCase("lüe4", "lüe4"), TextCase("fangan", "fan5 gan5"), TextCase("tong1yi", "tong1 yi5"),
        TextCase("wanr", "wan5 r5"), TextCase("er", "er5"), TextCase("ḿ", "m2"), TextCase("yīdiǎnr", "yi1 dian3 r5"),
        TextCase("TONGYI", "tong5 yi5"), TextCase("Tiananmen", "tian5 an5 men5"), TextCase("xi-an", "xi5 an5"),
        TextCase("tong1yi4qian1wen4", "tong1 yi4 qian1 wen4"), TextCase("Běi jīng", "bei3 jing1"),
        TextCase("ma0", "ma5"), TextCase("shǐ'ér", "shi3 er2"),
    ]) func syllables(_ example: TextCase) {
        #expect(Pinyin.syllables(example.input) == Self.syl(example.output))
    }

    @Test(arguments: ["hello", "Qwen", "", "tong6", "通义", "tong1 2", "1tong", "xīā q", "nǚ!", "bong", "tōngì"])
    func notPinyin(_ text: String) {
        #expect(Pinyin.syllables(text) == nil)
        #expect(Pinyin.splits(text).isEmpty)
        #expect(Pinyin.lookupKey(text) == nil)
        #expect(!Pinyin.isLookupKey(text))
        #expect(!Pinyin.isLookupKey(text), "asked again (remembered)")
    }

    @Test(arguments: ["tongyi qianwen", "tong1yi4", "Xīān", "xi'an", "lu:4 se4", "wanr", "ng", "hm", "r", "tongyi qianwen",
                      "bong", "tōngì", "xīā q", "tong yi5 bong", "ma0", "wan r", "er", "xian1 xian1"])
    func isLookupKeyAgreesWithLookupKey(_ text: String) {
        #expect(Pinyin.isLookupKey(text) == (Pinyin.lookupKey(text) != nil))
        #expect(Pinyin.isLookupKey(text) == (Pinyin.lookupKey(text) != nil), "asked again (remembered)")
    }

    @Test func everySplitOfRunTogetherInput() {
        #expect(Pinyin.splits("xian") == [Self.syl("xian5"), Self.syl("xi5 an5")])
        #expect(Pinyin.splits("xian1") == [Self.syl("xian1"), Self.syl("xi5 an1")])
        #expect(Pinyin.splits("Xīān") == [Self.syl("xi1 an1")])
        #expect(
            Pinyin.splits("tongyiqianwen") == [Self.syl("tong5 yi5 qian5 wen5"), Self.syl("tong5 yi5 qi5 an5 wen5")])
        #expect(
            Pinyin.splits("tongyi qianwen") == [Self.syl("tong5 yi5 qian5 wen5"), Self.syl("tong5 yi5 qi5 an5 wen5")])
        #expect(Pinyin.splits("fangan") == [Self.syl("fan5 gan5"), Self.syl("fang5 an5")])
        #expect(
            Pinyin.splits("tiananmen")
                == [Self.syl("tian5 an5 men5"), Self.syl("ti5 a5 nan5 men5"), Self.syl("ti5 an5 an5 men5")])
        #expect(Pinyin.splits("xi'an") == [Self.syl("xi5 an5")])
    }

    @Test func splitsStopAtTheLimit() {
        #expect(Pinyin.splits("xianxianxianxian", limit: 5).count == 5)
        #expect(Pinyin.splits("xianxianxianxian").count == 16)
    }

    @Test func keys() {
        #expect(Pinyin.key(Pinyin.syllables("Tōngyì Qiānwèn")!) == "tongyiqianwen")
        #expect(Pinyin.key(Self.syl("lü4 se4")) == "lvse")
        for query in ["tong1 yi4 qian1 wen4", "Tōngyì Qiānwèn", "tongyiqianwen", "Tong1 yi4 Qian1 wen4", "tongyi qianwen"] {
            #expect(Pinyin.lookupKey(query) == "tongyiqianwen", "\(query)")
        }
        #expect(Pinyin.lookupKey("lu:4 se4") == "lvse")
        #expect(Pinyin.lookupKey("lvse") == "lvse")
        #expect(Pinyin.lookupKey("lǜsè") == "lvse")
    }

    @Test func validSyllables() {
        for base in ["zhuang", "lü", "lv", "lu:", "nüe", "ng", "r", "ê", "Zhong", "er", "yo", "m", "hng", "jü", "jv"] {
            #expect(Pinyin.isValidSyllable(base), "\(base)")
        }
        for base in ["xx", "tong1", "bong", "giu", "shong", "", "tōng", "biang", "lüan", "lüi"] {
            #expect(!Pinyin.isValidSyllable(base), "\(base)")
        }
    }

    @Test func syllableTable() {
        let all = Pinyin.allSyllables
        #expect((400...420).contains(all.count))
        #expect(Set(all).count == all.count)
        for base in ["zhuang", "lüe", "nü", "er", "a", "yong", "jiong", "chua", "fiao", "ei"] { #expect(all.contains(base)) }
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "ü" } })
        // ü only after l and n; j, q, x, y write it u.
        #expect(all.filter { $0.contains("ü") }.allSatisfy { $0.hasPrefix("l") || $0.hasPrefix("n") })
    }
}

/// Every syllable of the table in every tone, written with marks (and with numbers), reads back
/// as the same syllable and tone.
@Suite struct PinyinRoundTripTests {
    static let combining: Set<Unicode.Scalar> = ["\u{304}", "\u{301}", "\u{30C}", "\u{300}"]

    @Test(arguments: 1...5) func everySyllableInTone(_ tone: Int) {
        for base in Pinyin.allSyllables {
            let syllable = PinyinSyllable(base: base, tone: tone)
            let marked = syllable.marked
            #expect(Pinyin.syllables(marked) == [syllable], "\(marked)")
            #expect(Pinyin.syllables(syllable.numbered) == [syllable], "\(syllable.numbered)")
            #expect(Pinyin.fromNumbered(syllable.numbered) == marked)
            // Exactly one tone mark, except in the neutral tone.
            let marks = marked.decomposedForTest.filter { Self.combining.contains($0) }.count
            #expect(marks == (tone == 5 ? 0 : 1), "\(marked)")
            #expect(Pinyin.toneless(marked, umlaut: .keep) == base)
        }
    }

    @Test func specialSyllables() {
        for (base, tone, marked) in [("m", 2, "ḿ"), ("n", 3, "ň"), ("ng", 4, "ǹg"), ("ê", 2, "ế"), ("hm", 5, "hm"), ("r", 5, "r")] {
            let syllable = PinyinSyllable(base: base, tone: tone)
            #expect(syllable.marked == marked)
            #expect(Pinyin.syllables(marked) == [syllable], "\(marked)")
        }
    }
}

extension String {
    /// NFD scalars, computed without Foundation or ICU for the test: precomposed pinyin
    /// letters are decomposed through Swift's canonical equivalence.
    var decomposedForTest: [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for character in self {
            for scalar in String(character).unicodeScalars {
                result += scalar.decomposed
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    /// The canonical decomposition of the pinyin letters with tone marks.
    var decomposed: [Unicode.Scalar] {
        let table: [Unicode.Scalar: (Unicode.Scalar, [Unicode.Scalar])] = {
            var table: [Unicode.Scalar: (Unicode.Scalar, [Unicode.Scalar])] = [:]
            let marks: [Unicode.Scalar] = ["\u{304}", "\u{301}", "\u{30C}", "\u{300}"]
            for (letter, forms) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù")] {
                for (index, form) in forms.unicodeScalars.enumerated() {
                    table[form] = (Unicode.Scalar(letter)!, [marks[index]])
                }
            }
            for (index, form) in "ǖǘǚǜ".unicodeScalars.enumerated() { table[form] = ("u", ["\u{308}", marks[index]]) }
            return table
        }()
        if let (base, marks) = table[self] { return [base] + marks }
        return [self]
    }
}
