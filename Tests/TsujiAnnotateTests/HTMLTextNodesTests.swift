import Testing
import TsujiAnnotate
import TsujiText
import TsujiDictionary

@Suite struct HTMLTextNodesTests {
    /// The decoded text of the annotatable text nodes, for short checks.
    static func texts(_ html: String) -> [String] {
        HTMLTextNodes(html).textNodes.filter(\.annotatable).map(\.decodedText)
    }

    static func raw(_ nodes: HTMLTextNodes, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: nodes.scalars[range])
        return String(view)
    }

    @Test func segmentsCoverTheSourceInOrder() {
        let html = "<!DOCTYPE html><p class=a>通義千問 &amp; <b>腾讯</b></p><!-- c --><script>x<y</script>末"
        let nodes = HTMLTextNodes(html)
        var position = 0
        for segment in nodes.segments {
            #expect(segment.range.lowerBound == position)
            position = segment.range.upperBound
        }
        #expect(position == html.unicodeScalars.count)
        #expect(Self.texts(html) == ["通義千問 & ", "腾讯", "末"])
    }

    @Test func scriptStyleCommentsAndRawTextAreNotText() {
        let html = """
            <head><title>通義千問</title><style>p::after { content: "<通義千問>" }</style></head>
            <script>if (a<b && c>d) { s = "</p>通義千問"; }</script ><!-- 通義千問 --><!-->本文<!--->
            <textarea><b>通義千問</b></textarea><noscript><p>通義千問</p></noscript><?php 通義千問 ?><!x 通義千問>
            """
        let texts = Self.texts(html).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(texts == ["本文"])
    }

    @Test func scriptEndTagNeedsItsWholeName() {
        #expect(Self.texts("<script>a</scripts>b</SCRIPT>後") == ["後"])
        #expect(Self.texts("<style>x</style") == [])
        #expect(Self.texts("<plaintext><b>通義千問</b>") == [])
    }

    @Test func attributeValuesAreSkippedQuotedOrNot() {
        #expect(Self.texts(#"<a title="通義千問 > x" data-x='a>b' href=x>本文</a>"#) == ["本文"])
        #expect(Self.texts("<a title=a>b>") == ["b>"])
        #expect(Self.texts("<img alt=\"通義千問\"/>後<br/>") == ["後"])
        #expect(Self.texts("<p =x \"q>後") == ["後"])
        // An unterminated tag runs to the end, as in browsers.
        #expect(Self.texts("前<a title=\"x>後") == ["前"])
    }

    @Test func lessThanThatStartsNoTagIsText() {
        #expect(Self.texts("a < b <3 <> </ 3> c<") == ["a < b <3 <> ", " c<"])
    }

    @Test func characterReferencesDecodeAndMapBack() throws {
        let html = "&amp;&lt;&#36890;&#x7FA9;&#X5343;&copy;&bogus;&amp x&#0;&#x80;&#xD800;&#1114112;&#;&"
        let node = try #require(HTMLTextNodes(html).textNodes.first)
        #expect(node.decodedText == "&<通義千©&bogus;& x\u{FFFD}€\u{FFFD}\u{FFFD}&#;&")
        let nodes = HTMLTextNodes(html)
        let pieces = node.decoded.indices.map { Self.raw(nodes, node.sourceOffsets[$0]..<node.sourceOffsets[$0 + 1]) }
        #expect(pieces.prefix(7) == ["&amp;", "&lt;", "&#36890;", "&#x7FA9;", "&#X5343;", "&copy;", "&"])
        #expect(pieces.joined() == html)
    }

    @Test func rubyCodeAndSelectTextIsKeptPlain() {
        let nodes = HTMLTextNodes("<ruby>漢<rt>かん</rt></ruby>通<code>通義千問</code>義<svg><text>字</text></svg>問<select><option>千</option></select>終")
        #expect(nodes.textNodes.map(\.annotatable) == [false, false, true, false, true, false, true, false, true])
        #expect(nodes.textNodes.filter(\.annotatable).map(\.decodedText) == ["通", "義", "問", "終"])
    }

    @Test func insertionPoints() {
        func points(_ html: String) -> (String, String) {
            let nodes = HTMLTextNodes(html)
            let scalars = Array(html.unicodeScalars)
            func after(_ offset: Int) -> String { String(String.UnicodeScalarView(scalars[offset...])) }
            return (after(nodes.headInsertionOffset), after(nodes.bodyEndOffset))
        }
        let full = points("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>")
        #expect(full.0.hasPrefix("</head>"))
        #expect(full.1 == "</body></html>")
        #expect(points("<html><head><meta charset=utf-8><body>x").0 == "<meta charset=utf-8><body>x")
        #expect(points("<html><meta charset=utf-8><body>x").0 == "<body>x")
        #expect(points("<head><title>t</title><p>x").0 == "<title>t</title><p>x")
        #expect(points("<html lang=ja><p>x</html>").0 == "<p>x</html>")
        #expect(points("<html lang=ja><p>x</html>").1 == "</html>")
        #expect(points("<!doctype html><p>x").0 == "<p>x")
        #expect(points("<p>x").0 == "<p>x")
        #expect(points("<p>x").1 == "")
        // Tags inside comments and scripts do not count.
        #expect(points("<html><!-- </head> --><script>'</head>'</script><head></head>").0 == "</head>")
    }

    @Test func readableTextDropsMarkupAndKeepsBlocks() {
        let html = "<html><head><title>t</title></head><body>\n  <h1>見出し</h1>\n  <p>アリババの<b>通義</b>千問は\n  &amp;です。</p>"
            + "<p>二<br>行<br><br>目</p><ul><li>一</li><li>二</li></ul><p><ruby>漢<rt>かん</rt></ruby>字</p>"
            + "<script>x</script><!-- c --></body></html>\n"
        #expect(HTMLTextNodes(html).readableText() == "見出し\n\nアリババの通義千問は\n  &です。\n\n二\n行\n\n目\n\n一\n二\n\n漢字\n")
        #expect(HTMLTextNodes("<p> </p>").readableText() == "")
        #expect(HTMLTextNodes("<p>　字下げ</p>").readableText() == "　字下げ\n")
    }

    @Test func charsetDeclarations() {
        #expect(HTMLTextNodes("<head><meta charset=\"UTF-8\">").declaresUTF8)
        #expect(HTMLTextNodes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">").declaresUTF8)
        #expect(!HTMLTextNodes("<meta charset=EUC-JP><meta charset=utf-8>").declaresUTF8)
        #expect(!HTMLTextNodes("<meta name=x content=\"utf-8\"><p>x").declaresUTF8)
        #expect(!HTMLTextNodes("<!-- <meta charset=utf-8> --><p>x").declaresUTF8)
        let page = "<html><head><title>t</title><meta charset=\"euc-jp\"></head><body>x</body></html>"
        let rendered = HTMLRenderer().render(AnnotatedDocument(source: "a.html", text: page, annotations: [], input: .html))
        #expect(rendered.hasPrefix("<html><head><meta charset=\"utf-8\" data-tsuji=\"\"><title>t</title><meta charset=\"euc-jp\"><style id="))
    }

    @Test func looksLikeHTML() {
        #expect(HTMLTextNodes.looksLikeHTML("<!DOCTYPE html>\n<html>"))
        #expect(HTMLTextNodes.looksLikeHTML("\u{FEFF}  <!doctype HTML>"))
        #expect(HTMLTextNodes.looksLikeHTML("<!-- saved -->\n<HTML lang=ja>"))
        #expect(HTMLTextNodes.looksLikeHTML("<html>"))
        #expect(!HTMLTextNodes.looksLikeHTML("<htmlx>"))
        #expect(!HTMLTextNodes.looksLikeHTML("記事 <html> について"))
        #expect(!HTMLTextNodes.looksLikeHTML("<p>段落</p>"))
        #expect(!HTMLTextNodes.looksLikeHTML(""))
    }

    @Test func extractionJoinsNodesAndMapsBack() throws {
        let html = "<p>通&#32681;千問</p><p>腾<b>讯</b></p>"
        let nodes = HTMLTextNodes(html)
        let extraction = nodes.extraction()
        #expect(extraction.text == "通義千問\n腾\n讯")
        let range = try #require(extraction.sourceRange(of: 0..<4))
        #expect(Self.raw(nodes, range) == "通&#32681;千問")
        #expect(extraction.sourceRange(of: 5..<8) == nil)
        #expect(extraction.sourceRange(of: 3..<5) == nil)
        #expect(extraction.sourceRange(of: 2..<2) == nil)
    }

    /// Terms placed on the page through the extraction, as `annotateHTML` does.
    static func annotatedPage(_ html: String, _ templates: [Annotation]) -> AnnotatedDocument {
        let nodes = HTMLTextNodes(html)
        let extraction = nodes.extraction()
        let annotations = RenderFixtures.annotations(in: extraction.text, templates).compactMap { annotation -> Annotation? in
            guard let range = extraction.sourceRange(of: annotation.start..<annotation.end) else { return nil }
            var placed = annotation
            placed.start = range.lowerBound
            placed.end = range.upperBound
            placed.surface = raw(nodes, range)
            return placed
        }
        return AnnotatedDocument(source: "page.html", text: html, annotations: annotations, input: .html)
    }

    static let page = """
        <!DOCTYPE html>
        <html lang="ja">
        <head>
        <meta charset="utf-8">
        <title>通義千問の記事</title>
        <style>.x::before { content: "通義千問" }</style>
        </head>
        <body>
        <h1 title="通義千問">通義千問と腾讯</h1>
        <p class="lead">アリババの<a href="/q?a=1&amp;b=通義千問">通&#32681;千問</a>は &lt;AI&gt; です。</p>
        <script>document.title = "通義千問 < 腾讯";</script>
        <p>帰省<br>中の<ruby>通義千問<rt>つうぎせんもん</rt></ruby></p>
        </body>
        </html>

        """

    @Test func inPlaceKeepsEveryByteOfThePage() throws {
        let document = Self.annotatedPage(Self.page, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
        #expect(document.annotations.map(\.surface) == ["通義千問", "腾讯", "通&#32681;千問", "帰省"])
        let html = HTMLRenderer().render(document)
        #expect(try RenderedHTMLReader.removingInsertions(html) == Self.page)
        #expect(html.contains("<style id=\"tsuji-style\">\n"))
        #expect(!html.contains("data-tsuji"), "the page declares UTF-8 already")
        #expect(html.range(of: "<style id=\"tsuji-style\">")!.lowerBound < html.range(of: "</head>")!.lowerBound)
        #expect(html.range(of: "<section class=\"tsuji-terms\"")!.lowerBound < html.range(of: "</body>")!.lowerBound)
        // The source's own spelling is the ruby base; the card shows it decoded.
        #expect(html.contains(#"<ruby class="term zh" data-entry="tsuji-terms:qwen">通&#32681;千問<rp>(</rp>"#))
        #expect(html.contains(#"<title>通義千問の記事</title>"#))
        #expect(html.contains(#"<h1 title="通義千問"><span class="tsuji-term""#))
        #expect(html.contains(#"<ruby>通義千問<rt>つうぎせんもん</rt></ruby>"#))
        #expect(!html.contains(#"<style id="tsuji-style">"# + "\n" + ":root { color-scheme"))
    }

    @Test func inPlaceWithoutTermsOnlyAddsTheStylesheet() throws {
        let html = "<p>何もない</p>"
        let rendered = HTMLRenderer().render(AnnotatedDocument(source: "a.html", text: html, annotations: [], input: .html))
        #expect(rendered.hasPrefix("<meta charset=\"utf-8\" data-tsuji=\"\"><style id=\"tsuji-style\">"))
        #expect(try RenderedHTMLReader.removingInsertions(rendered) == html)
    }

    @Test func inPlaceRoundTripProperty() throws {
        var random = SeededRandom(seed: 0x5061_6765)
        let parts = ["<p>", "</p>", "<b class=\"x\">", "</b>", "<br>", "<a href='?a=1&amp;b=2'>", "</a>", "<!-- 通義千問 -->",
                     "<script>'通義千問</p>'</script>", "<code>通義千問</code>", "&amp;", "&#36890;", "通義千問", "腾讯", "帰省",
                     "の", "中", "\n", " ", "<", ">", "&", "😀", "<ruby>腾讯<rt>x</rt></ruby>", "<title>腾讯</title>"]
        for round in 0..<300 {
            var html = round % 3 == 0 ? "<!DOCTYPE html><html><head></head><body>" : ""
            for _ in 0..<Int.random(in: 0...30, using: &random) { html += parts.randomElement(using: &random)! }
            if round % 3 == 0 { html += "</body></html>" }
            let document = Self.annotatedPage(html, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
            for annotation in document.annotations {
                #expect(RenderFixtures.slice(html, annotation.start..<annotation.end) == annotation.surface)
            }
            let rendered = HTMLRenderer().render(document)
            let restored = try RenderedHTMLReader.removingInsertions(rendered)
            #expect(restored == html, "round \(round): \(html.debugDescription)")
            if restored != html { break }
        }
    }

    @Test(.enabled(if: XMLLint.isAvailable, "xmllint is not installed (apt-get install libxml2-utils); the well-formedness check did not run"))
    func inPlacePageStaysWellFormed() throws {
        let document = Self.annotatedPage(Self.page, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
        let problems = try XMLLint.problems(inHTML: [Self.page, HTMLRenderer().render(document)])
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func annotatorFindsTermsInTextNodesOnly() throws {
        let entry = Entry(id: "user:qwen", source: "user", language: .zh, kind: .product, japanese: ["通義千問"],
                          traditional: ["通義千問"], simplified: ["通义千问"], readings: ["つうぎせんもん"],
                          pinyin: ["Tōngyì Qiānwèn"], english: ["Qwen"])
        let stack = DictionaryStack(layers: [MemoryDictionary(source: .user, entries: [entry])])
        let annotator = Annotator(stack: stack, options: .init(learnFromArticle: false, fallback: false))
        let html = "<p title=\"通義千問\">通&#32681;千問と<b>通義</b>千問</p><script>通義千問</script><!--通義千問-->通义千问"
        let annotations = annotator.annotateHTML(html)
        #expect(annotations.map(\.surface) == ["通&#32681;千問", "通义千问"])
        for annotation in annotations {
            #expect(RenderFixtures.slice(html, annotation.start..<annotation.end) == annotation.surface)
            #expect(annotation.entry == "user:qwen")
        }
        let json = JSONRenderer().render(AnnotatedDocument(source: "p.html", text: html, annotations: annotations, input: .html))
        #expect(json.hasPrefix(#"{"format":"tsuji.annotation/1","source":"p.html","input":"html","terms":[{"start":16,"end":27,"surface":"通&#32681;千問""#))
    }
}
