import Testing
import TsujiAnnotate
@testable import TsujiGlossary

@Suite struct DelimitedFormatTests {
    let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])

    @Test func tsvHasAHeaderAndEveryColumnAndReadsBack() throws {
        let text = GlossaryFormat.tsv.writer().write(glossary)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "term\tforms\tlang\tkind\thanzi\tsimplified\treading\tromaji\tpinyin\tenglish\tcount\tdocuments\tcontext\tsource\tconfidence\tnote\tkey\torder")
        #expect(lines.count == glossary.terms.count + 2)  // header, rows, and the empty string after the last newline
        for line in lines.dropLast() { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 18) }
        #expect(lines[5] == "テンセント\tテンセント|騰訊|腾讯\tzh\tcompany\t騰訊\t腾讯\tテンセント\tTensento\tTéngxùn\tTencent\t4\ta.txt (3)|b.txt (1)\t⟦テンセント⟧（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。\ttsuji-terms\tdictionary\t\ttsuji-terms:tencent\t5")
        let loaded = try DelimitedReader(separator: .tab).read(text, file: "g.tsv")
        #expect(loaded.isTsujiGlossary)
        #expect(loaded.glossary.terms == glossary.terms)
        #expect(loaded.rows.map(\.line) == Array(2...(glossary.terms.count + 1)))
        #expect(GlossaryFileReader.detect(text, path: "g.tsv") == .tsv)
    }

    @Test func tsvFlattensTabsAndLineBreaksInValues() throws {
        var odd = glossary
        odd.terms[0].note = "two\tcells\nand two lines"
        let text = DelimitedWriter(separator: .tab).write(odd)
        let loaded = try DelimitedReader(separator: .tab).read(text, file: "g.tsv")
        #expect(loaded.rows.count == odd.terms.count)
        #expect(loaded.rows[0].term.note == "two cells and two lines")
    }

    @Test func chosenColumnsOnly() throws {
        let text = DelimitedWriter(separator: .tab, columns: [.english, .term, .pinyin]).write(glossary)
        let first = text.split(separator: "\n")[0...1]
        #expect(Array(first) == ["english\tterm\tpinyin", "Chinese New Year\t春節\t"])
        let loaded = try DelimitedReader(separator: .tab).read(text, file: "g.tsv")
        #expect(loaded.isTsujiGlossary)
        #expect(loaded.rows[2].term.forms == ["通義千問"])
        #expect(loaded.rows[2].term.english == ["Qwen", "Tongyi Qianwen"])
        #expect(loaded.rows[2].term.key == "glossary:通義千問")
    }

    @Test func csvQuotesPerRFC4180AndReadsBack() throws {
        var odd = glossary
        odd.terms[1].english = ["Alibaba, Inc.", "阿里"]
        odd.terms[1].note = "the \"Ali\" group\nof Hangzhou"
        let text = GlossaryFormat.csv.writer(columns: [.term, .english, .note]).write(odd)
        // RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled.
        #expect(text.hasPrefix("term,english,note\r\n春節,Chinese New Year,\r\nアリババ,\"Alibaba, Inc.|阿里\",\"the \"\"Ali\"\" group\nof Hangzhou\"\r\n"))
        let loaded = try DelimitedReader(separator: .comma).read(text, file: "g.csv")
        #expect(loaded.rows[1].term.english == ["Alibaba, Inc.", "阿里"])
        #expect(loaded.rows[1].term.note == "the \"Ali\" group\nof Hangzhou")
        #expect(loaded.rows[2].line == 5)  // the quoted line break moves the next record down
        let full = GlossaryFormat.csv.writer().write(glossary)
        #expect(try DelimitedReader(separator: .comma).read(full, file: "g.csv").glossary.terms == glossary.terms)
        #expect(GlossaryFileReader.detect(full, path: "g.csv") == .csv)
    }

    @Test func csvReaderReportsAnUnclosedQuote() {
        #expect(throws: GlossaryReadError.self) { try DelimitedText.csvRecords("a,b\r\nc,\"d\r\ne,f\r\n", file: "x.csv") }
        do {
            _ = try DelimitedText.csvRecords("a,b\r\nc,\"d\r\ne,f\r\n", file: "x.csv")
        } catch {
            #expect(error.description == "x.csv:2: quoted field never closed")
        }
    }

    @Test func badCellsNameFileAndLine() {
        let text = "term\tcount\n通義千問\t3\n紅包\tmany\n"
        do {
            _ = try DelimitedReader(separator: .tab).read(text, file: "g.tsv")
            Issue.record("a bad count must be refused")
        } catch {
            #expect(error.description == "g.tsv:3: count: count must be a whole number, not 'many'")
        }
    }

    @Test func deeplTSVIsTwoColumnsWithoutHeaderOrDuplicates() throws {
        var odd = glossary
        odd.terms[2].english = ["Qwen\tmodel", "Tongyi Qianwen"]
        odd.terms[4].forms.append("テンセント")  // a duplicate source must appear once
        var long = GlossaryTerm(key: "x:long", forms: [String(repeating: "長", count: 400)], english: ["Long"])
        long.order = 99
        odd.terms.append(long)
        var warnings: [String] = []
        let text = GlossaryFormat.tsv.writer(target: "en").write(odd, warnings: &warnings)
        let lines = text.split(separator: "\n").map(String.init)
        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == 2)
            #expect(cells.allSatisfy { !$0.isEmpty && $0.utf8.count <= 1024 && $0.first != " " && $0.last != " " })
        }
        #expect(Set(lines.map { $0.split(separator: "\t")[0] }).count == lines.count)
        // One row per form; terms without English are left out; the 1,200-byte form is refused.
        #expect(lines == [
            "春節\tChinese New Year", "アリババ\tAlibaba", "通義千問\tQwen model", "紅包\tred envelope",
            "テンセント\tTencent", "騰訊\tTencent", "腾讯\tTencent", "杭州\tHangzhou",
        ])
        #expect(warnings.count == 1)
        let loaded = try DelimitedReader(separator: .tab).read(text, file: "deepl.tsv")
        #expect(!loaded.isTsujiGlossary)
        #expect(loaded.rows.map(\.term.forms) == lines.map { [String($0.split(separator: "\t")[0])] })
        #expect(loaded.rows[0].term.english == ["Chinese New Year"])
        #expect(loaded.rows[0].term.key == "glossary:春節")
    }

    @Test func deeplCSVQuotes() {
        var odd = glossary
        odd.terms[1].english = ["Alibaba, Inc."]
        let text = GlossaryFormat.csv.writer(target: "en").write(odd)
        #expect(text.hasPrefix("春節,Chinese New Year\r\nアリババ,\"Alibaba, Inc.\"\r\n"))
    }

    @Test func omegatHasSourceTargetAndComment() throws {
        let text = GlossaryFormat.omegat.writer().write(glossary)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(lines.contains("通義千問\tQwen\ttsuji: Tōngyì Qiānwèn · つうぎせんもん (Tsūgi Senmon) · also Tongyi Qianwen · product | note: Alibaba's large language model family"))
        let loaded = try DelimitedReader(separator: .tab, format: .omegat).read(text, file: "g.utf8")
        let qwen = try #require(loaded.rows.first { $0.term.forms == ["通義千問"] })
        #expect(qwen.term.english == ["Qwen"])
        #expect(qwen.term.note == "Alibaba's large language model family")
        let tencent = try #require(loaded.rows.first { $0.term.forms == ["テンセント"] })
        #expect(tencent.term.note == nil)
        // A comment the user wrote is their note.
        let user = try DelimitedReader(separator: .tab, format: .omegat).read("紅包\thongbao\tsay hongbao in finance news\n", file: "g.utf8")
        #expect(user.rows[0].term.note == "say hongbao in finance news")
    }

    @Test func plainListWithAHeaderRow() throws {
        let loaded = try DelimitedReader(separator: .comma).read("Source,Target\r\n紅包,red packet\r\n", file: "mine.csv")
        #expect(loaded.rows.count == 1)
        #expect(loaded.rows[0].term.forms == ["紅包"])
        #expect(loaded.rows[0].term.english == ["red packet"])
        #expect(loaded.rows[0].line == 2)
    }
}

