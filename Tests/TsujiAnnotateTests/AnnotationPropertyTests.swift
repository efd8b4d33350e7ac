import Foundation
import Testing
import TsujiDictionary
import TsujiText
@testable import TsujiAnnotate

/// Properties of real annotation (the annotator, not hand-made spans) over generated articles:
/// every span is the exact original slice, the text renderer only inserts, the JSON spans slice
/// the text, and streaming piece by piece keeps all of that with offsets global to the text.
///
/// `TSUJI_PROPERTY_CASES` sets the number of generated articles per property (default 1500;
/// `Scripts/property-tests` runs many more). A failure names its case seed, to replay it.
@Suite struct AnnotationPropertyTests {
    static let cases = ProcessInfo.processInfo.environment["TSUJI_PROPERTY_CASES"].flatMap(Int.init) ?? 1500
    static let seed = ProcessInfo.processInfo.environment["TSUJI_PROPERTY_SEED"].flatMap(UInt64.init) ?? 20_260_125

    /// The curated terms compiled into tsuji, and the small test dictionary.
    static let annotators: [Annotator] = {
        let keys = IndexKeys()
        let embedded = (try? DictionaryStack.embeddedTerms(keys: keys)).map { DictionaryStack(layers: [$0], keys: keys) }
        return [Annotator(stack: testStack()), Annotator(stack: testStack(), options: .init(all: true))]
            + (embedded.map { [Annotator(stack: $0), Annotator(stack: $0, options: .init(all: true))] } ?? [])
    }()

    /// Terms in every script and variant, appositions, numbers before 元, and text that stresses
    /// the folding (half-width kana, combining marks, emoji sequences, CRLF, BOM, compatibility
    /// characters) and the paragraph cuts (blank lines, lines of spaces).
    static let atoms: [String] = [
        "アリババ", "阿里巴巴", "通義千問", "通义千问", "騰訊", "腾讯", "騰讯", "テンセント", "ﾃﾝｾﾝﾄ", "ディープシーク", "深度求索",
        "（", "）", "(", ")", "「", "」", "、", "。", "元", "30億", "数", "元気", "利用", "寧徳時代", "宁德时代", "中国", "春節",
        "紅包", "红包", "杭州", "北京大学", "習近平", "は", "の", "が", "を", "と", "です", "ー", "漢", "字", "Qwen", "AI", "ＡＩ",
        "２０２６", "a", "1", " ", "　", "\t", "\n", "\n\n", "\n \n", "\r\n", "\r\n\r\n", "\u{FEFF}", "e\u{301}", "か\u{3099}",
        "\u{3099}", "👨‍👩‍👧", "🇯🇵", "㍿", "ﬁ", "Ⅻ", "\u{200B}", "𠮷", "ﾎﾞ", "ｰ", "々", "İ", "ß", "\u{FFFD}",
    ]

    static func article(_ random: inout SeededRandom, length: ClosedRange<Int> = 0...40) -> String {
        var text = ""
        for _ in 0..<Int.random(in: length, using: &random) { text += atoms.randomElement(using: &random)! }
        return text
    }

    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Spans in order, not overlapping, inside the text, each its exact slice.
    static func checkSpans(_ annotations: [(start: Int, end: Int, surface: String)], in text: String, _ label: String) {
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for span in annotations {
            guard span.start >= previousEnd, span.start < span.end, span.end <= scalars.count else {
                Issue.record("\(label): span \(span.start)..<\(span.end) after \(previousEnd) in \(scalars.count) scalars: \(text.debugDescription)")
                return
            }
            #expect(slice(scalars, span.start..<span.end) == span.surface, "\(label): \(text.debugDescription)")
            previousEnd = span.end
        }
    }

