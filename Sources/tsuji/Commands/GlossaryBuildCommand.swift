import ArgumentParser
import TsujiAnnotate
import TsujiGlossary

/// `tsuji glossary [build] FILE…`: annotates the articles and writes their glossary.
struct GlossaryBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: GlossaryHelp.buildAbstract, discussion: GlossaryHelp.buildDiscussion)

    @Argument(help: "Articles (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @OptionGroup var out: GlossaryOutputOptions

    @OptionGroup var documents: DocumentOptions

    func run() throws {
        HeapTuning.keepFreedMemoryForReuse()
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            let stack = try documents.loadDictionaries()
            let builder = GlossaryBuilder(annotator: Annotator(stack: stack, options: .init(all: out.annotatesJapanese)))
            let paths = inputs.isEmpty ? ["-"] : inputs
            let progress = Progress(total: paths.count, label: "tsuji: glossary: annotated")
            let collector: GlossaryCollector
            do {
                defer { progress.finish() }
                collector = try builder.collect(paths, read: documents.reader.read, progress: progress.advance)
            }
            try GlossaryFiles.write(collector, as: out)
        }
    }
}
