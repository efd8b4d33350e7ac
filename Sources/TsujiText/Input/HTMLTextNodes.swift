/// An HTML source split into markup and text, so that tsuji can annotate the text nodes of a
/// page and keep every byte of its markup.
///
/// A small tolerant tokenizer after the HTML standard's tokenizer states, not a tree builder:
/// tags (with attributes, quoted or not, so a `>` inside `title="a>b"` does not end the tag),
/// comments (`<!-- -->`, `<!…>`, `<?…>` as the standard's bogus comments), and the contents of
/// raw-text and escapable raw-text elements (`script`, `style`, `textarea`, `title`, …) are
/// markup; everything else is text. Text is decoded (character references resolved) for
/// matching, while every decoded scalar keeps the source range it came from, so annotations
/// map back onto the original bytes. Nothing is ever thrown: malformed input still splits.
///
/// Offsets are Unicode scalar offsets into the source, like `Annotation`'s.
public struct HTMLTextNodes: Sendable {
    /// One text node: its place in the source and its decoded text.
    public struct TextNode: Sendable, Hashable {
        /// Where the raw text is in the source.
        public let range: Range<Int>
        /// The text with character references resolved (`&amp;` → `&`).
        public let decoded: [Unicode.Scalar]
        /// `decoded.count + 1` source offsets: decoded scalar `i` came from
        /// `sourceOffsets[i]..<sourceOffsets[i + 1]`.
        public let sourceOffsets: [Int]
        /// False inside elements whose text must not get markup inserted: ruby (it is already
        /// annotated), code, kbd, samp, select/option, svg and math.
        public let annotatable: Bool
        /// Inside `<rt>` or `<rp>`: a reading the page gives, not part of the running text.
        public let isRubyText: Bool

        /// ``decoded`` as a string.
        public var decodedText: String {
            UTF8Writer.string(decoded)
        }
    }

    /// One piece of the source: markup, kept byte for byte, or a text node.
    public enum Segment: Sendable, Hashable {
        /// Tags, comments and the contents of raw-text elements: copied to the output unchanged.
        case markup(Range<Int>)
        /// Text between tags, which may be annotated.
        case text(TextNode)

        /// Where the segment is in the source.
        public var range: Range<Int> {
            switch self {
            case .markup(let range): range
            case .text(let node): node.range
            }
        }
    }

    /// The source as Unicode scalars: every range and offset here counts them.
    public let scalars: [Unicode.Scalar]
    /// The whole source in order: the ranges are contiguous and cover it exactly.
    public let segments: [Segment]
    /// Where tsuji's `<style>` goes: before `</head>`, else after `<head>`, else before
    /// `<body>`, else after `<html>`, else after the doctype, else at the start.
    public let headInsertionOffset: Int
    /// Where tsuji's term table goes: before the last `</body>`, else before the last
    /// `</html>`, else at the end.
    public let bodyEndOffset: Int
    /// Where a `<meta charset>` goes: right after `<head>` (a browser reads only the first
    /// kilobyte for it), else where the style goes.
    public let charsetInsertionOffset: Int
    /// Whether a `<meta>` tag declares the page UTF-8. tsuji writes UTF-8, so a page that
    /// declares another encoding (or none) needs a declaration that comes first.
    public let declaresUTF8: Bool

    /// Splits an HTML source into markup and text nodes, and finds where tsuji's additions go.
    public init(_ html: String) {
        let scalars = Array(html.unicodeScalars)
        var tokenizer = Tokenizer(scalars: scalars)
        tokenizer.run()
        self.scalars = scalars
        segments = tokenizer.segments
        headInsertionOffset = tokenizer.headClose ?? tokenizer.headOpenEnd ?? tokenizer.bodyOpen
            ?? tokenizer.htmlOpenEnd ?? tokenizer.doctypeEnd ?? 0
        bodyEndOffset = tokenizer.bodyClose ?? tokenizer.htmlClose ?? scalars.count
        charsetInsertionOffset = tokenizer.headOpenEnd ?? headInsertionOffset
        declaresUTF8 = tokenizer.declaresUTF8
    }

