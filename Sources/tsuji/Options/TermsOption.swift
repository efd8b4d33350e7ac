import ArgumentParser
import TsujiDictionary

/// `--terms`, the user's own term files, for every command that loads the dictionaries: its help
/// and the loading. `DocumentOptions` declares it for annotate and glossary build; lookup
/// declares it itself, since an option group costs it 1.7 % of its whole run (ArgumentParser's
/// reflection makes uncached runtime conformance checks, each a scan of every conformance).
enum TermsOption {
    static let help = ArgumentHelp("A TSV file of your own terms (the curated format); may be repeated.")

    /// The dictionary stack with the user's term files `terms`. Throws
    /// `DictionaryLoader.LoadError`.
    static func load(_ terms: [String]) throws -> DictionaryStack {
        let stack = try DictionaryLoader(userTermFiles: terms).load()
        stacksKeptUntilExit.append(stack)
        return stack
    }
}

/// Every stack loaded lives until the process exits, which frees its memory at once: tearing
/// down the curated terms' entries and indexes one object at a time was 4 % of a whole
/// `tsuji lookup`. (Read only from the main thread, where commands run.)
nonisolated(unsafe) private var stacksKeptUntilExit: [DictionaryStack] = []
