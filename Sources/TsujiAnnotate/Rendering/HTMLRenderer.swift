import TsujiDictionary
import TsujiText

/// The article as one standalone HTML5 page that needs no network: inline CSS, no fonts or
/// scripts from elsewhere. Each term is a `<ruby>` with pinyin over a Chinese term and kana
/// over a Japanese word,
///
///     <ruby class="term zh" data-entry="tsuji-terms:qwen">通義千問<rp>(</rp><rt lang="zh-Latn-pinyin">Tōngyì Qiānwèn</rt><rp>)</rp></ruby>
///
/// inside a focusable wrapper that also holds a tooltip card (forms, readings, romaji,
/// English, kind, source, confidence) shown by CSS alone on hover or keyboard focus. A table of
/// the terms follows the article; printing hides the cards and keeps the table.
///
/// Plain text: paragraphs (separated by blank lines) become `<p>`, single line breaks `<br>`.
/// The original line breaks stay in the output next to the inserted tags, so the article's
/// text content, without the ruby text and cards, is the input exactly.
///
/// HTML input (`AnnotatedDocument.input == .html`): the page is kept as it is, with ruby
/// inserted around the terms of its text nodes, the stylesheet added to its `<head>` and the
/// term table before `</body>` (and a `<meta charset="utf-8">` when the page declares another
/// encoding or none, because the output is UTF-8).
public struct HTMLRenderer: Sendable {
    /// Whether to add the table of terms.
    public var table = true

    /// A renderer that ends the page with the term table unless `table` is false.
    public init(table: Bool = true) {
        self.table = table
    }

    /// The document as a standalone HTML page (or, for HTML input, the page with ruby inserted).
    public func render(_ document: AnnotatedDocument) -> String {
        document.input == .html ? renderInPlace(document) : renderPage([document])
    }

    // MARK: - Standalone page

    /// One page for plain-text documents, each in its own `<article>`.
    public func renderPage(_ documents: [AnnotatedDocument]) -> String {
        let title = documents.count == 1 ? Self.displayName(documents[0].source) : "\(documents.count) documents"
        var out = """
            <!DOCTYPE html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="tsuji">
            <title>\(Self.escape(title)) · tsuji</title>
            <style>
            \(Self.termStyle)\(Self.pageStyle)</style>
            </head>
            <body>
            <main>

            """
        var cardNumber = 0
        for (index, document) in documents.enumerated() {
            let count = document.distinctTerms.count
            out += "<section class=\"tsuji-document\">\n"
            out += "<header class=\"tsuji-source\"><span class=\"tsuji-source-name\">\(Self.escape(Self.displayName(document.source)))</span>"
            out += " <span lang=\"en\">· \(count) term\(count == 1 ? "" : "s")</span></header>\n"
            out += "<article class=\"tsuji-article\">" + articleBody(document, cardNumber: &cardNumber) + "</article>\n"
            if table && !document.annotations.isEmpty {
                out += Self.termTable(document, id: documents.count == 1 ? "tsuji-terms-title" : "tsuji-terms-title-\(index + 1)") + "\n"
            }
            out += "</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The name shown for a source: the file's last path component, or "standard input".
    public static func displayName(_ source: String) -> String {
        if source == "-" || source.isEmpty { return "standard input" }
        return source.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? source
    }

    /// The article's text, escaped, in paragraphs and lines, with the terms marked up. Nothing
    /// but tags is added: the original characters, line breaks and blank lines included, are
    /// all there in order.
    func articleBody(_ document: AnnotatedDocument, cardNumber: inout Int) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let events = Self.paragraphEvents(scalars)
        var eventIndex = 0
        var out = UTF8Writer(capacity: scalars.count * 4)
        func flushEvents(through offset: Int) {
            while eventIndex < events.count && events[eventIndex].offset <= offset {
                out.append(events[eventIndex].tag)
                eventIndex += 1
            }
        }
        func emitText(_ range: Range<Int>) {
            for i in range {
                flushEvents(through: i)
                Self.appendEscaped(scalars[i], to: &out)
            }
        }
        var position = 0
        for annotation in document.annotations
        where annotation.start >= position && annotation.end <= scalars.count && annotation.start < annotation.end {
            // A term never spans a line break here; one that does (only possible in a hand-made
            // document) stays plain text so that the paragraph structure holds.
            if scalars[annotation.start..<annotation.end].contains(where: Self.isLineBreak) { continue }
            emitText(position..<annotation.start)
            flushEvents(through: annotation.start)
            cardNumber += 1
            let surface = Self.escape(scalars[annotation.start..<annotation.end])
            out.append(Self.termMarkup(annotation, base: surface, displaySurface: annotation.surface,
                                       cardID: "tsuji-card-\(cardNumber)"))
            position = annotation.end
        }
        emitText(position..<scalars.count)
        flushEvents(through: scalars.count)
        return out.string
    }

    /// Tags to insert at scalar offsets: `<p>` at the start of the first line of a paragraph,
    /// `<br>` before each line break inside one, `</p>` after its last line's text (before
    /// that line's break). A paragraph is a run of lines that are not blank (a blank line has
    /// only spaces and tabs; an ideographic space indents, so it counts as text).
    static func paragraphEvents(_ scalars: [Unicode.Scalar]) -> [(offset: Int, tag: String)] {
        var lines: [(start: Int, contentEnd: Int, blank: Bool)] = []
        var start = 0
        var i = 0
        var blank = true
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\n" || scalar == "\r" {
                lines.append((start, i, blank))
                i += scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" ? 2 : 1
                start = i
                blank = true
            } else {
                if scalar != " " && scalar != "\t" { blank = false }
                i += 1
            }
        }
        if start < scalars.count { lines.append((start, scalars.count, blank)) }
        var events: [(offset: Int, tag: String)] = []
        var open = false
        for (index, line) in lines.enumerated() where !line.blank {
            if !open {
                events.append((line.start, "<p>"))
                open = true
            }
            if index + 1 < lines.count && !lines[index + 1].blank {
                events.append((line.contentEnd, "<br>"))
            } else {
                events.append((line.contentEnd, "</p>"))
                open = false
            }
        }
        return events
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    // MARK: - HTML input

