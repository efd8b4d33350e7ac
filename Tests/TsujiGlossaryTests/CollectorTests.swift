import Testing
import TsujiAnnotate
import TsujiDictionary
@testable import TsujiGlossary

@Suite struct CollectorTests {
    @Test func variantsOfOneTermAreOneRow() throws {
        let glossary = Fixtures.glossary([Fixtures.articleA])
        let tencent = try #require(glossary.terms.first { $0.key == "tsuji-terms:tencent" })
        #expect(tencent.forms == ["テンセント", "騰訊", "腾讯"])
        #expect(tencent.count == 3)
        #expect(glossary.terms.filter { $0.forms.contains("騰訊") }.count == 1)
        #expect(tencent.english == ["Tencent"])
        #expect(tencent.pinyin == "Téngxùn")
        #expect(tencent.source == "tsuji-terms")
        #expect(tencent.confidence == .dictionary)
    }

    @Test func rowsAreInFirstSeenOrderWithCountsPerDocument() throws {
        let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])
        #expect(glossary.documents == ["a.txt", "b.txt", "c.txt"])
        #expect(glossary.terms.map(\.key) == [
            "edict:1000", "tsuji-terms:alibaba", "tsuji-terms:qwen", "tsuji-terms:hongbao", "tsuji-terms:tencent",
            "tsuji-terms:hangzhou", "article:深度求索",
        ])
        #expect(glossary.terms.map(\.order) == Array(1...7))
        let alibaba = glossary.terms[1]
        #expect(alibaba.documents == [.init(name: "a.txt", count: 1), .init(name: "b.txt", count: 1)])
        let hongbao = glossary.terms[3]
        #expect(hongbao.documents == [.init(name: "a.txt", count: 2), .init(name: "c.txt", count: 1)])
        #expect(hongbao.count == 3)
        let deepseek = glossary.terms[6]
        #expect(deepseek.forms == ["ディープシーク", "深度求索"])
        #expect(deepseek.count == 3)
        #expect(deepseek.confidence == .article)
    }

    @Test func alibabaCountsEachDocument() throws {
        let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB])
        let alibaba = try #require(glossary.terms.first { $0.key == "tsuji-terms:alibaba" })
        // a.txt: アリババは…; b.txt: アリババも杭州に…
        #expect(alibaba.documents == [.init(name: "a.txt", count: 1), .init(name: "b.txt", count: 1)])
        #expect(alibaba.count == 2)
    }

    @Test func firstContextIsTheSentenceWithTheTermMarked() throws {
        let glossary = Fixtures.glossary([Fixtures.articleA])
        let qwen = try #require(glossary.terms.first { $0.key == "tsuji-terms:qwen" })
        #expect(qwen.context == "春節を前に、アリババは「⟦通義千問⟧」のアプリで紅包を配ると発表した。")
        let tencent = try #require(glossary.terms.first { $0.key == "tsuji-terms:tencent" })
        #expect(tencent.context == "⟦テンセント⟧（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。")
    }

    @Test func factsComeFromTheMostConfidentOccurrence() throws {
        var learned = Fixtures.tencent
        learned.confidence = .article
        learned.source = "article"
        learned.english = ["Tencent Holdings"]
        let text = "テンセントの発表。騰訊は大手だ。"
        let first = learned.annotation(surface: "テンセント", start: 0)
        let second = Fixtures.tencent.annotation(surface: "騰訊", start: 9)
        let document = AnnotatedDocument(source: "x.txt", text: text, annotations: [first, second])
        let term = try #require(Fixtures.glossary([document]).terms.first)
        #expect(term.confidence == .dictionary)
        #expect(term.english == ["Tencent"])
        #expect(term.forms == ["テンセント", "騰訊"])
        #expect(term.context == "⟦テンセント⟧の発表。")
    }

    @Test func appendedCollectorsEqualOneRun() {
        let single = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])
        var split = Fixtures.collect([Fixtures.articleA])
        split.append(Fixtures.collect([Fixtures.articleB, Fixtures.articleC]))
        #expect(split.glossary() == single)
        var other = Fixtures.collect([Fixtures.articleA, Fixtures.articleB])
        other.append(Fixtures.collect([Fixtures.articleC]))
        #expect(other.glossary() == single)
    }

    @Test func sameDocumentNameTwiceIsOneDocumentInTheRow() throws {
        let glossary = Fixtures.glossary([Fixtures.articleC, Fixtures.articleC])
        let hongbao = try #require(glossary.terms.first { $0.key == "tsuji-terms:hongbao" })
        #expect(hongbao.documents == [.init(name: "c.txt", count: 2)])
    }
}

@Suite struct ContextTests {
    func context(_ text: String, _ term: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(term.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return ContextExtractor.context(in: scalars, range: start..<(start + needle.count))
    }

    @Test func sentenceEndsAfterClosingBrackets() {
        #expect(context("前文。彼は「紅包を配る。」と言った。次の文。", "紅包") == "彼は「⟦紅包⟧を配る。」")
    }

    @Test func lineBreakEndsASentenceAndSpacesAreTrimmed() {
        #expect(context("見出し 通義千問\n　本文が続く。", "通義千問") == "見出し ⟦通義千問⟧")
        #expect(context("見出し\n　本文の杭州が続く。", "杭州") == "本文の⟦杭州⟧が続く。")
    }

    @Test func longSentencesAreCutAroundTheTerm() {
        let before = String(repeating: "あ", count: 100), after = String(repeating: "い", count: 100)
        let result = context(before + "杭州" + after + "。", "杭州")
        #expect(result == "…" + String(repeating: "あ", count: 60) + "⟦杭州⟧" + String(repeating: "い", count: 60) + "…")
    }
}
