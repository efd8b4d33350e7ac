import ArgumentParser
import TsujiDictionary
import TsujiRomanize

struct RomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Romanize kana (Hepburn) and hanzi (pinyin).",
        discussion: """
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
    )

    @Option(help: "Romanization: auto (by script), hepburn (kana) or pinyin (hanzi, numbered pinyin).")
    var system: Romanizer.System = .auto

    @Option(help: "Hepburn style (modified, traditional, kunrei, nihon, ascii) or pinyin style (marks, numbered, toneless).")
    var style: Romanizer.Style?

    @Option(help: "Output: text (one line per input) or json (an array of objects).")
    var format: RomanizationOutput.Format = .text

    @Argument(help: "Texts to romanize. With none, each line of standard input is one text.")
    var texts: [String] = []

    func validate() throws {
        if let problem = style?.conflict(with: system) { throw ValidationError(problem) }
    }

    func run() throws {
        // Hanzi are read word by word through the curated terms and CC-CEDICT, character by
        // character only where no word is known.
        let romanizer = Romanizer(system: system, style: style, wordPinyin: (try? DictionaryLoader().load())?.wordPinyin)
        var output = RomanizationOutput(format: format)
        func romanize(_ text: String) {
            for line in output.add(text, romanizer.romanize(text)) { print(line) }
        }
        try reportingErrors {
            if texts.isEmpty { try StandardInput.readLines(romanize) } else { texts.forEach(romanize) }
        }
        for line in output.finish() { print(line) }
    }
}
