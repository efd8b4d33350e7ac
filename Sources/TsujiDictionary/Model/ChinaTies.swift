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

    /// Every marker, foreign or not, filed under its first byte: one pass over an entry's
    /// English finds them all (a pass per marker was most of building the embedded terms'
    /// traits at every start-up).
    private static let markersByFirstByte: [[(bytes: [UInt8], isForeign: Bool)]] = {
        var table = [[(bytes: [UInt8], isForeign: Bool)]](repeating: [], count: 256)
        for (list, isForeign) in [(markers, false), (foreignMarkers, true)] {
            for marker in list where !marker.isEmpty {
                let bytes = Array(marker.utf8)
                table[Int(bytes[0])].append((bytes, isForeign))
            }
        }
        return table
    }()

    /// Whether the English senses mention China and no other country. Searches bytes:
    /// Foundation's `String.contains` bridges to NSString, too slow for a million entries.
    static func isChinese(_ entry: Entry) -> Bool {
        var english: [UInt8] = []
        for sense in entry.english {
            for byte in sense.utf8 { english.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            english.append(0x2F)
        }
        let table = markersByFirstByte
        var mentionsChina = false
        return english.withUnsafeBufferPointer { text in
            for start in 0..<text.count {
                for (marker, isForeign) in table[Int(text[start])] where marker.count <= text.count - start {
                    var k = 1
                    while k < marker.count, text[start + k] == marker[k] { k += 1 }
                    guard k == marker.count else { continue }
                    if isForeign { return false }
                    mentionsChina = true
                }
            }
            return mentionsChina
        }
    }

    /// A proper noun by CC-CEDICT's convention: its pinyin starts with a capital letter.
    static func isProperNoun(_ entry: Entry) -> Bool {
        guard let first = entry.pinyin.first?.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}
