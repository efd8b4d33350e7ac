/// Reads an Anki text-import file back: tsuji's (recognised by its `#columns` header) field by
/// field; any other as Front (the term) and Back (the English).
public struct AnkiReader: GlossaryReader {
    /// A reader with no settings.
    public init() {}

    /// Reads the notes after the `#` headers; each row's Front gives the forms (split at ` / `).
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        var result = LoadedGlossary(file: file, format: .anki, isTsujiGlossary: false)
        var columns: [String]?
        var body: [DelimitedText.Record] = []
        var inHeader = true
        for record in DelimitedText.tsvRecords(text) {
            let first = record.cells.first ?? ""
            if inHeader, first.hasPrefix("#") {
                let line = record.cells.joined(separator: "\t")
                if line.hasPrefix("#columns:") { columns = line.dropFirst("#columns:".count).split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
                continue
            }
            inHeader = false
            body.append(record)
        }
        if columns == AnkiWriter.columns { result.isTsujiGlossary = true }
        let names = columns ?? ["Front", "Back"]
        func index(_ name: String) -> Int? { names.firstIndex { $0.caseInsensitiveEquals(name) } }
        let front = index("Front") ?? 0, back = index("Back") ?? 1
        let english = index("English"), pinyin = index("Pinyin"), reading = index("Reading"), romaji = index("Romaji")
        let context = index("Context"), key = index("Key"), tags = index("Tags")
        for record in body {
            func cell(_ index: Int?) -> String? {
                guard let index, index < record.cells.count else { return nil }
                let value = record.cells[index].trimmingSpaces
                return value.isEmpty ? nil : value
            }
            guard let forms = cell(front)?.components(separatedBy: " / ").map({ $0.trimmingSpaces }).filter({ !$0.isEmpty }),
                !forms.isEmpty
            else { continue }
            var term = GlossaryTerm(key: cell(key) ?? GlossaryTerm.unkeyedPrefix + forms[0], forms: forms)
            if let english {
                term.english = cell(english)?.split(separator: Character(GlossaryColumn.valueSeparator)).map { String($0).trimmingSpaces } ?? []
            } else if let meaning = cell(back) {
                term.english = [meaning]
            }
            term.pinyin = cell(pinyin)
            term.reading = cell(reading)
            term.romaji = cell(romaji)
            term.context = cell(context)
            for tag in (cell(tags) ?? "").split(separator: " ").map(String.init) {
                if term.language == nil { try? GlossaryColumn.lang.apply(tag, to: &term) }
                if term.kind == nil { try? GlossaryColumn.kind.apply(tag, to: &term) }
            }
            result.rows.append(LoadedGlossary.Row(term: term, line: record.line))
        }
        return result
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }

    /// Split on a separator string (Foundation-free).
    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
