import Foundation
import Testing
@testable import TsujiDictionary

/// The lookup engine on the embedded default: every kind of query the issue names.
@Suite struct LookupTests {
    let engine: LookupEngine

    init() throws {
        engine = LookupEngine(stack: try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load())
    }

    func firstTerm(_ query: String) -> Term? { engine.lookup(query).terms.first }

    func finds(_ query: String, _ form: String) -> Bool {
        engine.lookup(query).terms.contains { $0.headwords.contains(form) }
    }

    @Test(arguments: ["通义千问", "通義千問", "tongyi qianwen", "tongyiqianwen", "Tōngyì Qiānwèn", "tong1yi4qian1wen4",
                      "Tongyi", "Qwen", "つうぎせんもん", "tsūgi senmon", "tsuugisenmon"])
    func findsQwen(query: String) {
        #expect(finds(query, "通義千問"), "\(query)")
    }

    @Test(arguments: ["テンセント", "腾讯", "騰訊", "tengxun", "Téngxùn", "Tencent", "tencent"])
    func findsTencent(query: String) {
        #expect(finds(query, "騰訊"), "\(query)")
    }

    @Test(arguments: ["ホンバオ", "ﾎﾝﾊﾞｵ", "ほんばお", "hongbao", "hóngbāo", "hong2bao1", "red envelope", "Red Envelope"])
    func findsHongbao(query: String) {
        #expect(finds(query, "紅包"), "\(query)")
    }

    @Test func kindsOfQueries() {
        #expect(LookupEngine.kind(of: "通义千问") == .hanzi)
        #expect(LookupEngine.kind(of: "ﾎﾝﾊﾞｵ") == .kana)
        #expect(LookupEngine.kind(of: "tongyi qianwen") == .latin)
        #expect(LookupEngine.kind(of: "2026") == .other)
        // Plain Japanese is classed without ICU: the same answers as through it.
        #expect(LookupEngine.kind(of: "アリババ・グループ") == .kana)
        #expect(LookupEngine.kind(of: "コーヒー") == .kana)
        #expect(LookupEngine.kind(of: "ー") == .kana)
        #expect(LookupEngine.kind(of: "紅包ホンバオ") == .hanzi)
        #expect(LookupEngine.kind(of: "ほんばお 紅包") == .hanzi)  // through the general path (a space)
        #expect(LookupEngine.kind(of: "々") == .hanzi)  // U+3005, outside the plain ideographs
        #expect(LookupEngine.kind(of: "「」") == .other)
        #expect(LookupEngine.kind(of: " \t") == .other)
    }

    @Test func aTermShowsItsChineseAndJapaneseSides() throws {
        let term = try #require(firstTerm("春節"))
        #expect(term.pinyin.contains("Chūnjié"))
        #expect(term.readings.contains("しゅんせつ"))
        #expect(term.english.first == "Spring Festival")
        #expect(term.language == .zh)
    }

    @Test func languageFilterAndLimit() {
        #expect(engine.lookup("腾讯", options: .init(language: .ja)).terms.isEmpty)
        #expect(!engine.lookup("腾讯", options: .init(language: .zh)).terms.isEmpty)
        #expect(engine.lookup("teng", options: .init(prefix: true, limit: 1)).terms.count == 1)
    }

    @Test func prefixSearch() {
        let terms = engine.lookup("tengx", options: .init(prefix: true)).terms
        #expect(terms.contains { $0.headwords.contains("騰訊") })
        #expect(engine.lookup("tengx").terms.isEmpty)
    }

    @Test func nearMatchesForALatinQueryThatFindsNothing() {
        #expect(engine.lookup("tengxin").terms.isEmpty)
        let suggestions = engine.suggestions(for: "tengxin")
        #expect(suggestions.contains { $0.contains("騰訊") }, "\(suggestions)")
    }

    @Test func nothingFound() {
        #expect(engine.lookup("zzzzqqq").terms.isEmpty)
        #expect(engine.lookup("鬱").terms.isEmpty)
    }
}

@Suite struct VariantFoldingTests {
    let folder = VariantFolder.standard

    @Test(arguments: [
        ["騰訊", "腾讯", "騰讯"], ["字節跳動", "字节跳动"], ["団", "團", "团"], ["発", "發", "发"],
        ["寧徳時代", "寧德時代", "宁德时代"], ["広東", "廣東", "广东"], ["沢", "澤", "泽"],
    ])
    func formsMeetOneKey(forms: [String]) {
        let keys = Set(forms.map(folder.key))
        #expect(keys.count == 1, "\(forms) → \(keys)")
    }

