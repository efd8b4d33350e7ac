import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct VariantPairSelectionTests {
    func pair(_ a: String, _ b: String, _ kind: VariantKind, _ detail: String? = nil) -> VariantPair {
        VariantPair(character: a, variant: b, kind: kind, source: kind == .kanji ? "kanjidic2" : "unihan", detail: detail)
    }

    @Test func aJapaneseFormWhoseVariantIsTraditionalMeetsTheSimplifiedForm() {
        // 尭 (a jinmeiyō form, not in the Jōyō table) ↔ 堯, which ICU simplifies to 尧.
        #expect(VariantFolder.standard.fold("尭") == nil)
        let pairs = VariantPairSelection.foldingPairs(from: [pair("尭", "堯", .kanji, "jis208"), pair("堯", "尭", .kanji, "jis208")])
        #expect(pairs.map { "\($0.0)\($0.1)" } == ["尭堯"])
        let folder = VariantFolder(extraPairs: pairs)
        #expect(folder.key("尭舜") == folder.key("堯舜"))
        #expect(folder.key("尭舜") == folder.key("尧舜"))
    }

    @Test func crossReferencesToPrintedDictionariesAreNotVariants() {
        // KANJIDIC2 refers 克 to 勝 by a Nelson number: related, not the same character.
        #expect(VariantPairSelection.foldingPairs(from: [pair("克", "勝", .kanji, "nelson_c")]).isEmpty)
        #expect(VariantPairSelection.foldingPairs(from: [pair("克", "勝", .kanji, "jis208")]).count == 1)
    }

    @Test func semanticVariantsAndFoldedCharactersAreLeftAlone() {
        // 群/羣 are different characters of one meaning; 団 is already in the Jōyō table.
        let pairs = VariantPairSelection.foldingPairs(from: [pair("羣", "群", .semantic), pair("群", "羣", .semantic),
                                                             pair("団", "團", .kanji)])
        #expect(pairs.isEmpty)
    }

    @Test func aCharacterWithTwoTraditionalFormsIsNeverFolded() {
        // A character said to be both 發 and 髮 (each simplified to 发 by ICU) is ambiguous:
        // neither is picked (as with 弁 for 辨, 辯, 瓣).
        let pairs = VariantPairSelection.foldingPairs(from: [pair("㐅", "發", .z), pair("㐅", "髮", .kanji, "ucs")])
        let folder = VariantFolder(extraPairs: pairs)
        #expect(pairs.count == 2)
        #expect(folder.fold("㐅") == nil)
    }
}
