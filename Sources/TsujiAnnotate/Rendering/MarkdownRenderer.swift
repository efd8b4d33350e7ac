import TsujiText
/// The article as Markdown: a footnote reference after the first occurrence of each term
/// (`通義千問[^1]`, or after every occurrence) and one footnote definition per term at the end:
///
///     [^1]: **通義千問** — Tōngyì Qiānwèn · つうぎせんもん (Tsūgi Senmon) · Qwen; Tongyi Qianwen
///
/// The article text is kept byte for byte: the renderer only inserts. It does not escape
/// Markdown in the article, because the input is usually plain text that reads the same as
/// Markdown, and because escaping would change the text a translator pastes back; an article
/// that happens to contain Markdown syntax (`*`, `_`, `#`) renders as Markdown would render it.
/// Removing every inserted reference and the footnote block gives the input back exactly.
///
/// What is inserted, and why:
/// - `[^L]` after a term, where L is a label that does not occur in the article as `[^L…`
///   (plain numbers unless the article already has footnote-like text, then `t1`, `t2`, …).
/// - `<!---->` (an empty HTML comment, invisible) right after a reference when the article
///   continues with `(`, `[` or `<!---->`: `[^1](深度求索)` would otherwise parse as a link.
/// - `\n\n` and the footnote definitions after the text.
///
/// No reference goes inside a code span or fenced code block, where it would show literally;
/// the reference moves to the term's next occurrence outside code.
public struct MarkdownRenderer: Sendable {
    /// Footnote every occurrence of a term, not only the first.
    public var everyOccurrence = false

    /// A renderer that footnotes the first occurrence of each term, or every one.
    public init(everyOccurrence: Bool = false) {
        self.everyOccurrence = everyOccurrence
    }

    /// The separator inserted after a reference when the text goes on with `(` or `[`.
    public static let referenceGuard = "<!---->"

    /// The document with a footnote after each term and the definitions at the end.
    public func render(_ document: AnnotatedDocument) -> String {
        renderAll([document])
    }

    /// Several documents one after the other, each followed by its own footnotes; labels are
    /// numbered on across documents so that they stay unique in the combined output.
    public func renderAll(_ documents: [AnnotatedDocument]) -> String {
        let prefix = Self.labelPrefix(avoiding: documents.map(\.text))
        var next = 1
        var out = ""
        for document in documents {
            out += render(document, prefix: prefix, firstNumber: &next)
        }
        return out
    }

