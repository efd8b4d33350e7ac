import TsujiAnnotate
import TsujiDictionary
@testable import TsujiGlossary

/// Hand-built annotated documents: the terms and their data are written here, not produced by
/// the annotator, so the glossary tests do not depend on the dictionaries.
enum Fixtures {
    /// What a dictionary knows of a term; `annotation(surface:start:)` places it in a text.
    struct Known {
        var entry: String?
        var language: TermLanguage = .zh
        var kind: TermKind
        var hanzi: String?
        var simplified: String?
        var reading: String?
        var romaji: String?
        var pinyin: String?
        var english: [String] = []
        var source = "tsuji-terms"
        var confidence: Confidence = .dictionary
        var note: String?

        func annotation(surface: String, start: Int) -> Annotation {
            Annotation(
                start: start, end: start + surface.unicodeScalars.count, surface: surface, language: language, kind: kind,
                hanzi: hanzi, hanziSimplified: simplified, reading: reading, romaji: romaji, pinyin: pinyin,
                english: english, source: source, entry: entry, variantOf: nil, confidence: confidence,
                forms: [hanzi, simplified].compactMap { $0 }, note: note)
        }
    }

    static let qwen = Known(
        entry: "tsuji-terms:qwen", kind: .product, hanzi: "通義千問", simplified: "通义千问", reading: "つうぎせんもん",
        romaji: "Tsūgi Senmon", pinyin: "Tōngyì Qiānwèn", english: ["Qwen", "Tongyi Qianwen"],
        note: "Alibaba's large language model family")
    static let tencent = Known(
        entry: "tsuji-terms:tencent", kind: .company, hanzi: "騰訊", simplified: "腾讯", reading: "テンセント",
        romaji: "Tensento", pinyin: "Téngxùn", english: ["Tencent"])
    static let hongbao = Known(
        entry: "tsuji-terms:hongbao", kind: .concept, hanzi: "紅包", simplified: "红包", reading: "ホンバオ",
        romaji: "honbao", pinyin: "hóngbāo", english: ["red envelope", "red packet"])
    static let alibaba = Known(
        entry: "tsuji-terms:alibaba", kind: .company, hanzi: "阿里巴巴", simplified: "阿里巴巴", reading: "アリババ",
        romaji: "Aribaba", pinyin: "Ālǐbābā", english: ["Alibaba"])
    static let hangzhou = Known(
        entry: "tsuji-terms:hangzhou", kind: .place, hanzi: "杭州", simplified: "杭州", reading: "こうしゅう",
        romaji: "Kōshū", pinyin: "Hángzhōu", english: ["Hangzhou"])
    /// Learned from an apposition: no entry, so its key is `article:深度求索`.
    static let deepseek = Known(
        entry: nil, kind: .name, hanzi: "深度求索", reading: "ディープシーク", romaji: "Dīpushīku", pinyin: "shēndù qiúsuǒ",
        source: "article", confidence: .article)
    /// A Japanese word (reported with --lang ja/all).
    static let shunsetsu = Known(
        entry: "edict:1000", language: .ja, kind: .word, hanzi: "春節", reading: "しゅんせつ", romaji: "shunsetsu",
        english: ["Chinese New Year"], source: "edict")

    /// A document whose every occurrence of each surface is annotated, left to right, longest
    /// surface first where two would overlap.
    static func document(_ name: String, _ text: String, _ terms: [(String, Known)]) -> AnnotatedDocument {
        let scalars = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        var annotations: [Annotation] = []
        for (surface, known) in terms.sorted(by: { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }) {
            let needle = Array(surface.unicodeScalars)
            var start = 0
            while start + needle.count <= scalars.count {
                if Array(scalars[start..<(start + needle.count)]) == needle, !taken[start..<(start + needle.count)].contains(true) {
                    annotations.append(known.annotation(surface: surface, start: start))
                    for i in start..<(start + needle.count) { taken[i] = true }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return AnnotatedDocument(source: name, text: text, annotations: annotations.sorted { $0.start < $1.start })
    }

    static let allTerms: [(String, Known)] = [
        ("通義千問", qwen), ("テンセント", tencent), ("騰訊", tencent), ("腾讯", tencent), ("紅包", hongbao),
        ("アリババ", alibaba), ("杭州", hangzhou), ("ディープシーク", deepseek), ("深度求索", deepseek), ("春節", shunsetsu),
    ]

    /// Three short articles written for these tests.
    static let articleA = document("a.txt", """
        春節を前に、アリババは「通義千問」のアプリで紅包を配ると発表した。
        テンセント（騰訊、簡体字では「腾讯」）も紅包の配布で対抗する。
        """, allTerms)
    static let articleB = document("b.txt", """
        杭州の新興企業ディープシーク(深度求索)が注目を集める。アリババも杭州に本社を置く。
        ディープシークの低価格モデルに、テンセントは提携で応じた。
        """, allTerms)
    static let articleC = document("c.txt", """
        紅包の習慣は春節に欠かせない。通義千問の新版は「Qwen」の名で海外にも出る。
        """, allTerms)

    static func collect(_ documents: [AnnotatedDocument]) -> GlossaryCollector {
        var collector = GlossaryCollector()
        for document in documents { collector.add(document) }
        return collector
    }

    static func glossary(_ documents: [AnnotatedDocument]) -> Glossary { collect(documents).glossary() }
}