/// A glossary's cells never run as spreadsheet formulas (CSV injection), and tsuji reads its own
/// neutralized cells back as they were.
@Suite struct FormulaCellTests {
    static let evil = GlossaryTerm(key: "tsuji-terms:tencent", forms: ["テンセント"], language: .zh, kind: .company,
                                   english: ["Tencent"], count: 1, context: "=HYPERLINK(\"http://x\")&\"⟦テンセント⟧\"",
                                   note: "-1+2", order: 1)

    @Test(arguments: [DelimitedText.Separator.comma, .tab])
    func formulasAreNeutralizedAndReadBack(separator: DelimitedText.Separator) throws {
        let text = DelimitedWriter(separator: separator, columns: [.term, .english, .context, .note, .key])
            .write(Glossary(terms: [Self.evil]))
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("'-1+2"))
        #expect(!text.contains(separator == .tab ? "\t=HYPERLINK" : ",=HYPERLINK"))
        let read = try DelimitedReader(separator: separator).read(text, file: "g")
        let row = try #require(read.rows.first)
        #expect(row.term.context == Self.evil.context)
        #expect(row.term.note == Self.evil.note)
    }

    @Test func plainValuesAreUnchanged() {
        #expect(DelimitedText.neutralized("騰訊") == "騰訊")
        #expect(DelimitedText.restored("'quoted'") == "'quoted'")
    }
}

