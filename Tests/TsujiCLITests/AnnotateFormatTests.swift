import Foundation
import Testing

/// The annotate command's output formats and HTML input, end to end. The inputs hold no
/// Chinese terms, so the checks do not depend on any dictionary's contents.
@Suite struct AnnotateFormatTests {
    static func run(_ arguments: [String], stdin: String? = nil) throws -> TsujiProcess.Result {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-data-\(UUID().uuidString)")
        var environment = ProcessInfo.processInfo.environment
        environment["TSUJI_DATA_DIR"] = data.path
        return try TsujiProcess.run(["annotate"] + arguments, stdin: stdin.map { Data($0.utf8) }, environment: environment)
    }

    static func temporaryFile(named name: String, _ contents: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file
    }

    @Test func markdownAndItsShortName() throws {
        for name in ["markdown", "md"] {
            let result = try Self.run(["--format", name], stdin: "plain *text* & <b>\n")
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "plain *text* & <b>\n")
        }
    }

    @Test func htmlPageFromText() throws {
        let result = try Self.run(["--format", "html"], stdin: "a & b\n\nc <d>\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
        #expect(result.stdout.contains("<title>standard input · tsuji</title>"))
        #expect(result.stdout.contains("<article class=\"tsuji-article\"><p>a &amp; b</p>\n\n<p>c &lt;d&gt;</p>\n</article>"))
    }

    @Test func htmlInputIsDetectedAndKept() throws {
        let page = "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>a &amp; b</p></body></html>\n"
        let file = try Self.temporaryFile(named: "page.htm", "<p>plain</p>")
        let html = try Self.run(["--format", "html"], stdin: page)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\" data-tsuji=\"\"><title>x</title><style id=\"tsuji-style\">"))
        #expect(html.stdout.hasSuffix("</style></head><body><p>a &amp; b</p></body></html>\n"))
        let json = try Self.run(["--format", "json", file.path])
        #expect(json.stdout.contains("\"input\":\"html\""))
        let text = try Self.run([file.path])
        #expect(text.stdout == "plain\n")
        let asText = try Self.run(["--input-format", "text", file.path])
        #expect(asText.stdout == "<p>plain</p>")
        let forced = try Self.run(["--input-format", "html", "--format", "json"], stdin: "<p>x</p>")
        #expect(forced.stdout.contains("\"input\":\"html\""))
    }

    @Test func usageErrors() throws {
        let file = try Self.temporaryFile(named: "page.html", "<p>x</p>")
        let two = try Self.run(["--format", "html", file.path, file.path])
        #expect(two.status == 64)
        #expect(two.stderr.contains("page.html"))
        #expect(try Self.run(["--format", "xml"], stdin: "x").status == 64)
        #expect(try Self.run(["--input-format", "pdf"], stdin: "x").status == 64)
    }
}
