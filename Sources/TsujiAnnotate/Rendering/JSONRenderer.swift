import TsujiText

/// The `tsuji.annotation/1` contract of DESIGN.md: one object per document.
///
/// For HTML input the object also says `"input":"html"`, and `start`/`end` are scalar offsets
/// into the HTML source as given (markup included), so that `surface` is still exactly that
/// slice; a surface may then hold a character reference as the source wrote it (`&#36890;`).
public struct JSONRenderer: Sendable {
    /// A renderer of the `tsuji.annotation/1` contract.
    public init() {}

    /// The document as one `tsuji.annotation/1` object.
    public func render(_ document: AnnotatedDocument) -> String {
        var stream = Stream(source: document.source, input: document.input)
        stream.add(document.annotations)
        return stream.finish()
    }

    /// One document's object written as its annotations arrive, piece by piece, so that a long
    /// input never has to be held whole. The parts concatenated equal ``render(_:)``.
    public struct Stream {
        private var json = JSONWriter()

        /// Opens the object for the document named `source`.
        public init(source: String, input: InputFormat = .text) {
            json.beginObject()
            json.string("format", "tsuji.annotation/1")
            json.string("source", source)
            if input == .html { json.string("input", "html") }
            json.beginArray(key: "terms")
        }

        /// Adds terms whose offsets count from `offset` scalars into the document (the start of
        /// the piece they were found in).
        public mutating func add(_ annotations: [Annotation], offset: Int = 0) {
            for var annotation in annotations {
                annotation.start += offset
                annotation.end += offset
                JSONRenderer.write(annotation, to: &json)
            }
        }

        /// The JSON written so far and not taken yet.
        public mutating func take() -> String { json.takeOutput() }

        /// The rest of the object.
        public mutating func finish() -> String {
            json.endArray()
            json.endObject()
            return json.takeOutput()
        }
    }

    /// Writes one annotation with the contract's keys in the contract's order; unknown fields
    /// are omitted, `variantOf` is always present (null when the match was exact).
    public static func write(_ annotation: Annotation, to json: inout JSONWriter) {
        json.beginObject()
        json.number("start", annotation.start)
        json.number("end", annotation.end)
        json.string("surface", annotation.surface)
        json.string("lang", annotation.language.rawValue)
        json.string("kind", annotation.kind.rawValue)
        json.string("hanzi", ifPresent: annotation.hanzi)
        json.string("hanziSimplified", ifPresent: annotation.hanziSimplified)
        json.string("reading", ifPresent: annotation.reading)
        json.string("romaji", ifPresent: annotation.romaji)
        json.string("pinyin", ifPresent: annotation.pinyin)
        if !annotation.english.isEmpty { json.strings("english", annotation.english) }
        json.string("source", annotation.source)
        json.string("entry", ifPresent: annotation.entry)
        if let variant = annotation.variantOf { json.string("variantOf", variant) } else { json.null("variantOf") }
        json.string("confidence", annotation.confidence.rawValue)
        if let note = annotation.note, annotation.confidence != .dictionary || note.hasPrefix("the article") {
            json.string("note", note)
        }
        json.endObject()
    }
}
