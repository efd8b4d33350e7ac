/// Reads a Markdown table glossary back: the first pipe table in the file. tsuji's (its header
/// names tsuji's columns) column by column; any other as source and target.
public struct MarkdownReader: GlossaryReader {
    /// A reader with no settings.
    public init() {}

    /// Reads the first pipe table; throws when tsuji's marker has no table after it, or a cell of
    /// tsuji's table cannot be read.
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        var result = LoadedGlossary(file: file, format: .md, isTsujiGlossary: false)
        var table: [(cells: [String], line: Int)] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingSpaces
            if table.isEmpty && trimmed == MarkdownWriter.marker { result.isTsujiGlossary = true }
            if trimmed.hasPrefix("|") {
                table.append((Self.cells(trimmed), number))
            } else if !table.isEmpty {
                break
            }
        }
        guard table.count >= 2, table[1].cells.allSatisfy(Self.isDelimiterCell) else {
            if result.isTsujiGlossary { throw GlossaryReadError(file: file, message: "no table found after the tsuji marker") }
            return result
        }
        let header = table[0].cells
        let records = Array(table.dropFirst(2))
        if Self.isTsujiHeader(header) {
            result.isTsujiGlossary = true
            result.rows = try Self.tableRows(header: header, records: records, file: file, warnings: &result.warnings)
        } else {
            // A Markdown table always has a header row; under one that is not tsuji's, the rows
            // are source and target.
            for record in records {
                if let row = Self.plainRow(source: record.cells.first ?? "", target: record.cells.count > 1 ? record.cells[1] : nil,
                                           note: record.cells.count > 2 ? record.cells[2] : nil, line: record.line) {
                    result.rows.append(row)
                }
            }
        }
        return result
    }

    static func isDelimiterCell(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } && cell.contains("-")
    }

    /// The cells of `| a | b \| c |`, unescaped.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        var scalars = Substring(line).unicodeScalars[...]
        if scalars.first == "|" { scalars = scalars.dropFirst() }
        for scalar in scalars {
            if escaped {
                cell.unicodeScalars.append(scalar)
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "|" {
                cells.append(cell.trimmingSpaces)
                cell = ""
            } else {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.trimmingSpaces.isEmpty { cells.append(cell.trimmingSpaces) }
        return cells
    }
}
