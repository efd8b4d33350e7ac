import TsujiDictionary

/// A parser of one source as the compiler drives it: the source's files in, its entries and a
/// report of what was read and skipped out. One conformance per source, so that compiling is
/// one loop over the sources given.
public protocol SourceImporter {
    /// Parses every entry of `files`: the source's files in the order its package lists them
    /// (``DictionarySource/package``); Unihan's variants file may be left out.
    func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport)
}

extension CedictParser: SourceImporter {
    /// Parses the CC-CEDICT file.
    public func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport) {
        try parseAll(.file(files[0]))
    }
}

extension EdictParser: SourceImporter {
    /// Parses the EDICT file.
    public func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport) {
        try parseAll(.file(files[0]))
    }
}

extension EnamdictParser: SourceImporter {
    /// Parses the ENAMDICT file.
    public func importEntries(from files: [String]) throws -> (entries: [Entry], report: ParseReport) {
        try parseAll(.file(files[0]))
    }
}

extension Kanjidic2Parser: SourceImporter {
    /// Parses the KANJIDIC2 file.
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
