import ArgumentParser
import Foundation
import TsujiDictionary
import TsujiText

struct DictInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe the installed dictionaries: sources, versions, licences, entry counts, size.",
        discussion: """
            Examples:
              tsuji dict info
              tsuji dict info --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .shortAndLong, help: "text or json.") var format: Format = .text
    @Option(help: "A compiled dictionary file to describe instead of the installed one.") var file: String?

    func run() throws {
        try reportingErrors {
            let curated = try DictionaryStack.embeddedTerms()
            let path = file ?? DataDirectory.compiledDictionary().path
            var compiled: CompiledDictionary?
            if FileManager.default.fileExists(atPath: path) {
                do throws(DictionaryFileError) {
                    let dictionary = try CompiledDictionary(contentsOf: URL(fileURLWithPath: path))
                    try dictionary.verify()
                    compiled = dictionary
                } catch {
                    throw CLIError.data(error.description)
                }
            } else if file != nil {
                throw CLIError.noInput("\(path): no such file")
            }
            if format == .json {
                var json = JSONWriter()
                json.beginObject()
                json.string("format", "tsuji.dict-info/1")
                json.beginArray(key: "sources")
                json.beginObject()
                json.string("name", "tsuji-terms")
                json.string("version", Tsuji.version)
                json.string("licence", "part of tsuji")
                json.number("entries", curated.entryCount)
                json.number("skippedLines", 0)
                json.bool("embedded", true)
                json.endObject()
                for source in compiled?.sources ?? [] {
                    json.beginObject()
                    json.string("name", source.name)
                    json.string("version", source.version)
                    json.string("licence", source.licence)
                    json.number("entries", source.entryCount)
                    json.number("skippedLines", source.skippedLines)
                    json.bool("embedded", false)
                    json.endObject()
                }
                json.endArray()
                if let compiled {
                    json.string("file", path)
                    json.number("bytes", compiled.byteCount)
                    json.number("entries", compiled.entryCount)
                } else {
                    json.null("file")
                }
                json.endObject()
                StandardOutput.write(json.output + "\n")
                return
            }
            var out = "tsuji-terms   \(curated.entryCount) curated terms, embedded in this binary\n"
            if let compiled {
                for source in compiled.sources {
                    out += "\(source.name.padding(toLength: 13, withPad: " ", startingAt: 0)) \(source.entryCount) entries"
                    out += source.skippedLines > 0 ? ", \(source.skippedLines) skipped lines" : ""
                    out += " · version \(source.version) · \(source.licence)\n"
                }
                out += String(format: "compiled file: %@ (%.1f MB, %d entries)\n", path, Double(compiled.byteCount) / 1_048_576, compiled.entryCount)
            } else {
                out += "full dictionaries: not installed (run `tsuji dict install`)\n"
            }
            StandardOutput.write(out)
        }
    }
}
