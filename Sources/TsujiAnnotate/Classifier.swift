import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Decides whether a dictionary match is a Chinese term (`zh`) or a Japanese word (`ja`), and
/// merges what every matching entry knows into one annotation.
///
/// Chinese: the user's and the curated terms; CC-CEDICT proper nouns tied to China; kanji words
/// that CC-CEDICT has and EDICT does not; spans with characters used only in simplified
/// Chinese. Everything else that a dictionary knows is Japanese.
public struct Classifier: Sendable {
    public let stack: DictionaryStack
    public init(stack: DictionaryStack) { self.stack = stack }

    /// The language of a match whose original text is `scalars`.
    public func language(of hits: [DictionaryStack.Hit], scalars: ArraySlice<Unicode.Scalar>) -> TermLanguage {
        // Decided on the entries' traits alone: a full-dictionary match can carry hundreds of
        // ENAMDICT names, and none of them needs decoding to be classified.
        // Hits come in layer order, the term lists first.
        if let first = hits.first {
            let traits = stack.traits(first)
            if traits.isFromTermList { return traits.language }
        }
        // One kanji alone is a Japanese word or a name part (年 is also CC-CEDICT's "surname
        // Nian"), unless it is simplified-only; one-character Chinese terms come from curated
        // lists. Decided before reading the hits: a single kanji has hundreds of names.
        if scalars.count == 1, !JapaneseCharacters.isSimplifiedOnly(scalars[scalars.startIndex]) { return .ja }
        let traits = hits.map(stack.traits)
        let cedict = traits.filter { $0.source == .cedict }
        if cedict.isEmpty { return .ja }
        // Numbers written in kanji (数十億, 三千万) are no terms, whatever CC-CEDICT lists.
        if scalars.allSatisfy(Annotator.isNumeral) { return .ja }
        if scalars.count == 1 { return .zh }
        // A Japanese word that EDICT knows, and not as something Chinese (成功 "success", 東北
        // "Tohoku"), stays Japanese even where CC-CEDICT also lists a Chinese place of that name.
        let edict = traits.filter { $0.source == .edict }
        if !edict.isEmpty, !edict.contains(where: \.isTiedToChina) { return .ja }
        if cedict.contains(where: { $0.isProperNoun && $0.isTiedToChina }) { return .zh }
        if JapaneseCharacters.containsSimplifiedOnly(scalars) { return .zh }
        let japanese = traits.contains { $0.source == .edict || $0.source == .enamdict || $0.source == .kanjidic2 }
        let allHan = scalars.allSatisfy { ScriptRuns.scriptClass(of: $0) == .han }
        if allHan, scalars.count >= 2, !japanese { return .zh }
        return .ja
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
        var english: [String] = []
        for entry in ordered {
            for sense in entry.english where !english.contains(sense) { english.append(sense) }
            if !english.isEmpty && (DictionarySource(name: entry.source).map { $0.isTermList || $0 == .cedict } ?? false) { break }
        }
        let kind = primary.kind
        let hanzi = primary.traditional.first ?? primary.japanese.first { isHan($0) } ?? (isHan(surface) ? surface : nil)
        let simplified = primary.simplified.first ?? ordered.lazy.compactMap(\.simplified.first).first
        var forms: [String] = []
        for entry in ordered { for form in entry.headwords where !forms.contains(form) { forms.append(form) } }
        return Annotation(
            start: range.lowerBound, end: range.upperBound, surface: surface, language: language, kind: kind,
            hanzi: hanzi, hanziSimplified: simplified, reading: reading.map(Self.displayReading),
            romaji: reading.map { Self.romaji($0, kind: kind) }, pinyin: pinyin, english: english,
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

    /// Readings may mark word breaks with spaces (つうぎ せんもん); the displayed reading has none.
    static func displayReading(_ reading: String) -> String {
        String(reading.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }.map(Character.init))
    }

    /// Hepburn of a reading, words capitalized for names (Tsūgi Senmon), lower case for words
    /// (shunsetsu).
    static func romaji(_ reading: String, kind: TermKind) -> String {
        let words = reading.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "・" })
            .map { Hepburn.romanize(String($0)) }
        let capitalize: Bool
        switch kind {
        case .company, .product, .person, .place, .organization, .name: capitalize = true
        default: capitalize = false
        }
        return words.map { capitalize ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }.joined(separator: " ")
    }
}
