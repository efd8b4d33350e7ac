import Foundation
import TsujiAnnotate
import TsujiText

/// Partial counts: a collector's whole state as JSON lines, so a corpus can be split across
/// processes (`tsuji glossary --partial`) and the parts combined (`tsuji glossary merge`) into
/// exactly the glossary of a single run over every document in order.
///
/// The first line names the format and the documents; each further line is one term: its key,
/// its facts (from the most confident occurrence), where those facts and the first occurrence
/// were seen (`[document, offset]`, the document an index into this part's list), the first
/// context, each form's first position and the count per document.
public enum GlossaryPartial {
    /// The `format` a partial count file declares on its first line.
    public static let formatName = "tsuji.glossary-partial/1"
    static let factColumns: [GlossaryColumn] = [.lang, .kind, .hanzi, .simplified, .reading, .romaji, .pinyin, .english, .source, .confidence, .note]

    /// Whether `text` is a partial file (its first line names the format).
    public static func isPartial(_ text: String) -> Bool {
        let firstLine = text.prefix { $0 != "\n" }
        return firstLine.hasPrefix("{") && firstLine.contains("\"\(formatName)\"")
    }

    /// The collector's counts as a partial file (JSON lines) for `tsuji glossary merge`.
    public static func write(_ collector: GlossaryCollector) -> String {
        var head = JSONWriter()
        head.beginObject()
        head.string("format", formatName)
        head.strings("documents", collector.documents)
        head.endObject()
        var out = head.output + "\n"
        for (key, record) in collector.records.sorted(by: { $0.value.first < $1.value.first }) {
            var json = JSONWriter()
            json.beginObject()
            json.string("key", key)
            json.beginObject(key: "facts")
            GlossaryJSONWriter.writeFields(of: record.facts, columns: factColumns, to: &json)
            json.endObject()
            position("at", record.factsPosition, &json)
            position("first", record.first, &json)
            json.string("context", ifPresent: record.context)
            json.beginArray(key: "forms")
            for (form, at) in record.forms.sorted(by: { $0.value < $1.value }) {
                json.beginArray()
                json.string(nil, form)
                json.number(nil, at.document)
                json.number(nil, at.offset)
                json.endArray()
            }
            json.endArray()
            json.beginArray(key: "counts")
            for (document, count) in record.counts.sorted(by: { $0.key < $1.key }) {
                json.beginArray()
                json.number(nil, document)
                json.number(nil, count)
                json.endArray()
            }
            json.endArray()
            json.endObject()
            out += json.output + "\n"
        }
        return out
    }

    static func position(_ key: StaticString, _ at: GlossaryCollector.Position, _ json: inout JSONWriter) {
        json.beginArray(key: key)
        json.number(nil, at.document)
        json.number(nil, at.offset)
        json.endArray()
    }

    /// A collector from a partial file. Errors name the file and line.
    public static func read(_ text: String, file: String) throws(GlossaryReadError) -> GlossaryCollector {
        try parse(text, file: file).collector
    }

    /// Reads a partial file and appends it to `collector` (as ``GlossaryCollector/append(_:)``),
    /// after checking that no term's count across the parts so far would be more than
    /// ``GlossaryTerm/maximumCount``: a part that makes one too large is bad data, named by its
    /// file and the term's line, and `collector` is left as it was.
    public static func read(_ text: String, file: String, appendingTo collector: inout GlossaryCollector) throws(GlossaryReadError) {
        let (part, lines) = try parse(text, file: file)
        for (key, record) in part.records {
            guard let known = collector.records[key]?.total, GlossaryTerm.addingCounts(known, record.total) == nil else { continue }
            throw GlossaryReadError(
                file: file, line: lines[key],
                message: "\(key): the counts of the parts so far add up to more than \(GlossaryTerm.maximumCount), the largest count tsuji reads")
        }
        collector.append(part)
    }

    /// A collector from a partial file, and the line of each term. Errors name the file and line.
    static func parse(_ text: String, file: String) throws(GlossaryReadError) -> (collector: GlossaryCollector, lines: [String: Int]) {
        var collector = GlossaryCollector()
        var lines: [String: Int] = [:]
        var number = 0
        var sawHeader = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            func fail(_ message: String) -> GlossaryReadError { GlossaryReadError(file: file, line: number, message: message) }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)), let fields = object as? [String: Any] else {
                throw fail("not a JSON object")
            }
            if !sawHeader {
                sawHeader = true
                guard fields["format"] as? String == formatName else { throw fail("not a tsuji partial file (no \"format\":\"\(formatName)\")") }
                guard let documents = fields["documents"] as? [Any], documents.allSatisfy({ $0 is String }) else {
                    throw fail("\"documents\" must be an array of names")
                }
                collector.documents = documents.map { $0 as! String }
                continue
            }
            let count = collector.documents.count
            func position(_ value: Any?) -> GlossaryCollector.Position? {
                guard let pair = value as? [Any], pair.count == 2, let document = pair[0] as? Int, let offset = pair[1] as? Int,
                    (0..<count).contains(document), offset >= 0
                else { return nil }
                return GlossaryCollector.Position(document: document, offset: offset)
            }
            guard let key = fields["key"] as? String, !key.isEmpty else { throw fail("a term needs a \"key\"") }
            guard let factFields = fields["facts"] as? [String: Any] else { throw fail("\(key): \"facts\" must be an object") }
            var facts: GlossaryTerm
            do throws(GlossaryReadError.Reason) {
                var withKey = factFields
                withKey["key"] = key
                facts = try GlossaryJSONReader.term(withKey)
            } catch {
                throw fail("\(key): \(error.message)")
            }
            facts.forms = []
            guard let at = position(fields["at"]), let first = position(fields["first"]) else {
                throw fail("\(key): \"at\" and \"first\" must be [document, offset] within the \(count) documents")
            }
            var forms: [String: GlossaryCollector.Position] = [:]
            for item in fields["forms"] as? [Any] ?? [] {
                guard let triple = item as? [Any], triple.count == 3, let form = triple[0] as? String,
                    let where_ = position(Array(triple[1...]))
                else { throw fail("\(key): each form must be [form, document, offset]") }
                forms[form] = where_
            }
            var counts: [Int: Int] = [:]
            var total = 0
            for item in fields["counts"] as? [Any] ?? [] {
                guard let pair = item as? [Any], pair.count == 2, let document = pair[0] as? Int, let n = pair[1] as? Int,
                    (0..<count).contains(document), n > 0
                else { throw fail("\(key): each count must be [document, count]") }
                guard n <= GlossaryTerm.maximumCount else {
                    throw fail("\(key): count \(n) is more than \(GlossaryTerm.maximumCount), the largest count tsuji reads")
                }
                // The total bounds every sum below it (the counts are positive).
                guard let sum = GlossaryTerm.addingCounts(total, n) else {
                    throw fail("\(key): the counts add up to more than \(GlossaryTerm.maximumCount), the largest count tsuji reads")
                }
                total = sum
                counts[document, default: 0] += n
            }
            guard collector.records[key] == nil else { throw fail("\(key) appears twice") }
            collector.records[key] = GlossaryCollector.Record(
                facts: facts, factsPosition: at, first: first, context: fields["context"] as? String, forms: forms,
                counts: counts, total: total)
            lines[key] = number
        }
        guard sawHeader else { throw GlossaryReadError(file: file, line: 1, message: "empty partial file") }
        return (collector, lines)
    }
}
