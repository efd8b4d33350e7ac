import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct UnihanParserTests {
    static let readings = """
    #
    # Unihan_Readings.txt, written for the tsuji tests
    # Unicode version: 99.0.0
    #
    U+4E00\tkDefinition\tone; a, an; alone
    U+4E00\tkJapaneseKun\tHITOTSU
    U+4E00\tkJapaneseOn\tICHI ITSU
    U+4E00\tkMandarin\tyī
    U+4E00\tkCantonese\tjat1
    U+4E2D\tkCantonese\tzung1
    U+6C49\tkDefinition\tChinese people; Chinese language
    U+6C49\tkMandarin\thàn
    U+6F22\tkDefinition\tthe Chinese people, Chinese language
    U+6F22\tkJapaneseKun\tKARA
    U+6F22\tkJapaneseOn\tKAN
    U+6F22\tkMandarin\thàn
    U+5F8C\tkJapaneseKun\tNOCHI USHIRO
    U+5F8C\tkJapaneseOn\tGO KOU
    U+5F8C\tkMandarin\thòu
    U+897F\tkJapaneseKun\tNISHI
    U+897F\tkJapaneseOn\tSEI SAI SHU
    U+7A6A\tkJapaneseKun\tKANNA HUDE
    U+20000\tkMandarin\thē

    """

    static let variants = """
    # Unicode version: 99.0.0
    U+6C49\tkTraditionalVariant\tU+6F22
    U+6F22\tkSimplifiedVariant\tU+6C49
    U+5F8C\tkSimplifiedVariant\tU+540E
    U+540E\tkTraditionalVariant\tU+540E U+5F8C
    U+4E0E\tkSemanticVariant\tU+8207<kMatthews,kMeyerWempe
    U+8207\tkZVariant\tU+8209
    U+3400\tkSpecializedSemanticVariant\tU+4E18<kFenn

    """

    static func input(_ text: String, _ name: String) -> DictionaryInput {
        .bytes(Array(text.utf8), name: name)
    }

    static func parse() throws -> (entries: [String: Entry], readings: ParseReport, variants: ParseReport) {
        var entries: [String: Entry] = [:]
        let (readings, variants) = try UnihanParser().parse(
            readings: input(Self.readings, "Unihan_Readings.txt"), variants: input(Self.variants, "Unihan_Variants.txt")
        ) { entries[$0.id] = $0 }
        return (entries, readings, variants)
    }

    @Test func readingsBecomeCharacterEntries() throws {
        let (entries, readings, _) = try Self.parse()
        #expect(readings.version == "99.0.0")
        #expect(readings.skipped == 0)
        // U+4E2D has only kCantonese: no entry.
        #expect(Set(entries.keys) == ["unihan:U+4E00", "unihan:U+6C49", "unihan:U+6F22", "unihan:U+5F8C",
                                      "unihan:U+897F", "unihan:U+7A6A", "unihan:U+20000"])
        let one = try #require(entries["unihan:U+4E00"])
        #expect(one.source == "unihan")
        #expect(one.language == .zh)
        #expect(one.kind == .character)
        #expect(one.pinyin == ["yī"])
        #expect(one.english == ["one", "a, an", "alone"])
        #expect(one.japanese == ["一"])
        #expect(entries["unihan:U+20000"]?.pinyin == ["hē"])
    }

    @Test func japaneseReadingsBecomeKana() throws {
        let (entries, _, _) = try Self.parse()
        #expect(entries["unihan:U+4E00"]?.readings == ["イチ", "イツ", "ひとつ"])
        #expect(entries["unihan:U+6F22"]?.readings == ["カン", "から"])
        #expect(entries["unihan:U+5F8C"]?.readings == ["ゴ", "コウ", "のち", "うしろ"])
        // SHU stays シュ (only a bare HU is ふ); NN is ん before n; HU is ふ.
        #expect(entries["unihan:U+897F"]?.readings == ["セイ", "サイ", "シュ", "にし"])
        #expect(entries["unihan:U+7A6A"]?.readings == ["かんな", "ふで"])
        #expect(entries.values.allSatisfy { $0.note == nil })
    }

    @Test func variantsDecideTraditionalAndSimplified() throws {
        let (entries, _, _) = try Self.parse()
        let han = try #require(entries["unihan:U+6F22"])
        #expect(han.traditional == ["漢"])
        #expect(han.simplified.isEmpty)
        let hanSimplified = try #require(entries["unihan:U+6C49"])
        #expect(hanSimplified.simplified == ["汉"])
        #expect(hanSimplified.traditional.isEmpty)
        #expect(hanSimplified.japanese.isEmpty)
        let one = try #require(entries["unihan:U+4E00"])
        #expect(one.traditional == ["一"])
        #expect(one.simplified == ["一"])
    }

    @Test func variantPairs() throws {
        let (_, _, variants) = try Self.parse()
        let pairs = variants.variants.map { "\($0.character) \($0.variant) \($0.kind.rawValue)" }
        // 后 listed as its own traditional variant is left out.
        #expect(pairs == [
            "汉 漢 traditional", "漢 汉 simplified", "後 后 simplified", "后 後 traditional",
            "与 與 semantic", "與 舉 z", "㐀 丘 specializedSemantic",
        ])
        #expect(variants.variants.allSatisfy { $0.source == "unihan" && $0.detail == nil })
    }

    @Test func malformedLinesAreReported() throws {
        let text = """
        U+4E00\tkMandarin\tyī
        U+4E01 kMandarin dīng
        X+4E02\tkMandarin\tqī
        U+4E03\tkMandarin\t
        U+4E09\tkMandarin\tsān
        """
        let report = try UnihanParser().parseReadings(.bytes(Array(text.utf8), name: "r.txt")) { _ in }
        #expect(report.entries == 2)
        #expect(report.issues.map(\.line) == [2, 3, 4])
        #expect(report.issues.allSatisfy { $0.file == "r.txt" })
    }

    @Test func badVariantCodePointIsReported() throws {
        let report = try UnihanParser().parseVariants(.bytes(Array("U+4E0E\tkSemanticVariant\tU+ZZZZ\n".utf8), name: "v.txt"))
        #expect(report.variants.isEmpty)
        #expect(report.issues.map(\.line) == [1])
    }

    @Test func bzip2Input() throws {
        let compressed = try SourceFixtures.bzip2(Array(Self.readings.utf8))
        let report = try UnihanParser().parseReadings(.bytes(compressed, name: "Unihan_Readings.txt.bz2")) { _ in }
        #expect(report.entries == 7)
        #expect(report.version == "99.0.0")
    }
}
