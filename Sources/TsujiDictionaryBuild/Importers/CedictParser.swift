import TsujiText
import TsujiDictionary

/// Reads CC-CEDICT (`cedict_1_0_ts_utf-8_mdbg.txt`, plain or gzip), line by line:
/// `Traditional Simplified [pin1 yin1] /sense/sense/`.
///
/// Each line becomes one `zh` entry with both written forms, the pinyin (through
/// `pinyinTransform`) and the senses as English. Proper nouns (a capitalized pinyin syllable) get
/// a kind guessed from their first sense — `person` for "surname X" or a life span, `place` for
/// cities, provinces, rivers…, `company`, `organization`, `event` — else `name`; everything else
/// is a `word`. `CL:` (measure word) senses are not English and are left out.
public struct CedictParser: StreamingSourceParser, Sendable {
    /// The source name the entries carry, `cc-cedict`.
    public static let source = DictionarySource.cedict.name

    /// Throw the first malformed line instead of skipping it.
    public var strict: Bool
    /// How many issues a report keeps (all are counted in `skipped`).
    public var issueLimit: Int
    /// Applied to the numbered pinyin of each entry.
    public var pinyinTransform: PinyinTransform

    /// A parser; numbered pinyin is kept unless `pinyinTransform` says otherwise (the compiler
    /// passes one to tone marks).
    public init(strict: Bool = false, issueLimit: Int = 1000, pinyinTransform: @escaping PinyinTransform = PinyinTransforms.default) {
        self.strict = strict
        self.issueLimit = issueLimit
        self.pinyinTransform = pinyinTransform
    }

    /// Parses `input`, calling `body` with each entry in file order.
    public func parse(_ input: DictionaryInput, _ body: (Entry) throws -> Void) throws -> ParseReport {
        let lines = try LineReader(input)
        var report = ParseReport(source: Self.source, file: input.name)
        let issues = IssueCollector(file: input.name, strict: strict, limit: issueLimit)
        try lines.forEachLine { line, number, offset in
            report.lines = number
            // Checked on a copy: the line's memory stays behind this module's line reader.
            if line.contains(where: { $0 >= 0x80 }), let invalid = UTF8Decoding.firstInvalidOffset(Array(line)) {
                try issues.skip(line: number, "invalid UTF-8 at byte offset \(offset + invalid)")
                return
            }
            switch parseLine(line, number: number) {
            case .skip: break
            case .header(let key, let value):
                if key == "date" { report.version = value }
            case .entry(let entry):
                report.entries += 1
                try body(entry)
            case .malformed(let message):
                try issues.skip(line: number, message)
            }
        }
        issues.fill(&report)
        return report
    }

    enum LineResult {
        case skip
        case header(key: String, value: String)
        case entry(Entry)
        case malformed(String)
    }

    func parseLine(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> LineResult {
        let all = line.trimmed(0..<line.count)
        if all.isEmpty { return .skip }
        if line[all.lowerBound] == UInt8(ascii: "#") {
            if line.starts(with: "#!", at: all.lowerBound),
               let equals = line.firstIndex(of: UInt8(ascii: "="), in: all) {
                let key = line.string(line.trimmed((all.lowerBound + 2)..<equals))
                let value = line.string(line.trimmed((equals + 1)..<all.upperBound))
                return .header(key: key, value: value)
            }
            return .skip
        }
        guard let space1 = line.firstIndex(of: 0x20, in: all) else {
            return .malformed("expected 'Traditional Simplified [pinyin] /senses/'")
        }
        let simplifiedStart = space1 + 1
        guard let space2 = line.firstIndex(of: 0x20, in: simplifiedStart..<all.upperBound), space2 > simplifiedStart else {
            return .malformed("expected a simplified form after the traditional one")
        }
        let afterForms = line.trimmed((space2 + 1)..<all.upperBound)
        guard !afterForms.isEmpty, line[afterForms.lowerBound] == UInt8(ascii: "[") else {
            return .malformed("expected '[pinyin]' after the written forms")
        }
        guard let close = line.firstIndex(of: UInt8(ascii: "]"), in: afterForms) else {
            return .malformed("'[' without ']' around the pinyin")
        }
        let sensesRange = line.trimmed((close + 1)..<all.upperBound)
        guard sensesRange.count >= 2, line[sensesRange.lowerBound] == UInt8(ascii: "/"),
              line[sensesRange.upperBound - 1] == UInt8(ascii: "/") else {
            return .malformed("expected senses between '/' after the pinyin")
        }
        let traditional = line.string(all.lowerBound..<space1)
        let simplified = line.string(simplifiedStart..<space2)
        let numbered = line.string(line.trimmed((afterForms.lowerBound + 1)..<close))
        if numbered.isEmpty { return .malformed("empty pinyin") }
        var senses: [String] = []
        for piece in line.split(sensesRange, separator: UInt8(ascii: "/")) where !line.starts(with: "CL:", at: piece.lowerBound) {
            senses.append(line.string(piece))
        }
        if senses.isEmpty, line.split(sensesRange, separator: UInt8(ascii: "/")).isEmpty {
            return .malformed("no sense between the '/'")
        }
        let entry = Entry(
            id: "\(Self.source):\(number)", source: Self.source, language: .zh,
            kind: Self.kind(numberedPinyin: numbered, senses: senses),
            traditional: [traditional], simplified: [simplified],
            pinyin: [pinyinTransform(numbered)], english: senses)
        return .entry(entry)
    }

    /// Whether a syllable of the numbered pinyin is capitalized (CC-CEDICT writes proper nouns
    /// so): "Zhong1" yes, "zhong1" no, a bare letter such as "C" in "san1 C" no.
    static func isProperNoun(numberedPinyin: String) -> Bool {
        for syllable in numberedPinyin.utf8.split(separator: 0x20) {
            guard let first = syllable.first, let last = syllable.last, syllable.count >= 2 else { continue }
            if (0x41...0x5A).contains(first), (0x31...0x35).contains(last) { return true }
        }
        return false
    }

    /// The kind a CC-CEDICT entry's first sense suggests; `word` unless its pinyin is capitalized.
    static func kind(numberedPinyin: String, senses: [String]) -> TermKind {
        guard isProperNoun(numberedPinyin: numberedPinyin) else { return .word }
        guard let first = senses.first else { return .name }
        return CedictKindGuesser.kind(firstSense: first)
    }
}
