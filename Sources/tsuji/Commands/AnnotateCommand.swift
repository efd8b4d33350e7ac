import ArgumentParser
import TsujiAnnotate

/// `tsuji annotate FILE…`: the articles with their Chinese terms' readings, in any format.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate", abstract: AnnotateHelp.abstract, discussion: AnnotateHelp.discussion)

    @Argument(help: "Input files (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format (md is markdown).")
    var format: DocumentAnnotator.Format = .text

    @Option(help: "Input format; auto reads .html/.htm files and text starting with <!DOCTYPE html or <html as HTML.")
    var inputFormat: InputFormatChoice = .auto

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Annotate every dictionary word with its reading, not only Chinese terms.")
    var all = false

    @Flag(help: "Gloss every occurrence of a term, not only the first (text and markdown formats).")
    var every = false

    @OptionGroup var documents: DocumentOptions

    @Flag(help: "No term table after the text (text and html formats).")
    var noTable = false

    func run() throws {
        HeapTuning.keepFreedMemoryForReuse()
        try reportingErrors {
            let annotator = DocumentAnnotator(
                annotator: Annotator(stack: try documents.loadDictionaries(), options: .init(all: all)),
                options: .init(format: format, inputFormat: inputFormat.format, everyOccurrence: every, table: !noTable,
                               color: output == nil && Terminal.colorsStandardOutput))
            let reader = documents.reader
            guard format.isStreamed else {
                return try OutputDestination(path: output).write(annotator.render(reader.readAll(inputs)))
            }
            let paths = inputs.isEmpty ? ["-"] : inputs
            // Every input can be opened before anything is written: a missing file fails cleanly.
            for path in paths where path != "-" { _ = try InputFile(path: path) }
            let sink = try OutputSink(path: output)
            try annotator.annotate(paths, open: { try DecodedInput(path: $0, reader: reader) }, write: sink.write)
            try sink.commit()
        }
    }
}
