/// The file formats a glossary is written in, each as the receiving tool reads it.
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Tab-separated: every column with a header row; with a target language, the two columns
    /// DeepL reads (source, target; no header).
    case tsv
    /// Comma-separated (RFC 4180), as `tsv`.
    case csv
    /// TBX-Basic (ISO 30042:2019, TBX v3, DCA style), for CAT tools.
    case tbx
    /// `{"format":"tsuji.glossary/1","documents":[…],"terms":[…]}`.
    case json
    /// A Markdown table.
    case md
    /// Anki's text import (tab-separated, with `#separator`, `#html`, `#columns` headers).
    case anki
    /// `term → English (pinyin)` lines to paste into an LLM or MT prompt.
    case prompt
    /// OmegaT's glossary (tab-separated source, target, comment; UTF-8).
    case omegat

    /// The format a file name implies, if any. `.txt` implies none: Anki, OmegaT and prompts all use it.
    public static func from(path: String) -> GlossaryFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "tsv", "tab": return .tsv
        case "csv": return .csv
        case "tbx": return .tbx
        case "json": return .json
        case "md", "markdown": return .md
        case "utf8": return .omegat
        default: return nil
        }
    }

    /// Whether rows can be chosen with `--columns`.
    public var hasColumns: Bool { self == .tsv || self == .csv || self == .md || self == .json }

    /// Whether `--target` (two-column source/target output) applies.
    public var allowsTarget: Bool { self == .tsv || self == .csv }

    /// The writer of this format. `target` asks TSV or CSV for DeepL's two columns.
    public func writer(columns: [GlossaryColumn] = GlossaryColumn.allCases, target: String? = nil) -> any GlossaryWriter {
        switch self {
        case .tsv: target == nil ? DelimitedWriter(separator: .tab, columns: columns) : BilingualWriter(style: .deeplTSV)
        case .csv: target == nil ? DelimitedWriter(separator: .comma, columns: columns) : BilingualWriter(style: .deeplCSV)
        case .tbx: TBXWriter()
        case .json: GlossaryJSONWriter(columns: columns)
        case .md: MarkdownWriter(columns: columns)
        case .anki: AnkiWriter()
        case .prompt: PromptWriter()
        case .omegat: BilingualWriter(style: .omegat)
        }
    }
}
