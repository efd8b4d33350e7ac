/// The help texts of `tsuji romanize`,
/// kept apart so that the command files stay short.
enum RomanizeHelp {
    static let abstract = "Romanize kana (Hepburn) and hanzi (pinyin)."

    static let discussion = """
        Prints one line per TEXT: the romanized text alone. With no TEXT, reads standard input \
        and romanizes each line. By default the system follows the script: kana become modified \
        Hepburn with macrons (とうきょう → tōkyō), hanzi become pinyin with tone marks, read \
        character by character (通义 → tōng yì), and Latin letters, digits and punctuation are \
        kept. With --system pinyin, a text of numbered pinyin is rewritten \
        (Tong1 yi4 → Tōngyì).

        Styles: modified (default), traditional (shimbun), kunrei (sinbun, tôkyô), nihon \
        (ぢ di, づ du) and ascii (toukyou, no macrons) for Hepburn; marks (default), numbered \
        (Tong1 yi4) and toneless (Tongyi) for pinyin. ascii applies to both: plain ASCII Hepburn \
        and toneless pinyin.

        --format json prints one JSON array, one object per input on its own line: \
        {"input":…,"system":…,"output":…,"fallback":…}. system is what was applied: hepburn, \
        pinyin, mixed (both) or none; fallback is true when hanzi were read character by \
        character (ICU Han-Latin) rather than as dictionary words.

        Examples:
          tsuji romanize とうきょう ラーメン       # tōkyō, rāmen
          tsuji romanize --style traditional しんぶん  # shimbun
          tsuji romanize --system pinyin "Xi1 an1"  # Xī'ān
          tsuji romanize --format json 通义千问 < /dev/null
          cat readings.txt | tsuji romanize --style ascii
        """
}
