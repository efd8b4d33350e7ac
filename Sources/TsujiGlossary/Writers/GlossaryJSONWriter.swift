import TsujiAnnotate
import TsujiText

/// `{"format":"tsuji.glossary/1","documents":[…],"terms":[…]}`, one term a line so a re-run
/// diffs line by line. Keys follow the column order; unknown fields are omitted.
public struct GlossaryJSONWriter: GlossaryWriter {
    /// The fields written, in order (`--columns`).
    public var columns: [GlossaryColumn]

    /// A writer of `columns` (by default all).
    public init(columns: [GlossaryColumn] = GlossaryColumn.allCases) { self.columns = columns }

    /// The glossary object, each term on a line of its own.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        // The object's head, then each term on a line of its own (a layout the writer's compact
        // form does not make).
        var head = JSONWriter()
        head.beginObject()
        head.string("format", Glossary.formatName)
        head.strings("documents", glossary.documents)
        var out = head.output + ",\"terms\":["
        for (index, term) in glossary.terms.enumerated() {
            var json = JSONWriter()
            json.beginObject()
            Self.writeFields(of: term, columns: columns, to: &json)
            json.endObject()
            out += (index == 0 ? "\n" : ",\n") + json.output
        }
        return out + (glossary.terms.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// The term's fields as keys of the object being written (shared with the partial files).
    static func writeFields(of term: GlossaryTerm, columns: [GlossaryColumn], to json: inout JSONWriter) {
        for column in columns {
            switch column {
            case .term: json.string("term", term.term)
            case .forms: json.strings("forms", term.forms)
            case .lang: json.string("lang", ifPresent: term.language?.rawValue)
            case .kind: json.string("kind", ifPresent: term.kind?.rawValue)
            case .hanzi: json.string("hanzi", ifPresent: term.hanzi)
            case .simplified: json.string("simplified", ifPresent: term.simplified)
            case .reading: json.string("reading", ifPresent: term.reading)
            case .romaji: json.string("romaji", ifPresent: term.romaji)
            case .pinyin: json.string("pinyin", ifPresent: term.pinyin)
            case .english: if !term.english.isEmpty { json.strings("english", term.english) }
            case .count: json.number("count", term.count)
            case .documents:
                guard !term.documents.isEmpty else { continue }
                json.beginArray(key: "documents")
                for document in term.documents {
                    json.beginObject()
                    json.string("name", document.name)
                    json.number("count", document.count)
                    json.endObject()
                }
                json.endArray()
            case .context: json.string("context", ifPresent: term.context)
            case .source: json.string("source", ifPresent: term.source)
            case .confidence: json.string("confidence", ifPresent: term.confidence?.rawValue)
            case .note: json.string("note", ifPresent: term.note)
            case .key: json.string("key", term.key)
            case .order: if let order = term.order { json.number("order", order) }
            }
        }
    }
}
