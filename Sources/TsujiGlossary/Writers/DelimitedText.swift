/// Cells of tab- and comma-separated text, written and read.
///
/// TSV has no quoting (the IANA text/tab-separated-values rule): a tab or line break inside a
/// value becomes a space. CSV follows RFC 4180: CRLF line ends, a field with a comma, quote or
/// line break in double quotes, quotes doubled.
public enum DelimitedText {
    /// What separates the cells of a line.
    public enum Separator: Sendable {
        /// TSV; CSV.
        case tab, comma
    }

    /// One TSV cell: tabs, line breaks and other control characters become spaces.
    public static func tsvCell(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars { out.append(isControl(scalar) ? " " : scalar) }
        return String(out)
    }

    /// One CSV field, quoted when it must be.
    public static func csvField(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }

    /// One line of `cells`, each made safe for the format, with its line end (LF for TSV, CRLF for
    /// CSV).
    public static func line(_ cells: [String], separator: Separator) -> String {
        switch separator {
        case .tab: cells.map(tsvCell).joined(separator: "\t") + "\n"
        case .comma: cells.map(csvField).joined(separator: ",") + "\r\n"
        }
    }

    /// A cell a spreadsheet cannot take for a formula (OWASP's advice on CSV injection): a value
    /// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
    /// that an article's sentence `=HYPERLINK(…)` stays text in Excel or LibreOffice.
    /// ``restored(_:)`` undoes it when tsuji reads its own glossary back.
    public static func neutralized(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// A cell as it was before ``neutralized(_:)``.
    public static func restored(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else { return cell }
        return String(cell.unicodeScalars.dropFirst())
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// A record and the 1-based line it starts on.
    public struct Record: Sendable {
        /// The record's cells, unquoted.
        public var cells: [String]
        /// The line the record starts on, from 1.
        public var line: Int
    }

    /// The records of a TSV text. Empty lines are skipped. A cell wholly in double quotes with its
    /// inner quotes doubled (as spreadsheets save it) is unquoted.
    public static func tsvRecords(_ text: String) -> [Record] {
        var records: [Record] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { unquoteTSV(String($0)) }
            records.append(Record(cells: cells, line: number))
        }
        return records
    }

    static func unquoteTSV(_ cell: String) -> String {
        guard cell.count >= 2, cell.hasPrefix("\""), cell.hasSuffix("\"") else { return cell }
        let inner = cell.dropFirst().dropLast()
        // Only a cleanly quoted cell: every inner quote doubled.
        let stripped = inner.replacingAll("\"\"", with: "")
        guard !stripped.contains("\"") else { return cell }
        return inner.replacingAll("\"\"", with: "\"")
    }

    /// The records of an RFC 4180 CSV text (LF line ends accepted too). Throws with the line of an
    /// unterminated quoted field.
    public static func csvRecords(_ text: String, file: String) throws(GlossaryReadError) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var quoted = false, quoteLine = 0
        var afterQuote = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRecord() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            if !(cells.count == 1 && cells[0].isEmpty) { records.append(Record(cells: cells, line: recordLine)) }
            cells = []
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                cells.append(String(cell))
                cell = String.UnicodeScalarView()
                afterQuote = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
                afterQuote = false
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
                quoteLine = line
            default:
                cell.append(scalar)
            }
        }
        if quoted { throw GlossaryReadError(file: file, line: quoteLine, message: "quoted field never closed") }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        return records
    }
}

extension StringProtocol {
    /// Every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
