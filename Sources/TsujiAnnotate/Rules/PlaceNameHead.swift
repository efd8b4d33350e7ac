import TsujiDictionary
import TsujiRomanize

/// A Chinese place name writes its generic part as a pinyin word of its own, capitalized (the
/// national rule for place names, GB/T 16159): 大連市 Dàlián Shì, 嶗山区 Láoshān Qū, 泰県 Tài
/// Xiàn, 雅礱江 Yǎlóng Jiāng. CC-CEDICT often runs them together (Dàliánshì).
///
/// The administrative units are generic wherever they end a place name. A geographic word
/// (江, 湖, 山 …) is generic only when the English says so (Yalong River): 浙江 is a province,
/// not the Zhe River, and stays Zhèjiāng.
enum PlaceNameHead {
    static let administrative: Set<Unicode.Scalar> = Set("市区県县省鎮镇郷乡".unicodeScalars)
    static let geographic: [Unicode.Scalar: [String]] = [
        "江": ["River"], "河": ["River"], "湖": ["Lake"], "山": ["Mountain", "Mountains", "Mount"],
        "島": ["Island"], "岛": ["Island"], "峰": ["Peak"],
    ]

    /// The pinyin with the generic part apart, or the pinyin as given when the surface ends in
    /// no generic part or the pinyin does not spell one syllable per character.
    static func separated(_ pinyin: String, surface: String, english: [String]) -> String {
        let scalars = Array(surface.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last else { return pinyin }
        if !administrative.contains(last) {
            guard let words = geographic[last],
                english.contains(where: { rendering in words.contains { rendering.hasSuffix(" " + $0) } })
            else { return pinyin }
        }
        guard PinyinComposer.syllableCount(pinyin) == scalars.count, let syllables = Pinyin.syllables(pinyin),
            syllables.count == scalars.count, let final = syllables.last
        else { return pinyin }
        let written = Pinyin.word([final])
        guard pinyin.lowercased().hasSuffix(written) else { return pinyin }
        var stem = String(pinyin.dropLast(written.count))
        while stem.last == " " || stem.last == "-" { stem.removeLast() }
        guard !stem.isEmpty else { return pinyin }
        return stem + " " + written.prefix(1).uppercased() + written.dropFirst()
    }
}
