import Foundation
import Testing

/// Damaged, wrong or unwritable dictionaries, end to end: the exit code, the message (naming
/// the file and the remedy), and that a failed build never breaks the dictionary already there.
/// Dictionaries are built with `tsuji dict build` from a small CC-CEDICT file written for these
/// tests (the same compile-verify-replace path as `tsuji dict install`, without the download).
@Suite struct DictionaryFailureTests {
    /// A workspace with a compiled dictionary from `FailureWorkspace.cedict` in its data directory.
    static func installed() throws -> FailureWorkspace {
        let workspace = try FailureWorkspace()
        try workspace.write("cedict.txt", FailureWorkspace.cedict)
        let build = try workspace.tsuji(["dict", "build", "--cedict", "cedict.txt"])
        #expect(build.status == 0, "\(build.stderr)")
        return workspace
    }

    /// Whether the installed dictionary answers: 測試词 is only in the test file.
    static func dictionaryWorks(_ workspace: FailureWorkspace) throws -> Bool {
        let lookup = try workspace.tsuji(["lookup", "--format", "json", "测试词"])
        return lookup.status == 0 && lookup.stdout.contains("tsuji test word")
    }

    static func expectRefused(_ workspace: FailureWorkspace, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for arguments in [["lookup", "紅包"], ["annotate", "--format", "json"], ["dict", "info"]] {
            let result = try workspace.tsuji(arguments, stdin: "紅包\n")
            #expect(result.status == 65, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("\(workspace.dictionaryPath): \(reason)"), "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains("run `tsuji dict install`"), sourceLocation: sourceLocation)
            #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test func truncatedDictionaryIsExit65() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        #expect(try Self.dictionaryWorks(workspace))
        let bytes = try workspace.read("data/tsuji.dic")
        try workspace.write("data/tsuji.dic", Array(bytes.prefix(bytes.count / 2)))
        try Self.expectRefused(workspace, "dictionary file is truncated: \(bytes.count / 2) bytes, the header says \(bytes.count)")
        try workspace.write("data/tsuji.dic", [])
        try Self.expectRefused(workspace, "dictionary file is empty")
    }

    @Test func corruptedDictionaryIsExit65() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        var bytes = try workspace.read("data/tsuji.dic")
        // A flipped bit in the header's file length field.
        var header = bytes
        header[16] ^= 0x01
        try workspace.write("data/tsuji.dic", header)
        try Self.expectRefused(workspace, "dictionary header checksum does not match: the file is corrupted")
        // A flipped bit in the body: found by the full check of `dict info` (and `dict install`).
        bytes[bytes.count - 3] ^= 0x10
        try workspace.write("data/tsuji.dic", bytes)
        let info = try workspace.tsuji(["dict", "info"])
        #expect(info.status == 65)
        #expect(info.stderr.contains("\(workspace.dictionaryPath): dictionary body checksum does not match: the file is corrupted; run `tsuji dict install`"), "\(info.stderr)")
        // Something else entirely.
        try workspace.write("data/tsuji.dic", "id\tkind\n")
        try Self.expectRefused(workspace, "not a tsuji dictionary (it does not start with TSUJIDIC)")
    }

