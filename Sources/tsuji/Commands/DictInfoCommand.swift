import ArgumentParser
import TsujiDictionary

struct DictInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe the installed dictionaries: sources, versions, licences, entry counts, size.",
        discussion: """
            Examples:
              tsuji dict info
              tsuji dict info --format json
            """
    )

    @Option(name: .shortAndLong, help: "text or json.") var format: DictionaryInfo.Format = .text
    @Option(help: "A compiled dictionary file to describe instead of the installed one.") var file: String?

    func run() throws {
        try reportingErrors {
            StandardOutput.write(try DictionaryInfo.load(version: Tsuji.version, file: file).render(format))
        }
    }
}
