import TsujiDictionary

/// The dictionary stack for a command, with load errors turned into CLI errors.
func loadDictionaries(userTerms: [String]) throws -> DictionaryStack {
    do throws(DictionaryLoader.LoadError) {
        return try DictionaryLoader(userTermFiles: userTerms).load()
    } catch {
        throw CLIError(error)
    }
}
