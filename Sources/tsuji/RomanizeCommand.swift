import ArgumentParser
import TsujiDictionary
import Foundation
import TsujiRomanize
import TsujiText

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

    enum SystemOption: String, ExpressibleByArgument, CaseIterable {
        case auto, hepburn, pinyin
    }

    enum StyleOption: String, ExpressibleByArgument, CaseIterable {
        case modified, traditional, kunrei, nihon, ascii, marks, numbered, toneless
    }

    enum FormatOption: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Romanization: auto (by script), hepburn (kana) or pinyin (hanzi, numbered pinyin).")
    var system: SystemOption = .auto

    @Option(help: "Hepburn style (modified, traditional, kunrei, nihon, ascii) or pinyin style (marks, numbered, toneless).")
    var style: StyleOption?

    @Option(help: "Output: text (one line per input) or json (an array of objects).")
    var format: FormatOption = .text

    @Argument(help: "Texts to romanize. With none, each line of standard input is one text.")
    var texts: [String] = []

    /// The dictionaries' pinyin (with tone marks) of a written word, or nil: hanzi are read word
    /// by word through the curated terms and CC-CEDICT, character by character only where no
    /// word is known.
    var wordPinyin: Romanizer.WordPinyin? {
        guard let stack = try? DictionaryLoader().load() else { return nil }
        return { word in
            stack.entries(writtenAs: word).lazy.map(stack.entry)
                .first { !$0.pinyin.isEmpty && $0.kind != .character }?.pinyin.first
        }
    }

    func validate() throws {
        guard let style else { return }
        switch (system, style) {
        case (.hepburn, .marks), (.hepburn, .numbered), (.hepburn, .toneless):
            throw ValidationError("--style \(style.rawValue) is a pinyin style; --system hepburn takes modified, traditional, kunrei, nihon or ascii.")
        case (.pinyin, .modified), (.pinyin, .traditional), (.pinyin, .kunrei), (.pinyin, .nihon):
            throw ValidationError("--style \(style.rawValue) is a Hepburn style; --system pinyin takes marks, numbered, toneless or ascii.")
        default: break
        }
    }

    var romanizer: Romanizer {
        var hepburnStyle = HepburnStyle.modified
        var pinyinStyle = PinyinStyle.marks
        switch style {
        case .modified?: hepburnStyle = .modified
        case .traditional?: hepburnStyle = .traditional
        case .kunrei?: hepburnStyle = .kunrei
        case .nihon?: hepburnStyle = .nihon
        case .ascii?: (hepburnStyle, pinyinStyle) = (.ascii, .toneless)
        case .marks?: pinyinStyle = .marks
        case .numbered?: pinyinStyle = .numbered
        case .toneless?: pinyinStyle = .toneless
        case nil: break
        }
        let system: Romanizer.System =
            switch self.system {
            case .auto: .auto
            case .hepburn: .hepburn
            case .pinyin: .pinyin
            }
        return Romanizer(system: system, hepburnStyle: hepburnStyle, pinyinStyle: pinyinStyle, wordPinyin: wordPinyin)
    }

    func run() throws {
        let romanizer = self.romanizer
        var writer = OutputWriter(format: format)
        if !texts.isEmpty {
            for text in texts { writer.write(text, romanizer.romanize(text)) }
        } else {
            guard !StandardStreams.inputWasClosed else {
                Terminal.error("<stdin>: standard input is closed")
                throw ExitCode.noInput
            }
            try Self.readLines(from: FileHandle.standardInput) { line in
                writer.write(line, romanizer.romanize(line))
            }
        }
        writer.finish()
    }

    /// Prints results as lines of text or as a JSON array streamed object by object.
    struct OutputWriter {
        let format: FormatOption
        private var pendingObject: String?
        private var started = false

        init(format: FormatOption) { self.format = format }

        mutating func write(_ input: String, _ result: Romanizer.Result) {
            switch format {
            case .text:
                print(result.output)
            case .json:
                if !started {
                    print("[")
                    started = true
                }
                if let pendingObject { print(pendingObject + ",") }
                // This contract never escaped U+2028/U+2029; its bytes stay as they were.
                var json = JSONWriter(lineSeparators: .verbatim)
                json.beginObject()
                json.string("input", input)
                json.string("system", result.systemUsed)
                json.string("output", result.output)
                json.bool("fallback", result.usedFallback)
                json.endObject()
                pendingObject = json.output
            }
        }

        mutating func finish() {
            guard format == .json else { return }
            if !started { print("[") }
            if let pendingObject { print(pendingObject) }
            print("]")
        }
    }

    /// Calls `body` with each line of `handle` (without its line end, \n or \r\n), as it arrives.
    /// Invalid UTF-8 stops with exit 65, naming the line and the byte offset from the start.
    static func readLines(from handle: FileHandle, _ body: (String) -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        var lineStart = 0  // byte offset of `pending` in the whole input
        func emit(_ bytes: ArraySlice<UInt8>) throws {
            lineNumber += 1
            var line = Array(bytes)
            if line.last == 0x0D { line.removeLast() }
            do {
                body(try UTF8Decoding.decode(line))
            } catch {
                let offset = lineStart + (error.byteOffset ?? 0)
                Terminal.error("<stdin>:\(lineNumber): invalid UTF-8 at byte offset \(offset).")
                throw ExitCode.dataError
            }
        }
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                Terminal.error("<stdin>: cannot read: \(error.localizedDescription)")
                throw ExitCode.ioError
            }
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                try emit(pending[start..<newline])
                lineStart += newline + 1 - start
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try emit(pending[...]) }
    }
}
