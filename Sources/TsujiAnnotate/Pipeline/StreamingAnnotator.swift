import TsujiText

/// Annotates a plain text that arrives in chunks, one piece at a time (a run of paragraphs, cut
/// by ``ParagraphSplitter``), so that memory stays bounded however long the input is.
///
/// A text shorter than the splitter's minimum piece is one piece and gets exactly the
/// annotations of ``Annotator/annotate(_:)``. In a longer one, names learned from the article's
/// appositions apply within the piece that introduced them.
public struct StreamingAnnotator: Sendable {
    /// One annotated piece: its text, its annotations (offsets into `text`), and where it starts
    /// in the whole text.
    public struct Piece: Sendable {
        /// The piece's original text.
        public var text: String
        /// Its annotations, with offsets into `text`.
        public var annotations: [Annotation]
        /// The Unicode scalar offset of `text` in the whole text.
        public var offset: Int

        /// The piece as a document for the renderers (offsets local to the piece).
        public func document(source: String) -> AnnotatedDocument {
            AnnotatedDocument(source: source, text: text, annotations: annotations)
        }
    }

    /// What annotates each piece.
    public let annotator: Annotator
    private var splitter: ParagraphSplitter
    private var offset = 0

    /// A streaming annotator that cuts the input where `splitter` says (at paragraph breaks).
    public init(annotator: Annotator, splitter: ParagraphSplitter = ParagraphSplitter()) {
        self.annotator = annotator
        self.splitter = splitter
    }

    /// Adds decoded text; returns the pieces it completes, annotated.
    public mutating func append(_ text: String) -> [Piece] {
        splitter.append(text).map { annotate($0) }
    }

    /// Annotates what is left at the end of the text.
    public mutating func finish() -> [Piece] {
        guard let rest = splitter.finish() else { return [] }
        return [annotate(rest)]
    }

    private mutating func annotate(_ text: String) -> Piece {
        let buffer = TextBuffer(text, variants: annotator.stack.keys.folder)
        let piece = Piece(text: text, annotations: annotator.annotate(buffer), offset: offset)
        offset += buffer.originalScalars.count
        return piece
    }
}