    /// The text nodes in source order, annotatable or not.
    public var textNodes: [TextNode] {
        segments.compactMap { if case .text(let node) = $0 { node } else { nil } }
    }

    /// Whether a text looks like an HTML document: it starts (after a byte-order mark,
    /// whitespace and comments) with `<!DOCTYPE html` or an `<html` tag, in any case.
    public static func looksLikeHTML(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
            guard rest.hasPrefix("<!--") else { break }
            guard let close = rest.range(of: "-->") else { return false }
            rest = rest[close.upperBound...]
        }
        let head = rest.prefix(15).lowercased()
        if head.hasPrefix("<!doctype html") { return true }
        guard head.hasPrefix("<html") else { return false }
        let after = head.dropFirst(5).first
        return after == nil || after == ">" || after!.isWhitespace
    }

    // MARK: - Extracted text

    /// The decoded text of every annotatable text node, joined by a line feed (so that no match
    /// runs from one node into the next), and the way back to source offsets.
    public struct Extraction: Sendable {
        /// The joined text that matching runs on.
        public let text: String
        /// For each scalar of `text`, its source range; nil for the joining line feeds.
        public let sourceRanges: [Range<Int>?]

        /// The source range of an extracted range, or nil when it crosses from one text node
        /// into another (or is empty).
        public func sourceRange(of range: Range<Int>) -> Range<Int>? {
            guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= sourceRanges.count else { return nil }
            var lower: Int?
            var upper = 0
            for i in range {
                guard let source = sourceRanges[i] else { return nil }
                if lower == nil { lower = source.lowerBound }
                upper = source.upperBound
            }
            return lower.map { $0..<upper }
        }
    }

    /// Joins the annotatable text nodes into one text for matching (see ``Extraction``).
    public func extraction() -> Extraction {
        var view = UTF8Writer(capacity: scalars.count)
        var ranges: [Range<Int>?] = []
        var first = true
        for node in textNodes where node.annotatable {
            if !first {
                view.append("\n")
                ranges.append(nil)
            }
            first = false
            view.append(scalars: node.decoded)
            for i in node.decoded.indices { ranges.append(node.sourceOffsets[i]..<node.sourceOffsets[i + 1]) }
        }
        return Extraction(text: view.string, sourceRanges: ranges)
    }

    /// The page's text as a reader sees it, for plain-text and Markdown output: text nodes
    /// decoded (ruby text and whitespace-only nodes left out), a line break for `<br>`, list
    /// items and table rows, a blank line between blocks (paragraphs, headings, divisions), the
    /// source's indentation around blocks dropped. Inline markup joins its text without a break,
    /// so `<b>通義</b>千問` reads (and matches) as 通義千問.
    public func readableText() -> String {
        var out: [Unicode.Scalar] = []
        var pendingBreaks = 0
        for segment in segments {
            switch segment {
            case .markup(let range):
                guard let name = tagName(at: range.lowerBound) else { continue }
                if Self.blockElements.contains(name) {
                    pendingBreaks = 2
                } else if Self.lineElements.contains(name) {
                    pendingBreaks = max(pendingBreaks, name == "br" ? pendingBreaks + 1 : 1)
                }
            case .text(let node):
                guard !node.isRubyText, node.decoded.contains(where: { !Self.isASCIIWhitespace($0) }) else { continue }
                var text = node.decoded[...]
                if pendingBreaks > 0 || out.isEmpty {
                    while let last = out.last, Self.isASCIIWhitespace(last) { out.removeLast() }
                    if !out.isEmpty { out.append(contentsOf: repeatElement("\n", count: min(pendingBreaks, 2))) }
                    text = text.drop(while: Self.isASCIIWhitespace)
                }
                pendingBreaks = 0
                out.append(contentsOf: text)
            }
        }
        while let last = out.last, Self.isASCIIWhitespace(last) { out.removeLast() }
        if !out.isEmpty { out.append("\n") }
        return UTF8Writer.string(out)
    }

    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main", "aside",
        "nav", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "hr", "body", "address",
    ]
    static let lineElements: Set<String> = ["br", "li", "tr", "dt", "dd", "caption"]

    static func isASCIIWhitespace(_ scalar: Unicode.Scalar) -> Bool { Tokenizer.isSpace(scalar) }

    /// The lowercased name of the start or end tag at `offset`, or nil for other markup.
    func tagName(at offset: Int) -> String? {
        var i = offset + 1
        guard offset < scalars.count, scalars[offset] == "<", i < scalars.count else { return nil }
        if scalars[i] == "/" { i += 1 }
        guard i < scalars.count, Tokenizer.isASCIILetter(scalars[i]) else { return nil }
        var name = ""
        while i < scalars.count, Tokenizer.isASCIIAlphanumeric(scalars[i]) {
            name.unicodeScalars.append(("A"..."Z").contains(scalars[i]) ? Unicode.Scalar(scalars[i].value + 32)! : scalars[i])
            i += 1
        }
        return name
    }

    /// `text` with its character references resolved, as in a text node.
    public static func decodeCharacterReferences(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let node = Tokenizer.decode(scalars, 0..<scalars.count, annotatable: true, isRubyText: false)
        return node.decodedText
    }

    // MARK: - Tokenizer

    struct Tokenizer {
        let scalars: [Unicode.Scalar]
        var segments: [Segment] = []
        var headClose: Int?, headOpenEnd: Int?, bodyOpen: Int?, htmlOpenEnd: Int?, doctypeEnd: Int?
        var bodyClose: Int?, htmlClose: Int?
        /// The first `<meta>` that names a charset said UTF-8.
        var declaresUTF8 = false
        var sawCharset = false
        /// How many elements that keep their text plain are open, by name.
        var plainDepth: [String: Int] = [:]
        /// How many `rt`/`rp` elements are open (a closing `</ruby>` closes them all).
        var rubyTextDepth = 0

        /// Elements whose content is not parsed for tags until their end tag. `plaintext`
        /// runs to the end of the document.
        static let rawTextElements: Set<String> = [
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
        ]
        static let plainTextElements: Set<String> = ["ruby", "code", "kbd", "samp", "select", "option", "svg", "math", "template"]

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var annotatable: Bool { plainDepth.values.allSatisfy { $0 == 0 } }

        mutating func run() {
            var i = 0
            var textStart = 0
            let n = scalars.count
            while i < n {
                guard scalars[i] == "<", let tag = markup(at: i) else {
                    i += 1
                    continue
                }
                if textStart < i { segments.append(.text(Self.decode(scalars, textStart..<i, annotatable: annotatable, isRubyText: rubyTextDepth > 0))) }
                segments.append(.markup(i..<tag.end))
                i = tag.end
                if let name = tag.name {
                    note(name, isEnd: tag.isEnd, at: tag.start, end: tag.end, selfClosing: tag.selfClosing)
                    if !tag.isEnd, Self.rawTextElements.contains(name) {
                        let close = name == "plaintext" ? n : endTag(named: name, from: i) ?? n
                        if close > i { segments.append(.markup(i..<close)) }
                        i = close
                    }
                } else if tag.isDoctype, doctypeEnd == nil {
                    doctypeEnd = tag.end
                }
                textStart = i
            }
            if textStart < n { segments.append(.text(Self.decode(scalars, textStart..<n, annotatable: annotatable, isRubyText: rubyTextDepth > 0))) }
        }

        mutating func note(_ name: String, isEnd: Bool, at start: Int, end: Int, selfClosing: Bool) {
            switch (name, isEnd) {
            case ("head", false): if headOpenEnd == nil { headOpenEnd = end }
            case ("head", true): if headClose == nil { headClose = start }
            case ("body", false): if bodyOpen == nil { bodyOpen = start }
            case ("body", true): bodyClose = start
            case ("html", false): if htmlOpenEnd == nil { htmlOpenEnd = end }
            case ("html", true): htmlClose = start
            case ("meta", false): noteCharset(start..<end)
            default: break
            }
            if name == "rt" || name == "rp" {
                rubyTextDepth = isEnd ? max(0, rubyTextDepth - 1) : rubyTextDepth + 1
            } else if name == "ruby" && isEnd {
                rubyTextDepth = 0
            }
            guard Self.plainTextElements.contains(name) else { return }
            if isEnd {
                if let depth = plainDepth[name], depth > 0 { plainDepth[name] = depth - 1 }
            } else if !(selfClosing && (name == "svg" || name == "math")) {
                plainDepth[name, default: 0] += 1
            }
        }

        /// `<meta charset="utf-8">` or `<meta http-equiv=content-type content="…; charset=UTF-8">`.
        mutating func noteCharset(_ range: Range<Int>) {
            guard !sawCharset else { return }
            let tag = UTF8Writer.string(scalars[range]).lowercased()
            guard let charset = tag.range(of: "charset") else { return }
            sawCharset = true
            let value = tag[charset.upperBound...].drop { $0 == "=" || $0 == "\"" || $0 == "'" || $0 == " " }
            declaresUTF8 = value.hasPrefix("utf-8") || value.hasPrefix("utf8")
        }

        struct Tag {
            var start: Int
            var end: Int
            /// Lowercased tag name; nil for comments, doctypes and other declarations.
            var name: String?
            var isEnd = false
            var selfClosing = false
            var isDoctype = false
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
        }

        static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }

        func starts(with text: String, at i: Int, caseInsensitive: Bool = false) -> Bool {
            var j = i
            for expected in text.unicodeScalars {
                guard j < scalars.count else { return false }
                var actual = scalars[j]
                if caseInsensitive, ("A"..."Z").contains(actual) { actual = Unicode.Scalar(actual.value + 32)! }
                if actual != expected { return false }
                j += 1
            }
            return true
        }

        /// The offset just past the first `>` at or after `i`, or the end of the source.
        func pastNext(_ scalar: Unicode.Scalar, from i: Int) -> Int {
            var j = i
            while j < scalars.count && scalars[j] != scalar { j += 1 }
            return min(j + 1, scalars.count)
        }

        /// The markup that starts with the `<` at `i`, or nil when that `<` is just text.
        func markup(at i: Int) -> Tag? {
            let n = scalars.count
            guard i + 1 < n else { return nil }
            let next = scalars[i + 1]
            if next == "!" {
                if starts(with: "<!--", at: i) {
                    // `<!-->` and `<!--->` are complete (empty) comments.
                    if starts(with: ">", at: i + 4) { return Tag(start: i, end: i + 5) }
                    if starts(with: "->", at: i + 4) { return Tag(start: i, end: i + 6) }
                    var j = i + 4
                    while j < n {
                        if starts(with: "-->", at: j) { return Tag(start: i, end: j + 3) }
                        if starts(with: "--!>", at: j) { return Tag(start: i, end: j + 4) }
                        j += 1
                    }
                    return Tag(start: i, end: n)
                }
                var tag = Tag(start: i, end: pastNext(">", from: i + 2))
                tag.isDoctype = starts(with: "<!doctype", at: i, caseInsensitive: true)
                return tag
            }
            if next == "?" { return Tag(start: i, end: pastNext(">", from: i + 2)) }
            if next == "/" {
                guard i + 2 < n else { return nil }
                if scalars[i + 2] == ">" { return Tag(start: i, end: i + 3) }
                guard Self.isASCIILetter(scalars[i + 2]) else { return Tag(start: i, end: pastNext(">", from: i + 2)) }
                var tag = tagWithAttributes(nameStart: i + 2, start: i)
                tag.isEnd = true
                return tag
            }
            guard Self.isASCIILetter(next) else { return nil }
            return tagWithAttributes(nameStart: i + 1, start: i)
        }

        /// A start or end tag: its name, then attributes as the standard's attribute states read
        /// them, up to the `>` that is not inside a quoted value.
        func tagWithAttributes(nameStart: Int, start: Int) -> Tag {
            let n = scalars.count
            var j = nameStart
            var name = String.UnicodeScalarView()
            while j < n, !Self.isSpace(scalars[j]), scalars[j] != "/", scalars[j] != ">" {
                let s = scalars[j]
                name.append(("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s)
                j += 1
            }
            var tag = Tag(start: start, end: n, name: String(name))
            while j < n {
                while j < n && Self.isSpace(scalars[j]) { j += 1 }
                guard j < n else { break }
                if scalars[j] == ">" {
                    tag.end = j + 1
                    return tag
                }
                if scalars[j] == "/" {
                    tag.selfClosing = j + 1 < n && scalars[j + 1] == ">"
                    j += 1
                    continue
                }
                // An attribute name; its first character may be anything, even `=`.
                j += 1
                while j < n, !Self.isSpace(scalars[j]), scalars[j] != "/", scalars[j] != ">", scalars[j] != "=" { j += 1 }
                while j < n && Self.isSpace(scalars[j]) { j += 1 }
                guard j < n, scalars[j] == "=" else { continue }
                j += 1
                while j < n && Self.isSpace(scalars[j]) { j += 1 }
                guard j < n else { break }
                if scalars[j] == "\"" || scalars[j] == "'" {
                    let quote = scalars[j]
                    j += 1
                    while j < n && scalars[j] != quote { j += 1 }
                    j = min(j + 1, n)
                } else {
                    while j < n, !Self.isSpace(scalars[j]), scalars[j] != ">" { j += 1 }
                }
            }
            tag.selfClosing = false
            return tag
        }

        /// The offset of `</name` (any case) followed by a space, `/` or `>`, from `i` on.
        func endTag(named name: String, from i: Int) -> Int? {
            let needle = "</" + name
            let length = needle.unicodeScalars.count
            var j = i
            while j + length <= scalars.count {
                if scalars[j] == "<", starts(with: needle, at: j, caseInsensitive: true) {
                    if j + length == scalars.count { return j }
                    let after = scalars[j + length]
                    if Self.isSpace(after) || after == "/" || after == ">" { return j }
                }
                j += 1
            }
            return nil
        }

        // MARK: Character references

        static func decode(_ scalars: [Unicode.Scalar], _ range: Range<Int>, annotatable: Bool, isRubyText: Bool) -> TextNode {
            var decoded: [Unicode.Scalar] = []
            var offsets: [Int] = []
            decoded.reserveCapacity(range.count)
            offsets.reserveCapacity(range.count + 1)
            var i = range.lowerBound
            while i < range.upperBound {
                if scalars[i] == "&", let (scalar, length) = reference(scalars, at: i, end: range.upperBound) {
                    decoded.append(scalar)
                    offsets.append(i)
                    i += length
                } else {
                    decoded.append(scalars[i])
                    offsets.append(i)
                    i += 1
                }
            }
            offsets.append(range.upperBound)
            return TextNode(range: range, decoded: decoded, sourceOffsets: offsets, annotatable: annotatable, isRubyText: isRubyText)
        }

        /// The character reference at `i` (which holds `&`): its scalar and source length.
        static func reference(_ scalars: [Unicode.Scalar], at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
            var j = i + 1
            guard j < end else { return nil }
            if scalars[j] == "#" {
                j += 1
                var radix: UInt32 = 10
                if j < end, scalars[j] == "x" || scalars[j] == "X" {
                    radix = 16
                    j += 1
                }
                var value: UInt32 = 0
                var digits = 0
                while j < end, let digit = hexValue(scalars[j]), digit < radix {
                    value = value > 0x10FFFF ? value : value * radix + digit
                    digits += 1
                    j += 1
                }
                guard digits > 0 else { return nil }
                if j < end, scalars[j] == ";" { j += 1 }
                return (numericReference(value), j - i)
            }
            var name = ""
            while j < end, j - i <= longestEntityName, isASCIIAlphanumeric(scalars[j]) {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            // The longest known name that the source spells out; `;` required except for
            // the legacy names that browsers also accept bare (`&amp`, `&copy`).
            while !name.isEmpty {
                let length = name.unicodeScalars.count
                if let value = namedReferences[name] {
                    let semicolon = i + 1 + length
                    if semicolon < end, scalars[semicolon] == ";" { return (value, length + 2) }
                    if legacyBareNames.contains(name) { return (value, length + 1) }
                }
                name.unicodeScalars.removeLast()
            }
            return nil
        }

        static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
            switch scalar {
            case "0"..."9": scalar.value - 48
            case "a"..."f": scalar.value - 87
            case "A"..."F": scalar.value - 55
            default: nil
            }
        }

        static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            isASCIILetter(scalar) || ("0"..."9").contains(scalar)
        }

        /// The standard's fix-ups: NUL, surrogates and out-of-range values become U+FFFD, and
        /// 0x80–0x9F are read as windows-1252, as browsers do.
        static func numericReference(_ value: UInt32) -> Unicode.Scalar {
            if let mapped = windows1252[value] { return mapped }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return scalar
        }

        static let windows1252: [UInt32: Unicode.Scalar] = [
            0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
            0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
            0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
            0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
            0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
            0x9E: "\u{017E}", 0x9F: "\u{0178}",
        ]

        /// The named references met in news pages; an unknown name stays as written, which does
        /// not matter for matching Chinese and Japanese terms.
        static let namedReferences: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
            "lrm": "\u{200E}", "rlm": "\u{200F}", "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}",
            "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
            "dagger": "\u{2020}", "Dagger": "\u{2021}", "bull": "\u{2022}", "hellip": "\u{2026}", "permil": "\u{2030}",
            "prime": "\u{2032}", "Prime": "\u{2033}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "euro": "\u{20AC}",
            "trade": "\u{2122}", "larr": "\u{2190}", "uarr": "\u{2191}", "rarr": "\u{2192}", "darr": "\u{2193}",
            "harr": "\u{2194}", "iexcl": "\u{A1}", "cent": "\u{A2}", "pound": "\u{A3}", "curren": "\u{A4}",
            "yen": "\u{A5}", "brvbar": "\u{A6}", "sect": "\u{A7}", "uml": "\u{A8}", "copy": "\u{A9}", "ordf": "\u{AA}",
            "laquo": "\u{AB}", "not": "\u{AC}", "shy": "\u{AD}", "reg": "\u{AE}", "macr": "\u{AF}", "deg": "\u{B0}",
            "plusmn": "\u{B1}", "sup2": "\u{B2}", "sup3": "\u{B3}", "acute": "\u{B4}", "micro": "\u{B5}",
            "para": "\u{B6}", "middot": "\u{B7}", "cedil": "\u{B8}", "sup1": "\u{B9}", "ordm": "\u{BA}",
            "raquo": "\u{BB}", "frac14": "\u{BC}", "frac12": "\u{BD}", "frac34": "\u{BE}", "iquest": "\u{BF}",
            "times": "\u{D7}", "divide": "\u{F7}", "minus": "\u{2212}", "le": "\u{2264}", "ge": "\u{2265}",
            "ne": "\u{2260}", "infin": "\u{221E}", "star": "\u{2606}", "starf": "\u{2605}", "check": "\u{2713}",
            "hearts": "\u{2665}", "auml": "\u{E4}", "ouml": "\u{F6}", "uuml": "\u{FC}", "Auml": "\u{C4}",
            "Ouml": "\u{D6}", "Uuml": "\u{DC}", "szlig": "\u{DF}", "eacute": "\u{E9}", "egrave": "\u{E8}",
            "aacute": "\u{E1}", "agrave": "\u{E0}", "iacute": "\u{ED}", "oacute": "\u{F3}", "ograve": "\u{F2}",
            "uacute": "\u{FA}", "ugrave": "\u{F9}", "ccedil": "\u{E7}", "ntilde": "\u{F1}",
        ]

        static let legacyBareNames: Set<String> = [
            "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "yen", "sect", "deg", "middot", "laquo", "raquo",
            "times", "divide", "micro", "para", "plusmn", "cent", "pound",
        ]

        static let longestEntityName = namedReferences.keys.map(\.count).max() ?? 0
    }
}
