import TsujiDictionary

/// Whether a full-dictionary entry names something Chinese. CC-CEDICT lists the whole world's
/// proper nouns (日本 "Japan", 東京 "Tokyo"); only those tied to China count as Chinese terms.
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

    static func isChinese(_ entry: Entry) -> Bool {
        let english = entry.english.joined(separator: " / ").lowercased()
        if foreignMarkers.contains(where: english.contains) { return false }
        return markers.contains(where: english.contains)
    }

    /// A proper noun by CC-CEDICT's convention: its pinyin starts with a capital letter.
    static func isProperNoun(_ entry: Entry) -> Bool {
        guard let first = entry.pinyin.first?.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}
