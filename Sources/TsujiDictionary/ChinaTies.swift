/// Whether a full-dictionary entry names something Chinese. CC-CEDICT lists the whole world's
/// proper nouns (日本 "Japan", 東京 "Tokyo"); only those tied to China count as Chinese terms.
///
/// Computed once per entry when a dictionary is compiled or loaded (``EntryTraits``), so that
/// classifying a match never needs the entry's English decoded.
enum ChinaTies {
    static let markers = [
        "china", "chinese", "prc", "province", "beijing", "shanghai", "taiwan", "hong kong", "macao", "macau",
        "tibet", "xinjiang", "inner mongolia", "guangdong", "sichuan", "dynasty", "county", "prefecture-level",
        "autonomous region", "ccp", "communist party", "yuan", "renminbi", "mainland", "shenzhen", "hangzhou",
        "wuhan", "nanjing", "tianjin", "chongqing", "guangzhou", "xi'an", "chengdu", "zhejiang", "jiangsu",
        "surname", "chinese company", "pinyin",
    ]
    static let foreignMarkers = ["japan", "japanese", "korea", "korean", "america", "english", "french", "german",
                                 "russia", "vietnam", "india", "europe", "u.s.", "united states", "british"]

    static let markerBytes = markers.map { Array($0.utf8) }
    static let foreignMarkerBytes = foreignMarkers.map { Array($0.utf8) }

    /// Whether the English senses mention China and no other country. Searches bytes:
    /// Foundation's `String.contains` bridges to NSString, too slow for a million entries.
    static func isChinese(_ entry: Entry) -> Bool {
        var english: [UInt8] = []
        for sense in entry.english {
            for byte in sense.utf8 { english.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            english.append(0x2F)
        }
        if foreignMarkerBytes.contains(where: { contains(english, $0) }) { return false }
        return markerBytes.contains { contains(english, $0) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// A proper noun by CC-CEDICT's convention: its pinyin starts with a capital letter.
    static func isProperNoun(_ entry: Entry) -> Bool {
        guard let first = entry.pinyin.first?.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}
