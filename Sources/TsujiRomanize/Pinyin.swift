import TsujiText

/// Hanyu Pinyin: CC-CEDICT's numbered syllables to tone marks and back, the toneless form, and
/// parsing of pinyin as people type it for lookup.
public enum Pinyin {
    typealias Unit = PinyinScanner.Unit

    /// The ordinary toneless syllables (about 410), lowercase, ü written "ü". Interjections
    /// without a vowel (m, n, ng, hm, hng), ê and the erhua r are valid too but not listed here,
    /// since run-together input is never split into them.
    public static let allSyllables: [String] = PinyinTable.ordinary

    /// Whether `base` (toneless; ü may be written ü, v or u:) is a syllable: an ordinary one, or
    /// m, n, ng, hm, hng, ê, r.
    public static func isValidSyllable(_ base: String) -> Bool {
        let units = PinyinScanner.scan(base)
        guard !units.isEmpty, units.allSatisfy({ $0.kind == .letter && $0.tone == 0 }) else { return false }
        let letters = PinyinTable.canonical(units.map(\.scalar))
        return PinyinTable.ordinarySet.contains(letters) || PinyinTable.specialSet.contains(letters)
    }

    // MARK: Numbered → marks

    /// CC-CEDICT's numbered pinyin with tone marks, in words: "Tong1 yi4 Qian1 wen4" →
    /// "Tōngyì Qiānwèn", "lu:4 se4" → "lǜsè", "Xi1 an1" → "Xī'ān", "wan2 r5" → "wánr".
    ///
    /// - The syllables of the input join into one word; a syllable starting with a capital letter
    ///   starts a new word ("Ma3 Yun2" → "Mǎ Yún"), and capitals are kept.
    /// - Inside a word, a syllable starting with a, o or e gets an apostrophe (nǚ'ér).
    /// - The mark goes on a or e; in ou on the o; otherwise on the last vowel; on the m or n of
    ///   the syllabic nasals (ḿ, ňg). Tone 5 (and 0) is unmarked. u:, v and ü are all ü.
    /// - A token without a tone number (the letters of "ka3 la1 O K", "T xu4") is kept as it is,
    ///   as its own word; a numbered token that is no syllable and has no vowel (CC-CEDICT's
    ///   "xx5", unknown reading) is written without its number. The middle dot of foreign names
    ///   ("·") separates words and is dropped; other punctuation is kept, attached to the word
    ///   before it.
    public static func fromNumbered(_ numbered: String) -> String {
        var out: [Unicode.Scalar] = []
        var wordOpen = false
        func space() {
            if let last = out.last, last != " " { out.append(" ") }
        }
        func literal(_ scalars: some Sequence<Unicode.Scalar>) {
            space()
            out.append(contentsOf: scalars)
            wordOpen = false
        }
        for token in tokens(numbered) {
            let units = PinyinScanner.scan(String(String.UnicodeScalarView(token)))
            let (prefix, core, suffix) = trimPunctuation(units)
            if core.isEmpty {
                if isWordSeparatorDot(units) {
                    wordOpen = false
                } else {
                    out.append(contentsOf: units.map(\.scalar))  // punctuation joins the word before
                    wordOpen = false
                }
                continue
            }
            guard let groups = PinyinScanner.groups(core), groups.allSatisfy({ $0.digit != nil }) else {
                literal(token)
                continue
            }
            if !prefix.isEmpty { literal(prefix.map(\.scalar)) }
            for group in groups {
                let letters = group.letters
                let pieces: [PinyinSplitter.Piece]
                if let best = PinyinSplitter.best(group) {
                    pieces = best
                } else if letters.contains(where: \.isVowel) {
                    // Not in the table, but spelled like a syllable: mark it by the rule.
                    pieces = [PinyinSplitter.Piece(range: letters.indices, base: letters.map(\.scalar), tone: group.digit ?? 5)]
                } else {
                    literal(letters.map { $0.isUppercase ? Unicode.Scalar($0.scalar.value & ~0x20)! : $0.scalar })
                    continue
                }
                for piece in pieces {
                    let capital = letters[piece.range.lowerBound].isUppercase
                    if !wordOpen || capital {
                        space()
                    } else if piece.startsWithVowel {
                        out.append("'")
                    }
                    PinyinWriter.appendDecomposed(
                        piece.base, tone: piece.tone, uppercase: { letters[piece.range.lowerBound + $0].isUppercase },
                        to: &out)
                    wordOpen = true
                }
            }
            if !suffix.isEmpty {
                out.append(contentsOf: suffix.map(\.scalar))
                wordOpen = false
            }
        }
        return PinyinWriter.composed(out)
    }

    // MARK: Marks → numbers, toneless

