import TsujiGlossary

/// Each glossary reader over arbitrary text: the first byte picks the reader (or the format
/// detection that `--merge` uses); the rest is the file.
public enum GlossaryHarness {
    public static func run(_ data: [UInt8]) {
        guard let choice = data.first else { return }
        let text = fuzzText(data.dropFirst())
        let formats = GlossaryFormat.allCases
        let loaded: LoadedGlossary?
        if Int(choice) % (formats.count + 1) == formats.count {
            loaded = try? GlossaryFileReader.read(text, path: "fuzz.txt")
            _ = GlossaryFileReader.mayReplace(text, path: "fuzz.txt")
        } else {
            let format = formats[Int(choice) % (formats.count + 1)]
            loaded = try? GlossaryFileReader.reader(for: format).read(text, file: "fuzz.\(format.rawValue)")
        }
        guard let loaded else { return }
        for row in loaded.rows {
            if let line = row.line { fuzzCheck(line >= 1, "row on line \(line)") }
        }
    }
}
