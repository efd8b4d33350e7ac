/// A compact block to paste into an LLM or machine-translation prompt: one `term → English
/// (pinyin)` line per term, every form seen on the left. Japanese words give their romaji in
/// place of pinyin; a term with no English gives only its romanization.
public struct PromptWriter: GlossaryWriter {
    /// The first line, which tells the model what the lines mean and marks the block as tsuji's.
    public static let header = "Glossary (tsuji): term → English (pinyin). Use these renderings."
    /// Between the forms and the English.
    public static let arrow = " → "
    /// Between two forms of one term (騰訊 / テンセント).
    public static let formSeparator = " / "

    /// A writer with no settings.
    public init() {}

    /// The header, then one line per term.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = Self.header + "\n"
        for term in glossary.terms {
            let forms = (term.forms.isEmpty ? [term.term] : term.forms).map(BilingualWriter.clean)
            var line = forms.joined(separator: Self.formSeparator)
            let romanized = term.language == .ja ? (term.romaji ?? term.pinyin) : (term.pinyin ?? term.romaji)
            if let english = term.english.first {
                line += Self.arrow + BilingualWriter.clean(english)
                if let romanized { line += " (\(BilingualWriter.clean(romanized)))" }
            } else if let romanized {
                line += " (\(BilingualWriter.clean(romanized)))"
            }
            out += line + "\n"
        }
        return out
    }
}
