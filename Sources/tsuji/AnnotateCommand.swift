import ArgumentParser
import Foundation
import TsujiAnnotate
import TsujiText
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

    @Option(name: .shortAndLong, help: "Output format (md is markdown).")
    var format: Format = .text

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
            let annotator = Annotator(stack: stack, options: .init(all: all))
            let reader = InputDocuments(encoding: encoding, lossy: lossy)
            switch format {
            case .text, .json, .jsonl:
                try annotateAsTheyCome(inputs.isEmpty ? ["-"] : inputs, reader: reader, annotator: annotator)
            case .markdown, .html:
                try annotateWhole(reader.readAll(inputs), annotator: annotator)
            }
        }
    }

    /// Text, JSON and JSON lines: each input is read, annotated and written a piece (a run of
    /// paragraphs) at a time, so that memory stays bounded whatever the input's length. An HTML
    /// input is read whole (its markup must be seen at once).
    func annotateAsTheyCome(_ paths: [String], reader: InputDocuments, annotator: Annotator) throws {
        // Every input can be opened before anything is written: a missing file fails cleanly.
        for path in paths where path != "-" { _ = try InputFile(path: path) }
        let sink = try OutputSink(path: output)
        let color = output == nil && Terminal.stdoutIsTerminal
            && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let textRenderer = TextRenderer(everyOccurrence: every, color: color, table: !noTable)
        // One JSON object for one input; an array of them for several.
        let array = format == .json && paths.count > 1
        if array { try sink.write("[") }
        for (index, path) in paths.enumerated() {
            if array, index > 0 { try sink.write(",\n") }
            let file = try InputFile(path: path)
            var input = try DecodedInput(file: file, reader: reader)
            var html = isHTML(name: path)
            if html == nil {
                // Auto: decide from the start of the text.
                while input.buffered.utf8.count < 1 << 16, try input.readMore() {}
                html = HTMLTextNodes.looksLikeHTML(input.buffered)
            }
            var textSession = TextRenderer.Session(textRenderer)
            if html == true {
                while try input.readMore() {}
                let text = input.takeBuffered()
                switch format {
                case .text:
                    let readable = HTMLTextNodes(text).readableText()
                    try sink.write(textSession.render(AnnotatedDocument(source: path, text: readable, annotations: annotator.annotate(readable))))
                    try sink.write(textSession.finish())
                default:
                    try sink.write(JSONRenderer().render(
                        AnnotatedDocument(source: path, text: text, annotations: annotator.annotateHTML(text), input: .html)))
                }
            } else {
                var streamer = StreamingAnnotator(annotator: annotator)
                var json = JSONRenderer.Stream(source: path)
                func emit(_ pieces: [StreamingAnnotator.Piece]) throws {
                    for piece in pieces {
                        if format == .text {
                            try sink.write(textSession.render(piece.document(source: path)))
                        } else {
                            json.add(piece.annotations, offset: piece.offset)
                            try sink.write(json.take())
                        }
                    }
                }
                try emit(streamer.append(input.takeBuffered()))
                while try input.readMore() { try emit(streamer.append(input.takeBuffered())) }
                try emit(streamer.append(input.takeBuffered()))  // what the end of the input completed
                try emit(streamer.finish())
                try sink.write(format == .text ? textSession.finish() : json.finish())
            }
            if format != .text, !array { try sink.write("\n") }
            reader.warnAboutReplacements(input.decoder, name: file.name)
        }
        if array { try sink.write("]\n") }
        try sink.commit()
    }

    /// Markdown and HTML: every input read whole, then rendered together.
    func annotateWhole(_ documents: [InputDocuments.Document], annotator: Annotator) throws {
        let htmlInput = documents.map { isHTML(name: $0.name) ?? HTMLTextNodes.looksLikeHTML($0.text) }
        if format == .html, documents.count > 1, let index = htmlInput.firstIndex(of: true) {
            // A page is annotated where it stands; it cannot be merged with other inputs.
            throw CLIError.usage("\(documents[index].name): --format html with HTML input takes one input file (got \(documents.count))")
        }
        let annotatedDocuments = zip(documents, htmlInput).map { document, isHTML in
            if !isHTML { return AnnotatedDocument(source: document.name, text: document.text,
                                                  annotations: annotator.annotate(document.text)) }
            if format == .html {
                return AnnotatedDocument(source: document.name, text: document.text,
                                         annotations: annotator.annotateHTML(document.text), input: .html)
            }
            let text = HTMLTextNodes(document.text).readableText()
            return AnnotatedDocument(source: document.name, text: text, annotations: annotator.annotate(text))
        }
        let rendered: String
        if format == .markdown {
            rendered = MarkdownRenderer(everyOccurrence: every).renderAll(annotatedDocuments)
        } else {
            let renderer = HTMLRenderer(table: !noTable)
            if annotatedDocuments.count == 1, annotatedDocuments[0].input == .html {
                rendered = renderer.renderInPlace(annotatedDocuments[0])
            } else {
                rendered = renderer.renderPage(annotatedDocuments)
            }
        }
        try OutputDestination(path: output).write(rendered)
    }

    /// Whether to read an input as HTML: as told, or (auto) by its name; nil when auto and the
    /// name does not say, so the text must tell.
    func isHTML(name: String) -> Bool? {
        switch inputFormat {
        case .text: return false
        case .html: return true
        case .auto:
            let name = name.lowercased()
            return name.hasSuffix(".html") || name.hasSuffix(".htm") ? true : nil
        }
    }
}
