import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A folder with a user terms file and three short articles written for these tests, and an
/// environment that keeps the user's own config and dictionaries out.
struct GlossaryWorkspace {
    let folder: URL
    let environment: [String: String]

    static let terms = """
        id\tkind\tjapanese\ttraditional\tsimplified\treading\tpinyin\tenglish\tnote
        qwen\tproduct\t通義千問\t通義千問\t通义千问\tつうぎせんもん\tTōngyì Qiānwèn\tQwen|Tongyi Qianwen\tAlibaba's large language model family
        tencent\tcompany\t騰訊|テンセント\t騰訊\t腾讯\tテンセント\tTéngxùn\tTencent\t
        hongbao\tconcept\t紅包\t紅包\t红包\tホンバオ\thóngbāo\tred envelope|red packet\t
        alibaba\tcompany\tアリババ\t阿里巴巴\t阿里巴巴\tアリババ\tĀlǐbābā\tAlibaba\t
        hangzhou\tplace\t杭州\t杭州\t杭州\tこうしゅう\tHángzhōu\tHangzhou\t

        """
    static let articles = [
        "a.txt": "春節を前に、アリババは「通義千問」のアプリで紅包を配ると発表した。\nテンセント（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。\n",
        "b.txt": "杭州の新興企業ディープシーク(深度求索)が注目を集める。アリババも杭州に本社を置く。\nディープシークの低価格モデルに、テンセントは提携で応じた。\n",
        "c.txt": "紅包の習慣は春節に欠かせない。通義千問の新版は海外にも出る。\n",
    ]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.terms.write(to: folder.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        for (name, text) in Self.articles { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var environment = ProcessInfo.processInfo.environment
        environment["TSUJI_DATA_DIR"] = folder.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        self.environment = environment
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func write(_ name: String, _ text: String) throws { try text.write(toFile: path(name), atomically: true, encoding: .utf8) }

    /// `tsuji glossary --terms terms.tsv ARGS…`, run in the workspace.
    @discardableResult
    func glossary(_ arguments: [String], stdin: String? = nil) throws -> TsujiProcess.Result {
        try TsujiProcess.run(["glossary", "--terms", path("terms.tsv")] + arguments, stdin: stdin.map { Data($0.utf8) },
                             environment: environment, currentDirectory: folder)
    }

    func merge(_ arguments: [String]) throws -> TsujiProcess.Result {
        try TsujiProcess.run(["glossary", "merge"] + arguments, environment: environment, currentDirectory: folder)
    }

    /// Occurrences of `needle` in the named articles, counted here independently of tsuji.
    static func occurrences(of needles: [String], in names: [String]) -> Int {
        names.reduce(0) { total, name in
            total + needles.reduce(0) { $0 + articles[name]!.components(separatedBy: $1).count - 1 }
        }
    }
}

/// RFC 4180 fields, parsed here independently of tsuji's reader.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var chars = Array(text), i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" {
                if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" { quoted = true }
        else if c == "," { row.append(field); field = "" }
        else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
        else { field.append(c) }
        i += 1
    }
    chars.removeAll()
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// The rows of a tsuji TSV with a header, as column → value.
func tsvRows(_ text: String) -> [[String: String]] {
    let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
}

/// Concepts and their language sections, read with XMLParser.
final class TBXConcepts: NSObject, XMLParserDelegate {
    var root: (name: String, attributes: [String: String])?
    var concepts: [(id: String, sections: [String: [String]])] = []
    var language: String?
    var text = ""
    var failed = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if root == nil { root = (name, attributes) }
        if name == "conceptEntry" { concepts.append((attributes["id"] ?? "", [:])) }
        if name == "langSec" { language = attributes["xml:lang"] }
        text = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "term", let language { concepts[concepts.count - 1].sections[language, default: []].append(text) }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }

    static func read(_ text: String) -> TBXConcepts {
        let reader = TBXConcepts()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        if !parser.parse() { reader.failed = true }
        return reader
    }
}

