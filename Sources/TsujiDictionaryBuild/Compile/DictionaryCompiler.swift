import Foundation
import TsujiRomanize
import TsujiDictionary

/// Compiles the full dictionaries from their source files into one memory-mapped file.
///
/// Each source is parsed by its own streaming parser; malformed lines are counted and reported
/// (or, with `strict`, stop the build). Entries are stored source by source, common words first,
/// so lookups list them first; every entry is indexed by the same `IndexKeys` that lookups use.
public struct DictionaryCompiler: Sendable {
    /// The source files to compile; a nil source is left out.
    public struct Inputs: Sendable {
        /// CC-CEDICT's text file (`cedict_1_0_ts_utf-8_mdbg.txt`, plain or gzip).
        public var cedict: String?
        /// EDICT's file (`/usr/share/edict/edict`, EUC-JP).
        public var edict: String?
        /// ENAMDICT's file (`/usr/share/edict/enamdict`, EUC-JP).
        public var enamdict: String?
        /// KANJIDIC2's XML (`kanjidic2.xml.gz`).
        public var kanjidic2: String?
        /// Unihan's `Unihan_Readings.txt` (plain or bzip2); Unihan is compiled only when this is
        /// given.
        public var unihanReadings: String?
        /// Unihan's `Unihan_Variants.txt`, which places each character as traditional or simplified
        /// and extends the variant folding; optional beside the readings.
        public var unihanVariants: String?

        /// Inputs from explicit paths; a source left nil is not compiled.
        public init(cedict: String? = nil, edict: String? = nil, enamdict: String? = nil, kanjidic2: String? = nil,
                    unihanReadings: String? = nil, unihanVariants: String? = nil) {
            self.cedict = cedict
            self.edict = edict
            self.enamdict = enamdict
            self.kanjidic2 = kanjidic2
            self.unihanReadings = unihanReadings
            self.unihanVariants = unihanVariants
        }

        /// The sources given, each with its files, in the order they are compiled
        /// (``DictionarySource/installable``).
        public var sources: [(source: DictionarySource, files: [String])] {
            var sources: [(source: DictionarySource, files: [String])] = []
            if let cedict { sources.append((.cedict, [cedict])) }
            if let edict { sources.append((.edict, [edict])) }
            if let enamdict { sources.append((.enamdict, [enamdict])) }
            if let kanjidic2 { sources.append((.kanjidic2, [kanjidic2])) }
            if let unihanReadings { sources.append((.unihan, [unihanReadings] + (unihanVariants.map { [$0] } ?? []))) }
            return sources
        }

        /// Inputs from located sources.
        public init(_ located: [LocatedSource]) {
            for source in located {
                switch source.source {
                case .cedict: cedict = source.files.first
                case .edict: edict = source.files.first
                case .enamdict: enamdict = source.files.first
                case .kanjidic2: kanjidic2 = source.files.first
                case .unihan:
                    unihanReadings = source.files.first
                    unihanVariants = source.files.count > 1 ? source.files[1] : nil
                case .user, .curated:
                    break
                }
            }
        }
    }

    /// What was compiled from one source.
    public struct SourceReport: Sendable {
        /// What the source's parser read and skipped.
        public var report: ParseReport
        /// How long the source took to parse, in seconds.
        public var seconds: Double
    }

    /// Stop at the first malformed line or record (it is thrown) instead of skipping it.
    public var strict = false
    /// How index keys are made; the variant pairs of KANJIDIC2 and Unihan extend its folder for the
    /// compiled file.
    public var keys = IndexKeys()
    /// Called with a line of progress ("edict: parsing", "index surface: 1234567 keys").
    public var progress: @Sendable (String) -> Void

    /// A compiler with the standard keys.
    public init(strict: Bool = false, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.strict = strict
        self.progress = progress
    }

    /// CC-CEDICT and KANJIDIC2 write numbered pinyin; entries store tone marks.
    static let pinyin: PinyinTransform = { Pinyin.fromNumbered($0) }

    /// The parser of an installable source.
    func importer(for source: DictionarySource) -> any SourceImporter {
        switch source {
        case .cedict: CedictParser(strict: strict, pinyinTransform: Self.pinyin)
        case .edict: EdictParser(strict: strict)
        case .enamdict: EnamdictParser(strict: strict)
        case .kanjidic2: Kanjidic2Parser(strict: strict, pinyinTransform: Self.pinyin)
        case .unihan: UnihanParser(strict: strict)
        case .user, .curated: preconditionFailure("\(source.name) is a term list, not a source to compile")
        }
    }

    /// Parses every given source and writes the compiled file to `output` (atomically).
    public func compile(_ inputs: Inputs, to output: URL) throws -> [SourceReport] {
        var entries: [Entry] = []
        var reports: [SourceReport] = []
        func run(_ name: String, _ body: () throws -> ParseReport) rethrows {
            progress("\(name): parsing")
            let started = Date()
            let before = entries.count
            var report = try body()
            report.entries = entries.count - before
            let seconds = Date().timeIntervalSince(started)
            reports.append(SourceReport(report: report, seconds: seconds))
            progress("\(name): \(report.entries) entries, \(report.skipped) skipped lines (\(String(format: "%.1f", seconds)) s)")
        }
        /// Common entries first within a source: postings keep entry order, so lookups and the
        /// classifier see the common reading first.
        func add(_ parsed: [Entry]) {
            entries += parsed.filter(\.isCommon) + parsed.filter { !$0.isCommon }
        }
        for (source, files) in inputs.sources {
            try run(source.name) {
                let (parsed, report) = try importer(for: source).importEntries(from: files)
                add(parsed)
                return report
            }
        }
        progress("indexing \(entries.count) entries")
        var sources: [SourceInfo] = []
        for source in reports {
            let name = source.report.source
            let licence = DictionarySource(name: name)?.licence ?? "CC BY-SA 4.0"
            sources.append(SourceInfo(name: name, version: source.report.version ?? "unknown", licence: licence,
                                      entryCount: source.report.entries, skippedLines: source.report.skipped))
        }
        // The variant pairs of KANJIDIC2 and Unihan extend the folding table; the keys of every
        // index are folded with them, and the file keeps them so that readers fold alike.
        let variantPairs = VariantPairSelection.foldingPairs(from: reports.flatMap(\.report.variants), base: keys.folder)
        let keys = variantPairs.isEmpty ? keys : IndexKeys(folder: VariantFolder(extraPairs: variantPairs))
        progress("variant folding: \(variantPairs.count) pairs from KANJIDIC2 and Unihan")
        var writer = CompiledDictionaryWriter(entries: entries, sources: sources, variantPairs: variantPairs)
        for kind in IndexKind.allCases {
            var pairs: [(key: [UInt8], entry: Int)] = []
            pairs.reserveCapacity(entries.count * 2)
            for (index, entry) in entries.enumerated() {
                for key in Set(keys.keys(for: entry, in: kind)) where !key.isEmpty {
                    pairs.append((Array(key.utf8), index))
                }
            }
            progress("index \(kind.rawValue): \(pairs.count) keys")
            try writer.addIndex(named: kind.rawValue, keys: pairs)
        }
        progress("writing \(output.path)")
        try writer.write(to: output)
        return reports
    }
}
