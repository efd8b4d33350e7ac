import TsujiDictionary
import TsujiDictionaryBuild
import TsujiText

/// One harness per dictionary source parser: arbitrary bytes as the source file (plain, or
/// gzip/bzip2 when they start like it), parsed leniently and strictly. Errors are fine; crashes,
/// hangs and nonsense reports are not.
public enum SourceHarness {
    /// gzip or bzip2 input that expands beyond this is skipped: a few hundred bytes of bzip2
    /// can hold tens of megabytes, which only makes the run slow (parsing is linear) and says
    /// nothing about the parser.
    static let expandedLimit = 2 << 20

    /// Whether the input, decompressed if it is compressed, stays within `expandedLimit`
    /// (reading it also fuzzes the decompressors).
    static func withinLimit(_ data: [UInt8]) -> Bool {
        guard let reader = try? DecompressingReader(.bytes(data, name: "fuzz")), reader.compression != .none else { return true }
        var total = 0
        while let chunk = try? reader.read() {
            total += chunk.count
            if total > expandedLimit { return false }
        }
        return true
    }

    public static func cedict(_ data: [UInt8]) {
        guard withinLimit(data) else { return }
        check(try? CedictParser().parseAll(.bytes(data, name: "fuzz.u8")))
        _ = try? CedictParser(strict: true).parseAll(.bytes(data, name: "fuzz.u8"))
    }

    public static func edict(_ data: [UInt8]) {
        guard withinLimit(data) else { return }
        check(try? EdictParser().parseAll(.bytes(data, name: "edict")))
        _ = try? EdictParser(strict: true).parseAll(.bytes(data, name: "edict"))
        _ = try? EdictParser(encoding: "UTF-8").parseAll(.bytes(data, name: "edict"))
    }

    public static func enamdict(_ data: [UInt8]) {
        guard withinLimit(data) else { return }
        check(try? EnamdictParser().parseAll(.bytes(data, name: "enamdict")))
        _ = try? EnamdictParser(strict: true).parseAll(.bytes(data, name: "enamdict"))
    }

    public static func kanjidic2(_ data: [UInt8]) {
        guard withinLimit(data) else { return }
        _ = try? Kanjidic2Parser().parseAll(.bytes(data, name: "kanjidic2.xml"))
        _ = try? Kanjidic2Parser(strict: true).parseAll(.bytes(data, name: "kanjidic2.xml"))
    }

    /// The input holds both files: the variants, then (after the first NUL byte) the readings.
    public static func unihan(_ data: [UInt8]) {
        let split = data.firstIndex(of: 0) ?? data.count
        let variants = Array(data[..<split]), readings = Array(data[min(split + 1, data.count)...])
        guard withinLimit(variants), withinLimit(readings) else { return }
        _ = try? UnihanParser().parse(readings: .bytes(readings, name: "Unihan_Readings.txt"),
                                      variants: .bytes(variants, name: "Unihan_Variants.txt")) { _ in }
        _ = try? UnihanParser(strict: true).parse(readings: .bytes(readings, name: "Unihan_Readings.txt"),
                                                  variants: .bytes(variants, name: "Unihan_Variants.txt")) { _ in }
    }

    /// The curated-terms TSV (a user's `--terms` file).
    public static func terms(_ data: [UInt8]) {
        let text = fuzzText(data[...])
        if let result = try? TermsFile.parse(text, file: "terms.tsv", source: "user") {
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).count
            for problem in result.problems { fuzzCheck(problem.line >= 1 && problem.line <= lines, "problem on line \(problem.line) of \(lines)") }
            for entry in result.entries { fuzzCheck(!entry.headwords.isEmpty, "an entry without a headword") }
            if !result.entries.isEmpty {
                let layer = MemoryDictionary(source: .user, entries: result.entries)
                let stack = DictionaryStack(layers: [layer])
                for entry in result.entries.prefix(8) {
                    for form in entry.headwords.prefix(2) { _ = LookupEngine(stack: stack).lookup(form) }
                }
            }
        }
        _ = try? TermsFile.parse(text, file: "terms.tsv", source: "user", strict: true)
    }

    static func check(_ parsed: (entries: [Entry], report: ParseReport)?) {
        guard let (entries, report) = parsed else { return }
        fuzzCheck(report.entries == entries.count, "report says \(report.entries) entries, got \(entries.count)")
        fuzzCheck(report.skipped >= report.issues.count, "more issues than skipped lines")
        // (report.lines counts the lines handed to the parser; an undecodable last line is not.)
        for issue in report.issues { fuzzCheck(issue.line >= 1, "issue on line \(issue.line)") }
        for entry in entries { fuzzCheck(!entry.headwords.isEmpty, "an entry without a headword: \(entry.id)") }
    }
}
