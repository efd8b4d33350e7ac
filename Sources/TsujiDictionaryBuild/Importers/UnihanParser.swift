import TsujiDictionary

/// Reads the Unihan database files (`Unihan_Readings.txt`, `Unihan_Variants.txt`, plain or
/// bzip2 as Debian's `unicode-data` ships them), line by line: `U+6F22<TAB>kMandarin<TAB>hàn`.
///
/// Readings become one `zh` `character` entry per character that has a kMandarin, kDefinition,
/// kJapaneseOn or kJapaneseKun field: kMandarin (already with tone marks) in `pinyin`,
/// kDefinition split at `;` in `english`, kJapaneseOn as katakana and kJapaneseKun as hiragana in
/// `readings` (see `UnihanKana`; a reading that does not convert is kept, romanized, in `note`).
/// The character is put in `traditional`, `simplified` or both according to the variants given
/// (a character with a kTraditionalVariant other than itself is a simplified form, one with a
/// kSimplifiedVariant other than itself a traditional form, one with neither is both), and in
/// `japanese` too when Unihan gives Japanese readings for it.
///
/// Variants (kSimplifiedVariant, kTraditionalVariant, kSemanticVariant,
/// kSpecializedSemanticVariant, kZVariant) become `VariantPair`s; a character listed as its own
/// variant is left out. The file lists all fields of a character together, which lets readings
/// stream one character at a time.
public struct UnihanParser: Sendable {
    /// The source name the entries carry, `unihan`.
    public static let source = DictionarySource.unihan.name

    /// Throw the first malformed line instead of skipping it.
    public var strict: Bool
    /// How many issues a report keeps (all are counted in `skipped`).
    public var issueLimit: Int

    /// A parser with these settings.
    public init(strict: Bool = false, issueLimit: Int = 1000) {
        self.strict = strict
        self.issueLimit = issueLimit
    }

    /// Parses the variants file, then the readings file with those variants.
    public func parse(readings: DictionaryInput, variants: DictionaryInput, _ body: (Entry) throws -> Void) throws -> (readings: ParseReport, variants: ParseReport) {
        let variantReport = try parseVariants(variants)
        let readingReport = try parseReadings(readings, variants: variantReport.variants, body)
        return (readingReport, variantReport)
    }

    /// Parses a variants file; the pairs are in the report's `variants`.
    public func parseVariants(_ input: DictionaryInput) throws -> ParseReport {
        var report = ParseReport(source: Self.source, file: input.name)
        let issues = IssueCollector(file: input.name, strict: strict, limit: issueLimit)
        var seen = Set<VariantPair>()
        try LineReader(input).forEachLine { line, number, _ in
            report.lines = number
            switch UnihanLine.parse(line) {
            case .skip: break
            case .version(let version): report.version = version
            case .malformed(let message): try issues.skip(line: number, message)
            case .field(let codePoint, let field, let value):
                guard let kind = Self.variantKinds[field] else { return }
                let character = String(Character(codePoint))
                for token in value.split(separator: " ") {
                    let target = token.prefix { $0 != "<" }
                    guard let scalar = UnihanLine.scalar(target) else {
                        try issues.skip(line: number, "bad code point '\(target)' in \(field)")
                        return
                    }
                    let variant = String(Character(scalar))
                    if variant == character { continue }
                    let pair = VariantPair(character: character, variant: variant, kind: kind, source: Self.source)
                    if seen.insert(pair).inserted { report.variants.append(pair) }
                }
            }
        }
        issues.fill(&report)
        return report
    }

    /// Parses a readings file, calling `body` with each character's entry. `variants` (from
    /// `parseVariants`) decide whether a character is traditional, simplified or both.
    public func parseReadings(_ input: DictionaryInput, variants: [VariantPair] = [], _ body: (Entry) throws -> Void) throws -> ParseReport {
        var simplifiedForms = Set<String>()
        var traditionalForms = Set<String>()
        for pair in variants {
            switch pair.kind {
            case .traditional: simplifiedForms.insert(pair.character)
            case .simplified: traditionalForms.insert(pair.character)
            default: break
            }
        }
        var report = ParseReport(source: Self.source, file: input.name)
        let issues = IssueCollector(file: input.name, strict: strict, limit: issueLimit)
        var current: UnihanCharacter?
        func flush() throws {
            guard let character = current else { return }
            current = nil
            guard let entry = character.entry(
                source: Self.source, simplifiedForms: simplifiedForms, traditionalForms: traditionalForms) else { return }
            report.entries += 1
            try body(entry)
        }
        try LineReader(input).forEachLine { line, number, _ in
            report.lines = number
            switch UnihanLine.parse(line) {
            case .skip: break
            case .version(let version): report.version = version
            case .malformed(let message): try issues.skip(line: number, message)
            case .field(let codePoint, let field, let value):
                if current?.codePoint != codePoint {
                    try flush()
                    current = UnihanCharacter(codePoint: codePoint)
                }
                current?.take(field: field, value: value)
            }
        }
        try flush()
        issues.fill(&report)
        return report
    }

    static let variantKinds: [String: VariantKind] = [
        "kSimplifiedVariant": .simplified, "kTraditionalVariant": .traditional,
        "kSemanticVariant": .semantic, "kSpecializedSemanticVariant": .specializedSemantic,
        "kZVariant": .z,
    ]
}
