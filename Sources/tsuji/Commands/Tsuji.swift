import ArgumentParser

@main
struct Tsuji: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tsuji",
        abstract: TsujiHelp.abstract,
        discussion: TsujiHelp.discussion,
        version: version,
        subcommands: [
            AnnotateCommand.self, LookupCommand.self, GlossaryCommand.self, RomanizeCommand.self, DictCommand.self,
        ]
    )

    static func main() {
        StandardStreams.setUp()
        main(nil)
    }
}
