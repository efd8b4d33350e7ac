import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

@Suite struct Kanjidic2ParserTests {
    /// A small KANJIDIC2-shaped document written for these tests (codes chosen for the test, not
    /// copied from the real file).
    static let fixture = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE kanjidic2 [
    \t<!ELEMENT kanjidic2 (header,character*)>
    \t<!-- a comment with ] and > inside [N] -->
    \t<!ATTLIST cp_value cp_type CDATA #REQUIRED>
    ]>
    <kanjidic2>
    <header>
    <file_version>4</file_version>
    <database_version>2024-001</database_version>
    <date_of_creation>2024-01-01</date_of_creation>
    </header>
    <!-- Entry for Kanji: 亜 -->
    <character>
    <literal>亜</literal>
    <codepoint>
    <cp_value cp_type="ucs">4e9c</cp_value>
    <cp_value cp_type="jis208">1-16-01</cp_value>
    </codepoint>
    <dic_number><dic_ref dr_type="nelson_c">43</dic_ref></dic_number>
    <misc>
    <grade>8</grade>
    <variant var_type="jis208">1-48-19</variant>
    <variant var_type="nelson_c">9999</variant>
    </misc>
    <reading_meaning>
    <rmgroup>
    <reading r_type="pinyin">ya4</reading>
    <reading r_type="korean_r">a</reading>
    <reading r_type="ja_on">ア</reading>
    <reading r_type="ja_kun">つ.ぐ</reading>
    <meaning>Asia</meaning>
    <meaning>rank next</meaning>
    <meaning m_lang="fr">Asie</meaning>
    </rmgroup>
    <nanori>や</nanori>
    </reading_meaning>
    </character>
    <character>
    <literal>亞</literal>
    <codepoint>
    <cp_value cp_type="ucs">4e9e</cp_value>
    <cp_value cp_type="jis208">1-48-19</cp_value>
    </codepoint>
    <misc>
    <variant var_type="ucs">4e9c</variant>
    </misc>
    <reading_meaning>
    <rmgroup>
    <reading r_type="ja_on">ア</reading>
    <meaning>Asia &amp; rank &#x6B21;</meaning>
    </rmgroup>
    </reading_meaning>
    </character>
    <character>
    <literal>凜</literal>
    <misc><variant var_type="jis212">1-99-99</variant></misc>
    </character>
    </kanjidic2>

    """

    static func parse(_ text: String, name: String = "kanjidic2.xml") throws -> ([Entry], ParseReport) {
        try Kanjidic2Parser().parseAll(.bytes(Array(text.utf8), name: name))
    }

    @Test func charactersBecomeEntries() throws {
        let (entries, report) = try Self.parse(Self.fixture)
        #expect(entries.count == 3)
        #expect(report.skipped == 0)
        #expect(report.version == "2024-001 (2024-01-01)")
        let a = entries[0]
        #expect(a.id == "kanjidic2:U+4E9C")
        #expect(a.source == "kanjidic2")
        #expect(a.language == .ja)
        #expect(a.kind == .character)
        #expect(a.japanese == ["亜"])
        #expect(a.readings == ["ア", "つ.ぐ"])
        #expect(a.pinyin == ["ya4"])
        #expect(a.english == ["Asia", "rank next"])
        #expect(a.isCommon)
        #expect(!entries[1].isCommon)
    }

    @Test func entitiesAreDecoded() throws {
        let (entries, _) = try Self.parse(Self.fixture)
        #expect(entries[1].english == ["Asia & rank 次"])
    }

    @Test func variantsResolveThroughTheFilesOwnCodes() throws {
        let (_, report) = try Self.parse(Self.fixture)
        let pairs = Set(report.variants.map { "\($0.character)→\($0.variant) \($0.detail ?? "")" })
        #expect(pairs == ["亜→亞 jis208", "亞→亜 ucs"])
        #expect(report.variants.allSatisfy { $0.kind == .kanji && $0.source == "kanjidic2" })
        // nelson_c 9999 and jis212 1-99-99 belong to no character in the file.
        #expect(report.unresolvedVariants == 2)
    }

    @Test func pinyinTransformIsApplied() throws {
        let (entries, _) = try Kanjidic2Parser(pinyinTransform: { "<\($0)>" }).parseAll(.bytes(Array(Self.fixture.utf8), name: "k"))
        #expect(entries[0].pinyin == ["<ya4>"])
    }

    @Test func aCharacterWithoutLiteralIsReportedAtItsLine() throws {
        let text = """
        <kanjidic2>
        <character>
        <literal>一</literal>
        </character>
        <character>
        <codepoint><cp_value cp_type="ucs">4e8c</cp_value></codepoint>
        </character>
        <character>
        <literal>三</literal>
        <reading_meaning><rmgroup><meaning>three</meaning></rmgroup></reading_meaning>
        </character>
        </kanjidic2>
        """
        let (entries, report) = try Self.parse(text, name: "k.xml")
        #expect(entries.map(\.japanese) == [["一"], ["三"]])
        #expect(report.issues.count == 1)
        #expect(report.issues[0].line == 5)
        #expect(report.issues[0].file == "k.xml")
    }

    @Test func mismatchedTagsAndBadEntitiesAreReported() throws {
        let text = """
        <kanjidic2>
        <character>
        <literal>一</literal>
        <misc><grade>1</misc>
        <reading_meaning><rmgroup><meaning>one &bogus; two</meaning></rmgroup></reading_meaning>
        </character>
        </kanjidic2>
        """
        let (entries, report) = try Self.parse(text)
        #expect(entries.count == 1)
        #expect(report.issues.map(\.line) == [4, 5])
    }

    @Test func aTruncatedDocumentIsReported() throws {
        let text = "<kanjidic2>\n<character>\n<literal>一</literal>\n</character>\n<character>\n<literal>二"
        let (entries, report) = try Self.parse(text)
        #expect(entries.count == 1)
        #expect(report.skipped == 1)
        #expect(report.issues.first?.message.contains("ends inside") == true)
    }

    @Test func gzipInputStreamsInSmallChunks() throws {
        // Many characters, so the document spans several decompressed chunks and tags cross them.
        var text = "<?xml version=\"1.0\"?>\n<kanjidic2>\n"
        let base = 0x4E00
        for i in 0..<3000 {
            let literal = String(Character(Unicode.Scalar(UInt32(base + i))!))
            text += "<character>\n<literal>\(literal)</literal>\n<reading_meaning><rmgroup><meaning>m\(i)</meaning></rmgroup></reading_meaning>\n</character>\n"
        }
        text += "</kanjidic2>\n"
        let compressed = try SourceFixtures.gzip(Array(text.utf8))
        let (entries, report) = try Kanjidic2Parser().parseAll(.bytes(compressed, name: "k.xml.gz"))
        #expect(entries.count == 3000)
        #expect(report.skipped == 0)
        #expect(entries[2999].english == ["m2999"])
        #expect(entries[2999].japanese == [String(Character(Unicode.Scalar(UInt32(base + 2999))!))])
        #expect(report.lines == 3000 * 4 + 3)
    }
}
