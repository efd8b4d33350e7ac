import TsujiText

/// Annotates documents and renders them in one of tsuji's output formats: what
/// `tsuji annotate` does, as one call.
///
/// Text, JSON and JSON lines are streamed (``annotate(_:open:write:)``): each document is read,
/// annotated and written a piece (a run of paragraphs) at a time, so that memory stays bounded
/// whatever its length. Markdown and HTML are rendered whole (``render(_:)``). JSON is one
/// `tsuji.annotation/1` object per document, and an array of them for several documents.
///
/// A document is read as HTML when ``Options/inputFormat`` says so, else when its name ends in
/// `.html` or `.htm`, else when its text starts like a page (`<!DOCTYPE html`, `<html`). An HTML
/// document is read whole (its markup must be seen at once): only its text nodes are annotated.
public struct DocumentAnnotator: Sendable {
    /// The output formats.
    public enum Format: String, CaseIterable, Sendable {
        /// Glosses in 〔〕 after a term, and a term table.
        case text
        /// A footnote after each term, definitions at the end.
        case markdown
        /// A standalone page with `<ruby>` readings (or the HTML input, annotated in place).
        case html
        /// `tsuji.annotation/1`.
        case json
        /// `tsuji.annotation/1`, one object a line.
        case jsonl

        /// Whether the format is written as the text is annotated (text, JSON, JSON lines)
        /// rather than rendered once every document is annotated.
        public var isStreamed: Bool { self == .text || self == .json || self == .jsonl }
    }

    /// How documents are read and rendered.
    public struct Options: Sendable {
        /// The output format.
        public var format: Format
        /// How to read every document; nil decides each by its name, then by its start.
        public var inputFormat: InputFormat?
        /// Gloss every occurrence of a term, not only the first (text and markdown).
        public var everyOccurrence: Bool
        /// The term table after the text (text and html).
        public var table: Bool
        /// ANSI colours in text output.
        public var color: Bool

        /// The defaults: text, each document's format decided by its name and start, glosses on
        /// first occurrences, a term table, no colours.
        public init(format: Format = .text, inputFormat: InputFormat? = nil, everyOccurrence: Bool = false,
                    table: Bool = true, color: Bool = false) {
            self.format = format
            self.inputFormat = inputFormat
            self.everyOccurrence = everyOccurrence
            self.table = table
            self.color = color
        }
    }

    /// Why documents cannot be rendered as asked.
    public enum Error: Swift.Error, CustomStringConvertible, Sendable, Equatable {
        /// `--format html` annotates an HTML page where it stands, so it cannot be merged with
        /// other documents: the page's name and the number of documents.
        case htmlPageWithOtherDocuments(name: String, count: Int)

        /// The error as the CLI prints it, naming the page.
        public var description: String {
            switch self {
            case .htmlPageWithOtherDocuments(let name, let count):
                "\(name): --format html with HTML input takes one input file (got \(count))"
            }
        }
    }

    /// What finds the terms of each document.
    public let annotator: Annotator
    /// The output format and how documents are rendered.
    public var options: Options

    /// A document annotator that finds terms with `annotator` and renders as `options` say.
    public init(annotator: Annotator, options: Options = Options()) {
        self.annotator = annotator
        self.options = options
    }

    /// Whether to read a document as HTML: as the options say, or by its name; nil when the
    /// name does not say, so the text must tell.
    public func readsAsHTML(name: String) -> Bool? {
        if let inputFormat = options.inputFormat { return inputFormat == .html }
        let name = name.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm") ? true : nil
    }

