import TsujiAnnotate
import TsujiDictionary

/// A column of the tabular formats (TSV, CSV, Markdown), with how its value is written as one
/// text cell and read back. Several values in one cell are separated by `|`, as in the curated
/// terms files; documents are written `name (count)`.
public enum GlossaryColumn: String, Sendable, CaseIterable {
    /// One column per field of ``GlossaryTerm``: `term` is the form shown first, `lang` the
    /// language, `documents` the counts per document (`name (count)`), `key` the term's identity
    /// across runs, `order` its rank of first appearance.
    case term, forms, lang, kind, hanzi, simplified, reading, romaji, pinyin, english, count, documents,
         context, source, confidence, note, key, order

    /// The separator of several values in one cell.
    public static let valueSeparator = "|"

    /// The cell text of this column for `term` (one line; the writer escapes it for its format).
    public func text(of term: GlossaryTerm) -> String {
        switch self {
        case .term: term.term
        case .forms: term.forms.joined(separator: Self.valueSeparator)
        case .lang: term.language?.rawValue ?? ""
        case .kind: term.kind?.rawValue ?? ""
        case .hanzi: term.hanzi ?? ""
        case .simplified: term.simplified ?? ""
        case .reading: term.reading ?? ""
        case .romaji: term.romaji ?? ""
        case .pinyin: term.pinyin ?? ""
        case .english: term.english.joined(separator: Self.valueSeparator)
        case .count: String(term.count)
        case .documents: term.documents.map { "\($0.name) (\($0.count))" }.joined(separator: Self.valueSeparator)
        case .context: term.context ?? ""
        case .source: term.source ?? ""
        case .confidence: term.confidence?.rawValue ?? ""
        case .note: term.note ?? ""
        case .key: term.key
        case .order: term.order.map(String.init) ?? ""
        }
    }

    /// Sets this column of `term` from a cell. Throws a message (without file and line) when the
    /// cell cannot be this column's value.
    public func apply(_ cell: String, to term: inout GlossaryTerm) throws(GlossaryReadError.Reason) {
        let value = cell.trimmingSpaces
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        func list(_ text: String) -> [String] {
            text.split(separator: Character(Self.valueSeparator)).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        }
        switch self {
        case .term:
            if !value.isEmpty && !term.forms.contains(value) { term.forms.insert(value, at: 0) }
        case .forms:
            let forms = list(value)
            if !forms.isEmpty {
                // The term cell (read first or later) stays the first form.
                let first = term.forms.first
                term.forms = forms
                if let first, !forms.contains(first) { term.forms.insert(first, at: 0) }
            }
        case .lang:
            guard !value.isEmpty else { term.language = nil; return }
            guard let language = TermLanguage(rawValue: value) else {
                throw .init("lang must be \(TermLanguage.allCases.map(\.rawValue).joined(separator: " or ")), not '\(value)'")
            }
            term.language = language
        case .kind:
            guard !value.isEmpty else { term.kind = nil; return }
            guard let kind = TermKind(rawValue: value) else {
                throw .init("unknown kind '\(value)' (one of \(TermKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            term.kind = kind
        case .hanzi: term.hanzi = optional(value)
        case .simplified: term.simplified = optional(value)
        case .reading: term.reading = optional(value)
        case .romaji: term.romaji = optional(value)
        case .pinyin: term.pinyin = optional(value)
        case .english: term.english = list(value)
        case .count:
            guard !value.isEmpty else { return }
            guard let count = Int(value), count >= 0 else { throw .init("count must be a whole number, not '\(value)'") }
            term.count = try GlossaryTerm.checkedCount(count, "count")
        case .documents:
            term.documents = try list(value).map(Self.documentCount)
        case .context: term.context = optional(value)
        case .source: term.source = optional(value)
        case .confidence:
            guard !value.isEmpty else { term.confidence = nil; return }
            guard let confidence = Confidence(rawValue: value) else {
                throw .init("confidence must be dictionary, article or fallback, not '\(value)'")
            }
            term.confidence = confidence
        case .note: term.note = optional(value)
        case .key: if !value.isEmpty { term.key = value }
        case .order:
            guard !value.isEmpty else { term.order = nil; return }
            guard let order = Int(value), order > 0 else { throw .init("order must be a positive whole number, not '\(value)'") }
            term.order = order
        }
    }

    /// `name (3)` → ("name", 3); a name without a count counts once.
    static func documentCount(_ text: String) throws(GlossaryReadError.Reason) -> GlossaryTerm.DocumentCount {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return .init(name: text, count: 1) }
        let digits = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let count = Int(digits), count >= 0 else { return .init(name: text, count: 1) }
        let name = text[..<open].trimmingSpacesSubstring
        guard !name.isEmpty else { throw .init("document '\(text)' has no name") }
        return .init(name: String(name), count: try GlossaryTerm.checkedCount(count, "the count of document '\(name)'"))
    }

    /// Parses a `--columns` list: names separated by commas.
    public static func list(_ text: String) throws(GlossaryReadError.Reason) -> [GlossaryColumn] {
        var out: [GlossaryColumn] = []
        for name in text.split(separator: ",").map({ String($0).trimmingSpaces }) where !name.isEmpty {
            guard let column = GlossaryColumn(rawValue: name) else {
                throw .init("unknown column '\(name)'; columns: \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !out.contains(column) { out.append(column) }
        }
        if out.isEmpty { throw .init("no columns given") }
        return out
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line breaks (ASCII and ideographic space).
    var trimmingSpaces: String { String(trimmingSpacesSubstring) }

    var trimmingSpacesSubstring: Substring {
        let scalars = Substring(self).unicodeScalars
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{3000}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return Substring("")
        }
        return Substring(scalars[first...last])
    }
}
