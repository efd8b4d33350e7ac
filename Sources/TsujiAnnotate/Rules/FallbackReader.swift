import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Per-character readings for Chinese-looking runs that no dictionary knows: kanji runs with a
/// character used only in simplified Chinese (这个, 们). Pinyin from ICU's Han-Latin, on'yomi
/// from KANJIDIC2 when the full dictionaries are installed. Marked `confidence: fallback`.
struct FallbackReader {
    let stack: DictionaryStack

    func readUnknownRuns(in scalars: [Unicode.Scalar], around annotations: [Annotation], hidden: HiddenWords) -> [Annotation] {
        // Only a run with a simplified-only character is read, so a text without one (most
        // Japanese) needs no script runs at all.
        guard JapaneseCharacters.containsSimplifiedOnly(scalars) else { return [] }
        var covered = [Bool](repeating: false, count: scalars.count)
        for annotation in annotations { for i in annotation.start..<annotation.end { covered[i] = true } }
        hidden.mark(&covered)
        var out: [Annotation] = []
        for run in ScriptRuns.runs(scalars) where run.script == .han {
            // The uncovered stretches of the run.
            var start = run.lowerBoundSkipping(covered)
            while start < run.range.upperBound {
                var end = start
                while end < run.range.upperBound, !covered[end] { end += 1 }
                let piece = Array(scalars[start..<end])
                if piece.count >= 2, JapaneseCharacters.containsSimplifiedOnly(piece) {
                    out.append(annotation(for: piece, at: start))
                }
                start = end
                while start < run.range.upperBound, covered[start] { start += 1 }
            }
        }
        return out
    }

    func annotation(for piece: [Unicode.Scalar], at start: Int) -> Annotation {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: piece)
        let text = String(view)
        let simplified = text
        let traditional = (try? Transliterator.transliterate(text, "Simplified-Traditional")) ?? text
        var onyomi: [String] = []
        for scalar in piece {
            let reading = stack.entries(writtenAs: String(scalar)).lazy.map(stack.entry)
                .first { $0.kind == .character && !$0.readings.isEmpty }?.readings.first
            onyomi.append(reading ?? "")
        }
        let reading = onyomi.contains("") ? nil : onyomi.joined()
        return Annotation(
            start: start, end: start + piece.count, surface: text, language: .zh, kind: .word,
            hanzi: traditional, hanziSimplified: simplified, reading: reading,
            romaji: reading.map { Hepburn.romanize($0) }, pinyin: HanziFallback.pinyin(text), english: [],
            source: "fallback", confidence: .fallback, forms: [text],
            note: "not in the dictionaries; readings per character")
    }
}

extension ScriptRuns.Run {
    /// The first offset of the run not covered.
    fileprivate func lowerBoundSkipping(_ covered: [Bool]) -> Int {
        var start = range.lowerBound
        while start < range.upperBound, covered[start] { start += 1 }
        return start
    }
}
