import TsujiAnnotate
import TsujiDictionary

/// Hand-made terms and documents for the renderer tests: annotations are built here, so the
/// tests do not depend on any dictionary's contents.
enum RenderFixtures {
    static let qwen = Annotation(
        start: 0, end: 0, surface: "通義千問", language: .zh, kind: .product, hanzi: "通義千問",
        hanziSimplified: "通义千问", reading: "つうぎせんもん", romaji: "Tsūgi Senmon", pinyin: "Tōngyì Qiānwèn",
        english: ["Qwen", "Tongyi Qianwen"], source: "tsuji-terms", entry: "tsuji-terms:qwen",
        confidence: .dictionary, forms: ["通義千問", "通义千问"])

    static let tencent = Annotation(
        start: 0, end: 0, surface: "腾讯", language: .zh, kind: .company, hanzi: "騰訊", hanziSimplified: "腾讯",
        reading: "テンセント", romaji: "Tensento", pinyin: "Téngxùn", english: ["Tencent"], source: "tsuji-terms",
        entry: "tsuji-terms:tencent", variantOf: nil, confidence: .dictionary, forms: ["テンセント", "騰訊", "腾讯"])

    static let deepseek = Annotation(
        start: 0, end: 0, surface: "ディープシーク", language: .zh, kind: .company, hanzi: "深度求索",
        hanziSimplified: "深度求索", reading: "ディープシーク", romaji: "Dīpushīku", pinyin: "Shēndù Qiúsuǒ",
        english: ["DeepSeek"], source: "article", confidence: .article, forms: ["ディープシーク", "深度求索"],
        note: "learned from the apposition ディープシーク(深度求索)")

    /// A Japanese word: kana over it, not pinyin.
    static let kisei = Annotation(
        start: 0, end: 0, surface: "帰省", language: .ja, kind: .word, hanzi: "帰省", reading: "きせい",
        romaji: "kisei", english: ["homecoming"], source: "edict", entry: "edict:1", confidence: .dictionary,
        forms: ["帰省"])

    /// A term whose data holds every character that HTML and Markdown treat specially.
    static let nasty = Annotation(
        start: 0, end: 0, surface: "甲乙", language: .zh, kind: .concept, hanzi: "甲乙", hanziSimplified: "甲乙",
        reading: "こう<おつ>", romaji: "kō & otsu", pinyin: "jiǎ\"yǐ'", english: ["<b>A</b> & \"B\"", "*x* _y_ [z](u)"],
        source: "user", entry: "user:a&b\"<c>'", confidence: .fallback, forms: ["甲乙"], note: "<script>alert(1)</script>")

    /// Every occurrence of the templates' surfaces in `text`, longest first, left to right,
    /// as annotations with scalar offsets.
    static func annotations(in text: String, _ templates: [Annotation]) -> [Annotation] {
        let scalars = Array(text.unicodeScalars)
        let ordered = templates.sorted { $0.surface.unicodeScalars.count > $1.surface.unicodeScalars.count }
        var result: [Annotation] = []
        var i = 0
        outer: while i < scalars.count {
            for template in ordered {
                let surface = Array(template.surface.unicodeScalars)
                if !surface.isEmpty, scalars[i...].starts(with: surface) {
                    var annotation = template
                    annotation.start = i
                    annotation.end = i + surface.count
                    result.append(annotation)
                    i += surface.count
                    continue outer
                }
            }
            i += 1
        }
        return result
    }

    static func document(_ text: String, _ templates: [Annotation], source: String = "article.txt") -> AnnotatedDocument {
        AnnotatedDocument(source: source, text: text, annotations: annotations(in: text, templates))
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(text.unicodeScalars)[range])
        return String(view)
    }
}

/// A small seeded generator (SplitMix64), so that a failing property case can be replayed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random articles for the property tests: mixes of kana, kanji, Latin, HTML and Markdown
/// specials, line breaks, blank lines, footnote-like text and emoji, with random annotations.
enum RandomArticles {
    static let atoms: [String] = [
        "あ", "の", "が", "を", "です", "ア", "リ", "バ", "テンセント", "ー", "通", "義", "千", "問", "騰", "訊", "腾", "讯",
        "中国", "漢字", "a", "b", "Qwen", "x", "Z", "0", "42", " ", " ", "　", "\t", "、", "。", "「", "」", "（", "）",
        "<", ">", "&", "&amp;", "&lt;", "&#36890;", "\"", "'", "\n", "\n", "\n\n", "\n\n\n", "\r\n", "  \n",
        "[^1]", "[^t1]", "[^", "]:", "[^2]: x", "(", ")", "[", "]", "`", "```", "*", "_", "#", "\\", "<!---->",
        "<b>", "</p>", "<!--", "-->", "😀", "👨‍👩‍👧", "🇯🇵", "é", "e\u{301}",
    ]

    static func text(_ random: inout SeededRandom) -> String {
        let count = Int.random(in: 0...60, using: &random)
        var text = ""
        for _ in 0..<count { text += atoms.randomElement(using: &random)! }
        return text
    }

    static let templates = [RenderFixtures.qwen, RenderFixtures.tencent, RenderFixtures.deepseek,
                            RenderFixtures.kisei, RenderFixtures.nasty]

    /// Random non-overlapping annotations over arbitrary scalar ranges (some repeat a term
    /// key, some span line breaks, some have no pinyin).
    static func annotations(for text: String, _ random: inout SeededRandom) -> [Annotation] {
        let count = text.unicodeScalars.count
        var result: [Annotation] = []
        var position = 0
        while position < count {
            position += Int.random(in: 0...8, using: &random)
            let length = Int.random(in: 1...5, using: &random)
            guard position + length <= count else { break }
            var annotation = templates.randomElement(using: &random)!
            annotation.start = position
            annotation.end = position + length
            annotation.surface = RenderFixtures.slice(text, position..<(position + length))
            if Bool.random(using: &random) && Bool.random(using: &random) { annotation.pinyin = nil }
            result.append(annotation)
            position += length
        }
        return result
    }
}
