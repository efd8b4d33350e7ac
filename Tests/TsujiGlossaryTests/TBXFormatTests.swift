import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TsujiGlossary

/// Reads a TBX file with Foundation's XMLParser, independently of `TBXReader`, and checks it
/// against the TBX-Basic (TBX v3, DCA) structure: which element may hold which, and the data
/// category values the dialect allows.
final class TBXBasicChecker: NSObject, XMLParserDelegate {
    struct Concept {
        var id: String
        var sections: [(language: String, terms: [(term: String, notes: [String], termNotes: [String: String], context: String?)])] = []
        var notes: [String] = []
        var admins: [String: String] = [:]
    }

    var problems: [String] = []
    var rootAttributes: [String: String] = [:]
    var sourceDescriptions: [String] = []
    var concepts: [Concept] = []
    private var stack: [String] = []
    private var text = ""
    private var attributes: [[String: String]] = []

    /// The elements each element may contain in TBX-Basic (core structure).
    static let allowed: [String: Set<String>] = [
        "tbx": ["tbxHeader", "text"], "tbxHeader": ["fileDesc", "encodingDesc", "revisionDesc"],
        "fileDesc": ["titleStmt", "publicationStmt", "sourceDesc"], "titleStmt": ["title", "note"], "sourceDesc": ["p"],
        "text": ["body", "back"], "body": ["conceptEntry"],
        "conceptEntry": ["descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref", "langSec"],
        "langSec": ["descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref", "termSec"],
        "termSec": ["term", "termNote", "termNoteGrp", "descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"],
        "descripGrp": ["descrip", "descripNote", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"],
        "descrip": ["hi", "foreign", "sc", "ec", "ph"], "note": ["hi", "foreign", "sc", "ec", "ph"],
        "admin": ["hi", "foreign", "sc", "ec", "ph"], "termNote": ["hi", "foreign", "sc", "ec", "ph"],
        "term": ["hi"], "p": ["hi", "foreign", "sc", "ec", "ph"], "title": [], "hi": [],
    ]
    static let termNoteTypes: Set<String> = ["administrativeStatus", "grammaticalGender", "geographicalUsage", "partOfSpeech", "termLocation", "termType"]
    static let descripTypes: Set<String> = ["context", "definition", "subjectField"]
    static let adminTypes: Set<String> = ["customerSubset", "projectSubset", "source"]
    static let statuses: Set<String> = ["admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "preferredTerm-admn-sts"]

    static func check(_ text: String) -> TBXBasicChecker {
        let checker = TBXBasicChecker()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = checker
        if !parser.parse() { checker.problems.append("not well-formed at line \(parser.lineNumber)") }
        return checker
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let parent = stack.last {
            if !(Self.allowed[parent]?.contains(name) ?? false) { problems.append("<\(name)> inside <\(parent)>") }
        } else {
            if name != "tbx" { problems.append("root is <\(name)>") }
            rootAttributes = attributes
        }
        if name == "termSec", stack.last == "langSec" { concepts[concepts.count - 1].sections[concepts[concepts.count - 1].sections.count - 1].terms.append(("", [], [:], nil)) }
        if name == "conceptEntry" { concepts.append(Concept(id: attributes["id"] ?? "")) }
        if name == "langSec" {
            guard let language = attributes["xml:lang"] else { problems.append("langSec without xml:lang"); return }
            concepts[concepts.count - 1].sections.append((language, []))
        }
        if name == "termNote", !Self.termNoteTypes.contains(attributes["type"] ?? "") { problems.append("termNote type \(attributes["type"] ?? "none")") }
        if name == "descrip", !Self.descripTypes.contains(attributes["type"] ?? "") { problems.append("descrip type \(attributes["type"] ?? "none")") }
        if name == "admin", !Self.adminTypes.contains(attributes["type"] ?? "") { problems.append("admin type \(attributes["type"] ?? "none")") }
        if name == "descrip", attributes["type"] == "context", !(stack.last == "termSec" || stack.suffix(2) == ["termSec", "descripGrp"]) {
            problems.append("context outside a termSec")
        }
        if name == "hi" { text += "[" } else { text = "" }
        stack.append(name)
        self.attributes.append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        let attributes = self.attributes.removeLast()
        let c = concepts.count - 1
        switch (name, stack.last) {
        case ("hi", _): text += "]"; return
        case ("p", "sourceDesc"): sourceDescriptions.append(text)
        case ("term", "termSec"):
            let s = concepts[c].sections.count - 1
            if !concepts[c].sections[s].terms[concepts[c].sections[s].terms.count - 1].term.isEmpty { problems.append("two terms in a termSec") }
            concepts[c].sections[s].terms[concepts[c].sections[s].terms.count - 1].term = text
        case ("termNote", "termSec"):
            let s = concepts[c].sections.count - 1
            if attributes["type"] == "administrativeStatus", !Self.statuses.contains(text) { problems.append("status \(text)") }
            concepts[c].sections[s].terms[concepts[c].sections[s].terms.count - 1].termNotes[attributes["type"]!] = text
        case ("note", "termSec"):
            let s = concepts[c].sections.count - 1
            concepts[c].sections[s].terms[concepts[c].sections[s].terms.count - 1].notes.append(text)
        case ("descrip", "descripGrp") where attributes["type"] == "context":
            let s = concepts[c].sections.count - 1
            concepts[c].sections[s].terms[concepts[c].sections[s].terms.count - 1].context = text
        case ("note", "conceptEntry"): concepts[c].notes.append(text)
        case ("admin", "conceptEntry"): concepts[c].admins[attributes["type"]!] = text
        case ("termSec", _):
            let s = concepts[c].sections.count - 1
            if concepts[c].sections[s].terms.last?.term.isEmpty ?? true { problems.append("termSec without term") }
        case ("langSec", _):
            if concepts[c].sections.last?.terms.isEmpty ?? true { problems.append("langSec without termSec") }
        case ("conceptEntry", _):
            if concepts[c].sections.isEmpty { problems.append("conceptEntry \(concepts[c].id) without langSec") }
        default: break
        }
        text = ""
    }
}

@Suite struct TBXFormatTests {
    let glossary = Fixtures.glossary([Fixtures.articleA, Fixtures.articleB, Fixtures.articleC])

    @Test func isTBXBasicWithOneConceptPerTerm() throws {
        let text = GlossaryFormat.tbx.writer().write(glossary)
        let tbx = TBXBasicChecker.check(text)
        #expect(tbx.problems == [])
        #expect(tbx.rootAttributes["type"] == "TBX-Basic")
        #expect(tbx.rootAttributes["style"] == "dca")
        #expect(tbx.rootAttributes["xmlns"] == "urn:iso:std:iso:30042:ed-2")
        #expect(tbx.rootAttributes["xml:lang"] == "en")
        #expect(tbx.sourceDescriptions.contains("tsuji.glossary/1"))
        #expect(tbx.concepts.count == glossary.terms.count)
        let ids = tbx.concepts.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 17 && $0.first == "c" && $0.dropFirst().allSatisfy(\.isHexDigit) })

        let tencent = try #require(tbx.concepts.first { $0.notes.contains("key: tsuji-terms:tencent") })
        #expect(tencent.sections.map(\.language) == ["ja", "zh-Hant", "zh-Hans", "en"])
        #expect(tencent.sections[0].terms.map(\.term) == ["テンセント", "騰訊"])
        #expect(tencent.sections[0].terms[0].notes == ["reading: テンセント", "hepburn: Tensento"])
        #expect(tencent.sections[0].terms[0].context == "[テンセント]（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。")
        #expect(tencent.sections[1].terms.map(\.term) == ["騰訊"])
        #expect(tencent.sections[1].terms[0].notes == ["pinyin: Téngxùn"])
        #expect(tencent.sections[2].terms.map(\.term) == ["腾讯"])
        #expect(tencent.sections[3].terms.map(\.term) == ["Tencent"])
        #expect(tencent.sections[3].terms[0].termNotes["administrativeStatus"] == "preferredTerm-admn-sts")
        #expect(tencent.admins["source"] == "tsuji-terms")
        #expect(tencent.notes.contains("documents: a.txt (3)|b.txt (1)"))

        let qwen = try #require(tbx.concepts.first { $0.notes.contains("key: tsuji-terms:qwen") })
        let english = try #require(qwen.sections.first { $0.language == "en" })
        #expect(english.terms.map(\.term) == ["Qwen", "Tongyi Qianwen"])
        #expect(english.terms.map { $0.termNotes["administrativeStatus"] } == ["preferredTerm-admn-sts", "admittedTerm-admn-sts"])

        // A name learned from an article: the script of its hanzi is not known.
        let deepseek = try #require(tbx.concepts.first { $0.notes.contains("key: article:深度求索") })
        #expect(deepseek.sections.map(\.language) == ["ja", "zh"])
        #expect(deepseek.sections[1].terms[0].notes == ["pinyin: shēndù qiúsuǒ"])
    }

