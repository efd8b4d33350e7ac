import ArgumentParser

/// `tsuji dict`: install, build and describe the full dictionaries.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: DictHelp.dictAbstract,
        discussion: DictHelp.dictDiscussion,
        subcommands: [DictInstallCommand.self, DictBuildCommand.self, DictInfoCommand.self]
    )
}