/// The glossary's Markdown table passes no raw HTML through, and reads back what it wrote.
@Suite struct MarkdownEscapingTests {
    @Test func markupInACellIsEscapedAndReadBack() throws {
        let term = GlossaryTerm(key: "tsuji-terms:x", forms: ["<img src=x onerror=alert(1)>"], language: .zh, kind: .company,
                                english: ["A & B"], count: 1, note: "<b>bold</b>", order: 1)
        let text = MarkdownWriter(columns: [.term, .english, .note, .key]).write(Glossary(terms: [term]))
        // Past the marker comment, every < and > is escaped.
        let table = Array(text.unicodeScalars.dropFirst(MarkdownWriter.marker.unicodeScalars.count))
        for (index, scalar) in table.enumerated() where scalar == "<" || scalar == ">" {
            #expect(index > 0 && table[index - 1] == "\\", "unescaped \(scalar) at \(index)")
        }
        #expect(text.contains("\\<img src=x onerror=alert(1)\\>"))
        let row = try #require(try MarkdownReader().read(text, file: "g.md").rows.first)
        #expect(row.term.forms == term.forms)
        #expect(row.term.english == term.english)
        #expect(row.term.note == term.note)
    }
}

/// `--merge` takes glossaries only (issue 22, row 12): an article or a `.json` file that is not
/// JSON is refused, never read as rows.
@Suite struct MergeInputTests {
    @Test(arguments: [
        ("article.txt", "アリババ集団は対話型AIの利用拡大を目的に、春節キャンペーンへ参加した。\n二行目の文章。\n"),
        ("broken.json", "this is not json\n"),
    ])
    func whatIsNotAGlossaryIsRefused(path: String, text: String) {
        #expect(throws: GlossaryReadError.self) { try GlossaryFileReader.readExisting(text, path: path) }
    }

    @Test func aPlainListAndATsujiGlossaryAreRead() throws {
        #expect(try GlossaryFileReader.readExisting("騰訊\tTencent\n阿里巴巴\tAlibaba\n", path: "deepl.tsv").rows.count == 2)
        let tsv = DelimitedWriter(separator: .tab).write(Fixtures.glossary([Fixtures.articleA]))
        #expect(try GlossaryFileReader.readExisting(tsv, path: "g.tsv").isTsujiGlossary)
    }
}
