import Foundation

/// The curated-terms TSV format (dictionaries/terms/README.md), shared by the embedded default
/// and by a user's own terms file.
public enum TermsFile {
    /// The header row every terms file starts with, and the columns of each row, in order.
    public static let columns = ["id", "kind", "japanese", "traditional", "simplified", "reading", "pinyin", "english", "note"]

    /// A row that could not be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file's name, as given to ``parse(_:file:source:strict:)``.
        public let file: String
        /// The line number, from 1.
        public let line: Int
        /// What is wrong with the row.
        public let message: String
        /// `file:line: message`, as compilers report.
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// What a terms file gave: its entries, and the rows skipped as malformed.
    public struct Result: Sendable {
        /// The entries of the well-formed rows, in file order.
        public var entries: [Entry] = []
        /// The malformed rows, skipped (none in strict mode, which throws the first instead).
        public var problems: [Problem] = []
    }

    /// Parses one terms file. Comment lines (#) and blank lines are skipped; the header row is
    /// required. A malformed row is reported as a problem and skipped, or thrown when `strict`.
    ///
    /// - Parameters:
    ///   - file: the name used in messages and in entry ids' provenance.
    ///   - source: `tsuji-terms` for the curated files, `user` for a user's file.
    public static func parse(_ text: String, file: String, source: String, strict: Bool = false) throws(Problem) -> Result {
        // Works on UTF-8 bytes through a pointer: the embedded terms are parsed at every start-up
        // (splitting the String's UTF-8 view generically cost as much as the rest of `lookup`).
        var text = text
        var failure: Problem?
        let result = text.withUTF8 { bytes in
            do throws(Problem) {
                return try parse(bytes, file: file, source: source, strict: strict)
            } catch {
                failure = error
                return Result()
            }
        }
        if let failure { throw failure }
        return result
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String, source: String, strict: Bool) throws(Problem) -> Result {
        var result = Result()
        var sawHeader = false
        var lineNumber = 0
        var lineStart = 0
        // Lines as `split(separator: "\n", omittingEmptySubsequences: false)` gives them: an
        // empty last line after a final line break counts.
        while lineStart <= bytes.count {
            let lineEnd = bytes.firstIndex(of: 0x0A, in: lineStart..<bytes.count) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var start = lineStart, end = lineEnd
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            if lineNumber == 1, bytes.starts(with: "\u{FEFF}", at: start) { start += 3 }
            if (start..<end).allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x09 }) || bytes[start] == 0x23 /* # */ { continue }
            var fieldRanges: [Range<Int>] = []
            var fieldStart = start
            while true {
                let fieldEnd = bytes.firstIndex(of: 0x09, in: fieldStart..<end) ?? end
                fieldRanges.append(trimmed(bytes, fieldStart..<fieldEnd))
                if fieldEnd == end { break }
                fieldStart = fieldEnd + 1
            }
            let fields = fieldRanges.map { bytes.string($0) }
            if !sawHeader {
                guard fields.first == "id" else {
                    let problem = Problem(file: file, line: lineNumber, message: "expected the header row '\(columns.joined(separator: "\\t"))'")
                    throw problem
                }
                guard fields == columns else {
                    throw Problem(file: file, line: lineNumber, message: "header has columns \(fields), expected \(columns)")
                }
                sawHeader = true
                continue
            }
            do throws(Problem) {
                result.entries.append(try entry(fields, ranges: fieldRanges, in: bytes, file: file, line: lineNumber, source: source))
            } catch {
                if strict { throw error }
                result.problems.append(error)
            }
        }
        if !sawHeader { throw Problem(file: file, line: max(lineNumber, 1), message: "no header row; the file is empty") }
        return result
    }

    /// `range` without spaces (ASCII or ideographic) at either end.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while true {
            if lower < upper, bytes[lower] == 0x20 { lower += 1; continue }
            if upper > lower, bytes[upper - 1] == 0x20 { upper -= 1; continue }
            if upper - lower >= 3, bytes.starts(with: "\u{3000}", at: lower) { lower += 3; continue }
            if upper - lower >= 3, bytes.starts(with: "\u{3000}", at: upper - 3) { upper -= 3; continue }
            return lower..<upper
        }
    }

    private static func entry(
        _ fields: [String], ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int, source: String
    ) throws(Problem) -> Entry {
        guard fields.count == columns.count else {
            throw Problem(file: file, line: line, message: "expected \(columns.count) tab-separated columns, found \(fields.count)")
        }
        /// The field's items between | signs, trimmed, without empty ones.
        func list(_ index: Int) -> [String] {
            var items: [String] = []
            var start = ranges[index].lowerBound
            let end = ranges[index].upperBound
            while start <= end {
                let bar = bytes.firstIndex(of: 0x7C /* | */, in: start..<end) ?? end
                let item = trimmed(bytes, start..<bar)
                if !item.isEmpty { items.append(bytes.string(item)) }
                start = bar + 1
            }
            return items
        }
        let id = fields[0]
        guard !id.isEmpty, id.utf8.allSatisfy({ byte in
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D /* - */, 0x5F /* _ */, 0x2E /* . */: true
            default: false
            }
        }) else {
            throw Problem(file: file, line: line, message: "id '\(id)' must be non-empty ASCII letters, digits, '-', '_' or '.'")
        }
        guard let kind = TermKind(rawValue: fields[1]) else {
            throw Problem(file: file, line: line, message: "unknown kind '\(fields[1])'; use one of \(TermKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let entry = Entry(
            id: "\(source):\(id)", source: source, language: .zh, kind: kind,
            japanese: list(2), traditional: list(3), simplified: list(4), readings: list(5),
            pinyin: list(6), english: list(7), note: fields[8].isEmpty ? nil : fields[8])
        guard !entry.headwords.isEmpty else {
            throw Problem(file: file, line: line, message: "no written form (japanese, traditional or simplified)")
        }
        return entry
    }
}

