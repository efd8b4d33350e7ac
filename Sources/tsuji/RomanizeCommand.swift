import ArgumentParser

struct RomanizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "romanize",
        abstract: "Romanize kana (Hepburn) and hanzi (pinyin)."
    )

    @Argument(help: "Inputs.")
    var inputs: [String] = []

    func run() throws {
        throw notYetAvailable("romanize")
    }
}
