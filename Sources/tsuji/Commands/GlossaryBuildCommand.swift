import ArgumentParser
import Foundation
import TsujiAnnotate
import TsujiDictionary
import TsujiGlossary

/// `tsuji glossary [build] FILE…`: annotates the articles and writes their glossary.
struct GlossaryBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a glossary from articles (the default: `tsuji glossary FILE…`).",
        discussion: """
            Examples:
              tsuji glossary articles/*.txt -o glossary.tsv
              tsuji glossary articles/*.txt --format tsv --target en -o deepl.tsv
              tsuji glossary --kind company,product --sort reading -f md a/*.txt
              tsuji glossary new/*.txt --merge glossary.tbx -o glossary.tbx
              tsuji glossary part1/*.txt --partial -o part1.jsonl
            """
    )

    @Argument(help: "Articles (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @OptionGroup var out: GlossaryOutputOptions

    @Option(help: "A TSV file of your own terms (the curated format); may be repeated.")
    var terms: [String] = []

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    func run() throws {
        HeapTuning.keepFreedMemoryForReuse()
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let builder = GlossaryBuilder(annotator: Annotator(stack: stack, options: .init(all: out.annotatesJapanese)))
            let reader = InputDocuments(encoding: encoding, lossy: lossy)
            let paths = inputs.isEmpty ? ["-"] : inputs
            let progress = Progress(total: paths.count, label: "tsuji: glossary: annotated")
            let collector: GlossaryCollector
            do {
                defer { progress.finish() }
                collector = try builder.collect(paths, read: reader.read, progress: progress.advance)
            }
            try GlossaryFiles.write(collector, as: out)
        }
    }
}
