import TsujiText
import TsujiDictionary

/// Japanese news writes 深圳市, 広東省, 浦東新区 with the administrative unit attached to a place
/// name the dictionary lists bare. The unit belongs to the name: the annotation grows to cover
/// it, and its pinyin gains the unit as a word of its own (Shēnzhèn Shì).
enum AdministrativeSuffix {
    /// Unit, its pinyin, and the characters after it that make it part of another word instead
    /// (深圳市場 is Shenzhen's market, not Shenzhen City).
    static let units: [(unit: [Unicode.Scalar], pinyin: String, reading: String, blockers: Set<Unicode.Scalar>)] = [
        (Array("自治区".unicodeScalars), "Zìzhìqū", "じちく", []),
        (Array("新区".unicodeScalars), "Xīnqū", "しんく", []),
        (["市"], "Shì", "し", Set("場民長況販街内外議政井".unicodeScalars)),
        (["省"], "Shěng", "しょう", Set("庁内エ".unicodeScalars)),
        (["区"], "Qū", "く", Set("域間別分画切内".unicodeScalars)),
        (["県"], "Xiàn", "けん", Set("民内庁".unicodeScalars)),
        (["鎮"], "Zhèn", "ちん", Set("静圧痛魂座".unicodeScalars)),
    ]

    /// The English head a unit gives a name, where English uses one (a city is named bare).
    static let englishHeads: [String: String] = [
        "省": "Province", "区": "District", "県": "County", "自治区": "Autonomous Region", "新区": "New Area",
    ]

    /// Whether `scalars` are exactly one administrative unit (市, 省, 自治区 …).
    static func isUnit(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        units.contains { $0.unit.elementsEqual(scalars) }
    }

    static func extend(_ annotations: inout [Annotation], hidden: HiddenWords, in scalars: [Unicode.Scalar]) {
        for index in annotations.indices where annotations[index].kind == .place && annotations[index].language == .zh {
            let end = annotations[index].end
            let nextStart = min(index + 1 < annotations.count ? annotations[index + 1].start : scalars.count,
                                hidden.firstStart(atOrAfter: end) ?? scalars.count)
            for (unit, pinyin, reading, blockers) in units {
                let unitEnd = end + unit.count
                guard unitEnd <= nextStart, unitEnd <= scalars.count, Array(scalars[end..<unitEnd]) == unit else { continue }
                if unitEnd < scalars.count, blockers.contains(scalars[unitEnd]) { continue }
                // The dictionary form already ends in a unit (広東省): nothing to add.
                if let last = annotations[index].surface.unicodeScalars.last, "市省区県".unicodeScalars.contains(last) { break }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: unit)
                let text = String(view)
                annotations[index].end = unitEnd
                annotations[index].surface += text
                annotations[index].pinyin = annotations[index].pinyin.map { "\($0) \(pinyin)" }
                annotations[index].hanzi = annotations[index].hanzi.map { $0 + text }
                annotations[index].hanziSimplified = annotations[index].hanziSimplified.map { $0 + text }
                // The unit's English head as a second rendering (Taiwan, Taiwan Province); a city
                // is named bare (Shenzhen).
                if let head = englishHeads[text], let name = annotations[index].english.first, !name.hasSuffix(" " + head),
                    !annotations[index].english.contains("\(name) \(head)") {
                    annotations[index].english.insert("\(name) \(head)", at: 1)
                }
                // Kana readings only: a katakana reading (シンセン) takes no kanji-reading suffix.
                if let base = annotations[index].reading, base.unicodeScalars.allSatisfy({ Kana.isInHiraganaBlock($0.value) || $0 == " " }) {
                    annotations[index].reading = base + reading
                    annotations[index].romaji = TermFacts.romaji(ofReading: base + " " + reading, kind: .place)
                } else {
                    annotations[index].reading = nil
                    annotations[index].romaji = nil
                }
                break
            }
        }
    }
}