    /// Marked pinyin in CC-CEDICT's numbered form, one syllable per token, capitals kept, ü as
    /// u:, neutral tone 5: "Tōngyì Qiānwèn" → "Tong1 yi4 Qian1 wen4", "Xī'ān" → "Xi1 an1",
    /// "lǜsè" → "lu:4 se4". Words that are not pinyin are kept as they are.
    public static func numbered(_ marked: String) -> String {
        var pieces: [String] = []
        for token in tokens(marked) {
            let units = PinyinScanner.scan(String(String.UnicodeScalarView(token)))
            let (prefix, core, suffix) = trimPunctuation(units)
            guard !core.isEmpty, let syllables = numberedSyllables(core) else {
                pieces.append(String(String.UnicodeScalarView(token)))
                continue
            }
            if !prefix.isEmpty { pieces.append(String(String.UnicodeScalarView(prefix.map(\.scalar)))) }
            pieces += syllables
            if !suffix.isEmpty { pieces.append(String(String.UnicodeScalarView(suffix.map(\.scalar)))) }
        }
        return pieces.joined(separator: " ")
    }

    /// The numbered syllables of one word (letters split at apostrophes and hyphens), or nil.
    private static func numberedSyllables(_ core: ArraySlice<Unit>) -> [String]? {
        var result: [String] = []
        for part in core.split(whereSeparator: { $0.kind == .boundary }) {
            guard let groups = PinyinScanner.groups(part) else { return nil }
            for group in groups {
                guard let pieces = PinyinSplitter.best(group) else { return nil }
                for piece in pieces {
                    var view = String.UnicodeScalarView()
                    for index in piece.range {
                        let unit = group.letters[index]
                        switch unit.scalar {
                        case "ü": view.append(contentsOf: (unit.isUppercase ? "U:" : "u:").unicodeScalars)
                        case "ê": view.append(unit.isUppercase ? "Ê" : "ê")
                        default: view.append(unit.isUppercase ? Unicode.Scalar(unit.scalar.value & ~0x20)! : unit.scalar)
                        }
                    }
                    result.append(String(view) + String(piece.tone))
                }
            }
        }
        return result.isEmpty ? nil : result
    }

    /// How `toneless` writes ü.
    public enum Umlaut: Sendable {
        /// "lu", the usual spelling in English text (default).
        case u
        /// "lv", as pinyin keyboards type it.
        case v
        /// "lu:", as CC-CEDICT writes it.
        case uColon
        /// "lü": not ASCII, but unambiguous.
        case keep
    }

    /// Pinyin without tone marks, in ASCII: "Tōngyì Qiānwèn" → "Tongyi Qianwen",
    /// "Xī'ān" → "Xi'an" (the apostrophe stays: without it Xian is another word), "lǜsè" →
    /// "luse" (ü as u by default; see `Umlaut`), ê → e. Word spacing, capitals and anything
    /// else in the text are kept; tone marks are dropped from every letter.
    public static func toneless(_ marked: String, umlaut: Umlaut = .u) -> String {
        if marked.utf8.allSatisfy({ $0 < 0x80 }) { return marked }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(marked.unicodeScalars.count)
        for scalar in Normalizer.normalize(marked, .nfd).unicodeScalars {
            switch scalar.value {
            case 0x0304, 0x0301, 0x030C, 0x0300: continue
            case 0x0306 where out.last.map({ "aeiouAEIOU".unicodeScalars.contains($0) }) ?? false: continue
            case 0x0302 where out.last == "e" || out.last == "E": continue
            case 0x0308 where out.last == "u" || out.last == "U":
                switch umlaut {
                case .u: continue
                case .v: out[out.count - 1] = out.last == "U" ? "V" : "v"
                case .uColon: out.append(":")
                case .keep: out.append(scalar)
                }
            default: out.append(scalar)
            }
        }
        return PinyinWriter.composed(out)
    }

    // MARK: Parsing for lookup

    /// The syllables of pinyin written with marks, numbers or neither, with or without spaces:
    /// "Tōngyì", "tong1yi4", "tongyi qianwen", "tongyiqianwen", "lu:4 se4", "lvse". Run-together
    /// letters are split as the orthography means them (`splits` gives every reading). An
    /// unmarked syllable reads as neutral tone 5. Nil when the text is not pinyin.
    public static func syllables(_ text: String) -> [PinyinSyllable]? {
        guard let groups = lookupGroups(text) else { return nil }
        var result: [PinyinSyllable] = []
        for group in groups {
            guard let pieces = PinyinSplitter.best(group) else { return nil }
            result += pieces.map(\.syllable)
        }
        return result.isEmpty ? nil : result
    }

