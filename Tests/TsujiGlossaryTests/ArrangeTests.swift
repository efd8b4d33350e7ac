import Testing
import TsujiDictionary
@testable import TsujiGlossary

@Suite struct ArrangeTests {
    let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])

    @Test func readingOrderIsGojuon() {
        // Gojūon order: アリババ (a), こうしゅう (ko), しゅんせつ (shi), つうぎ (tsu), ディープ (te+i: the
        // voicing mark is only a secondary difference, and イ precedes ン), テンセント (te+n),
        // ホンバオ (ho). Katakana and hiragana sort together — not code point order.
        let keys = glossary.arranged(order: .reading).terms.map(\.key)
        #expect(keys == [
            "tsuji-terms:alibaba", "tsuji-terms:hangzhou", "edict:1000", "tsuji-terms:qwen", "article:深度求索",
            "tsuji-terms:tencent", "tsuji-terms:hongbao",
        ])
    }

    @Test func pinyinOrderIgnoresToneMarksFirst() {
        // Ālǐbābā, Hángzhōu, hóngbāo, shēndù, Téngxùn, Tōngyì; 春節 has no pinyin and goes last.
        let keys = glossary.arranged(order: .pinyin).terms.map(\.key)
        #expect(keys == [
            "tsuji-terms:alibaba", "tsuji-terms:hangzhou", "tsuji-terms:hongbao", "article:深度求索",
            "tsuji-terms:tencent", "tsuji-terms:qwen", "edict:1000",
        ])
    }

    @Test func englishAndCountOrders() {
        #expect(glossary.arranged(order: .english).terms.map { $0.english.first } == [
            "Alibaba", "Chinese New Year", "Hangzhou", "Qwen", "red envelope", "Tencent", nil,
        ])
        // Counts 4, 3, 3, 2, 2, 2, 2; ties in first-seen order.
        #expect(glossary.arranged(order: .count).terms.map(\.key) == [
            "tsuji-terms:tencent", "tsuji-terms:hongbao", "article:深度求索", "edict:1000", "tsuji-terms:alibaba",
            "tsuji-terms:qwen", "tsuji-terms:hangzhou",
        ])
    }

    @Test func filters() {
        #expect(glossary.arranged(filter: GlossaryFilter(minCount: 3)).terms.map(\.key) == [
            "tsuji-terms:hongbao", "tsuji-terms:tencent", "article:深度求索",
        ])
        #expect(glossary.arranged(filter: GlossaryFilter(language: .ja)).terms.map(\.key) == ["edict:1000"])
        #expect(glossary.arranged(filter: GlossaryFilter(language: .zh)).terms.count == 6)
        #expect(glossary.arranged(filter: GlossaryFilter(kinds: [.company, .place])).terms.map(\.key) == [
            "tsuji-terms:alibaba", "tsuji-terms:tencent", "tsuji-terms:hangzhou",
        ])
        // A row whose language is not known is not dropped by a language filter.
        let plain = GlossaryTerm(key: "glossary:元宝", forms: ["元宝"], english: ["Yuanbao"])
        #expect(GlossaryFilter(language: .zh).accepts(plain))
        #expect(!GlossaryFilter(minCount: 1).accepts(plain))
    }

    @Test func columnListParsing() throws {
        #expect(try GlossaryColumn.list("term, english,pinyin,term") == [.term, .english, .pinyin])
        #expect(throws: GlossaryReadError.Reason.self) { try GlossaryColumn.list("term,colour") }
    }
}
