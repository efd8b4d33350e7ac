import TsujiRomanize
import TsujiText

/// Looks a term up in any form: a written form in any variant (通義千問, 通义千问), a kana
/// reading (つうぎせんもん, ﾎﾝﾊﾞｵ), romaji with or without macrons (tsūgi, tsuugi), pinyin with
/// marks, numbers or none (Tōngyì, tong1yi4, tongyi qianwen), or English (Qwen, red envelope).
public struct LookupEngine: Sendable {
    /// How a lookup searches and how much it returns.
    public struct Options: Sendable {
        /// Find keys that start with the query, not only keys equal to it.
        public var prefix = false
        /// At most this many terms.
        public var limit = 20
        /// Only terms of this language (`zh` or `ja`); nil for both.
        public var language: TermLanguage?
        /// Options as given.
        public init(prefix: Bool = false, limit: Int = 20, language: TermLanguage? = nil) {
            self.prefix = prefix
            self.limit = limit
            self.language = language
        }
    }

    /// What a query looks like, which decides the indexes searched.
    public enum QueryKind: String, Sendable {
        case hanzi, kana, latin, other
    }

    /// What one lookup found.
    public struct Result: Sendable {
        /// The query as given.
        public var query: String
        /// How the query was read (hanzi, kana, Latin).
        public var kind: QueryKind
        /// The terms found, whole matches first.
        public var terms: [Term]
        /// Which index found each term (same order as `terms`).
        public var foundBy: [IndexKind]
    }

    /// The dictionaries searched.
    public let stack: DictionaryStack

    /// A lookup engine over `stack`.
    public init(stack: DictionaryStack) { self.stack = stack }

