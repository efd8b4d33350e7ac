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
              cat article.txt | tsuji annotate --all
              tsuji annotate --encoding EUC-JP old-article.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl
    }

    @Argument(help: "Input files (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Annotate every dictionary word with its reading, not only Chinese terms.")
    var all = false

    @Flag(help: "Gloss every occurrence of a term, not only the first (text format).")
    var every = false

    @Option(help: "A TSV file of your own terms (the curated format); may be repeated.")
    var terms: [String] = []

    @Option(help: "Input encoding: EUC-JP, Shift_JIS, GB18030, Big5, UTF-16… (default UTF-8).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.")
    var lossy = false

    @Flag(help: "No term table after the text (text format).")
    var noTable = false

    func run() throws {
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let annotator = Annotator(stack: stack, options: .init(all: all))
            let documents = try InputDocuments(encoding: encoding, lossy: lossy).readAll(inputs)
            var rendered = ""
            var jsonObjects: [String] = []
            for document in documents {
                let annotated = AnnotatedDocument(source: document.name, text: document.text,
                                                  annotations: annotator.annotate(document.text))
                switch format {
                case .json:
                    jsonObjects.append(JSONRenderer().render(annotated))
                case .jsonl:
                    rendered += JSONRenderer().render(annotated) + "\n"
                case .text:
                    let color = output == nil && Terminal.stdoutIsTerminal
                        && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
                    rendered += TextRenderer(everyOccurrence: every, color: color, table: !noTable).render(annotated)
                }
            }
            if format == .json {
                // One object for one input; an array of them for several.
                rendered = jsonObjects.count == 1 ? jsonObjects[0] + "\n" : "[" + jsonObjects.joined(separator: ",\n") + "]\n"
            }
            try OutputDestination(path: output).write(rendered)
        }
    }
}
