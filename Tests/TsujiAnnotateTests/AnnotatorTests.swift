import Testing
import TsujiDictionary
@testable import TsujiAnnotate

/// A small dictionary written for these tests, so they do not depend on the curated list.
func testStack(extra: [Entry] = []) -> DictionaryStack {
    let curated: [Entry] = [
        Entry(id: "t:alibaba", source: "tsuji-terms", language: .zh, kind: .company,
              japanese: ["阿里巴巴", "アリババ"], traditional: ["阿里巴巴"], simplified: ["阿里巴巴"],
              readings: ["アリババ"], pinyin: ["Ālǐbābā"], english: ["Alibaba"]),
        Entry(id: "t:qwen", source: "tsuji-terms", language: .zh, kind: .product,
              japanese: ["通義千問"], traditional: ["通義千問"], simplified: ["通义千问"],
              readings: ["つうぎ せんもん"], pinyin: ["Tōngyì Qiānwèn"], english: ["Qwen", "Tongyi Qianwen"]),
        Entry(id: "t:tencent", source: "tsuji-terms", language: .zh, kind: .company,
              japanese: ["騰訊", "テンセント"], traditional: ["騰訊"], simplified: ["腾讯"],
              readings: ["テンセント"], pinyin: ["Téngxùn"], english: ["Tencent"]),
        Entry(id: "t:deepseek", source: "tsuji-terms", language: .zh, kind: .company,
              japanese: ["ディープシーク"], readings: ["ディープシーク"], english: ["DeepSeek"]),
        Entry(id: "t:yuan", source: "tsuji-terms", language: .zh, kind: .currency,
              japanese: ["元"], traditional: ["元"], simplified: ["元"], readings: ["げん"], pinyin: ["yuán"], english: ["yuan"]),
        Entry(id: "t:catl", source: "tsuji-terms", language: .zh, kind: .company,
              japanese: ["寧徳時代"], traditional: ["寧德時代"], simplified: ["宁德时代"], pinyin: ["Níngdé Shídài"], english: ["CATL"]),
    ] + extra
    let japanese: [Entry] = [
        Entry(id: "e:riyou", source: "edict", language: .ja, kind: .word, japanese: ["利用"], readings: ["りよう"], english: ["use"]),
        Entry(id: "e:genki", source: "edict", language: .ja, kind: .word, japanese: ["元気"], readings: ["げんき"], english: ["lively"]),
    ]
    return DictionaryStack(layers: [
        MemoryDictionary(source: .curated, entries: curated),
        MemoryDictionary(name: "full", entries: japanese),
    ])
}

func surfaces(_ annotations: [Annotation]) -> [String] { annotations.map(\.surface) }

@Suite struct AnnotatorTests {
    let annotator = Annotator(stack: testStack())

