/// How pinyin is written: with tone marks (Tōngyì Qiānwèn), with tone numbers as CC-CEDICT
/// writes them (Tong1 yi4 Qian1 wen4), or in plain ASCII without tones (Tongyi Qianwen).
public enum PinyinStyle: String, CaseIterable, Sendable {
    /// Tone marks (the default), tone numbers after each syllable, or no tones at all.
    case marks, numbered, toneless

    /// Writes marked pinyin (as `Pinyin.fromNumbered` and `HanziFallback` give it) in this style.
    public func render(_ marked: String) -> String {
        switch self {
        case .marks: marked
        case .numbered: Pinyin.numbered(marked)
        case .toneless: Pinyin.toneless(marked)
        }
    }
}
