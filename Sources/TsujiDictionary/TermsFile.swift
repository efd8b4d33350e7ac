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
        // "\r\n" is one Character: split on it too, or a Windows file would be a single line.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
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

    private static func entry(_ fields: [String], file: String, line: Int, source: String) throws(Problem) -> Entry {
        guard fields.count == columns.count else {
            throw Problem(file: file, line: line, message: "expected \(columns.count) tab-separated columns, found \(fields.count)")
        }
        func list(_ index: Int) -> [String] {
            fields[index].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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