    @Test func findsTermsInEveryScript() {
        let text = "アリババ集団は対話型AI「通義千問」の利用拡大を狙い、テンセントと騰訊、腾讯も動いた。"
        let found = annotator.annotate(text)
        #expect(surfaces(found) == ["アリババ", "通義千問", "テンセント", "騰訊", "腾讯"])
        let scalars = Array(text.unicodeScalars)
        for annotation in found {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[annotation.start..<annotation.end])
            #expect(String(view) == annotation.surface)
        }
        let qwen = found[1]
        #expect(qwen.pinyin == "Tōngyì Qiānwèn")
        #expect(qwen.reading == "つうぎせんもん")
        #expect(qwen.english == ["Qwen", "Tongyi Qianwen"])
        #expect(qwen.hanziSimplified == "通义千问")
        #expect(qwen.language == .zh && qwen.confidence == .dictionary && qwen.variantOf == nil)
    }

    @Test func japaneseWordsAreNotAnnotatedByDefault() {
        let found = annotator.annotate("利用が拡大し、元気な会社が増えた")
        #expect(found.isEmpty)
        let all = Annotator(stack: testStack(), options: .init(all: true)).annotate("利用が拡大した")
        #expect(all.map(\.surface) == ["利用"])
        #expect(all.first?.language == .ja)
        #expect(all.first?.pinyin == nil)
    }

    @Test func currencyOnlyAfterANumber() {
        #expect(surfaces(annotator.annotate("30億元を投じる")) == ["元"])
        #expect(surfaces(annotator.annotate("地元の元気な元社長")).isEmpty)
    }

    @Test func variantFoldingSaysWhichFormItMatched() {
        let found = annotator.annotate("騰讯と寧德時代と宁德时代")
        #expect(surfaces(found) == ["騰讯", "寧德時代", "宁德时代"])
        #expect(found[0].variantOf == "騰訊")
        #expect(found[0].entry == "t:tencent")
        #expect(found[1].entry == "t:catl" && found[2].entry == "t:catl")
        // 宁德时代 is a written form of the entry: an exact match, no variant.
        #expect(found[2].variantOf == nil)
    }

    @Test func learnsFromKatakanaKanjiApposition() {
        let text = "新興企業ディープシーク（深度求索）が発表した。深度求索のモデルは"
        let found = annotator.annotate(text)
        #expect(surfaces(found) == ["ディープシーク", "深度求索", "深度求索"])
        #expect(found[1].english == ["DeepSeek"])
        #expect(found[1].confidence == .article)
        #expect(found[2].confidence == .article)
        #expect(found[1].source == "article")
    }

    @Test func latinGlossThatDisagreesComesFirst() {
        let found = annotator.annotate("「通義千問」(QwenChat)を公開")
        #expect(found.first?.english.first == "QwenChat")
        #expect(found.first?.note?.contains("QwenChat") == true)
        let agreeing = annotator.annotate("通義千問（Qwen）を公開")
        #expect(agreeing.first?.english == ["Qwen", "Tongyi Qianwen"])
    }

    @Test func unknownPairGetsArticleKnowledge() {
        let found = annotator.annotate("ミニマックス（稀宇科技）は上海の企業")
        #expect(surfaces(found) == ["ミニマックス", "稀宇科技"])
        #expect(found.allSatisfy { $0.confidence == .article && $0.pinyin != nil })
        #expect(found[1].reading == "ミニマックス")
    }

    @Test func withoutFullDictionariesUnknownPairsNeedAChineseSign() {
        let curatedOnly = DictionaryStack(layers: [testStack().layers[0]])
        let annotator = Annotator(stack: curatedOnly)
        // Japanese words with their English abbreviation are not Chinese names.
        #expect(annotator.annotate("人工知能（AI）と新規株式公開（IPO）").isEmpty)
        // The Latin side is the kanji's own pinyin, or the kanji are simplified-only: Chinese.
        #expect(surfaces(annotator.annotate("深圳（Shenzhen）の企業")) == ["深圳"])
        #expect(surfaces(annotator.annotate("稀宇科技（MiniMax）と宇树科技（Unitree）")) == ["宇树科技"])
    }

    @Test func glossesAreNotTakenFromKanjiInParentheses() {
        // kanji（kanji）, as in 春節（旧正月）, is a Japanese gloss, not a name.
        #expect(surfaces(annotator.annotate("通義千問（旧正月）")) == ["通義千問"])
        // A Japanese word the dictionaries know is never taught a Chinese name.
        #expect(surfaces(annotator.annotate("テンセント（利用）")) == ["テンセント"])
    }

    @Test func simplifiedOnlyRunsGetFallbackReadings() {
        let found = annotator.annotate("記事は「这个问题」と書いた")
        #expect(found.count == 1)
        #expect(found.first?.surface == "这个问题")
        #expect(found.first?.confidence == .fallback)
        #expect(found.first?.pinyin?.isEmpty == false)
    }

    @Test func userTermsOutrankCurated() {
        let user = Entry(id: "user:tc", source: "user", language: .zh, kind: .company, japanese: ["テンセント"], english: ["Tencent Holdings"])
        let base = testStack()
        let stack = DictionaryStack(layers: [MemoryDictionary(source: .user, entries: [user])] + base.layers)
        let found = Annotator(stack: stack).annotate("テンセントが")
        #expect(found.first?.entry == "user:tc")
        #expect(found.first?.english.first == "Tencent Holdings")
    }
}

@Suite struct RendererTests {
    let annotator = Annotator(stack: testStack())

    @Test func jsonContractFieldsAndOrder() {
        let document = AnnotatedDocument(source: "a.txt", text: "対話型AI「通義千問」", annotations: annotator.annotate("対話型AI「通義千問」"))
        let json = JSONRenderer().render(document)
        #expect(json.hasPrefix(#"{"format":"tsuji.annotation/1","source":"a.txt","terms":[{"start":6,"end":10,"surface":"通義千問","lang":"zh","kind":"product","hanzi":"通義千問","hanziSimplified":"通义千问","reading":"つうぎせんもん","#))
        #expect(json.contains(#""pinyin":"Tōngyì Qiānwèn","english":["Qwen","Tongyi Qianwen"],"source":"tsuji-terms","entry":"t:qwen","variantOf":null,"confidence":"dictionary"}"#))
    }

    @Test func textRendererOnlyInserts() {
        let text = "アリババとテンセント。アリババ\n\n次の段落"
        let document = AnnotatedDocument(source: "-", text: text, annotations: annotator.annotate(text))
        let rendered = TextRenderer(table: false).render(document)
        #expect(rendered.hasPrefix("アリババ〔Ālǐbābā · Alibaba〕とテンセント〔Téngxùn · Tencent〕。アリババ\n\n次の段落"))
        var stripped = rendered
        while let open = stripped.range(of: "〔"), let close = stripped.range(of: "〕", range: open.upperBound..<stripped.endIndex) {
            stripped.removeSubrange(open.lowerBound..<close.upperBound)
        }
        #expect(stripped == text)
        let every = TextRenderer(everyOccurrence: true, table: false).render(document)
        #expect(every.components(separatedBy: "〔Ālǐbābā").count == 3)
    }
}

