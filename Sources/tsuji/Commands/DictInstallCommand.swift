import ArgumentParser
import Foundation
import TsujiDictionary
import TsujiDictionaryBuild

/// `tsuji dict install`: the full dictionaries fetched and compiled into the data directory.
struct DictInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install", abstract: DictHelp.installAbstract, discussion: DictHelp.installDiscussion)

    @Flag(help: "Fetch the sources again even when cached.")
    var refresh = false

    @Flag(help: "Stop at the first malformed source line instead of skipping it.")
    var strict = false

    func run() throws {
        try reportingErrors {
            let dataDirectory = DataDirectory.resolve()
            do {
                try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            } catch {
                throw CLIError.cannotCreate("cannot create the data directory \(dataDirectory): \(error.localizedDescription)")
            }
            // One install at a time: a second waits for the first instead of racing it.
            let lock = try InstallLock(path: (dataDirectory as NSString).appendingPathComponent(".install.lock"))
            defer { lock.release() }
            let locator = DictionarySourceLocator(dataDirectory: dataDirectory) { Terminal.note("  \($0)") }
            var located: [LocatedSource] = []
            for source in DictionarySource.installable {
                Terminal.note("\(source.rawValue): locating")
                do throws(InstallError) {
                    located.append(try locator.fetch(source, refresh: refresh))
                } catch {
                    throw CLIError("\(source.rawValue): \(error)", for: error)
                }
            }
            let output = DataDirectory.compiledDictionary()
            try DictCompilation.compile(DictionaryCompiler.Inputs(located), to: output, strict: strict)
        }
    }
}
