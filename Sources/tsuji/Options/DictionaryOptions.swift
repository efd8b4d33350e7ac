import ArgumentParser
import TsujiDictionary

/// `--terms`: the user's own term files, for every command that loads the dictionaries.
struct DictionaryOptions: ParsableArguments {
    @Option(help: "A TSV file of your own terms (the curated format); may be repeated.")
    var terms: [String] = []

    /// The dictionary stack with these terms. Throws `DictionaryLoader.LoadError`.
    func load() throws -> DictionaryStack {
        let stack = try DictionaryLoader(userTermFiles: terms).load()
        stacksKeptUntilExit.append(stack)
        return stack
    }
}

/// Every stack loaded lives until the process exits, which frees its memory at once: tearing
/// down the curated terms' entries and indexes one object at a time was 4 % of a whole
/// `tsuji lookup`. (Read only from the main thread, where commands run.)
nonisolated(unsafe) private var stacksKeptUntilExit: [DictionaryStack] = []
