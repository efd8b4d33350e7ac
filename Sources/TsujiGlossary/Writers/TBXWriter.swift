import TsujiText
import TsujiAnnotate

/// TBX-Basic (ISO 30042:2019, TBX v3, DCA style): one `conceptEntry` per term, with a language
/// section for Japanese (`ja`: the forms seen in the articles), traditional and simplified
/// Chinese (`zh-Hant`, `zh-Hans`; `zh` when the script is not known) and English (`en`, the
/// preferred name first).
///
/// TBX-Basic has no data category for romanization, so pinyin, the kana reading and Hepburn go in
/// `note` elements of the term section (`pinyin: Tōngyì Qiānwèn`), which every TBX-Basic reader
/// accepts. The context sentence is a `descrip type="context"` with its document as
/// `admin type="source"`, the term in `hi type="bold"`. Concept ids are a hash of the term key,
/// so regenerating a glossary changes only what changed.
public struct TBXWriter: GlossaryWriter {
    /// The TBX v3 namespace (ISO 30042 edition 2) of the `tbx` element.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"
    /// The labels of the notes tsuji writes, read back by `TBXReader`.
    public enum Label: String, CaseIterable, Sendable {
        /// One label per field of ``GlossaryTerm`` that a note carries; `hepburn` holds the romaji.
        case pinyin, reading, hepburn, forms, hanzi, simplified, kind, lang, count, documents, confidence, key, order, note, source
    }

    /// A writer with no settings.
    public init() {}

    /// The TBX document: a header naming the format and the documents, then one concept entry
    /// per term (with a warning for an empty glossary, which is not valid TBX-Basic).
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="\(Self.namespace)">
              <tbxHeader>
                <fileDesc>
                  <titleStmt>
                    <title>tsuji glossary</title>
                  </titleStmt>
                  <sourceDesc>
                    <p>\(Glossary.formatName)</p>

            """
        if !glossary.documents.isEmpty {
            out += "        <p>documents: \(Self.escape(glossary.documents.joined(separator: GlossaryColumn.valueSeparator)))</p>\n"
        }
        out += """
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        if glossary.terms.isEmpty { warnings.append("the glossary is empty; a TBX body without concept entries is not valid TBX-Basic") }
        for term in glossary.terms { out += conceptEntry(term) }
        out += """
                </body>
              </text>
            </tbx>

            """
        return out
    }

    func conceptEntry(_ term: GlossaryTerm) -> String {
        var out = "      <conceptEntry id=\"\(StableID.conceptID(term.key))\">\n"
        func note(_ label: Label, _ value: String?, indent: String = "        ") {
            guard let value, !value.isEmpty else { return }
            out += "\(indent)<note>\(label.rawValue): \(Self.escape(value))</note>\n"
        }
        if let source = term.source { out += "        <admin type=\"source\">\(Self.escape(source))</admin>\n" }
        note(.key, term.key)
        note(.forms, term.forms.joined(separator: GlossaryColumn.valueSeparator))
        note(.lang, term.language?.rawValue)
        note(.kind, term.kind?.rawValue)
        note(.count, String(term.count))
        note(.documents, GlossaryColumn.documents.text(of: term))
        note(.confidence, term.confidence?.rawValue)
        note(.order, term.order.map(String.init))
        note(.note, term.note)
        let sections = languageSections(term)
        // Written forms no language section holds (a Japanese word's kanji) go in notes.
        let held = Set(sections.flatMap(\.terms))
        if let hanzi = term.hanzi, !sections.contains(where: { $0.language.hasPrefix("zh") && $0.terms.contains(hanzi) }) {
            note(.hanzi, hanzi)
        }
        if let simplified = term.simplified, !sections.contains(where: { $0.language == "zh-Hans" }) || !held.contains(simplified) {
            note(.simplified, simplified)
        }
        // The context goes with the form it shows (the first seen), else with the first term.
        let contextForm = term.forms.first ?? term.term
        var contextWritten = false
        let hasContextTerm = sections.contains { $0.terms.contains(contextForm) }
        for section in sections {
            out += "        <langSec xml:lang=\"\(section.language)\">\n"
            for (index, text) in section.terms.enumerated() {
                out += "          <termSec>\n"
                out += "            <term>\(Self.escape(text))</term>\n"
                if section.language == "en" {
                    let status = index == 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"
                    out += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n"
                }
                let indent = "            "
                if section.language.hasPrefix("zh") { note(.pinyin, term.pinyin, indent: indent) }
                if section.language == "ja" {
                    note(.reading, term.reading, indent: indent)
                    note(.hepburn, term.romaji, indent: indent)
                }
                if let context = term.context, !contextWritten, !hasContextTerm || text == contextForm {
                    contextWritten = true
                    out += "            <descripGrp>\n"
                    out += "              <descrip type=\"context\">\(Self.markedContext(context))</descrip>\n"
                    if let document = term.documents.first?.name {
                        out += "              <admin type=\"source\">\(Self.escape(document))</admin>\n"
                    }
                    out += "            </descripGrp>\n"
                }
                out += "          </termSec>\n"
            }
            out += "        </langSec>\n"
        }
        out += "      </conceptEntry>\n"
        return out
    }

    struct Section {
        var language: String
        var terms: [String]
    }

    /// The language sections of a term. The articles are Japanese, so every form seen is a
    /// Japanese written form, except a simplified form the article quotes as Chinese (腾讯). A
    /// form Japanese writes the same as simplified Chinese (中国, 浙江大学) is both, and is filed
    /// under `ja` too, so that a ja→en project matches it.
    func languageSections(_ term: GlossaryTerm) -> [Section] {
        var sections: [Section] = []
        let seen = term.forms.isEmpty ? [term.term] : term.forms
        let simplifiedOnly = term.simplified.flatMap { $0 != term.hanzi ? $0 : nil }
        var japanese = seen.filter { form in
            form != simplifiedOnly || !JapaneseCharacters.containsSimplifiedOnly(Array(form.unicodeScalars))
        }
        if japanese.isEmpty && term.language != .zh { japanese = seen }
        // Seen only in simplified (腾讯): Japanese writes the traditional form (騰訊).
        if japanese.isEmpty, let hanzi = term.hanzi, !JapaneseCharacters.containsSimplifiedOnly(Array(hanzi.unicodeScalars)) {
            japanese = [hanzi]
        }
        if !japanese.isEmpty { sections.append(Section(language: "ja", terms: japanese)) }
        if term.language == .zh || (term.language == nil && (term.pinyin != nil || term.simplified != nil)) {
            if let hanzi = term.hanzi {
                // The traditional form is known as such when a simplified form is known beside
                // it or a dictionary gave it; a form learned from an article has no known script.
                let known = term.simplified != nil || term.confidence == .dictionary
                sections.append(Section(language: known ? "zh-Hant" : "zh", terms: [hanzi]))
            }
            if let simplified = term.simplified { sections.append(Section(language: "zh-Hans", terms: [simplified])) }
        }
        if sections.isEmpty { sections.append(Section(language: "ja", terms: seen)) }
        if !term.english.isEmpty { sections.append(Section(language: "en", terms: term.english)) }
        return sections
    }

    /// The context with ⟦term⟧ as `<hi type="bold">term</hi>`.
    static func markedContext(_ context: String) -> String {
        escape(context)
            .replacingAll(ContextExtractor.open, with: "<hi type=\"bold\">")
            .replacingAll(ContextExtractor.close, with: "</hi>")
    }

    /// XML text and attribute escaping; characters XML 1.0 forbids become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            default:
                let v = scalar.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                out.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return String(out)
    }
}
