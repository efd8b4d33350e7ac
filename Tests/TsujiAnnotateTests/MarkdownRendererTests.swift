import Testing
import TsujiAnnotate

/// The Markdown output with tsuji's insertions taken out again, read independently of the
/// renderer: the footnote block is the last lines `[^L1]: …` … `[^Lk]: …` (labels numbered 1…k
/// with one prefix), after a `\n\n`; each `[^Li]` in the body is removed, with the `<!---->`
/// that may follow it.
enum MarkdownReader {
    struct Parsed {
        var body: String
        var labels: [String]
        var definitions: [String]
    }

    /// The body of an output; an output equal to its input had nothing inserted (no terms, or
    /// all in code) and is its own body, which also covers an article that ends in lines that
    /// look like footnotes.
    static func body(of markdown: String, input: String) throws -> String {
        markdown == input ? input : try parse(markdown).body
    }

    static func parse(_ markdown: String) throws -> Parsed {
        // Lines split on the byte 0x0A: String's own splitting would treat "\r\n" as one character.
        let none = Parsed(body: markdown, labels: [], definitions: [])
        guard markdown.utf8.last == UInt8(ascii: "\n") else { return none }
        var lines = Array(markdown.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .dropLast().map { String(decoding: $0, as: UTF8.self) }
        guard let last = lines.last, last.hasPrefix("[^"), let close = last.firstIndex(of: "]") else { return none }
        let lastLabel = last[last.index(last.startIndex, offsetBy: 2)..<close]
        let digits = lastLabel.reversed().prefix { $0.isASCII && $0.isNumber }
        let prefix = String(lastLabel.dropLast(digits.count))
        guard let count = Int(String(digits.reversed())) else { return none }
        var definitions: [String] = []
        for number in stride(from: count, through: 1, by: -1) {
            let marker = "[^\(prefix)\(number)]: "
            guard let line = lines.popLast(), line.hasPrefix(marker) else {
                throw MarkdownProblem(description: "footnote \(marker) missing at the end")
            }
            definitions.insert(String(line.dropFirst(marker.count)), at: 0)
        }
        var bodyBytes = Array(lines.joined(separator: "\n").utf8)
        guard bodyBytes.last == UInt8(ascii: "\n") else { throw MarkdownProblem(description: "no blank line before the footnotes") }
        bodyBytes.removeLast()
        let body = String(decoding: bodyBytes, as: UTF8.self)
        let labels = (1...count).map { "\(prefix)\($0)" }
        let text = Bytes(body)
        var out: [UInt8] = []
        var i = 0
        let references = labels.map { "[^\($0)]" }
        while let found = references.compactMap({ reference in text.find(reference, from: i).map { ($0, reference) } })
            .min(by: { $0.0 < $1.0 }) {
            out += text.bytes[i..<found.0]
            i = found.0 + found.1.utf8.count
            if text.hasPrefix(MarkdownRenderer.referenceGuard, at: i) { i += MarkdownRenderer.referenceGuard.utf8.count }
        }
        out += text.bytes[i...]
        return Parsed(body: String(decoding: out, as: UTF8.self), labels: labels, definitions: definitions)
    }

    struct MarkdownProblem: Error, CustomStringConvertible { let description: String }
}

@Suite struct MarkdownRendererTests {
    let text = "中国のAI大手は「通義千問」を公開した。通義千問は無料で、腾讯も追う。\n\n帰省の前に通義千問を試す。\n"

