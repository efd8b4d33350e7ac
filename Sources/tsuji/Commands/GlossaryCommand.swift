import ArgumentParser

/// `tsuji glossary`: builds a glossary (the default subcommand, `build`) or combines partial
/// counts (`merge`).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: GlossaryHelp.glossaryAbstract,
        discussion: GlossaryHelp.glossaryDiscussion,
        subcommands: [GlossaryBuildCommand.self, GlossaryMergeCommand.self],
        defaultSubcommand: GlossaryBuildCommand.self
    )
}