    /// Streams the documents named `sources` in a streamed format: each is opened with `open`
    /// when its turn comes, annotated a piece at a time, and its output handed to `write` as it
    /// is made. A document's `didWriteOutput()` is called after its output.
    public func annotate<Input: DocumentInput>(
        _ sources: [String], open: (String) throws -> Input, write: (String) throws -> Void
    ) throws {
        precondition(options.format.isStreamed, "\(options.format) is rendered whole: use render(_:)")
        let textRenderer = TextRenderer(everyOccurrence: options.everyOccurrence, color: options.color, table: options.table)
        // One JSON object for one document; an array of them for several.
        let array = options.format == .json && sources.count > 1
        if array { try write("[") }
        for (index, source) in sources.enumerated() {
            if array, index > 0 { try write(",\n") }
            var input = try open(source)
            var buffered = ""
            var html = readsAsHTML(name: source)
            if html == nil {
                // Decide from the start of the text.
                while buffered.utf8.count < 1 << 16, try input.readMore(into: &buffered) {}
                html = HTMLTextNodes.looksLikeHTML(buffered)
            }
            var textSession = TextRenderer.Session(textRenderer)
            if html == true {
                while try input.readMore(into: &buffered) {}
                if options.format == .text {
                    let readable = HTMLTextNodes(buffered).readableText()
                    try write(textSession.render(AnnotatedDocument(source: source, text: readable,
                                                                   annotations: annotator.annotate(readable))))
                    try write(textSession.finish())
                } else {
                    try write(JSONRenderer().render(AnnotatedDocument(
                        source: source, text: buffered, annotations: annotator.annotateHTML(buffered), input: .html)))
                }
            } else {
                try stream(source, from: &input, buffered: &buffered, textSession: &textSession, write: write)
            }
            if options.format != .text, !array { try write("\n") }
            input.didWriteOutput()
        }
        if array { try write("]\n") }
    }

    /// One plain-text document, annotated and written a piece at a time; `buffered` holds what
    /// was read to decide its format.
    private func stream<Input: DocumentInput>(
        _ source: String, from input: inout Input, buffered: inout String, textSession: inout TextRenderer.Session,
        write: (String) throws -> Void
    ) throws {
        var streamer = StreamingAnnotator(annotator: annotator)
        var json = JSONRenderer.Stream(source: source)
        func emit(_ pieces: [StreamingAnnotator.Piece]) throws {
            for piece in pieces {
                if options.format == .text {
                    try write(textSession.render(piece.document(source: source)))
                } else {
                    json.add(piece.annotations, offset: piece.offset)
                    try write(json.take())
                }
            }
        }
        func take() -> String {
            defer { buffered = "" }
            return buffered
        }
        try emit(streamer.append(take()))
        while try input.readMore(into: &buffered) { try emit(streamer.append(take())) }
        try emit(streamer.append(take()))  // what the end of the input completed
        try emit(streamer.finish())
        try write(options.format == .text ? textSession.finish() : json.finish())
    }

    /// The documents annotated and rendered together, in any format: Markdown and HTML as one
    /// rendering of them all; the streamed formats as ``annotate(_:open:write:)`` writes them.
    /// Throws ``Error`` for an HTML page among several documents with `--format html`.
    public func render(_ documents: [TextDocument]) throws -> String {
        if options.format.isStreamed {
            var out = ""
            // Documents are opened once each, in order.
            var remaining = documents[...]
            try annotate(documents.map(\.name), open: { _ in TextInput(remaining.popFirst()?.text ?? "") },
                         write: { out += $0 })
            return out
        }
        let htmlInput = documents.map { readsAsHTML(name: $0.name) ?? HTMLTextNodes.looksLikeHTML($0.text) }
        if options.format == .html, documents.count > 1, let index = htmlInput.firstIndex(of: true) {
            // A page is annotated where it stands; it cannot be merged with other inputs.
            throw Error.htmlPageWithOtherDocuments(name: documents[index].name, count: documents.count)
        }
        let annotatedDocuments = zip(documents, htmlInput).map { document, isHTML in
            if !isHTML {
                return AnnotatedDocument(source: document.name, text: document.text, annotations: annotator.annotate(document.text))
            }
            if options.format == .html {
                return AnnotatedDocument(source: document.name, text: document.text,
                                         annotations: annotator.annotateHTML(document.text), input: .html)
            }
            let text = HTMLTextNodes(document.text).readableText()
            return AnnotatedDocument(source: document.name, text: text, annotations: annotator.annotate(text))
        }
        if options.format == .markdown {
            return MarkdownRenderer(everyOccurrence: options.everyOccurrence).renderAll(annotatedDocuments)
        }
        let renderer = HTMLRenderer(table: options.table)
        if annotatedDocuments.count == 1, annotatedDocuments[0].input == .html {
            return renderer.renderInPlace(annotatedDocuments[0])
        }
        return renderer.renderPage(annotatedDocuments)
    }
}
