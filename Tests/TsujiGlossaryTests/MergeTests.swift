import Testing
import TsujiAnnotate
@testable import TsujiGlossary

@Suite struct MergeTests {
    func loaded(_ glossary: Glossary, _ format: GlossaryFormat) throws -> LoadedGlossary {
        let text = format.writer().write(glossary)
        return try GlossaryFileReader.read(text, path: "existing.\(format.rawValue)")
    }

    @Test(arguments: [GlossaryFormat.tsv, .csv, .json, .md, .tbx])
    func runOverAThenMergeWithBEqualsARunOverBoth(format: GlossaryFormat) throws {
        let existing = try loaded(Fixtures.glossary([Fixtures.articleA]), format)
        let merged = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleB, Fixtures.articleC]))
        #expect(merged.glossary == Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC]))
        #expect(merged.conflicts == [])
        #expect(merged.added == 2)  // 杭州 and ディープシーク are new in b.txt
    }

    @Test(arguments: [GlossaryFormat.tsv, .csv, .json, .md, .tbx])
    func rerunKeepsEditsAndDoesNotDoubleCounts(format: GlossaryFormat) throws {
        let documents = [Fixtures.articleA, Fixtures.articleB]
        var edited = Fixtures.glossary(documents)
        let qwen = edited.terms.firstIndex { $0.key == "tsuji-terms:qwen" }!
        edited.terms[qwen].english = ["Qwen (Alibaba's model)"]
        edited.terms[qwen].note = "use Qwen, never Tongyi"
        let deepseek = edited.terms.firstIndex { $0.key == "article:深度求索" }!
        edited.terms[deepseek].english = ["DeepSeek"]
        var added = GlossaryTerm(key: "glossary:元宝", forms: ["元宝"], english: ["Yuanbao"])
        added.order = nil
        edited.terms.append(added)
        let existing = try loaded(edited, format)

        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary(documents))
        let terms = result.glossary.terms
        #expect(terms.count == edited.terms.count)
        #expect(terms.first { $0.key == "tsuji-terms:qwen" }?.english == ["Qwen (Alibaba's model)"])
        #expect(terms.first { $0.key == "tsuji-terms:qwen" }?.note == "use Qwen, never Tongyi")
        #expect(terms.first { $0.key == "article:深度求索" }?.english == ["DeepSeek"])
        #expect(terms.last?.forms == ["元宝"])
        #expect(terms.last?.english == ["Yuanbao"])
        // Counts are the run's, not the sum of the old file and the run.
        #expect(terms.first { $0.key == "tsuji-terms:tencent" }?.count == 4)
        #expect(terms.first { $0.key == "tsuji-terms:tencent" }?.documents == [.init(name: "a.txt", count: 3), .init(name: "b.txt", count: 1)])
        #expect((result.updated, result.kept, result.added) == (7, 1, 0))
    }

    @Test(arguments: [GlossaryFormat.anki, .prompt, .omegat])
    func editedEnglishSurvivesFromEveryOtherFormat(format: GlossaryFormat) throws {
        var edited = Fixtures.glossary([Fixtures.articleA])
        let qwen = edited.terms.firstIndex { $0.key == "tsuji-terms:qwen" }!
        edited.terms[qwen].english = ["Qwen chatbot"]
        let existing = try loaded(edited, format)
        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleA, Fixtures.articleB]))
        #expect(result.glossary.terms.first { $0.key == "tsuji-terms:qwen" }?.english == ["Qwen chatbot"])
        #expect(result.glossary.terms.first { $0.key == "tsuji-terms:tencent" }?.count == 4)
        // Every existing term met its new row: nothing is doubled, the two new terms are added.
        #expect(result.glossary.terms.count == 7)
    }

    @Test func plainTwoColumnRowsMeetTermsByForm() throws {
        let existing = try DelimitedReader(separator: .tab).read("通義千問\tQwen LLM\n腾讯\tTencent Holdings\n元宝\tYuanbao\n", file: "deepl.tsv")
        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleA]))
        let terms = result.glossary.terms
        // The rows met by a form come first, in the file's order; the row that met nothing is kept
        // in its place; new terms follow in first-seen order.
        #expect(terms.map(\.key) == [
            "tsuji-terms:qwen", "tsuji-terms:tencent", "glossary:元宝", "edict:1000", "tsuji-terms:alibaba", "tsuji-terms:hongbao",
        ])
        #expect(terms[0].english == ["Qwen LLM"])
        #expect(terms[0].source == "user")
        #expect(terms[0].pinyin == "Tōngyì Qiānwèn")
        #expect(terms[0].count == 1)
        #expect(terms[1].english == ["Tencent Holdings"])
        #expect(terms[1].forms == ["腾讯", "テンセント", "騰訊"])
        #expect(terms[1].count == 3)
        #expect(terms[2].english == ["Yuanbao"])
        #expect(terms[2].count == 0)
        #expect(terms.map(\.order) == Array(1...6))
    }

    @Test func anExistingPinyinThatDiffersIsAConflictAndIsKept() throws {
        var old = Fixtures.glossary([Fixtures.articleB])
        let hangzhou = old.terms.firstIndex { $0.key == "tsuji-terms:hangzhou" }!
        old.terms[hangzhou].pinyin = "Hángzhou"
        let text = DelimitedWriter(separator: .tab).write(old)
        let existing = try DelimitedReader(separator: .tab).read(text, file: "g.tsv")
        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleB]))
        #expect(result.glossary.terms.first { $0.key == "tsuji-terms:hangzhou" }?.pinyin == "Hángzhou")
        #expect(result.conflicts.map(\.description) == [
            "g.tsv:\(hangzhou + 2): 杭州: pinyin Hángzhou in the glossary, Hángzhōu from tsuji-terms; kept Hángzhou",
        ])
        // Spacing, case and apostrophes are not conflicts.
        old.terms[hangzhou].pinyin = "háng Zhōu"
        let same = try DelimitedReader(separator: .tab).read(DelimitedWriter(separator: .tab).write(old), file: "g.tsv")
        #expect(GlossaryMerger.merge(existing: same, new: Fixtures.glossary([Fixtures.articleB])).conflicts.isEmpty)
    }

    @Test func twoRowsGivingOneHanziTwoPinyinAreReported() throws {
        var other = GlossaryTerm(key: "user:hangzhou-old", forms: ["杭州"], hanzi: "杭州", pinyin: "Kōshū")
        other.order = 1
        let existing = LoadedGlossary(file: "mine.json", format: .json, isTsujiGlossary: true,
                                      rows: [LoadedGlossary.Row(term: other, line: 2)])
        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleB]))
        #expect(result.glossary.terms.count == 1 + 4)  // b.txt has 杭州, ディープシーク, アリババ, テンセント
        #expect(result.conflicts.map(\.description) == [
            "mine.json:2: 杭州: two pinyin for one hanzi: Kōshū (user:hangzhou-old), Hángzhōu (tsuji-terms:hangzhou)",
        ])
    }

    @Test func neverLosesARow() throws {
        let rows = (1...5).map { (n: Int) in
            LoadedGlossary.Row(term: GlossaryTerm(key: "glossary:語\(n)", forms: ["語\(n)"], english: ["word \(n)"]), line: n)
        }
        let existing = LoadedGlossary(file: "x.tsv", format: .tsv, isTsujiGlossary: false, rows: rows)
        let result = GlossaryMerger.merge(existing: existing, new: Fixtures.glossary([Fixtures.articleA, Fixtures.articleB]))
        #expect(result.glossary.terms.count == 5 + 7)
        #expect(Array(result.glossary.terms.prefix(5).map(\.forms)) == rows.map(\.term.forms))
        #expect(result.kept == 5)
        // Filters choose among the new terms; the existing rows stay whatever they say.
        #expect(result.fromExisting == Array(repeating: true, count: 5) + Array(repeating: false, count: 7))
        let filtered = result.glossary.arranged(filter: GlossaryFilter(minCount: 2), exempt: result.fromExisting)
        #expect(filtered.terms.map(\.key) == rows.map(\.term.key) + ["tsuji-terms:alibaba", "tsuji-terms:hongbao", "tsuji-terms:tencent", "tsuji-terms:hangzhou", "article:深度求索"])
    }
}

