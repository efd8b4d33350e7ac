import Testing
import TsujiDictionary
import TsujiText
@testable import TsujiAnnotate

/// DocumentAnnotator: the `tsuji.annotation/1` framing of one and of several documents, JSON
/// lines, HTML input, offsets across streamed pieces, and the text format — bytes written here
/// by hand from the test dictionary (`testStack`).
@Suite struct DocumentAnnotatorTests {
    let annotator = Annotator(stack: testStack())

    /// テンセント at scalar offsets `start..<start + 5`, as the contract writes it.
    static func tencent(at start: Int) -> String {
        """
        {"start":\(start),"end":\(start + 5),"surface":"テンセント","lang":"zh","kind":"company","hanzi":"騰訊",\
        "hanziSimplified":"腾讯","reading":"テンセント","romaji":"Tensento","pinyin":"Téngxùn","english":["Tencent"],\
        "source":"tsuji-terms","entry":"t:tencent","variantOf":null,"confidence":"dictionary"}
        """
    }

    func documents(_ format: DocumentAnnotator.Format, table: Bool = true) -> DocumentAnnotator {
        DocumentAnnotator(annotator: annotator, options: .init(format: format, table: table))
    }

    @Test func oneDocumentIsOneObjectAndANewline() throws {
        let out = try documents(.json).render([TextDocument(name: "a.txt", text: "今日はテンセント。\n")])
        #expect(out == #"{"format":"tsuji.annotation/1","source":"a.txt","terms":["# + Self.tencent(at: 3) + "]}\n")
    }

    @Test func severalDocumentsAreAnArray() throws {
        let out = try documents(.json).render([
            TextDocument(name: "a.txt", text: "テンセント"), TextDocument(name: "-", text: "なし"),
        ])
        #expect(out == #"[{"format":"tsuji.annotation/1","source":"a.txt","terms":["# + Self.tencent(at: 0) + "]},\n"
            + #"{"format":"tsuji.annotation/1","source":"-","terms":[]}]"# + "\n")
        // No documents: an empty array is not written; there is nothing at all.
        #expect(try documents(.json).render([]) == "")
    }

    @Test func jsonLinesAreAnObjectALine() throws {
        let out = try documents(.jsonl).render([
            TextDocument(name: "a.txt", text: "テンセント"), TextDocument(name: "b.txt", text: ""),
        ])
        #expect(out == #"{"format":"tsuji.annotation/1","source":"a.txt","terms":["# + Self.tencent(at: 0) + "]}\n"
            + #"{"format":"tsuji.annotation/1","source":"b.txt","terms":[]}"# + "\n")
    }

    @Test func htmlInputSaysSoAndCountsInTheSource() throws {
        // By name, by its start, or as told; offsets count the markup.
        let page = TextDocument(name: "p.HTML", text: "<p>テンセント</p>")
        let expected = #"{"format":"tsuji.annotation/1","source":"p.HTML","input":"html","terms":["#
            + Self.tencent(at: 3) + "]}\n"
        #expect(try documents(.json).render([page]) == expected)
        let sniffed = TextDocument(name: "-", text: "<!DOCTYPE html><p>テンセント</p>")
        #expect(try documents(.json).render([sniffed]).contains(#""source":"-","input":"html","terms":[{"start":18,"#))
        var asText = documents(.json)
        asText.options.inputFormat = .text
        #expect(try asText.render([page]) == #"{"format":"tsuji.annotation/1","source":"p.HTML","terms":["#
            + Self.tencent(at: 3) + "]}\n")
    }

    @Test func offsetsRunOnAcrossStreamedPieces() throws {
        // 70,000 scalars (210 KB) then a paragraph break: the second piece starts at 70,002.
        let text = String(repeating: "あ", count: 70_000) + "\n\nテンセント"
        let expected = #"{"format":"tsuji.annotation/1","source":"long","terms":["# + Self.tencent(at: 70_002) + "]}\n"
        #expect(try documents(.json).render([TextDocument(name: "long", text: text)]) == expected)
        // The same when the text arrives in small chunks.
        var out = ""
        try documents(.json).annotate(["long"], open: { _ in Chunks(text, size: 1000) }, write: { out += $0 })
        #expect(out == expected)
    }

    @Test func textGlossesAndTabulates() throws {
        let text = TextDocument(name: "a.txt", text: "今日はテンセント。\n")
        #expect(try documents(.text).render([text]) == """
            今日はテンセント〔Téngxùn · Tencent〕。

            ── terms ──
            term        pinyin   reading                English  count
            テンセント  Téngxùn  テンセント (Tensento)  Tencent  1

            """)
        #expect(try documents(.text, table: false).render([text]) == "今日はテンセント〔Téngxùn · Tencent〕。\n")
    }

    @Test func eachInputIsToldWhenItsOutputIsWritten() throws {
        var events: [String] = []
        struct Logged: DocumentInput {
            let name: String
            var inner: TextInput
            let log: (String) -> Void
            mutating func readMore(into text: inout String) -> Bool { inner.readMore(into: &text) }
            func didWriteOutput() { log("done \(name)") }
        }
        try documents(.json).annotate(["a", "b"], open: { name in Logged(name: name, inner: TextInput("x"), log: { events.append($0) }) },
                                      write: { events.append($0) })
        #expect(events == [
            "[", #"{"format":"tsuji.annotation/1","source":"a","terms":["#, "]}", "done a", ",\n",
            #"{"format":"tsuji.annotation/1","source":"b","terms":["#, "]}", "done b", "]\n",
        ])
    }

    @Test func anHTMLPageStandsAlone() {
        let page = TextDocument(name: "p.html", text: "<p>x</p>")
        #expect(throws: DocumentAnnotator.Error.htmlPageWithOtherDocuments(name: "p.html", count: 2)) {
            try documents(.html).render([TextDocument(name: "a.txt", text: "y"), page])
        }
        #expect("\(DocumentAnnotator.Error.htmlPageWithOtherDocuments(name: "p.html", count: 2))"
            == "p.html: --format html with HTML input takes one input file (got 2)")
        // Alone, it is annotated in place; with Markdown, its text is read out.
        #expect(throws: Never.self) { try documents(.html).render([page]) }
        #expect(throws: Never.self) { try documents(.markdown).render([TextDocument(name: "a.txt", text: "y"), page]) }
    }

    @Test func readsAsHTMLByOptionThenName() {
        let auto = documents(.json)
        #expect(auto.readsAsHTML(name: "a.htm") == true)
        #expect(auto.readsAsHTML(name: "a.txt") == nil)
        var told = auto
        told.options.inputFormat = .html
        #expect(told.readsAsHTML(name: "a.txt") == true)
        told.options.inputFormat = .text
        #expect(told.readsAsHTML(name: "a.html") == false)
    }
}

/// A text handed out `size` scalars at a time.
struct Chunks: DocumentInput {
    var rest: Substring.UnicodeScalarView
    let size: Int

    init(_ text: String, size: Int) {
        rest = Substring(text).unicodeScalars
        self.size = size
    }

    mutating func readMore(into text: inout String) -> Bool {
        guard !rest.isEmpty else { return false }
        text.unicodeScalars.append(contentsOf: rest.prefix(size))
        rest = rest.dropFirst(size)
        return true
    }
}
