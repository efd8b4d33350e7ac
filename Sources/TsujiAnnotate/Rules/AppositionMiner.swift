import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Learns names from the way Japanese news introduces them: ディープシーク（深度求索）,
/// 通義千問（Qwen）, 「通義千問」(Qwen), BYD（比亜迪）, 深圳（シンセン）.
///
/// One side of the apposition is usually known; the other gets what is known of it
/// (`confidence: article`), and so do its later occurrences. Where the article's Latin gloss
/// differs from the dictionary's English, the article's comes first and the note says so.
struct AppositionMiner {
    let stack: DictionaryStack

    /// A side of an apposition: a scalar range and the annotation already there, if any.
    struct Side {
        var range: Range<Int>
        var script: ScriptClass
        var known: Annotation?
    }

    /// - Parameters:
    ///   - annotations: the terms found so far, in text order.
    ///   - hidden: the Japanese words found, which are no names to pair.
    func learn(from scalars: [Unicode.Scalar], annotations: [Annotation], hidden: HiddenWords) -> [Annotation] {
        guard scalars.contains(where: { $0 == "（" || $0 == "(" }) else { return annotations }
        var result = annotations
        var byEnd: [Int: Int] = [:]
        var byStart: [Int: Int] = [:]
        for (index, annotation) in annotations.enumerated() {
            byEnd[annotation.end] = index
            byStart[annotation.start] = index
        }
        let spans = SpanIndex(annotations, hidden: hidden)
        var learned: [String: Annotation] = [:]
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "（" || scalars[index] == "(" else { continue }
            let close: Unicode.Scalar = scalars[index] == "（" ? "）" : ")"
            guard let end = scalars[(index + 1)...].prefix(48).firstIndex(of: close), end > index + 1 else { continue }
            var leftEnd = index
            if leftEnd > 0, scalars[leftEnd - 1] == "」" || scalars[leftEnd - 1] == "』" { leftEnd -= 1 }
            guard let left = side(endingAt: leftEnd, in: scalars, annotations: annotations, byEnd: byEnd, hidden: hidden, spans: spans),
                let right = side(covering: (index + 1)..<end, in: scalars, annotations: annotations, byStart: byStart, spans: spans)
            else { continue }
            guard Self.isApposition(left.script, right.script) else { continue }
            let leftText = slice(scalars, left.range), rightText = slice(scalars, right.range)
            switch (left.known, right.known) {
            case (let known?, nil):
                if let taught = teach(known, to: right, text: rightText, result: &result, byStart: byStart) { learned[rightText] = taught }
            case (nil, let known?):
                if let taught = teach(known, to: left, text: leftText, result: &result, byStart: byStart) { learned[leftText] = taught }
            case (nil, nil):
                for taught in pairUnknown(left, leftText, right, rightText) {
                    result.append(taught)
                    learned[taught.surface] = taught
                }
            case (.some, .some):
                break
            }
        }
        if result.count > annotations.count { result.sort { $0.start < $1.start } }
        return addLaterOccurrences(of: learned, in: scalars, to: result, hidden: hidden)
    }

    /// The patterns the issue names: katakana（kanji）, kanji（Latin）, Latin（kanji or katakana）,
    /// kanji（katakana）, and katakana（Latin）. Not kanji（kanji）: that is usually a gloss (春節（旧正月）).
    static func isApposition(_ left: ScriptClass, _ right: ScriptClass) -> Bool {
        switch (left, right) {
        case (.katakana, .han), (.han, .latin), (.latin, .han), (.latin, .katakana), (.han, .katakana), (.katakana, .latin):
            return true
        default:
            return false
        }
    }

    /// The name that ends at `end`: an annotation ending there, else the run of one script.
    func side(endingAt end: Int, in scalars: [Unicode.Scalar], annotations: [Annotation], byEnd: [Int: Int], hidden: HiddenWords, spans: SpanIndex) -> Side? {
        guard end > 0 else { return nil }
        // A Japanese word is not a name to pair.
        if hidden.hasWord(endingAt: end) { return nil }
        if let index = byEnd[end] {
            let known = annotations[index]
            // A Japanese word is not a name to pair.
            guard known.language == .zh else { return nil }
            return Side(range: known.start..<known.end, script: script(of: known.surface), known: known.language == .zh ? known : nil)
        }
        let script = ScriptRuns.scriptClass(of: scalars[end - 1])
        guard [.han, .katakana, .latin].contains(script) else { return nil }
        var start = end - 1
        while start > 0 {
            let previous = scalars[start - 1]
            let previousScript = ScriptRuns.scriptClass(of: previous)
            let joins = previousScript == script || (script == .katakana && (previous == "・" || previous == "ー"))
                || (script == .latin && (previous == " " || previous == "-" || previousScript == .digit) && start - 1 > 0
                    && ScriptRuns.scriptClass(of: scalars[start - 2]) != .han)
            if !joins { break }
            start -= 1
        }
        while start < end, scalars[start] == " " { start += 1 }
        // A kanji run directly after a quote mark or particle is the name; a long kanji run is
        // probably a compound with Japanese words in front, so only the last 6 characters count.
        if script == .han, end - start > 6 { start = end - 6 }
        // A name inside a known Japanese word is not a name.
        if spans.overlaps(start..<end) { return nil }
        return Side(range: start..<end, script: script, known: nil)
    }

    /// The parenthesised text as a side: a known annotation covering it exactly, or one run.
    func side(covering range: Range<Int>, in scalars: [Unicode.Scalar], annotations: [Annotation], byStart: [Int: Int], spans: SpanIndex) -> Side? {
        var range = range
        while range.lowerBound < range.upperBound, scalars[range.lowerBound] == " " || scalars[range.lowerBound] == "　" {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.lowerBound < range.upperBound, scalars[range.upperBound - 1] == " " || scalars[range.upperBound - 1] == "　" {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        guard !range.isEmpty else { return nil }
        if let index = byStart[range.lowerBound], annotations[index].end == range.upperBound {
            let known = annotations[index]
            guard known.language == .zh else { return nil }
            return Side(range: range, script: script(of: known.surface), known: known.language == .zh ? known : nil)
        }
        if spans.overlaps(range) { return nil }
        let classes = scalars[range].map(ScriptRuns.scriptClass(of:))
        guard let first = classes.first, [.han, .katakana, .latin].contains(first) else { return nil }
        for (offset, scriptClass) in classes.enumerated() {
            let scalar = scalars[range.lowerBound + offset]
            let fits = scriptClass == first
                || (first == .katakana && (scalar == "・" || scalar == "ー"))
                || (first == .latin && (scriptClass == .digit || scalar == " " || scalar == "-" || scalar == "." || scalar == "&"))
            if !fits { return nil }
        }
        return Side(range: range, script: first, known: nil)
    }

    func script(of text: String) -> ScriptClass {
        let runs = ScriptRuns.runs(text)
        return runs.max { $0.range.count < $1.range.count }?.script ?? .other
    }

    func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Gives an unknown side what is known of the other. Latin text is not annotated: it is the
    /// English name, and it refines the known side's English instead.
    func teach(_ known: Annotation, to side: Side, text: String, result: inout [Annotation], byStart: [Int: Int]) -> Annotation? {
        if side.script == .latin {
            // `result` begins with the matcher's annotations, in their order.
            guard let index = byStart[known.start], result[index].end == known.end else { return nil }
            let gloss = text
            let key = IndexKeys().englishPhrase(gloss)
            if !result[index].english.contains(where: { IndexKeys().englishPhrase($0) == key }) {
                let dictionary = result[index].english
                result[index].english = [gloss] + dictionary
                result[index].note = dictionary.isEmpty
                    ? "English from the article: \(gloss)"
                    : "the article calls it \(gloss); the dictionary gives \(dictionary.joined(separator: ", "))"
            }
            return nil
        }
        var taught = known
        taught.start = side.range.lowerBound
        taught.end = side.range.upperBound
        taught.surface = text
        taught.source = "article"
        taught.confidence = .article
        taught.variantOf = nil
        if !taught.forms.contains(text) { taught.forms.append(text) }
        taught.note = "learned from the apposition with \(known.surface)"
        if side.script == .katakana {
            taught.reading = text
            taught.romaji = TermFacts.romaji(ofReading: text, kind: known.kind)
        }
        // The pinyin describes the side as written: 銀聯 taught by ユニオンペイ (中国銀聯) is
        // Yínlián, not Zhōngguó Yínlián.
        if side.script == .han, let current = known.pinyin,
            let fitting = PinyinComposer(stack: stack).pinyin(describing: text, current: current, entries: [], kind: known.kind) {
            taught.pinyin = fitting
        }
        result.append(taught)
        return taught
    }

    /// Neither side known: a Latin side gives the English, a kanji side per-character pinyin,
    /// a katakana side the reading.
    func pairUnknown(_ left: Side, _ leftText: String, _ right: Side, _ rightText: String) -> [Annotation] {
        let sides = [(left, leftText), (right, rightText)]
        let latin = sides.first { $0.0.script == .latin }?.1
        let han = sides.first { $0.0.script == .han }?.1
        let katakana = sides.first { $0.0.script == .katakana }?.1
        // Only a kanji side that looks Chinese is a Chinese term; a katakana + Latin pair is a
        // foreign name that need not be Chinese at all.
        guard let han else { return [] }
        let pinyin = HanziFallback.pinyin(han)
        guard looksChinese(han: han, pinyin: pinyin, latin: latin) else { return [] }
        var out: [Annotation] = []
        for (side, text) in sides where side.script != .latin {
            var annotation = Annotation(
                start: side.range.lowerBound, end: side.range.upperBound, surface: text, language: .zh, kind: .name,
                hanzi: han, pinyin: pinyin, english: latin.map { [$0] } ?? [], source: "article",
                confidence: .article, forms: [han] + [katakana, latin].compactMap { $0 },
                note: "learned from the apposition \(leftText)（\(rightText)）; pinyin read per character")
            if let katakana {
                annotation.reading = katakana
                annotation.romaji = TermFacts.romaji(ofReading: katakana, kind: .name)
            }
            out.append(annotation)
        }
        return out
    }

    /// Whether an apposition of two unknown sides names something Chinese. With the full
    /// dictionaries, "unknown" already means neither EDICT nor CC-CEDICT knows the kanji, which
    /// rules out Japanese words such as 人工知能（AI）. With only the curated terms, a Chinese sign
    /// is needed: a character used only in simplified Chinese, or a Latin side that is the
    /// kanji's own pinyin (深圳（Shenzhen）).
    func looksChinese(han: String, pinyin: String, latin: String?) -> Bool {
        if han.unicodeScalars.contains(where: JapaneseCharacters.isSimplifiedOnly) { return true }
        if stack.hasFullDictionaries { return true }
        guard let latin else { return false }
        return stack.keys.pinyin(latin) == stack.keys.pinyin(pinyin) && !stack.keys.pinyin(latin).isEmpty
    }

    /// Annotates every other occurrence of a learned surface that nothing else covers.
    func addLaterOccurrences(of learned: [String: Annotation], in scalars: [Unicode.Scalar], to annotations: [Annotation], hidden: HiddenWords) -> [Annotation] {
        guard !learned.isEmpty else { return annotations }
        var result = annotations
        var covered = [Bool](repeating: false, count: scalars.count + 1)
        for annotation in annotations { for i in annotation.start..<annotation.end { covered[i] = true } }
        hidden.mark(&covered)
        for (surface, template) in learned.sorted(by: { $0.key.unicodeScalars.count > $1.key.unicodeScalars.count }) {
            let needle = Array(surface.unicodeScalars)
            guard !needle.isEmpty, needle.count <= scalars.count else { continue }
            var start = 0
            while start + needle.count <= scalars.count {
                if scalars[start] == needle[0], Array(scalars[start..<(start + needle.count)]) == needle,
                    !covered[start..<(start + needle.count)].contains(true)
                {
                    var copy = template
                    copy.start = start
                    copy.end = start + needle.count
                    result.append(copy)
                    for i in start..<(start + needle.count) { covered[i] = true }
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return result.sorted { $0.start < $1.start }
    }
}
