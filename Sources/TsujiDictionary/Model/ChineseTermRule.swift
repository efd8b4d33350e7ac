import TsujiText

/// The one place that decides whether a term is Chinese (`zh`) or a Japanese word (`ja`).
///
/// Chinese: the user's and the curated terms as they stand; CC-CEDICT proper nouns tied to
/// China; Han words that CC-CEDICT has and EDICT, ENAMDICT and KANJIDIC2 do not; spans with
/// characters used only in simplified Chinese. Everything else a dictionary knows is Japanese.
///
/// It has two entry points because the two questions know different things. The annotator
/// asks about a span of text: it knows the characters as written (one kanji alone, a number in
/// kanji, a simplified-only character) and must decide fast, from the entries' traits alone,
/// for spans that carry hundreds of ENAMDICT names. Lookup asks about a group of entries that
/// one query found, with no text around them: only the sources speak there. Where both see the
/// same thing they apply the same rule: a term list decides as it stands, and CC-CEDICT without
/// EDICT makes a term Chinese.
public enum ChineseTermRule {
    /// The language of a match in a text: `hits` are the entries of the span (term lists
    /// first, as the stack orders them), `scalars` the span as the text writes it.
    public static func language(
        of hits: [DictionaryStack.Hit], in stack: DictionaryStack, scalars: ArraySlice<Unicode.Scalar>
    ) -> TermLanguage {
        // Decided on the entries' traits alone: a full-dictionary match can carry hundreds of
        // ENAMDICT names, and none of them needs decoding to be classified.
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
        if scalars.allSatisfy(JapaneseCharacters.isNumeral) { return .ja }
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

    /// The language of the entries one lookup groups as a term (most trusted first): a term
    /// list's entry decides as it stands; CC-CEDICT without EDICT makes the term Chinese;
    /// otherwise the most trusted entry's language.
    public static func language(of entries: [Entry]) -> TermLanguage {
        guard let primary = entries.first else { return .ja }
        let sources = Set(entries.compactMap { DictionarySource(name: $0.source) })
        if sources.contains(where: \.isTermList) { return primary.language }
        return sources.contains(.cedict) && !sources.contains(.edict) ? .zh : primary.language
    }
}
