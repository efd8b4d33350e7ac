import ArgumentParser
import Foundation
import TsujiDictionary
import TsujiGlossary
import TsujiText

/// The output options `tsuji glossary` and `tsuji glossary merge` share: format, filters,
/// order, columns, merging with an existing glossary, and where the file goes.
struct GlossaryOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file (atomically); the format follows its extension (.tsv .csv .tbx .json .md .utf8).")
    var output: String?

    @Option(name: .shortAndLong, help: "Output format: \(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from -o, else tsv).")
    var format: String?

    @Option(help: "Target language for a two-column source/target file (tsv or csv), as DeepL reads it: en.")
    var target: String?

    @Option(help: "Only terms seen at least this many times.")
    var minCount: Int?

    @Option(help: "Terms of this language: zh (Chinese terms), ja (Japanese words) or all.")
    var lang: String = "zh"

    @Option(help: "Only terms of these kinds (comma-separated or repeated): \(TermKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: [String] = []

    @Option(help: "Row order: \(GlossarySortOrder.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: String = GlossarySortOrder.firstSeen.rawValue

    @Option(help: "Columns (tsv, csv, md, json), comma-separated, from: \(GlossaryColumn.allCases.map(\.rawValue).joined(separator: ", ")).")
    var columns: String?

    @Option(name: .customLong("merge"), help: ArgumentHelp("An earlier glossary (any format tsuji writes, or a plain two-column TSV/CSV): keep its edits, add new terms, update counts. Its rows are kept whatever the filters.", valueName: "existing"))
    var existing: String?

    @Flag(help: "Replace the -o file even if it is not a tsuji glossary.")
    var force = false

    @Flag(help: "Write partial counts (JSON lines) for `tsuji glossary merge` instead of a glossary.")
    var partial = false

    func validate() throws {
        if let format, GlossaryFormat(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if !["zh", "ja", "all"].contains(lang) { throw ValidationError("--lang must be zh, ja or all") }
        if GlossarySortOrder(rawValue: sort) == nil {
            throw ValidationError("--sort must be one of \(GlossarySortOrder.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        _ = try kinds()
        if let minCount, minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let target, target != "en" { throw ValidationError("--target must be en (tsuji's glossaries are Japanese/Chinese → English)") }
        if let columns {
            do throws(GlossaryReadError.Reason) { _ = try GlossaryColumn.list(columns) } catch { throw ValidationError("--columns: \(error.message)") }
        }
        if partial {
            let given = [format != nil ? "--format" : nil, target != nil ? "--target" : nil, minCount != nil ? "--min-count" : nil,
                         !kind.isEmpty ? "--kind" : nil, columns != nil ? "--columns" : nil, existing != nil ? "--merge" : nil,
                         sort != GlossarySortOrder.firstSeen.rawValue ? "--sort" : nil].compactMap { $0 }
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
    var annotatesJapanese: Bool { lang != "zh" }

    /// The format to write: --format, else the -o extension, else TSV on standard output.
    func resolvedFormat() throws -> GlossaryFormat {
        if let format { return GlossaryFormat(rawValue: format)! }
        guard let output, output != "-" else { return .tsv }
        guard let implied = GlossaryFormat.from(path: output) else {
            throw CLIError.usage("cannot tell the format from '\(output)'; give --format (\(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return implied
    }

    /// Refuses to replace a file that is not a tsuji glossary, unless --force.
    func checkOutputReplaceable() throws {
        guard let output, output != "-", !force else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw CLIError.cannotCreate("\(output): is a folder") }
        guard let data = FileManager.default.contents(atPath: output) else {
            throw CLIError.cannotCreate("\(output): exists and cannot be read; not replacing it")
        }
        guard let text = String(data: data, encoding: .utf8), GlossaryFileReader.mayReplace(text, path: output) else {
            throw CLIError.cannotCreate("\(output) exists and is not a tsuji glossary; not replacing it (use --force to replace it)")
        }
    }

    /// Writes the partial counts of `collector`.
    func emitPartial(_ collector: GlossaryCollector) throws {
        try checkOutputReplaceable()
        try OutputDestination(path: output).write(GlossaryPartial.write(collector))
    }

    /// Merges with --merge's file when given, filters, sorts and writes `glossary`.
    func emit(_ glossary: Glossary) throws {
        let format = try resolvedFormat()
        if target != nil && !format.allowsTarget {
            throw CLIError.usage("--target applies to tsv and csv (DeepL's two columns), not \(format.rawValue)")
        }
        if columns != nil && !format.hasColumns {
            throw CLIError.usage("--columns applies to tsv, csv, md and json, not \(format.rawValue)")
        }
        try checkOutputReplaceable()
        var glossary = glossary
        var exempt: [Bool] = []
        if let existing { (glossary, exempt) = try merged(glossary, with: existing) }
        let language: TermLanguage? = lang == "all" ? nil : TermLanguage(rawValue: lang)
        let filter = GlossaryFilter(minCount: minCount, language: language, kinds: try kinds())
        let arranged = glossary.arranged(filter: filter, order: GlossarySortOrder(rawValue: sort)!, exempt: exempt)
        let chosen: [GlossaryColumn]
        do throws(GlossaryReadError.Reason) {
            chosen = try columns.map(GlossaryColumn.list) ?? GlossaryColumn.allCases
        } catch {
            throw CLIError.usage("--columns: \(error.message)")
        }
        var warnings: [String] = []
        let text = format.writer(columns: chosen, target: target).write(arranged, warnings: &warnings)
        for warning in warnings { Terminal.warning(warning) }
        try OutputDestination(path: output).write(text)
    }

    /// The merged glossary, and which of its rows came from the existing file.
    func merged(_ glossary: Glossary, with path: String) throws -> (Glossary, [Bool]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError.noInput("\(path): no such file (--merge)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.noInput("\(path): cannot be read (permission denied?)")
        }
        let text: String
        do {
            text = try DocumentDecoder.decode(Array(data)).text
        } catch {
            throw CLIError.data("\(path): \(error)")
        }
        let loaded: LoadedGlossary
        do throws(GlossaryReadError) {
            loaded = try GlossaryFileReader.read(text, path: path)
        } catch {
            throw CLIError.data(error.description)
        }
        for warning in loaded.warnings { Terminal.warning(warning) }
        let result = GlossaryMerger.merge(existing: loaded, new: glossary)
        for conflict in result.conflicts { Terminal.warning("conflict: \(conflict)") }
        Terminal.note("tsuji: merged with \(path): \(result.updated) updated, \(result.added) added, \(result.kept) kept as they were")
        return (result.glossary, result.fromExisting)
    }
}
