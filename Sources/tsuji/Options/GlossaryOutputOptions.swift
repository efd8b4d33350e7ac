import ArgumentParser
import Foundation
import TsujiDictionary
import TsujiGlossary

/// The output options `tsuji glossary` and `tsuji glossary merge` share: format, filters,
/// order, columns, merging with an existing glossary, and where the file goes.
struct GlossaryOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (atomically); the format follows its extension (.tsv .csv .tbx .json .md .utf8).")
    var output: String?

    @Option(name: .shortAndLong, help: "Output format (default: from -o, else tsv).")
    var format: GlossaryFormat?

    @Option(help: "Target language for a two-column source/target file (tsv or csv), as DeepL reads it; tsuji's glossaries are Japanese/Chinese → English.")
    var target: GlossaryTarget?

    @Option(help: "Only terms seen at least this many times.")
    var minCount: Int?

    @Option(help: "Terms of this language: zh (Chinese terms), ja (Japanese words) or all.")
    var lang: GlossaryLanguageChoice = .zh

    @Option(help: "Only terms of these kinds (comma-separated or repeated): \(TermKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: [String] = []

    @Option(help: "Row order.")
    var sort: GlossarySortOrder = .firstSeen

    @Option(help: "Columns (tsv, csv, md, json), comma-separated, from: \(GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")).")
    var columns: String?

    @Option(name: .customLong("merge"), help: ArgumentHelp("An earlier glossary (any format tsuji writes, or a plain two-column TSV/CSV): keep its edits, add new terms, update counts. Its rows are kept whatever the filters.", valueName: "existing"))
    var existing: String?

    @Flag(help: "Replace the -o file even if it is not a tsuji glossary.")
    var force = false

    @Flag(help: "Write partial counts (JSON lines) for `tsuji glossary merge` instead of a glossary.")
    var partial = false

    func validate() throws {
        _ = try kinds()
        if let minCount, minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let columns {
            do throws(GlossaryReadError.Reason) { _ = try GlossaryColumn.list(columns) } catch { throw ValidationError("--columns: \(error.message)") }
        }
        if partial {
            let given = [format != nil ? "--format" : nil, target != nil ? "--target" : nil, minCount != nil ? "--min-count" : nil,
                         !kind.isEmpty ? "--kind" : nil, columns != nil ? "--columns" : nil, existing != nil ? "--merge" : nil,
                         sort != .firstSeen ? "--sort" : nil].compactMap { $0 }
            if !given.isEmpty {
                throw ValidationError("--partial writes raw counts; give \(given.joined(separator: ", ")) to `tsuji glossary merge` instead")
            }
        }
    }

    func kinds() throws -> Set<TermKind> {
        var out = Set<TermKind>()
        for name in kind.flatMap({ $0.split(separator: ",") }).map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = TermKind(rawValue: name) else {
                throw ValidationError("--kind: unknown kind '\(name)' (one of \(TermKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out.insert(kind)
        }
        return out
    }

    /// Whether the annotator must report Japanese words too.
    var annotatesJapanese: Bool { lang != .zh }

    /// The options as the library's: the format (--format, else the -o extension, else TSV),
    /// the filter, the order and the columns. Throws when they do not fit together.
    func glossaryOutput() throws -> GlossaryOutput {
        let format = try GlossaryOutput.format(given: self.format, path: output)
        let filter = GlossaryFilter(minCount: minCount, language: lang.language, kinds: try kinds())
        return try GlossaryOutput(format: format, target: target?.rawValue, columns: try columns.map(GlossaryColumn.list),
                                  filter: filter, order: sort)
    }
}
