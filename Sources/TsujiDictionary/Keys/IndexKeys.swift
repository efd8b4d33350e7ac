import Foundation
import TsujiRomanize
import TsujiText

/// How entries and queries become index keys. The compiler, the in-memory dictionaries and the
/// lookup all go through here, so a key is made the same way on both sides.
public struct IndexKeys: Sendable {
    /// The variant folder that surface keys go through: the standard one, or one extended with the
    /// variant pairs a compiled dictionary carries (the keys of both sides must fold alike).
    public let folder: VariantFolder

    /// Keys made with `folder` (by default the Jōyō table alone).
    public init(folder: VariantFolder = .standard) { self.folder = folder }

    /// The fold key of a written form (NFKC, case-folded, variants folded).
    public func surface(_ form: String) -> String { folder.key(form) }

    /// A kana reading folded to katakana (NFKC first, so half-width ﾎﾝﾊﾞｵ = ホンバオ = ほんばお).
    public func reading(_ kana: String) -> String {
        // Plain kana (and spaces) are their own NFKC: no need to ask ICU.
        let plain = kana.unicodeScalars.allSatisfy { scalar in
            scalar.value == 0x20 || Kana.isPlain(scalar.value)
        }
        let normalized = plain ? kana : Normalizer.normalize(kana, .nfkc)
        var scalars = String.UnicodeScalarView()
        for scalar in normalized.unicodeScalars {
            switch scalar.value {
            case 0x3041...0x3096, 0x309D, 0x309E: scalars.append(Unicode.Scalar(scalar.value + 0x60)!)
            case 0x30FB, 0x0020, 0x3000, 0xFF65: continue  // ・ and spaces do not count
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// English keys: the whole phrase, and each word of three letters or more, lowercased,
    /// with parenthesised remarks and punctuation dropped.
    public func english(_ sense: String) -> [String] {
        let phrase = englishPhrase(sense)
        if phrase.isEmpty { return [] }
        var keys = [phrase]
        let words = phrase.split(separator: " ").map(String.init)
        if words.count > 1 {
            for word in words where word.count >= 3 && !Self.stopWords.contains(word) && !keys.contains(word) {
                keys.append(word)
            }
        }
        return keys
    }

    /// The normalized whole-phrase English key of a query or a sense.
    public func englishPhrase(_ text: String) -> String {
        // ASCII's NFKC case fold is its lowercase: no need to ask ICU.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.asciiEnglishPhrase(text) }
        return Self.englishPhrase(folded: Normalizer.normalize(text, .nfkcCasefold))
    }

    /// The phrase key of text already NFKC-case-folded: parenthesised remarks dropped, runs of
    /// anything but letters, digits, ' and . become one space.
    static func englishPhrase(folded: String) -> String {
        var depth = 0
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in folded.unicodeScalars {
            if scalar == "(" { depth += 1; continue }
            if scalar == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "."
            if keep {
                out.append(scalar)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// `englishPhrase` of ASCII text, on bytes: ASCII's NFKC case fold is its lowercase, and its
    /// only alphabetic scalars are the letters and its only numeric ones the digits.
    static func asciiEnglishPhrase(_ text: String) -> String {
        var depth = 0
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = true
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower == 0x28 /* ( */ { depth += 1; continue }
            if lower == 0x29 /* ) */ { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            let keep = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == 0x27 || lower == 0x2E
            if keep {
                out.append(lower)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(0x20)
                lastWasSpace = true
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    static let stopWords: Set<String> = ["the", "and", "for", "with", "from", "that", "this", "abbr", "etc", "one", "not"]
}

extension IndexKeys {
    /// Every key of `entry` in one index.
    public func keys(for entry: Entry, in index: IndexKind) -> [String] {
        switch index {
        case .surface: return entry.headwords.map(surface)
        case .reading: return entry.readings.map(reading)
        case .pinyin:
            // The whole name and each of its words: "tongyiqianwen", "tongyi", "qianwen".
            return entry.pinyin.flatMap { value -> [String] in
                let words = value.split(separator: " ")
                return [pinyin(value)] + (words.count > 1 ? words.map { pinyin(String($0)) } : [])
            }
        case .romaji:
            // Names and characters are found by romaji through the reading index instead (the
            // query is turned into kana), which keeps 800,000 keys out of the file.
            switch DictionarySource(name: entry.source) {
            case .enamdict?, .kanjidic2?, .unihan?: return []
            default: return entry.readings.map(romaji)
            }
        case .english:
            // Names dictionaries and character lists are indexed by whole English phrase only:
            // word by word, their 800,000 names would triple the index for little use.
            switch DictionarySource(name: entry.source) {
            case .enamdict?, .kanjidic2?, .unihan?: return entry.english.map(englishPhrase)
            default: return entry.english.flatMap(english)
            }
        }
    }

    /// Toneless pinyin key: marks, tone numbers, spaces and apostrophes dropped, lowercased; ü
    /// and u: written as v, as pinyin keyboards do ("Tōngyì Qiānwèn" → "tongyiqianwen",
    /// "lǜ" → "lv").
    public func pinyin(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        let decomposed: [Unicode.Scalar]
        if let latin = LatinDecomposition.nfd(replacingUColon: text) {
            decomposed = latin
        } else {
            decomposed = Array(Normalizer.normalize(text.replacingOccurrences(of: "u:", with: "v"), .nfd).unicodeScalars)
        }
        for scalar in decomposed {
            switch scalar.value {
            case 0x0308 where previous == "u" || previous == "U":  // ü
                out.removeLast()
                out.append("v")
            case 0x0300...0x036F: continue
            case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A: out.append(scalar)
            default: break
            }
            previous = scalar
        }
        return String(out)
    }

    /// Loose romaji key of a kana reading ("つうぎ" → the same key as "tsūgi", "tsuugi").
    public func romaji(_ kana: String) -> String {
        Hepburn.looseKey(kana: String(kana.unicodeScalars.filter { $0 != " " && $0 != "・" }.map(Character.init)))
    }
}
