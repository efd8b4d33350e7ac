import Foundation
import TsujiText

/// Builds the dictionary stack the commands use: the user's terms (from `--terms` files and the
/// user's config file), the curated terms compiled into the binary, and the installed full
/// dictionaries when present.
public struct DictionaryLoader: Sendable {
    /// Why the stack could not be loaded. A user's terms file is checked row by row, so its errors
    /// name the file and line.
    public enum LoadError: Error, CustomStringConvertible, Sendable {
        /// A terms file that does not exist.
        case missingFile(String)
        /// A terms file that exists but cannot be read.
        case unreadable(path: String, reason: String)
        /// A row of a terms file (the user's, or an embedded one) that is not in the terms format.
        case malformed(TermsFile.Problem)
        /// A terms file that cannot be decoded as text (invalid UTF-8, or binary data).
        case badEncoding(path: String, DecodingError)
        /// A compiled dictionary that was refused (cannot be opened, truncated, corrupted, another
        /// format version).
        case badDictionary(DictionaryFileError)

        /// The error as one line for a message, naming the file.
        public var description: String {
            switch self {
            case .missingFile(let path): "\(path): no such file"
            case .unreadable(let path, let reason): "\(path): \(reason)"
            case .malformed(let problem): problem.description
            case .badEncoding(let path, let error): "\(path): \(error)"
            case .badDictionary(let error): error.description
            }
        }
    }

    /// Terms files given on the command line (`--terms FILE`), read before the user's config file.
    public var userTermFiles: [String] = []
    /// Read the user's config terms file when it exists.
    public var includeUserConfig = true
    /// Load the installed full dictionaries when present (off: the embedded default alone).
    public var includeFullDictionaries = true
    /// A compiled dictionary to use instead of the installed one.
    public var dictionaryPath: String?
    /// The environment that locates the data and config folders (see ``DataDirectory``).
    public var environment: [String: String]

    /// A loader with the given sources; by default, everything that is installed.
    public init(userTermFiles: [String] = [], includeUserConfig: Bool = true, includeFullDictionaries: Bool = true,
                dictionaryPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.userTermFiles = userTermFiles
        self.includeUserConfig = includeUserConfig
        self.includeFullDictionaries = includeFullDictionaries
        self.dictionaryPath = dictionaryPath
        self.environment = environment
    }

    /// The compiled dictionary this loader would open, if any.
    public var compiledPath: String? {
        if let dictionaryPath { return dictionaryPath }
        guard includeFullDictionaries else { return nil }
        let installed = DataDirectory.compiledDictionary(environment: environment).path
        return FileManager.default.fileExists(atPath: installed) ? installed : nil
    }

    /// Opens the compiled dictionary (when there is one), reads the user's terms, and stacks them
    /// with the curated terms, every layer folding keys with the compiled dictionary's variant
    /// pairs.
    public func load() throws(LoadError) -> DictionaryStack {
        // The compiled dictionary is opened first: its keys were folded with the variant pairs
        // it carries, and every layer must fold the same way.
        var compiled: CompiledDictionary?
        if let path = compiledPath {
            do {
                compiled = try CompiledDictionary(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw .badDictionary(error)
            }
        }
        let pairs = compiled?.variantPairs ?? []
        let keys = pairs.isEmpty ? IndexKeys() : IndexKeys(folder: VariantFolder(extraPairs: pairs))
        var layers: [any DictionaryLayer] = []
        var userEntries: [Entry] = []
        var files = userTermFiles
        let config = DataDirectory.userTerms(environment: environment).path
        if includeUserConfig, FileManager.default.fileExists(atPath: config) { files.append(config) }
        for path in files { userEntries += try Self.readUserTerms(path) }
        if !userEntries.isEmpty { layers.append(MemoryDictionary(source: .user, entries: userEntries, keys: keys)) }
        do {
            layers.append(try DictionaryStack.embeddedTerms(keys: keys))
        } catch {
            throw .malformed(error)
        }
        if let compiled { layers.append(CompiledLayer(compiled)) }
        return DictionaryStack(layers: layers, keys: keys)
    }

    /// A user's terms file: the curated format, every row checked (a bad row is an error, with
    /// its file and line, so the user can fix it).
    public static func readUserTerms(_ path: String) throws(LoadError) -> [Entry] {
        guard FileManager.default.fileExists(atPath: path) else { throw .missingFile(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "cannot be read (permission denied?)")
        }
        let text: String
        do {
            text = try DocumentDecoder.decode(Array(data)).text
        } catch {
            throw .badEncoding(path: path, error)
        }
        do {
            return try TermsFile.parse(text, file: path, source: DictionarySource.user.name, strict: true).entries
        } catch {
            throw .malformed(error)
        }
    }
}
