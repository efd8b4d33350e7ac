/// Reads a prompt block back: `forms → English (romanization)` lines. The romanization is not
/// kept (a prompt does not say whether it is pinyin or romaji).
public struct PromptReader: GlossaryReader {
    /// A reader with no settings.
    public init() {}

    /// Reads each non-empty line as forms (split at ` / `) and, after the arrow, English.
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        var result = LoadedGlossary(file: file, format: .prompt, isTsujiGlossary: false)
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingSpaces
            if number == 1 && trimmed == PromptWriter.header {
                result.isTsujiGlossary = true
                continue
            }
            guard !trimmed.isEmpty else { continue }
            var left = trimmed, english: String?
            if let arrow = trimmed.firstRange(of: PromptWriter.arrow.trimmingSpaces) {
                left = trimmed[..<arrow.lowerBound].trimmingSpaces
                english = Self.droppingRomanization(trimmed[arrow.upperBound...].trimmingSpaces)
            } else {
                left = Self.droppingRomanization(trimmed)
            }
            let forms = left.components(separatedBy: PromptWriter.formSeparator.trimmingSpaces).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            guard let first = forms.first else { continue }
            let term = GlossaryTerm(key: GlossaryTerm.unkeyedPrefix + first, forms: forms, english: english.map { [$0] } ?? [])
            result.rows.append(LoadedGlossary.Row(term: term, line: number))
        }
        return result
    }

    /// `Qwen (Tōngyì Qiānwèn)` → `Qwen`.
    static func droppingRomanization(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
        return text[..<open].trimmingSpaces
    }
}
