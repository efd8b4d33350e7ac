import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild

/// `tsuji.dict-info/1` and the text of `tsuji dict info`, byte for byte, and what `load` reads.
@Suite struct DictionaryInfoTests {
    let installed = DictionaryInfo(
        version: "9.9", curatedEntryCount: 3,
        compiled: .init(path: "/d/tsuji.dic", byteCount: 1_572_864, entryCount: 42, sources: [
            SourceInfo(name: "cc-cedict", version: "2023-11-07", licence: "CC BY-SA 4.0", entryCount: 40, skippedLines: 2),
            SourceInfo(name: "unihan", version: "15.0.0", licence: "Unicode License", entryCount: 2),
        ]))
    let embeddedOnly = DictionaryInfo(version: "9.9", curatedEntryCount: 3, compiled: nil)

    @Test func json() {
        #expect(installed.render(.json) == """
            {"format":"tsuji.dict-info/1","sources":[\
            {"name":"tsuji-terms","version":"9.9","licence":"part of tsuji","entries":3,"skippedLines":0,"embedded":true},\
            {"name":"cc-cedict","version":"2023-11-07","licence":"CC BY-SA 4.0","entries":40,"skippedLines":2,"embedded":false},\
            {"name":"unihan","version":"15.0.0","licence":"Unicode License","entries":2,"skippedLines":0,"embedded":false}],\
            "file":"/d/tsuji.dic","bytes":1572864,"entries":42}

            """)
        #expect(embeddedOnly.render(.json) == """
            {"format":"tsuji.dict-info/1","sources":[\
            {"name":"tsuji-terms","version":"9.9","licence":"part of tsuji","entries":3,"skippedLines":0,"embedded":true}],\
            "file":null}

            """)
    }

    @Test func text() {
        // Names padded to 13 columns; skipped lines only when there are some; 1.5 MB to one decimal.
        #expect(installed.render(.text) == """
            tsuji-terms   3 curated terms, embedded in this binary
            cc-cedict     40 entries, 2 skipped lines · version 2023-11-07 · CC BY-SA 4.0
            unihan        2 entries · version 15.0.0 · Unicode License
            compiled file: /d/tsuji.dic (1.5 MB, 42 entries)

            """)
        #expect(embeddedOnly.render(.text) == """
            tsuji-terms   3 curated terms, embedded in this binary
            full dictionaries: not installed (run `tsuji dict install`)

            """)
    }

    @Test func loadsTheNamedFileOrNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-info-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tsuji.dic")
        let sources = [SourceInfo(name: "edict", version: "v1", licence: "CC BY-SA 4.0", entryCount: 1)]
        let entry = Entry(id: "edict:1", source: "edict", language: .ja, kind: .word, japanese: ["東"])
        try CompiledDictionaryWriter(entries: [entry], sources: sources).write(to: url)

        let named = try DictionaryInfo.load(version: "9.9", file: url.path)
        #expect(named.curatedEntryCount == (try DictionaryStack.embeddedTerms()).entryCount)
        #expect(named.compiled?.path == url.path)
        #expect(named.compiled?.entryCount == 1)
        #expect(named.compiled?.sources == sources)
        #expect(named.compiled?.byteCount == (try Data(contentsOf: url)).count)

        // The data directory's file when none is named; none there, nothing compiled.
        #expect(try DictionaryInfo.load(version: "9.9", environment: ["TSUJI_DATA_DIR": folder.path]).compiled?.path == url.path)
        let empty = folder.appendingPathComponent("empty").path
        #expect(try DictionaryInfo.load(version: "9.9", environment: ["TSUJI_DATA_DIR": empty]).compiled == nil)

        #expect {
            try DictionaryInfo.load(version: "9.9", file: folder.appendingPathComponent("none.dic").path)
        } throws: { error in
            if case .missingFile(let path)? = error as? DictionaryLoader.LoadError { return path.hasSuffix("none.dic") }
            return false
        }
        try Data("not a dictionary".utf8).write(to: url)
        #expect {
            try DictionaryInfo.load(version: "9.9", file: url.path)
        } throws: { error in
            if case .badDictionary? = error as? DictionaryLoader.LoadError { return true }
            return false
        }
    }
}
