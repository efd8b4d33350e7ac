import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct EnamdictParserTests {
    static let fixture = """
    　？？？ /ENAMDICT, written for the tsuji tests/Created: 2024-05-06/
    根羽 [ねば] /(p,s) Neba/
    根羽村 [ねばむら] /(p) Nebamura/
    祥彦 [さちひこ] /(m) Sachihiko/
    矢島稔 [やじまみのる] /(h) Yajima Minoru/
    騰訊 [テンセント] /(c) Tencent/
    阿里巴巴 [アリババ] /(c) Alibaba/(o) Alibaba Group/
    ＡＢＣ /(pr) ABC/
    梅田駅 [うめだえき] /(st) Umeda Station/
    花子 [はなこ] /(f) Hanako/
    謎 [なぞ] /(u) Nazo/

    """

    static func parse(_ text: String) throws -> ([Entry], ParseReport) {
        try EnamdictParser().parseAll(.bytes(try SourceFixtures.eucJP(text), name: "enamdict"))
    }

    @Test func nameTypesGiveKinds() throws {
        let (entries, report) = try Self.parse(Self.fixture)
        #expect(report.version == "2024-05-06")
        #expect(report.skipped == 0)
        let kinds = entries.map { ($0.japanese[0], $0.kind) }
        let expected: [(String, TermKind)] = [
            ("根羽", .name), ("根羽村", .place), ("祥彦", .person), ("矢島稔", .person),
            ("騰訊", .company), ("阿里巴巴", .name), ("ＡＢＣ", .product), ("梅田駅", .place),
            ("花子", .person), ("謎", .name),
        ]
        #expect(kinds.map(\.0) == expected.map(\.0))
        #expect(kinds.map(\.1) == expected.map(\.1))
    }

    @Test func notesSpellTheTypesOut() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        #expect(entries[0].note == "place name, surname")
        #expect(entries[2].note == "male given name")
        #expect(entries[5].note == "company name, organization name")
    }

    @Test func fieldsOfANameEntry() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let tencent = entries[4]
        #expect(tencent.id == "enamdict:6")
        #expect(tencent.source == "enamdict")
        #expect(tencent.language == .ja)
        #expect(tencent.japanese == ["騰訊"])
        #expect(tencent.readings == ["テンセント"])
        #expect(tencent.english == ["Tencent"])
        #expect(entries[5].english == ["Alibaba", "Alibaba Group"])
        #expect(entries[6].japanese == ["ＡＢＣ"])
        #expect(entries[6].readings == ["ＡＢＣ"])
    }

    @Test func malformedLineIsSkippedAndReported() throws {
        let (entries, report) = try Self.parse("根羽 [ねば] /(s) Neba/\n根羽村 [ねばむら /(p) Nebamura/\n謎 [なぞ] /(u) Nazo/\n")
        #expect(entries.count == 2)
        #expect(report.issues.map(\.line) == [2])
        #expect(report.issues[0].file == "enamdict")
    }
}
