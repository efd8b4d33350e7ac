import Foundation
import TsujiAnnotate
import TsujiDictionary
import TsujiText

/// Text buffer, matcher, classifier, apposition miner, renderers, HTML text nodes, the chunked
/// decoder and the paragraph splitter, over arbitrary input. The first byte chooses options.
public enum AnnotateHarness {
    /// The curated terms compiled into tsuji, built once.
    static let stack: DictionaryStack = {
        let keys = IndexKeys()
        let embedded = try! DictionaryStack.embeddedTerms(keys: keys)
        return DictionaryStack(layers: [embedded], keys: keys)
    }()
    static let annotator = Annotator(stack: stack)
    static let annotatorAll = Annotator(stack: stack, options: .init(all: true))

    public static func run(_ data: [UInt8]) {
        guard let options = data.first else { return }
        let bytes = data.dropFirst()
        let text = fuzzText(bytes)
        checkDecoding(bytes, chunk: Int(options >> 4) + 1)
        checkBuffer(text)
        let annotator = options & 1 == 0 ? annotator : annotatorAll
        let annotations = annotator.annotate(text)
        checkSpans(annotations, in: text, "annotate")
        let document = AnnotatedDocument(source: "fuzz.txt", text: text, annotations: annotations)
        let rendered = TextRenderer(everyOccurrence: options & 2 != 0, table: true).render(document)
        if !text.unicodeScalars.contains(where: { $0 == "〔" || $0 == "〕" }) {
            // The text, then (when there are terms) a line break if needed and the table.
            let table = annotations.isEmpty ? nil : rendered.range(of: "\n── terms ──\n", options: .backwards)
            let body = table.map { String(rendered[..<$0.lowerBound]) } ?? rendered
            let stripped = stripGlosses(body)
            fuzzCheck(stripped == text || stripped == text + "\n", "the text renderer changed the text")
        }
        _ = MarkdownRenderer(everyOccurrence: options & 2 != 0).render(document)
        _ = HTMLRenderer(table: options & 4 != 0).render(document)
        checkJSON(JSONRenderer().render(document), text: text)
        checkStreaming(text, annotator: annotator, minimum: Int(options >> 3) * 8 + 1)
        if options & 8 != 0 || HTMLTextNodes.looksLikeHTML(text) {
            let html = annotator.annotateHTML(text)
            checkSpans(html, in: text, "annotateHTML")
            _ = HTMLRenderer().renderInPlace(AnnotatedDocument(source: "fuzz.html", text: text, annotations: html, input: .html))
            _ = HTMLTextNodes(text).readableText()
        }
    }

    /// Chunked decoding gives what decoding at once gives, text or error.
    static func checkDecoding(_ bytes: ArraySlice<UInt8>, chunk: Int) {
        for lossy in [false, true] {
            let whole = Result { () throws(DecodingError) -> String in try DocumentDecoder.decode(Array(bytes), lossy: lossy).text }
            let chunked = Result { () throws(DecodingError) -> String in
                let decoder = try StreamingDecoder(lossy: lossy)
                var text = ""
                var start = bytes.startIndex
                while start < bytes.endIndex {
                    let end = min(bytes.endIndex, start + chunk)
                    text += try decoder.decode(bytes[start..<end])
                    start = end
                }
                return text + (try decoder.finish())
            }
            switch (whole, chunked) {
            case (.success(let a), .success(let b)): fuzzCheck(a == b, "chunked decoding (\(chunk)) differs")
            case (.failure(let a), .failure(let b)): fuzzCheck(a == b, "chunked decoding error \(b) differs from \(a)")
            default: fuzzCheck(false, "chunked decoding (\(chunk)) and whole decoding disagree on success")
            }
        }
    }

    /// Every folded span maps back to a slice of the original; the whole maps to the whole,
    /// except scalars at either end that fold to nothing (a text that starts with U+2066 or
    /// another default-ignorable scalar: that scalar is a segment of its own, with no folded
    /// byte, so no span starts with it, as no span starts with one in the middle of a text).
    static func checkBuffer(_ text: String) {
        let buffer = TextBuffer(text, variants: stack.keys.folder)
        let scalars = buffer.originalScalars
        let whole = buffer.originalRange(ofFolded: 0..<buffer.folded.count)
        fuzzCheck(whole.lowerBound >= 0 && whole.upperBound <= scalars.count, "the folded text maps to \(whole), outside the text")
        if whole.lowerBound >= 0 && whole.upperBound <= scalars.count {
            let outside = slice(scalars, 0..<whole.lowerBound) + slice(scalars, whole.upperBound..<scalars.count)
            fuzzCheck(TextBuffer.fold(outside).isEmpty, "the folded text maps to \(whole), not the whole text, and the rest does not fold to nothing")
        }
        var previous = 0
        for offset in 0...buffer.folded.count where buffer.isSegmentBoundary(offset) {
            let original = buffer.originalOffset(ofFolded: offset)
            fuzzCheck(original >= previous && original <= scalars.count, "offset map not monotonic at \(offset)")
            previous = original
        }
    }

    static func checkSpans(_ annotations: [Annotation], in text: String, _ what: String) {
        let scalars = Array(text.unicodeScalars)
        var end = 0
        for annotation in annotations {
            fuzzCheck(annotation.start >= end && annotation.start < annotation.end && annotation.end <= scalars.count,
                      "\(what): span \(annotation.start)..<\(annotation.end) after \(end) in \(scalars.count)")
            fuzzCheck(slice(scalars, annotation.start..<annotation.end) == annotation.surface, "\(what): surface is not the slice")
            end = annotation.end
        }
    }

    static func checkJSON(_ json: String, text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let terms = object["terms"] as? [[String: Any]] else {
            fuzzCheck(false, "the JSON does not parse")
            return
        }
        let scalars = Array(text.unicodeScalars)
        for term in terms {
            guard let start = term["start"] as? Int, let end = term["end"] as? Int, start >= 0, start < end, end <= scalars.count else {
                fuzzCheck(false, "a JSON span is out of range")
                return
            }
            fuzzCheck(slice(scalars, start..<end) == term["surface"] as? String, "a JSON surface is not its slice")
        }
    }

    /// Piece by piece (small pieces here), the pieces rebuild the text and the spans stay exact.
    static func checkStreaming(_ text: String, annotator: Annotator, minimum: Int) {
        var streamer = StreamingAnnotator(annotator: annotator, splitter: ParagraphSplitter(minimumPiece: minimum, maximumPiece: minimum * 3))
        var pieces = streamer.append(text)
        pieces += streamer.finish()
        fuzzCheck(pieces.map(\.text).joined() == text, "the pieces do not rebuild the text")
        var json = JSONRenderer.Stream(source: "fuzz.txt")
        for piece in pieces { json.add(piece.annotations, offset: piece.offset) }
        checkJSON(json.finish(), text: text)
    }

    static func stripGlosses(_ rendered: String) -> String {
        var out = String.UnicodeScalarView(), depth = 0
        for scalar in rendered.unicodeScalars {
            if scalar == "〔" { depth += 1 } else if scalar == "〕" { depth -= 1 } else if depth == 0 { out.append(scalar) }
        }
        return String(out)
    }
}