    @Test func footnoteAfterFirstOccurrenceAndDefinitionsAtTheEnd() {
        let document = RenderFixtures.document(text, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
        let expected = """
            中国のAI大手は「通義千問[^1]」を公開した。通義千問は無料で、腾讯[^2]も追う。

            帰省[^3]の前に通義千問を試す。


            [^1]: **通義千問** — Tōngyì Qiānwèn · つうぎせんもん (Tsūgi Senmon) · Qwen; Tongyi Qianwen
            [^2]: **腾讯** — Téngxùn · テンセント (Tensento) · Tencent
            [^3]: **帰省** — きせい (kisei) · homecoming

            """
        #expect(MarkdownRenderer().render(document) == expected)
    }

    @Test func everyOccurrenceRefersToTheSameFootnote() throws {
        let document = RenderFixtures.document(text, [RenderFixtures.qwen])
        let output = MarkdownRenderer(everyOccurrence: true).render(document)
        #expect(output.hasPrefix("中国のAI大手は「通義千問[^1]」を公開した。通義千問[^1]は無料で、腾讯も追う。\n\n帰省の前に通義千問[^1]を試す。\n\n\n[^1]: "))
        #expect(output.components(separatedBy: "[^1]:").count == 2)
        #expect(try MarkdownReader.parse(output).body == text)
    }

    @Test func articleIsNotEscapedOnlyAddedTo() throws {
        let article = "# 見出し\n*強調* と <b>タグ</b> & \"引用\" の中の通義千問_x_ \\ 終わり"
        let output = MarkdownRenderer().render(RenderFixtures.document(article, [RenderFixtures.qwen]))
        #expect(output.hasPrefix("# 見出し\n*強調* と <b>タグ</b> & \"引用\" の中の通義千問[^1]_x_ \\ 終わり\n\n[^1]: "))
        #expect(try MarkdownReader.parse(output).body == article)
    }

    @Test func definitionsAreEscapedAndOneLine() {
        var term = RenderFixtures.nasty
        term.english.append("two\nlines")
        let line = MarkdownRenderer.definition(term)
        #expect(line == #"**甲乙** — jiǎ"yǐ' · こう\<おつ\> (kō \& otsu) · \<b\>A\</b\> \& "B"; \*x\* \_y\_ \[z\](u); two lines · (per-character reading)"#)
        #expect(!line.contains("\n"))
    }

    @Test func remarksForArticleAndVariantMatches() {
        var variant = RenderFixtures.tencent
        variant.surface = "騰讯"
        variant.variantOf = "騰訊"
        #expect(MarkdownRenderer.definition(variant) == "**騰讯** — Téngxùn · テンセント (Tensento) · Tencent · (variant of 騰訊)")
        #expect(MarkdownRenderer.definition(RenderFixtures.deepseek)
            == "**ディープシーク** — Shēndù Qiúsuǒ · ディープシーク (Dīpushīku) · DeepSeek · (learned from the article)")
        let bare = Annotation(start: 0, end: 2, surface: "豆包", language: .zh, kind: .product, source: "article", confidence: .article)
        #expect(MarkdownRenderer.definition(bare) == "**豆包** — (learned from the article)")
    }

    @Test func labelsAvoidTheArticlesOwnFootnotes() throws {
        let article = "通義千問の注[^1]と[^2]: 偽の定義\n"
        let output = MarkdownRenderer().render(RenderFixtures.document(article, [RenderFixtures.qwen]))
        #expect(output == "通義千問[^t1]の注[^1]と[^2]: 偽の定義\n\n\n[^t1]: " + MarkdownRenderer.definition(RenderFixtures.qwen) + "\n")
        let both = "通義千問[^1][^t2]"
        let second = MarkdownRenderer().render(RenderFixtures.document(both, [RenderFixtures.qwen]))
        #expect(second.hasPrefix("通義千問[^tsuji1]<!---->[^1][^t2]\n\n[^tsuji1]: "))
    }

    @Test func guardKeepsAReferenceFromBecomingALink() throws {
        let article = "通義千問(Qwen)と通義千問[x]と通義千問<!---->。"
        let output = MarkdownRenderer(everyOccurrence: true).render(RenderFixtures.document(article, [RenderFixtures.qwen]))
        #expect(output.hasPrefix("通義千問[^1]<!---->(Qwen)と通義千問[^1]<!---->[x]と通義千問[^1]<!----><!---->。\n\n"))
        #expect(try MarkdownReader.parse(output).body == article)
    }

