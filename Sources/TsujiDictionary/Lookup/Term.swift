import TsujiRomanize
import TsujiText

/// One term as a user sees it: the entries of every source that describe it, grouped (春節 from
/// the curated terms, CC-CEDICT and EDICT is one term with its Chinese and Japanese sides).
public struct Term: Sendable {
    /// Most trusted first.
    public var entries: [Entry]

    /// A term of `entries`, most trusted first.
    public init(entries: [Entry]) { self.entries = entries }

    /// The most trusted entry, whose language and kind the term takes.
    public var primary: Entry { entries[0] }
    /// The term's language, by ``ChineseTermRule``.
    public var language: TermLanguage {
        ChineseTermRule.language(of: entries)
    }
    /// What the term names.
    public var kind: TermKind { primary.kind }

    private func union(_ values: (Entry) -> [String]) -> [String] {
        var seen = UniqueStrings()
        var out: [String] = []
        for entry in entries { Self.add(values(entry), to: &out, &seen) }
        return out
    }

    /// Appends the values not yet seen to `out`.
    private static func add(_ values: [String], to out: inout [String], _ seen: inout UniqueStrings) {
        for value in values where seen.insert(value) { out.append(value) }
    }

    /// Every written form, Japanese first (each entry's `headwords`, without building them).
    public var headwords: [String] {
        var seen = UniqueStrings()
        var out: [String] = []
        for entry in entries {
            Self.add(entry.japanese, to: &out, &seen)
            Self.add(entry.traditional, to: &out, &seen)
            Self.add(entry.simplified, to: &out, &seen)
        }
        return out
    }
    /// Every Japanese written form, without repeats.
    public var japanese: [String] { union(\.japanese) }
    /// Every traditional Chinese form.
    public var traditional: [String] { union(\.traditional) }
    /// Every simplified Chinese form.
    public var simplified: [String] { union(\.simplified) }
    /// Readings without the spaces some sources put between words.
    public var readings: [String] {
        var seen = UniqueStrings()
        var out: [String] = []
        for entry in entries {
            for reading in entry.readings {
                let value = reading.utf8.contains(0x20) ? String(reading.unicodeScalars.filter { $0 != " " }.map(Character.init)) : reading
                if seen.insert(value) { out.append(value) }
            }
        }
        return out
    }
    /// Every pinyin, most trusted first.
    public var pinyin: [String] { union(\.pinyin) }
    /// Every English sense, most trusted first.
    public var english: [String] { union(\.english) }
    /// The names of the sources that describe the term.
    public var sources: [String] { union { [$0.source] } }
    /// The entries' ids (`source:key`).
    public var ids: [String] { entries.map(\.id) }
    /// The entries' notes.
    public var notes: [String] { union { $0.note.map { [$0] } ?? [] } }

    /// The term's facts as one value, as an annotation gives them: the first of each list (the
    /// most trusted entry's), the kanji form where there is no traditional one, romaji from the
    /// first reading, word by word.
    public var facts: TermFacts {
        let reading = entries.lazy.compactMap(\.readings.first).first
        let kanji = japanese.first { form in
            !form.isEmpty && form.unicodeScalars.allSatisfy { ScriptRuns.scriptClass(of: $0) == .han }
        }
        return TermFacts(
            language: language, kind: kind, hanzi: traditional.first ?? kanji, simplified: simplified.first,
            reading: reading.map(TermFacts.displayReading), romaji: reading.map { TermFacts.romaji(ofReading: $0, kind: kind) },
            pinyin: pinyin.first, english: english,
            source: primary.source, note: notes.first)
    }
}
