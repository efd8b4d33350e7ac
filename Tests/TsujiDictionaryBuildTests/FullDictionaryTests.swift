import Foundation
import Testing
import TsujiRomanize
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// The installed full dictionaries (Scripts/test installs them with `tsuji dict install`).
enum InstalledDictionaries {
    static var available: Bool { FileManager.default.fileExists(atPath: DataDirectory.compiledDictionary().path) }

    static func stack() throws -> DictionaryStack {
        try DictionaryLoader(includeUserConfig: false, includeFullDictionaries: true).load()
    }

    static var cedictFile: String? {
        DictionarySourceLocator(dataDirectory: DataDirectory.resolve()).locate(.cedict)?.files.first
    }
}

@Suite(.enabled(if: InstalledDictionaries.available, "needs the full dictionaries: run tsuji dict install (Scripts/test does)"))
struct FullDictionaryLookupTests {
    @Test func theIssuesQueriesFindTheirTermsWithTheFullDictionaries() throws {
        let engine = LookupEngine(stack: try InstalledDictionaries.stack())
        let cases: [(String, String)] = [
            ("通义千问", "通義千問"), ("tongyi qianwen", "通義千問"), ("Tongyi", "通義千問"), ("Qwen", "通義千問"),
            ("テンセント", "騰訊"), ("腾讯", "騰訊"), ("tengxun", "騰訊"), ("Tencent", "騰訊"),
            ("ホンバオ", "紅包"), ("hongbao", "紅包"), ("hóngbāo", "紅包"), ("red envelope", "紅包"),
        ]
        for (query, form) in cases {
            let terms = engine.lookup(query, options: .init(limit: 50)).terms
            #expect(terms.contains { $0.headwords.contains(form) }, "\(query) → \(form)")
        }
        // One term, both sides: the curated entry with CC-CEDICT's and EDICT's entries for 春節.
        let spring = try #require(engine.lookup("春節").terms.first)
        #expect(Set(spring.sources).isSuperset(of: ["tsuji-terms", "cc-cedict", "edict"]), "\(spring.sources)")
    }

    @Test func variantPairsFromKanjidicAndUnihanFoldJapaneseForms() throws {
        let dictionary = try CompiledDictionary(contentsOf: DataDirectory.compiledDictionary())
        #expect((200...2000).contains(dictionary.variantPairs.count), "\(dictionary.variantPairs.count) pairs")
        let keys = try InstalledDictionaries.stack().keys
        // A jinmeiyō form meets its traditional and simplified forms; so does 娯 (娛, 娱).
        #expect(keys.surface("尭") == keys.surface("堯") && keys.surface("堯") == keys.surface("尧"))
        #expect(keys.surface("娯楽") == keys.surface("娛樂") && keys.surface("娯楽") == keys.surface("娱乐"))
        // Related but different characters, and ambiguous ones, stay apart.
        #expect(keys.surface("克") != keys.surface("勝"))
        #expect(keys.surface("芸") != keys.surface("藝"))
        // The embedded Jōyō pairs still fold.
        #expect(keys.surface("団") == keys.surface("團") && keys.surface("団") == keys.surface("团"))
    }

    /// The traits kept in each record are what the decoded entry gives, on the real data.
    @Test func recordTraitsAgreeWithTheDecodedEntries() throws {
        let dictionary = try CompiledDictionary(contentsOf: DataDirectory.compiledDictionary())
        var random = SplitMix64(state: 77)
        var tied = 0
        for _ in 0..<3000 {
            let index = Int(random.next() % UInt64(dictionary.entryCount))
            let entry = try dictionary.entry(at: index)
            #expect(dictionary.traits(at: index) == EntryTraits(entry), "\(entry.id)")
            if dictionary.traits(at: index).isTiedToChina { tied += 1 }
        }
        #expect(tied > 0)
    }

    @Test func dictionaryInfoCountsEverySource() throws {
        let dictionary = try CompiledDictionary(contentsOf: DataDirectory.compiledDictionary())
        let counts = Dictionary(uniqueKeysWithValues: dictionary.sources.map { ($0.name, $0.entryCount) })
        #expect((120_000...125_000).contains(counts["cc-cedict"] ?? 0), "\(counts)")
        #expect((260_000...270_000).contains(counts["edict"] ?? 0), "\(counts)")
        #expect((735_000...745_000).contains(counts["enamdict"] ?? 0), "\(counts)")
        #expect(counts["kanjidic2"] == 13_108, "\(counts)")
        #expect((40_000...45_000).contains(counts["unihan"] ?? 0), "\(counts)")
    }

    /// 1,000 random lines of the real CC-CEDICT file, each found by its own pinyin and English.
    @Test func thousandRandomCedictLinesAreFoundByPinyinAndEnglish() throws {
        let file = try #require(InstalledDictionaries.cedictFile)
        let (entries, _) = try CedictParser(pinyinTransform: { Pinyin.fromNumbered($0) }).parseAll(.file(file))
        #expect(entries.count > 100_000)
        let stack = try InstalledDictionaries.stack()
        var random = SplitMix64(state: 2026)
        var missedByPinyin: [String] = [], missedByEnglish: [String] = []
        for _ in 0..<1000 {
            let entry = entries[Int(random.next() % UInt64(entries.count))]
            func found(_ hits: [DictionaryStack.Hit]) -> Bool { hits.contains { stack.entry($0).id == entry.id } }
            if let pinyin = entry.pinyin.first, !found(stack.lookup(.pinyin, key: stack.keys.pinyin(pinyin))) {
                missedByPinyin.append("\(entry.id) \(pinyin)")
            }
            if let sense = entry.english.first, !stack.keys.englishPhrase(sense).isEmpty,
                !found(stack.lookup(.english, key: stack.keys.englishPhrase(sense)))
            {
                missedByEnglish.append("\(entry.id) \(sense)")
            }
        }
        #expect(missedByPinyin == [])
        #expect(missedByEnglish == [])
    }

    /// Wherever CC-CEDICT has a curated term, the two agree on its pinyin (syllables and tones;
    /// case and word spacing are conventions that differ).
    @Test func curatedPinyinAgreesWithCedict() throws {
        let stack = try InstalledDictionaries.stack()
        let curated = stack.layers.first { $0.name == "tsuji-terms" }!
        func normalized(_ pinyin: String) -> String {
            Pinyin.numbered(pinyin).lowercased().filter { !" '-".contains($0) }
        }
        var disagreements: [String] = []
        var compared = 0
        for index in 0..<curated.entryCount {
            let entry = curated.entry(at: index)
            guard let simplified = entry.simplified.first, let pinyin = entry.pinyin.first else { continue }
            let cedict = stack.entries(writtenAs: simplified).map(stack.entry)
                .filter { $0.source == "cc-cedict" && $0.simplified.contains(simplified) }
            guard !cedict.isEmpty else { continue }
            compared += 1
            if !cedict.flatMap(\.pinyin).map(normalized).contains(normalized(pinyin)) {
                disagreements.append("\(entry.id): \(pinyin) vs \(cedict.flatMap(\.pinyin))")
            }
        }
        #expect(compared > 200)
        #expect(disagreements == [])
    }
}
