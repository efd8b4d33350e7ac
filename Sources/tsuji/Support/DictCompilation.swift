import Foundation
import TsujiDictionary
import TsujiDictionaryBuild

/// Shared by `dict install` and `dict build`: compile, verify, report.
enum DictCompilation {
    static func compile(_ inputs: DictionaryCompiler.Inputs, to output: URL, strict: Bool) throws {
        let started = Date()
        let compiler = DictionaryCompiler(strict: strict) { Terminal.note("  \($0)") }
        let reports: [DictionaryCompiler.SourceReport]
        do {
            reports = try compiler.compile(inputs, to: output)
        } catch let error as DictionaryWriteError {
            // The file is replaced only once complete: say that the old one still works.
            let code = CLIError.code(for: error) ?? .software
            let kept = code != .software && FileManager.default.fileExists(atPath: output.path)
                ? " (the previous dictionary is unchanged)" : ""
            throw CLIError(message: error.description + kept, code: code)
        } catch {
            // Anything else a compile throws is the sources' bad data (unreadable, malformed).
            throw CLIError.data("\(error)")
        }
        for source in reports {
            for issue in source.report.issues.prefix(5) { Terminal.warning("skipped \(issue)") }
            if source.report.issues.count > 5 {
                Terminal.warning("\(source.report.source): \(source.report.skipped - 5) more skipped lines")
            }
        }
        do throws(DictionaryFileError) {
            let compiled = try CompiledDictionary(contentsOf: output)
            try compiled.verify()
            let megabytes = Double(compiled.byteCount) / 1_048_576
            Terminal.note(String(format: "compiled %d entries into %@ (%.1f MB) in %.1f s", compiled.entryCount,
                                 output.path, megabytes, Date().timeIntervalSince(started)))
        } catch {
            throw CLIError(error.description, for: error)
        }
    }
}
