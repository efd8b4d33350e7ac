import TsujiDictionary

/// Turns a source's numbered pinyin ("Tong1 yi4 Qian1 wen4") into the form stored in
/// `Entry.pinyin`.
public typealias PinyinTransform = @Sendable (String) -> String

public enum PinyinTransforms {
    /// Keeps the numbered pinyin exactly as the source gives it.
    ///
    /// LEAD: the single place to switch to tone marks once TsujiRomanize lands —
    /// make this `{ TsujiRomanize.Pinyin.fromNumbered($0) }`. `CedictParser` and
    /// `Kanjidic2Parser` default to it.
    public static let `default`: PinyinTransform = { $0 }
}
