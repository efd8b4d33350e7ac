import Foundation

/// The curated-terms TSV format (dictionaries/terms/README.md), shared by the embedded default
/// and by a user's own terms file.
public enum TermsFile {
    public static let columns = ["id", "kind", "japanese", "traditional", "simplified", "reading", "pinyin", "english", "note"]

    /// A row that could not be read.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public struct Result: Sendable {
        public var entries: [Entry] = []
        public var problems: [Problem] = []
    }

    /// Parses one terms file. Comment lines (#) and blank lines are skipped; the header row is
    /// required. A malformed row is reported as a problem and skipped, or thrown when `strict`.
    ///
    /// - Parameters:
    ///   - file: the name used in messages and in entry ids' provenance.
    ///   - source: `tsuji-terms` for the curated files, `user` for a user's file.
    public static func parse(_ text: String, file: String, source: String, strict: Bool = false) throws(Problem) -> Result {
        var result = Result()
        var sawHeader = false
        var lineNumber = 0
        // Works on UTF-8 bytes: the embedded terms are parsed at every start-up.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine[...]
            if line.last == 0x0D { line = line.dropLast() }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == 0x23 /* # */ { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { Self.trimmed(Substring($0).utf8) }
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
                result.entries.append(try entry(fields, file: file, line: lineNumber, source: source))
            } catch {
                if strict { throw error }
                result.problems.append(error)
            }
        }
        if !sawHeader { throw Problem(file: file, line: max(lineNumber, 1), message: "no header row; the file is empty") }
        return result
    }

    /// The field's text without spaces (ASCII or ideographic) at either end.
    static func trimmed(_ bytes: Substring.UTF8View) -> String {
        var slice = bytes
        while true {
            if slice.first == 0x20 { slice = slice.dropFirst(); continue }
            if slice.last == 0x20 { slice = slice.dropLast(); continue }
            if slice.starts(with: [0xE3, 0x80, 0x80]) { slice = slice.dropFirst(3); continue }
            if slice.count >= 3, slice.suffix(3).elementsEqual([0xE3, 0x80, 0x80]) { slice = slice.dropLast(3); continue }
            break
        }
        return String(Substring(slice))
    }

    private static func entry(_ fields: [String], file: String, line: Int, source: String) throws(Problem) -> Entry {
        guard fields.count == columns.count else {
            throw Problem(file: file, line: line, message: "expected \(columns.count) tab-separated columns, found \(fields.count)")
        }
        func list(_ index: Int) -> [String] {
            fields[index].utf8.split(separator: 0x7C /* | */).map { Self.trimmed(Substring($0).utf8) }.filter { !$0.isEmpty }
        }
        let id = fields[0]
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == ".") }) else {
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

