/// How `Hepburn.romanize` spells kana.
///
/// | style | し ち つ ふ じ | しゃ | しんぶん | おう, ー | を |
/// |---|---|---|---|---|---|
/// | `modified` (default) | shi chi tsu fu ji | sha | shinbun | ō | o |
/// | `traditional` | shi chi tsu fu ji | sha | shimbun (m before b, m, p) | ō | wo |
/// | `kunrei` (ISO 3602) | si ti tu hu zi | sya | sinbun | ô | o |
/// | `nihon` (ぢ di, づ du, ゐ wi, ゑ we) | si ti tu hu zi | sya | sinbun | ô | wo |
/// | `ascii` (modified, long vowels spelled out) | shi chi tsu fu ji | sha | shinbun | ou, oo; ー doubles the vowel | o |
///
/// The extended katakana for foreign sounds (ファ, ティ, ヴァ, …) have no official Kunrei or
/// Nihon spelling; every style writes them as Hepburn does (fa, ti, va), except that palatal
/// stems follow the style (シェ is she in Hepburn, sye in Kunrei and Nihon).
public enum HepburnStyle: String, CaseIterable, Sendable {
    /// The styles of the table above; `modified` is the one tsuji writes unless asked otherwise.
    case modified, traditional, kunrei, nihon, ascii

    /// Hepburn-type styles write っち as tch and palatals as sh, ch, j.
    var isHepburn: Bool { self == .modified || self == .traditional || self == .ascii }
}
