/// Source → target files that translation tools load as glossaries, one row per written form
/// (a tool matches the source text, and an article may write 騰訊 or テンセント).
///
/// - DeepL (TSV or CSV): two columns, source and target, no header; no tab or line break in a
///   field, no leading or trailing space, no duplicate source, at most 1024 UTF-8 bytes an entry.
///   Terms without English have no target and are left out, as are rows whose target is the
///   source itself and one-character sources, which a tool would apply inside other words.
/// - OmegaT: TSV with source, target and a comment (pinyin, reading, kind); UTF-8.
public struct BilingualWriter: GlossaryWriter {
    /// Which tool's file to write.
    public enum Style: Sendable { case deeplTSV, deeplCSV, omegat }

    /// Which tool's file this writer writes.
    public var style: Style
    /// DeepL refuses longer entries.
    public static let maxEntryBytes = 1024
    /// Marks a comment tsuji wrote, so reading the file back does not take it for a user's note.
    public static let commentPrefix = "tsuji: "

    /// A writer of `style`.
    public init(style: Style) { self.style = style }

    /// One line per written form of each term with English (its first English name as the
    /// target); a form already written is not repeated, and a DeepL entry over ``maxEntryBytes``
    /// is left out with a warning.
    public func write(_ glossary: Glossary, warnings: inout [String]) -> String {
        var out = ""
        var seen = Set<String>()
        for term in glossary.terms {
            guard let target = term.english.first.map(Self.clean), !target.isEmpty else { continue }
            for form in term.forms.isEmpty ? [term.term] : term.forms {
                let source = Self.clean(form)
                guard !source.isEmpty, !seen.contains(source) else { continue }
                // An identity row (DeepSeek → DeepSeek) tells the tool nothing and only pins the
                // word: left out.
                if source.lowercased() == target.lowercased() { continue }
                // A one-character source would be applied inside other words (元 → yuan in
                // 元社長, "former president"): left out of the tools' lists.
                if style != .omegat, source.count == 1 { continue }
                if style != .omegat, source.utf8.count > Self.maxEntryBytes || target.utf8.count > Self.maxEntryBytes {
                    warnings.append("left out \(source.prefix(20))…: a DeepL entry is at most \(Self.maxEntryBytes) bytes")
                    continue
                }
                seen.insert(source)
                switch style {
                case .deeplTSV: out += source + "\t" + target + "\n"
                case .deeplCSV: out += DelimitedText.csvField(source) + "," + DelimitedText.csvField(target) + "\r\n"
                case .omegat: out += source + "\t" + target + "\t" + Self.clean(comment(term)) + "\n"
                }
            }
        }
        return out
    }

    /// OmegaT's comment: what tsuji knows (marked as tsuji's, so a re-read does not take it for
    /// the user's), then the note, which a re-read keeps.
    func comment(_ term: GlossaryTerm) -> String {
        var parts: [String] = []
        if let pinyin = term.pinyin { parts.append(pinyin) }
        if let reading = term.reading { parts.append(term.romaji.map { "\(reading) (\($0))" } ?? reading) }
        if term.english.count > 1 { parts.append("also " + term.english.dropFirst().joined(separator: ", ")) }
        if let kind = term.kind { parts.append(kind.rawValue) }
        guard !parts.isEmpty else { return term.note ?? "" }
        return Self.commentPrefix + parts.joined(separator: " · ") + (term.note.map { Self.noteSeparator + $0 } ?? "")
    }

    /// Between tsuji's part of a comment and the note.
    public static let noteSeparator = " | note: "

    /// The note in a comment read back: all of a user's comment, or what follows tsuji's part.
    public static func note(fromComment comment: String) -> String? {
        let text = comment.trimmingSpaces
        guard text.hasPrefix(commentPrefix) else { return text.isEmpty ? nil : text }
        guard let range = text.firstRange(of: noteSeparator) else { return nil }
        let note = text[range.upperBound...].trimmingSpaces
        return note.isEmpty ? nil : note
    }

    /// One line, no control characters, no surrounding or doubled spaces.
    static func clean(_ text: String) -> String {
        DelimitedText.tsvCell(text).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
