import Testing
@testable import TsujiDictionary

/// The three renderings of a lookup, byte for byte, on a term built here (two sources, a
/// reading with a space, a quote in the English, a tab in the query).
@Suite struct LookupRendererTests {
    static let curated = Entry(
        id: "tsuji-terms:qwen", source: "tsuji-terms", language: .zh, kind: .product,
        japanese: ["通義千問"], traditional: ["通義千問"], simplified: ["通义千问"], readings: ["とう きょう"],
        pinyin: ["Tōngyì Qiānwèn"], english: ["Qwen", "Tongyi Qianwen"], note: "Alibaba's model")
    static let cedict = Entry(
        id: "cc-cedict:1", source: "cc-cedict", language: .zh, kind: .word, traditional: ["通義千問"],
        simplified: ["通义千问"], pinyin: ["Tōngyì Qiānwèn"], english: ["Qwen \"LLM\""])
    let result = LookupEngine.Result(query: "tongyi\tqianwen", kind: .latin,
                                     terms: [Term(entries: [curated, cedict])], foundBy: [.pinyin])
    let nothing = LookupEngine.Result(query: "x", kind: .other, terms: [], foundBy: [])

    @Test func json() {
        var renderer = LookupRenderer(format: .json)
        #expect(renderer.header == "")
        #expect(renderer.render(result) == """
            {"format":"tsuji.lookup/1","query":"tongyi\\tqianwen","entries":[{"headwords":["通義千問","通义千问"],\
            "lang":"zh","kind":"product","readings":["とうきょう"],"romaji":["tōkyō"],"pinyin":["Tōngyì Qiānwèn"],\
            "english":["Qwen","Tongyi Qianwen","Qwen \\"LLM\\""],"source":"tsuji-terms","sources":["tsuji-terms","cc-cedict"],\
            "ids":["tsuji-terms:qwen","cc-cedict:1"]}]}

            """)
        #expect(renderer.render(nothing) == "{\"format\":\"tsuji.lookup/1\",\"query\":\"x\",\"entries\":[]}\n")
    }

    @Test func tsv() {
        var renderer = LookupRenderer(format: .tsv)
        #expect(renderer.header == "query\theadwords\tlang\tkind\treadings\tromaji\tpinyin\tenglish\tsource\n")
        // The query's tab becomes a space; lists are joined with |.
        #expect(renderer.render(result)
            == "tongyi qianwen\t通義千問|通义千问\tzh\tproduct\tとうきょう\ttōkyō\tTōngyì Qiānwèn\tQwen|Tongyi Qianwen|Qwen \"LLM\"\ttsuji-terms\n")
        #expect(renderer.render(nothing) == "")
    }

    @Test func cards() {
        var renderer = LookupRenderer()
        // Labels padded to 12 columns; the readings' romaji in brackets; sources by licence.
        #expect(renderer.render(result) == """
            通義千問  [zh, product]
              Japanese     通義千問
              traditional  通義千問
              simplified   通义千问
              pinyin       Tōngyì Qiānwèn
              reading      とうきょう (tōkyō)
              English      Qwen; Tongyi Qianwen; Qwen "LLM"
              note         Alibaba's model
              source       tsuji curated terms (part of tsuji); CC-CEDICT, CC BY-SA 4.0


            """)
        #expect(renderer.render(nothing) == "")
    }

    @Test func notFoundReadsHanziOneByOne() {
        let east = Entry(id: "edict:2", source: "edict", language: .ja, kind: .word, japanese: ["東"],
                         readings: ["ひがし", "とう"], english: ["east"])
        let engine = LookupEngine(stack: DictionaryStack(layers: [MemoryDictionary(name: "full", entries: [east])]))
        var renderer = LookupRenderer()
        let missed = LookupEngine.Result(query: "東京", kind: .hanzi, terms: [], foundBy: [])
        #expect(renderer.notFound(missed, engine: engine) == """
            nothing found for '東京'; per character:
              東  pinyin dōng · reading ひがし, とう · east
              京  pinyin jīng
            """)
        #expect(renderer.notFound(nothing, engine: engine) == "nothing found for 'x'")
    }
}
