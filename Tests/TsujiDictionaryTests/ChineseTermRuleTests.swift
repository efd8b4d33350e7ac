import Testing
import TsujiDictionary

/// Each clause of ``ChineseTermRule``, one row each: the entries a span matches (as the sources
/// write them) and the language the rule must give.
@Suite struct ChineseTermRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let why: String
        let surface: String
        let entries: [Entry]
        let expected: TermLanguage
        var testDescription: String { "\(surface): \(why)" }
    }

    static func cedict(_ form: String, _ pinyin: String, _ english: String, kind: TermKind = .word) -> Entry {
        Entry(id: "cc-cedict:\(form)", source: DictionarySource.cedict.name, language: .zh, kind: kind,
              traditional: [form], simplified: [form], pinyin: [pinyin], english: [english])
    }

    static func edict(_ form: String, _ reading: String, _ english: String) -> Entry {
        Entry(id: "edict:\(form)", source: DictionarySource.edict.name, language: .ja, kind: .word,
              japanese: [form], readings: [reading], english: [english])
    }

    static func curated(_ form: String, _ language: TermLanguage) -> Entry {
        Entry(id: "tsuji-terms:\(form)", source: DictionarySource.curated.name, language: language, kind: .company,
              japanese: [form], english: ["a curated term"])
    }

    static let spans: [Case] = [
        Case(why: "a curated term stands as it is", surface: "騰訊",
             entries: [curated("騰訊", .zh), edict("騰訊", "とうじん", "a Japanese word")], expected: .zh),
        Case(why: "a curated Japanese word stays Japanese", surface: "利用",
             entries: [curated("利用", .ja), cedict("利用", "lìyòng", "to use")], expected: .ja),
        Case(why: "one kanji alone is a Japanese word or a name part", surface: "年",
             entries: [cedict("年", "Nián", "surname Nian", kind: .person)], expected: .ja),
        Case(why: "one simplified-only character is Chinese", surface: "华",
             entries: [cedict("华", "Huá", "abbr. for China", kind: .place)], expected: .zh),
        Case(why: "no CC-CEDICT entry, no Chinese term", surface: "会議",
             entries: [edict("会議", "かいぎ", "meeting")], expected: .ja),
        Case(why: "numbers written in kanji are no terms", surface: "三千万",
             entries: [cedict("三千万", "sānqiānwàn", "thirty million")], expected: .ja),
        Case(why: "a word EDICT knows, and not as something Chinese, stays Japanese", surface: "成功",
             entries: [cedict("成功", "chénggōng", "success"), edict("成功", "せいこう", "success")], expected: .ja),
        Case(why: "EDICT's entry tied to China does not keep a Chinese place Japanese", surface: "浙江",
             entries: [cedict("浙江", "Zhèjiāng", "Zhejiang province in east China", kind: .place),
                       edict("浙江", "せっこう", "Zhejiang (province of China)")], expected: .zh),
        Case(why: "a CC-CEDICT proper noun tied to China", surface: "深圳",
             entries: [cedict("深圳", "Shēnzhèn", "Shenzhen subprovincial city in Guangdong", kind: .place)], expected: .zh),
        Case(why: "a Han word only CC-CEDICT knows", surface: "躺平",
             entries: [cedict("躺平", "tǎngpíng", "to lie flat")], expected: .zh),
        Case(why: "a Han word that ENAMDICT also knows, not tied to China, is Japanese", surface: "大和",
             entries: [cedict("大和", "Dàhé", "Yamato, an old name for Japan", kind: .place),
                       Entry(id: "enamdict:1", source: DictionarySource.enamdict.name, language: .ja, kind: .place,
                             japanese: ["大和"], readings: ["やまと"], english: ["Yamato"])], expected: .ja),
        Case(why: "simplified-only characters make a word Chinese", surface: "车站",
             entries: [cedict("车站", "chēzhàn", "station"),
                       Entry(id: "kanjidic2:1", source: DictionarySource.kanjidic2.name, language: .ja, kind: .character,
                             japanese: ["车站"], readings: ["しゃたん"])], expected: .zh),
    ]

    @Test(arguments: spans)
    func spanLanguage(_ row: Case) throws {
        let termLists = row.entries.filter { DictionarySource(name: $0.source)?.isTermList ?? false }
        let others = row.entries.filter { !(DictionarySource(name: $0.source)?.isTermList ?? false) }
        let stack = DictionaryStack(layers: [
            MemoryDictionary(source: .curated, entries: termLists), MemoryDictionary(name: "full", entries: others),
        ])
        let hits = stack.entries(writtenAs: row.surface)
        #expect(hits.count == row.entries.count)
        let scalars = Array(row.surface.unicodeScalars)
        #expect(ChineseTermRule.language(of: hits, in: stack, scalars: scalars[...]) == row.expected)
    }

    static let groups: [Case] = [
        Case(why: "a term list decides", surface: "騰訊", entries: [curated("騰訊", .zh), edict("騰訊", "とうじん", "x")],
             expected: .zh),
        Case(why: "CC-CEDICT without EDICT is Chinese", surface: "躺平",
             entries: [cedict("躺平", "tǎngpíng", "to lie flat")], expected: .zh),
        Case(why: "with EDICT the most trusted entry decides", surface: "会議",
             entries: [edict("会議", "かいぎ", "meeting"), cedict("会议", "huìyì", "meeting")], expected: .ja),
    ]

    @Test(arguments: groups)
    func lookupLanguage(_ row: Case) {
        #expect(ChineseTermRule.language(of: row.entries) == row.expected)
    }
}
