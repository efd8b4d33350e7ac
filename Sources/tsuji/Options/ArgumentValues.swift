import ArgumentParser
import TsujiAnnotate
import TsujiDictionary
import TsujiGlossary
import TsujiRomanize

// The libraries' enums as option values: parsed from their raw values, and listed (CaseIterable)
// in help and shell completions.

extension LookupRenderer.Format: ExpressibleByArgument {}
extension DictionaryInfo.Format: ExpressibleByArgument {}

/// `md` is accepted for markdown.
extension DocumentAnnotator.Format: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument == "md" ? "markdown" : argument)
    }

    public static var allValueStrings: [String] { ["text", "markdown", "md", "html", "json", "jsonl"] }
}
extension GlossaryFormat: ExpressibleByArgument {}
extension GlossarySortOrder: ExpressibleByArgument {}
extension Romanizer.System: ExpressibleByArgument {}
extension Romanizer.Style: ExpressibleByArgument {}
extension RomanizationOutput.Format: ExpressibleByArgument {}
