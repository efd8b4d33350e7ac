import TsujiRomanize
import TsujiText

/// Turns a dictionary's English senses into renderings a translator can paste, and keeps the
/// descriptions apart as a note.
///
/// CC-CEDICT writes definitions, not names: "Hangzhou subprovincial city and capital of
/// Zhejiang province in southeast China", "Li Xiannian (1909-1992), PRC general and
/// politician", "see 博鰲鎮|博鳌镇[Bo2 ao2 zhen4]". Each rule below is one convention of the
/// sources, tested on their real lines:
/// - a cross-reference (`see …`, `variant of …`, `abbr. for …`, `old name for …`, `CL:…`,
///   `surname …`) is no rendering;
/// - Chinese words and their `[pin1 yin1]` inside a sense are dropped from the rendering (and
///   shown readably in the note: 廣東省 Guǎngdōng Shěng);
/// - a person's dates and what follows them go: "Li Xiannian (1909-1992), …" → Li Xiannian;
/// - a place's description goes: "Hangzhou subprovincial city …" → Hangzhou, "Laoshan district
///   of Qingdao …" → Laoshan District and Laoshan, "Tai county in Jiangsu" → Tai County and Tai;
/// - what follows the first comma describes: "Hanyu Pinyin, the romanization system …" →
///   Hanyu Pinyin; an "aka X" there adds X;
/// - a parenthesis describes: "China Mobile (PRC state telecommunications company)" → China
///   Mobile;
/// - a rendering is at most eight words long, or it is a description.
public enum EnglishRendering {
    /// The renderings of `senses` (in order, without repeats) and, when any sense was shortened
    /// or dropped, the senses as the dictionary wrote them, readably, as a note.
    public static func render(_ senses: [String]) -> (english: [String], note: String?) {
        var english: [String] = []
        var changed = false
        for sense in senses {
            let renderings = renderings(ofSense: sense)
            if renderings != [sense] { changed = true }
            for rendering in renderings where !english.contains(rendering) { english.append(rendering) }
        }
        guard changed else { return (english, nil) }
        let note = senses.map(readable).joined(separator: "; ")
        return (english, note)
    }

    /// The renderings one sense gives: none for a cross-reference or a description, else the
    /// name or term it starts with (and a second form where the source offers one).
    public static func renderings(ofSense sense: String) -> [String] {
        // Most senses are plain words ("to use", "red envelope"): nothing to take apart.
        if isPlain(sense) { return [sense] }
        var text = sense.trimmingSpaces
        let lower = text.lowercased()
        for prefix in droppedPrefixes where lower.hasPrefix(prefix) { return [] }
        text = withoutChineseWords(text)
        var alternatives: [String] = []
        // "…, aka Spratly Islands": a second name.
        if let aka = text.range(of: ", aka ") ?? text.range(of: ", also known as ") {
            let rest = String(text[aka.upperBound...])
            let name = rest.prefix { $0 != "," && $0 != "(" && $0 != ";" }.trimmingSpaces
            if !name.isEmpty { alternatives.append(name) }
        }
        // A person's dates: "Wu Bangguo (1941-), PRC electrical engineer …".
        if let open = text.range(of: " ("), text[open.upperBound...].first?.isNumber == true {
            text = String(text[..<open.lowerBound])
        }
        // What follows the first comma (or colon) describes the name before it.
        if let comma = text.range(of: ", ") { text = String(text[..<comma.lowerBound]) }
        if let colon = text.range(of: ": ") { text = String(text[..<colon.lowerBound]) }
        if text.hasPrefix("the "), text.dropFirst(4).first?.isUppercase == true { text = String(text.dropFirst(4)) }
        // A leading parenthesis qualifies ("(China's) War of Resistance …"); a trailing one
        // describes ("China Mobile (PRC state telecommunications company)").
        text = withoutParentheses(text)
        var renderings = placeRenderings(text) ?? [text]
        renderings += alternatives
        return renderings.compactMap { rendering in
            let trimmed = rendering.trimmingSpaces
            let words = trimmed.split(separator: " ").count
            guard !trimmed.isEmpty, words <= 8, !trimmed.unicodeScalars.contains(where: isChinese) else { return nil }
            return trimmed
        }
    }