    /// Every valid split of `query` into syllables, the likeliest first (see `syllables`):
    /// "xian" → [xian5], [xi5, an5]; spaces, apostrophes and tone numbers fix boundaries, and tone
    /// marks must fit (one per syllable). At most `limit` splits; empty when none is valid.
    public static func splits(_ query: String, limit: Int = 256) -> [[PinyinSyllable]] {
        guard limit > 0, let groups = lookupGroups(query), !groups.isEmpty else { return [] }
        var product: [[PinyinSplitter.Piece]] = [[]]
        for group in groups {
            let options = PinyinSplitter.splits(group, limit: limit)
            if options.isEmpty { return [] }
            var next: [[PinyinSplitter.Piece]] = []
            outer: for prefix in product {
                for option in options {
                    next.append(prefix + option)
                    if next.count >= limit { break outer }
                }
            }
            product = next
        }
        return product.enumerated()
            .map { (score: PinyinSplitter.score($0.element), order: $0.offset, split: $0.element) }
            .sorted { ($0.score.0, $0.score.1, $0.order) < ($1.score.0, $1.score.1, $1.order) }
            .map { $0.split.map(\.syllable) }
    }

    /// The lookup key of syllables: toneless, lowercase, joined, ü as v (as pinyin keyboards
    /// type it), ê as e: "tongyiqianwen", "lvse".
    public static func key(_ syllables: [PinyinSyllable]) -> String {
        var view = String.UnicodeScalarView()
        for syllable in syllables {
            for scalar in syllable.base.unicodeScalars {
                switch scalar {
                case "ü": view.append("v")
                case "ê": view.append("e")
                default: view.append(scalar)
                }
            }
        }
        return String(view)
    }

    /// The lookup key of a query in any pinyin form, or nil when no split of it is valid:
    /// "Tōngyì Qiānwèn", "tong1 yi4 qian1 wen4" and "tongyiqianwen" all give "tongyiqianwen".
    public static func lookupKey(_ query: String) -> String? {
        splits(query, limit: 1).first.map(key)
    }

    /// Whether `query` splits into syllables (`lookupKey(query) != nil`), without making the
    /// split, its key or its ranking.
    public static func isLookupKey(_ query: String) -> Bool {
        guard let groups = lookupGroups(query), !groups.isEmpty else { return false }
        return groups.allSatisfy(PinyinSplitMemo.shared.splits)
    }

    /// Syllables written as one word: marks, apostrophes before a, o, e after the first
    /// syllable ([xi1, an1] → "xī'ān").
    public static func word(_ syllables: [PinyinSyllable]) -> String {
        var out: [Unicode.Scalar] = []
        for (index, syllable) in syllables.enumerated() {
            let base = Array(syllable.base.unicodeScalars)
            if index > 0, let first = base.first, first == "a" || first == "o" || first == "e" || first == "ê" {
                out.append("'")
            }
            PinyinWriter.appendDecomposed(base, tone: syllable.tone, uppercase: { _ in false }, to: &out)
        }
        return PinyinWriter.composed(out)
    }

    // MARK: Helpers

    /// The letter groups of a lookup query; nil when it holds anything but letters, tone marks,
    /// tone digits, spaces, apostrophes and hyphens.
    private static func lookupGroups(_ text: String) -> [PinyinScanner.Group]? {
        let units = PinyinScanner.scan(text)
        if units.contains(where: { $0.kind == .other }) { return nil }
        var groups: [PinyinScanner.Group] = []
        for part in units.split(whereSeparator: { $0.kind == .boundary }) {
            guard let partGroups = PinyinScanner.groups(part) else { return nil }
            groups += partGroups
        }
        return groups
    }

    /// Whitespace-separated tokens, as scalars.
    private static func tokens(_ text: String) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !current.isEmpty { result.append(current) }
                current = []
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Splits a token's units into leading punctuation, the letters and digits, and trailing
    /// punctuation.
    private static func trimPunctuation(_ units: [Unit]) -> (ArraySlice<Unit>, ArraySlice<Unit>, ArraySlice<Unit>) {
        let isCore: (Unit) -> Bool = { $0.kind == .letter || $0.kind == .digit }
        guard let first = units.firstIndex(where: isCore), let last = units.lastIndex(where: isCore) else {
            return (units[...], [], [])
        }
        return (units[..<first], units[first...last], units[(last + 1)...])
    }

    /// The middle dots that separate the parts of foreign names.
    private static func isWordSeparatorDot(_ units: [Unit]) -> Bool {
        units.allSatisfy { $0.scalar == "·" || $0.scalar == "・" || $0.scalar == "•" || $0.scalar == "\u{FF65}" }
    }
}
