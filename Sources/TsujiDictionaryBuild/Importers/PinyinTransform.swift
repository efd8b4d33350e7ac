import TsujiDictionary

/// Turns a source's numbered pinyin ("Tong1 yi4 Qian1 wen4") into the form stored in
/// `Entry.pinyin`.
public typealias PinyinTransform = @Sendable (String) -> String

/// Ready-made pinyin transforms.
public enum PinyinTransforms {
    /// Keeps the numbered pinyin exactly as the source gives it.
    ///
    /// `CedictParser` and `Kanjidic2Parser` default to it, so that their tests see the source's
    /// own pinyin; `DictionaryCompiler` passes `Pinyin.fromNumbered` instead, and compiled
    /// entries have tone marks.
    public static let `default`: PinyinTransform = { $0 }
}
