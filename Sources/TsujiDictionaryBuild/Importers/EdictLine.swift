import TsujiDictionary

/// One line of EDICT or ENAMDICT syntax, split into its parts:
/// `KANJI1;KANJI2 [KANA1;KANA2] /(pos) sense/(P)/EntL1234/` or `KANA /sense/`.
struct EdictLine {
    /// Headwords before the brackets (kanji forms), tags such as `(P)` or `(iK)` removed.
    var kanji: [String] = []
    /// Readings in the brackets, or the headword of a kana-only line.
    var kana: [String] = []
    /// The senses, each with its leading tags (`n`, `vs`, `1`, `p,s`, …) split off.
    var senses: [(tags: [String], text: String)] = []
    /// `(P)` on a headword or as a sense.
    var isCommon = false
    /// The `EntL` sequence number (EDICT2), without its letters.
    var entrySequence: String?

    /// Reads a file in EDICT's line format (EDICT, ENAMDICT): decodes each line, skips blank
    /// ones, takes the version from the header line, and hands every well-formed line to
    /// `entry` with its line number, counting the entries and collecting the malformed lines.
    static func forEachEntry(
        in input: DictionaryInput, source: String, strict: Bool, issueLimit: Int, encoding: String,
        _ entry: (EdictLine, _ line: Int) throws -> Void
    ) throws -> ParseReport {
        var report = ParseReport(source: source, file: input.name)
        let issues = IssueCollector(file: input.name, strict: strict, limit: issueLimit)
        let decoder = EUCJPLineDecoder(lines: try LineReader(input), encoding: encoding)
        try decoder.forEachLine(issues: issues) { line, number in
            report.lines = number
            if line.trimmed(0..<line.count).isEmpty { return }
            if isHeader(line) {
                report.version = headerVersion(line)
                return
            }
            switch parse(line) {
            case .failure(let error):
                try issues.skip(line: number, error.message)
            case .success(let parsed):
                report.entries += 1
                try entry(parsed, number)
            }
        }
        issues.fill(&report)
        return report
    }

    /// The text of the file's first line (`　？？？ /EDICT, …/Created: 2021-02-03/`).
    static func isHeader(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // U+3000 then ？？？ (U+FF1F ×3).
        line.starts(with: "\u{3000}\u{FF1F}\u{FF1F}\u{FF1F}")
    }

    /// The date in the header's `Created: YYYY-MM-DD`.
    static func headerVersion(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        guard let at = line.firstIndex(of: "Created: ", in: 0..<line.count) else { return nil }
        let start = at + 9
        var end = start
        while end < line.count, line[end] != UInt8(ascii: "/") { end += 1 }
        let range = line.trimmed(start..<end)
        return range.isEmpty ? nil : line.string(range)
    }

    /// Parses a line, or returns why it is malformed.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<EdictLine, EdictLineError> {
        let all = line.trimmed(0..<line.count)
        guard let slash = line.firstIndex(of: " /", in: all) else {
            return .failure(.init("expected ' /' before the senses"))
        }
        guard line[all.upperBound - 1] == UInt8(ascii: "/") else {
            return .failure(.init("the senses do not end with '/'"))
        }
        guard all.upperBound - 1 > slash + 1 else {
            return .failure(.init("no sense between the '/'"))
        }
        var result = EdictLine()
        let head = line.trimmed(all.lowerBound..<slash)
        if let open = line.firstIndex(of: UInt8(ascii: "["), in: head) {
            guard line[head.upperBound - 1] == UInt8(ascii: "]") else {
                return .failure(.init("'[' without ']' around the reading"))
            }
            result.kanji = forms(line, line.trimmed(head.lowerBound..<open), common: &result.isCommon)
            result.kana = forms(line, line.trimmed((open + 1)..<(head.upperBound - 1)), common: &result.isCommon)
            if result.kanji.isEmpty { return .failure(.init("no headword before '['")) }
            if result.kana.isEmpty { return .failure(.init("empty reading in '[]'")) }
        } else {
            if line.firstIndex(of: UInt8(ascii: "]"), in: head) != nil {
                return .failure(.init("']' without '['"))
            }
            result.kana = forms(line, head, common: &result.isCommon)
            if result.kana.isEmpty { return .failure(.init("no headword")) }
        }
        for piece in line.split((slash + 2)..<(all.upperBound - 1), separator: UInt8(ascii: "/")) {
            if piece.count == 3, line.starts(with: "(P)", at: piece.lowerBound) {
                result.isCommon = true
                continue
            }
            if line.starts(with: "EntL", at: piece.lowerBound) {
                var end = piece.lowerBound + 4
                while end < piece.upperBound, (0x30...0x39).contains(line[end]) { end += 1 }
                if end > piece.lowerBound + 4 {
                    result.entrySequence = line.string((piece.lowerBound + 4)..<end)
                    continue
                }
            }
            let (tags, gloss) = splitTags(line, piece)
            if !gloss.isEmpty { result.senses.append((tags.map { line.string($0) }, line.string(gloss))) }
        }
        if result.senses.isEmpty { return .failure(.init("no sense between the '/'")) }
        return .success(result)
    }

    /// The `;`-separated forms in `range`, each cut at its first `(` (tags like `(P)`, `(iK)`,
    /// or a reading's restriction to some kanji forms).
    private static func forms(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, common: inout Bool) -> [String] {
        var forms: [String] = []
        for piece in line.split(range, separator: UInt8(ascii: ";")) {
            var end = piece.upperBound
            if let open = line.firstIndex(of: UInt8(ascii: "("), in: piece) {
                end = open
                if line.firstIndex(of: "(P)", in: piece) != nil { common = true }
            }
            let form = line.trimmed(piece.lowerBound..<end)
            if !form.isEmpty { forms.append(line.string(form)) }
        }
        return forms
    }

    /// Splits the leading tags from a sense: `(n) (1) (sl) dumb-ass` → (["n", "1", "sl"], "dumb-ass").
    /// A tag is a parenthesised or braced group without spaces; "(as of a game) …" is gloss text.
    static func splitTags(_ line: UnsafeBufferPointer<UInt8>, _ sense: Range<Int>) -> (tags: [Range<Int>], text: Range<Int>) {
        var tags: [Range<Int>] = []
        var start = sense.lowerBound
        while true {
            while start < sense.upperBound, line[start] == 0x20 { start += 1 }
            guard start < sense.upperBound else { break }
            let open = line[start]
            guard open == UInt8(ascii: "(") || open == UInt8(ascii: "{") else { break }
            let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "}")
            var end = start + 1
            while end < sense.upperBound, line[end] != close, line[end] != 0x20 { end += 1 }
            guard end < sense.upperBound, line[end] == close, end > start + 1 else { break }
            tags.append((start + 1)..<end)
            start = end + 1
        }
        return (tags, line.trimmed(start..<sense.upperBound))
    }
}

struct EdictLineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
