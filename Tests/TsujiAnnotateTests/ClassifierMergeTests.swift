import Testing
import TsujiDictionary
import TsujiTestSupport
@testable import TsujiAnnotate

/// The classifier merges the English and the written forms of every entry of a span, dropping
/// repeats (String equality, so canonically equal spellings are one) and keeping first-seen
/// order. It does so through a set beside each list, so thousands of entries cost linear time;
/// the result must be what searching each list (the simple way) gives.
@Suite struct ClassifierMergeTests {
    /// A seeded generator, so that a failure can be replayed.
    typealias Generator = SplitMix64

    /// Strings that repeat often, some equal only canonically (é and e + U+0301, 가 and its jamo).
    static let pieces = ["金", "かね", "カネ", "money", "gold", "é", "e\u{301}", "가", "\u{1100}\u{1161}", "Å", "A\u{30A}", "a", " ", "ā"]

    static func text(_ rng: inout Generator) -> String {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// The merge as it was written first: a search of the list for each string (a Chinese
    /// term's senses as renderings, as the classifier gives them).
    static func reference(_ ordered: [Entry], language: TermLanguage) -> (english: [String], forms: [String]) {
        var english: [String] = []
        for entry in ordered {
            let senses = language == .zh ? EnglishRendering.render(entry.english).english : entry.english
            for sense in senses where !english.contains(sense) { english.append(sense) }
            if !english.isEmpty && (DictionarySource(name: entry.source).map { $0.isTermList || $0 == .cedict } ?? false) { break }
        }
        var forms: [String] = []
        for entry in ordered { for form in entry.headwords where !forms.contains(form) { forms.append(form) } }
        return (english, forms)
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func mergedEnglishAndFormsEqualTheSimpleMerge(seed: UInt64) {
        var rng = Generator(state: seed)
        let sources: [DictionarySource] = [.edict, .enamdict, .kanjidic2, .unihan, .cedict]
        let count = Int.random(in: 1...400, using: &rng)
        var entries: [Entry] = []
        for number in 0..<count {
            // CC-CEDICT stops the English merge at its first entry with English: rare here, so
            // that long merges are tested too.
            let source = Int.random(in: 0..<20, using: &rng) == 0 ? .cedict : sources[Int.random(in: 0..<4, using: &rng)]
            entries.append(Entry(
                id: "e:\(number)", source: source.name, language: .ja, kind: .word,
                japanese: (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.text(&rng) },
                traditional: (0..<Int.random(in: 0...2, using: &rng)).map { _ in Self.text(&rng) },
                readings: ["かね"],
                english: (0..<Int.random(in: 0...4, using: &rng)).map { _ in Self.text(&rng) },
                isCommon: Bool.random(using: &rng)))
        }
        let stack = DictionaryStack(layers: [MemoryDictionary(name: "full", entries: entries)])
        let classifier = Classifier(stack: stack)
        let hits = entries.indices.map { DictionaryStack.Hit(layer: 0, index: $0) }
        for language in [TermLanguage.ja, .zh] {
            let annotation = classifier.annotation(for: hits, range: 0..<2, surface: "かね", language: language)
            let expected = Self.reference(classifier.orderedEntries(hits, language: language).map(\.entry), language: language)
            #expect(annotation.english == expected.english, "seed \(seed), \(language)")
            #expect(annotation.forms == expected.forms, "seed \(seed), \(language)")
        }
    }
}
