import ArgumentParser
import Foundation
import TsujiGlossary
import TsujiText

struct GlossaryMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial counts (from tsuji glossary --partial) into one glossary.",
        discussion: """
            Reads each PART in order, as if its documents had followed the previous part's, and \
            writes the glossary a single run over all the documents would write. With --partial, \
            writes the combined partial counts instead (to merge in stages).

            Examples:
              tsuji glossary a/*.txt --partial -o a.jsonl
              tsuji glossary b/*.txt --partial -o b.jsonl
              tsuji glossary merge a.jsonl b.jsonl -o glossary.tbx
            """
    )

    @Argument(help: "Partial count files, in document order.")
    var parts: [String] = []

    @OptionGroup var out: GlossaryOutputOptions

    func validate() throws {
        if parts.isEmpty { throw ValidationError("give the partial files to merge") }
    }

    func run() throws {
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            var collector = GlossaryCollector()
            for path in parts {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                    throw CLIError.noInput("\(path): no such file")
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
                do throws(GlossaryReadError) {
                    try GlossaryPartial.read(text, file: path, appendingTo: &collector)
                } catch {
                    throw CLIError.data(error.description)
                }
            }
            if out.partial {
                try out.emitPartial(collector)
            } else {
                try out.emit(collector.glossary())
            }
        }
    }
}