    @Test func xmllintAcceptsIt() throws {
        let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let tool = try #require(xmllint, "xmllint is missing: apt-get install libxml2-utils (Scripts/test does)")
        var odd = glossary
        odd.terms[0].note = "AT&T <and> \"quotes\"\u{1}"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-\(UUID().uuidString).tbx")
        try GlossaryFormat.tbx.writer().write(odd).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--noout", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func readsBackEveryField() throws {
        let text = TBXWriter().write(glossary)
        let loaded = try TBXReader().read(text, file: "g.tbx")
        #expect(loaded.isTsujiGlossary)
        #expect(loaded.documents == glossary.documents)
        #expect(loaded.glossary.terms == glossary.terms)
        #expect(GlossaryFileReader.detect(text, path: "g.tbx") == .tbx)
    }

    @Test func conceptIDsAreStableAcrossRuns() {
        let once = TBXWriter().write(Fixtures.glossary([Fixtures.articleA]))
        let again = TBXWriter().write(Fixtures.glossary([Fixtures.articleA]))
        #expect(once == again)
        let ids = { (text: String) in TBXBasicChecker.check(text).concepts.map(\.id) }
        let more = TBXWriter().write(Fixtures.glossary([Fixtures.articleA, Fixtures.articleB]))
        #expect(Array(ids(more).prefix(ids(once).count)) == ids(once))
        // The id is a function of the key alone.
        #expect(StableID.conceptID("tsuji-terms:qwen") == StableID.conceptID("tsuji-terms:qwen"))
        #expect(StableID.conceptID("tsuji-terms:qwen") != StableID.conceptID("tsuji-terms:tencent"))
    }