    func render(_ document: AnnotatedDocument, prefix: String, firstNumber next: inout Int) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let code = Self.codeRanges(in: scalars)
        var codeIndex = 0
        func inCode(_ annotation: Annotation) -> Bool {
            while codeIndex < code.count && code[codeIndex].upperBound <= annotation.start { codeIndex += 1 }
            return codeIndex < code.count && code[codeIndex].lowerBound < annotation.end
        }
        var labels: [String: String] = [:]
        var definitions: [(label: String, annotation: Annotation)] = []
        var out = UTF8Writer(capacity: scalars.count * 3)
        var position = 0
        for annotation in document.annotations
        where annotation.start >= position && annotation.end <= scalars.count && annotation.start < annotation.end {
            if inCode(annotation) { continue }
            let label: String
            if let known = labels[annotation.termKey] {
                guard everyOccurrence else { continue }
                label = known
            } else {
                label = prefix + String(next)
                next += 1
                labels[annotation.termKey] = label
                definitions.append((label, annotation))
            }
            out.append(scalars: scalars[position..<annotation.end])
            out.append("[^\(label)]")
            if Self.needsGuard(scalars, at: annotation.end) { out.append(Self.referenceGuard) }
            position = annotation.end
        }
        out.append(scalars: scalars[position...])
        var result = out.string
        if !definitions.isEmpty {
            result += "\n\n"
            for (label, annotation) in definitions { result += "[^\(label)]: " + Self.definition(annotation) + "\n" }
        }
        return result
    }

    /// The text of a footnote: `**surface** — pinyin · reading (romaji) · English; English`,
    /// with a remark when the data did not come straight from a dictionary entry.
    public static func definition(_ annotation: Annotation) -> String {
        var parts: [String] = []
        if annotation.language == .zh, let pinyin = annotation.pinyin { parts.append(escape(pinyin)) }
        switch (annotation.reading, annotation.romaji) {
        case let (reading?, romaji?): parts.append("\(escape(reading)) (\(escape(romaji)))")
        case let (reading?, nil): parts.append(escape(reading))
        case let (nil, romaji?): parts.append(escape(romaji))
        case (nil, nil): break
        }
        if !annotation.english.isEmpty { parts.append(annotation.english.map(escape).joined(separator: "; ")) }
        var remarks: [String] = []
        if let variant = annotation.variantOf { remarks.append("variant of \(escape(variant))") }
        switch annotation.confidence {
        case .dictionary: break
        case .article: remarks.append("learned from the article")
        case .fallback: remarks.append("per-character reading")
        }
        if !remarks.isEmpty { parts.append("(" + remarks.joined(separator: "; ") + ")") }
        let head = "**\(escape(annotation.surface))**"
        return parts.isEmpty ? head : head + " — " + parts.joined(separator: " · ")
    }

    /// Backslash-escapes the ASCII punctuation that means something inline in Markdown; line
    /// breaks become spaces so that a definition stays one line. Used only for the footnotes,
    /// never for the article.
    public static func escape(_ text: String) -> String {
        var out = UTF8Writer(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "~", "|", "&", "!", "#":
                out.append("\\")
                out.append(scalar)
            case "\n", "\r", "\u{2028}", "\u{2029}": out.append(" ")
            default: out.append(scalar)
            }
        }
        return out.string
    }

    /// A label prefix such that no `[^<prefix><digit>` occurs in any of the texts, so that the
    /// inserted references can neither collide with nor be confused with the article's own.
    static func labelPrefix(avoiding texts: [String]) -> String {
        let candidates = ["", "t", "tsuji"]
        func clashes(_ prefix: String) -> Bool {
            let needle = Array("[^\(prefix)".unicodeScalars)
            for text in texts {
                let scalars = Array(text.unicodeScalars)
                var i = 0
                while i + needle.count < scalars.count {
                    if scalars[i] == "[", scalars[i..<(i + needle.count)].elementsEqual(needle),
                       Self.isASCIIDigit(scalars[i + needle.count]) { return true }
                    i += 1
                }
            }
            return false
        }
        if let free = candidates.first(where: { !clashes($0) }) { return free }
        var n = 1
        while clashes("tsuji\(n)x") { n += 1 }
        return "tsuji\(n)x"
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Whether a reference ending just before `offset` would run into what follows it.
    static func needsGuard(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset < scalars.count else { return false }
        if scalars[offset] == "(" || scalars[offset] == "[" { return true }
        let guardScalars = Array(referenceGuard.unicodeScalars)
        return scalars[offset...].starts(with: guardScalars)
    }

    /// Scalar ranges of fenced code blocks (``` or ~~~, up to three spaces of indent) and of
    /// inline code spans (a run of n backticks up to the next run of exactly n).
    static func codeRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var fence: (start: Int, marker: Unicode.Scalar, length: Int)?
        var proseStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            let next = min(lineEnd + 1, scalars.count)
            var i = lineStart
            while i < lineEnd && i - lineStart < 3 && scalars[i] == " " { i += 1 }
            var run = 0
            if i < lineEnd, scalars[i] == "`" || scalars[i] == "~" {
                while i + run < lineEnd && scalars[i + run] == scalars[i] { run += 1 }
            }
            if let open = fence {
                let rest = scalars[(i + run)..<lineEnd]
                if run >= open.length, scalars[i] == open.marker, rest.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    ranges.append(open.start..<next)
                    fence = nil
                    proseStart = next
                }
            } else if run >= 3, !(scalars[i] == "`" && scalars[(i + run)..<lineEnd].contains("`")) {
                ranges += inlineCodeRanges(in: scalars, proseStart..<lineStart)
                fence = (lineStart, scalars[i], run)
            }
            lineStart = next
        }
        if let open = fence {
            ranges.append(open.start..<scalars.count)
        } else {
            ranges += inlineCodeRanges(in: scalars, proseStart..<scalars.count)
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Code spans in `range`: a backtick run opens a span that the next run of the same
    /// length closes; a run right after a backslash opens none. Runs are listed once, and each
    /// knows the next run of its length, so the scan stays linear however many backticks
    /// go unmatched.
    static func inlineCodeRanges(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [(start: Int, length: Int, escaped: Bool)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard scalars[i] == "`" else { i += 1; continue }
            let start = i
            while i < range.upperBound && scalars[i] == "`" { i += 1 }
            runs.append((start, i - start, start > range.lowerBound && scalars[start - 1] == "\\"))
        }
        var nextOfLength = [Int?](repeating: nil, count: runs.count)
        var seen: [Int: Int] = [:]
        for k in runs.indices.reversed() {
            nextOfLength[k] = seen[runs[k].length]
            seen[runs[k].length] = k
        }
        var ranges: [Range<Int>] = []
        var k = 0
        while k < runs.count {
            if !runs[k].escaped, let close = nextOfLength[k] {
                ranges.append(runs[k].start..<(runs[close].start + runs[close].length))
                k = close + 1
            } else {
                k += 1
            }
        }
        return ranges
    }
}
