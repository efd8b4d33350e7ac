import TsujiDictionary
import TsujiRomanize
import TsujiText

/// Pinyin for a written form that an entry lists but its pinyin does not spell out: a longer
/// Japanese form such as 華為技術 or 騰訊控股 for the entry 華為 / 騰訊 (Huáwéi). The part the
/// entry's Chinese forms cover keeps the entry's pinyin; the rest is read word by word from the
/// dictionaries (greedy longest match on entries that have pinyin), per character as a last
/// resort: 華為技術 → Huáwéi Jìshù.
struct PinyinComposer {
    let stack: DictionaryStack

    /// The pinyin of `surface` for `entry`, or nil when the entry's own pinyin applies as is.
    func pinyin(for surface: String, entry: Entry, entryPinyin: String) -> String? {
        let key = stack.keys.surface(surface)
        let chineseForms = (entry.traditional + entry.simplified).map(stack.keys.surface)
        guard !chineseForms.contains(key), surface.unicodeScalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) == .han }) else {
            return nil
        }
        // The longest Chinese form inside the surface: 華為 in 華為技術, 恒大 in 中国恒大.
        guard let covered = chineseForms.filter({ !$0.isEmpty && key.contains($0) && $0 != key }).max(by: { $0.count < $1.count }),
            let range = key.range(of: covered)
        else { return nil }
        let before = read(String(key[..<range.lowerBound])), after = read(String(key[range.upperBound...]))
        guard !before.isEmpty || !after.isEmpty else { return nil }
        let capitalized = entry.kind.isProperNoun
        func cased(_ words: [String]) -> [String] { words.map { capitalized ? Self.capitalize($0) : $0 } }
        return (cased(before) + [entryPinyin] + cased(after)).joined(separator: " ")
    }

    /// Pinyin that spells out `surface` (Han characters only) when `current` does not — one
    /// syllable per character: the pinyin of an entry whose own form is the surface, else the
    /// surface read word by word through the dictionaries. Nil when `current` fits already or
    /// nothing better is found.
    func pinyin(describing surface: String, current: String, entries: [Entry], kind: TermKind) -> String? {
        // The usual case first: the entry's own Chinese form is the surface.
        if let first = entries.first, first.traditional.contains(surface) || first.simplified.contains(surface) { return nil }
        let count = surface.unicodeScalars.count
        guard Self.syllableCount(current) != count else { return nil }
        let key = stack.keys.surface(surface)
        for entry in entries {
            let forms = (entry.traditional + entry.simplified + entry.japanese).map(stack.keys.surface)
            guard forms.contains(key) else { continue }
            if let fitting = entry.pinyin.first(where: { Self.syllableCount($0) == count }) { return fitting }
        }
        let capitalized = kind.isProperNoun
        let words = read(key).map { capitalized ? Self.capitalize($0) : $0 }
        let composed = words.joined(separator: " ")
        return Self.syllableCount(composed) == count ? composed : nil
    }

    /// How many syllables pinyin with tone marks spells: its runs of vowels. Pinyin writes every
    /// syllable with a vowel, and a syllable that starts with one after another syllable gets an
    /// apostrophe (Xī'ān) or y/w (i → yi, u → wu), so runs and syllables agree; a per-syllable
    /// parse (``Pinyin/syllables(_:)``) costs a hundred times more.
    static func syllableCount(_ pinyin: String) -> Int {
        var count = 0
        var inVowels = false
        for scalar in pinyin.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // a combining tone mark
            let isVowel = vowels.contains(scalar)
            if isVowel, !inVowels { count += 1 }
            inVowels = isVowel
        }
        return count
    }

    /// The vowels of pinyin, with every tone mark, lower and upper case.
    static let vowels: Set<Unicode.Scalar> = Set("aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜAEIOUÜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ".unicodeScalars)

    /// Reads a folded kanji string as pinyin words.
    func read(_ folded: String) -> [String] {
        let bytes = Array(folded.utf8)
        var words: [String] = []
        // Characters no entry covers are read one by one and joined into one word.
        var unknown = ""
        func flushUnknown() {
            if !unknown.isEmpty {
                let syllables = HanziFallback.pinyin(unknown).split(separator: " ").joined()
                if !syllables.isEmpty { words.append(syllables) }
                unknown = ""
            }
        }
        var position = 0
        while position < bytes.count {
            var best = 0
            var bestPinyin: String?
            for layer in stack.layers {
                layer.forEachSurfacePrefix(of: bytes, from: position) { length, key in
                    guard length >= best else { return }
                    layer.forEachSurfaceEntry(key) { index in
                        guard length > best || bestPinyin == nil, layer.traits(at: index).kind != .character else { return }
                        // Only pinyin that spells the matched characters, one syllable each: an
                        // alias (政協) does not take its entry's full name (Zhōngguó Rénmín …).
                        let characters = bytes[position..<(position + length)].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                        guard let pinyin = layer.entry(at: index).pinyin.first(where: { Self.syllableCount($0) == characters })
                        else { return }
                        best = length
                        bestPinyin = pinyin
                    }
                }
            }
            if let bestPinyin, best > 0 {
                flushUnknown()
                // One dictionary word is one pinyin word (CC-CEDICT may space its syllables).
                words.append(bestPinyin.lowercased().replacingOccurrences(of: " ", with: ""))
                position += best
            } else {
                // One character: the folded text is valid UTF-8, so a character ends where the
                // next byte is not a continuation byte.
                var end = position + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                unknown += String(decoding: bytes[position..<end], as: UTF8.self)
                position = end
            }
        }
        flushUnknown()
        return words
    }

    static func capitalize(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