@Suite struct LatinWordBoundaryTests {
    /// A Latin term is matched as a whole word: not inside "tclsh" or "Tcl/Tk"'s lower-case
    /// neighbours, but next to kanji, digits, spaces and punctuation.
    @Test func latinTermsMatchWholeWordsOnly() {
        let tcl = Entry(id: "t:tcl", source: "tsuji-terms", language: .zh, kind: .company, japanese: ["TCL"], english: ["TCL"])
        let annotator = Annotator(stack: testStack(extra: [tcl]))
        func found(_ text: String) -> [String] { annotator.annotate(text).map(\.surface) }
        #expect(found("TCLは深圳の会社") == ["TCL"])
        #expect(found("家電のTCL、2024年") == ["TCL"])
        #expect(found("TCL2025の新製品") == ["TCL"])
        #expect(found("tclsh を起動する").isEmpty)
        #expect(found("libtcl と tCl") == ["tCl"])  // alone it is the word, whatever its case
        #expect(found("libtcl を読む").isEmpty)
        #expect(found("ATCLの規格").isEmpty)
    }
}

/// The generic part of a place name is a pinyin word of its own (GB/T 16159), and only where
/// it is generic.
@Suite struct PlaceNameHeadTests {
    @Test(arguments: [
        ("大連市", "Dàliánshì", [String](), "Dàlián Shì"),
        ("嶗山区", "Láoshānqū", ["Laoshan District"], "Láoshān Qū"),
        ("泰県", "Tàixiàn", ["Tai County"], "Tài Xiàn"),
        ("雅礱江", "Yǎlóngjiāng", ["Yalong River", "Yalong"], "Yǎlóng Jiāng"),
        // 浙江 is a province, not a river: its 江 is part of the name.
        ("浙江", "Zhèjiāng", ["Zhejiang"], "Zhèjiāng"),
        // Pinyin that does not spell one syllable per character is left alone.
        ("広東省", "Guǎngdōng", ["Guangdong"], "Guǎngdōng"),
        ("深圳市", "Shēnzhèn Shì", ["Shenzhen"], "Shēnzhèn Shì"),
    ])
    func separated(surface: String, pinyin: String, english: [String], expected: String) {
        #expect(PlaceNameHead.separated(pinyin, surface: surface, english: english) == expected)
    }
}

/// With the full dictionaries, an annotation is never worse than the curated terms make it: a
/// CC-CEDICT entry for the whole 深圳市 gives way to the curated 深圳 and its unit, which keeps
/// the Japanese reading, and the English is a rendering, not the definition.
@Suite struct LayeringTests {
    @Test func aCuratedNameAndItsUnitBeatTheDictionaryCompound() throws {
        let shenzhen = Entry(id: "t:shenzhen", source: DictionarySource.curated.name, language: .zh, kind: .place,
                             japanese: ["深圳"], traditional: ["深圳"], simplified: ["深圳"], readings: ["しんせん"],
                             pinyin: ["Shēnzhèn"], english: ["Shenzhen"])
        let compound = Entry(id: "c:1", source: DictionarySource.cedict.name, language: .zh, kind: .place,
                             traditional: ["深圳市"], simplified: ["深圳市"], pinyin: ["Shēnzhènshì"],
                             english: ["Shenzhen subprovincial city in Guangdong 廣東省|广东省[Guang3 dong1 Sheng3]"])
        let stack = DictionaryStack(layers: [
            MemoryDictionary(source: .curated, entries: [shenzhen]), MemoryDictionary(name: "full", entries: [compound]),
        ])
        let annotation = try #require(Annotator(stack: stack).annotate("深圳市で会議").first)
        #expect(annotation.surface == "深圳市")
        #expect(annotation.source == DictionarySource.curated.name)
        #expect(annotation.reading == "しんせんし")
        #expect(annotation.pinyin == "Shēnzhèn Shì")
        #expect(annotation.english.first == "Shenzhen")
    }

    @Test func theDictionaryCompoundAloneIsRendered() throws {
        let compound = Entry(id: "c:1", source: DictionarySource.cedict.name, language: .zh, kind: .place,
                             traditional: ["東莞市"], simplified: ["东莞市"], pinyin: ["Dōngguǎnshì"],
                             english: ["Dongguan prefecture-level city in Guangdong 廣東省|广东省[Guang3 dong1 Sheng3]"])
        let stack = DictionaryStack(layers: [MemoryDictionary(name: "full", entries: [compound])])
        let annotation = try #require(Annotator(stack: stack).annotate("東莞市で会議").first)
        #expect(annotation.english == ["Dongguan"])
        #expect(annotation.pinyin == "Dōngguǎn Shì")
        #expect(annotation.note == "Dongguan prefecture-level city in Guangdong 廣東省 Guǎngdōng Shěng")
    }
}