    /// How a query is read: Han characters, kana, Latin letters (pinyin, romaji, English), or other.
    public static func kind(of query: String) -> QueryKind {
        // ASCII holds no Han or kana, and its only alphabetic characters are the letters.
        if query.utf8.allSatisfy({ $0 < 0x80 }) {
            return query.utf8.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } ? .latin : .other
        }
        // Nor need CJK ideographs and plain kana (with ・ and ー) NFKC or ICU: they are their own
        // NFKC, and ScriptRuns classes them as Han or kana.
        var hasHan = false
        let isPlainJapanese = query.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x4E00...0x9FFF:
                hasHan = true
                return true
            default: return Kana.isPlain(scalar.value)
            }
        }
        if isPlainJapanese { return hasHan ? .hanzi : .kana }
        // ASCII is its own NFKC.
        let normalized = Normalizer.normalize(query, .nfkc)
        let scalars = normalized.unicodeScalars.filter { !$0.properties.isWhitespace }
        if scalars.contains(where: { ScriptRuns.scriptClass(of: $0) == .han }) { return .hanzi }
        if !scalars.isEmpty, scalars.allSatisfy({
            let script = ScriptRuns.scriptClass(of: $0)
            return script == .hiragana || script == .katakana || $0 == "・"
        }) { return .kana }
        if scalars.contains(where: { $0.properties.isAlphabetic }) { return .latin }
        return .other
    }

    /// Every term the query names in any of its forms (通義千問, 通义千问, tongyi qianwen, Qwen), grouped, whole matches first.
    public func lookup(_ query: String, options: Options = Options()) -> Result {
        let trimmed = query.trimmingWhitespace
        let kind = Self.kind(of: trimmed)
        let keys = stack.keys
        var searches: [(IndexKind, String)] = [(.surface, keys.surface(trimmed))]
        switch kind {
        case .hanzi, .other:
            break
        case .kana:
            searches.append((.reading, keys.reading(trimmed)))
        case .latin:
            // A whole query must be valid pinyin (checked below, only when the key finds
            // something); a prefix may stop inside a syllable ("tengx").
            searches.append((.pinyin, keys.pinyin(trimmed)))
            let romajiKey = Hepburn.looseKey(romaji: trimmed)
            if !romajiKey.isEmpty { searches.append((.romaji, romajiKey)) }
            let english = keys.englishPhrase(trimmed)
            if !english.isEmpty { searches.append((.english, english)) }
        }
        var hits: [(DictionaryStack.Hit, IndexKind)] = []
        var seen = Set<DictionaryStack.Hit>()
        for (index, key) in searches where !key.isEmpty {
            let found = options.prefix ? stack.lookup(index, prefix: key, limit: options.limit * 4) : stack.lookup(index, key: key)
            // Splitting into syllables costs more than a trie miss, which most English and
            // romaji queries are in the pinyin index.
            if index == .pinyin, !options.prefix, !found.isEmpty, !Pinyin.isLookupKey(key) { continue }
            for hit in found where seen.insert(hit).inserted { hits.append((hit, index)) }
        }
        // Names (ENAMDICT) are indexed by kana only: when nothing else matched, read the romaji
        // as kana (compiling ICU's Latin-Hiragana costs tens of milliseconds, so only then).
        if hits.isEmpty, kind == .latin,
            let kana = try? Transliterator.transliterate(Normalizer.normalize(trimmed, .nfkcCasefold), "Latin-Hiragana"),
            kana.unicodeScalars.allSatisfy({ ScriptRuns.scriptClass(of: $0) == .hiragana || $0 == " " || $0 == "ー" })
        {
            let key = keys.reading(kana)
            let found = options.prefix ? stack.lookup(.reading, prefix: key, limit: options.limit * 4) : stack.lookup(.reading, key: key)
            for hit in found where seen.insert(hit).inserted { hits.append((hit, .reading)) }
        }
        if kind == .latin, !options.prefix { hits = wholeMatchesFirst(hits, keys: Dictionary(searches, uniquingKeysWith: { a, _ in a })) }
        // Only as many groups as are shown are made and completed: with a language filter,
        // more until `limit` pass it or the hits run out.
        var grouping = HitGrouping(stack: stack, hits: hits)
        var count = options.limit
        while true {
            var terms: [Term] = []
            var foundBy: [IndexKind] = []
            let groups = grouping.groups(first: count)
            for group in groups {
                let term = grouping.term(group)
                if let language = options.language, term.language != language { continue }
                terms.append(term)
                foundBy.append(group.index)
                if terms.count >= options.limit { break }
            }
            if terms.count >= options.limit || grouping.sawEveryHit || groups.count < count {
                return Result(query: query, kind: kind, terms: terms, foundBy: foundBy)
            }
            count *= 2
        }
    }

    /// The hits reordered so that entries the query names whole come first, the others after
    /// them in the order found: "Beijing" is 北京's whole name and one word of 北京汽車集団's,
    /// "Shenzhen" 深圳's and a word of 深圳証券取引所's.
    func wholeMatchesFirst(
        _ hits: [(DictionaryStack.Hit, IndexKind)], keys queryKeys: [IndexKind: String]
    ) -> [(DictionaryStack.Hit, IndexKind)] {
        let keys = stack.keys
        var whole: [(DictionaryStack.Hit, IndexKind)] = []
        var partial: [(DictionaryStack.Hit, IndexKind)] = []
        for (hit, index) in hits {
            let entry = stack.entry(hit)
            let key = queryKeys[index] ?? ""
            let isWhole: Bool
            switch index {
            case .pinyin: isWhole = entry.pinyin.contains { keys.pinyin($0) == key }
            case .english: isWhole = entry.english.contains { keys.englishPhrase($0) == key }
            case .romaji: isWhole = entry.readings.contains { Hepburn.looseKey(romaji: keys.romaji($0)) == key }
            case .surface, .reading: isWhole = true
            }
            if isWhole { whole.append((hit, index)) } else { partial.append((hit, index)) }
        }
        return whole + partial
    }

    /// Near matches for a Latin query that found nothing: keys one edit away in the pinyin,
    /// romaji and English indexes.
    public func suggestions(for query: String, limit: Int = 5) -> [String] {
        let keys = stack.keys
        var candidates: [(IndexKind, String)] = []
        let pinyinKey = keys.pinyin(query), romajiKey = Hepburn.looseKey(romaji: query), english = keys.englishPhrase(query)
        for (index, key) in [(IndexKind.pinyin, pinyinKey), (.romaji, romajiKey), (.english, english)] where !key.isEmpty {
            for variant in Self.oneEditAway(key) { candidates.append((index, variant)) }
        }
        var out: [String] = []
        for (index, key) in candidates {
            let hits = stack.lookup(index, key: key)
            guard let hit = hits.first else { continue }
            let entry = stack.entry(hit)
            let label = "\(entry.headwords.first ?? key) (\(key))"
            if !out.contains(label) { out.append(label) }
            if out.count >= limit { break }
        }
        return out
    }

    static func oneEditAway(_ key: String) -> [String] {
        let letters = Array("abcdefghijklmnopqrstuvwxyz ")
        let characters = Array(key)
        var variants = Set<String>()
        for i in 0...characters.count {
            for letter in letters { variants.insert(String(characters[..<i] + [letter] + characters[i...])) }
            if i < characters.count {
                variants.insert(String(characters[..<i] + characters[(i + 1)...]))
                for letter in letters where letter != characters[i] {
                    var copy = characters
                    copy[i] = letter
                    variants.insert(String(copy))
                }
                if i + 1 < characters.count {
                    var copy = characters
                    copy.swapAt(i, i + 1)
                    variants.insert(String(copy))
                }
            }
        }
        variants.remove(key)
        return variants.sorted()
    }
}

extension String {
    var trimmingWhitespace: String {
        // Nothing to trim when neither end is whitespace (most queries).
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.properties.isWhitespace,
            !last.properties.isWhitespace
        {
            return self
        }
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
