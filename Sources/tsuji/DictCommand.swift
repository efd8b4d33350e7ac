import ArgumentParser

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Install, build and describe the dictionaries.",
        subcommands: [DictInstallCommand.self, DictBuildCommand.self, DictInfoCommand.self]
    )
}

struct DictInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "install", abstract: "Download and compile the full dictionaries.")
    func run() throws { throw notYetAvailable("dict install") }
}

struct DictBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Compile dictionaries from given source files.")
    func run() throws { throw notYetAvailable("dict build") }
}

struct DictInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "info", abstract: "Describe the installed dictionaries.")
    func run() throws { throw notYetAvailable("dict info") }
}