    /// The HTML source with ruby around its terms, tsuji's stylesheet before `</head>` and the
    /// term table before `</body>`. Every byte of the source is kept, in order.
    public func renderInPlace(_ document: AnnotatedDocument) -> String {
        let nodes = HTMLTextNodes(document.text)
        let scalars = nodes.scalars
        var insertions: [(offset: Int, text: String)] = []
        if !nodes.declaresUTF8 { insertions.append((nodes.charsetInsertionOffset, Self.charsetDeclaration)) }
        insertions.append((nodes.headInsertionOffset, "<style id=\"tsuji-style\">\n" + Self.termStyle + "</style>"))
        if table && !document.annotations.isEmpty {
            insertions.append((nodes.bodyEndOffset, Self.termTable(document, id: "tsuji-terms-title", sourceIsHTML: true)))
        }
        // Stable: the charset declaration stays before the style when both go to one place.
        insertions = insertions.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        var insertionIndex = 0
        var out = UTF8Writer(capacity: scalars.count * 4)
        func flushInsertions(through offset: Int) {
            while insertionIndex < insertions.count && insertions[insertionIndex].offset <= offset {
                out.append(insertions[insertionIndex].text)
                insertionIndex += 1
            }
        }
        func emitSource(_ range: Range<Int>) {
            for i in range {
                flushInsertions(through: i)
                out.append(scalars[i])
            }
        }
        var position = 0
        var cardNumber = 0
        for annotation in document.annotations
        where annotation.start >= position && annotation.end <= scalars.count && annotation.start < annotation.end {
            emitSource(position..<annotation.start)
            flushInsertions(through: annotation.start)
            cardNumber += 1
            let base = UTF8Writer.string(scalars[annotation.start..<annotation.end])
            out.append(Self.termMarkup(
                annotation, base: base, displaySurface: HTMLTextNodes.decodeCharacterReferences(annotation.surface),
                cardID: "tsuji-card-\(cardNumber)"))
            position = annotation.end
        }
        emitSource(position..<scalars.count)
        flushInsertions(through: scalars.count)
        return out.string
    }

