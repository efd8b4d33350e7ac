import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TsujiAnnotate
import TsujiDictionary

/// Reads TBX back: tsuji's own TBX-Basic (every field, from its notes) or another tool's TBX v3
/// (`conceptEntry`/`langSec`/`termSec`) or TBX v2 (`termEntry`/`langSet`/`tig`): the terms of
/// the English sections are the English, the others the forms.
public struct TBXReader: GlossaryReader {
    /// A reader with no settings.
    public init() {}

    /// Parses the XML and reads one row per concept entry; throws for XML that is not well-formed
    /// or has no `<tbx>` or `<martif>` root.
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        let bytes: [UInt8]
        do { bytes = try XMLPrescan.prepare(Array(text.utf8)) } catch {
            throw GlossaryReadError(file: file, line: error.line, message: error.message)
        }
        let parser = XMLParser(data: Data(bytes))
        let collector = Collector()
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        // On Linux, parse() can return true after an error; the delegate hears of it either way.
        let finished = parser.parse()
        if let error = collector.xmlError ?? (finished ? nil : (parser.lineNumber, parser.parserError)) {
            throw GlossaryReadError(file: file, line: error.line, message: "not well-formed XML (\(Self.describe(error.error)))")
        }
        if let problem = collector.problem {
            throw GlossaryReadError(file: file, line: problem.line, message: problem.message)
        }
        guard collector.sawRoot else {
            throw GlossaryReadError(file: file, line: 1, message: "not a TBX file (no <tbx> or <martif> root)")
        }
        return LoadedGlossary(
            file: file, format: .tbx, isTsujiGlossary: collector.isTsuji, documents: collector.documents,
            rows: collector.rows)
    }

    static func describe(_ error: Error?) -> String {
        guard let code = (error as NSError?)?.code else { return "unknown error" }
        switch code {
        case 4: return "the document is empty"
        case 5: return "the file ends inside an element"
        case 9: return "invalid character"
        case 26: return "undeclared entity"
        case 41: return "an attribute value is not quoted"
        case 73: return "'>' expected"
        case 76: return "closing tag does not match the opening tag"
        default: return "XML parser error \(code)"
        }
    }

    /// The parser delegate: gathers one concept at a time.
    final class Collector: NSObject, XMLParserDelegate {
        var sawRoot = false
        var isTsuji = false
        var documents: [String] = []
        var rows: [LoadedGlossary.Row] = []
        var problem: (line: Int, message: String)?
        var xmlError: (line: Int, error: Error?)?

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if xmlError == nil { xmlError = (parser.lineNumber, parseError) }
        }

        // The concept being read.
        var concept: GlossaryTerm?
        var conceptLine = 0
        var conceptForms: [String]?
        var languageFormsByCode: [(code: String, terms: [String])] = []
        var english: [(term: String, preferred: Bool)] = []
        // The language and term section being read.
        var language: String?
        var termText: String?
        var termPreferred = false
        // Text of the element being read, and what it is.
        var text = ""
        var stack: [String] = []
        var typeStack: [String?] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            stack.append(local)
            typeStack.append(attributes["type"])
            switch local {
            case "tbx", "martif": sawRoot = true
            case "conceptEntry", "termEntry":
                concept = GlossaryTerm(key: "", forms: [])
                conceptLine = parser.lineNumber
                conceptForms = nil
                languageFormsByCode = []
                english = []
            case "langSec", "langSet":
                language = attributes["xml:lang"] ?? attributes["lang"]
            case "termSec", "tig", "ntig":
                termText = nil
                termPreferred = false
            case "hi":
                text += ContextExtractor.open
                return
            default: break
            }
            if local != "hi" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let local = stack.popLast() ?? name
            let type = typeStack.popLast() ?? nil
            let value = text.trimmingSpaces
            switch local {
            case "hi":
                text += ContextExtractor.close
                return
            case "p" where stack.contains("sourceDesc"):
                if value == Glossary.formatName { isTsuji = true }
                if value.hasPrefix("documents: ") {
                    documents = value.dropFirst("documents: ".count).split(separator: Character(GlossaryColumn.valueSeparator)).map(String.init)
                }
            case "term":
                termText = value
            case "termNote" where type == "administrativeStatus":
                termPreferred = value.hasPrefix("preferred")
            case "admin" where type == "source" && stack.last == "conceptEntry":
                concept?.source = value.isEmpty ? nil : value
            case "descrip" where type == "context":
                if concept?.context == nil, !value.isEmpty { concept?.context = value }
            case "note":
                note(value, parser: parser)
            case "termSec", "tig", "ntig":
                guard let termText, !termText.isEmpty else { break }
                if isEnglish(language) {
                    english.append((termText, termPreferred))
                } else {
                    let code = language ?? ""
                    if let index = languageFormsByCode.firstIndex(where: { $0.code == code }) {
                        languageFormsByCode[index].terms.append(termText)
                    } else {
                        languageFormsByCode.append((code, [termText]))
                    }
                }
            case "langSec", "langSet":
                language = nil
            case "conceptEntry", "termEntry":
                finishConcept(parser: parser)
            default: break
            }
            text = ""
        }

        func isEnglish(_ code: String?) -> Bool {
            guard let code = code?.lowercased() else { return false }
            return code == "en" || code.hasPrefix("en-")
        }

        /// A `label: value` note of tsuji's; a note without a known label is the term's note.
        func note(_ value: String, parser: XMLParser) {
            guard concept != nil else { return }
            let parts = value.split(separator: ":", maxSplits: 1)
            let label = parts.count == 2 ? TBXWriter.Label(rawValue: String(parts[0]).trimmingSpaces) : nil
            let content = parts.count == 2 ? String(parts[1]).trimmingSpaces : value
            guard let label else {
                if !value.isEmpty { concept!.note = concept!.note.map { $0 + "; " + value } ?? value }
                return
            }
            do throws(GlossaryReadError.Reason) {
                switch label {
                case .pinyin: if concept!.pinyin == nil { concept!.pinyin = content }
                case .reading: if concept!.reading == nil { concept!.reading = content }
                case .hepburn: if concept!.romaji == nil { concept!.romaji = content }
                case .kind: try GlossaryColumn.kind.apply(content, to: &concept!)
                case .lang: try GlossaryColumn.lang.apply(content, to: &concept!)
                case .count: try GlossaryColumn.count.apply(content, to: &concept!)
                case .documents: try GlossaryColumn.documents.apply(content, to: &concept!)
                case .confidence: try GlossaryColumn.confidence.apply(content, to: &concept!)
                case .key: concept!.key = content
                case .order: try GlossaryColumn.order.apply(content, to: &concept!)
                case .note: concept!.note = content
                case .source: concept!.source = content
                case .hanzi: concept!.hanzi = content
                case .simplified: concept!.simplified = content
                case .forms:
                    conceptForms = content.split(separator: Character(GlossaryColumn.valueSeparator)).map { String($0).trimmingSpaces }
                }
            } catch {
                if problem == nil { problem = (parser.lineNumber, "\(label.rawValue): \(error.message)") }
            }
        }

        func finishConcept(parser: XMLParser) {
            guard var term = concept else { return }
            concept = nil
            for (code, terms) in languageFormsByCode {
                switch code {
                case "zh-Hant", "zh-TW", "zh-HK": if term.hanzi == nil { term.hanzi = terms.first }
                case "zh-Hans", "zh-CN", "zh-SG": if term.simplified == nil { term.simplified = terms.first }
                case "zh": if term.hanzi == nil { term.hanzi = terms.first }
                default: break
                }
            }
            if let forms = conceptForms, !forms.isEmpty {
                term.forms = forms
            } else {
                // Without tsuji's forms note: the Japanese forms, else any non-English term.
                let japanese = languageFormsByCode.filter { $0.code.lowercased().hasPrefix("ja") }.flatMap(\.terms)
                term.forms = japanese.isEmpty ? languageFormsByCode.flatMap(\.terms) : japanese
            }
            // Preferred English first, the rest in file order.
            term.english = english.filter(\.preferred).map(\.term) + english.filter { !$0.preferred }.map(\.term)
            do throws(GlossaryReadError.Reason) {
                let total = try term.documentsTotal()
                if term.count == 0, !term.documents.isEmpty { term.count = total }
            } catch {
                if problem == nil { problem = (conceptLine, error.message) }
                return
            }
            guard !term.forms.isEmpty || !term.key.isEmpty else { return }
            if term.key.isEmpty { term.key = GlossaryTerm.unkeyedPrefix + term.term }
            rows.append(LoadedGlossary.Row(term: term, line: conceptLine))
        }
    }
}
