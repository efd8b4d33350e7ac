import TsujiDictionary

/// What a parse of one source file produced besides its entries.
public struct ParseReport: Sendable {
    /// The source name (`cc-cedict`, `edict`, `enamdict`, `kanjidic2`, `unihan`).
    public var source: String
    /// The input's name (its path).
    public var file: String
    /// The version the file states about itself (CC-CEDICT's `#! date=`, EDICT's `Created:`,
    /// KANJIDIC2's database version, Unihan's Unicode version), if it states one.
    public var version: String?
    /// Lines read (for XML, the lines of the document).
    public var lines = 0
    /// Entries passed on.
    public var entries = 0
    /// Malformed lines or records skipped (every one, even past the issue limit).
    public var skipped = 0
    /// The skipped lines and why, up to the parser's `issueLimit`.
    public var issues: [ParseIssue] = []
    /// Character variant pairs (KANJIDIC2, Unihan).
    public var variants: [VariantPair] = []
    /// Variant references that could not be resolved to a character (KANJIDIC2 codes that no
    /// character in the file carries).
    public var unresolvedVariants = 0

    /// An empty report for one file of `source`.
    public init(source: String, file: String) {
        self.source = source
        self.file = file
    }
}
