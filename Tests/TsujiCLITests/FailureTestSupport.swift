import Foundation
import Testing

/// A scratch folder with its own data and config directories (the embedded dictionary alone
/// until a test builds one), and ways to run tsuji in a failing world: with a stream closed,
/// a file-size limit (a disk that fills up), or without the privileges that let root read and
/// write everything.
struct FailureWorkspace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tsuji-failure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["TSUJI_DATA_DIR"] = folder.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        environment["NO_COLOR"] = "1"
        self.environment = environment
    }

    func remove() {
        // Restore permissions a test took away, so that the folder can go.
        if let items = FileManager.default.enumerator(atPath: folder.path) {
            for case let item as String in items { chmod(path(item), 0o755) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    var dataDirectory: String { path("data") }
    var dictionaryPath: String { path("data/tsuji.dic") }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = path(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(name)))) }

    /// The names in a folder of the workspace, sorted.
    func list(_ name: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(name))) ?? []).sorted()
    }

    func tsuji(_ arguments: [String], stdin: String? = nil, launcher: [String] = []) throws -> TsujiProcess.Result {
        try TsujiProcess.run(arguments, stdin: stdin.map { Data($0.utf8) }, environment: environment,
                             currentDirectory: folder, launcher: launcher)
    }

    /// Runs tsuji from a shell that first runs `prelude` (`ulimit -f 1`) and applies
    /// `redirections` (`<&-`) to it.
    func tsuji(_ arguments: [String], shell prelude: String, redirections: String = "", stdin: String? = nil) throws -> TsujiProcess.Result {
        try tsuji(arguments, stdin: stdin, launcher: ["/bin/sh", "-c", "\(prelude)\nexec \"$0\" \"$@\" \(redirections)"])
    }

    /// Runs tsuji without the capabilities that let root ignore file permissions (so a mode
    /// 000 file is unreadable and a mode 555 folder unwritable even in a root container).
    func unprivileged(_ arguments: [String], stdin: String? = nil) throws -> TsujiProcess.Result {
        try tsuji(arguments, stdin: stdin, launcher: Privileges.dropping)
    }

    /// The curated-terms header, for user terms files.
    static let termsHeader = "id\tkind\tjapanese\ttraditional\tsimplified\treading\tpinyin\tenglish\tnote\n"

    /// A small CC-CEDICT file written for these tests (entries in the real file's syntax, with
    /// invented English so that a hit can only come from this file).
    static let cedict = """
        # CC-CEDICT test fixture
        #! version=1
        測試詞 测试词 [ce4 shi4 ci2] /tsuji test word/
        深度求索 深度求索 [Shen1 du4 Qiu2 suo3] /DeepSeek (test entry)/
        紅包 红包 [hong2 bao1] /red envelope (test entry)/

        """
}

/// Permission tests need a process that file permissions apply to.
enum Privileges {
    /// As root, `setpriv` drops every capability (CAP_DAC_OVERRIDE among them) for the child;
    /// as anyone else nothing is needed.
    static let dropping: [String] = getuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set=-all", "--inh-caps=-all"] : []

    /// Whether permission tests can run here: not root, or root with a working setpriv.
    static let canDrop: Bool = {
        guard getuid() == 0 else { return true }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--bounding-set=-all", "--inh-caps=-all", "/bin/true"]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}

/// Unicode scalar slices, counted here independently of tsuji.
func scalarSlice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
}

/// The `terms` of one tsuji.annotation/1 object, read with Foundation's parser.
func annotationTerms(_ json: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return try #require(object?["terms"] as? [[String: Any]])
}

/// Whether this test process runs under ThreadSanitizer (`swift test --sanitize=thread`), whose
/// runtime cannot start under a small file-size limit (`ulimit -f`).
enum Sanitizers {
    static let thread: Bool = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__tsan_init") != nil
}