    /// Added to a page that does not declare UTF-8, since tsuji writes UTF-8 whatever the
    /// input's encoding was.
    public static let charsetDeclaration = "<meta charset=\"utf-8\" data-tsuji=\"\">"

    // MARK: - Terms

    /// A term's markup: focusable wrapper, ruby (or a plain span when there is nothing to put
    /// over the term), and the card. `base` is HTML already (escaped text, or the source slice
    /// of an HTML input); `displaySurface` is the surface as text.
    static func termMarkup(_ annotation: Annotation, base: String, displaySurface: String, cardID: String) -> String {
        let classes = "term \(annotation.language.rawValue)"
        var attributes = " class=\"\(classes)\" data-entry=\"\(escape(annotation.termKey))\""
        if let lang = baseLanguage(annotation, surface: displaySurface) { attributes += " lang=\"\(lang)\"" }
        var out = "<span class=\"tsuji-term\" tabindex=\"0\" aria-describedby=\"\(cardID)\">"
        if let ruby = rubyText(annotation, surface: displaySurface) {
            out += "<ruby\(attributes)>\(base)<rp>(</rp><rt lang=\"\(ruby.lang)\">\(escape(ruby.text))</rt><rp>)</rp></ruby>"
        } else {
            out += "<span\(attributes)>\(base)</span>"
        }
        out += card(annotation, surface: displaySurface, id: cardID)
        out += "</span>"
        return out
    }

    /// What goes over a term: pinyin over a Chinese term, kana over a Japanese word; romaji
    /// when the word is written in kana already; nothing when nothing is known.
    static func rubyText(_ annotation: Annotation, surface: String) -> (text: String, lang: String)? {
        if annotation.language == .zh, let pinyin = annotation.pinyin, !pinyin.isEmpty { return (pinyin, "zh-Latn-pinyin") }
        if let reading = annotation.reading, !reading.isEmpty, reading != surface { return (reading, "ja") }
        if let romaji = annotation.romaji, !romaji.isEmpty, romaji != surface { return (romaji, "ja-Latn") }
        return nil
    }

    /// The language of a term as written in the article, when it is not the page's Japanese:
    /// a Chinese term written in its simplified form.
    static func baseLanguage(_ annotation: Annotation, surface: String) -> String? {
        guard annotation.language == .zh, let simplified = annotation.hanziSimplified,
              surface == simplified, simplified != annotation.hanzi else { return nil }
        return "zh-Hans"
    }

    /// The language tag of one written form: simplified or traditional Chinese when the form is
    /// the one that differs between the two; else none (the page's Japanese). The form the
    /// article wrote stays Japanese unless it is the simplified one (騰訊 in a Japanese article
    /// is Japanese as much as traditional Chinese).
    static func formLanguage(_ form: String, _ annotation: Annotation, surface: String) -> String? {
        guard let simplified = annotation.hanziSimplified, let hanzi = annotation.hanzi, simplified != hanzi else { return nil }
        if form == simplified { return "zh-Hans" }
        if form == hanzi && form != surface && annotation.language == .zh { return "zh-Hant" }
        return nil
    }

    static func forms(_ annotation: Annotation, surface: String) -> [String] {
        var forms: [String] = []
        var seen = UniqueStrings()
        for form in [surface] + annotation.forms + [annotation.hanzi, annotation.hanziSimplified].compactMap({ $0 })
        where !form.isEmpty && seen.insert(form) {
            forms.append(form)
        }
        return forms
    }

    static func formsHTML(_ annotation: Annotation, surface: String) -> String {
        forms(annotation, surface: surface).map { form in
            formLanguage(form, annotation, surface: surface).map { "<span lang=\"\($0)\">\(escape(form))</span>" } ?? escape(form)
        }.joined(separator: " · ")
    }

