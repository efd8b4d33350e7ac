import TsujiText
/// The article as plain text, each term followed by 〔pinyin · English〕 (or, for a Japanese
/// word, 〔reading · English〕), and a table of terms at the end.
public struct TextRenderer: Sendable {
    /// Gloss every occurrence of a term, not only the first.
    public var everyOccurrence = false
    /// Colour the glosses with ANSI escapes (for a terminal).
    public var color = false
    /// End with the term table.
    public var table = true

    /// A renderer with the given choices.
    public init(everyOccurrence: Bool = false, color: Bool = false, table: Bool = true) {
        self.everyOccurrence = everyOccurrence
        self.color = color
        self.table = table
    }

    /// The gloss shown after a term.
    public static func gloss(_ annotation: Annotation) -> String {
        var parts: [String] = []
        if annotation.language == .zh {
            if let pinyin = annotation.pinyin { parts.append(pinyin) }
            if parts.isEmpty, let romaji = annotation.romaji { parts.append(romaji) }
        } else {
            if let reading = annotation.reading, reading != annotation.surface { parts.append(reading) }
            if let romaji = annotation.romaji { parts.append(romaji) }
        }
        if let english = annotation.english.first { parts.append(english) }
        return parts.joined(separator: " · ")
    }

    /// The text with a gloss in 〔〕 after each term, then the term table.
    public func render(_ document: AnnotatedDocument) -> String {
        var session = Session(self)
        return session.render(document) + session.finish()
    }

    /// Renders one text given piece by piece (a long input annotated a paragraph run at a
    /// time): a term is glossed at its first occurrence in the whole text, and the table at the
    /// end counts every piece. The pieces' output concatenated equals ``render(_:)`` of the
    /// whole text with the same annotations.
    public struct Session: Sendable {
        /// The choices the session renders with.
        public let renderer: TextRenderer
        private var seen = Set<String>()
        private var tally = TermTally()
        private var endsWithNewline = false

        /// A session with nothing rendered yet.
        public init(_ renderer: TextRenderer) { self.renderer = renderer }

        /// The text of one piece with its glosses; `piece.annotations` are offsets into `piece.text`.
        public mutating func render(_ piece: AnnotatedDocument) -> String {
            var out = UTF8Writer(capacity: piece.text.utf8.count + piece.annotations.count * 48)
            for part in piece.pieces {
                switch part {
                case .text(let text): out.append(text)
                case .term(let annotation):
                    let first = seen.insert(annotation.termKey).inserted
                    out.append(renderer.color ? "\u{1B}[1m\(annotation.surface)\u{1B}[0m" : annotation.surface)
                    if first || renderer.everyOccurrence {
                        let gloss = TextRenderer.gloss(annotation)
                        if !gloss.isEmpty { out.append(renderer.color ? "\u{1B}[36m〔\(gloss)〕\u{1B}[0m" : "〔\(gloss)〕") }
                    }
                }
            }
            tally.add(piece.annotations)
            if let last = out.bytes.last { endsWithNewline = last == 0x0A }
            return out.string
        }

        /// What follows the last piece: the table of terms, when asked for and not empty.
        public func finish() -> String {
            guard renderer.table, !tally.isEmpty else { return "" }
            return (endsWithNewline ? "" : "\n") + "\n" + TextRenderer.termTable(tally.terms)
        }
    }

    /// A table of the distinct terms: form, pinyin, reading (romaji), English, count.
    public static func termTable(_ document: AnnotatedDocument) -> String {
        termTable(document.distinctTerms)
    }

    /// A table of the given terms and counts.
    public static func termTable(_ terms: [(annotation: Annotation, count: Int)]) -> String {
        var rows: [[String]] = [["term", "pinyin", "reading", "English", "count"]]
        for (annotation, count) in terms {
            let reading = [annotation.reading, annotation.romaji.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            rows.append([annotation.surface, annotation.pinyin ?? "", reading,
                         annotation.english.prefix(2).joined(separator: "; "), String(count)])
        }
        return TextTable.render(rows, title: "── terms ──")
    }
}

/// Columns aligned by display width (East Asian wide characters count two).
enum TextTable {
    static func render(_ rows: [[String]], title: String) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], displayWidth(cell)) } }
        var out = title + "\n"
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - displayWidth(cell) + 2) }
            }
            out += line + "\n"
        }
        return out
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            let zero = scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            return width + (zero ? 0 : wide ? 2 : 1)
        }
    }
}
