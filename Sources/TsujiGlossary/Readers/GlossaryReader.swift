/// Reads one glossary file format back into rows: what `--merge` needs to keep a user's edits.
public protocol GlossaryReader: Sendable {
    /// Reads `text`, the content of `file` (which errors name), into rows; throws when the text is
    /// malformed for this format.
    func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary
}

extension GlossaryReader {
    /// A row from a file that has no keys: its identity is its source form.
    static func plainRow(source: String, target: String?, note: String?, line: Int) -> LoadedGlossary.Row? {
        let source = source.trimmingSpaces
        guard !source.isEmpty else { return nil }
        let target = target?.trimmingSpaces ?? ""
        let term = GlossaryTerm(
            key: GlossaryTerm.unkeyedPrefix + source, forms: [source], english: target.isEmpty ? [] : [target], note: note)
        return LoadedGlossary.Row(term: term, line: line)
    }

    /// Rows from a header naming tsuji's columns and the cells under it. Unknown columns are
    /// skipped with a warning.
    static func tableRows(header: [String], records: [(cells: [String], line: Int)], file: String,
                          warnings: inout [String]) throws(GlossaryReadError) -> [LoadedGlossary.Row] {
        let columns = header.map { GlossaryColumn(rawValue: $0.trimmingSpaces) }
        let unknown = zip(header, columns).filter { $0.1 == nil }.map(\.0)
        if !unknown.isEmpty { warnings.append("\(file): ignored unknown column\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", "))") }
        var rows: [LoadedGlossary.Row] = []
        for record in records {
            var term = GlossaryTerm(key: "", forms: [])
            for (index, cell) in record.cells.enumerated() where index < columns.count {
                guard let column = columns[index] else { continue }
                do throws(GlossaryReadError.Reason) {
                    try column.apply(cell, to: &term)
                } catch {
                    throw GlossaryReadError(file: file, line: record.line, message: "\(column.rawValue): \(error.message)")
                }
            }
            if term.forms.isEmpty, let hanzi = term.hanzi ?? term.simplified { term.forms = [hanzi] }
            if term.forms.isEmpty && term.key.isEmpty { continue }
            if term.key.isEmpty { term.key = GlossaryTerm.unkeyedPrefix + term.term }
            let total: Int
            do throws(GlossaryReadError.Reason) {
                total = try term.documentsTotal()
            } catch {
                throw GlossaryReadError(file: file, line: record.line, message: error.message)
            }
            if term.count == 0, !term.documents.isEmpty { term.count = total }
            rows.append(LoadedGlossary.Row(term: term, line: record.line))
        }
        return rows
    }

    /// Whether a header row is tsuji's: it names only tsuji's columns (`--columns` may choose any),
    /// but for one added by the user in a row of three or more.
    static func isTsujiHeader(_ cells: [String]) -> Bool {
        let names = cells.map { $0.trimmingSpaces }
        let unknown = names.filter { GlossaryColumn(rawValue: $0) == nil }.count
        return !names.isEmpty && unknown <= (names.count >= 3 ? 1 : 0) && names.count > unknown
    }

    /// A header a person writes over a two-column list: source/target, term/English…
    static func isPlainHeader(_ cells: [String]) -> Bool {
        guard cells.count >= 2 else { return false }
        let sources: Set<String> = ["source", "term", "japanese", "ja", "original"]
        let targets: Set<String> = ["target", "english", "en", "translation"]
        return sources.contains(cells[0].trimmingSpaces.lowercased()) && targets.contains(cells[1].trimmingSpaces.lowercased())
    }
}