    @Test func fnv1aMatchesPublishedVectors() {
        // Test vectors of the FNV-1a 64-bit hash from its authors' reference page.
        #expect(StableID.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableID.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableID.hash("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func readsAnotherToolsTBX() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
            <tbxHeader><fileDesc><sourceDesc><p>from elsewhere</p></sourceDesc></fileDesc></tbxHeader>
            <text><body>
            <conceptEntry id="x1">
              <langSec xml:lang="ja"><termSec><term>紅包</term></termSec></langSec>
              <langSec xml:lang="en-US"><termSec><term>red packet</term></termSec></langSec>
            </conceptEntry>
            </body></text></tbx>
            """
        let loaded = try TBXReader().read(text, file: "other.tbx")
        #expect(!loaded.isTsujiGlossary)
        #expect(loaded.rows.count == 1)
        #expect(loaded.rows[0].term.forms == ["紅包"])
        #expect(loaded.rows[0].term.english == ["red packet"])
        #expect(loaded.rows[0].term.key == "glossary:紅包")
    }

    /// `<?x?>` is a well-formed processing instruction (XML 1.0 §2.6: PI ::= '<?' PITarget
    /// (S Char*)? '?>'); Foundation's XMLParser on Linux crashed on it (found by fuzzing).
    @Test func processingInstructionsWithoutDataAreIgnored() throws {
        let text = TBXWriter().write(glossary)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // After the XML declaration, and inside an element; a comment that shows one is kept.
        var odd = [String(lines[0]), "<?x?><!-- <?y?> -->"] + lines.dropFirst().map(String.init)
        odd[2] = odd[2].replacingOccurrences(of: "<tbxHeader>", with: "<tbxHeader><?tsuji-odd?>")
        let loaded = try TBXReader().read(odd.joined(separator: "\n"), file: "pi.tbx")
        #expect(loaded.glossary.terms == glossary.terms)
        #expect(loaded.documents == glossary.documents)
        do {
            _ = try TBXReader().read("<?xml version=\"1.0\"?>\n<tbx>\n<?x?></text>\n", file: "bad.tbx")
            Issue.record("malformed XML must be refused")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func internalDTDSubsetIsRefused() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx\n [<!ENTITY e \"&#60;?x?>\">]>\n<tbx>&e;</tbx>\n"
        do {
            _ = try TBXReader().read(text, file: "dtd.tbx")
            Issue.record("an internal DTD subset must be refused")
        } catch {
            #expect(error.file == "dtd.tbx")
            #expect(error.line == 3)
            #expect(error.message.contains("internal DTD subset"))
        }
    }

    @Test func malformedXMLNamesTheLine() {
        do {
            _ = try TBXReader().read("<tbx>\n<text>\n<body>\n</text>\n", file: "bad.tbx")
            Issue.record("malformed XML must be refused")
        } catch {
            #expect(error.file == "bad.tbx")
            #expect(error.line == 4)
        }
    }
}

/// Every concept has a `ja` section, so that a ja→en CAT project matches it: also a term whose
/// Japanese form is its simplified form (中国, 浙江大学), and one seen only in simplified (腾讯).
@Suite struct TBXJapaneseSectionTests {
    static func sections(_ term: GlossaryTerm) -> [String: [String]] {
        Dictionary(uniqueKeysWithValues: TBXWriter().languageSections(term).map { ($0.language, $0.terms) })
    }

    @Test func aFormSharedWithSimplifiedChineseIsJapaneseToo() {
        let china = GlossaryTerm(key: "tsuji-terms:china", forms: ["中国"], language: .zh, kind: .place,
                                 hanzi: "中國", simplified: "中国", english: ["China"], confidence: .dictionary)
        let sections = Self.sections(china)
        #expect(sections["ja"] == ["中国"])
        #expect(sections["zh-Hant"] == ["中國"])
        #expect(sections["zh-Hans"] == ["中国"])
    }

    @Test func aSimplifiedOnlyFormIsNotJapaneseButTheTraditionalIs() {
        let tencent = GlossaryTerm(key: "tsuji-terms:tencent", forms: ["腾讯"], language: .zh, kind: .company,
                                   hanzi: "騰訊", simplified: "腾讯", english: ["Tencent"], confidence: .dictionary)
        let sections = Self.sections(tencent)
        #expect(sections["ja"] == ["騰訊"])
        #expect(sections["zh-Hans"] == ["腾讯"])
    }
}

/// A DeepL list has no identity row: DeepSeek → DeepSeek would only pin the word.
@Suite struct BilingualIdentityRowTests {
    @Test func identityRowsAreLeftOut() {
        let deepseek = GlossaryTerm(key: "tsuji-terms:deepseek", forms: ["DeepSeek", "深度求索"], language: .zh,
                                    kind: .company, english: ["DeepSeek"], count: 2)
        var warnings: [String] = []
        let text = BilingualWriter(style: .deeplTSV).write(Glossary(terms: [deepseek]), warnings: &warnings)
        #expect(text == "深度求索\tDeepSeek\n")
    }

    @Test func oneCharacterSourcesAreLeftOut() {
        let yuan = GlossaryTerm(key: "tsuji-terms:yuan", forms: ["元", "人民元"], language: .zh, kind: .currency,
                                english: ["yuan"], count: 3)
        var warnings: [String] = []
        let text = BilingualWriter(style: .deeplTSV).write(Glossary(terms: [yuan]), warnings: &warnings)
        #expect(text == "人民元\tyuan\n")
    }
}
