import ArgumentParser
import TsujiDictionary
import TsujiRomanize

/// `tsuji romanize TEXT…`: kana in Hepburn, hanzi in pinyin, a line (or JSON object) per text.
struct RomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize", abstract: RomanizeHelp.abstract, discussion: RomanizeHelp.discussion)

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
