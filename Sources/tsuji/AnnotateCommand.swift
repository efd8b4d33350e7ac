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

            Formats: text (glosses in 〔〕 and a term table), markdown/md (a footnote after each \
            term, definitions at the end; the article itself is not escaped, only added to), html \
            (a standalone page with <ruby> readings, tooltips and a term table), json/jsonl.

            HTML input (a .html/.htm file, or text starting with <!DOCTYPE html or <html; or \
            --input-format html): only text nodes are annotated and the page's markup is kept. \
            It can be rendered as --format html (ruby inserted into the page itself, one input \
            file) or json/jsonl (offsets and surfaces refer to the HTML source as given, and the \
            object says "input":"html"), not as text or markdown.
              cat article.txt | tsuji annotate --all
              tsuji annotate --encoding EUC-JP old-article.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json, jsonl

        init?(argument: String) {
            if argument == "md" {
                self = .markdown
            } else {
                self.init(rawValue: argument)
            }
        }

        static var allValueStrings: [String] { ["text", "markdown", "md", "html", "json", "jsonl"] }
    }

    enum InputFormatChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, text, html
    }

    @Argument(help: "Input files (UTF-8; standard input when none or '-').")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format: \(Format.allValueStrings.joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Input format: auto (HTML when the file ends in .html/.htm or starts with <!DOCTYPE html or <html), text, html.")
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
        StandardOutput.ignoreBrokenPipe()
        try reportingErrors {
            let stack = try loadDictionaries(userTerms: terms)
            let annotator = Annotator(stack: stack, options: .init(all: all))
            let documents = try InputDocuments(encoding: encoding, lossy: lossy).readAll(inputs)
            // Check the combination before the (slow) annotating.
            let htmlInput = documents.map(isHTML)
            if let index = htmlInput.firstIndex(of: true) {
                let name = documents[index].name
                guard format == .html || format == .json || format == .jsonl else {
                    throw CLIError.usage("\(name): HTML input can be rendered as --format html, json or jsonl, not \(format.rawValue) (use --input-format text to treat it as plain text)")
                }
                if format == .html && documents.count > 1 {
                    // A page is annotated where it stands; it cannot be merged with other inputs.
                    throw CLIError.usage("\(name): --format html with HTML input takes one input file (got \(documents.count))")
                }
            }
            let annotatedDocuments = zip(documents, htmlInput).map { document, isHTML in
                isHTML
                    ? AnnotatedDocument(source: document.name, text: document.text,
                                        annotations: annotator.annotateHTML(document.text), input: .html)
                    : AnnotatedDocument(source: document.name, text: document.text,
                                        annotations: annotator.annotate(document.text))
            }
            let rendered: String
            switch format {
            case .json:
                // One object for one input; an array of them for several.
                let objects = annotatedDocuments.map(JSONRenderer().render)
                rendered = objects.count == 1 ? objects[0] + "\n" : "[" + objects.joined(separator: ",\n") + "]\n"
            case .jsonl:
                rendered = annotatedDocuments.map { JSONRenderer().render($0) + "\n" }.joined()
            case .text:
                let color = output == nil && Terminal.stdoutIsTerminal
                    && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
                let renderer = TextRenderer(everyOccurrence: every, color: color, table: !noTable)
                rendered = annotatedDocuments.map(renderer.render).joined()
            case .markdown:
                rendered = MarkdownRenderer(everyOccurrence: every).renderAll(annotatedDocuments)
            case .html:
                let renderer = HTMLRenderer(table: !noTable)
                if annotatedDocuments.count == 1, annotatedDocuments[0].input == .html {
                    rendered = renderer.renderInPlace(annotatedDocuments[0])
                } else {
                    rendered = renderer.renderPage(annotatedDocuments)
                }
            }
            try OutputDestination(path: output).write(rendered)
        }
    }

    /// Whether to read a document as HTML: as told, or (auto) by its name or its first tag.
    func isHTML(_ document: InputDocuments.Document) -> Bool {
        switch inputFormat {
        case .text: return false
        case .html: return true
        case .auto:
            let name = document.name.lowercased()
            return name.hasSuffix(".html") || name.hasSuffix(".htm") || HTMLTextNodes.looksLikeHTML(document.text)
        }
    }
}
