import ArgumentParser

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Build a glossary file from articles."
    )

    @Argument(help: "Inputs.")
    var inputs: [String] = []

    func run() throws {
        throw notYetAvailable("glossary")
    }
}
