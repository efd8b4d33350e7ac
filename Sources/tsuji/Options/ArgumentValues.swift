import ArgumentParser
import TsujiAnnotate
import TsujiDictionary
import TsujiGlossary
import TsujiRomanize

// The values of the options that take one of a fixed set: parsed from their raw values and
// listed (CaseIterable) in help and shell completions. Mostly the libraries' own enums.

extension DocumentAnnotator.Format: ExpressibleByArgument {
    /// `md` is accepted for markdown.
    public init?(argument: String) {
        self.init(rawValue: argument == "md" ? "markdown" : argument)
    }

    /// The values help and completions list, `md` included.
    public static var allValueStrings: [String] { ["text", "markdown", "md", "html", "json", "jsonl"] }
}

extension LookupRenderer.Format: ExpressibleByArgument {}
extension DictionaryInfo.Format: ExpressibleByArgument {}
extension TermLanguage: ExpressibleByArgument {}
extension GlossaryFormat: ExpressibleByArgument {}
extension GlossarySortOrder: ExpressibleByArgument {}
extension Romanizer.System: ExpressibleByArgument {}
extension Romanizer.Style: ExpressibleByArgument {}
extension RomanizationOutput.Format: ExpressibleByArgument {}

/// `tsuji annotate --input-format`: as told, or `auto`, per document.
enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, text, html

    /// The library's choice: nil decides per document.
    var format: InputFormat? {
        switch self {
        case .auto: nil
        case .text: .text
        case .html: .html
        }
    }
}

/// `tsuji glossary --lang`: a language, or all.
enum GlossaryLanguageChoice: String, ExpressibleByArgument, CaseIterable {
    case zh, ja, all

    /// nil: every language.
    var language: TermLanguage? {
        switch self {
        case .zh: .zh
        case .ja: .ja
        case .all: nil
        }
    }
}

/// `tsuji glossary --target`: tsuji's glossaries are Japanese/Chinese → English.
enum GlossaryTarget: String, ExpressibleByArgument, CaseIterable {
    case en
}
