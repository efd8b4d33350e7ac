/// Reads TSV and CSV glossaries: tsuji's full table (recognised by its header row), or a plain
/// two- or three-column list (DeepL, OmegaT, a user's own): source, target, comment.
public struct DelimitedReader: GlossaryReader {
    /// Tab or comma.
    public var separator: DelimitedText.Separator
    /// The format the rows are reported as (TSV, CSV or OmegaT).
    public var format: GlossaryFormat

    /// A reader of `separator`-separated text; the format defaults to TSV for tabs, CSV for commas.
    public init(separator: DelimitedText.Separator, format: GlossaryFormat? = nil) {
        self.separator = separator
        self.format = format ?? (separator == .tab ? .tsv : .csv)
    }

    /// Reads tsuji's table column by column when the first row is its header, else each row as
    /// source, target and an optional comment (a header row of a plain list is skipped).
    public func read(_ text: String, file: String) throws(GlossaryReadError) -> LoadedGlossary {
        let records = separator == .tab ? DelimitedText.tsvRecords(text) : try DelimitedText.csvRecords(text, file: file)
        var result = LoadedGlossary(file: file, format: format, isTsujiGlossary: false)
        guard let first = records.first else { return result }
        if Self.isTsujiHeader(first.cells) {
            result.isTsujiGlossary = true
            result.rows = try Self.tableRows(
                header: first.cells, records: records.dropFirst().map { ($0.cells.map(DelimitedText.restored), $0.line) }, file: file,
                warnings: &result.warnings)
            return result
        }
        for (index, record) in records.enumerated() where index > 0 || !Self.isPlainHeader(record.cells) {
            let cells = record.cells
            let note = cells.count > 2 ? BilingualWriter.note(fromComment: cells[2]) : nil
            if let row = Self.plainRow(source: cells[0], target: cells.count > 1 ? cells[1] : nil, note: note, line: record.line) {
                result.rows.append(row)
            }
        }
        return result
    }
}
