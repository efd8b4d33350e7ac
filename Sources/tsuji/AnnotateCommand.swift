import ArgumentParser

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate Japanese text: find every Chinese term and give its readings."
    )

    @Argument(help: "Inputs.")
    var inputs: [String] = []

    func run() throws {
        throw notYetAvailable("annotate")
    }
}
