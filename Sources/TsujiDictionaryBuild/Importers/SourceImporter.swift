import TsujiDictionary

/// A parser of one source as the compiler drives it: the source's files in, its entries and a
/// report of what was read and skipped out. One conformance per source, so that compiling is
/// one loop over the sources given.
public protocol SourceImporter {
    /// Parses every entry of `files`: the source's files in the order its package lists them
    /// (``DictionarySource/package``); Unihan's variants file may be left out.
    func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport)
}

/// A parser of a source that is one file, read as a stream: each entry is handed over as it is
/// parsed, so that a caller may keep or drop it; ``parseAll(_:)`` keeps them all.
public protocol StreamingSourceParser: SourceImporter {
    /// Parses `input`, calling `body` with each entry in file order.
    func parse(_ input: DictionaryInput, _ body: (Entry) throws -> Void) throws -> ParseReport
}

extension StreamingSourceParser {
    /// Parses `input` into an array (for the compiler, small inputs and tests).
    public func parseAll(_ input: DictionaryInput) throws -> (entries: [Entry], report: ParseReport) {
        var entries: [Entry] = []
        let report = try parse(input) { entries.append($0) }
        return (entries, report)
    }

    /// The source's one file, parsed whole.
    public func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport) {
        try parseAll(.file(files[0]))
    }
}

extension UnihanParser: SourceImporter {
    /// The readings file, and the variants file when given: one report for both, with the
    /// variant pairs that extend the folding table.
    public func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport) {
        var parsed: [Entry] = []
        var report: ParseReport
        if files.count > 1 {
            let both = try parse(readings: .file(files[0]), variants: .file(files[1])) { parsed.append($0) }
            report = both.readings
            report.skipped += both.variants.skipped
            report.issues += both.variants.issues
            report.variants = both.variants.variants
        } else {
            report = try parseReadings(.file(files[0])) { parsed.append($0) }
        }
        return (parsed, report)
    }
}
