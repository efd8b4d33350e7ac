import Foundation
import TsujiAnnotate
import TsujiDictionary

/// Reads `tsuji.glossary/1` JSON back.
public struct GlossaryJSONReader: GlossaryReader {
    /// A reader with no settings.
    public init() {}

    /// Reads the terms of a `tsuji.glossary/1` object. A file of partial counts
    /// (`tsuji glossary merge` input) or any other JSON is refused.
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw GlossaryReadError(file: file, message: "not valid JSON (\(Self.describe(error)))")
        }
        if let root = object as? [String: Any], root["format"] as? String == GlossaryPartial.formatName {
            throw GlossaryReadError(file: file, message: "holds partial counts; combine partial files with `tsuji glossary merge`")
        }
        guard let root = object as? [String: Any], root["format"] as? String == Glossary.formatName else {
            throw GlossaryReadError(file: file, message: "not a tsuji glossary (no \"format\":\"\(Glossary.formatName)\")")
        }
        guard let terms = root["terms"] as? [Any] else {
            throw GlossaryReadError(file: file, message: "\"terms\" must be an array")
        }
        var result = LoadedGlossary(file: file, format: .json, isTsujiGlossary: true)
        result.documents = (root["documents"] as? [Any])?.compactMap { $0 as? String } ?? []
        // The writer puts one term a line after the opening line; a file laid out otherwise (run
        // through a pretty-printer) is named by term number only.
        let ownLayout = text.split(separator: "\n").count == terms.count + 2
        for (index, element) in terms.enumerated() {
            let line = ownLayout ? index + 2 : nil
            guard let fields = element as? [String: Any] else {
                throw GlossaryReadError(file: file, line: line, message: "term \(index + 1) is not an object")
            }
            do throws(GlossaryReadError.Reason) {
                result.rows.append(LoadedGlossary.Row(term: try Self.term(fields), line: line))
            } catch {
                throw GlossaryReadError(file: file, line: line, message: "term \(index + 1): \(error.message)")
            }
        }
        return result
    }

    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }

    /// A term from the fields `GlossaryJSONWriter.writeFields` writes.
    static func term(_ fields: [String: Any]) throws(GlossaryReadError.Reason) -> GlossaryTerm {
        func string(_ key: String) throws(GlossaryReadError.Reason) -> String? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let text = value as? String else { throw .init("\"\(key)\" must be a string") }
            return text.isEmpty ? nil : text
        }
        func strings(_ key: String) throws(GlossaryReadError.Reason) -> [String] {
            guard let value = fields[key], !(value is NSNull) else { return [] }
            guard let list = value as? [Any], list.allSatisfy({ $0 is String }) else {
                throw .init("\"\(key)\" must be an array of strings")
            }
            return list.map { $0 as! String }
        }
        func integer(_ key: String) throws(GlossaryReadError.Reason) -> Int? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let number = value as? Int, number >= 0 else { throw .init("\"\(key)\" must be a whole number") }
            return number
        }
        var term = GlossaryTerm(key: "", forms: try strings("forms"))
        if let first = try string("term"), !term.forms.contains(first) { term.forms.insert(first, at: 0) }
        if let lang = try string("lang") {
            guard let language = TermLanguage(rawValue: lang) else { throw .init("unknown lang '\(lang)'") }
            term.language = language
        }
        if let kindName = try string("kind") {
            guard let kind = TermKind(rawValue: kindName) else { throw .init("unknown kind '\(kindName)'") }
            term.kind = kind
        }
        term.hanzi = try string("hanzi")
        term.simplified = try string("simplified")
        term.reading = try string("reading")
        term.romaji = try string("romaji")
        term.pinyin = try string("pinyin")
        term.english = try strings("english")
        if let documents = fields["documents"], !(documents is NSNull) {
            guard let list = documents as? [Any] else { throw .init("\"documents\" must be an array") }
            for item in list {
                guard let document = item as? [String: Any], let name = document["name"] as? String,
                    let count = document["count"] as? Int, count >= 0
                else { throw .init("each document must be {\"name\":…,\"count\":…}") }
                term.documents.append(.init(name: name, count: try GlossaryTerm.checkedCount(count, "the count of document '\(name)'")))
            }
        }
        let total = try term.documentsTotal()
        if let count = try integer("count") {
            term.count = try GlossaryTerm.checkedCount(count, "\"count\"")
        } else {
            term.count = total
        }
        term.context = try string("context")
        term.source = try string("source")
        if let confidenceName = try string("confidence") {
            guard let confidence = Confidence(rawValue: confidenceName) else { throw .init("unknown confidence '\(confidenceName)'") }
            term.confidence = confidence
        }
        term.note = try string("note")
        term.order = try integer("order")
        if term.forms.isEmpty, let hanzi = term.hanzi ?? term.simplified { term.forms = [hanzi] }
        term.key = try string("key") ?? GlossaryTerm.unkeyedPrefix + term.term
        if term.forms.isEmpty && term.key.hasPrefix(GlossaryTerm.unkeyedPrefix) { throw .init("a term needs \"term\", \"forms\" or \"key\"") }
        return term
    }
}
