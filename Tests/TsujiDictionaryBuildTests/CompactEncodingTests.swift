import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// The space-saving parts of format 2: numeric ids, shared notes, kana packed a byte a
/// character, and the traits kept in each record.
@Suite struct CompactEncodingTests {
    static let entries = [
        Entry(id: "enamdict:10480", source: "enamdict", language: .ja, kind: .name, japanese: ["林美智子"],
              readings: ["はやしみちこ"], english: ["Hayashi Michiko"], note: "full name"),
        Entry(id: "enamdict:10481", source: "enamdict", language: .ja, kind: .name, japanese: ["ヶ谷"],
              readings: ["がや", "ケヤ"], english: ["Gaya"], note: "full name"),
        // Not `source:N` as usual: kept as strings.
        Entry(id: "enamdict:007", source: "enamdict", language: .ja, kind: .name, japanese: ["七"], readings: ["なな"]),
        Entry(id: "edict:x1", source: "edict", language: .ja, kind: .word, japanese: ["コーヒー"], readings: ["コーヒー"],
              english: ["coffee"], note: "full name", isCommon: true),
        Entry(id: "cc-cedict:73112", source: "cc-cedict", language: .zh, kind: .place, traditional: ["田中"], simplified: ["田中"],
              readings: ["たなか mixed 漢字"], pinyin: ["Tiánzhōng"], english: ["Tianzhong Town in Changhua County, Taiwan"]),
        Entry(id: "cc-cedict:5", source: "cc-cedict", language: .zh, kind: .word, traditional: ["東京"], pinyin: ["Dōngjīng"],
              english: ["Tokyo, capital of Japan"]),
    ]

    func compiled() throws -> (bytes: [UInt8], dictionary: CompiledDictionary) {
        var writer = CompiledDictionaryWriter(entries: Self.entries, sources: [])
        try writer.addIndex(named: "surface", keys: Self.entries.enumerated().map { (Array($0.element.headwords[0].utf8), $0.offset) })
        let bytes = try writer.serialized()
        return (bytes, try CompiledDictionary(bytes: bytes, name: "compact"))
    }

    @Test func entriesComeBackExactly() throws {
        let dictionary = try compiled().dictionary
        for (index, entry) in Self.entries.enumerated() {
            #expect(try dictionary.entry(at: index) == entry)
        }
    }

    @Test func traitsAreReadFromTheRecordAsTheEntryGivesThem() throws {
        let dictionary = try compiled().dictionary
        for (index, entry) in Self.entries.enumerated() {
            #expect(dictionary.traits(at: index) == EntryTraits(entry))
        }
        // Taiwan ties 田中 to China; Japan makes 東京 foreign.
        #expect(dictionary.traits(at: 4).isTiedToChina && dictionary.traits(at: 4).isProperNoun)
        #expect(!dictionary.traits(at: 5).isTiedToChina)
        #expect(dictionary.traits(at: 3).isCommon && dictionary.traits(at: 3).source == .edict)
        #expect(dictionary.traits(at: 0).source == .enamdict && dictionary.traits(at: 0).kind == .name)
    }

    @Test func idsNotesAndKanaAreStoredCompactly() throws {
        let bytes = try compiled().bytes
        // A numeric id is not stored as text; a note shared by three entries is stored once;
        // はやしみちこ is packed (its UTF-8 does not appear).
        #expect(find(Array("enamdict:10480".utf8), in: bytes) == nil)
        #expect(find(Array("enamdict:007".utf8), in: bytes) != nil)
        #expect(count(Array("full name".utf8), in: bytes) == 1)
        #expect(find(Array("はやしみちこ".utf8), in: bytes) == nil)
        #expect(find(Array("漢字".utf8), in: bytes) != nil)
    }

    @Test func numericIDsAreOnlyThePlainForm() {
        #expect(EntryBinaryCoding.numericID("enamdict:10480", source: "enamdict") == 10480)
        #expect(EntryBinaryCoding.numericID("enamdict:0", source: "enamdict") == 0)
        for id in ["enamdict:007", "enamdict:", "enamdict:12a", "edict:12", "enamdict:-1", "enamdict:1234567890123456"] {
            #expect(EntryBinaryCoding.numericID(id, source: "enamdict") == nil, "\(id)")
        }
    }

    @Test func numberedIDsReadBackAsNumericIDs() {
        for number in [0, 7, 9, 10, 99, 100, 10480, 999_999, 1_000_000, Int(UInt32.max)] {
            for source in ["enamdict", "cc-cedict", "x", ""] {
                let id = EntryBinaryCoding.numberedID(source: source, number)
                #expect(id == "\(source):\(number)")
                if !source.isEmpty { #expect(EntryBinaryCoding.numericID(id, source: source) == number) }
            }
        }
    }

    func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    func count(_ needle: [UInt8], in haystack: [UInt8]) -> Int {
        guard needle.count <= haystack.count else { return 0 }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }.count
    }
}
