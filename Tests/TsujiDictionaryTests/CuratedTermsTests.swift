import Testing
import TsujiRomanize
import TsujiText
@testable import TsujiDictionary

/// Every row of the curated terms (dictionaries/terms/*.tsv, compiled into the binary) is checked.
@Suite struct CuratedTermsTests {
    let entries: [Entry]

    init() throws {
        var all: [Entry] = []
        for file in EmbeddedTerms.files {
            all += try TermsFile.parse(file.text, file: file.name, source: "tsuji-terms", strict: true).entries
        }
        entries = all
    }

    @Test func enoughTermsInEveryFile() {
        #expect(entries.count >= 600)
        let names = Set(EmbeddedTerms.files.map(\.name))
        #expect(names.isSuperset(of: ["companies.tsv", "products.tsv", "people.tsv", "places.tsv",
                                       "organizations.tsv", "events.tsv", "currencies.tsv"]))
    }

    @Test func idsAreUnique() {
        var seen: [String: Int] = [:]
        for entry in entries { seen[entry.id, default: 0] += 1 }
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test func noWrittenFormBelongsToTwoTerms() {
        let keys = IndexKeys()
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for entry in entries {
            for form in Set(entry.headwords.map(keys.surface)) {
                if let other = owner[form], other != entry.id { clashes.append("\(form): \(other) and \(entry.id)") }
                owner[form] = entry.id
            }
        }
        #expect(clashes == [])
    }

    @Test func readingsAreKanaOnly() {
        let bad = entries.flatMap { entry in
            entry.readings.filter { reading in
                reading.isEmpty || !reading.unicodeScalars.allSatisfy { scalar in
                    (0x3041...0x309F).contains(scalar.value) || (0x30A0...0x30FF).contains(scalar.value) || scalar == " "
                }
            }.map { "\(entry.id): \($0)" }
        }
        #expect(bad == [])
    }

    @Test func pinyinIsValidSyllablesWithToneMarks() {
        var bad: [String] = []
        for entry in entries {
            for pinyin in entry.pinyin {
                let scalars = pinyin.unicodeScalars
                let allowed = scalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "'" || $0 == "-" }
                let marked = Normalizer.normalize(pinyin, .nfd).unicodeScalars.contains { (0x0300...0x030C).contains($0.value) }
                let numbered = scalars.contains { ("1"..."5").contains($0) }
                let words = pinyin.split(separator: " ")
                let valid = words.allSatisfy { Pinyin.syllables(String($0)) != nil }
                if !allowed || !marked || numbered || !valid { bad.append("\(entry.id): \(pinyin)") }
            }
        }
        #expect(bad == [])
    }

    /// One pinyin syllable per character of the simplified form (where that form is all Han).
    @Test func pinyinSyllablesMatchTheCharacters() {
        var bad: [String] = []
        for entry in entries {
            guard let pinyin = entry.pinyin.first, let form = entry.simplified.first,
                form.unicodeScalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) == .han })
            else { continue }
            let syllables = pinyin.split(separator: " ").compactMap { Pinyin.syllables(String($0)) }.joined()
            if syllables.count != form.unicodeScalars.count { bad.append("\(entry.id): \(form) \(pinyin)") }
        }
        #expect(bad == [])
    }

    @Test func traditionalAndSimplifiedAgreeWithICU() throws {
        // Simplifying the traditional form gives the simplified form (ICU's Traditional-Simplified
        // is the independent check), except where a term's Chinese name really differs.
        let simplify = try Transliterator.named("Traditional-Simplified")
        var bad: [String] = []
        for entry in entries {
            guard let traditional = entry.traditional.first, let simplified = entry.simplified.first else { continue }
            if simplify.transliterate(traditional) != simplified { bad.append("\(entry.id): \(traditional) → \(simplified)") }
        }
        // A few differences are real (ICU's one-to-one mapping cannot know every name's usage);
        // keep them rare.
        #expect(bad.count <= entries.count / 50, "\(bad)")
    }

    @Test func theIssuesNamedTermsAreThere() {
        let stack = DictionaryStack(layers: [MemoryDictionary(source: .curated, entries: entries)])
        let expectations: [(String, String)] = [
            ("阿里巴巴", "Alibaba"), ("アリババ", "Alibaba"), ("通義千問", "Qwen"), ("騰訊", "Tencent"),
            ("テンセント", "Tencent"), ("微信", "WeChat"), ("百度", "Baidu"), ("字節跳動", "ByteDance"),
            ("バイトダンス", "ByteDance"), ("抖音", "Douyin"), ("深度求索", "DeepSeek"), ("ディープシーク", "DeepSeek"),
            ("華為", "Huawei"), ("ファーウェイ", "Huawei"), ("小米", "Xiaomi"), ("シャオミ", "Xiaomi"), ("比亜迪", "BYD"),
            ("寧徳時代", "CATL"), ("拼多多", "Pinduoduo"), ("美団", "Meituan"), ("京東", "JD.com"), ("月之暗面", "Moonshot AI"),
            ("智譜", "Zhipu AI"), ("春節", "Spring Festival"), ("紅包", "red envelope"), ("元宵節", "Lantern Festival"),
            ("人民元", "renminbi"), ("元", "yuan"), ("習近平", "Xi Jinping"),
        ]
        for (form, english) in expectations {
            let found = stack.entries(writtenAs: form).map(stack.entry)
            #expect(found.contains { $0.english.contains { $0.lowercased() == english.lowercased() } }, "\(form) → \(english): \(found.map(\.english))")
        }
    }
}
