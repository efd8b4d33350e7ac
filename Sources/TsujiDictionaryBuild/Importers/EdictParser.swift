import TsujiDictionary

/// Reads EDICT (`/usr/share/edict/edict`, EUC-JP, plain or compressed), line by line.
///
/// Accepts both the one-headword EDICT lines Debian ships (`回忌 [かいき] /(n-suf,n) (abbr) death
/// anniversary/(P)/`) and EDICT2 lines (`KANJI1;KANJI2 [KANA1;KANA2] /(n) sense/(P)/EntL1234/`),
/// and kana-only lines (`ころく /(n) quiver/`). Each line is one `ja` `word` entry: the kanji
/// forms (or the kana of a kana-only line) in `japanese`, the kana in `readings`, the senses as
/// English with their leading tags (`(n)`, `(1)`, `(sl)`, …) removed, and `(P)` as `isCommon`.
public struct EdictParser: StreamingSourceParser, Sendable {
    /// The source name the entries carry, `edict`.
    public static let source = DictionarySource.edict.name

    /// Throw the first malformed line instead of skipping it.
    public var strict: Bool
    /// How many issues a report keeps (all are counted in `skipped`).
    public var issueLimit: Int
    /// The file's encoding as ICU names it.
    public var encoding: String

    /// A parser for EUC-JP input unless another encoding is named.
    public init(strict: Bool = false, issueLimit: Int = 1000, encoding: String = "EUC-JP") {
        self.strict = strict
        self.issueLimit = issueLimit
        self.encoding = encoding
    }

    /// Parses `input`, calling `body` with each entry in file order. The header line's `Created:`
    /// date becomes the report's `version`.
    public func parse(_ input: DictionaryInput, _ body: (Entry) throws -> Void) throws -> ParseReport {
        try EdictLine.forEachEntry(
            in: input, source: Self.source, strict: strict, issueLimit: issueLimit, encoding: encoding
        ) { parsed, number in
            try body(Entry(
                id: "\(Self.source):\(parsed.entrySequence ?? String(number))", source: Self.source,
                language: .ja, kind: .word,
                japanese: parsed.kanji.isEmpty ? parsed.kana : parsed.kanji,
                readings: parsed.kana, english: parsed.senses.map(\.text), isCommon: parsed.isCommon))
        }
    }
}
