import Foundation
import Testing
@testable import TsujiGlossary

@Suite struct OtherFormatTests {
    let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])

    @Test func jsonHasTheFormatFieldAndReadsBack() throws {
        let text = GlossaryFormat.json.writer().write(glossary)
        // Parsed by Foundation, apart from the glossary reader.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["format"] as? String == "tsuji.glossary/1")
        #expect(root["documents"] as? [String] == ["a.txt", "b.txt", "c.txt"])
        let terms = try #require(root["terms"] as? [[String: Any]])
        #expect(terms.count == glossary.terms.count)
        let tencent = terms[4]
        #expect(tencent["forms"] as? [String] == ["テンセント", "騰訊", "腾讯"])
        #expect(tencent["english"] as? [String] == ["Tencent"])
        #expect(tencent["count"] as? Int == 4)
        #expect((tencent["documents"] as? [[String: Any]])?.map { $0["name"] as? String } == ["a.txt", "b.txt"])
        // Unknown fields are omitted, never written empty.
        let deepseek = terms[6]
        #expect(deepseek["english"] == nil && deepseek["simplified"] == nil)
        // One term a line.
        #expect(text.split(separator: "\n").count == glossary.terms.count + 2)
        let loaded = try GlossaryJSONReader().read(text, file: "g.json")
        #expect(loaded.glossary == glossary)
        #expect(GlossaryFileReader.detect(text, path: "g.json") == .json)
    }

    @Test func jsonThatIsNotAGlossaryIsRefused() {
        #expect(throws: GlossaryReadError.self) { try GlossaryJSONReader().read("{\"format\":\"tsuji.annotation/1\"}", file: "a.json") }
        #expect(throws: GlossaryReadError.self) { try GlossaryJSONReader().read("{\"format\":", file: "a.json") }
    }

    @Test func markdownIsATableThatReadsBack() throws {
        var odd = glossary
        odd.terms[0].note = "pipes | and \\ backslashes"
        let text = GlossaryFormat.md.writer().write(odd)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "<!-- tsuji.glossary/1 -->")
        #expect(lines[1].hasPrefix("| term | forms | lang |"))
        #expect(lines[2].hasPrefix("| --- | --- |"))
        #expect(lines.count == 3 + odd.terms.count)
        // Every row has as many unescaped pipes as the header: the escaped ones do not split cells.
        func pipes(_ line: String) -> Int {
            var count = 0, escaped = false
            for c in line { if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "|" { count += 1 } }
            return count
        }
        #expect(lines.dropFirst().allSatisfy { pipes($0) == GlossaryColumn.allCases.count + 1 })
        #expect(lines[3].contains("pipes \\| and \\\\ backslashes"))
        let loaded = try MarkdownReader().read(text, file: "g.md")
        #expect(loaded.isTsujiGlossary)
        #expect(loaded.glossary.terms == odd.terms)
        #expect(GlossaryFileReader.detect(text, path: "g.md") == .md)
    }

    @Test func ankiHasItsHeadersAndOneNoteATerm() throws {
        let text = GlossaryFormat.anki.writer().write(glossary)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(7)) == [
            "#separator:tab", "#html:false", "#notetype:Basic", "#tags:tsuji",
            "#columns:Front\tBack\tEnglish\tPinyin\tReading\tRomaji\tContext\tKey\tTags\tGUID",
            "#tags column:9", "#guid column:10",
        ])
        let notes = lines.dropFirst(7)
        #expect(notes.count == glossary.terms.count)
        #expect(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
        let tencent = notes.first { $0.hasPrefix("テンセント / 騰訊 / 腾讯\t") }!.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(tencent[1] == "Tencent — Téngxùn — テンセント (Tensento)")
        #expect(tencent[8] == "zh company")
        #expect(tencent[9] == Substring(StableID.hex("tsuji-terms:tencent")))
        let loaded = try AnkiReader().read(text, file: "g.txt")
        #expect(loaded.isTsujiGlossary)
        for (row, term) in zip(loaded.rows, glossary.terms) {
            #expect(row.term.key == term.key)
            #expect(row.term.forms == term.forms)
            #expect(row.term.english == term.english)
            #expect(row.term.pinyin == term.pinyin)
            #expect(row.term.reading == term.reading)
            #expect(row.term.romaji == term.romaji)
            #expect(row.term.context == term.context)
            #expect(row.term.language == term.language)
            #expect(row.term.kind == term.kind)
        }
        #expect(GlossaryFileReader.detect(text, path: "g.txt") == .anki)
    }

    @Test func ankiQuotesCellsWithQuotes() throws {
        var odd = glossary
        odd.terms[1].english = ["\"Ali\" group"]
        let text = AnkiWriter().write(odd)
        #expect(text.contains("\t\"\"\"Ali\"\" group\"\t"))
        #expect(try AnkiReader().read(text, file: "g.txt").rows[1].term.english == ["\"Ali\" group"])
    }

    @Test func promptIsTermArrowEnglishAndPinyin() throws {
        let text = GlossaryFormat.prompt.writer().write(glossary)
        #expect(text == """
            Glossary (tsuji): term → English (pinyin). Use these renderings.
            春節 → Chinese New Year (shunsetsu)
            アリババ → Alibaba (Ālǐbābā)
            通義千問 → Qwen (Tōngyì Qiānwèn)
            紅包 → red envelope (hóngbāo)
            テンセント / 騰訊 / 腾讯 → Tencent (Téngxùn)
            杭州 → Hangzhou (Hángzhōu)
            ディープシーク / 深度求索 (shēndù qiúsuǒ)

            """)
        let loaded = try PromptReader().read(text, file: "p.txt")
        #expect(loaded.isTsujiGlossary)
        #expect(loaded.rows.map(\.term.forms) == glossary.terms.map(\.forms))
        #expect(loaded.rows.map { $0.term.english.first } == glossary.terms.map { $0.english.first })
    }

    @Test func replaceableFilesAreGlossariesOnly() {
        for format in GlossaryFormat.allCases {
            let text = format.writer().write(glossary)
            #expect(GlossaryFileReader.mayReplace(text, path: "out.\(format.rawValue)"), "\(format)")
        }
        #expect(GlossaryFileReader.mayReplace(GlossaryFormat.tsv.writer(target: "en").write(glossary), path: "deepl.tsv"))
        #expect(GlossaryFileReader.mayReplace(GlossaryPartial.write(Fixtures.collect([Fixtures.articleA])), path: "p.jsonl"))
        #expect(GlossaryFileReader.mayReplace("", path: "new.tsv"))
        #expect(!GlossaryFileReader.mayReplace(Fixtures.articleA.text, path: "article.tsv"))
        #expect(!GlossaryFileReader.mayReplace("id,name,price,stock\n1,tea,3,10\n", path: "shop.csv"))
        #expect(!GlossaryFileReader.mayReplace("{\"format\":\"tsuji.annotation/1\",\"terms\":[]}", path: "a.json"))
        #expect(!GlossaryFileReader.mayReplace("<html><body>hello</body></html>", path: "page.md"))
    }
}
