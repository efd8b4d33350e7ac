import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Decides whether a dictionary match is a Chinese term (`zh`) or a Japanese word (`ja`), by
/// ``ChineseTermRule`` (the rule lookup uses too), and merges what every matching entry knows
/// into one annotation.
public struct Classifier: Sendable {
    public let stack: DictionaryStack
    public init(stack: DictionaryStack) { self.stack = stack }

    /// The language of a match whose original text is `scalars` (``ChineseTermRule``).
    public func language(of hits: [DictionaryStack.Hit], scalars: ArraySlice<Unicode.Scalar>) -> TermLanguage {
        ChineseTermRule.language(of: hits, in: stack, scalars: scalars)
    }

    /// Whether the hits name a Chinese place, organization, company or person (not just a word).
    public func isChineseName(_ hits: [DictionaryStack.Hit]) -> Bool {
        hits.contains { hit in
            let traits = stack.traits(hit)
            return traits.source == .cedict && [.place, .organization, .company, .person].contains(traits.kind)
                && traits.isTiedToChina
        }
    }

    /// One annotation for a match, with the most trusted entry first and gaps filled from the
    /// other entries of the same span.
    public func annotation(
        for hits: [DictionaryStack.Hit], range: Range<Int>, surface: String, language: TermLanguage
    ) -> Annotation {
        let ordered = orderedEntries(hits, language: language)
        let primary = ordered[0]
        let zhSide = ordered.filter { $0.language == .zh || !$0.pinyin.isEmpty }
        let jaSide = ordered.filter { !$0.readings.isEmpty }
        let reading = (primary.readings.first ?? jaSide.first?.readings.first)
        var pinyin = primary.pinyin.first ?? zhSide.first?.pinyin.first
        if let base = pinyin, let composed = PinyinComposer(stack: stack).pinyin(for: surface, entry: primary, entryPinyin: base) {
            pinyin = composed
        }
        // Repeats are dropped through a set beside each list, not by searching the list: a span
        // can have thousands of entries (a damaged file's postings, an English word), and a
        // search per string would make that quadratic.
        var english: [String] = []
        var seenEnglish = UniqueStrings()
        for entry in ordered {
            for sense in entry.english where seenEnglish.insert(sense) { english.append(sense) }
            if !english.isEmpty && (DictionarySource(name: entry.source).map { $0.isTermList || $0 == .cedict } ?? false) { break }
        }
        let kind = primary.kind
        let hanzi = primary.traditional.first ?? primary.japanese.first { isHan($0) } ?? (isHan(surface) ? surface : nil)
        let simplified = primary.simplified.first ?? ordered.lazy.compactMap(\.simplified.first).first
        var forms: [String] = []
        var seenForms = UniqueStrings()
        for entry in ordered { for form in entry.headwords where seenForms.insert(form) { forms.append(form) } }
        return Annotation(
            start: range.lowerBound, end: range.upperBound, surface: surface, language: language, kind: kind,
            hanzi: hanzi, hanziSimplified: simplified, reading: reading.map(TermFacts.displayReading),
            romaji: reading.map { TermFacts.romaji(ofReading: $0, kind: kind) }, pinyin: pinyin, english: english,
            source: primary.source, entry: primary.id, variantOf: variantOf(surface: surface, forms: primary.headwords),
            confidence: .dictionary, forms: forms, note: primary.note)
    }

    /// Entries of the hits in the order their data should be used: the trusted layers first,
    /// then the side that matches the language (CC-CEDICT for zh, EDICT for ja), common before rare.
    func orderedEntries(_ hits: [DictionaryStack.Hit], language: TermLanguage) -> [Entry] {
        let entries = hits.map(stack.entry)
        func rank(_ entry: Entry) -> Int {
            switch (language, DictionarySource(name: entry.source)) {
            case (_, .user): return 0
            case (_, .curated): return 1
            case (.zh, .cedict): return entry.kind == .word ? 3 : 2
            case (.ja, .edict): return entry.isCommon ? 2 : 3
            case (_, .enamdict): return 4
            case (_, .kanjidic2), (_, .unihan): return 6
            default: return 5
            }
        }
        return entries.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The stored form when `surface` meets `forms` only through variant folding, else nil.
    func variantOf(surface: String, forms: [String]) -> String? {
        let plain = Normalizer.normalize(surface, .nfkcCasefold)
        if forms.contains(where: { Normalizer.normalize($0, .nfkcCasefold) == plain }) { return nil }
        let key = stack.keys.surface(surface)
        return forms.first { stack.keys.surface($0) == key }
    }

    func isHan(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ScriptRuns.scriptClass(of: $0) == .han }
    }
}
