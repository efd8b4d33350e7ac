import TsujiDictionary

/// Reads KANJIDIC2 (`kanjidic2.xml.gz`), streaming, one entry per `<character>`.
///
/// An entry is a `ja` `character` with id `kanjidic2:U+4E9C` (by code point: KANJIDIC2 has
/// compatibility ideographs whose strings compare equal to their unified forms): the literal in
/// `japanese`; `ja_on` readings (katakana) then
/// `ja_kun` readings (hiragana, with KANJIDIC2's own marks kept: `.` before okurigana as in
/// `つ.ぐ`, `-` for an affix) in `readings`; the `pinyin` readings (CC-CEDICT style, numbered)
/// through `pinyinTransform`; the English meanings (no `m_lang`); `isCommon` for the jōyō kanji
/// (grades 1–8).
///
/// The report's `variants` are KANJIDIC2's `<variant>` cross-references resolved to characters
/// through the file's own code tables: a `jis208`/`jis212`/`jis213` code is looked up among the
/// characters' `<cp_value>`s, `ucs` is the code point itself, and `nelson_c`, `njecd`, `oneill`,
/// `deroo`, `s_h` are looked up among the `<dic_ref>`/`<q_code>` numbers where exactly one
/// character has that number. Those that match none are counted in `unresolvedVariants`.
public struct Kanjidic2Parser: StreamingSourceParser, Sendable {
    /// The source name the entries carry, `kanjidic2`.
    public static let source = DictionarySource.kanjidic2.name

    /// Throw the first malformed record instead of skipping it.
    public var strict: Bool
    /// How many issues a report keeps (all are counted in `skipped`).
    public var issueLimit: Int
    /// Applied to the numbered pinyin of each character.
    public var pinyinTransform: PinyinTransform

    /// A parser; numbered pinyin is kept unless `pinyinTransform` says otherwise (the compiler
    /// passes one to tone marks).
    public init(strict: Bool = false, issueLimit: Int = 1000, pinyinTransform: @escaping PinyinTransform = PinyinTransforms.default) {
        self.strict = strict
        self.issueLimit = issueLimit
        self.pinyinTransform = pinyinTransform
    }

    /// Parses `input`, calling `body` with each entry in file order; the variant pairs are in the
    /// report's `variants`.
    public func parse(_ input: DictionaryInput, _ body: (Entry) throws -> Void) throws -> ParseReport {
        let scanner = XMLScanner(try DecompressingReader(input))
        var report = ParseReport(source: Self.source, file: input.name)
        let issues = IssueCollector(file: input.name, strict: strict, limit: issueLimit)
        var state = Kanjidic2State()
        var stack: [String] = []
        var text = ""
        var databaseVersion: String?
        var creationDate: String?

        while let event = try scanner.next() {
            switch event {
            case .error(let message, let fatal):
                try issues.skip(line: scanner.line, message)
                if fatal { state.current = nil }
            case .text(let chunk):
                text += chunk
            case .start(let name, let attributes, let selfClosing):
                text = ""
                if name == "character" {
                    if let open = state.current {
                        try issues.skip(line: open.line, "<character> not closed before the next one")
                    }
                    state.current = Kanjidic2Record(line: scanner.line)
                } else {
                    state.current?.attributes = attributes
                }
                if !selfClosing { stack.append(name) }
            case .end(let name):
                if stack.last != name {
                    let expected = stack.last.map { "</\($0)>" } ?? "no end tag"
                    try issues.skip(line: scanner.line, "expected \(expected), found </\(name)>")
                    guard let match = stack.lastIndex(of: name) else { continue }
                    stack.removeSubrange((match + 1)...)
                }
                stack.removeLast()
                switch name {
                case "database_version": databaseVersion = text
                case "date_of_creation": creationDate = text
                case "character":
                    guard let record = state.current else { break }
                    state.current = nil
                    switch record.entry(source: Self.source, pinyinTransform: pinyinTransform) {
                    case .success(let entry):
                        state.register(record)
                        report.entries += 1
                        try body(entry)
                    case .failure(let error):
                        try issues.skip(line: record.line, error.message)
                    }
                default:
                    state.current?.take(element: name, text: text)
                }
                text = ""
            }
        }
        if let open = stack.last {
            try issues.skip(line: scanner.lines, "the document ends inside <\(open)>")
        }
        report.lines = scanner.lines
        report.version = databaseVersion.map { v in creationDate.map { "\(v) (\($0))" } ?? v } ?? creationDate
        let (pairs, unresolved) = state.resolveVariants(source: Self.source)
        report.variants = pairs
        report.unresolvedVariants = unresolved
        issues.fill(&report)
        return report
    }
}
