// TEMPORARY local shim, not committed.
public enum HepburnStyle: String, Sendable { case modified, traditional, kunrei, nihon, ascii }
public enum Hepburn {
    public static func romanize(_ kana: String, style: HepburnStyle = .modified) -> String { kana }
    public static func looseKey(kana: String) -> String { kana }
    public static func looseKey(romaji: String) -> String { romaji }
}
public enum HanziFallback { public static func pinyin(_ hanzi: String) -> String { hanzi } }
public enum Pinyin { public static func splits(_ s: String) -> [[String]] { [[s]] } }