    /// The tooltip card: every form, the readings, romaji, English, kind, source, confidence.
    static func card(_ annotation: Annotation, surface: String, id: String) -> String {
        var rows: [(String, String)] = []
        if let pinyin = annotation.pinyin { rows.append(("pinyin", "<span lang=\"zh-Latn-pinyin\">\(escape(pinyin))</span>")) }
        if let reading = annotation.reading { rows.append(("reading", "<span lang=\"ja\">\(escape(reading))</span>")) }
        if let romaji = annotation.romaji { rows.append(("romaji", "<span lang=\"ja-Latn\">\(escape(romaji))</span>")) }
        if !annotation.english.isEmpty {
            rows.append(("English", "<span lang=\"en\">\(escape(annotation.english.joined(separator: "; ")))</span>"))
        }
        let language = annotation.language == .zh ? "Chinese term" : "Japanese word"
        rows.append(("kind", "<span lang=\"en\">\(escape(annotation.kind.rawValue)) · \(language)</span>"))
        var source = escape(annotation.source)
        if let entry = annotation.entry { source += " · <code>\(escape(entry))</code>" }
        rows.append(("source", source))
        rows.append(("confidence", "<span lang=\"en\">\(escape(annotation.confidence.rawValue))</span>"))
        if let variant = annotation.variantOf { rows.append(("variant of", escape(variant))) }
        if let note = annotation.note { rows.append(("note", escape(note))) }
        var out = "<span class=\"tsuji-card\" role=\"tooltip\" id=\"\(id)\">"
        out += "<span class=\"tsuji-card-forms\">\(formsHTML(annotation, surface: surface))</span>"
        for (key, value) in rows {
            out += "<span class=\"tsuji-row\"><span class=\"tsuji-key\" lang=\"en\">\(key)</span> <span class=\"tsuji-value\">\(value)</span></span>"
        }
        return out + "</span>"
    }

    /// The table of distinct terms, in order of first appearance.
    static func termTable(_ document: AnnotatedDocument, id: String, sourceIsHTML: Bool = false) -> String {
        var out = "<section class=\"tsuji-terms\" aria-labelledby=\"\(id)\">"
        out += "<h2 id=\"\(id)\" lang=\"en\">Terms</h2>\n<table>\n<thead lang=\"en\"><tr>"
        for heading in ["term", "pinyin", "reading", "English", "kind", "source", "count"] {
            out += "<th scope=\"col\">\(heading)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (annotation, count) in document.distinctTerms {
            let surface = sourceIsHTML ? HTMLTextNodes.decodeCharacterReferences(annotation.surface) : annotation.surface
            var reading = annotation.reading.map { "<span lang=\"ja\">\(escape($0))</span>" } ?? ""
            if let romaji = annotation.romaji {
                reading += (reading.isEmpty ? "" : " ") + "<span lang=\"ja-Latn\">(\(escape(romaji)))</span>"
            }
            let pinyin = annotation.pinyin.map { "<span lang=\"zh-Latn-pinyin\">\(escape($0))</span>" } ?? ""
            let english = annotation.english.isEmpty ? "" : "<span lang=\"en\">\(escape(annotation.english.joined(separator: "; ")))</span>"
            out += "<tr class=\"\(annotation.language.rawValue)\">"
            out += "<td class=\"tsuji-table-forms\">\(formsHTML(annotation, surface: surface))</td>"
            out += "<td>\(pinyin)</td><td>\(reading)</td><td>\(english)</td>"
            out += "<td lang=\"en\">\(escape(annotation.kind.rawValue))</td>"
            out += "<td lang=\"en\">\(escape(annotation.source)) · \(escape(annotation.confidence.rawValue))</td>"
            out += "<td class=\"tsuji-count\">\(count)</td></tr>\n"
        }
        out += "</tbody>\n</table></section>"
        return out
    }

    // MARK: - Escaping

    /// Text made safe for both element content and quoted attribute values.
    public static func escape(_ text: String) -> String { escape(text.unicodeScalars) }

    static func escape<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var out = UTF8Writer(capacity: scalars.underestimatedCount)
        for scalar in scalars { appendEscaped(scalar, to: &out) }
        return out.string
    }

    static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout UTF8Writer) {
        switch scalar {
        case "&": out.append("&amp;")
        case "<": out.append("&lt;")
        case ">": out.append("&gt;")
        case "\"": out.append("&quot;")
        case "'": out.append("&#39;")
        default: out.append(scalar)
        }
    }
}
