import TsujiDictionary

/// The dictionary stack for a command, with load errors turned into CLI errors.
func loadDictionaries(userTerms: [String]) throws -> DictionaryStack {
    do throws(DictionaryLoader.LoadError) {
        let stack = try DictionaryLoader(userTermFiles: userTerms).load()
        stacksKeptUntilExit.append(stack)
        return stack
    } catch {
        throw CLIError(error)
    }
}

/// Every stack loaded lives until the process exits, which frees its memory at once: tearing
/// down the curated terms' entries and indexes one object at a time was 4 % of a whole
/// `tsuji lookup`. (Read only from the main thread, where commands run.)
nonisolated(unsafe) private var stacksKeptUntilExit: [DictionaryStack] = []