@Suite struct PartialTests {
    @Test func partialFilesReadBackToTheSameCollector() throws {
        let collector = Fixtures.collect([Fixtures.articleA, Fixtures.articleB])
        let text = GlossaryPartial.write(collector)
        #expect(GlossaryPartial.isPartial(text))
        #expect(text.split(separator: "\n").count == 1 + collector.termCount)
        let read = try GlossaryPartial.read(text, file: "p.jsonl")
        #expect(read.glossary() == collector.glossary())
        #expect(GlossaryPartial.write(read) == text)
    }

    @Test func partsMergedEqualASingleRun() throws {
        let single = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])
        let parts = [[Fixtures.articleA], [Fixtures.articleB], [Fixtures.articleC]].map { GlossaryPartial.write(Fixtures.collect($0)) }
        var combined = GlossaryCollector()
        for (index, part) in parts.enumerated() { combined.append(try GlossaryPartial.read(part, file: "p\(index).jsonl")) }
        #expect(combined.glossary() == single)
        #expect(GlossaryFormat.tsv.writer().write(combined.glossary()) == GlossaryFormat.tsv.writer().write(single))
    }

    @Test func badPartialsNameTheLine() {
        let good = GlossaryPartial.write(Fixtures.collect([Fixtures.articleA]))
        var lines = good.split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacingAll("\"first\":[0,", with: "\"first\":[7,")
        do {
            _ = try GlossaryPartial.read(lines.joined(separator: "\n"), file: "p.jsonl")
            Issue.record("a position outside the documents must be refused")
        } catch {
            #expect(error.description.hasPrefix("p.jsonl:3: "))
        }
        #expect(throws: GlossaryReadError.self) { try GlossaryPartial.read("{\"format\":\"tsuji.glossary/1\"}\n", file: "g.json") }
        #expect(throws: GlossaryReadError.self) { try GlossaryPartial.read("", file: "empty.jsonl") }
    }
}
