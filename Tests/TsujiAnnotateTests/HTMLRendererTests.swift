import Foundation
import Testing
import TsujiAnnotate

@Suite struct HTMLRendererTests {
    static let qwenRuby = #"<ruby class="term zh" data-entry="tsuji-terms:qwen">通義千問<rp>(</rp><rt lang="zh-Latn-pinyin">Tōngyì Qiānwèn</rt><rp>)</rp></ruby>"#

    /// The inside of `<article …>…</article>`, as written.
    static func articleMarkup(_ html: String) -> String? {
        guard let open = html.range(of: "<article class=\"tsuji-article\">"),
              let close = html.range(of: "</article>", range: open.upperBound..<html.endIndex) else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    @Test func standalonePageNeedsNoNetwork() {
        let html = HTMLRenderer().render(RenderFixtures.document("通義千問です。", [RenderFixtures.qwen], source: "news/記事.txt"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>記事.txt · tsuji</title>"))
        #expect(html.hasSuffix("</html>\n"))
        for outside in ["http:", "https:", "<script", "<link", "@import", "url(", "src="] {
            #expect(!html.contains(outside), "page refers to \(outside)")
        }
    }

    @Test func paragraphsLinesAndEscaping() throws {
        let text = "中国の「通義千問」。\n次の行 & <tag> \"q\" 'a'\n\n\n　第二段落の腾讯。\n"
        let html = HTMLRenderer().render(RenderFixtures.document(text, [RenderFixtures.qwen, RenderFixtures.tencent]))
        let article = try #require(Self.articleMarkup(html))
        let skeleton = try RenderedHTMLReader.removingInsertions(article)
        #expect(skeleton == "<p>中国の「通義千問」。<br>\n次の行 &amp; &lt;tag&gt; &quot;q&quot; &#39;a&#39;</p>\n\n\n<p>　第二段落の腾讯。</p>\n")
        #expect(try RenderedHTMLReader.articleText(html) == text)
    }

    @Test func blankLinesWithSpacesSeparateParagraphsAndCRLFIsKept() throws {
        let text = "\n  \n一\r\n二\r\n \t\r\n三"
        let html = HTMLRenderer().render(AnnotatedDocument(source: "a", text: text, annotations: []))
        #expect(Self.articleMarkup(html) == "\n  \n<p>一<br>\r\n二</p>\r\n \t\r\n<p>三</p>")
        #expect(try RenderedHTMLReader.articleText(html) == text)
    }

    @Test func rubyOverChineseTermsAndJapaneseWords() throws {
        let text = "帰省中に通義千問とディープシークを使う。"
        let html = HTMLRenderer().render(RenderFixtures.document(text, [RenderFixtures.qwen, RenderFixtures.kisei, RenderFixtures.deepseek]))
        #expect(html.contains(Self.qwenRuby))
        #expect(html.contains(#"<ruby class="term ja" data-entry="edict:1">帰省<rp>(</rp><rt lang="ja">きせい</rt><rp>)</rp></ruby>"#))
        #expect(html.contains(#"<ruby class="term zh" data-entry="article:深度求索">ディープシーク<rp>(</rp><rt lang="zh-Latn-pinyin">Shēndù Qiúsuǒ</rt><rp>)</rp></ruby>"#))
        #expect(try RenderedHTMLReader.articleText(html) == text)
    }

    @Test func kanaWordGetsRomajiAndAnUnknownReadingGetsNoRuby() {
        let katakana = Annotation(start: 0, end: 4, surface: "アリババ", language: .ja, kind: .company, reading: "アリババ",
                                  romaji: "Aribaba", source: "edict", entry: "edict:2", confidence: .dictionary)
        let bare = Annotation(start: 5, end: 7, surface: "豆包", language: .zh, kind: .product, source: "article", confidence: .article)
        let html = HTMLRenderer().render(AnnotatedDocument(source: "a", text: "アリババと豆包", annotations: [katakana, bare]))
        #expect(html.contains(#"<ruby class="term ja" data-entry="edict:2">アリババ<rp>(</rp><rt lang="ja-Latn">Aribaba</rt><rp>)</rp></ruby>"#))
        #expect(html.contains(#"<span class="term zh" data-entry="article:豆包">豆包</span><span class="tsuji-card""#))
    }

    @Test func simplifiedAndTraditionalFormsAreTagged() {
        let html = HTMLRenderer().render(RenderFixtures.document("腾讯", [RenderFixtures.tencent]))
        #expect(html.contains(#"<ruby class="term zh" data-entry="tsuji-terms:tencent" lang="zh-Hans">腾讯<rp>"#))
        #expect(html.contains(#"<span class="tsuji-card-forms"><span lang="zh-Hans">腾讯</span> · テンセント · <span lang="zh-Hant">騰訊</span></span>"#))
        // The traditional form written in a Japanese article stays Japanese.
        let traditional = HTMLRenderer().render(RenderFixtures.document("騰訊", [{ var t = RenderFixtures.tencent; t.surface = "騰訊"; return t }()]))
        #expect(traditional.contains(#"<ruby class="term zh" data-entry="tsuji-terms:tencent">騰訊<rp>"#))
    }

    @Test func cardsCarryEveryFieldAndAreReachableByKeyboard() throws {
        let html = HTMLRenderer().render(RenderFixtures.document("通義千問と通義千問", [RenderFixtures.qwen]))
        let card = #"<span class="tsuji-card" role="tooltip" id="tsuji-card-1"><span class="tsuji-card-forms">通義千問 · <span lang="zh-Hans">通义千问</span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">pinyin</span> <span class="tsuji-value"><span lang="zh-Latn-pinyin">Tōngyì Qiānwèn</span></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">reading</span> <span class="tsuji-value"><span lang="ja">つうぎせんもん</span></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">romaji</span> <span class="tsuji-value"><span lang="ja-Latn">Tsūgi Senmon</span></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">English</span> <span class="tsuji-value"><span lang="en">Qwen; Tongyi Qianwen</span></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">kind</span> <span class="tsuji-value"><span lang="en">product · Chinese term</span></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">source</span> <span class="tsuji-value">tsuji-terms · <code>tsuji-terms:qwen</code></span></span>"#
            + #"<span class="tsuji-row"><span class="tsuji-key" lang="en">confidence</span> <span class="tsuji-value"><span lang="en">dictionary</span></span></span></span>"#
        #expect(html.contains(#"<span class="tsuji-term" tabindex="0" aria-describedby="tsuji-card-1">"# + Self.qwenRuby + card + "</span>"))
        #expect(html.contains(#"aria-describedby="tsuji-card-2""#))
        #expect(html.contains(#"id="tsuji-card-2""#))
        #expect(!html.contains("tsuji-card-3"))
    }

    @Test func stylesheetShowsCardsOnHoverAndFocusAndHidesThemInPrint() throws {
        let html = HTMLRenderer().render(RenderFixtures.document("通義千問", [RenderFixtures.qwen]))
        #expect(html.contains(".tsuji-card { display: none;"))
        #expect(html.contains(".tsuji-term:hover .tsuji-card, .tsuji-term:focus-within .tsuji-card { display: block; }"))
        let print = try #require(html.range(of: "@media print {"))
        #expect(html[print.upperBound...].contains(".tsuji-card { display: none !important; }"))
        #expect(!html[print.upperBound...].contains(".tsuji-terms { display: none"))
    }

    @Test func everythingFromTheDataIsEscaped() throws {
        let text = "<甲乙> & \"甲乙\""
        let html = HTMLRenderer().render(RenderFixtures.document(text, [RenderFixtures.nasty]))
        #expect(html.contains(#"data-entry="user:a&amp;b&quot;&lt;c&gt;&#39;""#))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b>"))
        #expect(html.contains(#"<rt lang="zh-Latn-pinyin">jiǎ&quot;yǐ&#39;</rt>"#))
        #expect(try RenderedHTMLReader.articleText(html) == text)
        let titled = HTMLRenderer().render(AnnotatedDocument(source: "dir/<a&'b\">.txt", text: "x", annotations: []))
        #expect(titled.contains("<title>&lt;a&amp;&#39;b&quot;&gt;.txt · tsuji</title>"))
    }

    @Test func termTableListsDistinctTermsWithCounts() throws {
        let text = "通義千問、腾讯、通義千問、帰省。"
        let document = RenderFixtures.document(text, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
        let html = HTMLRenderer().render(document)
        let table = try #require(html.range(of: "<section class=\"tsuji-terms\"").map { html[$0.lowerBound...] })
        #expect(table.components(separatedBy: "<tr class=").count - 1 == 3)
        #expect(table.contains(#"<td class="tsuji-count">2</td>"#))
        #expect(table.contains(#"<tr class="ja"><td class="tsuji-table-forms">帰省</td><td></td><td><span lang="ja">きせい</span> <span lang="ja-Latn">(kisei)</span></td>"#))
        #expect(!HTMLRenderer(table: false).render(document).contains("tsuji-terms\""))
        #expect(!HTMLRenderer().render(AnnotatedDocument(source: "a", text: "x", annotations: [])).contains("<table>"))
    }

    @Test func titleFromTheSourceName() {
        #expect(HTMLRenderer.displayName("/home/a/記事.txt") == "記事.txt")
        #expect(HTMLRenderer.displayName("-") == "standard input")
        #expect(HTMLRenderer.displayName("a.txt") == "a.txt")
        let two = HTMLRenderer().renderPage([RenderFixtures.document("a", []), RenderFixtures.document("b", [])])
        #expect(two.contains("<title>2 documents · tsuji</title>"))
        #expect(two.components(separatedBy: "<article").count == 3)
    }

    @Test func cardIdsAreUniqueAcrossDocuments() {
        let first = RenderFixtures.document("通義千問", [RenderFixtures.qwen])
        let html = HTMLRenderer().renderPage([first, first])
        #expect(html.contains("id=\"tsuji-card-1\""))
        #expect(html.contains("id=\"tsuji-card-2\""))
        #expect(html.contains("id=\"tsuji-terms-title-1\""))
        #expect(html.contains("id=\"tsuji-terms-title-2\""))
    }

    @Test func termAcrossALineBreakStaysPlainText() throws {
        var broken = RenderFixtures.qwen
        broken.start = 1
        broken.end = 4
        broken.surface = "b\nc"
        let text = "ab\ncd"
        let html = HTMLRenderer().render(AnnotatedDocument(source: "a", text: text, annotations: [broken]))
        #expect(Self.articleMarkup(html) == "<p>ab<br>\ncd</p>")
    }

    static let handCases = [
        "", "通義千問", "通義千問\n", "\n\n通義千問\n\n\n", "a\r\n通義千問\r\n\r\n腾讯", "<通義千問>&amp;'\"",
        "　字下げ\n\n　通義千問と帰省\n", "😀通義千問👨‍👩‍👧e\u{301}", "[^1] `code` *x*\n\t\n腾讯",
    ]

    @Test func roundTripOverHandWrittenCases() throws {
        for text in Self.handCases {
            let document = RenderFixtures.document(text, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.kisei])
            let html = HTMLRenderer().render(document)
            #expect(try RenderedHTMLReader.articleText(html) == text, "\(text.debugDescription)")
        }
    }

    static func randomPages(count: Int) -> [(text: String, html: String)] {
        var random = SeededRandom(seed: 0x4854_4D4C_5473_756A)
        return (0..<count).map { _ in
            let text = RandomArticles.text(&random)
            let annotations = RandomArticles.annotations(for: text, &random)
            return (text, HTMLRenderer().render(AnnotatedDocument(source: "r", text: text, annotations: annotations)))
        }
    }

    @Test func roundTripProperty() throws {
        for (index, page) in Self.randomPages(count: 400).enumerated() {
            let extracted = try RenderedHTMLReader.articleText(page.html)
            #expect(extracted == page.text, "case \(index): \(page.text.debugDescription)")
            if extracted != page.text { break }
        }
    }

    @Test(.enabled(if: XMLLint.isAvailable, "xmllint is not installed (apt-get install libxml2-utils); the well-formedness check did not run"))
    func xmllintFindsNoErrors() throws {
        let hand = Self.handCases.map {
            HTMLRenderer().render(RenderFixtures.document($0, [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.nasty]))
        }
        let problems = try XMLLint.problems(inHTML: hand + Self.randomPages(count: 300).map(\.html))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(.enabled(if: XMLLint.isAvailable, "xmllint is not installed (apt-get install libxml2-utils); the check did not run"))
    func xmllintReportsBrokenHTML() throws {
        // The check itself can fail: a page with crossed tags and a bare ampersand entity.
        let problems = try XMLLint.problems(inHTML: ["<!DOCTYPE html><html><body><p><b>x</p></b>&foo bar</body></html>"])
        #expect(!problems.isEmpty)
    }
}
