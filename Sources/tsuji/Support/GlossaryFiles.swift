import Foundation
import TsujiGlossary
import TsujiText

/// The files of `tsuji glossary` besides the articles: the -o file, which is replaced only when
/// it is a glossary (or with --force), the --merge file and the partial count files.
enum GlossaryFiles {
    /// Writes what `collector` holds as `options` ask: partial counts, or the glossary merged,
    /// filtered, sorted and formatted, with its messages on standard error.
    static func write(_ collector: GlossaryCollector, as options: GlossaryOutputOptions) throws {
        if options.partial {
            try checkReplaceable(options.output, force: options.force)
            try OutputDestination(path: options.output).write(GlossaryPartial.write(collector))
            return
        }
        let glossary = collector.glossary()
        let output = try options.glossaryOutput()
        try checkReplaceable(options.output, force: options.force)
        let existing = try options.existing.map(readGlossary)
        let written = output.write(glossary, mergingInto: existing)
        for message in written.messages {
            switch message {
            case .warning(let text): Terminal.warning(text)
            case .note(let text): Terminal.note("tsuji: " + text)
            }
        }
        try OutputDestination(path: options.output).write(written.text)
    }

    /// Refuses to replace a file that is not a tsuji glossary, unless `force`.
    static func checkReplaceable(_ output: String?, force: Bool) throws {
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

    /// The earlier glossary of --merge.
    static func readGlossary(_ path: String) throws -> LoadedGlossary {
        try GlossaryFileReader.readExisting(try readText(path, missing: "no such file (--merge)"), path: path)
    }

    /// A partial count file of `tsuji glossary merge`, added to `collector`: a part whose counts
    /// would push a total past what a glossary can hold is refused, naming its file and line.
    static func readPartial(_ path: String, appendingTo collector: inout GlossaryCollector) throws {
        try GlossaryPartial.read(try readText(path, missing: "no such file"), file: path, appendingTo: &collector)
    }

    /// A whole file, decoded by its BOM or as UTF-8: 66 when it is missing or unreadable, 65
    /// when it cannot be decoded.
    private static func readText(_ path: String, missing: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CLIError.noInput("\(path): \(missing)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.noInput("\(path): cannot be read (permission denied?)")
        }
        do {
            return try DocumentDecoder.decode(Array(data)).text
        } catch {
            throw CLIError.data("\(path): \(error)")
        }
    }
}