    /// A sense no rule changes: lower-case ASCII (no name in it for a rule to find), without
    /// the punctuation that starts a description, at most eight words, and no dropped prefix.
    static func isPlain(_ sense: String) -> Bool {
        var words = 1
        for byte in sense.utf8 {
            switch byte {
            case 0x80..., UInt8(ascii: "A")...UInt8(ascii: "Z"): return false
            case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: ":"), UInt8(ascii: "|"): return false
            case UInt8(ascii: " "): words += 1
            default: break
            }
        }
        guard words <= 8, let first = sense.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        return !droppedPrefixes.contains { sense.hasPrefix($0) }
    }

    /// The written form a "see …" or "variant of …" sense points to (the same term under its
    /// main form: 博鰲 "see 博鰲鎮|博鳌镇[Bo2 ao2 zhen4]" → 博鰲鎮), or nil. An "abbr. for …" is
    /// no such pointer: 华 alone is not China.
    public static func reference(ofSense sense: String) -> String? {
        let lower = sense.lowercased()
        guard let prefix = ["see ", "variant of ", "old variant of "].first(where: lower.hasPrefix) else { return nil }
        let form = sense.dropFirst(prefix.count).prefix { isChineseCharacter($0) }
        return form.isEmpty ? nil : String(form)
    }

    /// A sense as a reader should see it in a note: Chinese words with their pinyin in tone
    /// marks (廣東省|广东省[Guang3 dong1 Sheng3] → 廣東省 Guǎngdōng Shěng).
    public static func readable(_ sense: String) -> String {
        var out = ""
        var rest = Substring(sense)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]") else { break }
            var before = rest[..<open]
            // Of "繁|简", keep the first form.
            if let bar = before.lastIndex(of: "|"),
                before[before.index(after: bar)...].unicodeScalars.allSatisfy(isChinese) {
                before = before[..<bar]
            }
            let numbered = String(rest[rest.index(after: open)..<close])
            out += before + " " + Pinyin.fromNumbered(numbered)
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    // MARK: Rules

    /// Senses that point elsewhere or describe usage: no rendering.
    static let droppedPrefixes = [
        "abbr. for", "abbr. of", "abbr. to", "abbreviation for", "abbreviation of", "variant of", "old variant of",
        "see ", "see also", "cl:", "surname ", "old name for", "old name of", "used in ", "erhua variant",
        "also written", "also pr.", "(old)", "(archaic)", "(dialect)", "(literary)",
    ]

    /// The words a place definition uses after the name, with the English head the name takes
    /// (nil: the bare name is the rendering, as for a city).
    static let placeHeads: [(word: String, head: String?)] = [
        ("subprovincial city", nil), ("sub-provincial city", nil), ("prefecture-level city", nil),
        ("prefecture level city", nil), ("county-level city", nil), ("county level city", nil),
        ("autonomous prefecture", "Autonomous Prefecture"), ("autonomous county", "Autonomous County"),
        ("autonomous region", "Autonomous Region"), ("special administrative region", nil),
        ("municipality", nil), ("city", nil), ("suburban district", "District"), ("district", "District"),
        ("county", "County"), ("province", "Province"), ("township", "Township"), ("town", nil), ("village", nil),
        ("banner", "Banner"), ("river", "River"), ("lake", "Lake"), ("mountain", "Mountain"), ("island", "Island"),
        ("islands", "Islands"), ("peninsula", "Peninsula"), ("temple", "Temple"), ("bridge", "Bridge"),
    ]

    /// "Hangzhou subprovincial city and capital …" → Hangzhou; "Laoshan district of …" →
    /// Laoshan District, Laoshan; "Pingtung County in south Taiwan" → Pingtung County,
    /// Pingtung; "Jialing River in Sichuan" → Jialing River. Nil when the text is no such
    /// definition: a capitalized name, then a place word or "in …".
    static func placeRenderings(_ text: String) -> [String]? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, let first = words.first?.first, first.isUppercase else { return nil }
        /// The name before `index`, with only its first spelling ("Kaohsiung or Gaoxiong").
        func name(before index: Int) -> String {
            let name = words[..<index].joined(separator: " ")
            if let or = name.range(of: " or ") { return String(name[..<or.lowerBound]) }
            return name
        }
        var index = 1
        while index < words.count {
            let rest = words[index...].joined(separator: " ").lowercased()
            for (word, head) in placeHeads where rest.hasPrefix(word) {
                let after = rest.dropFirst(word.count)
                guard after.isEmpty || after.first == " " || after.first == "," else { continue }
                let name = name(before: index)
                if let head { return ["\(name) \(head)", name] }
                return [name]
            }
            let word = words[index]
            // "Kaohsiung or Gaoxiong": a second spelling is part of the name.
            if word == "or", index + 1 < words.count, words[index + 1].first?.isUppercase == true {
                index += 2
                continue
            }
            if word.first?.isUppercase == true {
                index += 1
                continue
            }
            // "Jialing River in Sichuan": where it is describes it.
            if word == "in" { return [name(before: index)] }
            return nil
        }
        return nil
    }

    /// The text without Chinese words and the `[pin1 yin1]` after them.
    static func withoutChineseWords(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isChinese($0) || $0 == "[" }) else { return text }
        var out = ""
        var skippingBrackets = false
        var previous: Character = " "
        for character in text {
            if skippingBrackets {
                if character == "]" { skippingBrackets = false }
                continue
            }
            if character == "[" {
                skippingBrackets = true
                continue
            }
            if isChineseCharacter(character) || (character == "|" && isChineseCharacter(previous)) {
                previous = character
                continue
            }
            out.append(character)
            previous = character
        }
        // Double spaces and spaces before punctuation left where words were.
        var cleaned = ""
        for character in out {
            if character == " ", cleaned.last == " " { continue }
            if character == "," || character == ")", cleaned.last == " " { cleaned.removeLast() }
            cleaned.append(character)
        }
        return cleaned.trimmingSpaces
    }

    /// The text without parenthesized parts: "(China's) War of Resistance against Japan" → War
    /// of Resistance against Japan.
    static func withoutParentheses(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
                continue
            }
            if character == ")", depth > 0 {
                depth -= 1
                continue
            }
            if depth == 0 { out.append(character) }
        }
        let trimmed = out.split(separator: " ").joined(separator: " ")
        return trimmed.isEmpty ? text : trimmed
    }

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        ScriptRuns.scriptClass(of: scalar) == .han || Kana.isInKanaBlocks(scalar.value)
    }

    static func isChineseCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isChinese)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
