import Testing
import TsujiDictionary
@testable import TsujiGlossary

/// GlossaryOutput: the format chosen, filter, order and columns applied, a merge's rows kept
/// and its messages in order — bytes written here by hand.
@Suite struct GlossaryOutputTests {
    let glossary = Glossary(documents: ["a.txt"], terms: [
        GlossaryTerm(key: "t:tencent", forms: ["テンセント", "騰訊"], language: .zh, kind: .company, pinyin: "Téngxùn",
                     english: ["Tencent"], count: 3, order: 1),
        GlossaryTerm(key: "t:hongbao", forms: ["紅包"], language: .zh, kind: .concept, pinyin: "hóngbāo",
                     english: ["red envelope"], count: 1, order: 2),
        GlossaryTerm(key: "e:1", forms: ["春節"], language: .ja, kind: .word, english: ["Chinese New Year"], count: 2, order: 3),
    ])

    @Test func filtersSortsAndChoosesColumns() throws {
        let output = try GlossaryOutput(format: .tsv, columns: [.term, .pinyin, .count],
                                        filter: GlossaryFilter(language: .zh), order: .pinyin)
        let written = output.write(glossary)
        #expect(written.text == "term\tpinyin\tcount\n紅包\thóngbāo\t1\nテンセント\tTéngxùn\t3\n")
        #expect(written.messages.isEmpty)
    }

    @Test func json() throws {
        let output = try GlossaryOutput(format: .json, columns: [.term, .count], filter: GlossaryFilter(minCount: 2), order: .count)
        #expect(output.write(glossary).text == """
            {"format":"tsuji.glossary/1","documents":["a.txt"],"terms":[
            {"term":"テンセント","count":3},
            {"term":"春節","count":2}
            ]}

            """)
        let none = try GlossaryOutput(format: .json, filter: GlossaryFilter(minCount: 9))
        #expect(none.write(glossary).text == "{\"format\":\"tsuji.glossary/1\",\"documents\":[\"a.txt\"],\"terms\":[]}\n")
    }

    @Test func mergeKeepsTheExistingRowsAndSaysWhatItDid() throws {
        let existing = LoadedGlossary(file: "old.tsv", format: .tsv, isTsujiGlossary: true, rows: [
            .init(term: GlossaryTerm(key: "t:tencent", forms: ["騰訊"], english: ["Tencent Holdings"], count: 1, order: 1), line: 2),
            // Japanese, which the filter drops — but a row of the existing file is kept.
            .init(term: GlossaryTerm(key: "glossary:某", forms: ["某"], language: .ja, english: ["some"], order: 2), line: 3),
        ], warnings: ["old.tsv: column 'x' is not a tsuji column"])
        let output = try GlossaryOutput(format: .tsv, columns: [.term, .english], filter: GlossaryFilter(language: .zh))
        let written = output.write(glossary, mergingInto: existing)
        #expect(written.text == "term\tenglish\n騰訊\tTencent Holdings\n某\tsome\n紅包\tred envelope\n")
        #expect(written.messages == [
            .warning("old.tsv: column 'x' is not a tsuji column"),
            .note("merged with old.tsv: 1 updated, 2 added, 1 kept as they were"),
        ])
    }

    @Test func theWritersWarningsComeLast() throws {
        let empty = Glossary(documents: [], terms: [])
        let written = try GlossaryOutput(format: .tbx).write(empty)
        #expect(written.messages == [.warning("the glossary is empty; a TBX body without concept entries is not valid TBX-Basic")])
    }

    @Test func optionsThatDoNotFitTheFormat() {
        #expect(throws: GlossaryOutput.Error.targetNotApplicable(.tbx)) { try GlossaryOutput(format: .tbx, target: "en") }
        #expect(throws: GlossaryOutput.Error.columnsNotApplicable(.anki)) { try GlossaryOutput(format: .anki, columns: [.term]) }
        #expect(throws: Never.self) { try GlossaryOutput(format: .csv, target: "en") }
        #expect("\(GlossaryOutput.Error.targetNotApplicable(.tbx))" == "--target applies to tsv and csv (DeepL's two columns), not tbx")
        #expect("\(GlossaryOutput.Error.columnsNotApplicable(.anki))" == "--columns applies to tsv, csv, md and json, not anki")
    }

    @Test func formatFromTheOptionThenThePath() throws {
        #expect(try GlossaryOutput.format(given: .md, path: "g.csv") == .md)
        #expect(try GlossaryOutput.format(given: nil, path: "g.csv") == .csv)
        #expect(try GlossaryOutput.format(given: nil, path: nil) == .tsv)
        #expect(try GlossaryOutput.format(given: nil, path: "-") == .tsv)
        #expect(throws: GlossaryOutput.Error.unknownFormat(path: "g.txt")) { try GlossaryOutput.format(given: nil, path: "g.txt") }
        #expect("\(GlossaryOutput.Error.unknownFormat(path: "g.txt"))"
            == "cannot tell the format from 'g.txt'; give --format (tsv, csv, tbx, json, md, anki, prompt, omegat)")
    }
}
