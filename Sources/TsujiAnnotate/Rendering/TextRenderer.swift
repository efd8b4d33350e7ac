/// The article as plain text, each term followed by 〔pinyin · English〕 (or, for a Japanese
/// word, 〔reading · English〕), and a table of terms at the end.
public struct TextRenderer: Sendable {
    public var everyOccurrence = false
    public var color = false
    public var table = true

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

    public func render(_ document: AnnotatedDocument) -> String {
        var out = ""
        var seen = Set<String>()
        for piece in document.pieces {
            switch piece {
            case .text(let text): out += text
            case .term(let annotation):
                let first = seen.insert(annotation.termKey).inserted
                out += color ? "\u{1B}[1m\(annotation.surface)\u{1B}[0m" : annotation.surface
                if first || everyOccurrence {
                    let gloss = Self.gloss(annotation)
                    if !gloss.isEmpty { out += color ? "\u{1B}[36m〔\(gloss)〕\u{1B}[0m" : "〔\(gloss)〕" }
                }
            }
        }
        if table, !document.annotations.isEmpty {
            if !out.hasSuffix("\n") { out += "\n" }
            out += "\n" + Self.termTable(document)
        }
        return out
    }

    /// A table of the distinct terms: form, pinyin, reading (romaji), English, count.
    public static func termTable(_ document: AnnotatedDocument) -> String {
        var rows: [[String]] = [["term", "pinyin", "reading", "English", "count"]]
        for (annotation, count) in document.distinctTerms {
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