    /// The text renderer's output with its glosses taken out. The generated articles hold no 〔.
    static func stripGlosses(_ rendered: String) -> String {
        var out = "", depth = 0
        for scalar in rendered.unicodeScalars {
            if scalar == "〔" { depth += 1 } else if scalar == "〕" { depth -= 1 } else if depth == 0 { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// `terms` of a tsuji.annotation/1 object, read with Foundation's parser.
    static func jsonSpans(_ json: String) throws -> [(start: Int, end: Int, surface: String)] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let terms = object?["terms"] as? [[String: Any]] ?? []
        return terms.map { ($0["start"] as? Int ?? -1, $0["end"] as? Int ?? -1, $0["surface"] as? String ?? "") }
    }

    @Test func annotationsAreExactSlicesAndRenderingOnlyInserts() throws {
        for number in 0..<Self.cases {
            var random = SeededRandom(seed: Self.seed &+ UInt64(number))
            let text = Self.article(&random)
            let annotator = Self.annotators[number % Self.annotators.count]
            let annotations = annotator.annotate(text)
            let label = "case \(number)"
            Self.checkSpans(annotations.map { ($0.start, $0.end, $0.surface) }, in: text, label)
            let document = AnnotatedDocument(source: "-", text: text, annotations: annotations)
            var rebuilt = ""
            for piece in document.pieces {
                switch piece {
                case .text(let part): rebuilt += part
                case .term(let annotation): rebuilt += annotation.surface
                }
            }
            #expect(rebuilt == text, "\(label): pieces")
            let rendered = TextRenderer(everyOccurrence: number % 2 == 0, table: false).render(document)
            #expect(Self.stripGlosses(rendered) == text, "\(label): text renderer")
            let spans = try Self.jsonSpans(JSONRenderer().render(document))
            #expect(spans.count == annotations.count, "\(label): JSON terms")
            Self.checkSpans(spans, in: text, "\(label) JSON")
        }
    }

    @Test func streamingKeepsSpansGlobalAndTheTextWhole() throws {
        for number in 0..<max(1, Self.cases / 3) {
            var random = SeededRandom(seed: Self.seed &+ 0x5EED_0000 &+ UInt64(number))
            let text = Self.article(&random, length: 0...160)
            let annotator = Self.annotators[number % Self.annotators.count]
            let minimum = Int.random(in: 1...64, using: &random)
            let splitter = ParagraphSplitter(minimumPiece: minimum, maximumPiece: Int.random(in: 4...256, using: &random))
            var streamer = StreamingAnnotator(annotator: annotator, splitter: splitter)
            var json = JSONRenderer.Stream(source: "-")
            var session = TextRenderer.Session(TextRenderer(table: true))
            var jsonOutput = "", textOutput = "", expectedOffset = 0
            // Fed in random chunks of scalars, as a file read in blocks would be.
            let scalars = Array(text.unicodeScalars)
            var position = 0
            var pieces: [StreamingAnnotator.Piece] = []
            while position < scalars.count {
                let size = Int.random(in: 1...12, using: &random)
                pieces += streamer.append(Self.slice(scalars, position..<min(scalars.count, position + size)))
                position += size
            }
            pieces += streamer.finish()
            for piece in pieces {
                #expect(piece.offset == expectedOffset, "case \(number)")
                expectedOffset += piece.text.unicodeScalars.count
                json.add(piece.annotations, offset: piece.offset)
                jsonOutput += json.take()
                textOutput += session.render(piece.document(source: "-"))
            }
            jsonOutput += json.finish()
            let table = session.finish()
            #expect(pieces.map(\.text).joined() == text, "case \(number): pieces")
            #expect(Self.stripGlosses(textOutput) == text, "case \(number): text renderer")
            #expect(table.isEmpty == pieces.allSatisfy { $0.annotations.isEmpty })
            Self.checkSpans(try Self.jsonSpans(jsonOutput), in: text, "case \(number) streamed JSON")
        }
    }

    @Test func oneShortPieceIsTheWholeDocumentPath() throws {
        for number in 0..<max(1, Self.cases / 10) {
            var random = SeededRandom(seed: Self.seed &+ 0xABCD_0000 &+ UInt64(number))
            let text = Self.article(&random, length: 0...60)
            let annotator = Self.annotators[number % Self.annotators.count]
            var streamer = StreamingAnnotator(annotator: annotator)  // 64 KiB pieces: this text is one
            let pieces = streamer.append(text) + streamer.finish()
            #expect(pieces.count == (text.isEmpty ? 0 : 1))
            var json = JSONRenderer.Stream(source: "a.txt")
            var session = TextRenderer.Session(TextRenderer())
            var streamedJSON = "", streamedText = ""
            for piece in pieces {
                json.add(piece.annotations, offset: piece.offset)
                streamedText += session.render(piece.document(source: "a.txt"))
            }
            streamedJSON += json.finish()
            streamedText += session.finish()
            let document = AnnotatedDocument(source: "a.txt", text: text, annotations: annotator.annotate(text))
            #expect(streamedJSON == JSONRenderer().render(document), "case \(number)")
            #expect(streamedText == TextRenderer().render(document), "case \(number)")
        }
    }
}
