import ArgumentParser
import TsujiGlossary

/// `tsuji glossary merge PART…`: partial counts combined into one glossary.
struct GlossaryMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: GlossaryHelp.mergeAbstract, discussion: GlossaryHelp.mergeDiscussion)

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
            for path in parts { try GlossaryFiles.readPartial(path, appendingTo: &collector) }
            try GlossaryFiles.write(collector, as: out)
        }
    }
}
