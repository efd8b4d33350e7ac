import ArgumentParser
import Foundation
import TsujiAnnotate
import TsujiDictionary

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate Japanese text: find every Chinese term and give its readings.",
        discussion: """
            Reads each FILE (or standard input) and marks every Chinese term, in whatever script \
            the article wrote it: pinyin, Japanese reading, English name.

            Examples:
              tsuji annotate article.txt
              tsuji annotate --every --format text article.txt
              tsuji annotate --format json article.txt
              tsuji annotate --format html -o article.html article.txt
              tsuji annotate --format md article.txt > article.md
              tsuji annotate --format html -o annotated.html page.html
              cat article.txt | tsuji annotate --all
              tsuji annotate --encoding EUC-JP old-article.txt

            Formats: text (glosses in 〔〕 and a term table); markdown or md (a footnote after \
            each term, definitions at the end; the article itself is not escaped, only added \
            to); html (a standalone page with <ruby> readings, tooltips on hover or focus, and a \
            term table); json, jsonl.

            HTML input (a .html/.htm file, text that starts with <!DOCTYPE html or <html, or \
            --input-format html): only text nodes are annotated, never tags, attributes, \
            scripts, styles or comments. --format html keeps the page and inserts the ruby \
            into it (one input file at a time); json/jsonl give offsets and surfaces in the HTML \
            source as given and say "input":"html"; text and markdown show the page's text \
            without its markup.
            """
    )

    enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, text, html

        /// The library's choice: nil decides per document.
        var format: InputFormat? {
            switch self {
            case .auto: nil
            case .text: .text
            case .html: .html
            }
        }
    }

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

    @Option(help: "A TSV file of your own terms (the curated format); may be repeated.")
    var terms: [String] = []

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Flag(help: "No term table after the text (text and html formats).")
    var noTable = false

    func run() throws {
        HeapTuning.keepFreedMemoryForReuse()
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let color = output == nil && Terminal.stdoutIsTerminal
                && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let annotator = DocumentAnnotator(
                annotator: Annotator(stack: stack, options: .init(all: all)),
                options: .init(format: format, inputFormat: inputFormat.format, everyOccurrence: every, table: !noTable,
                               color: color))
            let reader = InputDocuments(encoding: encoding, lossy: lossy)
            if format.isStreamed {
                let paths = inputs.isEmpty ? ["-"] : inputs
                // Every input can be opened before anything is written: a missing file fails cleanly.
                for path in paths where path != "-" { _ = try InputFile(path: path) }
                let sink = try OutputSink(path: output)
                try annotator.annotate(paths, open: { try DecodedInput(path: $0, reader: reader) }, write: sink.write)
                try sink.commit()
            } else {
                let documents = try reader.readAll(inputs)
                do {
                    try OutputDestination(path: output).write(annotator.render(documents))
                } catch let error as DocumentAnnotator.Error {
                    throw CLIError.usage(error.description)
                }
            }
        }
    }
}
