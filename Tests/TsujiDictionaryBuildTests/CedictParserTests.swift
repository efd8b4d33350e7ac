import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct CedictParserTests {
    static let fixture = """
    # A CC-CEDICT-style file written for these tests.
    #! version=1
    #! date=2024-01-02T03:04:05Z
    通義千問 通义千问 [Tong1 yi4 Qian1 wen4] /Qwen, a family of large language models/
    紅包 红包 [hong2 bao1] /red envelope containing money/bribe/CL:個|个[ge4]/
    張 张 [Zhang1] /surname Zhang/
    深圳 深圳 [Shen1 zhen4] /Shenzhen, subprovincial city in Guangdong/
    騰訊 腾讯 [Teng2 xun4] /Tencent, Chinese internet company/
    魯迅 鲁迅 [Lu3 Xun4] /Lu Xun (1881-1936), writer/
    北周 北周 [Bei3 Zhou1] /the Northern Zhou Dynasty (557-581)/
    國家藥監局 国家药监局 [Guo2 jia1 Yao4 jian1 ju2] /State Drug Administration/
    3C 3C [san1 C] /computers, communications and consumer electronics/

    """

    static func parse(_ text: String, parser: CedictParser = CedictParser()) throws -> ([Entry], ParseReport) {
        let (entries, report) = try parser.parseAll(.bytes(Array(text.utf8), name: "cedict.txt"))
        return (entries, report)
    }

    @Test func normalLines() throws {
        let (entries, report) = try Self.parse(Self.fixture)
        #expect(entries.count == 9)
        #expect(report.entries == 9)
        #expect(report.skipped == 0)
        #expect(report.version == "2024-01-02T03:04:05Z")
        let qwen = entries[0]
        #expect(qwen.id == "cc-cedict:4")
        #expect(qwen.source == "cc-cedict")
        #expect(qwen.language == .zh)
        #expect(qwen.traditional == ["通義千問"])
        #expect(qwen.simplified == ["通义千问"])
        #expect(qwen.japanese.isEmpty)
        #expect(qwen.pinyin == ["Tong1 yi4 Qian1 wen4"])
        #expect(qwen.english == ["Qwen, a family of large language models"])
        #expect(qwen.kind == .name)
    }

    @Test func measureWordSensesAreNotEnglish() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let hongbao = entries[1]
        #expect(hongbao.english == ["red envelope containing money", "bribe"])
        #expect(hongbao.kind == .word)
    }

    @Test func properNounKinds() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let kinds = Dictionary(uniqueKeysWithValues: entries.map { ($0.traditional[0], $0.kind) })
        #expect(kinds["張"] == .person)
        #expect(kinds["深圳"] == .place)
        #expect(kinds["騰訊"] == .company)
        #expect(kinds["魯迅"] == .person)
        #expect(kinds["北周"] == .name)
        #expect(kinds["國家藥監局"] == .organization)
        // A capital letter that is not a pinyin syllable does not make a proper noun.
        #expect(kinds["3C"] == .word)
    }

    @Test func pinyinTransformIsApplied() throws {
        let parser = CedictParser(pinyinTransform: { $0.uppercased() })
        let (entries, _) = try Self.parse("紅包 红包 [hong2 bao1] /red envelope/\n", parser: parser)
        #expect(entries[0].pinyin == ["HONG2 BAO1"])
    }

    @Test func malformedLinesAreReportedWithTheirLineNumbers() throws {
        let text = """
        # header
        好 好 [hao3] /good/
        no-brackets-here
        壞 坏 huai4 /bad/
        大 大 [da4 /big/
        小 小 [xiao3] small
        中 中 [zhong1] //
        人 人 [ren2] /person/
        """
        let (entries, report) = try Self.parse(text)
        #expect(entries.map(\.traditional) == [["好"], ["人"]])
        #expect(report.skipped == 5)
        #expect(report.issues.map(\.line) == [3, 4, 5, 6, 7])
        #expect(report.issues.allSatisfy { $0.file == "cedict.txt" })
        #expect(report.issues[0].description.hasPrefix("cedict.txt:3: "))
        #expect(entries[1].id == "cc-cedict:8")
    }

    @Test func strictStopsAtTheFirstMalformedLine() throws {
        let text = "好 好 [hao3] /good/\n壞 坏 huai4 /bad/\n人 人 [ren2] /person/\n"
        var seen: [Entry] = []
        do {
            _ = try CedictParser(strict: true).parse(.bytes(Array(text.utf8), name: "c.txt")) { seen.append($0) }
            Issue.record("strict parse did not throw")
        } catch let issue as ParseIssue {
            #expect(issue.file == "c.txt")
            #expect(issue.line == 2)
        }
        #expect(seen.count == 1)
    }

    @Test func invalidUTF8IsReportedWithItsByteOffset() throws {
        var bytes = Array("好 好 [hao3] /good/\n".utf8)
        let badLineStart = bytes.count
        bytes += Array("壞 坏 [huai4] /b".utf8) + [0xFF] + Array("ad/\n".utf8)
        bytes += Array("人 人 [ren2] /person/\n".utf8)
        let (entries, report) = try CedictParser().parseAll(.bytes(bytes, name: "u.txt"))
        #expect(entries.count == 2)
        #expect(report.issues.count == 1)
        #expect(report.issues[0].line == 2)
        let offset = badLineStart + Array("壞 坏 [huai4] /b".utf8).count
        #expect(report.issues[0].message.contains("byte offset \(offset)"))
    }

    @Test func gzipInput() throws {
        let compressed = try SourceFixtures.gzip(Array(Self.fixture.utf8))
        let (entries, report) = try CedictParser().parseAll(.bytes(compressed, name: "cedict.txt.gz"))
        #expect(entries.count == 9)
        #expect(report.version == "2024-01-02T03:04:05Z")
    }

    @Test func issueLimitKeepsCounting() throws {
        let text = String(repeating: "broken\n", count: 30)
        let (_, report) = try CedictParser(issueLimit: 10).parseAll(.bytes(Array(text.utf8), name: "b.txt"))
        #expect(report.skipped == 30)
        #expect(report.issues.count == 10)
    }
}
