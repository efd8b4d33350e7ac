import ArgumentParser

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a term in any form: kanji, kana, romaji, pinyin or English."
    )

    @Argument(help: "Inputs.")
    var inputs: [String] = []

    func run() throws {
        throw notYetAvailable("lookup")
    }
}
