import Foundation

/// Byte-level search over UTF-8, so that a tag or reference next to a combining mark or a
/// zero-width joiner is still found (String's search compares whole characters).
struct Bytes {
    var bytes: [UInt8]
    init(_ text: String) { bytes = Array(text.utf8) }
    init(_ bytes: ArraySlice<UInt8>) { self.bytes = Array(bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    func find(_ needle: String, from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    func hasPrefix(_ prefix: String, at i: Int) -> Bool {
        let pattern = Array(prefix.utf8)
        return i + pattern.count <= bytes.count && bytes[i..<(i + pattern.count)].elementsEqual(pattern)
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}

/// The test's own reading of the HTML that tsuji writes, independent of the renderer's code:
/// a strict little parser that insists on balanced tags and fully escaped text, and gives back
/// the article's text with the inserted ruby text (`<rt>`, `<rp>`) and tooltip cards removed.
enum RenderedHTMLReader {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static let voidElements: Set<String> = ["br", "meta", "link", "img", "hr", "input", "wbr"]

    struct Tag {
        var name: String
        var isEnd: Bool
        var attributes: String
        var end: Int
    }

    /// The tag that starts at byte `i` (which holds `<`). Inside tsuji's own output a `>` never
    /// occurs in an attribute value (it is escaped), so the next `>` ends the tag.
    static func tag(in html: Bytes, at i: Int) throws -> Tag {
        guard let close = html.find(">", from: i) else { throw Problem(description: "unterminated tag at byte \(i)") }
        var inner = html.text((i + 1)..<close)[...]
        let isEnd = inner.hasPrefix("/")
        if isEnd { inner = inner.dropFirst() }
        let name = inner.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
        return Tag(name: name, isEnd: isEnd, attributes: String(inner.dropFirst(name.count)), end: close + 1)
    }

    /// Text with the five escapes resolved; a bare `&`, `>` or a quote in text means the
    /// renderer forgot to escape something.
    static func unescape(_ text: Bytes) throws -> String {
        var out: [UInt8] = []
        var i = 0
        let b = text.bytes
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "&"):
                guard let semicolon = text.find(";", from: i) else { throw Problem(description: "bare & in text: \(text.string)") }
                switch text.text((i + 1)..<semicolon) {
                case "amp": out.append(UInt8(ascii: "&"))
                case "lt": out.append(UInt8(ascii: "<"))
                case "gt": out.append(UInt8(ascii: ">"))
                case "quot": out.append(UInt8(ascii: "\""))
                case "#39": out.append(UInt8(ascii: "'"))
                case let name: throw Problem(description: "unexpected reference &\(name); in text")
                }
                i = semicolon + 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"):
                throw Problem(description: "unescaped \(UnicodeScalar(b[i])) in text: \(text.string)")
            default:
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of the element `<article…>` (the first one), without `rt`, `rp` and
    /// `.tsuji-card` elements, unescaped. Throws when the whole document's tags do not balance.
    static func articleText(_ page: String) throws -> String {
        let html = Bytes(page)
        var stack: [(name: String, skip: Bool, article: Bool)] = []
        var out = ""
        var i = 0
        var sawArticle = false
        func collecting() -> Bool { stack.contains { $0.article } && !stack.contains { $0.skip } }
        while i < html.bytes.count {
            if html.bytes[i] == UInt8(ascii: "<") {
                if html.hasPrefix("<!DOCTYPE", at: i) || html.hasPrefix("<!--", at: i) {
                    guard let close = html.find(">", from: i) else { throw Problem(description: "unterminated declaration") }
                    i = close + 1
                    continue
                }
                let tag = try tag(in: html, at: i)
                if tag.name == "style" && !tag.isEnd {
                    guard let close = html.find("</style>", from: tag.end) else { throw Problem(description: "unterminated style") }
                    i = close + "</style>".utf8.count
                    continue
                }
                if tag.isEnd {
                    guard let top = stack.popLast(), top.name == tag.name else {
                        throw Problem(description: "</\(tag.name)> does not close the open element (stack: \(stack.map(\.name)))")
                    }
                } else if !voidElements.contains(tag.name) {
                    let skip = tag.name == "rt" || tag.name == "rp" || tag.attributes.contains("class=\"tsuji-card\"")
                    let article = tag.name == "article" && !sawArticle
                    if article { sawArticle = true }
                    stack.append((tag.name, skip, article))
                }
                i = tag.end
            } else {
                let next = html.find("<", from: i) ?? html.bytes.count
                let text = try unescape(Bytes(html.bytes[i..<next]))
                if collecting() { out += text }
                i = next
            }
        }
        guard stack.isEmpty else { throw Problem(description: "unclosed elements: \(stack.map(\.name))") }
        guard sawArticle else { throw Problem(description: "no <article>") }
        return out
    }

    /// An HTML input page annotated in place, with everything tsuji inserted taken out again:
    /// the `<meta charset="utf-8" data-tsuji="">`, the `<style id="tsuji-style">`, the
    /// `<section class="tsuji-terms">` and each term's
    /// wrapper, ruby text and card (keeping the term's source text as it was).
    static func removingInsertions(_ page: String) throws -> String {
        let html = Bytes(page)
        var out: [UInt8] = []
        var i = 0
        let markers = ["<style id=\"tsuji-style\">", "<section class=\"tsuji-terms\"", "<span class=\"tsuji-term\"",
                       "<meta charset=\"utf-8\" data-tsuji=\"\">"]
        while let found = markers.compactMap({ marker in html.find(marker, from: i).map { (marker, $0) } }).min(by: { $0.1 < $1.1 }) {
            out += html.bytes[i..<found.1]
            i = found.1
            switch found.0 {
            case markers[0]:
                guard let close = html.find("</style>", from: i) else { throw Problem(description: "tsuji style not closed") }
                i = close + "</style>".utf8.count
            case markers[3]:
                i += markers[3].utf8.count
            case markers[1]:
                guard let close = html.find("</section>", from: i) else { throw Problem(description: "tsuji table not closed") }
                i = close + "</section>".utf8.count
            default:
                // <span class="tsuji-term" …><ruby …>BASE<rp>(</rp><rt …>…</rt><rp>)</rp></ruby><span class="tsuji-card" …>…</span></span>
                // or <span class="tsuji-term" …><span class="term …">BASE</span><span class="tsuji-card" …>…</span></span>
                guard let wrapperEnd = html.find(">", from: i), let baseStart = html.find(">", from: wrapperEnd + 1) else {
                    throw Problem(description: "bad term wrapper at byte \(i)")
                }
                let base = baseStart + 1
                guard let baseEnd = [html.find("<rp>(</rp><rt", from: base), html.find("</span><span class=\"tsuji-card\"", from: base)]
                    .compactMap({ $0 }).min() else { throw Problem(description: "term without ruby text or card") }
                out += html.bytes[base..<baseEnd]
                guard var j = html.find("<span class=\"tsuji-card\"", from: baseEnd) else { throw Problem(description: "no card") }
                // The card is tsuji's own, balanced spans; skip it, then the wrapper's </span>.
                var depth = 0
                repeat {
                    guard let close = html.find("</span>", from: j) else { throw Problem(description: "unbalanced card") }
                    if let open = html.find("<span", from: j), open < close {
                        depth += 1
                        j = open + 5
                    } else {
                        depth -= 1
                        j = close + 7
                    }
                } while depth > 0
                guard html.hasPrefix("</span>", at: j) else { throw Problem(description: "wrapper not closed after card") }
                i = j + 7
            }
        }
        out += html.bytes[i...]
        return String(decoding: out, as: UTF8.self)
    }
}

/// Runs `xmllint --html --noout` over files and returns its complaints, less the ones that only
/// say libxml2's HTML 4 parser does not know an HTML5 element.
enum XMLLint {
    static var path: String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for folder in folders + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(folder)/xmllint"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var isAvailable: Bool { path != nil }

    static let html5Elements = ["main", "article", "section", "header", "footer", "nav", "aside", "ruby", "rt", "rp",
                                "figure", "figcaption", "time", "mark"]

    static func problems(inFiles files: [URL]) throws -> [String] {
        guard let path else { return ["xmllint not found"] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--html", "--noout"] + files.map(\.path)
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-xmllint-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let handle = try FileHandle(forWritingTo: errorFile)
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        var problems: [String] = []
        if process.terminationStatus != 0 { problems.append("xmllint exited with \(process.terminationStatus)") }
        for line in output.split(separator: "\n") where line.contains("error") || line.contains("warning") {
            if html5Elements.contains(where: { line.hasSuffix("Tag \($0) invalid") }) { continue }
            problems.append(String(line))
        }
        return problems
    }

    static func problems(inHTML pages: [String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for (index, page) in pages.enumerated() {
            let file = folder.appendingPathComponent("page\(index).html")
            try Data(page.utf8).write(to: file)
            files.append(file)
        }
        return try problems(inFiles: files)
    }
}