    @Test func oneToManyShinjitaiAreNeverFolded() {
        // 芸 is both 藝's shinjitai and the herb 芸; 弁 stands for 辨, 辯 and 瓣.
        #expect(folder.key("芸") == "芸")
        #expect(folder.key("弁") == "弁")
        #expect(folder.key("芸") != folder.key("藝"))
    }

    @Test func nonHanIsLeftAlone() {
        #expect(folder.key("テンセント") == "テンセント")
        #expect(folder.key("ＱＷＥＮ") == "qwen")
    }

    @Test func eachFormMeetsTheSameCuratedEntry() throws {
        let stack = try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load()
        for forms in [["騰訊", "腾讯"], ["字節跳動", "字节跳动"], ["寧徳時代", "寧德時代", "宁德时代"]] {
            let ids = Set(forms.map { stack.entries(writtenAs: $0).map { stack.entry($0).id } })
            #expect(ids.count == 1 && !ids.first!.isEmpty, "\(forms): \(ids)")
        }
    }
}

/// Lookup produces the same facts an annotation gives: the curated row for 通義千問 is
/// `qwen product 通義千問|Qwen 通義千問 通义千问 つうぎ せんもん Tōngyì Qiānwèn Qwen|Tongyi Qianwen
/// "Alibaba's large language model family"`.
@Suite struct TermFactsTests {
    @Test func lookupGivesTheCuratedFacts() throws {
        let engine = LookupEngine(stack: try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load())
        let term = try #require(engine.lookup("通義千問").terms.first)
        #expect(term.facts == TermFacts(
            language: .zh, kind: .product, hanzi: "通義千問", simplified: "通义千问", reading: "つうぎせんもん",
            romaji: "Tsūgi Senmon", pinyin: "Tōngyì Qiānwèn", english: ["Qwen", "Tongyi Qianwen"],
            source: DictionarySource.curated.name, note: "Alibaba's large language model family"))
    }

    @Test func aTermWithoutTraditionalFormTakesItsKanji() {
        let term = Term(entries: [Entry(id: "edict:1", source: DictionarySource.edict.name, language: .ja, kind: .word,
                                        japanese: ["ことば", "言葉"], readings: ["ことば"], english: ["word"])])
        #expect(term.facts.hanzi == "言葉")
        #expect(term.facts.simplified == nil)
        #expect(term.facts.pinyin == nil)
        #expect(term.facts.romaji == "kotoba")
    }
}

/// A query that names a term whole finds that term first, before the longer terms that only
/// contain it (Beijing is 北京's name and a word of 北京汽車集団's), with the embedded default
/// and with the full dictionaries.
@Suite struct LookupRankingTests {
    static let cases: [(query: String, form: String)] = [
        ("Beijing", "北京"), ("beijing", "北京"), ("Běijīng", "北京"), ("bei3jing1", "北京"), ("Peking", "北京"),
        ("Shenzhen", "深圳"), ("Hangzhou", "杭州"), ("Tencent", "騰訊"), ("Alibaba", "阿里巴巴"), ("Shanghai", "上海"),
        ("Guangdong", "広東省"), ("Wuhan", "武漢"), ("Huawei", "華為"), ("Xi Jinping", "習近平"), ("Hong Kong", "香港"),
        ("Chongqing", "重慶"), ("Nanjing", "南京"), ("Xiaomi", "小米"),
    ]

    @Test(arguments: cases)
    func exactMatchFirstEmbedded(query: String, form: String) throws {
        let engine = LookupEngine(stack: try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: false).load())
        #expect(engine.lookup(query).terms.first?.headwords.contains(form) == true, "\(query)")
    }

    static var fullDictionariesInstalled: Bool { FileManager.default.fileExists(atPath: DataDirectory.compiledDictionary().path) }

    @Test(.enabled(if: fullDictionariesInstalled, "needs the full dictionaries: run tsuji dict install (Scripts/test does)"),
          arguments: cases)
    func exactMatchFirstFull(query: String, form: String) throws {
        let engine = LookupEngine(stack: try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: true).load())
        #expect(engine.lookup(query).terms.first?.headwords.contains(form) == true, "\(query)")
    }
}