@Suite(.serialized) struct GlossaryCLITests {
    @Test func tsvHasOneRowPerTermWithItsVariants() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        let result = try w.glossary(["a.txt", "b.txt", "-o", "g.tsv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = tsvRows(try w.read("g.tsv"))
        let tencent = try #require(rows.first { $0["key"] == "user:tencent" })
        #expect(tencent["forms"] == "テンセント|騰訊|腾讯")
        #expect(tencent["count"] == String(GlossaryWorkspace.occurrences(of: ["テンセント", "騰訊", "腾讯"], in: ["a.txt", "b.txt"])))
        #expect(tencent["pinyin"] == "Téngxùn")
        #expect(tencent["english"] == "Tencent")
        #expect(tencent["documents"] == "a.txt (3)|b.txt (1)")
        #expect(tencent["context"] == "⟦テンセント⟧（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。")
        let qwen = try #require(rows.first { $0["key"] == "user:qwen" })
        #expect(qwen["english"] == "Qwen|Tongyi Qianwen")
        #expect(qwen["source"] == "user")
        #expect(qwen["confidence"] == "dictionary")
        #expect(rows.filter { ($0["forms"] ?? "").contains("騰訊") }.count == 1)
    }

    @Test func everyFormatIsReadableByItsReader() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        for (output, extra) in [("g.csv", []), ("g.json", []), ("g.md", []), ("g.tbx", []), ("g.anki.txt", ["--format", "anki"]),
                                ("g.prompt.txt", ["--format", "prompt"]), ("g.utf8", []), ("deepl.tsv", ["--target", "en"]),
                                ("deepl.csv", ["--target", "en"])] {
            let result = try w.glossary(["a.txt", "b.txt", "c.txt", "-o", output] + extra)
            #expect(result.status == 0, "\(output): \(result.stderr)")
        }
        // CSV: RFC 4180, every column, a header.
        let csv = parseCSV(try w.read("g.csv"))
        #expect(csv[0].first == "term")
        #expect(csv.dropFirst().allSatisfy { $0.count == csv[0].count })
        let qwenCSV = try #require(csv.first { $0.contains("user:qwen") })
        #expect(qwenCSV[csv[0].firstIndex(of: "note")!] == "Alibaba's large language model family")
        // JSON
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try w.read("g.json").utf8)) as? [String: Any])
        #expect(json["format"] as? String == "tsuji.glossary/1")
        let terms = try #require(json["terms"] as? [[String: Any]])
        let hongbao = try #require(terms.first { $0["key"] as? String == "user:hongbao" })
        #expect(hongbao["count"] as? Int == GlossaryWorkspace.occurrences(of: ["紅包"], in: ["a.txt", "b.txt", "c.txt"]))
        #expect(hongbao["english"] as? [String] == ["red envelope", "red packet"])
        // Markdown
        let md = try w.read("g.md").split(separator: "\n")
        #expect(md[0] == "<!-- tsuji.glossary/1 -->")
        #expect(md.contains { $0.hasPrefix("| 通義千問 | 通義千問 | zh | product |") })
        // TBX: parsed with XMLParser and checked by xmllint.
        let tbxText = try w.read("g.tbx")
        let tbx = TBXConcepts.read(tbxText)
        #expect(!tbx.failed)
        #expect(tbx.root?.name == "tbx")
        #expect(tbx.root?.attributes["type"] == "TBX-Basic")
        #expect(tbx.concepts.count == terms.count)
        let tencent = try #require(tbx.concepts.first { $0.sections["zh-Hans"] == ["腾讯"] })
        #expect(tencent.sections["ja"] == ["テンセント", "騰訊"])
        #expect(tencent.sections["zh-Hant"] == ["騰訊"])
        #expect(tencent.sections["en"] == ["Tencent"])
        let xmllint = try #require(["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "xmllint is missing: apt-get install libxml2-utils")
        let lint = Process()
        lint.executableURL = URL(fileURLWithPath: xmllint)
        lint.arguments = ["--noout", w.path("g.tbx")]
        try lint.run()
        lint.waitUntilExit()
        #expect(lint.terminationStatus == 0)
        // Anki
        let anki = try w.read("g.anki.txt").split(separator: "\n")
        #expect(anki.prefix(2) == ["#separator:tab", "#html:false"])
        #expect(anki.contains { $0.hasPrefix("#columns:Front\tBack\t") })
        #expect(anki.filter { !$0.hasPrefix("#") }.count == terms.count)
        // Prompt
        let prompt = try w.read("g.prompt.txt")
        #expect(prompt.contains("\n通義千問 → Qwen (Tōngyì Qiānwèn)\n"))
        #expect(prompt.contains("\nテンセント / 騰訊 / 腾讯 → Tencent (Téngxùn)\n"))
        // OmegaT: source, target, comment.
        let omegat = try w.read("g.utf8").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(omegat.allSatisfy { $0.count == 3 })
        #expect(omegat.contains { $0[0] == "腾讯" && $0[1] == "Tencent" })
        // DeepL: two columns, no header, no duplicate source.
        let deepl = try w.read("deepl.tsv").split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(deepl.allSatisfy { $0.count == 2 && !$0[0].isEmpty && !$0[1].isEmpty })
        #expect(Set(deepl.map { $0[0] }).count == deepl.count)
        #expect(deepl.contains { $0 == ["騰訊", "Tencent"] })
        #expect(!deepl.contains { $0[0] == "term" })
        let deeplCSV = parseCSV(try w.read("deepl.csv"))
        #expect(deeplCSV.allSatisfy { $0.count == 2 })
        #expect(deeplCSV.map { [$0[0], $0[1]] } == deepl.map { [String($0[0]), String($0[1])] })
    }

    @Test func rerunWithMergeKeepsTheUsersEdits() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        for format in ["tsv", "json", "tbx", "md", "csv"] {
            let file = "g.\(format)"
            #expect(try w.glossary(["a.txt", "b.txt", "-o", file]).status == 0)
            let before = try w.read(file)
            let edited = before.replacingOccurrences(of: "Qwen|Tongyi Qianwen", with: "Qwen (Alibaba)")
                .replacingOccurrences(of: "Qwen\\|Tongyi Qianwen", with: "Qwen (Alibaba)")
                .replacingOccurrences(of: "\"english\":[\"Qwen\",\"Tongyi Qianwen\"]", with: "\"english\":[\"Qwen (Alibaba)\"]")
                .replacingOccurrences(of: "<term>Qwen</term>", with: "<term>Qwen (Alibaba)</term>")
            #expect(edited != before, "\(format): the test must edit something")
            try w.write(file, edited)
            let rerun = try w.glossary(["a.txt", "b.txt", "--merge", file, "-o", file])
            #expect(rerun.status == 0, "\(format): \(rerun.stderr)")
            #expect(rerun.stderr.contains("merged with"))
            let again = try w.glossary(["a.txt", "b.txt", "--merge", file, "-o", "check.json", "--format", "json"])
            #expect(again.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(try w.read("check.json").utf8)) as? [String: Any])
            let terms = try #require(json["terms"] as? [[String: Any]])
            let qwen = try #require(terms.first { $0["key"] as? String == "user:qwen" })
            #expect((qwen["english"] as? [String])?.first == "Qwen (Alibaba)", "\(format)")
            // Re-running over the same articles does not double the counts.
            let tencent = try #require(terms.first { $0["key"] as? String == "user:tencent" })
            #expect(tencent["count"] as? Int == 4, "\(format)")
        }
    }

    @Test func runOverAThenMergeWithBEqualsARunOverBoth() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        for format in ["json", "tsv", "tbx"] {
            #expect(try w.glossary(["a.txt", "-o", "a.\(format)"]).status == 0)
            let merged = try w.glossary(["b.txt", "c.txt", "--merge", "a.\(format)", "-o", "ab.\(format)"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(try w.glossary(["a.txt", "b.txt", "c.txt", "-o", "all.\(format)"]).status == 0)
            #expect(try w.read("ab.\(format)") == (try w.read("all.\(format)")), "\(format)")
        }
    }

    @Test func partialCountsMergedEqualASingleRun() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        #expect(try w.glossary(["a.txt", "--partial", "-o", "p1.jsonl"]).status == 0)
        #expect(try w.glossary(["b.txt", "c.txt", "--partial", "-o", "p2.jsonl"]).status == 0)
        #expect(try w.read("p1.jsonl").hasPrefix("{\"format\":\"tsuji.glossary-partial/1\""))
        for format in ["tsv", "json", "tbx"] {
            let merged = try w.merge(["p1.jsonl", "p2.jsonl", "-o", "merged.\(format)"])
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(try w.glossary(["a.txt", "b.txt", "c.txt", "-o", "single.\(format)"]).status == 0)
            #expect(try w.read("merged.\(format)") == (try w.read("single.\(format)")), "\(format)")
        }
        // Merging in stages gives the same.
        #expect(try w.merge(["p1.jsonl", "p2.jsonl", "--partial", "-o", "p12.jsonl"]).status == 0)
        #expect(try w.merge(["p12.jsonl", "-o", "staged.tsv"]).status == 0)
        #expect(try w.read("staged.tsv") == (try w.read("single.tsv")))
    }

    /// A count that no corpus can have (issue 22, row 3): 9223372036854775807 in a partial merged
    /// twice, or in a `--merge` glossary, is exit 65 naming the file and line, not a trap (132).
    @Test func countsTooLargeToAddAreExit65NamingTheFile() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        #expect(try w.glossary(["a.txt", "--partial", "-o", "p.jsonl"]).status == 0)
        let hostile = try w.read("p.jsonl").replacingOccurrences(
            of: #""counts":\[\[0,[0-9]+\]\]"#, with: "\"counts\":[[0,9223372036854775807]]", options: .regularExpression)
        try w.write("big.jsonl", hostile)
        let merged = try w.merge(["big.jsonl", "big.jsonl"])
        #expect(merged.status == 65, "\(merged.stderr)")
        #expect(merged.stderr.contains("big.jsonl:2: "), "\(merged.stderr)")
        #expect(merged.stderr.contains("9223372036854775807 is more than 9007199254740991"), "\(merged.stderr)")

        #expect(try w.glossary(["a.txt", "--format", "json", "-o", "g.json"]).status == 0)
        let documents = #"[{"name":"a.txt","count":9223372036854775807},{"name":"b.txt","count":9223372036854775807}]"#
        try w.write("g.json", try w.read("g.json").replacingOccurrences(
            of: #""documents":\[\{"name":"a.txt","count":[0-9]+\}\]"#, with: "\"documents\":\(documents)", options: .regularExpression))
        let rerun = try w.glossary(["a.txt", "--merge", "g.json", "-o", "new.json"])
        #expect(rerun.status == 65, "\(rerun.stderr)")
        #expect(rerun.stderr.contains("g.json:2: "), "\(rerun.stderr)")
    }

    @Test func doesNotOverwriteAFileThatIsNotAGlossary() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        try w.write("notes.tsv", "my notes about the project\nplease keep\n")
        let refused = try w.glossary(["a.txt", "-o", "notes.tsv"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("notes.tsv"))
        #expect(refused.stderr.contains("--force"))
        #expect(try w.read("notes.tsv") == "my notes about the project\nplease keep\n")
        let forced = try w.glossary(["a.txt", "-o", "notes.tsv", "--force"])
        #expect(forced.status == 0)
        #expect(try w.read("notes.tsv").hasPrefix("term\tforms\t"))
        // A glossary tsuji wrote is replaced without --force, in any format.
        #expect(try w.glossary(["a.txt", "-o", "notes.tsv"]).status == 0)
        #expect(try w.glossary(["a.txt", "-o", "deepl.tsv", "--target", "en"]).status == 0)
        #expect(try w.glossary(["b.txt", "-o", "deepl.tsv", "--target", "en"]).status == 0)
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: w.folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers == [])
    }

    @Test func filtersSortAndColumns() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        let sorted = try w.glossary(["a.txt", "b.txt", "c.txt", "--sort", "pinyin", "--kind", "company,product,concept,place",
                                     "--columns", "pinyin,term"])
        #expect(sorted.status == 0, "\(sorted.stderr)")
        let lines = sorted.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "pinyin\tterm")
        // The terms file's terms (the embedded curated terms may add others): Ālǐbābā < Hángzhōu
        // < hóngbāo < Téngxùn < Tōngyì in pinyin order, whatever the case and tone marks.
        let mine: Set<String> = ["アリババ", "杭州", "紅包", "テンセント", "通義千問"]
        #expect(lines.dropFirst().filter { mine.contains(String($0.split(separator: "\t").last ?? "")) } == [
            "Ālǐbābā\tアリババ", "Hángzhōu\t杭州", "hóngbāo\t紅包", "Téngxùn\tテンセント", "Tōngyì Qiānwèn\t通義千問",
        ])
        let kinds = try w.glossary(["a.txt", "b.txt", "c.txt", "--kind", "company", "--columns", "kind"])
        #expect(Set(kinds.stdout.split(separator: "\n").dropFirst()) == ["company"])
        let frequent = try w.glossary(["a.txt", "b.txt", "c.txt", "--min-count", "3", "--columns", "term,count", "--sort", "count"])
        let expected = [("テンセント", ["テンセント", "騰訊", "腾讯"]), ("紅包", ["紅包"]), ("ディープシーク", ["ディープシーク", "深度求索"])]
            .map { ($0.0, GlossaryWorkspace.occurrences(of: $0.1, in: ["a.txt", "b.txt", "c.txt"])) }
            .filter { $0.1 >= 3 }.sorted { $0.1 > $1.1 }
        #expect(frequent.stdout == "term\tcount\n" + expected.map { "\($0.0)\t\($0.1)\n" }.joined())
    }

    @Test func readsStandardInput() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        let result = try w.glossary(["--format", "prompt"], stdin: GlossaryWorkspace.articles["a.txt"]!)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n紅包 → red envelope (hóngbāo)\n"))
    }

    @Test func mergeRefusesWhatIsNotAGlossary() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        try w.write("article.txt", "アリババ集団は対話型AIの利用拡大を目的に動いた。\n二行目の文章。\n")
        let result = try w.glossary(["a.txt", "--merge", "article.txt", "-o", "g.tsv"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("article.txt: not a glossary"))
        #expect(!FileManager.default.fileExists(atPath: w.path("g.tsv")))
    }

    @Test func errorsUseSysexitsCodesAndNameTheFile() throws {
        let w = try GlossaryWorkspace()
        defer { w.remove() }
        let missing = try w.glossary(["nope.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.txt"))
        #expect(try w.glossary(["a.txt", "--merge", "gone.tsv"]).status == 66)
        try w.write("bad.json", "{\"format\":\"tsuji.glossary/1\",\"terms\":[\n{\"term\":\"紅包\",\"count\":\"many\"}\n]}\n")
        let bad = try w.glossary(["a.txt", "--merge", "bad.json"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("bad.json:2:"))
        #expect(try w.glossary(["a.txt", "--format", "docx"]).status == 64)
        #expect(try w.glossary(["a.txt", "-o", "out.docx"]).status == 64)
        #expect(try w.glossary(["a.txt", "--format", "tbx", "--target", "en"]).status == 64)
        #expect(try w.glossary(["a.txt", "--partial", "--min-count", "2"]).status == 64)
        try w.write("broken.jsonl", "{\"format\":\"tsuji.glossary-partial/1\",\"documents\":[\"a.txt\"]}\n{\"key\":\"x\"}\n")
        let broken = try w.merge(["broken.jsonl"])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("broken.jsonl:2:"))
        #expect(try w.merge(["absent.jsonl"]).status == 66)
    }
}