    @Test func noReferenceInsideCode() throws {
        let article = "`通義千問` と\n```\n通義千問\n```\nそして ``a ` 通義千問`` の後の通義千問。\n~~~~\n通義千問\n"
        let output = MarkdownRenderer().render(RenderFixtures.document(article, [RenderFixtures.qwen]))
        #expect(output.hasPrefix("`通義千問` と\n```\n通義千問\n```\nそして ``a ` 通義千問`` の後の通義千問[^1]。\n~~~~\n通義千問\n\n\n[^1]: "))
        #expect(try MarkdownReader.parse(output).body == article)
    }

    @Test func unclosedOrEscapedBacktickIsNotCode() {
        let output = MarkdownRenderer().render(RenderFixtures.document("a ` 通義千問", [RenderFixtures.qwen]))
        #expect(output.hasPrefix("a ` 通義千問[^1]\n\n[^1]: "))
        let escaped = MarkdownRenderer().render(RenderFixtures.document("a \\`通義千問` b", [RenderFixtures.qwen]))
        #expect(escaped.hasPrefix("a \\`通義千問[^1]` b\n\n[^1]: "))
        // The two single backticks pair up across the unmatched runs around them.
        let unmatched = MarkdownRenderer().render(RenderFixtures.document("``a` 通義千問 `b``` c`", [RenderFixtures.qwen]))
        #expect(unmatched == "``a` 通義千問 `b``` c`")
    }

    @Test func noTermsMeansTheTextUnchanged() {
        for article in ["", "通義千問のない文。", "line\n", "\n\n"] {
            #expect(MarkdownRenderer().render(AnnotatedDocument(source: "a", text: article, annotations: [])) == article)
        }
    }

    @Test func severalDocumentsNumberOn() throws {
        let first = RenderFixtures.document("通義千問と腾讯", [RenderFixtures.qwen, RenderFixtures.tencent])
        let second = RenderFixtures.document("また通義千問。\n", [RenderFixtures.qwen])
        let output = MarkdownRenderer().renderAll([first, second])
        #expect(output.hasPrefix("通義千問[^1]と腾讯[^2]\n\n[^1]: "))
        #expect(output.contains("\nまた通義千問[^3]。\n\n\n[^3]: "))
    }

    @Test func roundTripOverHandWrittenCases() throws {
        let cases = [
            text, "", "通義千問", "通義千問\n", "\n\n通義千問\n\n\n", "a\r\n通義千問\r\n\r\n腾讯",
            "[^1]通義千問[^1]", "通義千問[^", "通義千問]: x\n[^1]: y", "😀通義千問👨‍👩‍👧\u{301}",
        ]
        for article in cases {
            for every in [false, true] {
                let document = RenderFixtures.document(article, [RenderFixtures.qwen, RenderFixtures.tencent])
                let output = MarkdownRenderer(everyOccurrence: every).render(document)
                let parsed = try MarkdownReader.parse(output)
                #expect(parsed.body == article, "\(article.debugDescription) every=\(every)")
                #expect(Set(parsed.definitions.map { $0.prefix(8) }).count == parsed.definitions.count)
                #expect(parsed.definitions.count == (article.contains("通義千問") ? 1 : 0) + (article.contains("腾讯") ? 1 : 0))
            }
        }
    }

    @Test func roundTripProperty() throws {
        var random = SeededRandom(seed: 0x7453_756A_694D_44)
        for round in 0..<400 {
            let article = RandomArticles.text(&random)
            let annotations = RandomArticles.annotations(for: article, &random)
            let every = round % 2 == 0
            let output = MarkdownRenderer(everyOccurrence: every).render(AnnotatedDocument(source: "r", text: article, annotations: annotations))
            let body = try MarkdownReader.body(of: output, input: article)
            #expect(body == article, "round \(round): \(article.debugDescription)")
            if output != article {
                // One definition per distinct term that got a reference; no more than the terms.
                #expect(try MarkdownReader.parse(output).definitions.count <= Set(annotations.map(\.termKey)).count)
            }
            if body != article { break }
        }
    }
}
