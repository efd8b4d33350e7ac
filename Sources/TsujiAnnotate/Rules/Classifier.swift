import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Decides whether a dictionary match is a Chinese term (`zh`) or a Japanese word (`ja`), by
/// ``ChineseTermRule`` (the rule lookup uses too), and merges what every matching entry knows
/// into one annotation.
public struct Classifier: Sendable {
    /// The dictionaries whose entries are classified and merged.
    public let stack: DictionaryStack
    /// A classifier of the matches found in `stack`.
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
        let orderedWithSources = orderedEntries(hits, language: language)
        let ordered = orderedWithSources.map(\.entry)
        let primary = ordered[0]
        let zhSide = ordered.filter { $0.language == .zh || !$0.pinyin.isEmpty }
        let jaSide = ordered.filter { !$0.readings.isEmpty }
        let reading = (primary.readings.first ?? jaSide.first?.readings.first)
        var pinyin = primary.pinyin.first ?? zhSide.first?.pinyin.first
        let composer = PinyinComposer(stack: stack)
        if let base = pinyin, let composed = composer.pinyin(for: surface, entry: primary, entryPinyin: base) {
            pinyin = composed
        }
        // The pinyin describes the surface as written: 広東 is Guǎngdōng, not the Guǎngdōng Shěng
        // of the entry's longer form; an alias (共青団) is read for itself.
        if language == .zh, let current = pinyin, isHan(surface),
            let fitting = composer.pinyin(describing: surface, current: current, entries: ordered, kind: primary.kind) {
            pinyin = fitting
        }
        // A Chinese term's English is a rendering (Hangzhou, not "Hangzhou subprovincial city
        // …"); the dictionary's descriptions go to the note. Term lists are renderings already.
        // Repeats are dropped through a set beside each list, not by searching the list: a span
        // can have thousands of entries (a damaged file's postings, an English word), and a
        // search per string would make that quadratic.
        var english: [String] = []
        var seenEnglish = UniqueStrings()
        var descriptions: [String] = []
        for (entry, source) in orderedWithSources {
            var senses = entry.english
            if language == .zh, source?.isTermList != true {
                let rendered = EnglishRendering.render(senses)
                senses = rendered.english
                if let description = rendered.note { descriptions.append(description) }
            }
            for sense in senses where seenEnglish.insert(sense) { english.append(sense) }
            if !english.isEmpty && (source.map { $0.isTermList || $0 == .cedict } ?? false) { break }
        }
        if language == .zh, english.isEmpty { english = referencedRenderings(ordered) }
        if language == .zh, primary.kind == .place, let current = pinyin {
            pinyin = PlaceNameHead.separated(current, surface: surface, english: english)
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
            confidence: .dictionary, forms: forms, note: primary.note ?? descriptions.first)
    }

    /// The renderings of the term a "see …" sense points to (博鰲 → 博鰲鎮 → Boao), read from
    /// the dictionaries; empty when there is no such pointer.
    func referencedRenderings(_ entries: [Entry]) -> [String] {
        for entry in entries {
            for sense in entry.english {
                guard let form = EnglishRendering.reference(ofSense: sense) else { continue }
                for hit in stack.entries(writtenAs: form) {
                    let rendered = EnglishRendering.render(stack.entry(hit).english).english
                    if !rendered.isEmpty { return rendered }
                }
            }
        }
        return []
    }

    /// Entries of the hits, each with its source, in the order their data should be used: the
    /// trusted layers first, then the side that matches the language (CC-CEDICT for zh, EDICT
    /// for ja), common before rare. Each entry's source is looked up once, not per comparison.
    func orderedEntries(_ hits: [DictionaryStack.Hit], language: TermLanguage) -> [(entry: Entry, source: DictionarySource?)] {
        let entries = hits.map(stack.entry)
        func rank(_ entry: Entry, _ source: DictionarySource?) -> Int {
            switch (language, source) {
            case (_, .user): return 0
            case (_, .curated): return 1
            case (.zh, .cedict): return entry.kind == .word ? 3 : 2
            case (.ja, .edict): return entry.isCommon ? 2 : 3
            case (_, .enamdict): return 4
            case (_, .kanjidic2), (_, .unihan): return 6
            default: return 5
            }
        }
        let ranked = entries.enumerated().map { offset, entry in
            let source = DictionarySource(name: entry.source)
            return (rank: rank(entry, source), offset: offset, entry: entry, source: source)
        }
        return ranked.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map { ($0.entry, $0.source) }
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