    @Test func wrongVersionIsExit65() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        var bytes = try workspace.read("data/tsuji.dic")
        // The format version: a little-endian UInt32 after the 8-byte magic.
        bytes[8] = 99
        try workspace.write("data/tsuji.dic", bytes)
        try Self.expectRefused(workspace, "dictionary format version 99 is not supported (this tsuji reads version 2)")
    }

    @Test func malformedSourceLinesAreReportedByLineAndTheRestImported() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("cedict.txt", FailureWorkspace.cedict + "this line is not an entry\n廣州 广州 [Guang3 zhou1 /Guangzhou (test entry)/\n測試二 测试二 [ce4 shi4 er4] /second test word/\n")
        let build = try workspace.tsuji(["dict", "build", "--cedict", "cedict.txt"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("skipped cedict.txt:6: "), "\(build.stderr)")
        #expect(build.stderr.contains("skipped cedict.txt:7: "), "\(build.stderr)")
        #expect(try Self.dictionaryWorks(workspace))
        let later = try workspace.tsuji(["lookup", "测试二"])
        #expect(later.status == 0 && later.stdout.contains("second test word"), "lines after the bad ones are imported")
        // --strict stops at the first one, and the dictionary already there is kept.
        let strict = try workspace.tsuji(["dict", "build", "--strict", "--cedict", "cedict.txt"])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("cedict.txt:6: "), "\(strict.stderr)")
        #expect(try Self.dictionaryWorks(workspace))
    }

    @Test func userTermsWithTheWrongNumberOfColumnsNameFileAndLine() throws {
        let workspace = try FailureWorkspace()
        defer { workspace.remove() }
        try workspace.write("terms.tsv", FailureWorkspace.termsHeader + "acme\tcompany\t深圳測試\t\t\t\t\tAcme Test\t\nshort\tcompany\t広州測試\tGuangzhou\n")
        for arguments in [["annotate"], ["lookup", "深圳測試"], ["glossary"]] {
            let result = try workspace.tsuji(arguments + ["--terms", "terms.tsv"], stdin: "深圳測試\n")
            #expect(result.status == 65, "\(arguments)")
            #expect(result.stderr.contains("terms.tsv:3: expected 9 tab-separated columns, found 4"), "\(arguments): \(result.stderr)")
        }
        // The same file with Windows line ends is read line by line too.
        try workspace.write("crlf.tsv", (FailureWorkspace.termsHeader + "acme\tcompany\t深圳測試\t\t\t\t\tAcme Test\t\n").replacingOccurrences(of: "\n", with: "\r\n"))
        let crlf = try workspace.tsuji(["annotate", "--format", "json", "--terms", "crlf.tsv"], stdin: "深圳測試\n")
        #expect(crlf.status == 0, "\(crlf.stderr)")
        #expect(crlf.stdout.contains("Acme Test"))
        let missing = try workspace.tsuji(["annotate", "--terms", "nope.tsv"], stdin: "x")
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.tsv: no such file"))
    }

    @Test func twoBuildsAtOnceNeverLeaveABrokenFile() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        // A source big enough that a build takes a while.
        var lines = FailureWorkspace.cedict
        for number in 0..<20_000 {
            let first = Unicode.Scalar(0x4E00 + number % 3000)!, second = Unicode.Scalar(0x4E00 + number / 3000 + 100)!
            lines += "\(first)\(second)測 \(first)\(second)测 [ce4 shi4 ce4] /generated test entry \(number)/\n"
        }
        try workspace.write("big.txt", lines)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var statuses: [Int32] = []
            var errors: [String] = []
            func add(_ result: TsujiProcess.Result) {
                lock.lock()
                statuses.append(result.status)
                if result.status != 0 { errors.append(result.stderr) }
                lock.unlock()
            }
            var count: Int { lock.lock(); defer { lock.unlock() }; return statuses.count }
        }
        let results = Results()
        let group = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                if let result = try? workspace.tsuji(["dict", "build", "--cedict", "big.txt"]) { results.add(result) }
            }
        }
        // Meanwhile the installed file must always open and verify.
        var checks = 0
        while group.wait(timeout: .now()) == .timedOut {
            let info = try workspace.tsuji(["dict", "info"])
            #expect(info.status == 0, "\(info.stderr)")
            checks += 1
        }
        #expect(results.statuses == [0, 0], "\(results.errors)")
        #expect(checks > 0)
        let lookup = try workspace.tsuji(["lookup", "--format", "json", "\u{4E00}\u{4E64}測"])
        #expect(lookup.status == 0 && lookup.stdout.contains("generated test entry"))
        #expect(workspace.list("data").filter { $0.contains(".tmp") }.isEmpty, "no temporary file is left")
    }

    @Test(.enabled(if: Privileges.canDrop, "needs a non-root user or setpriv"))
    func unwritableDataDirectoryIsExit73AndTheOldDictionaryStays() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        try workspace.write("other.txt", "另詞 另词 [ling4 ci2] /another test word/\n")
        chmod(workspace.dataDirectory, 0o555)
        let build = try workspace.unprivileged(["dict", "build", "--cedict", "other.txt"])
        #expect(build.status == 73)
        #expect(build.stderr.contains("\(workspace.dictionaryPath): cannot create: Permission denied (the previous dictionary is unchanged)"), "\(build.stderr)")
        #expect(try Self.dictionaryWorks(workspace))
        // `dict install` stops before fetching anything.
        let fresh = workspace.path("readonly")
        try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
        chmod(fresh, 0o555)
        var environment = workspace.environment
        environment["TSUJI_DATA_DIR"] = fresh
        let install = try TsujiProcess.run(["dict", "install"], environment: environment, launcher: Privileges.dropping)
        #expect(install.status == 73)
        #expect(install.stderr.contains("cannot create \(fresh)/.install.lock: Permission denied"), "\(install.stderr)")
    }

    @Test(.disabled(if: Sanitizers.thread, "ThreadSanitizer's runtime cannot start under ulimit -f"))
    func fullDiskIsExit74AndTheOldDictionaryStays() throws {
        let workspace = try Self.installed()
        defer { workspace.remove() }
        try workspace.write("other.txt", "另詞 另词 [ling4 ci2] /another test word/\n")
        // A file-size limit of a few blocks (below the dictionary's size, above the messages'):
        // writing the new file fails as it would on a full disk.
        let build = try workspace.tsuji(["dict", "build", "--cedict", "other.txt"], shell: "ulimit -f 4")
        #expect(build.status == 74)
        #expect(build.stderr.contains("\(workspace.dictionaryPath): write: File too large (the previous dictionary is unchanged)"), "\(build.stderr)")
        #expect(try Self.dictionaryWorks(workspace))
        #expect(workspace.list("data").filter { $0.contains(".tmp") }.isEmpty, "the partial file is removed")
    }
}
