import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct EdictParserTests {
    static let fixture = """
    　？？？ /EDICT, written for the tsuji tests/Created: 2024-05-06/
    回忌 [かいき] /(n-suf,n) (abbr) death anniversary/(P)/
    ころく /(n) quiver (worn on the right hip)/
    ＤＱＮ [ドキュン] /(n) (1) (sl) (derog) dumb-ass/(n) (2) (sl) delinquent/
    明白;明々白々(iK) [めいはく(P);あからさま] /(adj-na) {comp} obvious/clear/EntL1234567X/
    紅包 [ホンバオ] /(n) (as of Chinese New Year) red envelope/

    """

    static func parse(_ text: String, name: String = "edict") throws -> ([Entry], ParseReport) {
        try EdictParser().parseAll(.bytes(try SourceFixtures.eucJP(text), name: name))
    }

    @Test func headerGivesTheVersion() throws {
        let (entries, report) = try Self.parse(Self.fixture)
        #expect(report.version == "2024-05-06")
        #expect(entries.count == 5)
        #expect(report.skipped == 0)
        #expect(report.lines == 6)
    }

    @Test func kanjiWithReadingAndCommonMark() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let kaiki = entries[0]
        #expect(kaiki.id == "edict:2")
        #expect(kaiki.source == "edict")
        #expect(kaiki.language == .ja)
        #expect(kaiki.kind == .word)
        #expect(kaiki.japanese == ["回忌"])
        #expect(kaiki.readings == ["かいき"])
        #expect(kaiki.english == ["death anniversary"])
        #expect(kaiki.isCommon)
    }

    @Test func kanaOnlyLineAndGlossParenthesesKept() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let koroku = entries[1]
        #expect(koroku.japanese == ["ころく"])
        #expect(koroku.readings == ["ころく"])
        #expect(koroku.english == ["quiver (worn on the right hip)"])
        #expect(!koroku.isCommon)
        // "(as of …)" has spaces: it is gloss, not a tag.
        #expect(entries[4].english == ["(as of Chinese New Year) red envelope"])
    }

    @Test func numberedSensesLoseTheirTags() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        #expect(entries[2].japanese == ["ＤＱＮ"])
        #expect(entries[2].english == ["dumb-ass", "delinquent"])
    }

    @Test func edict2SeveralFormsTagsAndSequenceNumber() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        let meihaku = entries[3]
        #expect(meihaku.id == "edict:1234567")
        #expect(meihaku.japanese == ["明白", "明々白々"])
        #expect(meihaku.readings == ["めいはく", "あからさま"])
        #expect(meihaku.english == ["obvious", "clear"])
        // (P) on a reading marks the entry common.
        #expect(meihaku.isCommon)
    }

    @Test func malformedLinesAreReportedWithTheirLineNumbers() throws {
        let text = """
        良い [よい] /(adj-i) good/
        悪い [わるい] (adj-i) bad
        大きい [おおきい /(adj-i) big/
        小さい [ちいさい] /(adj-i) small
        何 [なに] /
        人 [ひと] /(n) person/
        """
        let (entries, report) = try Self.parse(text, name: "bad-edict")
        #expect(entries.map(\.japanese) == [["良い"], ["人"]])
        #expect(report.issues.map(\.line) == [2, 3, 4, 5])
        #expect(report.issues.allSatisfy { $0.file == "bad-edict" })
        #expect(entries[1].id == "edict:6")
    }

    @Test func invalidEUCJPIsReportedWithLineAndByteOffset() throws {
        let first = try SourceFixtures.eucJP("良い [よい] /(adj-i) good/\n")
        let secondStart = try SourceFixtures.eucJP("悪い [わ")
        let rest = try SourceFixtures.eucJP("るい] /(adj-i) bad/\n人 [ひと] /(n) person/\n")
        // 0xA4 0x20: a lead byte followed by a byte that cannot be a trail byte.
        let bytes = first + secondStart + [0xA4, 0x20] + rest
        let (entries, report) = try EdictParser().parseAll(.bytes(bytes, name: "euc"))
        #expect(entries.map(\.japanese) == [["良い"], ["人"]])
        #expect(report.issues.count == 1)
        #expect(report.issues[0].line == 2)
        #expect(report.issues[0].message.contains("byte offset \(first.count + secondStart.count)"))
        #expect(report.issues[0].description.hasPrefix("euc:2: "))
    }

    @Test func invalidEUCJPInStrictModeThrows() throws {
        let bytes = try SourceFixtures.eucJP("良い [よい] /good/\n") + [0x8E, 0x0A] + (try SourceFixtures.eucJP("人 [ひと] /person/\n"))
        #expect(throws: ParseIssue.self) { try EdictParser(strict: true).parseAll(.bytes(bytes, name: "euc")) }
    }

    @Test func invalidSequencesAcrossBlocksKeepLineNumbers() throws {
        // Enough lines to span several decompression chunks, with bad bytes in two places.
        var bytes: [UInt8] = []
        var badLines: [Int] = []
        for line in 1...3000 {
            if line == 1234 || line == 2999 {
                badLines.append(line)
                bytes += try SourceFixtures.eucJP("壊 [こわ") + [0xFF, 0xFF] + Array("] /broken/\n".utf8)
            } else {
                bytes += Array("word\(line) /sense \(line), padded so that the file spans several 64 KiB chunks/\n".utf8)
            }
        }
        let (entries, report) = try EdictParser().parseAll(.bytes(bytes, name: "many"))
        #expect(entries.count == 2998)
        #expect(report.issues.map(\.line) == badLines)
        #expect(entries.last?.id == "edict:3000")
        #expect(entries.last?.english == ["sense 3000, padded so that the file spans several 64 KiB chunks"])
        #expect(bytes.count > 3 * 65536)
    }

    @Test func gzipAndBzip2Inputs() throws {
        let plain = try SourceFixtures.eucJP(Self.fixture)
        for compressed in [try SourceFixtures.gzip(plain), try SourceFixtures.bzip2(plain)] {
            let (entries, report) = try EdictParser().parseAll(.bytes(compressed, name: "edict.z"))
            #expect(entries.count == 5)
            #expect(report.version == "2024-05-06")
        }
    }
}
