/// A text and its annotations: what every renderer takes.
public struct AnnotatedDocument: Sendable {
    /// The input's name as the user gave it ("-" for standard input).
    public var source: String
    /// The original text, never changed.
    public var text: String
    /// The annotations, in order, with offsets into `text`.
    public var annotations: [Annotation]
    /// Whether `text` is plain text or an HTML source.
    public var input: InputFormat

    /// A document named `source` with its text and annotations.
    public init(source: String, text: String, annotations: [Annotation], input: InputFormat = .text) {
        self.source = source
        self.text = text
        self.annotations = annotations
        self.input = input
    }

    /// The text cut at the annotations: each piece is either plain original text or an
    /// annotation with its original slice. Concatenating the slices gives the text back exactly.
    public enum Piece: Sendable {
        case text(String)
        case term(Annotation)
    }

    /// The text as ``Piece``s, in order.
    public var pieces: [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var position = 0
        func slice(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        for annotation in annotations where annotation.start >= position && annotation.end <= scalars.count {
            if annotation.start > position { pieces.append(.text(slice(position..<annotation.start))) }
            pieces.append(.term(annotation))
            position = annotation.end
        }
        if position < scalars.count { pieces.append(.text(slice(position..<scalars.count))) }
        return pieces
    }

    /// One entry per distinct term, in order of first appearance, with the number of occurrences.
    public var distinctTerms: [(annotation: Annotation, count: Int)] {
        var tally = TermTally()
        tally.add(annotations)
        return tally.terms
    }
}
